//! One user action on the local edits, as a value ([`Op`]), and how it is replayed on a stored
//! overlay that may have moved since (another tab saved): field by field, so two tabs editing
//! different fields of one entry both keep theirs.
//!
//! A tab never writes its own copy of the overlay over the stored one. It keeps the operations it
//! has not yet written and, each time it writes, replays them on the freshest stored overlay
//! ([`Overlay::perform`]). Undo is an operation too ([`Op::undo`]): it puts back exactly the
//! fields the change altered, and leaves a field someone has changed since alone.

use super::exchange::parse_stored;
use super::model::{Academy, Category, Contact, Department, Entry, Register, Validity};
use super::overlay::{Edit, Overlay};
use super::validate::free_id;

/// What an undoable action did to an entry, for "Ångra …": kept as a value and worded when
/// shown (`Phrases::undo`), so the words follow the interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryAction {
    Edit,
    New,
    Delete,
    Restore,
    KeepMine,
}

/// What one action meant.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// An entry's content, as the user saw it before (`None`: it did not exist) and after the
    /// action (`None`: deleted). Replayed field by field: the fields the action altered take its
    /// value, the others keep what the overlay has now. Where both changed a field, this action
    /// wins (the user saw the form's notice and saved).
    Entry {
        id: String,
        before: Option<Entry>,
        after: Option<Entry>,
    },
    /// Undoes an [`Op::Entry`]: like it with before and after swapped, but where a field has
    /// been changed since the action (in another tab), that later change is kept.
    Revert {
        id: String,
        before: Option<Entry>,
        after: Option<Entry>,
    },
    /// Sets an entry's edit record outright: "Återställ" (`None`) and the undo of a record-level
    /// action.
    Record {
        id: String,
        edit: Option<Edit>,
    },
    /// "Behåll min version" in a conflict with a new published register.
    KeepMine {
        id: String,
    },
    AddAcademy(Academy),
    AddDepartment(Department),
    AddCategory(Category),
    /// An imported overlay, merged in ([`Overlay::merge`]).
    Merge(Overlay),
    /// Everything replaced: a full-register import, "Rensa lokala ändringar".
    Replace(Overlay),
    /// What the published register now shows is settled ([`Overlay::settle`]).
    Settle,
    /// Publicera handed out a register whose entries have this digest (`Overlay::publication`).
    Published(String),
    /// The coordinator has seen the publication: settled edits go ([`Overlay::confirm`]).
    Confirm,
}

/// This tab's actions not yet in storage, oldest first, each numbered, and whether a write is
/// under way. An action is dropped only once a write that carried it has committed. One write at a
/// time: an action taken during a write is carried by the next, which starts when it ends.
#[derive(Default)]
pub struct Pending {
    next: u64,
    actions: Vec<(u64, Vec<Op>)>,
    writing: bool,
    again: bool,
}

impl Pending {
    pub fn push(&mut self, ops: Vec<Op>) {
        self.actions.push((self.next, ops));
        self.next += 1;
    }

    pub fn is_empty(&self) -> bool {
        self.actions.is_empty()
    }

    /// A write may start: the number of the last action and every operation, in order. `None`
    /// when one is under way (it is then done again after it); `leaving` starts one regardless.
    pub fn start(&mut self, leaving: bool) -> Option<(Option<u64>, Vec<Op>)> {
        if self.writing && !leaving {
            self.again = true;
            return None;
        }
        self.writing = true;
        let upto = self.actions.last().map(|(n, _)| *n);
        let ops = self
            .actions
            .iter()
            .flat_map(|(_, ops)| ops.clone())
            .collect();
        Some((upto, ops))
    }

    /// A write carrying the actions up to `upto` has ended, and committed if `ok`. Whether
    /// another is wanted.
    pub fn finished(&mut self, upto: Option<u64>, ok: bool) -> bool {
        self.writing = false;
        if let (true, Some(upto)) = (ok, upto) {
            self.actions.retain(|(n, _)| *n > upto);
        }
        std::mem::take(&mut self.again)
    }
}

