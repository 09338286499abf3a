//! Operations replayed on stored edits that moved meanwhile, and undo per change: what keeps two
//! tabs from losing each other's work.

mod common;

use samverkan_core::change::{merge_entries, Op, Side};
use samverkan_core::draft::{Draft, Part};
use samverkan_core::model::{Entry, Register};
use samverkan_core::overlay::Overlay;

fn published() -> Register {
    common::memo()
}

fn cpu(p: &Register) -> Entry {
    p.entry("cpu").unwrap().clone()
}

fn with_title(mut e: Entry, title: &str) -> Entry {
    e.contact.as_mut().unwrap().title = Some(title.into());
    e
}

fn with_comment(mut e: Entry, comment: &str) -> Entry {
    e.comment = Some(comment.into());
    e
}

/// One tab's save, carried out on `stored` as the tab saw the entry before.
fn save(stored: &mut Overlay, p: &Register, before: &Entry, after: Entry) -> Op {
    let op = Op::Entry {
        id: after.id.clone(),
        before: Some(before.clone()),
        after: Some(after),
    };
    stored.perform(p, &op);
    op
}

#[test]
fn two_tabs_editing_different_fields_both_keep_theirs() {
    let p = published();
    let mut stored = Overlay::default();
    // Both tabs opened cpu as published; A changed the title, B the comment.
    save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "Samordnare"));
    save(
        &mut stored,
        &p,
        &cpu(&p),
        with_comment(cpu(&p), "Förlängs 2027"),
    );
    let now = stored.current(&p, "cpu").unwrap();
    assert_eq!(
        now.contact.as_ref().unwrap().title.as_deref(),
        Some("Samordnare")
    );
    assert_eq!(now.comment.as_deref(), Some("Förlängs 2027"));
    // The name and department the contact has were not touched by either.
    assert_eq!(now.contact.as_ref().unwrap().name, "Nilla Mälardahl");
}

#[test]
fn the_later_save_wins_a_field_both_changed() {
    let p = published();
    let mut stored = Overlay::default();
    save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "A"));
    save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "B"));
    let now = stored.current(&p, "cpu").unwrap();
    assert_eq!(now.contact.as_ref().unwrap().title.as_deref(), Some("B"));
}

#[test]
fn undo_restores_only_the_fields_its_change_altered() {
    let p = published();
    let mut stored = Overlay::default();
    // Tab A changes the title; tab B then changes the comment; A undoes.
    let before_a = stored.clone();
    let a = save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "Samordnare"));
    let after_a = stored.current(&p, "cpu").unwrap().clone();
    save(
        &mut stored,
        &p,
        &after_a,
        with_comment(after_a.clone(), "B:s kommentar"),
    );
    let undo = a.undo(&before_a).unwrap();
    stored.perform(&p, &undo);
    let now = stored.current(&p, "cpu").unwrap();
    assert_eq!(
        now.contact.as_ref().unwrap().title.as_deref(),
        Some("VFU-samordnare")
    );
    assert_eq!(
        now.comment.as_deref(),
        Some("B:s kommentar"),
        "B's comment stays"
    );
}

#[test]
fn undo_leaves_a_field_changed_since_alone_and_twice_is_harmless() {
    let p = published();
    let mut stored = Overlay::default();
    let before_a = stored.clone();
    let a = save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "A"));
    let after_a = stored.current(&p, "cpu").unwrap().clone();
    // B changed the same field after A.
    save(&mut stored, &p, &after_a, with_title(after_a.clone(), "B"));
    let undo = a.undo(&before_a).unwrap();
    stored.perform(&p, &undo);
    stored.perform(&p, &undo);
    let now = stored.current(&p, "cpu").unwrap();
    assert_eq!(now.contact.as_ref().unwrap().title.as_deref(), Some("B"));
}

#[test]
fn undoing_the_last_change_of_an_entry_leaves_no_edit() {
    let p = published();
    let mut stored = Overlay::default();
    let a = save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "A"));
    stored.perform(&p, &a.undo(&Overlay::default()).unwrap());
    assert!(stored.is_empty(), "{stored:?}");
}

