//! How numbers and dates are written on the page (NHS style: "£31,049", "9 December 2025").

/// Whole pounds with thousands separators: `£46,764`.
pub fn pounds(amount: u32) -> String {
    format!("£{}", thousands(amount))
}

/// A whole number with thousands separators: `1,024`.
pub fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A number as people write it, to at most two decimal places and with no
/// trailing zeros: `37.5`, `22`, `22.33`. Worked out in whole hundredths, so
/// a part's program carries no floating-point formatting (a large share of
/// its size for a few numbers on the page).
pub fn decimal(x: f64) -> String {
    let hundredths = (x.abs() * 100.0).round() as u64;
    let sign = if x < 0.0 && hundredths > 0 { "-" } else { "" };
    let (whole, part) = (hundredths / 100, hundredths % 100);
    match part {
        0 => format!("{sign}{whole}"),
        _ if part % 10 == 0 => format!("{sign}{whole}.{}", part / 10),
        _ => format!("{sign}{whole}.{part:02}"),
    }
}

/// Reads a number as people type one (`22.5`, `+7`, `.5`): digits with at
/// most one decimal point and an optional sign, as Rust's own parser reads
/// them, but none of its exponents, infinities or the tables behind them
/// (about 10 KB of each part's program that could not be compressed).
pub fn read_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, part) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + part.len() == 0
        || whole.len() + part.len() > 15
        || !all_digits(whole)
        || !all_digits(part)
    {
        return None;
    }
    let number = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
    let value = number(whole) as f64 + number(part) as f64 / 10u64.pow(part.len() as u32) as f64;
    Some(if negative { -value } else { value })
}

