//! The academy × department matrix and the bipartite diagram's layout.

mod common;

use chrono::NaiveDate;
use samverkan_core::date::Status;
use samverkan_core::model::{Academy, Department, Register};
use samverkan_core::query::{Catalog, Facet, Filters, StatusChoice};
use samverkan_core::relation::{diagram, GridMove, NODE_GAP};

fn catalog() -> Catalog {
    Catalog::new(
        common::memo(),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    )
}

/// Every status chosen, ended ones included: the matrix of the whole memo.
fn every_status() -> Filters {
    let mut f = Filters::default();
    f.statuses.extend(Status::ALL.map(StatusChoice::from));
    f
}

fn names(c: &Catalog, idx: &[usize]) -> Vec<String> {
    idx.iter()
        .map(|&i| c.register.entries[i].id.clone())
        .collect()
}

#[test]
fn matrix_counts_the_memo() {
    let c = catalog();
    let f = every_status();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    let count = |a: &str, d: &str| m.cell(a, d).map_or(0, |c| c.count());
    // Södertörn with GAF: Högskolerådet, Gymnasierådet, ULF, strategic partnership.
    assert_eq!(count("sh", "gaf"), 4);
    assert_eq!(count("sh", "kuf"), 2); // Nya röster, Scenkonstresidens
    assert_eq!(count("sh", "digitaliseringsavdelningen"), 1);
    assert_eq!(count("konstfack", "buf"), 1);
    assert_eq!(count("mau", "sof"), 1);
    assert_eq!(count("ki", "naringslivsenheten"), 1);
    assert_eq!(count("konstfack", "gaf"), 0);
    // Status strands: SH × KUF is one ended by date, one listed as ended.
    assert_eq!(m.cell("sh", "kuf").unwrap().by_status, [0, 0, 2]);
    assert_eq!(m.cell("skh", "buf").unwrap().by_status, [0, 1, 0]);
    // Every academy has a row; every department a column.
    assert_eq!(m.academies.len(), 13);
    assert_eq!(m.departments.len(), 7);
    // Row totals count entries once: SH is in 11 entries, all with a department.
    let sh = m.academies.iter().position(|a| a == "sh").unwrap();
    assert_eq!(m.row_totals[sh], 11);
}

#[test]
fn ended_entries_are_left_out_unless_the_status_filter_asks_for_them() {
    let c = catalog();
    let f = Filters::default();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    let count = |a: &str, d: &str| m.cell(a, d).map_or(0, |c| c.count());
    // Nya röster (ended by date), Scenkonstresidens and Campusgruppen (listed as ended) go,
    // and with them the KUF and Näringslivsenheten columns.
    assert_eq!(count("sh", "gaf"), 4);
    assert_eq!(count("sh", "kuf"), 0);
    assert_eq!(m.departments.len(), 5);
    assert_eq!(m.placed, 13);
    let sh = m.academies.iter().position(|a| a == "sh").unwrap();
    assert_eq!(m.row_totals[sh], 8);
    // Asking for Avslutad brings them back (and only them, as the filter says).
    let mut ended = Filters::default();
    ended.statuses.insert(Status::Ended.into());
    let m = c.matrix(&c.relation_pool("", &ended), &ended);
    assert_eq!(m.placed, 3);
    assert_eq!(m.cell("sh", "kuf").map(|c| c.count()), Some(2));
}

#[test]
fn entries_without_an_academy_are_accounted_for() {
    let c = catalog();
    let f = every_status();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    assert_eq!(names(&c, &m.unplaced.no_academy), ["cpu", "examensarbeten"]);
    assert!(m.unplaced.no_department.is_empty());
    assert_eq!(m.placed + m.unplaced.no_academy.len(), 18);
    let partners: Vec<&str> = m.partners.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(
        partners,
        [
            "Botkyrka kommun",
            "Film Stockholm AB",
            "Nacka",
            "Region Stockholm",
            "Stiftelsen Flemingsberg Science",
            "Studentkåren",
            "Tyresö"
        ]
    );
}

