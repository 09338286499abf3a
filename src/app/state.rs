//! The bridge between the URL and the reactive world. The URL is the only source of view state:
//! `view` is set from `location.search` at start and on back/forward, and every change goes
//! through [`AppState::go`], which writes the URL in the same step.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::core::query::{Catalog, Results};
use crate::core::search::Query;
use crate::core::url::{Notice, ViewState};

/// How a change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A new history entry: facet, view and entry changes, so back/forward walk them.
    Push,
    /// A keystroke in the search box: the first one of a run pushes, the rest replace, so
    /// history is not flooded and back returns to the view before the search.
    Typing,
}

/// Shared with every view through context. `Copy`: signals and a stored catalog.
#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: StoredValue<Arc<Catalog>>,
    pub view: RwSignal<ViewState>,
    /// What the last URL read ignored; shown until dismissed or the next read.
    pub notices: RwSignal<Vec<Notice>>,
    /// Derived from `view` and the catalog: only recomputed when search or filters change.
    pub results: Memo<Results>,
    /// The parsed search, for highlighting.
    pub query: Memo<Query>,
    typing: RwSignal<bool>,
}

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

impl AppState {
    pub fn new(catalog: Catalog) -> AppState {
        let catalog = StoredValue::new(Arc::new(catalog));
        let (initial, notices) =
            catalog.with_value(|c| ViewState::from_query(&location_search(), &c.register));
        let view = RwSignal::new(initial);
        let results = Memo::new(move |_| {
            // Only search and filters matter here; view and post changes reuse the last result.
            let (q, filters) = view.with(|s| (s.q.clone(), s.filters.clone()));
            catalog.with_value(|c| c.run(&q, &filters))
        });
        let state = AppState {
            catalog,
            view,
            notices: RwSignal::new(notices),
            results,
            query: Memo::new(move |_| view.with(|s| Query::parse(&s.q))),
            typing: RwSignal::new(false),
        };
        // Back/forward: the URL changed under us; read it again.
        let handle = window_event_listener(leptos::ev::popstate, move |_| state.reload_from_url());
        on_cleanup(move || handle.remove());
        state
    }

    fn reload_from_url(&self) {
        let (s, n) = self
            .catalog
            .with_value(|c| ViewState::from_query(&location_search(), &c.register));
        self.typing.set(false);
        self.notices.set(n);
        self.view.set(s);
    }

    /// Applies `change` to the view state and writes the URL.
    pub fn go(&self, step: Step, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.view.get_untracked();
        change(&mut next);
        if next == self.view.get_untracked() {
            return;
        }
        let replace = step == Step::Typing && self.typing.get_untracked();
        self.typing.set(step == Step::Typing);
        write_url(&next.to_query(), replace);
        self.view.set(next);
    }

    /// A relative link (`?…`) to the state `change` makes; for `href`s that also work when
    /// opened in a new tab.
    pub fn href(&self, change: impl FnOnce(&mut ViewState)) -> String {
        let mut next = self.view.get_untracked();
        change(&mut next);
        href_for(&next)
    }
}

pub fn href_for(state: &ViewState) -> String {
    href_for_query(&state.to_query())
}

fn write_url(query: &str, replace: bool) {
    let Ok(history) = window().history() else {
        return;
    };
    let url = href_for_query(query);
    // A failure here (e.g. a sandboxed iframe) leaves the view working, only the URL stale.
    let _ = if replace {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&JsValue::NULL, "", Some(&url))
    };
}

/// `?query`, or the bare path when the query is empty. Relative, so it works under any sub-path.
fn href_for_query(query: &str) -> String {
    if query.is_empty() {
        window()
            .location()
            .pathname()
            .unwrap_or_else(|_| "./".to_string())
    } else {
        format!("?{query}")
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
