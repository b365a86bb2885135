//! A finding (a problem at its place), the words the editors' check page
//! shows for it, and the collector each content file's checks push to.

use super::{Place, Problem};

/// One problem in the content: where it is and what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub place: Place,
    pub problem: Problem,
}

impl Finding {
    /// A problem at `path` in `file`: `roles[x].band.source`.
    pub fn at(file: &str, path: &str, problem: Problem) -> Self {
        Finding {
            place: Place::at(file, path),
            problem,
        }
    }

    /// One line, for `cargo test` and logs.
    pub fn line(&self) -> String {
        format!(
            "{}: {} ({})",
            self.place.path(),
            self.problem.message(),
            self.problem.advice()
        )
    }

    /// In words, as the editors' check page shows it.
    pub fn report(&self) -> Report {
        let place = &self.place;
        let mut field = place.field.clone();
        if let (Some(line), Some(column)) = (place.line, place.column) {
            if place.record.is_empty() && field.is_empty() {
                field = format!("line {line}, column {column}");
            }
        }
        Report {
            file: place.file.clone(),
            record: place.record.clone(),
            field,
            problem: self.problem.message(),
            fix: self.problem.advice().to_owned(),
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.line())
    }
}

/// A finding in words, as the page shows it: the editors' check worker sends
/// these to the page, which needs no more than the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub file: String,
    /// Empty for the file as a whole.
    pub record: String,
    /// Empty for the record as a whole.
    pub field: String,
    pub problem: String,
    pub fix: String,
}

/// Collects one file's problems, each at its path within the file.
pub(crate) struct Problems {
    file: &'static str,
    pub found: Vec<Finding>,
}

impl Problems {
    pub fn new(file: &'static str) -> Self {
        Problems {
            file,
            found: Vec::new(),
        }
    }
    pub fn push(&mut self, at: &str, problem: Problem) {
        self.found.push(Finding::at(self.file, at, problem));
    }
    pub fn done(self) -> Vec<Finding> {
        self.found
    }
    pub fn text(&mut self, at: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(at, Problem::Empty);
        }
    }
    pub fn texts(&mut self, at: &str, values: &[String]) {
        if values.is_empty() {
            self.push(at, Problem::NoEntries);
        }
        for (i, v) in values.iter().enumerate() {
            self.text(&format!("{at}[{i}]"), v);
        }
    }
    /// A fact's one source: a reader must be able to check it, so our own
    /// notes (`facts:`) alone are not enough.
    pub fn source(&mut self, at: &str, source: &super::Source) {
        self.valid_source(at, source);
        if source.is_valid() && source.is_note() {
            self.push(
                at,
                Problem::OnlyOurNotes {
                    value: source.0.clone(),
                },
            );
        }
    }
    fn valid_source(&mut self, at: &str, source: &super::Source) {
        if !source.is_valid() {
            self.push(
                at,
                Problem::NotASource {
                    value: source.0.clone(),
                },
            );
        }
    }
    /// A name shown on one line: not empty, no line breaks, at most 100 characters.
    pub fn line(&mut self, at: &str, value: &str) {
        if value.trim().is_empty() {
            self.push(at, Problem::Empty);
        } else if value.chars().any(char::is_control) || value.chars().count() > 100 {
            self.push(
                at,
                Problem::NotOneLine {
                    value: value.to_owned(),
                },
            );
        } else if let Some(c) = value.chars().find(|c| hidden_format(*c)) {
            self.push(
                at,
                Problem::HiddenCharacter {
                    value: value.to_owned(),
                    code: format!("U+{:04X}", u32::from(c)),
                },
            );
        }
    }
    /// A link to another website: an `https://` address and words for it.
    pub fn link(&mut self, at: &str, link: &super::ExternalLink) {
        let safe = super::safe_content_link(&link.url).is_some_and(|u| u.starts_with("https://"));
        if !safe {
            self.push(
                &format!("{at}.url"),
                Problem::NotHttps {
                    value: link.url.clone(),
                },
            );
        }
        self.text(&format!("{at}.text"), &link.text);
    }
    pub fn sources(&mut self, at: &str, sources: &[super::Source]) {
        if sources.is_empty() {
            self.push(at, Problem::NoEntries);
        }
        for (i, s) in sources.iter().enumerate() {
            self.valid_source(&format!("{at}[{i}]"), s);
        }
        // A note may stand beside a page a reader can open, not alone.
        if sources.iter().all(|s| s.is_valid() && s.is_note()) {
            if let Some(first) = sources.first() {
                self.push(
                    at,
                    Problem::OnlyOurNotes {
                        value: first.0.clone(),
                    },
                );
            }
        }
    }
    pub fn paragraph(&mut self, at: &str, p: &super::Paragraph) {
        self.text(&format!("{at}.text"), &p.text);
        self.source(&format!("{at}.source"), &p.source);
    }
    pub fn paragraphs(&mut self, at: &str, ps: &[super::Paragraph]) {
        if ps.is_empty() {
            self.push(at, Problem::NoEntries);
        }
        for (i, p) in ps.iter().enumerate() {
            self.paragraph(&format!("{at}[{i}]"), p);
        }
    }
    pub fn benefits(&mut self, at: &str, benefits: &[super::Benefit]) {
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
            if !super::is_slug(id) {
                self.push(at, Problem::NotASlug { id: id.to_owned() });
            }
            if !seen.insert(id) {
                self.push(at, Problem::UsedTwice { id: id.to_owned() });
            }
        }
    }
}

/// Format characters (Unicode's Cf) that a one-line name has no use for:
/// the bidirectional marks, embeddings, overrides and isolates, which can
/// show a name's letters in another order than they are stored, and the
/// zero-width and invisible ones, which make two names that look alike
/// differ. Not `char::is_control`, which covers none of them.
fn hidden_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_checks() {
        let mut p = Problems::new("roles.json");
        p.ids("roles", ["a", "b", "a", "Bad Id"]);
        let problems: Vec<Problem> = p.done().into_iter().map(|f| f.problem).collect();
        assert_eq!(
            problems,
            [
                Problem::UsedTwice { id: "a".into() },
                Problem::NotASlug {
                    id: "Bad Id".into()
                }
            ]
        );
    }
}
