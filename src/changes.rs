//! How an edit reaches storage without losing anyone's work: every action is a list of
//! operations ([`Op`]). The tab shows it at once, keeps it as pending, and then, holding the
//! edits' Web Lock, replays everything pending on the freshest stored overlay and writes the
//! result. A write that fails (storage full or off) keeps the operations pending, says so, and is
//! tried again; another tab's write is taken in with this tab's pending operations on top.

use leptos::prelude::*;
use samverkan_core::change::{Op, Side};
use samverkan_core::draft::Draft;
use samverkan_core::overlay::Overlay;

use crate::held::Editing;
use crate::i18n::t;
use crate::state::{AppState, Step, UndoStep};
use crate::storage::{self, StorageProblem};

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
        self.pending.update_value(|q| q.extend(ops));
        self.close_vanished_entry();
        self.write();
        undo
    }

    /// Writes what is pending, in the lock.
    pub(crate) fn write(&self) {
        let state = *self;
        storage::exclusively(move || state.write_now());
    }

    /// The page is going away: write what is pending now, not when the lock is granted (which
    /// would be too late). A write already queued then finds nothing left to do.
    pub(crate) fn write_before_leaving(&self) {
        if self.pending.try_with_value(|p| !p.is_empty()) == Some(true) {
            self.write_now();
        }
    }

    /// In the lock: the stored overlay (or, unreadable, the last known one) with the pending
    /// operations replayed on it, written; pending is emptied only once that worked.
    fn write_now(&self) {
        let Some(base) = self.read_stored() else {
            return;
        };
        let Some(ops) = self.pending.try_get_value() else {
            return; // the app is gone
        };
        let next = self.replayed(base.clone(), &ops);
        if !ops.is_empty() {
            match storage::save(&next) {
                Ok(()) => {
                    // Only what was replayed goes; an action taken since stays pending.
                    self.pending.update_value(|q| {
                        q.drain(..ops.len().min(q.len()));
                    });
                    self.synced.set_value(next.clone());
                    self.written_again();
                }
                Err(problem) => {
                    self.synced.set_value(base);
                    self.storage_problem.set(Some(problem));
                    self.schedule_retry();
                }
            }
        }
        self.show(next);
    }

    /// The stored overlay, or the last known one when storage cannot be read; `None` when the
    /// app is gone.
    fn read_stored(&self) -> Option<Overlay> {
        let known = self.synced.try_get_value()?;
        Some(match storage::load() {
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

    /// Another tab wrote the edits: take them in, with this tab's pending operations on top,
    /// and try those again (the other tab's write may mean storage has room).
    pub(crate) fn take_stored(&self) {
        let Some(base) = self.read_stored() else {
            return;
        };
        self.synced.set_value(base.clone());
        let pending = self.pending.get_value();
        self.show(self.replayed(base, &pending));
        if !pending.is_empty() {
            self.write();
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
