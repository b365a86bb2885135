use super::{content_type, ContentFile, Finding, Named, Problem, Problems, Source};

content_type! {
    /// One part of the day.
    pub struct DayStep {
        pub title: String,
        /// `HH:MM` when the source gives a time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub time: Option<String>,
        /// When, in words ("Evening"), when the source gives no time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub when: Option<String>,
        pub text: String,
    }
}

content_type! {
    /// A day in the life of someone doing a role.
    pub struct Day {
        pub id: String,
        pub person: String,
        pub role: String,
        pub intro: String,
        pub steps: Vec<DayStep>,
        pub source: Source,
    }
}

content_type! {
    /// `days.json`: days in the life.
    pub struct Days {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub days: Vec<Day>,
    }
}

impl ContentFile for Days {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.ids("days", self.days.iter().map(|d| d.id.as_str()));
        for d in &self.days {
            let at = format!("days[{}]", d.id);
            p.text(&format!("{at}.person"), &d.person);
            p.text(&format!("{at}.intro"), &d.intro);
            p.source(&format!("{at}.source"), &d.source);
            if d.steps.is_empty() {
                p.push(&format!("{at}.steps"), Problem::NoEntries);
            }
            let mut last = None;
            for (i, s) in d.steps.iter().enumerate() {
                let sat = format!("{at}.steps[{i}]");
                p.text(&format!("{sat}.title"), &s.title);
                p.text(&format!("{sat}.text"), &s.text);
                match (&s.time, &s.when) {
                    (Some(t), _) if super::parse_time(t).is_none() => p.push(
                        &format!("{sat}.time"),
                        Problem::NotATime { value: t.clone() },
                    ),
                    (Some(t), _) => {
                        if last.as_ref().is_some_and(|l: &String| l >= t) {
                            p.push(
                                &format!("{sat}.time"),
                                Problem::NotAfterTheStepBefore { time: t.clone() },
                            );
                        }
                        last = Some(t.clone());
                    }
                    (None, Some(w)) => p.text(&format!("{sat}.when"), w),
                    (None, None) => p.push(&sat, Problem::NeitherTimeNorWhen),
                }
            }
        }
        p.done()
    }
}
