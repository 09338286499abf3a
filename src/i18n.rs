//! Every UI string, in one table per language. Register content (names, descriptions, the memo's
//! own wording of a validity) is shown as written, in Swedish, whatever the language.
//!
//! A language is one `Texts` value; the compiler checks that it is complete. Plain Rust with no
//! DOM, so the CLI checker and native tests use the same words as the browser.
//!
//! Dates are ISO 8601 (2026-11-28) in both languages: it is the memo's form, the municipality's
//! form, and unambiguous to an English reader; only the words around them change.

use std::cell::Cell;

use crate::core::date::{Status, StatusReason, EXPIRING_MONTHS};
use crate::core::exchange::{CsvText, ImportError, MAX_IMPORT_BYTES};
use crate::core::query::Facet;
use crate::core::url::{Lang, Notice};
use crate::core::validate::{List, Owner, Problem, RefField};

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
    pub main_menu: &'static str,
    pub nav_list: &'static str,
    pub nav_about: &'static str,
    pub nav_relation: &'static str,
    pub nav_timeline: &'static str,
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
    pub filter_by: &'static str,
    pub matrix_caption: &'static str,
    pub total: &'static str,
    pub diagram_label: &'static str,
    pub diagram_caption: &'static str,
    pub unplaced_heading: &'static str,
    pub partners_not_in_matrix: &'static str,
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
    pub active_filters: &'static str,
    pub clear_all: &'static str,
    pub remove_filter: &'static str,
    pub copy_link: &'static str,
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
    pub load_failed: &'static str,
    pub edit_toolbar: &'static str,
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
    pub import_apply: &'static str,
    pub cancel: &'static str,
    pub storage_memory_only: &'static str,
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
    pub print_search: &'static str,
    pub print_local: &'static str,
    pub printed_on: fn(&str) -> String,
    pub result_count: fn(usize, usize) -> String,
    /// The button under a long result list: how many are not shown yet.
    pub show_more: fn(usize, usize) -> String,
    /// The pre-rendered first screen with JavaScript off: what works and as of which day.
    pub prerendered_note: fn(&str) -> String,
    /// Under the pre-rendered list when the register has more entries than one page.
    pub prerendered_more: fn(usize, usize) -> String,
    pub entry_count: fn(usize) -> String,
    pub unplaced_no_academy: fn(usize) -> String,
    pub unplaced_no_department: fn(usize) -> String,
    pub ends_on: fn(&str) -> String,
    pub without_facet: fn(&str, usize) -> String,
    pub facet_title: fn(Facet) -> &'static str,
    pub status_label: fn(Status) -> &'static str,
    pub status_reason: fn(StatusReason) -> String,
    pub notice: fn(&Notice) -> String,
    pub source_line: fn(&str, &str, &str) -> String,
    pub problem: fn(&Problem) -> String,
    pub import_error: fn(&ImportError) -> String,
    pub csv: CsvText,
    pub statement: Statement,
}

/// At most this many problems are listed in an import error; the count says the rest.
const SHOWN_PROBLEMS: usize = 5;

fn megabytes(bytes: usize) -> f64 {
    bytes as f64 / 1_048_576.0
}

const MAX_MB: usize = MAX_IMPORT_BYTES / 1_048_576;

/// "post" or "poster" for a count.
fn poster(n: usize) -> &'static str {
    if n == 1 {
        "post"
    } else {
        "poster"
    }
}

/// "entry" or "entries" for a count.
fn entries(n: usize) -> &'static str {
    if n == 1 {
        "entry"
    } else {
        "entries"
    }
}

fn problems_sentence(problems: &[Problem], lang: Lang) -> String {
    let shown: Vec<String> = problems
        .iter()
        .take(SHOWN_PROBLEMS)
        .map(|p| (texts(lang).problem)(p))
        .collect();
    let more = problems.len().saturating_sub(SHOWN_PROBLEMS);
    match lang {
        Lang::Sv => {
            let rest = if more > 0 {
                format!(" … och {more} till")
            } else {
                String::new()
            };
            format!(
                "Filen har {} fel: {}{rest}.",
                problems.len(),
                shown.join("; ")
            )
        }
        Lang::En => {
            let rest = if more > 0 {
                format!(" … and {more} more")
            } else {
                String::new()
            };
            let noun = if problems.len() == 1 {
                "problem"
            } else {
                "problems"
            };
            format!(
                "The file has {} {noun}: {}{rest}.",
                problems.len(),
                shown.join("; ")
            )
        }
    }
}

