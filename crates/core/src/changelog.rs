//! Making, checking and telling the register's history (`history`): the record of what one
//! publication changed (`between`), the rules a history in a file must keep (`faults`), and what a
//! returning reader is told of the publications it has not seen (`told`).

use chrono::{Months, NaiveDate};
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;

use crate::date::DatePoint;
use crate::history::{
    Changed, Fault, Field, FieldChange, History, Named, Publication, Value, KEPT_MONTHS,
    KEPT_PUBLICATIONS,
};
use crate::model::{Contact, Entry, Register, Validity};
use crate::seen::{Fingerprints, News};

/// What changed from `before` to `after`, published on `date`; `None` if nothing did. Entries
/// are matched by id: added and changed in `after`'s order, removed in `before`'s.
pub fn between(before: &Register, after: &Register, date: NaiveDate) -> Option<Publication> {
    let old: HashMap<&str, &Entry> = before.entries.iter().map(|e| (e.id.as_str(), e)).collect();
    let new: HashSet<&str> = after.entries.iter().map(|e| e.id.as_str()).collect();
    let mut record = Publication {
        date: DatePoint::Day(date),
        from: Fingerprints::of(before).digest(),
        added: Vec::new(),
        changed: Vec::new(),
        removed: Vec::new(),
    };
    for entry in &after.entries {
        match old.get(entry.id.as_str()) {
            None => record.added.push(named(entry)),
            Some(was) => {
                let fields = fields_changed(was, entry);
                if !fields.is_empty() {
                    record.changed.push(Changed {
                        id: entry.id.clone(),
                        name: entry.name.clone(),
                        fields,
                    });
                }
            }
        }
    }
    for entry in &before.entries {
        if !new.contains(entry.id.as_str()) {
            record.removed.push(named(entry));
        }
    }
    (!record.is_empty()).then_some(record)
}

fn named(e: &Entry) -> Named {
    Named {
        id: e.id.clone(),
        name: e.name.clone(),
    }
}

/// Every field of an entry as the history names it, in the entry's order. The entry is taken
/// apart without `..`: a field added to `Entry` does not compile here until it has a [`Field`].
fn values(entry: &Entry) -> [(Field, Option<Value>); 16] {
    let Entry {
        id: _,
        name,
        category,
        academies,
        partners,
        department,
        contact,
        validity,
        ended,
        description,
        comment,
        links,
        source,
    } = entry;
    let Validity {
        from,
        until,
        as_written,
    } = validity;
    let text = |s: &str| (!s.is_empty()).then(|| Value::Text(s.to_string()));
    let maybe = |s: &Option<String>| s.as_deref().and_then(text);
    let list = |l: &[String]| (!l.is_empty()).then(|| Value::List(l.to_vec()));
    let (contact_name, contact_title, contact_department) = match contact {
        None => (None, None, None),
        Some(Contact {
            name,
            title,
            department,
        }) => (text(name), maybe(title), maybe(department)),
    };
    [
        (Field::Name, text(name)),
        (Field::Category, text(category)),
        (Field::Academies, list(academies)),
        (Field::Partners, list(partners)),
        (Field::Department, maybe(department)),
        (Field::ContactName, contact_name),
        (Field::ContactTitle, contact_title),
        (Field::ContactDepartment, contact_department),
        (Field::From, from.map(|d| Value::Text(d.to_string()))),
        (Field::Until, until.map(|u| Value::Text(u.to_string()))),
        (Field::AsWritten, maybe(as_written)),
        (Field::Ended, Some(Value::Flag(*ended))),
        (Field::Description, text(description)),
        (Field::Comment, maybe(comment)),
        (Field::Links, list(links)),
        (Field::Source, text(source)),
    ]
}

/// The fields that differ between two versions of an entry, in the entry's order.
pub fn fields_changed(old: &Entry, new: &Entry) -> Vec<FieldChange> {
    values(old)
        .into_iter()
        .zip(values(new))
        .filter(|((_, a), (_, b))| a != b)
        .map(|((field, old), (_, new))| FieldChange { field, old, new })
        .collect()
}

