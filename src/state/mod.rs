//! The bridge between the outside world and the reactive one, as three `Copy` handles that every
//! view gets from [`use_app`]:
//!
//! - [`Nav`] (`nav.rs`): the view state. The URL is its only source: it is read from
//!   `location.search` at start and on back/forward, and every change goes through [`Nav::go`],
//!   which writes the URL in the same step. It is the only code that writes history.
//! - [`Edits`] (`edits.rs`): the local edits and the register the user sees (`snapshot`), which
//!   is derived from the published register and the overlay, never kept in step by hand. Every
//!   edit is an operation through [`Edits::change`], replayed on the freshest stored overlay.
//! - [`Session`] (`session.rs`): what belongs to this visit: the interface language, editing
//!   mode, the banners, and work in progress that outlives its view (the open form, an import
//!   preview, an open question).
//!
//! The writable signals are private to the handles: a view reads memos and read-only signals
//! and acts through the handles' methods, so "only `go` writes the URL" and "only `change`
//! edits" are the compiler's to check.

mod edits;
mod nav;
mod own;
mod reader;
mod session;
mod snapshot;

use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::change::Side;
use samverkan_core::draft::Draft;
use samverkan_core::load::SourceProblem;
use samverkan_core::model::Register;
use samverkan_core::url::Lang;

pub use edits::Edits;
pub use nav::{Nav, Step};
pub use own::Own;
pub use session::{Editing, FormState, ImportPreview, OpenForm, Session};

use crate::browser::storage::{self, StorageProblem};

/// Shared with every view through context. `Copy`: three handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub nav: Nav,
    pub edits: Edits,
    pub session: Session,
}

impl AppState {
    pub fn new(
        published: Register,
        today: chrono::NaiveDate,
        stale: Option<SourceProblem>,
        stored: storage::Opened,
    ) -> AppState {
        let (overlay, problem) = stored;
        // Worked out once per visit; "Markera som läst" empties it (`AppState::mark_news_read`).
        let news = storage::news_since_last_visit(&published);
        let news_ids: Vec<String> = news
            .news
            .ids(&published)
            .into_iter()
            .map(String::from)
            .collect();
        let news_ids = RwSignal::new(Arc::new(news_ids));
        let overlay = RwSignal::new(overlay);
        let published = Arc::new(published);
        let snapshot = snapshot::derive(Arc::clone(&published), overlay, news_ids, today);
        let nav = Nav::new(snapshot);
        let session = Session::new(nav.view, stale, news, news_ids);
        let edits = Edits::new(published, overlay, snapshot, nav, problem);
        AppState {
            nav,
            edits,
            session,
        }
    }

    /// The language switch: remembered in this browser and written into the link, so the view
    /// and a copied link say the same.
    pub fn choose_lang(&self, lang: Lang) {
        self.session.remember_lang(lang);
        self.nav.go(Step::Push, |s| s.lang = Some(lang));
    }

    /// "Markera som läst": remembers the published register as read. Then nothing is new: the
    /// notice goes, and so does `nytt=1` from the address (replaced, so Back does not bring back
    /// a filter that now shows nothing). Refused, it changes nothing (storage full).
    pub fn mark_news_read(&self) -> Result<(), StorageProblem> {
        self.session.mark_news_read()?;
        self.nav.go(Step::Replace, |s| s.filters.news_only = false);
        Ok(())
    }

    /// "Ångra": undoes the last action of this tab, field by field, so a change another tab made
    /// since stays. An open form on the entry takes the undone entry in, as if it had opened on
    /// it (what the reader typed stays), rather than saying it was changed "in another tab".
    pub fn undo_last(&self) {
        if !self.edits.undo_last() {
            return;
        }
        let Some(form) = self.session.form() else {
            return;
        };
        let Editing::Entry(id) = form.target else {
            return;
        };
        let Some(now) = self.edits.with_catalog(|c| c.register.entry(&id).cloned()) else {
            return; // the entry is gone: the form says so
        };
        if form.state.base.with_untracked(|b| b.as_ref() != Some(&now)) {
            form.state.take_in(Some(now), Side::Mine);
        }
    }

    /// "Redigera" or "Ny post": opens the form on the entry as the register has it now (a new
    /// entry's draft for `Editing::New`, or for an entry gone meanwhile).
    pub fn open_form(&self, target: Editing) {
        let edits = self.edits;
        let entry_id = match &target {
            Editing::Entry(id) => Some(id.clone()),
            Editing::New => None,
        };
        self.session.open_form(target, move || {
            edits.with_catalog(|c| match entry_id.and_then(|id| c.register.entry(&id)) {
                Some(e) => (Draft::from_entry(e), Some(e.clone())),
                None => (Draft::new_in(&c.register), None),
            })
        });
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