#[test]
fn a_deletion_and_an_addition_undo() {
    let p = published();
    let mut stored = Overlay::default();
    let del = Op::Entry {
        id: "cpu".into(),
        before: Some(cpu(&p)),
        after: None,
    };
    stored.perform(&p, &del);
    assert!(stored.current(&p, "cpu").is_none());
    stored.perform(&p, &del.undo(&Overlay::default()).unwrap());
    assert!(stored.is_empty());

    let mut new = cpu(&p);
    new.id = "ny".into();
    let add = Op::Entry {
        id: "ny".into(),
        before: None,
        after: Some(new),
    };
    stored.perform(&p, &add);
    assert!(stored.current(&p, "ny").is_some());
    stored.perform(&p, &add.undo(&Overlay::default()).unwrap());
    assert!(stored.current(&p, "ny").is_none());
    assert!(stored.is_empty());
}

#[test]
fn a_save_of_an_entry_deleted_elsewhere_brings_it_back_and_its_undo_does_not() {
    let p = published();
    let mut stored = Overlay::default();
    stored.delete(&p, "cpu");
    let op = Op::Entry {
        id: "cpu".into(),
        before: Some(cpu(&p)),
        after: Some(with_title(cpu(&p), "A")),
    };
    stored.perform(&p, &op);
    assert_eq!(
        stored
            .current(&p, "cpu")
            .unwrap()
            .contact
            .as_ref()
            .unwrap()
            .title
            .as_deref(),
        Some("A")
    );
    // Deleted again elsewhere, then the save undone: it stays deleted.
    stored.delete(&p, "cpu");
    stored.perform(&p, &op.undo(&Overlay::default()).unwrap());
    assert!(stored.current(&p, "cpu").is_none());
}

#[test]
fn record_level_actions_undo_to_the_record_before() {
    let p = published();
    let mut stored = Overlay::default();
    save(&mut stored, &p, &cpu(&p), with_title(cpu(&p), "A"));
    let before = stored.clone();
    let restore = Op::Record {
        id: "cpu".into(),
        edit: None,
    };
    stored.perform(&p, &restore);
    assert!(stored.is_empty());
    stored.perform(&p, &restore.undo(&before).unwrap());
    assert_eq!(stored, before);
}

#[test]
fn merge_and_conflicts_work_on_nested_fields() {
    let p = published();
    let base = cpu(&p);
    let mine = with_title(base.clone(), "Mitt");
    let mut theirs = with_title(base.clone(), "Deras");
    theirs.contact.as_mut().unwrap().name = "Ny Namn".into();
    let m = merge_entries(&base, &mine, &theirs, Side::Mine);
    let c = m.contact.unwrap();
    assert_eq!(
        (c.name.as_str(), c.title.as_deref()),
        ("Ny Namn", Some("Mitt"))
    );
    let t = merge_entries(&base, &mine, &theirs, Side::Theirs);
    assert_eq!(t.contact.unwrap().title.as_deref(), Some("Deras"));
}

#[test]
fn drafts_merge_field_by_field_and_name_their_conflicts() {
    let p = published();
    let base = Draft::from_entry(&cpu(&p));
    let mut mine = base.clone();
    mine.description = "Min beskrivning".into();
    mine.contact_title = "Mitt".into();
    let mut theirs = base.clone();
    theirs.comment = "Deras kommentar".into();
    theirs.contact_title = "Deras".into();
    assert_eq!(
        Draft::conflicts(&base, &mine, &theirs),
        vec![Part::ContactTitle]
    );
    let kept = Draft::merge(&base, &mine, &theirs, Side::Mine);
    assert_eq!(kept.description, "Min beskrivning");
    assert_eq!(kept.comment, "Deras kommentar");
    assert_eq!(kept.contact_title, "Mitt");
    let taken = Draft::merge(&base, &mine, &theirs, Side::Theirs);
    assert_eq!(
        taken.description, "Min beskrivning",
        "my other typing stays"
    );
    assert_eq!(taken.contact_title, "Deras");
}

