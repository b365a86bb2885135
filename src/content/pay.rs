use super::{
    content_type, ContentFile, ExternalLink, Finding, Named, Paragraph, Problem, Problems, Source,
};
use serde::{Deserialize, Serialize};

/// An Agenda for Change pay band.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Band {
    #[serde(rename = "2")]
    B2,
    #[serde(rename = "3")]
    B3,
    #[serde(rename = "4")]
    B4,
    #[serde(rename = "5")]
    B5,
    #[serde(rename = "6")]
    B6,
    #[serde(rename = "7")]
    B7,
    #[serde(rename = "8a")]
    B8a,
}

impl Band {
    pub const ALL: [Band; 7] = [
        Band::B2,
        Band::B3,
        Band::B4,
        Band::B5,
        Band::B6,
        Band::B7,
        Band::B8a,
    ];

    /// As the content and links write it: "6", "8a" (the JSON name; a test
    /// keeps the two the same).
    pub fn code(self) -> &'static str {
        match self {
            Band::B2 => "2",
            Band::B3 => "3",
            Band::B4 => "4",
            Band::B5 => "5",
            Band::B6 => "6",
            Band::B7 => "7",
            Band::B8a => "8a",
        }
    }

    /// The band a code names ("6", "8a"), if any.
    pub fn from_code(code: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|b| b.code() == code)
    }

    /// As people write it: "Band 6".
    pub fn label(self) -> &'static str {
        match self {
            Band::B2 => "Band 2",
            Band::B3 => "Band 3",
            Band::B4 => "Band 4",
            Band::B5 => "Band 5",
            Band::B6 => "Band 6",
            Band::B7 => "Band 7",
            Band::B8a => "Band 8a",
        }
    }
}

content_type! {
    /// One band's annual pay points for a full-time week, lowest first.
    pub struct PayBand {
        pub band: Band,
        pub points: Vec<u32>,
    }
}

content_type! {
    /// A high cost area supplement zone: a percentage of basic pay, with a
    /// minimum and a maximum, pro rata for part-time work.
    pub struct Supplement {
        pub id: String,
        pub name: String,
        pub percent: u32,
        pub minimum: u32,
        pub maximum: u32,
    }
}

content_type! {
    /// A benefit of the job, from the careers page.
    pub struct Benefit {
        pub id: String,
        pub title: String,
        pub text: String,
        pub source: Source,
    }
}

content_type! {
    /// `pay.json`: Agenda for Change pay and the supplement, with the pay year.
    pub struct Pay {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        /// Pay figures change every April: always shown with the figures.
        pub pay_year: String,
        /// ISO date the figures apply from.
        pub valid_from: String,
        /// ISO date of the last day the figures apply (UK time). After it the
        /// page says plainly that newer rates may apply.
        pub valid_until: String,
        /// Where to check the latest official pay scales.
        pub latest: ExternalLink,
        /// How the trust pays its staff, in a sentence.
        pub pay_system: Paragraph,
        pub full_time_hours: f64,
        pub award: Paragraph,
        /// A pay award announced for after `valid_until`, whose figures are
        /// not here yet: said in the notice once these figures have passed.
        /// Remove it when its year's figures are added.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub later_award: Option<Paragraph>,
        pub bands: Vec<PayBand>,
        pub bands_source: Source,
        pub supplements: Vec<Supplement>,
        pub supplements_source: Source,
        /// The supplement zone the trust pays (from its adverts); the estimator uses it.
        pub trust_supplement: String,
        /// What the trust's adverts say about the supplement.
        pub trust_supplement_note: Paragraph,
        /// The regions (ids in `sites.json`) whose posts the trust pays the
        /// supplement in: the estimator asks where a post is, and adds it
        /// only there.
        pub trust_supplement_regions: Vec<String>,
        /// The careers page's pay-and-benefits points.
        pub benefits_intro: Paragraph,
        pub benefits: Vec<Benefit>,
    }
}

impl Pay {
    pub fn band(&self, band: Band) -> Option<&PayBand> {
        self.bands.iter().find(|b| b.band == band)
    }

    pub fn supplement(&self, id: &str) -> Option<&Supplement> {
        self.supplements.iter().find(|s| s.id == id)
    }
}

/// The zone's percentage of a full-time basic salary, before the minimum and
/// maximum: whole pounds, rounded to nearest.
pub fn supplement_share(basic: u32, zone: &Supplement) -> u32 {
    let share = (u64::from(basic) * u64::from(zone.percent) + 50) / 100;
    u32::try_from(share).unwrap_or(u32::MAX)
}

