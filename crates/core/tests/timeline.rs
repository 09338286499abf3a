//! Timeline layout: positions from dates, open ends, unknown dates, and the expiring panel.

mod common;

use chrono::NaiveDate;
use samverkan_core::date::Status;
use samverkan_core::query::Catalog;
use samverkan_core::timeline::{End, Period, Start};

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
    let t = c.timeline(&all(&c), Period::Whole);
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
    let t = c.timeline(&all(&c), Period::Whole);
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
    let t = c.timeline(&all(&c), Period::Whole);
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
    let t = c.timeline(&[], Period::Whole);
    assert_eq!((t.first_year, t.last_year), (2026, 2026));
    assert!(t.bars.is_empty());
}

#[test]
fn the_near_axis_runs_two_years_back_and_three_ahead() {
    let c = catalog("2026-11-28");
    let t = c.timeline(&all(&c), Period::Near);
    assert_eq!(t.start, NaiveDate::from_ymd_opt(2024, 11, 28).unwrap());
    assert_eq!(t.end, NaiveDate::from_ymd_opt(2029, 11, 29).unwrap());
    assert_eq!(
        t.years().collect::<Vec<_>>(),
        [2025, 2026, 2027, 2028, 2029]
    );
    // Today is two fifths along; the next six months take a tenth of the axis (at 1920 px,
    // about 140 px of a 1400 px track instead of 20 on the whole period's axis).
    assert!((t.today - 0.4).abs() < 0.001, "{}", t.today);
    let six_months = t.position(NaiveDate::from_ymd_opt(2027, 5, 28).unwrap()) - t.today;
    assert!((six_months - 0.1).abs() < 0.002, "{six_months}");
    let whole = c.timeline(&all(&c), Period::Whole);
    let whole_six = whole.position(NaiveDate::from_ymd_opt(2027, 5, 28).unwrap()) - whole.today;
    assert!(six_months / whole_six > 3.5);
    // Bars reach outside: the 2009 trainee programme starts before the axis, the residence
    // (2021–2024) ends a month into it, and both keep their order.
    let bar = |id: &str| {
        let i = c.register.position(id).unwrap();
        t.bars.iter().find(|b| b.index == i).unwrap().clone()
    };
    assert!(matches!(bar("huddingetrainee-socionom").start, Start::At(x) if x < 0.0));
    assert!(matches!(bar("scenkonstresidens").end, End::At(x) if x > 0.0 && x < 0.02));
    // Same order as on the whole axis.
    let order = |t: &samverkan_core::timeline::Timeline| -> Vec<usize> {
        t.bars.iter().map(|b| b.index).collect()
    };
    assert_eq!(order(&t), order(&whole));
}
