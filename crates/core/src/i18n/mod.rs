//! Every UI string, in one table per language. Register content (names, descriptions, the memo's
//! own wording of a validity) is shown as written, in Swedish, whatever the language.
//!
//! A language is one `Texts` value; the compiler checks that it is complete. Plain Rust with no
//! DOM, so the CLI checker and native tests use the same words as the browser.
//!
//! Dates are ISO 8601 (2026-11-28) in both languages: it is the memo's form, the municipality's
//! form, and unambiguous to an English reader; only the words around them change.

//!
//! One file per language (`sv`, `en`), each one [`Texts`] value (`texts`), and the words of a
//! publication (the history, the zip) in one more file per language (`sv_publication`,
//! `en_publication`); every sentence that
//! depends on the language, including how a count or a list of problems is worded, is inside its
//! language's table. Which language is active is the app's business, not this module's.

mod en;
mod en_phrases;
mod en_publication;
mod labels;
mod phrases;
mod sv;
mod sv_phrases;
mod sv_publication;
mod texts;

pub use en::EN;
pub use phrases::Phrases;
pub use sv::SV;
pub use texts::{PublicationTexts, Statement, Texts};

use crate::url::Lang;

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}
