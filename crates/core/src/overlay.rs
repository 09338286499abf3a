//! Local edits as an overlay on the published register: added, changed and deleted entries by id,
//! plus academies and departments added locally. Not a full copy: a new published register keeps
//! the user's edits, and an entry changed both locally and in the new release is flagged.
//!
//! Each edit remembers the published entry it started from (`base`). When the published entry no
//! longer equals `base`, the two sides have diverged: a [`Conflict`] for the user to resolve.

use serde::{Deserialize, Serialize};

use super::model::{Academy, Category, Department, Entry, Register};
use super::seen::Fingerprints;

pub const OVERLAY_SCHEMA: &str = "samverkansregistret-andringar";
pub const OVERLAY_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    pub schema: String,
    pub version: u32,
    #[serde(default)]
    pub academies: Vec<Academy>,
    #[serde(default)]
    pub departments: Vec<Department>,
    #[serde(default)]
    pub edits: Vec<Edit>,
    /// Categories added or renamed (by a full-register import). Left out of the file when
    /// empty, so an overlay without them reads as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// Edits the published register has come to show ([`Overlay::settle`]). Kept, not dropped,
    /// until there is evidence that they were published: a wrong file on the server that is later
    /// replaced by the right one cannot take them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub settled: Vec<Edit>,
    /// The digest of the entries this browser's Publicera last handed out
    /// ([`Fingerprints::digest`]): a published register with this digest is that publication, the
    /// evidence that lets settled edits go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
}

/// What the user did to one entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Edit {
    pub id: String,
    /// The published entry when the edit began; `None` for an entry added locally.
    pub base: Option<Entry>,
    /// The entry as the user has it; `None` when deleted.
    pub entry: Option<Entry>,
}

/// How an entry differs from the published register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Local {
    Added,
    Changed,
    Deleted,
}

/// The published register moved since the user's edit began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// The published entry changed.
    ChangedUpstream,
    /// The published entry was removed.
    RemovedUpstream,
    /// An entry added locally now also exists in the published register, with another content.
    AddedUpstream,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub id: String,
    pub local: Local,
    pub conflict: Option<Conflict>,
}

impl Default for Overlay {
    fn default() -> Self {
        Overlay {
            schema: OVERLAY_SCHEMA.to_string(),
            version: OVERLAY_VERSION,
            academies: Vec::new(),
            departments: Vec::new(),
            edits: Vec::new(),
            categories: Vec::new(),
            settled: Vec::new(),
            publication: None,
        }
    }
}

impl Overlay {
    /// Nothing is kept: no edit, nothing added, nothing settled and no publication to look for.
    pub fn is_empty(&self) -> bool {
        self.edits.is_empty()
            && self.academies.is_empty()
            && self.departments.is_empty()
            && self.categories.is_empty()
            && self.settled.is_empty()
            && self.publication.is_none()
    }

    /// Whether `other` makes the same register of a published one: everything but the note of the
    /// last publication.
    pub fn same_edits(&self, other: &Overlay) -> bool {
        self.edits == other.edits
            && self.academies == other.academies
            && self.departments == other.departments
            && self.categories == other.categories
    }

    pub fn edit(&self, id: &str) -> Option<&Edit> {
        self.edits.iter().find(|e| e.id == id)
    }

    /// Replaces the edit record of `id` (`None` removes it). Used by undo and by the operations.
    pub fn set_edit(&mut self, id: &str, edit: Option<Edit>) {
        match (self.edits.iter().position(|e| e.id == id), edit) {
            (Some(i), Some(e)) => self.edits[i] = e,
            (Some(i), None) => {
                self.edits.remove(i);
            }
            (None, Some(e)) => self.edits.push(e),
            (None, None) => {}
        }
    }

