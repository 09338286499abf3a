//! The order of the results (`sortera=`): by a column of the table, ascending or descending.
//! Without a sort the results keep the search's order (best match first, else the register's).
//!
//! Text sorts in Swedish alphabetical order (å, ä, ö after z; case and other accents ignored).
//! An entry that lacks the value (no academy named, no end given) comes last in either direction,
//! and entries that tie keep the order they had, so a sort by status keeps the best match first
//! within each status.

use std::cmp::Ordering;

use chrono::NaiveDate;

use super::date::Until;
use super::model::Entry;
use super::names::{Form, Kind};
use super::query::Catalog;
use super::unicode::{is_combining_mark, nfd};

/// A column of the table, and a key of the sort. Ids are a public contract (`sortera=slut`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    Name,
    Category,
    Academies,
    Department,
    Contact,
    /// The first day of validity.
    Start,
    /// The last day of validity; "tills vidare" after every date.
    End,
    Status,
}

impl Column {
    /// In the order the table shows them.
    pub const ALL: [Column; 8] = [
        Column::Name,
        Column::Category,
        Column::Academies,
        Column::Department,
        Column::Contact,
        Column::Start,
        Column::End,
        Column::Status,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Column::Name => "namn",
            Column::Category => "kategori",
            Column::Academies => "akademi",
            Column::Department => "forvaltning",
            Column::Contact => "kontakt",
            Column::Start => "start",
            Column::End => "slut",
            Column::Status => "status",
        }
    }

    pub fn from_id(id: &str) -> Option<Column> {
        Column::ALL.into_iter().find(|c| c.id() == id)
    }
}

/// `sortera=<column>`, or `sortera=-<column>` for descending.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sort {
    pub column: Column,
    pub descending: bool,
}

impl Sort {
    pub fn ascending(column: Column) -> Sort {
        Sort {
            column,
            descending: false,
        }
    }

    /// The URL value: `slut`, `-slut`.
    pub fn id(self) -> String {
        let sign = if self.descending { "-" } else { "" };
        format!("{sign}{}", self.column.id())
    }

    pub fn parse(value: &str) -> Option<Sort> {
        let value = value.trim();
        let (descending, id) = match value.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, value),
        };
        Column::from_id(id).map(|column| Sort { column, descending })
    }

    /// What a click on `column`'s header gives: ascending first, then the other way round.
    pub fn toggled(current: Option<Sort>, column: Column) -> Sort {
        match current {
            Some(s) if s.column == column => Sort {
                column,
                descending: !s.descending,
            },
            _ => Sort::ascending(column),
        }
    }
}

/// A text's place in Swedish alphabetical order: lowercase, å ä ö (and æ ø) after z, every other
/// accent dropped (é sorts as e). Works on the decomposed form, so composed and decomposed input
/// sort alike.
pub fn swedish_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len());
    let decomposed = nfd(s);
    let mut chars = decomposed.chars().flat_map(char::to_lowercase).peekable();
    while let Some(c) = chars.next() {
        let mark = chars.peek().copied();
        let letter = match (c, mark) {
            ('a', Some('\u{30a}')) => Some('\u{7b}'),
            ('a', Some('\u{308}')) => Some('\u{7c}'),
            ('o', Some('\u{308}')) => Some('\u{7d}'),
            _ => None,
        };
        match letter {
            Some(l) => {
                chars.next();
                key.push(l);
            }
            None => match c {
                'æ' => key.push('\u{7c}'),
                'ø' => key.push('\u{7d}'),
                c if is_combining_mark(c) => {}
                c => key.push(c),
            },
        }
    }
    key
}

/// One entry's value in a column, ready to compare; `None` sorts last.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Text(String),
    Date(NaiveDate),
    /// "Tills vidare": after every date.
    Open,
    Rank(usize),
}

impl Catalog {
    fn sort_key(&self, i: usize, column: Column) -> Option<Key> {
        let r = &self.register;
        let e: &Entry = r.entries.get(i)?;
        let text = |s: String| Some(Key::Text(swedish_key(&s)));
        match column {
            Column::Name => text(e.name.clone()),
            Column::Category => text(r.display_name(Kind::Category, &e.category, Form::Name)),
            Column::Academies => {
                let first = e.academies.first()?;
                text(r.display_name(Kind::Academy, first, Form::Short))
            }
            Column::Department => {
                let d = e.department.as_deref()?;
                text(r.display_name(Kind::Department, d, Form::Short))
            }
            Column::Contact => text(e.contact.as_ref()?.name.clone()),
            Column::Start => Some(Key::Date(e.validity.from?.first_day())),
            Column::End => match e.validity.until? {
                Until::Date(d) => Some(Key::Date(d.last_day())),
                Until::FurtherNotice => Some(Key::Open),
            },
            Column::Status => {
                let s = self.status(i);
                Some(Key::Rank(
                    super::date::Status::ALL
                        .iter()
                        .position(|x| *x == s)
                        .unwrap_or(usize::MAX),
                ))
            }
        }
    }

    /// Orders `hits` by `sort`, stably: entries that tie keep their order.
    pub fn sort(&self, hits: &mut [usize], sort: Sort) {
        let mut keyed: Vec<(Option<Key>, usize)> = hits
            .iter()
            .map(|&i| (self.sort_key(i, sort.column), i))
            .collect();
        keyed.sort_by(|(a, _), (b, _)| match (a, b) {
            (Some(a), Some(b)) if sort.descending => b.cmp(a),
            (Some(a), Some(b)) => a.cmp(b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        });
        for (slot, (_, i)) in hits.iter_mut().zip(keyed) {
            *slot = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_letters_come_after_z_in_either_form() {
        let mut words = vec!["Örebro", "Zeta", "Ängby", "Åby", "alfa", "Éta", "Ostra"];
        words.sort_by_key(|w| swedish_key(w));
        assert_eq!(
            words,
            ["alfa", "Éta", "Ostra", "Zeta", "Åby", "Ängby", "Örebro"]
        );
        assert_eq!(swedish_key("A\u{30a}by"), swedish_key("Åby"));
        assert_eq!(swedish_key("o\u{308}"), swedish_key("ö"));
        assert_eq!(swedish_key("Æ"), swedish_key("ä"));
    }

    #[test]
    fn sort_ids_round_trip() {
        for c in Column::ALL {
            for descending in [false, true] {
                let s = Sort {
                    column: c,
                    descending,
                };
                assert_eq!(Sort::parse(&s.id()), Some(s));
            }
        }
        assert_eq!(Sort::parse("-slut").map(|s| s.descending), Some(true));
        assert_eq!(Sort::parse("slutt"), None);
        assert_eq!(Sort::parse("--slut"), None);
        assert_eq!(Sort::parse(""), None);
        let end = Sort::ascending(Column::End);
        assert_eq!(Sort::toggled(None, Column::End), end);
        assert!(Sort::toggled(Some(end), Column::End).descending);
        assert_eq!(
            Sort::toggled(Some(end), Column::Name),
            Sort::ascending(Column::Name)
        );
    }
}