pub static SV: Texts = Texts {
    in_this_language: "På svenska",
    app_name: "Samverkansregistret",
    organisation: "Huddinge kommun",
    tagline: "Kommunens samverkan med universitet och högskolor",
    skip_to_content: "Hoppa till innehållet",
    main_menu: "Huvudmeny",
    nav_list: "Lista",
    nav_about: "Om registret",
    nav_relation: "Relationer",
    nav_timeline: "Tidslinje",
    nav_accessibility: "Tillgänglighetsredogörelse",
    list_heading: "Samverkan med akademierna",
    results_heading: "Poster",
    document_title: |view| format!("{view} – Samverkansregistret – Huddinge kommun"),
    relation_heading: "Akademier och förvaltningar",
    relation_hint: "Antal samverkansposter per akademi (rad) och ansvarig förvaltning (kolumn), för sökningen och filtren kategori och status. Välj en cell, rad eller kolumn för att filtrera; välj samma igen för att ta bort filtret. I tabellen flyttar piltangenterna mellan cellerna.",
    relation_entries: "Poster med valda filter",
    relation_empty: "Ingen post med namngiven akademi matchar sökningen och filtren.",
    filter_by: "Filtrera på",
    matrix_caption: "Antal poster per akademi och ansvarig förvaltning",
    total: "Totalt",
    diagram_label: "Diagram över samma uppgifter som tabellen: akademier till vänster, förvaltningar till höger, linjens bredd efter antal poster och färg efter status.",
    diagram_caption: "Samma uppgifter som tabellen. Linjens bredd visar antalet poster, färgen status: ",
    unplaced_heading: "Det här visar inte matrisen",
    partners_not_in_matrix: "Övriga parter är inte akademier och har ingen rad:",
    timeline_heading: "Giltighetstid över tid",
    timeline_chart_heading: "Alla valda poster på tidsaxeln",
    timeline_hint: "En stapel per post, sorterad efter slutdatum. Den lodräta linjen är dagens datum. Välj en post för att öppna den.",
    expiring_heading: "Löper ut inom 6 månader",
    expiring_none: "Ingen post bland de valda löper ut inom 6 månader.",
    today: "I dag",
    open_further_notice: "tills vidare, fortsätter efter axeln",
    open_not_given: "inget slut angivet",
    end_unknown: "slutdatum saknas i PM",
    dates_unknown: "datum saknas i PM",
    further_notice: "tills vidare",
    search_label: "Sök i registret",
    search_placeholder: "Namn, akademi, förvaltning, kontaktperson …",
    filters_heading: "Filtrera",
    active_filters: "Aktiva filter",
    clear_all: "Rensa alla",
    remove_filter: "Ta bort filter",
    copy_link: "Kopiera länk",
    link_copied: "Länken till den här vyn är kopierad.",
    copy_manually: "Kopiera länken nedan (Ctrl+C):",
    close: "Stäng",
    back_to_list: "Tillbaka",
    no_results: "Inga poster matchar.",
    no_results_combined: "Ingen enskild ändring hjälper – det är kombinationen som döljer allt.",
    without_search: |n| format!("Utan sökningen: {n} {}", poster(n)),
    col_category: "Kategori",
    col_academies: "Akademier",
    col_department: "Ansvarig förvaltning",
    col_contact: "Kontaktperson",
    col_validity: "Giltighetstid",
    col_status: "Status",
    label_partners: "Övriga parter",
    label_description: "Beskrivning",
    label_comment: "Kommentar",
    label_links: "Länkar",
    label_source: "Källa i PM",
    label_category_about: "Om kategorin",
    label_contact_department: "Kontaktpersonens förvaltning",
    label_from: "Giltig från",
    label_until: "Giltig till",
    related_heading: "Relaterade poster (samma akademi eller förvaltning)",
    none_named: "Ingen namngiven i PM",
    not_given: "Ej angiven",
    entry_not_found: "Posten finns inte i registret.",
    notices_heading: "Delar av länken kunde inte användas och ignorerades:",
    about_heading: "Om registret",
    about_background: "Bakgrund",
    about_strategy: "Strategi",
    about_purposes: "Syftet med samverkan",
    about_categories: "Registrets kategorier",
    about_managed_by: "Strategin förvaltas av",
    about_source: "Källa",
    about_status_rules: "Status räknas fram från dagens datum: Avslutad om posten står under Tidigare samverkan eller om giltighetstiden har passerat (ett slutår betyder 31 december det året), Löper ut om den slutar inom 6 månader, annars Aktiv – även för ”tills vidare” och när inget slut anges.",
    content_in_swedish: "",
    load_failed: "Registret kunde inte läsas in. Ladda om sidan; kvarstår felet, kontakta registrets förvaltare.",
    edit_toolbar: "Redigera registret",
    new_entry: "Ny post",
    undo: "Ångra",
    export: "Exportera",
    export_register: "Hela registret med ändringar (JSON)",
    export_csv: "Vyn som CSV (Excel)",
    export_changes: "Exportera ändringar",
    import: "Importera",
    import_unreadable: "Filen kunde inte läsas.",
    import_failed: "Importen gick inte att genomföra.",
    nothing_changed: "Ingenting har ändrats.",
    import_preview: "Så här ändras registret om du importerar filen",
    import_no_changes: "Filen innehåller inga skillnader mot registret som det ser ut nu.",
    import_added: "Nya poster",
    import_changed: "Ändrade poster",
    import_removed: "Borttagna poster",
    import_apply: "Importera ändringarna",
    cancel: "Avbryt",
    storage_memory_only: "Webbläsaren kan inte spara dina ändringar (lagringen är full eller avstängd). Ändringarna finns bara i den här fliken tills den stängs – spara dem med Exportera › Exportera ändringar.",
    err_required: "Fyll i det här fältet.",
    err_from_after_until: "Giltig till ligger före giltig från.",
    err_contact_name: "Ange kontaktpersonens namn när titel eller förvaltning är ifylld.",
    err_end_and_further_notice: "Ange antingen ett slutdatum eller ”Gäller tills vidare”, inte båda.",
    form_new: "Ny post",
    edit: "Redigera",
    none_chosen: "– ingen –",
    form_has_errors: "Posten sparades inte. Rätta fälten som är markerade nedan.",
    col_name_label: "Namn",
    add_academy: "Lägg till en akademi som saknas i listan",
    add_department: "Lägg till en förvaltning som saknas i listan",
    add: "Lägg till",
    one_per_line: "En per rad.",
    contact_title: "Titel",
    date_hint: "Datum skrivs ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, som i PM.",
    until_further_notice: "Gäller tills vidare",
    as_written: "Giltighetstid med PM:s ord (valfritt)",
    listed_as_ended: "Avslutad (hör till Tidigare samverkan)",
    save: "Spara",
    local_only_filter: "Endast lokala ändringar",
    delete: "Ta bort",
    restore: "Återställ",
    mark_added: "Ny lokalt",
    mark_changed: "Ändrad lokalt",
    mark_deleted: "Borttagen lokalt",
    mark_conflict: "Konflikt",
    conflict_changed: "Posten har ändrats både här och i en ny version av det publicerade registret. Din version visas.",
    conflict_removed: "Posten har tagits bort ur det publicerade registret men finns kvar med dina ändringar.",
    conflict_added: "En post med samma id har tillkommit i det publicerade registret. Din version visas.",
    keep_mine: "Behåll min version",
    use_published: "Använd den publicerade versionen",
    deleted_heading: "Borttagna lokalt",
    local_note: "Lokala ändringar sparas bara i den här webbläsaren.",
    published_version: "Publicerad version",
    storage_corrupted: |backup| match backup {
        Some(k) => format!("De sparade lokala ändringarna gick inte att läsa. De har lagts åt sidan i webbläsarens lagring (nyckel {k}) och appen visar det publicerade registret."),
        None => "De sparade lokala ändringarna gick inte att läsa och appen visar det publicerade registret. Den trasiga texten finns kvar i webbläsarens lagring.".to_string(),
    },
    err_unknown: |v| format!("”{v}” finns inte i registrets listor."),
    err_date: |v| format!("”{v}” är inget datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD."),
    err_link: |v| format!("”{v}” är ingen webbadress. Den ska börja med https:// eller http://."),
    delete_confirm: |name| format!("Vill du ta bort ”{name}”? Du kan ångra eller återställa efteråt."),
    update_available: "Ny version finns — ladda om för att använda den. Dina lokala ändringar finns kvar.",
    reload: "Ladda om",
    offline_note: "Du är offline. Registret, sökningen och dina lokala ändringar fungerar som vanligt.",
    print: "Skriv ut",
    print_title: "Samverkansregistret – Huddinge kommun",
    print_whole: "Hela registret",
    print_selection: "Urval",
    print_search: "Sökning",
    print_local: "Endast lokala ändringar",
    printed_on: |d| format!("Utskrivet {d}"),
    result_count: |shown, total| format!("{shown} av {total} poster"),
    show_more: |next, left| format!("Visa {next} till ({left} kvar)"),
    prerendered_note: |day| {
        format!("Sökning, filter, detaljer och ändringar kräver JavaScript. Utan JavaScript visas registret som det var när sidan byggdes, med status per {day}.")
    },
    prerendered_more: |shown, total| format!("De {shown} första av {total} poster visas. Med JavaScript går det att visa fler och att söka."),
    entry_count: |n| format!("{n} {}", poster(n)),
    unplaced_no_academy: |n| {
        format!("{n} {} namnger ingen akademi i PM och saknar därför rad:", poster(n))
    },
    unplaced_no_department: |n| {
        format!("{n} {} saknar ansvarig förvaltning och saknar därför kolumn:", poster(n))
    },
    ends_on: |d| format!("slutar {d}"),
    without_facet: |facet, n| format!("Utan filtret {facet}: {n} {}", poster(n)),
    facet_title: |f| match f {
        Facet::Academy => "Akademi",
        Facet::Department => "Förvaltning",
        Facet::Category => "Kategori",
        Facet::Status => "Status",
    },
    status_label: |s| match s {
        Status::Active => "Aktiv",
        Status::Expiring => "Löper ut",
        Status::Ended => "Avslutad",
    },
    status_reason: |r| match r {
        StatusReason::ListedAsEnded => "Avslutad: listad under Tidigare samverkan i PM.".into(),
        StatusReason::EndPassed(d) => format!("Avslutad: giltighetstiden tog slut {d}."),
        StatusReason::EndsSoon(d) => {
            format!("Löper ut: giltig till {d}, inom {EXPIRING_MONTHS} månader.")
        }
        StatusReason::EndsLater(d) => format!("Aktiv: giltig till {d}."),
        StatusReason::UntilFurtherNotice => "Aktiv: gäller tills vidare.".into(),
        StatusReason::NoEndGiven => "Aktiv: inget slutdatum anges i PM.".into(),
    },
    notice: |n| match n {
        Notice::UnknownKey(k) => format!("okänd parameter ”{k}”"),
        Notice::UnknownId { key, id } => format!("okänt värde ”{id}” för {key}"),
        Notice::UnknownView(v) => format!("okänd vy ”{v}”"),
        Notice::UnknownLang(v) => format!("okänt språk ”{v}” (sv eller en)"),
        Notice::UnknownEntry(p) => format!("posten ”{p}” finns inte"),
        Notice::SearchTooLong => "söktexten var för lång och har kortats".into(),
    },
    source_line: |date, dnr, org| format!("PM {date}, Dnr {dnr}, {org}"),
    problem: |p| {
        let list = |l: &List| match l {
            List::Categories => "kategorier",
            List::Academies => "akademier",
            List::Departments => "förvaltningar",
            List::Entries => "poster",
            List::Edits => "ändringar",
        };
        let owner = |o: &Owner| match o {
            Owner::Strategy => "strategin".to_string(),
            Owner::Entry(id) => format!("post \"{id}\""),
            Owner::Edit(id) => format!("ändring \"{id}\""),
        };
        let field = |f: &RefField| match f {
            RefField::Category => "kategori",
            RefField::Academy => "akademi",
            RefField::Department => "ansvarig förvaltning",
            RefField::ContactDepartment => "kontaktpersonens förvaltning",
            RefField::Entry => "post",
        };
        match p {
            Problem::WrongSchema(s) => format!(
                "filen är inte ett samverkansregister (schema \"{s}\", väntade \"{}\")",
                crate::core::model::SCHEMA_NAME
            ),
            Problem::UnsupportedVersion(v) => format!(
                "filen har schemaversion {v}, men appen kan läsa version {}",
                crate::core::model::SCHEMA_VERSION
            ),
            Problem::BadId { list: l, id } => format!(
                "{}: id \"{id}\" får bara innehålla a–z, 0–9 och bindestreck",
                list(l)
            ),
            Problem::DuplicateId { list: l, id } => {
                format!("{}: id \"{id}\" finns flera gånger", list(l))
            }
            Problem::UnknownReference { owner: o, field: f, id } => {
                format!("{}: {} \"{id}\" finns inte i registret", owner(o), field(f))
            }
            Problem::RepeatedReference { owner: o, field: f, id } => {
                format!("{}: {} \"{id}\" står flera gånger", owner(o), field(f))
            }
            Problem::EmptyName { entry } => format!("post \"{entry}\": namn saknas"),
            Problem::FromAfterUntil { entry } => {
                format!("post \"{entry}\": giltig från ligger efter giltig till")
            }
            Problem::BadLink { entry, link } => format!(
                "post \"{entry}\": länken \"{link}\" börjar inte med https:// eller http://"
            ),
        }
    },
    import_error: |e| match e {
        ImportError::TooLarge { bytes } => format!(
            "Filen är för stor ({:.1} MB). Ett register eller en ändringsfil är högst {MAX_MB} MB.",
            megabytes(*bytes)
        ),
        ImportError::NotText => "Filen är inte en textfil (UTF-8). Välj en JSON-fil som exporterats från registret.".into(),
        ImportError::Malformed { line, column } => {
            format!("Filen är inte giltig JSON (fel på rad {line}, kolumn {column}).")
        }
        ImportError::UnknownSchema => "Filen är JSON men varken ett samverkansregister eller en ändringsfil från registret.".into(),
        ImportError::FutureVersion { found, supported } => format!(
            "Filen är från en nyare version av registret (version {found}); den här appen läser version {supported}. Uppdatera appen först."
        ),
        ImportError::WrongShape(msg) => format!("Filen har fel innehåll: {msg}."),
        ImportError::Invalid(problems) => problems_sentence(problems, Lang::Sv),
    },
    csv: CsvText {
        header: [
            "Namn",
            "Kategori",
            "Akademier",
            "Övriga parter",
            "Ansvarig förvaltning",
            "Kontaktperson",
            "Titel",
            "Giltig från",
            "Giltig till",
            "Giltighetstid",
            "Status",
            "Beskrivning",
            "Länkar",
            "Id",
        ],
        status_label: |s| (SV.status_label)(s),
        further_notice: "tills vidare",
    },
    statement: Statement {
        heading: "Tillgänglighetsredogörelse",
        intro: &[
            "Huddinge kommun står bakom Samverkansregistret. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur Samverkansregistret uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.",
        ],
        compliance_heading: "Hur tillgänglig är tjänsten?",
        compliance: "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, som hänvisar till EN 301 549 och WCAG 2.1 nivå AA. Bristerna står nedan.",
        done_heading: "Det här fungerar",
        done: &[
            "Allt går att göra med tangentbordet, och fokus syns alltid. Tangenten / flyttar till sökrutan, Esc stänger en öppen post eller ett formulär, och i tabellen under Relationer flyttar piltangenterna mellan cellerna.",
            "En länk överst hoppar förbi menyn till innehållet. Sidan har landmärken (sidhuvud, meny, sökning, innehåll, sidfot) och rubriker i ordning.",
            "Antalet träffar läses upp när en sökning eller ett filter ändras (till exempel ”12 av 18 poster”).",
            "Diagrammet under Relationer har en tabell med samma uppgifter bredvid sig, och tidslinjen har giltighetstiden i text på varje rad.",
            "Färgerna har minst kontrast AA i både ljust och mörkt läge (efter datorns inställning). Status visas alltid med ord, aldrig bara med färg.",
            "Texten kan förstoras till 200 % och sidan fungerar på en skärm som är 320 pixlar bred utan att man behöver rulla i sidled; bara den breda tabellen under Relationer rullar, i sin egen ruta.",
            "Gränssnittet finns på svenska och engelska. Valet sparas i webbläsaren och kan anges i länken (lang=en).",
            "Tjänsten fungerar utan nätverk när den har öppnats en gång, och kan skrivas ut.",
        ],
        gaps_heading: "Kända brister",
        gaps: &[
            "Registrets innehåll (namn, beskrivningar, kontaktpersoners titlar) finns bara på svenska, också när gränssnittet är på engelska. Innehållet är märkt som svenska så att skärmläsare läser det med svenskt uttal.",
            "Diagrammet under Relationer är ritat för att ses; det går att använda med tangentbordet, men på smala skärmar blir texten i det liten. Tabellen bredvid innehåller samma uppgifter och är det vi rekommenderar för skärmläsare och förstoring.",
            "Tjänsten har testats automatiskt och med tangentbord, men ännu inte av användare med skärmläsare (till exempel NVDA, JAWS eller VoiceOver).",
            "Filer som exporteras (JSON och CSV) och PM:et som registret bygger på omfattas inte av den här granskningen.",
        ],
        report_heading: "Rapportera brister",
        report: |department, dnr| format!(
            "Om du upptäcker problem som inte står på den här sidan, eller om du tycker att vi inte uppfyller lagens krav, kontakta Huddinge kommun och ange att det gäller Samverkansregistret och PM med Dnr {dnr}. Strategin för samverkan med akademierna förvaltas av {department}. Beskriv vad du försökte göra, vilken vy det gällde och vilken webbläsare och vilket hjälpmedel du använde. Länken från Kopiera länk visar oss exakt vad du såg."
        ),
        supervision_heading: "Tillsyn",
        supervision: "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
        method_heading: "Hur vi testat tjänsten",
        method: "Vi har granskat tjänsten själva. Vid varje ändring körs automatiska tester med axe-core mot WCAG 2.1 nivå A och AA i varje vy och tillstånd (lista, post, sökning utan träff, öppna filter, relationer, tidslinje, formulär med fel, importfel, offline), i ljust och mörkt läge, på svenska och engelska. Andra tester går igenom huvuduppgifterna enbart med tangentbordet och kontrollerar 200 % textstorlek och 320 pixlars bredd.",
        updated: "Redogörelsen uppdaterades senast 2026-11-28.",
    },
};

