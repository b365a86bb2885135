//! Quiz scoring and the results link. Pure: driven by `quiz.json` and `roles.json`.
//!
//! A role's score is the share of the most points it could get from the quiz,
//! from 0 to 100. What a role needs (every essential qualification and
//! experience in its content) is kept apart from fit: a person can apply now
//! only when their answers show each one. A role they cannot yet apply for is
//! still shown, with what their answers do not show.

use crate::content::excerpt::{RoleNeed, RoleNeeds};
use crate::content::{
    Paragraph, Question, QuestionKind, Quiz, ANSWER_CODE_DIGITS, QUESTION_CODE_DIGITS,
};
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

// ---- The results link ----

/// The results page's link carries the answers in its fragment,
/// `/quiz/results#a=<code>`: a browser never sends the fragment to a server, so
/// the answers stay out of access logs. (A host page's own scripts can read
/// the address and this browser's storage, as they can anything on the page:
/// docs/deploying.md says so.)
/// Links made before carried them in the query (`?a=<code>`); those still
/// open, and the page moves the answers into the fragment.
pub const ANSWERS: &str = "a";

/// The results page for answers encoded by [`encode`].
pub fn results_route(code: &str) -> String {
    let fragment = crate::domain::query::Query::default()
        .pair(ANSWERS, code)
        .finish();
    format!("{}#{fragment}", crate::domain::routes::QUIZ_RESULTS.path)
}

/// The answers' code in a results page's address: from its fragment (`#a=..`,
/// as the browser gives `location.hash`), else from an older link's query.
/// `None` when neither has one. A code only holds `0-9`, `a-z` and `.`, so
/// anything percent-encoded is no code of ours and fails [`decode`].
pub fn code_in(hash: &str, query_value: Option<&str>) -> Option<String> {
    let from_hash = hash
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix(ANSWERS)?.strip_prefix('='));
    from_hash
        .or(query_value)
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(str::to_owned)
}

/// The link format's version. Format 2 names each question and answer by a
/// short code made from its id, so adding, removing or reordering questions
/// and answers leaves every other answer in a link readable.
pub const LINK_VERSION: &str = "2";
/// The first format named answers by their place in the quiz, with a
/// fingerprint of the quiz it was made by (`Quiz::earlier_layouts`).
const FIRST_VERSION: &str = "1";
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a quiz link at all, or cut short.
    Malformed,
    /// Made by a version of the quiz this one cannot read.
    OtherVersion,
    /// The right shape, but with answers that cannot go together.
    Tampered,
}

impl LinkError {
    pub fn message(&self) -> &'static str {
        match self {
            LinkError::Malformed => "This results link is not complete. It may have been cut short when it was copied.",
            LinkError::OtherVersion => "This results link was made by a version of the quiz we cannot read, so we cannot show results for it.",
            LinkError::Tampered => "This results link has answers that do not go together, so we cannot show results for it.",
        }
    }
}

/// A results link read against today's quiz.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    pub answers: Answers,
    /// The questions, by their place in today's quiz, that the quiz the
    /// link was made by did not have: unanswered, and said so.
    pub not_asked: Vec<usize>,
    /// Answers in the link that today's quiz no longer has, by the place of
    /// the question they answered (`None` when that question has gone too),
    /// each place once with how many: however long the link, at most one
    /// entry for each question and one for the questions gone.
    pub removed: Vec<(Option<usize>, usize)>,
}

impl Opened {
    fn note_removed(&mut self, at: Option<usize>, count: usize) {
        if count == 0 {
            return;
        }
        match self.removed.iter_mut().find(|(place, _)| *place == at) {
            Some((_, n)) => *n += count,
            None => self.removed.push((at, count)),
        }
    }
}

