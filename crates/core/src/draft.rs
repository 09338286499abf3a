//! The edit form's content as typed, its validation into an [`Entry`], and what saving it writes
//! into the overlay. Errors are per field so the form can show each next to its input.

use super::change::{Op, Side};
use super::date::{DatePoint, Until, UNTIL_FURTHER_NOTICE};
use super::model::{Academy, Contact, Department, Entry, Register, Validity};
use super::overlay::Overlay;
use super::search::fold;
use super::validate::{clean_text, free_id, is_safe_link, is_slug, trim_text};

/// Every field of an entry as the form holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    /// `None` for a new entry: the id is made from the name on save.
    pub id: Option<String>,
    pub name: String,
    pub category: String,
    pub academies: Vec<String>,
    /// One per line.
    pub partners: String,
    pub department: String,
    pub contact_name: String,
    pub contact_title: String,
    pub contact_department: String,
    pub from: String,
    pub until: String,
    pub until_further_notice: bool,
    pub as_written: String,
    pub ended: bool,
    pub description: String,
    pub comment: String,
    /// One per line.
    pub links: String,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Category,
    Academies,
    Department,
    ContactName,
    ContactDepartment,
    From,
    Until,
    Links,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldError {
    Required,
    /// A choice that is not in the register's lists.
    Unknown(String),
    /// Not `ÅÅÅÅ`, `ÅÅÅÅ-MM` or `ÅÅÅÅ-MM-DD`.
    BadDate(String),
    FromAfterUntil,
    BadLink(String),
    /// A title or department but no name.
    NameMissing,
    /// Both an end date and "tills vidare".
    EndAndFurtherNotice,
}

fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(trim_text)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

fn opt(s: &str) -> Option<String> {
    let t = trim_text(s);
    (!t.is_empty()).then(|| t.to_string())
}

/// A lowercase ASCII slug from any text: `Göteborgs universitet` → `goteborgs-universitet`.
pub fn slug(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(48).collect();
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "post".to_string()
    } else {
        out
    }
}

/// `slug(text)`, with `-2`, `-3` … added until `taken` says it is free.
pub fn unique_slug(text: &str, taken: impl Fn(&str) -> bool) -> String {
    free_id(slug(text), taken)
}

impl Draft {
    pub fn from_entry(e: &Entry) -> Draft {
        let contact = e.contact.clone().unwrap_or(Contact {
            name: String::new(),
            title: None,
            department: None,
        });
        Draft {
            id: Some(e.id.clone()),
            name: e.name.clone(),
            category: e.category.clone(),
            academies: e.academies.clone(),
            partners: e.partners.join("\n"),
            department: e.department.clone().unwrap_or_default(),
            contact_name: contact.name,
            contact_title: contact.title.unwrap_or_default(),
            contact_department: contact.department.unwrap_or_default(),
            from: e.validity.from.map(|d| d.to_string()).unwrap_or_default(),
            until: match e.validity.until {
                Some(Until::Date(d)) => d.to_string(),
                _ => String::new(),
            },
            until_further_notice: e.validity.until == Some(Until::FurtherNotice),
            as_written: e.validity.as_written.clone().unwrap_or_default(),
            ended: e.ended,
            description: e.description.clone(),
            comment: e.comment.clone().unwrap_or_default(),
            links: e.links.join("\n"),
            source: e.source.clone(),
        }
    }

    /// A new entry's draft, in the first category.
    pub fn new_in(register: &Register) -> Draft {
        Draft {
            category: register
                .categories
                .first()
                .map(|c| c.id.clone())
                .unwrap_or_default(),
            ..Draft::default()
        }
    }

    /// The entry this draft describes, or every field's problem. What was typed or pasted is
    /// taken as [`clean_text`] leaves it: a line break pasted from Word (a vertical tab) is a
    /// line break, and no other control character a file may not hold reaches the register.
    pub fn to_entry(&self, register: &Register) -> Result<Entry, Vec<(Field, FieldError)>> {
        self.cleaned().entry(register)
    }

    fn cleaned(&self) -> Draft {
        let c = |s: &String| clean_text(s);
        Draft {
            id: self.id.clone(),
            name: c(&self.name),
            category: self.category.clone(),
            academies: self.academies.clone(),
            partners: c(&self.partners),
            department: self.department.clone(),
            contact_name: c(&self.contact_name),
            contact_title: c(&self.contact_title),
            contact_department: self.contact_department.clone(),
            from: c(&self.from),
            until: c(&self.until),
            until_further_notice: self.until_further_notice,
            as_written: c(&self.as_written),
            ended: self.ended,
            description: c(&self.description),
            comment: c(&self.comment),
            links: c(&self.links),
            source: c(&self.source),
        }
    }

