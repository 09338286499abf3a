//! The pre-rendered first screen of a register larger than one page (a synthetic one).

use chrono::NaiveDate;
use samverkan_core::i18n::SV;
use samverkan_core::prerender::first_screen;
use samverkan_core::query::{Catalog, PAGE};

#[test]
fn a_large_register_shows_one_page_and_says_so() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let c = Catalog::new(samverkan_tools::synth::register(100, 3).unwrap(), today);
    let html = first_screen(&c, &SV, today, &samverkan_core::opendata::OPEN_DATA_FILES);
    assert_eq!(html.matches("<li class=\"entry\"").count(), PAGE);
    assert!(html.contains("De 20 första av 100 poster visas."));
}
