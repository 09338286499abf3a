//! The register's history in English (`LogTexts`).

use super::texts::LogTexts;
use crate::history::{Fault, Field, KEPT_MONTHS, KEPT_PUBLICATIONS};

pub static EN_LOG: LogTexts = LogTexts {
    nav: "Change log",
    intro: "Every publication of the register that changed something, newest first: which entries were added, what changed in each entry and which were removed.",
    empty: "No publication has changed the register since the change log began.",
    publication: |day| format!("Published {day}"),
    counts: |added, changed, removed| {
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} added"));
        }
        if changed > 0 {
            parts.push(format!("{changed} changed"));
        }
        if removed > 0 {
            parts.push(format!("{removed} removed"));
        }
        parts.join(", ")
    },
    added: "Added entries",
    changed: "Changed entries",
    removed: "Removed entries",
    cut: |until, n| format!(
        "The change log keeps the last {KEPT_MONTHS} months and at most {KEPT_PUBLICATIONS} publications. {n} older {}, up to {until}, {} been cut from it.",
        if n == 1 { "publication" } else { "publications" },
        if n == 1 { "has" } else { "have" }
    ),
    field: |f| match f {
        Field::Name => "Name",
        Field::Category => "Category",
        Field::Academies => "Academies",
        Field::Partners => "Other parties",
        Field::Department => "Responsible department",
        Field::ContactName => "Contact",
        Field::ContactTitle => "Contact's title",
        Field::ContactDepartment => "Contact's department",
        Field::From => "Valid from",
        Field::Until => "Valid until",
        Field::AsWritten => "Validity as in the memo",
        Field::Ended => "Listed as past collaboration",
        Field::Description => "Description",
        Field::Comment => "Comment",
        Field::Links => "Links",
        Field::Source => "Source in the memo",
    },
    yes: "yes",
    no: "no",
    nothing: "(empty)",
    long_changed: "changed",
    to: "became",
    show_both: "Show before and after",
    before: "Before",
    after: "After",
    entry_heading: "Changes",
    entry_added: "Added to the register",
    entry_removed: "Removed from the register",
    entry_none: "No published changes since the change log began.",
    news_removed: "Removed",
    to_log: "The whole change log",
    fault: |at, f| {
        let which = if at == 0 {
            "the history's latest publication".to_string()
        } else {
            format!("the history's publication no. {} (counting from the latest)", at + 1)
        };
        let what = match f {
            Fault::NotADay(d) => format!("the date “{d}” is not a day (YYYY-MM-DD)"),
            Fault::OutOfOrder => "it is newer than the publication before it; the latest comes first".into(),
            Fault::AfterUpdated => "it is dated after the register's “last updated”".into(),
            Fault::BadDigest(d) => format!("“from” must be 16 hexadecimal digits, not “{d}”"),
            Fault::Empty => "it holds no change".into(),
            Fault::Repeated(id) => format!("the entry “{id}” appears in it more than once"),
            Fault::BadField(id) => format!("the change to the entry “{id}” has no field, a field twice, or a field whose old and new values are the same"),
            Fault::OverBounds => format!("it is beyond the bounds ({KEPT_MONTHS} months, {KEPT_PUBLICATIONS} publications) and should have been cut; publish with Publicera or scripts/publish.sh"),
            Fault::NotTheRegister(id) => format!("what it says of the entry “{id}” does not match the register (added or changed but missing, or removed but still there)"),
        };
        format!("{which}: {what}")
    },
};
