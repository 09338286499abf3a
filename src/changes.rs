//! How an edit reaches storage without losing anyone's work: every action is a list of
//! operations ([`Op`]). The tab shows it at once, keeps it as pending, and then, in one step no
//! other tab's write can come between (`storage::update_edits`), replays everything pending on
//! the stored overlay and writes the result. A write that fails (storage full or off) keeps the
//! operations pending, says so, and is tried again; another tab's write is taken in with this
//! tab's pending operations on top.
//!
//! A tab writes one write at a time; each carries every pending action, and drops the actions it
//! carried (by number) once it has committed.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use samverkan_core::change::{Op, Side};
use samverkan_core::draft::Draft;
use samverkan_core::overlay::Overlay;

use crate::held::Editing;
use crate::i18n::t;
use crate::state::{AppState, Step, UndoStep};
use crate::storage::{self, StorageProblem};

/// What a write made of the stored edits, and the entries it had to give another id.
type Written = (Overlay, Vec<(String, String)>);

/// How long a failed write waits before the next attempt.
const RETRY: std::time::Duration = std::time::Duration::from_secs(4);

impl AppState {
    /// One action, undoable as `label`: its operations in order.
    pub fn change(&self, label: String, ops: Vec<Op>) {
        let undo = self.perform(ops);
        if !undo.is_empty() {
            self.undo.update(|u| u.push(UndoStep { label, ops: undo }));
        }
    }

    /// An action that cannot be undone step by step (an import, "Rensa lokala ändringar"):
    /// the undo steps before it no longer apply.
    pub fn change_all(&self, op: Op) {
        self.undo.set(Vec::new());
        self.perform(vec![op]);
    }

    /// "Ångra": undoes the last action of this tab, field by field, so a change another tab
    /// made since stays.
    pub fn undo_last(&self) {
        if let Some(step) = self.undo.try_update(|u| u.pop()).flatten() {
            self.perform(step.ops);
            self.rebase_form();
        }
    }

    /// After this tab's own "Ångra" while a form is open: the form takes the undone entry in, as
    /// if it had opened on it (what the reader typed stays), rather than saying it was changed
    /// "in another tab".
    fn rebase_form(&self) {
        let Some((Editing::Entry(id), form)) = self.held.form.get_value() else {
            return;
        };
        let Some(now) = self.with_catalog(|c| c.register.entry(&id).cloned()) else {
            return; // the entry is gone: the form says so
        };
        let Some(was) = form.base.get_untracked() else {
            return;
        };
        if was != now {
            let mine = form.draft.get_untracked();
            let merged = Draft::merge(
                &Draft::from_entry(&was),
                &mine,
                &Draft::from_entry(&now),
                Side::Mine,
            );
            form.draft.set(merged);
            form.base.set(Some(now));
        }
    }

    /// At start: the edits the published register now shows are settled (`Overlay::settle`), in
    /// storage too, so they are not false conflicts.
    pub(crate) fn settle(&self) {
        let settles = self
            .published
            .with_value(|p| self.overlay.with_untracked(|o| o.clone().settle(p)));
        if settles {
            self.perform(vec![Op::Settle]);
        }
    }

    /// Shows `ops` at once, queues them for storage and starts a write. Returns the operations
    /// that undo them, last first.
    fn perform(&self, ops: Vec<Op>) -> Vec<Op> {
        self.confirmation.set(None);
        let mut undo = Vec::new();
        self.published.with_value(|p| {
            self.overlay.update(|o| {
                for op in &ops {
                    undo.extend(op.undo(o));
                    o.perform(p, op);
                }
            });
        });
        undo.reverse();
        self.pending.update_value(|q| q.push(ops));
        self.close_vanished_entry();
        self.write();
        undo
    }

    /// Writes what is pending on the freshest stored edits, and shows the result.
    pub(crate) fn write(&self) {
        self.write_with(false);
    }

    /// The page is going away: the write starts now (for localStorage without waiting for the
    /// lock, which would be too late).
    pub(crate) fn write_before_leaving(&self) {
        if self.pending.try_with_value(|p| !p.is_empty()) == Some(true) {
            self.write_with(true);
        }
    }

    /// Another tab wrote the edits: take them in, with this tab's pending operations on top (and
    /// written, if there are any: the other tab's write may mean storage has room again).
    pub(crate) fn take_stored(&self) {
        self.write();
    }

