//! Rules a register must follow beyond its JSON shape.

use rustc_hash::FxHashSet as HashSet;

use super::date::{DatePoint, Until};
use super::model::{Register, SCHEMA_NAME, SCHEMA_VERSION};

/// One broken rule, as plain values; `i18n` words it for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    WrongSchema(String),
    UnsupportedVersion(u32),
    BadId {
        list: List,
        id: String,
    },
    DuplicateId {
        list: List,
        id: String,
    },
    UnknownReference {
        owner: Owner,
        field: RefField,
        id: String,
    },
    RepeatedReference {
        owner: Owner,
        field: RefField,
        id: String,
    },
    /// The entry with this id has no name.
    EmptyName {
        entry: String,
    },
    /// The entry names a contact (a title, a department) but not the contact's name.
    EmptyContactName {
        entry: String,
    },
    FromAfterUntil {
        entry: String,
    },
    BadLink {
        entry: String,
        link: String,
    },
    /// `source.updated` is not a day (`YYYY-MM-DD`); empty when missing.
    BadUpdated(String),
    /// A text holds a character XML 1.0 cannot carry (a control character other than tab, line
    /// feed and carriage return, or U+FFFE/U+FFFF): `dcat.rdf` would not be well-formed, and
    /// the portal's harvest would fail on the whole catalogue. `place` is the field as the file
    /// names it (`entries[cpu].description`).
    ForbiddenCharacter {
        place: String,
        code: u32,
    },
    /// A value of `open-data.json` that is not what its field holds: an address (`url`,
    /// `licence`, `publisher`) that is not an http(s) IRI, an e-mail that is not an address, a
    /// name with a control character. `field` as the file names it.
    BadOpenData {
        field: &'static str,
        value: String,
    },
    /// The history's record `at` (0 is the newest) breaks a rule (`history::Fault`,
    /// `changelog::faults`).
    History {
        at: usize,
        fault: crate::history::Fault,
    },
}

/// A character an IRI or an e-mail address in RDF may not hold: white space, a control
/// character, or one of `<>"{}|\^` and the backtick.
fn breaks_an_address(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
}

/// An absolute http(s) address as RDF can carry it: `http://` or `https://`, a host, and
/// nothing [`breaks_an_address`].
pub fn is_web_address(text: &str) -> bool {
    let rest = ["https://", "http://"].iter().find_map(|scheme| {
        text.get(..scheme.len())
            .filter(|head| head.eq_ignore_ascii_case(scheme))
            .and_then(|_| text.get(scheme.len()..))
    });
    rest.is_some_and(|rest| {
        !rest.is_empty() && !rest.starts_with('/') && !text.chars().any(breaks_an_address)
    })
}

/// An e-mail address: one `@` between a local part and a domain with a dot in it, and nothing
/// that [`breaks_an_address`] or would split a `mailto:` (a comma, a semicolon).
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !text
            .chars()
            .any(|c| breaks_an_address(c) || matches!(c, ',' | ';'))
}

/// The first character in `text` that XML 1.0 cannot carry (see
/// [`Problem::ForbiddenCharacter`]), such as the vertical tab Word writes for a line break.
pub fn forbidden_char(text: &str) -> Option<char> {
    text.chars().find(|&c| is_forbidden(c))
}

fn is_forbidden(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}')
}

