//! What the reader sees: thin Leptos components. A view reads state through the handles of
//! [`crate::state::AppState`] (memos and read-only signals), words through `t()`, and acts only
//! through the handles' intent methods; the rules are the core's.

pub mod about;
pub mod calendar;
pub mod detail;
pub mod entry;
pub mod facets;
pub mod list;
pub mod log;
pub mod news;
pub mod qr;
pub mod relation;
pub mod roving;
pub mod search;
pub mod share;
pub mod shell;
pub mod statement;
pub mod table;
pub mod timeline;
pub mod workspace;
