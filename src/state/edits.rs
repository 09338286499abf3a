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
use std::sync::Arc;

use leptos::prelude::*;
use samverkan_core::change::{EntryAction, Op, Pending};
use samverkan_core::model::Register;
use samverkan_core::overlay::Overlay;
use samverkan_core::query::Catalog;

use super::nav::{Nav, Step};
use super::reader::Reader;
use super::snapshot::Snapshot;
use crate::browser::i18n::t;
use crate::browser::storage::{self, StorageProblem};

/// What a write made of the stored edits, and the entries it had to give another id.
type Written = (Overlay, Vec<(String, String)>);

/// How long a failed write waits before the next attempt.
const RETRY: std::time::Duration = std::time::Duration::from_secs(4);

/// One undoable action: what it was, on which entry (by name), and the operations that undo it,
/// in order.
#[derive(Clone)]
pub struct UndoStep {
    pub action: EntryAction,
    pub name: String,
    ops: Vec<Op>,
}

/// The local edits and the register they make. `Copy`: signals and stored values only.
#[derive(Clone, Copy)]
pub struct Edits {
    /// The register as the user sees it: the published one with the edits on it.
    pub snapshot: Memo<Snapshot>,
    /// The edits as this tab shows them: the stored overlay with this tab's unwritten
    /// operations (`pending`) replayed on it.
    pub overlay: Reader<Overlay>,
    /// This tab's undoable actions, the last one last.
    pub undo: Reader<Vec<UndoStep>>,
    /// Why edits cannot be kept in this browser, until it is over (or, for damaged edits set
    /// aside, dismissed).
    pub storage_problem: Reader<Option<StorageProblem>>,
    /// A register-wide action's outcome ("De lokala ändringarna är borttagna"), said until
    /// dismissed or the next edit. Here, not in the view that acted, which may be rebuilt.
    pub confirmation: Reader<Option<&'static str>>,
    published: StoredValue<Arc<Register>>,
    overlay_w: RwSignal<Overlay>,
    undo_w: RwSignal<Vec<UndoStep>>,
    /// The stored overlay as last read or written.
    synced: StoredValue<Overlay>,
    /// This tab's actions not yet in storage (a write under way, or storage full or off). Never
    /// dropped until written: every write replays them on the freshest stored overlay.
    pending: StoredValue<Pending>,
    /// A new attempt to write `pending` is scheduled.
    retry_scheduled: StoredValue<bool>,
    storage_problem_w: RwSignal<Option<StorageProblem>>,
    confirmation_w: RwSignal<Option<&'static str>>,
    /// The view state, for the open entry: it follows an entry that moved, and closes when its
    /// entry has gone.
    nav: Nav,
}

impl Edits {
    pub(super) fn new(
        published: Arc<Register>,
        overlay: RwSignal<Overlay>,
        snapshot: Memo<Snapshot>,
        nav: Nav,
        storage_problem: Option<StorageProblem>,
    ) -> Edits {
        let undo_w = RwSignal::new(Vec::new());
        let storage_problem_w = RwSignal::new(storage_problem);
        let confirmation_w = RwSignal::new(None);
        let edits = Edits {
            snapshot,
            overlay: Reader::of(overlay),
            undo: Reader::of(undo_w),
            published: StoredValue::new(published),
            overlay_w: overlay,
            undo_w,
            synced: StoredValue::new(overlay.get_untracked()),
            pending: StoredValue::new(Default::default()),
            retry_scheduled: StoredValue::new(false),
            storage_problem: Reader::of(storage_problem_w),
            confirmation: Reader::of(confirmation_w),
            storage_problem_w,
            confirmation_w,
            nav,
        };
        // Another tab saved edits: take them, so the tabs stay in step. (A language chosen in
        // another tab is not taken over: a page does not change its language under the reader.)
        let other_tab = StoredValue::new_local(Some(storage::when_other_tab_writes(move || {
            edits.take_stored()
        })));
        edits.settle();
        // Edits not yet in storage exist only in this tab. Leaving keeps them at once (left
        // behind for the next start, or written to localStorage without waiting for the lock);
        // only if that fails does closing or reloading ask first.
        let leaving = window_event_listener(leptos::ev::beforeunload, move |ev| {
            if !edits.write_before_leaving() {
                ev.prevent_default();
                // Older browsers ask only when a text is set; they show their own wording.
                ev.set_return_value(t().storage_memory_only);
            }
        });
        let hidden = window_event_listener(leptos::ev::pagehide, move |_| {
            edits.write_before_leaving();
        });
        on_cleanup(move || {
            if let Some(stop) = other_tab.try_update_value(Option::take).flatten() {
                stop();
            }
            leaving.remove();
            hidden.remove();
        });
        edits
    }

    /// Says what a register-wide action did, until dismissed or the next edit.
    pub fn confirm(&self, text: &'static str) {
        self.confirmation_w.set(Some(text));
    }

    pub fn dismiss_confirmation(&self) {
        self.confirmation_w.set(None);
    }

    /// "Stäng" on the notice about damaged edits set aside.
    pub fn dismiss_storage_problem(&self) {
        self.storage_problem_w.set(None);
    }

