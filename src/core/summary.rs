//! One entry as a list row shows it: references resolved to names, fields joined to text.

use super::date::{Status, Until};
use super::model::{Entry, Register, Validity};
use super::query::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub name: String,
    pub category: String,
    /// Academy names joined with ", "; `None` where the memo names none.
    pub academies: Option<String>,
    pub department: Option<String>,
    /// "Name, title".
    pub contact: Option<String>,
    pub validity: Option<String>,
    pub status: Status,
}

/// Academy labels of an entry, in the entry's order; unknown ids are skipped.
pub fn academy_names(register: &Register, entry: &Entry) -> Vec<String> {
    entry
        .academies
        .iter()
        .filter_map(|id| register.academy(id))
        .map(|a| a.label())
        .collect()
}

/// The memo's own wording where it has one, else the dates joined: "2025–2027",
/// "2023 tills vidare", "–2026".
pub fn validity_text(v: &Validity) -> Option<String> {
    if let Some(w) = &v.as_written {
        return Some(w.clone());
    }
    match (v.from, v.until) {
        (None, None) => None,
        (Some(f), None) => Some(format!("{f}–")),
        (Some(f), Some(Until::FurtherNotice)) => Some(format!("{f} {}", Until::FurtherNotice)),
        (Some(f), Some(u)) => Some(format!("{f}–{u}")),
        (None, Some(u)) => Some(format!("–{u}")),
    }
}

pub fn summary(catalog: &Catalog, index: usize) -> Option<Summary> {
    let r = &catalog.register;
    let entry = r.entries.get(index)?;
    let academies = academy_names(r, entry);
    Some(Summary {
        id: entry.id.clone(),
        name: entry.name.clone(),
        category: r
            .category(&entry.category)
            .map(|c| c.name.clone())
            .unwrap_or_default(),
        academies: (!academies.is_empty()).then(|| academies.join(", ")),
        department: entry
            .department
            .as_deref()
            .and_then(|d| r.department(d))
            .map(|d| d.label()),
        contact: entry.contact.as_ref().map(|c| c.label()),
        validity: validity_text(&entry.validity),
        status: catalog.status(index),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::DatePoint;
    use chrono::NaiveDate;

    #[test]
    fn rows_resolve_names() {
        let c = Catalog::new(
            Register::bundled().unwrap(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        );
        let i = c.register.position("flemingsberg-science").unwrap();
        let s = summary(&c, i).unwrap();
        assert_eq!(
            s.academies.as_deref(),
            Some("Karolinska Institutet (KI), Kungliga tekniska högskolan (KTH), Södertörns högskola, Röda Korsets Högskola")
        );
        assert_eq!(
            s.department.as_deref(),
            Some("Kommunstyrelsens förvaltning (KSF)")
        );
        assert_eq!(s.contact, None);
        assert_eq!(s.validity.as_deref(), Some("bildades 2011"));
        let s = summary(&c, c.register.position("cpu").unwrap()).unwrap();
        assert_eq!(s.academies, None);
        assert_eq!(
            s.contact.as_deref(),
            Some("Nilla Mälardahl, VFU-samordnare")
        );
        assert!(summary(&c, 999).is_none());
    }

    #[test]
    fn validity_without_wording_is_built_from_dates() {
        let v = |from, until| Validity {
            from,
            until,
            as_written: None,
        };
        let y = |n| Some(DatePoint::Year(n));
        assert_eq!(validity_text(&v(None, None)), None);
        assert_eq!(
            validity_text(&v(y(2025), y(2027).map(Until::Date))).as_deref(),
            Some("2025–2027")
        );
        assert_eq!(
            validity_text(&v(y(2023), Some(Until::FurtherNotice))).as_deref(),
            Some("2023 tills vidare")
        );
        assert_eq!(
            validity_text(&v(Some(DatePoint::Month(2024, 4)), None)).as_deref(),
            Some("2024-04–")
        );
    }
}
