//! "Lägg i kalender": entries' ends as an iCalendar file (RFC 5545) that Outlook, Google
//! Calendar and Apple Calendar import. Each entry with a known end gives two all-day events: the
//! end itself, and a reminder six months before it to start the renewal. A renewal day that has
//! already passed when the file is made falls on the next working day (Monday to Friday) instead,
//! and the entry is reported as already inside its six months; an entry that has ended gets no
//! renewal. Every event carries an alarm (`VALARM`, DISPLAY) at 09:00 the day before, so a
//! calendar shows it without the reader setting one. An entry without an end ("tills vidare", or
//! no validity in the memo) gives none and is reported, so the reader is told.
//!
//! Written here rather than with a crate: `icalendar` pulls in `uuid` with `getrandom` (which
//! does not build for `wasm32-unknown-unknown` without a platform flag), chrono's clock and a
//! parser, and `ics` folds continuation lines to 76 octets. What the file needs from RFC 5545 is
//! three rules, each tested below: text escaping (§3.3.11), folding at 75 octets on a character
//! boundary (§3.1) and CRLF line ends.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, Timelike, Weekday};

use crate::i18n::Texts;
use crate::model::{Entry, Register};
use crate::names::{Form, Kind};
use crate::url::{Lang, ViewState};

/// How long before the end the renewal reminder comes.
pub const RENEW_MONTHS: u32 = 6;

/// When each event's alarm goes off: 09:00 the day before (an all-day event starts at midnight).
const ALARM: &str = "TRIGGER:-PT15H";

/// The file and what it holds, for the reader's confirmation.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarFile {
    pub text: String,
    /// Events written (two per entry with an end).
    pub events: usize,
    /// Entries with an end, and so with events.
    pub with_end: usize,
    /// Indices of the chosen entries that have no known end and so no event, in the given order.
    pub without_end: Vec<usize>,
    /// Indices of the entries already inside their six months (the renewal day has passed, the
    /// end has not): their reminder falls on the next working day.
    pub inside_renewal: Vec<usize>,
}

/// Where the links in the file point and how UIDs are made unique.
#[derive(Debug, Clone, Copy)]
pub struct Origin<'a> {
    /// The app's address without a query, e.g. `https://intranet.example/samverkan/`.
    pub page: &'a str,
    /// The host, for UIDs (`slut-20271231-ulf-sh@host`); stable for a given installation.
    pub host: &'a str,
    /// The language the links ask for, as the reader's own view does (`lang=en`).
    pub lang: Option<Lang>,
}

/// The renewal reminder's day for an entry that ends on `end`, in a file made on `today`: six
/// months before the end; when that has passed, the next working day after `today` (`true`: moved);
/// none when that day would not come before the end.
pub fn renewal_day(end: NaiveDate, today: NaiveDate) -> Option<(NaiveDate, bool)> {
    let renew = end.checked_sub_months(Months::new(RENEW_MONTHS))?;
    if renew > today {
        return Some((renew, false));
    }
    let mut day = today.checked_add_days(Days::new(1))?;
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
        day = day.checked_add_days(Days::new(1))?;
    }
    (day < end).then_some((day, true))
}

