use super::{content_type, ContentFile, Paragraph, Problems};

content_type! {
    /// `site.json`: what the site says about itself on the home page.
    pub struct Site {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub trust_name: String,
        pub site_name: String,
        /// The opening paragraphs of the home page.
        pub introduction: Vec<Paragraph>,
    }
}

impl ContentFile for Site {
    const FILE: &'static str = "site.json";
    const DESCRIPTION: &'static str = "introduction to the site";

    fn problems(&self) -> Vec<String> {
        let mut p = Problems::default();
        p.text("trust_name", &self.trust_name);
        p.text("site_name", &self.site_name);
        p.paragraphs("introduction", &self.introduction);
        p.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Source;

    #[test]
    fn problems_name_the_field() {
        let site = Site {
            schema: None,
            trust_name: "Oxleas NHS Foundation Trust".into(),
            site_name: " ".into(),
            introduction: vec![Paragraph {
                text: "x".into(),
                source: Source("guesswork".into()),
            }],
        };
        let p = site.problems();
        assert!(p.iter().any(|m| m == "site_name is empty"), "{p:?}");
        assert!(
            p.iter().any(|m| m.starts_with("introduction[0].source")),
            "{p:?}"
        );
    }
}
