//! Swedish: the interface's first language.

use super::sv_phrases::poster;
use super::texts::{
    first_problems, if_any, isolated as iso, join_and, megabytes, Statement, Texts, MAX_MB,
};
use crate::date::{Status, StatusReason, EXPIRING_MONTHS};
use crate::exchange::{CsvText, ImportError};
use crate::load::{Shape, SourceProblem};
use crate::query::Facet;
use crate::sort::Column;
use crate::url::Notice;
use crate::validate::{List, Owner, Problem, RefField};

/// "Filen har 3 fel: …", at most a few problems listed.
fn problems_sentence(problems: &[Problem]) -> String {
    let (shown, more) = first_problems(problems, SV.problem);
    let rest = if_any(more, |n| format!(" … och {n} till"));
    format!("Filen har {} fel: {shown}{rest}.", problems.len())
}

pub static SV: Texts = Texts {
    in_this_language: "På svenska",
    app_name: "Samverkansregistret",
    organisation: "Huddinge kommun",
    tagline: "Kommunens samverkan med universitet och högskolor",
    skip_to_content: "Hoppa till innehållet",
    skip_to_filters: "Hoppa till filtren",
    skip_to_results: "Hoppa till resultaten",
    main_menu: "Huvudmeny",
    nav_list: "Lista",
    nav_about: "Om registret",
    nav_relation: "Relationer",
    nav_timeline: "Tidslinje",
    nav_table: "Tabell",
    show_as: "Visa som",
    in_the_memo: "i PM:",
    cell_info_hint: "Tryck på, klicka på eller gå till en cell för att se vilka poster den räknar.",
    axis_span: |from, to| format!("Tidsaxeln visar {from} till {to}."),
    show_whole_period: "Visa hela perioden",
    show_near_period: "Visa de närmaste åren",
    past_axis: "fortsätter efter axeln",
    before_axis: "slutade före axelns början",
    after_axis: "börjar efter axelns slut",
    table_heading: "Samverkan i tabellform",
    table_caption: "Poster med valda filter, en rad per post. Välj en kolumnrubrik för att sortera.",
    col_department_short: "Förvaltning",
    sort_by: |column| format!("Sortera efter {}", crate::unicode::lowercase(column)),
    sort_label: "Sortera",
    sort_default: "Bästa träff först",
    sort_option: |s| {
        let column = match s.column {
            Column::Name => "Namn",
            Column::Category => "Kategori",
            Column::Academies => "Akademi",
            Column::Department => "Förvaltning",
            Column::Contact => "Kontaktperson",
            Column::Start => "Giltig från",
            Column::End => "Giltig till",
            Column::Status => "Status",
        };
        let way = match (s.column, s.descending) {
            (Column::Start | Column::End, false) => "tidigast först",
            (Column::Start | Column::End, true) => "senast först",
            (Column::Status, false) => "aktiva först",
            (Column::Status, true) => "avslutade först",
            (_, false) => "A–Ö",
            (_, true) => "Ö–A",
        };
        format!("{column}, {way}")
    },
    nav_accessibility: "Tillgänglighetsredogörelse",
    list_heading: "Samverkan med akademierna",
    results_heading: "Poster",
    document_title: |view| format!("{view} – Samverkansregistret – Huddinge kommun"),
    relation_heading: "Akademier och förvaltningar",
    relation_hint: "Antal samverkansposter per akademi (rad) och ansvarig förvaltning (kolumn), för sökningen och filtren kategori och status. Tryck eller klicka på en cell för att se dess poster här och filtrera på den, eller på en akademi eller förvaltning för att filtrera på den; välj samma igen för att ta bort filtret. Med tangentbordet flyttar piltangenterna mellan cellerna och Enter väljer.",
    relation_entries: "Poster med valda filter",
    relation_empty: "Ingen post med namngiven akademi matchar sökningen och filtren.",
    matrix_caption: "Antal poster per akademi och ansvarig förvaltning",
    matrix_note: "Avslutade poster räknas inte, utom när statusfiltret Avslutad är valt. ”Poster totalt” räknar varje post en gång, också när den står i flera celler.",
    matrix_total: "Poster totalt",
    total: "Totalt",
    diagram_label: "Diagram över samma uppgifter som tabellen: akademier till vänster, förvaltningar till höger, linjens bredd efter antal poster och färg efter status.",
    diagram_caption: "Samma uppgifter som tabellen. Linjens bredd visar antalet poster, färgen status: ",
    unplaced_heading: "Det här visar inte matrisen",
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
    filters_toggle: |n| if n == 0 { "Filter".into() } else { format!("Filter ({n})") },
    show_hits: |n| if n == 1 { "Visa 1 post".into() } else { format!("Visa {n} poster") },
    nav_register: "Registret",
    matrix_legend: "Förvaltningarna i tabellen",
    cell_entries: "Posterna i den valda cellen",
    print_link: "Den här vyn på webben:",
    active_filters: "Aktiva filter",
    clear_all: "Rensa alla",
    copy_link: "Kopiera länk",
    show_qr: "Visa QR-kod",
    qr_heading: "Den här vyn som QR-kod",
    qr_label: "QR-kod med länken till den här vyn",
    qr_too_long: "Länken är för lång för en QR-kod. Kopiera den i stället.",
    add_to_calendar: "Lägg i kalender",
    share_toolbar: "Dela",
    calendar_hint: "Hämtar en kalenderfil (.ics) för Outlook, Google och Apple med slutdatum och en påminnelse om förnyelse sex månader före.",
    calendar_ends: "Slutar",
    calendar_renew: "Dags att förnya",
    calendar_done: |events, entries| match entries {
        1 => format!("Kalenderfilen har hämtats: {events} händelser för 1 post."),
        n => format!("Kalenderfilen har hämtats: {events} händelser för {n} poster."),
    },
    calendar_without: |n| match n {
        1 => "1 post saknar slutdatum och finns inte i filen:".to_string(),
        n => format!("{n} poster saknar slutdatum och finns inte i filen:"),
    },
    calendar_inside: |n| match n {
        1 => "1 post är redan inom sex månader före sitt slut, så påminnelsen om att förnya ligger nästa arbetsdag:".to_string(),
        n => format!("{n} poster är redan inom sex månader före sitt slut, så påminnelsen om att förnya ligger nästa arbetsdag:"),
    },
    calendar_none: "Ingen av posterna har ett slutdatum, så det finns inget att lägga i kalendern.",
    and_more: |n| format!("… och {n} till"),
    catalog_title: "Samverkansregistret",
    catalog_description: "Kommunens samverkan med universitet och högskolor som öppna data: forum, avtal, studentprogram och partnerskap med ansvarig förvaltning, kontaktperson och giltighetstid.",
    dataset_title: "Samverkan med akademierna",
    dataset_description: |source| format!(
        "De forum, avtal, studentprogram och partnerskap som {} har med universitet och högskolor (akademierna), med ansvarig förvaltning, kontaktperson och titel, giltighetstid och beskrivning, också avslutade samarbeten. Källa: {} {}, Dnr {}.",
        source.organisation, source.kind, source.date, source.dnr
    ),
    dataset_keywords: &["samverkan", "akademierna", "universitet", "högskolor", "avtal", "ULF-avtal", "verksamhetsförlagd utbildning"],
    distribution_title: |format| format!("Registret som {format}"),
    news_heading: "Nytt sedan ditt senaste besök",
    news_summary: |added, changed, removed| {
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} {}", if added == 1 { "ny post" } else { "nya poster" }));
        }
        if changed > 0 {
            parts.push(format!("{changed} {}", if changed == 1 { "ändrad" } else { "ändrade" }));
        }
        if removed > 0 {
            parts.push(format!("{removed} {}", if removed == 1 { "borttagen" } else { "borttagna" }));
        }
        format!("Registret har publicerats på nytt: {}.", join_and(&parts, "och"))
    },
    news_added: "Nya",
    news_changed: "Ändrade",
    news_removed: |n| match n {
        1 => "1 post som fanns förra gången finns inte längre i registret.".to_string(),
        n => format!("{n} poster som fanns förra gången finns inte längre i registret."),
    },
    news_only_filter: "Nytt sedan senaste besöket",
    news_show: "Visa bara dessa",
    news_mark_read: "Markera som läst",
    news_not_saved: "Det gick inte att komma ihåg att du har läst, eftersom webbläsarens lagring är full eller avstängd. Meddelandet kommer tillbaka nästa gång.",
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
    updated_on: |day| format!("Senast uppdaterad {day}"),
    source_failed_heading: "Registret kunde inte läsas",
    source_failed_intro: "Filen med registret (register.json) på webbservern går inte att använda, och den här webbläsaren har ingen tidigare kopia att visa i stället. Inget har ändrats: dina lokala ändringar finns kvar i webbläsaren.",
    source_failed_advice: "Ladda om sidan om en stund. Kvarstår felet, kontakta registrets förvaltare och berätta vad som står här.",
    source_problems_heading: "Fel i filen",
    more_problems: |n| format!("… och {n} fel till."),
    try_again: "Försök igen",
    source_problem: |p| match p {
        SourceProblem::Unreachable => "Webbservern svarade inte, eller så är du offline.".into(),
        SourceProblem::Http(404) => "Filen register.json finns inte på webbservern (HTTP 404).".into(),
        SourceProblem::Http(code) => format!("Webbservern svarade med ett fel (HTTP {code}) i stället för filen register.json."),
        SourceProblem::Unreadable(ImportError::Invalid(problems)) => format!(
            "Filen register.json har {} fel och kan inte användas.",
            problems.len()
        ),
        SourceProblem::Unreadable(e) => format!("Filen register.json kan inte användas. {}", (SV.import_error)(e)),
    },
    source_stale: |reason, day| format!(
        "Det publicerade registret kunde inte läsas: {reason} Du ser den senaste version som den här webbläsaren läste, uppdaterad {day}."
    ),
    publish: "Publicera …",
    publish_heading: "Publicera registret",
    publish_summary: |n, day| match n {
        0 => format!("Den här webbläsaren har inga lokala ändringar: filerna blir det publicerade registret som det är, med {day} som datum för senast uppdaterad."),
        1 => format!("Det publicerade registret med 1 lokal ändring från den här webbläsaren, med {day} som datum för senast uppdaterad."),
        n => format!("Det publicerade registret med {n} lokala ändringar från den här webbläsaren, med {day} som datum för senast uppdaterad."),
    },
    publish_steps: &[
        "Ladda ner de fyra filerna nedan: register.json (registret), index.html (startsidan, med registrets första vy för den som öppnar sidan innan appen har laddats eller utan JavaScript), register.csv (registret som öppna data) och dcat.rdf (beskrivningen av öppna data, som Sveriges dataportal läser).",
        "Skicka dem till den som sköter webbservern (till exempel IT) och be hen ersätta filerna med samma namn i registrets mapp. Inga andra filer ändras, och inget behöver byggas om.",
    ],
    publish_download: |file| format!("Ladda ner {file}"),
    publish_invalid: "Registret har fel och kan inte publiceras. Rätta posterna nedan först:",
    publish_page_failed: "Startsidan (index.html) gick inte att hämta från webbservern. Försök igen när du har nätverk.",
    publish_open_data_failed: |why| format!("index.html, register.csv och dcat.rdf kan inte skrivas: open-data.json på webbservern går inte att använda ({why}), och de beror på vad den säger om öppna data. Be den som sköter webbservern rätta den (se docs/PUBLISHING.md); register.json går att ladda ner."),
    publish_after: "När filerna ligger på servern ser läsarna det nya registret vid nästa besök. Dina lokala ändringar försvinner då av sig själva, eftersom de finns i det publicerade registret.",
    publish_preparing: "Kontrollerar registret på servern och skapar filerna …",
    publish_newer: |server, base| format!("Registret på webbservern har ändrats sedan den här sidan laddades (senast uppdaterat {server} där; dina ändringar bygger på {base}). Publicerar du nu skrivs den nyare publiceringen över, så inga filer skapas. Ladda om sidan: dina lokala ändringar finns kvar och visas ovanpå det nya registret."),
    publish_unchecked: |why| format!("Registret på webbservern gick inte att läsa ({why}), så det går inte att se om någon har publicerat ett nyare. Inga filer skapas förrän det går – försök igen när servern svarar."),
    publish_base_question: |here| format!("open-data.json på webbservern anger ingen publik adress för registret. Ska dcat.rdf peka på adressen du använder nu, {here}? Är det en test- eller utvecklingsadress, välj i stället adresser som utgår från filen själv (som bygget skriver dem) och be den som sköter webbservern fylla i url i open-data.json."),
    publish_base_here: |here| format!("Använd {here}"),
    publish_base_relative: "Utgå från filen själv",
    publish_rebuilt: "Dina lokala ändringar ändrades medan panelen var öppen (här eller i en annan flik). Filerna har skapats om och stämmer nu med det du ser.",
    settled_notice: |n| format!("{} av dina lokala ändringar syns nu i det publicerade registret. De sparas kvar i den här webbläsaren tills du bekräftar publiceringen: byts filen på servern tillbaka blir de lokala ändringar igen.", if n == 1 { "En".to_string() } else { n.to_string() }),
    settled_confirm: "Publiceringen stämmer",
    local_only: |n| match n {
        1 => "Din lokala ändring finns bara i den här webbläsaren tills den publiceras.".to_string(),
        n => format!("Dina {n} lokala ändringar finns bara i den här webbläsaren tills de publiceras."),
    },
    local_only_old: |day| format!("Den äldsta är från {day}. Exportera eller publicera dem snart: en del webbläsare, som Safari, raderar en webbplats lagring efter sju dagar utan besök."),
    clear_local: "Rensa lokala ändringar",
    clear_local_question: |n| format!(
        "{n} {} tas bort från den här webbläsaren, och det går inte att ångra. Exportera dem först om du vill spara dem.",
        if n == 1 { "lokal ändring" } else { "lokala ändringar" }
    ),
    clear_local_confirm: "Rensa",
    cleared_local: "De lokala ändringarna är borttagna. Du ser det publicerade registret.",
    about_publish_heading: "Så uppdateras registret",
    open_data: "Öppna data",
    about_open_data: &[
        "Registret finns som öppna data i filerna bredvid appen: register.csv (registret som en tabell), register.json (registret i sitt eget format) och dcat.rdf (beskrivningen av datamängden enligt DCAT-AP-SE, som Sveriges dataportal läser).",
        "Registret innehåller namn och titlar på kontaktpersoner. Det är personuppgifter, och att publicera dem som öppna data är kommunens beslut. Kommunen kan lämna dem utanför de öppna data (i filen open-data.json); register.json, som appen själv läser, finns ändå på webbservern.",
    ],
    about_publish: &[
        "Registret är en fil, register.json, som ligger bredvid appen på webbservern. Den som samordnar registret kan uppdatera den utan utvecklare och utan andra verktyg än webbläsaren.",
        "1. Välj Redigera registret och gör ändringarna: Ny post, Redigera, Ta bort eller Importera. Ändringarna sparas bara i din webbläsare tills de publiceras.",
        "2. Välj Publicera … och ladda ner allt som en zip-fil, eller de fyra filerna en och en: register.json, index.html och de två filerna med öppna data, register.csv och dcat.rdf. Registret kontrolleras först; har det fel går det inte att publicera. Vad publiceringen ändrade sparas i registret och syns i Ändringsloggen.",
        "3. Be den som sköter webbservern (till exempel IT) ersätta filerna med samma namn. Läsarna ser det nya registret vid nästa besök, också de som har appen sparad för att använda utan nätverk.",
        "Går något fel med filen på servern fortsätter läsare som har varit här förut att se den senaste fungerande versionen, och nya läsare får veta vad som är fel.",
    ],
    edit_toolbar: "Registrets verktyg",
    edit_mode: "Redigera registret",
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
    import_categories: "Nya eller ändrade kategorier",
    import_leaves_texts: "Filen har en annan text under Om registret eller andra uppgifter om källan. De följer inte med en import; de ändras när ett nytt register publiceras.",
    import_apply: "Importera ändringarna",
    cancel: "Avbryt",
    storage_memory_only: "Webbläsaren kan inte spara dina ändringar just nu (lagringen är full eller avstängd). De finns kvar i den här fliken och sparas så snart det går. Stäng inte fliken innan dess – eller spara dem i en fil med Exportera › Exportera ändringar.",
    storage_saved_again: "Ändringarna som väntade är nu sparade i webbläsaren.",
    changed_elsewhere: "Posten har ändrats i en annan flik.",
    deleted_elsewhere: "Posten har tagits bort i en annan flik.",
    changed_elsewhere_help: "Det du har skrivit finns kvar. Välj vad som ska gälla där ni båda har ändrat; fält som bara den andra fliken ändrade tas med i båda fallen.",
    deleted_elsewhere_help: "Det du har skrivit finns kvar. Sparar du, finns posten kvar med dina ändringar.",
    both_changed: |fields| format!("Ni har båda ändrat: {fields}."),
    as_written_hint: "Ändrar du datumen men inte den här texten tas den bort när du sparar, så att giltighetstiden visas från de nya datumen.",
    theirs_value: |field| format!("{field} i den andra fliken"),
    theirs_empty: |field| format!("{field} är tomt i den andra fliken"),
    keep_yours: "Behåll mina ändringar",
    take_theirs: "Ta den andra flikens version",
    close_form: "Stäng formuläret",
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
    within_label: "Löper ut inom",
    within_any: "Ingen gräns",
    within_months: |m| if m == 1 { "1 månad".to_string() } else { format!("{m} månader") },
    within_filter: |m| if m == 1 { "Löper ut inom 1 månad".to_string() } else { format!("Löper ut inom {m} månader") },
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
        None => "De sparade lokala ändringarna gick inte att läsa, och lagringen är för full för att lägga en kopia åt sidan. Den trasiga texten finns kvar orörd och skrivs inte över; nya ändringar finns bara i den här fliken – spara dem med Exportera › Exportera ändringar.".to_string(),
    },
    err_unknown: |v| format!("”{v}” finns inte i registrets listor."),
    err_date: |v| format!("”{v}” är inget datum. Skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD."),
    err_link: |v| format!("”{v}” är ingen webbadress. Den ska börja med https://, http:// eller mailto:."),
    delete_confirm: |name| format!("Vill du ta bort ”{name}”? Du kan ångra eller återställa efteråt."),
    update_available: "Ny version finns — ladda om för att använda den. Dina lokala ändringar finns kvar.",
    reload: "Ladda om",
    offline_note: "Du är offline. Registret, sökningen och dina lokala ändringar fungerar som vanligt.",
    print: "Skriv ut",
    print_title: "Samverkansregistret – Huddinge kommun",
    print_whole: "Hela registret",
    print_selection: "Urval",
    print_local: "Endast lokala ändringar",
    printed_on: |d| format!("Utskrivet {d}"),
    result_count: |shown, total| format!("{shown} av {total} poster"),
    show_more: |next, left| format!("Visa {next} till ({left} kvar)"),
    prerendered_note: |day| {
        format!("Sökning, filter, detaljer och ändringar kräver JavaScript. Utan JavaScript visas registret som det var när sidan byggdes, med status per {day}.")
    },
    loading_app: "Laddar samverkansregistret …",
    loading_starting: "Startar samverkansregistret …",
    loading_fetch: "Hämtar registret …",
    loading_read: "Läser in registret …",
    loading_index: "Gör registret sökbart …",
    prerendered_more: |shown, total| format!("De {shown} första av {total} poster visas. Med JavaScript går det att visa fler och att söka."),
    entry_count: |n| format!("{n} {}", poster(n)),
    ends_on: |d| format!("slutar {d}"),
    without_facet: |facet, n| format!("Utan filtret {facet}: {n} {}", poster(n)),
    without_choice: |facet, values, n| format!("Utan ”{facet}: {values}”: {n} {}", poster(n)),
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
    in_force: "Gäller (aktiv eller löper ut)",
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
        // Every value from the link is isolated (`iso`): a right-to-left override in it must not
        // turn the rest of the sentence around.
        Notice::UnknownKey(k) => format!("okänd parameter ”{}”", iso(k)),
        Notice::UnknownId { key, id } => format!("okänt värde ”{}” för {key}", iso(id)),
        Notice::UnknownView(v) => format!("okänd vy ”{}”", iso(v)),
        Notice::UnknownLang(v) => format!("okänt språk ”{}” (sv eller en)", iso(v)),
        // The link may come from a colleague whose new entry lives only in their browser.
        Notice::UnknownEntry(p) => format!(
            "posten ”{}” finns inte i det publicerade registret eller bland ändringarna i den här webbläsaren. Den kan vara en ny post som någon har lagt till i sin egen webbläsare men inte publicerat ännu, eller en post som har tagits bort",
            iso(p)
        ),
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
                crate::model::SCHEMA_NAME
            ),
            Problem::UnsupportedVersion(v) => format!(
                "filen har schemaversion {v}, men appen kan läsa version {}",
                crate::model::SCHEMA_VERSION
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
            Problem::EmptyContactName { entry } => {
                format!("post \"{entry}\": kontaktpersonen saknar namn")
            }
            Problem::FromAfterUntil { entry } => {
                format!("post \"{entry}\": giltig från ligger efter giltig till")
            }
            Problem::BadLink { entry, link } => format!(
                "post \"{entry}\": länken \"{link}\" börjar inte med https:// eller http://"
            ),
            Problem::BadUpdated(d) if d.is_empty() => {
                "källan saknar datum för senast uppdaterad (source.updated, ÅÅÅÅ-MM-DD)".into()
            }
            Problem::BadUpdated(d) => format!(
                "källans datum för senast uppdaterad, \"{d}\", är inte ett datum (ÅÅÅÅ-MM-DD)"
            ),
            Problem::BadOpenData { field, value } => format!(
                "open-data.json: fältet ”{field}” går inte att använda som det står, ”{}” (en adress börjar med https:// eller http://, en e-postadress har formen namn@exempel.se, ett namn står på en rad)",
                iso(value)
            ),
            Problem::History { at, fault } => (super::sv_publication::SV_PUBLICATION.fault)(*at, fault),
            Problem::ForbiddenCharacter { place, code } => format!(
                "fältet {place} innehåller ett styrtecken som inte får finnas i en text (U+{code:04X}), till exempel en radbrytning som klistrats in från Word; ta bort det"
            ),
        }
    },
    import_error: |e| match e {
        ImportError::TooLarge { bytes } => format!(
            "Filen är för stor ({} MB). Ett register eller en ändringsfil är högst {MAX_MB} MB.",
            megabytes(*bytes, ',')
        ),
        ImportError::NotText => "Filen är inte en textfil (UTF-8). Välj en JSON-fil som exporterats från registret.".into(),
        ImportError::Malformed { line, column } => {
            format!("Filen är inte giltig JSON (fel på rad {line}, kolumn {column}).")
        }
        ImportError::UnknownSchema => "Filen är JSON men varken ett samverkansregister eller en ändringsfil från registret.".into(),
        ImportError::FutureVersion { found, supported } => format!(
            "Filen är från en nyare version av registret (version {found}); den här appen läser version {supported}. Uppdatera appen först."
        ),
        ImportError::WrongShape { shape, line, column } => {
            let what = match shape {
                Shape::MissingField(f) => format!("fältet ”{f}” saknas"),
                Shape::UnknownField(f) => format!("fältet ”{f}” finns inte i schemat (felstavat?)"),
                Shape::BadDate(d) => format!("”{d}” är inte ett datum (skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)"),
                Shape::WrongValue => "ett värde har fel typ".into(),
            };
            format!("Filen har fel innehåll: {what} (rad {line}, kolumn {column}).")
        }
        ImportError::Invalid(problems) => problems_sentence(problems),
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
            "Kontaktpersonens förvaltning",
            "Giltig från",
            "Startdatum",
            "Giltig till",
            "Slutdatum",
            "Giltighetstid i PM",
            "Status",
            "Beskrivning",
            "Länkar",
            "Id",
        ],
        status_label: |s| (SV.status_label)(s),
        further_notice: "tills vidare",
    },
    gloss: |_, _| None,
    validity: |v| crate::summary::validity_text(v, SV.further_notice),
    publication: &super::sv_publication::SV_PUBLICATION,
    phrases: &super::sv_phrases::SV_PHRASES,
    statement: Statement {
        heading: "Tillgänglighetsredogörelse",
        intro: &[
            "Huddinge kommun står bakom Samverkansregistret. Vi vill att så många som möjligt ska kunna använda tjänsten. Här beskriver vi hur Samverkansregistret uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem så att vi kan åtgärda dem.",
        ],
        compliance_heading: "Hur tillgänglig är tjänsten?",
        compliance: "Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service, som hänvisar till EN 301 549 och WCAG 2.1 nivå AA. Bristerna står nedan.",
        done_heading: "Det här fungerar",
        done: &[
            "Allt går att göra med tangentbordet, och fokus syns alltid. Tangenten / flyttar till sökrutan, Esc stänger en öppen post eller ett formulär, och i tabellen under Relationer flyttar piltangenterna mellan cellerna. Varje kryssruta i filtren är ett stopp för Tab och blanksteg kryssar i den; Enter i en kryssruta eller i sökrutan går till antalet träffar. Tabellvyns kolumnrubriker sorterar, och sorteringen läses upp. Skriv ut, Kopiera länk och Lägg i kalender är en verktygsrad med ett stopp för Tab, och piltangenterna flyttar mellan knapparna.",
            "Ändrat 2026-12-07: Filtrens kryssrutor är nu ett stopp för Tab var, som i WAI-ARIA Authoring Practices, i stället för ett stopp per grupp med piltangenter. Enter i sökrutan går till antalet träffar. På en smal skärm ligger filtren bakom en knapp som säger hur många som är valda (”Filter (2)”), tabellvyn visar varje post som ett kort med alla fält och deras rubriker, och under Relationer står förvaltningarnas namn under tabellen (inte bara i verktygstips), kolumnen med akademierna ligger kvar när tabellen rullas och ett tryck på en cell visar dess poster med länkar direkt. Vyerna (Lista, Tabell, Relationer, Tidslinje) finns på ett ställe, vid antalet träffar. Utskrifter har vyns länk som text och QR-kod, och ord delas bara mellan delarna i ett sammansatt ord.",
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
            "Diagrammet under Relationer är ritat för att ses; det går att använda med tangentbordet. På smala skärmar visas det inte, eftersom texten i det skulle bli för liten; tabellen innehåller samma uppgifter och är det vi rekommenderar för skärmläsare och förstoring.",
            "Tjänsten har testats automatiskt och med tangentbord, men ännu inte av användare med skärmläsare (till exempel NVDA, JAWS eller VoiceOver).",
            "Filer som exporteras (JSON, CSV och kalenderfiler) och PM:et som registret bygger på omfattas inte av den här granskningen.",
        ],
        report_heading: "Rapportera brister",
        report: |department, dnr| format!(
            "Om du upptäcker problem som inte står på den här sidan, eller om du tycker att vi inte uppfyller lagens krav, kontakta Huddinge kommun och ange att det gäller Samverkansregistret och PM med Dnr {dnr}. Strategin för samverkan med akademierna förvaltas av {department}. Beskriv vad du försökte göra, vilken vy det gällde och vilken webbläsare och vilket hjälpmedel du använde. Länken från Kopiera länk visar oss exakt vad du såg."
        ),
        supervision_heading: "Tillsyn",
        supervision: "Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det.",
        method_heading: "Hur vi testat tjänsten",
        method: "Vi har granskat tjänsten själva. Vid varje ändring körs automatiska tester med axe-core mot WCAG 2.1 nivå A och AA i varje vy och tillstånd (lista, post, sökning utan träff, öppna filter, relationer, tidslinje, formulär med fel, importfel, offline), i ljust och mörkt läge, på svenska och engelska, också på en mobil med 390 pixlars bredd. Andra tester går igenom huvuduppgifterna enbart med tangentbordet (högst 40 tangenttryck för att söka, välja två filter, öppna en post och gå tillbaka och nå relationstabellen), prövar vyerna med tryck på en mobil och kontrollerar 200 % textstorlek och 320 pixlars bredd.",
        updated: "Redogörelsen uppdaterades senast 2026-12-07.",
    },
};