/// The supplement for a full-time basic salary: the percentage, held between
/// the minimum and the maximum.
pub fn supplement_amount(basic: u32, zone: &Supplement) -> u32 {
    // Not `clamp`, which panics if a file gives a minimum above its maximum.
    supplement_share(basic, zone)
        .max(zone.minimum)
        .min(zone.maximum)
}

impl ContentFile for Pay {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.text("pay_year", &self.pay_year);
        for (field, value) in [
            ("valid_from", &self.valid_from),
            ("valid_until", &self.valid_until),
        ] {
            if !crate::content::is_iso_date(value) {
                p.push(
                    field,
                    Problem::NotADate {
                        value: value.clone(),
                        example: "a date like 2025-04-01",
                    },
                );
            }
        }
        if self.valid_until < self.valid_from {
            p.push(
                "valid_until",
                Problem::Before {
                    other: "valid_from",
                },
            );
        }
        p.link("latest", &self.latest);
        p.paragraph("pay_system", &self.pay_system);
        if !(self.full_time_hours > 0.0 && self.full_time_hours <= 48.0) {
            p.push(
                "full_time_hours",
                Problem::NotAWorkingWeek {
                    hours: self.full_time_hours,
                },
            );
        }
        p.paragraph("award", &self.award);
        if let Some(later) = &self.later_award {
            p.paragraph("later_award", later);
        }
        p.source("bands_source", &self.bands_source);
        p.source("supplements_source", &self.supplements_source);
        let mut seen = Vec::new();
        for b in &self.bands {
            let at = format!("bands[{}]", b.band.label());
            if seen.contains(&b.band) {
                p.push(
                    &at,
                    Problem::UsedTwice {
                        id: b.band.label().to_owned(),
                    },
                );
            }
            seen.push(b.band);
            if b.points.is_empty() {
                p.push(&format!("{at}.points"), Problem::NoEntries);
            }
            if b.points.windows(2).any(|w| w[0] >= w[1]) {
                p.push(&format!("{at}.points"), Problem::NotInRisingOrder);
            }
        }
        if seen.windows(2).any(|w| w[0] >= w[1]) {
            p.push("bands", Problem::BandsOutOfOrder);
        }
        p.ids(
            "supplements",
            self.supplements.iter().map(|s| s.id.as_str()),
        );
        for s in &self.supplements {
            let at = format!("supplements[{}]", s.id);
            p.text(&format!("{at}.name"), &s.name);
            if s.percent == 0 || s.percent > 100 {
                p.push(
                    &format!("{at}.percent"),
                    Problem::NotAPercentage { percent: s.percent },
                );
            }
            if s.minimum > s.maximum {
                p.push(&format!("{at}.minimum"), Problem::MinimumAboveMaximum);
            }
        }
        if self.supplement(&self.trust_supplement).is_none() {
            p.push(
                "trust_supplement",
                Problem::NoSuch {
                    kind: "supplement",
                    id: self.trust_supplement.clone(),
                },
            );
        }
        p.paragraph("trust_supplement_note", &self.trust_supplement_note);
        p.ids(
            "trust_supplement_regions",
            self.trust_supplement_regions.iter().map(String::as_str),
        );
        p.paragraph("benefits_intro", &self.benefits_intro);
        p.benefits("benefits", &self.benefits);
        p.done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bands_code_is_its_name_in_the_content() {
        for band in Band::ALL {
            assert_eq!(
                serde_json::to_string(&band).unwrap(),
                format!("\"{}\"", band.code())
            );
            assert_eq!(Band::from_code(band.code()), Some(band));
        }
        assert_eq!(Band::from_code("8"), None);
        assert_eq!(Band::from_code("Band 6"), None);
    }

    fn zone(percent: u32, minimum: u32, maximum: u32) -> Supplement {
        Supplement {
            id: "z".into(),
            name: "Z".into(),
            percent,
            minimum,
            maximum,
        }
    }

    #[test]
    fn supplement_is_a_percentage_between_minimum_and_maximum() {
        let outer = zone(15, 4714, 5941);
        assert_eq!(supplement_amount(40823, &outer), 5941); // 6,123 capped
        assert_eq!(supplement_amount(26598, &outer), 4714); // 3,990 raised
        assert_eq!(supplement_amount(33487, &outer), 5023);
    }

    #[test]
    fn band_labels_and_order() {
        assert_eq!(Band::B8a.label(), "Band 8a");
        assert!(Band::B2 < Band::B8a);
        assert_eq!(serde_json::to_string(&Band::B8a).unwrap(), "\"8a\"");
        assert_eq!(serde_json::from_str::<Band>("\"6\"").unwrap(), Band::B6);
        assert!(serde_json::from_str::<Band>("\"9\"").is_err());
    }
}
