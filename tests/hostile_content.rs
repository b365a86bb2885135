//! No content file can make the app panic. The app does not run the editors'
//! checks when it loads content (they are the editors' job, on /check), so a
//! file that parses reaches the pages as it is. This feeds each content type
//! hostile values, one field at a time (negative, zero, huge and tiny
//! numbers; empty, long and right-to-left strings; empty lists), through the
//! domain functions the pages call with them, and asserts none panics.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::content::*;
use offender_care_careers::domain::format::DateTime;
use offender_care_careers::domain::site_filter::SiteFilter;
use offender_care_careers::domain::{
    compare, head, pathways, pay_estimate, places, quiz, role_filter, roles, site_map, vacancies,
};
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

fn published(file: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/content")
        .join(file);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// Every value in a file, by its JSON pointer.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                pointers(
                    child,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// What a careless or hostile edit could put in place of `v`.
fn hostile(v: &Value) -> Vec<Value> {
    match v {
        Value::Number(_) => [-1.0, 0.0, 1e-300, 1e300, -1e300, 0.5]
            .into_iter()
            .map(|n| serde_json::json!(n))
            .chain([serde_json::json!(u32::MAX), serde_json::json!(-1)])
            .collect(),
        Value::String(_) => vec![
            Value::from(""),
            Value::from(" "),
            Value::from("é".repeat(300)),
            Value::from("\u{202e}x, y. z"),
            Value::from("2026-13-45T25:61"),
        ],
        Value::Array(_) => vec![Value::Array(vec![])],
        _ => vec![],
    }
}

/// `whole` with one file replaced by `value`, if it parses.
fn with(whole: &Content, file: &str, value: &Value) -> Option<Content> {
    let mut p = whole.clone();
    p.replace(file, &value.to_string()).ok()?;
    Some(p)
}

/// What the pages do with the content: the sites page and its map, the
/// role pages, comparison and pathways, the quiz's results, pay and
/// vacancies.
fn drive(p: &Content, changed: Option<&str>) {
    let now = DateTime::uk_at(1_780_000_000_000.0);
    // Only the parts that read the changed file (all of them for the published content).
    let reads = |part: usize| changed.is_none_or(|c| PARTS[part].contains(&c));
    if reads(0) {
        sites_page(p);
    }
    if reads(1) {
        role_pages(p);
    }
    if reads(2) {
        pay_page(p, &now);
    }
    if reads(3) {
        vacancy_pages(p, &now);
    }
}

/// The files each part of `drive` reads: sites, roles, pay, vacancies.
const PARTS: [&[&str]; 4] = [
    &["sites.json", "map.json", "site.json"],
    &["roles.json", "pay.json", "quiz.json", "glossary.json"],
    &["pay.json", "sites.json"],
    &["vacancies.json", "sites.json", "site.json"],
];

fn sites_page(p: &Content) {
    // Sites: filters, distances, the map at every view a person can open.
    let regions: Vec<String> = p.sites.regions.iter().map(|r| r.id.clone()).collect();
    let named: Vec<(String, String)> = p
        .sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let counties = places::counties(&p.sites.sites);
    let towns = places::towns(&p.sites);
    let all: Vec<&SiteRecord> = p.sites.sites.iter().collect();
    let mut filters = vec![
        SiteFilter::default(),
        SiteFilter {
            county: Some("none".into()),
            ..SiteFilter::default()
        },
    ];
    for (key, values) in [("region", &regions), ("county", &counties)] {
        for v in values {
            filters.push(SiteFilter::from_query([(key, v.as_str())], &regions, &counties).0);
        }
    }
    for f in &filters {
        let shown: Vec<&SiteRecord> = all.iter().copied().filter(|s| f.matches(s)).collect();
        for (town, at) in towns.iter().take(2) {
            for (s, d) in places::nearest_first(&shown, *at) {
                let _ = (
                    places::miles_label(d),
                    places::category_label(s),
                    places::holds_label(s),
                );
                let _ = head::site_description(s, &p.sites, &p.site.trust_name);
            }
            draw(&site_map::plan(
                &p.map,
                &p.sites.sites,
                &named,
                f,
                Some(town),
            ));
        }
    }
    // Each site alone on the map.
    for s in &p.sites.sites {
        draw(&site_map::plan(
            &p.map,
            std::slice::from_ref(s),
            &named,
            &SiteFilter::default(),
            None,
        ));
    }
}

/// What the page does with a map's plan: its frame, and each marker's name.
fn draw(plan: &site_map::Plan) {
    let frame = &plan.frame;
    let _ = (frame.view_box(), frame.radius());
    let markers: Vec<(f64, f64)> = plan.targets.iter().map(|(_, m)| (m.x, m.y)).collect();
    for (t, m) in &plan.targets {
        let _ = m.moved();
        let others: Vec<(f64, f64)> = markers
            .iter()
            .copied()
            .filter(|o| *o != (m.x, m.y))
            .collect();
        let _ = site_map::place_name(frame, (m.x, m.y), &t.label, &others).bounds();
    }
}

fn role_pages(p: &Content) {
    // Roles: filters, labels, pay points, comparison and pathways.
    let (filter, _) =
        role_filter::RoleFilter::from_query([("type", "clinical"), ("band-from", "3")]);
    let _ = filter.apply(&p.roles.roles);
    let ids: Vec<String> = p.roles.roles.iter().map(|r| r.id.clone()).collect();
    for r in &p.roles.roles {
        let _ = (
            roles::registration_label(r),
            roles::pay_points(r, &p.pay),
            role_filter::band_range_label(r),
        );
    }
    let _ = compare::Selection::parse(&ids.join(","), &p.roles);
    let _ = compare::route(&ids);
    let _ = pathways::layout(&p.roles);
    for id in &ids {
        let _ = pathways::route_from(id);
    }
    // The quiz: every first answer, every last answer, and none.
    let Some(q) = &p.quiz else { return };
    let mut answers = quiz::Answers::empty(q);
    let needs = offender_care_careers::content::excerpt::RoleNeeds::of(&p.roles);
    let _ = quiz::sort(q, &needs, &answers);
    for (q, chosen) in q.questions.iter().zip(answers.0.iter_mut()) {
        if !q.answers.is_empty() {
            chosen.push(0);
        }
    }
    let _ = quiz::sort(q, &needs, &answers);
    let _ = quiz::no_role_notes(q, &answers);
    let code = quiz::encode(q, &answers);
    let _ = quiz::decode(q, &code);
    // The words explained on a page.
    let texts: Vec<&str> = p.roles.roles.iter().map(|r| r.summary.as_str()).collect();
    let _ = offender_care_careers::domain::glossary::terms_in(&p.glossary, &texts);
}

fn pay_page(p: &Content, now: &DateTime) {
    let mut areas = p.pay.trust_supplement_regions.clone();
    areas.push(String::new());
    for b in &p.pay.bands {
        for point in 1..=b.points.len() + 1 {
            for hours in ["37.5", "1"] {
                for area in &areas {
                    let input = pay_estimate::Input {
                        band: b.band.code().to_owned(),
                        point: point.to_string(),
                        hours: hours.to_owned(),
                        area: area.clone(),
                    };
                    let _ = pay_estimate::estimate(&p.pay, &input);
                }
            }
        }
    }
    let _ = pay_estimate::parse_hours("22.5", p.pay.full_time_hours);
    let _ = (
        pay_estimate::rates_past_their_period(&p.pay, now),
        pay_estimate::rates_end(&p.pay),
    );
    let _ = (
        pay_estimate::period_text(&p.pay),
        pay_estimate::period_end_text(&p.pay),
    );
}

fn vacancy_pages(p: &Content, now: &DateTime) {
    // Vacancies: their order, their pages and job postings.
    let _ = vacancies::in_order(&p.vacancies.vacancies, now);
    for v in &p.vacancies.vacancies {
        let listing = vacancies::Listing::of(v, now);
        let _ = (listing.closing_text(), head::vacancy_description(&listing));
        let _ = head::job_posting(v, &p.sites, &p.site, now, "https://example.org/v");
    }
}

#[test]
fn no_content_file_can_make_the_pages_panic() {
    // Panics are caught and counted here; their messages would bury the report.
    std::panic::set_hook(Box::new(|_| {}));
    // Every content file the pages driven here read.
    let files: Vec<(&str, Value)> = FILES
        .iter()
        .filter(|f| PARTS.iter().any(|part| part.contains(&f.name)))
        .map(|f| (f.name, published(f.name)))
        .collect();
    let mut findings = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content");
    let whole = Content::read(
        |file| std::fs::read_to_string(dir.join(file)).ok(),
        &mut findings,
    )
    .expect("the published content parses");
    assert!(
        catch_unwind(AssertUnwindSafe(|| drive(&whole, None))).is_ok(),
        "the published content panics"
    );
    let (mut tried, mut panics) = (0, Vec::new());
    for (file, value) in &files {
        let mut at = Vec::new();
        pointers(value, String::new(), &mut at);
        for pointer in at.iter().filter(|p| !p.is_empty()) {
            for bad in hostile(value.pointer(pointer).unwrap()) {
                let mut changed = value.clone();
                *changed.pointer_mut(pointer).unwrap() = bad.clone();
                let Some(p) = with(&whole, file, &changed) else {
                    continue;
                };
                tried += 1;
                if catch_unwind(AssertUnwindSafe(|| drive(&p, Some(file)))).is_err() {
                    panics.push(format!("{file} {pointer} = {bad}"));
                }
            }
        }
    }
    let _ = std::panic::take_hook();
    assert!(tried > 1000, "only {tried} hostile files parsed");
    assert!(
        panics.is_empty(),
        "{} of {tried} hostile files panic, such as:\n{}",
        panics.len(),
        panics[..panics.len().min(40)].join("\n")
    );
}
