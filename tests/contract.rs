//! The names the app shares with its scripts, tools, stylesheet and tests are
//! written once, in `domain::contract`. These tests hold everything else to
//! it: every `data-occ-*` attribute named anywhere in the project is one of
//! the contract's (so a mistyped or retired name fails here, not in a
//! browser), every name in the contract is used, and the JavaScript and the
//! Rust outside the contract read the names from it instead of writing them
//! again.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::domain::contract::{attr, event, global, ROOT_ID};
mod files;

use files::{code_lines, relative, under as files, ROOT};
use std::path::{Path, PathBuf};

/// Attributes the app once read and now must not: the hardening tests put
/// them on a page to show they are ignored.
const RETIRED: &[&str] = &["data-occ-preload"];

/// Every file of the project that may name a shared attribute.
fn project_files() -> Vec<PathBuf> {
    let mut all = Vec::new();
    for (dir, exts) in [
        ("src", &["rs", "js", "json"][..]),
        ("tools", &["mjs", "js"]),
        ("style", &["css"]),
        ("tests", &["rs", "mjs", "js", "html"]),
        ("deploy", &["conf", "js", "html"]),
        ("docs", &["md"]),
        ("examples", &["html", "conf", "md"]),
    ] {
        all.extend(files(dir, exts));
    }
    all.push(Path::new(ROOT).join("index.html"));
    all.push(Path::new(ROOT).join("README.md"));
    all
}

/// The contract itself, and this test, which names attributes to look for.
fn is_contract(path: &Path) -> bool {
    let r = relative(path);
    r == "src/domain/contract.rs" || r == "src/contract.json" || r == "tests/contract.rs"
}

