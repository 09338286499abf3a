//! The view state, read from the URL and written back with every change: the one door to the
//! browser's history.

use leptos::prelude::*;
use samverkan_core::query::Results;
use samverkan_core::search::Query;
use samverkan_core::url::{Notice, ViewState};
use wasm_bindgen::JsValue;

use super::reader::Reader;
use super::snapshot::Snapshot;
use crate::browser::dom::focus_selector_later;

/// How a change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A new history entry: facet, view and entry changes, so back/forward walk them.
    Push,
    /// A keystroke in the search box: the first one of a run pushes, the rest replace, so
    /// history is not flooded and back returns to the view before the search.
    Typing,
    /// A filter that no longer means anything taken out of the address: the history entry is
    /// replaced, so Back does not bring it back.
    Replace,
}

/// The view state and what is derived from it. `Copy`: signals and stored values only.
#[derive(Clone, Copy)]
pub struct Nav {
    /// What the address says: view, search, filters, order, open entry, language.
    pub view: Reader<ViewState>,
    /// What the last URL read ignored; shown until dismissed or the next read.
    pub notices: Reader<Vec<Notice>>,
    /// Derived from `view` and the snapshot.
    pub results: Memo<Results>,
    /// The parsed search, for highlighting.
    pub query: Memo<Query>,
    state: RwSignal<ViewState>,
    ignored: RwSignal<Vec<Notice>>,
    snapshot: Memo<Snapshot>,
    typing: RwSignal<bool>,
    /// A URL write held back while typing (see [`Nav::go`]).
    url_pending: StoredValue<Option<PendingUrl>>,
    /// Where focus goes after the next change of view instead of the new view's heading: the
    /// results' own view switch keeps focus on itself.
    focus_after_view: StoredValue<Option<&'static str>>,
}

/// A URL not yet written: the timer that will write it, the query, and whether it replaces the
/// current history entry (later keys of a run) or pushes one (the run's first key).
struct PendingUrl {
    timer: TimeoutHandle,
    query: String,
    replace: bool,
}

/// While typing, the address follows the search once the keys pause this long, not per key:
/// each history write costs the browser a forced layout and a favicon refresh.
const TYPING_URL_DELAY: std::time::Duration = std::time::Duration::from_millis(300);

/// The view state the address gives over `snapshot`'s register, and what it ignored.
fn read_location(snapshot: Memo<Snapshot>) -> (ViewState, Vec<Notice>) {
    let query = window().location().search().unwrap_or_default();
    snapshot.with_untracked(|s| ViewState::from_query(&query, &s.catalog.register))
}

impl Nav {
    /// The view state the address gives, over `snapshot`'s register; follows back and forward.
    pub(super) fn new(snapshot: Memo<Snapshot>) -> Nav {
        let (initial, notices) = read_location(snapshot);
        let state = RwSignal::new(initial);
        let ignored = RwSignal::new(notices);
        let results = Memo::new(move |_| {
            // Only search, filters and order matter here; view and post changes reuse the last
            // result.
            let (q, filters, sort) = state.with(|s| (s.q.clone(), s.filters.clone(), s.sort));
            snapshot.with(|s| {
                let mut results = s.catalog.run(&q, &filters);
                if let Some(sort) = sort {
                    s.catalog.sort(&mut results.hits, sort);
                }
                results
            })
        });
        let nav = Nav {
            view: Reader::of(state),
            notices: Reader::of(ignored),
            results,
            query: Memo::new(move |_| state.with(|s| Query::parse(&s.q))),
            state,
            ignored,
            snapshot,
            typing: RwSignal::new(false),
            url_pending: StoredValue::new(None),
            focus_after_view: StoredValue::new(None),
        };
        // Back/forward: the URL changed under us; read it again. A held-back write belongs to
        // the entry just left, so it is dropped rather than written over the new one.
        let popstate = window_event_listener(leptos::ev::popstate, move |_| {
            nav.take_pending_url();
            nav.reload_from_url()
        });
        on_cleanup(move || popstate.remove());
        nav
    }

    fn reload_from_url(&self) {
        let (s, n) = read_location(self.snapshot);
        self.typing.set(false);
        self.ignored.set(n);
        self.state.set(s);
    }

    /// "Stäng" on the notice about what the address held that could not be used.
    pub fn dismiss_notices(&self) {
        self.ignored.set(Vec::new());
    }

    /// Applies `change` to the view state and writes the URL.
    pub fn go(&self, step: Step, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next == self.state.get_untracked() {
            return;
        }
        let replace = step == Step::Typing && self.typing.get_untracked();
        self.typing.set(step == Step::Typing);
        let query = next.to_query();
        if step == Step::Typing {
            // Written once typing pauses. This key's URL supersedes a held-back one; if that
            // was the run's first key, it still makes the run's one new history entry.
            let held = self.take_pending_url();
            let replace = replace && held.is_none_or(|p| p.replace);
            let nav = *self;
            let timer = set_timeout_with_handle(move || nav.flush_url(), TYPING_URL_DELAY);
            match timer {
                Ok(timer) => self.url_pending.set_value(Some(PendingUrl {
                    timer,
                    query,
                    replace,
                })),
                Err(_) => write_url(&query, replace),
            }
        } else {
            // A held-back search is written first, so its history entry ends with all of it.
            self.flush_url();
            write_url(&query, step == Step::Replace);
        }
        self.state.set(next);
    }

    /// Like [`Nav::go`], and focus then goes to the element `id` instead of the new view's
    /// heading (the results' own view switch keeps focus on itself).
    pub fn go_keeping_focus(
        &self,
        id: &'static str,
        step: Step,
        change: impl FnOnce(&mut ViewState),
    ) {
        self.focus_after_view.set_value(Some(id));
        self.go(step, change);
    }

    /// Where focus goes after this change of view, if not the heading: asked once per change.
    pub fn take_focus_after_view(&self) -> Option<&'static str> {
        self.focus_after_view
            .try_update_value(Option::take)
            .flatten()
    }

    /// Writes a held-back URL now: when its timer fires, before another change, or before a copy
    /// of the link.
    pub fn flush_url(&self) {
        if let Some(p) = self.take_pending_url() {
            write_url(&p.query, p.replace);
        }
    }

    /// The held-back URL, if any, with its timer stopped.
    fn take_pending_url(&self) -> Option<PendingUrl> {
        let p = self.url_pending.try_update_value(Option::take).flatten()?;
        p.timer.clear();
        Some(p)
    }

    /// Closes the open entry and returns focus to its link in the list (or the view's heading
    /// when the list does not show it).
    pub fn close_entry(&self, id: &str) {
        self.go(Step::Push, |s| s.post = None);
        focus_selector_later(format!("[data-id=\"{id}\"] a[href]"), Some("vy-rubrik"));
    }

    /// A relative link (`?…`) to the state `change` makes from the current one; for `href`s
    /// that also work when opened in a new tab. Reactive: the link follows the view (a search
    /// typed since the render is in it).
    pub fn href(
        &self,
        change: impl Fn(&mut ViewState) + Send + Sync + 'static,
    ) -> impl Fn() -> String + Send + Sync + 'static {
        let view = self.view;
        move || {
            let mut next = view.get();
            change(&mut next);
            href_for_query(&next.to_query())
        }
    }
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
