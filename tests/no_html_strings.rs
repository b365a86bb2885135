//! The app's Rust writes no HTML from strings (`inner_html`, `set_inner_html`,
//! `outer_html`, `insert_adjacent_html`): elements and text only, so what
//! content says can never become markup, and a host page that enforces
//! Trusted Types (`require-trusted-types-for 'script'`) has no string sink of
//! ours to refuse. Clearing an element is `set_text_content(None)`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Lines of `text` that write HTML from a string, outside comments.
fn html_writes(text: &str) -> Vec<String> {
    const SINKS: [&str; 3] = ["inner_html", "outer_html", "insert_adjacent_html"];
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .filter(|line| SINKS.iter().any(|sink| line.contains(sink)))
        .map(|line| line.trim().to_owned())
        .collect()
}

#[test]
fn no_html_is_written_from_a_string() {
    let mut paths = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut paths,
    );
    let found: Vec<String> = paths
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            html_writes(&text)
                .into_iter()
                .map(move |line| format!("{}: {line}", path.display()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "HTML written from a string:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_search_finds_a_sink_in_code_but_not_in_a_comment() {
    assert_eq!(
        html_writes("// root.set_inner_html(\"\")\nroot.set_inner_html(\"\");\nel.inner_html=x"),
        ["root.set_inner_html(\"\");", "el.inner_html=x"]
    );
}
