use super::{content_type, ContentFile, Finding, Named, Paragraph, Problem, Problems, Source};

content_type! {
    /// A link to another website that the trust's content names.
    pub struct ExternalLink {
        /// `https://` address.
        pub url: String,
        /// The link's words, which say where it goes.
        pub text: String,
    }
}

content_type! {
    /// A document a `seed:<file>` source names, so the page can say what it is.
    pub struct Document {
        /// The file name after `seed:`, such as `000_1e8d164e4c8467e1.txt`.
        pub file: String,
        /// What the document is, as a reader would look for it.
        pub title: String,
    }
}

content_type! {
    /// `site.json`: the website, as the trust that runs it describes it (not
    /// `Sites`, the places where the trust works): the trust and everything the site says
    /// about it in its frame: names, links, the home page's introduction. Every
    /// sentence that names the trust comes from content, never from the app.
    pub struct Website {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        /// The trust's full name: header, footer, page titles, statements.
        pub trust_name: String,
        /// How sentences name the trust for short ("About Oxleas").
        pub trust_short_name: String,
        pub site_name: String,
        /// One sentence for the home page's lede, search results and link previews.
        pub summary: String,
        /// The trust's own website, where people can contact it.
        pub trust_website: ExternalLink,
        /// Where the trust's live jobs are listed.
        pub jobs: ExternalLink,
        /// The hosts a vacancy's `apply_url` may point at (`www.jobs.nhs.uk`):
        /// an advert's link to any other is not shown, and the check reports it.
        #[serde(default)]
        pub apply_hosts: Vec<String>,
        /// How the trust advertises its jobs, said beside the jobs link.
        pub jobs_note: Paragraph,
        /// How to hear of new jobs, where the jobs site offers it: said
        /// where no job for a role is open.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub job_alerts: Option<Paragraph>,
        /// Whom a person can ask about a job before applying, said beside the
        /// link to the trust's website on every role, site, vacancy and results page.
        pub ask: Paragraph,
        /// The opening paragraphs of the home page.
        pub introduction: Vec<Paragraph>,
        /// The documents `seed:` sources name.
        pub documents: Vec<Document>,
    }
}

impl Website {
    /// What a `seed:` source's file is, if the content names it.
    pub fn document(&self, file: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.file == file)
    }

    /// Where a fact comes from, in words for the page.
    pub fn describe(&self, source: &Source) -> String {
        match source.seed_file() {
            Some(file) => self
                .document(file)
                .map(|d| d.title.clone())
                .unwrap_or_else(|| format!("Document {file}")),
            None => source.describe(),
        }
    }
}

impl ContentFile for Website {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.line("trust_name", &self.trust_name);
        p.line("trust_short_name", &self.trust_short_name);
        p.line("site_name", &self.site_name);
        p.text("summary", &self.summary);
        p.link("trust_website", &self.trust_website);
        p.link("jobs", &self.jobs);
        p.paragraph("jobs_note", &self.jobs_note);
        if let Some(alerts) = &self.job_alerts {
            p.paragraph("job_alerts", alerts);
        }
        for (i, host) in self.apply_hosts.iter().enumerate() {
            if !super::is_host(host) {
                p.push(
                    &format!("apply_hosts[{i}]"),
                    Problem::NotAHostName {
                        value: host.clone(),
                    },
                );
            }
        }
        p.paragraph("ask", &self.ask);
        p.paragraphs("introduction", &self.introduction);
        let mut seen = std::collections::HashSet::new();
        for (i, d) in self.documents.iter().enumerate() {
            let at = format!("documents[{i}]");
            if !Source(format!("seed:{}", d.file)).is_valid() {
                p.push(
                    &format!("{at}.file"),
                    Problem::NotASeedFileName {
                        value: d.file.clone(),
                    },
                );
            }
            if !seen.insert(d.file.as_str()) {
                p.push(
                    &format!("{at}.file"),
                    Problem::UsedTwice { id: d.file.clone() },
                );
            }
            p.text(&format!("{at}.title"), &d.title);
        }
        p.done()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn site() -> Website {
        crate::content::published("site.json")
    }

    #[test]
    fn problems_name_the_field() {
        let mut s = site();
        s.site_name = " ".into();
        s.trust_name = "Two\nlines".into();
        s.jobs.url = "javascript:alert(1)".into();
        s.introduction[0].source = Source("guesswork".into());
        let p = s.problems();
        let at = |path: &str| {
            p.iter()
                .find(|f| f.place == crate::content::Place::at("site.json", path))
                .map(|f| &f.problem)
        };
        assert_eq!(at("site_name"), Some(&Problem::Empty), "{p:?}");
        assert!(
            matches!(at("trust_name"), Some(Problem::NotOneLine { .. })),
            "{p:?}"
        );
        // A name that would show reversed, or with a space no one can see.
        for (name, code) in [
            ("Example \u{202E}tsurT", "U+202E"),
            ("Exa\u{200B}mple", "U+200B"),
            ("\u{2067}Example", "U+2067"),
        ] {
            let mut t = s.clone();
            t.trust_name = name.into();
            let found = t.problems();
            let hidden = found
                .iter()
                .find(|f| f.place == crate::content::Place::at("site.json", "trust_name"))
                .map(|f| &f.problem);
            assert!(
                matches!(hidden, Some(Problem::HiddenCharacter { code: c, .. }) if c == code),
                "{name:?}: {found:?}"
            );
            assert!(
                hidden.unwrap().message().contains("\\u{"),
                "shown escaped: {}",
                hidden.unwrap().message()
            );
        }
        assert!(
            matches!(at("jobs.url"), Some(Problem::NotHttps { .. })),
            "{p:?}"
        );
        assert!(
            matches!(
                at("introduction[0].source"),
                Some(Problem::NotASource { .. })
            ),
            "{p:?}"
        );
    }

    #[test]
    fn seed_sources_are_described_by_the_documents_content_names() {
        let mut s = site();
        s.documents = vec![Document {
            file: "x.txt".into(),
            title: "The job advert".into(),
        }];
        assert_eq!(s.describe(&Source("seed:x.txt".into())), "The job advert");
        assert_eq!(s.describe(&Source("seed:y.txt".into())), "Document y.txt");
        assert_eq!(
            s.describe(&Source("https://www.nhs.uk".into())),
            "https://www.nhs.uk"
        );
    }
}
