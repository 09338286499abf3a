//! The shape of a language's table: one field per string or wording function. A language is one
//! `Texts` value, so the compiler checks that every language says everything.

use super::phrases::Phrases;
use crate::date::{Status, StatusReason};
use crate::exchange::{CsvText, ImportError, MAX_IMPORT_BYTES};
use crate::history::{Fault, Field};
use crate::load::SourceProblem;
use crate::model::{Register, Source, Validity};
use crate::names::{Form, Gloss, Kind};
use crate::query::{Catalog, Facet, Filters, StatusChoice};
use crate::sort::Sort;
use crate::url::Notice;
use crate::validate::Problem;

/// The words of a publication: the register's history ("Ändringslogg", an entry's "Ändringar",
/// what "Nytt sedan ditt senaste besök" says changed) and the zip for IT, in a table of its own
/// per language (`sv_publication`, `en_publication`).
pub struct PublicationTexts {
    /// The view's name, in the footer and "Om registret".
    pub log_title: &'static str,
    pub log_intro: &'static str,
    /// No publication has changed anything since the history began.
    pub log_empty: &'static str,
    /// A publication's heading, by its day.
    pub publication: fn(&str) -> String,
    /// Added, changed, removed.
    pub counts: fn(usize, usize, usize) -> String,
    pub added: &'static str,
    pub changed: &'static str,
    pub removed: &'static str,
    /// The note a cut leaves: the day of the newest record cut, and how many were cut.
    pub cut: fn(&str, usize) -> String,
    pub field: fn(Field) -> &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// A value that was, or became, empty.
    pub nothing: &'static str,
    /// A long text (the description) that changed, without its words.
    pub long_changed: &'static str,
    /// Read out in place of the arrow between an old and a new value.
    pub to: &'static str,
    pub show_both: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub entry_heading: &'static str,
    pub entry_added: &'static str,
    pub entry_removed: &'static str,
    pub entry_none: &'static str,
    /// The news notice's group of entries that are gone.
    pub news_removed: &'static str,
    /// The link from the news notice to the log.
    pub to_log: &'static str,
    /// The zip's button in Publicera.
    pub bundle_download: &'static str,
    /// The zip could not be written.
    pub bundle_failed: &'static str,
    /// What the zip is, beside its button.
    pub bundle_hint: &'static str,
    /// `LASMIG.txt` in the zip: the day, the files' names, and their sums (`sha256sum` format).
    pub bundle_readme: fn(&str, &[&str], &str) -> String,
    /// `oppna-data.html`, the open data's documentation: its title, its introduction, what each
    /// column of `register.csv` holds (in the CSV's order), and what the two other files are.
    pub doc_title: &'static str,
    pub doc_intro: &'static str,
    pub doc_columns: [&'static str; 17],
    pub doc_without_contacts: &'static str,
    pub doc_files: [&'static str; 3],
    /// A fault of the history's record (0 is the newest), for `Problem::History`.
    pub fault: fn(usize, &Fault) -> String,
}

/// The accessibility statement ("Tillgänglighetsredogörelse"), required by lag (2018:1937).
pub struct Statement {
    pub heading: &'static str,
    pub intro: &'static [&'static str],
    pub compliance_heading: &'static str,
    pub compliance: &'static str,
    pub done_heading: &'static str,
    pub done: &'static [&'static str],
    pub gaps_heading: &'static str,
    pub gaps: &'static [&'static str],
    pub report_heading: &'static str,
    /// The department that manages the strategy, and the memo's Dnr.
    pub report: fn(&str, &str) -> String,
    pub supervision_heading: &'static str,
    pub supervision: &'static str,
    pub method_heading: &'static str,
    pub method: &'static str,
    pub updated: &'static str,
}

