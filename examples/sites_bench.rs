//! Times filtering, sorting by distance and placing map markers for 200 sites:
//! `cargo run --release --example sites_bench`. Prints numbers; asserts nothing.

use offender_care_careers::content::{MapFile, Sites};
use offender_care_careers::domain::places::{frame, markers, nearest_first, SiteFilter};
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
    let runs = 200;
    let start = Instant::now();
    let mut placed = 0;
    for _ in 0..runs {
        let shown: Vec<_> = sites.iter().filter(|s| filter.matches(s)).collect();
        let sorted = nearest_first(&shown, (51.28, 0.52));
        let points: Vec<(String, (f64, f64))> = sorted
            .iter()
            .map(|(s, _)| (s.id.clone(), map.project(s.latitude, s.longitude)))
            .collect();
        let xy: Vec<(f64, f64)> = points.iter().map(|p| p.1).collect();
        placed += markers(&points, &frame(&xy, map.width, map.height)).len();
    }
    let per = start.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "sites: {} (filter, sort by distance, place markers)",
        sites.len()
    );
    println!(
        "{:.2} ms per run (mean of {runs}); {placed} markers placed",
        per * 1e3
    );
}
