//! The register's history: what each publication changed, field by field, kept in `register.json`
//! itself (schema version 3), so a reader's browser can say what changed since the last visit and
//! every entry can show its own changes, with no server but the one that serves the files.
//!
//! One record per publication that changed something ([`Publication`]), newest first: the day,
//! the entries added and removed (with their names, so a removed agreement can still be named),
//! and for each changed entry every field that changed, old → new, as values (`i18n` words them).
//! Publicera and the `publish` tool make the record the same way ([`crate::publish::successor`]),
//! so the same change gives the same bytes. This module is the file's shape and its bounds;
//! making, checking and telling a record is `changelog`'s.
//!
//! It is bounded: records older than [`KEPT_MONTHS`] before the newest, and any beyond
//! [`KEPT_PUBLICATIONS`], are cut, and the cut leaves a note ([`Cut`]) saying how many and until
//! when.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::date::DatePoint;

/// Records this much older than the newest one are cut.
pub const KEPT_MONTHS: u32 = 24;
/// At most this many records are kept.
pub const KEPT_PUBLICATIONS: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Newest first.
    pub publications: Vec<Publication>,
    /// Set once records have been cut.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cut: Option<Cut>,
}

/// What bounding the history has cut so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cut {
    /// The day of the newest record cut: the history is complete after it.
    pub until: DatePoint,
    /// How many records have been cut, in all.
    pub publications: usize,
}

/// One publication's changes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publication {
    /// The day it was published (`YYYY-MM-DD`).
    pub date: DatePoint,
    /// The digest of the register it replaced (`seen::Fingerprints::digest`, 16 hex digits): how
    /// a returning reader's browser, which remembers the register it last marked as read, finds
    /// the publications it has not seen.
    pub from: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<Named>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<Changed>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub removed: Vec<Named>,
}

/// An entry by id, with its name at the time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Named {
    pub id: String,
    pub name: String,
}

/// A changed entry: its id, its name after the publication, and what changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Changed {
    pub id: String,
    pub name: String,
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldChange {
    pub field: Field,
    /// `null` where the field was empty.
    pub old: Option<Value>,
    pub new: Option<Value>,
}

/// An entry's fields as the history names them (every field of [`Entry`] but its id), in the
/// file by [`Field::id`]. Read and written by hand rather than derived: the derived pair cost the
/// wasm 2 KB for sixteen names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Category,
    Academies,
    Partners,
    Department,
    ContactName,
    ContactTitle,
    ContactDepartment,
    From,
    Until,
    AsWritten,
    Ended,
    Description,
    Comment,
    Links,
    Source,
}

/// Every field, in the order of [`Field`], and its name in the file.
const FIELDS: [(Field, &str); 16] = [
    (Field::Name, "name"),
    (Field::Category, "category"),
    (Field::Academies, "academies"),
    (Field::Partners, "partners"),
    (Field::Department, "department"),
    (Field::ContactName, "contact_name"),
    (Field::ContactTitle, "contact_title"),
    (Field::ContactDepartment, "contact_department"),
    (Field::From, "from"),
    (Field::Until, "until"),
    (Field::AsWritten, "as_written"),
    (Field::Ended, "ended"),
    (Field::Description, "description"),
    (Field::Comment, "comment"),
    (Field::Links, "links"),
    (Field::Source, "source"),
];

/// The names in the file, for serde's message about one it does not know.
const FIELD_IDS: [&str; 16] = {
    let mut ids = [""; 16];
    let mut i = 0;
    while i < 16 {
        ids[i] = FIELDS[i].1;
        i += 1;
    }
    ids
};

impl Serialize for Field {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Field, D::Error> {
        let id = std::borrow::Cow::<'de, str>::deserialize(d)?;
        FIELDS
            .iter()
            .find(|(_, name)| *name == id)
            .map(|(f, _)| *f)
            .ok_or_else(|| serde::de::Error::unknown_variant(&id, &FIELD_IDS))
    }
}

impl Field {
    /// The field's name in the file (`contact_name`).
    pub fn id(self) -> &'static str {
        FIELDS[self as usize].1
    }

    /// Long texts: a reader is told they changed; the old and new texts are shown on request.
    pub fn is_long(self) -> bool {
        matches!(self, Field::Description | Field::Comment)
    }

    /// Fields whose values are ids of the register's lists, shown by name.
    pub fn names_ids(self) -> bool {
        matches!(
            self,
            Field::Category | Field::Academies | Field::Department | Field::ContactDepartment
        )
    }
}

