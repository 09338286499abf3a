//! The search core for Node, for `bench/core.mjs` to compare with MiniSearch and Fuse.js in one
//! process: built for wasm32 with the release profile the app ships with, then
//! `wasm-bindgen --target nodejs` (see `scripts/bench.sh`). Not part of the app.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use samverkan_core::model::Register;
use samverkan_core::query::{Catalog, Filters};
use samverkan_core::search::{Query, SearchIndex};
use wasm_bindgen::prelude::*;

/// Counts the bytes allocated and not yet freed, for [`CoreIndex::heap`].
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// NFD as in the app: the JavaScript engine's `String.prototype.normalize` (the core is built
/// without its tables here too).
fn nfd(s: &str) -> String {
    js_sys::JsString::from(s).normalize("NFD").into()
}

fn parse(json: &str) -> Result<Register, JsError> {
    samverkan_core::unicode::use_decomposer(nfd);
    Register::from_json(json).map_err(|e| JsError::new(&format!("{e:?}")))
}

fn day(today: &str) -> Result<chrono::NaiveDate, JsError> {
    chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").map_err(|e| JsError::new(&e.to_string()))
}

/// A register parsed and indexed as the app does at start, and its search index on its own for
/// ranked search without facets (what MiniSearch and Fuse.js do).
#[wasm_bindgen]
pub struct CoreIndex {
    catalog: Catalog,
    index: SearchIndex,
}

#[wasm_bindgen]
impl CoreIndex {
    #[wasm_bindgen(constructor)]
    pub fn new(json: &str, today: &str) -> Result<CoreIndex, JsError> {
        let (register, today) = (parse(json)?, day(today)?);
        let index = SearchIndex::build(&register);
        Ok(CoreIndex {
            catalog: Catalog::new(register, today),
            index,
        })
    }

    /// Ranked search only: what MiniSearch and Fuse.js do. Returns the number of hits.
    pub fn search(&self, q: &str) -> usize {
        self.index.search(&Query::parse(q)).len()
    }

    /// What a keystroke costs in the app: search, filters and every facet count.
    pub fn run(&self, q: &str) -> usize {
        self.catalog.run(q, &Filters::default()).hits.len()
    }

    /// Heap bytes in use after parsing `json` into a `Register`, and after building the
    /// `Catalog` from it (register, search index, facet codes, statuses): the app's data at
    /// start, without the JSON text itself. `"register catalog"`.
    pub fn heap(json: &str, today: &str) -> Result<String, JsError> {
        let today = day(today)?;
        let base = LIVE.load(Ordering::Relaxed);
        let register = parse(json)?;
        let parsed = LIVE.load(Ordering::Relaxed) - base;
        let catalog = Catalog::new(register, today);
        let built = LIVE.load(Ordering::Relaxed) - base;
        drop(catalog);
        Ok(format!("{parsed} {built}"))
    }

    /// Distinct words in the index.
    pub fn words(&self) -> usize {
        self.index.size().0
    }

    /// Postings in the index.
    pub fn postings(&self) -> usize {
        self.index.size().1
    }
}
