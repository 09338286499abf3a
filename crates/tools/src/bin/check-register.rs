//! `check-register [FILE]`: checks a register file (`data/register.json` by default) exactly as
//! the app reads it, and prints every problem in Swedish. Exit code 1 if there is any.

use std::process::ExitCode;

use samverkan_core::i18n::SV;
use samverkan_core::load::LoadError;
use samverkan_core::model::Register;

fn main() -> ExitCode {
    let (name, bytes) = match std::env::args().nth(1) {
        None => (
            "data/register.json".to_string(),
            samverkan_tools::MEMO_REGISTER_JSON.as_bytes().to_vec(),
        ),
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => (path, bytes),
            Err(e) => {
                eprintln!("Kunde inte läsa {path}: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    match Register::from_bytes(&bytes) {
        Ok(r) => {
            println!(
                "{name}: giltigt register, {} poster, {} akademier, {} förvaltningar, {} kategorier, senast uppdaterad {}",
                r.entries.len(),
                r.academies.len(),
                r.departments.len(),
                r.categories.len(),
                r.source.updated
            );
            ExitCode::SUCCESS
        }
        Err(LoadError::Invalid(problems)) => {
            eprintln!("{name}: {} fel", problems.len());
            for p in problems {
                eprintln!("  - {}", (SV.problem)(&p));
            }
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!(
                "{name}: inte ett läsbart register: {}",
                (SV.import_error)(&e)
            );
            ExitCode::FAILURE
        }
    }
}
