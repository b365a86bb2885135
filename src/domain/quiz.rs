//! Quiz scoring and the results link. Pure: driven by `quiz.json` and `roles.json`.
//!
//! A role's score is the share of the most points it could get from the quiz,
//! from 0 to 100. What a role needs (every essential qualification and
//! experience in its content) is kept apart from fit: a person can apply now
//! only when their answers show each one. A role they cannot yet apply for is
//! still shown, with what their answers do not show.

use crate::content::excerpt::{RoleNeed, RoleNeeds};
use crate::content::{Paragraph, Question, QuestionKind, Quiz};
use crate::domain::order;

/// The answers given: for each question, in order, the indices of the chosen answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers(pub Vec<Vec<usize>>);

impl Answers {
    pub fn empty(quiz: &Quiz) -> Answers {
        Answers(vec![Vec::new(); quiz.questions.len()])
    }

    pub fn answered(&self) -> usize {
        self.0.iter().filter(|a| !a.is_empty()).count()
    }
}

/// An answer that counted towards a role, for "Why this matches you".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub question: String,
    pub answer: String,
    pub weight: i32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleResult {
    pub role: String,
    pub score: u32,
    /// The role's essential criteria the quiz asks about that no answer
    /// given shows, in the role's order: the things to get first.
    pub needs: Vec<String>,
    /// The role's essential criteria no answer in the quiz can show, so
    /// the person checks them against the advert: "also needed".
    pub unasked: Vec<String>,
    /// The answers that counted most, strongest first (at most three).
    pub reasons: Vec<Reason>,
}

impl RoleResult {
    /// The answers show every essential criterion the quiz asks about.
    pub fn meets_requirements(&self) -> bool {
        self.needs.is_empty()
    }

    /// Listed under "could apply now": the answers show what the role
    /// needs, and the role fits the person well enough to say so.
    pub fn fits(&self) -> bool {
        self.meets_requirements() && self.score >= FIT_FLOOR && !self.reasons.is_empty()
    }
}

/// The least match, in percent, for "you could apply now". The answers that
/// set a role's direction (the kind of work, the interests, the
/// qualification) are about half the points a role can get; a role that
/// gets less than half has not been chosen by most of them. At 50% the
/// five people in the tests get their own roles and none of the others.
pub const FIT_FLOOR: u32 = 50;

/// At most this many roles under "could apply now": the best, with their
/// reasons, so the way to apply stays near the top on a phone.
pub const BEST_SHOWN: usize = 3;

/// The least match, in percent, for another role the person could apply
/// for to be listed after "could apply now". Under a quarter, few of the
/// answers point to the role at all (a nurse's answers give a pharmacy
/// assistant 4%): listing it would make the page long for nothing. The page
/// says how many it leaves out and links to every role. Roles the person
/// would need more for first are all listed: what they need is the point.
pub const LIST_FLOOR: u32 = 25;

fn weight(q: &Question, answer: usize, role: &str) -> i32 {
    q.answers
        .get(answer)
        .and_then(|a| a.weights.get(role))
        .copied()
        .unwrap_or(0)
}

/// The most points a role can get from one question.
fn best(q: &Question, role: &str) -> i32 {
    let weights = (0..q.answers.len()).map(|i| weight(q, i, role));
    match q.kind {
        QuestionKind::Single => weights.max().unwrap_or(0).max(0),
        QuestionKind::Multiple => weights.filter(|w| *w > 0).sum(),
    }
}

/// Whether any answer in the quiz can show that a person meets a role's criterion.
fn asked(quiz: &Quiz, role: &str, criterion: &str) -> bool {
    quiz.questions
        .iter()
        .flat_map(|q| &q.answers)
        .filter_map(|a| a.meets.get(role))
        .any(|ids| ids.iter().any(|id| id == criterion))
}

