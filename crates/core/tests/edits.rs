//! Local edits: the overlay, import and export.

mod common;

use chrono::NaiveDate;
use proptest::prelude::*;
use samverkan_core::exchange::{
    overlay_json, parse_import, register_json, Import, ImportError, MAX_IMPORT_BYTES,
};
use samverkan_core::i18n;
use samverkan_core::model::{Academy, Register};
use samverkan_core::overlay::{Conflict, Local, Mark, Overlay};
use samverkan_core::seen::Fingerprints;
use samverkan_core::validate::{List, Problem};

fn published() -> Register {
    common::memo()
}

fn mark(id: &str, local: Local, conflict: Option<Conflict>) -> Mark {
    Mark {
        id: id.into(),
        local,
        conflict,
    }
}

#[test]
fn add_change_delete_restore() {
    let p = published();
    let mut o = Overlay::default();
    let mut e = p.entry("cpu").unwrap().clone();
    e.contact.as_mut().unwrap().name = "Ny Person".into();
    o.upsert(&p, e);
    let mut added = p.entry("examensarbeten").unwrap().clone();
    added.id = "ny-post".into();
    added.name = "Ny post".into();
    o.upsert(&p, added);
    o.delete(&p, "campusgruppen");
    let (r, marks) = o.apply(&p);
    assert_eq!(
        marks,
        [
            mark("cpu", Local::Changed, None),
            mark("ny-post", Local::Added, None),
            mark("campusgruppen", Local::Deleted, None)
        ]
    );
    assert_eq!(r.entries.len(), 18);
    assert_eq!(
        r.entry("cpu").unwrap().contact.as_ref().unwrap().name,
        "Ny Person"
    );
    assert!(r.entry("campusgruppen").is_none());
    assert_eq!(r.entries.last().unwrap().id, "ny-post");
    assert_eq!(r.validate(), vec![]);

    // Deleting a locally added entry leaves no trace; restoring undoes a change.
    o.delete(&p, "ny-post");
    o.restore("cpu");
    o.restore("campusgruppen");
    assert!(o.is_empty());
    assert_eq!(o.apply(&p).0, p);
}

#[test]
fn published_edits_settle_and_only_real_conflicts_remain() {
    let p = published();
    // A coordinator's edits: a change, an addition, a deletion, a new academy.
    let mut o = Overlay::default();
    let mut cpu = p.entry("cpu").unwrap().clone();
    cpu.contact.as_mut().unwrap().name = "Ny Person".into();
    o.upsert(&p, cpu);
    let mut added = p.entry("examensarbeten").unwrap().clone();
    added.id = "ny-post".into();
    o.upsert(&p, added);
    o.delete(&p, "campusgruppen");
    o.add_academy(Academy {
        id: "su".into(),
        name: "Stockholms universitet".into(),
        short: Some("SU".into()),
        flemingsberg: false,
    });
    // Publicera: the published register is now exactly what this browser showed.
    let next = samverkan_core::publish::stamped(
        &o.apply(&p).0,
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
    );
    // Unsettled, the coordinator's own change would be a false conflict with the new release.
    let (_, marks) = o.apply(&next);
    assert!(marks.contains(&mark(
        "cpu",
        Local::Changed,
        Some(Conflict::ChangedUpstream)
    )));
    // Without evidence that this is the publication: settled, no longer shown as changes, and
    // kept until the coordinator confirms.
    let mut settled = o.clone();
    assert!(settled.settle(&next));
    assert_eq!(settled.apply(&next), (next.clone(), vec![]));
    assert_eq!(settled.edits, vec![]);
    assert_eq!(settled.settled.len(), 3);
    assert!(!settled.settle(&next), "settling again changes nothing");
    settled.confirm(&next);
    assert!(settled.is_empty(), "{settled:?}");
    // With it (Publicera here handed out exactly these entries): settled for good at once.
    let mut published_here = o.clone();
    published_here.publication = Some(Fingerprints::of(&o.apply(&p).0).digest());
    assert!(published_here.settle(&next));
    assert!(published_here.is_empty(), "{published_here:?}");
    assert_eq!(published_here.apply(&next), (next.clone(), vec![]));

    // A colleague's edit that the publication did not include stays, and is still a conflict
    // only where the published entry moved under it.
    let mut other = Overlay::default();
    let mut ulf = p.entry("ulf-sh").unwrap().clone();
    ulf.comment = Some("kvar".into());
    other.upsert(&p, ulf);
    let mut cpu2 = p.entry("cpu").unwrap().clone();
    cpu2.description = "annan".into();
    other.upsert(&p, cpu2);
    assert!(!other.settle(&next));
    let (_, marks) = other.apply(&next);
    assert_eq!(
        marks,
        [
            mark("ulf-sh", Local::Changed, None),
            mark("cpu", Local::Changed, Some(Conflict::ChangedUpstream))
        ]
    );
}

