//! The local-edit overlay, the chosen language, editing mode and the fingerprints of the register
//! last marked as read. The only module that touches storage.
//!
//! The edits live in IndexedDB (through `idb`): each write reads the stored edits and writes the
//! result in one read-write transaction, which the browser runs one at a time across every tab,
//! on https, localhost and plain http alike; a committed write is announced to the other tabs on
//! a `BroadcastChannel`. Where a browser has no IndexedDB, the edits fall back to localStorage
//! under a Web Lock (where there is one), as before. Edits an earlier version kept in
//! localStorage move into IndexedDB at start-up. The small settings stay in localStorage
//! (gloo-storage).
//!
//! Nothing here throws: availability is probed through web-sys `Result`s before gloo is used,
//! a value that cannot be read is moved aside as a backup (and never overwritten when it cannot
//! be), and a failed write is reported so the app keeps the edits in memory, says so and tries
//! again.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use samverkan_core::changelog::Since;
use samverkan_core::date::DatePoint;
use samverkan_core::exchange::parse_stored;
use samverkan_core::model::Register;
use samverkan_core::overlay::Overlay;
use samverkan_core::seen::Fingerprints;
use samverkan_core::url::Lang;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::BroadcastChannel;

use crate::browser::idb::{self, Db, Write};

/// Where the overlay lived in localStorage, and lives where there is no IndexedDB. Versioned: a
/// future format uses a new key and migrates.
pub const KEY: &str = "samverkansregistret.andringar.v1";
const BACKUP_PREFIX: &str = "samverkansregistret.andringar.trasig.";
/// The IndexedDB database, its one store, and the overlay's key in it (backups beside it).
const DB_NAME: &str = "samverkansregistret";
const DB_STORE: &str = "andringar";
const DB_KEY: &str = "v1";
const DB_BACKUP_PREFIX: &str = "trasig.";
/// How long opening the database may take before the edits use localStorage instead.
const DB_DEADLINE_MS: i32 = 4_000;
/// The channel on which a tab announces that it wrote the edits.
const CHANNEL: &str = "samverkansregistret.andringar";
/// The Web Lock every tab takes around reading and writing the overlay in localStorage.
const LOCK: &str = "samverkansregistret.andringar";
/// The language the reader last chose ("sv" or "en"); gate.js reads it too.
pub use samverkan_core::shared::LANG_KEY;
/// The fingerprints of the published register this browser's reader last marked as read
/// (`samverkan_core::seen`). Versioned in its text's header line.
pub const SEEN_KEY: &str = "samverkansregistret.sett";
/// The day (ISO) this browser's oldest unpublished local edit was stored; absent without edits.
pub const EDITS_SINCE_KEY: &str = "samverkansregistret.andringar.sedan";
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

/// What start-up read: the edits (empty when none are stored), and a problem to report.
pub type Opened = (Overlay, Option<StorageProblem>);

/// The stored overlay as one read found it: `Ok(None)` when nothing is stored.
pub type Stored = Result<Option<Overlay>, StorageProblem>;

/// Where this tab keeps the edits, and the channel on which tabs announce their writes (`None`
/// where the browser has no `BroadcastChannel`: other tabs then see a write at their own next
/// write or start).
struct Door {
    place: RefCell<Place>,
    channel: Option<BroadcastChannel>,
}

#[derive(Clone)]
enum Place {
    /// No database yet and nothing stored: a reader who never edits never makes one. The first
    /// write opens (and makes) it.
    NotYet,
    Db(Db),
    /// No IndexedDB in this browser: localStorage, as before.
    Local,
}

thread_local! {
    static DOOR: RefCell<Option<Rc<Door>>> = const { RefCell::new(None) };
}

fn door() -> Rc<Door> {
    DOOR.with(|d| d.borrow().clone()).unwrap_or_else(|| {
        Rc::new(Door {
            place: RefCell::new(Place::Local),
            channel: None,
        })
    })
}

fn set_door(place: Place) {
    let door = Rc::new(Door {
        place: RefCell::new(place),
        channel: BroadcastChannel::new(CHANNEL).ok(),
    });
    DOOR.with(|d| *d.borrow_mut() = Some(door));
}

/// Where the edits are written: the database, opened (and made) now if it was not yet.
async fn place() -> Place {
    let door = door();
    let now = door.place.borrow().clone();
    if !matches!(now, Place::NotYet) {
        return now;
    }
    let opened = match idb::open(DB_NAME, DB_STORE, DB_DEADLINE_MS).await {
        Some(db) => Place::Db(db),
        None => Place::Local,
    };
    *door.place.borrow_mut() = opened.clone();
    opened
}

