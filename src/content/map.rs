use super::{content_type, ContentFile, Finding, Named, Problem, Problems, Source};

content_type! {
    /// `map.json`: the coastline the map of sites is drawn on, already projected
    /// to map units (made by `tools/make-map.mjs` from Natural Earth).
    pub struct MapFile {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub attribution: String,
        pub source: Source,
        /// The area drawn, in degrees.
        pub west: f64,
        pub east: f64,
        pub south: f64,
        pub north: f64,
        /// The drawing's size in map units.
        pub width: f64,
        pub height: f64,
        /// SVG path data for each piece of land.
        pub land: Vec<String>,
    }
}

/// The largest a map's width or height may be, in map units: far beyond any
/// drawing, yet small enough that nothing worked out from it overflows.
pub const MAX_UNITS: f64 = 100_000.0;

impl MapFile {
    /// Whether the map can be drawn at all: an area and a size that are real
    /// numbers in range. The app draws no map from a file that fails this
    /// (the list of sites still has every site), and the editors' check
    /// reports it.
    pub fn drawable(&self) -> bool {
        let degrees = [self.west, self.east, self.south, self.north];
        degrees.iter().all(|d| d.is_finite() && d.abs() <= 180.0)
            && self.west < self.east
            && self.south < self.north
            && self.south >= -90.0
            && self.north <= 90.0
            && [self.width, self.height]
                .iter()
                .all(|n| (1.0..=MAX_UNITS).contains(n))
    }

    pub fn contains(&self, latitude: f64, longitude: f64) -> bool {
        (self.south..=self.north).contains(&latitude)
            && (self.west..=self.east).contains(&longitude)
    }
}

impl ContentFile for MapFile {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.text("attribution", &self.attribution);
        p.source("source", &self.source);
        if !(self.west < self.east && self.south < self.north) {
            p.push("", Problem::NotAnArea);
        }
        if ![self.width, self.height]
            .iter()
            .all(|n| (1.0..=MAX_UNITS).contains(n))
        {
            p.push("", Problem::MapSize { most: MAX_UNITS });
        }
        if !self.drawable() && p.found.is_empty() {
            p.push("", Problem::NotLongitudesAndLatitudes);
        }
        if self.land.is_empty() {
            p.push("land", Problem::NoEntries);
        }
        for (i, d) in self.land.iter().enumerate() {
            // Path data only: nothing an SVG could treat as anything else.
            if !d.starts_with('M')
                || !d
                    .chars()
                    .all(|c| c.is_ascii_digit() || " .-MLZ".contains(c))
            {
                p.push(&format!("land[{i}]"), Problem::NotPathData);
            }
        }
        p.done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_that_cannot_be_drawn_is_reported_and_not_drawn() {
        assert!(map().drawable());
        assert!(map().problems().is_empty());
        let changes: [fn(&mut MapFile); 6] = [
            |m| m.height = -1.0,
            |m| m.width = 0.0,
            |m| m.width = f64::INFINITY,
            |m| m.height = 1e300,
            |m| m.east = m.west,
            |m| m.north = 1e9,
        ];
        for change in changes {
            let mut m = map();
            change(&mut m);
            assert!(!m.drawable(), "{m:?}");
            assert!(!m.problems().is_empty(), "{m:?}");
        }
    }

    fn map() -> MapFile {
        crate::content::published("map.json")
    }

    #[test]
    fn path_data_is_checked() {
        let mut m = map();
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        let added = m.land.len();
        m.land.push("M0 0L10 10Z\" onload=\"x".into());
        assert_eq!(
            m.problems(),
            [Finding::at(
                "map.json",
                &format!("land[{added}]"),
                Problem::NotPathData
            )]
        );
    }
}
