//! Validity points as the memo writes them, and the status they give on a given day.

use std::fmt;

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// A point in time at the precision the memo gives: a year, a month or a day.
/// Serialised as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum DatePoint {
    Year(i32),
    Month(i32, u32),
    Day(NaiveDate),
}

/// The end of a validity: a date point or "tills vidare" (until further notice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Until {
    Date(DatePoint),
    FurtherNotice,
}

/// The text used for [`Until::FurtherNotice`] in the JSON.
pub const UNTIL_FURTHER_NOTICE: &str = "tills vidare";

/// Years outside this range are treated as typing errors.
const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

impl DatePoint {
    pub fn parse(s: &str) -> Result<DatePoint, DateError> {
        let bad = || DateError(s.to_string());
        let parts: Vec<&str> = s.split('-').collect();
        let number = |p: &str, len: usize| -> Result<u32, DateError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts.first().copied().unwrap_or(""), 4)? as i32;
        if !YEAR_RANGE.contains(&year) {
            return Err(bad());
        }
        match parts.as_slice() {
            [_] => Ok(DatePoint::Year(year)),
            [_, m] => {
                let month = number(m, 2)?;
                NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(bad)?;
                Ok(DatePoint::Month(year, month))
            }
            [_, m, d] => {
                let date =
                    NaiveDate::from_ymd_opt(year, number(m, 2)?, number(d, 2)?).ok_or_else(bad)?;
                Ok(DatePoint::Day(date))
            }
            _ => Err(bad()),
        }
    }

    /// The first day the point covers (a year starts on 1 January).
    pub fn first_day(self) -> NaiveDate {
        match self {
            DatePoint::Year(y) => ymd(y, 1, 1),
            DatePoint::Month(y, m) => ymd(y, m, 1),
            DatePoint::Day(d) => d,
        }
    }

    /// The last day the point covers (a year-only end means 31 December).
    pub fn last_day(self) -> NaiveDate {
        match self {
            DatePoint::Year(y) => ymd(y, 12, 31),
            DatePoint::Month(y, m) => {
                let first = ymd(y, m, 1);
                first
                    .checked_add_months(Months::new(1))
                    .and_then(|next| next.pred_opt())
                    .unwrap_or(first)
            }
            DatePoint::Day(d) => d,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            DatePoint::Year(y) | DatePoint::Month(y, _) => y,
            DatePoint::Day(d) => d.year(),
        }
    }
}

/// Only called with values `DatePoint::parse` accepted, so the date exists.
fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatePoint::Year(y) => write!(f, "{y:04}"),
            DatePoint::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DatePoint::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
        }
    }
}

impl fmt::Display for Until {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Until::Date(d) => d.fmt(f),
            Until::FurtherNotice => f.write_str(UNTIL_FURTHER_NOTICE),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

/// How a [`DateError`] begins when serde reports it; `load` reads the value back from there, so
/// a file's bad date is worded in the reader's language rather than as serde's message.
pub const DATE_ERROR_PREFIX: &str = "ogiltigt datum \"";

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{DATE_ERROR_PREFIX}{}\" (skriv ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD)",
            self.0
        )
    }
}

impl TryFrom<String> for DatePoint {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        DatePoint::parse(&s)
    }
}

impl From<DatePoint> for String {
    fn from(d: DatePoint) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Until {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        if s == UNTIL_FURTHER_NOTICE {
            Ok(Until::FurtherNotice)
        } else {
            DatePoint::parse(&s).map(Until::Date)
        }
    }
}

impl From<Until> for String {
    fn from(u: Until) -> String {
        u.to_string()
    }
}

/// An entry's status on a given day. Ordered as shown in the status facet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Active,
    Expiring,
    Ended,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Active, Status::Expiring, Status::Ended];

    /// The id used in URLs (`status=loper-ut`); a public contract.
    pub fn id(self) -> &'static str {
        match self {
            Status::Active => "aktiv",
            Status::Expiring => "loper-ut",
            Status::Ended => "avslutad",
        }
    }

    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Why an entry has its status; the detail view explains it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusReason {
    /// Listed under "Tidigare samverkan".
    ListedAsEnded,
    /// The last day of validity has passed.
    EndPassed(NaiveDate),
    /// Ends within [`EXPIRING_MONTHS`] months.
    EndsSoon(NaiveDate),
    /// Ends later than that.
    EndsLater(NaiveDate),
    UntilFurtherNotice,
    NoEndGiven,
}

