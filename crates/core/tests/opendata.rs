//! The open-data description (`dcat.rdf`) read with a real RDF/XML parser (oxrdfxml) and checked
//! against DCAT-AP-SE's mandatory properties (catalog: title, description, publisher, dataset;
//! dataset: title, description, publisher, contact point; distribution: access URL; agent: name),
//! and the ones issue 17 asks for (Swedish and English, keywords, modification date, two
//! distributions with media types).

mod common;

use oxrdf::{NamedOrBlankNode, Term, Triple};
use oxrdfxml::RdfXmlParser;
use samverkan_core::opendata::{dcat_rdf, ContactPoint, OpenData};

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const DCT: &str = "http://purl.org/dc/terms/";
const DCAT: &str = "http://www.w3.org/ns/dcat#";
const FOAF: &str = "http://xmlns.com/foaf/0.1/";
const VCARD: &str = "http://www.w3.org/2006/vcard/ns#";

struct Graph(Vec<Triple>);

impl Graph {
    fn parse(xml: &str, base: Option<&str>) -> Graph {
        let mut parser = RdfXmlParser::new();
        if let Some(b) = base {
            parser = parser.with_base_iri(b).unwrap();
        }
        let triples: Result<Vec<Triple>, _> = parser.for_slice(xml.as_bytes()).collect();
        Graph(triples.expect("dcat.rdf is RDF/XML"))
    }

    fn subject(t: &Triple) -> String {
        match &t.subject {
            NamedOrBlankNode::NamedNode(n) => n.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => panic!("blank node {b}: dataportal.se refuses them"),
        }
    }

    /// The subjects typed `class`.
    fn of_type(&self, class: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|t| t.predicate.as_str() == RDF_TYPE)
            .filter(|t| matches!(&t.object, Term::NamedNode(n) if n.as_str() == class))
            .map(Graph::subject)
            .collect()
    }

    fn objects(&self, subject: &str, predicate: &str) -> Vec<&Term> {
        self.0
            .iter()
            .filter(|t| Graph::subject(t) == subject && t.predicate.as_str() == predicate)
            .map(|t| &t.object)
            .collect()
    }

    fn iris(&self, subject: &str, predicate: &str) -> Vec<String> {
        self.objects(subject, predicate)
            .into_iter()
            .filter_map(|o| match o {
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            })
            .collect()
    }

    /// The literal of `predicate` in `lang` (`None`: without a language).
    fn text(&self, subject: &str, predicate: &str, lang: Option<&str>) -> Vec<String> {
        self.objects(subject, predicate)
            .into_iter()
            .filter_map(|o| match o {
                Term::Literal(l) if l.language() == lang => Some(l.value().to_string()),
                _ => None,
            })
            .collect()
    }

    fn one(&self, class: &str) -> String {
        let all = self.of_type(class);
        assert_eq!(all.len(), 1, "one {class}: {all:?}");
        all[0].clone()
    }
}

/// Every mandatory property, in Swedish and English where it is text.
fn check_mandatory(g: &Graph) {
    let catalog = g.one(&format!("{DCAT}Catalog"));
    let dataset = g.one(&format!("{DCAT}Dataset"));
    for (subject, lang) in [
        (&catalog, "sv"),
        (&catalog, "en"),
        (&dataset, "sv"),
        (&dataset, "en"),
    ] {
        for p in ["title", "description"] {
            let found = g.text(subject, &format!("{DCT}{p}"), Some(lang));
            assert_eq!(found.len(), 1, "{subject} {p}@{lang}");
            assert!(!found[0].trim().is_empty());
        }
    }
    assert_eq!(
        g.iris(&catalog, &format!("{DCAT}dataset")),
        vec![dataset.clone()]
    );
    let publisher = g.iris(&dataset, &format!("{DCT}publisher"));
    assert_eq!(publisher.len(), 1);
    assert_eq!(g.iris(&catalog, &format!("{DCT}publisher")), publisher);
    // The contact point: an organisation with a name.
    let contact = g.iris(&dataset, &format!("{DCAT}contactPoint"));
    assert_eq!(contact.len(), 1);
    assert!(g
        .of_type(&format!("{VCARD}Organization"))
        .contains(&contact[0]));
    assert_eq!(g.text(&contact[0], &format!("{VCARD}fn"), None).len(), 1);
    // Keywords in both languages, the date of the last update, and two distributions.
    assert!(
        g.text(&dataset, &format!("{DCAT}keyword"), Some("sv"))
            .len()
            >= 3
    );
    assert!(
        g.text(&dataset, &format!("{DCAT}keyword"), Some("en"))
            .len()
            >= 3
    );
    let modified = g.objects(&dataset, &format!("{DCT}modified"));
    assert!(matches!(modified.as_slice(), [Term::Literal(l)]
        if l.datatype().as_str() == "http://www.w3.org/2001/XMLSchema#date"));
    let distributions = g.iris(&dataset, &format!("{DCAT}distribution"));
    assert_eq!(distributions.len(), 2);
    let mut media: Vec<String> = Vec::new();
    for d in &distributions {
        assert!(g.of_type(&format!("{DCAT}Distribution")).contains(d));
        assert_eq!(g.iris(d, &format!("{DCAT}accessURL")).len(), 1, "{d}");
        media.extend(g.iris(d, &format!("{DCAT}mediaType")));
    }
    media.sort();
    assert_eq!(
        media,
        vec![
            "http://www.iana.org/assignments/media-types/application/json",
            "http://www.iana.org/assignments/media-types/text/csv",
        ]
    );
}

