//! The two decompositions give the same folds: the crate's tables (here) and the browser's
//! `String.prototype.normalize`, which the app uses instead (samverkan_core::unicode).
//!
//! This test keeps `tests/e2e/data/folding.json` current: every text of the memo's register and
//! a Unicode sample, each with its search fold and Swedish sort key by the tables. The browser
//! suite (`tests/e2e/folding.spec.js`) computes the same in the app and compares.
//! `SAMVERKAN_BLESS=1 cargo test -p samverkan-core --test unicode` rewrites the file.

mod common;

use proptest::prelude::*;
use samverkan_core::search::{fold, searchable_texts};
use samverkan_core::sort::swedish_key;
use samverkan_core::unicode::nfd;
use unicode_normalization::UnicodeNormalization;

const FILE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/e2e/data/folding.json"
);

/// Text where decompositions differ in ways folding sees: composed and decomposed letters,
/// marks to reorder, singletons (Ångström sign, Kelvin sign), compatibility characters that NFD
/// keeps, other scripts, and characters outside the BMP.
const SAMPLE: &[&str] = &[
    "Södertörns högskola",
    "SO\u{308}DERTO\u{308}RNS",
    "Åbergs Ärende Öppet",
    "A\u{30a}berg",
    "\u{212b}ngström \u{212a}elvin",
    "æble ø Æ Ø ß ẞ",
    "Lovén Noël Çà façade naïve",
    "a\u{323}\u{301} a\u{301}\u{323} ệ ḗ",
    "Tiếng Việt có dấu",
    "Ελληνικά ά ΐ",
    "Йошкар-Ола ёлка",
    "한국어 가각",
    "ﬁ ﬂ ½ ² ㎒ Ⅻ",
    "Dz ǅ ǆ ǈ",
    "İstanbul ı",
    "𝔸𝕓 😀 👩🏽‍💻",
    "\u{0}\u{7f}\u{a0}\u{bf}\u{c0}",
    "ŁÓDŹ Żółć Ďábel Ťřúš",
    "2025–2027 tills vidare",
];

fn texts() -> Vec<String> {
    let register = common::memo();
    let mut out: Vec<String> = SAMPLE.iter().map(|s| s.to_string()).collect();
    for entry in &register.entries {
        for (_, text) in searchable_texts(&register, entry) {
            if !out.iter().any(|t| t == text) {
                out.push(text.to_string());
            }
        }
    }
    out
}

fn file_text() -> String {
    let rows: Vec<serde_json::Value> = texts()
        .into_iter()
        .map(|text| {
            serde_json::json!({
                "text": text,
                "fold": fold(&text),
                "key": swedish_key(&text),
            })
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&rows).expect("a JSON value serialises");
    s.push('\n');
    s
}

#[test]
fn the_browser_suites_sample_is_current() {
    let want = file_text();
    if std::env::var_os("SAMVERKAN_BLESS").is_some() {
        std::fs::write(FILE, &want).expect("tests/e2e/data is writable");
    }
    let have = std::fs::read_to_string(FILE).unwrap_or_default();
    assert!(
        have == want,
        "tests/e2e/data/folding.json is out of date: SAMVERKAN_BLESS=1 cargo test -p samverkan-core --test unicode"
    );
}

#[test]
fn the_sample_has_what_it_is_for() {
    let texts = texts();
    assert!(texts.len() > 100, "the register's texts are in the sample");
    // Some text is changed by decomposition, some is not, and the fast path is taken for ASCII.
    assert!(texts.iter().any(|t| nfd(t) != t.as_str()));
    assert!(texts.iter().any(|t| !t.is_ascii() && nfd(t) == t.as_str()));
    assert_eq!(fold("\u{212b}ngström"), "angstrom");
    assert_eq!(swedish_key("A\u{30a}berg"), swedish_key("Åberg"));
}

thread_local! {
    /// Calls of [`counted`] on this thread (each test runs on a thread of its own).
    static CALLS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The tables' decomposition, counted: handed in as the app hands in the browser's.
fn counted(s: &str) -> String {
    CALLS.set(CALLS.get() + 1);
    s.nfd().collect()
}

#[test]
fn a_decomposer_handed_in_is_called_once_per_short_text_and_never_for_ascii() {
    // Gives what the tables give, so the other tests of this binary are not affected.
    samverkan_core::unicode::use_decomposer(counted);
    for _ in 0..3 {
        assert_eq!(fold("Örebro"), "orebro");
        assert_eq!(fold("plain ascii text"), "plain ascii text");
    }
    assert_eq!(CALLS.get(), 1, "one call for Örebro, none for ASCII");
    // Longer texts are not remembered: each is a call.
    let long = "Södertörns högskola och Karolinska Institutet i Flemingsberg";
    for _ in 0..2 {
        assert_eq!(nfd(long), long.nfd().collect::<String>());
    }
    assert_eq!(CALLS.get(), 3);
}

proptest! {
    #[test]
    fn nfd_is_the_tables_decomposition(s in "\\PC{0,24}") {
        let ours = nfd(&s).into_owned();
        prop_assert_eq!(ours, s.nfd().collect::<String>());
    }

    #[test]
    fn nfd_is_the_tables_decomposition_on_latin(s in "[\\u{0}-\\u{24f}\\u{300}-\\u{36f}\\u{1e00}-\\u{1eff}]{0,24}") {
        let ours = nfd(&s).into_owned();
        prop_assert_eq!(ours, s.nfd().collect::<String>());
    }
}
