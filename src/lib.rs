//! Samverkansregistret in the browser: the Leptos views over `samverkan_core`. `main.rs` only
//! calls [`start`].
//!
//! Thin views: each reads [`state::AppState`] from context and calls the core, holding no rules of
//! its own. `state` is the one door to history, `storage` to localStorage and IndexedDB (through `idb`), `source` to the network
//! and Cache Storage (the published register), `offline` to the service worker; `dom` holds the small browser helpers the views share.

mod browser;
mod edit;
mod state;
mod views;

pub use views::shell::{search_fold, sort_key, start};
