//! Work in progress that outlives the views showing it: the edit form's draft, an import waiting
//! for confirmation, an open "Ta bort?" or "Rensa?" question.
//!
//! The views are rebuilt when the language changes and when what they show changes (another tab
//! saved). Whatever the reader has typed or is deciding on lives here, in signals owned by the
//! app's root rather than by the view, so a rebuilt view picks it up where it was.

use leptos::prelude::*;
use samverkan_core::change::Op;
use samverkan_core::draft::{Draft, Field, FieldError};
use samverkan_core::exchange::Changes;
use samverkan_core::model::{Academy, Department, Entry};

/// What the edit form is working on.
#[derive(Debug, Clone, PartialEq)]
pub enum Editing {
    New,
    Entry(String),
}

/// One open edit form's state. `Copy`: signals only.
#[derive(Clone, Copy)]
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
    /// A form for `draft`, made from `base`. Call under the root owner.
    pub fn new(draft: Draft, base: Option<Entry>) -> FormState {
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
}

/// An import read and checked, waiting for "Importera" or "Avbryt".
#[derive(Clone)]
pub struct ImportPreview {
    /// What applying it does: merges an overlay in, or replaces the edits with a register's.
    pub op: Op,
    pub changes: Changes,
    /// A full register whose "Om registret" text or source differs from the published one's:
    /// the preview says those do not come along.
    pub leaves_texts: bool,
}

/// Everything held, shared through `AppState`.
#[derive(Clone, Copy)]
pub struct Held {
    /// The open form and what it edits; the target also lives in `AppState::editing`.
    pub form: StoredValue<Option<(Editing, FormState)>>,
    pub import: RwSignal<Option<ImportPreview>>,
    /// The entry whose "Ta bort?" question is open.
    pub confirm_delete: RwSignal<Option<String>>,
    /// The question before "Rensa lokala ändringar" is open.
    pub clear_question: RwSignal<bool>,
    owner: StoredValue<Option<Owner>, LocalStorage>,
}

impl Default for Held {
    fn default() -> Self {
        Held::new()
    }
}

impl Held {
    /// Call where the signals should live: the app's root.
    pub fn new() -> Held {
        Held {
            form: StoredValue::new(None),
            import: RwSignal::new(None),
            confirm_delete: RwSignal::new(None),
            clear_question: RwSignal::new(false),
            owner: StoredValue::new_local(Owner::current()),
        }
    }

    /// The state of the form for `target`: the one already open for it, or a new one made by
    /// `make` (under the root's owner, so it outlives the view).
    pub fn form_for(
        &self,
        target: &Editing,
        make: impl FnOnce() -> (Draft, Option<Entry>),
    ) -> FormState {
        if let Some((t, f)) = self.form.get_value() {
            if t == *target {
                return f;
            }
        }
        let (draft, base) = make();
        let owner = self.owner.get_value();
        let state = match owner {
            Some(o) => o.with(|| FormState::new(draft, base)),
            None => FormState::new(draft, base),
        };
        self.form.set_value(Some((target.clone(), state)));
        state
    }

    /// The form is closed (saved or cancelled): its draft goes.
    pub fn close_form(&self) {
        self.form.set_value(None);
    }
}
