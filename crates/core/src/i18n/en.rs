//! English: the interface's second language. Register content stays Swedish, as written.

use super::en_phrases::entries;
use super::texts::{
    first_problems, if_any, isolated as iso, join_and, megabytes, Statement, Texts, MAX_MB,
};
use crate::date::{Status, StatusReason, Until, EXPIRING_MONTHS};
use crate::exchange::{CsvText, ImportError};
use crate::load::{Shape, SourceProblem};
use crate::names::Kind;
use crate::query::Facet;
use crate::sort::Column;
use crate::url::Notice;
use crate::validate::{List, Owner, Problem, RefField};

/// "The file has 3 problems: …", at most a few problems listed.
fn problems_sentence(problems: &[Problem]) -> String {
    let (shown, more) = first_problems(problems, EN.problem);
    let rest = if_any(more, |n| format!(" … and {n} more"));
    let one = problems.len() == 1;
    let noun = if one { "problem" } else { "problems" };
    format!("The file has {} {noun}: {shown}{rest}.", problems.len())
}

pub static EN: Texts = Texts {
    in_this_language: "In English",
    app_name: "Samverkansregistret",
    organisation: "Huddinge Municipality",
    tagline: "The municipality's collaboration with universities and colleges",
    skip_to_content: "Skip to content",
    skip_to_filters: "Skip to the filters",
    skip_to_results: "Skip to the results",
    main_menu: "Main menu",
    nav_list: "List",
    nav_about: "About the register",
    nav_relation: "Relations",
    nav_timeline: "Timeline",
    nav_table: "Table",
    show_as: "Show as",
    in_the_memo: "in the memo:",
    cell_info_hint: "Tap, click or move to a cell to see which entries it counts.",
    axis_span: |from, to| format!("The time axis shows {from} to {to}."),
    show_whole_period: "Show the whole period",
    show_near_period: "Show the coming years",
    past_axis: "continues past the axis",
    before_axis: "ended before the axis begins",
    after_axis: "starts after the axis ends",
    table_heading: "Collaborations as a table",
    table_caption: "Entries matching the filters, one row per entry. Choose a column heading to sort.",
    col_department_short: "Department",
    sort_by: |column| format!("Sort by {}", crate::unicode::lowercase(column)),
    sort_label: "Sort",
    sort_default: "Best match first",
    sort_option: |s| {
        let column = match s.column {
            Column::Name => "Name",
            Column::Category => "Category",
            Column::Academies => "University",
            Column::Department => "Department",
            Column::Contact => "Contact",
            Column::Start => "Valid from",
            Column::End => "Valid until",
            Column::Status => "Status",
        };
        let way = match (s.column, s.descending) {
            (Column::Start | Column::End, false) => "earliest first",
            (Column::Start | Column::End, true) => "latest first",
            (Column::Status, false) => "active first",
            (Column::Status, true) => "ended first",
            (_, false) => "A–Z",
            (_, true) => "Z–A",
        };
        format!("{column}, {way}")
    },
    nav_accessibility: "Accessibility statement",
    list_heading: "Collaboration with universities and colleges",
    results_heading: "Entries",
    document_title: |view| format!("{view} – Samverkansregistret – Huddinge Municipality"),
    relation_heading: "Universities and departments",
    relation_hint: "Number of collaboration entries per university (row) and responsible department (column), for the search and the category and status filters. Tap or click a cell to see its entries here and filter by it, or a university or department to filter by it; choose it again to remove the filter. With the keyboard the arrow keys move between cells and Enter chooses.",
    relation_entries: "Entries with the chosen filters",
    relation_empty: "No entry naming a university matches the search and filters.",
    matrix_note: "Ended entries are not counted unless the status filter Ended is chosen. “Entries in total” counts each entry once, also where it stands in several cells.",
    matrix_total: "Entries in total",
    matrix_caption: "Number of entries per university and responsible department",
    total: "Total",
    diagram_label: "Diagram of the same figures as the table: universities on the left, departments on the right, line width by number of entries and colour by status.",
    diagram_caption: "The same figures as the table. Line width shows the number of entries, colour the status: ",
    unplaced_heading: "What the matrix does not show",
    timeline_heading: "Validity over time",
    timeline_chart_heading: "All chosen entries on the time axis",
    timeline_hint: "One bar per entry, sorted by end date. The vertical line is today's date. Choose an entry to open it.",
    expiring_heading: "Expiring within 6 months",
    expiring_none: "None of the chosen entries expires within 6 months.",
    today: "Today",
    open_further_notice: "until further notice, continues past the axis",
    open_not_given: "no end given",
    end_unknown: "end date not in the memo",
    dates_unknown: "dates not in the memo",
    further_notice: "until further notice",
    search_label: "Search the register",
    search_placeholder: "Name, university, department, contact …",
    filters_heading: "Filter",
    filters_toggle: |n| if n == 0 { "Filters".into() } else { format!("Filters ({n})") },
    show_hits: |n| if n == 1 { "Show 1 entry".into() } else { format!("Show {n} entries") },
    nav_register: "The register",
    matrix_legend: "The departments in the table",
    cell_entries: "The entries in the chosen cell",
    print_link: "This view on the web:",
    active_filters: "Active filters",
    clear_all: "Clear all",
    copy_link: "Copy link",
    show_qr: "Show QR code",
    qr_heading: "This view as a QR code",
    qr_label: "QR code with the link to this view",
    qr_too_long: "The link is too long for a QR code. Copy it instead.",
    add_to_calendar: "Add to calendar",
    share_toolbar: "Share",
    calendar_hint: "Downloads a calendar file (.ics) for Outlook, Google and Apple with end dates and a renewal reminder six months before.",
    calendar_ends: "Ends",
    calendar_renew: "Time to renew",
    calendar_done: |events, entries| match entries {
        1 => format!("The calendar file has been downloaded: {events} events for 1 entry."),
        n => format!("The calendar file has been downloaded: {events} events for {n} entries."),
    },
    calendar_without: |n| match n { 1 => "1 entry has no end date and is not in the file:".to_string(), n => format!("{n} entries have no end date and are not in the file:"), },
    calendar_inside: |n| match n { 1 => "1 entry is already within six months of its end, so the reminder to renew is on the next working day:".to_string(), n => format!("{n} entries are already within six months of their end, so the reminder to renew is on the next working day:"), },
    calendar_none: "None of the entries has an end date, so there is nothing to add to a calendar.",
    and_more: |n| format!("… and {n} more"),
    catalog_title: "Samverkansregistret (register of collaborations with universities)",
    catalog_description: "The municipality's collaborations with universities and colleges as open data: forums, agreements, student programmes and partnerships, with the responsible department, contact person and period of validity.",
    dataset_title: "Collaboration with universities and colleges",
    dataset_description: |source| format!(
        "The forums, agreements, student programmes and partnerships that {} has with universities and colleges, with the responsible department, contact person and title, period of validity and description, including ended collaborations. The text of the register is in Swedish. Source: {} {}, reference {}.",
        source.organisation, source.kind, source.date, source.dnr
    ),
    dataset_keywords: &["collaboration", "universities", "higher education", "colleges", "agreements", "ULF agreements", "work placements"],
    distribution_title: |format| format!("The register as {format}"),
    news_heading: "New since your last visit",
    news_summary: |added, changed, removed| {
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} new {}", if added == 1 { "entry" } else { "entries" }));
        }
        if changed > 0 {
            parts.push(format!("{changed} changed"));
        }
        if removed > 0 {
            parts.push(format!("{removed} removed"));
        }
        format!("The register has been published again: {}.", join_and(&parts, "and"))
    },
    news_added: "New",
    news_changed: "Changed",
    news_removed: |n| match n { 1 => "1 entry that was there last time is no longer in the register.".to_string(), n => format!("{n} entries that were there last time are no longer in the register."), },
    news_only_filter: "New since your last visit",
    news_show: "Show only these",
    news_mark_read: "Mark as read",
    news_not_saved: "This browser could not remember that you have read it, because its storage is full or switched off. The notice will come back next time.",
    link_copied: "The link to this view has been copied.",
    copy_manually: "Copy the link below (Ctrl+C):",
    close: "Close",
    back_to_list: "Back",
    no_results: "No entries match.",
    no_results_combined: "No single change helps – it is the combination that hides everything.",
    without_search: |n| format!("Without the search: {n} {}", entries(n)),
    col_category: "Category",
    col_academies: "Universities",
    col_department: "Responsible department",
    col_contact: "Contact",
    col_validity: "Validity",
    col_status: "Status",
    label_partners: "Other partners",
    label_description: "Description",
    label_comment: "Comment",
    label_links: "Links",
    label_source: "Source in the memo",
    label_category_about: "About the category",
    label_contact_department: "Contact's department",
    label_from: "Valid from",
    label_until: "Valid until",
    related_heading: "Related entries (same university or department)",
    none_named: "None named in the memo",
    not_given: "Not given",
    entry_not_found: "The entry is not in the register.",
    notices_heading: "Parts of the link could not be used and were ignored:",
    about_heading: "About the register",
    about_background: "Background",
    about_strategy: "Strategy",
    about_purposes: "Purposes of the collaboration",
    about_categories: "Categories in the register",
    about_managed_by: "The strategy is managed by",
    about_source: "Source",
    about_status_rules: "Status is computed from today's date: Ended if the entry is listed under Tidigare samverkan (former collaboration) or its validity has passed (an end year means 31 December of that year), Expiring if it ends within 6 months, otherwise Active – also for “until further notice” and when no end is given.",
    content_in_swedish: "The register's content is shown as written in the memo, in Swedish.",
    updated_on: |day| format!("Last updated {day}"),
    source_failed_heading: "The register could not be read",
    source_failed_intro: "The register file (register.json) on the web server cannot be used, and this browser has no earlier copy to show instead. Nothing has been changed: your local edits are still in this browser.",
    source_failed_advice: "Reload the page in a while. If the error remains, contact the register's maintainer and tell them what this page says.",
    source_problems_heading: "Errors in the file",
    more_problems: |n| format!("… and {n} more {}.", if n == 1 { "error" } else { "errors" }),
    try_again: "Try again",
    source_problem: |p| match p {
        SourceProblem::Unreachable => "The web server did not answer, or you are offline.".into(),
        SourceProblem::Http(404) => "The file register.json is not on the web server (HTTP 404).".into(),
        SourceProblem::Http(code) => format!("The web server answered with an error (HTTP {code}) instead of the file register.json."),
        SourceProblem::Unreadable(ImportError::Invalid(problems)) => format!(
            "The file register.json has {} {} and cannot be used.",
            problems.len(),
            if problems.len() == 1 { "error" } else { "errors" }
        ),
        SourceProblem::Unreadable(e) => format!("The file register.json cannot be used. {}", (EN.import_error)(e)),
    },
    source_stale: |reason, day| format!("The published register could not be read: {reason} You are seeing the latest version this browser read, last updated {day}."),
    publish: "Publish …",
    publish_heading: "Publish the register",
    publish_summary: |n, day| match n {
        0 => format!("This browser has no local edits: the files are the published register as it is, with {day} as its last-updated date."),
        1 => format!("The published register with 1 local edit from this browser, with {day} as its last-updated date."),
        n => format!("The published register with {n} local edits from this browser, with {day} as its last-updated date."),
    },
    publish_steps: &[
        "Download the four files below: register.json (the register), index.html (the start page, with the register's first view for readers who open it before the app has loaded or without JavaScript), register.csv (the register as open data) and dcat.rdf (the description of the open data, which Sweden's data portal reads).",
        "Send them to whoever runs the web server (IT, for example) and ask them to replace the files of the same names in the register's folder. No other file changes, and nothing needs to be rebuilt.",
    ],
    publish_download: |file| format!("Download {file}"),
    publish_invalid: "The register has errors and cannot be published. Correct these entries first:",
    publish_page_failed: "The start page (index.html) could not be fetched from the web server. Try again when you are online.",
    publish_open_data_failed: |why| format!("index.html, register.csv and dcat.rdf cannot be written: open-data.json on the web server cannot be used ({why}), and they depend on what it says about open data. Ask whoever runs the web server to correct it (see docs/PUBLISHING.md); register.json can be downloaded."),
    publish_after: "Once the files are on the server, readers see the new register on their next visit. Your local edits then disappear by themselves, as they are in the published register.",
    publish_preparing: "Checking the register on the server and making the files …",
    publish_newer: |server, base| format!("The register on the web server has changed since this page was loaded (last updated {server} there; your edits build on {base}). Publishing now would overwrite the newer publication, so no files are made. Reload the page: your local edits stay and are shown on top of the new register."),
    publish_unchecked: |why| format!("The register on the web server could not be read ({why}), so whether someone has published a newer one cannot be known. No files are made until it can – try again when the server answers."),
    publish_base_question: |here| format!("open-data.json on the web server gives no public address for the register. Should dcat.rdf point to the address you are using now, {here}? If that is a test or development address, choose addresses relative to the file itself instead (as the build writes them), and ask whoever runs the web server to fill in url in open-data.json."),
    publish_base_here: |here| format!("Use {here}"),
    publish_base_relative: "Relative to the file itself",
    publish_rebuilt: "Your local edits changed while the panel was open (here or in another tab). The files have been made again and match what you see.",
    settled_notice: |n| format!("{} of your local edits {} now shown by the published register. {} kept in this browser until you confirm the publication: if the file on the server is put back, they become local edits again.", if n == 1 { "One".to_string() } else { n.to_string() }, if n == 1 { "is" } else { "are" }, if n == 1 { "It is" } else { "They are" }),
    settled_confirm: "The publication is right",
    local_only: |n| match n { 1 => "Your local edit is in this browser only until it is published.".to_string(), n => format!("Your {n} local edits are in this browser only until they are published."), },
    local_only_old: |day| format!("The oldest is from {day}. Export or publish them soon: some browsers, such as Safari, delete a site's storage after seven days without a visit."),
    clear_local: "Clear local edits",
    clear_local_question: |n| format!(
        "{n} local {} will be removed from this browser, and this cannot be undone. Export them first if you want to keep them.",
        if n == 1 { "edit" } else { "edits" }
    ),
    clear_local_confirm: "Clear",
    cleared_local: "The local edits have been removed. You are seeing the published register.",
    about_publish_heading: "How the register is updated",
    open_data: "Open data",
    about_open_data: &[
        "The register is open data, in the files beside the app: register.csv (the register as a table), register.json (the register in its own format) and dcat.rdf (the description of the dataset in DCAT-AP-SE, which Sweden's data portal reads).",
        "The register holds the names and titles of contact persons. They are personal data, and publishing them as open data is the municipality's decision. The municipality can leave them out of the open data (in the file open-data.json); register.json, which the app itself reads, is still on the web server.",
    ],
    about_publish: &[
        "The register is one file, register.json, next to the app on the web server. The person who coordinates the register can update it without a developer and with no tool other than the browser.",
        "1. Choose Edit the register and make the changes: New entry, Edit, Delete or Import. The changes are kept only in your browser until they are published.",
        "2. Choose Publish … and download everything as one zip file, or the four files one by one: register.json, index.html and the open data, register.csv and dcat.rdf. The register is checked first; if it has errors, it cannot be published. What the publication changed is kept in the register and shown in the Change log.",
        "3. Ask whoever runs the web server (IT, for example) to replace the files of the same names. Readers see the new register on their next visit, including those who keep the app for use without a network.",
        "If something is wrong with the file on the server, readers who have been here before keep seeing the latest working version, and new readers are told what is wrong.",
    ],
    edit_toolbar: "Register tools",
    edit_mode: "Edit the register",
    new_entry: "New entry",
    undo: "Undo",
    export: "Export",
    export_register: "The whole register with changes (JSON)",
    export_csv: "This view as CSV (Excel)",
    export_changes: "Export changes",
    import: "Import",
    import_unreadable: "The file could not be read.",
    import_failed: "The import could not be carried out.",
    nothing_changed: "Nothing has been changed.",
    import_preview: "How the register changes if you import the file",
    import_no_changes: "The file holds no differences from the register as it is now.",
    import_added: "New entries",
    import_changed: "Changed entries",
    import_removed: "Removed entries",
    import_categories: "New or renamed categories",
    import_leaves_texts: "The file has another text under About the register, or other details of the source. Those do not come along with an import; they change when a new register is published.",
    import_apply: "Import the changes",
    cancel: "Cancel",
    storage_memory_only: "The browser cannot save your changes right now (storage is full or turned off). They are kept in this tab and saved as soon as possible. Do not close the tab before then – or save them to a file with Export › Export changes.",
    storage_saved_again: "The changes that were waiting are now saved in this browser.",
    changed_elsewhere: "This entry has been changed in another tab.",
    deleted_elsewhere: "This entry has been deleted in another tab.",
    changed_elsewhere_help: "What you have typed is still here. Choose what applies where you both made changes; fields only the other tab changed are taken in either way.",
    deleted_elsewhere_help: "What you have typed is still here. If you save, the entry stays, with your changes.",
    both_changed: |fields| format!("You both changed: {fields}."),
    as_written_hint: "If you change the dates but not this text, it is removed when you save, so the validity is shown from the new dates.",
    theirs_value: |field| format!("{field} in the other tab"),
    theirs_empty: |field| format!("{field} is empty in the other tab"),
    keep_yours: "Keep my changes",
    take_theirs: "Take the other tab's version",
    close_form: "Close the form",
    err_required: "Fill in this field.",
    err_from_after_until: "Valid until is before valid from.",
    err_contact_name: "Give the contact's name when a title or department is filled in.",
    err_end_and_further_notice: "Give either an end date or “Valid until further notice”, not both.",
    form_new: "New entry",
    edit: "Edit",
    none_chosen: "– none –",
    form_has_errors: "The entry was not saved. Correct the fields marked below.",
    col_name_label: "Name",
    add_academy: "Add a university missing from the list",
    add_department: "Add a department missing from the list",
    add: "Add",
    one_per_line: "One per line.",
    contact_title: "Title",
    date_hint: "Dates are written YYYY, YYYY-MM or YYYY-MM-DD, as in the memo.",
    until_further_notice: "Valid until further notice",
    as_written: "Validity in the memo's words (optional)",
    listed_as_ended: "Ended (belongs to Tidigare samverkan, former collaboration)",
    save: "Save",
    local_only_filter: "Local changes only",
    within_label: "Ends within",
    within_any: "No limit",
    within_months: |m| if m == 1 { "1 month".to_string() } else { format!("{m} months") },
    within_filter: |m| if m == 1 { "Ends within 1 month".to_string() } else { format!("Ends within {m} months") },
    delete: "Delete",
    restore: "Restore",
    mark_added: "New locally",
    mark_changed: "Changed locally",
    mark_deleted: "Deleted locally",
    mark_conflict: "Conflict",
    conflict_changed: "The entry has changed both here and in a new version of the published register. Your version is shown.",
    conflict_removed: "The entry has been removed from the published register but remains with your changes.",
    conflict_added: "An entry with the same id has appeared in the published register. Your version is shown.",
    keep_mine: "Keep my version",
    use_published: "Use the published version",
    deleted_heading: "Deleted locally",
    local_note: "Local changes are saved only in this browser.",
    published_version: "Published version",
    storage_corrupted: |backup| match backup {
        Some(k) => format!("The saved local changes could not be read. They have been set aside in the browser's storage (key {k}) and the app shows the published register."),
        None => "The saved local changes could not be read, and storage is too full to set a copy aside. The broken text is left untouched and is not written over; new changes exist only in this tab – save them with Export › Export changes.".to_string(),
    },
    err_unknown: |v| format!("“{v}” is not in the register's lists."),
    err_date: |v| format!("“{v}” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD."),
    err_link: |v| format!("“{v}” is not a web address. It must start with https://, http:// or mailto:."),
    delete_confirm: |name| format!("Delete “{name}”? You can undo or restore it afterwards."),
    update_available: "A new version is available — reload to use it. Your local changes are kept.",
    reload: "Reload",
    offline_note: "You are offline. The register, search and your local changes work as usual.",
    print: "Print",
    print_title: "Samverkansregistret – Huddinge Municipality",
    print_whole: "The whole register",
    print_selection: "Selection",
    print_local: "Local changes only",
    printed_on: |d| format!("Printed {d}"),
    result_count: |shown, total| format!("{shown} of {total} entries"),
    show_more: |next, left| format!("Show {next} more ({left} left)"),
    prerendered_note: |day| {
        format!("Search, filters, details and editing need JavaScript. Without it, the register is shown as it was when the page was built, with status as of {day}.")
    },
    loading_app: "Loading the collaboration register …",
    loading_starting: "Starting the collaboration register …",
    loading_fetch: "Fetching the register …",
    loading_read: "Reading the register …",
    loading_index: "Making the register searchable …",
    prerendered_more: |shown, total| format!("The first {shown} of {total} entries are shown. With JavaScript you can show more and search."),
    entry_count: |n| format!("{n} {}", entries(n)),
    ends_on: |d| format!("ends {d}"),
    without_facet: |facet, n| format!("Without the filter {facet}: {n} {}", entries(n)),
    without_choice: |facet, values, n| format!("Without “{facet}: {values}”: {n} {}", entries(n)),
    facet_title: |f| match f {
        Facet::Academy => "University",
        Facet::Department => "Department",
        Facet::Category => "Category",
        Facet::Status => "Status",
    },
    status_label: |s| match s {
        Status::Active => "Active",
        Status::Expiring => "Expiring",
        Status::Ended => "Ended",
    },
    in_force: "In force (active or expiring)",
    status_reason: |r| match r {
        StatusReason::ListedAsEnded => {
            "Ended: listed under Tidigare samverkan (former collaboration) in the memo.".into()
        }
        StatusReason::EndPassed(d) => format!("Ended: the validity ended {d}."),
        StatusReason::EndsSoon(d) => {
            format!("Expiring: valid until {d}, within {EXPIRING_MONTHS} months.")
        }
        StatusReason::EndsLater(d) => format!("Active: valid until {d}."),
        StatusReason::UntilFurtherNotice => "Active: valid until further notice.".into(),
        StatusReason::NoEndGiven => "Active: the memo gives no end date.".into(),
    },
    notice: |n| match n {
        Notice::UnknownKey(k) => format!("unknown parameter “{}”", iso(k)),
        Notice::UnknownId { key, id } => format!("unknown value “{}” for {key}", iso(id)),
        Notice::UnknownView(v) => format!("unknown view “{}”", iso(v)),
        Notice::UnknownLang(v) => format!("unknown language “{}” (sv or en)", iso(v)),
        Notice::UnknownEntry(p) => format!(
            "the entry “{}” is not in the published register or among the changes in this browser. It may be a new entry someone has added in their own browser and not yet published, or one that has been removed",
            iso(p)
        ),
        Notice::SearchTooLong => "the search text was too long and has been shortened".into(),
    },
    source_line: |date, dnr, org| {
        // The memo's organisation, as the Swedish table names it, has an English name.
        let org = if org == super::sv::SV.organisation {
            EN.organisation
        } else {
            org
        };
        format!("Memo {date}, Dnr {dnr}, {org}")
    },
    problem: |p| {
        let list = |l: &List| match l {
            List::Categories => "categories",
            List::Academies => "universities",
            List::Departments => "departments",
            List::Entries => "entries",
            List::Edits => "changes",
        };
        let owner = |o: &Owner| match o {
            Owner::Strategy => "the strategy".to_string(),
            Owner::Entry(id) => format!("entry \"{id}\""),
            Owner::Edit(id) => format!("change \"{id}\""),
        };
        let field = |f: &RefField| match f {
            RefField::Category => "category",
            RefField::Academy => "university",
            RefField::Department => "responsible department",
            RefField::ContactDepartment => "contact's department",
            RefField::Entry => "entry",
        };
        match p {
            Problem::WrongSchema(s) => format!(
                "the file is not a collaboration register (schema \"{s}\", expected \"{}\")",
                crate::model::SCHEMA_NAME
            ),
            Problem::UnsupportedVersion(v) => format!(
                "the file has schema version {v}, but the app reads version {}",
                crate::model::SCHEMA_VERSION
            ),
            Problem::BadId { list: l, id } => format!(
                "{}: id \"{id}\" may only contain a–z, 0–9 and hyphens",
                list(l)
            ),
            Problem::DuplicateId { list: l, id } => {
                format!("{}: id \"{id}\" occurs more than once", list(l))
            }
            Problem::UnknownReference { owner: o, field: f, id } => {
                format!("{}: {} \"{id}\" is not in the register", owner(o), field(f))
            }
            Problem::RepeatedReference { owner: o, field: f, id } => {
                format!("{}: {} \"{id}\" is given more than once", owner(o), field(f))
            }
            Problem::EmptyName { entry } => format!("entry \"{entry}\": the name is missing"),
            Problem::EmptyContactName { entry } => {
                format!("entry \"{entry}\": the contact person has no name")
            }
            Problem::FromAfterUntil { entry } => {
                format!("entry \"{entry}\": valid from is after valid until")
            }
            Problem::BadLink { entry, link } => format!("entry \"{entry}\": the link \"{link}\" does not start with https:// or http://"),
            Problem::BadUpdated(d) if d.is_empty() => {
                "the source has no last-updated date (source.updated, YYYY-MM-DD)".into()
            }
            Problem::BadUpdated(d) => format!("the source's last-updated date, \"{d}\", is not a date (YYYY-MM-DD)"),
            Problem::BadOpenData { field, value } => format!(
                "open-data.json: the field “{field}” cannot be used as it is, “{}” (an address starts with https:// or http://, an e-mail address reads name@example.se, a name is one line)",
                iso(value)
            ),
            Problem::History { at, fault } => (super::en_publication::EN_PUBLICATION.fault)(*at, fault),
            Problem::ForbiddenCharacter { place, code } => format!("the field {place} holds a control character that a text may not contain (U+{code:04X}), such as a line break pasted from Word; remove it"),
        }
    },
    import_error: |e| match e {
        ImportError::TooLarge { bytes } => format!(
            "The file is too large ({} MB). A register or a file of changes is at most {MAX_MB} MB.",
            megabytes(*bytes, '.')
        ),
        ImportError::NotText => "The file is not a text file (UTF-8). Choose a JSON file exported from the register.".into(),
        ImportError::Malformed { line, column } => {
            format!("The file is not valid JSON (error at line {line}, column {column}).")
        }
        ImportError::UnknownSchema => "The file is JSON but neither a collaboration register nor a file of changes from the register.".into(),
        ImportError::FutureVersion { found, supported } => format!("The file is from a newer version of the register (version {found}); this app reads version {supported}. Update the app first."),
        ImportError::WrongShape { shape, line, column } => {
            let what = match shape {
                Shape::MissingField(f) => format!("the field “{f}” is missing"),
                Shape::UnknownField(f) => format!("the field “{f}” is not in the schema (misspelt?)"),
                Shape::BadDate(d) => format!("“{d}” is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)"),
                Shape::WrongValue => "a value is of the wrong type".into(),
            };
            format!("The file has the wrong content: {what} (line {line}, column {column}).")
        }
        ImportError::Invalid(problems) => problems_sentence(problems),
    },
    csv: CsvText {
        header: [
            "Name",
            "Category",
            "Universities",
            "Other partners",
            "Responsible department",
            "Contact",
            "Title",
            "Contact's department",
            "Valid from",
            "Start date",
            "Valid until",
            "End date",
            "Validity in the memo",
            "Status",
            "Description",
            "Links",
            "Id",
        ],
        status_label: |s| (EN.status_label)(s),
        further_notice: "until further notice",
    },
    gloss: |kind, id| match (kind, id) {
        (Kind::Category, "forum") => Some("Forums for collaboration in Flemingsberg"),
        (Kind::Category, "ulf") => Some("ULF agreements"),
        (Kind::Category, "studenter") => Some("Student placements and student projects"),
        (Kind::Category, "enskilda") => Some("Collaboration with individual universities"),
        (Kind::Category, "tidigare") => Some("Past collaboration"),
        (Kind::Department, "ksf") => Some("Municipal Executive Office"),
        (Kind::Department, "gaf") => {
            Some("Upper Secondary Education and Labour Market Department")
        }
        (Kind::Department, "buf") => Some("Children and Education Department"),
        (Kind::Department, "sof") => Some("Social Services Department"),
        (Kind::Department, "kuf") => Some("Culture and Leisure Department"),
        (Kind::Department, "digitaliseringsavdelningen") => Some("Digitalisation Unit"),
        (Kind::Department, "naringslivsenheten") => Some("Business Development Unit"),
        _ => None,
    },
    validity: |v| match (v.from, v.until) {
        (None, None) => None,
        (Some(f), None) => Some(format!("since {f}")),
        (Some(f), Some(Until::FurtherNotice)) => Some(format!("{f} until further notice")),
        (Some(f), Some(Until::Date(u))) if f == u => Some(f.to_string()),
        (Some(f), Some(Until::Date(u))) => Some(format!("{f}–{u}")),
        (None, Some(Until::FurtherNotice)) => Some("until further notice".into()),
        (None, Some(Until::Date(u))) => Some(format!("until {u}")),
    },
    publication: &super::en_publication::EN_PUBLICATION,
    phrases: &super::en_phrases::EN_PHRASES,
    statement: Statement {
        heading: "Accessibility statement",
        intro: &[
            "Huddinge Municipality is responsible for Samverkansregistret. We want as many people as possible to be able to use it. This statement describes how Samverkansregistret meets the Swedish Act on accessibility to digital public services (2018:1937), the problems we know of, and how to report a problem so that we can fix it.",
        ],
        compliance_heading: "How accessible is the service?",
        compliance: "The service partially complies with the Act on accessibility to digital public services, which refers to EN 301 549 and WCAG 2.1 level AA. The gaps are listed below.",
        done_heading: "What works",
        done: &[
            "Everything can be done with the keyboard, and focus is always visible. The / key moves to the search box, Esc closes an open entry or form, and in the table under Relations the arrow keys move between cells. Each checkbox in the filters is a Tab stop and Space ticks it; Enter in a checkbox or in the search box goes to the number of results. The table view's column headings sort, and the order is announced. Print, Copy link and Add to calendar are one toolbar with one Tab stop, and the arrow keys move between its buttons.",
            "Changed 2026-12-07: the filters' checkboxes are now a Tab stop each, as in the WAI-ARIA Authoring Practices, instead of one stop per group with arrow keys. Enter in the search box goes to the number of results. On a narrow screen the filters are behind a button that says how many are chosen (“Filters (2)”), the table view shows each entry as a card with every field and its heading, and under Relations the departments' names are listed under the table (not only in tooltips), the column of universities stays in place when the table scrolls, and a tap on a cell shows its entries with links at once. The views (List, Table, Relations, Timeline) are offered in one place, beside the number of results. Printouts carry the view's link as text and as a QR code, and words are broken only between the parts of a compound.",
            "A link at the top skips past the menu to the content. The page has landmarks (header, menu, search, content, footer) and headings in order.",
            "The number of results is announced when a search or filter changes (for example “12 of 18 entries”).",
            "The diagram under Relations has a table with the same figures beside it, and the timeline gives the validity in words on every row.",
            "Colours have at least AA contrast in both light and dark mode (following the computer's setting). Status is always shown in words, never by colour alone.",
            "Text can be enlarged to 200 % and the page works on a screen 320 pixels wide without scrolling sideways; only the wide table under Relations scrolls, inside its own box.",
            "The interface is in Swedish and English. The choice is saved in the browser and can be given in the link (lang=en).",
            "The service works without a network once it has been opened, and can be printed.",
        ],
        gaps_heading: "Known gaps",
        gaps: &[
            "The register's content (names, descriptions, contacts' titles) is in Swedish only, also when the interface is in English. The content is marked as Swedish so that screen readers read it with Swedish pronunciation.",
            "The diagram under Relations is drawn to be seen; it can be used with the keyboard. On narrow screens it is not shown, as its text would be too small; the table holds the same figures and is what we recommend for screen readers and magnification.",
            "The service has been tested automatically and with the keyboard, but not yet by users of screen readers (such as NVDA, JAWS or VoiceOver).",
            "Exported files (JSON, CSV and calendar files) and the memo the register is built on are not covered by this review.",
        ],
        report_heading: "Report a problem",
        report: |department, dnr| format!("If you find a problem not described on this page, or think we do not meet the requirements of the Act, contact Huddinge Municipality and say that it concerns Samverkansregistret and the memo with Dnr {dnr}. The strategy for collaboration with universities is managed by {department}. Describe what you tried to do, which view it was, and which browser and assistive technology you used. The link from Copy link shows us exactly what you saw."),
        supervision_heading: "Supervision",
        supervision: "The Agency for Digital Government (Digg) is responsible for supervising the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.",
        method_heading: "How we tested the service",
        method: "We have reviewed the service ourselves. On every change, automated tests with axe-core check WCAG 2.1 levels A and AA in every view and state (list, entry, search with no results, open filters, relations, timeline, form with errors, import error, offline), in light and dark mode, in Swedish and English, also on a phone 390 pixels wide. Other tests walk the main tasks with the keyboard alone (at most 40 key presses to search, choose two filters, open an entry and go back, and reach the relation table), try the views by touch on a phone, and check 200 % text size and a width of 320 pixels.",
        updated: "This statement was last updated on 2026-12-07.",
    },
};
