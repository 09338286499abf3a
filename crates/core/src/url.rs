//! The view state and its query string. The URL is the only source of view state: a link
//! reproduces the view exactly. Keys and ids are a public contract (links get mailed around):
//! `q`, `akademi`, `forvaltning`, `kategori`, `status`, `inom`, `lokala`, `nytt`, `vy`, `sortera`,
//! `period`, `post`, `lang` (ARCHITECTURE.md's glossary says what each means).

use std::collections::BTreeSet;

use super::model::Register;
use super::query::{Constraint, Facet, Filters, StatusChoice, MAX_WITHIN};
use super::sort::Sort;
use super::timeline::Period;

pub const KEY_SEARCH: &str = "q";
pub const KEY_VIEW: &str = "vy";
pub const KEY_ENTRY: &str = "post";
pub const KEY_LOCAL: &str = "lokala";
pub const KEY_NEWS: &str = "nytt";
pub const KEY_LANG: &str = "lang";
pub const KEY_WITHIN: &str = "inom";
pub const KEY_SORT: &str = "sortera";
pub const KEY_PERIOD: &str = "period";
/// `period=hela`: the timeline over every year, not the near years.
pub const WHOLE_PERIOD: &str = "hela";

/// Longest search text kept from a URL, typed or pasted, in characters.
pub const MAX_SEARCH_CHARS: usize = 200;

/// `q` cut to [`MAX_SEARCH_CHARS`] characters: what the search box keeps of a paste, so the view,
/// its URL and a shared link agree with what reading that URL gives.
pub fn cap_search(mut q: String) -> String {
    if let Some((at, _)) = q.char_indices().nth(MAX_SEARCH_CHARS) {
        q.truncate(at);
    }
    q
}

/// Which view is shown (`vy=`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    #[default]
    List,
    /// The same results as a compact table, one row per entry.
    Table,
    /// Academies × departments: matrix and diagram.
    Relation,
    /// Validity over time.
    Timeline,
    About,
    /// "Tillgänglighetsredogörelse", the accessibility statement.
    Accessibility,
    /// "Ändringslogg": what each publication changed (`history`).
    Log,
}

impl View {
    pub const ALL: [View; 7] = [
        View::List,
        View::Table,
        View::Relation,
        View::Timeline,
        View::About,
        View::Accessibility,
        View::Log,
    ];

    pub fn id(self) -> &'static str {
        match self {
            View::List => "lista",
            View::Table => "tabell",
            View::Relation => "relation",
            View::Timeline => "tidslinje",
            View::About => "om",
            View::Accessibility => "tillganglighet",
            View::Log => "andringslogg",
        }
    }

    /// Views that show the register with search and facets (not the text pages).
    pub fn has_workspace(self) -> bool {
        !matches!(self, View::About | View::Accessibility | View::Log)
    }

    pub fn from_id(id: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The language of the interface (`lang=`). Register content is shown as written, in Swedish.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// The BCP 47 tag, also the URL value and the stored choice.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The one rule for the interface language: the link's `lang` if it names one, else the
    /// language this reader last chose, else Swedish. `public/gate.js` applies the same rule
    /// before the app runs (tests/e2e/i18n.spec.js compares them).
    pub fn choose(asked: Option<Lang>, remembered: Option<Lang>) -> Lang {
        asked.or(remembered).unwrap_or_default()
    }

    /// The language a query string asks for (`lang=en`), read without a register: for a page
    /// shown when the register itself could not be read. Anything else counts as no choice.
    pub fn in_query(query: &str) -> Option<Lang> {
        let query = query.strip_prefix('?').unwrap_or(query);
        form_urlencoded::parse(query.as_bytes())
            .filter(|(k, _)| k == KEY_LANG)
            .find_map(|(_, v)| Lang::from_id(&v))
    }
}

/// Everything a link reproduces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    /// The search text as typed.
    pub q: String,
    pub filters: Filters,
    pub view: View,
    /// The order of the list and the table; `None` keeps the search's order.
    pub sort: Option<Sort>,
    /// The timeline's axis.
    pub period: Period,
    /// The open entry's id.
    pub post: Option<String>,
    /// The language the link asks for; `None` leaves it to the reader's remembered choice.
    pub lang: Option<Lang>,
}

/// Something in a URL that was ignored, to tell the user briefly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    UnknownKey(String),
    UnknownId { key: &'static str, id: String },
    UnknownView(String),
    UnknownLang(String),
    UnknownEntry(String),
    SearchTooLong,
}

/// At most this many notices are reported for one URL; the rest add nothing for the reader.
pub const MAX_NOTICES: usize = 5;

impl ViewState {
    /// Goes to `view` with the same search and filters, and closes the open entry: what the menu
    /// and the results' view switch do.
    pub fn open_view(&mut self, view: View) {
        self.view = view;
        self.post = None;
    }

    /// "Rensa alla": no search and no filters; the view stays.
    pub fn clear_all(&mut self) {
        self.q.clear();
        self.filters = Filters::default();
    }

    /// Lifts one constraint that keeps results away (the empty list's suggestions): the search,
    /// one facet's choices, or the local-changes filter. Everything else stays.
    pub fn lift(&mut self, constraint: Constraint) {
        match constraint {
            Constraint::Search => self.q.clear(),
            Constraint::Facet(f) => self.filters.clear(f),
            Constraint::LocalOnly => self.filters.local_only = false,
            Constraint::NewsOnly => self.filters.news_only = false,
            Constraint::Within => self.filters.within = None,
        }
    }