    /// Runs `f` on the current catalog without subscribing to it.
    pub fn with_catalog<T>(&self, f: impl FnOnce(&Catalog) -> T) -> T {
        self.snapshot.with_untracked(|s| f(&s.catalog))
    }

    /// The published register, as the server gave it (without the edits).
    pub fn published(&self) -> Arc<Register> {
        self.published.get_value()
    }

    pub fn with_published<T>(&self, f: impl FnOnce(&Register) -> T) -> T {
        self.published.with_value(|p| f(p))
    }

    /// One action on the entry `name`, undoable as `action`: its operations in order.
    pub fn change(&self, action: EntryAction, name: String, ops: Vec<Op>) {
        let undo = self.perform(ops);
        if !undo.is_empty() {
            self.undo_w.update(|u| {
                u.push(UndoStep {
                    action,
                    name,
                    ops: undo,
                })
            });
        }
    }

    /// Bookkeeping, not an action on an entry (a publication noted, one confirmed): nothing to
    /// undo.
    pub fn note(&self, op: Op) {
        self.perform(vec![op]);
    }

    /// An action that cannot be undone step by step (an import, "Rensa lokala ändringar"):
    /// the undo steps before it no longer apply.
    pub fn change_all(&self, op: Op) {
        self.undo_w.set(Vec::new());
        self.perform(vec![op]);
    }

    /// "Ångra": undoes the last action of this tab, field by field, so a change another tab
    /// made since stays.
    /// Returns whether there was one (`AppState::undo_last` then brings an open form along).
    pub(super) fn undo_last(&self) -> bool {
        match self.undo_w.try_update(|u| u.pop()).flatten() {
            Some(step) => {
                self.perform(step.ops);
                true
            }
            None => false,
        }
    }

    /// At start: the edits the published register now shows are settled (`Overlay::settle`), in
    /// storage too, so they are not false conflicts.
    fn settle(&self) {
        let settles = self
            .published
            .with_value(|p| self.overlay_w.with_untracked(|o| o.clone().settle(p)));
        if settles {
            self.perform(vec![Op::Settle]);
        }
    }

    /// Shows `ops` at once, queues them for storage and starts a write. Returns the operations
    /// that undo them, last first.
    fn perform(&self, ops: Vec<Op>) -> Vec<Op> {
        self.confirmation_w.set(None);
        let mut undo = Vec::new();
        self.published.with_value(|p| {
            self.overlay_w.update(|o| {
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
    fn write(&self) {
        self.write_with(false);
    }

    /// The page is going away: what is not yet written is kept now, before the page goes. Where
    /// the edits are in IndexedDB, whose write would end with the page, they are left behind for
    /// the next start (`storage::leave_behind`); in localStorage the write is made at once,
    /// without waiting for the lock. Whether nothing of this tab's is left unkept.
    fn write_before_leaving(&self) -> bool {
        if self.pending.try_with_value(|p| !p.is_empty()) != Some(true) {
            return true;
        }
        let left = self
            .synced
            .try_with_value(|base| {
                self.overlay_w
                    .try_with_untracked(|edits| storage::leave_behind(base, edits))
            })
            .flatten()
            == Some(true);
        if !left {
            self.write_with(true);
        }
        left || self.pending.try_with_value(|p| p.is_empty()) == Some(true)
    }

    /// Another tab wrote the edits: take them in, with this tab's pending operations on top (and
    /// written, if there are any: the other tab's write may mean storage has room again).
    fn take_stored(&self) {
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
                        if state.pending.try_with_value(Pending::is_empty) == Some(true) {
                            storage::forget_left_behind();
                        }
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
                        state.storage_problem_w.set(Some(problem));
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
                    self.storage_problem_w.set(Some(problem));
                }
                known
            }
        })
    }

    /// An entry this tab made took another id (another tab made one with the same name at the
    /// same moment): the open entry follows it.
    fn follow_moved(&self, moved: Vec<(String, String)>) {
        let open = self.nav.view.with_untracked(|s| s.post.clone());
        if let Some((_, to)) = moved
            .into_iter()
            .find(|(from, _)| Some(from) == open.as_ref())
        {
            self.nav.go(Step::Push, |s| s.post = Some(to));
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
        if self.overlay_w.with_untracked(|o| *o != overlay) {
            self.overlay_w.set(overlay);
            self.close_vanished_entry();
        }
    }

    /// A write worked: a write problem is over, and if edits were waiting, say they are stored.
    fn written_again(&self) {
        if matches!(
            self.storage_problem_w.get_untracked(),
            Some(StorageProblem::WriteFailed | StorageProblem::Unavailable)
        ) {
            self.storage_problem_w.set(None);
            self.confirmation_w.set(Some(t().storage_saved_again));
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
        let post = self.nav.view.with_untracked(|s| s.post.clone());
        if let Some(id) = post {
            if self.with_catalog(|c| c.register.entry(&id).is_none()) {
                self.nav.go(Step::Push, |s| s.post = None);
            }
        }
    }
}
