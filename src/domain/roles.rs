//! How a role's facts are put in words on the list, profile and comparison pages.

use crate::content::{Band, PatientContact, Pay, Role};
use crate::domain::format::pounds;

/// "Not needed", or "Needed: " and each registration that will do.
pub fn registration_label(role: &Role) -> String {
    if role.registration.is_empty() {
        "Not needed".to_owned()
    } else {
        let names: Vec<&str> = role.registration.iter().map(|r| r.label()).collect();
        format!("Needed: {}", names.join(" or "))
    }
}

pub fn patient_contact_label(contact: PatientContact) -> &'static str {
    match contact {
        PatientContact::MostOfTheDay => "Most of the day",
        PatientContact::Some => "Some",
        PatientContact::Little => "Little",
    }
}

/// "Band 5: £31,049, £33,487 or £37,796" for each band in the role's range.
pub fn pay_points(role: &Role, pay: &Pay) -> Vec<String> {
    Band::ALL
        .iter()
        .filter(|b| (role.band.from..=role.band.to).contains(b))
        .filter_map(|b| pay.band(*b))
        .map(|b| {
            let amounts: Vec<String> = b.points.iter().map(|p| pounds(*p)).collect();
            let list = match amounts.split_last() {
                Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
                _ => amounts.join(""),
            };
            format!("{}: {list} a year", b.band.label())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(id: &str) -> Role {
        crate::content::published::<crate::content::Roles>("roles.json")
            .get(id)
            .cloned()
            .unwrap()
    }

    #[test]
    fn registrations_in_words() {
        let mut r = role("registered-nurse");
        r.registration.clear();
        assert_eq!(registration_label(&r), "Not needed");
        let r = role("mental-health-practitioner");
        let label = registration_label(&r);
        assert!(label.starts_with("Needed: "), "{label}");
        assert_eq!(
            label.matches(" or ").count(),
            r.registration.len() - 1,
            "{label}"
        );
    }

    #[test]
    fn pay_points_list_each_band_in_the_range() {
        let pay: Pay = crate::content::published("pay.json");
        let mut r = role("registered-nurse");
        let band = pay.bands.iter().find(|b| b.points.len() > 2).unwrap();
        r.band.from = band.band;
        r.band.to = band.band;
        let lines = pay_points(&r, &pay);
        assert_eq!(lines.len(), 1);
        let amounts: Vec<String> = band.points.iter().map(|p| pounds(*p)).collect();
        let (last, rest) = amounts.split_last().unwrap();
        assert_eq!(
            lines[0],
            format!(
                "{}: {} or {last} a year",
                band.band.label(),
                rest.join(", ")
            )
        );
    }
}