#[test]
fn matrix_follows_search_category_and_status_but_keeps_selected_rows() {
    let c = catalog();
    let mut f = Filters::default();
    f.toggle(Facet::Category, "ulf");
    let m = c.matrix(&c.relation_pool("", &f), &f);
    assert_eq!(m.academies, ["sh", "skh", "konstfack"]);
    assert_eq!(m.departments, ["gaf", "buf"]);

    // Academy and department filters select, they do not shrink the matrix.
    f.toggle(Facet::Academy, "konstfack");
    f.toggle(Facet::Department, "buf");
    let m2 = c.matrix(&c.relation_pool("", &f), &f);
    assert_eq!(m2.academies, m.academies);

    // A selected academy with nothing in the pool still has its row (empty).
    f.toggle(Facet::Academy, "gu");
    let m3 = c.matrix(&c.relation_pool("", &f), &f);
    assert!(m3.academies.contains(&"gu".to_string()));

    let m4 = c.matrix(
        &c.relation_pool("pia", &Filters::default()),
        &Filters::default(),
    );
    assert_eq!(m4.academies, ["sh", "ki", "kth", "rkh", "smi"]);
    assert_eq!(m4.departments, ["gaf"]);
}

#[test]
fn diagram_places_nodes_evenly_and_weights_edges() {
    let c = catalog();
    let f = every_status();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    let d = diagram(&m);
    assert_eq!(d.left_y.len(), 13);
    assert_eq!(d.right_y.len(), 7);
    assert!(d.left_y.windows(2).all(|w| w[1] > w[0]));
    assert!((d.left_y[1] - d.left_y[0] - NODE_GAP).abs() < 1e-9);
    // The shorter side spreads over the same height.
    assert!((d.right_y[0] - d.left_y[0]) > 0.0);
    assert!(d.right_y[6] < d.height);
    // One edge per (pair, status) with entries, widest for the largest cell.
    let strands: usize = m
        .cells
        .iter()
        .flatten()
        .map(|c| c.by_status.iter().filter(|n| **n > 0).count())
        .sum();
    assert_eq!(d.edges.len(), strands);
    let widest = d
        .edges
        .iter()
        .max_by(|a, b| a.stroke.total_cmp(&b.stroke))
        .unwrap();
    assert_eq!((widest.count, widest.status), (4, Status::Active));
    assert!(d.edges.iter().all(|e| e.stroke >= 1.5 && e.stroke <= 12.0));
}

/// 100 academies × 30 departments, entries spread over them deterministically.
fn synthetic(academies: usize, departments: usize, entries: usize) -> Register {
    let mut r = common::memo();
    let template = r.entries[3].clone();
    r.academies = (0..academies)
        .map(|i| Academy {
            id: format!("a{i}"),
            name: format!("Akademi {i}"),
            short: None,
            flemingsberg: false,
        })
        .collect();
    r.departments = (0..departments)
        .map(|i| Department {
            id: format!("d{i}"),
            name: format!("Förvaltning {i}"),
            short: None,
        })
        .collect();
    r.about.strategy.managed_by = "d0".into();
    r.entries = (0..entries)
        .map(|i| {
            let mut e = template.clone();
            e.id = format!("e{i}");
            e.academies = vec![
                format!("a{}", i % academies),
                format!("a{}", (i * 7 + 3) % academies),
            ];
            e.academies.dedup();
            e.department = Some(format!("d{}", (i * 13) % departments));
            e
        })
        .collect();
    assert_eq!(r.validate(), vec![]);
    r
}

#[test]
fn a_large_register_still_lays_out() {
    let c = Catalog::new(
        synthetic(100, 30, 600),
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
    );
    let f = Filters::default();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    assert_eq!((m.academies.len(), m.departments.len()), (100, 30));
    assert_eq!(m.placed, 600);
    let d = diagram(&m);
    assert!((d.height - (100.0 * NODE_GAP + 32.0)).abs() < 1e-9);
    // Departments spread over the full height: no two closer than the academy spacing.
    assert!(d.right_y.windows(2).all(|w| w[1] - w[0] >= NODE_GAP));
    assert!(d
        .edges
        .iter()
        .all(|e| e.y1 > 0.0 && e.y1 < d.height && e.y2 > 0.0 && e.y2 < d.height));
}

