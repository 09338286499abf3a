//! One entry as a list row shows it: references resolved to names, fields joined to text.

use super::date::{Status, Until};
use super::model::{Entry, Register, Validity};
use super::names::{Form, Gloss, Kind};
use super::query::Catalog;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    pub name: String,
    pub category: String,
    /// Whether `category` and `department` are glosses in the reader's language (not the
    /// register's Swedish, so not marked `lang="sv"`).
    pub category_glossed: bool,
    pub department_glossed: bool,
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

/// Row `index` of `catalog` in a reader's words: `gloss` names categories and departments, and
/// `validity` words the validity (a language's `Texts::gloss` and `Texts::validity`).
pub fn summary(
    catalog: &Catalog,
    index: usize,
    gloss: Gloss,
    validity: fn(&Validity) -> Option<String>,
) -> Option<Summary> {
    let r = &catalog.register;
    let entry = r.entries.get(index)?;
    let academies = academy_names(r, entry);
    Some(Summary {
        id: entry.id.clone(),
        name: entry.name.clone(),
        category: r
            .category(&entry.category)
            .map(|c| r.name_in(gloss, Kind::Category, &c.id, Form::Name))
            .unwrap_or_default(),
        academies: (!academies.is_empty()).then(|| academies.join(", ")),
        department: entry
            .department
            .as_deref()
            .filter(|d| r.department(d).is_some())
            .map(|d| r.name_in(gloss, Kind::Department, d, Form::Label)),
        contact: entry.contact.as_ref().map(|c| c.label()),
        validity: validity(&entry.validity),
        category_glossed: gloss(Kind::Category, &entry.category).is_some(),
        department_glossed: entry
            .department
            .as_deref()
            .is_some_and(|d| gloss(Kind::Department, d).is_some()),
        status: catalog.status(index),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DatePoint;
    use crate::i18n::SV;
    use chrono::NaiveDate;

    #[test]
    fn rows_resolve_names() {
        let c = Catalog::new(
            crate::load::memo_register(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        );
        let i = c.register.position("flemingsberg-science").unwrap();
        let s = summary(&c, i, SV.gloss, SV.validity).unwrap();
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
        let s = summary(
            &c,
            c.register.position("cpu").unwrap(),
            SV.gloss,
            SV.validity,
        )
        .unwrap();
        assert_eq!(s.academies, None);
        assert_eq!(
            s.contact.as_deref(),
            Some("Nilla Mälardahl, VFU-samordnare")
        );
        assert!(summary(&c, 999, SV.gloss, SV.validity).is_none());
    }

    #[test]
    fn english_rows_gloss_categories_departments_and_validity() {
        use crate::i18n::EN;
        let c = Catalog::new(
            crate::load::memo_register(),
            NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        );
        let r = &c.register;
        // Every category and department the memo names has an English gloss.
        for cat in &r.categories {
            assert!(EN.glossed(Kind::Category, &cat.id), "{}", cat.id);
            assert!(!SV.glossed(Kind::Category, &cat.id));
        }
        for d in &r.departments {
            assert!(EN.glossed(Kind::Department, &d.id), "{}", d.id);
        }
        let row = |id: &str, t: &crate::i18n::Texts| {
            summary(&c, r.position(id).unwrap(), t.gloss, t.validity).unwrap()
        };
        let gu = row("gu-uttc", &EN);
        assert_eq!(gu.category, "Collaboration with individual universities");
        assert_eq!(gu.department.as_deref(), Some("Digitalisation Unit"));
        assert_eq!(gu.validity.as_deref(), Some("since 2024-04"));
        assert!(gu.category_glossed && gu.department_glossed);
        let hr = row("hogskoleradet", &EN);
        assert_eq!(
            hr.department.as_deref(),
            Some("Upper Secondary Education and Labour Market Department (GAF)")
        );
        assert_eq!(hr.validity.as_deref(), Some("since 2016"));
        assert_eq!(
            row("cpu", &EN).validity.as_deref(),
            Some("2023 until further notice")
        );
        assert_eq!(row("nya-roster", &EN).validity.as_deref(), Some("2025"));
        // In Swedish the memo's names and wording, as written.
        let sv = row("hogskoleradet", &SV);
        assert_eq!(
            sv.validity.as_deref(),
            Some("inrättades under kommunstyrelsen 2016")
        );
        assert!(!sv.category_glossed && !sv.department_glossed);
        assert_eq!(
            EN.name(r, Kind::Department, "buf", Form::Short),
            "BUF",
            "the memo's abbreviation stays"
        );
        // An id with no gloss is shown as the register writes it.
        assert_eq!(EN.name(r, Kind::Department, "okand", Form::Label), "okand");
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
