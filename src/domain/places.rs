//! Sites as places: distances and nearest first, the towns a person can
//! measure from, the counties, and a site's facts in words. Filtering is in
//! `site_filter.rs`, the map in `site_map.rs`.

use crate::content::{Category, Sex, SiteKind, SiteRecord, Sites};
use crate::domain::{angles, order};

/// Earth's mean radius in miles.
const EARTH_RADIUS_MILES: f64 = 3958.8;

/// Straight-line (great-circle) distance in miles.
pub fn miles(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = angles::sin((lat2 - lat1) / 2.0).powi(2)
        + angles::cos(lat1) * angles::cos(lat2) * angles::sin((lon2 - lon1) / 2.0).powi(2);
    2.0 * EARTH_RADIUS_MILES * angles::asin(h.sqrt().min(1.0))
}

/// A distance in words within a sentence: "under a mile", "about 5 miles".
fn miles_words(d: f64) -> String {
    if d < 1.0 {
        "under a mile".to_owned()
    } else {
        let n = d.round() as u32;
        format!("about {n} mile{}", if n == 1 { "" } else { "s" })
    }
}

/// The same distance within a sentence: "under a mile away", "about 5 miles away".
pub fn miles_away(d: f64) -> String {
    format!("{} away", miles_words(d))
}

/// The distance as a label: "Under a mile", "About 5 miles".
pub fn miles_label(d: f64) -> String {
    let mut words = miles_words(d);
    // The words start with an ASCII letter.
    words[..1].make_ascii_uppercase();
    words
}

pub fn position(site: &SiteRecord) -> (f64, f64) {
    (site.latitude, site.longitude)
}

/// "Category C", with the content's note when it has one.
pub fn category_label(s: &SiteRecord) -> Option<String> {
    s.category.map(|c| {
        let letter = match c {
            Category::A => "A",
            Category::B => "B",
            Category::C => "C",
            Category::D => "D",
        };
        match &s.category_note {
            Some(note) => format!("Category {letter}, {note}"),
            None => format!("Category {letter}"),
        }
    })
}

/// Who a site holds and how many, in words, as far as the sources say.
pub fn holds_label(s: &SiteRecord) -> Option<String> {
    let who = s.sex.map(|x| if x == Sex::Male { "men" } else { "women" });
    match (&s.population, who) {
        (Some(p), Some(who)) => Some(match &p.shared_with {
            Some(_) => format!(
                "{} {who}, counted together with the prison next to it",
                crate::domain::format::thousands(p.count)
            ),
            None => format!("{} {who}", crate::domain::format::thousands(p.count)),
        }),
        (None, Some(who)) => Some(format!("Holds {who}; number not published")),
        (Some(p), None) => Some(crate::domain::format::thousands(p.count)),
        (None, None) => None,
    }
}

/// What kind of place a site is.
pub fn kind_label(k: SiteKind) -> &'static str {
    match k {
        SiteKind::Prison => "Prison",
        SiteKind::SecureHospital => "Secure hospital",
    }
}

/// Sites in order of distance from a point, nearest first, with the distance.
pub fn nearest_first<'a>(sites: &[&'a SiteRecord], from: (f64, f64)) -> Vec<(&'a SiteRecord, f64)> {
    let mut out: Vec<(&SiteRecord, f64)> = sites
        .iter()
        .map(|s| (*s, miles(from, position(s))))
        .collect();
    order::sort_by(&mut out, |a, b| {
        a.1.total_cmp(&b.1).then_with(|| a.0.name.cmp(&b.0.name))
    });
    out
}

/// The counties the sites are in, in order, for a filter a person can find
/// their own county in.
pub fn counties(sites: &[SiteRecord]) -> Vec<String> {
    let mut out: Vec<String> = sites.iter().filter_map(|s| s.county.clone()).collect();
    order::sort(&mut out);
    out.dedup();
    out
}