/// A field's value as the file has it: a text, a list, or yes/no (`"x"`, `["a", "b"]`, `true`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Flag(bool),
    Text(String),
    List(Vec<String>),
}

/// Read by the JSON value's own kind. Written out, not `#[serde(untagged)]`, which buffers each
/// value in serde's `Content` first: 2.4 KB less in the app's wasm.
impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct Kind;
        impl<'de> serde::de::Visitor<'de> for Kind {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, a list of texts or true/false")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
                Ok(Value::Flag(b))
            }
            fn visit_str<E>(self, s: &str) -> Result<Value, E> {
                Ok(Value::Text(s.to_string()))
            }
            fn visit_string<E>(self, s: String) -> Result<Value, E> {
                Ok(Value::Text(s))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    items.push(item);
                }
                Ok(Value::List(items))
            }
        }
        d.deserialize_any(Kind)
    }
}

impl History {
    pub fn is_empty(&self) -> bool {
        self.publications.is_empty() && self.cut.is_none()
    }

    /// The records that touch entry `id`, newest first.
    pub fn of_entry<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Publication> + 'a {
        self.publications.iter().filter(move |p| p.touches(id))
    }

    /// Adds `record` as the newest, then cuts what is over the bounds as of its day.
    pub fn push(&mut self, record: Publication) {
        self.publications.insert(0, record);
        self.bound();
    }

    /// Cuts records older than [`KEPT_MONTHS`] before the newest and any beyond
    /// [`KEPT_PUBLICATIONS`], and notes the cut.
    pub fn bound(&mut self) {
        let Some(newest) = self.publications.first().map(|p| p.date.first_day()) else {
            return;
        };
        let oldest_kept = newest
            .checked_sub_months(Months::new(KEPT_MONTHS))
            .unwrap_or(NaiveDate::MIN);
        let keep = self
            .publications
            .iter()
            .take(KEPT_PUBLICATIONS)
            .take_while(|p| p.date.first_day() >= oldest_kept)
            .count();
        if keep == self.publications.len() {
            return;
        }
        let cut: Vec<Publication> = self.publications.split_off(keep);
        let before = self.cut.as_ref().map_or(0, |c| c.publications);
        self.cut = Some(Cut {
            until: cut[0].date,
            publications: before + cut.len(),
        });
    }
}

impl Publication {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }

    pub fn touches(&self, id: &str) -> bool {
        self.added.iter().any(|n| n.id == id)
            || self.removed.iter().any(|n| n.id == id)
            || self.changed.iter().any(|c| c.id == id)
    }

    pub fn changed(&self, id: &str) -> Option<&Changed> {
        self.changed.iter().find(|c| c.id == id)
    }
}

/// A rule of the history that a record breaks; `Problem::History` carries it with the record's
/// place (0 is the newest).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// The date is not a day (`YYYY-MM-DD`).
    NotADay(String),
    /// Newer than the record before it: the records are not newest first.
    OutOfOrder,
    /// Later than the register's `source.updated`.
    AfterUpdated,
    /// `from` is not a digest (16 hex digits).
    BadDigest(String),
    /// The record holds no change.
    Empty,
    /// The entry appears twice in the record.
    Repeated(String),
    /// A changed entry with no field, a field listed twice, or one whose old and new values are
    /// the same.
    BadField(String),
    /// Over the bounds (older than `KEPT_MONTHS` before the newest, or beyond
    /// `KEPT_PUBLICATIONS`): the tools cut it, so a file that keeps it was written by hand.
    OverBounds,
    /// The newest record adds or changes an entry the register does not have, or removes one it
    /// has.
    NotTheRegister(String),
}

#[cfg(test)]
mod field_tests {
    use super::*;

    #[test]
    fn each_field_is_written_and_read_by_its_name() {
        for (i, (field, name)) in FIELDS.iter().enumerate() {
            assert_eq!(*field as usize, i, "FIELDS is in the enum's order");
            let json = serde_json::to_string(field).expect("a field serializes");
            assert_eq!(json, format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<Field>(&json).ok(), Some(*field));
        }
        let unknown = serde_json::from_str::<Field>("\"kontakt\"").unwrap_err();
        assert!(unknown.to_string().contains("contact_name"), "{unknown}");
    }
}
