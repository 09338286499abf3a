//! The current view as CSV for Swedish Excel: quoting, defused formulas, dates Excel reads
//! right, and the reader's language.

mod common;

use chrono::NaiveDate;
use samverkan_core::exchange::view_csv;
use samverkan_core::i18n;
use samverkan_core::model::Register;
use samverkan_core::query::Catalog;

fn published() -> Register {
    common::memo()
}

#[test]
fn csv_opens_in_swedish_excel() {
    let mut p = published();
    p.entries[0].name = "Rådet; \"det stora\"".into();
    p.entries[0].description = "Rad ett\nRad två".into();
    p.entries[1].name = "=HYPERLINK(\"x\")".into();
    let c = Catalog::new(p, NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    let csv = view_csv(&c, &[0, 1, 4], &i18n::SV.csv);
    assert!(csv.starts_with('\u{feff}'));
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(
        lines.next().unwrap(),
        "Namn;Kategori;Akademier;Övriga parter;Ansvarig förvaltning;Kontaktperson;Titel;Kontaktpersonens förvaltning;Giltig från;Startdatum;Giltig till;Slutdatum;Giltighetstid i PM;Status;Beskrivning;Länkar;Id"
    );
    // Read back with a CSV reader: three rows, fields intact.
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(&rows[0][0], "Rådet; \"det stora\"");
    assert_eq!(&rows[0][14], "Rad ett\nRad två");
    // A formula is defused.
    assert_eq!(&rows[1][0], "'=HYPERLINK(\"x\")");
    assert_eq!(
        &rows[2][0],
        "ULF-avtal med Stockholms konstnärliga högskola"
    );
    // The dates as given, then as days Excel reads as dates; the memo's wording on its own.
    assert_eq!(
        (
            &rows[2][8],
            &rows[2][9],
            &rows[2][10],
            &rows[2][11],
            &rows[2][12]
        ),
        ("2025", "2025-01-01", "2026", "2026-12-31", "2025–2026")
    );
    assert_eq!(&rows[2][13], "Löper ut");
    assert_eq!(&rows[2][16], "ulf-skh");
    // The contact's department: the entry's, as the contact names none of their own.
    assert_eq!(&rows[2][7], "Barn- och utbildningsförvaltningen (BUF)");
}

#[test]
fn csv_keeps_a_year_and_month_as_text_for_excel() {
    let c = Catalog::new(published(), NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    let i = c.register.position("gu-uttc").unwrap();
    let csv = view_csv(&c, &[i], &i18n::SV.csv);
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let row = rdr.records().next().unwrap().unwrap();
    // "2024-04" would become a date in Excel; `="2024-04"` is shown as written.
    assert_eq!(&row[8], "=\"2024-04\"");
    assert_eq!(&row[9], "2024-04-01");
    assert_eq!((&row[10], &row[11]), ("", ""));
    assert_eq!(&row[12], "sedan april 2024");
}

#[test]
fn csv_speaks_the_readers_language_but_keeps_the_content() {
    let c = Catalog::new(published(), NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
    let cpu = c.register.position("cpu").unwrap();
    let read = |text| {
        let csv = view_csv(&c, &[cpu], text);
        let mut rdr = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let header = rdr.headers().unwrap().clone();
        let row = rdr.records().next().unwrap().unwrap();
        (header, row)
    };
    let (h, row) = read(&i18n::SV.csv);
    assert_eq!(&h[10], "Giltig till");
    assert_eq!(
        (&row[10], &row[11], &row[12], &row[13]),
        ("tills vidare", "", "2023 tills vidare", "Aktiv")
    );
    let (h, row) = read(&i18n::EN.csv);
    assert_eq!(&h[10], "Valid until");
    // The end in the reader's words; the memo's own wording ("2023 tills vidare") as written.
    assert_eq!(
        (&row[0], &row[10], &row[12], &row[13]),
        (
            "Samverkansavtal om Centrum för professionsutveckling i förskolan och skolan (CPU)",
            "until further notice",
            "2023 tills vidare",
            "Active"
        )
    );
}
