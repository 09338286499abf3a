//! The bridge between the outside world and the reactive one.
//!
//! - The URL is the only source of view state: `view` is set from `location.search` at start and
//!   on back/forward, and every change goes through [`AppState::go`], which writes the URL in the
//!   same step.
//! - Local edits live in `overlay`; the register the user sees (`snapshot`) is derived from the
//!   published register and the overlay, never kept in step by hand. Every edit is an operation
//!   through `AppState::change` (`changes.rs`), which replays it on the freshest stored overlay.
//! - Work in progress (a form's draft, an import preview) is `held`, so it outlives its view.

use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::change::{Op, Pending};
use samverkan_core::changelog::Since;
use samverkan_core::load::SourceProblem;
use samverkan_core::model::Register;
use samverkan_core::overlay::{Mark, Overlay};
use samverkan_core::query::{Catalog, Results};
use samverkan_core::search::Query;
use samverkan_core::url::{Lang, Notice, ViewState};
use wasm_bindgen::JsValue;

use crate::dom::{focus_later, focus_selector_later};
pub use crate::held::Editing;
use crate::held::Held;
use crate::i18n::t;
use crate::storage::{self, StorageProblem};

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

/// The register as the user sees it. Compared by identity: a new overlay makes a new snapshot.
#[derive(Clone)]
pub struct Snapshot {
    pub catalog: Arc<Catalog>,
    pub marks: Arc<Vec<Mark>>,
}

impl PartialEq for Snapshot {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.catalog, &other.catalog)
    }
}

impl Snapshot {
    pub fn mark(&self, id: &str) -> Option<&Mark> {
        self.marks.iter().find(|m| m.id == id)
    }
}

/// One undoable action ("Ångra Redigera CPU"): the operations that undo it, in order.
#[derive(Clone)]
pub struct UndoStep {
    pub label: String,
    pub ops: Vec<Op>,
}

