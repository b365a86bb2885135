//! The content the site shows, as the JSON files under `public/content/` hold it.
//! These types are the single definition of each file: the app parses with them,
//! `cargo test` checks every published file with them, and the JSON Schemas in
//! `public/content/schema/` are generated from them.

use serde::{Deserialize, Serialize};

pub mod check;
mod date;
mod day;
mod getting_started;
mod glossary;
mod links;
mod map;
mod organisation;
mod pay;
mod quiz;
mod roles;
mod site;
mod sites;
mod vacancies;
mod whole;

pub use date::*;
pub use day::*;
pub use getting_started::*;
pub use glossary::*;
pub use links::*;
pub use map::*;
pub use organisation::*;
pub use pay::*;
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

/// A content file the app fetches at run time.
pub trait ContentFile: serde::de::DeserializeOwned + 'static {
    /// File name under the content directory.
    const FILE: &'static str;
    /// What the file holds, as a person would say it, for error messages.
    const DESCRIPTION: &'static str;
    /// Checks within the file; each problem names the record and field.
    fn problems(&self) -> Vec<String>;
}

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

/// Collects problems, each prefixed with where it is: `roles[registered-nurse].band`.
#[derive(Default)]
pub(crate) struct Problems(pub Vec<String>);

impl Problems {
    pub fn text(&mut self, at: &str, value: &str) {
        if value.trim().is_empty() {
            self.0.push(format!("{at} is empty"));
        }
    }
    pub fn texts(&mut self, at: &str, values: &[String]) {
        if values.is_empty() {
            self.0.push(format!("{at} has no entries"));
        }
        for (i, v) in values.iter().enumerate() {
            self.text(&format!("{at}[{i}]"), v);
        }
    }
    pub fn source(&mut self, at: &str, source: &Source) {
        if !source.is_valid() {
            self.0.push(format!(
                "{at} {:?} is not a source a reader can check: give a web address, seed:<file>.txt or facts:<section>",
                source.0
            ));
        }
    }
    /// A name shown on one line: not empty, no line breaks, at most 100 characters.
    pub fn line(&mut self, at: &str, value: &str) {
        if value.trim().is_empty() {
            self.0.push(format!("{at} is empty"));
        } else if value.chars().any(char::is_control) || value.chars().count() > 100 {
            self.0.push(format!(
                "{at} {value:?} must be one line of at most 100 characters"
            ));
        }
    }
    /// A link to another website: an `https://` address and words for it.
    pub fn link(&mut self, at: &str, link: &crate::content::ExternalLink) {
        let safe = safe_content_link(&link.url).is_some_and(|u| u.starts_with("https://"));
        if !safe {
            self.0.push(format!(
                "{at}.url {:?} is not a web address starting https://",
                link.url
            ));
        }
        self.text(&format!("{at}.text"), &link.text);
    }
    pub fn sources(&mut self, at: &str, sources: &[Source]) {
        if sources.is_empty() {
            self.0.push(format!("{at} has no entries"));
        }
        for (i, s) in sources.iter().enumerate() {
            self.source(&format!("{at}[{i}]"), s);
        }
    }
    pub fn paragraph(&mut self, at: &str, p: &Paragraph) {
        self.text(&format!("{at}.text"), &p.text);
        self.source(&format!("{at}.source"), &p.source);
    }
    pub fn paragraphs(&mut self, at: &str, ps: &[Paragraph]) {
        if ps.is_empty() {
            self.0.push(format!("{at} has no entries"));
        }
        for (i, p) in ps.iter().enumerate() {
            self.paragraph(&format!("{at}[{i}]"), p);
        }
    }
    pub fn benefits(&mut self, at: &str, benefits: &[crate::content::Benefit]) {
        self.ids(at, benefits.iter().map(|b| b.id.as_str()));
        for b in benefits {
            let bat = format!("{at}[{}]", b.id);
            self.text(&format!("{bat}.title"), &b.title);
            self.text(&format!("{bat}.text"), &b.text);
            self.source(&format!("{bat}.source"), &b.source);
        }
    }

    /// Ids are slugs and unique within their list.
    pub fn ids<'a>(&mut self, at: &str, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::HashSet::new();
        for id in ids {
            if !is_slug(id) {
                self.0
                    .push(format!("{at}: id {id:?} is not a lower-case slug"));
            }
            if !seen.insert(id) {
                self.0.push(format!("{at}: id {id:?} is used twice"));
            }
        }
    }
    pub fn push(&mut self, message: String) {
        self.0.push(message);
    }
}

/// Parses a content file's text, naming the file, line and column on failure.
pub fn parse<T: ContentFile>(text: &str) -> Result<T, String> {
    serde_json::from_str::<T>(text).map_err(|e| {
        format!(
            "{}: line {}, column {}: {}",
            T::FILE,
            e.line(),
            e.column(),
            e
        )
    })
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
        assert!(err.starts_with("site.json: line 2, column"), "{err}");
        let err = parse::<Pay>(r#"{"pay_year":"a","extra":1}"#).unwrap_err();
        assert!(err.contains("unknown field `extra`"), "{err}");
    }

    #[test]
    fn id_checks() {
        let mut p = Problems::default();
        p.ids("roles", ["a", "b", "a", "Bad Id"]);
        assert_eq!(
            p.0,
            [
                "roles: id \"a\" is used twice",
                "roles: id \"Bad Id\" is not a lower-case slug"
            ]
        );
    }
}

/// For tests: a published content file, parsed with its type.
#[cfg(test)]
pub(crate) fn published<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = format!("{}/public/content/{file}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}")))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}
