//! Filters, facet counts and the result list: what the list view shows for a search and filters.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::date::{status_on, Status, StatusReason};
use super::model::{Entry, Register};
use super::search::{Query, SearchIndex};

/// The four facets, in the order the sidebar shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Academy,
    Department,
    Category,
    Status,
}

impl Facet {
    pub const ALL: [Facet; 4] = [
        Facet::Academy,
        Facet::Department,
        Facet::Category,
        Facet::Status,
    ];

    /// The URL key (`akademi`, `forvaltning`, `kategori`, `status`); a public contract.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Academy => "akademi",
            Facet::Department => "forvaltning",
            Facet::Category => "kategori",
            Facet::Status => "status",
        }
    }
}

/// Selected values per facet. OR within a facet, AND across facets. Sets keep a canonical order,
/// so equal filters give equal URLs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    pub academies: BTreeSet<String>,
    pub departments: BTreeSet<String>,
    pub categories: BTreeSet<String>,
    pub statuses: BTreeSet<Status>,
    /// Only entries changed, added or deleted locally (`lokala=1`).
    pub local_only: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        !self.local_only && Facet::ALL.iter().all(|f| self.selected(*f).is_empty())
    }

    /// The selected ids of one facet (status ids for [`Facet::Status`]).
    pub fn selected(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Academy => self.academies.iter().cloned().collect(),
            Facet::Department => self.departments.iter().cloned().collect(),
            Facet::Category => self.categories.iter().cloned().collect(),
            Facet::Status => self.statuses.iter().map(|s| s.id().to_string()).collect(),
        }
    }

    pub fn contains(&self, facet: Facet, id: &str) -> bool {
        match facet {
            Facet::Academy => self.academies.contains(id),
            Facet::Department => self.departments.contains(id),
            Facet::Category => self.categories.contains(id),
            Facet::Status => Status::from_id(id).is_some_and(|s| self.statuses.contains(&s)),
        }
    }

    /// Adds the value if absent, removes it if present. Unknown status ids are ignored.
    pub fn toggle(&mut self, facet: Facet, id: &str) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, v: T) {
            if !set.remove(&v) {
                set.insert(v);
            }
        }
        match facet {
            Facet::Academy => flip(&mut self.academies, id.to_string()),
            Facet::Department => flip(&mut self.departments, id.to_string()),
            Facet::Category => flip(&mut self.categories, id.to_string()),
            Facet::Status => {
                if let Some(s) = Status::from_id(id) {
                    flip(&mut self.statuses, s)
                }
            }
        }
    }

    pub fn clear(&mut self, facet: Facet) {
        match facet {
            Facet::Academy => self.academies.clear(),
            Facet::Department => self.departments.clear(),
            Facet::Category => self.categories.clear(),
            Facet::Status => self.statuses.clear(),
        }
    }
}

/// One value of a facet with its live count: how many entries would show if it were the only value
/// chosen in its facet, given the search and the other facets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub id: String,
    pub count: usize,
    pub selected: bool,
}

/// A constraint the user can lift when nothing matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Constraint {
    Search,
    Facet(Facet),
    LocalOnly,
}

/// What the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Results {
    /// Entry indices, best match first.
    pub hits: Vec<usize>,
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
    /// When `hits` is empty but something is active: each constraint and how many entries
    /// would show without it. Empty means only clearing several at once helps.
    pub blockers: Vec<(Constraint, usize)>,
}

/// A register ready to query on a given day: the search index and every entry's status are
/// computed once, not per keystroke.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub register: Register,
    pub index: SearchIndex,
    pub today: NaiveDate,
    status: Vec<StatusReason>,
    /// Per entry: changed or added locally (see `overlay`).
    local: Vec<bool>,
}

impl Catalog {
    pub fn new(register: Register, today: NaiveDate) -> Catalog {
        let index = SearchIndex::build(&register);
        let status = register
            .entries
            .iter()
            .map(|e| status_on(e.ended, e.validity.until, today))
            .collect();
        let local = vec![false; register.entries.len()];
        Catalog {
            register,
            index,
            today,
            status,
            local,
        }
    }

