//! No trust's words in the app: every sentence that names the trust comes from
//! the content. The names searched for are the content's own (`site.json`), so
//! this holds for whichever trust runs the site. Comments may name it (they
//! say why); code and `index.html` (filled in from content by the build) may not.
#![cfg(not(target_arch = "wasm32"))]

mod files;

use std::path::Path;

fn trust_names() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let site: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("public/content/site.json")).unwrap(),
    )
    .unwrap();
    ["trust_name", "trust_short_name"]
        .iter()
        .map(|k| site[k].as_str().expect(k).to_owned())
        .collect()
}

/// Lines of `text` that name the trust outside a comment.
fn naming(text: &str, names: &[String]) -> Vec<String> {
    files::code_lines(text)
        .map(|(_, line)| line)
        .filter(|line| names.iter().any(|n| line.contains(n.as_str())))
        .map(str::to_owned)
        .collect()
}

#[test]
fn no_trust_words_in_the_app_or_index_html() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let names = trust_names();
    let mut paths = files::under("src", &["rs", "js"]);
    paths.push(root.join("index.html"));
    let mut found = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        for line in naming(&text, &names) {
            found.push(format!("{}: {}", path.display(), line.trim()));
        }
    }
    assert!(
        found.is_empty(),
        "trust words outside the content:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_search_finds_a_name_in_code_but_not_in_a_comment() {
    let names = vec!["Example Trust".to_owned()];
    assert_eq!(
        naming("// Example Trust\nlet s = \"About Example Trust\";", &names),
        ["let s = \"About Example Trust\";"]
    );
}
