//! The local-edit overlay, the chosen language, editing mode and the fingerprints of the register
//! last marked as read. The only module that touches storage.
//!
//! The edits live in IndexedDB (through `idb`): each write reads the stored edits and writes the
//! result in one read-write transaction, which the browser runs one at a time across every tab,
//! on https, localhost and plain http alike; a committed write is announced to the other tabs on
//! a `BroadcastChannel`. Where a browser has no IndexedDB, the edits fall back to localStorage
//! under a Web Lock (where there is one), as before. Edits an earlier version kept in
//! localStorage move into IndexedDB at start-up, and so do the edits a tab left behind when it
//! went with a write under way ([`leave_behind`]). The small settings stay in localStorage
//! (`settings`).
//!
//! Nothing here throws: availability is probed through web-sys `Result`s before gloo is used,
//! a value that cannot be read is moved aside as a backup (and never overwritten when it cannot
//! be), and a failed write is reported so the app keeps the edits in memory, says so and tries
//! again.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use samverkan_core::change::LeftBehind;
use samverkan_core::exchange::parse_stored;
use samverkan_core::overlay::Overlay;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::BroadcastChannel;

use crate::browser::idb::{self, Db, Write};

mod local;
mod settings;

use local::KEY;
use local::{exclusively, load, raw, save, set_aside};
pub use local::{StorageProblem, Stored};
pub use settings::*;

/// What a tab going away with a write to IndexedDB under way leaves for the next start
/// (`samverkan_core::change::LeftBehind`).
const LEFT_KEY: &str = "samverkansregistret.andringar.lamnade";
/// The IndexedDB database, its one store, and the overlay's key in it (backups beside it).
const DB_NAME: &str = "samverkansregistret";
const DB_STORE: &str = "andringar";
const DB_KEY: &str = "v1";
const DB_BACKUP_PREFIX: &str = "trasig.";
/// How long opening the database may take before the edits use localStorage instead.
const DB_DEADLINE_MS: i32 = 4_000;
/// The channel on which a tab announces that it wrote the edits.
const CHANNEL: &str = "samverkansregistret.andringar";

/// What start-up read: the edits (empty when none are stored), and a problem to report.
pub type Opened = (Overlay, Option<StorageProblem>);

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
    /// What this tab left behind and has not written since, as its text.
    static LEFT: RefCell<Option<String>> = const { RefCell::new(None) };
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
/// earlier version kept in localStorage into it, and taking in what a tab left behind
/// ([`leave_behind`]). A browser with no database of the edits and nothing in localStorage has no
/// edits: no database is made (or waited for) until the first one.
pub async fn open_edits() -> Opened {
    let earlier_text = raw().and_then(|s| s.get_item(KEY).ok().flatten());
    let (left_text, left) = left_behind();
    if earlier_text.is_none() && left_text.is_none() && idb::exists(DB_NAME).await == Some(false) {
        set_door(Place::NotYet);
        return (Overlay::default(), None);
    }
    let Some(db) = idb::open(DB_NAME, DB_STORE, DB_DEADLINE_MS).await else {
        set_door(Place::Local);
        // What a tab left behind is shown on top, and stays until the database opens again
        // (what it builds on is there).
        return match (load(), left) {
            (Ok(o), Some(left)) => (left.taken_in(o).unwrap_or_default(), None),
            (Ok(o), None) => (o.unwrap_or_default(), None),
            (Err(p), _) => (Overlay::default(), Some(p)),
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
    // Damaged stored edits set aside under what a tab left behind: said, not shown.
    let set_aside: Rc<RefCell<Option<StorageProblem>>> = Rc::default();
    let damaged = Rc::clone(&set_aside);
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
            // The edits a tab left behind when it went with its last write under way (damaged
            // stored edits were set aside above, and count as none).
            let stored = match left {
                None => stored,
                Some(left) => {
                    let now = stored.unwrap_or_else(|p| {
                        *damaged.borrow_mut() = Some(p);
                        None
                    });
                    match left.taken_in(now.clone()) {
                        Some(next) => {
                            writes.retain(|(key, _)| key != DB_KEY);
                            writes.push(write_of(&next));
                            Ok(Some(next))
                        }
                        None => Ok(now),
                    }
                }
            };
            *out.borrow_mut() = Some(stored);
            writes
        })
        .await;
    let stored = read.borrow_mut().take();
    problem = problem.or(set_aside.borrow_mut().take());
    match (result, stored) {
        (Ok(()), Some(stored)) => {
            if let Some(storage) = raw() {
                if moving {
                    let _ = storage.remove_item(KEY);
                }
                // Taken in: removed, unless another tab has left something since.
                if let Some(text) = &left_text {
                    remove_unless_changed(&storage, LEFT_KEY, text);
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

/// What a tab left behind, as its text and read. A text that cannot be read (damaged, or planted
/// by another page on this origin) is moved aside as a backup and not used.
fn left_behind() -> (Option<String>, Option<LeftBehind>) {
    let Some(storage) = raw() else {
        return (None, None);
    };
    let Some(text) = storage.get_item(LEFT_KEY).ok().flatten() else {
        return (None, None);
    };
    match LeftBehind::from_text(&text) {
        Some(left) => (Some(text), Some(left)),
        None => {
            set_aside(&storage, LEFT_KEY, &text);
            (None, None)
        }
    }
}

/// The page is going away with edits this tab has not finished writing. A write to IndexedDB
/// would end with the page, so the edits as the tab shows them (`edits`), with the stored edits
/// they were made from (`base`), are left in localStorage, which is written at once; the next
/// start takes them in (`open_edits`, `LeftBehind::taken_in`). Whether they were left: `false`
/// where the edits themselves live in localStorage (the caller writes them there, as at once) or
/// localStorage refuses (full, or off).
pub fn leave_behind(base: &Overlay, edits: &Overlay) -> bool {
    if matches!(*door().place.borrow(), Place::Local) {
        return false;
    }
    let left = LeftBehind {
        base: base.clone(),
        edits: edits.clone(),
    };
    let Some(text) = left.to_text() else {
        return false;
    };
    let stored = raw().is_some_and(|s| s.set_item(LEFT_KEY, &text).is_ok());
    LEFT.with(|l| *l.borrow_mut() = stored.then_some(text));
    stored
}

/// Everything this tab had left behind has been written after all (it stayed, or came back from
/// the back-forward cache): what it left is not needed, unless another tab has left something
/// since.
pub fn forget_left_behind() {
    let Some(text) = LEFT.with(|l| l.borrow_mut().take()) else {
        return;
    };
    if let Some(storage) = raw() {
        remove_unless_changed(&storage, LEFT_KEY, &text);
    }
}

/// Removes `key` if it still holds `text` (another tab may have written it since).
fn remove_unless_changed(storage: &web_sys::Storage, key: &str, text: &str) {
    if storage.get_item(key).ok().flatten().as_deref() == Some(text) {
        let _ = storage.remove_item(key);
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
