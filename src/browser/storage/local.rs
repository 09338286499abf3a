//! localStorage as the edits use it where there is no IndexedDB (and an earlier version used it):
//! the overlay under one key, read with the import's rules, written under a Web Lock where there
//! is one; and what can go wrong with storage.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use samverkan_core::exchange::parse_stored;
use samverkan_core::overlay::Overlay;

/// Where the overlay lived in localStorage, and lives where there is no IndexedDB. Versioned: a
/// future format uses a new key and migrates.
pub(super) const KEY: &str = "samverkansregistret.andringar.v1";
const BACKUP_PREFIX: &str = "samverkansregistret.andringar.trasig.";
/// The Web Lock every tab takes around reading and writing the overlay in localStorage.
const LOCK: &str = "samverkansregistret.andringar";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageProblem {
    /// localStorage is switched off or refused (private mode, policy).
    Unavailable,
    /// Writing failed, typically because storage is full.
    WriteFailed,
    /// The stored edits could not be read; the raw text was kept under `backup` (if it could be).
    Corrupted { backup: Option<String> },
}

pub(super) fn raw() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The stored overlay as one read found it: `Ok(None)` when nothing is stored.
pub type Stored = Result<Option<Overlay>, StorageProblem>;

/// The overlay in localStorage; `Ok(None)` when nothing is stored. Read with the import's rules
/// (`parse_stored`): a text that breaks them (damaged, or planted by another page on this origin)
/// is moved aside as a backup and not used.
pub(super) fn load() -> Stored {
    let Some(storage) = raw() else {
        return Err(StorageProblem::Unavailable);
    };
    match storage.get_item(KEY) {
        Err(_) => Err(StorageProblem::Unavailable),
        Ok(None) => Ok(None),
        Ok(Some(text)) => match parse_stored(&text) {
            Ok(o) => Ok(Some(o)),
            Err(_) => Err(StorageProblem::Corrupted {
                backup: set_aside(&storage, KEY, &text),
            }),
        },
    }
}

/// Copies an unreadable stored text under a backup key and then clears `key`; the
/// backup's key, or `None` when it could not be copied (storage full), in which case the text
/// stays where it is.
pub(super) fn set_aside(storage: &web_sys::Storage, key: &str, text: &str) -> Option<String> {
    let backup = format!("{BACKUP_PREFIX}{}", js_sys::Date::now() as u64);
    storage.set_item(&backup, text).ok()?;
    let _ = storage.remove_item(key);
    Some(backup)
}

/// Stores `overlay` in localStorage. Never over an unreadable stored text that could not be
/// copied aside: then this refuses, and the edits stay in the tab.
pub(super) fn save(overlay: &Overlay) -> Result<(), StorageProblem> {
    let Some(storage) = raw() else {
        return Err(StorageProblem::Unavailable);
    };
    if let Ok(Some(text)) = storage.get_item(KEY) {
        if parse_stored(&text).is_err() && set_aside(&storage, KEY, &text).is_none() {
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

/// Runs `f` while holding this origin's lock on the edits in localStorage (the Web Locks API), so
/// two tabs never interleave a read and a write of them. Where the browser has no locks (an
/// `http://` address is not a secure context), or refuses the request, `f` runs at once.
pub(super) fn exclusively(f: impl FnOnce() + 'static) {
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
