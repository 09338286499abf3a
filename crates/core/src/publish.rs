//! Publishing a register: the files a web server needs to show a new register, made the same way
//! by the app's "Publicera" (in the coordinator's browser) and by the `publish` tool (IT's
//! command line, and every build): `register.json`; `index.html` with its pre-rendered first
//! screen rendered again from that register; and the open data, `register.csv` and `dcat.rdf`
//! (`opendata`). Nothing else in `dist/` depends on the register, so replacing these four files
//! is a complete publication. A fifth, `oppna-data.html` (the columns' documentation), depends
//! only on `open-data.json`: the tool writes it every time, Publicera puts it in its zip.

use chrono::NaiveDate;

use crate::date::DatePoint;
use crate::exchange::register_json;
use crate::i18n::SV;
use crate::model::{Register, SCHEMA_VERSION};
use crate::opendata::{dcat_rdf, documentation, register_csv, OpenData};
use crate::prerender;
use crate::query::Catalog;
use crate::validate::Problem;

pub use crate::model::REGISTER_FILE;

/// `next` as published after `previous` on `today`: the current schema version, with
/// `previous`'s history and, if any entry changed, a record of this publication
/// (`changelog::between`), bounded; then "senast uppdaterad" is today. What `next`
/// itself says of the history is not taken where there is a `previous`: the history is the
/// published register's, so a file edited by hand cannot rewrite it. Without a `previous` (the
/// first publication of a build) `next` is published as it is. Publicera and the `publish` tool
/// both call this, so one change gives the same `register.json` from either.
pub fn successor(previous: Option<&Register>, next: &Register, today: NaiveDate) -> Register {
    let mut r = next.clone();
    r.version = SCHEMA_VERSION;
    let Some(previous) = previous else {
        return r;
    };
    r.history = previous.history.clone();
    if let Some(record) = crate::changelog::between(previous, next, today) {
        r.history.push(record);
        r.source.updated = DatePoint::Day(today).to_string();
    }
    r
}

/// The four files, ready to be written over the old ones, and the documentation page.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub register_json: String,
    pub index_html: String,
    pub register_csv: String,
    pub dcat_rdf: String,
    /// `oppna-data.html`, the columns' documentation: it changes only with `open-data.json`.
    pub documentation: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PublishError {
    /// The register breaks the rules; nothing may be published.
    Invalid(Vec<Problem>),
    /// The page given as this build's `index.html` has no place for the first screen (it is not
    /// this app's page).
    NotTheAppsPage,
}

/// `register` as Publicera publishes it: the current schema version, "senast uppdaterad" today.
pub fn stamped(register: &Register, today: NaiveDate) -> Register {
    let mut r = register.clone();
    r.version = SCHEMA_VERSION;
    r.source.updated = DatePoint::Day(today).to_string();
    r
}

/// The published files for `register` (checked first) and `index_html`, the build's page (as
/// trunk wrote it, or as an earlier publication left it). The first screen is Swedish, with
/// statuses as of `today`, exactly as the build renders it. `open` and `base` go into `dcat.rdf`
/// (`opendata::dcat_rdf`).
pub fn publish(
    register: &Register,
    index_html: &str,
    today: NaiveDate,
    open: &OpenData,
    base: &str,
) -> Result<Published, PublishError> {
    let catalog = checked(register, today)?;
    Ok(Published {
        register_json: register_json(register),
        index_html: page(&catalog, index_html, today, open)?,
        register_csv: register_csv(&catalog, open),
        dcat_rdf: dcat_rdf(register, open, base),
        documentation: documentation(open),
    })
}

/// Only the `index.html` of [`publish`], for Publicera (it makes the four files one by one, so a
/// page it cannot fetch spoils only this file).
pub fn published_page(
    register: &Register,
    index_html: &str,
    today: NaiveDate,
    open: &OpenData,
) -> Result<String, PublishError> {
    page(&checked(register, today)?, index_html, today, open)
}

/// `register`'s catalog on `today`, if the register may be published.
fn checked(register: &Register, today: NaiveDate) -> Result<Catalog, PublishError> {
    let problems = register.validate();
    if !problems.is_empty() {
        return Err(PublishError::Invalid(problems));
    }
    Ok(Catalog::new(register.clone(), today))
}