/// S15: IT publishes a wrong file by mistake (a test file with one entry), the coordinator
/// reloads, IT puts the right file back, the coordinator reloads: every local change is there.
#[test]
fn a_wrong_file_then_the_right_one_takes_no_local_change() {
    let p = published();
    let mut o = Overlay::default();
    let mut cpu = p.entry("cpu").unwrap().clone();
    cpu.comment = Some("lokal".into());
    o.upsert(&p, cpu);
    o.delete(&p, "campusgruppen");
    o.delete(&p, "ulf-sh");
    let mut added = p.entry("examensarbeten").unwrap().clone();
    added.id = "ny-post".into();
    o.upsert(&p, added);
    // What the coordinator sees, in an order that does not depend on the order of the edits.
    let seen = |o: &Overlay| {
        let (mut r, mut marks) = o.apply(&p);
        r.entries.sort_by(|a, b| a.id.cmp(&b.id));
        marks.sort_by(|a, b| a.id.cmp(&b.id));
        (r, marks)
    };
    let shown = seen(&o);

    // The wrong file: one entry, and none of the coordinator's.
    let mut wrong = p.clone();
    wrong.entries.retain(|e| e.id == "examensarbeten");
    let mut after_wrong = o.clone();
    after_wrong.settle(&wrong);
    // Deletions of entries the wrong file lacks are settled, not lost.
    assert_eq!(after_wrong.settled.len(), 2, "{after_wrong:?}");

    // The right file again: everything as it was.
    let mut after_right = after_wrong.clone();
    after_right.settle(&p);
    assert!(
        seen(&after_right) == shown,
        "the right file shows every change again"
    );
    assert_eq!(after_right.settled, vec![]);
    let mut ids: Vec<_> = after_right.edits.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["campusgruppen", "cpu", "ny-post", "ulf-sh"]);

    // Through the stored text too: what a reload in between reads back.
    let text = samverkan_core::exchange::overlay_json(&after_wrong);
    let mut read = samverkan_core::exchange::parse_stored(&text).unwrap();
    assert_eq!(read, after_wrong);
    read.settle(&p);
    assert!(seen(&read) == shown);
}

#[test]
fn saving_the_published_content_again_clears_the_edit() {
    let p = published();
    let mut o = Overlay::default();
    let original = p.entry("cpu").unwrap().clone();
    let mut e = original.clone();
    e.name = "Ändrad".into();
    o.upsert(&p, e);
    o.upsert(&p, original);
    assert!(o.is_empty());
}

#[test]
fn a_new_release_keeps_edits_and_flags_conflicts() {
    let p = published();
    let mut o = Overlay::default();
    for id in ["cpu", "mau-fys", "kreativeu"] {
        let mut e = p.entry(id).unwrap().clone();
        e.comment = Some("lokal anteckning".into());
        o.upsert(&p, e);
    }
    let mut added = p.entry("cpu").unwrap().clone();
    added.id = "ny".into();
    o.upsert(&p, added.clone());

    // The next release: changes mau-fys, removes kreativeu, adds "ny" with other content,
    // and changes an entry the user never touched.
    let mut next = p.clone();
    next.entry_mut_for_test("mau-fys").name = "Ny version".into();
    next.entries.retain(|e| e.id != "kreativeu");
    let mut theirs = added.clone();
    theirs.name = "Publicerad ny".into();
    next.entries.push(theirs);
    next.entry_mut_for_test("ulf-sh").name = "ULF med SH".into();

    let (r, marks) = o.apply(&next);
    assert_eq!(
        marks,
        [
            mark("cpu", Local::Changed, None),
            mark("mau-fys", Local::Changed, Some(Conflict::ChangedUpstream)),
            mark("kreativeu", Local::Added, Some(Conflict::RemovedUpstream)),
            mark("ny", Local::Changed, Some(Conflict::AddedUpstream)),
        ]
    );
    // The user's versions win until resolved; the untouched entry follows the release.
    assert_eq!(
        r.entry("mau-fys").unwrap().comment.as_deref(),
        Some("lokal anteckning")
    );
    assert_eq!(r.entry("ulf-sh").unwrap().name, "ULF med SH");
    assert!(r.entry("kreativeu").is_some());

    // Resolve: keep mine for mau-fys, take theirs for "ny".
    o.keep_mine(&next, "mau-fys");
    o.restore("ny");
    let (_, marks) = o.apply(&next);
    assert_eq!(marks[1], mark("mau-fys", Local::Changed, None));
    assert_eq!(marks.len(), 3);
}

