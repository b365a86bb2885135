use super::ByRole;
use super::{content_type, ContentFile, Finding, Named, Paragraph, Problem, Problems, Source};
use serde::{Deserialize, Serialize};

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
        pub weights: ByRole<i32>,
        /// What a person who gives this answer has: by role id, the ids of
        /// that role's essential criteria the answer shows they meet.
        #[serde(default)]
        pub meets: ByRole<Vec<String>>,
        /// For an answer no role on the site is for (a registration the
        /// trust's roles here do not take): what the results say about it,
        /// beside the link to the trust's live jobs.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub no_role: Option<String>,
        /// What the results say to a person who gives this answer, with its
        /// source: what the trust offers someone in their place (a newly
        /// registered nurse's preceptorship).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub note: Option<Paragraph>,
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
        /// The questions and answers, by id and in order, of each earlier
        /// quiz that made results links of the first format, which named
        /// answers by their place. Those links still open through these.
        /// Links made now name questions and answers by id, so no edit needs
        /// a new entry here.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub earlier_layouts: Vec<Layout>,
    }
}

content_type! {
    /// One earlier quiz's questions, in order.
    pub struct Layout {
        pub questions: Vec<LayoutQuestion>,
    }
}

content_type! {
    pub struct LayoutQuestion {
        pub id: String,
        pub kind: QuestionKind,
        /// The answers' ids, in order.
        pub answers: Vec<String>,
    }
}

pub const WEIGHT_LIMIT: i32 = 10;

/// FNV-1a over strings, each ended by a zero byte: small, and the same on
/// every platform and in every release, so links made today open later.
pub fn fnv(parts: &[&str]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for s in parts {
        for b in s.bytes().chain(std::iter::once(0)) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    h
}

/// `digits` base-36 digits from an id, zero-padded: how a results link names it.
fn link_code(id: &str, digits: u32) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut n = fnv(&[id]) % 36u32.pow(digits);
    let mut out = vec![b'0'; digits as usize];
    for d in out.iter_mut().rev() {
        *d = DIGITS[(n % 36) as usize];
        n /= 36;
    }
    String::from_utf8(out).expect("ascii")
}

/// Digits in a question's and in an answer's link code.
pub const QUESTION_CODE_DIGITS: usize = 3;
pub const ANSWER_CODE_DIGITS: usize = 2;

impl Question {
    /// How a results link names the question (`domain::quiz::encode`).
    pub fn link_code(&self) -> String {
        link_code(&self.id, QUESTION_CODE_DIGITS as u32)
    }
}

impl Answer {
    /// How a results link names the answer, unique within its question.
    pub fn link_code(&self) -> String {
        link_code(&self.id, ANSWER_CODE_DIGITS as u32)
    }
}

impl ContentFile for Quiz {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        if self.questions.is_empty() {
            p.push("questions", Problem::NoEntries);
        }
        p.ids("questions", self.questions.iter().map(|q| q.id.as_str()));
        for q in &self.questions {
            let at = format!("questions[{}]", q.id);
            p.text(&format!("{at}.text"), &q.text);
            if q.answers.len() < 2 {
                p.push(&format!("{at}.answers"), Problem::TooFewAnswers);
            }
            if let Some(other) = self
                .questions
                .iter()
                .take_while(|o| o.id != q.id)
                .find(|o| o.link_code() == q.link_code())
            {
                p.push(
                    &format!("{at}.id"),
                    Problem::LinkCannotTellApart {
                        what: "question",
                        other: other.id.clone(),
                    },
                );
            }
            p.ids(
                &format!("{at}.answers"),
                q.answers.iter().map(|a| a.id.as_str()),
            );
            for (i, a) in q.answers.iter().enumerate() {
                let aat = format!("{at}.answers[{}]", a.id);
                p.text(&format!("{aat}.text"), &a.text);
                if let Some(other) = q.answers[..i]
                    .iter()
                    .find(|o| o.id != a.id && o.link_code() == a.link_code())
                {
                    p.push(
                        &format!("{aat}.id"),
                        Problem::LinkCannotTellApart {
                            what: "answer",
                            other: other.id.clone(),
                        },
                    );
                }
                if let Some(note) = &a.no_role {
                    p.text(&format!("{aat}.no_role"), note);
                }
                if let Some(note) = &a.note {
                    p.paragraph(&format!("{aat}.note"), note);
                }
                for (role, w) in &a.weights {
                    if w.abs() > WEIGHT_LIMIT {
                        p.push(
                            &format!("{aat}.weights[{role}]"),
                            Problem::WeightOutOfRange {
                                weight: *w,
                                limit: WEIGHT_LIMIT,
                            },
                        );
                    }
                }
            }
        }
        p.done()
    }
}
