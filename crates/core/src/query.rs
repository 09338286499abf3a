//! Filters, facet counts and the result list: what the list view shows for a search and filters.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use chrono::NaiveDate;

use super::date::{status_on, Status, StatusReason};
use super::model::Register;
use super::search::{Query, SearchIndex};

/// Rows the list renders at first, and adds with each "Visa fler"; also the rows of the
/// pre-rendered first screen. A keystroke renders at most this many, however large the register.
pub const PAGE: usize = 20;

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

    /// The order of the filter panel: the shorter of the two long groups first, and status with
    /// "Löper ut inom" last, beside each other. Links, chips and printouts keep [`Facet::ALL`].
    pub const PANEL: [Facet; 4] = [
        Facet::Department,
        Facet::Academy,
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
    pub statuses: BTreeSet<StatusChoice>,
    /// Only entries changed, added or deleted locally (`lokala=1`).
    pub local_only: bool,
    /// Only entries added or changed in the published register since this browser's reader last
    /// marked it as read (`nytt=1`; see `seen`).
    pub news_only: bool,
    /// Only entries whose end falls between today and this many months ahead (`inom=6`); ended
    /// entries never.
    pub within: Option<u32>,
}

/// A value of the status facet: one status, or "gäller" (in force: active or expiring), which is
/// what a reader who asks for the agreements in force means. "Aktiv" alone leaves out those that
/// end within six months.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusChoice {
    InForce,
    Is(Status),
}

impl StatusChoice {
    /// In the order the facet lists them.
    pub const ALL: [StatusChoice; 4] = [
        StatusChoice::InForce,
        StatusChoice::Is(Status::Active),
        StatusChoice::Is(Status::Expiring),
        StatusChoice::Is(Status::Ended),
    ];

    /// The id used in URLs (`status=galler`, `status=aktiv`); a public contract.
    pub fn id(self) -> &'static str {
        match self {
            StatusChoice::InForce => "galler",
            StatusChoice::Is(s) => s.id(),
        }
    }

    pub fn from_id(id: &str) -> Option<StatusChoice> {
        StatusChoice::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Whether an entry with `status` is among those this value asks for.
    pub fn covers(self, status: Status) -> bool {
        match self {
            StatusChoice::InForce => status != Status::Ended,
            StatusChoice::Is(s) => s == status,
        }
    }
}

impl From<Status> for StatusChoice {
    fn from(s: Status) -> StatusChoice {
        StatusChoice::Is(s)
    }
}

/// An entry's values in the status facet, by its status's place in [`Status::ALL`]: positions in
/// [`StatusChoice::ALL`] of every choice that covers it (an active entry is also "gäller").
const STATUS_CODES: [&[u16]; 3] = [&[0, 1], &[0, 2], &[3]];

/// The horizons the "Löper ut inom" control offers, in months. A link may give any whole number
/// from 1 to [`MAX_WITHIN`].
pub const WITHIN_CHOICES: [u32; 4] = [3, 6, 12, 24];
pub const MAX_WITHIN: u32 = 120;

impl Filters {
    pub fn is_empty(&self) -> bool {
        !self.local_only
            && !self.news_only
            && self.within.is_none()
            && Facet::ALL.iter().all(|f| self.selected(*f).is_empty())
    }

