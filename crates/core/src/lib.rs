//! The pure core of Samverkansregistret: the register model and its validation, search, filters
//! and facets, status from dates, the URL view state, local edits (the overlay), export and
//! import, the relation matrix and timeline geometry, every word the reader sees (`i18n`), and
//! the pre-rendered first screen as HTML.
//!
//! Plain Rust types. This crate depends on no UI library, DOM binding or reactive runtime, for
//! any target, so everything here is tested natively with `cargo test` and the app (the root
//! package), the tools and the benchmark wrapper all use the same code.

// The register and its rules: what a register file is, how it is read and checked, and what
// a publication records.
pub mod changelog;
pub mod date;
pub mod history;
pub mod load;
pub mod model;
pub mod seen;
pub mod unicode;
pub mod validate;

// Finding in it: search, filters and facets, names, order, and the views' geometry.
pub mod names;
pub mod query;
pub mod relation;
pub mod search;
pub mod sort;
pub mod summary;
pub mod timeline;

// The view state: what a link says.
pub mod url;

// Keeping it current: local edits as operations, the form's draft, import and export.
pub mod change;
pub mod draft;
pub mod exchange;
pub mod overlay;

// What it is written out as: the words, the first screen, a publication and its files, and the
// names shared with the page's JavaScript.
pub mod bundle;
pub mod calendar;
pub mod i18n;
pub mod opendata;
pub mod prerender;
pub mod publish;
pub mod qr;
pub mod shared;

pub use change::Op;
pub use draft::Draft;
pub use i18n::Texts;
pub use model::Register;
pub use overlay::Overlay;
pub use query::{Catalog, Filters};
pub use url::ViewState;
