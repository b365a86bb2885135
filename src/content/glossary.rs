use super::{content_type, ContentFile, Finding, Named, Problem, Problems, Source};

content_type! {
    /// A word or abbreviation a newcomer may not know, in plain English.
    pub struct Term {
        pub id: String,
        /// As it is written in adverts and on the site: `ACCT`, `through the gate`.
        pub term: String,
        /// What an abbreviation stands for.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub stands_for: Option<String>,
        /// What it means, in plain English.
        pub meaning: String,
        /// Other ways the same thing is written, found on pages as well as `term`.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub also: Vec<String>,
        pub source: Source,
    }
}

content_type! {
    /// `glossary.json`: words used in prison healthcare, explained where they appear.
    pub struct Glossary {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub terms: Vec<Term>,
    }
}

impl Glossary {
    /// Whether a term explains `word`, as written or one of its other forms.
    pub fn explains(&self, word: &str) -> bool {
        self.terms
            .iter()
            .any(|t| t.term == word || t.also.iter().any(|w| w == word))
    }
}

impl ContentFile for Glossary {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        if self.terms.is_empty() {
            p.push("terms", Problem::NoEntries);
        }
        p.ids("terms", self.terms.iter().map(|t| t.id.as_str()));
        for t in &self.terms {
            let at = format!("terms[{}]", t.id);
            p.line(&format!("{at}.term"), &t.term);
            if let Some(s) = &t.stands_for {
                p.line(&format!("{at}.stands_for"), s);
            }
            p.text(&format!("{at}.meaning"), &t.meaning);
            for (i, a) in t.also.iter().enumerate() {
                p.line(&format!("{at}.also[{i}]"), a);
            }
            p.source(&format!("{at}.source"), &t.source);
        }
        p.done()
    }
}
