//! The published register (`data/register.json`): schema, ids, references, dates, and that it holds the memo.

mod common;

use samverkan_core::load::{LoadError, Shape};
use samverkan_core::model::Register;
use samverkan_core::validate::{List, Problem, RefField};

fn bundled() -> Register {
    common::memo()
}

#[test]
fn bundled_register_is_valid() {
    let r = bundled();
    assert_eq!(r.validate(), vec![]);
    assert_eq!(r.schema, "samverkansregistret");
    assert_eq!(r.version, 3);
    assert_eq!(r.source.updated, "2025-09-11");
}

#[test]
fn unknown_fields_are_rejected_not_dropped() {
    let json = common::MEMO_JSON.replacen("\"ended\": false", "\"ended\": false, \"slut\": 1", 1);
    assert!(
        matches!(Register::from_json(&json), Err(LoadError::WrongShape { shape: Shape::UnknownField(f), .. }) if f == "slut")
    );
}

#[test]
fn malformed_dates_are_rejected() {
    for bad in ["\"2025–2027\"", "\"2025-13\"", "\"tills  vidare\"", "2025"] {
        let json =
            common::MEMO_JSON.replacen("\"until\": \"2027\"", &format!("\"until\": {bad}"), 1);
        assert!(
            Register::from_json(&json).is_err(),
            "{bad} should be rejected"
        );
    }
}

fn problems(edit: impl FnOnce(&mut Register)) -> Vec<Problem> {
    let mut r = bundled();
    edit(&mut r);
    r.validate()
}

#[test]
fn validation_finds_each_broken_rule() {
    let p = problems(|r| r.entries[1].id = r.entries[0].id.clone());
    assert_eq!(
        p,
        [Problem::DuplicateId {
            list: List::Entries,
            id: "hogskoleradet".into()
        }]
    );

    let p = problems(|r| r.entries[0].academies.push("harvard".into()));
    assert!(
        matches!(&p[..], [Problem::UnknownReference { field: RefField::Academy, id, .. }] if id == "harvard")
    );

    let p = problems(|r| r.entries[0].department = Some("xyz".into()));
    assert!(matches!(
        &p[..],
        [Problem::UnknownReference {
            field: RefField::Department,
            ..
        }]
    ));

    let p = problems(|r| r.entries[0].category = "okand".into());
    assert!(matches!(
        &p[..],
        [Problem::UnknownReference {
            field: RefField::Category,
            ..
        }]
    ));

    let p = problems(|r| r.academies[0].id = "Söder".into());
    // A bad id is reported, and entries referring to the old id no longer resolve.
    assert!(p.contains(&Problem::BadId {
        list: List::Academies,
        id: "Söder".into()
    }));

    let p = problems(|r| r.entries[0].academies.push("sh".into()));
    assert!(matches!(&p[..], [Problem::RepeatedReference { .. }]));

    let p = problems(|r| {
        // ulf-sh runs 2025–2027; a start in 2030 comes after its end.
        r.entries[3].validity.from = Some(samverkan_core::date::DatePoint::Year(2030));
    });
    assert!(matches!(&p[..], [Problem::FromAfterUntil { .. }]));

    let p = problems(|r| r.entries[0].links.push("javascript:alert(1)".into()));
    assert!(matches!(&p[..], [Problem::BadLink { .. }]));

    let p = problems(|r| r.version = 4);
    assert_eq!(p, [Problem::UnsupportedVersion(4)]);

    let p = problems(|r| r.source.updated = "11 september".into());
    assert_eq!(p, [Problem::BadUpdated("11 september".into())]);

    let p = problems(|r| r.entries[0].name = "  ".into());
    assert!(matches!(&p[..], [Problem::EmptyName { .. }]));

    // A title without the person: the form refuses it, so a file may not carry it either.
    let p = problems(|r| {
        let c = r
            .entries
            .iter_mut()
            .find_map(|e| e.contact.as_mut())
            .unwrap();
        c.name = " ".into();
    });
    assert!(matches!(&p[..], [Problem::EmptyContactName { .. }]));
}

