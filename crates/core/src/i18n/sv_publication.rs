//! The register's history in Swedish (`PublicationTexts`).

use super::texts::PublicationTexts;
use crate::history::{Fault, Field, KEPT_MONTHS, KEPT_PUBLICATIONS};

pub static SV_PUBLICATION: PublicationTexts = PublicationTexts {
    log_title: "Ändringslogg",
    log_intro: "Varje publicering av registret som ändrade något, den senaste först: vilka poster som kom till, vad som ändrades i varje post och vilka som togs bort.",
    log_empty: "Ingen publicering har ändrat registret sedan ändringsloggen började föras.",
    publication: |day| format!("Publicerad {day}"),
    counts: |added, changed, removed| {
        let mut parts = Vec::new();
        if added > 0 {
            parts.push(format!("{added} {}", if added == 1 { "ny" } else { "nya" }));
        }
        if changed > 0 {
            parts.push(format!("{changed} {}", if changed == 1 { "ändrad" } else { "ändrade" }));
        }
        if removed > 0 {
            parts.push(format!("{removed} {}", if removed == 1 { "borttagen" } else { "borttagna" }));
        }
        parts.join(", ")
    },
    added: "Nya poster",
    changed: "Ändrade poster",
    removed: "Borttagna poster",
    cut: |until, n| format!(
        "Ändringsloggen sparar de senaste {KEPT_MONTHS} månaderna och högst {KEPT_PUBLICATIONS} publiceringar. {n} äldre {}, till och med {until}, har tagits bort ur den.",
        if n == 1 { "publicering" } else { "publiceringar" }
    ),
    field: |f| match f {
        Field::Name => "Namn",
        Field::Category => "Kategori",
        Field::Academies => "Akademier",
        Field::Partners => "Övriga parter",
        Field::Department => "Ansvarig förvaltning",
        Field::ContactName => "Kontaktperson",
        Field::ContactTitle => "Kontaktpersonens titel",
        Field::ContactDepartment => "Kontaktpersonens förvaltning",
        Field::From => "Giltig från",
        Field::Until => "Giltig till",
        Field::AsWritten => "Giltighet som i PM",
        Field::Ended => "Listad som tidigare samverkan",
        Field::Description => "Beskrivning",
        Field::Comment => "Kommentar",
        Field::Links => "Länkar",
        Field::Source => "Källa i PM",
    },
    yes: "ja",
    no: "nej",
    nothing: "(tomt)",
    long_changed: "ändrad",
    to: "blev",
    show_both: "Visa före och efter",
    before: "Före",
    after: "Efter",
    entry_heading: "Ändringar",
    entry_added: "Lades till i registret",
    entry_removed: "Togs bort ur registret",
    entry_none: "Inga publicerade ändringar sedan ändringsloggen började föras.",
    news_removed: "Borttagna",
    to_log: "Hela ändringsloggen",
    bundle_download: "Ladda ner allt som en zip-fil",
    bundle_failed: "Zip-filen gick inte att skapa i webbläsaren. Ladda ner filerna en och en nedan; de är desamma.",
    bundle_hint: "En fil till IT med de fyra filerna och sidan som beskriver kolumnerna i öppna data (oppna-data.html), deras SHA-256-kontrollsummor och en kort instruktion. Webbläsaren kan döpa om en andra nedladdning med samma namn, till exempel register (1).json; det händer inte med filerna i zip-filen.",
    bundle_readme: |day, names, sums| format!(
        "Samverkansregistret – publicering {day}\r\n\r\n\
         1. Ersätt filerna med samma namn i appens mapp på webbservern med de här filerna: {}. Inga andra filer ändras, och inget behöver byggas.\r\n\
         2. Kontrollera att filerna kom fram oförändrade. I mappen med filerna: sha256sum -c SHA256SUMS (Linux, macOS: shasum -a 256 -c SHA256SUMS; Windows PowerShell: Get-FileHash register.json). Kontrollsummorna (SHA-256):\r\n\r\n{}\r\n\
         3. Öppna appen: sidfoten ska visa Senast uppdaterad {day}.\r\n\r\n\
         Mer: docs/PUBLISHING.md i appens källkod.\r\n",
        names.join(", "),
        sums.replace('\n', "\r\n")
    ),
    doc_title: "Samverkansregistret som öppna data",
    doc_intro: "Huddinge kommuns register över samverkan med universitet och högskolor (akademierna), som öppna data. Filerna ligger bredvid appen och ersätts vid varje publicering. Alla datum skrivs ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, med den precision som promemorian (PM) ger.",
    doc_columns: [
        "Samverkans namn: forum, avtal, studentprogram eller partnerskap.",
        "Avsnittet i PM som samverkan står under.",
        "Universitet och högskolor som deltar, åtskilda med kommatecken; tom där PM inte nämner någon.",
        "Andra parter än akademierna, som i PM, åtskilda med kommatecken.",
        "Kommunens förvaltning eller enhet som ansvarar.",
        "Kontaktpersonens namn.",
        "Kontaktpersonens titel.",
        "Kontaktpersonens förvaltning: egen där den skiljer sig från den ansvariga, annars den ansvariga.",
        "När samverkan började, som i PM (år, månad eller dag).",
        "Samma som en dag: första dagen i perioden.",
        "När samverkan slutar, som i PM, eller ”tills vidare”.",
        "Samma som en dag: sista dagen i perioden; tom för ”tills vidare”.",
        "Giltighetstiden med PM:s egna ord.",
        "Aktiv, Löper ut (inom 6 månader) eller Avslutad, räknat den dag filen publicerades.",
        "Beskrivningen i PM.",
        "Webbadresser, åtskilda med mellanslag.",
        "Postens fasta id, samma som i register.json och i appens länkar (?post=id).",
    ],
    doc_without_contacts: "Kommunen har valt att lämna kontaktpersonernas namn och titlar utanför de öppna data, så register.csv saknar de två kolumnerna.",
    doc_files: [
        "register.csv: registret som en tabell, en rad per post, kommaseparerad UTF-8 (RFC 4180). Kolumnerna:",
        "register.json: registret i appens eget format, med historiken över vad varje publicering ändrade. Formatet beskrivs i docs/DATA.md i appens källkod.",
        "dcat.rdf: beskrivningen av datamängden enligt DCAT-AP-SE, som Sveriges dataportal läser.",
    ],
    fault: |at, f| {
        let which = if at == 0 {
            "historikens senaste publicering".to_string()
        } else {
            format!("historikens publicering nr {} (räknat från den senaste)", at + 1)
        };
        let what = match f {
            Fault::NotADay(d) => format!("datumet ”{d}” är inte en dag (ÅÅÅÅ-MM-DD)"),
            Fault::OutOfOrder => "den är nyare än publiceringen före den; den senaste ska stå först".into(),
            Fault::AfterUpdated => "den är daterad efter registrets ”senast uppdaterad”".into(),
            Fault::BadDigest(d) => format!("”from” ska vara 16 hexadecimala siffror, inte ”{d}”"),
            Fault::Empty => "den innehåller ingen ändring".into(),
            Fault::Repeated(id) => format!("posten ”{id}” står flera gånger i den"),
            Fault::BadField(id) => format!("ändringen av posten ”{id}” saknar fält, har ett fält två gånger eller ett fält vars gamla och nya värde är lika"),
            Fault::OverBounds => format!("den ligger utanför gränserna ({KEPT_MONTHS} månader, {KEPT_PUBLICATIONS} publiceringar) och borde ha kortats bort; publicera med Publicera eller scripts/publish.sh"),
            Fault::NotTheRegister(id) => format!("den säger om posten ”{id}” något som inte stämmer med registret (tillagd eller ändrad men saknas, eller borttagen men finns kvar)"),
        };
        format!("{which}: {what}")
    },
};
