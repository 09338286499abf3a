//! The edit form's draft: validation into an entry, per-field errors, ids, and what a save writes
//! into the overlay.

mod common;

use samverkan_core::date::DatePoint;
use samverkan_core::draft::{slug, Draft, Field, FieldError};
use samverkan_core::model::{Academy, Register};
use samverkan_core::overlay::{Local, Mark, Overlay};

fn published() -> Register {
    common::memo()
}

fn mark(id: &str, local: Local) -> Mark {
    Mark {
        id: id.into(),
        local,
        conflict: None,
    }
}

#[test]
fn every_entry_survives_the_form_unchanged() {
    let p = published();
    for e in &p.entries {
        assert_eq!(&Draft::from_entry(e).to_entry(&p).unwrap(), e, "{}", e.id);
    }
}

#[test]
fn the_form_reports_each_field() {
    let p = published();
    let d = Draft {
        name: " ".into(),
        category: "okand".into(),
        academies: vec!["sh".into(), "harvard".into()],
        contact_title: "chef".into(),
        from: "2027".into(),
        until: "2025".into(),
        links: "www.example.se".into(),
        ..Draft::default()
    };
    let errs = d.to_entry(&p).unwrap_err();
    let fields: Vec<Field> = errs.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            Field::Name,
            Field::Category,
            Field::Academies,
            Field::ContactName,
            Field::Until,
            Field::Links
        ]
    );
    assert!(errs.contains(&(Field::Until, FieldError::FromAfterUntil)));
    let d = Draft {
        name: "X".into(),
        category: "ulf".into(),
        from: "2025-13".into(),
        ..Draft::default()
    };
    assert_eq!(
        d.to_entry(&p).unwrap_err(),
        [(Field::From, FieldError::BadDate("2025-13".into()))]
    );
}

#[test]
fn a_new_entry_gets_a_unique_slug_id() {
    let p = published();
    let d = Draft {
        name: "Högskolerådet".into(),
        category: "forum".into(),
        until_further_notice: true,
        from: "2026".into(),
        ..Draft::default()
    };
    let e = d.to_entry(&p).unwrap();
    assert_eq!(e.id, "hogskoleradet-2");
    assert_eq!(e.validity.from, Some(DatePoint::Year(2026)));
    assert_eq!(
        slug("Göteborgs universitet – UTTC!"),
        "goteborgs-universitet-uttc"
    );
    assert_eq!(slug("<script>"), "script");
    assert_eq!(slug("–––"), "post");
}

#[test]
fn saving_a_draft_writes_the_entry_and_only_what_the_register_lacks() {
    use samverkan_core::model::Department;
    let p = published();
    let harvard = Academy {
        id: "harvard".into(),
        name: "Harvard".into(),
        short: None,
        flemingsberg: false,
    };
    let unit = Department {
        id: "ny-enhet".into(),
        name: "Ny enhet".into(),
        short: None,
    };
    // A new entry naming a published academy and one added in the form, and a new department.
    let d = Draft {
        name: "Ny samverkan".into(),
        category: "ulf".into(),
        academies: vec!["sh".into(), "harvard".into()],
        department: "ny-enhet".into(),
        contact_name: "Anna".into(),
        contact_department: "gaf".into(),
        ..Draft::default()
    };
    // Unknown without what the form added.
    assert!(d.save(&p, &[], &[]).is_err());
    let saved = d
        .save(
            &p,
            std::slice::from_ref(&harvard),
            std::slice::from_ref(&unit),
        )
        .unwrap();
    assert!(!saved.existing);
    let id = saved.entry.id.clone();
    let mut o = Overlay::default();
    saved.apply(&mut o, &p);
    assert_eq!(o.academies, vec![harvard.clone()]);
    assert_eq!(o.departments, vec![unit]);
    let (r, marks) = o.apply(&p);
    assert_eq!(marks, vec![mark(&id, Local::Added)]);
    assert_eq!(
        r.entry(&id).map(|e| e.academies.clone()),
        Some(vec!["sh".into(), "harvard".into()])
    );

    // Editing a published entry with published choices only: the edit and nothing more.
    let mut draft = Draft::from_entry(p.entry("cpu").unwrap());
    draft.contact_title = "Ny titel".into();
    let saved = draft.save(&p, &[], &[]).unwrap();
    assert!(saved.existing);
    let mut o = Overlay::default();
    saved.apply(&mut o, &p);
    assert!(o.academies.is_empty() && o.departments.is_empty());
    assert_eq!(o.apply(&p).1, vec![mark("cpu", Local::Changed)]);

    // Saved back to exactly the published content, nothing local remains.
    let saved = Draft::from_entry(p.entry("cpu").unwrap())
        .save(&p, &[], &[])
        .unwrap();
    saved.apply(&mut o, &p);
    assert!(o.is_empty());

    // A form error is the form's, per field.
    let bad = Draft {
        name: " ".into(),
        ..draft
    };
    assert_eq!(bad.save(&p, &[], &[]).unwrap_err()[0].0, Field::Name);
}

/// A description pasted from Word keeps its line breaks as line breaks; no control character a
/// file may not hold reaches the register from the form.
#[test]
fn pasted_control_characters_are_cleaned_on_save() {
    let r = published();
    let mut d = Draft::from_entry(&r.entries[0]);
    d.description = "Första raden\u{b}andra raden\u{1}".into();
    d.name = "Namn\u{0}".into();
    let e = d.to_entry(&r).unwrap();
    assert_eq!(e.description, "Första raden\nandra raden");
    assert_eq!(e.name, "Namn");
}