pub struct Texts {
    /// This language's name in itself, on the switch that selects it ("In English").
    pub in_this_language: &'static str,
    pub app_name: &'static str,
    pub organisation: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub skip_to_filters: &'static str,
    pub skip_to_results: &'static str,
    pub main_menu: &'static str,
    pub nav_list: &'static str,
    pub nav_about: &'static str,
    pub nav_relation: &'static str,
    pub nav_timeline: &'static str,
    pub nav_table: &'static str,
    /// Before the results' view switch.
    pub show_as: &'static str,
    /// Before the memo's own words where the interface glosses them: "in the memo:".
    pub in_the_memo: &'static str,
    /// Beside the matrix before a cell is pointed at.
    pub cell_info_hint: &'static str,
    /// The timeline axis's first and last day: "Tidsaxeln visar 2024-11-28 till 2029-11-28."
    pub axis_span: fn(&str, &str) -> String,
    pub show_whole_period: &'static str,
    pub show_near_period: &'static str,
    /// A dated bar cut at the axis's right edge.
    pub past_axis: &'static str,
    /// An entry over before the axis begins, or starting after it ends: no bar.
    pub before_axis: &'static str,
    pub after_axis: &'static str,
    pub table_heading: &'static str,
    pub table_caption: &'static str,
    /// A column head where the table is narrow: "Förvaltning".
    pub col_department_short: &'static str,
    /// A header button's tooltip: "Sortera efter Namn".
    pub sort_by: fn(&str) -> String,
    /// The sort control of the list and the table.
    pub sort_label: &'static str,
    /// No `sortera`: the search's order.
    pub sort_default: &'static str,
    /// An option of the sort control, for a column and a direction.
    pub sort_option: fn(Sort) -> String,
    pub nav_accessibility: &'static str,
    /// The list view's main heading.
    pub list_heading: &'static str,
    /// The heading (for screen readers) over the results column.
    pub results_heading: &'static str,
    pub document_title: fn(&str) -> String,
    pub relation_heading: &'static str,
    pub relation_hint: &'static str,
    pub relation_entries: &'static str,
    pub relation_empty: &'static str,
    pub matrix_caption: &'static str,
    /// Under the caption: what is counted, and how ended entries are treated.
    pub matrix_note: &'static str,
    /// The matrix's totals: distinct entries.
    pub matrix_total: &'static str,
    pub total: &'static str,
    pub diagram_label: &'static str,
    pub diagram_caption: &'static str,
    pub unplaced_heading: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_chart_heading: &'static str,
    pub timeline_hint: &'static str,
    pub expiring_heading: &'static str,
    pub expiring_none: &'static str,
    pub today: &'static str,
    pub open_further_notice: &'static str,
    pub open_not_given: &'static str,
    pub end_unknown: &'static str,
    pub dates_unknown: &'static str,
    /// "tills vidare" after a start year, and as an end.
    pub further_notice: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub filters_heading: &'static str,
    /// The filter panel's disclosure on a narrow screen, with how many filters are active:
    /// "Filter (2)".
    pub filters_toggle: fn(usize) -> String,
    /// Under the open filter panel on a narrow screen: closes it and goes to the results.
    pub show_hits: fn(usize) -> String,
    /// The header's link to the register's views (the view is chosen beside the count).
    pub nav_register: &'static str,
    /// Beside the relation matrix: the departments' names for the short forms in its head.
    pub matrix_legend: &'static str,
    /// The chosen cell's entries, beside the matrix: "SH × GAF: 2 poster".
    pub cell_entries: &'static str,
    /// On paper, before the view's own address (and its QR code).
    pub print_link: &'static str,
    pub active_filters: &'static str,
    pub clear_all: &'static str,
    pub copy_link: &'static str,
    /// "Visa QR-kod": the button, the dialog's heading, the code's accessible name, and what is
    /// said when a link is too long for a code.
    pub show_qr: &'static str,
    pub qr_heading: &'static str,
    pub qr_label: &'static str,
    pub qr_too_long: &'static str,
    /// "Lägg i kalender": the button, what it does (its description), the events' prefixes, and
    /// what the reader is told after the download: events for how many entries, the entries left
    /// out for want of an end, and a selection with no end at all.
    pub add_to_calendar: &'static str,
    /// The name of the row of sharing buttons (a toolbar: one tab stop).
    pub share_toolbar: &'static str,
    pub calendar_hint: &'static str,
    pub calendar_ends: &'static str,
    pub calendar_renew: &'static str,
    pub calendar_done: fn(usize, usize) -> String,
    pub calendar_without: fn(usize) -> String,
    pub calendar_none: &'static str,
    /// This many entries are already inside their six months: their renewal reminder is on the
    /// next working day.
    pub calendar_inside: fn(usize) -> String,
    pub and_more: fn(usize) -> String,
    /// "Nytt sedan ditt senaste besök": the notice's name; what changed, in one sentence (added,
    /// changed, removed); the two lists' labels; the removed, which are counted, not named; the
    /// filter (`nytt=1`) as a chip and as a constraint; the notice's two actions; and what is said
    /// when "Markera som läst" cannot be remembered.
    pub news_heading: &'static str,
    pub news_summary: fn(usize, usize, usize) -> String,
    pub news_added: &'static str,
    pub news_changed: &'static str,
    pub news_removed: fn(usize) -> String,
    pub news_only_filter: &'static str,
    pub news_show: &'static str,
    pub news_mark_read: &'static str,
    pub news_not_saved: &'static str,
    /// The open-data description (`dcat.rdf`), in both languages whatever the interface's: the
    /// catalog's title and description, the dataset's English title (the Swedish is the memo's),
    /// its description from the memo's source line, keywords (the same number in each language)
    /// and a distribution's title for its format.
    pub catalog_title: &'static str,
    pub catalog_description: &'static str,
    pub dataset_title: &'static str,
    pub dataset_description: fn(&Source) -> String,
    pub dataset_keywords: &'static [&'static str],
    pub distribution_title: fn(&str) -> String,
    pub link_copied: &'static str,
    pub copy_manually: &'static str,
    pub close: &'static str,
    pub back_to_list: &'static str,
    pub no_results: &'static str,
    pub no_results_combined: &'static str,
    pub without_search: fn(usize) -> String,
    pub col_category: &'static str,
    pub col_academies: &'static str,
    pub col_department: &'static str,
    pub col_contact: &'static str,
    pub col_validity: &'static str,
    pub col_status: &'static str,
    pub label_partners: &'static str,
    pub label_description: &'static str,
    pub label_comment: &'static str,
    pub label_links: &'static str,
    pub label_source: &'static str,
    pub label_category_about: &'static str,
    pub label_contact_department: &'static str,
    pub label_from: &'static str,
    pub label_until: &'static str,
    pub related_heading: &'static str,
    pub none_named: &'static str,
    pub not_given: &'static str,
    pub entry_not_found: &'static str,
    pub notices_heading: &'static str,
    pub about_heading: &'static str,
    pub about_background: &'static str,
    pub about_strategy: &'static str,
    pub about_purposes: &'static str,
    pub about_categories: &'static str,
    pub about_managed_by: &'static str,
    pub about_source: &'static str,
    pub about_status_rules: &'static str,
    /// Said on the text pages in English: the register itself is in Swedish.
    pub content_in_swedish: &'static str,
    // The published register beside the app (`register.json`), and publishing a new one.
    /// "Senast uppdaterad 2026-12-01": the day the register was last published.
    pub updated_on: fn(&str) -> String,
    /// The page shown when the register cannot be read and this browser has no earlier copy.
    pub source_failed_heading: &'static str,
    pub source_failed_intro: &'static str,
    pub source_failed_advice: &'static str,
    /// Heading over the checker's problems, listed one by one.
    pub source_problems_heading: &'static str,
    /// How many more problems there are than the page lists.
    pub more_problems: fn(usize) -> String,
    pub try_again: &'static str,
    /// What went wrong with the file on the server, in one sentence.
    pub source_problem: fn(&SourceProblem) -> String,
    /// The register on the server could not be used (the reason), so the last good copy this
    /// browser read is shown, published on the given day.
    pub source_stale: fn(&str, &str) -> String,
    pub publish: &'static str,
    pub publish_heading: &'static str,
    /// The number of local changes going in, and the day it will carry.
    pub publish_summary: fn(usize, &str) -> String,
    pub publish_steps: &'static [&'static str],
    /// "Ladda ner register.json": a publication's file by name.
    pub publish_download: fn(&str) -> String,
    pub publish_invalid: &'static str,
    pub publish_page_failed: &'static str,
    /// Why dcat.rdf cannot be written: the server's open-data.json, worded.
    pub publish_open_data_failed: fn(&str) -> String,
    pub publish_after: &'static str,
    /// While Publicera reads the server's register and makes the files.
    pub publish_preparing: &'static str,
    /// The server's register is not the one the edits were made on: (its date, the base's date).
    pub publish_newer: fn(&str, &str) -> String,
    /// The server's register could not be read, so a newer publication cannot be ruled out: why.
    pub publish_unchecked: fn(&str) -> String,
    /// `open-data.json` gives no public address: should dcat.rdf use this one (the address)?
    pub publish_base_question: fn(&str) -> String,
    pub publish_base_here: fn(&str) -> String,
    pub publish_base_relative: &'static str,
    /// The edits changed while the panel was open, and the files were made again.
    pub publish_rebuilt: &'static str,
    /// In editing mode: this many edits are now shown by the published register and kept until
    /// the coordinator confirms the publication.
    pub settled_notice: fn(usize) -> String,
    pub settled_confirm: &'static str,
    /// In editing mode with this many unpublished local edits: they are in this browser only.
    pub local_only: fn(usize) -> String,
    /// The oldest of them is from this day, days ago: export or publish them.
    pub local_only_old: fn(&str) -> String,
    pub clear_local: &'static str,
    /// Asked before every local change is removed; the number of changed entries.
    pub clear_local_question: fn(usize) -> String,
    pub clear_local_confirm: &'static str,
    pub cleared_local: &'static str,
    pub about_publish_heading: &'static str,
    pub about_publish: &'static [&'static str],
    /// "Öppna data": before the links to the open-data files (footer, "Om registret").
    pub open_data: &'static str,
    /// "Om registret" on the open data: what the files are, and that contact names are personal
    /// data whose publication is the municipality's decision.
    pub about_open_data: &'static [&'static str],
    pub edit_toolbar: &'static str,
    /// The toggle that turns editing mode on and off.
    pub edit_mode: &'static str,
    pub new_entry: &'static str,
    pub undo: &'static str,
    pub export: &'static str,
    pub export_register: &'static str,
    pub export_csv: &'static str,
    pub export_changes: &'static str,
    pub import: &'static str,
    pub import_unreadable: &'static str,
    pub import_failed: &'static str,
    pub nothing_changed: &'static str,
    pub import_preview: &'static str,
    pub import_no_changes: &'static str,
    pub import_added: &'static str,
    pub import_changed: &'static str,
    pub import_removed: &'static str,
    pub import_categories: &'static str,
    /// A full register's "Om registret" text and source do not come along with its import.
    pub import_leaves_texts: &'static str,
    pub import_apply: &'static str,
    pub cancel: &'static str,
    pub storage_memory_only: &'static str,
    /// Edits that waited in the tab (storage was full) are stored now.
    pub storage_saved_again: &'static str,
    /// The edit form's notice when another tab changed or deleted the entry meanwhile.
    pub changed_elsewhere: &'static str,
    pub deleted_elsewhere: &'static str,
    pub changed_elsewhere_help: &'static str,
    pub deleted_elsewhere_help: &'static str,
    /// "Båda har ändrat: Titel, Beskrivning."
    pub both_changed: fn(&str) -> String,
    /// Under the memo's wording of the validity in the form.
    pub as_written_hint: &'static str,
    /// One field both changed, before the other tab's value: "Titel i den andra fliken".
    pub theirs_value: fn(&str) -> String,
    /// The other tab emptied the field.
    pub theirs_empty: fn(&str) -> String,
    pub keep_yours: &'static str,
    pub take_theirs: &'static str,
    pub close_form: &'static str,
    pub err_required: &'static str,
    pub err_from_after_until: &'static str,
    pub err_contact_name: &'static str,
    pub err_end_and_further_notice: &'static str,
    pub form_new: &'static str,
    pub edit: &'static str,
    pub none_chosen: &'static str,
    pub form_has_errors: &'static str,
    pub col_name_label: &'static str,
    pub add_academy: &'static str,
    pub add_department: &'static str,
    pub add: &'static str,
    pub one_per_line: &'static str,
    pub contact_title: &'static str,
    pub date_hint: &'static str,
    pub until_further_notice: &'static str,
    pub as_written: &'static str,
    pub listed_as_ended: &'static str,
    pub save: &'static str,
    pub local_only_filter: &'static str,
    /// The expiry horizon control (`inom`): its label, its "no horizon" choice, a choice, and the
    /// filter in words (chip, printout, empty results).
    pub within_label: &'static str,
    pub within_any: &'static str,
    pub within_months: fn(u32) -> String,
    pub within_filter: fn(u32) -> String,
    pub delete: &'static str,
    pub restore: &'static str,
    pub mark_added: &'static str,
    pub mark_changed: &'static str,
    pub mark_deleted: &'static str,
    pub mark_conflict: &'static str,
    pub conflict_changed: &'static str,
    pub conflict_removed: &'static str,
    pub conflict_added: &'static str,
    pub keep_mine: &'static str,
    pub use_published: &'static str,
    pub deleted_heading: &'static str,
    pub local_note: &'static str,
    pub published_version: &'static str,
    pub storage_corrupted: fn(Option<&str>) -> String,
    pub err_unknown: fn(&str) -> String,
    pub err_date: fn(&str) -> String,
    pub err_link: fn(&str) -> String,
    pub delete_confirm: fn(&str) -> String,
    pub update_available: &'static str,
    pub reload: &'static str,
    pub offline_note: &'static str,
    pub print: &'static str,
    pub print_title: &'static str,
    pub print_whole: &'static str,
    pub print_selection: &'static str,
    pub print_local: &'static str,
    pub printed_on: fn(&str) -> String,
    pub result_count: fn(usize, usize) -> String,
    /// The button under a long result list: how many are not shown yet.
    pub show_more: fn(usize, usize) -> String,
    /// The pre-rendered first screen with JavaScript off: what works and as of which day.
    pub prerendered_note: fn(&str) -> String,
    /// A link's view while the app loads (`#laddar`): what is loading, then, once all of it has
    /// arrived, that it is starting; a bar and a percentage beside it.
    pub loading_app: &'static str,
    pub loading_starting: &'static str,
    /// The line shown while a large register loads: fetched (with a progress bar and the
    /// megabytes so far), then read, then indexed.
    pub loading_fetch: &'static str,
    pub loading_read: &'static str,
    pub loading_index: &'static str,
    /// Under the pre-rendered list when the register has more entries than one page.
    pub prerendered_more: fn(usize, usize) -> String,
    pub entry_count: fn(usize) -> String,
    pub ends_on: fn(&str) -> String,
    pub without_facet: fn(&str, usize) -> String,
    /// A chosen facet in the empty result's suggestion, worded as its chip ("Status: Gäller …").
    pub without_choice: fn(&str, &str, usize) -> String,
    pub facet_title: fn(Facet) -> &'static str,
    pub status_label: fn(Status) -> &'static str,
    /// The status facet's first value (`status=galler`): active or expiring, in words that say so.
    pub in_force: &'static str,
    pub status_reason: fn(StatusReason) -> String,
    pub notice: fn(&Notice) -> String,
    pub source_line: fn(&str, &str, &str) -> String,
    pub problem: fn(&Problem) -> String,
    pub import_error: fn(&ImportError) -> String,
    pub csv: CsvText,
    pub statement: Statement,
    pub publication: &'static PublicationTexts,
    /// The sentences the views make from parts.
    pub phrases: &'static Phrases,
    /// An interface-language name for a category or department the register names only in
    /// Swedish, by id; `None` where the register's own name is the reader's (Swedish) or no
    /// gloss exists (a department added later is shown as the register writes it).
    pub gloss: Gloss,
    /// A validity in the reader's words: in Swedish the memo's own wording where it has one, in
    /// English a gloss built from the dates ("since 2016", "2023 until further notice").
    pub validity: fn(&Validity) -> Option<String>,
}