/// Places a person can measure from without sharing their location: the
/// towns the content lists (`towns`, at their own coordinates) and the towns
/// of the sites (at their sites' coordinates), each once, by name. From the
/// content, not a gazetteer: a trust adds the towns people search from.
pub fn towns(sites: &Sites) -> Vec<(String, (f64, f64))> {
    let mut out: Vec<(String, (f64, f64))> = Vec::new();
    let listed = sites
        .towns
        .iter()
        .map(|t| (t.name.trim().to_owned(), (t.latitude, t.longitude)));
    let of_sites = sites
        .sites
        .iter()
        .map(|s| (s.town.trim_start_matches("near ").to_owned(), position(s)));
    for (town, at) in listed.chain(of_sites) {
        if town.is_empty() || town.contains('/') || out.iter().any(|(t, _)| *t == town) {
            continue;
        }
        out.push((town, at));
    }
    order::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Category, Sex, Sites};

    fn sites() -> Sites {
        crate::content::published("sites.json")
    }

    #[test]
    fn haversine_matches_known_distances() {
        // London (51.5074, -0.1278) to Paris (48.8566, 2.3522): about 213.5 miles.
        let d = miles((51.5074, -0.1278), (48.8566, 2.3522));
        assert!((d - 213.5).abs() < 1.0, "{d}");
        // A degree of latitude is about 69 miles.
        assert!((miles((50.0, 0.0), (51.0, 0.0)) - 69.1).abs() < 0.1);
        assert_eq!(miles((51.0, 1.0), (51.0, 1.0)), 0.0);
        // Symmetric.
        assert!((miles((50.5, -3.5), (51.4, 0.8)) - miles((51.4, 0.8), (50.5, -3.5))).abs() < 1e-9);
    }

    #[test]
    fn the_facts_distances_hold() {
        let s = sites();
        let d = |a: &str, b: &str| miles(position(s.get(a).unwrap()), position(s.get(b).unwrap()));
        // "East Sutton Park approximately 7 miles from Maidstone" (the prison; the town is a little further).
        assert!(
            (5.0..9.0).contains(&d("hmp-east-sutton-park", "hmp-maidstone")),
            "{}",
            d("hmp-east-sutton-park", "hmp-maidstone")
        );
        // The Sheppey prisons are a few minutes' walk apart.
        assert!(d("hmp-elmley", "hmp-swaleside") < 1.0);
        assert!(d("hmp-swaleside", "hmp-standford-hill") < 1.0);
    }

    #[test]
    fn labels() {
        assert_eq!(miles_label(0.4), "Under a mile");
        assert_eq!(miles_label(1.2), "About 1 mile");
        assert_eq!(miles_label(6.6), "About 7 miles");
    }

    #[test]
    fn site_facts_in_words() {
        let mut site = sites().sites[0].clone();
        site.category = Some(Category::C);
        site.category_note = None;
        assert_eq!(category_label(&site).as_deref(), Some("Category C"));
        site.category = None;
        assert_eq!(category_label(&site), None);
        site.sex = Some(Sex::Female);
        site.population = None;
        assert_eq!(
            holds_label(&site).as_deref(),
            Some("Holds women; number not published")
        );
        if let Some(mut p) = sites().sites.iter().find_map(|s| s.population.clone()) {
            p.count = 1024;
            p.shared_with = None;
            site.population = Some(p);
            assert_eq!(holds_label(&site).as_deref(), Some("1,024 women"));
        }
    }

    #[test]
    fn nearest_first_sorts_by_distance() {
        let s = sites();
        let all: Vec<&SiteRecord> = s.sites.iter().collect();
        let from = position(s.get("hmp-exeter").unwrap());
        let order: Vec<&str> = nearest_first(&all, from)
            .iter()
            .map(|(x, _)| x.id.as_str())
            .take(3)
            .collect();
        assert_eq!(order[0], "hmp-exeter");
        assert_eq!(order[1], "hmp-channings-wood");
        let distances: Vec<f64> = nearest_first(&all, from).iter().map(|(_, d)| *d).collect();
        assert!(distances.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn distances_in_words() {
        assert_eq!(miles_label(0.4), "Under a mile");
        assert_eq!(miles_away(0.4), "under a mile away");
        assert_eq!(miles_away(1.2), "about 1 mile away");
        assert_eq!(miles_away(4.6), "about 5 miles away");
    }

    #[test]
    fn towns_come_from_the_list_and_the_sites() {
        let root = env!("CARGO_MANIFEST_DIR");
        for pack in ["public/content", "tests/fixtures/fictional-trust/content"] {
            let text = std::fs::read_to_string(format!("{root}/{pack}/sites.json")).unwrap();
            let sites: Sites = serde_json::from_str(&text).unwrap();
            let t = towns(&sites);
            let at = |name: &str| t.iter().find(|(n, _)| n == name).map(|(_, p)| *p);
            for town in &sites.towns {
                assert_eq!(at(&town.name), Some((town.latitude, town.longitude)));
            }
            for site in &sites.sites {
                let name = site.town.trim_start_matches("near ");
                if name.contains('/') {
                    assert_eq!(at(name), None);
                } else {
                    assert!(at(name).is_some(), "{name} missing");
                }
            }
            assert!(
                t.windows(2).all(|w| w[0].0 < w[1].0),
                "sorted and unique: {t:?}"
            );
        }
    }

    #[test]
    fn a_listed_town_is_measured_from_its_own_centre() {
        let mut s = sites();
        let site = s.sites[0].clone();
        s.towns = vec![crate::content::Town {
            name: site.town.trim_start_matches("near ").to_owned(),
            region: site.region.clone(),
            latitude: site.latitude + 0.1,
            longitude: site.longitude,
            source: crate::content::Source("https://example.org/town".into()),
        }];
        let t = towns(&s);
        let named: Vec<_> = t.iter().filter(|(n, _)| *n == s.towns[0].name).collect();
        assert_eq!(named.len(), 1);
        assert_eq!(named[0].1, (site.latitude + 0.1, site.longitude));
    }
}
