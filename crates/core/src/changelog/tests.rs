use chrono::NaiveDate;

use super::*;
use crate::exchange::register_json;
use crate::history::Cut;
use crate::load::memo_register;
use crate::publish::successor;
use crate::validate::Problem;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn text(s: &str) -> Option<Value> {
    Some(Value::Text(s.to_string()))
}

/// The memo with the KI agreement's contact replaced, the first entry removed and one added.
fn edited(before: &Register) -> Register {
    let mut after = before.clone();
    let ki = after.position("ki-samverkansavtal").unwrap();
    after.entries[ki].contact.as_mut().unwrap().name = "Karin Holm".into();
    after.entries.remove(0);
    let mut added = after.entries[0].clone();
    added.id = "nytt-forum".into();
    added.name = "Nytt forum".into();
    after.entries.push(added);
    after
}

#[test]
fn a_publication_records_old_and_new_values_and_names_what_it_removed() {
    let before = memo_register();
    let after = edited(&before);
    let record = between(&before, &after, day("2026-12-07")).unwrap();
    assert_eq!(record.date, DatePoint::Day(day("2026-12-07")));
    assert_eq!(record.from, Fingerprints::of(&before).digest());
    assert_eq!(
        record.added,
        vec![Named {
            id: "nytt-forum".into(),
            name: "Nytt forum".into()
        }]
    );
    assert_eq!(
        record.removed,
        vec![Named {
            id: "hogskoleradet".into(),
            name: "Högskolerådet".into()
        }]
    );
    assert_eq!(record.changed.len(), 1);
    assert_eq!(record.changed[0].id, "ki-samverkansavtal");
    assert_eq!(
        record.changed[0].fields,
        vec![FieldChange {
            field: Field::ContactName,
            old: text("Elisa Reinikainen"),
            new: text("Karin Holm"),
        }]
    );
    // Nothing changed, nothing recorded; the order of the entries is no change.
    assert_eq!(between(&before, &before, day("2026-12-07")), None);
    let mut reordered = before.clone();
    reordered.entries.reverse();
    assert_eq!(between(&before, &reordered, day("2026-12-07")), None);
}

#[test]
fn every_field_is_compared_and_empty_is_null() {
    let before = memo_register();
    let i = before.position("cpu").unwrap();
    let mut after = before.clone();
    let e = &mut after.entries[i];
    e.academies.push("sh".into());
    e.contact = None;
    e.ended = true;
    e.validity.until = Some(crate::date::Until::Date(DatePoint::Year(2027)));
    e.comment = Some("Ny kommentar".into());
    let fields: Vec<(Field, Option<Value>, Option<Value>)> =
        fields_changed(&before.entries[i], &after.entries[i])
            .into_iter()
            .map(|f| (f.field, f.old, f.new))
            .collect();
    assert_eq!(
        fields,
        vec![
            (Field::Academies, None, Some(Value::List(vec!["sh".into()]))),
            (Field::ContactName, text("Nilla Mälardahl"), None),
            (Field::ContactTitle, text("VFU-samordnare"), None),
            (Field::Until, text("tills vidare"), text("2027")),
            (
                Field::Ended,
                Some(Value::Flag(false)),
                Some(Value::Flag(true))
            ),
            (Field::Comment, None, text("Ny kommentar")),
        ]
    );
}

#[test]
fn the_record_is_written_in_a_fixed_shape() {
    let before = memo_register();
    let mut after = before.clone();
    let ki = after.position("ki-samverkansavtal").unwrap();
    after.entries[ki].contact.as_mut().unwrap().name = "Karin Holm".into();
    after.entries[ki].academies.clear();
    let record = between(&before, &after, day("2026-12-07")).unwrap();
    let json = serde_json::to_string(&record).unwrap();
    assert_eq!(
        json,
        format!(
            "{{\"date\":\"2026-12-07\",\"from\":\"{}\",\"changed\":[{{\"id\":\"ki-samverkansavtal\",\"name\":\"Avtal om samverkan mellan Huddinge kommun och Karolinska Institutet\",\"fields\":[{{\"field\":\"academies\",\"old\":[\"ki\"],\"new\":null}},{{\"field\":\"contact_name\",\"old\":\"Elisa Reinikainen\",\"new\":\"Karin Holm\"}}]}}]}}",
            record.from
        )
    );
    let back: Publication = serde_json::from_str(&json).unwrap();
    assert_eq!(back, record);
}