/// Scores one role. Monotonic: choosing an answer that counts for a role never lowers it.
pub fn score_role(quiz: &Quiz, answers: &Answers, role: &RoleNeed) -> RoleResult {
    let mut raw = 0i32;
    let mut max = 0i32;
    let mut reasons = Vec::new();
    let mut met: Vec<&str> = Vec::new();
    for (q, chosen) in quiz.questions.iter().zip(&answers.0) {
        max += best(q, &role.id);
        for &i in chosen {
            if let Some(ids) = q.answers.get(i).and_then(|a| a.meets.get(&role.id)) {
                met.extend(ids.iter().map(String::as_str));
            }
            let w = weight(q, i, &role.id);
            raw += w;
            if let (true, Some(answer)) = (w > 0, q.answers.get(i)) {
                reasons.push(Reason {
                    question: q.text.clone(),
                    answer: answer.text.clone(),
                    weight: w,
                });
            }
        }
    }
    let score = if max <= 0 || raw <= 0 {
        0
    } else {
        ((100 * raw + max / 2) / max).min(100) as u32
    };
    // Strongest first; ties keep question order, so the result is deterministic.
    order::sort_by(&mut reasons, |a, b| b.weight.cmp(&a.weight));
    reasons.truncate(3);
    let (asked_of, unasked): (Vec<_>, Vec<_>) = role
        .essentials()
        .partition(|e| asked(quiz, &role.id, &e.id));
    let needs = asked_of
        .into_iter()
        .filter(|e| !met.contains(&e.id.as_str()))
        .map(|e| e.text.clone())
        .collect();
    RoleResult {
        role: role.id.clone(),
        score,
        needs,
        unasked: unasked.into_iter().map(|e| e.text.clone()).collect(),
        reasons,
    }
}

/// Every role, ranked: roles the person can do now first, then by score, then in file order.
pub fn rank(quiz: &Quiz, roles: &RoleNeeds, answers: &Answers) -> Vec<RoleResult> {
    let mut results: Vec<(usize, RoleResult)> = roles
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| (i, score_role(quiz, answers, r)))
        .collect();
    order::sort_by(&mut results, |(ia, a), (ib, b)| {
        b.meets_requirements()
            .cmp(&a.meets_requirements())
            .then(b.score.cmp(&a.score))
            .then(ia.cmp(ib))
    });
    results.into_iter().map(|(_, r)| r).collect()
}

/// The results page's three lists. Every role is in one of them, or
/// counted in `left_out`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sorted {
    /// "You could apply now": the best roles that fit, with their reasons.
    pub apply_now: Vec<RoleResult>,
    /// Other roles whose needs the answers show, fitting less (or beyond the
    /// best few), matching at least [`LIST_FLOOR`].
    pub also: Vec<RoleResult>,
    /// Roles the answers do not yet show everything for, best match first.
    pub work_towards: Vec<RoleResult>,
    /// How many other roles whose needs the answers show match less than
    /// [`LIST_FLOOR`], and are not listed.
    pub left_out: usize,
}

pub fn sort(quiz: &Quiz, roles: &RoleNeeds, answers: &Answers) -> Sorted {
    let mut out = Sorted::default();
    for r in rank(quiz, roles, answers) {
        if r.fits() && out.apply_now.len() < BEST_SHOWN {
            out.apply_now.push(r);
        } else if r.meets_requirements() {
            if r.score < LIST_FLOOR {
                out.left_out += 1;
            } else {
                out.also.push(r);
            }
        } else {
            out.work_towards.push(r);
        }
    }
    out
}

/// What the results say about answers no role on the site is for
/// (`Answer::no_role`), in question order.
pub fn no_role_notes<'a>(quiz: &'a Quiz, answers: &Answers) -> Vec<&'a str> {
    quiz.questions
        .iter()
        .zip(&answers.0)
        .flat_map(|(q, chosen)| chosen.iter().filter_map(|i| q.answers.get(*i)))
        .filter_map(|a| a.no_role.as_deref())
        .collect()
}

/// What the results say about an answer the person gave (`Answer::note`),
/// with the answer's words, in question order.
pub fn answer_notes<'a>(quiz: &'a Quiz, answers: &Answers) -> Vec<(&'a str, &'a Paragraph)> {
    quiz.questions
        .iter()
        .zip(&answers.0)
        .flat_map(|(q, chosen)| chosen.iter().filter_map(|i| q.answers.get(*i)))
        .filter_map(|a| a.note.as_ref().map(|n| (a.text.as_str(), n)))
        .collect()
}

mod link;
pub use link::*;

#[cfg(test)]
mod tests;