fn base36(mut n: u64) -> String {
    if n == 0 {
        return "0".to_owned();
    }
    let mut s = Vec::new();
    while n > 0 {
        s.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    s.reverse();
    String::from_utf8(s).expect("ascii")
}

fn from_base36(s: &str) -> Option<u64> {
    // u64::MAX takes 13 digits; larger numbers fail the checked arithmetic.
    if s.is_empty() || s.len() > 13 {
        return None;
    }
    s.bytes().try_fold(0u64, |acc, b| {
        let d = DIGITS.iter().position(|x| *x == b)? as u64;
        acc.checked_mul(36)?.checked_add(d)
    })
}

/// The first format's fingerprint of a quiz's questions and answers, in order.
fn fingerprint_of<'a>(
    questions: impl Iterator<Item = (&'a str, QuestionKind, Vec<&'a str>)>,
) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for (id, kind, answers) in questions {
        parts.push(id);
        parts.push(if kind == QuestionKind::Single {
            "s"
        } else {
            "m"
        });
        parts.extend(answers);
    }
    base36(u64::from(crate::content::fnv(&parts) % 1_679_616)) // four base-36 digits at most
}

/// The questions of an earlier quiz (or today's), by id, for reading first-format links.
fn layouts(quiz: &Quiz) -> Vec<Vec<(&str, QuestionKind, Vec<&str>)>> {
    let today = quiz
        .questions
        .iter()
        .map(|q| {
            (
                q.id.as_str(),
                q.kind,
                q.answers.iter().map(|a| a.id.as_str()).collect(),
            )
        })
        .collect();
    let earlier = quiz.earlier_layouts.iter().map(|l| {
        l.questions
            .iter()
            .map(|q| {
                (
                    q.id.as_str(),
                    q.kind,
                    q.answers.iter().map(String::as_str).collect(),
                )
            })
            .collect()
    });
    std::iter::once(today).chain(earlier).collect()
}

/// `2.<questions>.<question>.<question>…`: each question's code followed
/// by the codes of the answers chosen (none when unanswered). The count of
/// questions tells a link cut short at a dot from one made by a shorter quiz.
pub fn encode(quiz: &Quiz, answers: &Answers) -> String {
    let mut parts = vec![LINK_VERSION.to_owned(), base36(quiz.questions.len() as u64)];
    for (q, chosen) in quiz.questions.iter().zip(&answers.0) {
        let mut part = q.link_code();
        for a in chosen.iter().filter_map(|i| q.answers.get(*i)) {
            part.push_str(&a.link_code());
        }
        parts.push(part);
    }
    parts.join(".")
}

pub fn decode(quiz: &Quiz, link: &str) -> Result<Opened, LinkError> {
    let link = link.trim();
    let mut parts = link.split('.');
    let version = parts.next().ok_or(LinkError::Malformed)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Malformed);
    }
    let rest: Vec<&str> = parts.collect();
    match version {
        LINK_VERSION => decode_by_code(quiz, &rest),
        FIRST_VERSION => decode_by_place(quiz, &rest),
        _ => Err(LinkError::OtherVersion),
    }
}

fn is_code(s: &str) -> bool {
    s.bytes().all(|b| DIGITS.contains(&b))
}

/// Puts answer `a` (by its place today) to question `qi`, keeping a single-answer question to one.
fn choose(kind: QuestionKind, chosen: &mut Vec<usize>, a: usize) -> Result<(), LinkError> {
    if chosen.contains(&a) {
        return Ok(());
    }
    if kind == QuestionKind::Single && !chosen.is_empty() {
        return Err(LinkError::Tampered);
    }
    chosen.push(a);
    order::sort(chosen);
    Ok(())
}

fn decode_by_code(quiz: &Quiz, parts: &[&str]) -> Result<Opened, LinkError> {
    let (count, parts) = parts.split_first().ok_or(LinkError::Malformed)?;
    if !is_code(count) || from_base36(count) != Some(parts.len() as u64) {
        return Err(LinkError::Malformed);
    }
    let mut out = Opened {
        answers: Answers::empty(quiz),
        ..Opened::default()
    };
    let mut seen = vec![false; quiz.questions.len()];
    for part in parts {
        if part.len() < QUESTION_CODE_DIGITS
            || !(part.len() - QUESTION_CODE_DIGITS).is_multiple_of(ANSWER_CODE_DIGITS)
            || !is_code(part)
        {
            return Err(LinkError::Malformed);
        }
        let (code, answer_codes) = part.split_at(QUESTION_CODE_DIGITS);
        let codes = answer_codes
            .as_bytes()
            .chunks(ANSWER_CODE_DIGITS)
            .map(|c| std::str::from_utf8(c).expect("ascii"));
        let Some(qi) = quiz.questions.iter().position(|q| q.link_code() == code) else {
            out.note_removed(None, codes.count());
            continue;
        };
        if std::mem::replace(&mut seen[qi], true) {
            return Err(LinkError::Tampered);
        }
        let q = &quiz.questions[qi];
        for c in codes {
            match q.answers.iter().position(|a| a.link_code() == c) {
                Some(a) => choose(q.kind, &mut out.answers.0[qi], a)?,
                None => out.note_removed(Some(qi), 1),
            }
        }
    }
    out.not_asked = (0..quiz.questions.len()).filter(|i| !seen[*i]).collect();
    Ok(out)
}