/// A title as it reads inside a sentence: "Add registered nurse". Only the
/// first letter is lowered, and not at all when the first word is an
/// abbreviation ("GP practice" stays as it is), so a name or an abbreviation
/// later in the title keeps its capitals. ASCII only, as Rust's own
/// `to_lowercase` brings Unicode's case tables (about 11 KB) into every part
/// that uses it; a title starting with another letter is left as written.
pub fn in_sentence(title: &str) -> String {
    let first_word = title.split(' ').next().unwrap_or("");
    let abbreviation = first_word.len() > 1 && first_word.bytes().all(|b| !b.is_ascii_lowercase());
    let mut out = title.to_owned();
    if !abbreviation {
        if let Some(first) = out.get_mut(..1) {
            first.make_ascii_lowercase();
        }
    }
    out
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `7:30am`, as the NHS writes times, for an hour and minute on the 24-hour clock.
pub fn time_text(hour: u32, minute: u32) -> String {
    let (h, suffix) = match hour {
        0 => (12, "am"),
        1..=11 => (hour, "am"),
        12 => (12, "pm"),
        _ => (hour - 12, "pm"),
    };
    if minute == 0 {
        format!("{h}{suffix}")
    } else {
        format!("{h}:{minute:02}{suffix}")
    }
}

/// Content's date and time (one parser, in `content`); written out here.
pub use crate::content::DateTime;

impl DateTime {
    /// `9 December 2025`.
    pub fn long_date(&self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[(self.month - 1) as usize],
            self.year
        )
    }

    /// `11:59pm`, as the NHS writes times.
    pub fn time_of_day(&self) -> String {
        time_text(self.hour, self.minute)
    }

    /// The same moment written as ISO 8601 with the UK's offset from UTC
    /// (`2025-12-09T23:59:00+00:00`; `+01:00` in British Summer Time), for
    /// machines that read it without knowing it is UK time (search engines).
    pub fn iso_uk(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:00{}",
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            if self.is_summer_time() {
                "+01:00"
            } else {
                "+00:00"
            }
        )
    }

    /// `2025-12-09`.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// British Summer Time: from 1am GMT on the last Sunday of March (clocks
    /// go to 2am) to 1am GMT on the last Sunday of October (2am BST). The hour
    /// that happens twice in October is read as summer time.
    fn is_summer_time(&self) -> bool {
        self.in_summer_time(2)
    }

    /// Whether this time, on a clock that reads GMT until the change in March,
    /// falls in British Summer Time when the October change is at `october_hour`
    /// on that clock (2 on UK clocks, which read BST by then; 1 on a UTC clock).
    fn in_summer_time(&self, october_hour: u32) -> bool {
        let (start, end) = summer_time_sundays(self.year);
        match self.month {
            4..=9 => true,
            3 => self.day > start || (self.day == start && self.hour >= 1),
            10 => self.day < end || (self.day == end && self.hour < october_hour),
            _ => false,
        }
    }

    /// The UK date and time at `millis` milliseconds since 1970-01-01 UTC
    /// (what the browser's `Date.now()` gives), by the rules of
    /// [`DateTime::iso_uk`]. Worked out here rather than with the browser's
    /// `Intl` time zone data, whose first use costs a slow phone a long task
    /// on its main thread. The rules
    /// are the UK's since 1996; if Parliament changes them, change them here
    /// (a component test compares this with the browser's own data).
    pub fn uk_at(millis: f64) -> DateTime {
        let minutes = (millis / 60_000.0).floor() as i64;
        let utc = DateTime::from_minutes(minutes);
        if utc.in_summer_time(1) {
            DateTime::from_minutes(minutes + 60)
        } else {
            utc
        }
    }

    /// The first moment, in milliseconds since 1970-01-01 UTC, at which UK
    /// time reaches this date and time: when a vacancy closing now counts as
    /// closed ([`Closing::at`]). A page built in advance carries it, so the
    /// start script can mark what has closed by comparing it with `Date.now()`,
    /// with no program and no time zone rules of its own.
    pub fn reached_at_millis(&self) -> f64 {
        let as_utc = self.day_number() * 1440 + i64::from(self.hour * 60 + self.minute);
        // UK time is UTC or an hour ahead, so the moment is within the hour before.
        let first = (as_utc - 60..=as_utc)
            .find(|m| DateTime::uk_at(*m as f64 * 60_000.0) >= *self)
            .unwrap_or(as_utc);
        first as f64 * 60_000.0
    }

    /// Midnight at the start of the next day: the first moment after a
    /// period that ends on this day.
    pub fn next_midnight(&self) -> DateTime {
        DateTime::from_minutes((self.day_number() + 1) * 1440)
    }

    /// The date and time `minutes` after 1970-01-01 00:00.
    fn from_minutes(minutes: i64) -> DateTime {
        let (days, minute_of_day) = (minutes.div_euclid(1440), minutes.rem_euclid(1440));
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        DateTime {
            year: year as u32,
            month: month as u32,
            day: day as u32,
            hour: (minute_of_day / 60) as u32,
            minute: (minute_of_day % 60) as u32,
        }
    }

    /// Days since 1970-01-01, for whole-day differences.
    fn day_number(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

/// The days of March and October on which British Summer Time starts and ends
/// in `year`: the last Sunday of each.
fn summer_time_sundays(year: u32) -> (u32, u32) {
    let last_sunday = |month: u32| {
        let last = DateTime {
            year,
            month,
            day: 31,
            hour: 0,
            minute: 0,
        };
        // 1970-01-01 was a Thursday: 0 = Sunday.
        let weekday = (last.day_number() + 4).rem_euclid(7) as u32;
        31 - weekday
    };
    (last_sunday(3), last_sunday(10))
}

/// How many days ahead [`Closing::changes`] gives the moments a post's
/// words change: two months, far more than the day between two builds.
pub const CHANGES_AHEAD_DAYS: i64 = 62;

/// Where a closing date stands against now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    Closed,
    ClosesToday,
    ClosesInDays(u32),
}

impl Closing {
    pub fn at(closing: &DateTime, now: &DateTime) -> Closing {
        if now >= closing {
            return Closing::Closed;
        }
        // Closing at midnight means the end of the day before.
        let last_day = closing.day_number() - i64::from(closing.hour == 0 && closing.minute == 0);
        match last_day - now.day_number() {
            0 => Closing::ClosesToday,
            n => Closing::ClosesInDays(n as u32),
        }
    }

