//! The published register, fetched from beside the app (`register.json`), and this browser's last
//! good copy of it. The only code that uses the network (`fetch`) or Cache Storage; the one
//! request made before the wasm runs is started by `public/gate.js` and taken over here.
//!
//! - The file is read exactly as the checker and the publish tool read it
//!   (`Register::from_reader`, the same checks as their `from_bytes`), in pieces out of
//!   JavaScript's copy.
//! - A register that loads is stored as the last good copy in `DATA_CACHE`; the service worker
//!   (scripts/sw-template.js) answers from that copy when the network is gone or slow, and never
//!   stores anything itself, so what it falls back to has always been checked here.
//! - A file that does not load (missing, truncated, not JSON, wrong schema, invalid) is never
//!   used: the last good copy is, with the reason, and without one the page says what is wrong.
//!
//! Nothing here throws or panics: every JavaScript failure is a `Result` turned into a
//! [`SourceProblem`].

use js_sys::{ArrayBuffer, Reflect, Uint8Array};
use leptos::prelude::*;

use crate::browser::i18n::t;
use samverkan_core::load::{LoadError, SourceProblem};
use samverkan_core::model::Register;
use samverkan_core::publish::REGISTER_FILE;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, CacheStorage, Response, ResponseInit};

// Shared with gate.js (the early request) and the service worker (the last good copy).
use samverkan_core::shared::{DATA_CACHE, EARLY_REGISTER};

/// What start-up got.
pub enum Outcome {
    /// The register on the server (or, offline, the worker's last good copy of it).
    Fresh(Register),
    /// The server's file could not be used (`problem`); this is the last good copy.
    Stale {
        register: Register,
        problem: SourceProblem,
    },
    /// Neither the server's file nor an earlier copy.
    Failed(SourceProblem),
}

/// Reads the published register, falling back to the last good copy.
pub async fn load() -> Outcome {
    let fetched = match take_early() {
        Some(early) => answer(early).await,
        None => fetch_answer(REGISTER_FILE).await,
    };
    let problem = match fetched {
        // The service worker answered with its last good copy (the server was too slow or
        // gone): the register is not the live one, and the reader is told so.
        Ok(Answer { body, cached: true }) => match read(&body).await {
            Ok(register) => {
                return Outcome::Stale {
                    register,
                    problem: SourceProblem::Unreachable,
                }
            }
            Err(e) => SourceProblem::Unreadable(e),
        },
        Ok(Answer { body: buffer, .. }) => match read(&buffer).await {
            Ok(register) => {
                let url = absolute(REGISTER_FILE);
                // Kept for the next visit and for offline use, straight from JavaScript's copy of
                // the bytes; not awaited by the start-up.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = keep(&url, &buffer).await;
                });
                return Outcome::Fresh(register);
            }
            Err(e) => SourceProblem::Unreadable(e),
        },
        Err(p) => p,
    };
    match last_good().await {
        Some(register) => Outcome::Stale { register, problem },
        None => Outcome::Failed(problem),
    }
}

/// A register this large takes a noticeable moment to read: say so first.
const LARGE_BODY_BYTES: u32 = 1 << 20;

/// [`parse`], after showing "Läser in registret …" when the file is large: the fetched file and
/// the last good copy alike.
async fn read(buffer: &ArrayBuffer) -> Result<Register, LoadError> {
    if buffer.byte_length() > LARGE_BODY_BYTES {
        crate::browser::dom::loading_step(t().loading_read).await;
    }
    parse(buffer)
}

/// The register in `buffer`, read out of JavaScript's copy a piece at a time
/// (`Register::from_reader`): the file's bytes are never in the wasm's memory as a whole, which
/// would grow by the file's size (40 MB at 50,000 entries) and never shrink again.
fn parse(buffer: &ArrayBuffer) -> Result<Register, LoadError> {
    let bytes = Uint8Array::new(buffer);
    Register::from_reader(|| Pieces {
        bytes: &bytes,
        at: 0,
    })
}

/// Reads a JavaScript `Uint8Array` from its start, copying as much as each read asks for.
struct Pieces<'a> {
    bytes: &'a Uint8Array,
    at: u32,
}

impl std::io::Read for Pieces<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let left = self.bytes.length().saturating_sub(self.at);
        let n = left.min(u32::try_from(out.len()).unwrap_or(u32::MAX));
        if n > 0 {
            self.bytes
                .subarray(self.at, self.at + n)
                .copy_to(&mut out[..n as usize]);
            self.at += n;
        }
        Ok(n as usize)
    }
}

/// The register on the server now, past every cache, read and checked as at start-up: what
/// Publicera compares the edits' base with. The worker's last good copy is not the server's file:
/// `Unreachable`.
pub async fn server_register() -> Result<Register, SourceProblem> {
    match fetch_answer_with(REGISTER_FILE, true).await? {
        Answer { cached: true, .. } => Err(SourceProblem::Unreachable),
        Answer { body, .. } => read(&body).await.map_err(SourceProblem::Unreadable),
    }
}

