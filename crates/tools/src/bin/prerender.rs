//! `prerender INDEX_HTML`: writes the first screen (`samverkan_core::prerender`) into the built
//! `index.html` in place. Run by `scripts/post-build.mjs` on every trunk build, with the register
//! the wasm was built with and today's date for the statuses.

use std::process::ExitCode;

use samverkan_core::i18n::SV;
use samverkan_core::model::Register;
use samverkan_core::prerender;
use samverkan_core::query::Catalog;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("användning: prerender INDEX_HTML");
        return ExitCode::FAILURE;
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(h) => h,
        Err(e) => {
            eprintln!("prerender: kunde inte läsa {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let register = match Register::bundled() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("prerender: det inbyggda registret gick inte att läsa: {e:?}");
            return ExitCode::FAILURE;
        }
    };
    let today = chrono::Local::now().date_naive();
    let catalog = Catalog::new(register, today);
    let Some(page) = prerender::into_page(&html, &catalog, &SV, today) else {
        eprintln!("prerender: {path} saknar {}", prerender::MARKER);
        return ExitCode::FAILURE;
    };
    match std::fs::write(&path, page) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: kunde inte skriva {path}: {e}");
            ExitCode::FAILURE
        }
    }
}
