//! Open data (lag 2022:818): the register as `register.csv`, and its description in DCAT-AP-SE as
//! `dcat.rdf` (RDF/XML, the format Sveriges dataportal harvests), written beside `register.json`
//! by every publication (`publish`).
//!
//! What the memo does not say is not invented: the licence, the contact point's e-mail, the
//! publisher's identifier at dataportal.se and the address the app is published at come from
//! `open-data.json` beside the app, which the municipality fills in (docs/PUBLISHING.md). Empty,
//! the licence is left out; the contact point is the organisation the memo names.
//!
//! The XML is written here, from a fixed template with every value escaped (html-escape, which
//! the first screen uses already): an XML library would add to the wasm (Publicera writes these
//! files in the browser) for a document of sixty lines.

use serde::{Deserialize, Serialize};

use crate::date::DatePoint;
use crate::exchange::plain_csv;
use crate::i18n::{EN, SV};
use crate::load::{parse_text, LoadError};
use crate::model::{Register, REGISTER_FILE};
use crate::query::Catalog;
use crate::validate::{forbidden_char, is_email, is_web_address, Problem};

/// The fixed names of the two files beside `register.json`, and of the municipality's part.
pub const CSV_FILE: &str = "register.csv";
pub const DCAT_FILE: &str = "dcat.rdf";
/// The open-data files a reader is pointed to (footer, "Om registret"), in that order, when
/// contact names are published (`OpenData::files`).
pub const OPEN_DATA_FILES: [&str; 3] = [CSV_FILE, REGISTER_FILE, DCAT_FILE];
pub const OPEN_DATA_FILE: &str = "open-data.json";
/// The open data's documentation page, beside them: what each column holds (`documentation`).
pub const DOC_FILE: &str = "oppna-data.html";
/// `register.csv`'s columns that name a person: the contact's name and title.
const CONTACT_COLUMNS: [usize; 2] = [5, 6];

/// `open-data.json`: what the municipality states about the publication. Every field may be left
/// empty; the file may be missing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OpenData {
    /// The address the app is published at, ending in `/` ("https://www.example.se/samverkan/").
    /// Dataportal.se needs absolute addresses; empty, the build writes them relative to
    /// `dcat.rdf` (Publicera uses the address it runs at).
    pub url: String,
    /// The licence's address, e.g. `http://creativecommons.org/publicdomain/zero/1.0/`. The memo
    /// names none, so by default there is none.
    pub licence: String,
    pub contact: ContactPoint,
    /// The publisher's identifier at dataportal.se: `http://dataportal.se/organisation/SE<orgnr>`.
    /// Empty: one under `url`.
    pub publisher: String,
    /// The area the data covers, as an address (a place in a vocabulary the municipality uses).
    /// Empty: a location named by the memo's organisation, with no address invented for it.
    pub spatial: String,
    /// Whether the contacts' names and titles are published as open data. They are personal
    /// data; publishing them is the municipality's decision. `false` leaves them out of
    /// `register.csv` and leaves `register.json` (which has them) out of the catalogue.
    pub contact_names: bool,
}

impl Default for OpenData {
    fn default() -> OpenData {
        OpenData {
            url: String::new(),
            licence: String::new(),
            contact: ContactPoint::default(),
            publisher: String::new(),
            spatial: String::new(),
            // As before the switch: the register is published whole.
            contact_names: true,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContactPoint {
    /// Empty: the organisation the memo names.
    pub name: String,
    pub email: String,
}

impl OpenData {
    /// Reads `open-data.json`; a file that is not valid JSON of this shape is refused, never
    /// half-used.
    pub fn from_json(text: &str) -> Result<OpenData, LoadError> {
        let open: OpenData = parse_text(text).map_err(|e| crate::load::shape_error(&e))?;
        let problems = open.problems();
        if problems.is_empty() {
            Ok(open)
        } else {
            Err(LoadError::Invalid(problems))
        }
    }

    /// What `dcat.rdf` could not carry, or the portal could not use: addresses that are not
    /// http(s) IRIs (a `javascript:` address, a `<` in the licence), an e-mail that is not an
    /// address (CRLF in it), a name with a control character. Empty values are "not stated".
    pub fn problems(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut bad = |field: &'static str, value: &str, ok: bool| {
            if !value.is_empty() && !ok {
                problems.push(Problem::BadOpenData {
                    field,
                    value: value.to_string(),
                });
            }
        };
        bad("url", &self.url, is_web_address(&self.url));
        bad("licence", &self.licence, is_web_address(&self.licence));
        bad(
            "publisher",
            &self.publisher,
            is_web_address(&self.publisher),
        );
        bad("spatial", &self.spatial, is_web_address(&self.spatial));
        bad(
            "contact.email",
            &self.contact.email,
            is_email(&self.contact.email),
        );
        let name = &self.contact.name;
        bad(
            "contact.name",
            name,
            forbidden_char(name).is_none() && !name.contains(['\r', '\n']),
        );
        problems
    }

    /// The open-data files a reader is pointed to: `register.json` only where contact names are
    /// published.
    pub fn files(&self) -> Vec<&'static str> {
        OPEN_DATA_FILES
            .into_iter()
            .filter(|f| self.contact_names || *f != REGISTER_FILE)
            .collect()
    }

    /// The address IRIs start from: `url` when given (with a final `/`), else `fallback`.
    fn base(&self, fallback: &str) -> String {
        let url = self.url.trim();
        if url.is_empty() {
            fallback.to_string()
        } else if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        }
    }
}

