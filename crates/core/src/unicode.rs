//! The one door to Unicode canonical decomposition (NFD), which search folding and Swedish sort
//! keys start from.
//!
//! Natively (the tools, the tests) NFD comes from the `unicode-normalization` crate's tables. In
//! the browser those tables would be about 55 KB of the app's brotli download for something the
//! browser already has, `String.prototype.normalize("NFD")`: built for wasm32 the core leaves
//! them out (unless the `unicode-tables` feature asks for them) and the app hands that function
//! in once at start ([`use_decomposer`]). Both paths are checked to give the same result:
//! `crates/core/tests/unicode.rs` natively, and the browser suite (`tests/e2e/folding.spec.js`)
//! against the same sample.

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

pub use unicode_normalization::char::is_combining_mark;

/// A canonical decomposition (NFD) from outside the crate, such as the browser's.
pub type Decomposer = fn(&str) -> String;

static DECOMPOSER: OnceLock<Decomposer> = OnceLock::new();

/// Makes `f` the decomposition from now on. The first call wins; returns whether this was it.
pub fn use_decomposer(f: Decomposer) -> bool {
    DECOMPOSER.set(f).is_ok()
}

/// `s` in canonical decomposition. Text below U+00C0 (ASCII, Latin-1 punctuation) has no
/// canonical decomposition, so it is returned as it is, without a call out.
pub fn nfd(s: &str) -> Cow<'_, str> {
    if s.chars().all(|c| (c as u32) < 0xC0) {
        return Cow::Borrowed(s);
    }
    if let Some(f) = DECOMPOSER.get() {
        return Cow::Owned(handed_in(*f, s));
    }
    tables(s)
}

/// Short texts (words, single letters) decomposed by a [`Decomposer`] so far, so that each costs
/// one call out: highlighting folds every word and letter of the results shown, on every key.
const REMEMBERED_LEN: usize = 32;
const REMEMBERED_MAX: usize = 8192;

thread_local! {
    static REMEMBERED: RefCell<FxHashMap<Box<str>, Box<str>>> = RefCell::default();
}

fn handed_in(f: Decomposer, s: &str) -> String {
    if s.len() > REMEMBERED_LEN {
        return f(s);
    }
    REMEMBERED.with_borrow_mut(|seen| {
        if let Some(d) = seen.get(s) {
            return d.to_string();
        }
        let d = f(s);
        if seen.len() >= REMEMBERED_MAX {
            seen.clear();
        }
        seen.insert(s.into(), d.as_str().into());
        d
    })
}

// Without tables or a decomposer, text stays as written: folding then only lowercases.

#[cfg(any(not(target_arch = "wasm32"), feature = "unicode-tables"))]
fn tables(s: &str) -> Cow<'_, str> {
    use unicode_normalization::UnicodeNormalization;
    Cow::Owned(s.nfd().collect())
}

#[cfg(all(target_arch = "wasm32", not(feature = "unicode-tables")))]
fn tables(s: &str) -> Cow<'_, str> {
    Cow::Borrowed(s)
}

/// `s` in lower case, character by character. `str::to_lowercase` adds Greek's word-final sigma,
/// which no Swedish or English text needs, and cost the wasm 3.8 KB on top of the character
/// tables that search's folding already uses.
pub fn lowercase(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lowercase_is_what_str_gives_for_swedish_and_english() {
        for s in [
            "Örebro ÅÄÖ",
            "Slutdatum",
            "End DATE",
            "Barn- och utbildningsförvaltningen",
        ] {
            assert_eq!(super::lowercase(s), s.to_lowercase());
        }
    }
}