#[test]
fn successor_keeps_the_published_history_and_adds_this_publication() {
    let v1 = memo_register();
    // A build's first publication: the file as it is.
    assert_eq!(successor(None, &v1, day("2026-11-01")), v1);
    let v2 = successor(Some(&v1), &edited(&v1), day("2026-11-01"));
    assert_eq!(v2.version, crate::model::SCHEMA_VERSION);
    assert_eq!(v2.source.updated, "2026-11-01");
    assert_eq!(v2.history.publications.len(), 1);
    assert!(v2.validate().is_empty(), "{:?}", v2.validate());
    // The next publication is added before it; a history in the new file itself is not taken.
    let mut next = v2.clone();
    next.entries[0].name = "Nytt namn".into();
    next.history = History::default();
    let v3 = successor(Some(&v2), &next, day("2026-12-07"));
    assert_eq!(v3.history.publications.len(), 2);
    assert_eq!(v3.history.publications[0].date.to_string(), "2026-12-07");
    assert_eq!(v3.history.publications[1], v2.history.publications[0]);
    assert!(v3.validate().is_empty(), "{:?}", v3.validate());
    // Nothing changed: the history and the day stay.
    let same = successor(Some(&v3), &v3, day("2026-12-20"));
    assert_eq!(same, v3);
    // It reads back as it was written.
    assert_eq!(Register::from_json(&register_json(&v3)).unwrap(), v3);
}

fn record_on(date: &str) -> Publication {
    Publication {
        date: DatePoint::parse(date).unwrap(),
        from: "0123456789abcdef".into(),
        added: vec![Named {
            id: "x".into(),
            name: "X".into(),
        }],
        changed: Vec::new(),
        removed: Vec::new(),
    }
}

#[test]
fn the_history_is_cut_at_24_months_and_100_publications_and_says_so() {
    let mut h = History::default();
    h.push(record_on("2024-01-15"));
    h.push(record_on("2024-06-01"));
    h.push(record_on("2025-12-01"));
    assert_eq!(h.publications.len(), 3);
    assert_eq!(h.cut, None);
    // Two years after the first: it goes, and the note says until when.
    h.push(record_on("2026-01-20"));
    assert_eq!(h.publications.len(), 3);
    assert_eq!(
        h.cut,
        Some(Cut {
            until: DatePoint::parse("2024-01-15").unwrap(),
            publications: 1
        })
    );
    // Exactly 24 months is kept.
    h.push(record_on("2026-06-01"));
    assert_eq!(h.publications.len(), 4);
    // The count adds up over cuts.
    for d in 1..=120 {
        h.push(record_on(&format!("2026-07-{:02}", d % 28 + 1)));
    }
    assert_eq!(h.publications.len(), KEPT_PUBLICATIONS);
    assert_eq!(
        h.cut.as_ref().unwrap().publications,
        1 + 124 - KEPT_PUBLICATIONS
    );
}

