//! The validity timeline: one bar per entry on a year axis, sorted by end date.
//!
//! Positions are fractions of the axis (0 = 1 January of the first year, 1 = the end of 31 December
//! of the last), so the view only scales them.

use chrono::NaiveDate;

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

#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub first_year: i32,
    pub last_year: i32,
    /// Today's position on the axis.
    pub today: f64,
    /// Sorted: known ends first (earliest first), then "tills vidare", then no end given, then
    /// unknown; ties by start, then register order.
    pub bars: Vec<Bar>,
}

impl Timeline {
    /// Years on the axis, for tick labels.
    pub fn years(&self) -> impl Iterator<Item = i32> {
        self.first_year..=self.last_year
    }

    /// Position of 1 January of `year`.
    pub fn year_position(&self, year: i32) -> f64 {
        position(self.first_year, self.last_year, first_of(year))
    }
}

fn first_of(year: i32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN)
}

fn position(first_year: i32, last_year: i32, day: NaiveDate) -> f64 {
    let start = first_of(first_year);
    let end = first_of(last_year + 1);
    let span = (end - start).num_days().max(1) as f64;
    (day - start).num_days() as f64 / span
}

impl Catalog {
    /// Bars for `pool`'s entries; the axis spans every known year and today.
    pub fn timeline(&self, pool: &[usize]) -> Timeline {
        use chrono::Datelike;
        let entries = &self.register.entries;
        let mut years: Vec<i32> = vec![self.today.year()];
        for e in pool.iter().filter_map(|&i| entries.get(i)) {
            years.extend(e.validity.from.map(|d| d.year()));
            if let Some(Until::Date(d)) = e.validity.until {
                years.push(d.year());
            }
        }
        let first_year = years.iter().copied().min().unwrap_or(self.today.year());
        let last_year = years.iter().copied().max().unwrap_or(self.today.year());
        let at = |d: NaiveDate| position(first_year, last_year, d);

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
            first_year,
            last_year,
            today: at(self.today),
            bars,
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
