use super::{content_type, ContentFile, Finding, Named, Paragraph, Problems, Source};

content_type! {
    /// One of the careers page's numbered steps.
    pub struct Step {
        pub id: String,
        pub title: String,
        pub intro: String,
        pub items: Vec<String>,
        pub source: Source,
    }
}

content_type! {
    /// Something to expect before starting or on a working day.
    pub struct Expectation {
        pub id: String,
        pub title: String,
        pub text: Vec<String>,
        pub source: Vec<Source>,
    }
}

content_type! {
    /// A question people ask before they apply, answered from sources, and
    /// saying plainly what the sources do not answer.
    pub struct CommonQuestion {
        pub id: String,
        pub question: String,
        pub answer: Vec<Paragraph>,
        /// What the sources do not say, so the page points to whom to ask
        /// rather than leaving a silence.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub not_known: Option<String>,
    }
}

content_type! {
    /// `getting-started.json`: first steps, and what to expect.
    pub struct GettingStarted {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub intro: Vec<Paragraph>,
        pub steps: Vec<Step>,
        pub what_to_expect: Vec<Expectation>,
        /// Questions people ask first (is it safe, what hours...).
        #[serde(default)]
        pub questions: Vec<CommonQuestion>,
    }
}

impl ContentFile for GettingStarted {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.paragraphs("intro", &self.intro);
        p.ids("steps", self.steps.iter().map(|s| s.id.as_str()));
        for s in &self.steps {
            let at = format!("steps[{}]", s.id);
            p.text(&format!("{at}.title"), &s.title);
            p.text(&format!("{at}.intro"), &s.intro);
            p.texts(&format!("{at}.items"), &s.items);
            p.source(&format!("{at}.source"), &s.source);
        }
        p.ids(
            "what_to_expect",
            self.what_to_expect.iter().map(|e| e.id.as_str()),
        );
        for e in &self.what_to_expect {
            let at = format!("what_to_expect[{}]", e.id);
            p.text(&format!("{at}.title"), &e.title);
            p.texts(&format!("{at}.text"), &e.text);
            p.sources(&format!("{at}.source"), &e.source);
        }
        p.ids("questions", self.questions.iter().map(|q| q.id.as_str()));
        for q in &self.questions {
            let at = format!("questions[{}]", q.id);
            p.text(&format!("{at}.question"), &q.question);
            p.paragraphs(&format!("{at}.answer"), &q.answer);
            if let Some(n) = &q.not_known {
                p.text(&format!("{at}.not_known"), n);
            }
        }
        p.done()
    }
}
