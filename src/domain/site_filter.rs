//! The sites page's filters (region, county, category, who a site holds,
//! healthcare, closed sites) and the town distances are measured from, to and
//! from the URL query.

use crate::content::{Category, Healthcare, Sex, SiteRecord};
use crate::domain::query::Query;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SiteFilter {
    pub region: Option<String>,
    pub county: Option<String>,
    pub category: Option<Category>,
    pub sex: Option<Sex>,
    pub healthcare: Option<Healthcare>,
    pub hide_closed: bool,
}

pub const REGION: &str = "region";
pub const COUNTY: &str = "county";
pub const CATEGORY: &str = "category";
pub const SEX: &str = "holds";
pub const HEALTHCARE: &str = "healthcare";
pub const HIDE_CLOSED: &str = "hide-closed";
/// The town the list is sorted from; checked against the towns the page offers.
pub const NEAR: &str = "near";

pub fn category_value(c: Category) -> &'static str {
    match c {
        Category::A => "a",
        Category::B => "b",
        Category::C => "c",
        Category::D => "d",
    }
}

pub fn sex_value(s: Sex) -> &'static str {
    match s {
        Sex::Male => "men",
        Sex::Female => "women",
    }
}

pub fn healthcare_value(h: Healthcare) -> &'static str {
    match h {
        Healthcare::TwentyFourSeven => "24-7",
        Healthcare::Standard => "standard",
        Healthcare::InpatientUnit => "inpatient-unit",
    }
}

/// A filter's name as the page labels it, for saying what was ignored.
fn filter_name(key: &str) -> &'static str {
    match key {
        REGION => "region",
        COUNTY => "county",
        CATEGORY => "category",
        SEX => "holds",
        HEALTHCARE => "healthcare",
        _ => "hide closed sites",
    }
}

