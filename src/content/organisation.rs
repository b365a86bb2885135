use super::{content_type, Benefit, ContentFile, Finding, Named, Paragraph, Problems, Source};

content_type! {
    /// What a member of staff said, in their words.
    pub struct StaffVoice {
        pub id: String,
        pub name: String,
        pub job_title: String,
        pub quote: Vec<String>,
        pub source: Source,
    }
}

content_type! {
    pub struct Values {
        /// The trust's values as it writes them.
        pub trust: Vec<String>,
        pub trust_source: Source,
        /// The values and skills the careers page asks of people in offender healthcare.
        pub offender_healthcare: Vec<String>,
        pub offender_healthcare_source: Source,
    }
}

content_type! {
    /// `organisation.json`: who the trust is.
    pub struct Organisation {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub name: String,
        pub about: Vec<Paragraph>,
        /// The careers page's reasons to work for the trust.
        pub benefits: Vec<Benefit>,
        pub values: Values,
        pub staff_voices: Vec<StaffVoice>,
        pub where_it_works: Vec<Paragraph>,
    }
}

impl ContentFile for Organisation {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.text("name", &self.name);
        p.paragraphs("about", &self.about);
        p.benefits("benefits", &self.benefits);
        p.texts("values.trust", &self.values.trust);
        p.source("values.trust_source", &self.values.trust_source);
        p.texts(
            "values.offender_healthcare",
            &self.values.offender_healthcare,
        );
        p.source(
            "values.offender_healthcare_source",
            &self.values.offender_healthcare_source,
        );
        p.ids(
            "staff_voices",
            self.staff_voices.iter().map(|v| v.id.as_str()),
        );
        for v in &self.staff_voices {
            let at = format!("staff_voices[{}]", v.id);
            p.text(&format!("{at}.name"), &v.name);
            p.text(&format!("{at}.job_title"), &v.job_title);
            p.texts(&format!("{at}.quote"), &v.quote);
            p.source(&format!("{at}.source"), &v.source);
        }
        p.paragraphs("where_it_works", &self.where_it_works);
        p.done()
    }
}