/// A first-format link: answers by their place in the quiz it was made by,
/// found by its fingerprint among today's quiz and the earlier ones, then
/// carried over to today's by id.
fn decode_by_place(quiz: &Quiz, parts: &[&str]) -> Result<Opened, LinkError> {
    let (print, parts) = parts.split_first().ok_or(LinkError::Malformed)?;
    if print.is_empty() || !is_code(print) {
        return Err(LinkError::Malformed);
    }
    let layouts = layouts(quiz);
    let layout = layouts
        .into_iter()
        .find(|l| fingerprint_of(l.iter().cloned()) == *print)
        .ok_or(LinkError::OtherVersion)?;
    if parts.len() != layout.len() {
        return Err(LinkError::Malformed);
    }
    let mut out = Opened {
        answers: Answers::empty(quiz),
        ..Opened::default()
    };
    let mut seen = vec![false; quiz.questions.len()];
    for ((id, kind, answers), part) in layout.iter().zip(parts) {
        let today = quiz.questions.iter().position(|q| q.id == *id);
        if let Some(qi) = today {
            seen[qi] = true;
        }
        if part.is_empty() {
            continue;
        }
        let n = from_base36(part).ok_or(LinkError::Tampered)?;
        let places: Vec<usize> = match kind {
            QuestionKind::Single => vec![usize::try_from(n).map_err(|_| LinkError::Tampered)?],
            QuestionKind::Multiple => (0..64).filter(|i| n & (1u64 << i) != 0).collect(),
        };
        if places.is_empty() || places.iter().any(|i| *i >= answers.len()) {
            return Err(LinkError::Tampered);
        }
        for place in places {
            let found = today.and_then(|qi| {
                let q = &quiz.questions[qi];
                q.answers
                    .iter()
                    .position(|a| a.id == answers[place])
                    .map(|a| (qi, a))
            });
            match found {
                Some((qi, a)) => choose(quiz.questions[qi].kind, &mut out.answers.0[qi], a)?,
                None => out.note_removed(today, 1),
            }
        }
    }
    out.not_asked = (0..quiz.questions.len()).filter(|i| !seen[*i]).collect();
    Ok(out)
}

/// The first format's link for `answers` to a quiz laid out as `layout`
/// (answers by id), as a link made before format 2 would be: for tests.
#[cfg(test)]
fn encode_by_place(layout: &crate::content::Layout, chosen: &[(&str, &[&str])]) -> String {
    let fingerprint = fingerprint_of(layout.questions.iter().map(|q| {
        (
            q.id.as_str(),
            q.kind,
            q.answers.iter().map(String::as_str).collect(),
        )
    }));
    let mut parts = vec![FIRST_VERSION.to_owned(), fingerprint];
    for q in &layout.questions {
        let ids = chosen
            .iter()
            .find(|(id, _)| *id == q.id)
            .map_or(&[][..], |(_, a)| *a);
        let places = ids.iter().map(|id| {
            q.answers
                .iter()
                .position(|a| a == id)
                .expect("answer in layout")
        });
        parts.push(match (q.kind, ids.is_empty()) {
            (_, true) => String::new(),
            (QuestionKind::Single, false) => base36(places.take(1).sum::<usize>() as u64),
            (QuestionKind::Multiple, false) => base36(places.fold(0u64, |m, i| m | (1 << i))),
        });
    }
    parts.join(".")
}

#[cfg(test)]
mod tests;
