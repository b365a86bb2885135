//! The app's Rust writes no HTML from strings (`inner_html`, `set_inner_html`,
//! `outer_html`, `insert_adjacent_html`): elements and text only, so what
//! content says can never become markup, and a host page that enforces
//! Trusted Types (`require-trusted-types-for 'script'`) has no string sink of
//! ours to refuse. Clearing an element is `set_text_content(None)`.
#![cfg(not(target_arch = "wasm32"))]

mod files;

/// Lines of `text` that write HTML from a string, outside comments.
fn html_writes(text: &str) -> Vec<String> {
    const SINKS: [&str; 3] = ["inner_html", "outer_html", "insert_adjacent_html"];
    files::code_lines(text)
        .map(|(_, line)| line)
        .filter(|line| SINKS.iter().any(|sink| line.contains(sink)))
        .map(|line| line.trim().to_owned())
        .collect()
}

#[test]
fn no_html_is_written_from_a_string() {
    let paths = files::under("src", &["rs"]);
    let found: Vec<String> = paths
        .iter()
        .flat_map(|path| {
            let text = std::fs::read_to_string(path).unwrap();
            html_writes(&text)
                .into_iter()
                .map(move |line| format!("{}: {line}", files::relative(path)))
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
