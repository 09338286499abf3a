//! Search, facets and status on the bundled register at fixed dates.

mod common;

use chrono::NaiveDate;
use samverkan_core::date::Status;
use samverkan_core::query::{
    Catalog, Constraint, Facet, FacetValue, Filters, Results, StatusChoice,
};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn catalog(today: &str) -> Catalog {
    Catalog::new(common::memo(), day(today))
}

fn ids(c: &Catalog, hits: &[usize]) -> Vec<String> {
    hits.iter()
        .map(|&i| c.register.entries[i].id.clone())
        .collect()
}

/// One facet's values with their counts in `r`.
fn values(r: &Results, facet: Facet) -> &[FacetValue] {
    &r.facets.iter().find(|(f, _)| *f == facet).unwrap().1
}

fn search(c: &Catalog, q: &str) -> Vec<String> {
    ids(c, &c.run(q, &Filters::default()).hits)
}

fn with_status(c: &Catalog, s: Status) -> Vec<String> {
    let mut f = Filters::default();
    f.statuses.insert(s.into());
    ids(c, &c.run("", &f).hits)
}

#[test]
fn status_on_2026_11_28() {
    let c = catalog("2026-11-28");
    assert_eq!(
        with_status(&c, Status::Expiring),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );
    assert_eq!(
        with_status(&c, Status::Ended),
        ["nya-roster", "scenkonstresidens", "campusgruppen"]
    );
    assert_eq!(with_status(&c, Status::Active).len(), 18 - 6);
}

/// "Gäller" is what a reader who wants the agreements in force means: the active and the
/// expiring together, counted as their sum; "Aktiv" alone leaves the expiring ones out.
#[test]
fn in_force_is_active_or_expiring() {
    let c = catalog("2026-11-28");
    let mut f = Filters::default();
    f.statuses.insert(StatusChoice::InForce);
    let in_force = ids(&c, &c.run("", &f).hits);
    assert_eq!(in_force.len(), 18 - 3);
    for id in ["ulf-skh", "ulf-konstfack", "mau-fys", "ulf-sh", "cpu"] {
        assert!(in_force.contains(&id.to_string()), "{id}");
    }
    for id in ["nya-roster", "scenkonstresidens", "campusgruppen"] {
        assert!(!in_force.contains(&id.to_string()), "{id}");
    }
    assert!(!with_status(&c, Status::Active).contains(&"ulf-skh".to_string()));
    // The facet lists it first, counted as the sum of the two it covers; ticking it beside
    // "Aktiv" changes nothing ("Aktiv" is within it).
    let r = c.run("", &Filters::default());
    let status = values(&r, Facet::Status);
    let counts: Vec<(&str, usize)> = status.iter().map(|v| (v.id.as_str(), v.count)).collect();
    assert_eq!(
        counts,
        [
            ("galler", 15),
            ("aktiv", 12),
            ("loper-ut", 3),
            ("avslutad", 3)
        ]
    );
    f.statuses.insert(Status::Active.into());
    assert_eq!(c.run("", &f).hits.len(), 15);
    // The other facets count an entry once, not once per status value it has.
    let academies = values(&r, Facet::Academy);
    let with_in_force = c.run("", &f);
    let academies_in_force = values(&with_in_force, Facet::Academy);
    assert!(academies
        .iter()
        .zip(academies_in_force)
        .all(|(a, b)| b.count <= a.count));
}

#[test]
fn active_counts_every_chosen_value_and_switch() {
    let mut f = Filters::default();
    assert_eq!(f.active(), 0);
    f.academies.insert("sh".into());
    f.academies.insert("ki".into());
    f.statuses.insert(StatusChoice::InForce);
    f.within = Some(6);
    f.local_only = true;
    assert_eq!(f.active(), 5);
}

#[test]
fn status_moves_with_the_date() {
    // Memo date: nothing is past its end yet except the two listed as ended.
    let c = catalog("2025-09-11");
    assert_eq!(
        with_status(&c, Status::Ended),
        ["scenkonstresidens", "campusgruppen"]
    );
    assert_eq!(with_status(&c, Status::Expiring), ["nya-roster"]);
    // 2028: the 2027 agreements have ended too; "tills vidare" never ends.
    let c = catalog("2028-01-01");
    let ended = with_status(&c, Status::Ended);
    for id in ["ulf-sh", "innovation-station", "ulf-skh", "mau-fys"] {
        assert!(ended.contains(&id.to_string()), "{id}");
    }
    for id in ["cpu", "ki-samverkansavtal", "gu-uttc", "examensarbeten"] {
        assert!(!ended.contains(&id.to_string()), "{id}");
    }
}

