//! The app's doors to the browser: each outside system has one module, and nothing else in the
//! app talks to it.
//!
//! - `storage`: the edits (IndexedDB, through `idb`, or localStorage) and the small settings
//!   (localStorage through gloo-storage).
//! - `source`: the published register from the network, and its last good copy in Cache Storage.
//! - `offline`: the service worker.
//! - `dom`: the small document helpers the views share (focus, downloads, the pre-rendered page).
//! - `i18n`: which language's table `t()` answers from.

pub mod dom;
pub mod i18n;
mod idb;
pub mod offline;
pub mod source;
pub mod storage;
