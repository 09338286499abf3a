//! What belongs to this visit rather than to the register or the address: the interface
//! language, editing mode, the banners, and work in progress that outlives the views showing it
//! (the edit form's draft, an import waiting for confirmation, an open "Ta bort?" or "Rensa?"
//! question).
//!
//! The views are rebuilt when the language changes and when what they show changes (another tab
//! saved). Whatever the reader has typed or is deciding on lives here, in signals owned by the
//! app's root rather than by the view, so a rebuilt view picks it up where it was.

use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::change::{Op, Side};
use samverkan_core::changelog::Since;
use samverkan_core::draft::{Draft, Field, FieldError};
use samverkan_core::exchange::ImportSummary;
use samverkan_core::load::SourceProblem;
use samverkan_core::model::{Academy, Department, Entry};
use samverkan_core::url::{Lang, ViewState};

use super::reader::Reader;
use crate::browser::dom::focus_later;
use crate::browser::storage::{self, StorageProblem};

/// What the edit form is working on.
#[derive(Debug, Clone, PartialEq)]
pub enum Editing {
    New,
    Entry(String),
}

/// One open edit form's state. `Copy`: signals only. The form's own: the form view reads and
/// writes these as the reader types.
#[derive(Clone, Copy, PartialEq)]
pub struct FormState {
    /// The fields as typed.
    pub draft: RwSignal<Draft>,
    /// The entry as it stood when the form opened, or when a change made elsewhere was last
    /// taken in (`None` for a new entry): what "changed in another tab" and a save's
    /// field-by-field merge are measured against.
    pub base: RwSignal<Option<Entry>>,
    pub errors: RwSignal<Vec<(Field, FieldError)>>,
    /// Academies and departments added in this form, until it is saved.
    pub added_academies: RwSignal<Vec<Academy>>,
    pub added_departments: RwSignal<Vec<Department>>,
    /// The "Lägg till akademi/förvaltning" boxes.
    pub new_academy: RwSignal<String>,
    pub new_department: RwSignal<String>,
    /// The form has put focus in its first field once; a rebuild (a language switch) leaves
    /// focus where the reader has it.
    pub focused: RwSignal<bool>,
}

impl FormState {
    fn new(draft: Draft, base: Option<Entry>) -> FormState {
        FormState {
            draft: RwSignal::new(draft),
            base: RwSignal::new(base),
            errors: RwSignal::new(Vec::new()),
            added_academies: RwSignal::new(Vec::new()),
            added_departments: RwSignal::new(Vec::new()),
            new_academy: RwSignal::new(String::new()),
            new_department: RwSignal::new(String::new()),
            focused: RwSignal::new(false),
        }
    }

    /// The entry as it is now (`None`: deleted) comes into the form: the fields changed there
    /// come into the draft, and where both changed a field, `prefer` decides. What the reader
    /// typed elsewhere stays.
    pub fn take_in(&self, now: Option<Entry>, prefer: Side) {
        match now {
            Some(now) => {
                let was = self
                    .base
                    .with_untracked(|b| b.as_ref().map(Draft::from_entry));
                if let Some(was) = was {
                    let mine = self.draft.get_untracked();
                    let merged = Draft::merge(&was, &mine, &Draft::from_entry(&now), prefer);
                    self.draft.set(merged);
                }
                self.base.set(Some(now));
            }
            // Deleted there: keeping mine means a save brings the entry back.
            None => self.base.set(None),
        }
    }
}

/// The open form: what it edits, and its state. The target is kept here only.
#[derive(Clone)]
pub struct OpenForm {
    pub target: Editing,
    pub state: FormState,
    /// Owns the state's signals: dropped with the form, it disposes them.
    _owner: Option<Owner>,
}

impl PartialEq for OpenForm {
    fn eq(&self, other: &Self) -> bool {
        self.target == other.target && self.state == other.state
    }
}

/// An import read and checked, waiting for "Importera" or "Avbryt".
#[derive(Clone)]
pub struct ImportPreview {
    /// What applying it does: merges an overlay in, or replaces the edits with a register's.
    pub op: Op,
    pub summary: ImportSummary,
    /// A full register whose "Om registret" text or source differs from the published one's:
    /// the preview says those do not come along.
    pub leaves_texts: bool,
}

/// This visit's state. `Copy`: signals and stored values only.
#[derive(Clone, Copy)]
pub struct Session {
    /// The interface language: the link's `lang` if it has one, else the remembered choice,
    /// else Swedish (the rule `samverkan_core::url::Lang::choose`).
    pub lang: Memo<Lang>,
    /// Editing mode ("Redigera registret"): off, readers see no control that changes the
    /// register. Remembered in this browser.
    pub edit_mode: Reader<bool>,
    /// What the open form edits, if a form is open.
    pub editing: Memo<Option<Editing>>,
    pub import: Reader<Option<ImportPreview>>,
    /// The entry whose "Ta bort?" question is open.
    pub confirm_delete: Reader<Option<String>>,
    /// The question before "Rensa lokala ändringar" is open.
    pub clear_question: Reader<bool>,
    /// Why the server's register could not be used, when this is the last good copy instead.
    pub stale: Reader<Option<SourceProblem>>,
    /// What the published register has that this browser's reader has not marked as read; the
    /// notice shows while it is `Some` (see `views::news`).
    pub news: Reader<Option<Arc<Since>>>,
    remembered_lang: RwSignal<Option<Lang>>,
    edit_mode_w: RwSignal<bool>,
    form: RwSignal<Option<OpenForm>>,
    import_w: RwSignal<Option<ImportPreview>>,
    confirm_delete_w: RwSignal<Option<String>>,
    clear_question_w: RwSignal<bool>,
    stale_w: RwSignal<Option<SourceProblem>>,
    news_w: RwSignal<Option<Arc<Since>>>,
    /// The ids `nytt=1` shows: the added and changed entries of `news`, until it is marked as
    /// read, then none. Read by the snapshot.
    news_ids: RwSignal<Arc<Vec<String>>>,
    /// The app's root, which owns the open form's signals (not the form view, which is rebuilt).
    owner: StoredValue<Option<Owner>, LocalStorage>,
}