/// A file beside the app as text (Publicera fetches this build's `index.html`).
pub async fn fetch_text(path: &str) -> Result<String, SourceProblem> {
    let Answer { body: buffer, .. } = fetch_answer(path).await?;
    String::from_utf8(Uint8Array::new(&buffer).to_vec())
        .map_err(|_| SourceProblem::Unreadable(LoadError::NotText))
}

/// A file read to its end.
struct Answer {
    body: ArrayBuffer,
    /// The service worker's last good copy, not the server's answer.
    cached: bool,
}

/// Where `public/gate.js` offers its read with a deadline (`readWithDeadline`): no answer, or no
/// next piece of the body, for ten seconds, and the read is given up.
const FETCH: &str = "samverkanFetch";

/// `path` read to its end, with gate.js's deadline; a plain fetch (no deadline) only where the
/// page has no gate.js.
async fn fetch_answer(path: &str) -> Result<Answer, SourceProblem> {
    fetch_answer_with(path, false).await
}

/// [`fetch_answer`]; `fresh` past every cache.
async fn fetch_answer_with(path: &str, fresh: bool) -> Result<Answer, SourceProblem> {
    let helper = Reflect::get(&window(), &JsValue::from_str(FETCH))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(read) = helper {
        let promise = read
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(path),
                &JsValue::from_bool(fresh),
            )
            .ok()
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            .ok_or(SourceProblem::Unreachable)?;
        return answer(promise).await;
    }
    let init = web_sys::RequestInit::new();
    if fresh {
        init.set_cache(web_sys::RequestCache::NoStore);
    }
    let response = JsFuture::from(window().fetch_with_str_and_init(path, &init))
        .await
        .ok()
        .and_then(|r| r.dyn_into::<Response>().ok())
        .ok_or(SourceProblem::Unreachable)?;
    if !response.ok() {
        return Err(SourceProblem::Http(response.status()));
    }
    let body = body(&response).await.ok_or(SourceProblem::Unreachable)?;
    Ok(Answer {
        body,
        cached: false,
    })
}

/// The request `public/gate.js` started, taken once (a second start fetches anew).
fn take_early() -> Option<js_sys::Promise> {
    let key = JsValue::from_str(EARLY_REGISTER);
    let early = Reflect::get(&window(), &key).ok()?;
    let _ = Reflect::delete_property(window().as_ref(), &key);
    early.dyn_into::<js_sys::Promise>().ok()
}

/// A gate.js read's outcome: `{ status, body, cached }` with an `ArrayBuffer` body when it
/// succeeded; a rejection (no network, or the deadline passed) is `Unreachable`.
async fn answer(read: js_sys::Promise) -> Result<Answer, SourceProblem> {
    let answer = JsFuture::from(read)
        .await
        .map_err(|_| SourceProblem::Unreachable)?;
    let field = |name: &str| Reflect::get(&answer, &JsValue::from_str(name)).ok();
    let status = field("status").and_then(|s| s.as_f64()).unwrap_or(0.0) as u16;
    let cached = field("cached").is_some_and(|c| c.is_truthy());
    let body = field("body")
        .and_then(|b| b.dyn_into::<ArrayBuffer>().ok())
        .ok_or(SourceProblem::Http(status))?;
    Ok(Answer { body, cached })
}

async fn body(response: &Response) -> Option<ArrayBuffer> {
    let promise = response.array_buffer().ok()?;
    JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<ArrayBuffer>()
        .ok()
}

/// `path` resolved against the page, as the service worker resolves it against its scope.
fn absolute(path: &str) -> String {
    let base = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(path, &base)
        .map(|u| u.href())
        .unwrap_or_else(|_| path.to_string())
}

/// Cache Storage, where the browser offers it (secure contexts only: https and localhost).
fn caches() -> Option<CacheStorage> {
    let present = Reflect::get(&window(), &JsValue::from_str("caches"))
        .map(|v| !v.is_undefined() && !v.is_null())
        .unwrap_or(false);
    present.then(|| window().caches().ok()).flatten()
}

async fn data_cache() -> Option<Cache> {
    let open = caches()?.open(DATA_CACHE);
    JsFuture::from(open).await.ok()?.dyn_into::<Cache>().ok()
}

/// Stores a register that loaded as the last good copy. A failure (storage full, private mode)
/// only means there is no copy for next time.
async fn keep(url: &str, buffer: &ArrayBuffer) -> Option<()> {
    let init = ResponseInit::new();
    let headers = web_sys::Headers::new().ok()?;
    headers.set("content-type", "application/json").ok()?;
    init.set_headers(&headers);
    let response = Response::new_with_opt_buffer_source_and_init(Some(buffer), &init).ok()?;
    JsFuture::from(data_cache().await?.put_with_str(url, &response))
        .await
        .ok()?;
    Some(())
}

/// The last good copy, if this browser has one that still loads.
async fn last_good() -> Option<Register> {
    let found = JsFuture::from(data_cache().await?.match_with_str(&absolute(REGISTER_FILE)))
        .await
        .ok()?;
    let response = found.dyn_into::<Response>().ok()?;
    read(&body(&response).await?).await.ok()
}
