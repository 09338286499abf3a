//! The URL contract: keys, round trip, and robustness against any input.

mod common;

use proptest::prelude::*;
use samverkan_core::date::Status;
use samverkan_core::model::Register;
use samverkan_core::query::{Facet, Filters, StatusChoice};
use samverkan_core::sort::{Column, Sort};
use samverkan_core::timeline::Period;
use samverkan_core::url::{Lang, Notice, View, ViewState};

fn register() -> Register {
    common::memo()
}

#[test]
fn default_state_is_the_empty_query() {
    assert_eq!(ViewState::default().to_query(), "");
    let (s, n) = ViewState::from_query("", &register());
    assert_eq!(s, ViewState::default());
    assert!(n.is_empty());
}

#[test]
fn keys_and_order_are_the_public_contract() {
    let mut s = ViewState {
        q: "södertörn högskola".into(),
        view: View::About,
        sort: Sort::parse("-slut"),
        post: Some("ulf-sh".into()),
        lang: Some(Lang::En),
        ..Default::default()
    };
    s.filters.toggle(Facet::Status, "loper-ut");
    s.filters.toggle(Facet::Academy, "sh");
    s.filters.toggle(Facet::Academy, "ki");
    s.filters.toggle(Facet::Department, "gaf");
    s.filters.toggle(Facet::Category, "ulf");
    assert_eq!(
        s.to_query(),
        "q=s%C3%B6dert%C3%B6rn+h%C3%B6gskola&akademi=ki,sh&forvaltning=gaf&kategori=ulf\
         &status=loper-ut&vy=om&sortera=-slut&post=ulf-sh&lang=en"
    );
}

#[test]
fn hand_written_links_work() {
    let r = register();
    let (s, n) = ViewState::from_query("?q=orebro&akademi=sh,ki&status=aktiv&post=cpu", &r);
    assert!(n.is_empty());
    assert_eq!(s.q, "orebro");
    assert_eq!(s.filters.academies.iter().collect::<Vec<_>>(), ["ki", "sh"]);
    assert!(s.filters.statuses.contains(&Status::Active.into()));
    assert_eq!(s.post.as_deref(), Some("cpu"));
    // Percent-encoded commas, repeated keys and stray spaces are all read.
    let (s, _) = ViewState::from_query("akademi=sh%2Cki&akademi=+kth+", &r);
    assert_eq!(s.filters.academies.len(), 3);
}

#[test]
fn unknown_keys_and_ids_are_ignored_with_a_notice() {
    let (s, n) = ViewState::from_query(
        "akademi=sh,harvard&foo=1&vy=karta&post=nope&status=gammal&utm_source=x",
        &register(),
    );
    let mut expected = Filters::default();
    expected.toggle(Facet::Academy, "sh");
    assert_eq!(s.filters, expected);
    assert_eq!(s.view, View::List);
    assert_eq!(s.post, None);
    assert_eq!(
        n,
        [
            Notice::UnknownId {
                key: "akademi",
                id: "harvard".into()
            },
            Notice::UnknownKey("foo".into()),
            Notice::UnknownView("karta".into()),
            Notice::UnknownEntry("nope".into()),
            Notice::UnknownId {
                key: "status",
                id: "gammal".into()
            },
        ]
    );
}

#[test]
fn view_ids_are_the_public_contract() {
    let ids: Vec<&str> = View::ALL.iter().map(|v| v.id()).collect();
    assert_eq!(
        ids,
        [
            "lista",
            "tabell",
            "relation",
            "tidslinje",
            "om",
            "tillganglighet",
            "andringslogg"
        ]
    );
    let r = register();
    for v in View::ALL {
        let (s, n) = ViewState::from_query(&format!("vy={}", v.id()), &r);
        assert_eq!((s.view, n), (v, vec![]));
    }
    // The default view is not written.
    assert_eq!(
        ViewState {
            view: View::List,
            ..Default::default()
        }
        .to_query(),
        ""
    );
}

