//! `publish REGISTER DIR`: publishes the register file REGISTER into DIR, a built app (`dist/`):
//! validates it exactly as the app does, then writes `DIR/register.json`, renders the first
//! screen of `DIR/index.html` again (statuses as of today) and writes the open data,
//! `DIR/register.csv` and `DIR/dcat.rdf` (with what `DIR/open-data.json` states). Nothing is written if the register
//! has a problem; every problem is listed in Swedish and the exit code is 1.
//!
//! Run by `scripts/post-build.mjs` on every build and by `scripts/publish.sh`; needs no trunk.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [register, dir] = args.as_slice() else {
        eprintln!(
            "användning: publish REGISTER.json KATALOG   (KATALOG: en byggd app, t.ex. dist/)"
        );
        return ExitCode::FAILURE;
    };
    let bytes = match std::fs::read(register) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("publish: kunde inte läsa {register}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let today = chrono::Local::now().date_naive();
    match samverkan_tools::publish::into_dir(&bytes, Path::new(dir), today) {
        Ok(r) => {
            println!(
                "publish: {dir}/register.json, index.html, register.csv och dcat.rdf skrivna: {} poster, senast uppdaterad {}",
                r.entries.len(),
                r.source.updated
            );
            ExitCode::SUCCESS
        }
        Err(e) if e.replaced_any() => {
            eprintln!("publish: publiceringen blev inte klar: {e}");
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("publish: inget publicerades: {e}");
            ExitCode::FAILURE
        }
    }
}
