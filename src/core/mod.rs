//! The pure core: register model, validation, search, filters and facets, status from dates,
//! and the URL view state. Plain Rust types; nothing here touches the DOM or a reactive runtime,
//! so everything is tested natively with `cargo test`.

pub mod date;
pub mod draft;
pub mod exchange;
pub mod model;
pub mod overlay;
pub mod query;
pub mod relation;
pub mod search;
pub mod summary;
pub mod timeline;
pub mod url;
pub mod validate;