#[test]
fn a_stored_overlay_is_read_with_the_import_rules() {
    use samverkan_core::exchange::{overlay_json, parse_stored};
    use samverkan_core::validate::Problem;
    let p = published();
    let mut o = Overlay::default();
    let mut e = cpu(&p);
    e.links = vec!["javascript:alert(1)".into()];
    o.upsert(&p, e);
    match parse_stored(&overlay_json(&o)) {
        Err(samverkan_core::load::LoadError::Invalid(problems)) => {
            assert!(problems.iter().any(
                |x| matches!(x, Problem::BadLink { link, .. } if link.starts_with("javascript"))
            ));
        }
        other => panic!("{other:?}"),
    }
    // A mail link is a link; a name of only a zero-width space is no name.
    let mut o = Overlay::default();
    let mut e = cpu(&p);
    e.links = vec!["mailto:registrator@huddinge.se".into()];
    o.upsert(&p, e);
    assert!(parse_stored(&overlay_json(&o)).is_ok());
    let mut e = cpu(&p);
    e.name = "\u{200B}".into();
    o.upsert(&p, e);
    assert!(matches!(
        parse_stored(&overlay_json(&o)),
        Err(samverkan_core::load::LoadError::Invalid(_))
    ));
    // An edit naming an academy the published register lacks is not damage here.
    let mut e = cpu(&p);
    e.academies = vec!["dropped-in-a-new-release".into()];
    let mut o = Overlay::default();
    o.upsert(&p, e);
    assert!(parse_stored(&overlay_json(&o)).is_ok());
    assert!(parse_stored("{\"schema\":\"annat\"}").is_err());
}

#[test]
fn the_memos_wording_of_the_validity_goes_when_the_dates_change_without_it() {
    let p = published();
    let konstfack = p.entry("ulf-konstfack").unwrap();
    let opened = Draft::from_entry(konstfack);
    assert!(!opened.as_written.is_empty());
    // Extended to 2028: the old wording would contradict the dates.
    let mut d = opened.clone();
    d.until = "2028".into();
    d.follow_dates(&opened);
    assert_eq!(d.as_written, "");
    let e = d.to_entry(&p).unwrap();
    assert_eq!(
        samverkan_core::summary::validity_text(&e.validity, "tills vidare").as_deref(),
        Some(format!("{}–2028", opened.from).as_str())
    );
    // Edited together with the dates: kept. No date change: kept.
    let mut d = opened.clone();
    d.until = "2028".into();
    d.as_written = "2025–2028 enligt nytt beslut".into();
    d.follow_dates(&opened);
    assert_eq!(d.as_written, "2025–2028 enligt nytt beslut");
    let mut d = opened.clone();
    d.description = "ny text".into();
    d.follow_dates(&opened);
    assert_eq!(d.as_written, opened.as_written);
}

/// An entry made in a tab, as `Ny post` makes it: `id` with CPU's content and `contact` as name.
fn made(p: &Register, id: &str, contact: &str) -> Op {
    let mut e = cpu(p);
    e.id = id.into();
    e.contact.as_mut().unwrap().name = contact.into();
    Op::Entry {
        id: id.into(),
        before: None,
        after: Some(e),
    }
}

#[test]
fn two_tabs_making_entries_with_one_name_keep_both_and_the_second_is_found_again() {
    let p = published();
    let mut stored = Overlay::default();
    let first = made(&p, "gemensam", "Person 1");
    let second = made(&p, "gemensam", "Person 2");
    stored.perform(&p, &first);
    stored.perform(&p, &second);
    let name = |id: &str| {
        stored
            .current(&p, id)
            .map(|e| e.contact.clone().unwrap().name)
    };
    assert_eq!(name("gemensam").as_deref(), Some("Person 1"));
    assert_eq!(name("gemensam-2").as_deref(), Some("Person 2"));
    assert_eq!(
        stored.moved(&p, std::slice::from_ref(&second)),
        vec![("gemensam".to_string(), "gemensam-2".to_string())]
    );
    assert!(stored.moved(&p, std::slice::from_ref(&first)).is_empty());
    // Replaying either again (a write that is tried once more) changes nothing.
    let before = stored.clone();
    stored.perform(&p, &first);
    assert_eq!(stored, before);
    // A made entry that meets its own earlier write is the same entry, not a third.
    let mut again = Overlay::default();
    again.perform(&p, &first);
    again.perform(&p, &first);
    assert_eq!(again.edits.len(), 1);
}

