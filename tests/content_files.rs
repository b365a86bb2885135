//! Every JSON file under `public/` parses with the app's own types and passes its checks.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::content::{self, ContentFile, Site};
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

fn check<T: ContentFile>() -> Result<T, String> {
    let path = content_dir().join(T::FILE);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let value: T = content::parse(&text)?;
    let problems = value.problems();
    if problems.is_empty() {
        Ok(value)
    } else {
        Err(format!("{}:\n  {}", T::FILE, problems.join("\n  ")))
    }
}

#[test]
fn site_json_is_valid() {
    let site = check::<Site>().unwrap();
    assert_eq!(site.trust_name, offender_care_careers::routes::TRUST_NAME);
    assert_eq!(site.site_name, offender_care_careers::routes::SITE_NAME);
}

/// Each file under public/ must be one the app knows, so none escapes these checks.
#[test]
fn every_json_file_has_a_type() {
    let known = [Site::FILE];
    let mut found = Vec::new();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("public")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                found.push(path);
            }
        }
    }
    assert!(!found.is_empty());
    for path in found {
        assert_eq!(path.parent().unwrap(), content_dir(), "{} is outside public/content", path.display());
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(known.contains(&name), "{name} has no Rust type checking it");
    }
}