    /// Saves `entry` (new or changed). The base stays the one from the first edit of this id.
    pub fn upsert(&mut self, published: &Register, entry: Entry) {
        let id = entry.id.clone();
        let base = match self.edit(&id) {
            Some(e) => e.base.clone(),
            None => published.entry(&id).cloned(),
        };
        if base.as_ref() == Some(&entry) {
            // Saved back to exactly the published content: nothing local remains.
            self.set_edit(&id, None);
        } else {
            self.set_edit(
                &id,
                Some(Edit {
                    id: id.clone(),
                    base,
                    entry: Some(entry),
                }),
            );
        }
    }

    /// Deletes `id`: an entry added locally disappears; a published one is marked deleted.
    pub fn delete(&mut self, published: &Register, id: &str) {
        let base = match self.edit(id) {
            Some(e) => e.base.clone(),
            None => published.entry(id).cloned(),
        };
        match base {
            None => self.set_edit(id, None),
            Some(base) => self.set_edit(
                id,
                Some(Edit {
                    id: id.to_string(),
                    base: Some(base),
                    entry: None,
                }),
            ),
        }
    }

    /// Back to the published version ("Återställ"); also "use the published version" in a conflict.
    pub fn restore(&mut self, id: &str) {
        self.set_edit(id, None);
    }

    /// Resolves a conflict by keeping the local version on top of the new published one.
    pub fn keep_mine(&mut self, published: &Register, id: &str) {
        if let Some(mut e) = self.edit(id).cloned() {
            e.base = published.entry(id).cloned();
            if e.base == e.entry {
                self.set_edit(id, None);
            } else {
                self.set_edit(id, Some(e));
            }
        }
    }

    pub fn add_academy(&mut self, academy: Academy) {
        if !self.academies.iter().any(|a| a.id == academy.id) {
            self.academies.push(academy);
        }
    }

    pub fn add_department(&mut self, department: Department) {
        if !self.departments.iter().any(|d| d.id == department.id) {
            self.departments.push(department);
        }
    }

    /// Adds a category, or replaces a local one with the same id (a rename imported again).
    pub fn add_category(&mut self, category: Category) {
        match self.categories.iter_mut().find(|c| c.id == category.id) {
            Some(c) => *c = category,
            None => self.categories.push(category),
        }
    }

    /// Takes in what the published register now says, losing nothing on a wrong file:
    ///
    /// - An edit the published register shows (its entry, or its deletion) is *settled*: it no
    ///   longer shows as a local change or a conflict, but is kept in `settled`.
    /// - A settled edit whose entry is back to what it was before the edit (the file that showed
    ///   it was replaced by one that does not, e.g. the right file after a wrong one) is an edit
    ///   again.
    /// - Evidence that the edits were published lets the settled ones go for good: the published
    ///   entries are exactly the ones this browser's Publicera last handed out (`publication`).
    ///   Otherwise they go when the coordinator confirms ([`Overlay::confirm`]).
    ///
    /// Returns whether anything changed.
    pub fn settle(&mut self, published: &Register) -> bool {
        let before = self.clone();
        let (back, kept): (Vec<Edit>, Vec<Edit>) = std::mem::take(&mut self.settled)
            .into_iter()
            .partition(|s| s.base != s.entry && published.entry(&s.id) == s.base.as_ref());
        self.settled = kept;
        for edit in back {
            if self.edit(&edit.id).is_none() {
                self.edits.push(edit);
            }
        }
        let (shown, edits): (Vec<Edit>, Vec<Edit>) = std::mem::take(&mut self.edits)
            .into_iter()
            .partition(|e| e.entry.as_ref() == published.entry(&e.id));
        self.edits = edits;
        for edit in shown {
            self.settled.retain(|s| s.id != edit.id);
            self.settled.push(edit);
        }
        if self.publication.is_some()
            && self.publication == Some(Fingerprints::of(published).digest())
        {
            self.confirm(published);
        }
        *self != before
    }

