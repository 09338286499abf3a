//! Browser build: starts the Leptos app.
//! Native build: `samverkansregistret [FILE]` checks a register file (the bundled one by default)
//! before it replaces `data/register.json`, and prints every problem in Swedish.

#[cfg(target_arch = "wasm32")]
fn main() {
    samverkansregistret::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use samverkansregistret::core::model::{LoadError, Register, BUNDLED_JSON};
    use std::process::ExitCode;

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
                eprintln!("  - {}", (samverkansregistret::i18n::SV.problem)(&p));
            }
            ExitCode::FAILURE
        }
    }
}