/// Test-only helper: mutable access by id.
trait EntryMut {
    fn entry_mut_for_test(&mut self, id: &str) -> &mut samverkan_core::model::Entry;
}
impl EntryMut for Register {
    fn entry_mut_for_test(&mut self, id: &str) -> &mut samverkan_core::model::Entry {
        self.entries.iter_mut().find(|e| e.id == id).unwrap()
    }
}

#[derive(Debug, Clone)]
enum Op {
    Rename(usize, String),
    Delete(usize),
    Add(String),
    Restore(usize),
    AddAcademy(String),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..40usize, "\\PC{1,30}").prop_map(|(i, s)| Op::Rename(i, s)),
        (0..40usize).prop_map(Op::Delete),
        "[A-Za-zÅÄÖåäö ]{1,20}".prop_map(Op::Add),
        (0..40usize).prop_map(Op::Restore),
        "[A-Za-zÅÄÖåäö ]{1,20}".prop_map(Op::AddAcademy),
    ]
}

/// Runs `ops` as the UI would: always against the register the user currently sees.
fn run(p: &Register, ops: &[Op]) -> Overlay {
    let mut o = Overlay::default();
    for op in ops {
        let (current, _) = o.apply(p);
        let pick = |i: usize| {
            current
                .entries
                .get(i % current.entries.len().max(1))
                .cloned()
        };
        match op {
            Op::Rename(i, s) => {
                if let Some(mut e) = pick(*i) {
                    if !s.trim().is_empty() {
                        e.name = s.trim().to_string();
                        o.upsert(p, e);
                    }
                }
            }
            Op::Delete(i) => {
                if let Some(e) = pick(*i) {
                    o.delete(p, &e.id);
                }
            }
            // The form refuses an empty name (`the_form_reports_each_field`), so no op makes one.
            Op::Add(name) if name.trim().is_empty() => {}
            Op::AddAcademy(name) if name.trim().is_empty() => {}
            Op::Add(name) => {
                let name = &name.trim().to_string();
                let mut e = p.entries[0].clone();
                e.id = samverkan_core::draft::unique_slug(name, |s| current.entry(s).is_some());
                e.name = name.clone();
                o.upsert(p, e);
            }
            Op::Restore(i) => {
                if let Some(e) = o.edits.get(*i % o.edits.len().max(1)).map(|e| e.id.clone()) {
                    o.restore(&e);
                }
            }
            Op::AddAcademy(name) => o.add_academy(Academy {
                id: samverkan_core::draft::unique_slug(name, |s| current.academy(s).is_some()),
                name: name.clone(),
                short: None,
                flemingsberg: false,
            }),
        }
    }
    o
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_exported_overlay_reproduces_the_edited_register(ops in prop::collection::vec(op(), 0..25)) {
        let p = published();
        let o = run(&p, &ops);
        let (edited, _) = o.apply(&p);
        prop_assert_eq!(edited.validate(), vec![]);
        // Overlay export → import → apply gives the same register.
        match parse_import(overlay_json(&o).as_bytes(), &p) {
            Ok(Import::Overlay(back)) => {
                prop_assert_eq!(&back, &o);
                prop_assert_eq!(&back.apply(&p).0, &edited);
            }
            other => prop_assert!(false, "overlay import failed: {:?}", other),
        }
        // Full-register export → import → diff → apply gives the same register too.
        match parse_import(register_json(&edited).as_bytes(), &p) {
            Ok(Import::Register(r)) => {
                prop_assert_eq!(&*r, &edited);
                prop_assert_eq!(&Overlay::diff(&p, &r).apply(&p).0, &edited);
            }
            other => prop_assert!(false, "register import failed: {:?}", other),
        }
    }

    #[test]
    fn importing_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse_import(&bytes, &published());
    }

    #[test]
    fn importing_mangled_exports_never_panics(cut in 0usize..30_000, byte in any::<u8>()) {
        let p = published();
        let mut json = register_json(&p).into_bytes();
        let at = cut % json.len();
        json[at] = byte;
        let _ = parse_import(&json, &p);
        let _ = parse_import(&json[..at], &p);
    }
}