#[test]
fn the_build_describes_the_register_with_every_mandatory_property() {
    let r = common::memo();
    let xml = dcat_rdf(&r, &OpenData::default(), "");
    // Relative to the file: a parser resolves them against where it fetched dcat.rdf.
    let g = Graph::parse(&xml, Some("https://example.se/samverkan/dcat.rdf"));
    check_mandatory(&g);
    let dataset = g.one(&format!("{DCAT}Dataset"));
    assert_eq!(dataset, "https://example.se/samverkan/dcat.rdf#datamangd");
    assert_eq!(
        g.text(&dataset, &format!("{DCT}title"), Some("sv")),
        vec!["Samverkan med akademierna"]
    );
    let modified = g.objects(&dataset, &format!("{DCT}modified"));
    assert!(matches!(modified.as_slice(), [Term::Literal(l)] if l.value() == r.source.updated));
    // The publisher is the organisation the memo names; the contact point too, with no e-mail
    // (the memo gives none).
    let agent = g.one(&format!("{FOAF}Agent"));
    assert_eq!(
        g.text(&agent, &format!("{FOAF}name"), Some("sv")),
        vec!["Huddinge kommun"]
    );
    let contact = g.one(&format!("{VCARD}Organization"));
    assert_eq!(
        g.text(&contact, &format!("{VCARD}fn"), None),
        vec!["Huddinge kommun"]
    );
    assert!(g.iris(&contact, &format!("{VCARD}hasEmail")).is_empty());
    // No licence: the memo names none, and none is invented.
    assert!(!xml.contains("license"));
    // The distributions point at the files beside it.
    let json = g.iris(
        "https://example.se/samverkan/dcat.rdf#json",
        &format!("{DCAT}downloadURL"),
    );
    assert_eq!(json, vec!["https://example.se/samverkan/register.json"]);
}

#[test]
fn what_the_municipality_fills_in_is_used_and_every_address_is_absolute() {
    let r = common::memo();
    let open = OpenData {
        url: "https://www.example.se/samverkan".to_string(),
        licence: "http://creativecommons.org/publicdomain/zero/1.0/".to_string(),
        contact: ContactPoint {
            name: "Kommunledningsförvaltningen".to_string(),
            email: "samverkan@example.se".to_string(),
        },
        publisher: "http://dataportal.se/organisation/SE0000000000".to_string(),
        spatial: "https://www.example.se/platser/huddinge".to_string(),
        contact_names: true,
    };
    let xml = dcat_rdf(&r, &open, "https://ignored.example/");
    // No base: a relative address would fail to parse.
    let g = Graph::parse(&xml, None);
    check_mandatory(&g);
    for t in &g.0 {
        let s = Graph::subject(t);
        assert!(
            s.starts_with("https://www.example.se/samverkan/")
                || s.starts_with("http://dataportal.se/"),
            "{s}"
        );
    }
    let dataset = g.one(&format!("{DCAT}Dataset"));
    assert_eq!(
        g.iris(&dataset, &format!("{DCT}publisher")),
        vec!["http://dataportal.se/organisation/SE0000000000"]
    );
    // The publisher's own description is dataportal.se's, not repeated here.
    assert!(g.of_type(&format!("{FOAF}Agent")).is_empty());
    let contact = g.one(&format!("{VCARD}Organization"));
    assert_eq!(
        g.text(&contact, &format!("{VCARD}fn"), None),
        vec!["Kommunledningsförvaltningen"]
    );
    assert_eq!(
        g.iris(&contact, &format!("{VCARD}hasEmail")),
        vec!["mailto:samverkan@example.se"]
    );
    for d in g.iris(&dataset, &format!("{DCAT}distribution")) {
        assert_eq!(
            g.iris(&d, &format!("{DCT}license")),
            vec!["http://creativecommons.org/publicdomain/zero/1.0/"]
        );
    }
    assert_eq!(
        g.iris(
            "https://www.example.se/samverkan/dcat.rdf#csv",
            &format!("{DCAT}accessURL")
        ),
        vec!["https://www.example.se/samverkan/register.csv"]
    );
}