/// What a tab going away leaves for the next start when its last write cannot finish first (a
/// write to IndexedDB is asynchronous, and ends with the page): the edits as the tab showed them,
/// and the stored edits they were made from. Kept as text in localStorage, which is written at
/// once; the next start takes it in ([`LeftBehind::taken_in`]) and removes it.
#[derive(Debug, Clone, PartialEq)]
pub struct LeftBehind {
    pub base: Overlay,
    pub edits: Overlay,
}

impl LeftBehind {
    /// Two lines: each overlay in its stored text (JSON, which has no line breaks of its own).
    pub fn to_text(&self) -> Option<String> {
        let base = serde_json::to_string(&self.base).ok()?;
        let edits = serde_json::to_string(&self.edits).ok()?;
        Some(format!("{base}\n{edits}"))
    }

    /// Read with the stored edits' own rules (`parse_stored`): a damaged or planted text is
    /// `None`.
    pub fn from_text(text: &str) -> Option<LeftBehind> {
        let (base, edits) = text.split_once('\n')?;
        Some(LeftBehind {
            base: parse_stored(base).ok()?,
            edits: parse_stored(edits).ok()?,
        })
    }

    /// What the stored edits become, `stored` being what storage holds now (`None`: nothing):
    /// - still the base: the tab's last write never landed, and its edits are the stored ones;
    /// - already the tab's edits: it landed, and nothing changes (`None`);
    /// - anything else (another tab wrote since): the tab's edits are taken in on top, as an
    ///   import of changes is, so nothing of either is lost.
    pub fn taken_in(self, stored: Option<Overlay>) -> Option<Overlay> {
        let stored = stored.unwrap_or_default();
        if stored == self.edits {
            None
        } else if stored == self.base {
            Some(self.edits)
        } else {
            let mut merged = stored;
            merged.merge(self.edits);
            Some(merged)
        }
    }
}

/// Which side wins a field both sides changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Mine,
    Theirs,
}

/// The three-way merge of `mine` and `theirs`, both made from `base`: a field only one side
/// changed takes that side's value; a field both changed takes `prefer`'s. The contact and the
/// validity are merged field by field too; lists are one value each.
pub fn merge_entries(base: &Entry, mine: &Entry, theirs: &Entry, prefer: Side) -> Entry {
    let pick = Pick { prefer };
    let contact = match (&base.contact, &mine.contact, &theirs.contact) {
        (Some(b), Some(m), Some(t)) => Some(Contact {
            name: pick.field(&b.name, &m.name, &t.name),
            title: pick.field(&b.title, &m.title, &t.title),
            department: pick.field(&b.department, &m.department, &t.department),
        }),
        (b, m, t) => pick.field(b, m, t),
    };
    let (b, m, t) = (&base.validity, &mine.validity, &theirs.validity);
    Entry {
        id: mine.id.clone(),
        name: pick.field(&base.name, &mine.name, &theirs.name),
        category: pick.field(&base.category, &mine.category, &theirs.category),
        academies: pick.field(&base.academies, &mine.academies, &theirs.academies),
        partners: pick.field(&base.partners, &mine.partners, &theirs.partners),
        department: pick.field(&base.department, &mine.department, &theirs.department),
        contact,
        validity: Validity {
            from: pick.field(&b.from, &m.from, &t.from),
            until: pick.field(&b.until, &m.until, &t.until),
            as_written: pick.field(&b.as_written, &m.as_written, &t.as_written),
        },
        ended: pick.field(&base.ended, &mine.ended, &theirs.ended),
        description: pick.field(&base.description, &mine.description, &theirs.description),
        comment: pick.field(&base.comment, &mine.comment, &theirs.comment),
        links: pick.field(&base.links, &mine.links, &theirs.links),
        source: pick.field(&base.source, &mine.source, &theirs.source),
    }
}

/// One field's three-way choice.
struct Pick {
    prefer: Side,
}

impl Pick {
    fn field<T: PartialEq + Clone>(&self, base: &T, mine: &T, theirs: &T) -> T {
        if mine == base {
            theirs.clone()
        } else if theirs == base {
            mine.clone()
        } else {
            match self.prefer {
                Side::Mine => mine.clone(),
                Side::Theirs => theirs.clone(),
            }
        }
    }
}

impl Overlay {
    /// The entry `id` as this overlay shows it on top of `published` (`None`: absent or deleted).
    pub fn current<'a>(&'a self, published: &'a Register, id: &str) -> Option<&'a Entry> {
        match self.edit(id) {
            Some(e) => e.entry.as_ref(),
            None => published.entry(id),
        }
    }

