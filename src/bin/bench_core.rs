//! The search core for Node, for `bench/core.mjs` to compare with MiniSearch and Fuse.js in one
//! process: built for wasm32 with the release profile the app ships with, then
//! `wasm-bindgen --target nodejs` (see `scripts/bench.sh`). Not part of the app.

#[cfg(target_arch = "wasm32")]
mod api {
    use samverkansregistret::core::model::Register;
    use samverkansregistret::core::query::{Catalog, Filters};
    use samverkansregistret::core::search::Query;
    use wasm_bindgen::prelude::*;

    /// A register parsed and indexed as the app does at start.
    #[wasm_bindgen]
    pub struct CoreIndex {
        catalog: Catalog,
    }

    #[wasm_bindgen]
    impl CoreIndex {
        #[wasm_bindgen(constructor)]
        pub fn new(json: &str, today: &str) -> Result<CoreIndex, JsError> {
            let register =
                Register::from_json(json).map_err(|e| JsError::new(&format!("{e:?}")))?;
            let today = chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d")
                .map_err(|e| JsError::new(&e.to_string()))?;
            Ok(CoreIndex {
                catalog: Catalog::new(register, today),
            })
        }

        /// Ranked search only: what MiniSearch and Fuse.js do. Returns the number of hits.
        pub fn search(&self, q: &str) -> usize {
            self.catalog.index.search(&Query::parse(q)).len()
        }

        /// What a keystroke costs in the app: search, filters and every facet count.
        pub fn run(&self, q: &str) -> usize {
            self.catalog.run(q, &Filters::default()).hits.len()
        }

        /// Distinct words and postings in the index.
        pub fn words(&self) -> usize {
            self.catalog.index.size().0
        }

        pub fn postings(&self) -> usize {
            self.catalog.index.size().1
        }
    }
}

fn main() {}