/// Shared with every view through context. `Copy`: signals and stored values only.
#[derive(Clone, Copy)]
pub struct AppState {
    pub published: StoredValue<Arc<Register>>,
    /// The edits as this tab shows them: the stored overlay with this tab's unwritten
    /// operations (`pending`) replayed on it.
    pub overlay: RwSignal<Overlay>,
    /// The stored overlay as last read or written.
    pub(crate) synced: StoredValue<Overlay>,
    /// This tab's actions not yet in storage (a write under way, or storage full or off). Never
    /// dropped until written: every write replays them on the freshest stored overlay.
    pub(crate) pending: StoredValue<Pending>,
    /// A new attempt to write `pending` is scheduled.
    pub(crate) retry_scheduled: StoredValue<bool>,
    pub held: Held,
    pub snapshot: Memo<Snapshot>,
    pub view: RwSignal<ViewState>,
    /// What the last URL read ignored; shown until dismissed or the next read.
    pub notices: RwSignal<Vec<Notice>>,
    /// Derived from `view` and the snapshot.
    pub results: Memo<Results>,
    /// The parsed search, for highlighting.
    pub query: Memo<Query>,
    pub storage_problem: RwSignal<Option<StorageProblem>>,
    /// A register-wide action's outcome ("De lokala ändringarna är borttagna"), said until
    /// dismissed or the next edit. Here, not in the view that acted, which may be rebuilt.
    pub confirmation: RwSignal<Option<&'static str>>,
    /// Why the server's register could not be used, when this is the last good copy instead.
    pub stale: RwSignal<Option<SourceProblem>>,
    /// What the published register has that this browser's reader has not marked as read; the
    /// notice shows while it is `Some` (see `news`).
    pub news: RwSignal<Option<Arc<Since>>>,
    /// The ids `nytt=1` shows: the added and changed entries of `news`, until it is marked as
    /// read (`mark_news_read`), then none.
    news_ids: RwSignal<Arc<Vec<String>>>,
    pub undo: RwSignal<Vec<UndoStep>>,
    pub editing: RwSignal<Option<Editing>>,
    /// Editing mode ("Redigera registret"): off, readers see no control that changes the
    /// register. Remembered in this browser.
    pub edit_mode: RwSignal<bool>,
    /// The language last chosen with the switch in this browser (remembered in storage).
    pub remembered_lang: RwSignal<Option<Lang>>,
    /// The interface language: the link's `lang` if it has one, else the remembered choice,
    /// else Swedish.
    pub lang: Memo<Lang>,
    typing: RwSignal<bool>,
    /// A URL write held back while typing (see [`AppState::go`]).
    url_pending: StoredValue<Option<PendingUrl>>,
    /// Where focus goes after the next change of view instead of the new view's heading: the
    /// results' own view switch keeps focus on itself.
    pub focus_after_view: StoredValue<Option<&'static str>>,
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

fn location_search() -> String {
    window().location().search().unwrap_or_default()
}

impl AppState {
    pub fn new(
        published: Register,
        today: chrono::NaiveDate,
        stale: Option<SourceProblem>,
        stored: storage::Opened,
    ) -> AppState {
        let (overlay, problem) = stored;
        // Worked out once per visit; "Markera som läst" empties it (`mark_news_read`).
        let news = storage::news_since_last_visit(&published);
        let news_ids: Vec<String> = news
            .news
            .ids(&published)
            .into_iter()
            .map(String::from)
            .collect();
        let news_ids = RwSignal::new(Arc::new(news_ids));
        let published = StoredValue::new(Arc::new(published));
        let synced = StoredValue::new(overlay.clone());
        let overlay = RwSignal::new(overlay);
        let snapshot = Memo::new(move |_| {
            // Without local edits the catalog shares the published register instead of a copy.
            let (register, marks) = overlay.with(|o| {
                published.with_value(|p| {
                    if o.is_empty() {
                        (Arc::clone(p), Vec::new())
                    } else {
                        let (r, marks) = o.apply(p);
                        (Arc::new(r), marks)
                    }
                })
            });
            let local = marks.iter().map(|m| m.id.as_str());
            let catalog = news_ids.with(|ids| {
                Catalog::new(register, today)
                    .with_local(local)
                    .with_news(ids.iter().map(String::as_str))
            });
            Snapshot {
                catalog: Arc::new(catalog),
                marks: Arc::new(marks),
            }
        });
        let (initial, notices) = snapshot
            .with_untracked(|s| ViewState::from_query(&location_search(), &s.catalog.register));
        let view = RwSignal::new(initial);
        let remembered_lang = RwSignal::new(storage::load_lang());
        let lang = Memo::new(move |_| {
            view.with(|s| s.lang)
                .or(remembered_lang.get())
                .unwrap_or_default()
        });
        let results = Memo::new(move |_| {
            // Only search, filters and order matter here; view and post changes reuse the last
            // result.
            let (q, filters, sort) = view.with(|s| (s.q.clone(), s.filters.clone(), s.sort));
            snapshot.with(|s| {
                let mut results = s.catalog.run(&q, &filters);
                if let Some(sort) = sort {
                    s.catalog.sort(&mut results.hits, sort);
                }
                results
            })
        });
        let state = AppState {
            published,
            overlay,
            synced,
            pending: StoredValue::new(Pending::default()),
            retry_scheduled: StoredValue::new(false),
            held: Held::new(),
            snapshot,
            view,
            notices: RwSignal::new(notices),
            results,
            query: Memo::new(move |_| view.with(|s| Query::parse(&s.q))),
            storage_problem: RwSignal::new(problem),
            stale: RwSignal::new(stale),
            news: RwSignal::new((!news.is_empty()).then(|| Arc::new(news))),
            news_ids,
            confirmation: RwSignal::new(None),
            undo: RwSignal::new(Vec::new()),
            editing: RwSignal::new(None),
            edit_mode: RwSignal::new(storage::load_edit_mode()),
            remembered_lang,
            lang,
            typing: RwSignal::new(false),
            url_pending: StoredValue::new(None),
            focus_after_view: StoredValue::new(None),
        };
        // Back/forward: the URL changed under us; read it again. A held-back write belongs to
        // the entry just left, so it is dropped rather than written over the new one.
        let popstate = window_event_listener(leptos::ev::popstate, move |_| {
            state.take_pending_url();
            state.reload_from_url()
        });
        // Another tab saved edits: take them, so the tabs stay in step. (A language chosen in
        // another tab is not taken over: a page does not change its language under the reader.)
        let other_tab = StoredValue::new_local(Some(storage::when_other_tab_writes(move || {
            state.take_stored()
        })));
        state.settle();
        // Edits not yet in storage exist only in this tab. Leaving writes them at once, without
        // waiting for the lock (a write in flight would otherwise be cut off); if that fails,
        // closing or reloading asks first.
        let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
            state.write_before_leaving();
            if state.pending.try_with_value(|p| !p.is_empty()) == Some(true) {
                ev.prevent_default();
                // Older browsers ask only when a text is set; they show their own wording.
                ev.set_return_value(t().storage_memory_only);
            }
        });
        let hidden = window_event_listener(leptos::ev::pagehide, move |_| {
            state.write_before_leaving();
        });
        on_cleanup(move || {
            popstate.remove();
            if let Some(stop) = other_tab.try_update_value(Option::take).flatten() {
                stop();
            }
            leaving.remove();
            hidden.remove();
        });
        state
    }

    /// Runs `f` on the current catalog without subscribing to it.
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        self.snapshot.with_untracked(|s| f(&s.catalog))
    }

    fn reload_from_url(&self) {
        let (s, n) = self.with_catalog(|c| ViewState::from_query(&location_search(), &c.register));
        self.typing.set(false);
        self.notices.set(n);
        self.view.set(s);
    }

    /// Applies `change` to the view state and writes the URL.
    /// "Markera som läst": remembers the published register as read. Then nothing is new: the
    /// notice goes, and so does `nytt=1` from the address (replaced, so Back does not bring back
    /// a filter that now shows nothing). Refused, it changes nothing (storage full).
    pub fn mark_news_read(&self) -> Result<(), StorageProblem> {
        let Some(since) = self.news.get_untracked() else {
            return Ok(());
        };
        storage::remember_as_read(&since.news.now)?;
        self.news.set(None);
        self.news_ids.set(Arc::new(Vec::new()));
        self.go(Step::Replace, |s| s.filters.news_only = false);
        Ok(())
    }

    pub fn go(&self, step: Step, change: impl FnOnce(&mut ViewState)) {
        let mut next = self.view.get_untracked();
        change(&mut next);
        if next == self.view.get_untracked() {
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
            let state = *self;
            let timer = set_timeout_with_handle(move || state.flush_url(), TYPING_URL_DELAY);
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
        self.view.set(next);
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

    /// The form is done with (saved, or closed): its held draft and its target go together.
    pub fn end_form(&self) {
        self.held.close_form();
        self.editing.set(None);
    }

    /// Closes the edit form and puts focus back where the reader was: the entry's heading (the
    /// detail view focuses it when it returns) or the "Ny post" button.
    pub fn close_form(&self, editing: &Editing) {
        self.end_form();
        if *editing == Editing::New {
            focus_later("ny-post");
        }
    }

    /// Closes the open entry and returns focus to its link in the list (or the view's heading
    /// when the list does not show it).
    pub fn close_entry(&self, id: &str) {
        self.go(Step::Push, |s| s.post = None);
        focus_selector_later(format!("[data-id=\"{id}\"] a[href]"), Some("vy-rubrik"));
    }

    /// "Redigera registret": turns editing mode on or off, remembered in this browser. An open
    /// form stays open either way, so nothing typed is lost; it closes with Spara or Avbryt.
    pub fn set_edit_mode(&self, on: bool) {
        storage::save_edit_mode(on);
        self.edit_mode.set(on);
    }

    /// The language switch: remembered in this browser and written into the link, so the view
    /// and a copied link say the same.
    pub fn choose_lang(&self, lang: Lang) {
        storage::save_lang(lang);
        self.remembered_lang.set(Some(lang));
        self.go(Step::Push, |s| s.lang = Some(lang));
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

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
