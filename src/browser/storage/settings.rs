//! The small settings in localStorage: the chosen language, editing mode, the day of the oldest
//! unpublished edit and the fingerprints of the register last marked as read. A setting that
//! cannot be read counts as none; one that cannot be written is only not remembered.

use samverkan_core::changelog::Since;
use samverkan_core::date::DatePoint;
use samverkan_core::model::Register;
use samverkan_core::seen::Fingerprints;
use samverkan_core::url::Lang;

use super::local::{raw, StorageProblem};

/// The language the reader last chose ("sv" or "en"); gate.js reads it too.
pub use samverkan_core::shared::LANG_KEY;
/// The fingerprints of the published register this browser's reader last marked as read
/// (`samverkan_core::seen`). Versioned in its text's header line.
pub const SEEN_KEY: &str = "samverkansregistret.sett";
/// The day (ISO) this browser's oldest unpublished local edit was stored; absent without edits.
pub const EDITS_SINCE_KEY: &str = "samverkansregistret.andringar.sedan";
/// "1" while this browser is in editing mode ("Redigera registret"); absent otherwise.
pub const EDIT_MODE_KEY: &str = "samverkansregistret.redigera";

/// The day the oldest unpublished local edit was stored, if it is known.
pub fn edits_since() -> Option<chrono::NaiveDate> {
    let text = raw()?.get_item(EDITS_SINCE_KEY).ok()??;
    // The core's date reader: chrono's own parser would add its format machinery to the wasm.
    match DatePoint::parse(&text).ok()? {
        DatePoint::Day(day) => Some(day),
        _ => None,
    }
}

/// Notes that the stored edits now hold unpublished changes (`Some(today)`, kept if a day is
/// already noted) or none (`None`). A failure only means the reminder cannot date them.
pub fn note_edits_since(today: Option<chrono::NaiveDate>) {
    let Some(storage) = raw() else { return };
    let _ = match today {
        Some(day) if edits_since().is_none() => {
            storage.set_item(EDITS_SINCE_KEY, &DatePoint::Day(day).to_string())
        }
        Some(_) => Ok(()),
        None => storage.remove_item(EDITS_SINCE_KEY),
    };
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

/// What is new in `published` since the reader last marked the register as read. On a first
/// visit (or when what was remembered cannot be read) it is remembered as read now, and nothing
/// is new; storage that cannot be used at all remembers nothing, so nothing is called new.
pub fn news_since_last_visit(published: &Register) -> Since {
    let Some(storage) = raw() else {
        return Since::default();
    };
    match storage.get_item(SEEN_KEY) {
        Err(_) => Since::default(),
        Ok(stored) => match stored.as_deref().and_then(Fingerprints::from_text) {
            Some(seen) => Since::of(published, &seen),
            None => {
                let _ = remember_as_read(&Fingerprints::of(published));
                Since::default()
            }
        },
    }
}

/// "Markera som läst": remembers the register with these fingerprints as read. It may be refused
/// (storage full); the caller says so, and the edits in storage are never touched to make room.
pub fn remember_as_read(register: &Fingerprints) -> Result<(), StorageProblem> {
    raw()
        .ok_or(StorageProblem::Unavailable)?
        .set_item(SEEN_KEY, &register.to_text())
        .map_err(|_| StorageProblem::WriteFailed)
}