/// Each `data-occ-…` name in `text`.
fn occ_attributes(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("data-occ-") {
        let name = &rest[at..];
        let end = name
            .char_indices()
            .skip("data-occ-".len())
            .find(|(_, c)| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
            .map_or(name.len(), |(i, _)| i);
        // "data-occ-*", the prefix alone, names no attribute.
        let named = name[..end].trim_end_matches('-');
        if named != "data-occ" {
            out.push(named);
        }
        rest = &name[end..];
    }
    out
}

#[test]
fn every_attribute_named_anywhere_is_the_contracts() {
    let mut unknown = Vec::new();
    for path in project_files().iter().filter(|p| !is_contract(p)) {
        let text = std::fs::read_to_string(path).unwrap();
        for name in occ_attributes(&text) {
            let known = attr::ALL.iter().any(|(_, v)| *v == name) || RETIRED.contains(&name);
            if !known {
                unknown.push(format!("{}: {name}", relative(path)));
            }
        }
    }
    assert!(
        unknown.is_empty(),
        "attributes that src/domain/contract.rs does not name: {unknown:#?}"
    );
}

#[test]
fn every_name_in_the_contract_is_used() {
    let texts: Vec<String> = project_files()
        .iter()
        .filter(|p| !is_contract(p))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    let used = |name: &str| texts.iter().any(|t| t.contains(name));
    for (key, name) in attr::ALL {
        // Used in JavaScript as ATTR.KEY, in Rust as attr::KEY, elsewhere by name.
        let by_key =
            |t: &String| t.contains(&format!("ATTR.{key}")) || t.contains(&format!("attr::{key}"));
        assert!(
            used(name) || texts.iter().any(by_key),
            "{key} ({name}) is used nowhere"
        );
    }
    for (key, _) in event::ALL {
        assert!(
            texts.iter().any(
                |t| t.contains(&format!("EVENT.{key}")) || t.contains(&format!("event::{key}"))
            ),
            "event {key} is used nowhere"
        );
    }
}

/// The JavaScript the app ships and the build's tools read every shared
/// name from the contract (`__OCC_CONTRACT__`, `tools/contract.mjs`).
#[test]
fn scripts_and_tools_read_names_from_the_contract() {
    let mut restated = Vec::new();
    let mut scripts = files("src", &["js"]);
    scripts.extend(files("tools", &["mjs", "js"]));
    for path in &scripts {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in code_lines(&text) {
            let mut found: Vec<&str> = attr::ALL
                .iter()
                .map(|(_, v)| *v)
                .chain(event::ALL.iter().map(|(_, v)| *v))
                .chain(global::ALL.iter().map(|(_, v)| *v))
                .filter(|v| {
                    ["\"", "'", "`", "[", ".", " "]
                        .iter()
                        .any(|before| line.contains(&format!("{before}{v}")))
                })
                .collect();
            if line.contains(&format!("\"{ROOT_ID}\"")) || line.contains(&format!("#{ROOT_ID}")) {
                found.push(ROOT_ID);
            }
            for name in found {
                restated.push(format!("{}:{n}: {name}", relative(path)));
            }
        }
    }
    assert!(
        restated.is_empty(),
        "names written out where the contract should be read: {restated:#?}"
    );
}

/// Rust outside the contract uses its constants; an attribute in a `view!`
/// is the macro's own syntax (a name, not a string), which the first test
/// above holds to the contract.
#[test]
fn rust_uses_the_contracts_constants() {
    let mut restated = Vec::new();
    for path in files("src", &["rs"]).iter().filter(|p| !is_contract(p)) {
        let text = std::fs::read_to_string(path).unwrap();
        for (n, line) in code_lines(&text) {
            let names = attr::ALL
                .iter()
                .chain(event::ALL)
                .chain(global::ALL)
                .map(|(_, v)| *v)
                .chain([ROOT_ID]);
            for name in names {
                if line.contains(&format!("\"{name}\"")) {
                    restated.push(format!("{}:{n}: {name}", relative(path)));
                }
            }
        }
    }
    assert!(
        restated.is_empty(),
        "string literals that restate a name of src/domain/contract.rs: {restated:#?}"
    );
}

/// The server's locations for the app's routes, written from the routes
/// themselves (`domain::routes`), so a route added to the app is served.
fn routes_snippet() -> String {
    use offender_care_careers::domain::contract::paths_pattern;
    use offender_care_careers::domain::routes::{CHECK, ITEM_SECTIONS, SECTIONS};
    let pages: Vec<_> = SECTIONS.iter().filter(|s| s.path != CHECK.path).collect();
    let items: Vec<_> = ITEM_SECTIONS.iter().collect();
    format!(
        r#"# Written by tests/contract.rs from the app's routes (src/domain/routes.rs):
# do not edit. After changing a route, run
# `UPDATE_CONTRACT=1 cargo test --test contract` and commit this file.
#
# The app's routes (an item's id is lower-case letters, digits and hyphens);
# routes.spec.mjs and hardening.spec.mjs check every route answers 200 and
# other paths 404. Pages built in advance (tools/prerender.mjs) are in
# prerendered/<path>/ and paint before any program has started; a route with
# no built page (an item added to the content since the build) gets
# index.html, the app page, which shows it. A link with a query (filters, a
# comparison, pay figures) gets the built page of its path too: the part that
# reads the query says it is getting ready until its program has read it.
location ~ "{pages}" {{
    include snippets/occ-security-headers.conf;
    add_header Cache-Control "no-cache" always;
    try_files /prerendered$uri/index.html /index.html;
}}

# The editors' check is for the trust's editors: search engines are told to
# leave it out (the page adds the same as a meta tag), with or without a
# trailing slash.
location ~ "{check}" {{
    include snippets/occ-security-headers.conf;
    add_header Cache-Control "no-cache" always;
    add_header X-Robots-Tag "noindex" always;
    try_files /prerendered{check_path}/index.html /index.html;
}}
"#,
        pages = paths_pattern(&pages, &items),
        check = paths_pattern(&[&CHECK], &[]),
        check_path = CHECK.path,
    )
}

/// Written by `domain::contract::to_json`: what the build and the tools read.
#[test]
fn the_written_contract_is_current() {
    files::written(
        "src/contract.json",
        &offender_care_careers::domain::contract::to_json(),
    );
}

#[test]
fn the_servers_routes_are_the_apps() {
    files::written("deploy/nginx/snippets/occ-routes.conf", &routes_snippet());
    let site = std::fs::read_to_string(Path::new(ROOT).join("deploy/nginx/site.conf")).unwrap();
    assert!(
        site.contains("include snippets/occ-routes.conf;"),
        "site.conf does not include the routes"
    );
}