#[test]
fn the_language_is_read_from_the_link_and_only_written_when_chosen() {
    let r = register();
    let (s, n) = ViewState::from_query("lang=en&q=ki", &r);
    assert_eq!((s.lang, n), (Some(Lang::En), vec![]));
    let (s, _) = ViewState::from_query("lang=sv", &r);
    assert_eq!(s.lang, Some(Lang::Sv));
    // No `lang` leaves the choice to the reader's remembered language.
    assert_eq!(ViewState::from_query("q=ki", &r).0.lang, None);
    let (s, n) = ViewState::from_query("lang=fi", &r);
    assert_eq!((s.lang, n), (None, vec![Notice::UnknownLang("fi".into())]));
    // Clearing search and filters keeps the language.
    let mut s = ViewState::from_query("lang=en&q=ki&akademi=sh", &r).0;
    s.clear_all();
    assert_eq!(s.to_query(), "lang=en");
}

#[test]
fn a_huge_search_is_cut_with_a_notice() {
    let q = format!("q={}", "å".repeat(10_000));
    let (s, n) = ViewState::from_query(&q, &register());
    assert_eq!(s.q.chars().count(), 200);
    assert_eq!(n, [Notice::SearchTooLong]);
}

fn subset(all: Vec<String>) -> impl Strategy<Value = Vec<String>> {
    proptest::sample::subsequence(all.clone(), 0..=all.len())
}

fn sorts() -> Vec<Option<Sort>> {
    let mut all = vec![None];
    for column in Column::ALL {
        for descending in [false, true] {
            all.push(Some(Sort { column, descending }));
        }
    }
    all
}

fn arb_state() -> impl Strategy<Value = ViewState> {
    let r = register();
    let academies: Vec<String> = r.academies.iter().map(|a| a.id.clone()).collect();
    let departments: Vec<String> = r.departments.iter().map(|d| d.id.clone()).collect();
    let categories: Vec<String> = r.categories.iter().map(|c| c.id.clone()).collect();
    let statuses: Vec<String> = StatusChoice::ALL
        .iter()
        .map(|s| s.id().to_string())
        .collect();
    let mut posts: Vec<Option<String>> = r.entries.iter().map(|e| Some(e.id.clone())).collect();
    posts.push(None);
    (
        "\\PC{0,60}",
        subset(academies),
        subset(departments),
        subset(categories),
        subset(statuses),
        prop::sample::select(View::ALL.to_vec()),
        prop::sample::select(posts),
        any::<bool>(),
        prop::sample::select(vec![None, Some(Lang::Sv), Some(Lang::En)]),
        (prop::sample::select(sorts()), any::<bool>()),
    )
        .prop_map(
            |(q, a, d, c, s, view, post, local_only, lang, (sort, whole))| {
                let mut state = ViewState {
                    q,
                    view,
                    sort,
                    period: if whole { Period::Whole } else { Period::Near },
                    post,
                    lang,
                    ..Default::default()
                };
                state.filters.local_only = local_only;
                for (facet, ids) in [
                    (Facet::Academy, a),
                    (Facet::Department, d),
                    (Facet::Category, c),
                    (Facet::Status, s),
                ] {
                    for id in ids {
                        state.filters.toggle(facet, &id);
                    }
                }
                state
            },
        )
}

proptest! {
    #[test]
    fn encode_then_decode_is_identity(state in arb_state()) {
        let r = register();
        let query = state.to_query();
        let (back, notices) = ViewState::from_query(&query, &r);
        prop_assert_eq!(&back, &state);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        // And with a leading '?', as location.search gives it.
        let (back, _) = ViewState::from_query(&format!("?{query}"), &r);
        prop_assert_eq!(back, state);
    }

    #[test]
    fn any_text_decodes_without_panic(query in "\\PC{0,300}") {
        let (state, notices) = ViewState::from_query(&query, &register());
        prop_assert!(notices.len() <= 5);
        prop_assert!(state.q.chars().count() <= 200);
    }

    #[test]
    fn any_bytes_decode_without_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let query = String::from_utf8_lossy(&bytes);
        let _ = ViewState::from_query(&query, &register());
    }

    #[test]
    fn url_shaped_garbage_decodes_without_panic(
        query in "[?&=,%a-z0-9A-F+é]{0,120}"
    ) {
        let (state, _) = ViewState::from_query(&query, &register());
        // Whatever came in, what we keep encodes and decodes to itself.
        let (again, n) = ViewState::from_query(&state.to_query(), &register());
        prop_assert_eq!(again, state);
        prop_assert!(n.is_empty());
    }
}