impl Session {
    /// Call where the signals should live: the app's root.
    pub(super) fn new(
        view: Reader<ViewState>,
        stale: Option<SourceProblem>,
        news: Since,
        news_ids: RwSignal<Arc<Vec<String>>>,
    ) -> Session {
        let remembered_lang = RwSignal::new(storage::load_lang());
        let lang = Memo::new(move |_| Lang::choose(view.with(|s| s.lang), remembered_lang.get()));
        let edit_mode_w = RwSignal::new(storage::load_edit_mode());
        let form = RwSignal::new(None::<OpenForm>);
        let import_w = RwSignal::new(None);
        let confirm_delete_w = RwSignal::new(None);
        let clear_question_w = RwSignal::new(false);
        let stale_w = RwSignal::new(stale);
        let news_w = RwSignal::new((!news.is_empty()).then(|| Arc::new(news)));
        Session {
            lang,
            edit_mode: Reader::of(edit_mode_w),
            editing: Memo::new(move |_| form.with(|f| f.as_ref().map(|f| f.target.clone()))),
            import: Reader::of(import_w),
            confirm_delete: Reader::of(confirm_delete_w),
            clear_question: Reader::of(clear_question_w),
            stale: Reader::of(stale_w),
            news: Reader::of(news_w),
            remembered_lang,
            edit_mode_w,
            form,
            import_w,
            confirm_delete_w,
            clear_question_w,
            stale_w,
            news_w,
            news_ids,
            owner: StoredValue::new_local(Owner::current()),
        }
    }

    /// The language switch's choice, remembered in this browser (`AppState::choose_lang` also
    /// writes it into the link).
    pub(super) fn remember_lang(&self, lang: Lang) {
        storage::save_lang(lang);
        self.remembered_lang.set(Some(lang));
    }

    /// "Redigera registret": turns editing mode on or off, remembered in this browser. An open
    /// form stays open either way, so nothing typed is lost; it closes with Spara or Avbryt.
    pub fn set_edit_mode(&self, on: bool) {
        storage::save_edit_mode(on);
        self.edit_mode_w.set(on);
    }

    /// The open form, its target and state, without subscribing to it.
    pub fn form(&self) -> Option<OpenForm> {
        self.form.get_untracked()
    }

    /// Opens the form on `target` with the draft `make` makes (and the entry it was made from); a
    /// form open on the same target stays as it is (what was typed stays), and `make` is not run.
    pub(super) fn open_form(&self, target: Editing, make: impl FnOnce() -> (Draft, Option<Entry>)) {
        if self
            .form
            .with_untracked(|f| f.as_ref().is_some_and(|f| f.target == target))
        {
            return;
        }
        // Under a child of the app's root, which the form takes along: closed, it goes, and with
        // it the form's signals.
        let owner = self.owner.get_value().map(|root| root.child());
        let (draft, base) = make();
        let state = match &owner {
            Some(o) => o.with(|| FormState::new(draft, base)),
            None => FormState::new(draft, base),
        };
        self.replace_form(Some(OpenForm {
            target,
            state,
            _owner: owner,
        }));
    }

    /// The form is done with (saved, or closed): its draft and its target go together.
    pub fn end_form(&self) {
        self.replace_form(None);
    }

    /// Closes the edit form and puts focus back where the reader was: the entry's heading (the
    /// detail view focuses it when it returns) or the "Ny post" button.
    pub fn close_form(&self) {
        let was_new = self
            .form
            .with_untracked(|f| f.as_ref().is_some_and(|f| f.target == Editing::New));
        self.end_form();
        if was_new {
            focus_later("ny-post");
        }
    }

    /// Puts `next` in the place of the open form. The old form's signals are disposed (its owner
    /// dropped) once its view is gone, after the reactive updates this change sets off.
    fn replace_form(&self, next: Option<OpenForm>) {
        let old = self
            .form
            .try_update(|f| std::mem::replace(f, next))
            .flatten();
        if let Some(old) = old {
            set_timeout(move || drop(old), std::time::Duration::ZERO);
        }
    }

    pub fn hold_import(&self, preview: Option<ImportPreview>) {
        self.import_w.set(preview);
    }

    /// "Ta bort" on the entry `id` asks first; `None` closes the question.
    pub fn ask_delete(&self, id: Option<String>) {
        self.confirm_delete_w.set(id);
    }

    /// "Rensa lokala ändringar" asks first; `false` closes the question.
    pub fn ask_clear(&self, open: bool) {
        self.clear_question_w.set(open);
    }

    pub fn dismiss_stale(&self) {
        self.stale_w.set(None);
    }

    /// "Markera som läst": remembers the published register as read. Then nothing is new: the
    /// notice goes (and `AppState::mark_news_read` takes `nytt=1` from the address). Refused, it
    /// changes nothing (storage full).
    pub(super) fn mark_news_read(&self) -> Result<(), StorageProblem> {
        let Some(since) = self.news_w.get_untracked() else {
            return Ok(());
        };
        storage::remember_as_read(&since.news.now)?;
        self.news_w.set(None);
        self.news_ids.set(Arc::new(Vec::new()));
        Ok(())
    }
}
