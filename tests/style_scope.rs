//! Every style rule is scoped to the app's root, so an embedding page is never restyled.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

const ROOT: &str = ".occ-app";

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The selectors of every style rule, descending into @media and @supports blocks.
fn selectors(css: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut rest = css.trim();
    while !rest.is_empty() {
        let open = rest
            .find('{')
            .ok_or_else(|| format!("no block after {rest:?}"))?;
        let prelude = rest[..open].trim();
        // Find the matching close brace.
        let mut depth = 0;
        let mut close = None;
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(open + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let close = close.ok_or("unbalanced braces")?;
        let body = &rest[open + 1..close];
        if prelude.starts_with("@media") || prelude.starts_with("@supports") {
            out.extend(selectors(body)?);
        } else if prelude.starts_with("@keyframes occ-") {
            // Named with the app's prefix, so it cannot replace a host's animation.
        } else if prelude.starts_with('@') {
            return Err(format!(
                "at-rule {prelude:?} is not allowed: it may act outside the root"
            ));
        } else {
            out.extend(split_selector_list(prelude));
        }
        rest = rest[close + 1..].trim();
    }
    Ok(out)
}

/// Splits `a, b:not(c, d)` at the commas outside parentheses.
fn split_selector_list(prelude: &str) -> Vec<String> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in prelude.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(prelude[start..i].trim().to_owned());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(prelude[start..].trim().to_owned());
    out
}

/// The stand-alone site's own page (index.html, and every page built from
/// it) marks its body with this class, which no host's page has: the one rule
/// outside the root, taking away the browser's margin round the header.
const OWN_PAGE: &str = "body.occ-stand-alone";

fn is_scoped(selector: &str) -> bool {
    selector == OWN_PAGE
        || selector
            .strip_prefix(ROOT)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '.', ':', '[', '>']))
}

fn check(css: &str) -> Vec<String> {
    match selectors(&strip_comments(css)) {
        Ok(sels) => sels.into_iter().filter(|s| !is_scoped(s)).collect(),
        Err(e) => vec![e],
    }
}

#[test]
fn every_selector_is_under_the_root() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("style");
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "css") {
            files += 1;
            let css = std::fs::read_to_string(&path).unwrap();
            let bad = check(&css);
            assert!(
                bad.is_empty(),
                "{}: unscoped selectors {bad:?}",
                path.display()
            );
        }
    }
    assert!(files > 0, "no stylesheets found");
}

#[test]
fn the_check_catches_leaks() {
    assert_eq!(check("body { margin: 0 }"), ["body"]);
    assert_eq!(check(".occ-app a, h1 { color: red }"), ["h1"]);
    assert_eq!(
        check("@media (min-width: 1px) { .occ-app p {} html {} }"),
        ["html"]
    );
    assert_eq!(check(".occ-apple { }"), [".occ-apple"]);
    assert!(check(".occ-app :where(*:not(svg, svg *)) { }").is_empty());
    assert_eq!(check(".occ-app :is(a, b), :is(p, q) { }"), [":is(p, q)"]);
    assert_eq!(check("/* .occ-app */ * { }"), ["*"]);
    assert_eq!(check("@font-face { font-family: x }").len(), 1);
    assert_eq!(check("@keyframes spin { to { opacity: 1 } }").len(), 1);
    assert!(check("@keyframes occ-reveal { to { visibility: visible } }").is_empty());
    assert!(check(".occ-app { } .occ-app.occ-fatal { } .occ-app > main { }").is_empty());
    // The own page's body alone: nothing under it, and no other element with its class.
    assert!(check("body.occ-stand-alone { margin: 0 }").is_empty());
    assert_eq!(
        check("body.occ-stand-alone p { }"),
        ["body.occ-stand-alone p"]
    );
    assert_eq!(check(".occ-stand-alone { }"), [".occ-stand-alone"]);
}

/// Only the stand-alone site's page carries the own page's class: the host
/// examples, which stand for a trust's pages, do not.
#[test]
fn only_the_own_page_has_its_class() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let class = OWN_PAGE.trim_start_matches("body.");
    let index = std::fs::read_to_string(root.join("index.html")).unwrap();
    assert!(index.contains(&format!("<body class=\"{class}\">")));
    let mut pages = vec![root.join("examples/host")];
    while let Some(dir) = pages.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pages.push(path);
            } else if path.extension().is_some_and(|e| e == "html" || e == "css") {
                let text = std::fs::read_to_string(&path).unwrap();
                assert!(!text.contains(class), "{} has {class}", path.display());
            }
        }
    }
}
