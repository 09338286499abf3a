//! The core's index and its one-pass facet counts against their definitions, spelled out naively,
//! on a synthetic register large enough that every facet value and many word shapes occur. Here
//! rather than in the core's tests because the synthetic registers are a tool.

use chrono::NaiveDate;
use samverkan_core::query::{Catalog, Facet, Filters, StatusChoice};
use samverkan_core::search::{fold, searchable_texts};
use samverkan_tools::synth;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

const QUERIES: &[&str] = &[
    "",
    "s",
    "sö",
    "socionom",
    "Huddinge",
    "forsk kth",
    "hälsa unga",
    "ÅBERG",
    "zzz",
    "2024",
];

fn words(c: &Catalog, i: usize) -> Vec<String> {
    searchable_texts(&c.register, &c.register.entries[i])
        .into_iter()
        .flat_map(|(_, t)| t.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
}

fn naive_matches(words: &[String], q: &str) -> bool {
    q.split(|ch: char| !ch.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .all(|t| words.iter().any(|w| w.starts_with(&fold(t))))
}

fn filters(seed: usize, c: &Catalog) -> Filters {
    let mut f = Filters::default();
    let pick = |facet, n: usize| {
        let ids = c.facet_ids(facet);
        ids[n % ids.len()].clone()
    };
    if seed % 2 == 1 {
        f.academies.insert(pick(Facet::Academy, seed));
        f.academies.insert(pick(Facet::Academy, seed * 7));
    }
    if seed % 3 == 1 {
        f.departments.insert(pick(Facet::Department, seed));
    }
    if seed % 5 >= 3 {
        f.statuses.insert(StatusChoice::ALL[seed % 4]);
    }
    if seed % 7 == 2 {
        f.categories.insert(pick(Facet::Category, seed));
    }
    f
}

#[test]
fn search_hits_and_facet_counts_match_their_definitions() {
    let c = Catalog::new(synth::register(400, 11).unwrap(), day("2026-11-28"));
    let docs: Vec<Vec<String>> = (0..c.register.entries.len())
        .map(|i| words(&c, i))
        .collect();
    for (n, q) in QUERIES.iter().enumerate() {
        let found: Vec<usize> = (0..docs.len())
            .filter(|&i| naive_matches(&docs[i], q))
            .collect();
        for seed in [0, 1, 4, 5, 9, 13, 16, 23] {
            let f = filters(seed + n, &c);
            let r = c.run(q, &f);
            let has = |i: usize, facet: Facet, id: &str| {
                let e = &c.register.entries[i];
                match facet {
                    Facet::Academy => e.academies.iter().any(|a| a == id),
                    Facet::Department => e.department.as_deref() == Some(id),
                    Facet::Category => e.category == id,
                    Facet::Status => {
                        StatusChoice::from_id(id).is_some_and(|s| s.covers(c.status(i)))
                    }
                }
            };
            let passes = |i: usize, facet: Facet| {
                let chosen = f.selected(facet);
                chosen.is_empty() || chosen.iter().any(|id| has(i, facet, id))
            };
            let mut expected: Vec<usize> = found
                .iter()
                .copied()
                .filter(|&i| Facet::ALL.iter().all(|&g| passes(i, g)))
                .collect();
            let mut got = r.hits.clone();
            expected.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, expected, "hits for {q:?} with {f:?}");
            for (facet, values) in &r.facets {
                for v in values {
                    let count = found
                        .iter()
                        .filter(|&&i| Facet::ALL.iter().all(|&g| g == *facet || passes(i, g)))
                        .filter(|&&i| has(i, *facet, &v.id))
                        .count();
                    assert_eq!(v.count, count, "{facet:?} {} for {q:?} with {f:?}", v.id);
                }
            }
        }
    }
}
