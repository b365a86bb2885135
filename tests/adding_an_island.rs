//! Keeps docs/architecture.md's "Adding an island" true: every island has
//! each thing that list asks for, every island program is some island's, and
//! the list names every file checked here. A step added to the list without
//! a check here, or a check without its step, fails.
#![cfg(not(target_arch = "wasm32"))]

mod files;

use files::read;
use offender_care_careers::domain::islands::Island;

/// Every Rust file in `dir` (not below it), with its name and text.
fn sources(dir: &str) -> Vec<(String, String)> {
    files::under(dir, &["rs"])
        .into_iter()
        .filter(|p| p.parent().map(files::relative).as_deref() == Some(dir))
        .map(|p| (files::relative(&p), std::fs::read_to_string(&p).unwrap()))
        .collect()
}

/// The files the checks below read, as the list names them.
const CHECKED: &[&str] = &[
    "src/domain/islands.rs",
    "src/web/pages/",
    "src/bin/island-<program>.rs",
    "index.html",
    "tests/e2e/weight.spec.mjs",
    "src/contract.json",
];

#[test]
fn the_list_names_every_file_checked() {
    let docs = read("docs/architecture.md");
    let list = docs
        .split("### Adding an island")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("docs/architecture.md has \"### Adding an island\"");
    for file in CHECKED {
        assert!(
            list.contains(file),
            "\"Adding an island\" does not name {file}"
        );
    }
}

#[test]
fn every_island_is_on_a_page_and_run_by_its_program() {
    let pages = sources("src/web/pages");
    let index = read("index.html");
    let weights = read("tests/e2e/weight.spec.mjs");
    let ceilings = weights
        .split("const ISLAND_BROTLI_CEILINGS = {")
        .nth(1)
        .and_then(|rest| rest.split('}').next())
        .expect("weight.spec.mjs has ISLAND_BROTLI_CEILINGS");
    let contract: serde_json::Value = serde_json::from_str(&read("src/contract.json")).unwrap();
    for island in Island::ALL {
        let variant = format!("Island::{island:?}");
        let program = island.program();
        // 2: placed on a page.
        let placed = pages.iter().any(|(_, text)| {
            text.contains(&format!("island={variant}"))
                || text.contains(&format!("island=crate::domain::islands::{variant}"))
        });
        assert!(placed, "no page in src/web/pages/ places {variant}");
        // 3: its program mounts it, and Trunk builds the program.
        let bin = format!("src/bin/island-{program}.rs");
        let source = read(&bin);
        assert!(
            source.contains(&format!("{variant},")) && source.contains("web::islands::start"),
            "{bin} does not start {variant}"
        );
        let link = format!(
            r#"<link data-trunk rel="rust" data-bin="island-{program}" data-type="worker" data-bindgen-target="web" data-wasm-opt="z">"#
        );
        assert!(
            index.contains(&link),
            "index.html has no Trunk link for island-{program}"
        );
        // 4: a ceiling for its program's weight.
        assert!(
            ceilings.contains(&format!(" {program}: ")),
            "weight.spec.mjs has no ceiling for {program}"
        );
        // 5: occ-start.js is told which program runs it.
        assert_eq!(
            contract["ISLAND_PROGRAMS"][island.name()].as_str(),
            Some(program),
            "src/contract.json is out of date: run `UPDATE_CONTRACT=1 cargo test`"
        );
    }
}

#[test]
fn every_island_program_runs_an_island() {
    for (file, _) in sources("src/bin") {
        let name = file.trim_start_matches("src/bin/").trim_end_matches(".rs");
        let Some(program) = name.strip_prefix("island-") else {
            panic!("{file}: src/bin/ holds only island programs (the app and the check worker are named in Cargo.toml)");
        };
        assert!(
            Island::ALL.iter().any(|i| i.program() == program),
            "{file} is no island's program"
        );
    }
}