#[test]
fn bad_imports_are_refused_with_a_reason() {
    let p = published();
    let err = |bytes: &[u8]| parse_import(bytes, &p).unwrap_err();
    assert!(matches!(
        err(b"{ \"schema\": "),
        ImportError::Malformed { line: 1, .. }
    ));
    assert!(matches!(
        err(b"not json at all"),
        ImportError::Malformed { line: 1, .. }
    ));
    assert_eq!(err(&[0xff, 0xfe, 0x00]), ImportError::NotText);
    assert_eq!(err(b"[1, 2, 3]"), ImportError::UnknownSchema);
    assert_eq!(
        err(b"{\"schema\": \"annat\", \"version\": 1}"),
        ImportError::UnknownSchema
    );
    assert_eq!(
        err(b"{\"schema\": \"samverkansregistret\", \"version\": 7}"),
        ImportError::FutureVersion {
            found: 7,
            supported: samverkan_core::model::SCHEMA_VERSION
        }
    );
    assert!(matches!(
        err(b"{\"schema\": \"samverkansregistret\", \"version\": 1}"),
        ImportError::WrongShape { .. }
    ));
    let big = vec![b' '; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        err(&big),
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );

    // Duplicate and unknown ids in a register.
    let dup =
        register_json(&p).replacen("\"id\": \"gymnasieradet\"", "\"id\": \"hogskoleradet\"", 1);
    assert!(matches!(err(dup.as_bytes()), ImportError::Invalid(ps)
        if ps.contains(&Problem::DuplicateId { list: List::Entries, id: "hogskoleradet".into() })));
    let unknown =
        register_json(&p).replacen("\"department\": \"gaf\"", "\"department\": \"xyz\"", 1);
    assert!(matches!(err(unknown.as_bytes()), ImportError::Invalid(_)));

    // An overlay naming an academy that exists nowhere.
    let mut o = Overlay::default();
    let mut e = p.entry("cpu").unwrap().clone();
    e.academies = vec!["okand".into()];
    o.upsert(&p, e);
    assert!(matches!(
        err(overlay_json(&o).as_bytes()),
        ImportError::Invalid(_)
    ));
    // An overlay with the same id twice.
    let mut o2 = Overlay::default();
    o2.delete(&p, "cpu");
    o2.edits.push(o2.edits[0].clone());
    assert!(
        matches!(err(overlay_json(&o2).as_bytes()), ImportError::Invalid(ps)
        if matches!(ps[0], Problem::DuplicateId { .. }))
    );

    // An overlay adding the same academy twice (one would be dropped without a word).
    let su = Academy {
        id: "su".into(),
        name: "Stockholms universitet".into(),
        short: None,
        flemingsberg: false,
    };
    let o3 = Overlay {
        academies: vec![
            su.clone(),
            Academy {
                name: "SU igen".into(),
                ..su
            },
        ],
        ..Overlay::default()
    };
    assert_eq!(
        err(overlay_json(&o3).as_bytes()),
        ImportError::Invalid(vec![Problem::DuplicateId {
            list: List::Academies,
            id: "su".into()
        }])
    );
    // A contact with a title but no name, which the form refuses, is refused here too.
    let nameless = register_json(&p).replacen("\"name\": \"Nilla Mälardahl\"", "\"name\": \"\"", 1);
    assert!(matches!(err(nameless.as_bytes()), ImportError::Invalid(ps)
        if ps == vec![Problem::EmptyContactName { entry: "cpu".into() }]));

    // A byte-order mark is accepted.
    let bom = format!("\u{feff}{}", register_json(&p));
    assert!(parse_import(bom.as_bytes(), &p).is_ok());
    // Every message is a Swedish sentence.
    assert!((i18n::SV.import_error)(&err(b"{")).starts_with("Filen är inte giltig JSON"));
}

