//! Samverkansregistret in the browser: the Leptos views over `samverkan_core`. `main.rs` only
//! calls [`start`].
//!
//! Thin views: each reads [`state::AppState`] from context and calls the core, holding no rules of
//! its own. `state` is the one door to history, `storage` to localStorage and IndexedDB (through `idb`), `source` to the network
//! and Cache Storage (the published register), `offline` to the service worker; `dom` holds the small browser helpers the views share.

mod about;
mod calendar;
mod changes;
mod detail;
mod dom;
mod edit;
mod entry;
mod facets;
mod held;
mod i18n;
mod idb;
mod list;
mod log;
mod news;
mod offline;
mod qr;
mod relation;
mod search;
mod share;
mod shell;
mod source;
mod state;
mod statement;
mod storage;
mod table;
mod timeline;
mod toolbar;
mod workspace;

pub use shell::{search_fold, sort_key, start};
