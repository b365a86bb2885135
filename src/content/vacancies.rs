use super::{
    content_type, is_iso_date, is_iso_date_time, Band, ContentFile, Finding, Named, Problem,
    Problems, Source,
};

content_type! {
    /// A heading of a job description with its points.
    pub struct Section {
        pub heading: String,
        pub items: Vec<String>,
    }
}

content_type! {
    /// One heading of a person specification, split as NHS Jobs splits it.
    pub struct Specification {
        pub heading: String,
        pub essential: Vec<String>,
        #[serde(default)]
        pub desirable: Vec<String>,
    }
}

content_type! {
    pub struct Contact {
        pub name: String,
        pub job_title: String,
        /// Absent when the source does not show it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub email: Option<String>,
    }
}

content_type! {
    /// A job advert, with the fields NHS Jobs shows.
    pub struct Vacancy {
        pub id: String,
        pub title: String,
        pub role: String,
        /// Sites the post covers.
        pub sites: Vec<String>,
        pub main_area: String,
        pub band: Band,
        pub contract: String,
        pub hours: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hours_note: Option<String>,
        pub job_ref: String,
        pub employer: String,
        pub employer_type: String,
        /// The site as the advert names it ("Kent Prisons").
        pub site: String,
        pub town: String,
        /// As advertised.
        pub salary: String,
        /// The advertised figure in pounds a year.
        pub salary_amount: u32,
        pub salary_period: String,
        /// `YYYY-MM-DDTHH:MM`, UK time.
        pub closing: String,
        /// The day the advert was posted, `YYYY-MM-DD`, when the source shows it.
        /// Search engines' job listings need it: an open vacancy without it
        /// is not offered to them as a job posting (`domain::job_posting`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub posted: Option<String>,
        pub overview: Vec<String>,
        pub main_duties: Vec<String>,
        pub responsibilities: Vec<Section>,
        pub person_specification: Vec<Specification>,
        pub applicant_requirements: Vec<String>,
        pub contact: Contact,
        /// Where to apply, when the source gives it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub apply_url: Option<String>,
        pub source: Vec<Source>,
    }
}

content_type! {
    /// `vacancies.json`: jobs advertised.
    pub struct Vacancies {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub vacancies: Vec<Vacancy>,
    }
}

impl Vacancy {
    /// Every sentence of the advert, for finding words to explain.
    pub fn texts(&self) -> Vec<&str> {
        let sections = self.responsibilities.iter().flat_map(|s| &s.items);
        let specification = self
            .person_specification
            .iter()
            .flat_map(|s| s.essential.iter().chain(&s.desirable));
        self.overview
            .iter()
            .chain(&self.main_duties)
            .chain(sections)
            .chain(specification)
            .chain(&self.applicant_requirements)
            .map(String::as_str)
            .collect()
    }
}

impl ContentFile for Vacancies {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.ids("vacancies", self.vacancies.iter().map(|v| v.id.as_str()));
        for v in &self.vacancies {
            let at = format!("vacancies[{}]", v.id);
            for (field, value) in [
                ("title", &v.title),
                ("main_area", &v.main_area),
                ("contract", &v.contract),
                ("hours", &v.hours),
                ("job_ref", &v.job_ref),
                ("employer", &v.employer),
                ("employer_type", &v.employer_type),
                ("site", &v.site),
                ("town", &v.town),
                ("salary", &v.salary),
                ("salary_period", &v.salary_period),
                ("contact.name", &v.contact.name),
                ("contact.job_title", &v.contact.job_title),
            ] {
                p.text(&format!("{at}.{field}"), value);
            }
            if !is_iso_date_time(&v.closing) {
                p.push(
                    &format!("{at}.closing"),
                    Problem::NotADate {
                        value: v.closing.clone(),
                        example: "a date and time like 2025-12-09T23:59",
                    },
                );
            }
            if let Some(posted) = &v.posted {
                if !is_iso_date(posted) {
                    p.push(
                        &format!("{at}.posted"),
                        Problem::NotADate {
                            value: posted.clone(),
                            example: "a date like 2025-11-25",
                        },
                    );
                } else if v
                    .closing
                    .get(..10)
                    .is_some_and(|closing| posted.as_str() > closing)
                {
                    p.push(
                        &format!("{at}.posted"),
                        Problem::PostedAfterClosing {
                            posted: posted.clone(),
                        },
                    );
                }
            }
            if v.sites.is_empty() {
                p.push(&format!("{at}.sites"), Problem::NoEntries);
            }
            for (field, list) in [
                ("overview", &v.overview),
                ("main_duties", &v.main_duties),
                ("applicant_requirements", &v.applicant_requirements),
            ] {
                p.texts(&format!("{at}.{field}"), list);
            }
            for (i, s) in v.responsibilities.iter().enumerate() {
                p.text(&format!("{at}.responsibilities[{i}].heading"), &s.heading);
                p.texts(&format!("{at}.responsibilities[{i}].items"), &s.items);
            }
            for (i, s) in v.person_specification.iter().enumerate() {
                p.text(
                    &format!("{at}.person_specification[{i}].heading"),
                    &s.heading,
                );
                p.texts(
                    &format!("{at}.person_specification[{i}].essential"),
                    &s.essential,
                );
            }
            if let Some(url) = &v.apply_url {
                if !url.starts_with("https://") {
                    p.push(
                        &format!("{at}.apply_url"),
                        Problem::NotHttps { value: url.clone() },
                    );
                }
            }
            if let Some(email) = &v.contact.email {
                if !super::is_email(email) {
                    p.push(
                        &format!("{at}.contact.email"),
                        Problem::NotAnEmail {
                            value: email.clone(),
                        },
                    );
                }
            }
            p.sources(&format!("{at}.source"), &v.source);
        }
        p.done()
    }
}