impl Texts {
    /// What the reader sees for `id`: the gloss in this language where there is one (with the
    /// memo's abbreviation, which stays as written), else the register's name.
    pub fn name(&self, r: &Register, kind: Kind, id: &str, form: Form) -> String {
        r.name_in(self.gloss, kind, id, form)
    }

    /// Whether [`Texts::name`] gives this language's words rather than the register's Swedish.
    pub fn glossed(&self, kind: Kind, id: &str) -> bool {
        (self.gloss)(kind, id).is_some()
    }

    /// The names of what `filters` chooses in `facet`, in the register's order (as the facet lists
    /// them): the print summary's and the empty result's words for a filter.
    pub fn chosen(&self, c: &Catalog, filters: &Filters, facet: Facet) -> Vec<String> {
        c.facet_ids(facet)
            .iter()
            .filter(|id| filters.contains(facet, id))
            .map(|id| self.facet_value(c, facet, id))
            .collect()
    }

    /// The display name of a facet value: the register's label, or the status in this language.
    pub fn facet_value(&self, c: &Catalog, facet: Facet, id: &str) -> String {
        match facet.names() {
            Some(kind) => self.name(&c.register, kind, id, Form::Label),
            None => match StatusChoice::from_id(id) {
                Some(StatusChoice::InForce) => self.in_force.to_string(),
                Some(StatusChoice::Is(s)) => (self.status_label)(s).to_string(),
                None => id.to_string(),
            },
        }
    }
}

