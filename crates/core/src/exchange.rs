//! Export and import: the full register as JSON (exactly the published schema), the overlay as JSON,
//! the current view as CSV for Swedish Excel, and reading a file the user picked.

use super::date::{DatePoint, Status, Until};
use super::load::{check_version, header, parse_text, shape_error, text_of};
use super::model::{Register, SCHEMA_NAME};
use super::names::{Form, Kind};
use super::overlay::{Overlay, OVERLAY_SCHEMA, OVERLAY_VERSION};
use super::query::Catalog;
use super::summary::academy_names;
use super::validate::{check_entry, check_unique, is_slug, List, Owner, Problem, RefField};

/// Larger files are refused before they are read. The memo's register is tens of kilobytes; the
/// limit leaves room for the 50,000-entry register the benchmarks load (about 40 MB).
pub const MAX_IMPORT_BYTES: usize = 64 * 1024 * 1024;

pub fn register_json(register: &Register) -> String {
    // Serialising plain data to a String cannot fail; an empty result would be caught by import.
    serde_json::to_string_pretty(register).unwrap_or_default() + "\n"
}

pub fn overlay_json(overlay: &Overlay) -> String {
    serde_json::to_string_pretty(overlay).unwrap_or_default() + "\n"
}

/// A file the user chose, understood.
#[derive(Debug, Clone, PartialEq)]
pub enum Import {
    Register(Box<Register>),
    Overlay(Overlay),
}

/// Why a file cannot be imported: the reasons a register cannot be read, plus the import limit.
/// Nothing is changed in any of these cases.
pub use super::load::LoadError as ImportError;

/// Reads an import file. Never panics, whatever the bytes.
pub fn parse_import(bytes: &[u8], published: &Register) -> Result<Import, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = text_of(bytes)?;
    let head = header(text)?;
    match head.schema.as_deref() {
        // Exactly as the app reads the published register.
        Some(SCHEMA_NAME) => Ok(Import::Register(Box::new(Register::from_json(text)?))),
        Some(OVERLAY_SCHEMA) => parse_overlay(text, head.version, published).map(Import::Overlay),
        _ => Err(ImportError::UnknownSchema),
    }
}