#[test]
fn register_holds_every_collaboration_in_the_memo() {
    let r = bundled();
    let ids: Vec<&str> = r.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "hogskoleradet",
            "gymnasieradet",
            "flemingsberg-science",
            "ulf-sh",
            "ulf-skh",
            "ulf-konstfack",
            "huddingetrainee-socionom",
            "cpu",
            "examensarbeten",
            "sh-strategiskt-partnerskap",
            "innovation-station",
            "nya-roster",
            "kreativeu",
            "ki-samverkansavtal",
            "mau-fys",
            "gu-uttc",
            "scenkonstresidens",
            "campusgruppen",
        ]
    );
    let cats: Vec<&str> = r.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(cats, ["forum", "ulf", "studenter", "enskilda", "tidigare"]);
    let deps: Vec<&str> = r.departments.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        deps,
        [
            "ksf",
            "gaf",
            "buf",
            "sof",
            "kuf",
            "digitaliseringsavdelningen",
            "naringslivsenheten"
        ]
    );
    // The ended ones are exactly the memo's "Tidigare samverkan".
    let ended: Vec<&str> = r
        .entries
        .iter()
        .filter(|e| e.ended)
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(ended, ["scenkonstresidens", "campusgruppen"]);
    assert!(r
        .entries
        .iter()
        .all(|e| e.ended == (e.category == "tidigare")));
    // Strategy and its four purposes.
    assert_eq!(r.about.strategy.year, "2016");
    assert_eq!(r.about.strategy.purposes.len(), 4);
}

#[test]
fn nothing_is_invented_where_the_memo_is_silent() {
    let r = bundled();
    let e = |id: &str| r.entry(id).unwrap();
    // The memo names no university for CPU or Examensarbeten.
    assert!(e("cpu").academies.is_empty());
    assert!(e("examensarbeten").academies.is_empty());
    // No contact person for Flemingsberg Science, Scenkonstresidens, Campusgruppen.
    for id in ["flemingsberg-science", "scenkonstresidens", "campusgruppen"] {
        assert!(e(id).contact.is_none(), "{id}");
    }
    // No dates for KreativEU.
    assert_eq!(e("kreativeu").validity, Default::default());
    // A contact in another department than the responsible one is kept.
    assert_eq!(e("kreativeu").department.as_deref(), Some("ksf"));
    assert_eq!(
        e("kreativeu")
            .contact
            .as_ref()
            .unwrap()
            .department
            .as_deref(),
        Some("kuf")
    );
    // Short names only where the memo uses them.
    let shorts: Vec<&str> = r
        .academies
        .iter()
        .filter_map(|a| a.short.as_deref())
        .collect();
    assert_eq!(shorts, ["KI", "KTH", "SMI"]);
}

#[test]
fn related_entries_share_an_academy_or_department() {
    let r = bundled();
    let e = r.entry("ulf-konstfack").unwrap();
    let related: Vec<&str> = r.related(e).iter().map(|e| e.id.as_str()).collect();
    // BUF entries; nobody else works with Konstfack.
    assert_eq!(related, ["ulf-skh", "cpu"]);
}

#[test]
fn a_control_character_is_a_problem_naming_its_place() {
    use samverkan_core::validate::{clean_text, forbidden_char};
    let mut r = bundled();
    r.source.title.push('\u{b}');
    r.entries[0].links.push("https://x.se/\u{7}".into());
    if let Some(c) = r.entries[1].contact.as_mut() {
        c.name.push('\u{fffe}');
    }
    let (first, second) = (r.entries[0].id.clone(), r.entries[1].id.clone());
    let found: Vec<Problem> = r
        .validate()
        .into_iter()
        .filter(|p| matches!(p, Problem::ForbiddenCharacter { .. }))
        .collect();
    assert_eq!(
        found,
        vec![
            Problem::ForbiddenCharacter {
                place: "source.title".into(),
                code: 0xb
            },
            Problem::ForbiddenCharacter {
                place: format!("entries[{first}].links[0]"),
                code: 7
            },
            Problem::ForbiddenCharacter {
                place: format!("entries[{second}].contact.name"),
                code: 0xfffe
            },
        ]
    );
    // What XML 1.0 allows passes: tab, line feed, carriage return, and everything printable.
    assert_eq!(forbidden_char("a\tb\nc\rd – å 😀 \u{85}"), None);
    // What a reader pastes is cleaned: Word's line break is a line break, the rest goes.
    assert_eq!(clean_text("Rad ett\u{b}Rad två\u{1}"), "Rad ett\nRad två");
}
