//! The content the site shows, as the JSON files under `public/content/` hold it.
//! These types are the single definition of each file: the app parses with them
//! and `cargo test` checks every published file with them.

use serde::{Deserialize, Serialize};

/// A content file the app fetches at run time.
pub trait ContentFile: serde::de::DeserializeOwned + 'static {
    /// File name under the content directory.
    const FILE: &'static str;
    /// What the file holds, as a person would say it, for error messages.
    const DESCRIPTION: &'static str;
    /// Checks beyond the types; each problem names the record and field.
    fn problems(&self) -> Vec<String>;
}

/// Where a fact comes from: a seed file name (`seed:000_…txt`) or a web address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Source(pub String);

impl Source {
    pub fn is_valid(&self) -> bool {
        let s = self.0.trim();
        s == self.0
            && (s.strip_prefix("seed:").is_some_and(|f| f.ends_with(".txt") && !f.contains('/'))
                || s.starts_with("https://")
                || (s.contains('.') && !s.contains(' ') && !s.contains(':')))
    }
}

/// One paragraph of plain text with its source.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub text: String,
    pub source: Source,
}

/// `site.json`: what the site says about itself on the home page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub trust_name: String,
    pub site_name: String,
    /// The opening paragraphs of the home page.
    pub introduction: Vec<Paragraph>,
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
    const DESCRIPTION: &'static str = "introduction to the site";

    fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.trust_name.trim().is_empty() {
            out.push("trust_name is empty".to_owned());
        }
        if self.site_name.trim().is_empty() {
            out.push("site_name is empty".to_owned());
        }
        if self.introduction.is_empty() {
            out.push("introduction has no paragraphs".to_owned());
        }
        for (i, p) in self.introduction.iter().enumerate() {
            out.extend(paragraph_problems(&format!("introduction[{i}]"), p));
        }
        out
    }
}

fn paragraph_problems(at: &str, p: &Paragraph) -> Vec<String> {
    let mut out = Vec::new();
    if p.text.trim().is_empty() {
        out.push(format!("{at}.text is empty"));
    }
    if !p.source.is_valid() {
        out.push(format!("{at}.source {:?} is neither seed:<file>.txt nor an address", p.source.0));
    }
    out
}

/// Parses a content file's text, naming the file, line and column on failure.
pub fn parse<T: ContentFile>(text: &str) -> Result<T, String> {
    serde_json::from_str::<T>(text)
        .map_err(|e| format!("{}: line {}, column {}: {}", T::FILE, e.line(), e.column(), e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources() {
        assert!(Source("seed:000_1e8d164e4c8467e1.txt".into()).is_valid());
        assert!(Source("oxleas.nhs.uk/news/new-healthcare-contract-secured-for-south-west-prisons-1358".into()).is_valid());
        assert!(Source("https://www.nhs.uk".into()).is_valid());
        for bad in ["", " seed:x.txt", "seed:", "seed:../x.txt", "my memory", "javascript:alert(1)"] {
            assert!(!Source(bad.into()).is_valid(), "{bad}");
        }
    }

    #[test]
    fn parse_errors_name_file_line_and_column() {
        let err = parse::<Site>("{\n \"trust_name\": 3 }").unwrap_err();
        assert!(err.starts_with("site.json: line 2, column"), "{err}");
        let err = parse::<Site>(r#"{"trust_name":"a","site_name":"b","introduction":[],"extra":1}"#).unwrap_err();
        assert!(err.contains("unknown field `extra`"), "{err}");
    }

    #[test]
    fn problems_name_the_field() {
        let site = Site {
            trust_name: "Oxleas NHS Foundation Trust".into(),
            site_name: " ".into(),
            introduction: vec![Paragraph { text: "x".into(), source: Source("guesswork".into()) }],
        };
        let p = site.problems();
        assert!(p.iter().any(|m| m == "site_name is empty"), "{p:?}");
        assert!(p.iter().any(|m| m.starts_with("introduction[0].source")), "{p:?}");
    }
}