#[test]
fn pending_actions_go_only_once_a_write_that_carried_them_has_committed() {
    use samverkan_core::change::Pending;
    let op = |n: &str| Op::Record {
        id: n.into(),
        edit: None,
    };
    let mut pending = Pending::default();
    pending.push(vec![op("a")]);
    let (upto, ops) = pending.start(false).unwrap();
    assert_eq!(ops, vec![op("a")]);
    // Taken during the write: it waits for the next one, which the end of this one asks for.
    pending.push(vec![op("b")]);
    assert!(pending.start(false).is_none());
    assert!(pending.finished(upto, true), "another write is wanted");
    let (upto, ops) = pending.start(false).unwrap();
    assert_eq!(ops, vec![op("b")]);
    // A failed write keeps everything it carried.
    assert!(!pending.finished(upto, false));
    assert!(!pending.is_empty());
    let (upto, _) = pending.start(false).unwrap();
    // Leaving starts a write even while one is under way.
    assert!(pending.start(true).is_some());
    pending.finished(upto, true);
    assert!(pending.is_empty());
}

/// What a tab leaves behind when its last write cannot finish before the page goes: the next
/// start takes it in whether the write landed, never landed, or another tab wrote meanwhile.
mod left_behind {
    use super::*;
    use samverkan_core::change::LeftBehind;

    fn left(base: &Overlay, edits: &Overlay) -> LeftBehind {
        LeftBehind {
            base: base.clone(),
            edits: edits.clone(),
        }
    }

    /// The stored edits with cpu's title set, made from `base`.
    fn titled(base: &Overlay, p: &Register, title: &str) -> Overlay {
        let mut o = base.clone();
        save(&mut o, p, &cpu(p), with_title(cpu(p), title));
        o
    }

    #[test]
    fn a_write_that_never_landed_is_made_by_the_next_start() {
        let p = published();
        let base = titled(&Overlay::default(), &p, "Samordnare");
        // The tab undid the title and commented instead; storage still holds the base.
        let mut edits = Overlay::default();
        save(&mut edits, &p, &cpu(&p), with_comment(cpu(&p), "Förlängs"));
        let taken = left(&base, &edits).taken_in(Some(base.clone()));
        // The edits replace the base outright: the undone title does not come back.
        assert_eq!(taken, Some(edits));
    }

    #[test]
    fn the_first_edit_ever_left_before_any_database_existed() {
        let p = published();
        let edits = titled(&Overlay::default(), &p, "Samordnare");
        assert_eq!(
            left(&Overlay::default(), &edits).taken_in(None),
            Some(edits)
        );
    }

    #[test]
    fn a_write_that_landed_changes_nothing() {
        let p = published();
        let edits = titled(&Overlay::default(), &p, "Samordnare");
        assert_eq!(
            left(&Overlay::default(), &edits).taken_in(Some(edits.clone())),
            None
        );
    }

    #[test]
    fn another_tab_wrote_meanwhile_and_both_are_kept() {
        let p = published();
        let mine = titled(&Overlay::default(), &p, "Samordnare");
        // Another tab saved a different entry after this one's base was read.
        let mut theirs = Overlay::default();
        let ki = p.entry("ki-samverkansavtal").unwrap().clone();
        let mut changed = ki.clone();
        changed.comment = Some("Ny kommentar".into());
        save(&mut theirs, &p, &ki, changed);
        let taken = left(&Overlay::default(), &mine)
            .taken_in(Some(theirs))
            .unwrap();
        let cpu_now = taken.current(&p, "cpu").unwrap();
        let title = cpu_now.contact.as_ref().unwrap().title.as_deref();
        assert_eq!(title, Some("Samordnare"));
        let ki_now = taken.current(&p, "ki-samverkansavtal").unwrap();
        assert_eq!(ki_now.comment.as_deref(), Some("Ny kommentar"));
    }

    #[test]
    fn the_text_reads_back_and_a_damaged_or_planted_one_does_not() {
        let p = published();
        let l = left(
            &Overlay::default(),
            &titled(&Overlay::default(), &p, "Samordnare"),
        );
        let text = l.to_text().unwrap();
        assert_eq!(LeftBehind::from_text(&text), Some(l));
        assert_eq!(LeftBehind::from_text(&text[..text.len() / 2]), None);
        assert_eq!(LeftBehind::from_text("{}"), None);
        // Edits that break the stored edits' rules (an edit with no entry and no base).
        let empty = r#"{"schema":"samverkansregistret-andringar","version":1}"#;
        let planted = r#"{"schema":"samverkansregistret-andringar","version":1,"edits":[{"id":"","base":null,"entry":null}]}"#;
        let planted = format!("{empty}\n{planted}");
        assert!(LeftBehind::from_text(&format!("{empty}\n{empty}")).is_some());
        assert_eq!(LeftBehind::from_text(&planted), None);
    }
}
