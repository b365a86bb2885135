//! The project's own files, for the native tests that read them (which names
//! they use, what they write): one walker and one rule for what is code.
#![allow(dead_code)] // Each test uses the part it needs.

use std::path::{Path, PathBuf};

pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every file under `dir` (from the project's root) whose extension is one
/// of `exts`, in a stable order; none when `dir` is not there.
pub fn under(dir: &str, exts: &[&str]) -> Vec<PathBuf> {
    fn walk(dir: &Path, exts: &[&str], out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, exts, out);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| exts.contains(&e))
            {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(ROOT).join(dir), exts, &mut out);
    out.sort();
    out
}

/// A file's path from the project's root, as messages name it.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(ROOT)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// A file's text, by its path from the project's root.
pub fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(ROOT).join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The lines of code in `text` with their numbers from 1, leaving out whole
/// lines of comment (`//`, `///`, `//!`, and `/*` or ` * ` blocks), which may
/// name what code may not.
pub fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| {
            let l = l.trim_start();
            !(l.starts_with("//") || l.starts_with("/*") || l.starts_with('*'))
        })
}

/// A file the project writes from Rust (the contract, the server's routes,
/// the shared rules' cases): `UPDATE_CONTRACT=1 cargo test` writes `text` to
/// `path`; otherwise the test fails unless the file holds it.
pub fn written(path: &str, text: &str) {
    let full = Path::new(ROOT).join(path);
    if std::env::var_os("UPDATE_CONTRACT").is_some() {
        std::fs::write(&full, text).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&full).ok().as_deref(),
        Some(text),
        "{path} is out of date: run `UPDATE_CONTRACT=1 cargo test` and commit it"
    );
}
