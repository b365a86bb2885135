//! The sites map, planned without drawing it: which markers a filter shows
//! (each site, or one for each region), the part of the map in view, markers
//! a thumb can hit pushed apart from close neighbours, where a marker's name
//! is written so all of it is in view, and the caption under the map. The
//! sites page only draws the `Plan`.

use crate::content::{MapFile, SiteRecord};
use crate::domain::angles;
use crate::domain::query::with_query;
use crate::domain::routes::{prison_path, PRISONS};
use crate::domain::site_filter::SiteFilter;

/// A marker to draw: a site, or a region's sites together.
#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    /// The site's id, or the region's.
    pub id: String,
    /// Where it stands, in map units.
    pub at: (f64, f64),
    /// Its accessible name, and the name written beside it.
    pub label: String,
    /// For a region: how many sites it holds.
    pub count: Option<usize>,
    /// For a site: its letter, on its marker and its card in the list
    /// ([`site_letters`]).
    pub letter: Option<String>,
    /// Where choosing it goes: the site's page, or the map of the region.
    pub route: String,
    pub closed: bool,
}

/// What the map shows for a filter: the part of the map in view, each
/// target with the marker placed for it, and the caption under the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Plan {
    pub frame: Frame,
    pub targets: Vec<(Target, Marker)>,
    pub caption: String,
}

/// Latitude and longitude to map units, the same equirectangular projection
/// the coastline was drawn with.
pub fn project(map: &MapFile, latitude: f64, longitude: f64) -> (f64, f64) {
    let mid = angles::cos(((map.south + map.north) / 2.0).to_radians());
    let k = map.width / ((map.east - map.west) * mid);
    ((longitude - map.west) * mid * k, (map.north - latitude) * k)
}

/// The map for the sites `filter` shows: each site, or one marker for each
/// region when they are in more than one (choosing one opens that region,
/// keeping the other filters and the town distances are measured from,
/// `near`). `regions` are (id, name).
pub fn plan(
    map: &MapFile,
    sites: &[SiteRecord],
    regions: &[(String, String)],
    filter: &SiteFilter,
    near: Option<&str>,
) -> Plan {
    let shown: Vec<&SiteRecord> = sites.iter().filter(|s| filter.matches(s)).collect();
    let region_name = |id: &str| {
        regions
            .iter()
            .find(|(r, _)| r == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_else(|| id.to_owned())
    };
    let at = |s: &SiteRecord| project(map, s.latitude, s.longitude);
    let targets: Vec<Target> = match by_region(&shown) {
        Some(groups) => groups
            .into_iter()
            .map(|(region, members)| {
                let n = members.len();
                let zoomed = SiteFilter {
                    region: Some(region.clone()),
                    ..filter.clone()
                };
                Target {
                    label: format!(
                        "{}: {n} {}. Show them on the map",
                        region_name(&region),
                        if n == 1 { "site" } else { "sites" }
                    ),
                    at: centre(members.iter().map(|s| at(s))),
                    count: Some(n),
                    letter: None,
                    route: with_query(PRISONS.path, &zoomed.to_query_near(near)),
                    closed: false,
                    id: region,
                }
            })
            .collect(),
        None => shown
            .iter()
            .enumerate()
            .map(|(i, s)| Target {
                id: s.id.clone(),
                at: at(s),
                label: if s.is_closed() {
                    format!("{}, {} (closed)", s.name, s.town)
                } else {
                    format!("{}, {}", s.name, s.town)
                },
                count: None,
                letter: Some(letter(i)),
                route: prison_path(&s.id),
                closed: s.is_closed(),
            })
            .collect(),
    };
    // Regions are shown on the whole map; sites framed with room round them.
    let points: Vec<(f64, f64)> = if targets.iter().any(|t| t.count.is_some()) {
        Vec::new()
    } else {
        targets.iter().map(|t| t.at).collect()
    };
    let frame = frame(&points, map.width, map.height);
    let placed = markers(
        &targets
            .iter()
            .map(|t| (t.id.clone(), t.at))
            .collect::<Vec<_>>(),
        &frame,
    );
    Plan {
        frame,
        targets: targets.into_iter().zip(placed).collect(),
        caption: map_caption(&shown, region_name),
    }
}

/// The letter of the `index`th site shown: "A" to "Z", then "AA", "AB"...
/// Every site marker carries one, and so does its card in the list, so a
/// person can tell which marker is which without pointing at each.
pub fn letter(index: usize) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        n -= 1;
        letters.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    letters.iter().rev().map(|&b| char::from(b)).collect()
}

/// Each shown site's letter, by id, as `plan` gives them to its markers:
/// none while the map shows a marker for each region instead.
pub fn site_letters<'a>(shown: &[&'a SiteRecord]) -> Vec<(&'a str, String)> {
    if by_region(shown).is_some() {
        return Vec::new();
    }
    shown
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), letter(i)))
        .collect()
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
                crate::domain::query::spoken_list(
                    &parts.iter().map(String::as_str).collect::<Vec<_>>()
                )
            )
        }
        None => format!(
            "The map shows {}: {}.",
            region_name(&shown[0].region),
            sites(shown.len())
        ),
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
        use crate::domain::format::decimal;
        format!(
            "{} {} {} {}",
            decimal(self.x),
            decimal(self.y),
            decimal(self.width),
            decimal(self.height)
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
    fn root(g: &mut [usize], i: usize) -> usize {
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
    /// How many other markers the name covers: 0 wherever there was room.
    pub covers: usize,
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
            let a = if cut == ". " {
                format!("{a}.")
            } else {
                a.to_owned()
            };
            return vec![a, b.to_owned()];
        }
    }
    vec![label.to_owned()]
}

