//! A few of the app's rules run in `occ-start.js` too, before any program has
//! come (`src/occ-rules.js`): the host's base path and content folder, the
//! route for a path, and the order of vacancies at a moment. This writes the
//! Rust rules' answers on the same cases to `tests/fixtures/shared-rules.json`,
//! and `tests/tools/occ-rules.test.mjs` holds the JavaScript to them. The
//! cases are the ones where the two languages could part: white space and
//! control characters by each one's definition, and hostile paths.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::content::excerpt::VacancyClosing;
use offender_care_careers::domain::format::DateTime;
use offender_care_careers::domain::paths::{content_base, BasePath};
use offender_care_careers::domain::vacancies::in_order;
use serde_json::{json, Value};

mod files;

const BASES: &[&str] = &[
    "",
    "/",
    "careers",
    "/careers/prison-healthcare",
    "//careers//x/",
    "/a//b/",
    "https://evil.example/",
    "//evil.example",
    "/a/../b",
    "/a/./b",
    "javascript:alert(1)",
    "/a?x=1",
    "/a#x",
    "\\evil.example",
    "/%2e%2e/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    " /careers ",
    "\u{FEFF}/careers",
    "/care\u{FEFF}ers",
    "\u{00A0}/careers\u{00A0}",
    "\u{3000}/careers",
    "/a\u{0085}b",
    "/a\u{009B}b",
    "/a\u{007F}b",
    "/a\u{2028}b",
    "/a b",
    "/\u{200B}x",
    "/é/ü",
];

const CONTENT: &[&str] = &[
    "",
    "content",
    "/content/",
    "data/files",
    "/shared/content",
    "../x",
    "https://evil.example/",
    "//evil.example/c",
    " /c ",
    "\u{FEFF}/c",
    "/c\u{FEFF}",
    "\u{00A0}c",
    "/a\u{0085}b",
];

const ROUTES: &[(&str, &str)] = &[
    ("/", "/"),
    ("/", "/roles"),
    ("/", "/roles/registered-nurse"),
    ("/careers/", "/careers"),
    ("/careers/", "/careers/"),
    ("/careers/", "/careers/roles/x"),
    ("/careers/", "/careersx"),
    ("/careers/", "/other"),
    ("/careers/", "/"),
    ("/careers/x/", "/careers/x"),
    ("/careers/x/", "/careers"),
    ("/é/", "/é"),
    ("/é/", "/é/pay"),
];

/// Each case a list of closing dates, as content gives them, and a moment.
const ORDERS: &[(&str, &[&str])] = &[
    (
        "2026-05-01T12:00",
        &[
            "2026-01-10T23:59",
            "soon",
            "2026-06-01T23:59",
            "2026-04-30T23:59",
            "2026-05-02T23:59",
        ],
    ),
    // Closing at the moment itself: closed by then, in both.
    (
        "2026-05-02T23:59",
        &["2026-05-02T23:59", "2026-05-03T00:00"],
    ),
    // Equal dates keep the order they came in.
    (
        "2026-03-29T00:30",
        &[
            "2026-04-01T09:00",
            "2026-04-01T09:00",
            "",
            "2026-03-29T01:30",
            "2026-03-29T00:30",
        ],
    ),
    // Across the change to summer time and back.
    (
        "2026-10-25T01:30",
        &[
            "2026-10-25T01:00",
            "2026-10-25T02:00",
            "2026-03-29T02:30",
            "bad",
        ],
    ),
];

fn cases() -> Value {
    let bases: Vec<Value> = BASES
        .iter()
        .map(|raw| json!({ "base_path": raw, "base": BasePath::parse(raw).as_str() }))
        .collect();
    let mut content = Vec::new();
    for base in ["", "/careers/"] {
        for raw in CONTENT {
            content.push(json!({
                "base_path": base,
                "content_path": raw,
                "content": content_base(&BasePath::parse(base), Some(raw)),
            }));
        }
        content.push(json!({
            "base_path": base,
            "content_path": null,
            "content": content_base(&BasePath::parse(base), None),
        }));
    }
    let routes: Vec<Value> = ROUTES
        .iter()
        .map(|(base, path)| {
            let route = BasePath::parse(base).route_of(path).map(str::to_owned);
            json!({ "base": BasePath::parse(base).as_str(), "path": path, "route": route })
        })
        .collect();
    let orders: Vec<Value> = ORDERS
        .iter()
        .map(|(now, closings)| {
            let today = DateTime::parse(now).unwrap();
            let vacancies: Vec<VacancyClosing> = closings
                .iter()
                .enumerate()
                .map(|(i, c)| VacancyClosing {
                    id: i.to_string(),
                    title: String::new(),
                    role: String::new(),
                    closing: (*c).to_owned(),
                })
                .collect();
            // As the page writes them (`data-occ-closes`, components::dated).
            let closes: Vec<Option<i64>> = closings
                .iter()
                .map(|c| DateTime::parse(c).map(|at| at.reached_at_millis() as i64))
                .collect();
            let order: Vec<usize> = in_order(&vacancies, &today)
                .into_iter()
                .map(|l| l.vacancy.id.parse().unwrap())
                .collect();
            json!({
                "now": now,
                "now_millis": today.reached_at_millis() as i64,
                "closings": closings,
                "closes": closes,
                "order": order,
            })
        })
        .collect();
    json!({
        "written_by": "tests/shared_rules.rs: do not edit; UPDATE_CONTRACT=1 cargo test --test shared_rules",
        "base_paths": bases,
        "content_paths": content,
        "routes": routes,
        "vacancy_orders": orders,
    })
}

#[test]
fn the_written_cases_are_the_rust_rules_answers() {
    let text = serde_json::to_string_pretty(&cases()).unwrap() + "\n";
    files::written("tests/fixtures/shared-rules.json", &text);
}
