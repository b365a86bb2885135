//! Times filtering and sorting by distance for 200 sites, and planning the map
//! for them (`site_map::plan`: markers, groups, labels, the frame, the
//! caption): `cargo run --release --example sites_bench`. Prints numbers;
//! asserts nothing.

use offender_care_careers::content::{MapFile, Sites};
use offender_care_careers::domain::places::nearest_first;
use offender_care_careers::domain::site_filter::SiteFilter;
use offender_care_careers::domain::site_map::plan;
use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/content");
    let base: Sites =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/sites.json")).unwrap())
            .unwrap();
    let map: MapFile =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/map.json")).unwrap()).unwrap();
    // 200 sites: the real ones, repeated with small shifts so they spread over the map.
    let sites: Vec<_> = (0..200)
        .map(|i| {
            let mut s = base.sites[i % base.sites.len()].clone();
            s.id = format!("{}-{i}", s.id);
            s.latitude += (i / base.sites.len()) as f64 * 0.03;
            s.longitude -= (i / base.sites.len()) as f64 * 0.05;
            s
        })
        .collect();
    let filter = SiteFilter {
        hide_closed: true,
        ..SiteFilter::default()
    };
    let regions: Vec<(String, String)> = base
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let one_region = SiteFilter {
        region: Some(regions[0].0.clone()),
        ..filter.clone()
    };
    let runs = 200;
    let start = Instant::now();
    let mut sorted = 0;
    for _ in 0..runs {
        let shown: Vec<_> = sites.iter().filter(|s| filter.matches(s)).collect();
        sorted += nearest_first(&shown, (51.28, 0.52)).len();
    }
    let filtering = start.elapsed().as_secs_f64() / f64::from(runs);
    let start = Instant::now();
    let mut placed = 0;
    for _ in 0..runs {
        // The whole map (a marker per region), then one region's sites.
        placed += plan(&map, &sites, &regions, &filter, None).targets.len();
        placed += plan(&map, &sites, &regions, &one_region, None)
            .targets
            .len();
    }
    let planning = start.elapsed().as_secs_f64() / f64::from(runs);
    println!("sites: {}", sites.len());
    println!(
        "{:.2} ms per run to filter and sort by distance (mean of {runs}); {sorted} sorted",
        filtering * 1e3
    );
    println!(
        "{:.2} ms per run to plan the map for every region and for one (mean of {runs}); {placed} markers placed",
        planning * 1e3
    );
}
