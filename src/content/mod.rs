//! The content the site shows, as the JSON files under `public/content/` hold it.
//! These types are the single definition of each file: the app parses with them,
//! `cargo test` checks every published file with them, and the JSON Schemas in
//! `public/content/schema/` are generated from them.

use serde::{Deserialize, Serialize};

pub mod check;
mod date;
mod day;
pub mod excerpt;
mod files;
mod finding;
mod getting_started;
mod glossary;
mod keyed;
mod links;
mod map;
mod organisation;
mod pay;
mod place;
mod problem;
mod quiz;
mod roles;
mod site;
mod sites;
mod vacancies;
mod whole;

pub use date::*;
pub use day::*;
pub use files::*;
pub use finding::*;
pub use getting_started::*;
pub use glossary::*;
pub use keyed::{ByRole, Keyed};
pub use links::*;
pub use map::*;
pub use organisation::*;
pub use pay::*;
pub use place::*;
pub use problem::*;
pub use quiz::*;
pub use roles::*;
pub use site::*;
pub use sites::*;
pub use vacancies::*;
pub use whole::*;

/// Derives `JsonSchema` natively only: the wasm build has no use for it.
macro_rules! content_type {
    ($item:item) => {
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $item
    };
}
pub(crate) use content_type;

/// A content file the app fetches at run time: its name and description
/// come from its entry in the list of files (`files.rs`).
pub trait ContentFile:
    Named + Schema + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + 'static
{
    /// Checks within the file; each finding names the record and field.
    fn problems(&self) -> Vec<Finding>;
}

/// Natively, every content type also gives its JSON Schema (the published
/// schemas are made from the types); the wasm build has no use for it.
#[cfg(not(target_arch = "wasm32"))]
pub trait Schema: schemars::JsonSchema {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: schemars::JsonSchema> Schema for T {}
#[cfg(target_arch = "wasm32")]
pub trait Schema {}
#[cfg(target_arch = "wasm32")]
impl<T> Schema for T {}

/// Where a fact comes from, so a reader can check it. One of:
/// - `seed:<file>.txt`: a document in the project's seeds, named in `site.json`'s `documents`;
/// - `facts:<section>`: a fact checked in the project's facts file, under that heading;
/// - a web address (`https://…`, or `www.example.org/…` without the scheme).
///
/// Anything else, such as a bare tag, is refused: every record must say where
/// a reader can check it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Source(pub String);

impl Source {
    /// One of our own notes (`facts:<heading>`): a reader cannot open it.
    pub fn is_note(&self) -> bool {
        self.0.starts_with("facts:")
    }

    pub fn is_valid(&self) -> bool {
        let s = self.0.as_str();
        if s.trim() != s || s.is_empty() {
            return false;
        }
        if let Some(file) = s.strip_prefix("seed:") {
            return file.ends_with(".txt") && !file.contains('/') && file.len() > 4;
        }
        if let Some(rest) = s.strip_prefix("facts:") {
            return !rest.trim().is_empty();
        }
        let address = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .unwrap_or(s);
        !address.is_empty()
            && address.contains('.')
            && !address.contains(' ')
            && !address.contains(':')
    }

    /// The file a `seed:` source names.
    pub fn seed_file(&self) -> Option<&str> {
        self.0.strip_prefix("seed:")
    }

    /// Where the fact comes from, in words for the page. A `seed:` document's
    /// title is in the content: see `Site::describe`.
    pub fn describe(&self) -> String {
        let s = self.0.as_str();
        if let Some(file) = s.strip_prefix("seed:") {
            format!("Document {file}")
        } else if let Some(section) = s.strip_prefix("facts:") {
            format!("Checked by the site's editors: {section}")
        } else {
            s.to_owned()
        }
    }
}

content_type! {
    /// One paragraph of plain text with its source.
    pub struct Paragraph {
        pub text: String,
        pub source: Source,
    }
}

/// Parses a content file's text; on failure, a finding naming the file, the
/// record and field where reading stopped, and its line and column.
#[allow(clippy::result_large_err)] // a finding, once per unreadable file
pub fn parse<T: ContentFile>(text: &str) -> Result<T, Finding> {
    serde_json::from_str::<T>(text).map_err(|e| {
        let problem = Problem::from_serde(&e);
        let mut path = place_at(text, e.line(), e.column());
        // serde stops at the end of the record that lacks the field: name
        // the record and the missing field, not the record's last field.
        if let Problem::MissingField { field, .. } = &problem {
            if let Some(dot) = path.rfind('.').filter(|d| !path[*d..].contains(']')) {
                path.truncate(dot);
            } else if !path.ends_with(']') {
                path.clear();
            }
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(field);
        }
        let mut place = Place::at(T::FILE, &path);
        place.line = Some(e.line());
        place.column = Some(e.column());
        Finding { place, problem }
    })
}

/// For tests: a published content file, parsed with its type.
#[cfg(test)]
pub(crate) fn published<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = format!("{}/public/content/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        for good in [
            "seed:000_1e8d164e4c8467e1.txt",
            "facts:Typical bands by role",
            "www.example.org/news/a-contract-1358",
            "https://www.nhs.uk",
        ] {
            assert!(Source(good.into()).is_valid(), "{good}");
        }
        for bad in [
            "",
            " seed:x.txt",
            "seed:",
            "seed:../x.txt",
            "facts: ",
            "my memory",
            "javascript:alert(1)",
            // A tag says nothing a reader can check.
            "general:the healthcare assistant role",
        ] {
            assert!(!Source(bad.into()).is_valid(), "{bad}");
        }
    }

    #[test]
    fn parse_errors_name_file_line_and_column() {
        let err = parse::<Website>("{\n \"trust_name\": 3 }").unwrap_err();
        assert_eq!(err.place.file, "site.json");
        assert_eq!(
            (err.place.field.as_str(), err.place.line),
            ("trust_name", Some(2))
        );
        assert!(err.place.column.is_some());
        assert!(matches!(err.problem, Problem::WrongType { .. }), "{err}");
        let err = parse::<Pay>(r#"{"pay_year":"a","extra":1}"#).unwrap_err();
        assert!(
            matches!(&err.problem, Problem::UnknownField { said } if said.contains("`extra`")),
            "{err}"
        );
    }
}