    /// Marks the entries with these ids as locally changed, for the `lokala` filter.
    pub fn with_local<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Catalog {
        for id in ids {
            if let Some(i) = self.register.position(id) {
                self.local[i] = true;
            }
        }
        self
    }

    pub fn is_local(&self, i: usize) -> bool {
        self.local.get(i).copied().unwrap_or(false)
    }

    pub fn status_reason(&self, i: usize) -> StatusReason {
        self.status
            .get(i)
            .copied()
            .unwrap_or(StatusReason::NoEndGiven)
    }

    pub fn status(&self, i: usize) -> Status {
        self.status_reason(i).status()
    }

    /// Ids of a facet's values in display order.
    pub fn facet_ids(&self, facet: Facet) -> Vec<String> {
        let r = &self.register;
        match facet {
            Facet::Academy => r.academies.iter().map(|a| a.id.clone()).collect(),
            Facet::Department => r.departments.iter().map(|d| d.id.clone()).collect(),
            Facet::Category => r.categories.iter().map(|c| c.id.clone()).collect(),
            Facet::Status => Status::ALL.iter().map(|s| s.id().to_string()).collect(),
        }
    }

    /// Whether entry `i` has value `id` in `facet`.
    fn has(&self, i: usize, entry: &Entry, facet: Facet, id: &str) -> bool {
        match facet {
            Facet::Academy => entry.academies.iter().any(|a| a == id),
            Facet::Department => entry.department.as_deref() == Some(id),
            Facet::Category => entry.category == id,
            Facet::Status => self.status(i).id() == id,
        }
    }

    fn passes(&self, i: usize, filters: &Filters, facet: Facet) -> bool {
        let Some(entry) = self.register.entries.get(i) else {
            return false;
        };
        let selected = filters.selected(facet);
        selected.is_empty() || selected.iter().any(|id| self.has(i, entry, facet, id))
    }

    fn passes_all_but(&self, i: usize, filters: &Filters, skip: Option<Facet>) -> bool {
        (!filters.local_only || self.is_local(i))
            && Facet::ALL
                .into_iter()
                .filter(|f| Some(*f) != skip)
                .all(|f| self.passes(i, filters, f))
    }

    /// Matching entries, best first, without facet counts.
    pub fn run_hits(&self, query: &Query, filters: &Filters) -> Vec<usize> {
        self.index
            .search(query)
            .into_iter()
            .filter(|&i| self.passes_all_but(i, filters, None))
            .collect()
    }

    pub fn run(&self, q: &str, filters: &Filters) -> Results {
        let query = Query::parse(q);
        let found = self.index.search(&query);
        let hits: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&i| self.passes_all_but(i, filters, None))
            .collect();

        let facets = Facet::ALL
            .into_iter()
            .map(|facet| {
                let pool: Vec<usize> = found
                    .iter()
                    .copied()
                    .filter(|&i| self.passes_all_but(i, filters, Some(facet)))
                    .collect();
                let values = self
                    .facet_ids(facet)
                    .into_iter()
                    .map(|id| FacetValue {
                        count: pool
                            .iter()
                            .filter(|&&i| {
                                self.register
                                    .entries
                                    .get(i)
                                    .is_some_and(|e| self.has(i, e, facet, &id))
                            })
                            .count(),
                        selected: filters.contains(facet, &id),
                        id,
                    })
                    .collect();
                (facet, values)
            })
            .collect();

        let mut blockers = Vec::new();
        if hits.is_empty() {
            if !query.is_empty() {
                let n = (0..self.register.entries.len())
                    .filter(|&i| self.passes_all_but(i, filters, None))
                    .count();
                blockers.push((Constraint::Search, n));
            }
            if filters.local_only {
                let mut without = filters.clone();
                without.local_only = false;
                let n = found
                    .iter()
                    .filter(|&&i| self.passes_all_but(i, &without, None))
                    .count();
                blockers.push((Constraint::LocalOnly, n));
            }
            for facet in Facet::ALL {
                if !filters.selected(facet).is_empty() {
                    let n = found
                        .iter()
                        .filter(|&&i| self.passes_all_but(i, filters, Some(facet)))
                        .count();
                    blockers.push((Constraint::Facet(facet), n));
                }
            }
        }
        Results {
            hits,
            facets,
            blockers,
        }
    }
}