    fn entry(&self, register: &Register) -> Result<Entry, Vec<(Field, FieldError)>> {
        let mut errors = Vec::new();
        let name = trim_text(&self.name).to_string();
        if name.is_empty() {
            errors.push((Field::Name, FieldError::Required));
        }
        if register.category(&self.category).is_none() {
            errors.push((Field::Category, FieldError::Unknown(self.category.clone())));
        }
        for a in &self.academies {
            if register.academy(a).is_none() {
                errors.push((Field::Academies, FieldError::Unknown(a.clone())));
            }
        }
        let department = opt(&self.department);
        if let Some(d) = &department {
            if register.department(d).is_none() {
                errors.push((Field::Department, FieldError::Unknown(d.clone())));
            }
        }
        let contact_department = opt(&self.contact_department);
        if let Some(d) = &contact_department {
            if register.department(d).is_none() {
                errors.push((Field::ContactDepartment, FieldError::Unknown(d.clone())));
            }
        }
        let contact = match opt(&self.contact_name) {
            Some(n) => Some(Contact {
                name: n,
                title: opt(&self.contact_title),
                department: contact_department,
            }),
            None => {
                if opt(&self.contact_title).is_some() || contact_department.is_some() {
                    errors.push((Field::ContactName, FieldError::NameMissing));
                }
                None
            }
        };
        let date = |field: Field, s: &str, errors: &mut Vec<(Field, FieldError)>| match opt(s) {
            None => None,
            Some(t) => match DatePoint::parse(&t) {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push((field, FieldError::BadDate(t)));
                    None
                }
            },
        };
        let from = date(Field::From, &self.from, &mut errors);
        let typed_until = trim_text(&self.until);
        let until = if self.until_further_notice
            && !typed_until.is_empty()
            && typed_until != UNTIL_FURTHER_NOTICE
        {
            errors.push((Field::Until, FieldError::EndAndFurtherNotice));
            None
        } else if self.until_further_notice || typed_until == UNTIL_FURTHER_NOTICE {
            Some(Until::FurtherNotice)
        } else {
            date(Field::Until, &self.until, &mut errors).map(Until::Date)
        };
        if let (Some(f), Some(Until::Date(u))) = (from, until) {
            if f.first_day() > u.last_day() {
                errors.push((Field::Until, FieldError::FromAfterUntil));
            }
        }
        let links = lines(&self.links);
        for l in &links {
            if !is_safe_link(l) {
                errors.push((Field::Links, FieldError::BadLink(l.clone())));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let id = match &self.id {
            Some(id) if is_slug(id) => id.clone(),
            _ => unique_slug(&name, |s| register.entry(s).is_some()),
        };
        let mut seen = std::collections::HashSet::new();
        let academies: Vec<String> = self
            .academies
            .iter()
            .filter(|a| seen.insert(*a))
            .cloned()
            .collect();
        Ok(Entry {
            id,
            name,
            category: self.category.clone(),
            academies,
            partners: lines(&self.partners),
            department,
            contact,
            validity: Validity {
                from,
                until,
                as_written: opt(&self.as_written),
            },
            ended: self.ended,
            description: trim_text(&self.description).to_string(),
            comment: opt(&self.comment),
            links,
            source: trim_text(&self.source).to_string(),
        })
    }
}

/// A draft that passed its checks, ready to go into the overlay ([`Saved::apply`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    pub entry: Entry,
    /// The draft edited an entry that exists, rather than making a new one.
    pub existing: bool,
    /// The academies and departments the entry names, as the form knew them.
    academies: Vec<Academy>,
    departments: Vec<Department>,
}

impl Draft {
    /// Checks the draft against `register` plus the academies and departments added in the form
    /// (so a choice made there is known), and returns what saving it writes.
    pub fn save(
        &self,
        register: &Register,
        new_academies: &[Academy],
        new_departments: &[Department],
    ) -> Result<Saved, Vec<(Field, FieldError)>> {
        let mut known = register.clone();
        known.academies.extend(new_academies.iter().cloned());
        known.departments.extend(new_departments.iter().cloned());
        let entry = self.to_entry(&known)?;
        let academies = entry
            .academies
            .iter()
            .filter_map(|a| known.academy(a))
            .cloned()
            .collect();
        let departments = entry
            .department
            .iter()
            .chain(entry.contact.iter().filter_map(|k| k.department.as_ref()))
            .filter_map(|d| known.department(d))
            .cloned()
            .collect();
        Ok(Saved {
            entry,
            existing: self.id.is_some(),
            academies,
            departments,
        })
    }
}

