use super::{content_type, ContentFile, Problems, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Radios: one answer.
    Single,
    /// Checkboxes: any number of answers.
    Multiple,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Values,
    Skills,
    Qualifications,
    WayOfWorking,
}

content_type! {
    pub struct Answer {
        pub id: String,
        pub text: String,
        /// How far this answer counts towards each role, by role id, from -10 to 10.
        #[serde(default)]
        pub weights: BTreeMap<String, i32>,
        /// What a person who gives this answer has: by role id, the ids of
        /// that role's essential criteria the answer shows they meet.
        #[serde(default)]
        pub meets: BTreeMap<String, Vec<String>>,
    }
}

content_type! {
    pub struct Question {
        pub id: String,
        pub topic: Topic,
        pub kind: QuestionKind,
        pub text: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub hint: Option<String>,
        pub answers: Vec<Answer>,
        /// Where the question's answers and weights come from.
        pub source: Vec<Source>,
    }
}

content_type! {
    /// `quiz.json`: the questions and how each answer counts towards each role.
    pub struct Quiz {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub questions: Vec<Question>,
    }
}

pub const WEIGHT_LIMIT: i32 = 10;
/// A results link carries a multiple-answer question's choices as one 64-bit mask.
pub const MAX_MULTIPLE_ANSWERS: usize = 64;

impl ContentFile for Quiz {
    const FILE: &'static str = "quiz.json";
    const DESCRIPTION: &'static str = "quiz questions";

    fn problems(&self) -> Vec<String> {
        let mut p = Problems::default();
        if self.questions.is_empty() {
            p.push("questions has no entries".to_owned());
        }
        p.ids("questions", self.questions.iter().map(|q| q.id.as_str()));
        for q in &self.questions {
            let at = format!("questions[{}]", q.id);
            p.text(&format!("{at}.text"), &q.text);
            if q.answers.len() < 2 {
                p.push(format!(
                    "{at}.answers: a question needs at least two answers"
                ));
            }
            if q.kind == QuestionKind::Multiple && q.answers.len() > MAX_MULTIPLE_ANSWERS {
                p.push(format!(
                    "{at}.answers: a question with more than one answer to choose takes at most {MAX_MULTIPLE_ANSWERS} answers, so a results link can carry them"
                ));
            }
            p.ids(
                &format!("{at}.answers"),
                q.answers.iter().map(|a| a.id.as_str()),
            );
            for a in &q.answers {
                let aat = format!("{at}.answers[{}]", a.id);
                p.text(&format!("{aat}.text"), &a.text);
                for (role, w) in &a.weights {
                    if w.abs() > WEIGHT_LIMIT {
                        p.push(format!("{aat}.weights[{role}] {w} is outside -{WEIGHT_LIMIT} to {WEIGHT_LIMIT}"));
                    }
                }
            }
        }
        p.0
    }
}
