//! `check-register [FILE]`: checks a register file (the bundled one by default) before it replaces
//! `data/register.json`, and prints every problem in Swedish. Exit code 1 if there is any.

use std::process::ExitCode;

use samverkan_core::i18n::SV;
use samverkan_core::load::{LoadError, BUNDLED_JSON};
use samverkan_core::model::Register;

fn main() -> ExitCode {
    let (name, text) = match std::env::args().nth(1) {
        None => (
            "data/register.json (inbyggd)".to_string(),
            BUNDLED_JSON.to_string(),
        ),
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(text) => (path, text),
            Err(e) => {
                eprintln!("Kunde inte läsa {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    match Register::from_json(&text) {
        Ok(r) => {
            println!(
                "{name}: giltigt register, {} poster, {} akademier, {} förvaltningar, {} kategorier",
                r.entries.len(),
                r.academies.len(),
                r.departments.len(),
                r.categories.len()
            );
            ExitCode::SUCCESS
        }
        Err(LoadError::Json(e)) => {
            eprintln!("{name}: inte ett läsbart register: {e}");
            ExitCode::FAILURE
        }
        Err(LoadError::Invalid(problems)) => {
            eprintln!("{name}: {} fel", problems.len());
            for p in problems {
                eprintln!("  - {}", (SV.problem)(&p));
            }
            ExitCode::FAILURE
        }
    }
}