    /// The query string without `?`; empty for the default view. Keys in a fixed order,
    /// values in canonical order, so equal states give equal URLs.
    pub fn to_query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("{KEY_SEARCH}={}", encode(&self.q)));
        }
        for facet in Facet::ALL {
            let ids = self.filters.selected(facet);
            if !ids.is_empty() {
                let joined: Vec<String> = ids.iter().map(|id| encode(id)).collect();
                parts.push(format!("{}={}", facet.key(), joined.join(",")));
            }
        }
        if let Some(m) = self.filters.within {
            parts.push(format!("{KEY_WITHIN}={m}"));
        }
        if self.filters.local_only {
            parts.push(format!("{KEY_LOCAL}=1"));
        }
        if self.filters.news_only {
            parts.push(format!("{KEY_NEWS}=1"));
        }
        if self.view != View::List {
            parts.push(format!("{KEY_VIEW}={}", self.view.id()));
        }
        if let Some(sort) = self.sort {
            parts.push(format!("{KEY_SORT}={}", sort.id()));
        }
        if self.period == Period::Whole {
            parts.push(format!("{KEY_PERIOD}={WHOLE_PERIOD}"));
        }
        if let Some(post) = &self.post {
            parts.push(format!("{KEY_ENTRY}={}", encode(post)));
        }
        if let Some(lang) = self.lang {
            parts.push(format!("{KEY_LANG}={}", lang.id()));
        }
        parts.join("&")
    }

    /// Reads a query string (with or without `?`). Never fails: what cannot be used is dropped
    /// and reported as a [`Notice`]. Ids are checked against `register`.
    pub fn from_query(query: &str, register: &Register) -> (ViewState, Vec<Notice>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut state = ViewState::default();
        let mut notices = Vec::new();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let facet = Facet::ALL.into_iter().find(|f| f.key() == key);
            match (key.as_ref(), facet) {
                (_, Some(facet)) => {
                    for id in value.split(',').map(str::trim).filter(|id| !id.is_empty()) {
                        if known(register, facet, id) {
                            insert(&mut state.filters, facet, id);
                        } else {
                            notices.push(Notice::UnknownId {
                                key: facet.key(),
                                id: shorten(id),
                            });
                        }
                    }
                }
                (KEY_SEARCH, None) => {
                    state.q = cap_search(value.to_string());
                    if value.chars().count() > MAX_SEARCH_CHARS {
                        notices.push(Notice::SearchTooLong);
                    }
                }
                (KEY_LOCAL, None) => {
                    state.filters.local_only |= switch(KEY_LOCAL, &value, &mut notices)
                }
                (KEY_NEWS, None) => {
                    state.filters.news_only |= switch(KEY_NEWS, &value, &mut notices)
                }
                (KEY_WITHIN, None) => match value.trim().parse::<u32>() {
                    Ok(m) if (1..=MAX_WITHIN).contains(&m) => state.filters.within = Some(m),
                    _ => notices.push(Notice::UnknownId {
                        key: KEY_WITHIN,
                        id: shorten(&value),
                    }),
                },
                (KEY_VIEW, None) => match View::from_id(&value) {
                    Some(v) => state.view = v,
                    None => notices.push(Notice::UnknownView(shorten(&value))),
                },
                (KEY_SORT, None) => match Sort::parse(&value) {
                    Some(sort) => state.sort = Some(sort),
                    None => notices.push(Notice::UnknownId {
                        key: KEY_SORT,
                        id: shorten(&value),
                    }),
                },
                (KEY_PERIOD, None) => match value.as_ref() {
                    WHOLE_PERIOD => state.period = Period::Whole,
                    other => notices.push(Notice::UnknownId {
                        key: KEY_PERIOD,
                        id: shorten(other),
                    }),
                },
                (KEY_LANG, None) => match Lang::from_id(&value) {
                    Some(l) => state.lang = Some(l),
                    None => notices.push(Notice::UnknownLang(shorten(&value))),
                },
                (KEY_ENTRY, None) => {
                    if register.entry(&value).is_some() {
                        state.post = Some(value.into_owned());
                    } else if !value.is_empty() {
                        notices.push(Notice::UnknownEntry(shorten(&value)));
                    }
                }
                (other, None) => {
                    if !other.is_empty() {
                        notices.push(Notice::UnknownKey(shorten(other)));
                    }
                }
            }
        }
        notices.dedup();
        notices.truncate(MAX_NOTICES);
        (state, notices)
    }
}

fn encode(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// A filter that is on or off (`lokala=1`, `nytt=1`): "1" is on, "0" or nothing is off, anything
/// else is off with a notice.
fn switch(key: &'static str, value: &str, notices: &mut Vec<Notice>) -> bool {
    match value {
        "1" => true,
        "0" | "" => false,
        other => {
            notices.push(Notice::UnknownId {
                key,
                id: shorten(other),
            });
            false
        }
    }
}

/// Echoes of user input in notices are kept short.
fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() > MAX {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

fn known(register: &Register, facet: Facet, id: &str) -> bool {
    match facet {
        Facet::Academy => register.academy(id).is_some(),
        Facet::Department => register.department(id).is_some(),
        Facet::Category => register.category(id).is_some(),
        Facet::Status => StatusChoice::from_id(id).is_some(),
    }
}

fn insert(filters: &mut Filters, facet: Facet, id: &str) {
    let set: &mut BTreeSet<String> = match facet {
        Facet::Academy => &mut filters.academies,
        Facet::Department => &mut filters.departments,
        Facet::Category => &mut filters.categories,
        Facet::Status => {
            if let Some(s) = StatusChoice::from_id(id) {
                filters.statuses.insert(s);
            }
            return;
        }
    };
    set.insert(id.to_string());
}