#[test]
fn lifting_one_constraint_keeps_the_rest() {
    use samverkan_core::query::Constraint;
    let (start, _) = ViewState::from_query(
        "q=ulf&akademi=sh&status=aktiv&lokala=1&vy=relation&post=cpu",
        &register(),
    );
    let lifted = |c| {
        let mut s = start.clone();
        s.lift(c);
        s
    };
    let s = lifted(Constraint::Search);
    assert_eq!(s.q, "");
    assert_eq!(s.filters, start.filters);
    let s = lifted(Constraint::Facet(Facet::Academy));
    assert!(s.filters.academies.is_empty());
    assert_eq!(s.filters.statuses, start.filters.statuses);
    assert_eq!(
        (s.q.as_str(), s.view, s.post.clone()),
        ("ulf", View::Relation, start.post.clone())
    );
    let s = lifted(Constraint::LocalOnly);
    assert!(!s.filters.local_only);
    assert_eq!(s.filters.academies, start.filters.academies);
}

#[test]
fn nytt_is_in_the_link_and_a_bad_value_is_a_notice() {
    use samverkan_core::query::Constraint;
    let (s, n) = ViewState::from_query("nytt=1&vy=tabell", &register());
    assert!(s.filters.news_only && n.is_empty());
    assert_eq!(s.to_query(), "nytt=1&vy=tabell");
    let mut lifted = s.clone();
    lifted.lift(Constraint::NewsOnly);
    assert_eq!(lifted.to_query(), "vy=tabell");
    let (s, n) = ViewState::from_query("nytt=ja", &register());
    assert!(!s.filters.news_only);
    assert_eq!(n.len(), 1);
}

#[test]
fn the_language_is_read_without_a_register() {
    assert_eq!(Lang::in_query("?q=x&lang=en"), Some(Lang::En));
    assert_eq!(Lang::in_query("lang=sv"), Some(Lang::Sv));
    assert_eq!(Lang::in_query("?lang=xx"), None);
    assert_eq!(Lang::in_query("?lang=%FF%FE&lang=en"), Some(Lang::En));
    assert_eq!(Lang::in_query(""), None);
}

#[test]
fn a_search_is_capped_where_the_url_caps_it() {
    use samverkan_core::url::{cap_search, MAX_SEARCH_CHARS};
    assert_eq!(cap_search("sodertorn".into()), "sodertorn");
    let long = "å".repeat(MAX_SEARCH_CHARS + 5);
    let capped = cap_search(long.clone());
    assert_eq!(capped.chars().count(), MAX_SEARCH_CHARS);
    // What the box keeps is what a link to it reads back, without a notice.
    let view = ViewState {
        q: capped.clone(),
        ..Default::default()
    };
    let (back, notices) = ViewState::from_query(&view.to_query(), &register());
    assert_eq!(back.q, capped);
    assert!(notices.is_empty());
    let (from_long, notices) = ViewState::from_query(
        &ViewState {
            q: long,
            ..Default::default()
        }
        .to_query(),
        &register(),
    );
    assert_eq!(from_long.q, capped);
    assert_eq!(notices, vec![Notice::SearchTooLong]);
}

#[test]
fn inom_round_trips_and_a_bad_horizon_is_a_notice() {
    let r = common::memo();
    let (s, n) = ViewState::from_query("?inom=6&status=aktiv", &r);
    assert!(n.is_empty());
    assert_eq!(s.filters.within, Some(6));
    assert_eq!(s.to_query(), "status=aktiv&inom=6");
    for bad in ["0", "121", "sex", "-3", ""] {
        let (s, n) = ViewState::from_query(&format!("inom={bad}"), &r);
        assert_eq!(s.filters.within, None, "{bad}");
        assert_eq!(
            n,
            vec![Notice::UnknownId {
                key: "inom",
                id: bad.to_string()
            }],
            "{bad}"
        );
    }
}