    pub fn is_closed(self) -> bool {
        self == Closing::Closed
    }

    /// [`Closing::changes`] for a page built at `now`: over the whole run-up
    /// to closing ([`CHANGES_AHEAD_DAYS`]), or from `now` on for a post that
    /// closes further ahead, so the page says the right thing whenever it is
    /// read, not only after it was built.
    pub fn changes_for_page(closing: &DateTime, now: &DateTime) -> Vec<(f64, Closing)> {
        let run_up = DateTime::from_minutes((closing.day_number() - CHANGES_AHEAD_DAYS) * 1440);
        Closing::changes(closing, now.min(&run_up))
    }

    /// Where a post closing at `closing` stands from `from` on, as the
    /// moments the answer changes: each is (milliseconds since 1970 UTC, as
    /// [`DateTime::reached_at_millis`]; where it stands from then on), the
    /// first at `from`, then each UK midnight, the last the moment it closes.
    /// A page built at `from` carries them, so the start script can say on a
    /// later day what the app would, with no rules of its own.
    pub fn changes(closing: &DateTime, from: &DateTime) -> Vec<(f64, Closing)> {
        let mut all = vec![(from.reached_at_millis(), Closing::at(closing, from))];
        if all[0].1.is_closed() {
            return all;
        }
        let mut day = from.day_number() + 1;
        loop {
            let midnight = DateTime::from_minutes(day * 1440);
            // Pages are built again each day vacancies are listed (README):
            // a post that closes years ahead needs no moment for every day.
            if midnight >= *closing || day > from.day_number() + CHANGES_AHEAD_DAYS {
                break;
            }
            all.push((
                midnight.reached_at_millis(),
                Closing::at(closing, &midnight),
            ));
            day += 1;
        }
        all.push((closing.reached_at_millis(), Closing::Closed));
        all
    }

