//! Dates and times as content writes them (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`,
//! `HH:MM`; UK local time): one parser for the content checks and the pages.
//! How a date is written on a page is `format`'s business.

/// A date and time split into numbers; a date alone is at midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateTime {
    pub year: u32,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl DateTime {
    /// A date, or a date and time.
    pub fn parse(s: &str) -> Option<DateTime> {
        if s.contains('T') {
            DateTime::parse_date_time(s)
        } else {
            DateTime::parse_date(s)
        }
    }

    /// `YYYY-MM-DD` with a real month and day.
    pub fn parse_date(s: &str) -> Option<DateTime> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| {
            let part = s.get(r)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse::<u32>().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days).contains(&day).then_some(DateTime {
            year,
            month,
            day,
            hour: 0,
            minute: 0,
        })
    }

    /// `YYYY-MM-DDTHH:MM`.
    pub fn parse_date_time(s: &str) -> Option<DateTime> {
        let (date, time) = s.split_once('T')?;
        let (hour, minute) = parse_time(time)?;
        Some(DateTime {
            hour,
            minute,
            ..DateTime::parse_date(date)?
        })
    }
}

/// `HH:MM` on the 24-hour clock, as hour and minute.
pub fn parse_time(s: &str) -> Option<(u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 5
        || b[2] != b':'
        || !s[..2]
            .bytes()
            .chain(s[3..].bytes())
            .all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let (hour, minute) = (s[..2].parse().ok()?, s[3..].parse().ok()?);
    (hour < 24 && minute < 60).then_some((hour, minute))
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_iso_date(s: &str) -> bool {
    DateTime::parse_date(s).is_some()
}

/// `YYYY-MM-DDTHH:MM`, UK local time.
pub fn is_iso_date_time(s: &str) -> bool {
    DateTime::parse_date_time(s).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_times_and_both() {
        assert!(is_iso_date("2025-12-09"));
        assert!(is_iso_date("2024-02-29"));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "25-12-09",
            "2025-12-+9",
            "2025/12/09",
            "",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
        assert!(is_iso_date_time("2025-12-09T23:59"));
        for bad in [
            "2025-12-09",
            "2025-12-09T24:00",
            "2025-12-09T23:60",
            "2025-12-09T9:30",
            "2025-12-09T+9:30",
        ] {
            assert!(!is_iso_date_time(bad), "{bad}");
        }
        assert_eq!(parse_time("07:30"), Some((7, 30)));
        assert_eq!(parse_time("7:30"), None);
        let d = DateTime::parse("2025-04-01").unwrap();
        assert_eq!(
            (d.year, d.month, d.day, d.hour, d.minute),
            (2025, 4, 1, 0, 0)
        );
        assert_eq!(DateTime::parse("2025-04-01T12:05").unwrap().minute, 5);
        assert!(DateTime::parse("2025-04-01T").is_none());
    }
}