/// The whole register as `register.csv`: the view CSV's columns (Swedish headings) as plain CSV
/// (`plain_csv`: comma-separated, ISO dates, no spreadsheet guards), every entry in the register's
/// order; without the contacts' names and titles where `open` says so.
pub fn register_csv(catalog: &Catalog, open: &OpenData) -> String {
    let all: Vec<usize> = (0..catalog.register.entries.len()).collect();
    let left_out: &[usize] = if open.contact_names {
        &[]
    } else {
        &CONTACT_COLUMNS
    };
    plain_csv(catalog, &all, &SV.csv, left_out)
}

/// `oppna-data.html`: what the files are and what each column of `register.csv` holds, in
/// Swedish and in English, as a plain page with no script or style (a harvester or a reader
/// without the app can read it). The build writes it; it does not change with the register.
pub fn documentation(open: &OpenData) -> String {
    let mut h = String::from("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">");
    h.push_str(&format!(
        "<title>{}</title></head><body>\n",
        esc(SV.publication.doc_title)
    ));
    for (t, lang) in [(&SV, "sv"), (&EN, "en")] {
        let p = t.publication;
        h.push_str(&format!(
            "<section lang=\"{lang}\"><h1>{}</h1>\n<p>{}</p>\n",
            esc(p.doc_title),
            esc(p.doc_intro)
        ));
        if !open.contact_names {
            h.push_str(&format!("<p>{}</p>\n", esc(p.doc_without_contacts)));
        }
        let [csv_file, json_file, dcat_file] = p.doc_files;
        h.push_str(&format!(
            "<h2><a href=\"{CSV_FILE}\">{CSV_FILE}</a></h2>\n<p>{}</p>\n<dl>\n",
            esc(csv_file)
        ));
        for (i, (name, what)) in SV.csv.header.iter().zip(p.doc_columns).enumerate() {
            if open.contact_names || !CONTACT_COLUMNS.contains(&i) {
                h.push_str(&format!(
                    "<dt lang=\"sv\">{}</dt><dd>{}</dd>\n",
                    esc(name),
                    esc(what)
                ));
            }
        }
        h.push_str("</dl>\n");
        if open.contact_names {
            h.push_str(&format!(
                "<h2><a href=\"{REGISTER_FILE}\">{REGISTER_FILE}</a></h2>\n<p>{}</p>\n",
                esc(json_file)
            ));
        }
        h.push_str(&format!(
            "<h2><a href=\"{DCAT_FILE}\">{DCAT_FILE}</a></h2>\n<p>{}</p></section>\n",
            esc(dcat_file)
        ));
    }
    h.push_str("</body></html>\n");
    h
}

/// Media types and the EU file-type vocabulary, as DCAT-AP-SE asks for a distribution's format.
const DISTRIBUTIONS: [(&str, &str, &str, &str); 2] = [
    ("json", REGISTER_FILE, "application/json", "JSON"),
    ("csv", CSV_FILE, "text/csv", "CSV"),
];

/// `dcat.rdf`: the catalog, the dataset, its distributions (the CSV, and the JSON where contact
/// names are published), the publisher and the contact point. `fallback_base` is the address used when `open` gives none: Publicera's own location,
/// or "" in a build (addresses relative to `dcat.rdf`).
pub fn dcat_rdf(register: &Register, open: &OpenData, fallback_base: &str) -> String {
    let base = open.base(fallback_base);
    let here = format!("{base}{DCAT_FILE}");
    let organisation = register.source.organisation.as_str();
    let publisher = if open.publisher.trim().is_empty() {
        format!("{here}#utgivare")
    } else {
        open.publisher.trim().to_string()
    };
    let contact = format!("{here}#kontakt");
    let place = match open.spatial.trim() {
        "" => format!("{here}#plats"),
        given => given.to_string(),
    };
    let dataset = format!("{here}#datamangd");
    let licence = open.licence.trim();
    let mut x = String::new();
    let distributions: Vec<_> = DISTRIBUTIONS
        .into_iter()
        .filter(|(_, file, ..)| open.contact_names || *file != REGISTER_FILE)
        .collect();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<rdf:RDF\n  xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n  xmlns:dcterms=\"http://purl.org/dc/terms/\"\n  xmlns:dcat=\"http://www.w3.org/ns/dcat#\"\n  xmlns:foaf=\"http://xmlns.com/foaf/0.1/\"\n  xmlns:vcard=\"http://www.w3.org/2006/vcard/ns#\"\n  xmlns:skos=\"http://www.w3.org/2004/02/skos/core#\"\n  xmlns:xsd=\"http://www.w3.org/2001/XMLSchema#\">\n");
    if base.is_empty() {
        x.push_str("  <!-- Adresserna är relativa till den här filen. Ange \"url\" i open-data.json för absoluta adresser, som Sveriges dataportal kräver. -->\n");
    }
    let both = |x: &mut String, tag: &str, sv: &str, en: &str| {
        x.push_str(&format!("    <{tag} xml:lang=\"sv\">{}</{tag}>\n", esc(sv)));
        x.push_str(&format!("    <{tag} xml:lang=\"en\">{}</{tag}>\n", esc(en)));
    };
    let resource = |x: &mut String, tag: &str, iri: &str| {
        x.push_str(&format!("    <{tag} rdf:resource=\"{}\"/>\n", esc(iri)));
    };

    x.push_str(&format!(
        "  <dcat:Catalog rdf:about=\"{}\">\n",
        esc(&format!("{here}#katalog"))
    ));
    both(&mut x, "dcterms:title", SV.catalog_title, EN.catalog_title);
    both(
        &mut x,
        "dcterms:description",
        SV.catalog_description,
        EN.catalog_description,
    );
    resource(&mut x, "dcterms:publisher", &publisher);
    resource(&mut x, "dcat:dataset", &dataset);
    resource(&mut x, "dcterms:language", LANGUAGE);
    if !base.is_empty() {
        resource(&mut x, "foaf:homepage", &base);
    }
    if !licence.is_empty() {
        resource(&mut x, "dcterms:license", licence);
    }
    x.push_str("  </dcat:Catalog>\n");

    x.push_str(&format!(
        "  <dcat:Dataset rdf:about=\"{}\">\n",
        esc(&dataset)
    ));
    both(
        &mut x,
        "dcterms:title",
        &register.source.title,
        EN.dataset_title,
    );
    both(
        &mut x,
        "dcterms:description",
        &(SV.dataset_description)(&register.source),
        &(EN.dataset_description)(&register.source),
    );
    resource(&mut x, "dcterms:publisher", &publisher);
    resource(&mut x, "dcat:contactPoint", &contact);
    for (sv, en) in SV.dataset_keywords.iter().zip(EN.dataset_keywords) {
        x.push_str(&format!(
            "    <dcat:keyword xml:lang=\"sv\">{}</dcat:keyword>\n",
            esc(sv)
        ));
        x.push_str(&format!(
            "    <dcat:keyword xml:lang=\"en\">{}</dcat:keyword>\n",
            esc(en)
        ));
    }
    resource(&mut x, "dcat:theme", THEME);
    resource(&mut x, "dcterms:language", LANGUAGE);
    date(&mut x, "dcterms:issued", &register.source.date);
    date(&mut x, "dcterms:modified", &register.source.updated);
    if !base.is_empty() {
        resource(&mut x, "dcat:landingPage", &base);
    }
    // Published whenever the coordinator publishes: at no fixed interval.
    resource(&mut x, "dcterms:accrualPeriodicity", IRREGULAR);
    // The municipality the memo names, described in this file (as the publisher is: the portal
    // refuses blank nodes), unless open-data.json gives the place's address.
    resource(&mut x, "dcterms:spatial", &place);
    // The documentation of the columns (`documentation`).
    resource(&mut x, "foaf:page", &format!("{base}{DOC_FILE}"));
    for (key, ..) in &distributions {
        resource(&mut x, "dcat:distribution", &format!("{here}#{key}"));
    }
    x.push_str("  </dcat:Dataset>\n");

    for (key, file, media, format) in distributions {
        x.push_str(&format!(
            "  <dcat:Distribution rdf:about=\"{}\">\n",
            esc(&format!("{here}#{key}"))
        ));
        both(
            &mut x,
            "dcterms:title",
            &(SV.distribution_title)(format),
            &(EN.distribution_title)(format),
        );
        resource(&mut x, "dcat:accessURL", &format!("{base}{file}"));
        resource(&mut x, "dcat:downloadURL", &format!("{base}{file}"));
        resource(
            &mut x,
            "dcat:mediaType",
            &format!("http://www.iana.org/assignments/media-types/{media}"),
        );
        resource(
            &mut x,
            "dcterms:format",
            &format!("http://publications.europa.eu/resource/authority/file-type/{format}"),
        );
        if !licence.is_empty() {
            resource(&mut x, "dcterms:license", licence);
        }
        if file == CSV_FILE {
            resource(&mut x, "foaf:page", &format!("{base}{DOC_FILE}"));
        }
        x.push_str("  </dcat:Distribution>\n");
    }

    if open.publisher.trim().is_empty() {
        x.push_str(&format!(
            "  <foaf:Agent rdf:about=\"{}\">\n",
            esc(&publisher)
        ));
        x.push_str(&format!(
            "    <foaf:name xml:lang=\"sv\">{}</foaf:name>\n",
            esc(organisation)
        ));
        resource(&mut x, "dcterms:type", LOCAL_AUTHORITY);
        x.push_str("  </foaf:Agent>\n");
    }

    if open.spatial.trim().is_empty() {
        x.push_str(&format!(
            "  <dcterms:Location rdf:about=\"{}\">\n    <skos:prefLabel xml:lang=\"sv\">{}</skos:prefLabel>\n  </dcterms:Location>\n",
            esc(&place),
            esc(organisation)
        ));
    }
    x.push_str(&format!(
        "  <vcard:Organization rdf:about=\"{}\">\n",
        esc(&contact)
    ));
    let name = open.contact.name.trim();
    x.push_str(&format!(
        "    <vcard:fn>{}</vcard:fn>\n",
        esc(if name.is_empty() { organisation } else { name })
    ));
    let email = open.contact.email.trim();
    if !email.is_empty() {
        resource(&mut x, "vcard:hasEmail", &format!("mailto:{email}"));
    }
    x.push_str("  </vcard:Organization>\n");
    x.push_str("</rdf:RDF>\n");
    x
}

