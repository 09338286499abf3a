//! The local-edit overlay and the chosen language in localStorage (gloo-storage). The only
//! module that touches storage.
//!
//! Nothing here throws: availability is probed through web-sys `Result`s before gloo is used,
//! a value that cannot be read is moved aside as a backup, and a failed write is reported so the
//! app keeps the edits in memory and asks the user to export them.

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use samverkan_core::overlay::Overlay;
use samverkan_core::url::Lang;

/// Where the overlay lives. Versioned: a future format uses a new key and migrates.
pub const KEY: &str = "samverkansregistret.andringar.v1";
const BACKUP_PREFIX: &str = "samverkansregistret.andringar.trasig.";
/// The language the reader last chose ("sv" or "en").
pub const LANG_KEY: &str = "samverkansregistret.sprak";
/// "1" while this browser is in editing mode ("Redigera registret"); absent otherwise.
pub const EDIT_MODE_KEY: &str = "samverkansregistret.redigera";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// localStorage is switched off or refused (private mode, policy).
    Unavailable,
    /// Writing failed, typically because storage is full.
    WriteFailed,
    /// The stored edits could not be read; the raw text was kept under `backup` (if it could be).
    Corrupted { backup: Option<String> },
}

fn raw() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// Whether localStorage can be used at all. Probed without throwing.
pub fn available() -> bool {
    raw().is_some()
}

/// The stored overlay; `Ok(None)` when nothing is stored.
pub fn load() -> Result<Option<Overlay>, StorageProblem> {
    let Some(storage) = raw() else {
        return Err(StorageProblem::Unavailable);
    };
    match storage.get_item(KEY) {
        Err(_) => Err(StorageProblem::Unavailable),
        Ok(None) => Ok(None),
        Ok(Some(text)) => match LocalStorage::get::<Overlay>(KEY) {
            Ok(o)
                if o.schema == samverkan_core::overlay::OVERLAY_SCHEMA
                    && o.version == samverkan_core::overlay::OVERLAY_VERSION =>
            {
                Ok(Some(o))
            }
            _ => {
                // Keep the unreadable text aside so nothing is lost, then start clean.
                let backup = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
                let kept = storage.set_item(&backup, &text).is_ok();
                if kept {
                    let _ = storage.remove_item(KEY);
                }
                Err(StorageProblem::Corrupted {
                    backup: kept.then_some(backup),
                })
            }
        },
    }
}

pub fn save(overlay: &Overlay) -> Result<(), StorageProblem> {
    if !available() {
        return Err(StorageProblem::Unavailable);
    }
    let result = if overlay.is_empty() {
        LocalStorage::delete(KEY);
        Ok(())
    } else {
        LocalStorage::set(KEY, overlay)
    };
    result.map_err(|_| StorageProblem::WriteFailed)
}

/// The remembered language; anything unreadable counts as no choice.
pub fn load_lang() -> Option<Lang> {
    let text = raw()?.get_item(LANG_KEY).ok().flatten()?;
    Lang::from_id(text.trim())
}

/// Whether this browser was left in editing mode; anything unreadable counts as reading.
pub fn load_edit_mode() -> bool {
    raw()
        .and_then(|s| s.get_item(EDIT_MODE_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

/// Remembers editing mode. A failure (storage off or full) only means it is not remembered; the
/// mode still holds in this tab.
pub fn save_edit_mode(on: bool) {
    if let Some(storage) = raw() {
        let _ = if on {
            storage.set_item(EDIT_MODE_KEY, "1")
        } else {
            storage.remove_item(EDIT_MODE_KEY)
        };
    }
}

/// Remembers the reader's language. A failure (storage off or full) only means it is not
/// remembered; the choice still holds in this tab and in its URL.
pub fn save_lang(lang: Lang) {
    if let Some(storage) = raw() {
        let _ = storage.set_item(LANG_KEY, lang.id());
    }
}