/// Every broken rule of `register`'s history, as `(record, fault)` (0 is the newest record).
pub fn faults(register: &Register) -> Vec<(usize, Fault)> {
    let history = &register.history;
    let mut out = Vec::new();
    let updated = match DatePoint::parse(&register.source.updated) {
        Ok(DatePoint::Day(d)) => Some(d),
        _ => None,
    };
    let newest = history.publications.first().map(|p| p.date.first_day());
    let oldest_kept = newest.and_then(|n| n.checked_sub_months(Months::new(KEPT_MONTHS)));
    let mut previous: Option<NaiveDate> = None;
    for (at, p) in history.publications.iter().enumerate() {
        let mut fault = |f| out.push((at, f));
        let DatePoint::Day(day) = p.date else {
            fault(Fault::NotADay(p.date.to_string()));
            continue;
        };
        if previous.is_some_and(|before| day > before) {
            fault(Fault::OutOfOrder);
        }
        previous = Some(day);
        if updated.is_some_and(|u| day > u) {
            fault(Fault::AfterUpdated);
        }
        if p.from.len() != 16 || !p.from.bytes().all(|b| b.is_ascii_hexdigit()) {
            fault(Fault::BadDigest(p.from.clone()));
        }
        if p.is_empty() {
            fault(Fault::Empty);
        }
        if at >= KEPT_PUBLICATIONS || oldest_kept.is_some_and(|o| day < o) {
            fault(Fault::OverBounds);
        }
        let mut ids = HashSet::default();
        let named = p.added.iter().chain(&p.removed).map(|n| &n.id);
        for id in named.chain(p.changed.iter().map(|c| &c.id)) {
            if !ids.insert(id) {
                fault(Fault::Repeated(id.clone()));
            }
        }
        for c in &p.changed {
            let mut fields = HashSet::default();
            let bad = c.fields.is_empty()
                || c.fields
                    .iter()
                    .any(|f| !fields.insert(f.field) || f.old == f.new);
            if bad {
                fault(Fault::BadField(c.id.clone()));
            }
        }
        if at == 0 {
            let present = p.added.iter().map(|n| &n.id);
            for id in present.chain(p.changed.iter().map(|c| &c.id)) {
                if register.entry(id).is_none() {
                    fault(Fault::NotTheRegister(id.clone()));
                }
            }
            for n in p.removed.iter().filter(|n| register.entry(&n.id).is_some()) {
                fault(Fault::NotTheRegister(n.id.clone()));
            }
        }
    }
    out
}

/// The records a reader who last marked `seen` as read has not seen, oldest first: from the one
/// made on the register `seen` is, on. `None` when `seen` is no register this history knows
/// (seen before the history began, or before a cut): then which are new is not known.
pub fn unseen<'a>(history: &'a History, seen: &Fingerprints) -> Option<Vec<&'a Publication>> {
    let digest = seen.digest();
    let at = history.publications.iter().position(|p| p.from == digest)?;
    Some(history.publications[..=at].iter().rev().collect())
}

/// What the publications `records` (oldest first) did to entry `id`, field by field, as one
/// change each: the value before the first and after the last. A field changed back is left out.
pub fn combined(records: &[&Publication], id: &str) -> Vec<FieldChange> {
    let mut out: Vec<FieldChange> = Vec::new();
    for change in records.iter().filter_map(|p| p.changed(id)) {
        for f in &change.fields {
            match out.iter_mut().find(|o| o.field == f.field) {
                Some(o) => o.new = f.new.clone(),
                None => out.push(f.clone()),
            }
        }
    }
    out.retain(|f| f.old != f.new);
    out.sort_by_key(|f| f.field as u8);
    out
}

/// What "Nytt sedan ditt senaste besök" can say beyond `news` (`seen::News`, from fingerprints
/// alone), from the register's history.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Told {
    /// For each of `news.changed`, in its order: what changed, field by field, in the
    /// publications the reader has not seen; empty where that is not known.
    pub fields: Vec<Vec<FieldChange>>,
    /// The entries the reader saw that are gone, with the names the history gives them (those
    /// removed before the history began are only counted, as `news.removed`).
    pub removed: Vec<Named>,
}

/// Everything "Nytt sedan ditt senaste besök" says to a reader who last marked `seen` as read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Since {
    pub news: News,
    pub told: Told,
}

impl Since {
    pub fn of(register: &Register, seen: &Fingerprints) -> Since {
        let news = seen.news(register);
        let told = told(register, seen, &news);
        Since { news, told }
    }

    /// Nothing to say: no entry added, changed or removed.
    pub fn is_empty(&self) -> bool {
        self.news.is_empty()
    }
}

/// What a reader who last marked `seen` as read is told about `news` in `register`.
pub fn told(register: &Register, seen: &Fingerprints, news: &News) -> Told {
    let history = &register.history;
    let fields = match unseen(history, seen) {
        Some(records) => news
            .changed
            .iter()
            .map(|&i| {
                register
                    .entries
                    .get(i)
                    .map_or_else(Vec::new, |e| combined(&records, &e.id))
            })
            .collect(),
        None => vec![Vec::new(); news.changed.len()],
    };
    let mut removed: Vec<Named> = Vec::new();
    // Newest first, so an entry removed twice is named as it was last removed.
    for n in history.publications.iter().flat_map(|p| &p.removed) {
        let gone = seen.knows(&n.id) && register.entry(&n.id).is_none();
        if gone && !removed.iter().any(|r| r.id == n.id) {
            removed.push(n.clone());
        }
    }
    Told { fields, removed }
}

#[cfg(test)]
mod tests;