    pub fn label(self) -> String {
        match self {
            Closing::Closed => "Closed".to_owned(),
            Closing::ClosesToday => "Closes today".to_owned(),
            Closing::ClosesInDays(1) => "Closes tomorrow".to_owned(),
            Closing::ClosesInDays(n) => format!("Closes in {n} days"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_writes_at_most_two_places_without_trailing_zeros() {
        for (x, text) in [
            (37.5, "37.5"),
            (22.0, "22"),
            (22.333, "22.33"),
            (7.05, "7.05"),
            (0.5, "0.5"),
            (0.0, "0"),
            (-3.25, "-3.25"),
            (-0.001, "0"),
            (1.999, "2"),
        ] {
            assert_eq!(decimal(x), text, "{x}");
        }
    }

    #[test]
    fn read_decimal_reads_what_rusts_parser_reads_in_plain_digits() {
        for text in [
            "22.5",
            "37",
            "+7",
            "-1",
            ".5",
            "5.",
            "007.50",
            "1.125",
            "123456789012345",
        ] {
            assert_eq!(
                read_decimal(text),
                Some(text.parse::<f64>().unwrap()),
                "{text}"
            );
        }
        for text in [
            "",
            ".",
            "+",
            "-",
            "1e3",
            "inf",
            "NaN",
            "22,5",
            "1.2.3",
            " 1",
            "1 ",
            "--1",
            "+-1",
            "1234567890123456",
        ] {
            assert_eq!(read_decimal(text), None, "{text}");
        }
    }

    #[test]
    fn in_sentence_lowers_only_a_first_letter_that_is_not_an_abbreviation() {
        assert_eq!(in_sentence("Registered nurse"), "registered nurse");
        assert_eq!(
            in_sentence("Roles in prison healthcare"),
            "roles in prison healthcare"
        );
        assert_eq!(in_sentence("About 3 miles"), "about 3 miles");
        assert_eq!(in_sentence("GP practice nurse"), "GP practice nurse");
        assert_eq!(in_sentence("Nurse (RMN) in Kent"), "nurse (RMN) in Kent");
        assert_eq!(in_sentence("Émile's role"), "Émile's role");
        assert_eq!(in_sentence(""), "");
        assert_eq!(in_sentence("A"), "a");
    }

    /// What the start script reads from a built page's moments is what the
    /// app would say at that moment: every half hour for ten weeks after a
    /// build, for closing times either side of both clock changes, at
    /// midnight and at a minute to. (Not a closing time inside the hour that
    /// October's change repeats: there the moments say closed from its first
    /// pass on, where comparing clock readings would say open again for the
    /// second.)
    #[test]
    fn the_moments_a_label_changes_say_what_the_app_would() {
        let builds = ["2026-03-20T09:15", "2026-10-20T23:59", "2026-12-31T00:00"];
        let closings = [
            "2026-03-29T00:00",
            "2026-04-02T23:59",
            "2026-10-25T09:00",
            "2026-11-10T12:00",
            "2027-01-05T00:00",
            "2099-12-31T23:59",
        ];
        for build in builds {
            let from = DateTime::parse(build).unwrap();
            for closing in closings {
                let closing = DateTime::parse(closing).unwrap();
                let changes = Closing::changes(&closing, &from);
                assert!(
                    changes.windows(2).all(|w| w[0].0 < w[1].0),
                    "{build} {closing:?}: {changes:?}"
                );
                let start = from.reached_at_millis();
                assert!(
                    changes.len() as i64 <= CHANGES_AHEAD_DAYS + 2,
                    "{closing:?}: {} moments",
                    changes.len()
                );
                for step in 0..(CHANGES_AHEAD_DAYS as u32 * 48) {
                    let at = start + f64::from(step) * 30.0 * 60_000.0;
                    let read = changes.iter().rev().find(|(t, _)| *t <= at).unwrap().1;
                    assert_eq!(
                        read,
                        Closing::at(&closing, &DateTime::uk_at(at)),
                        "{build} {closing:?} at {:?}",
                        DateTime::uk_at(at)
                    );
                }
                let last = changes.last().unwrap();
                assert!(last.1.is_closed());
            }
        }
    }

    /// A page built after the run-up to closing began still says what the
    /// app would have said on each day of it; one built long before closes
    /// covers the two months from its build.
    #[test]
    fn a_pages_moments_cover_the_run_up_to_closing_whenever_it_was_built() {
        let closing = DateTime::parse("2025-12-09T23:59").unwrap();
        for built in ["2025-12-06T10:00", "2026-12-02T15:00"] {
            let changes = Closing::changes_for_page(&closing, &DateTime::parse(built).unwrap());
            let at = |s: &str| DateTime::parse(s).unwrap().reached_at_millis();
            let read = |t: f64| {
                changes
                    .iter()
                    .rev()
                    .find(|(from, _)| *from <= t)
                    .map(|c| c.1)
            };
            assert_eq!(
                read(at("2025-12-06T10:00")),
                Some(Closing::ClosesInDays(3)),
                "built {built}"
            );
            assert_eq!(
                read(at("2025-12-09T23:30")),
                Some(Closing::ClosesToday),
                "built {built}"
            );
            assert_eq!(
                read(at("2025-12-09T23:59")),
                Some(Closing::Closed),
                "built {built}"
            );
            assert_eq!(
                read(at("2025-10-09T12:00")),
                Some(Closing::ClosesInDays(61)),
                "built {built}"
            );
        }
        let far = DateTime::parse("2099-12-31T23:59").unwrap();
        let now = DateTime::parse("2026-12-02T15:00").unwrap();
        assert_eq!(
            Closing::changes_for_page(&far, &now)[0].0,
            now.reached_at_millis()
        );
    }

    #[test]
    fn a_closing_moment_is_when_the_uk_rule_first_says_closed() {
        // Every half hour of two years, the summer time changes included: a
        // minute before the moment it is open, at the moment it is closed,
        // by the same rule the pages use.
        let start = DateTime::parse("2026-01-01T00:00")
            .unwrap()
            .reached_at_millis();
        for step in 0..(2 * 366 * 48) {
            let closing = DateTime::uk_at(start + f64::from(step) * 30.0 * 60_000.0);
            let at = closing.reached_at_millis();
            assert!(
                Closing::at(&closing, &DateTime::uk_at(at)).is_closed(),
                "{closing:?}"
            );
            assert!(
                !Closing::at(&closing, &DateTime::uk_at(at - 60_000.0)).is_closed(),
                "{closing:?}"
            );
        }
        // Winter is UTC; summer an hour ahead; a time skipped in March closes
        // when the clocks pass it.
        let ms = |s: &str| DateTime::parse(s).unwrap().reached_at_millis();
        assert_eq!(ms("2025-12-09T23:59"), 1_765_324_740_000.0);
        assert_eq!(ms("2026-07-01T12:00"), 1_782_903_600_000.0);
        assert_eq!(ms("2026-03-29T01:30"), ms("2026-03-29T02:00"));
    }

    #[test]
    fn pounds_have_separators() {
        assert_eq!(pounds(0), "£0");
        assert_eq!(pounds(999), "£999");
        assert_eq!(pounds(1000), "£1,000");
        assert_eq!(pounds(46764), "£46,764");
        assert_eq!(pounds(1_234_567), "£1,234,567");
    }

    #[test]
    fn dates_read_and_write() {
        let d = DateTime::parse("2025-12-09T23:59").unwrap();
        assert_eq!(d.long_date(), "9 December 2025");
        assert_eq!(d.time_of_day(), "11:59pm");
        assert_eq!(DateTime::parse("2025-04-01").unwrap().time_of_day(), "12am");
        assert_eq!(
            DateTime::parse("2025-04-01T12:00").unwrap().time_of_day(),
            "12pm"
        );
        assert_eq!(
            DateTime::parse("2025-04-01T07:30").unwrap().time_of_day(),
            "7:30am"
        );
        assert!(DateTime::parse("2025-02-30").is_none());
        assert!(DateTime::parse("2025-12-09T24:00").is_none());
    }

    #[test]
    fn closing_dates_compare_with_now() {
        let closing = DateTime::parse("2025-12-09T23:59").unwrap();
        let at = |s| Closing::at(&closing, &DateTime::parse(s).unwrap());
        assert_eq!(at("2026-11-22T10:00"), Closing::Closed);
        assert_eq!(at("2025-12-10T00:00"), Closing::Closed);
        assert_eq!(at("2025-12-09T23:59"), Closing::Closed);
        assert_eq!(at("2025-12-09T09:00"), Closing::ClosesToday);
        assert_eq!(at("2025-12-08T23:00"), Closing::ClosesInDays(1));
        assert_eq!(at("2025-11-30T12:00"), Closing::ClosesInDays(9));
        assert_eq!(at("2024-12-31T12:00"), Closing::ClosesInDays(343));
        assert_eq!(Closing::ClosesInDays(3).label(), "Closes in 3 days");
    }

    #[test]
    fn uk_time_from_the_clock() {
        let at = |iso: &str| {
            let utc = DateTime::parse(iso).unwrap();
            let millis =
                (utc.day_number() * 1440 + i64::from(utc.hour * 60 + utc.minute)) as f64 * 60_000.0;
            let t = DateTime::uk_at(millis + 30_000.0);
            format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                t.year, t.month, t.day, t.hour, t.minute
            )
        };
        // Clocks go forward at 01:00 GMT on 29 March 2026...
        assert_eq!(at("2026-03-29T00:59"), "2026-03-29T00:59");
        assert_eq!(at("2026-03-29T01:00"), "2026-03-29T02:00");
        // ...and back at 01:00 GMT on 25 October 2026.
        assert_eq!(at("2026-10-25T00:59"), "2026-10-25T01:59");
        assert_eq!(at("2026-10-25T01:00"), "2026-10-25T01:00");
        // Midnight: in winter UK time is UTC; in summer the UK day starts an hour earlier.
        assert_eq!(at("2025-12-09T23:59"), "2025-12-09T23:59");
        assert_eq!(at("2025-06-09T23:30"), "2025-06-10T00:30");
        assert_eq!(at("2025-06-30T23:30"), "2025-07-01T00:30");
        assert_eq!(at("2027-12-31T23:59"), "2027-12-31T23:59");
        // A leap day, the epoch and a century that is a leap year.
        assert_eq!(at("2028-02-29T12:00"), "2028-02-29T12:00");
        assert_eq!(at("1970-01-01T00:00"), "1970-01-01T00:00");
        assert_eq!(at("2000-02-29T00:00"), "2000-02-29T00:00");
        // Every day for forty years comes back as itself at noon (UTC and UK
        // noon are on the same day), so the calendar arithmetic holds.
        let mut day = DateTime::parse("2020-01-01T12:00").unwrap();
        for _ in 0..(40 * 366) {
            let millis = (day.day_number() * 1440 + 720) as f64 * 60_000.0;
            let uk = DateTime::uk_at(millis);
            assert_eq!((uk.year, uk.month, uk.day), (day.year, day.month, day.day));
            assert_eq!(uk.hour, if day.is_summer_time() { 13 } else { 12 });
            day = DateTime::from_minutes((day.day_number() + 1) * 1440 + 720);
        }
    }

    #[test]
    fn uk_times_carry_their_offset() {
        let iso = |s| DateTime::parse(s).unwrap().iso_uk();
        assert_eq!(iso("2025-12-09T23:59"), "2025-12-09T23:59:00+00:00");
        assert_eq!(iso("2025-07-01T09:30"), "2025-07-01T09:30:00+01:00");
        // 2025: summer time from 30 March to 26 October; 2026: 29 March to 25 October.
        assert_eq!(iso("2025-03-30T00:30"), "2025-03-30T00:30:00+00:00");
        assert_eq!(iso("2025-03-30T02:00"), "2025-03-30T02:00:00+01:00");
        assert_eq!(iso("2025-03-29T12:00"), "2025-03-29T12:00:00+00:00");
        assert_eq!(iso("2025-10-26T00:30"), "2025-10-26T00:30:00+01:00");
        assert_eq!(iso("2025-10-26T02:00"), "2025-10-26T02:00:00+00:00");
        assert_eq!(iso("2026-03-29T12:00"), "2026-03-29T12:00:00+01:00");
        assert_eq!(iso("2026-03-28T12:00"), "2026-03-28T12:00:00+00:00");
        assert_eq!(iso("2026-10-25T12:00"), "2026-10-25T12:00:00+00:00");
        assert_eq!(iso("2026-10-24T23:59"), "2026-10-24T23:59:00+01:00");
        assert_eq!(
            DateTime::parse("2026-01-05").unwrap().iso_date(),
            "2026-01-05"
        );
    }

    #[test]
    fn closing_around_midnight() {
        let closing = DateTime::parse("2025-12-09T23:59").unwrap();
        let at = |s| Closing::at(&closing, &DateTime::parse(s).unwrap());
        assert_eq!(at("2025-12-09T00:00"), Closing::ClosesToday);
        assert_eq!(at("2025-12-09T23:58"), Closing::ClosesToday);
        assert_eq!(at("2025-12-08T23:59"), Closing::ClosesInDays(1));
        assert_eq!(Closing::ClosesInDays(1).label(), "Closes tomorrow");
        // A post closing at midnight has closed once that day begins.
        let midnight = DateTime::parse("2025-12-10T00:00").unwrap();
        assert_eq!(
            Closing::at(&midnight, &DateTime::parse("2025-12-10T00:00").unwrap()),
            Closing::Closed
        );
        assert_eq!(
            Closing::at(&midnight, &DateTime::parse("2025-12-09T23:59").unwrap()),
            Closing::ClosesToday
        );
        assert_eq!(
            Closing::at(&midnight, &DateTime::parse("2025-12-08T12:00").unwrap()),
            Closing::ClosesInDays(1)
        );
    }
}
