//! IndexedDB, as the local edits need it: one object store of texts by key, read and replaced in
//! one read-write transaction. Browsers run read-write transactions on one store one after another,
//! across every tab of the origin, with or without a secure context: a read and the write that
//! follows it inside one transaction never interleave with another tab's. That is the whole reason
//! this module exists (localStorage promises nothing of the kind between tabs).
//!
//! Knows nothing of what the texts mean: `storage` decides that. Every failure is a `Result`.

use js_sys::{Function, Promise};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

/// An open database with the one store.
#[derive(Clone)]
pub struct Db {
    db: IdbDatabase,
    store: &'static str,
}

/// What a transaction's work leaves in the store under its key.
pub enum Write {
    /// Nothing changes.
    Keep,
    Put(String),
    Delete,
}

/// Whether this origin has a database called `name` (`indexedDB.databases()`), without opening or
/// making one; `None` where the browser cannot say.
pub async fn exists(name: &str) -> Option<bool> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let list = js_sys::Reflect::get(&factory, &JsValue::from_str("databases")).ok()?;
    let list = list.dyn_into::<Function>().ok()?.call0(&factory).ok()?;
    let found = JsFuture::from(list.dyn_into::<Promise>().ok()?)
        .await
        .ok()?;
    let found = found.dyn_into::<js_sys::Array>().ok()?;
    Some(found.iter().any(|d| {
        js_sys::Reflect::get(&d, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .is_some_and(|n| n == name)
    }))
}

/// Opens database `name` with object store `store`, creating either where missing; `None` where
/// this browser has no IndexedDB, refuses it (some private modes, policies) or does not answer
/// within `deadline_ms`.
pub async fn open(name: &str, store: &'static str, deadline_ms: i32) -> Option<Db> {
    let db = open_version(name, store, None, deadline_ms).await?;
    if db.object_store_names().contains(store) {
        return Some(Db { db, store });
    }
    // Made elsewhere without the store (an older layout, or a test's look at it): a new version
    // adds it.
    let next = db.version() + 1.0;
    db.close();
    let db = open_version(name, store, Some(next), deadline_ms).await?;
    db.object_store_names()
        .contains(store)
        .then_some(Db { db, store })
}

async fn open_version(
    name: &str,
    store: &'static str,
    version: Option<f64>,
    deadline_ms: i32,
) -> Option<IdbDatabase> {
    let factory = web_sys::window()?.indexed_db().ok()??;
    let request: IdbOpenDbRequest = match version {
        Some(v) => factory.open_with_f64(name, v).ok()?,
        None => factory.open(name).ok()?,
    };
    let upgrade = {
        let request = request.clone();
        Closure::<dyn FnMut()>::new(move || {
            if let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        })
    };
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let answered = settled(&request, deadline_ms).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    if !answered {
        return None;
    }
    let db = request.result().ok()?.dyn_into::<IdbDatabase>().ok()?;
    // A later version of the app that changes the layout asks this tab to let go.
    let versionchange = {
        let db = db.clone();
        Closure::<dyn FnMut()>::new(move || db.close())
    };
    db.set_onversionchange(Some(versionchange.as_ref().unchecked_ref()));
    versionchange.forget();
    Some(db)
}

/// Waits for `request` to succeed (`true`) or fail, or for `deadline_ms` to pass (`false`).
async fn settled(request: &IdbRequest, deadline_ms: i32) -> bool {
    let promise = Promise::new(&mut |resolve: Function, _reject: Function| {
        let ok = resolve.clone();
        let succeeded = Closure::once_into_js(move || {
            let _ = ok.call1(&JsValue::NULL, &JsValue::TRUE);
        });
        let failed = {
            let resolve = resolve.clone();
            Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::FALSE);
            })
        };
        request.set_onsuccess(Some(succeeded.unchecked_ref()));
        request.set_onerror(Some(failed.unchecked_ref()));
        if let Some(w) = web_sys::window() {
            let late = Closure::once_into_js(move || {
                let _ = resolve.call1(&JsValue::NULL, &JsValue::FALSE);
            });
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                late.unchecked_ref(),
                deadline_ms,
            );
        }
    });
    matches!(JsFuture::from(promise).await, Ok(v) if v.is_truthy())
}

impl Db {
    /// One read-write transaction: `work` gets the text under `key` and says what to write, under
    /// that key or others (a backup); `Ok` once the transaction has committed. No other tab's
    /// transaction on the store runs between the read and the writes.
    pub async fn update(
        &self,
        key: &str,
        work: impl FnOnce(Option<String>) -> Vec<(String, Write)> + 'static,
    ) -> Result<(), JsValue> {
        let tx = self
            .db
            .transaction_with_str_and_mode(self.store, IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(self.store)?;
        let read = store.get(&JsValue::from_str(key))?;
        // The writes are made in the read's success handler, while the transaction is still
        // active: an `await` in between could let it commit first.
        let on_read = {
            let read = read.clone();
            Closure::once_into_js(move || {
                let value = read.result().ok().and_then(|v| v.as_string());
                for (key, write) in work(value) {
                    if put(&store, &key, write).is_err() {
                        let _ = read.transaction().map(|t| t.abort());
                        return;
                    }
                }
            })
        };
        read.set_onsuccess(Some(on_read.unchecked_ref()));
        let done = Promise::new(&mut |resolve: Function, reject: Function| {
            tx.set_oncomplete(Some(&resolve));
            tx.set_onabort(Some(&reject));
            tx.set_onerror(Some(&reject));
        });
        JsFuture::from(done).await.map(|_| ())
    }
}

fn put(store: &IdbObjectStore, key: &str, write: Write) -> Result<(), JsValue> {
    let key = JsValue::from_str(key);
    match write {
        Write::Keep => Ok(()),
        Write::Put(text) => store
            .put_with_key(&JsValue::from_str(&text), &key)
            .map(|_| ()),
        Write::Delete => store.delete(&key).map(|_| ()),
    }
}