impl SiteFilter {
    /// Reads the query; unknown values are ignored and reported by their
    /// filter's name in our own words, never by the value the link carried.
    pub fn from_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        regions: &[String],
        counties: &[String],
    ) -> (SiteFilter, Vec<&'static str>) {
        let mut f = SiteFilter::default();
        let mut ignored = Vec::new();
        for (key, value) in pairs {
            let ok = match key {
                REGION => {
                    f.region = regions.iter().find(|r| r.as_str() == value).cloned();
                    f.region.is_some() || value.is_empty()
                }
                COUNTY => {
                    f.county = counties.iter().find(|c| c.as_str() == value).cloned();
                    f.county.is_some() || value.is_empty()
                }
                CATEGORY => {
                    f.category = [Category::A, Category::B, Category::C, Category::D]
                        .into_iter()
                        .find(|c| category_value(*c) == value);
                    f.category.is_some() || value.is_empty()
                }
                SEX => {
                    f.sex = [Sex::Male, Sex::Female]
                        .into_iter()
                        .find(|s| sex_value(*s) == value);
                    f.sex.is_some() || value.is_empty()
                }
                HEALTHCARE => {
                    f.healthcare = [
                        Healthcare::TwentyFourSeven,
                        Healthcare::Standard,
                        Healthcare::InpatientUnit,
                    ]
                    .into_iter()
                    .find(|h| healthcare_value(*h) == value);
                    f.healthcare.is_some() || value.is_empty()
                }
                HIDE_CLOSED => {
                    f.hide_closed = value == "yes";
                    value == "yes" || value == "no" || value.is_empty()
                }
                _ => true,
            };
            if !ok {
                crate::domain::query::note_ignored(&mut ignored, filter_name(key));
            }
        }
        (f, ignored)
    }

    /// The query string for this filter, without `?`; empty when nothing is set.
    pub fn to_query(&self) -> String {
        self.to_query_near(None)
    }

    /// The same, sorted by distance from a town (`near`).
    pub fn to_query_near(&self, near: Option<&str>) -> String {
        Query::default()
            .maybe(REGION, self.region.as_deref())
            .maybe(COUNTY, self.county.as_deref())
            .maybe(CATEGORY, self.category.map(category_value))
            .maybe(SEX, self.sex.map(sex_value))
            .maybe(HEALTHCARE, self.healthcare.map(healthcare_value))
            .maybe(HIDE_CLOSED, self.hide_closed.then_some("yes"))
            .maybe(NEAR, near)
            .finish()
    }

    pub fn is_empty(&self) -> bool {
        *self == SiteFilter::default()
    }

    /// A site whose value is not known does not match a filter on that value.
    pub fn matches(&self, s: &SiteRecord) -> bool {
        self.region.as_ref().is_none_or(|r| &s.region == r)
            && self
                .county
                .as_ref()
                .is_none_or(|c| s.county.as_ref() == Some(c))
            && self.category.is_none_or(|c| s.category == Some(c))
            && self.sex.is_none_or(|x| s.sex == Some(x))
            && self.healthcare.is_none_or(|h| s.healthcare == Some(h))
            && !(self.hide_closed && s.is_closed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Category, Healthcare, Sex, SiteRecord, Sites};
    use crate::domain::places::counties;

    fn sites() -> Sites {
        crate::content::published("sites.json")
    }

    fn query(q: &str) -> (SiteFilter, Vec<&'static str>) {
        let regions: Vec<String> = sites().regions.iter().map(|r| r.id.clone()).collect();
        let pairs: Vec<(&str, &str)> = q
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| p.split_once('=').unwrap_or((p, "")))
            .collect();
        SiteFilter::from_query(pairs, &regions, &counties(&sites().sites))
    }

    fn ids(q: &str) -> Vec<String> {
        let s = sites();
        let f = query(q).0;
        s.sites
            .iter()
            .filter(|x| f.matches(x))
            .map(|x| x.id.clone())
            .collect()
    }

    /// The ids of the published sites for which `keep` holds, in file order.
    fn where_(keep: impl Fn(&SiteRecord) -> bool) -> Vec<String> {
        sites()
            .sites
            .iter()
            .filter(|s| keep(s))
            .map(|s| s.id.clone())
            .collect()
    }

    // Checked against the sites' own fields, never today's counts, so a trust
    // adding a site changes nothing here.
    #[test]
    fn filters() {
        assert_eq!(ids(""), where_(|_| true));
        assert_eq!(ids("region=kent"), where_(|s| s.region == "kent"));
        assert_eq!(
            ids("region=south-west&hide-closed=yes"),
            where_(|s| s.region == "south-west" && !s.is_closed())
        );
        assert_eq!(ids("holds=women"), where_(|s| s.sex == Some(Sex::Female)));
        // A person can find their own county.
        for county in counties(&sites().sites) {
            let q = format!("county={}", crate::domain::query::encode(&county));
            let found = ids(&q);
            assert!(!found.is_empty());
            assert_eq!(
                found,
                where_(|s| s.county.as_deref() == Some(county.as_str()))
            );
        }
        assert_eq!(query("county=Atlantis").1, ["county"]);
        assert_eq!(
            ids("healthcare=inpatient-unit"),
            where_(|s| s.healthcare == Some(Healthcare::InpatientUnit))
        );
        assert_eq!(
            ids("category=d"),
            where_(|s| s.category == Some(Category::D))
        );
        // The seeds' own cases are among them.
        assert!(ids("holds=women").contains(&"hmp-east-sutton-park".to_owned()));
        assert!(ids("category=d").contains(&"hmp-leyhill".to_owned()));
        assert!(!ids("region=south-west&hide-closed=yes").contains(&"hmp-dartmoor".to_owned()));
        // A site whose category is not known (the Bracton Centre) matches no category filter.
        assert!(!ids("category=b").contains(&"bracton-centre".to_owned()));
    }

    #[test]
    fn a_town_with_any_characters_survives_the_link() {
        let f = SiteFilter {
            region: Some("kent".into()),
            ..SiteFilter::default()
        };
        for town in ["Bishop's Stortford", "Dover & Deal", "Ryde #2", "50% Town+"] {
            let q = f.to_query_near(Some(town));
            let read: Vec<(String, String)> =
                form_urlencoded::parse(q.as_bytes()).into_owned().collect();
            assert_eq!(
                read,
                [("region".into(), "kent".into()), (NEAR.into(), town.into())],
                "{q}"
            );
        }
    }

    #[test]
    fn query_round_trips_and_ignores_tampering() {
        for q in [
            "",
            "region=kent",
            "region=south-west&category=c&holds=men&healthcare=24-7&hide-closed=yes",
        ] {
            assert_eq!(query(q).0.to_query(), q);
        }
        let (f, ignored) =
            query("region=mars&category=z&holds=<x>&hide-closed=maybe&region=Call+0800");
        assert!(f.is_empty());
        assert_eq!(
            ignored,
            ["region", "category", "holds", "hide closed sites"]
        );
    }
}
