//! Sites: filtering (from the URL query), distances and nearest first.

use crate::content::{Category, Healthcare, Sex, SiteKind, SiteRecord};
use crate::domain::query::Query;

/// Earth's mean radius in miles.
const EARTH_RADIUS_MILES: f64 = 3958.8;

/// Straight-line (great-circle) distance in miles.
pub fn miles(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_MILES * h.sqrt().min(1.0).asin()
}

/// "About 7 miles", "Under a mile".
pub fn miles_label(d: f64) -> String {
    if d < 1.0 {
        "Under a mile".to_owned()
    } else {
        let n = d.round() as u32;
        format!("About {n} mile{}", if n == 1 { "" } else { "s" })
    }
}

pub fn position(site: &SiteRecord) -> (f64, f64) {
    (site.latitude, site.longitude)
}

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
            && self.county.as_ref().is_none_or(|c| s.county.as_ref() == Some(c))
            && self.category.is_none_or(|c| s.category == Some(c))
            && self.sex.is_none_or(|x| s.sex == Some(x))
            && self.healthcare.is_none_or(|h| s.healthcare == Some(h))
            && !(self.hide_closed && s.is_closed())
    }
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
    out.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.name.cmp(&b.0.name)));
    out
}

/// The counties the sites are in, in order, for a filter a person can find
/// their own county in.
pub fn counties(sites: &[SiteRecord]) -> Vec<String> {
    let mut out: Vec<String> = sites.iter().filter_map(|s| s.county.clone()).collect();
    out.sort();
    out.dedup();
    out
}

/// What the map shows, in words, under it: a region named once it is open.
pub fn map_caption(shown: &[&SiteRecord], region_name: impl Fn(&str) -> String) -> String {
    let sites = |n: usize| format!("{n} {}", if n == 1 { "site" } else { "sites" });
    match by_region(shown) {
        _ if shown.is_empty() => "No sites match these filters.".to_owned(),
        Some(groups) => {
            let parts: Vec<String> = groups
                .iter()
                .map(|(r, members)| format!("{} ({})", region_name(r), sites(members.len())))
                .collect();
            format!(
                "The map shows one marker for each region: {}. Choose one to see its sites.",
                crate::domain::query::spoken_list(&parts.iter().map(String::as_str).collect::<Vec<_>>())
            )
        }
        None => format!(
            "The map shows {}: {}.",
            region_name(&shown[0].region),
            sites(shown.len())
        ),
    }
}

/// Places a person can measure from without sharing their location: the towns
/// of the sites, at their sites' coordinates (from the content, not a gazetteer).
pub fn towns(sites: &[SiteRecord]) -> Vec<(String, (f64, f64))> {
    let mut out: Vec<(String, (f64, f64))> = Vec::new();
    for s in sites {
        let town = s.town.trim_start_matches("near ").to_owned();
        if town.contains('/') || out.iter().any(|(t, _)| *t == town) {
            continue;
        }
        out.push((town, position(s)));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Category, Healthcare, Sex, SiteRecord, Sites};

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
    fn the_caption_says_what_the_map_shows() {
        let all = sites();
        let name = |id: &str| all.regions.iter().find(|r| r.id == id).unwrap().name.clone();
        let every: Vec<&SiteRecord> = all.sites.iter().collect();
        let caption = map_caption(&every, name);
        for r in &all.regions {
            let n = all.sites.iter().filter(|s| s.region == r.id).count();
            assert!(caption.contains(&format!("{} ({n} site", r.name)), "{caption}");
        }
        let region = &all.regions[0];
        let one: Vec<&SiteRecord> = all.sites.iter().filter(|s| s.region == region.id).collect();
        assert_eq!(
            map_caption(&one, name),
            format!("The map shows {}: {} {}.", region.name, one.len(), if one.len() == 1 { "site" } else { "sites" })
        );
        assert_eq!(map_caption(&[], name), "No sites match these filters.");
    }

    #[test]
    fn labels() {
        assert_eq!(miles_label(0.4), "Under a mile");
        assert_eq!(miles_label(1.2), "About 1 mile");
        assert_eq!(miles_label(6.6), "About 7 miles");
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
            assert_eq!(found, where_(|s| s.county.as_deref() == Some(county.as_str())));
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
    fn towns_come_from_the_sites() {
        let t = towns(&sites().sites);
        let names: Vec<&str> = t.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"Maidstone")
                && names.contains(&"Exeter")
                && names.contains(&"Isle of Sheppey")
        );
        assert!(
            names.windows(2).all(|w| w[0] < w[1]),
            "sorted and unique: {names:?}"
        );
    }
}

