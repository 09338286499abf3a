//! `synth ENTRIES [SEED]`: writes a synthetic register (see `samverkan_tools::synth`) as JSON
//! to standard output. Used by `scripts/bench.sh`; the same arguments always give the same file.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |i: usize, default: Option<u64>| {
        args.get(i)
            .map(|a| a.parse::<u64>().ok())
            .unwrap_or(default)
    };
    let (Some(entries), Some(seed)) = (number(0, None), number(1, Some(2025))) else {
        eprintln!("användning: synth ANTAL_POSTER [FRÖ]");
        return ExitCode::FAILURE;
    };
    let register = match samverkan_tools::synth::register(entries as usize, seed) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("det inbyggda registret gick inte att läsa: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    let json = match serde_json::to_string(&register) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("kunde inte skriva JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    match std::io::stdout().lock().write_all(json.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kunde inte skriva: {e}");
            ExitCode::FAILURE
        }
    }
}