pub static EN: Texts = Texts {
    in_this_language: "In English",
    app_name: "Samverkansregistret",
    organisation: "Huddinge Municipality",
    tagline: "The municipality's collaboration with universities and colleges",
    skip_to_content: "Skip to content",
    main_menu: "Main menu",
    nav_list: "List",
    nav_about: "About the register",
    nav_relation: "Relations",
    nav_timeline: "Timeline",
    nav_accessibility: "Accessibility statement",
    list_heading: "Collaboration with universities and colleges",
    results_heading: "Entries",
    document_title: |view| format!("{view} – Samverkansregistret – Huddinge Municipality"),
    relation_heading: "Universities and departments",
    relation_hint: "Number of collaboration entries per university (row) and responsible department (column), for the search and the category and status filters. Choose a cell, row or column to filter; choose it again to remove the filter. In the table the arrow keys move between cells.",
    relation_entries: "Entries with the chosen filters",
    relation_empty: "No entry naming a university matches the search and filters.",
    filter_by: "Filter by",
    matrix_caption: "Number of entries per university and responsible department",
    total: "Total",
    diagram_label: "Diagram of the same figures as the table: universities on the left, departments on the right, line width by number of entries and colour by status.",
    diagram_caption: "The same figures as the table. Line width shows the number of entries, colour the status: ",
    unplaced_heading: "What the matrix does not show",
    partners_not_in_matrix: "Other partners are not universities and have no row:",
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
    active_filters: "Active filters",
    clear_all: "Clear all",
    remove_filter: "Remove filter",
    copy_link: "Copy link",
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
    load_failed: "The register could not be loaded. Reload the page; if the error remains, contact the register's maintainer.",
    edit_toolbar: "Edit the register",
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
    import_apply: "Import the changes",
    cancel: "Cancel",
    storage_memory_only: "The browser cannot save your changes (storage is full or turned off). The changes exist only in this tab until it is closed – save them with Export › Export changes.",
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
        None => "The saved local changes could not be read and the app shows the published register. The broken text remains in the browser's storage.".to_string(),
    },
    err_unknown: |v| format!("“{v}” is not in the register's lists."),
    err_date: |v| format!("“{v}” is not a date. Write YYYY, YYYY-MM or YYYY-MM-DD."),
    err_link: |v| format!("“{v}” is not a web address. It must start with https:// or http://."),
    delete_confirm: |name| format!("Delete “{name}”? You can undo or restore it afterwards."),
    update_available: "A new version is available — reload to use it. Your local changes are kept.",
    reload: "Reload",
    offline_note: "You are offline. The register, search and your local changes work as usual.",
    print: "Print",
    print_title: "Samverkansregistret – Huddinge Municipality",
    print_whole: "The whole register",
    print_selection: "Selection",
    print_search: "Search",
    print_local: "Local changes only",
    printed_on: |d| format!("Printed {d}"),
    result_count: |shown, total| format!("{shown} of {total} entries"),
    show_more: |next, left| format!("Show {next} more ({left} left)"),
    prerendered_note: |day| {
        format!("Search, filters, details and editing need JavaScript. Without it, the register is shown as it was when the page was built, with status as of {day}.")
    },
    prerendered_more: |shown, total| format!("The first {shown} of {total} entries are shown. With JavaScript you can show more and search."),
    entry_count: |n| format!("{n} {}", entries(n)),
    unplaced_no_academy: |n| {
        format!("{n} {} name no university in the memo and so have no row:", entries(n))
    },
    unplaced_no_department: |n| {
        format!("{n} {} have no responsible department and so no column:", entries(n))
    },
    ends_on: |d| format!("ends {d}"),
    without_facet: |facet, n| format!("Without the filter {facet}: {n} {}", entries(n)),
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
        Notice::UnknownKey(k) => format!("unknown parameter “{k}”"),
        Notice::UnknownId { key, id } => format!("unknown value “{id}” for {key}"),
        Notice::UnknownView(v) => format!("unknown view “{v}”"),
        Notice::UnknownLang(v) => format!("unknown language “{v}” (sv or en)"),
        Notice::UnknownEntry(p) => format!("the entry “{p}” does not exist"),
        Notice::SearchTooLong => "the search text was too long and has been shortened".into(),
    },
    source_line: |date, dnr, org| {
        let org = if org == SV.organisation {
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
                crate::core::model::SCHEMA_NAME
            ),
            Problem::UnsupportedVersion(v) => format!(
                "the file has schema version {v}, but the app reads version {}",
                crate::core::model::SCHEMA_VERSION
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
            Problem::FromAfterUntil { entry } => {
                format!("entry \"{entry}\": valid from is after valid until")
            }
            Problem::BadLink { entry, link } => format!(
                "entry \"{entry}\": the link \"{link}\" does not start with https:// or http://"
            ),
        }
    },
    import_error: |e| match e {
        ImportError::TooLarge { bytes } => format!(
            "The file is too large ({:.1} MB). A register or a file of changes is at most {MAX_MB} MB.",
            megabytes(*bytes)
        ),
        ImportError::NotText => "The file is not a text file (UTF-8). Choose a JSON file exported from the register.".into(),
        ImportError::Malformed { line, column } => {
            format!("The file is not valid JSON (error at line {line}, column {column}).")
        }
        ImportError::UnknownSchema => "The file is JSON but neither a collaboration register nor a file of changes from the register.".into(),
        ImportError::FutureVersion { found, supported } => format!(
            "The file is from a newer version of the register (version {found}); this app reads version {supported}. Update the app first."
        ),
        ImportError::WrongShape(msg) => format!("The file has the wrong content: {msg}."),
        ImportError::Invalid(problems) => problems_sentence(problems, Lang::En),
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
            "Valid from",
            "Valid until",
            "Validity",
            "Status",
            "Description",
            "Links",
            "Id",
        ],
        status_label: |s| (EN.status_label)(s),
        further_notice: "until further notice",
    },
    statement: Statement {
        heading: "Accessibility statement",
        intro: &[
            "Huddinge Municipality is responsible for Samverkansregistret. We want as many people as possible to be able to use it. This statement describes how Samverkansregistret meets the Swedish Act on accessibility to digital public services (2018:1937), the problems we know of, and how to report a problem so that we can fix it.",
        ],
        compliance_heading: "How accessible is the service?",
        compliance: "The service partially complies with the Act on accessibility to digital public services, which refers to EN 301 549 and WCAG 2.1 level AA. The gaps are listed below.",
        done_heading: "What works",
        done: &[
            "Everything can be done with the keyboard, and focus is always visible. The / key moves to the search box, Esc closes an open entry or form, and in the table under Relations the arrow keys move between cells.",
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
            "The diagram under Relations is drawn to be seen; it can be used with the keyboard, but on narrow screens its text becomes small. The table beside it holds the same figures and is what we recommend for screen readers and magnification.",
            "The service has been tested automatically and with the keyboard, but not yet by users of screen readers (such as NVDA, JAWS or VoiceOver).",
            "Exported files (JSON and CSV) and the memo the register is built on are not covered by this review.",
        ],
        report_heading: "Report a problem",
        report: |department, dnr| format!(
            "If you find a problem not described on this page, or think we do not meet the requirements of the Act, contact Huddinge Municipality and say that it concerns Samverkansregistret and the memo with Dnr {dnr}. The strategy for collaboration with universities is managed by {department}. Describe what you tried to do, which view it was, and which browser and assistive technology you used. The link from Copy link shows us exactly what you saw."
        ),
        supervision_heading: "Supervision",
        supervision: "The Agency for Digital Government (Digg) is responsible for supervising the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.",
        method_heading: "How we tested the service",
        method: "We have reviewed the service ourselves. On every change, automated tests with axe-core check WCAG 2.1 levels A and AA in every view and state (list, entry, search with no results, open filters, relations, timeline, form with errors, import error, offline), in light and dark mode, in Swedish and English. Other tests walk the main tasks with the keyboard alone and check 200 % text size and a width of 320 pixels.",
        updated: "This statement was last updated on 2026-11-28.",
    },
};

thread_local! {
    static CURRENT: Cell<Lang> = const { Cell::new(Lang::Sv) };
}

/// The table for `lang`.
impl Texts {
    /// The display name of a facet value: the register's label, or the status in this language.
    pub fn facet_value(&self, c: &crate::core::query::Catalog, facet: Facet, id: &str) -> String {
        let r = &c.register;
        match facet {
            Facet::Academy => r.academy(id).map(|a| a.label()),
            Facet::Department => r.department(id).map(|d| d.label()),
            Facet::Category => r.category(id).map(|c| c.name.clone()),
            Facet::Status => Status::from_id(id).map(|s| (self.status_label)(s).to_string()),
        }
        .unwrap_or_else(|| id.to_string())
    }
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// Makes `lang` the language [`t`] answers in. The app sets it before it renders.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|c| c.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(Cell::get)
}

/// The active language's table.
pub fn t() -> &'static Texts {
    texts(lang())
}