/// A site's marker on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub id: String,
    /// Where the marker is drawn, in map units.
    pub x: f64,
    pub y: f64,
    /// Where the site really is; differs when the marker is moved apart from close neighbours.
    pub true_x: f64,
    pub true_y: f64,
    /// How many sites share this spot (1 when alone).
    pub group: usize,
}

impl Marker {
    /// Whether it is drawn away from where the site is (then a line joins them).
    pub fn moved(&self) -> bool {
        (self.x - self.true_x).hypot(self.y - self.true_y) > 1e-6
    }
}

/// On the map, sites in more than one region are shown a region at a time:
/// one marker for each region, which zooms to it, so the markers stay big
/// enough for a thumb. `None` when every site shown is in one region.
pub fn by_region<'a>(shown: &[&'a SiteRecord]) -> Option<Vec<(String, Vec<&'a SiteRecord>)>> {
    let mut groups: Vec<(String, Vec<&SiteRecord>)> = Vec::new();
    for s in shown {
        match groups.iter_mut().find(|(r, _)| *r == s.region) {
            Some((_, members)) => members.push(s),
            None => groups.push((s.region.clone(), vec![s])),
        }
    }
    (groups.len() > 1).then_some(groups)
}

/// The middle of some points: where a region's marker stands.
pub fn centre(points: impl IntoIterator<Item = (f64, f64)>) -> (f64, f64) {
    let (mut x, mut y, mut n) = (0.0, 0.0, 0.0);
    for p in points {
        x += p.0;
        y += p.1;
        n += 1.0;
    }
    if n == 0.0 {
        (0.0, 0.0)
    } else {
        (x / n, y / n)
    }
}

/// The room the map has on the narrowest screen the site is made for (320
/// pixels less the page's margins), in CSS pixels. Sizes on the map are worked
/// out for it, so they are at least as big on any wider screen.
pub const NARROWEST_MAP_PX: f64 = 288.0;
/// A marker's diameter there: above WCAG 2.2's 24-pixel target size.
pub const MARKER_PX: f64 = 28.0;
/// The space kept between markers there.
const GAP_PX: f64 = 4.0;
/// The margin round the sites in view on each side, in CSS pixels on the
/// narrowest screen: room for a marker moved apart from up to four close
/// neighbours, and its radius.
const MARGIN_PX: f64 = 44.0;
/// The closest the map zooms in: this share of the whole map's width.
const CLOSEST: f64 = 0.06;

/// The part of the map in view, in map units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    /// Map units to one CSS pixel on the narrowest screen.
    fn unit(&self) -> f64 {
        self.width / NARROWEST_MAP_PX
    }

    /// A marker's radius in map units.
    pub fn radius(&self) -> f64 {
        MARKER_PX / 2.0 * self.unit()
    }

    /// The SVG `viewBox`.
    pub fn view_box(&self) -> String {
        format!(
            "{:.2} {:.2} {:.2} {:.2}",
            self.x, self.y, self.width, self.height
        )
    }
}

/// `value` kept from `low` to `high`, as `f64::clamp` would, but never a
/// panic: bounds the wrong way round (a frame smaller than a marker) give
/// their middle, and a value that is not a number gives `low`. Content the
/// editors' check would refuse must not stop the page.
fn within(value: f64, low: f64, high: f64) -> f64 {
    if low <= high {
        value.max(low).min(high)
    } else {
        (low + high) / 2.0
    }
}

