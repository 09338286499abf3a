//! Which academies work with which departments: the matrix and the bipartite diagram's layout.
//!
//! Both are computed over the entries that pass the search and the category and status facets.
//! The academy and department facets are what the view selects, so they do not shrink it: a
//! chosen row or column stays in context and is highlighted instead.

use std::collections::{BTreeMap, BTreeSet};

use super::date::Status;
use super::query::{Catalog, Facet, Filters};
use super::search::Query;

/// One academy × department cell.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    /// Entry indices, in register order.
    pub entries: Vec<usize>,
    /// Counts per status, indexed like [`Status::ALL`].
    pub by_status: [usize; 3],
}

impl Cell {
    pub fn count(&self) -> usize {
        self.entries.len()
    }
}

/// Entries the matrix cannot place, and why.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unplaced {
    /// The memo names no academy for these.
    pub no_academy: Vec<usize>,
    /// An academy but no responsible department.
    pub no_department: Vec<usize>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matrix {
    /// Row academy ids, register order: those with an entry in the pool, and any selected.
    pub academies: Vec<String>,
    /// Column department ids, likewise.
    pub departments: Vec<String>,
    /// `cells[row][col]`.
    pub cells: Vec<Vec<Cell>>,
    /// Distinct entries per row / column (an entry with two academies counts once per row).
    pub row_totals: Vec<usize>,
    pub col_totals: Vec<usize>,
    /// Entries placed in at least one cell.
    pub placed: usize,
    pub unplaced: Unplaced,
    /// Other parties that are not academies, with how many of the pool's entries name them.
    /// They have no row: the matrix is academies × departments.
    pub partners: Vec<(String, usize)>,
}

impl Matrix {
    pub fn cell(&self, academy: &str, department: &str) -> Option<&Cell> {
        let r = self.academies.iter().position(|a| a == academy)?;
        let c = self.departments.iter().position(|d| d == department)?;
        self.cells.get(r)?.get(c)
    }

    pub fn max_count(&self) -> usize {
        self.cells
            .iter()
            .flatten()
            .map(Cell::count)
            .max()
            .unwrap_or(0)
    }
}

fn status_slot(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// A place in the matrix table as the keyboard sees it: row 0 is the header row, column 0 the
/// row headers; `(r, c)` with both ≥ 1 is `cells[r - 1][c - 1]`.
pub type GridPos = (usize, usize);

/// A key that moves focus in the matrix table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GridMove {
    Left,
    Right,
    Up,
    Down,
    /// To the first control in the row.
    Home,
    /// To the last control in the row.
    End,
}

impl Matrix {
    /// Whether the table has a control at `pos`: every row and column header, and each cell
    /// with entries (an empty cell is blank).
    pub fn has_control(&self, (r, c): GridPos) -> bool {
        match (r, c) {
            (0, 0) => false,
            (0, c) => c <= self.departments.len(),
            (r, 0) => r <= self.academies.len(),
            (r, c) => self
                .cells
                .get(r - 1)
                .and_then(|row| row.get(c - 1))
                .is_some_and(|cell| cell.count() > 0),
        }
    }

    /// Where `m` moves focus from `from`: the nearest control that way, skipping blank cells;
    /// `None` at the edge (focus stays).
    pub fn step(&self, from: GridPos, m: GridMove) -> Option<GridPos> {
        let (rows, cols) = (self.academies.len() + 1, self.departments.len() + 1);
        let (r, c) = from;
        let next = |p: GridPos| -> Option<GridPos> {
            let (r, c) = p;
            match m {
                GridMove::Right => (c + 1 < cols).then_some((r, c + 1)),
                GridMove::Left => c.checked_sub(1).map(|c| (r, c)),
                GridMove::Down => (r + 1 < rows).then_some((r + 1, c)),
                GridMove::Up => r.checked_sub(1).map(|r| (r, c)),
                GridMove::Home | GridMove::End => None,
            }
        };
        match m {
            GridMove::Home => (0..c).map(|c| (r, c)).find(|&p| self.has_control(p)),
            GridMove::End => (c + 1..cols)
                .rev()
                .map(|c| (r, c))
                .find(|&p| self.has_control(p)),
            _ => {
                let mut p = from;
                loop {
                    p = next(p)?;
                    if self.has_control(p) {
                        return Some(p);
                    }
                }
            }
        }
    }
}

impl Filters {
    /// A click in the relation matrix: a cell chooses exactly its academy and department, a row
    /// head exactly its academy, a column head exactly its department. Choosing what is already
    /// exactly chosen clears it again, so a second click undoes the first.
    pub fn choose_in_matrix(&mut self, academy: Option<&str>, department: Option<&str>) {
        let only = |id: &str| BTreeSet::from([id.to_string()]);
        let same = academy.is_none_or(|a| self.academies == only(a))
            && department.is_none_or(|d| self.departments == only(d));
        if let Some(a) = academy {
            self.academies = if same { BTreeSet::new() } else { only(a) };
        }
        if let Some(d) = department {
            self.departments = if same { BTreeSet::new() } else { only(d) };
        }
    }
}

