//! The register's history in English (`PublicationTexts`).

use super::texts::PublicationTexts;
use crate::history::{Fault, Field, KEPT_MONTHS, KEPT_PUBLICATIONS};

pub static EN_PUBLICATION: PublicationTexts = PublicationTexts {
    log_title: "Change log",
    log_intro: "Every publication of the register that changed something, newest first: which entries were added, what changed in each entry and which were removed.",
    log_empty: "No publication has changed the register since the change log began.",
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
    bundle_download: "Download everything as one zip file",
    bundle_failed: "The zip file could not be made in the browser. Download the files one by one below; they are the same.",
    bundle_hint: "One file for IT with the four files and the page describing the open-data columns (oppna-data.html), their SHA-256 checksums and short instructions. A browser may rename a second download of the same name, such as register (1).json; that does not happen to the files in the zip.",
    bundle_readme: |day, names, sums| format!(
        "Samverkansregistret – publication {day}\r\n\r\n\
         1. Replace the files of the same names in the app's folder on the web server with these files: {}. No other file changes, and nothing needs building.\r\n\
         2. Check that the files arrived unchanged. In the folder with the files: sha256sum -c SHA256SUMS (Linux, macOS: shasum -a 256 -c SHA256SUMS; Windows PowerShell: Get-FileHash register.json). The checksums (SHA-256):\r\n\r\n{}\r\n\
         3. Open the app: the footer should say Last updated {day}.\r\n\r\n\
         More: docs/PUBLISHING.md in the app's source.\r\n",
        names.join(", "),
        sums.replace('\n', "\r\n")
    ),
    doc_title: "Samverkansregistret as open data",
    doc_intro: "Huddinge municipality's register of collaborations with universities and colleges (the academies), as open data. The files are beside the app and replaced by every publication. Dates are written YYYY, YYYY-MM or YYYY-MM-DD, at the precision the memo (PM) gives. The column names and the values are in Swedish.",
    doc_columns: [
        "The collaboration's name: forum, agreement, student programme or partnership.",
        "The section of the memo it is listed under.",
        "The universities and colleges taking part, separated by commas; empty where the memo names none.",
        "Parties other than the academies, as in the memo, separated by commas.",
        "The municipal department or unit responsible.",
        "The contact's name.",
        "The contact's title.",
        "The contact's department: their own where it differs from the responsible one, else the responsible one.",
        "When the collaboration began, as in the memo (year, month or day).",
        "The same as a day: the first day of the period.",
        "When it ends, as in the memo, or “tills vidare” (until further notice).",
        "The same as a day: the last day of the period; empty for “tills vidare”.",
        "The validity in the memo's own words.",
        "Aktiv (active), Löper ut (expiring within 6 months) or Avslutad (ended), as of the day the file was published.",
        "The memo's description.",
        "Web addresses, separated by spaces.",
        "The entry's fixed id, as in register.json and in the app's links (?post=id).",
    ],
    doc_without_contacts: "The municipality has chosen to leave the contacts' names and titles out of the open data, so register.csv has no such columns.",
    doc_files: [
        "register.csv: the register as a table, one row per entry, comma-separated UTF-8 (RFC 4180). Its columns:",
        "register.json: the register in the app's own format, with the history of what each publication changed. The format is described in docs/DATA.md in the app's source.",
        "dcat.rdf: the description of the dataset in DCAT-AP-SE, which Sveriges dataportal reads.",
    ],
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