#[test]
fn an_imported_overlay_replaces_only_the_entries_it_names() {
    let p = published();
    let mut mine = Overlay::default();
    let mut cpu = p.entry("cpu").unwrap().clone();
    cpu.name = "Min CPU".into();
    mine.upsert(&p, cpu);
    let mut kreativ = p.entry("kreativeu").unwrap().clone();
    kreativ.name = "Min KreativEU".into();
    mine.upsert(&p, kreativ);

    let mut theirs = Overlay::default();
    let mut cpu = p.entry("cpu").unwrap().clone();
    cpu.name = "Deras CPU".into();
    theirs.upsert(&p, cpu);
    theirs.delete(&p, "campusgruppen");
    theirs.add_academy(Academy {
        id: "uu".into(),
        name: "Uppsala universitet".into(),
        short: None,
        flemingsberg: false,
    });

    let before = mine.apply(&p).0;
    mine.merge(theirs);
    let (after, _) = mine.apply(&p);
    assert_eq!(after.entry("cpu").unwrap().name, "Deras CPU");
    assert_eq!(after.entry("kreativeu").unwrap().name, "Min KreativEU");
    assert!(after.entry("campusgruppen").is_none());
    assert!(after.academy("uu").is_some());

    let changes = samverkan_core::exchange::ImportSummary::between(&before, &after);
    assert_eq!(changes.added, Vec::<String>::new());
    assert_eq!(changes.changed, ["Deras CPU"]);
    assert_eq!(changes.removed, ["Campusgruppen"]);
    assert!(samverkan_core::exchange::ImportSummary::between(&after, &after).is_empty());
}

#[test]
fn export_is_exactly_the_bundled_schema() {
    let p = published();
    let json = register_json(&p);
    assert_eq!(Register::from_json(&json).unwrap(), p);
    // Same shape as the bundled file: same keys in the same order.
    let a: serde_json::Value = serde_json::from_str(&json).unwrap();
    let b: serde_json::Value = serde_json::from_str(common::MEMO_JSON).unwrap();
    assert_eq!(a, b);
}

#[test]
fn import_errors_are_worded_in_both_languages() {
    let p = published();
    let dup =
        register_json(&p).replacen("\"id\": \"gymnasieradet\"", "\"id\": \"hogskoleradet\"", 1);
    let e = parse_import(dup.as_bytes(), &p).unwrap_err();
    assert_eq!(
        (i18n::SV.import_error)(&e),
        "Filen har 1 fel: poster: id \"hogskoleradet\" finns flera gånger."
    );
    assert_eq!(
        (i18n::EN.import_error)(&e),
        "The file has 1 problem: entries: id \"hogskoleradet\" occurs more than once."
    );
    let e = parse_import(&[b' '; MAX_IMPORT_BYTES + 1], &p).unwrap_err();
    // One byte over the limit reads as over it, not as the limit.
    assert!((i18n::SV.import_error)(&e).starts_with("Filen är för stor (64,1 MB). "));
    assert!((i18n::EN.import_error)(&e).starts_with("The file is too large (64.1 MB). "));
    // Many problems: five are named, the rest counted.
    let mut bad = p.clone();
    for e in bad.entries.iter_mut().take(7) {
        e.category = "okand".into();
    }
    let e = parse_import(register_json(&bad).as_bytes(), &p).unwrap_err();
    let sv = (i18n::SV.import_error)(&e);
    assert!(
        sv.starts_with(
            "Filen har 7 fel: post \"hogskoleradet\": kategori \"okand\" finns inte i registret;"
        ),
        "{sv}"
    );
    assert!(sv.ends_with(" … och 2 till."), "{sv}");
    assert!((i18n::EN.import_error)(&e).ends_with(" … and 2 more."));
}

#[test]
fn a_full_register_import_carries_new_and_renamed_categories_and_reimports_to_nothing() {
    let p = published();
    let mut r = p.clone();
    r.categories.push(samverkan_core::model::Category {
        id: "ny-kategori".into(),
        name: "Ny kategori".into(),
        description: "Tillagd".into(),
    });
    r.categories[0].name = "Nytt namn".into();
    let mut e = r.entries[0].clone();
    e.id = "ny-post".into();
    e.category = "ny-kategori".into();
    r.entries.push(e);
    let o = match parse_import(register_json(&r).as_bytes(), &p).unwrap() {
        Import::Register(r) => Overlay::diff(&p, &r),
        Import::Overlay(_) => panic!("a register"),
    };
    assert_eq!(o.categories.len(), 2);
    let (shown, _) = o.apply(&p);
    assert!(shown.validate().is_empty(), "{:?}", shown.validate());
    assert_eq!(shown.categories, r.categories);
    // The app's own export of what it shows imports back with nothing left to change.
    let again = match parse_import(register_json(&shown).as_bytes(), &p).unwrap() {
        Import::Register(r) => Overlay::diff(&p, &r),
        Import::Overlay(_) => panic!("a register"),
    };
    assert_eq!(again, o);
    // The overlay file keeps them, and an overlay without any reads as before.
    let text = overlay_json(&o);
    assert!(text.contains("\"categories\""));
    assert!(!overlay_json(&Overlay::default()).contains("categories"));
}
