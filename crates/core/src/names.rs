//! One way from an id to the name a reader sees: [`Register::name_of`]. Every view, the CSV, the
//! facets and the pre-rendered screen name academies, departments, categories and entries
//! through it, in one of three [`Form`]s.

use crate::model::{Academy, Department, Register};
use crate::query::Facet;

/// What an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Academy,
    Department,
    Category,
    Entry,
}

/// How much of a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "Karolinska Institutet (KI)": the name with the memo's abbreviation, where it has one.
    Label,
    /// "Karolinska Institutet".
    Name,
    /// "KI": the abbreviation, or the name where there is none (a diagram node, a column head).
    Short,
}

/// A language's own words for a register name, by kind and id (see `i18n::Texts::gloss`).
pub type Gloss = fn(Kind, &str) -> Option<&'static str>;

fn written(name: &str, short: Option<&str>, form: Form) -> String {
    match (form, short) {
        (Form::Label, Some(s)) => format!("{name} ({s})"),
        (Form::Short, Some(s)) => s.to_string(),
        _ => name.to_string(),
    }
}

impl Register {
    /// The name of the `kind` with id `id`, in `form`; `None` where the register has no such id.
    pub fn name_of(&self, kind: Kind, id: &str, form: Form) -> Option<String> {
        let (name, short) = match kind {
            Kind::Academy => self.academy(id).map(|a| (&a.name, a.short.as_deref()))?,
            Kind::Department => self.department(id).map(|d| (&d.name, d.short.as_deref()))?,
            Kind::Category => self.category(id).map(|c| (&c.name, None))?,
            Kind::Entry => self.entry(id).map(|e| (&e.name, None))?,
        };
        Some(written(name, short, form))
    }

    /// The name a reader of another language sees: `gloss`'s words for the id where it has
    /// some (with the memo's abbreviation, which stays as written), else as
    /// [`Register::display_name`].
    pub fn name_in(&self, gloss: Gloss, kind: Kind, id: &str, form: Form) -> String {
        let Some(words) = gloss(kind, id) else {
            return self.display_name(kind, id, form);
        };
        let short = match kind {
            Kind::Department => self.department(id).and_then(|d| d.short.clone()),
            Kind::Academy => self.academy(id).and_then(|a| a.short.clone()),
            Kind::Category | Kind::Entry => None,
        };
        match (form, short) {
            (Form::Label, Some(s)) => format!("{words} ({s})"),
            (Form::Short, Some(s)) => s,
            _ => words.to_string(),
        }
    }

    /// As [`Register::name_of`], with the id itself standing in for an unknown one, so a
    /// dangling reference still shows something to the reader rather than a blank.
    pub fn display_name(&self, kind: Kind, id: &str, form: Form) -> String {
        self.name_of(kind, id, form)
            .unwrap_or_else(|| id.to_string())
    }
}

/// Endings of Swedish compound names where a long word may break: "Digitaliserings|avdelningen".
const COMPOUND_TAILS: [&str; 6] = [
    "förvaltningen",
    "avdelningen",
    "enheten",
    "nämnden",
    "kontoret",
    "högskolan",
];

/// `name` with a soft hyphen (U+00AD) before the last part of each long compound word, for a
/// narrow column head: the browser breaks "Digitaliseringsavdelningen" as "Digitaliserings-" /
/// "avdelningen" where it must, and shows it whole where it fits. Browsers without a Swedish
/// hyphenation dictionary otherwise either widen the column or break mid-word. Only for
/// display: the accessible name and every comparison use the name as written.
pub fn break_hints(name: &str) -> String {
    const LONG: usize = 14;
    let mut out = String::with_capacity(name.len() + 4);
    for (k, word) in name.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lower = crate::unicode::lowercase(word);
        let tail = COMPOUND_TAILS
            .iter()
            .filter(|t| lower.ends_with(*t))
            .map(|t| t.len())
            .find(|&len| word.chars().count() >= LONG && word.len() >= len + 4);
        match tail {
            Some(len) if word.is_char_boundary(word.len() - len) => {
                let (head, rest) = word.split_at(word.len() - len);
                out.push_str(head);
                out.push('\u{ad}');
                out.push_str(rest);
            }
            _ => out.push_str(word),
        }
    }
    out
}