/// Start-up: reads the edits from IndexedDB (or, without it, localStorage), moving edits an
/// earlier version kept in localStorage into it. A browser with no database of the edits and
/// nothing in localStorage has no edits: no database is made (or waited for) until the first one.
pub async fn open_edits() -> Opened {
    let earlier_text = raw().and_then(|s| s.get_item(KEY).ok().flatten());
    if earlier_text.is_none() && idb::exists(DB_NAME).await == Some(false) {
        set_door(Place::NotYet);
        return (Overlay::default(), None);
    }
    let Some(db) = idb::open(DB_NAME, DB_STORE, DB_DEADLINE_MS).await else {
        set_door(Place::Local);
        return match load() {
            Ok(o) => (o.unwrap_or_default(), None),
            Err(p) => (Overlay::default(), Some(p)),
        };
    };
    set_door(Place::Db(db.clone()));
    // Edits from localStorage: a damaged text is set aside there, as it always was.
    let (earlier, mut problem) = match load() {
        Ok(o) => (o, None),
        Err(p @ StorageProblem::Corrupted { .. }) => (None, Some(p)),
        Err(_) => (None, None),
    };
    let moving = earlier.is_some();
    let read: Rc<RefCell<Option<Stored>>> = Rc::default();
    let out = Rc::clone(&read);
    let result = db
        .update(DB_KEY, move |value| {
            let (stored, mut writes) = parse_db(value);
            let stored = match (stored, earlier) {
                (stored, None) => stored,
                // Both: what localStorage held is taken in on top (it is the newer: an earlier
                // version's tab wrote it), as an import of changes would be.
                (Ok(now), Some(earlier)) => {
                    let mut now = now.unwrap_or_default();
                    now.merge(earlier);
                    writes.push(write_of(&now));
                    Ok(Some(now))
                }
                (Err(_), Some(earlier)) => {
                    writes.push(write_of(&earlier));
                    Ok(Some(earlier))
                }
            };
            *out.borrow_mut() = Some(stored);
            writes
        })
        .await;
    let stored = read.borrow_mut().take();
    match (result, stored) {
        (Ok(()), Some(stored)) => {
            if moving {
                if let Some(storage) = raw() {
                    let _ = storage.remove_item(KEY);
                }
            }
            match stored {
                Ok(o) => (o.unwrap_or_default(), problem),
                Err(p) => (Overlay::default(), problem.or(Some(p))),
            }
        }
        // Damaged edits that could not be set aside (storage is full): left as they are, never
        // written over; this tab keeps its edits in memory and says so.
        (Err(_), Some(Err(StorageProblem::Corrupted { .. }))) => (
            Overlay::default(),
            Some(StorageProblem::Corrupted { backup: None }),
        ),
        // The database opened but cannot be used: the same, and localStorage's copy is left
        // where it is.
        _ => {
            problem = problem.or(Some(StorageProblem::WriteFailed));
            (Overlay::default(), problem)
        }
    }
}

/// The text IndexedDB holds under `DB_KEY`, read with the import's rules: a text that breaks them
/// is set aside under a backup key in the same transaction, and not used.
fn parse_db(value: Option<String>) -> (Stored, Vec<(String, Write)>) {
    let Some(text) = value else {
        return (Ok(None), Vec::new());
    };
    match parse_stored(&text) {
        Ok(o) => (Ok(Some(o)), Vec::new()),
        Err(_) => {
            // The time, and a random part: two backups in one millisecond (or under a frozen
            // clock) never share a key.
            let backup = format!(
                "{DB_BACKUP_PREFIX}{}-{:08x}",
                js_sys::Date::now() as u64,
                (js_sys::Math::random() * f64::from(u32::MAX)) as u32
            );
            let writes = vec![
                (backup.clone(), Write::Put(text)),
                (DB_KEY.to_string(), Write::Delete),
            ];
            (
                Err(StorageProblem::Corrupted {
                    backup: Some(backup),
                }),
                writes,
            )
        }
    }
}

fn write_of(overlay: &Overlay) -> (String, Write) {
    let write = if overlay.is_empty() {
        Write::Delete
    } else {
        match serde_json::to_string(overlay) {
            Ok(text) => Write::Put(text),
            Err(_) => Write::Keep,
        }
    };
    (DB_KEY.to_string(), write)
}

