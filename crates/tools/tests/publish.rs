//! `publish REGISTER DIR` on a directory laid out like `dist/`: it writes the four files for a
//! good register and leaves the directory untouched for a bad one.

use std::path::PathBuf;

use chrono::NaiveDate;
use samverkan_tools::publish::{into_dir, Failure};
use samverkan_tools::MEMO_REGISTER_JSON;

fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("samverkan-publish-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        "<html><head><script type=\"module\" src=\"./boot-abc.js\"></script></head><body><!-- förhandsvisning --></body></html>",
    )
    .unwrap();
    dir
}

/// Publishes the memo with one title changed into `dir`, expecting it to be refused.
fn publish_an_edit(dir: &std::path::Path) -> Failure {
    let edited = MEMO_REGISTER_JSON.replace("VFU-samordnare", "ny");
    into_dir(edited.as_bytes(), dir, None, today()).unwrap_err()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

#[test]
fn a_good_register_is_written_and_rendered_twice_in_a_row() {
    let dir = dist("good");
    let edited = MEMO_REGISTER_JSON.replace("VFU-samordnare", "publicerad titel");
    into_dir(edited.as_bytes(), &dir, None, today()).unwrap();
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("Nilla Mälardahl, publicerad titel"));
    assert!(page.contains("src=\"./boot-abc.js\""));
    let json = std::fs::read_to_string(dir.join("register.json")).unwrap();
    assert!(json.contains("publicerad titel"));
    // Publishing the next version into the same directory replaces the screen.
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let page = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(page.contains("Nilla Mälardahl, VFU-samordnare"));
    assert!(!page.contains("publicerad titel"));
    assert_eq!(page.matches("id=\"forhandsvisning\"").count(), 1);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let mut names = names;
    names.sort();
    assert_eq!(
        names,
        [
            "dcat.rdf",
            "index.html",
            "oppna-data.html",
            "register.csv",
            "register.json"
        ],
        "{names:?}"
    );
    // The open data are this register's.
    let csv = std::fs::read_to_string(dir.join("register.csv")).unwrap();
    assert!(csv.contains("VFU-samordnare"));
    let rdf = std::fs::read_to_string(dir.join("dcat.rdf")).unwrap();
    assert!(rdf.contains("<dcat:Dataset rdf:about=\"dcat.rdf#datamangd\">"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn open_data_json_is_used_and_a_broken_one_stops_the_publication() {
    let dir = dist("open");
    std::fs::write(
        dir.join("open-data.json"),
        r#"{ "url": "https://www.example.se/samverkan/", "licence": "http://creativecommons.org/publicdomain/zero/1.0/" }"#,
    )
    .unwrap();
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let rdf = std::fs::read_to_string(dir.join("dcat.rdf")).unwrap();
    assert!(rdf.contains("rdf:about=\"https://www.example.se/samverkan/dcat.rdf#datamangd\""));
    assert!(rdf.contains(
        "<dcterms:license rdf:resource=\"http://creativecommons.org/publicdomain/zero/1.0/\"/>"
    ));
    // A misspelt key is refused, in Swedish, and nothing is written over.
    std::fs::write(dir.join("open-data.json"), r#"{ "licens": "x" }"#).unwrap();
    let e = publish_an_edit(&dir);
    assert!(matches!(e, Failure::OpenData(..)), "{e}");
    assert!(
        e.to_string().contains("open-data.json går inte att läsa"),
        "{e}"
    );
    assert!(std::fs::read_to_string(dir.join("register.json"))
        .unwrap()
        .contains("VFU-samordnare"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_bad_register_writes_nothing_and_says_why_in_swedish() {
    let dir = dist("bad");
    let before = std::fs::read_to_string(dir.join("index.html")).unwrap();
    let truncated = &MEMO_REGISTER_JSON[..MEMO_REGISTER_JSON.len() / 3];
    let e = into_dir(truncated.as_bytes(), &dir, None, today()).unwrap_err();
    assert!(e.to_string().contains("inte giltig JSON"), "{e}");
    let duplicate = MEMO_REGISTER_JSON.replace("\"id\": \"cpu\"", "\"id\": \"ulf-sh\"");
    let e = into_dir(duplicate.as_bytes(), &dir, None, today()).unwrap_err();
    assert!(matches!(e, Failure::Register(_)));
    assert!(
        e.to_string().contains("id \"ulf-sh\" finns flera gånger"),
        "{e}"
    );
    assert!(!dir.join("register.json").exists());
    assert_eq!(
        std::fs::read_to_string(dir.join("index.html")).unwrap(),
        before
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A Word line break (U+000B) or U+0001 in the memo's title or an entry's text would make
/// `dcat.rdf` not well-formed XML and fail the portal's harvest: the register is refused, by the
/// checker's own words naming the field, and nothing is written.
#[test]
fn a_control_character_in_any_text_is_refused_naming_the_field() {
    let dir = dist("control");
    let title =
        MEMO_REGISTER_JSON.replacen("\"title\": \"", "\"title\": \"Rad ett\\u000bRad två ", 1);
    let e = into_dir(title.as_bytes(), &dir, None, today()).unwrap_err();
    assert!(matches!(e, Failure::Register(_)));
    let words = e.to_string();
    assert!(words.contains("fältet source.title"), "{words}");
    assert!(words.contains("U+000B"), "{words}");
    assert!(words.contains("styrtecken"), "{words}");
    let organisation =
        MEMO_REGISTER_JSON.replacen("\"organisation\": \"", "\"organisation\": \"\\u0001", 1);
    let e = into_dir(organisation.as_bytes(), &dir, None, today()).unwrap_err();
    assert!(e.to_string().contains("fältet source.organisation"), "{e}");
    let description =
        MEMO_REGISTER_JSON.replacen("\"description\": \"", "\"description\": \"\\uffff", 1);
    let e = into_dir(description.as_bytes(), &dir, None, today()).unwrap_err();
    assert!(e.to_string().contains(".description"), "{e}");
    assert!(e.to_string().contains("U+FFFF"), "{e}");
    assert!(!dir.join("register.json").exists());
    assert!(!dir.join("dcat.rdf").exists());
    // Tab, line feed and carriage return are text as XML has it, and stay allowed.
    let tab = MEMO_REGISTER_JSON.replacen("\"description\": \"", "\"description\": \"\\t", 1);
    into_dir(tab.as_bytes(), &dir, None, today()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

/// `open-data.json`'s values go into `dcat.rdf` as addresses and an e-mail: a `javascript:`
/// address, a `<` in the licence or a line break in the e-mail would make the catalogue unusable
/// for the portal, so each is refused by name, in Swedish, and nothing is written over.
#[test]
fn open_data_values_are_checked_before_they_reach_dcat() {
    let dir = dist("open-values");
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let rdf = std::fs::read_to_string(dir.join("dcat.rdf")).unwrap();
    for (file, field) in [
        (r#"{ "url": "javascript:alert(1)" }"#, "”url”"),
        (
            r#"{ "licence": "http://creativecommons.org/<script>" }"#,
            "”licence”",
        ),
        (
            r#"{ "publisher": "dataportal.se/organisation/SE212000-0142" }"#,
            "”publisher”",
        ),
        (
            r#"{ "contact": { "email": "registrator@huddinge.se\r\nBcc: x@y.se" } }"#,
            "”contact.email”",
        ),
        (
            r#"{ "contact": { "name": "Kommunen\u000b" } }"#,
            "”contact.name”",
        ),
    ] {
        std::fs::write(dir.join("open-data.json"), file).unwrap();
        let e = publish_an_edit(&dir);
        assert!(matches!(e, Failure::OpenData(..)), "{file}: {e}");
        assert!(e.to_string().contains(field), "{file}: {e}");
        assert_eq!(
            std::fs::read_to_string(dir.join("dcat.rdf")).unwrap(),
            rdf,
            "{file}"
        );
    }
    // What a municipality fills in passes.
    std::fs::write(
        dir.join("open-data.json"),
        r#"{ "url": "https://www.huddinge.se/samverkan/", "licence": "http://creativecommons.org/publicdomain/zero/1.0/", "publisher": "http://dataportal.se/organisation/SE2120000142", "contact": { "name": "Huddinge kommun", "email": "registrator@huddinge.se" } }"#,
    )
    .unwrap();
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
}

/// `scripts/publish.sh` answers in Swedish before any tool of its own does: `--help`, `--`
/// before a name, a name that starts with "-", a file or a folder that is not there.
#[test]
fn publish_sh_speaks_swedish_about_its_arguments() {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scripts/publish.sh");
    let run = |args: &[&str]| {
        let out = std::process::Command::new("bash")
            .arg(&script)
            .args(args)
            .current_dir(std::env::temp_dir())
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, text) = run(&["--help"]);
    assert_eq!(code, Some(0));
    assert!(text.starts_with("användning: scripts/publish.sh"), "{text}");
    let (code, text) = run(&["--", "-finns-inte.json"]);
    assert_eq!(code, Some(2));
    assert_eq!(text.trim(), "Filen finns inte: -finns-inte.json");
    let name = format!("-register-{}.json", std::process::id());
    std::fs::write(std::env::temp_dir().join(&name), MEMO_REGISTER_JSON).unwrap();
    let (code, text) = run(&[&name, "ingen-mapp"]);
    assert_eq!(code, Some(2));
    assert!(text.starts_with("Mappen finns inte: ingen-mapp"), "{text}");
    assert!(!text.contains("realpath"), "{text}");
    let _ = std::fs::remove_file(std::env::temp_dir().join(&name));
}

/// A failure while the new files are written (a full disk) replaces nothing; one while they are
/// put in place says exactly which were already replaced, never "inget publicerades".
#[test]
fn a_failed_publication_replaces_nothing_or_says_what_it_replaced() {
    use samverkan_tools::publish::staged;
    let dir = dist("halfway");
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let before = std::fs::read_to_string(dir.join("register.json")).unwrap();
    // The fourth file cannot be written: nothing is replaced, and nothing is left behind.
    std::fs::create_dir(staged(&dir.join("dcat.rdf"))).unwrap();
    let e = publish_an_edit(&dir);
    assert!(matches!(e, Failure::Write(..)), "{e}");
    assert!(!e.replaced_any());
    assert_eq!(
        std::fs::read_to_string(dir.join("register.json")).unwrap(),
        before
    );
    assert!(!staged(&dir.join("register.json")).exists());
    std::fs::remove_dir(staged(&dir.join("dcat.rdf"))).unwrap();
    // The third cannot be put in place (a folder stands where it goes): the first two were.
    std::fs::remove_file(dir.join("register.csv")).unwrap();
    std::fs::create_dir_all(dir.join("register.csv").join("x")).unwrap();
    let e = publish_an_edit(&dir);
    assert!(e.replaced_any(), "{e}");
    let words = e.to_string();
    assert!(words.contains("kunde inte ersätta"), "{words}");
    assert!(words.contains("register.csv"), "{words}");
    assert!(words.contains("Redan ersatta:"), "{words}");
    assert!(
        words.contains("register.json") && words.contains("index.html"),
        "{words}"
    );
    assert!(std::fs::read_to_string(dir.join("register.json"))
        .unwrap()
        .contains("\"ny\""));
    assert!(!staged(&dir.join("dcat.rdf")).exists());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_publication_adds_to_the_history_of_the_register_published_before_it() {
    let dir = dist("history");
    // A build's first publication: no register before it, no history.
    into_dir(MEMO_REGISTER_JSON.as_bytes(), &dir, None, today()).unwrap();
    let first = std::fs::read_to_string(dir.join("register.json")).unwrap();
    assert!(!first.contains("\"history\""));
    // The next one is compared with the one in the directory.
    let edited = MEMO_REGISTER_JSON.replace("Elisa Reinikainen", "Karin Holm");
    let r = into_dir(edited.as_bytes(), &dir, None, today()).unwrap();
    assert_eq!(r.source.updated, "2026-12-01");
    let record = &r.history.publications[0];
    assert_eq!(record.changed.len(), 1);
    assert_eq!(record.changed[0].id, "ki-samverkansavtal");
    let json = std::fs::read_to_string(dir.join("register.json")).unwrap();
    assert!(json.contains("\"old\": \"Elisa Reinikainen\""), "{json}");
    assert!(json.contains("\"new\": \"Karin Holm\""));
    // The same register again: nothing new, the history as it was.
    let again = into_dir(json.as_bytes(), &dir, None, today()).unwrap();
    assert_eq!(again.history, r.history);
    assert_eq!(
        std::fs::read_to_string(dir.join("register.json")).unwrap(),
        json
    );

    // Into a fresh build, naming the published register with --tidigare: the same file.
    let fresh = dist("history-fresh");
    let published = dist("history-published").join("published.json");
    std::fs::write(&published, MEMO_REGISTER_JSON).unwrap();
    into_dir(edited.as_bytes(), &fresh, Some(&published), today()).unwrap();
    assert_eq!(
        std::fs::read_to_string(fresh.join("register.json")).unwrap(),
        json
    );

    // A published register that cannot be read stops the publication: its history would be lost.
    std::fs::write(&published, "{ trasig").unwrap();
    let before = std::fs::read_to_string(fresh.join("register.json")).unwrap();
    let e = into_dir(
        MEMO_REGISTER_JSON.as_bytes(),
        &fresh,
        Some(&published),
        today(),
    )
    .unwrap_err();
    assert!(matches!(e, Failure::Previous(..)), "{e}");
    assert!(e.to_string().contains("--tidigare"), "{e}");
    assert_eq!(
        std::fs::read_to_string(fresh.join("register.json")).unwrap(),
        before
    );
    for d in [dir, fresh, published.parent().unwrap().to_path_buf()] {
        let _ = std::fs::remove_dir_all(d);
    }
}