/// A marker's label as the sentence written under the map: "HMP Elmley,
/// Isle of Sheppey." (a region's label ends with its own full stop).
pub fn name_sentence(label: &str) -> String {
    if label.ends_with(['.', '!', '?']) {
        label.to_owned()
    } else {
        format!("{label}.")
    }
}

/// Where to write a marker's name so that all of it is inside the frame,
/// clear of its own marker, and covering no other marker (`others`, where
/// they are drawn), so each one can still be seen and tapped: beside the
/// marker (on the side with more room first), else under or over it, else at
/// a corner; then the same a little further out. Where every place covers
/// one, the first that covers fewest, with how many it covers: the map then
/// writes the name only under itself (`web::pages::site_map`), as it always
/// does too, since a name there alone can be off the screen at 200% zoom.
pub fn place_name(frame: &Frame, at: (f64, f64), label: &str, others: &[(f64, f64)]) -> NamePlace {
    let unit = frame.unit();
    let size = NAME_PX * unit;
    let line_height = size * 1.25;
    let lines = name_lines(label);
    let n = lines.len() as f64;
    let widest =
        lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * CHAR_SHARE * size;
    let gap = frame.radius() + 4.0 * unit;
    let outline = OUTLINE_PX * unit;
    let (left, right) = (frame.x + outline, frame.x + frame.width - outline);
    let (top, bottom) = (frame.y + outline, frame.y + frame.height - outline);
    // The block's height: from the first line's ascent to the last's descent.
    let above_baseline = size * ASCENT;
    let block = above_baseline + (n - 1.0) * line_height + size * DESCENT;
    // max and min, not clamp: clamp's panic message would bring float
    // formatting into the sites' program.
    let fit_y = |first: f64| {
        first
            .max(top + above_baseline)
            .min(bottom - (block - above_baseline))
    };
    let fit_x0 = |x0: f64| x0.min(right - widest).max(left);
    let middle_first = at.1 - (n - 1.0) * line_height / 2.0 + size * 0.3;
    // `x0`: the block's left edge; the anchor says where `x` is in the line.
    let place = |x0: f64, y: f64, anchor: &'static str| {
        let x0 = fit_x0(x0);
        let x = match anchor {
            "start" => x0,
            "end" => x0 + widest,
            _ => x0 + widest / 2.0,
        };
        NamePlace {
            lines: lines.clone(),
            x,
            y: fit_y(y),
            anchor,
            size,
            line_height,
            covers: 0,
        }
    };
    let r = frame.radius();
    let meets = |o: &(f64, f64), (l, t, rr, b): (f64, f64, f64, f64)| {
        let (dx, dy) = (o.0 - o.0.max(l).min(rr), o.1 - o.1.max(t).min(b));
        dx * dx + dy * dy < r * r
    };
    // (across, down): -1, 0 or 1 of the way from the marker.
    let first_side = if right - at.0 >= at.0 - left {
        1.0
    } else {
        -1.0
    };
    let ways = [
        (first_side, 0.0),
        (-first_side, 0.0),
        (0.0, 1.0),
        (0.0, -1.0),
        (first_side, 1.0),
        (-first_side, 1.0),
        (first_side, -1.0),
        (-first_side, -1.0),
    ];
    let mut best: Option<NamePlace> = None;
    for step in 0..4 {
        let d = gap + f64::from(step) * size;
        for (across, down) in ways {
            let (x0, anchor) = match across {
                a if a > 0.0 => (at.0 + d, "start"),
                a if a < 0.0 => (at.0 - d - widest, "end"),
                _ => (at.0 - widest / 2.0, "middle"),
            };
            // Beside the marker only where it fits as it is: a name moved
            // along to fit would run on past the frame's edge wherever its
            // letters are wider than reckoned.
            if across != 0.0 && (x0 < left || x0 + widest > right) {
                continue;
            }
            let y = match down {
                d_ if d_ > 0.0 => at.1 + d + above_baseline,
                d_ if d_ < 0.0 => at.1 - d - block + above_baseline,
                _ => middle_first,
            };
            let p = place(x0, y, anchor);
            let bounds = p.bounds();
            if meets(&at, bounds) {
                continue;
            }
            let covers = others.iter().filter(|o| meets(o, bounds)).count();
            if covers == 0 {
                return p;
            }
            if best.as_ref().is_none_or(|fewest| covers < fewest.covers) {
                best = Some(NamePlace { covers, ..p });
            }
        }
    }
    best.unwrap_or_else(|| {
        let p = place(at.0 - widest / 2.0, at.1 + gap + above_baseline, "middle");
        let bounds = p.bounds();
        NamePlace {
            covers: others.iter().filter(|o| meets(o, bounds)).count(),
            ..p
        }
    })
}

impl NamePlace {
    /// The box the name and its outline take, as (left, top, right, bottom),
    /// using the same generous character width: for checking it is inside the frame.
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let widest = self
            .lines
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0) as f64
            * CHAR_SHARE
            * self.size;
        let x0 = match self.anchor {
            "start" => self.x,
            "end" => self.x - widest,
            _ => self.x - widest / 2.0,
        };
        let top = self.y - self.size * ASCENT;
        let bottom =
            self.y + (self.lines.len() as f64 - 1.0) * self.line_height + self.size * DESCENT;
        // With the outline round the letters.
        let o = OUTLINE_PX * self.size / NAME_PX;
        (x0 - o, top - o, x0 + widest + o, bottom + o)
    }
}

#[cfg(test)]
mod tests;