/// `text` with what [`forbidden_char`] finds taken out, for what a reader types or pastes: a
/// vertical tab or form feed (Word's line and page breaks) becomes a line break, anything else
/// goes.
pub fn clean_text(text: &str) -> String {
    if forbidden_char(text).is_none() {
        return text.to_string();
    }
    text.chars()
        .filter_map(|c| match c {
            '\u{b}' | '\u{c}' => Some('\n'),
            c if is_forbidden(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Every text of the register with the place the file gives it, for [`forbidden_char`]. The place
/// is made only for a text that has a problem.
fn check_texts(r: &Register, problems: &mut Vec<Problem>) {
    let mut check = |text: &str, place: &dyn Fn() -> String| {
        if let Some(c) = forbidden_char(text) {
            problems.push(Problem::ForbiddenCharacter {
                place: place(),
                code: u32::from(c),
            });
        }
    };
    let s = &r.source;
    for (key, text) in [
        ("title", &s.title),
        ("kind", &s.kind),
        ("date", &s.date),
        ("dnr", &s.dnr),
        ("organisation", &s.organisation),
        ("updated", &s.updated),
    ] {
        check(text, &|| format!("source.{key}"));
    }
    for (key, texts) in [
        ("intro", &r.about.intro),
        ("background", &r.about.background),
    ] {
        for (i, text) in texts.iter().enumerate() {
            check(text, &|| format!("about.{key}[{i}]"));
        }
    }
    let st = &r.about.strategy;
    for (key, text) in [
        ("name", &st.name),
        ("decided", &st.decided),
        ("year", &st.year),
        ("dnr", &st.dnr),
        ("managed_by", &st.managed_by),
    ] {
        check(text, &|| format!("about.strategy.{key}"));
    }
    for (i, p) in st.purposes.iter().enumerate() {
        check(&p.title, &|| format!("about.strategy.purposes[{i}].title"));
        check(&p.text, &|| format!("about.strategy.purposes[{i}].text"));
    }
    for c in &r.categories {
        check(&c.name, &|| format!("categories[{}].name", c.id));
        check(&c.description, &|| {
            format!("categories[{}].description", c.id)
        });
    }
    for a in &r.academies {
        check(&a.name, &|| format!("academies[{}].name", a.id));
        check(a.short.as_deref().unwrap_or(""), &|| {
            format!("academies[{}].short", a.id)
        });
    }
    for d in &r.departments {
        check(&d.name, &|| format!("departments[{}].name", d.id));
        check(d.short.as_deref().unwrap_or(""), &|| {
            format!("departments[{}].short", d.id)
        });
    }
    for e in &r.entries {
        let at = |key: &str| format!("entries[{}].{key}", e.id);
        check(&e.name, &|| at("name"));
        check(&e.description, &|| at("description"));
        check(&e.source, &|| at("source"));
        check(e.comment.as_deref().unwrap_or(""), &|| at("comment"));
        check(e.validity.as_written.as_deref().unwrap_or(""), &|| {
            at("validity.as_written")
        });
        for (i, p) in e.partners.iter().enumerate() {
            check(p, &|| at(&format!("partners[{i}]")));
        }
        for (i, l) in e.links.iter().enumerate() {
            check(l, &|| at(&format!("links[{i}]")));
        }
        if let Some(c) = &e.contact {
            check(&c.name, &|| at("contact.name"));
            check(c.title.as_deref().unwrap_or(""), &|| at("contact.title"));
        }
    }
}

/// A list of things with ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum List {
    Categories,
    Academies,
    Departments,
    Entries,
    /// The edits of an overlay (a file of local changes).
    Edits,
}

/// What holds a reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Strategy,
    Entry(String),
    Edit(String),
}

/// Which reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefField {
    Category,
    Academy,
    /// The responsible department (of an entry, or the strategy's).
    Department,
    ContactDepartment,
    /// The entry an edit carries.
    Entry,
}

/// A link the app may make clickable: `https://`, `http://` or `mailto:`. The one rule for
/// files, stored edits, the form and every place a link is rendered, so a `javascript:` link from
/// any source stays text.
pub fn is_safe_link(link: &str) -> bool {
    ["https://", "http://", "mailto:"].iter().any(|scheme| {
        link.get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
            && link.len() > scheme.len()
    })
}

/// `text` without what is invisible at its ends: white space and format characters (a zero-width
/// space, a byte-order mark, direction marks). What the form and validation mean by "empty".
pub fn trim_text(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || is_format(c))
}

/// Unicode's format characters (general category Cf), as ranges.
///
/// A table here rather than the `unicode-properties` crate in the app: its general-category table
/// made the release wasm 9.5 KB (brotli) larger for this one question. The crate is still the
/// authority: a test compares every code point with it (`format_characters_match_unicode`).
const FORMAT: [(char, char); 21] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{0600}', '\u{0605}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{06DD}', '\u{06DD}'),
    ('\u{070F}', '\u{070F}'),
    ('\u{0890}', '\u{0891}'),
    ('\u{08E2}', '\u{08E2}'),
    ('\u{180E}', '\u{180E}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{2064}'),
    ('\u{2066}', '\u{206F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFF9}', '\u{FFFB}'),
    ('\u{110BD}', '\u{110BD}'),
    ('\u{110CD}', '\u{110CD}'),
    ('\u{13430}', '\u{1343F}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0001}', '\u{E0001}'),
    ('\u{E0020}', '\u{E007F}'),
];

fn is_format(c: char) -> bool {
    FORMAT.iter().any(|&(lo, hi)| (lo..=hi).contains(&c))
}

/// `base`, with `-2`, `-3` … added until `taken` says it is free.
pub fn free_id(base: String, taken: impl Fn(&str) -> bool) -> String {
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|s| !taken(s))
        .unwrap_or(base)
}

/// A lowercase ASCII slug: `a-z`, `0-9`, single inner hyphens. Ids appear in URLs.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Every id in `ids` that stands there a second time, as a [`Problem::DuplicateId`]; returns the
/// ids seen. Also what an imported overlay's academies, departments and edits are checked with.
pub(crate) fn check_unique<'a>(
    list: List,
    ids: impl IntoIterator<Item = &'a str>,
    problems: &mut Vec<Problem>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::default();
    for id in ids {
        if !seen.insert(id) {
            problems.push(Problem::DuplicateId {
                list,
                id: id.to_string(),
            });
        }
    }
    seen
}

fn check_ids<'a>(
    list: List,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<Problem>,
) -> HashSet<&'a str> {
    let ids: Vec<&str> = ids.collect();
    for id in ids.iter().filter(|id| !is_slug(id)) {
        problems.push(Problem::BadId {
            list,
            id: id.to_string(),
        });
    }
    check_unique(list, ids, problems)
}

