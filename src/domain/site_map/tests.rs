//! Native tests of `site_map.rs`.

use super::*;
use crate::content::published as load;
use crate::content::Sites;

/// The published sites and map, and the regions as (id, name).
fn published() -> (MapFile, Sites, Vec<(String, String)>) {
    let sites: Sites = load("sites.json");
    let regions = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    (load("map.json"), sites, regions)
}

#[test]
fn the_plan_shows_regions_then_a_regions_sites() {
    let (map, sites, regions) = published();
    let every = plan(
        &map,
        &sites.sites,
        &regions,
        &SiteFilter::default(),
        Some("Maidstone"),
    );
    // More than one region: a marker for each, on the whole map, with its count.
    assert_eq!(every.targets.len(), regions.len());
    assert_eq!(every.frame, frame(&[], map.width, map.height));
    for (region, (t, m)) in regions.iter().zip(&every.targets) {
        let n = sites.sites.iter().filter(|s| s.region == region.0).count();
        assert_eq!((t.id.as_str(), t.count), (region.0.as_str(), Some(n)));
        assert!(
            t.label.starts_with(&format!("{}: {n} site", region.1)),
            "{}",
            t.label
        );
        assert!(
            t.route.contains(&format!("region={}", region.0)),
            "{}",
            t.route
        );
        assert!(t.route.contains("near=Maidstone"), "{}", t.route);
        assert_eq!(m.id, t.id);
    }
    assert_eq!(
        every.caption,
        map_caption(&sites.sites.iter().collect::<Vec<_>>(), |id| {
            regions.iter().find(|r| r.0 == id).unwrap().1.clone()
        })
    );
    // One region open: its sites, each linking to its page, in a closer frame.
    let (id, name) = &regions[0];
    let one = SiteFilter {
        region: Some(id.clone()),
        ..SiteFilter::default()
    };
    let opened = plan(&map, &sites.sites, &regions, &one, None);
    let members: Vec<&SiteRecord> = sites.sites.iter().filter(|s| &s.region == id).collect();
    assert_eq!(opened.targets.len(), members.len());
    assert!(opened.frame.width < map.width);
    for ((t, m), s) in opened.targets.iter().zip(&members) {
        assert_eq!(
            (t.id.as_str(), t.count, t.closed),
            (s.id.as_str(), None, s.is_closed())
        );
        assert_eq!(t.route, prison_path(&s.id));
        assert!(
            t.label.starts_with(&format!("{}, {}", s.name, s.town)),
            "{}",
            t.label
        );
        assert_eq!((m.true_x, m.true_y), project(&map, s.latitude, s.longitude));
    }
    assert!(
        opened
            .caption
            .starts_with(&format!("The map shows {name}:")),
        "{}",
        opened.caption
    );
    // Nothing matches: no markers, the whole map, and the caption says so.
    let none = SiteFilter {
        county: Some("Nowhere".into()),
        ..SiteFilter::default()
    };
    let empty = plan(&map, &sites.sites, &regions, &none, None);
    assert!(empty.targets.is_empty());
    assert_eq!(empty.caption, "No sites match these filters.");
}

#[test]
fn the_caption_says_what_the_map_shows() {
    let all: Sites = load("sites.json");
    let name = |id: &str| {
        all.regions
            .iter()
            .find(|r| r.id == id)
            .unwrap()
            .name
            .clone()
    };
    let every: Vec<&SiteRecord> = all.sites.iter().collect();
    let caption = map_caption(&every, name);
    for r in &all.regions {
        let n = all.sites.iter().filter(|s| s.region == r.id).count();
        assert!(
            caption.contains(&format!("{} ({n} site", r.name)),
            "{caption}"
        );
    }
    let region = &all.regions[0];
    let one: Vec<&SiteRecord> = all.sites.iter().filter(|s| s.region == region.id).collect();
    assert_eq!(
        map_caption(&one, name),
        format!(
            "The map shows {}: {} {}.",
            region.name,
            one.len(),
            if one.len() == 1 { "site" } else { "sites" }
        )
    );
    assert_eq!(map_caption(&[], name), "No sites match these filters.");
}

#[test]
fn frames_and_markers_from_a_broken_map_do_not_panic() {
    for (w, h) in [
        (-1.0, 472.0),
        (1000.0, -1.0),
        (0.0, 0.0),
        (f64::NAN, 1.0),
        (1e300, 1e-300),
    ] {
        let f = frame(&[(1.0, 2.0), (3.0, 4.0)], w, h);
        let _ = markers(
            &[("a".to_owned(), (1.0, 2.0)), ("b".to_owned(), (1.0, 2.0))],
            &f,
        );
        let _ = place_name(&f, (1.0, 2.0), "HMP A, Town", &[]).bounds();
    }
    assert_eq!(within(5.0, 0.0, 1.0), 1.0);
    assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
    assert_eq!(within(5.0, 2.0, 0.0), 1.0);
}

