//! The register as it is stored: the published `register.json` (from `data/register.json`), imports.
//!
//! Plain serde types, no signals, no DOM. The schema is documented in `docs/DATA.md`;
//! `deny_unknown_fields` makes a misspelt key a load error rather than silently lost data.

use serde::{Deserialize, Serialize};

use super::date::{DatePoint, Until};
use super::history::History;

/// The only `schema` value this app reads.
pub const SCHEMA_NAME: &str = "samverkansregistret";
/// The fixed name of the published register beside `index.html`.
pub const REGISTER_FILE: &str = "register.json";
/// The newest schema version this build understands.
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Register {
    pub schema: String,
    pub version: u32,
    pub source: Source,
    pub about: About,
    pub categories: Vec<Category>,
    pub academies: Vec<Academy>,
    pub departments: Vec<Department>,
    pub entries: Vec<Entry>,
    /// What each publication changed (`history`). New in version 3; older files have none. Left
    /// out of the file while empty.
    #[serde(default, skip_serializing_if = "History::is_empty")]
    pub history: History,
}

/// The document the register was transcribed from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub kind: String,
    pub date: String,
    pub dnr: String,
    pub organisation: String,
    /// The day the register was last published ("senast uppdaterad"), `YYYY-MM-DD`. New in
    /// version 2 (a version 1 file is read with the memo's date, see `load`); Publicera sets it.
    #[serde(default)]
    pub updated: String,
}

/// The memo's own framing: introduction, background and the 2016 strategy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct About {
    pub intro: Vec<String>,
    pub background: Vec<String>,
    pub strategy: Strategy,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub name: String,
    pub decided: String,
    pub year: String,
    pub dnr: String,
    /// Department id.
    pub managed_by: String,
    pub purposes: Vec<Purpose>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub title: String,
    pub text: String,
}

/// One of the memo's sections ("Forum för samverkan i Flemingsberg", "ULF-avtal", ...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A university, college or art school ("akademi").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Academy {
    pub id: String,
    pub name: String,
    /// Only where the memo itself uses an abbreviation.
    pub short: Option<String>,
    /// Named by the memo as established in Huddinge (Campus Flemingsberg).
    pub flemingsberg: bool,
}

/// A municipal department ("förvaltning") or unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Department {
    pub id: String,
    pub name: String,
    pub short: Option<String>,
}

impl Contact {
    /// "Pia Hasselrot, utvecklingsledare", or just the name.
    pub fn label(&self) -> String {
        match &self.title {
            Some(t) => format!("{}, {t}", self.name),
            None => self.name.clone(),
        }
    }
}

/// One collaboration: a forum, agreement, programme or partnership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub name: String,
    /// Category id.
    pub category: String,
    /// Academy ids; empty where the memo names none.
    pub academies: Vec<String>,
    /// Other parties that are not academies, as written.
    pub partners: Vec<String>,
    /// Responsible department id.
    pub department: Option<String>,
    pub contact: Option<Contact>,
    pub validity: Validity,
    /// Listed by the memo under "Tidigare samverkan".
    pub ended: bool,
    pub description: String,
    /// The memo's "Kommentar", where it has one.
    pub comment: Option<String>,
    pub links: Vec<String>,
    /// Where in the memo this entry comes from.
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub title: Option<String>,
    /// Department id, only where it differs from the entry's responsible department.
    pub department: Option<String>,
}

/// Validity as the memo gives it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Validity {
    pub from: Option<DatePoint>,
    pub until: Option<Until>,
    /// The memo's own words ("2025–2027", "2023 tills vidare", "sedan april 2024").
    pub as_written: Option<String>,
}

impl Validity {
    /// The last day of the validity, where it has a date as its end ("giltig till" 2027 is
    /// 2027-12-31); none for "tills vidare" or no end.
    pub fn end(&self) -> Option<chrono::NaiveDate> {
        match self.until {
            Some(Until::Date(d)) => Some(d.last_day()),
            _ => None,
        }
    }
}

impl Register {
    pub fn academy(&self, id: &str) -> Option<&Academy> {
        self.academies.iter().find(|a| a.id == id)
    }

    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| d.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Index of an entry by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.id == id)
    }

    /// Entries that share an academy or the responsible department with `entry`, in register order.
    pub fn related(&self, entry: &Entry) -> Vec<&Entry> {
        self.entries
            .iter()
            .filter(|other| other.id != entry.id)
            .filter(|other| {
                other.academies.iter().any(|a| entry.academies.contains(a))
                    || (other.department.is_some() && other.department == entry.department)
            })
            .collect()
    }
}
