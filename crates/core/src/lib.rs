//! The pure core of Samverkansregistret: the register model and its validation, search, filters
//! and facets, status from dates, the URL view state, local edits (the overlay), export and
//! import, the relation matrix and timeline geometry, every word the reader sees (`i18n`), and
//! the pre-rendered first screen as HTML.
//!
//! Plain Rust types. This crate depends on no UI library, DOM binding or reactive runtime, for
//! any target, so everything here is tested natively with `cargo test` and the app (the root
//! package), the tools and the benchmark wrapper all use the same code.

pub mod bundle;
pub mod calendar;
pub mod change;
pub mod changelog;
pub mod date;
pub mod draft;
pub mod exchange;
pub mod history;
pub mod i18n;
pub mod load;
pub mod model;
pub mod names;
pub mod opendata;
pub mod overlay;
pub mod prerender;
pub mod publish;
pub mod qr;
pub mod query;
pub mod relation;
pub mod search;
pub mod seen;
pub mod sort;
pub mod summary;
pub mod timeline;
pub mod unicode;
pub mod url;
pub mod validate;
