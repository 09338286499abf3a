//! Rules a register must follow beyond its JSON shape.

use std::collections::HashSet;
use std::fmt;

use super::date::Until;
use super::model::{Register, SCHEMA_NAME, SCHEMA_VERSION};

/// One broken rule. `Display` gives a Swedish sentence for the maintainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    WrongSchema(String),
    UnsupportedVersion(u32),
    BadId {
        list: &'static str,
        id: String,
    },
    DuplicateId {
        list: &'static str,
        id: String,
    },
    UnknownReference {
        owner: String,
        field: &'static str,
        id: String,
    },
    RepeatedReference {
        owner: String,
        field: &'static str,
        id: String,
    },
    EmptyName {
        entry: String,
    },
    FromAfterUntil {
        entry: String,
    },
    BadLink {
        entry: String,
        link: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::WrongSchema(s) => write!(
                f,
                "filen är inte ett samverkansregister (schema \"{s}\", väntade \"{SCHEMA_NAME}\")"
            ),
            Problem::UnsupportedVersion(v) => write!(
                f,
                "filen har schemaversion {v}, men appen kan läsa version {SCHEMA_VERSION}"
            ),
            Problem::BadId { list, id } => write!(
                f,
                "{list}: id \"{id}\" får bara innehålla a–z, 0–9 och bindestreck"
            ),
            Problem::DuplicateId { list, id } => {
                write!(f, "{list}: id \"{id}\" finns flera gånger")
            }
            Problem::UnknownReference { owner, field, id } => {
                write!(f, "{owner}: {field} \"{id}\" finns inte i registret")
            }
            Problem::RepeatedReference { owner, field, id } => {
                write!(f, "{owner}: {field} \"{id}\" står flera gånger")
            }
            Problem::EmptyName { entry } => write!(f, "{entry}: namn saknas"),
            Problem::FromAfterUntil { entry } => {
                write!(f, "{entry}: giltig från ligger efter giltig till")
            }
            Problem::BadLink { entry, link } => {
                write!(
                    f,
                    "{entry}: länken \"{link}\" börjar inte med https:// eller http://"
                )
            }
        }
    }
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

fn check_ids<'a>(
    list: &'static str,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<Problem>,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for id in ids {
        if !is_slug(id) {
            problems.push(Problem::BadId {
                list,
                id: id.to_string(),
            });
        }
        if !seen.insert(id) {
            problems.push(Problem::DuplicateId {
                list,
                id: id.to_string(),
            });
        }
    }
    seen
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
        let categories = check_ids(
            "kategorier",
            self.categories.iter().map(|c| c.id.as_str()),
            &mut problems,
        );
        let academies = check_ids(
            "akademier",
            self.academies.iter().map(|a| a.id.as_str()),
            &mut problems,
        );
        let departments = check_ids(
            "förvaltningar",
            self.departments.iter().map(|d| d.id.as_str()),
            &mut problems,
        );
        check_ids(
            "poster",
            self.entries.iter().map(|e| e.id.as_str()),
            &mut problems,
        );

        if !departments.contains(self.about.strategy.managed_by.as_str()) {
            problems.push(Problem::UnknownReference {
                owner: "strategin".into(),
                field: "förvaltning",
                id: self.about.strategy.managed_by.clone(),
            });
        }

        for entry in &self.entries {
            let owner = || format!("post \"{}\"", entry.id);
            let unknown = |field, id: &str| Problem::UnknownReference {
                owner: owner(),
                field,
                id: id.to_string(),
            };
            if entry.name.trim().is_empty() {
                problems.push(Problem::EmptyName { entry: owner() });
            }
            if !categories.contains(entry.category.as_str()) {
                problems.push(unknown("kategori", &entry.category));
            }
            let mut named = HashSet::new();
            for a in &entry.academies {
                if !academies.contains(a.as_str()) {
                    problems.push(unknown("akademi", a));
                }
                if !named.insert(a) {
                    problems.push(Problem::RepeatedReference {
                        owner: owner(),
                        field: "akademi",
                        id: a.clone(),
                    });
                }
            }
            let department_refs = entry
                .department
                .iter()
                .map(|d| ("ansvarig förvaltning", d))
                .chain(
                    entry
                        .contact
                        .iter()
                        .filter_map(|c| c.department.as_ref())
                        .map(|d| ("kontaktpersonens förvaltning", d)),
                );
            for (field, d) in department_refs {
                if !departments.contains(d.as_str()) {
                    problems.push(unknown(field, d));
                }
            }
            if let (Some(from), Some(Until::Date(until))) =
                (entry.validity.from, entry.validity.until)
            {
                if from.first_day() > until.last_day() {
                    problems.push(Problem::FromAfterUntil { entry: owner() });
                }
            }
            for link in &entry.links {
                if !(link.starts_with("https://") || link.starts_with("http://")) {
                    problems.push(Problem::BadLink {
                        entry: owner(),
                        link: link.clone(),
                    });
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
    fn slugs() {
        for ok in ["sh", "idun-loven", "ulf-2025", "a"] {
            assert!(is_slug(ok), "{ok}");
        }
        for bad in ["", "SH", "-sh", "sh-", "s--h", "söder", "s h", "s_h", "s,h"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