#[test]
fn search_ignores_case_and_diacritics() {
    let c = catalog("2026-11-28");
    let sh = search(&c, "sodertorn");
    assert!(sh.contains(&"ulf-sh".to_string()));
    assert!(sh.contains(&"nya-roster".to_string()));
    assert_eq!(search(&c, "SÖDERTÖRN"), sh);
    assert_eq!(search(&c, "orebro"), ["huddingetrainee-socionom"]);
    assert_eq!(search(&c, "Örebro"), ["huddingetrainee-socionom"]);
}

#[test]
fn search_matches_word_prefixes_in_every_field() {
    let c = catalog("2026-11-28");
    // contact person, title, department short and long, partner, academy short name, link
    assert_eq!(
        search(&c, "hasselr"),
        ["hogskoleradet", "ulf-sh", "sh-strategiskt-partnerskap"]
    );
    assert_eq!(search(&c, "vfu-samord"), ["cpu"]);
    assert!(search(&c, "digitaliserings").contains(&"gu-uttc".to_string()));
    assert_eq!(search(&c, "film stockholm")[0], "nya-roster");
    assert!(search(&c, "kth").contains(&"flemingsberg-science".to_string()));
    assert_eq!(search(&c, "kreativeu.org"), ["kreativeu"]);
    // All terms must match (AND); a mid-word fragment does not.
    assert_eq!(search(&c, "ulf konstfack"), ["ulf-konstfack"]);
    assert!(search(&c, "torns").is_empty());
    assert!(search(&c, "zzzz").is_empty());
}

#[test]
fn name_matches_rank_before_description_matches() {
    let c = catalog("2026-11-28");
    let hits = search(&c, "campusgruppen");
    assert_eq!(hits[0], "campusgruppen");
    let hits = search(&c, "gymnasierådet");
    assert_eq!(hits[0], "gymnasieradet");
}

#[test]
fn exact_diacritics_rank_first() {
    let mut r = common::memo();
    // Two otherwise equal entries that differ only in a diacritic.
    let mut a = r.entries[8].clone();
    a.id = "a".into();
    a.name = "Malmo testprojekt".into();
    let mut b = a.clone();
    b.id = "b".into();
    b.name = "Malmö testprojekt".into();
    r.entries = vec![a, b];
    let c = Catalog::new(r, day("2026-11-28"));
    assert_eq!(search(&c, "malmö"), ["b", "a"]);
    assert_eq!(search(&c, "malmo"), ["a", "b"]);
}

#[test]
fn facets_or_within_and_across_with_live_counts() {
    let c = catalog("2026-11-28");
    let mut f = Filters::default();
    f.toggle(Facet::Department, "buf");
    f.toggle(Facet::Department, "sof");
    // OR within department: BUF (3) + SOF (3).
    assert_eq!(c.run("", &f).hits.len(), 6);
    f.toggle(Facet::Status, "loper-ut");
    // AND with status.
    assert_eq!(
        ids(&c, &c.run("", &f).hits),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );

    let res = c.run("", &f);
    let count = |facet: Facet, id: &str| {
        res.facets
            .iter()
            .find(|(f, _)| *f == facet)
            .and_then(|(_, v)| v.iter().find(|v| v.id == id))
            .map(|v| (v.count, v.selected))
            .unwrap()
    };
    // Department counts ignore the department filter but respect status.
    assert_eq!(count(Facet::Department, "buf"), (2, true));
    assert_eq!(count(Facet::Department, "sof"), (1, true));
    assert_eq!(count(Facet::Department, "gaf"), (0, false));
    // Status counts ignore the status filter but respect department.
    assert_eq!(count(Facet::Status, "aktiv"), (3, false));
    assert_eq!(count(Facet::Status, "loper-ut"), (3, true));
    // Academy counts respect both.
    assert_eq!(count(Facet::Academy, "konstfack"), (1, false));
    assert_eq!(count(Facet::Academy, "sh"), (0, false));

    f.toggle(Facet::Status, "loper-ut");
    f.toggle(Facet::Department, "buf");
    f.toggle(Facet::Department, "sof");
    assert!(f.is_empty());
}

#[test]
fn facet_counts_follow_the_search() {
    let c = catalog("2026-11-28");
    let res = c.run("ulf", &Filters::default());
    let (_, cats) = res
        .facets
        .iter()
        .find(|(f, _)| *f == Facet::Category)
        .unwrap();
    let ulf = cats.iter().find(|v| v.id == "ulf").unwrap();
    assert_eq!(ulf.count, 3);
    assert!(cats.iter().filter(|v| v.id != "ulf").all(|v| v.count == 0));
}