/// The calendar for `entries` (indices into `register`), worded in `texts`'s language; `stamp`
/// is now, in UTC (DTSTAMP), and `today` the reader's day. The register's own text (names,
/// titles) is written as it stands.
pub fn calendar(
    register: &Register,
    entries: &[usize],
    texts: &Texts,
    origin: Origin<'_>,
    stamp: NaiveDateTime,
    today: NaiveDate,
) -> CalendarFile {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Huddinge kommun//Samverkansregistret//SV",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        content_line(&mut out, line);
    }
    content_line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape(texts.app_name)),
    );
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        basic(stamp.date()),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let host = if origin.host.is_empty() {
        "samverkansregistret"
    } else {
        origin.host
    };
    let mut events = 0;
    let mut with_end = 0;
    let mut without_end = Vec::new();
    let mut inside_renewal = Vec::new();
    for &i in entries {
        let Some(entry) = register.entries.get(i) else {
            continue;
        };
        let Some(end) = entry.validity.end() else {
            without_end.push(i);
            continue;
        };
        with_end += 1;
        let link = entry_link(origin, &entry.id);
        let description = description(register, entry, texts, &link);
        let renew = renewal_day(end, today);
        if renew.is_some_and(|(_, moved)| moved) {
            inside_renewal.push(i);
        }
        let days = [
            Some(("slut", end, texts.calendar_ends)),
            renew.map(|(d, _)| ("fornya", d, texts.calendar_renew)),
        ];
        for (kind, day, prefix) in days.into_iter().flatten() {
            let Some(next) = day.succ_opt() else { continue };
            let summary = escape(&format!("{prefix}: {}", entry.name));
            let event = [
                "BEGIN:VEVENT".to_string(),
                format!("UID:{kind}-{}-{}@{host}", basic(day), entry.id),
                format!("DTSTAMP:{stamp}"),
                format!("DTSTART;VALUE=DATE:{}", basic(day)),
                format!("DTEND;VALUE=DATE:{}", basic(next)),
                format!("SUMMARY:{summary}"),
                format!("DESCRIPTION:{}", escape(&description)),
                format!("URL:{link}"),
                // A reminder, not an appointment: it does not make anyone busy.
                "TRANSP:TRANSPARENT".to_string(),
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                format!("DESCRIPTION:{summary}"),
                ALARM.to_string(),
                "END:VALARM".to_string(),
                "END:VEVENT".to_string(),
            ];
            for line in &event {
                content_line(&mut out, line);
            }
            events += 1;
        }
    }
    content_line(&mut out, "END:VCALENDAR");
    CalendarFile {
        text: out,
        events,
        with_end,
        without_end,
        inside_renewal,
    }
}

/// A day as iCalendar writes it (ISO 8601 basic form, 20271231). Not chrono's `format`: its
/// strftime machinery would be compiled into the app for four digits, two and two.
fn basic(day: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", day.year(), day.month(), day.day())
}

/// The entry's page: `page?post=<id>`, in the reader's language where it is not the default.
fn entry_link(origin: Origin<'_>, id: &str) -> String {
    let state = ViewState {
        post: Some(id.to_string()),
        lang: origin.lang,
        ..ViewState::default()
    };
    format!("{}?{}", origin.page, state.to_query())
}

/// The department, the contact, the validity as the memo words it, and the link.
fn description(register: &Register, entry: &Entry, texts: &Texts, link: &str) -> String {
    let department = entry
        .department
        .as_deref()
        .map(|d| register.name_in(texts.gloss, Kind::Department, d, Form::Label))
        .unwrap_or_else(|| texts.not_given.to_string());
    let contact = entry
        .contact
        .as_ref()
        .map(|c| c.label())
        .unwrap_or_else(|| texts.not_given.to_string());
    let mut lines = vec![
        format!("{}: {department}", texts.col_department),
        format!("{}: {contact}", texts.col_contact),
    ];
    if let Some(v) = (texts.validity)(&entry.validity) {
        lines.push(format!("{}: {v}", texts.col_validity));
    }
    lines.push(link.to_string());
    lines.join("\n")
}

