//! The results link: the answers in the results page's address, and reading
//! a link made by this quiz or an earlier one back into answers.

use super::Answers;
use crate::content::{QuestionKind, Quiz, ANSWER_CODE_DIGITS, QUESTION_CODE_DIGITS};
use crate::domain::order;

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

pub(super) fn base36(mut n: u64) -> String {
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
pub(super) fn encode_by_place(
    layout: &crate::content::Layout,
    chosen: &[(&str, &[&str])],
) -> String {
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