/// "Irregular", from the EU's frequency vocabulary.
const IRREGULAR: &str = "http://publications.europa.eu/resource/authority/frequency/IRREG";
/// Swedish, from the EU's language vocabulary.
const LANGUAGE: &str = "http://publications.europa.eu/resource/authority/language/SWE";
/// "Regeringen och den offentliga sektorn", from the EU's data themes.
const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/GOVE";
/// A municipality, in the ADMS publisher types that DCAT-AP-SE recommends.
const LOCAL_AUTHORITY: &str = "http://purl.org/adms/publishertype/LocalAuthority";

/// Text and attribute values for XML (`&`, `<`, `>` and `"` escaped).
fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

/// A date property: typed `xsd:date` when it is a day (as Publicera and the build write
/// "senast uppdaterad"), plain text otherwise, so the file never claims a date it does not hold.
fn date(x: &mut String, tag: &str, value: &str) {
    // The register's own date reader (chrono's `parse_from_str` would add its parser to the app).
    if matches!(DatePoint::parse(value.trim()), Ok(DatePoint::Day(_))) {
        x.push_str(&format!(
            "    <{tag} rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">{}</{tag}>\n",
            esc(value)
        ));
    } else if !value.trim().is_empty() {
        x.push_str(&format!("    <{tag}>{}</{tag}>\n", esc(value)));
    }
}