#[test]
fn the_dataset_says_how_often_where_and_where_its_columns_are_described() {
    let r = common::memo();
    let xml = dcat_rdf(&r, &OpenData::default(), "");
    let g = Graph::parse(&xml, Some("https://example.se/samverkan/dcat.rdf"));
    let dataset = g.one(&format!("{DCAT}Dataset"));
    assert_eq!(
        g.iris(&dataset, &format!("{DCT}accrualPeriodicity")),
        vec!["http://publications.europa.eu/resource/authority/frequency/IRREG"]
    );
    // The place is the organisation the memo names, with no address made up for it.
    let place = g.iris(&dataset, &format!("{DCT}spatial"));
    assert_eq!(place, vec!["https://example.se/samverkan/dcat.rdf#plats"]);
    assert_eq!(g.one(&format!("{DCT}Location")), place[0]);
    assert_eq!(
        g.text(
            &place[0],
            "http://www.w3.org/2004/02/skos/core#prefLabel",
            Some("sv")
        ),
        vec!["Huddinge kommun"]
    );
    assert_eq!(
        g.iris(&dataset, &format!("{FOAF}page")),
        vec!["https://example.se/samverkan/oppna-data.html"]
    );
    assert_eq!(
        g.iris(
            "https://example.se/samverkan/dcat.rdf#csv",
            &format!("{FOAF}page")
        ),
        vec!["https://example.se/samverkan/oppna-data.html"]
    );
    // Where open-data.json names the place, its address.
    let open = OpenData {
        spatial: "https://www.example.se/platser/huddinge".into(),
        ..OpenData::default()
    };
    let g = Graph::parse(
        &dcat_rdf(&r, &open, ""),
        Some("https://example.se/dcat.rdf"),
    );
    assert_eq!(
        g.iris(&g.one(&format!("{DCAT}Dataset")), &format!("{DCT}spatial")),
        vec!["https://www.example.se/platser/huddinge"]
    );
}

#[test]
fn without_contact_names_the_csv_has_no_names_and_the_catalogue_no_register_json() {
    let r = common::memo();
    let open = OpenData::from_json(r#"{ "contact_names": false }"#).unwrap();
    assert!(!open.contact_names);
    assert!(OpenData::from_json("{}").unwrap().contact_names);
    assert_eq!(open.files(), ["register.csv", "dcat.rdf"]);
    assert_eq!(
        OpenData::default().files(),
        ["register.csv", "register.json", "dcat.rdf"]
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
    let catalog = samverkan_core::query::Catalog::new(r.clone(), today);
    let csv = samverkan_core::opendata::register_csv(&catalog, &open);
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header.len(), 15);
    assert!(!header.iter().any(|h| h == "Kontaktperson" || h == "Titel"));
    assert!(header.iter().any(|h| h == "Kontaktpersonens förvaltning"));
    for name in ["Nilla Mälardahl", "VFU-samordnare", "Elisa Reinikainen"] {
        assert!(!csv.contains(name), "{name}");
    }
    assert_eq!(rows.records().count(), r.entries.len());
    let xml = dcat_rdf(&r, &open, "");
    let g = Graph::parse(&xml, Some("https://example.se/dcat.rdf"));
    let dataset = g.one(&format!("{DCAT}Dataset"));
    assert_eq!(
        g.iris(&dataset, &format!("{DCAT}distribution")),
        vec!["https://example.se/dcat.rdf#csv"]
    );
    assert!(!xml.contains("register.json"));
    // The documentation says so, and lists only the columns there are.
    let doc = samverkan_core::opendata::documentation(&open);
    assert!(doc.contains("lämna kontaktpersonernas namn och titlar utanför"));
    assert!(!doc.contains("<dt lang=\"sv\">Titel</dt>"));
    assert!(!doc.contains("href=\"register.json\""));
    let full = samverkan_core::opendata::documentation(&OpenData::default());
    assert!(full.contains("<dt lang=\"sv\">Titel</dt><dd>Kontaktpersonens titel.</dd>"));
    assert!(full.contains("<dt lang=\"sv\">Titel</dt><dd>The contact's title.</dd>"));
    assert!(full.contains("<section lang=\"en\"><h1>Samverkansregistret as open data</h1>"));
}

#[test]
fn text_is_escaped_and_open_data_json_is_read_strictly() {
    let mut r = common::memo();
    r.source.organisation = "A & B <kommun> \"x\"".to_string();
    let g = Graph::parse(
        &dcat_rdf(&r, &OpenData::default(), ""),
        Some("https://e.se/dcat.rdf"),
    );
    let contact = g.one(&format!("{VCARD}Organization"));
    assert_eq!(
        g.text(&contact, &format!("{VCARD}fn"), None),
        vec!["A & B <kommun> \"x\""]
    );
    // The file as the repository ships it: every field empty.
    let shipped = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../data/open-data.json"
    ))
    .unwrap();
    assert_eq!(OpenData::from_json(&shipped).unwrap(), OpenData::default());
    assert!(OpenData::from_json("{\"licens\": \"x\"}").is_err());
    assert!(OpenData::from_json("not json").is_err());
    assert_eq!(OpenData::from_json("{}").unwrap(), OpenData::default());
}