/// Points by name, as the map's plan takes them.
type Named = Vec<(String, (f64, f64))>;

fn projected(ids: impl Fn(&crate::content::SiteRecord) -> bool) -> (MapFile, Named) {
    let map: MapFile = load("map.json");
    let sites: Sites = load("sites.json");
    let points = sites
        .sites
        .iter()
        .filter(|s| ids(s))
        .map(|s| (s.id.clone(), project(&map, s.latitude, s.longitude)))
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
}

/// A site far from any other stays where it is; close ones are pushed apart.
/// Made-up points, so it holds whatever sites a trust adds.
#[test]
fn a_site_far_from_the_others_stays_put() {
    let f = frame(&[], 1000.0, 500.0);
    let r = f.radius();
    let points: Named = [
        ("a", (400.0, 250.0)),
        ("b", (400.0 + r / 2.0, 250.0)),
        ("c", (400.0, 250.0 + r / 2.0)),
        ("far", (400.0 + 6.0 * r, 250.0)),
    ]
    .map(|(id, at)| (id.to_owned(), at))
    .to_vec();
    let m = markers(&points, &f);
    for close in &m[..3] {
        assert_eq!(close.group, 3, "{close:?}");
        assert!(close.moved(), "{close:?}");
    }
    assert_eq!(m[3].group, 1);
    assert!(!m[3].moved(), "{:?}", m[3]);
    assert_thumb_sized(&m, &f);
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
    let centres: Named = groups
        .iter()
        .map(|(id, members)| {
            let at = centre(
                members
                    .iter()
                    .map(|s| project(&map, s.latitude, s.longitude)),
            );
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
            .map(|s| project(&map, s.latitude, s.longitude))
            .collect();
        let f = frame(&shown, map.width, map.height);
        for (x, y) in shown.iter().copied().chain([
            (f.x, f.y),
            (f.x + f.width, f.y + f.height),
            (f.x + f.width, f.y),
        ]) {
            for label in [
                long,
                "South West: 10 sites. Show them on the map",
                "HMP Elmley, Isle of Sheppey",
            ] {
                let p = place_name(&f, (x, y), label, &[]);
                let (l, t, r, b) = p.bounds();
                let eps = 1e-6;
                assert!(
                    l >= f.x - eps
                        && r <= f.x + f.width + eps
                        && t >= f.y - eps
                        && b <= f.y + f.height + eps,
                    "{label:?} at {:?} in {region}: {:?} outside {f:?}",
                    (x, y),
                    p.bounds()
                );
                assert_eq!(p.lines.len(), 2);
            }
        }
    }
    // Beside the marker where there is room, on the side with more.
    let f = frame(&[], map.width, map.height);
    let near_left = place_name(
        &f,
        (f.x + f.width * 0.1, f.y + f.height / 2.0),
        "HMP Elmley, Isle of Sheppey",
        &[],
    );
    assert_eq!(near_left.anchor, "start");
    let near_right = place_name(
        &f,
        (f.x + f.width * 0.9, f.y + f.height / 2.0),
        "HMP Elmley, Isle of Sheppey",
        &[],
    );
    assert_eq!(near_right.anchor, "end");
    assert_eq!(
        name_lines("HMP Elmley, Isle of Sheppey"),
        ["HMP Elmley", "Isle of Sheppey"]
    );
    assert_eq!(
        name_lines("Kent: 7 sites. Show them on the map"),
        ["Kent: 7 sites.", "Show them on the map"]
    );
}

#[test]
fn two_hundred_sites_all_get_a_marker() {
    // The trust may add sites (timed in examples/sites_bench.rs).
    let points: Named = (0..200)
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

#[test]
fn projection_puts_the_corners_at_the_edges() {
    let m: MapFile = load("map.json");
    let (x, y) = project(&m, m.north, m.west);
    assert!(x.abs() < 1e-9 && y.abs() < 1e-9);
    let (x, y) = project(&m, m.south, m.east);
    assert!((x - m.width).abs() < 1e-6, "{x}");
    assert!((y - m.height).abs() < 1.0, "{y} vs {}", m.height);
    // East is right, north is up.
    let (a, b) = (project(&m, 51.0, -3.0), project(&m, 51.0, 0.0));
    assert!(b.0 > a.0 && (b.1 - a.1).abs() < 1e-9);
    assert!(project(&m, 51.5, 0.0).1 < project(&m, 50.5, 0.0).1);
}

#[test]
fn distances_keep_their_proportions() {
    // Equirectangular at the middle latitude: a mile east and a mile north are about the same length.
    let m: MapFile = load("map.json");
    let o = project(&m, 51.0, -1.0);
    let north = project(&m, 51.0 + 1.0 / 69.0, -1.0);
    let east = project(&m, 51.0, -1.0 + 1.0 / (69.0 * 51.0f64.to_radians().cos()));
    let (dn, de) = (o.1 - north.1, east.0 - o.0);
    assert!((dn / de - 1.0).abs() < 0.02, "{dn} {de}");
}

#[test]
fn a_name_covers_no_other_marker_where_it_can_help_it() {
    let map: MapFile = crate::content::published("map.json");
    let f = frame(&[], map.width, map.height);
    let at = (f.x + f.width * 0.5, f.y + f.height / 2.0);
    let label = "HMP Elmley, Isle of Sheppey";
    let alone = place_name(&f, at, label, &[]);
    assert_eq!(alone.anchor, "start");
    // A neighbour where the name would go: the name goes to the other side.
    let gap = f.radius() + 4.0 * f.unit();
    let neighbour = (at.0 + gap + f.unit() * 20.0, at.1);
    let moved = place_name(&f, at, label, &[neighbour]);
    assert_eq!(moved.anchor, "end");
    let covers = |p: &NamePlace, o: (f64, f64)| {
        let (l, t, r, b) = p.bounds();
        (o.0 - o.0.clamp(l, r)).hypot(o.1 - o.1.clamp(t, b)) < f.radius()
    };
    assert!(covers(&alone, neighbour) && !covers(&moved, neighbour));
    // Neighbours on both sides: under the marker.
    let both = [neighbour, (at.0 - gap - f.unit() * 20.0, at.1)];
    let under = place_name(&f, at, label, &both);
    assert_eq!(under.anchor, "middle");
    assert!(under.y > at.1);
    assert!(both.iter().all(|o| !covers(&under, *o)));
    assert_eq!((alone.covers, moved.covers, under.covers), (0, 0, 0));
    // Markers all round, as close as markers are drawn: nowhere is clear,
    // and the place says how many it covers, so the map can leave it out.
    let step = f.radius() * 2.0 + f.unit() * 4.0;
    let crowd: Vec<(f64, f64)> = (-6..=6)
        .flat_map(|i| (-6..=6).map(move |j| (i, j)))
        .filter(|&(i, j)| (i, j) != (0, 0))
        .map(|(i, j)| (at.0 + f64::from(i) * step, at.1 + f64::from(j) * step))
        .collect();
    let crowded = place_name(&f, at, label, &crowd);
    let covered = crowd.iter().filter(|o| covers(&crowded, **o)).count();
    assert!(covered > 0);
    assert_eq!(crowded.covers, covered);
}

#[test]
fn each_site_marker_and_its_card_share_a_letter() {
    assert_eq!(
        [0, 1, 25, 26, 27, 51, 52, 701, 702].map(letter),
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
    );
    let map: MapFile = load("map.json");
    let sites: Sites = load("sites.json");
    let regions: Vec<(String, String)> = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    // A region's sites: the markers' letters are the list's, in its order.
    let filter = SiteFilter {
        region: Some(sites.sites[0].region.clone()),
        ..SiteFilter::default()
    };
    let p = plan(&map, &sites.sites, &regions, &filter, None);
    let shown: Vec<&SiteRecord> = sites.sites.iter().filter(|s| filter.matches(s)).collect();
    let letters = site_letters(&shown);
    let on_map: Vec<(&str, String)> = p
        .targets
        .iter()
        .map(|(t, _)| (t.id.as_str(), t.letter.clone().unwrap_or_default()))
        .collect();
    assert!(!letters.is_empty());
    assert_eq!(letters, on_map);
    // A marker for each region: no letters, on the map or in the list.
    let all = SiteFilter::default();
    let shown: Vec<&SiteRecord> = sites.sites.iter().filter(|s| all.matches(s)).collect();
    if by_region(&shown).is_some() {
        assert!(site_letters(&shown).is_empty());
        let p = plan(&map, &sites.sites, &regions, &all, None);
        assert!(p.targets.iter().all(|(t, _)| t.letter.is_none()));
    }
}

#[test]
fn a_name_under_the_map_is_one_sentence() {
    assert_eq!(
        name_sentence("HMP Elmley, Isle of Sheppey"),
        "HMP Elmley, Isle of Sheppey."
    );
    assert_eq!(
        name_sentence("Kent: 7 sites. Show them on the map."),
        "Kent: 7 sites. Show them on the map."
    );
}