    /// Carries out `op` on this overlay as it is now.
    pub fn perform(&mut self, published: &Register, op: &Op) {
        match op {
            Op::Entry { id, before, after } => {
                self.replay(published, id, before, after, Side::Mine)
            }
            Op::Revert { id, before, after } => {
                self.replay(published, id, after, before, Side::Theirs)
            }
            Op::Record { id, edit } => self.set_edit(id, edit.clone()),
            Op::KeepMine { id } => self.keep_mine(published, id),
            Op::AddAcademy(a) => self.add_academy(a.clone()),
            Op::AddDepartment(d) => self.add_department(d.clone()),
            Op::AddCategory(c) => self.add_category(c.clone()),
            Op::Merge(o) => self.merge(o.clone()),
            Op::Replace(o) => *self = o.clone(),
            Op::Settle => {
                self.settle(published);
            }
            Op::Published(digest) => self.publication = Some(digest.clone()),
            Op::Confirm => self.confirm(published),
        }
    }

    /// Moves entry `id` from `from` to `to`, keeping the fields changed here since `from`
    /// unless `prefer` is `Mine`, where `to` wins the fields both changed.
    fn replay(
        &mut self,
        published: &Register,
        id: &str,
        from: &Option<Entry>,
        to: &Option<Entry>,
        prefer: Side,
    ) {
        let now = self.current(published, id).cloned();
        match (from, to, now) {
            // A changed entry that is still here: field by field.
            (Some(from), Some(to), Some(now)) => {
                let merged = merge_entries(from, to, &now, prefer);
                self.upsert(published, merged);
            }
            // Deleted since (elsewhere): a save brings it back as saved; an undo leaves it gone.
            (Some(_), Some(to), None) => {
                if prefer == Side::Mine {
                    self.upsert(published, to.clone());
                }
            }
            // Made in this tab while another made an entry with the same id (the same name):
            // both stay, this one under a free id.
            (None, Some(to), Some(now)) if prefer == Side::Mine && now != *to => {
                let id = free_id(id.to_string(), |s| self.current(published, s).is_some());
                let mut to = to.clone();
                to.id = id;
                self.upsert(published, to);
            }
            // Made, or brought back.
            (None, Some(to), _) => self.upsert(published, to.clone()),
            // Deleted.
            (Some(_), None, Some(_)) => self.delete(published, id),
            (_, None, None) | (None, None, Some(_)) => {}
        }
    }
}

impl Overlay {
    /// The entries `ops` made that had to take another id when they were replayed here (another
    /// tab had made one with the same id): (the id the tab gave it, the id it has).
    pub fn moved(&self, published: &Register, ops: &[Op]) -> Vec<(String, String)> {
        ops.iter()
            .filter_map(|op| match op {
                Op::Entry {
                    id,
                    before: None,
                    after: Some(to),
                } if self.current(published, id) != Some(to) => self
                    .edits
                    .iter()
                    .filter_map(|e| e.entry.as_ref())
                    .find(|e| {
                        e.id != *id
                            && Entry {
                                id: id.clone(),
                                ..(*e).clone()
                            } == *to
                    })
                    .map(|e| (id.clone(), e.id.clone())),
                _ => None,
            })
            .collect()
    }
}

impl Op {
    /// The operation that undoes this one, given the overlay it was carried out on. `None` for
    /// what cannot be undone step by step (imports, additions of academies and the like).
    pub fn undo(&self, before: &Overlay) -> Option<Op> {
        match self {
            Op::Entry {
                id,
                before: b,
                after,
            } => Some(Op::Revert {
                id: id.clone(),
                before: b.clone(),
                after: after.clone(),
            }),
            Op::Record { id, .. } | Op::KeepMine { id } => Some(Op::Record {
                id: id.clone(),
                edit: before.edit(id).cloned(),
            }),
            Op::Revert { .. }
            | Op::AddAcademy(_)
            | Op::AddDepartment(_)
            | Op::AddCategory(_)
            | Op::Merge(_)
            | Op::Replace(_)
            | Op::Settle
            | Op::Published(_)
            | Op::Confirm => None,
        }
    }
}
