//! `publish [--tidigare PUBLISHED] [--datum YYYY-MM-DD] REGISTER DIR`: publishes the register file REGISTER into DIR, a
//! built app (`dist/`): validates it exactly as the app does, then writes `DIR/register.json`
//! (with the history of the register published so far, `DIR/register.json` or PUBLISHED, and
//! what changed since it), renders the first
//! screen of `DIR/index.html` again (statuses as of today, or the day `--datum` names) and writes the open data,
//! `DIR/register.csv` and `DIR/dcat.rdf` (with what `DIR/open-data.json` states). Nothing is written if the register
//! has a problem; every problem is listed in Swedish and the exit code is 1.
//!
//! Run by `scripts/post-build.mjs` on every build and by `scripts/publish.sh`; needs no trunk.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || {
        eprintln!(
            "användning: publish [--tidigare PUBLICERAD.json] [--datum ÅÅÅÅ-MM-DD] REGISTER.json KATALOG   (KATALOG: en byggd app, t.ex. dist/; PUBLICERAD: registret som är publicerat nu, annars KATALOG/register.json; datum: publiceringsdagen, annars i dag)"
        );
        ExitCode::FAILURE
    };
    let mut previous = None;
    let mut today = chrono::Local::now().date_naive();
    let mut rest = args.as_slice();
    loop {
        match rest {
            [flag, file, tail @ ..] if flag == "--tidigare" => {
                previous = Some(Path::new(file));
                rest = tail;
            }
            [flag, day, tail @ ..] if flag == "--datum" => {
                match samverkan_core::date::DatePoint::parse(day) {
                    Ok(samverkan_core::date::DatePoint::Day(d)) => today = d,
                    _ => {
                        eprintln!("publish: --datum ska vara en dag, ÅÅÅÅ-MM-DD, inte {day}");
                        return usage();
                    }
                }
                rest = tail;
            }
            _ => break,
        }
    }
    let [register, dir] = rest else {
        return usage();
    };
    let bytes = match std::fs::read(register) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("publish: kunde inte läsa {register}: {e}");
            return ExitCode::FAILURE;
        }
    };
    match samverkan_tools::publish::into_dir(&bytes, Path::new(dir), previous, today) {
        Ok(r) => {
            println!(
                "publish: {dir}/register.json, index.html, register.csv, dcat.rdf och oppna-data.html skrivna: {} poster, senast uppdaterad {}{}",
                r.entries.len(),
                r.source.updated,
                match r.history.publications.first() {
                    Some(p) if p.date.to_string() == r.source.updated => format!(
                        "; i historiken: {} nya, {} ändrade, {} borttagna",
                        p.added.len(),
                        p.changed.len(),
                        p.removed.len()
                    ),
                    _ => "; inga ändringar mot det publicerade registret".to_string(),
                }
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