    /// How many filters are on: each chosen facet value, the horizon, `lokala` and `nytt` (the
    /// filter panel's "Filter (2)").
    pub fn active(&self) -> usize {
        Facet::ALL
            .iter()
            .map(|facet| self.selected(*facet).len())
            .sum::<usize>()
            + usize::from(self.within.is_some())
            + usize::from(self.local_only)
            + usize::from(self.news_only)
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
            Facet::Status => StatusChoice::from_id(id).is_some_and(|s| self.statuses.contains(&s)),
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
                if let Some(s) = StatusChoice::from_id(id) {
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
    NewsOnly,
    Within,
}

/// The filters that are not facets: local changes only, and the expiry horizon (as the last day
/// it reaches, worked out once per query). An entry they turn away counts in no facet.
#[derive(Clone, Copy)]
struct Gate {
    local_only: bool,
    news_only: bool,
    horizon: Option<NaiveDate>,
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

/// A register ready to query on a given day: the search index, every entry's status and its
/// facet values (as positions in the facet's list) are computed once, not per keystroke.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// Shared with the published register when there are no local edits.
    pub register: Arc<Register>,
    index: SearchIndex,
    pub today: NaiveDate,
    status: Vec<StatusReason>,
    /// Per entry: changed or added locally (see `overlay`).
    local: Vec<bool>,
    /// Per entry: added or changed in the published register since the last visit (see `seen`).
    news: Vec<bool>,
    /// Every entry's facet values as positions in [`Catalog::facet_ids`].
    codes: Codes,
}

/// Facet values of every entry, flat: an entry has any number of academies but at most one
/// department, category and status, so four plain arrays instead of a vector per entry.
#[derive(Debug, Clone, Default)]
struct Codes {
    /// Entry `i`'s academies are `academies[academy_starts[i]..academy_starts[i + 1]]`.
    academy_starts: Vec<u32>,
    academies: Vec<u16>,
    /// Per entry, `NONE` where it has no (known) value.
    department: Vec<u16>,
    category: Vec<u16>,
    /// Per entry, the status's place in [`Status::ALL`] (its values are [`STATUS_CODES`]).
    status: Vec<u16>,
}

const NONE: u16 = u16::MAX;

impl Codes {
    /// Entry `i`'s value positions in `facet`.
    fn of(&self, i: usize, facet: Facet) -> &[u16] {
        fn one(v: &[u16], i: usize) -> &[u16] {
            v.get(i..i + 1).filter(|s| s[0] != NONE).unwrap_or(&[])
        }
        match facet {
            Facet::Academy => {
                let (a, b) = (self.academy_starts.get(i), self.academy_starts.get(i + 1));
                match (a, b) {
                    (Some(&a), Some(&b)) => {
                        self.academies.get(a as usize..b as usize).unwrap_or(&[])
                    }
                    _ => &[],
                }
            }
            Facet::Department => one(&self.department, i),
            Facet::Category => one(&self.category, i),
            Facet::Status => match self.status.get(i) {
                Some(&s) => STATUS_CODES.get(usize::from(s)).copied().unwrap_or(&[]),
                None => &[],
            },
        }
    }
}

/// Per facet: which value positions are selected, or `None` when the facet is not filtered.
type Selection = [Option<Vec<bool>>; 4];

impl Catalog {
    pub fn new(register: impl Into<Arc<Register>>, today: NaiveDate) -> Catalog {
        let register: Arc<Register> = register.into();
        let index = SearchIndex::build(&register);
        let status: Vec<StatusReason> = register
            .entries
            .iter()
            .map(|e| status_on(e.ended, e.validity.until, today))
            .collect();
        let local = vec![false; register.entries.len()];
        let news = local.clone();
        let positions = |ids: Vec<&str>| -> FxHashMap<String, u16> {
            let mut map = FxHashMap::default();
            for (n, id) in ids.into_iter().enumerate() {
                map.entry(id.to_string()).or_insert(n as u16);
            }
            map
        };
        let academies = positions(register.academies.iter().map(|a| a.id.as_str()).collect());
        let departments = positions(register.departments.iter().map(|d| d.id.as_str()).collect());
        let categories = positions(register.categories.iter().map(|c| c.id.as_str()).collect());
        let mut codes = Codes {
            academy_starts: Vec::with_capacity(register.entries.len() + 1),
            ..Codes::default()
        };
        codes.academy_starts.push(0);
        for (e, reason) in register.entries.iter().zip(&status) {
            let start = codes.academies.len();
            for id in &e.academies {
                if let Some(&v) = academies.get(id) {
                    if !codes.academies[start..].contains(&v) {
                        codes.academies.push(v);
                    }
                }
            }
            codes.academy_starts.push(codes.academies.len() as u32);
            let department = e.department.as_ref().and_then(|id| departments.get(id));
            codes.department.push(department.copied().unwrap_or(NONE));
            codes
                .category
                .push(categories.get(&e.category).copied().unwrap_or(NONE));
            let s = Status::ALL.iter().position(|s| *s == reason.status());
            codes.status.push(s.map_or(NONE, |s| s as u16));
        }
        Catalog {
            register,
            index,
            today,
            status,
            local,
            news,
            codes,
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

    /// Marks the entries with these ids as new since the last visit, for the `nytt` filter.
    pub fn with_news<'a>(mut self, ids: impl IntoIterator<Item = &'a str>) -> Catalog {
        for id in ids {
            if let Some(i) = self.register.position(id) {
                self.news[i] = true;
            }
        }
        self
    }

    pub fn is_news(&self, i: usize) -> bool {
        self.news.get(i).copied().unwrap_or(false)
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
            Facet::Status => StatusChoice::ALL
                .iter()
                .map(|s| s.id().to_string())
                .collect(),
        }
    }

    fn selection(&self, filters: &Filters) -> Selection {
        Facet::ALL.map(|facet| {
            let chosen = filters.selected(facet);
            (!chosen.is_empty()).then(|| {
                self.facet_ids(facet)
                    .iter()
                    .map(|id| chosen.contains(id))
                    .collect()
            })
        })
    }

    /// Per facet: whether entry `i` passes that facet's selection.
    fn passes(&self, i: usize, selection: &Selection) -> [bool; 4] {
        std::array::from_fn(|f| match &selection[f] {
            None => true,
            Some(chosen) => self
                .codes
                .of(i, Facet::ALL[f])
                .iter()
                .any(|&v| chosen.get(usize::from(v)).copied().unwrap_or(false)),
        })
    }

    fn gate(&self, filters: &Filters) -> Gate {
        Gate {
            local_only: filters.local_only,
            news_only: filters.news_only,
            horizon: filters.within.map(|months| {
                self.today
                    .checked_add_months(chrono::Months::new(months))
                    .unwrap_or(NaiveDate::MAX)
            }),
        }
    }

    /// Whether entry `i` ends between today and `horizon`, and has not ended.
    fn ends_by(&self, i: usize, horizon: NaiveDate) -> bool {
        let Some(end) = self.register.entries.get(i).and_then(|e| e.validity.end()) else {
            return false;
        };
        self.status(i) != Status::Ended && end >= self.today && end <= horizon
    }

    fn admits(&self, i: usize, gate: Gate) -> bool {
        (!gate.local_only || self.is_local(i))
            && (!gate.news_only || self.is_news(i))
            && gate.horizon.is_none_or(|h| self.ends_by(i, h))
    }

    /// Whether entry `i` passes the gate and every facet except `skip`.
    fn passes_all_but(
        &self,
        i: usize,
        gate: Gate,
        selection: &Selection,
        skip: Option<Facet>,
    ) -> bool {
        self.admits(i, gate)
            && self
                .passes(i, selection)
                .iter()
                .zip(Facet::ALL)
                .all(|(pass, f)| *pass || Some(f) == skip)
    }

    /// Matching entries, best first, without facet counts.
    pub fn run_hits(&self, query: &Query, filters: &Filters) -> Vec<usize> {
        let selection = self.selection(filters);
        self.index
            .search(query)
            .into_iter()
            .filter(|&i| self.passes_all_but(i, self.gate(filters), &selection, None))
            .collect()
    }

    /// Hits, facet counts and (when nothing matches) blockers, in one pass over the entries the
    /// search found: an entry that fails exactly one facet still counts in that facet.
    pub fn run(&self, q: &str, filters: &Filters) -> Results {
        let query = Query::parse(q);
        let found = self.index.search(&query);
        let selection = self.selection(filters);
        let mut counts: [Vec<usize>; 4] = Facet::ALL.map(|f| vec![0; self.facet_ids(f).len()]);
        let mut hits = Vec::new();
        let gate = self.gate(filters);
        for &i in &found {
            if !self.admits(i, gate) {
                continue;
            }
            let pass = self.passes(i, &selection);
            let fails = pass.iter().filter(|p| !**p).count();
            if fails == 0 {
                hits.push(i);
            }
            for (f, facet) in Facet::ALL.into_iter().enumerate() {
                if fails == 0 || (fails == 1 && !pass[f]) {
                    for &v in self.codes.of(i, facet) {
                        if let Some(n) = counts[f].get_mut(usize::from(v)) {
                            *n += 1;
                        }
                    }
                }
            }
        }
        let facets = Facet::ALL
            .into_iter()
            .zip(counts)
            .map(|(facet, counts)| {
                let values = self
                    .facet_ids(facet)
                    .into_iter()
                    .zip(counts)
                    .map(|(id, count)| FacetValue {
                        selected: filters.contains(facet, &id),
                        count,
                        id,
                    })
                    .collect();
                (facet, values)
            })
            .collect();

        let mut blockers = Vec::new();
        if hits.is_empty() {
            let count = |pool: &mut dyn Iterator<Item = usize>, gate, skip| {
                pool.filter(|&i| self.passes_all_but(i, gate, &selection, skip))
                    .count()
            };
            if !query.is_empty() {
                let n = count(&mut (0..self.register.entries.len()), gate, None);
                blockers.push((Constraint::Search, n));
            }
            if filters.local_only {
                let without = Gate {
                    local_only: false,
                    ..gate
                };
                let n = count(&mut found.iter().copied(), without, None);
                blockers.push((Constraint::LocalOnly, n));
            }
            if filters.news_only {
                let without = Gate {
                    news_only: false,
                    ..gate
                };
                let n = count(&mut found.iter().copied(), without, None);
                blockers.push((Constraint::NewsOnly, n));
            }
            if filters.within.is_some() {
                let without = Gate {
                    horizon: None,
                    ..gate
                };
                let n = count(&mut found.iter().copied(), without, None);
                blockers.push((Constraint::Within, n));
            }
            for facet in Facet::ALL {
                if !filters.selected(facet).is_empty() {
                    let n = count(&mut found.iter().copied(), gate, Some(facet));
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