/// TEXT as RFC 5545 §3.3.11 writes it: backslash, semicolon, comma and newline escaped. The
/// control characters TEXT may not hold (all but the tab, §3.1) never reach the file: a vertical
/// tab or form feed (Word's breaks) is a line break, the others are left out.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' | '\u{b}' | '\u{c}' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_ascii_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded as RFC 5545 §3.1 asks: no line longer than 75 octets before its CRLF,
/// continuation lines starting with a space, never inside a UTF-8 character.
fn content_line(out: &mut String, line: &str) {
    const LIMIT: usize = 75;
    let mut rest = line;
    // The first line has 75 octets; the others 74 after their leading space.
    let mut room = LIMIT;
    loop {
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LIMIT - 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, SV};
    use crate::load::memo_register;

    /// The day the tests' files are made: before every renewal day of the memo's entries.
    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, 1, 10).unwrap()
    }

    fn stamp() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 12, 2)
            .and_then(|d| d.and_hms_opt(5, 30, 0))
            .unwrap()
    }

    const ORIGIN: Origin<'static> = Origin {
        page: "https://example.se/samverkan/",
        host: "example.se",
        lang: None,
    };

    /// The file's content lines, unfolded, as a reader of RFC 5545 sees them.
    fn unfolded(text: &str) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for physical in text.split("\r\n") {
            match physical.strip_prefix(' ') {
                Some(rest) => {
                    if let Some(last) = lines.last_mut() {
                        last.push_str(rest);
                    }
                }
                None if physical.is_empty() => {}
                None => lines.push(physical.to_string()),
            }
        }
        lines
    }

    #[test]
    fn every_line_ends_in_crlf_and_fits_75_octets() {
        let r = memo_register();
        let all: Vec<usize> = (0..r.entries.len()).collect();
        let file = calendar(&r, &all, &SV, ORIGIN, stamp(), today());
        assert!(file.text.ends_with("END:VCALENDAR\r\n"));
        assert!(!file.text.replace("\r\n", "").contains('\n'));
        for line in file.text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        // Some lines were long enough to fold, and unfolding gives them back whole.
        assert!(file.text.contains("\r\n "));
        let lines = unfolded(&file.text);
        let summaries: Vec<&String> = lines.iter().filter(|l| l.starts_with("SUMMARY:")).collect();
        assert_eq!(summaries.len(), file.events);
    }

    #[test]
    fn folding_never_splits_a_character() {
        let mut out = String::new();
        let long = format!("SUMMARY:{}", "åäö€".repeat(40));
        content_line(&mut out, &long);
        for line in out.split("\r\n") {
            assert!(line.len() <= 75);
        }
        assert_eq!(unfolded(&out), vec![long]);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    /// TEXT holds no control character but the tab (RFC 5545 §3.1): Word's breaks are line
    /// breaks, and a C0 character in an entry (which validation refuses in a register, but a
    /// calendar is made from what the tab holds) never reaches the file raw.
    #[test]
    fn no_raw_control_character_reaches_the_file() {
        assert_eq!(escape("a\u{b}b\u{c}c\td\u{1}\u{7f}e"), "a\\nb\\nc\tde");
        let mut r = memo_register();
        r.entries[0].name.push_str("\u{1}\u{1b}[31m");
        let all: Vec<usize> = (0..r.entries.len()).collect();
        let file = calendar(&r, &all, &SV, ORIGIN, stamp(), today());
        assert!(
            !file
                .text
                .chars()
                .any(|c| c.is_ascii_control() && !matches!(c, '\r' | '\n' | '\t')),
            "a raw control character in the file"
        );
    }

    #[test]
    fn an_entry_with_an_end_gives_the_end_and_the_renewal_six_months_before() {
        let r = memo_register();
        let i = r.position("ulf-sh").unwrap();
        let end = r.entries[i].validity.end().unwrap();
        let file = calendar(&r, &[i], &SV, ORIGIN, stamp(), today());
        assert_eq!((file.events, file.with_end), (2, 1));
        assert!(file.without_end.is_empty());
        let lines = unfolded(&file.text);
        let end_day = end.format("%Y%m%d").to_string();
        let renew = end.checked_sub_months(Months::new(6)).unwrap();
        let renew_day = renew.format("%Y%m%d").to_string();
        assert!(lines.contains(&format!("UID:slut-{end_day}-ulf-sh@example.se")));
        assert!(lines.contains(&format!("UID:fornya-{renew_day}-ulf-sh@example.se")));
        assert!(lines.contains(&format!("DTSTART;VALUE=DATE:{end_day}")));
        let name = escape(&r.entries[i].name);
        assert!(lines.contains(&format!("SUMMARY:Slutar: {name}")));
        assert!(lines.contains(&format!("SUMMARY:Dags att förnya: {name}")));
        assert!(lines.contains(&"DTSTAMP:20261202T053000Z".to_string()));
        assert!(lines.contains(&"URL:https://example.se/samverkan/?post=ulf-sh".to_string()));
        let description = lines
            .iter()
            .find(|l| l.starts_with("DESCRIPTION:"))
            .unwrap();
        assert!(
            description.contains(
                "Ansvarig förvaltning: Gymnasie- och arbetsmarknadsförvaltningen (GAF)\\n"
            ),
            "{description}"
        );
        assert!(description.contains("\\nKontaktperson: Pia Hasselrot\\, utvecklingsledare"));
        // The same entry and date give the same UIDs: importing twice updates.
        let again = calendar(&r, &[i], &SV, ORIGIN, stamp(), today());
        assert_eq!(again.text, file.text);
    }

    #[test]
    fn entries_without_an_end_give_no_event_and_are_reported() {
        let r = memo_register();
        let open: Vec<usize> = (0..r.entries.len())
            .filter(|&i| r.entries[i].validity.end().is_none())
            .collect();
        assert!(
            !open.is_empty(),
            "the memo has entries until further notice"
        );
        let file = calendar(&r, &open, &SV, ORIGIN, stamp(), today());
        assert_eq!(file.events, 0);
        assert_eq!(file.without_end, open);
        assert!(!file.text.contains("BEGIN:VEVENT"));
        // An index beyond the register is skipped, not a panic.
        let file = calendar(&r, &[usize::MAX], &SV, ORIGIN, stamp(), today());
        assert_eq!(file.events, 0);
    }

    #[test]
    fn english_words_the_events_and_links_keep_the_language() {
        let r = memo_register();
        let i = r.position("ulf-sh").unwrap();
        let origin = Origin {
            lang: Some(Lang::En),
            ..ORIGIN
        };
        let file = calendar(&r, &[i], &EN, origin, stamp(), today());
        let lines = unfolded(&file.text);
        assert!(lines.iter().any(|l| l.starts_with("SUMMARY:Ends: ")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("SUMMARY:Time to renew: ")));
        assert!(
            lines.contains(&"URL:https://example.se/samverkan/?post=ulf-sh&lang=en".to_string())
        );
    }

    #[test]
    fn a_renewal_day_that_has_passed_falls_on_the_next_working_day_and_never_after_the_end() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let end = day(2026, 12, 31);
        // Six months before the end, while that is still to come.
        assert_eq!(
            renewal_day(end, day(2026, 6, 1)),
            Some((day(2026, 6, 30), false))
        );
        // Passed: the next working day after the download. 2026-12-06 is a Sunday, the 4th a
        // Friday (so the weekend is skipped).
        assert_eq!(
            renewal_day(end, day(2026, 12, 6)),
            Some((day(2026, 12, 7), true))
        );
        assert_eq!(
            renewal_day(end, day(2026, 12, 4)),
            Some((day(2026, 12, 7), true))
        );
        assert_eq!(
            renewal_day(end, day(2026, 6, 30)),
            Some((day(2026, 7, 1), true))
        );
        // Not on or after the end itself: the end's own event says it.
        assert_eq!(renewal_day(end, day(2026, 12, 30)), None);
        assert_eq!(renewal_day(end, day(2027, 3, 1)), None);
    }

    #[test]
    fn every_event_carries_a_display_alarm_and_a_late_file_reports_the_entries_inside_six_months() {
        let r = memo_register();
        let i = r.position("mau-fys").unwrap();
        let late = NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let file = calendar(&r, &[i], &SV, ORIGIN, stamp(), late);
        assert_eq!(file.events, 2);
        assert_eq!(file.inside_renewal, vec![i]);
        let lines = unfolded(&file.text);
        assert!(
            lines.contains(&"DTSTART;VALUE=DATE:20261207".to_string()),
            "{lines:?}"
        );
        assert!(!lines.contains(&"DTSTART;VALUE=DATE:20260630".to_string()));
        let alarms = lines.iter().filter(|l| *l == "BEGIN:VALARM").count();
        assert_eq!(alarms, 2);
        assert_eq!(lines.iter().filter(|l| *l == "ACTION:DISPLAY").count(), 2);
        assert_eq!(lines.iter().filter(|l| *l == ALARM).count(), 2);
        // Each alarm says what its event says, and ends before its event does.
        let summaries: Vec<_> = lines.iter().filter(|l| l.starts_with("SUMMARY:")).collect();
        for s in summaries {
            let said = format!("DESCRIPTION:{}", &s["SUMMARY:".len()..]);
            assert!(lines.contains(&said), "{said}");
        }
        let end_alarm = lines.iter().position(|l| l == "END:VALARM").unwrap();
        let end_event = lines.iter().position(|l| l == "END:VEVENT").unwrap();
        assert!(end_alarm < end_event);
        // Made in time, nothing is inside its six months.
        let early = calendar(&r, &[i], &SV, ORIGIN, stamp(), today());
        assert!(early.inside_renewal.is_empty());
    }
}