/// How far ahead an end counts as "löper ut".
pub const EXPIRING_MONTHS: u32 = 6;

impl StatusReason {
    pub fn status(self) -> Status {
        match self {
            StatusReason::ListedAsEnded | StatusReason::EndPassed(_) => Status::Ended,
            StatusReason::EndsSoon(_) => Status::Expiring,
            StatusReason::EndsLater(_)
            | StatusReason::UntilFurtherNotice
            | StatusReason::NoEndGiven => Status::Active,
        }
    }
}

/// The status of a validity on `today`.
pub fn status_on(ended: bool, until: Option<Until>, today: NaiveDate) -> StatusReason {
    if ended {
        return StatusReason::ListedAsEnded;
    }
    let end = match until {
        None => return StatusReason::NoEndGiven,
        Some(Until::FurtherNotice) => return StatusReason::UntilFurtherNotice,
        Some(Until::Date(d)) => d.last_day(),
    };
    let horizon = today
        .checked_add_months(Months::new(EXPIRING_MONTHS))
        .unwrap_or(NaiveDate::MAX);
    if end < today {
        StatusReason::EndPassed(end)
    } else if end <= horizon {
        StatusReason::EndsSoon(end)
    } else {
        StatusReason::EndsLater(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn parses_the_three_precisions_and_rejects_the_rest() {
        assert_eq!(DatePoint::parse("2025"), Ok(DatePoint::Year(2025)));
        assert_eq!(DatePoint::parse("2024-04"), Ok(DatePoint::Month(2024, 4)));
        assert_eq!(
            DatePoint::parse("2024-02-29"),
            Ok(DatePoint::Day(day("2024-02-29")))
        );
        for bad in [
            "",
            "25",
            "2025-4",
            "2025-13",
            "2023-02-29",
            "2025-01-01-01",
            "abcd",
            "0000",
            "+202",
            "2025–2027",
            " 2025",
        ] {
            assert!(DatePoint::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn text_round_trips() {
        for s in ["2025", "2024-04", "2024-02-29"] {
            assert_eq!(DatePoint::parse(s).unwrap().to_string(), s);
        }
        assert_eq!(
            Until::try_from("tills vidare".to_string()),
            Ok(Until::FurtherNotice)
        );
        assert_eq!(Until::FurtherNotice.to_string(), "tills vidare");
    }

    #[test]
    fn a_year_ends_on_new_years_eve_and_a_month_on_its_last_day() {
        assert_eq!(DatePoint::Year(2026).last_day(), day("2026-12-31"));
        assert_eq!(DatePoint::Month(2024, 2).last_day(), day("2024-02-29"));
        assert_eq!(DatePoint::Month(2025, 12).last_day(), day("2025-12-31"));
        assert_eq!(DatePoint::Month(2024, 4).first_day(), day("2024-04-01"));
    }

    #[test]
    fn status_boundaries() {
        let today = day("2026-11-28");
        let until = |s: &str| Some(Until::Date(DatePoint::parse(s).unwrap()));
        assert_eq!(
            status_on(true, until("2030"), today),
            StatusReason::ListedAsEnded
        );
        assert_eq!(status_on(false, None, today).status(), Status::Active);
        assert_eq!(
            status_on(false, Some(Until::FurtherNotice), today).status(),
            Status::Active
        );
        assert_eq!(
            status_on(false, until("2025"), today).status(),
            Status::Ended
        );
        assert_eq!(
            status_on(false, until("2026"), today).status(),
            Status::Expiring
        );
        // Exactly today and exactly six months ahead still count as expiring.
        assert_eq!(
            status_on(false, until("2026-11-28"), today).status(),
            Status::Expiring
        );
        assert_eq!(
            status_on(false, until("2027-05-28"), today).status(),
            Status::Expiring
        );
        assert_eq!(
            status_on(false, until("2027-05-29"), today).status(),
            Status::Active
        );
        assert_eq!(
            status_on(false, until("2026-11-27"), today).status(),
            Status::Ended
        );
        assert_eq!(
            status_on(false, until("2027"), today).status(),
            Status::Active
        );
    }

    #[test]
    fn status_ids_are_the_url_contract() {
        assert_eq!(
            Status::ALL.map(Status::id),
            ["aktiv", "loper-ut", "avslutad"]
        );
        for s in Status::ALL {
            assert_eq!(Status::from_id(s.id()), Some(s));
        }
        assert_eq!(Status::from_id("Aktiv"), None);
    }
}