#[test]
fn sortera_round_trips_and_a_bad_column_is_a_notice() {
    let r = common::memo();
    let (s, n) = ViewState::from_query("?vy=tabell&sortera=-slut", &r);
    assert!(n.is_empty());
    assert_eq!(s.view, View::Table);
    assert_eq!(
        s.sort,
        Some(Sort {
            column: Column::End,
            descending: true
        })
    );
    assert_eq!(s.to_query(), "vy=tabell&sortera=-slut");
    for bad in ["", "-", "slutdatum", "--namn", "NAMN"] {
        let (s, n) = ViewState::from_query(&format!("sortera={bad}"), &r);
        assert_eq!(s.sort, None, "{bad}");
        assert_eq!(n.len(), 1, "{bad}");
    }
}

#[test]
fn period_hela_round_trips_and_anything_else_is_a_notice() {
    let r = common::memo();
    let (s, n) = ViewState::from_query("vy=tidslinje&period=hela", &r);
    assert!(n.is_empty());
    assert_eq!(s.period, Period::Whole);
    assert_eq!(s.to_query(), "vy=tidslinje&period=hela");
    let (s, n) = ViewState::from_query("vy=tidslinje&period=allt", &r);
    assert_eq!((s.period, n.len()), (Period::Near, 1));
}

#[test]
fn open_view_keeps_search_and_filters_and_closes_the_entry() {
    let r = common::memo();
    let (mut s, _) = ViewState::from_query("q=ulf&akademi=sh&post=ulf-sh&sortera=slut", &r);
    s.open_view(View::Relation);
    assert_eq!(s.to_query(), "q=ulf&akademi=sh&vy=relation&sortera=slut");
}

#[test]
fn the_first_screens_address_reads_as_the_link_it_is() {
    // What public/gate.js writes into the address while the reader types and ticks on the
    // pre-rendered first screen, before the app runs: encodeURIComponent's form (spaces as %20,
    // not +), each group's ticks joined by commas, then inom and sortera.
    let query = "?q=S%C3%B6dert%C3%B6rn%20%26%20KI%20%3D%20100%25&akademi=sh,ki&status=aktiv&inom=6&sortera=-slut";
    let (s, notices) = ViewState::from_query(query, &register());
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(s.q, "Södertörn & KI = 100%");
    assert_eq!(
        s.filters
            .academies
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        ["ki", "sh"]
    );
    assert!(s.filters.statuses.contains(&Status::Active.into()));
    assert_eq!(s.filters.within, Some(6));
    assert_eq!(s.sort, Sort::parse("-slut"));
    // The app writes the same view back in its own canonical form.
    assert_eq!(
        s.to_query(),
        "q=S%C3%B6dert%C3%B6rn+%26+KI+%3D+100%25&akademi=ki,sh&status=aktiv&inom=6&sortera=-slut"
    );
}

/// `status=galler` is a link to everything in force; old links with `status=aktiv` keep their
/// meaning (active only), and both may be given.
#[test]
fn status_galler_is_a_link_key_and_aktiv_still_works() {
    let r = register();
    let (s, n) = ViewState::from_query("?status=galler", &r);
    assert!(n.is_empty());
    assert!(s.filters.statuses.contains(&StatusChoice::InForce));
    assert_eq!(s.to_query(), "status=galler");
    let (s, n) = ViewState::from_query("?status=aktiv,galler", &r);
    assert!(n.is_empty());
    assert_eq!(s.to_query(), "status=galler,aktiv");
    let (s, _) = ViewState::from_query("?status=aktiv", &r);
    assert_eq!(
        s.filters.statuses.iter().copied().collect::<Vec<_>>(),
        [StatusChoice::Is(Status::Active)]
    );
}
