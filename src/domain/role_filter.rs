//! The filters on the list of roles, read from and written to the URL query so
//! that a filtered list can be shared and Back undoes a change.

use crate::content::{Band, Role};
use crate::domain::query::Query;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Clinical,
    NonClinical,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RoleFilter {
    pub kind: Option<Kind>,
    /// `Some(true)`: only roles that need a professional registration.
    pub registration: Option<bool>,
    pub band_from: Option<Band>,
    pub band_to: Option<Band>,
}

impl Kind {
    pub const ALL: [Kind; 2] = [Kind::Clinical, Kind::NonClinical];

    /// The word for it in the URL.
    pub fn value(self) -> &'static str {
        match self {
            Kind::Clinical => "clinical",
            Kind::NonClinical => "non-clinical",
        }
    }

    pub fn from_value(value: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.value() == value)
    }
}

/// The words in the URL for whether a role needs a registration.
pub fn registration_value(needed: bool) -> &'static str {
    if needed {
        "needed"
    } else {
        "not-needed"
    }
}

pub fn registration_from_value(value: &str) -> Option<bool> {
    [true, false]
        .into_iter()
        .find(|r| registration_value(*r) == value)
}

pub const KIND: &str = "type";
pub const REGISTRATION: &str = "registration";
pub const BAND_FROM: &str = "band-from";
pub const BAND_TO: &str = "band-to";

/// A filter's name as the page labels it, for saying what was ignored.
fn filter_name(key: &str) -> &'static str {
    match key {
        KIND => "type of role",
        REGISTRATION => "qualifications and registration",
        BAND_FROM => "lowest band",
        _ => "highest band",
    }
}

impl RoleFilter {
    /// Reads the query. Values it does not know are ignored, never guessed at,
    /// and reported by the name of their filter in our own words: never the
    /// value itself, which is whatever the link's author wrote.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (RoleFilter, Vec<&'static str>) {
        let mut filter = RoleFilter::default();
        let mut ignored = Vec::new();
        for (key, value) in pairs {
            let ok = match key {
                KIND => {
                    filter.kind = Kind::from_value(value);
                    filter.kind.is_some() || value.is_empty()
                }
                REGISTRATION => {
                    filter.registration = registration_from_value(value);
                    filter.registration.is_some() || value.is_empty()
                }
                BAND_FROM => {
                    filter.band_from = Band::from_code(value);
                    filter.band_from.is_some() || value.is_empty()
                }
                BAND_TO => {
                    filter.band_to = Band::from_code(value);
                    filter.band_to.is_some() || value.is_empty()
                }
                _ => true,
            };
            if !ok {
                crate::domain::query::note_ignored(&mut ignored, filter_name(key));
            }
        }
        // A reversed range is read the way round that makes sense.
        if let (Some(from), Some(to)) = (filter.band_from, filter.band_to) {
            if from > to {
                filter.band_from = Some(to);
                filter.band_to = Some(from);
            }
        }
        (filter, ignored)
    }

    /// The query string for this filter, without `?`; empty when nothing is set.
    pub fn to_query(&self) -> String {
        Query::default()
            .maybe(KIND, self.kind.map(Kind::value))
            .maybe(REGISTRATION, self.registration.map(registration_value))
            .maybe(BAND_FROM, self.band_from.map(Band::code))
            .maybe(BAND_TO, self.band_to.map(Band::code))
            .finish()
    }

    pub fn is_empty(&self) -> bool {
        *self == RoleFilter::default()
    }

    /// A role matches when its usual band range overlaps the chosen one.
    pub fn matches(&self, role: &Role) -> bool {
        let kind_ok = match self.kind {
            None => true,
            Some(Kind::Clinical) => role.clinical,
            Some(Kind::NonClinical) => !role.clinical,
        };
        let reg_ok = self
            .registration
            .is_none_or(|needed| role.needs_registration() == needed);
        let from_ok = self.band_from.is_none_or(|from| role.band.to >= from);
        let to_ok = self.band_to.is_none_or(|to| role.band.from <= to);
        kind_ok && reg_ok && from_ok && to_ok
    }

    pub fn apply<'a>(&self, roles: &'a [Role]) -> Vec<&'a Role> {
        roles.iter().filter(|r| self.matches(r)).collect()
    }
}

