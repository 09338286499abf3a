//! The validity timeline: one bar per entry on a time axis, sorted by end date.
//!
//! Positions are fractions of the axis (0 = its first day, 1 = the end of its last), so the view
//! only scales them. A bar may reach outside the axis (below 0 or above 1): the view cuts it at
//! the edge and says so.
//!
//! The axis is [`Period::Near`] by default, two years back to three years ahead, so the coming
//! months are wide enough to read; [`Period::Whole`] spans every year the entries name.

use chrono::{Datelike, Months, NaiveDate};

use super::date::{Status, Until};
use super::query::Catalog;

/// Where a bar starts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Start {
    At(f64),
    /// The memo gives no start.
    Unknown,
}

/// Where a bar ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum End {
    At(f64),
    /// "tills vidare": runs past the axis.
    FurtherNotice,
    /// Running, no end given: also runs past the axis, drawn differently.
    NotGiven,
    /// Ended, but the memo gives no dates.
    Unknown,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub index: usize,
    pub start: Start,
    pub end: End,
    pub status: Status,
    /// The last valid day, where known.
    pub end_date: Option<NaiveDate>,
}

/// Which stretch of time the axis shows (`period=hela` for the whole).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Period {
    /// From [`NEAR_BACK_MONTHS`] before today to [`NEAR_AHEAD_MONTHS`] after it.
    #[default]
    Near,
    /// From 1 January of the earliest year named to 31 December of the latest.
    Whole,
}

pub const NEAR_BACK_MONTHS: u32 = 24;
pub const NEAR_AHEAD_MONTHS: u32 = 36;

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// The axis's first day.
    pub start: NaiveDate,
    /// The day after the axis's last day.
    pub end: NaiveDate,
    /// The years the axis touches.
    pub first_year: i32,
    pub last_year: i32,
    /// Today's position on the axis.
    pub today: f64,
    /// Sorted: known ends first (earliest first), then "tills vidare", then no end given, then
    /// unknown; ties by start, then register order.
    pub bars: Vec<Bar>,
}

impl Timeline {
    /// Years whose 1 January lies on the axis, for the ticks.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        (self.first_year..=self.last_year).filter(|&y| {
            let day = first_of(y);
            day >= self.start && day < self.end
        })
    }

    /// Position of 1 January of `year`.
    pub fn year_position(&self, year: i32) -> f64 {
        self.position(first_of(year))
    }

    /// Position of `day` (may lie outside 0..=1).
    pub fn position(&self, day: NaiveDate) -> f64 {
        let span = (self.end - self.start).num_days().max(1) as f64;
        (day - self.start).num_days() as f64 / span
    }
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

impl Catalog {
    /// Bars for `pool`'s entries on the axis of `period`; the whole period spans every known
    /// year and today.
    pub fn timeline(&self, pool: &[usize], period: Period) -> Timeline {
        let entries = &self.register.entries;
        let (start, end) = match period {
            Period::Near => (
                self.today
                    .checked_sub_months(Months::new(NEAR_BACK_MONTHS))
                    .unwrap_or(self.today),
                self.today
                    .checked_add_months(Months::new(NEAR_AHEAD_MONTHS))
                    .and_then(|d| d.succ_opt())
                    .unwrap_or(self.today),
            ),
            Period::Whole => {
                let mut years: Vec<i32> = vec![self.today.year()];
                for e in pool.iter().filter_map(|&i| entries.get(i)) {
                    years.extend(e.validity.from.map(|d| d.year()));
                    if let Some(Until::Date(d)) = e.validity.until {
                        years.push(d.year());
                    }
                }
                let first = years.iter().copied().min().unwrap_or(self.today.year());
                let last = years.iter().copied().max().unwrap_or(self.today.year());
                (first_of(first), first_of(last.saturating_add(1)))
            }
        };
        let axis = Timeline {
            start,
            end,
            first_year: start.year(),
            last_year: end.pred_opt().unwrap_or(end).year(),
            today: 0.0,
            bars: Vec::new(),
        };
        let at = |d: NaiveDate| axis.position(d);

        let mut bars: Vec<Bar> = pool
            .iter()
            .filter_map(|&i| entries.get(i).map(|e| (i, e)))
            .map(|(i, e)| {
                let end_date = match e.validity.until {
                    Some(Until::Date(d)) => Some(d.last_day()),
                    _ => None,
                };
                let end = match (e.validity.until, end_date) {
                    (_, Some(d)) => End::At(at(d.succ_opt().unwrap_or(d))),
                    (Some(Until::FurtherNotice), _) => End::FurtherNotice,
                    _ if e.ended => End::Unknown,
                    _ => End::NotGiven,
                };
                Bar {
                    index: i,
                    start: e
                        .validity
                        .from
                        .map_or(Start::Unknown, |d| Start::At(at(d.first_day()))),
                    end,
                    status: self.status(i),
                    end_date,
                }
            })
            .collect();
        let rank = |b: &Bar| -> (u8, f64, f64) {
            let start = match b.start {
                Start::At(x) => x,
                Start::Unknown => f64::INFINITY,
            };
            match b.end {
                End::At(x) => (0, x, start),
                End::FurtherNotice => (1, 0.0, start),
                End::NotGiven => (2, 0.0, start),
                End::Unknown => (3, 0.0, start),
            }
        };
        bars.sort_by(|a, b| {
            let (ra, rb) = (rank(a), rank(b));
            ra.0.cmp(&rb.0)
                .then(ra.1.total_cmp(&rb.1))
                .then(ra.2.total_cmp(&rb.2))
                .then(a.index.cmp(&b.index))
        });
        Timeline {
            today: at(self.today),
            bars,
            ..axis
        }
    }

    /// Entries in `pool` that end within six months, soonest first and in the timeline's order
    /// (end, then start, then register order): what needs renewing now.
    pub fn expiring(&self, pool: &[usize]) -> Vec<usize> {
        let mut out: Vec<(NaiveDate, NaiveDate, usize)> = pool
            .iter()
            .copied()
            .filter(|&i| self.status(i) == Status::Expiring)
            .filter_map(|i| {
                let v = &self.register.entries.get(i)?.validity;
                match v.until {
                    Some(Until::Date(d)) => Some((
                        d.last_day(),
                        v.from.map_or(NaiveDate::MAX, |f| f.first_day()),
                        i,
                    )),
                    _ => None,
                }
            })
            .collect();
        out.sort();
        out.into_iter().map(|(_, _, i)| i).collect()
    }
}