/// Reads the stored edits and stores what `next` makes of them (`None`: nothing to store), as one
/// step no other tab's write can come between: a read-write transaction in IndexedDB, the Web
/// Lock around localStorage. `done` learns whether it was stored. `leaving`: the page is going
/// away, so localStorage is written without waiting for the lock (which would come too late).
pub fn update_edits(
    next: impl FnOnce(Stored) -> Option<Overlay> + 'static,
    done: impl FnOnce(Result<(), StorageProblem>) + 'static,
    leaving: bool,
) {
    let now = door().place.borrow().clone();
    match now {
        Place::Local => update_local(next, done, leaving),
        Place::Db(db) => wasm_bindgen_futures::spawn_local(update_db(db, next, done)),
        Place::NotYet => wasm_bindgen_futures::spawn_local(async move {
            match place().await {
                Place::Db(db) => update_db(db, next, done).await,
                _ => update_local(next, done, leaving),
            }
        }),
    }
}

fn update_local(
    next: impl FnOnce(Stored) -> Option<Overlay> + 'static,
    done: impl FnOnce(Result<(), StorageProblem>) + 'static,
    leaving: bool,
) {
    let local = move || {
        let result = match next(load()) {
            Some(o) => save(&o),
            None => Ok(()),
        };
        done(result);
    };
    if leaving {
        local();
    } else {
        exclusively(local);
    }
}

async fn update_db(
    db: Db,
    next: impl FnOnce(Stored) -> Option<Overlay> + 'static,
    done: impl FnOnce(Result<(), StorageProblem>) + 'static,
) {
    // Whether anything was written, and whether damaged edits were found.
    let seen = Rc::new(RefCell::new((false, false)));
    let flag = Rc::clone(&seen);
    let result = db
        .update(DB_KEY, move |value| {
            let (stored, mut writes) = parse_db(value);
            flag.borrow_mut().1 = stored.is_err();
            if let Some(o) = next(stored) {
                writes.push(write_of(&o));
                flag.borrow_mut().0 = true;
            }
            writes
        })
        .await;
    let (wrote, damaged) = *seen.borrow();
    match result {
        Ok(()) => {
            if wrote {
                announce();
            }
            done(Ok(()));
        }
        // Nothing was written: damaged edits were not set aside, and are not written over.
        Err(_) if damaged => done(Err(StorageProblem::Corrupted { backup: None })),
        Err(_) => {
            // The connection may be what failed (closed for another tab's newer version of the
            // database): the next attempt opens it again.
            *door().place.borrow_mut() = Place::NotYet;
            done(Err(StorageProblem::WriteFailed))
        }
    }
}

/// Tells the other tabs that the edits were written.
fn announce() {
    if let Some(channel) = &door().channel {
        let _ = channel.post_message(&wasm_bindgen::JsValue::from_str(DB_KEY));
    }
}

/// Calls `f` whenever another tab has written the edits. Returns what stops it.
pub fn when_other_tab_writes(f: impl Fn() + Clone + 'static) -> impl FnOnce() {
    let door = door();
    let message = door.channel.as_ref().map(|channel| {
        let closure = Closure::<dyn FnMut()>::new(f.clone());
        channel.set_onmessage(Some(closure.as_ref().unchecked_ref()));
        closure
    });
    // localStorage's own event: the fallback's writes, and an earlier version's tab.
    let event = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(KEY) {
            f();
        }
    });
    move || {
        event.remove();
        if let Some(channel) = &door.channel {
            channel.set_onmessage(None);
        }
        drop(message);
    }
}

/// The overlay in localStorage; `Ok(None)` when nothing is stored. Read with the import's rules
/// (`parse_stored`): a text that breaks them (damaged, or planted by another page on this origin)
/// is moved aside as a backup and not used.
fn load() -> Stored {
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

/// Stores `overlay` in localStorage. Never over an unreadable stored text that could not be
/// copied aside: then this refuses, and the edits stay in the tab.
fn save(overlay: &Overlay) -> Result<(), StorageProblem> {
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

/// Runs `f` while holding this origin's lock on the edits in localStorage (the Web Locks API), so
/// two tabs never interleave a read and a write of them. Where the browser has no locks (an
/// `http://` address is not a secure context), or refuses the request, `f` runs at once.
fn exclusively(f: impl FnOnce() + 'static) {
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