/// The rules one entry follows on its own, whatever register it is in: a name, a named contact,
/// dates in order, safe links. Also how stored edits are checked when they are read.
pub(crate) fn check_entry(entry: &super::model::Entry, problems: &mut Vec<Problem>) {
    if trim_text(&entry.name).is_empty() {
        problems.push(Problem::EmptyName {
            entry: entry.id.clone(),
        });
    }
    if entry
        .contact
        .as_ref()
        .is_some_and(|c| trim_text(&c.name).is_empty())
    {
        problems.push(Problem::EmptyContactName {
            entry: entry.id.clone(),
        });
    }
    if let (Some(from), Some(Until::Date(until))) = (entry.validity.from, entry.validity.until) {
        if from.first_day() > until.last_day() {
            problems.push(Problem::FromAfterUntil {
                entry: entry.id.clone(),
            });
        }
    }
    for link in &entry.links {
        if !is_safe_link(link) {
            problems.push(Problem::BadLink {
                entry: entry.id.clone(),
                link: link.clone(),
            });
        }
    }
}

impl Register {
    /// Every broken rule, in file order; empty when the register is sound.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.schema != SCHEMA_NAME {
            problems.push(Problem::WrongSchema(self.schema.clone()));
        }
        if self.version != SCHEMA_VERSION {
            problems.push(Problem::UnsupportedVersion(self.version));
        }
        if !matches!(
            DatePoint::parse(&self.source.updated),
            Ok(DatePoint::Day(_))
        ) {
            problems.push(Problem::BadUpdated(self.source.updated.clone()));
        }
        let categories = check_ids(
            List::Categories,
            self.categories.iter().map(|c| c.id.as_str()),
            &mut problems,
        );
        let academies = check_ids(
            List::Academies,
            self.academies.iter().map(|a| a.id.as_str()),
            &mut problems,
        );
        let departments = check_ids(
            List::Departments,
            self.departments.iter().map(|d| d.id.as_str()),
            &mut problems,
        );
        check_ids(
            List::Entries,
            self.entries.iter().map(|e| e.id.as_str()),
            &mut problems,
        );
        check_texts(self, &mut problems);
        problems.extend(
            crate::changelog::faults(self)
                .into_iter()
                .map(|(at, fault)| Problem::History { at, fault }),
        );

        if !departments.contains(self.about.strategy.managed_by.as_str()) {
            problems.push(Problem::UnknownReference {
                owner: Owner::Strategy,
                field: RefField::Department,
                id: self.about.strategy.managed_by.clone(),
            });
        }

        for entry in &self.entries {
            let owner = || Owner::Entry(entry.id.clone());
            let unknown = |field, id: &str| Problem::UnknownReference {
                owner: owner(),
                field,
                id: id.to_string(),
            };
            check_entry(entry, &mut problems);
            if !categories.contains(entry.category.as_str()) {
                problems.push(unknown(RefField::Category, &entry.category));
            }
            let mut named = HashSet::default();
            for a in &entry.academies {
                if !academies.contains(a.as_str()) {
                    problems.push(unknown(RefField::Academy, a));
                }
                if !named.insert(a) {
                    problems.push(Problem::RepeatedReference {
                        owner: owner(),
                        field: RefField::Academy,
                        id: a.clone(),
                    });
                }
            }
            let department_refs = entry
                .department
                .iter()
                .map(|d| (RefField::Department, d))
                .chain(
                    entry
                        .contact
                        .iter()
                        .filter_map(|c| c.department.as_ref())
                        .map(|d| (RefField::ContactDepartment, d)),
                );
            for (field, d) in department_refs {
                if !departments.contains(d.as_str()) {
                    problems.push(unknown(field, d));
                }
            }
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_mail_links_are_links() {
        for ok in [
            "https://www.sh.se/",
            "http://ki.se",
            "HTTPS://KTH.SE",
            "mailto:registrator@huddinge.se",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JAVASCRIPT:x",
            " https://x",
            "data:text/html,x",
            "www.sh.se",
            "https://",
            "mailto:",
            "ma\u{0131}lto:x",
            "",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }

    #[test]
    fn trimming_takes_invisible_characters_from_the_ends_only() {
        assert_eq!(trim_text("\u{200B}"), "");
        assert_eq!(trim_text(" \u{FEFF}\u{200E}KTH\u{00A0}\u{2060}"), "KTH");
        assert_eq!(
            trim_text("Kungliga\u{200B}Tekniska"),
            "Kungliga\u{200B}Tekniska"
        );
        assert_eq!(trim_text("\u{3000}Konstfack\n"), "Konstfack");
    }

    #[test]
    fn format_characters_match_unicode() {
        use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_format(c),
                c.general_category() == GeneralCategory::Format,
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn slugs() {
        for ok in ["sh", "idun-loven", "ulf-2025", "a"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "SH", "-sh", "sh-", "s--h", "söder", "s h", "s_h", "s,h"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