    /// The publication is confirmed (seen by the coordinator, or it is the one made here): the
    /// settled edits go for good, and so do local academies, departments and categories that the
    /// published register now has as they are here.
    pub fn confirm(&mut self, published: &Register) {
        self.settled.clear();
        self.publication = None;
        self.academies
            .retain(|a| published.academy(&a.id) != Some(a));
        self.departments
            .retain(|d| published.department(&d.id) != Some(d));
        self.categories
            .retain(|c| published.category(&c.id) != Some(c));
    }

    /// Takes in an imported overlay: its edits replace this overlay's edits of the same entries,
    /// its academies and departments are added; everything else here stays.
    pub fn merge(&mut self, imported: Overlay) {
        for a in imported.academies {
            self.add_academy(a);
        }
        for d in imported.departments {
            self.add_department(d);
        }
        for c in imported.categories {
            self.add_category(c);
        }
        for e in imported.edits {
            let id = e.id.clone();
            self.set_edit(&id, Some(e));
        }
    }

    /// The register as the user sees it, and a mark for every locally touched entry.
    pub fn apply(&self, published: &Register) -> (Register, Vec<Mark>) {
        let mut out = published.clone();
        // Local academies and departments are added, or replace a published one with the same id.
        for a in &self.academies {
            match out.academies.iter_mut().find(|x| x.id == a.id) {
                Some(x) => *x = a.clone(),
                None => out.academies.push(a.clone()),
            }
        }
        for d in &self.departments {
            match out.departments.iter_mut().find(|x| x.id == d.id) {
                Some(x) => *x = d.clone(),
                None => out.departments.push(d.clone()),
            }
        }
        for c in &self.categories {
            match out.categories.iter_mut().find(|x| x.id == c.id) {
                Some(x) => *x = c.clone(),
                None => out.categories.push(c.clone()),
            }
        }
        let mut marks = Vec::new();
        for edit in &self.edits {
            let now = published.entry(&edit.id);
            let (local, conflict) = match (&edit.base, now, &edit.entry) {
                (None, None, _) => (Local::Added, None),
                (None, Some(p), mine) => (
                    if mine.is_some() {
                        Local::Changed
                    } else {
                        Local::Deleted
                    },
                    (mine.as_ref() != Some(p)).then_some(Conflict::AddedUpstream),
                ),
                (Some(_), None, None) => continue, // removed on both sides: nothing to show
                (Some(_), None, Some(_)) => (Local::Added, Some(Conflict::RemovedUpstream)),
                (Some(base), Some(p), mine) => (
                    if mine.is_some() {
                        Local::Changed
                    } else {
                        Local::Deleted
                    },
                    (base != p).then_some(Conflict::ChangedUpstream),
                ),
            };
            match (&edit.entry, out.position(&edit.id)) {
                (Some(e), Some(i)) => out.entries[i] = e.clone(),
                (Some(e), None) => out.entries.push(e.clone()),
                (None, Some(i)) => {
                    out.entries.remove(i);
                }
                (None, None) => {}
            }
            marks.push(Mark {
                id: edit.id.clone(),
                local,
                conflict,
            });
        }
        (out, marks)
    }

    /// The overlay that turns `published` into `edited`: how a full register is imported.
    pub fn diff(published: &Register, edited: &Register) -> Overlay {
        let mut o = Overlay::default();
        for a in &edited.academies {
            if published.academy(&a.id) != Some(a) {
                o.add_academy(a.clone());
            }
        }
        for d in &edited.departments {
            if published.department(&d.id) != Some(d) {
                o.add_department(d.clone());
            }
        }
        for c in &edited.categories {
            if published.category(&c.id) != Some(c) {
                o.add_category(c.clone());
            }
        }
        for p in &published.entries {
            match edited.entry(&p.id) {
                Some(e) if e == p => {}
                Some(e) => o.upsert(published, e.clone()),
                None => o.delete(published, &p.id),
            }
        }
        for e in &edited.entries {
            if published.entry(&e.id).is_none() {
                o.upsert(published, e.clone());
            }
        }
        o
    }
}