impl Saved {
    /// What saving writes, as operations: the academies and departments the entry names that the
    /// published register lacks (added in the form, or by an earlier edit), then the entry, from
    /// `before` (as the form last showed it) to the saved one. Replayed on the stored edits
    /// ([`Overlay::perform`]), so a field another tab changed meanwhile, and this form did not,
    /// keeps the other tab's value.
    pub fn ops(self, published: &Register, before: Option<Entry>) -> Vec<Op> {
        let mut ops: Vec<Op> = Vec::new();
        for a in self.academies {
            if published.academy(&a.id).is_none() {
                ops.push(Op::AddAcademy(a));
            }
        }
        for d in self.departments {
            if published.department(&d.id).is_none() {
                ops.push(Op::AddDepartment(d));
            }
        }
        ops.push(Op::Entry {
            id: self.entry.id.clone(),
            before,
            after: Some(self.entry),
        });
        ops
    }

    /// Writes the entry into `overlay` as it stands, from what the overlay shows now.
    pub fn apply(self, overlay: &mut Overlay, published: &Register) {
        let before = overlay.current(published, &self.entry.id).cloned();
        for op in self.ops(published, before) {
            overlay.perform(published, &op);
        }
    }
}

/// Every field of the form, for saying which of them two versions both changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Name,
    Category,
    Academies,
    Partners,
    Department,
    ContactName,
    ContactTitle,
    ContactDepartment,
    From,
    Until,
    UntilFurtherNotice,
    AsWritten,
    Ended,
    Description,
    Comment,
    Links,
    Source,
}

/// Runs `$m!(field, Part)` for every field of a draft but its id.
macro_rules! each_part {
    ($m:ident) => {
        $m!(name, Name);
        $m!(category, Category);
        $m!(academies, Academies);
        $m!(partners, Partners);
        $m!(department, Department);
        $m!(contact_name, ContactName);
        $m!(contact_title, ContactTitle);
        $m!(contact_department, ContactDepartment);
        $m!(from, From);
        $m!(until, Until);
        $m!(until_further_notice, UntilFurtherNotice);
        $m!(as_written, AsWritten);
        $m!(ended, Ended);
        $m!(description, Description);
        $m!(comment, Comment);
        $m!(links, Links);
        $m!(source, Source);
    };
}

impl Draft {
    /// `mine` and `theirs`, both made from `base`, field by field: a field only one side changed
    /// takes that side's value; one both changed takes `prefer`'s. How the form takes in a change
    /// made in another tab while it was open.
    pub fn merge(base: &Draft, mine: &Draft, theirs: &Draft, prefer: Side) -> Draft {
        let mut out = mine.clone();
        macro_rules! field {
            ($f:ident, $p:ident) => {
                out.$f = if mine.$f == base.$f {
                    theirs.$f.clone()
                } else if theirs.$f == base.$f {
                    mine.$f.clone()
                } else {
                    match prefer {
                        Side::Mine => mine.$f.clone(),
                        Side::Theirs => theirs.$f.clone(),
                    }
                };
            };
        }
        each_part!(field);
        out
    }

    /// The fields `mine` and `theirs` both changed from `base`, to different values.
    pub fn conflicts(base: &Draft, mine: &Draft, theirs: &Draft) -> Vec<Part> {
        let mut out = Vec::new();
        macro_rules! field {
            ($f:ident, $p:ident) => {
                if mine.$f != base.$f && theirs.$f != base.$f && mine.$f != theirs.$f {
                    out.push(Part::$p);
                }
            };
        }
        each_part!(field);
        out
    }
}

impl Draft {
    /// What a text field holds, for showing another version of it (`None` for a choice, a list
    /// of academies or a checkbox, which the form shows itself).
    pub fn text_of(&self, part: Part) -> Option<&str> {
        let text = match part {
            Part::Name => &self.name,
            Part::Partners => &self.partners,
            Part::ContactName => &self.contact_name,
            Part::ContactTitle => &self.contact_title,
            Part::From => &self.from,
            Part::Until => &self.until,
            Part::AsWritten => &self.as_written,
            Part::Description => &self.description,
            Part::Comment => &self.comment,
            Part::Links => &self.links,
            Part::Source => &self.source,
            Part::Category
            | Part::Academies
            | Part::Department
            | Part::ContactDepartment
            | Part::UntilFurtherNotice
            | Part::Ended => return None,
        };
        Some(text)
    }
}

impl Draft {
    /// Keeps the shown validity true to the dates. The memo's wording ("2025–2026") describes
    /// the dates it came with; when a save changes the dates (from, until, "tills vidare") and
    /// leaves the wording as it was, the wording goes, and the validity is shown from the new
    /// dates instead of contradicting them. A wording edited along with the dates stays.
    pub fn follow_dates(&mut self, opened: &Draft) {
        let dates = |d: &Draft| {
            (
                trim_text(&d.from).to_string(),
                trim_text(&d.until).to_string(),
                d.until_further_notice,
            )
        };
        if dates(self) != dates(opened) && self.as_written == opened.as_written {
            self.as_written.clear();
        }
    }
}