/// An overlay file whose header said `version`: sound on its own ([`check_overlay`]) and giving a
/// sound register on top of the published one.
fn parse_overlay(
    text: &str,
    version: Option<u32>,
    published: &Register,
) -> Result<Overlay, ImportError> {
    check_version(version, OVERLAY_VERSION)?;
    let o: Overlay = parse_text(text).map_err(|e| shape_error(&e))?;
    let mut problems = check_overlay(&o);
    problems.extend(o.apply(published).0.validate());
    if problems.is_empty() {
        Ok(o)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// Edits kept in this browser's storage, read with the import's own rules for what an overlay
/// holds ([`check_overlay`]): the same header, shape, names and links. Not checked against the
/// published register, which may be newer than the edits: a local edit naming an academy a new
/// release dropped is a conflict to show, not damage.
pub fn parse_stored(text: &str) -> Result<Overlay, ImportError> {
    let head = header(text)?;
    if head.schema.as_deref() != Some(OVERLAY_SCHEMA) {
        return Err(ImportError::UnknownSchema);
    }
    check_version(head.version, OVERLAY_VERSION)?;
    let o: Overlay = parse_text(text).map_err(|e| shape_error(&e))?;
    let problems = check_overlay(&o);
    if problems.is_empty() {
        Ok(o)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// What an overlay must be on its own: every id once (among the edits, and among the settled
/// edits), an edit carrying the entry it names, and each entry sound by itself (a name, a named contact, dates in order, only safe links).
pub fn check_overlay(o: &Overlay) -> Vec<Problem> {
    let mut problems = Vec::new();
    // An entry, academy or department named twice would have one of the two dropped without a
    // word.
    check_unique(
        List::Categories,
        o.categories.iter().map(|c| c.id.as_str()),
        &mut problems,
    );
    check_unique(
        List::Academies,
        o.academies.iter().map(|a| a.id.as_str()),
        &mut problems,
    );
    check_unique(
        List::Departments,
        o.departments.iter().map(|d| d.id.as_str()),
        &mut problems,
    );
    // The settled edits are held to the edits' rules: they may become edits again.
    for edits in [&o.edits, &o.settled] {
        check_unique(
            List::Edits,
            edits.iter().map(|e| e.id.as_str()),
            &mut problems,
        );
    }
    for e in o.edits.iter().chain(&o.settled) {
        if e.entry.as_ref().is_some_and(|x| x.id != e.id) {
            problems.push(Problem::UnknownReference {
                owner: Owner::Edit(e.id.clone()),
                field: RefField::Entry,
                id: e.entry.as_ref().map(|x| x.id.clone()).unwrap_or_default(),
            });
        }
        if !is_slug(&e.id) {
            problems.push(Problem::BadId {
                list: List::Edits,
                id: e.id.clone(),
            });
        }
        if let Some(entry) = &e.entry {
            check_entry(entry, &mut problems);
        }
    }
    problems
}

/// What an import would change, by entry name (and category name): shown before the user
/// confirms.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    /// Categories new or renamed, with their new names.
    pub categories: Vec<String>,
}

impl ImportSummary {
    pub fn between(current: &Register, next: &Register) -> ImportSummary {
        let names = |r: &Register, keep: &dyn Fn(&super::model::Entry) -> bool| {
            r.entries
                .iter()
                .filter(|e| keep(e))
                .map(|e| e.name.clone())
                .collect()
        };
        ImportSummary {
            added: names(next, &|e| current.entry(&e.id).is_none()),
            changed: names(next, &|e| current.entry(&e.id).is_some_and(|c| c != e)),
            removed: names(current, &|e| next.entry(&e.id).is_none()),
            categories: next
                .categories
                .iter()
                .filter(|c| current.category(&c.id) != Some(*c))
                .map(|c| c.name.clone())
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.changed.is_empty()
            && self.removed.is_empty()
            && self.categories.is_empty()
    }
}

/// The words of a CSV export in one language: column headings in order, status names, and
/// "tills vidare" as an end.
pub struct CsvText {
    pub header: [&'static str; 17],
    pub status_label: fn(Status) -> &'static str,
    pub further_notice: &'static str,
}

/// A year and month as the memo gives it ("2024-04"), which Excel would turn into a date on
/// opening: written as a text formula (`="2024-04"`), which Excel and LibreOffice show as it is.
/// Only ever made here, from a date the core printed, never from the register's text.
fn as_excel_text(point: DatePoint) -> String {
    match point {
        DatePoint::Month(..) => format!("=\"{point}\""),
        _ => point.to_string(),
    }
}

/// A cell that a spreadsheet would run as a formula is prefixed with `'`.
fn defuse(s: String) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s
    }
}

/// The entries `hits` as CSV that opens correctly in Swedish Excel: UTF-8 with BOM, `;` between
/// fields, CRLF line ends, quoting where needed, and guards against Excel's reading (a cell that
/// would be a formula starts with `'`; a year and month is a text formula).
pub fn view_csv(catalog: &Catalog, hits: &[usize], text: &CsvText) -> String {
    entries_csv(catalog, hits, text, true, &[])
}

/// The entries `hits` as plain CSV for other programs (the open data, `register.csv`): RFC 4180
/// (UTF-8 without BOM, `,` between fields, CRLF line ends, quoting where needed), the same columns,
/// every value as it is (ISO dates, no spreadsheet guards), without the columns `left_out`.
pub fn plain_csv(catalog: &Catalog, hits: &[usize], text: &CsvText, left_out: &[usize]) -> String {
    entries_csv(catalog, hits, text, false, left_out)
}

/// The CSV of `hits`, for Excel or plain, without the columns `left_out` (by index).
fn entries_csv(
    catalog: &Catalog,
    hits: &[usize],
    text: &CsvText,
    excel: bool,
    left_out: &[usize],
) -> String {
    let kept = |i: &usize| !left_out.contains(i);
    let mut w = csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let r = &catalog.register;
    let department_name = |d: &str| r.name_of(Kind::Department, d, Form::Label);
    let _ = w.write_record(
        text.header
            .iter()
            .enumerate()
            .filter(|(i, _)| kept(i))
            .map(|(_, h)| h),
    );
    for &i in hits {
        let Some(e) = r.entries.get(i) else { continue };
        let v = &e.validity;
        // The contact's own department: named where it differs, else the entry's.
        let contact_department = e.contact.as_ref().and_then(|c| {
            c.department
                .as_deref()
                .or(e.department.as_deref())
                .and_then(department_name)
        });
        let row = [
            e.name.clone(),
            r.name_of(Kind::Category, &e.category, Form::Name)
                .unwrap_or_default(),
            academy_names(r, e).join(", "),
            e.partners.join(", "),
            e.department
                .as_deref()
                .and_then(department_name)
                .unwrap_or_default(),
            e.contact
                .as_ref()
                .map(|c| c.name.clone())
                .unwrap_or_default(),
            e.contact
                .as_ref()
                .and_then(|c| c.title.clone())
                .unwrap_or_default(),
            contact_department.unwrap_or_default(),
            String::new(), // from, as given: below, not defused
            v.from
                .map(|d| d.first_day().to_string())
                .unwrap_or_default(),
            String::new(), // until, as given: below
            v.end().map(|d| d.to_string()).unwrap_or_default(),
            v.as_written.clone().unwrap_or_default(),
            (text.status_label)(catalog.status(i)).to_string(),
            e.description.clone(),
            e.links.join(" "),
            e.id.clone(),
        ];
        let (mut row, point): (_, fn(DatePoint) -> String) = if excel {
            (row.map(defuse), as_excel_text)
        } else {
            (row, |p| p.to_string())
        };
        row[8] = v.from.map(point).unwrap_or_default();
        row[10] = match v.until {
            Some(Until::Date(d)) => point(d),
            Some(Until::FurtherNotice) => text.further_notice.to_string(),
            None => String::new(),
        };
        // Writing to a Vec cannot fail.
        let _ = w.write_record(
            row.iter()
                .enumerate()
                .filter(|(i, _)| kept(i))
                .map(|(_, v)| v),
        );
    }
    let bytes = w.into_inner().unwrap_or_default();
    let csv = String::from_utf8_lossy(&bytes);
    if excel {
        format!("\u{feff}{csv}")
    } else {
        csv.into_owned()
    }
}