/// The build's page with the first screen rendered from `catalog` (its footer links to the open
/// data `open` publishes).
fn page(
    catalog: &Catalog,
    index_html: &str,
    today: NaiveDate,
    open: &OpenData,
) -> Result<String, PublishError> {
    prerender::into_page(index_html, catalog, &SV, today, &open.files())
        .ok_or(PublishError::NotTheAppsPage)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::memo_register;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// A page as a build leaves it: trunk's template, rendered once, with the CSP and the
    /// hashed loader script the post-build step adds.
    fn built_page(register: &Register) -> String {
        let template = "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\" />\n    <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\" />\n<script type=\"module\" src=\"./boot-0123456789abcdef.js\"></script>\n<link rel=\"preload\" href=\"register.json\" as=\"fetch\" crossorigin=\"anonymous\" /></head>\n<body><p id=\"laddar\">Laddar</p>\n<!-- förhandsvisning -->\n</body></html>\n";
        publish(
            register,
            template,
            day("2026-11-28"),
            &OpenData::default(),
            "",
        )
        .unwrap()
        .index_html
    }

    #[test]
    fn publishing_an_edit_rerenders_the_first_screen_and_keeps_the_build() {
        let memo = memo_register();
        let old_page = built_page(&memo);
        assert!(old_page.contains("Nilla Mälardahl, VFU-samordnare"));

        let mut edited = memo.clone();
        let cpu = edited.entries.iter_mut().find(|e| e.id == "cpu").unwrap();
        cpu.contact.as_mut().unwrap().title = Some("ny titel".into());
        let edited = stamped(&edited, day("2026-12-01"));
        let out = publish(
            &edited,
            &old_page,
            day("2026-12-01"),
            &OpenData::default(),
            "",
        )
        .unwrap();

        // The new screen is in, the old one is gone, and there is one of it.
        assert!(out.index_html.contains("Nilla Mälardahl, ny titel"));
        assert!(!out.index_html.contains("Nilla Mälardahl, VFU-samordnare"));
        assert_eq!(out.index_html.matches("id=\"forhandsvisning\"").count(), 1);
        assert!(out.index_html.contains("Senast uppdaterad 2026-12-01"));
        assert!(out.index_html.contains("status per 2026-12-01"));
        // Everything outside the screen is the build's, byte for byte.
        let outside = |page: &str| {
            let a = page.find(prerender::MARKER).unwrap();
            let b = page.find(prerender::END_MARKER).unwrap();
            (page[..a].to_string(), page[b..].to_string())
        };
        assert_eq!(outside(&out.index_html), outside(&old_page));
        assert!(out
            .index_html
            .contains("<script type=\"module\" src=\"./boot-0123456789abcdef.js\"></script>"));

        // The register file reads back as the published register, dated today.
        let back = Register::from_json(&out.register_json).unwrap();
        assert_eq!(back, edited);
        assert_eq!(back.source.updated, "2026-12-01");
        assert_eq!(back.version, SCHEMA_VERSION);

        // The open data are the same register: the CSV has every entry, the description is
        // dated with it.
        let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(out.register_csv.as_bytes())
            .records()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(rows.len(), edited.entries.len());
        assert!(out.register_csv.contains("Nilla Mälardahl,ny titel"));
        // Plain values for other programs: no BOM, no spreadsheet guards, ISO dates as they are.
        assert!(!out.register_csv.starts_with('\u{feff}'));
        assert!(!out.register_csv.contains("=\""));
        let uttc = rows.iter().find(|r| r.get(16) == Some("gu-uttc")).unwrap();
        assert_eq!(uttc.get(8), Some("2024-04"));
        assert!(out.dcat_rdf.contains(">2026-12-01</dcterms:modified>"));
        // Publicera's download of the page alone is the same page.
        assert_eq!(
            published_page(&edited, &old_page, day("2026-12-01"), &OpenData::default()).unwrap(),
            out.index_html
        );
    }

    #[test]
    fn nothing_is_published_from_a_broken_register_or_a_foreign_page() {
        let mut broken = memo_register();
        broken.entries[1].id = broken.entries[0].id.clone();
        assert!(matches!(
            publish(
                &broken,
                &built_page(&memo_register()),
                day("2026-12-01"),
                &OpenData::default(),
                ""
            ),
            Err(PublishError::Invalid(p)) if !p.is_empty()
        ));
        assert_eq!(
            publish(
                &memo_register(),
                "<html><body>en annan sida</body></html>",
                day("2026-12-01"),
                &OpenData::default(),
                ""
            ),
            Err(PublishError::NotTheAppsPage)
        );
    }
}