impl Catalog {
    /// Entries passing the search and every facet but academy and department. Ended entries
    /// only when the status filter asks for them ("Avslutad"; "Gäller" never holds them): what works together now is not
    /// mixed with what used to.
    pub fn relation_pool(&self, q: &str, filters: &Filters) -> Vec<usize> {
        let mut rest = filters.clone();
        rest.clear(Facet::Academy);
        rest.clear(Facet::Department);
        let mut pool = self.run_hits(&Query::parse(q), &rest);
        if !filters.statuses.contains(&Status::Ended.into()) {
            pool.retain(|&i| self.status(i) != Status::Ended);
        }
        pool.sort_unstable();
        pool
    }

    pub fn matrix(&self, pool: &[usize], filters: &Filters) -> Matrix {
        let r = &self.register;
        let in_pool = |pred: &dyn Fn(&super::model::Entry) -> bool| {
            pool.iter().filter_map(|&i| r.entries.get(i)).any(pred)
        };
        let academies: Vec<String> = r
            .academies
            .iter()
            .map(|a| &a.id)
            .filter(|id| {
                filters.academies.contains(*id)
                    || in_pool(&|e| e.department.is_some() && e.academies.contains(id))
            })
            .cloned()
            .collect();
        let departments: Vec<String> = r
            .departments
            .iter()
            .map(|d| &d.id)
            .filter(|id| {
                filters.departments.contains(*id)
                    || in_pool(&|e| !e.academies.is_empty() && e.department.as_ref() == Some(id))
            })
            .cloned()
            .collect();

        let mut m = Matrix {
            cells: vec![vec![Cell::default(); departments.len()]; academies.len()],
            row_totals: vec![0; academies.len()],
            col_totals: vec![0; departments.len()],
            academies,
            departments,
            ..Matrix::default()
        };
        let mut partners: BTreeMap<&str, usize> = BTreeMap::new();
        for &i in pool {
            let Some(e) = r.entries.get(i) else { continue };
            for p in &e.partners {
                *partners.entry(p.as_str()).or_default() += 1;
            }
            if e.academies.is_empty() {
                m.unplaced.no_academy.push(i);
                continue;
            }
            let Some(col) = e
                .department
                .as_ref()
                .and_then(|d| m.departments.iter().position(|x| x == d))
            else {
                m.unplaced.no_department.push(i);
                continue;
            };
            m.placed += 1;
            m.col_totals[col] += 1;
            let slot = status_slot(self.status(i));
            for a in &e.academies {
                if let Some(row) = m.academies.iter().position(|x| x == a) {
                    let cell = &mut m.cells[row][col];
                    cell.entries.push(i);
                    cell.by_status[slot] += 1;
                    m.row_totals[row] += 1;
                }
            }
        }
        m.partners = partners
            .into_iter()
            .map(|(p, n)| (p.to_string(), n))
            .collect();
        m
    }
}

/// Geometry of the bipartite diagram, in SVG user units. Academies on the left, departments on
/// the right, one edge per (academy, department, status) with a width growing with the count.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagram {
    pub width: f64,
    pub height: f64,
    pub left_x: f64,
    pub right_x: f64,
    /// y of each matrix row's node.
    pub left_y: Vec<f64>,
    /// y of each matrix column's node.
    pub right_y: Vec<f64>,
    pub edges: Vec<Edge>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    pub row: usize,
    pub col: usize,
    pub status: Status,
    pub count: usize,
    pub y1: f64,
    pub y2: f64,
    pub stroke: f64,
}

/// Vertical space per node on the longer side.
pub const NODE_GAP: f64 = 30.0;
pub const DIAGRAM_WIDTH: f64 = 760.0;
/// Room for labels on each side.
pub const LABEL_WIDTH: f64 = 270.0;
const MARGIN: f64 = 16.0;
const MAX_STROKE: f64 = 12.0;

pub fn diagram(m: &Matrix) -> Diagram {
    let rows = m.academies.len();
    let cols = m.departments.len();
    let slots = rows.max(cols).max(1) as f64;
    let height = slots * NODE_GAP + 2.0 * MARGIN;
    // Each side is spread evenly over the full height, so the shorter side is not bunched at the top.
    let spread = |n: usize| -> Vec<f64> {
        (0..n)
            .map(|i| MARGIN + (i as f64 + 0.5) * (height - 2.0 * MARGIN) / n as f64)
            .collect()
    };
    let (left_y, right_y) = (spread(rows), spread(cols));
    let max = m.max_count().max(1) as f64;
    let mut edges = Vec::new();
    for (row, cells) in m.cells.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            for (slot, status) in Status::ALL.into_iter().enumerate() {
                let count = cell.by_status[slot];
                if count == 0 {
                    continue;
                }
                // Parallel strands for the statuses of one pair, a few units apart.
                let offset = (slot as f64 - 1.0) * 3.0;
                edges.push(Edge {
                    row,
                    col,
                    status,
                    count,
                    y1: left_y[row] + offset,
                    y2: right_y[col] + offset,
                    stroke: 1.5 + (MAX_STROKE - 1.5) * (count as f64 / max).sqrt(),
                });
            }
        }
    }
    Diagram {
        width: DIAGRAM_WIDTH,
        height,
        left_x: LABEL_WIDTH,
        right_x: DIAGRAM_WIDTH - LABEL_WIDTH,
        left_y,
        right_y,
        edges,
    }
}
