//! Timeline layout: positions from dates, open ends, unknown dates, and the expiring panel.

mod common;

use chrono::NaiveDate;
use samverkan_core::date::Status;
use samverkan_core::query::Catalog;
use samverkan_core::timeline::{End, Start};

fn catalog(today: &str) -> Catalog {
    Catalog::new(
        common::memo(),
        NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap(),
    )
}

fn all(c: &Catalog) -> Vec<usize> {
    (0..c.register.entries.len()).collect()
}

fn ids(c: &Catalog, idx: impl IntoIterator<Item = usize>) -> Vec<String> {
    idx.into_iter()
        .map(|i| c.register.entries[i].id.clone())
        .collect()
}

#[test]
fn axis_spans_the_memo_2009_to_2027() {
    let c = catalog("2026-11-28");
    let t = c.timeline(&all(&c));
    assert_eq!((t.first_year, t.last_year), (2009, 2027));
    assert_eq!(t.year_position(2009), 0.0);
    // 2026-11-28 lies between the 2026 and 2027 ticks.
    assert!(t.today > t.year_position(2026) && t.today < t.year_position(2027));
    // 19 years of axis; each year about 1/19.
    assert!((t.year_position(2010) - 365.0 / 6939.0).abs() < 1e-9);
}

#[test]
fn bars_are_sorted_by_end_with_open_and_unknown_last() {
    let c = catalog("2026-11-28");
    let t = c.timeline(&all(&c));
    assert_eq!(
        ids(&c, t.bars.iter().map(|b| b.index)),
        [
            // known ends, earliest first (ties by start)
            "scenkonstresidens",
            "nya-roster",
            "mau-fys",
            "ulf-skh",
            "ulf-konstfack",
            "ulf-sh",
            "innovation-station",
            // tills vidare
            "sh-strategiskt-partnerskap",
            "ki-samverkansavtal",
            "cpu",
            // running, no end given (by start; none at all last)
            "huddingetrainee-socionom",
            "flemingsberg-science",
            "hogskoleradet",
            "gymnasieradet",
            "gu-uttc",
            "examensarbeten",
            "kreativeu",
            // ended, no dates
            "campusgruppen",
        ]
    );
}

#[test]
fn positions_come_from_dates() {
    let c = catalog("2026-11-28");
    let t = c.timeline(&all(&c));
    let bar = |id: &str| {
        let i = c.register.position(id).unwrap();
        t.bars.iter().find(|b| b.index == i).unwrap().clone()
    };
    // 2025–2026: from 1 Jan 2025 to the end of 31 Dec 2026.
    let b = bar("ulf-konstfack");
    assert_eq!(b.start, Start::At(t.year_position(2025)));
    assert_eq!(b.end, End::At(t.year_position(2027)));
    assert_eq!(b.status, Status::Expiring);
    assert_eq!(b.end_date, NaiveDate::from_ymd_opt(2026, 12, 31));
    // A month start: April 2024.
    let Start::At(x) = bar("gu-uttc").start else {
        panic!()
    };
    assert!(x > t.year_position(2024) && x < t.year_position(2025));
    assert_eq!(bar("gu-uttc").end, End::NotGiven);
    assert_eq!(bar("cpu").end, End::FurtherNotice);
    assert_eq!(bar("kreativeu").start, Start::Unknown);
    assert_eq!(bar("campusgruppen").end, End::Unknown);
    assert_eq!(bar("campusgruppen").status, Status::Ended);
}

#[test]
fn expiring_on_2026_11_28() {
    let c = catalog("2026-11-28");
    assert_eq!(
        ids(&c, c.expiring(&all(&c))),
        ["mau-fys", "ulf-skh", "ulf-konstfack"]
    );
    let c = catalog("2027-07-01");
    assert_eq!(
        ids(&c, c.expiring(&all(&c))),
        ["ulf-sh", "innovation-station"]
    );
}

#[test]
fn an_empty_pool_has_an_axis_around_today() {
    let c = catalog("2026-11-28");
    let t = c.timeline(&[]);
    assert_eq!((t.first_year, t.last_year), (2026, 2026));
    assert!(t.bars.is_empty());
}
