//! Vacancies against today's date: which are open, and in what order the
//! vacancy list and a role's page show them. One rule for both.

use crate::content::excerpt::VacancyClosing;
use crate::content::Vacancy;
use crate::domain::format::{Closing, DateTime};
use crate::domain::order;

/// What has a closing date: a whole vacancy, or the quiz's results' excerpt
/// of one (`content::excerpt`), so both are put in order by one rule.
pub trait Closes: Clone {
    /// As the content gives it (`content::DateTime::parse` reads it).
    fn closing(&self) -> &str;
}

impl Closes for Vacancy {
    fn closing(&self) -> &str {
        &self.closing
    }
}

impl Closes for VacancyClosing {
    fn closing(&self) -> &str {
        &self.closing
    }
}

/// A vacancy with where its closing date stands today.
#[derive(Clone, Debug, PartialEq)]
pub struct Listing<V = Vacancy> {
    pub vacancy: V,
    pub closing: Closing,
    /// The closing date, when it can be read.
    pub at: Option<DateTime>,
}

impl<V: Closes> Listing<V> {
    /// An unreadable closing date counts as closed, never as open.
    pub fn of(vacancy: &V, today: &DateTime) -> Listing<V> {
        let at = DateTime::parse(vacancy.closing());
        Listing {
            vacancy: vacancy.clone(),
            closing: at.map_or(Closing::Closed, |at| Closing::at(&at, today)),
            at,
        }
    }

    pub fn is_open(&self) -> bool {
        !self.closing.is_closed()
    }

    /// `9 December 2025 at 11:59pm`, or "not known".
    pub fn closing_text(&self) -> String {
        self.at
            .map(|a| format!("{} at {}", a.long_date(), a.time_of_day()))
            .unwrap_or_else(|| "not known".to_owned())
    }
}

/// Open first, soonest closing first; then closed, most recently closed first,
/// with any unreadable date last.
pub fn in_order<'a, V: Closes + 'a>(
    vacancies: impl IntoIterator<Item = &'a V>,
    today: &DateTime,
) -> Vec<Listing<V>> {
    let mut all: Vec<Listing<V>> = vacancies
        .into_iter()
        .map(|v| Listing::of(v, today))
        .collect();
    order::sort_by(&mut all, |a, b| match (a.is_open(), b.is_open()) {
        (true, false) => std::cmp::Ordering::Less,
        (false, true) => std::cmp::Ordering::Greater,
        (true, true) => a.at.cmp(&b.at),
        (false, false) => b.at.cmp(&a.at),
    });
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vacancy(id: &str, closing: &str) -> Vacancy {
        let mut v = crate::content::published::<crate::content::Vacancies>("vacancies.json")
            .vacancies[0]
            .clone();
        v.id = id.into();
        v.closing = closing.into();
        v
    }

    #[test]
    fn open_soonest_first_then_closed_latest_first_and_unreadable_last() {
        let today = DateTime::parse("2026-05-01T12:00").unwrap();
        let all = [
            vacancy("closed-early", "2026-01-10T23:59"),
            vacancy("unreadable", "soon"),
            vacancy("open-later", "2026-06-01T23:59"),
            vacancy("closed-late", "2026-04-30T23:59"),
            vacancy("open-soon", "2026-05-02T23:59"),
        ];
        let order: Vec<_> = in_order(&all, &today)
            .into_iter()
            .map(|l| l.vacancy.id)
            .collect();
        assert_eq!(
            order,
            [
                "open-soon",
                "open-later",
                "closed-late",
                "closed-early",
                "unreadable"
            ]
        );
        let unreadable = Listing::of(&all[1], &today);
        assert!(!unreadable.is_open());
        assert_eq!(unreadable.closing_text(), "not known");
        assert_eq!(
            Listing::of(&all[4], &today).closing_text(),
            "2 May 2026 at 11:59pm"
        );
    }
}