impl Academy {
    /// "Karolinska Institutet (KI)", or just the name without a short form.
    pub fn label(&self) -> String {
        written(&self.name, self.short.as_deref(), Form::Label)
    }
}

impl Department {
    /// "Gymnasie- och arbetsmarknadsförvaltningen (GAF)", or just the name without a short form.
    pub fn label(&self) -> String {
        written(&self.name, self.short.as_deref(), Form::Label)
    }
}

impl Facet {
    /// What a value of this facet names in the register; `None` for status, which is computed.
    pub fn names(self) -> Option<Kind> {
        match self {
            Facet::Academy => Some(Kind::Academy),
            Facet::Department => Some(Kind::Department),
            Facet::Category => Some(Kind::Category),
            Facet::Status => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_every_kind() {
        let r = crate::load::memo_register();
        let name = |kind, id, form| r.name_of(kind, id, form);
        assert_eq!(
            name(Kind::Academy, "ki", Form::Label).as_deref(),
            Some("Karolinska Institutet (KI)")
        );
        assert_eq!(
            name(Kind::Academy, "ki", Form::Name).as_deref(),
            Some("Karolinska Institutet")
        );
        assert_eq!(
            name(Kind::Academy, "ki", Form::Short).as_deref(),
            Some("KI")
        );
        // Without an abbreviation every form is the name.
        for form in [Form::Label, Form::Name, Form::Short] {
            assert_eq!(
                name(Kind::Academy, "sh", form).as_deref(),
                Some("Södertörns högskola")
            );
        }
        assert_eq!(
            name(Kind::Department, "gaf", Form::Label).as_deref(),
            Some("Gymnasie- och arbetsmarknadsförvaltningen (GAF)")
        );
        assert_eq!(
            name(Kind::Department, "gaf", Form::Short).as_deref(),
            Some("GAF")
        );
        assert_eq!(
            name(Kind::Category, "ulf", Form::Label).as_deref(),
            r.category("ulf").map(|c| c.name.as_str())
        );
        assert_eq!(
            name(Kind::Entry, "cpu", Form::Short).as_deref(),
            r.entry("cpu").map(|e| e.name.as_str())
        );
        // An id the register lacks has no name; for display it stands for itself.
        assert_eq!(name(Kind::Academy, "okand", Form::Label), None);
        assert_eq!(
            r.display_name(Kind::Department, "okand", Form::Label),
            "okand"
        );
    }

    #[test]
    fn long_compounds_get_a_break_hint_and_nothing_else_changes() {
        assert_eq!(
            break_hints("Digitaliseringsavdelningen"),
            "Digitaliserings\u{ad}avdelningen"
        );
        assert_eq!(
            break_hints("Näringslivsenheten"),
            "Näringslivs\u{ad}enheten"
        );
        assert_eq!(
            break_hints("Gymnasie- och arbetsmarknadsförvaltningen"),
            "Gymnasie- och arbetsmarknads\u{ad}förvaltningen"
        );
        // Short words and words with no known ending stay as written.
        assert_eq!(
            break_hints("Socialförvaltningen"),
            "Social\u{ad}förvaltningen"
        );
        for name in [
            "KSF",
            "Kulturenheten",
            "Konstfack",
            "Karolinska Institutet",
            "",
        ] {
            assert_eq!(break_hints(name), name);
        }
        // Removing the hints gives the name back, for every department in the register.
        let r = crate::load::memo_register();
        for d in &r.departments {
            assert_eq!(break_hints(&d.name).replace('\u{ad}', ""), d.name);
        }
    }

    #[test]
    fn objects_and_ids_are_labelled_alike() {
        let r = crate::load::memo_register();
        for a in &r.academies {
            assert_eq!(
                r.name_of(Kind::Academy, &a.id, Form::Label),
                Some(a.label())
            );
        }
        for d in &r.departments {
            assert_eq!(
                r.name_of(Kind::Department, &d.id, Form::Label),
                Some(d.label())
            );
        }
    }
}