/// "Band 5" or "Band 5 to 6".
pub fn band_range_label(role: &Role) -> String {
    if role.band.from == role.band.to {
        role.band.from.label().to_owned()
    } else {
        format!("{} to {}", role.band.from.label(), role.band.to.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{BandRange, Criteria, PatientContact, Registration, Source};

    fn role(id: &str, clinical: bool, reg: bool, from: Band, to: Band) -> Role {
        Role {
            id: id.into(),
            title: id.into(),
            summary: String::new(),
            clinical,
            registration: if reg { vec![Registration::Nmc] } else { vec![] },
            band: BandRange {
                from,
                to,
                source: Source("facts:x".into()),
            },
            patient_contact: PatientContact::Some,
            what: vec![],
            who: vec![],
            where_: vec![],
            skills: vec![],
            values: vec![],
            qualifications: Criteria::default(),
            experience: Criteria::default(),
            abilities: Criteria::default(),
            entry_routes: vec![],
            leads_to: vec![],
            settings: vec![],
            source: vec![],
        }
    }

    fn roles() -> Vec<Role> {
        vec![
            role("hca", true, false, Band::B2, Band::B3),
            role("admin", false, false, Band::B3, Band::B4),
            role("nurse", true, true, Band::B5, Band::B5),
            role("mhn", true, true, Band::B5, Band::B6),
            role("np", true, true, Band::B7, Band::B7),
        ]
    }

    fn ids(f: &RoleFilter) -> Vec<String> {
        let all = roles();
        f.apply(&all).iter().map(|r| r.id.clone()).collect()
    }

    fn query(q: &str) -> (RoleFilter, Vec<&'static str>) {
        let pairs: Vec<(&str, &str)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect();
        RoleFilter::from_query(pairs)
    }

    #[test]
    fn no_filter_shows_everything() {
        assert_eq!(ids(&RoleFilter::default()).len(), 5);
    }

    #[test]
    fn filters_by_kind_registration_and_band_overlap() {
        assert_eq!(ids(&query("type=non-clinical").0), ["admin"]);
        assert_eq!(ids(&query("registration=not-needed").0), ["hca", "admin"]);
        assert_eq!(ids(&query("band-from=6").0), ["mhn", "np"]);
        assert_eq!(ids(&query("band-to=3").0), ["hca", "admin"]);
        assert_eq!(
            ids(&query("band-from=4&band-to=5").0),
            ["admin", "nurse", "mhn"]
        );
        assert_eq!(
            ids(&query("type=clinical&registration=needed&band-to=5").0),
            ["nurse", "mhn"]
        );
        assert!(ids(&query("type=non-clinical&registration=needed").0).is_empty());
    }

    #[test]
    fn query_round_trips() {
        for q in [
            "",
            "type=clinical",
            "type=non-clinical&registration=needed&band-from=3&band-to=8a",
        ] {
            assert_eq!(query(q).0.to_query(), q);
        }
    }

    #[test]
    fn tampered_values_are_ignored_and_reported() {
        let (f, ignored) =
            query("type=surgeon&band-from=99&registration=<b>&page=2&type=Call+0800");
        assert!(f.is_empty());
        assert_eq!(
            ignored,
            [
                "type of role",
                "lowest band",
                "qualifications and registration"
            ]
        );
    }

    #[test]
    fn a_reversed_band_range_is_turned_round() {
        let (f, _) = query("band-from=7&band-to=3");
        assert_eq!((f.band_from, f.band_to), (Some(Band::B3), Some(Band::B7)));
    }

    #[test]
    fn band_labels() {
        let all = roles();
        assert_eq!(band_range_label(&all[0]), "Band 2 to 3");
        assert_eq!(band_range_label(&all[2]), "Band 5");
    }
}