#[test]
fn a_history_that_breaks_the_rules_is_refused_with_reasons() {
    let v1 = memo_register();
    let good = successor(Some(&v1), &edited(&v1), day("2026-11-01"));
    let faults_of = |f: &dyn Fn(&mut Register)| {
        let mut r = good.clone();
        f(&mut r);
        faults(&r).into_iter().map(|(_, f)| f).collect::<Vec<_>>()
    };
    assert_eq!(faults_of(&|_| {}), vec![]);
    assert_eq!(
        faults_of(&|r| r.history.publications[0].date = DatePoint::Year(2026)),
        vec![Fault::NotADay("2026".into())]
    );
    assert_eq!(
        faults_of(&|r| r.source.updated = "2026-10-31".into()),
        vec![Fault::AfterUpdated]
    );
    assert_eq!(
        faults_of(&|r| r.history.publications[0].from = "xyz".into()),
        vec![Fault::BadDigest("xyz".into())]
    );
    assert_eq!(
        faults_of(&|r| {
            let p = &mut r.history.publications[0];
            p.added.clear();
            p.changed.clear();
            p.removed.clear();
        }),
        vec![Fault::Empty]
    );
    assert_eq!(
        faults_of(&|r| {
            let c = &mut r.history.publications[0].changed[0];
            c.fields[0].new = c.fields[0].old.clone();
        }),
        vec![Fault::BadField("ki-samverkansavtal".into())]
    );
    assert_eq!(
        faults_of(&|r| {
            let p = &mut r.history.publications[0];
            let again = p.added[0].clone();
            p.removed.push(again);
        }),
        vec![
            Fault::Repeated("nytt-forum".into()),
            Fault::NotTheRegister("nytt-forum".into())
        ]
    );
    assert_eq!(
        faults_of(&|r| r.entries.retain(|e| e.id != "nytt-forum")),
        vec![Fault::NotTheRegister("nytt-forum".into())]
    );
    assert_eq!(
        faults_of(&|r| r.history.publications.insert(1, record_on("2026-11-02"))),
        vec![Fault::OutOfOrder, Fault::AfterUpdated]
    );
    assert_eq!(
        faults_of(&|r| r.history.publications.push(record_on("2024-10-01"))),
        vec![Fault::OverBounds]
    );
    // A file with such a history is not read: the checker, the app and the tool all say why.
    let mut bad = good.clone();
    bad.history.publications[0].from = "xyz".into();
    let refused = Register::from_json(&register_json(&bad));
    assert_eq!(
        refused,
        Err(crate::load::LoadError::Invalid(vec![Problem::History {
            at: 0,
            fault: Fault::BadDigest("xyz".into())
        }]))
    );
    let said = (crate::i18n::SV.problem)(&Problem::History {
        at: 0,
        fault: Fault::BadDigest("xyz".into()),
    });
    assert!(
        said.starts_with("historikens senaste publicering: "),
        "{said}"
    );
}

#[test]
fn a_returning_reader_is_told_what_changed_in_the_publications_it_has_not_seen() {
    let r0 = memo_register();
    let seen = Fingerprints::of(&r0);
    let mut next = edited(&r0);
    let r1 = successor(Some(&r0), &next, day("2026-11-01"));
    // The second publication changes the contact again, and back a title it changed.
    let ki = next.position("ki-samverkansavtal").unwrap();
    next.entries[ki].contact.as_mut().unwrap().name = "Kim Lund".into();
    let cpu = next.position("cpu").unwrap();
    next.entries[cpu].name = "CPU".into();
    let r2 = successor(Some(&r1), &next, day("2026-12-07"));
    let mut back = next.clone();
    back.entries[cpu].name = r0.entries[r0.position("cpu").unwrap()].name.clone();
    let r3 = successor(Some(&r2), &back, day("2026-12-08"));

    let news = seen.news(&r3);
    let said = told(&r3, &seen, &news);
    let changed: Vec<&str> = news
        .changed
        .iter()
        .map(|&i| r3.entries[i].id.as_str())
        .collect();
    assert_eq!(changed, vec!["ki-samverkansavtal"]);
    // Two publications, one change: the value the reader saw, then the one now.
    assert_eq!(
        said.fields,
        vec![vec![FieldChange {
            field: Field::ContactName,
            old: text("Elisa Reinikainen"),
            new: text("Kim Lund"),
        }]]
    );
    assert_eq!(
        said.removed,
        vec![Named {
            id: "hogskoleradet".into(),
            name: "Högskolerådet".into()
        }]
    );
    // A reader who saw r1 is told only of what came after.
    let seen1 = Fingerprints::of(&r1);
    let news1 = seen1.news(&r3);
    let said1 = told(&r3, &seen1, &news1);
    assert_eq!(said1.removed, vec![]);
    assert_eq!(
        said1.fields[0],
        vec![FieldChange {
            field: Field::ContactName,
            old: text("Karin Holm"),
            new: text("Kim Lund"),
        }]
    );
    // A reader whose register the history does not know: the entries, named, without details.
    let mut elsewhere = r0.clone();
    elsewhere.entries[5].description.push('.');
    let seen_x = Fingerprints::of(&elsewhere);
    let news_x = seen_x.news(&r3);
    let said_x = told(&r3, &seen_x, &news_x);
    assert!(said_x.fields.iter().all(Vec::is_empty));
    assert_eq!(said_x.fields.len(), news_x.changed.len());
    assert_eq!(said_x.removed.len(), 1);
}
