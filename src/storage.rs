//! The local-edit overlay, the chosen language, editing mode and the fingerprints of the register
//! last marked as read, in localStorage (gloo-storage). The only module that touches storage.
//!
//! Nothing here throws: availability is probed through web-sys `Result`s before gloo is used,
//! a value that cannot be read is moved aside as a backup (and never overwritten when it cannot
//! be), and a failed write is reported so the app keeps the edits in memory, says so and tries
//! again. Reading and writing the overlay happen under a Web Lock ([`exclusively`]).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use samverkan_core::exchange::parse_stored;
use samverkan_core::model::Register;
use samverkan_core::overlay::Overlay;
use samverkan_core::seen::{Fingerprints, News};
use samverkan_core::url::Lang;

/// Where the overlay lives. Versioned: a future format uses a new key and migrates.
pub const KEY: &str = "samverkansregistret.andringar.v1";
const BACKUP_PREFIX: &str = "samverkansregistret.andringar.trasig.";
/// The Web Lock every tab takes around reading and writing the overlay.
const LOCK: &str = "samverkansregistret.andringar";
/// The language the reader last chose ("sv" or "en").
pub const LANG_KEY: &str = "samverkansregistret.sprak";
/// The fingerprints of the published register this browser's reader last marked as read
/// (`samverkan_core::seen`). Versioned in its text's header line.
pub const SEEN_KEY: &str = "samverkansregistret.sett";
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

/// The stored overlay; `Ok(None)` when nothing is stored. Read with the import's rules
/// (`parse_stored`): a text that breaks them (damaged, or planted by another page on this origin)
/// is moved aside as a backup and not used.
pub fn load() -> Result<Option<Overlay>, StorageProblem> {
    let Some(storage) = raw() else {
        return Err(StorageProblem::Unavailable);
    };
    match storage.get_item(KEY) {
        Err(_) => Err(StorageProblem::Unavailable),
        Ok(None) => Ok(None),
        Ok(Some(text)) => match parse_stored(&text) {
            Ok(o) => Ok(Some(o)),
            Err(_) => Err(StorageProblem::Corrupted {
                backup: set_aside(&storage, &text),
            }),
        },
    }
}

/// Copies an unreadable stored text under a backup key and then clears the main key; the
/// backup's key, or `None` when it could not be copied (storage full), in which case the text
/// stays where it is.
fn set_aside(storage: &web_sys::Storage, text: &str) -> Option<String> {
    let backup = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    storage.set_item(&backup, text).ok()?;
    let _ = storage.remove_item(KEY);
    Some(backup)
}

/// Stores `overlay`. Never over an unreadable stored text that could not be copied aside: then
/// this refuses, and the edits stay in the tab.
pub fn save(overlay: &Overlay) -> Result<(), StorageProblem> {
    let Some(storage) = raw() else {
        return Err(StorageProblem::Unavailable);
    };
    if let Ok(Some(text)) = storage.get_item(KEY) {
        if parse_stored(&text).is_err() && set_aside(&storage, &text).is_none() {
            return Err(StorageProblem::Corrupted { backup: None });
        }
    }
    let result = if overlay.is_empty() {
        LocalStorage::delete(KEY);
        Ok(())
    } else {
        LocalStorage::set(KEY, overlay)
    };
    result.map_err(|_| StorageProblem::WriteFailed)
}

/// Runs `f` while holding this origin's lock on the stored edits (the Web Locks API), so two tabs
/// never interleave a read and a write of them. Where the browser has no locks (an `http://`
/// address is not a secure context), or refuses the request, `f` runs at once.
pub fn exclusively(f: impl FnOnce() + 'static) {
    let slot = Rc::new(RefCell::new(Some(f)));
    let run = {
        let slot = Rc::clone(&slot);
        move || {
            let f = slot.borrow_mut().take();
            if let Some(f) = f {
                f();
            }
        }
    };
    if !request_lock(run.clone()) {
        run();
    }
}

/// `navigator.locks.request(name, callback)`, looked up at run time (web-sys has it only behind
/// its unstable flag). Whether the request was made. `run` runs its work once however often it is
/// called: in the lock, or when the request fails later.
fn request_lock(run: impl Fn() + Clone + 'static) -> bool {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let navigator: JsValue = window().navigator().into();
    let Ok(locks) = js_sys::Reflect::get(&navigator, &"locks".into()) else {
        return false;
    };
    let Ok(request) = js_sys::Reflect::get(&locks, &"request".into()) else {
        return false;
    };
    let Some(request) = request.dyn_ref::<js_sys::Function>() else {
        return false;
    };
    let in_lock = run.clone();
    let callback = Closure::once_into_js(move |_lock: JsValue| {
        in_lock();
        JsValue::UNDEFINED
    });
    let Ok(promise) = request.call2(&locks, &JsValue::from_str(LOCK), &callback) else {
        return false;
    };
    if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
        wasm_bindgen_futures::spawn_local(async move {
            if wasm_bindgen_futures::JsFuture::from(promise).await.is_err() {
                run();
            }
        });
    }
    true
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
pub fn news_since_last_visit(published: &Register) -> News {
    let Some(storage) = raw() else {
        return News::default();
    };
    match storage.get_item(SEEN_KEY) {
        Err(_) => News::default(),
        Ok(stored) => match stored.as_deref().and_then(Fingerprints::from_text) {
            Some(seen) => seen.news(published),
            None => {
                let _ = remember_as_read(&Fingerprints::of(published));
                News::default()
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
