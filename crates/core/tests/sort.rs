//! `sortera`: the orders of the table and the list, on the memo's register.

mod common;

use chrono::NaiveDate;
use samverkan_core::date::Until;
use samverkan_core::query::{Catalog, Filters};
use samverkan_core::sort::{swedish_key, Column, Sort};

fn catalog() -> Catalog {
    Catalog::new(
        common::memo(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    )
}

fn sorted(c: &Catalog, sort: &str) -> Vec<String> {
    let mut hits = c.run("", &Filters::default()).hits;
    c.sort(&mut hits, Sort::parse(sort).unwrap());
    hits.iter()
        .map(|&i| c.register.entries[i].id.clone())
        .collect()
}

#[test]
fn soonest_end_first_then_further_notice_then_no_end() {
    let c = catalog();
    let ids = sorted(&c, "slut");
    assert_eq!(ids.len(), c.register.entries.len());
    let ends: Vec<Option<Until>> = ids
        .iter()
        .map(|id| c.register.entry(id).unwrap().validity.until)
        .collect();
    // Dates first, ascending; then every "tills vidare"; then the entries with no end.
    let dated = ends
        .iter()
        .take_while(|u| matches!(u, Some(Until::Date(_))))
        .count();
    let open = ends[dated..]
        .iter()
        .take_while(|u| **u == Some(Until::FurtherNotice))
        .count();
    assert!(ends[dated + open..].iter().all(Option::is_none));
    assert_eq!((dated, open), (7, 3));
    let days: Vec<NaiveDate> = ends[..dated]
        .iter()
        .map(|u| match u {
            Some(Until::Date(d)) => d.last_day(),
            _ => unreachable!(),
        })
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    assert_eq!(ids[0], "scenkonstresidens");
    // Ties keep the register's order: the two ULF agreements that end in 2026, then FYS.
    assert_eq!(&ids[2..5], ["ulf-skh", "ulf-konstfack", "mau-fys"]);
}

#[test]
fn descending_reverses_the_values_but_the_missing_stay_last() {
    let c = catalog();
    let ids = sorted(&c, "-slut");
    // "Tills vidare" is the latest end, so it leads a descending sort.
    let first = c.register.entry(&ids[0]).unwrap();
    assert_eq!(first.validity.until, Some(Until::FurtherNotice));
    let last = c.register.entry(ids.last().unwrap()).unwrap();
    assert_eq!(last.validity.until, None);
    assert_eq!(
        ids.iter()
            .position(|id| id == "scenkonstresidens")
            .map(|p| p + 1),
        Some(3 + 7),
        "the earliest end comes after the other dated entries"
    );
}

#[test]
fn names_sort_in_swedish_order() {
    let c = catalog();
    let ids = sorted(&c, "namn");
    let names: Vec<String> = ids
        .iter()
        .map(|id| c.register.entry(id).unwrap().name.clone())
        .collect();
    let keys: Vec<String> = names.iter().map(|n| swedish_key(n)).collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    assert_eq!(
        names[0],
        "Avtal med Malmö Universitet / FYS, Forskarskolan för yrkesverksamma"
    );
    let descending = sorted(&c, "-namn");
    assert_eq!(descending.first(), ids.last());
}

#[test]
fn every_column_sorts_and_the_missing_come_last() {
    let c = catalog();
    for column in Column::ALL {
        for descending in [false, true] {
            let sort = Sort { column, descending };
            let ids = sorted(&c, &sort.id());
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), c.register.entries.len(), "{}", sort.id());
        }
    }
    // Entries without a contact come last, in both directions.
    for sort in ["kontakt", "-kontakt"] {
        let ids = sorted(&c, sort);
        let without: Vec<bool> = ids
            .iter()
            .map(|id| c.register.entry(id).unwrap().contact.is_none())
            .collect();
        let first_without = without.iter().position(|w| *w).unwrap();
        assert!(without[first_without..].iter().all(|w| *w), "{sort}");
    }
    // Status: active, then expiring, then ended.
    let ids = sorted(&c, "status");
    let ranks: Vec<usize> = ids
        .iter()
        .map(|id| {
            let i = c.register.position(id).unwrap();
            c.status(i) as usize
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]));
    assert_eq!(ids.last().map(String::as_str), Some("campusgruppen"));
    // Start: 2009's trainee programme first.
    assert_eq!(sorted(&c, "start")[0], "huddingetrainee-socionom");
    // Department by its short name: BUF before GAF before KSF.
    let ids = sorted(&c, "forvaltning");
    let pos = |id: &str| ids.iter().position(|x| x == id).unwrap();
    assert!(pos("cpu") < pos("hogskoleradet"));
    assert!(pos("hogskoleradet") < pos("examensarbeten"));
}