#[test]
fn empty_results_say_what_hides_everything() {
    let c = catalog("2026-11-28");
    let mut f = Filters::default();
    f.toggle(Facet::Academy, "konstfack");
    f.toggle(Facet::Department, "gaf");
    let res = c.run("pia", &f);
    assert!(res.hits.is_empty());
    assert_eq!(
        res.blockers,
        [
            // without the search: konstfack ∧ gaf is still nothing
            (Constraint::Search, 0),
            // without the academy filter: "pia" in GAF → 3
            (Constraint::Facet(Facet::Academy), 3),
            // without the department filter: "pia" with Konstfack → 0
            (Constraint::Facet(Facet::Department), 0),
        ]
    );
    assert!(c.run("pia", &Filters::default()).blockers.is_empty());
}

fn within(c: &Catalog, months: u32, more: impl FnOnce(&mut Filters)) -> Vec<String> {
    let mut f = Filters {
        within: Some(months),
        ..Filters::default()
    };
    more(&mut f);
    ids(c, &c.run("", &f).hits)
}

#[test]
fn inom_keeps_what_ends_between_today_and_the_horizon() {
    let c = catalog("2026-11-28");
    // 2026 ends on 2026-12-31; 2027 on 2027-12-31; 2025 has passed.
    assert_eq!(
        within(&c, 3, |_| {}),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );
    assert_eq!(
        within(&c, 6, |_| {}),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );
    assert_eq!(
        within(&c, 12, |_| {}),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );
    assert_eq!(
        within(&c, 24, |_| {}),
        [
            "ulf-sh",
            "ulf-skh",
            "ulf-konstfack",
            "innovation-station",
            "mau-fys"
        ]
    );
    // One month is 2026-12-28: before the 2026 agreements' last day.
    assert!(within(&c, 1, |_| {}).is_empty());
    // On the last day itself it still counts; the day after, nothing from 2026.
    let last = catalog("2026-12-31");
    assert_eq!(
        within(&last, 1, |_| {}),
        ["ulf-skh", "ulf-konstfack", "mau-fys"]
    );
    let after = catalog("2027-01-01");
    assert_eq!(within(&after, 6, |_| {}), Vec::<String>::new());
    // "Tills vidare", no end, and ended entries never.
    let all = within(&c, 120, |_| {});
    for id in ["cpu", "hogskoleradet", "scenkonstresidens", "nya-roster"] {
        assert!(!all.contains(&id.to_string()), "{id}");
    }
}

#[test]
fn inom_combines_with_facets_counts_and_blockers() {
    let c = catalog("2026-11-28");
    assert_eq!(
        within(&c, 24, |f| {
            f.academies.insert("sh".into());
        }),
        ["ulf-sh", "innovation-station"]
    );
    // Facet counts are of what the horizon lets through.
    let f = Filters {
        within: Some(6),
        ..Filters::default()
    };
    let r = c.run("", &f);
    let status = values(&r, Facet::Status);
    let expiring = status.iter().find(|v| v.id == "loper-ut").unwrap();
    assert_eq!(expiring.count, 3);
    // "Gäller" holds the same three; no other status has any.
    let counts: Vec<usize> = status.iter().map(|v| v.count).collect();
    assert_eq!(counts, [3, 0, 3, 0]);
    // Nothing matches: lifting the horizon is offered, with how many it would show.
    let f = Filters {
        within: Some(1),
        ..Filters::default()
    };
    let r = c.run("", &f);
    assert!(r.hits.is_empty());
    assert_eq!(r.blockers, vec![(Constraint::Within, 18)]);
}

#[test]
fn nytt_shows_only_what_is_new_since_the_last_visit_and_can_be_lifted() {
    let c = catalog("2026-11-28").with_news(["ulf-sh", "cpu", "no-such-entry"]);
    let filters = Filters {
        news_only: true,
        ..Filters::default()
    };
    let r = c.run("", &filters);
    let mut found = ids(&c, &r.hits);
    found.sort();
    assert_eq!(found, vec!["cpu", "ulf-sh"]);
    // Facet counts follow it, as with any filter.
    let total: usize = r
        .facets
        .iter()
        .find(|(f, _)| *f == Facet::Category)
        .map(|(_, values)| values.iter().map(|v| v.count).sum())
        .unwrap_or(0);
    assert_eq!(total, 2);
    // A search that leaves none of them says the news filter is what hides the rest.
    let r = c.run("gymnasierådet", &filters);
    assert!(r.hits.is_empty());
    assert!(r.blockers.contains(&(Constraint::NewsOnly, 1)));
    // Without news, the filter shows nothing rather than everything.
    assert!(catalog("2026-11-28").run("", &filters).hits.is_empty());
}