/// The frame that shows `points` with room round them, in the whole map's
/// shape (`width` by `height`), within the map, and never closer than a
/// small share of it, so a single site is not drawn a street wide.
pub fn frame(points: &[(f64, f64)], width: f64, height: f64) -> Frame {
    let whole = Frame {
        x: 0.0,
        y: 0.0,
        width,
        height,
    };
    if points.is_empty() {
        return whole;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in points {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    let aspect = width / height;
    // The share of the frame's width, and of its height, left inside the margins.
    let inner_x = 1.0 - 2.0 * MARGIN_PX / NARROWEST_MAP_PX;
    let inner_y = 1.0 - 2.0 * MARGIN_PX / (NARROWEST_MAP_PX / aspect);
    let w = ((x1 - x0) / inner_x)
        .max((y1 - y0) / inner_y * aspect)
        .max(width * CLOSEST);
    if w >= width {
        return whole;
    }
    let h = w / aspect;
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    Frame {
        x: within(cx - w / 2.0, 0.0, width - w),
        y: within(cy - h / 2.0, 0.0, height - h),
        width: w,
        height: h,
    }
}

/// Places a marker for each point within `frame`, each a target a thumb can
/// hit: markers that would touch are pushed apart, as little as it takes,
/// and `group` says how many sites were close together (1 when alone).
pub fn markers(points: &[(String, (f64, f64))], frame: &Frame) -> Vec<Marker> {
    let r = frame.radius();
    let gap = GAP_PX * frame.unit();
    let close = 2.0 * r + gap;
    let mut group_of: Vec<usize> = (0..points.len()).collect();
    // Join points within `close` of each other (transitively).
    fn root(g: &mut Vec<usize>, i: usize) -> usize {
        let mut r = i;
        while g[r] != r {
            r = g[r];
        }
        g[i] = r;
        r
    }
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (a, b) = (points[i].1, points[j].1);
            if (a.0 - b.0).hypot(a.1 - b.1) < close {
                let (ri, rj) = (root(&mut group_of, i), root(&mut group_of, j));
                group_of[rj] = ri;
            }
        }
    }
    let roots: Vec<usize> = (0..points.len()).map(|i| root(&mut group_of, i)).collect();
    let mut out = Vec::with_capacity(points.len());
    for (i, (id, (x, y))) in points.iter().enumerate() {
        let members: Vec<usize> = (0..points.len())
            .filter(|j| roots[*j] == roots[i])
            .collect();
        let n = members.len();
        let (mx, my) = (*x, *y);
        out.push(Marker {
            id: id.clone(),
            x: mx,
            y: my,
            true_x: *x,
            true_y: *y,
            group: n,
        });
    }
    // Push any two markers that touch apart, a little at a time, keeping each
    // wholly in the frame. Deterministic: pairs are taken in order.
    let clamp = |m: &mut Marker| {
        m.x = within(m.x, frame.x + r, frame.x + frame.width - r);
        m.y = within(m.y, frame.y + r, frame.y + frame.height - r);
    };
    out.iter_mut().for_each(clamp);
    for _ in 0..100 {
        let mut moved = false;
        for i in 0..out.len() {
            for j in i + 1..out.len() {
                let (dx, dy) = (out[j].x - out[i].x, out[j].y - out[i].y);
                let d = dx.hypot(dy);
                if d >= close {
                    continue;
                }
                // Coincident markers part along a fixed direction.
                let (ux, uy) = if d > 1e-9 {
                    (dx / d, dy / d)
                } else {
                    (1.0, 0.0)
                };
                let push = (close - d) / 2.0 + 1e-6;
                out[i].x -= ux * push;
                out[i].y -= uy * push;
                out[j].x += ux * push;
                out[j].y += uy * push;
                clamp(&mut out[i]);
                clamp(&mut out[j]);
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    out
}

/// A marker's name: its lines ("HMP Elmley" / "Isle of Sheppey"), where
/// they are written and how big, in map units.
#[derive(Clone, Debug, PartialEq)]
pub struct NamePlace {
    pub lines: Vec<String>,
    /// Where the first line's baseline starts (or ends, or is centred).
    pub x: f64,
    pub y: f64,
    /// SVG `text-anchor`: "start", "end" or "middle".
    pub anchor: &'static str,
    pub size: f64,
    pub line_height: f64,
}

/// A name's size in CSS pixels on the narrowest map.
const NAME_PX: f64 = 13.0;
/// A generous width for one character, as a share of the font's size: for
/// fitting a name in the frame, not for drawing it.
const CHAR_SHARE: f64 = 0.62;
/// How far a line's box reaches above and below its baseline, as shares of
/// the font's size: generous, as browsers measure a text's box by the font's
/// whole ascent and descent (about 0.93 and 0.24 for common sans fonts), so a
/// name kept inside the frame by these is wholly inside it on the screen.
const ASCENT: f64 = 1.0;
const DESCENT: f64 = 0.3;
/// Room kept between a name and the frame's edge for the white outline drawn
/// round its letters (2 CSS pixels outside them, `.occ-map__name`), in CSS
/// pixels on the narrowest map (more on any wider one): the map clips at its
/// edge, and a clipped outline is a name partly cut off.
const OUTLINE_PX: f64 = 3.0;

/// A marker's label in lines: a site's name and town, or a region and what
/// choosing it does.
pub fn name_lines(label: &str) -> Vec<String> {
    for cut in [". ", ", "] {
        if let Some((a, b)) = label.split_once(cut) {
            let a = if cut == ". " { format!("{a}.") } else { a.to_owned() };
            return vec![a, b.to_owned()];
        }
    }
    vec![label.to_owned()]
}

/// Where to write a marker's name so that all of it is inside the frame,
/// beside the marker where there is room (on the side with more), or else
/// under it (or over it, at the bottom of the frame): a name shown under the
/// whole map can be off the screen at 200% zoom.
pub fn place_name(frame: &Frame, at: (f64, f64), label: &str) -> NamePlace {
    let unit = frame.unit();
    let size = NAME_PX * unit;
    let line_height = size * 1.25;
    let lines = name_lines(label);
    let n = lines.len() as f64;
    let widest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * CHAR_SHARE * size;
    let gap = frame.radius() + 4.0 * unit;
    let outline = OUTLINE_PX * unit;
    let (left, right) = (frame.x + outline, frame.x + frame.width - outline);
    let (top, bottom) = (frame.y + outline, frame.y + frame.height - outline);
    // The block's height: from the first line's ascent to the last's descent.
    let above_baseline = size * ASCENT;
    let block = above_baseline + (n - 1.0) * line_height + size * DESCENT;
    let fit_y = |first: f64| first.max(top + above_baseline).min(bottom - (block - above_baseline));
    let middle_first = at.1 - (n - 1.0) * line_height / 2.0 + size * 0.3;
    let (x, y, anchor) = if at.0 + gap + widest <= right && right - at.0 >= at.0 - left {
        (at.0 + gap, fit_y(middle_first), "start")
    } else if at.0 - gap - widest >= left {
        (at.0 - gap, fit_y(middle_first), "end")
    } else if at.0 + gap + widest <= right {
        (at.0 + gap, fit_y(middle_first), "start")
    } else {
        let x = at.0.max(left + widest / 2.0).min(right - widest / 2.0);
        let below = at.1 + gap + above_baseline;
        let y = if below + block - above_baseline <= bottom {
            below
        } else {
            at.1 - gap - block + above_baseline
        };
        (x, fit_y(y), "middle")
    };
    NamePlace { lines, x, y, anchor, size, line_height }
}

impl NamePlace {
    /// The box the name and its outline take, as (left, top, right, bottom),
    /// using the same generous character width: for checking it is inside the frame.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let widest = self.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64
            * CHAR_SHARE
            * self.size;
        let x0 = match self.anchor {
            "start" => self.x,
            "end" => self.x - widest,
            _ => self.x - widest / 2.0,
        };
        let top = self.y - self.size * ASCENT;
        let bottom = self.y + (self.lines.len() as f64 - 1.0) * self.line_height + self.size * DESCENT;
        // With the outline round the letters.
        let o = OUTLINE_PX * self.size / NAME_PX;
        (x0 - o, top - o, x0 + widest + o, bottom + o)
    }
}

#[cfg(test)]
mod marker_tests {
    #[test]
    fn frames_and_markers_from_a_broken_map_do_not_panic() {
        for (w, h) in [(-1.0, 472.0), (1000.0, -1.0), (0.0, 0.0), (f64::NAN, 1.0), (1e300, 1e-300)] {
            let f = frame(&[(1.0, 2.0), (3.0, 4.0)], w, h);
            let _ = markers(&[("a".to_owned(), (1.0, 2.0)), ("b".to_owned(), (1.0, 2.0))], &f);
            let _ = place_name(&f, (1.0, 2.0), "HMP A, Town").bounds();
        }
        assert_eq!(within(5.0, 0.0, 1.0), 1.0);
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(within(5.0, 2.0, 0.0), 1.0);
    }

    use super::*;
    use crate::content::{MapFile, Sites};

    use crate::content::published as load;

    fn projected(
        ids: impl Fn(&crate::content::SiteRecord) -> bool,
    ) -> (MapFile, Vec<(String, (f64, f64))>) {
        let map: MapFile = load("map.json");
        let sites: Sites = load("sites.json");
        let points = sites
            .sites
            .iter()
            .filter(|s| ids(s))
            .map(|s| (s.id.clone(), map.project(s.latitude, s.longitude)))
            .collect();
        (map, points)
    }

    /// No two markers touch, each is whole within the frame, and each is at
    /// least the target size on the narrowest screen.
    fn assert_thumb_sized(m: &[Marker], f: &Frame) {
        let r = f.radius();
        assert!(2.0 * r / f.width * NARROWEST_MAP_PX >= 24.0);
        for (i, a) in m.iter().enumerate() {
            for b in &m[i + 1..] {
                let d = (a.x - b.x).hypot(a.y - b.y) / f.width * NARROWEST_MAP_PX;
                assert!(d >= MARKER_PX, "{} and {} are {d:.1} px apart", a.id, b.id);
            }
            assert!(
                a.x - r >= f.x - 1e-9
                    && a.x + r <= f.x + f.width + 1e-9
                    && a.y - r >= f.y - 1e-9
                    && a.y + r <= f.y + f.height + 1e-9,
                "{} is not wholly in the frame",
                a.id
            );
        }
    }

    #[test]
    fn each_region_is_framed_with_markers_a_thumb_can_hit() {
        let sites: Sites = load("sites.json");
        for region in &sites.regions {
            let (map, points) = projected(|s| s.region == region.id);
            let xy: Vec<(f64, f64)> = points.iter().map(|p| p.1).collect();
            let f = frame(&xy, map.width, map.height);
            assert!(f.width <= map.width && f.x >= 0.0 && f.x + f.width <= map.width + 1e-9);
            assert!((f.width / f.height - map.width / map.height).abs() < 1e-9);
            let m = markers(&points, &f);
            assert_eq!(m.len(), points.len());
            assert_thumb_sized(&m, &f);
        }
    }

    #[test]
    fn close_sites_are_grouped_and_spread_and_others_stay_put() {
        let (map, points) = projected(|s| s.region == "kent");
        let xy: Vec<(f64, f64)> = points.iter().map(|p| p.1).collect();
        let f = frame(&xy, map.width, map.height);
        let m = markers(&points, &f);
        let get = |id: &str| m.iter().find(|x| x.id == id).unwrap();
        // The three Sheppey prisons, a few hundred metres apart, are in one
        // group (others may join it: a trust may add a site nearby).
        for id in ["hmp-elmley", "hmp-swaleside", "hmp-standford-hill"] {
            assert!(get(id).group >= 3, "{id}");
        }
        assert!(get("hmp-elmley").moved());
        // A site far from the others stays where it is.
        for (map, points) in [
            projected(|s| s.region == "kent"),
            projected(|s| s.region == "south-west"),
        ] {
            let xy: Vec<(f64, f64)> = points.iter().map(|p| p.1).collect();
            let m = markers(&points, &frame(&xy, map.width, map.height));
            assert!(
                m.iter().filter(|x| x.group == 1).all(|x| !x.moved()),
                "{m:?}"
            );
        }
    }

    #[test]
    fn sites_in_several_regions_are_shown_a_region_at_a_time() {
        let sites: Sites = load("sites.json");
        let all: Vec<&crate::content::SiteRecord> = sites.sites.iter().collect();
        let groups = by_region(&all).expect("the published sites are in several regions");
        assert_eq!(groups.len(), sites.regions.len());
        assert_eq!(
            groups.iter().map(|(_, m)| m.len()).sum::<usize>(),
            all.len()
        );
        let one: Vec<&crate::content::SiteRecord> = all
            .iter()
            .copied()
            .filter(|s| s.region == all[0].region)
            .collect();
        assert_eq!(by_region(&one), None);
        // The regions' own markers, on the whole map, are thumb-sized too.
        let map: MapFile = load("map.json");
        let centres: Vec<(String, (f64, f64))> = groups
            .iter()
            .map(|(id, members)| {
                let at = centre(members.iter().map(|s| map.project(s.latitude, s.longitude)));
                (id.clone(), at)
            })
            .collect();
        let whole = frame(&[], map.width, map.height);
        assert_thumb_sized(&markers(&centres, &whole), &whole);
        assert_eq!(by_region(&[]), None);
    }

    #[test]
    fn a_frame_never_zooms_closer_than_the_limit_nor_past_the_map() {
        let f = frame(&[(500.0, 200.0)], 1000.0, 472.0);
        assert!((f.width - 1000.0 * CLOSEST).abs() < 1e-9);
        let all = frame(&[(0.0, 0.0), (1000.0, 472.0)], 1000.0, 472.0);
        assert_eq!(
            all,
            Frame {
                x: 0.0,
                y: 0.0,
                width: 1000.0,
                height: 472.0
            }
        );
        let edge = frame(&[(999.0, 471.0)], 1000.0, 472.0);
        assert!(edge.x + edge.width <= 1000.0 + 1e-9 && edge.y + edge.height <= 472.0 + 1e-9);
        assert_eq!(frame(&[], 1000.0, 472.0), all);
    }

    #[test]
    fn every_name_is_written_inside_the_frame() {
        let map: MapFile = crate::content::published("map.json");
        let sites: Sites = crate::content::published("sites.json");
        let long = "HMP A Very Long Prison Name Indeed, A Town With A Long Name";
        let regions: Vec<&str> = sites.regions.iter().map(|r| r.id.as_str()).collect();
        for region in regions {
            let shown: Vec<(f64, f64)> = sites
                .sites
                .iter()
                .filter(|s| s.region == region)
                .map(|s| map.project(s.latitude, s.longitude))
                .collect();
            let f = frame(&shown, map.width, map.height);
            for (x, y) in shown.iter().copied().chain([(f.x, f.y), (f.x + f.width, f.y + f.height), (f.x + f.width, f.y)]) {
                for label in [long, "South West: 10 sites. Show them on the map", "HMP Elmley, Isle of Sheppey"] {
                    let p = place_name(&f, (x, y), label);
                    let (l, t, r, b) = p.bounds();
                    let eps = 1e-6;
                    assert!(l >= f.x - eps && r <= f.x + f.width + eps && t >= f.y - eps && b <= f.y + f.height + eps,
                        "{label:?} at {:?} in {region}: {:?} outside {f:?}", (x, y), p.bounds());
                    assert_eq!(p.lines.len(), 2);
                }
            }
        }
        // Beside the marker where there is room, on the side with more.
        let f = frame(&[], map.width, map.height);
        let near_left = place_name(&f, (f.x + f.width * 0.1, f.y + f.height / 2.0), "HMP Elmley, Isle of Sheppey");
        assert_eq!(near_left.anchor, "start");
        let near_right = place_name(&f, (f.x + f.width * 0.9, f.y + f.height / 2.0), "HMP Elmley, Isle of Sheppey");
        assert_eq!(near_right.anchor, "end");
        assert_eq!(name_lines("HMP Elmley, Isle of Sheppey"), ["HMP Elmley", "Isle of Sheppey"]);
        assert_eq!(name_lines("Kent: 7 sites. Show them on the map"), ["Kent: 7 sites.", "Show them on the map"]);
    }

    #[test]
    fn two_hundred_sites_all_get_a_marker() {
        // The trust may add sites (timed in examples/sites_bench.rs).
        let points: Vec<(String, (f64, f64))> = (0..200)
            .map(|i| {
                (
                    format!("s{i}"),
                    ((i * 37 % 1000) as f64, (i * 53 % 470) as f64),
                )
            })
            .collect();
        let whole = Frame {
            x: 0.0,
            y: 0.0,
            width: 1000.0,
            height: 472.0,
        };
        let m = markers(&points, &whole);
        assert_eq!(m.len(), 200);
        assert!(m.iter().all(|x| x.x.is_finite() && x.y.is_finite()));
    }
}