/// At most this many problems are listed in an import error; the count says the rest.
pub(super) const SHOWN_PROBLEMS: usize = 5;

/// `bytes` in megabytes, rounded up to a tenth, with `mark` before the tenth ("64,1"): a file just
/// over the limit must not read as the limit itself ("64,0 MB … at most 64 MB"). Integer
/// arithmetic, so no float printing is compiled into the app.
pub(super) fn megabytes(bytes: usize, mark: char) -> String {
    let tenths = (bytes as u64 * 10).div_ceil(1_048_576);
    format!("{}{mark}{}", tenths / 10, tenths % 10)
}

/// The largest import, in whole megabytes.
pub(super) const MAX_MB: usize = MAX_IMPORT_BYTES / 1_048_576;

/// The first [`SHOWN_PROBLEMS`] problems worded with `word` and joined with "; ", and how many
/// more there are.
pub(super) fn first_problems(
    problems: &[Problem],
    word: fn(&Problem) -> String,
) -> (String, usize) {
    let shown: Vec<String> = problems.iter().take(SHOWN_PROBLEMS).map(word).collect();
    (
        shown.join("; "),
        problems.len().saturating_sub(SHOWN_PROBLEMS),
    )
}

/// `parts` as a list in prose: "a", "a och b", "a, b och c" (`and` is the language's word).
pub(super) fn join_and(parts: &[String], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

/// `value` from outside (a link, a file) isolated for bidirectional text: between FIRST STRONG
/// ISOLATE and POP DIRECTIONAL ISOLATE, so a right-to-left override in it (U+202E) reverses
/// nothing outside it, and a crafted link cannot make a notice appear to say something else.
pub(super) fn isolated(value: &str) -> String {
    format!("\u{2068}{value}\u{2069}")
}

/// `words(n)` when there are any (`n > 0`), else nothing: "… and 3 more".
pub(super) fn if_any(n: usize, words: impl Fn(usize) -> String) -> String {
    if n > 0 {
        words(n)
    } else {
        String::new()
    }
}