    fn write_with(&self, leaving: bool) {
        let state = *self;
        let Some(Some((upto, ops))) = self.pending.try_update_value(|p| p.start(leaving)) else {
            return; // the app is gone, or a write is under way and this one follows it
        };
        // What the write made of the stored edits, and the entries it had to give another id.
        let result: Rc<RefCell<Option<Written>>> = Rc::default();
        let kept = Rc::clone(&result);
        storage::update_edits(
            move |stored| {
                let base = state.base(stored)?;
                let next = state.replayed(base.clone(), &ops);
                let moved = state.published.with_value(|p| next.moved(p, &ops));
                *kept.borrow_mut() = Some((next.clone(), moved));
                state.synced.try_set_value(base);
                // Only written when there is something of this tab's to write.
                (!ops.is_empty()).then_some(next)
            },
            move |written| {
                let next = result.borrow_mut().take();
                let Some(again) = state
                    .pending
                    .try_update_value(|p| p.finished(upto, written.is_ok()))
                else {
                    return; // the app is gone
                };
                let (next, moved) = next.unzip();
                match written {
                    Ok(()) => {
                        if let Some(next) = &next {
                            state.synced.set_value(next.clone());
                            // Dated, for the reminder to export or publish them.
                            let today = state.with_catalog(|c| c.today);
                            storage::note_edits_since((!next.edits.is_empty()).then_some(today));
                        }
                        if upto.is_some() {
                            state.written_again();
                        }
                        state.follow_moved(moved.unwrap_or_default());
                    }
                    Err(problem) => {
                        state.storage_problem.set(Some(problem));
                        state.schedule_retry();
                    }
                }
                if let Some(next) = next {
                    state.show(next);
                }
                if again {
                    state.write();
                }
            },
            leaving,
        );
    }

    /// The stored overlay, or the last known one when storage cannot be read; `None` when the
    /// app is gone.
    fn base(&self, stored: storage::Stored) -> Option<Overlay> {
        let known = self.synced.try_get_value()?;
        Some(match stored {
            Ok(o) => o.unwrap_or_default(),
            Err(problem) => {
                // Damaged data was set aside (or, when it could not be, is left alone and not
                // written over); either way this tab goes on from what it knew.
                if matches!(problem, StorageProblem::Corrupted { .. }) {
                    self.storage_problem.set(Some(problem));
                }
                known
            }
        })
    }

    /// An entry this tab made took another id (another tab made one with the same name at the
    /// same moment): the open entry follows it.
    fn follow_moved(&self, moved: Vec<(String, String)>) {
        let open = self.view.with_untracked(|s| s.post.clone());
        if let Some((_, to)) = moved
            .into_iter()
            .find(|(from, _)| Some(from) == open.as_ref())
        {
            self.go(Step::Push, |s| s.post = Some(to));
        }
    }

    /// `base` with `ops` carried out on it, in order.
    fn replayed(&self, mut base: Overlay, ops: &[Op]) -> Overlay {
        self.published.with_value(|p| {
            for op in ops {
                base.perform(p, op);
            }
        });
        base
    }

    fn show(&self, overlay: Overlay) {
        if self.overlay.with_untracked(|o| *o != overlay) {
            self.overlay.set(overlay);
            self.close_vanished_entry();
        }
    }

    /// A write worked: a write problem is over, and if edits were waiting, say they are stored.
    fn written_again(&self) {
        if matches!(
            self.storage_problem.get_untracked(),
            Some(StorageProblem::WriteFailed | StorageProblem::Unavailable)
        ) {
            self.storage_problem.set(None);
            self.confirmation.set(Some(t().storage_saved_again));
        }
    }

    fn schedule_retry(&self) {
        if self.retry_scheduled.get_value() {
            return;
        }
        self.retry_scheduled.set_value(true);
        let state = *self;
        let _ = set_timeout_with_handle(
            move || {
                if state.retry_scheduled.try_set_value(false).is_some() {
                    return; // the app is gone
                }
                state.write();
            },
            RETRY,
        );
    }

    /// The open entry may have gone (deleted here or in another tab, or an undone addition).
    fn close_vanished_entry(&self) {
        let post = self.view.with_untracked(|s| s.post.clone());
        if let Some(id) = post {
            if self.with_catalog(|c| c.register.entry(&id).is_none()) {
                self.go(Step::Push, |s| s.post = None);
            }
        }
    }
}
