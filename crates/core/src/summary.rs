//! One entry as a list row shows it: references resolved to names, fields joined to text.

use super::date::{Status, Until};
use super::model::{Entry, Register, Validity};
use super::names::{Form, Kind};
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
        .filter_map(|id| register.name_of(Kind::Academy, id, Form::Label))
        .collect()
}

/// The memo's own wording where it has one (register content, kept as written), else the dates
/// joined: "2025–2027", "2023 tills vidare", "–2026". `further_notice` is the reader's language's
/// word for "tills vidare".
pub fn validity_text(v: &Validity, further_notice: &str) -> Option<String> {
    if let Some(w) = &v.as_written {
        return Some(w.clone());
    }
    match (v.from, v.until) {
        (None, None) => None,
        (Some(f), None) => Some(format!("{f}–")),
        (Some(f), Some(Until::FurtherNotice)) => Some(format!("{f} {further_notice}")),
        (Some(f), Some(Until::Date(u))) => Some(format!("{f}–{u}")),
        (None, Some(u)) => Some(format!("–{}", until_text(u, further_notice))),
    }
}

/// An end as the reader reads it: the date, or "tills vidare" in their language.
pub fn until_text(u: Until, further_notice: &str) -> String {
    match u {
        Until::Date(d) => d.to_string(),
        Until::FurtherNotice => further_notice.to_string(),
    }
}

/// Row `index` of `catalog`; `further_notice` as for [`validity_text`].
pub fn summary(catalog: &Catalog, index: usize, further_notice: &str) -> Option<Summary> {
    let r = &catalog.register;
    let entry = r.entries.get(index)?;
    let academies = academy_names(r, entry);
    Some(Summary {
        id: entry.id.clone(),
        name: entry.name.clone(),
        category: r
            .name_of(Kind::Category, &entry.category, Form::Name)
            .unwrap_or_default(),
        academies: (!academies.is_empty()).then(|| academies.join(", ")),
        department: entry
            .department
            .as_deref()
            .and_then(|d| r.name_of(Kind::Department, d, Form::Label)),
        contact: entry.contact.as_ref().map(|c| c.label()),
        validity: validity_text(&entry.validity, further_notice),
        status: catalog.status(index),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DatePoint;
    use chrono::NaiveDate;

    #[test]
    fn rows_resolve_names() {
        let c = Catalog::new(
            crate::load::memo_register(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        );
        let i = c.register.position("flemingsberg-science").unwrap();
        let s = summary(&c, i, "tills vidare").unwrap();
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
        let s = summary(&c, c.register.position("cpu").unwrap(), "tills vidare").unwrap();
        assert_eq!(s.academies, None);
        assert_eq!(
            s.contact.as_deref(),
            Some("Nilla Mälardahl, VFU-samordnare")
        );
        assert!(summary(&c, 999, "tills vidare").is_none());
    }

    #[test]
    fn validity_without_wording_is_built_from_dates() {
        let v = |from, until| Validity {
            from,
            until,
            as_written: None,
        };
        let y = |n| Some(DatePoint::Year(n));
        let sv = |v: &Validity| validity_text(v, "tills vidare");
        assert_eq!(sv(&v(None, None)), None);
        assert_eq!(
            sv(&v(y(2025), y(2027).map(Until::Date))).as_deref(),
            Some("2025–2027")
        );
        assert_eq!(
            sv(&v(y(2023), Some(Until::FurtherNotice))).as_deref(),
            Some("2023 tills vidare")
        );
        assert_eq!(
            validity_text(
                &v(y(2023), Some(Until::FurtherNotice)),
                "until further notice"
            )
            .as_deref(),
            Some("2023 until further notice")
        );
        assert_eq!(
            sv(&v(None, Some(Until::FurtherNotice))).as_deref(),
            Some("–tills vidare")
        );
        assert_eq!(
            sv(&v(Some(DatePoint::Month(2024, 4)), None)).as_deref(),
            Some("2024-04–")
        );
        // The memo's own wording is register content: kept as written in every language.
        let written = Validity {
            as_written: Some("2023 tills vidare".into()),
            ..v(y(2023), Some(Until::FurtherNotice))
        };
        assert_eq!(
            validity_text(&written, "until further notice").as_deref(),
            Some("2023 tills vidare")
        );
    }
}