#[test]
fn arrow_keys_walk_the_matrix_and_skip_blank_cells() {
    let c = catalog();
    let f = Filters::default();
    let m = c.matrix(&c.relation_pool("", &f), &f);
    let (rows, cols) = (m.academies.len(), m.departments.len());
    let pos = |a: &str, d: &str| {
        (
            m.academies.iter().position(|x| x == a).unwrap() + 1,
            m.departments.iter().position(|x| x == d).unwrap() + 1,
        )
    };
    // Headers always have a control; the corner and blank cells do not.
    assert!(m.has_control((0, 1)) && m.has_control((1, 0)));
    assert!(!m.has_control((0, 0)));
    assert!(!m.has_control(pos("konstfack", "gaf")));
    assert!(m.has_control(pos("sh", "gaf")));
    assert!(!m.has_control((rows + 1, 0)) && !m.has_control((0, cols + 1)));

    // From the first column header: left is the corner (no control) so focus stays; down goes
    // to the first academy with an entry in that column.
    assert_eq!(m.step((0, 1), GridMove::Left), None);
    assert_eq!(m.step((0, 1), GridMove::Up), None);
    let down = m.step((0, 1), GridMove::Down).unwrap();
    assert_eq!(down.1, 1);
    assert!(m.has_control(down));
    assert!(
        (1..down.0).all(|r| !m.has_control((r, 1))),
        "skipped only blanks"
    );
    // Along a row, every stop has a control and every skipped cell is blank.
    let (r, _) = pos("sh", "gaf");
    let mut p = (r, 0);
    let mut stops = vec![p];
    while let Some(n) = m.step(p, GridMove::Right) {
        assert!((p.1 + 1..n.1).all(|c| !m.has_control((r, c))));
        p = n;
        stops.push(p);
    }
    let filled = (1..=cols).filter(|&c| m.has_control((r, c))).count();
    assert_eq!(stops.len(), filled + 1);
    // Home and End jump to the row's ends; Left walks back the same stops.
    assert_eq!(m.step(p, GridMove::Home), Some((r, 0)));
    assert_eq!(m.step((r, 0), GridMove::End), Some(p));
    assert_eq!(m.step((r, 0), GridMove::Home), None);
    let mut back = vec![p];
    while let Some(n) = m.step(*back.last().unwrap(), GridMove::Left) {
        back.push(n);
    }
    back.reverse();
    assert_eq!(back, stops);
    // The last row header goes no further down.
    assert_eq!(m.step((rows, 0), GridMove::Down), None);
}

#[test]
fn a_matrix_click_chooses_exactly_that_or_clears_it() {
    let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect();
    let mut f = Filters {
        academies: set(&["sh", "ki"]),
        ..Filters::default()
    };
    // A cell: exactly its academy and department.
    f.choose_in_matrix(Some("sh"), Some("gaf"));
    assert_eq!(f.academies, set(&["sh"]));
    assert_eq!(f.departments, set(&["gaf"]));
    // The same cell again clears both.
    f.choose_in_matrix(Some("sh"), Some("gaf"));
    assert!(f.academies.is_empty() && f.departments.is_empty());
    // A row head sets only the academy and leaves the department chosen.
    f.departments = set(&["buf"]);
    f.choose_in_matrix(Some("ki"), None);
    assert_eq!(
        (f.academies.clone(), f.departments.clone()),
        (set(&["ki"]), set(&["buf"]))
    );
    // A column head whose department is exactly chosen clears only the department.
    f.choose_in_matrix(None, Some("buf"));
    assert_eq!(
        (f.academies.clone(), f.departments.clone()),
        (set(&["ki"]), set(&[]))
    );
    // A cell whose academy is chosen but not its department chooses, not clears.
    f.choose_in_matrix(Some("ki"), Some("sof"));
    assert_eq!(
        (f.academies.clone(), f.departments.clone()),
        (set(&["ki"]), set(&["sof"]))
    );
    // Other facets are untouched.
    f.statuses.insert(Status::Active.into());
    f.choose_in_matrix(Some("ki"), Some("sof"));
    assert_eq!(f.statuses.len(), 1);
}
