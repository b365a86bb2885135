//! Quiz scoring and the results link. Pure: driven by `quiz.json` and `roles.json`.
//!
//! A role's score is the share of the most points it could get from the quiz,
//! from 0 to 100. What a role needs (every essential qualification and
//! experience in its content) is kept apart from fit: a person can apply now
//! only when their answers show each one. A role they cannot yet apply for is
//! still shown, with what their answers do not show.

use crate::content::{
    Question, QuestionKind, Quiz, Role, Roles, ANSWER_CODE_DIGITS, QUESTION_CODE_DIGITS,
};

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
pub fn score_role(quiz: &Quiz, answers: &Answers, role: &Role) -> RoleResult {
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
    reasons.sort_by(|a, b| b.weight.cmp(&a.weight));
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
pub fn rank(quiz: &Quiz, roles: &Roles, answers: &Answers) -> Vec<RoleResult> {
    let mut results: Vec<(usize, RoleResult)> = roles
        .roles
        .iter()
        .enumerate()
        .map(|(i, r)| (i, score_role(quiz, answers, r)))
        .collect();
    results.sort_by(|(ia, a), (ib, b)| {
        b.meets_requirements()
            .cmp(&a.meets_requirements())
            .then(b.score.cmp(&a.score))
            .then(ia.cmp(ib))
    });
    results.into_iter().map(|(_, r)| r).collect()
}

/// The results page's three lists. Every role is in one of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sorted {
    /// "You could apply now": the best roles that fit, with their reasons.
    pub apply_now: Vec<RoleResult>,
    /// Other roles whose needs the answers show, fitting less (or beyond the best few).
    pub also: Vec<RoleResult>,
    /// Roles the answers do not yet show everything for, best match first.
    pub work_towards: Vec<RoleResult>,
}

pub fn sort(quiz: &Quiz, roles: &Roles, answers: &Answers) -> Sorted {
    let mut out = Sorted::default();
    for r in rank(quiz, roles, answers) {
        if r.fits() && out.apply_now.len() < BEST_SHOWN {
            out.apply_now.push(r);
        } else if r.meets_requirements() {
            out.also.push(r);
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

// ---- The results link ----

/// The results page's link carries the answers in its fragment,
/// `/quiz/results#a=<code>`: a browser never sends the fragment to a server, so
/// the answers stay out of access logs and out of a host page's analytics.
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
    /// Answers in the link that today's quiz no longer has, each by the
    /// place of the question it answered (`None` when that question has gone too).
    pub removed: Vec<Option<usize>>,
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
    chosen.sort_unstable();
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
            || (part.len() - QUESTION_CODE_DIGITS) % ANSWER_CODE_DIGITS != 0
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
            out.removed.extend(codes.map(|_| None));
            continue;
        };
        if std::mem::replace(&mut seen[qi], true) {
            return Err(LinkError::Tampered);
        }
        let q = &quiz.questions[qi];
        for c in codes {
            match q.answers.iter().position(|a| a.link_code() == c) {
                Some(a) => choose(q.kind, &mut out.answers.0[qi], a)?,
                None => out.removed.push(Some(qi)),
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
                None => out.removed.push(today),
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
mod tests {
    use super::*;

    use crate::content::published as load;

    #[test]
    fn the_results_link_carries_the_code_through_the_one_encoder() {
        assert_eq!(results_route("1.abc.3z"), "/quiz/results#a=1.abc.3z");
        // A code is base 36 with dots; anything else is still encoded, never raw.
        assert_eq!(results_route("x&y#z"), "/quiz/results#a=x%26y%23z");
        // The fragment first; an older link's query still opens.
        assert_eq!(code_in("#a=1.abc.3z", None).as_deref(), Some("1.abc.3z"));
        assert_eq!(
            code_in("#x=1&a=1.abc", Some("2.old")).as_deref(),
            Some("1.abc")
        );
        assert_eq!(code_in("", Some("1.old.2")).as_deref(), Some("1.old.2"));
        assert_eq!(code_in("#main-content", Some(" ")), None);
        assert_eq!(code_in("#a=", None), None);
    }

    fn quiz() -> Quiz {
        load("quiz.json")
    }

    fn roles() -> Roles {
        load("roles.json")
    }

    #[test]
    fn ids_a_link_could_not_tell_apart_are_reported() {
        use crate::content::ContentFile;
        let mut q = quiz();
        assert!(q.problems().is_empty(), "{:?}", q.problems());
        // Find two answer ids with the same two-digit code, and give them to one question.
        let mut seen = std::collections::BTreeMap::new();
        let clash = (0..)
            .map(|i| format!("answer-{i}"))
            .find_map(|id| {
                let code = crate::content::Answer {
                    id: id.clone(),
                    ..q.questions[0].answers[0].clone()
                }
                .link_code();
                seen.insert(code, id.clone()).map(|other| (other, id))
            })
            .unwrap();
        q.questions[0].answers[0].id = clash.0;
        q.questions[0].answers[1].id = clash.1;
        let problems = q.problems();
        assert!(
            problems.iter().any(|f| matches!(
                f.problem,
                crate::content::Problem::LinkCannotTellApart { what: "answer", .. }
            )),
            "{problems:?}"
        );
    }

    /// Answers by ids: `[("values", &["listening"]), ...]`.
    fn answers(quiz: &Quiz, chosen: &[(&str, &[&str])]) -> Answers {
        let mut a = Answers::empty(quiz);
        for (qid, aids) in chosen {
            let qi = quiz
                .questions
                .iter()
                .position(|q| q.id == *qid)
                .unwrap_or_else(|| panic!("{qid}"));
            a.0[qi] = aids
                .iter()
                .map(|aid| {
                    quiz.questions[qi]
                        .answers
                        .iter()
                        .position(|x| x.id == *aid)
                        .unwrap_or_else(|| panic!("{qid}.{aid}"))
                })
                .collect();
        }
        a
    }

    fn top(chosen: &[(&str, &[&str])], n: usize) -> Vec<String> {
        let q = quiz();
        rank(&q, &roles(), &answers(&q, chosen))
            .into_iter()
            .take(n)
            .map(|r| r.role)
            .collect()
    }

    #[test]
    fn a_registered_mental_health_nurse_gets_mental_health_roles() {
        let t = top(
            &[
                ("values", &["listening", "respect"]),
                ("skills", &["challenging-behaviour"]),
                ("qualifications", &["registered-mental-health-nurse"]),
                ("experience", &["mental-health"]),
                ("hands-on", &["patients"]),
                ("mental-health", &["very"]),
            ],
            3,
        );
        assert!(
            t.iter()
                .any(|r| r == "mental-health-practitioner" || r == "mental-health-nurse"),
            "{t:?}"
        );
    }

    #[test]
    fn a_registered_social_worker_in_mental_health_gets_mental_health_practitioner_in_the_top_two()
    {
        // The advert accepts social workers, who register with Social Work England.
        let t = top(
            &[
                ("values", &["listening", "respect"]),
                ("qualifications", &["social-worker"]),
                ("experience", &["mental-health"]),
                (
                    "done",
                    &[
                        "challenging-behaviour",
                        "therapeutic-interventions",
                        "it-at-work",
                    ],
                ),
                ("hands-on", &["patients"]),
                ("mental-health", &["very"]),
            ],
            2,
        );
        assert!(t.iter().any(|r| r == "mental-health-practitioner"), "{t:?}");
    }

    #[test]
    fn the_practitioners_essentials_are_asked_or_shown_as_still_to_check() {
        let q = quiz();
        let social_worker: &[(&str, &[&str])] = &[
            ("qualifications", &["social-worker"]),
            ("experience", &["mental-health"]),
            ("done", &["none"]),
        ];
        let r = rank(&q, &roles(), &answers(&q, social_worker))
            .into_iter()
            .find(|r| r.role == "mental-health-practitioner")
            .unwrap();
        // Not "apply now" without the skills the advert needs, which the quiz asks about.
        assert!(!r.meets_requirements());
        assert!(
            r.needs.iter().any(|n| n.contains("challenging behaviour")),
            "{:?}",
            r.needs
        );
        assert!(r.needs.iter().any(|n| n.contains("CBT")), "{:?}", r.needs);
        assert!(
            r.needs.iter().any(|n| n.contains("IT skills")),
            "{:?}",
            r.needs
        );
        // The one the quiz cannot ask is shown to check, never counted as met.
        assert_eq!(r.unasked.len(), 1, "{:?}", r.unasked);
        assert!(r.unasked[0].contains("secure environment"));
        // Every essential is asked or still to check: none is lost.
        let role = roles().get("mental-health-practitioner").unwrap().clone();
        let all = q.questions.iter().map(|x| x.answers.len()).sum::<usize>();
        assert!(all > 0);
        let every: Answers = Answers(
            q.questions
                .iter()
                .map(|x| (0..x.answers.len()).collect())
                .collect(),
        );
        let r = score_role(&q, &every, &role);
        assert_eq!(r.needs.len() + r.unasked.len(), 1);
    }

    #[test]
    fn only_the_professions_the_advert_names_meet_the_practitioners_profession() {
        let q = quiz();
        let profession = |answer: &str| {
            let a: &[(&str, &[&str])] = &[("qualifications", &[answer])];
            !needs_of_in(&q, a, "mental-health-practitioner")
                .iter()
                .any(|n| n.contains("health or social care profession"))
        };
        // RMN, RLDN, occupational therapist and social worker, as the advert says.
        for yes in [
            "registered-mental-health-nurse",
            "registered-learning-disability-nurse",
            "occupational-therapist",
            "social-worker",
        ] {
            assert!(profession(yes), "{yes}");
        }
        // An adult or children's nurse, or another HCPC registrant, is not one.
        for no in [
            "registered-nurse",
            "hcpc",
            "pharmacy-technician",
            "none-yet",
        ] {
            assert!(!profession(no), "{no}");
        }
    }

    #[test]
    fn the_editors_guide_states_the_floor() {
        let guide =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/editing.md")).unwrap();
        assert!(
            guide.contains(&format!("its match is at least {FIT_FLOOR}% (`FIT_FLOOR`")),
            "docs/editing.md does not give FIT_FLOOR ({FIT_FLOOR}%)"
        );
    }

    #[test]
    fn apply_now_only_lists_roles_that_fit() {
        let q = quiz();
        let roles = roles();
        // Five people, the issue's: none gets a role below the floor under "apply now".
        let people: [&[(&str, &[&str])]; 5] = [
            &[
                ("values", &["caring", "kindness"]),
                ("qualifications", &["registered-nurse"]),
                ("experience", &["newly-registered"]),
                ("done", &["none"]),
                ("hands-on", &["patients"]),
                ("mental-health", &["somewhat"]),
                ("medicines", &["some"]),
                ("shifts", &["any"]),
            ],
            &[
                ("values", &["caring", "listening"]),
                ("qualifications", &["certificate-or-apprenticeship"]),
                ("experience", &["health-or-care-work"]),
                ("done", &["none"]),
                ("hands-on", &["patients"]),
                ("shifts", &["any"]),
            ],
            &[
                ("values", &["listening", "respect"]),
                ("qualifications", &["social-worker"]),
                ("experience", &["mental-health"]),
                ("done", &["none"]),
                ("mental-health", &["very"]),
            ],
            &[
                ("qualifications", &["pharmacy-technician"]),
                ("experience", &["health-or-care-work"]),
                ("medicines", &["yes"]),
                ("hands-on", &["behind-the-scenes"]),
            ],
            &[],
        ];
        for chosen in people {
            let a = answers(&q, chosen);
            let s = sort(&q, &roles, &a);
            assert!(s.apply_now.len() <= BEST_SHOWN);
            for r in &s.apply_now {
                assert!(
                    r.score >= FIT_FLOOR && !r.reasons.is_empty(),
                    "{chosen:?}: {r:?}"
                );
                assert!(r.meets_requirements());
            }
            // Every role is in one list.
            assert_eq!(
                s.apply_now.len() + s.also.len() + s.work_towards.len(),
                roles.roles.len()
            );
        }
        // All answers left at the first option: nothing fits well enough.
        let first = Answers(q.questions.iter().map(|_| vec![0]).collect());
        let s = sort(&q, &roles, &first);
        assert!(s.apply_now.iter().all(|r| r.score >= FIT_FLOOR));
        // The newly registered nurse is offered the registered nurse role.
        let s = sort(&q, &roles, &answers(&q, people[0]));
        assert_eq!(
            s.apply_now.first().map(|r| r.role.as_str()),
            Some("registered-nurse")
        );
        // The pharmacy technician is told the site has no role for them.
        assert_eq!(no_role_notes(&q, &answers(&q, people[3])).len(), 1);
    }

    #[test]
    fn no_qualifications_and_hands_on_care_gets_healthcare_assistant_first() {
        let t = top(
            &[
                ("values", &["caring", "kindness"]),
                ("qualifications", &["none-yet"]),
                ("experience", &["some"]),
                ("hands-on", &["patients"]),
            ],
            1,
        );
        assert_eq!(t, ["healthcare-assistant"]);
    }

    #[test]
    fn an_organised_person_behind_the_scenes_gets_administrator_first() {
        let t = top(
            &[
                ("values", &["fairness", "honesty"]),
                ("skills", &["organising", "it"]),
                ("qualifications", &["none-yet"]),
                // The role needs administrative experience (its content says so).
                ("done", &["office-work"]),
                ("hands-on", &["behind-the-scenes"]),
                ("shifts", &["office"]),
            ],
            1,
        );
        assert_eq!(t, ["healthcare-administrator"]);
    }

    #[test]
    fn stock_detail_and_medicines_gets_pharmacy_assistant_in_the_top_two() {
        let t = top(
            &[
                ("skills", &["detail", "organising"]),
                ("qualifications", &["pharmacy"]),
                ("medicines", &["yes"]),
                ("hands-on", &["mix"]),
            ],
            2,
        );
        assert!(t.contains(&"pharmacy-assistant".to_owned()), "{t:?}");
    }

    #[test]
    fn an_experienced_nurse_who_wants_to_lead_gets_a_senior_role() {
        let t = top(
            &[
                ("skills", &["leading", "emergencies"]),
                ("qualifications", &["registered-nurse"]),
                ("experience", &["senior"]),
                ("leading", &["now"]),
            ],
            2,
        );
        assert!(
            t.iter()
                .any(|r| r == "inpatient-clinical-nurse-manager" || r == "nurse-practitioner"),
            "{t:?}"
        );
    }

    fn needs_of(chosen: &[(&str, &[&str])], role: &str) -> Vec<String> {
        needs_of_in(&quiz(), chosen, role)
    }

    fn needs_of_in(q: &Quiz, chosen: &[(&str, &[&str])], role: &str) -> Vec<String> {
        rank(q, &roles(), &answers(q, chosen))
            .into_iter()
            .find(|r| r.role == role)
            .unwrap()
            .needs
    }

    #[test]
    fn roles_needing_a_registration_are_marked_not_ranked_first() {
        let q = quiz();
        let a = answers(
            &q,
            &[
                ("qualifications", &["none-yet"]),
                ("mental-health", &["very"]),
            ],
        );
        let ranked = rank(&q, &roles(), &a);
        let mhn = ranked
            .iter()
            .find(|r| r.role == "mental-health-nurse")
            .unwrap();
        let role = roles().get("mental-health-nurse").unwrap().clone();
        // Everything the role needs, in its order, the registration among them.
        let all: Vec<String> = role.essentials().map(|e| e.text.clone()).collect();
        assert_eq!(mhn.needs, all);
        assert!(mhn
            .needs
            .iter()
            .any(|n| n.contains("Nursing and Midwifery Council")));
        assert!(ranked[0].meets_requirements());
        // Every role is still shown, those the person can apply for first.
        assert_eq!(ranked.len(), roles().roles.len());
        let first_not = ranked.iter().position(|r| !r.meets_requirements()).unwrap();
        assert!(ranked[first_not..].iter().all(|r| !r.meets_requirements()));
    }

    #[test]
    fn experience_and_training_a_role_needs_count_as_much_as_registration() {
        // A registered nurse with general experience: not yet a nurse
        // practitioner, clinical nurse manager or mental health practitioner.
        let general: &[(&str, &[&str])] = &[
            ("qualifications", &["registered-nurse"]),
            ("experience", &["health-or-care-work"]),
            ("done", &["none"]),
        ];
        assert_eq!(needs_of(general, "registered-nurse"), Vec::<String>::new());
        let np = needs_of(general, "nurse-practitioner");
        assert!(
            np.iter().any(|n| n.contains("Advanced practice training")),
            "{np:?}"
        );
        assert!(
            np.iter()
                .any(|n| n.contains("experience as a registered nurse")),
            "{np:?}"
        );
        assert!(
            !np.iter()
                .any(|n| n.contains("Nursing and Midwifery Council")),
            "{np:?}"
        );
        let icnm = needs_of(general, "inpatient-clinical-nurse-manager");
        assert!(
            icnm.iter().any(|n| n.contains("leading a team")),
            "{icnm:?}"
        );
        let mhp = needs_of(general, "mental-health-practitioner");
        assert!(mhp.iter().any(|n| n.contains("Two years")), "{mhp:?}");
        // An adult nurse is not one of the professions the advert names.
        assert!(
            mhp.iter()
                .any(|n| n.contains("health or social care profession")),
            "{mhp:?}"
        );
        // An adult nurse does not have a mental health nursing degree; a
        // registered mental health nurse does.
        assert!(!needs_of(general, "mental-health-nurse").is_empty());
        let rmn: &[(&str, &[&str])] = &[("qualifications", &["registered-mental-health-nurse"])];
        assert_eq!(needs_of(rmn, "mental-health-nurse"), Vec::<String>::new());
        // With the experience and the training, nothing is missing.
        let senior: &[(&str, &[&str])] = &[
            ("qualifications", &["registered-nurse"]),
            ("experience", &["senior"]),
            ("done", &["advanced-practice"]),
        ];
        assert_eq!(needs_of(senior, "nurse-practitioner"), Vec::<String>::new());
        assert_eq!(
            needs_of(senior, "inpatient-clinical-nurse-manager"),
            Vec::<String>::new()
        );
        // Administrative experience is asked for, not assumed.
        assert_eq!(needs_of(general, "healthcare-administrator").len(), 1);
        let office: &[(&str, &[&str])] = &[("done", &["office-work"])];
        assert_eq!(
            needs_of(office, "healthcare-administrator"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn scores_are_deterministic_and_bounded() {
        let q = quiz();
        let every: Answers = Answers(
            q.questions
                .iter()
                .map(|x| {
                    if x.kind == QuestionKind::Multiple {
                        (0..x.answers.len()).collect()
                    } else {
                        vec![0]
                    }
                })
                .collect(),
        );
        for a in [Answers::empty(&q), every] {
            let r1 = rank(&q, &roles(), &a);
            assert_eq!(r1, rank(&q, &roles(), &a));
            assert!(r1.iter().all(|r| r.score <= 100));
        }
        assert!(rank(&q, &roles(), &Answers::empty(&q))
            .iter()
            .all(|r| r.score == 0));
    }

    #[test]
    fn an_answer_that_counts_for_a_role_never_lowers_it() {
        let q = quiz();
        let roles = roles();
        // From many starting points, add each answer that counts for a role.
        for seed in 0..q.questions.len() {
            let mut base = Answers::empty(&q);
            for (i, question) in q.questions.iter().enumerate() {
                if i % (seed + 1) == 0 {
                    base.0[i] = vec![(i + seed) % question.answers.len()];
                }
            }
            for (qi, question) in q.questions.iter().enumerate() {
                if question.kind != QuestionKind::Multiple {
                    continue;
                }
                for (ai, answer) in question.answers.iter().enumerate() {
                    for (role_id, w) in &answer.weights {
                        if *w <= 0 || base.0[qi].contains(&ai) {
                            continue;
                        }
                        let role = roles.get(role_id).unwrap();
                        let before = score_role(&q, &base, role).score;
                        let mut more = base.clone();
                        more.0[qi].push(ai);
                        assert!(
                            score_role(&q, &more, role).score >= before,
                            "{}.{} lowered {role_id}",
                            question.id,
                            answer.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn reasons_name_the_answers_that_counted_most() {
        let q = quiz();
        let a = answers(
            &q,
            &[
                ("medicines", &["yes"]),
                ("qualifications", &["pharmacy"]),
                ("shifts", &["office"]),
            ],
        );
        let r = rank(&q, &roles(), &a)
            .into_iter()
            .find(|r| r.role == "pharmacy-assistant")
            .unwrap();
        assert_eq!(r.reasons.len(), 3);
        assert!(r.reasons[0].weight >= r.reasons[1].weight);
        assert!(r.reasons.iter().all(|x| x.weight > 0));
    }

    #[test]
    fn links_round_trip() {
        let q = quiz();
        let a = answers(
            &q,
            &[
                ("values", &["kindness", "respect"]),
                ("qualifications", &["hcpc"]),
                ("shifts", &["any"]),
            ],
        );
        let link = encode(&q, &a);
        assert!(link.starts_with("2."), "{link}");
        assert!(link.len() < 80, "{link}");
        assert_eq!(
            decode(&q, &link),
            Ok(Opened {
                answers: a,
                ..Opened::default()
            })
        );
        assert_eq!(
            decode(&q, &encode(&q, &Answers::empty(&q)))
                .unwrap()
                .answers,
            Answers::empty(&q)
        );
    }

    /// The quiz with a question added at the front, an answer added to
    /// `values`, and `shifts`' answers reversed: edits an editor makes.
    fn edited(q: &Quiz) -> Quiz {
        let mut e = q.clone();
        let mut new = e.questions[2].clone();
        new.id = "a-new-question".into();
        e.questions.insert(0, new);
        let mut extra = e.questions[1].answers[0].clone();
        extra.id = "a-new-answer".into();
        e.questions[1].answers.insert(0, extra);
        let shifts = e.questions.iter_mut().find(|x| x.id == "shifts").unwrap();
        shifts.answers.reverse();
        e
    }

    #[test]
    fn a_link_survives_added_questions_and_answers_and_reordering() {
        let q = quiz();
        let chosen: &[(&str, &[&str])] = &[
            ("values", &["kindness", "respect"]),
            ("qualifications", &["social-worker"]),
            ("shifts", &["office"]),
        ];
        let link = encode(&q, &answers(&q, chosen));
        let e = edited(&q);
        let opened = decode(&e, &link).unwrap();
        assert_eq!(opened.answers, answers(&e, chosen));
        // The new question is unanswered, and said to be new.
        assert_eq!(opened.not_asked, [0]);
        assert!(opened.removed.is_empty());
        // An answer taken out is named as removed, never read as another.
        let mut fewer = q.clone();
        let quals = fewer
            .questions
            .iter_mut()
            .find(|x| x.id == "qualifications")
            .unwrap();
        quals.answers.retain(|a| a.id != "social-worker");
        let qi = fewer
            .questions
            .iter()
            .position(|x| x.id == "qualifications")
            .unwrap();
        let opened = decode(&fewer, &link).unwrap();
        assert_eq!(opened.removed, [Some(qi)]);
        assert!(opened.answers.0[qi].is_empty());
        // A question taken out: its answers are removed, the others kept.
        let mut gone = q.clone();
        gone.questions.retain(|x| x.id != "values");
        let opened = decode(&gone, &link).unwrap();
        assert_eq!(opened.removed, [None, None]);
        assert_eq!(opened.answers.answered(), 2);
    }

    #[test]
    fn links_of_the_first_format_still_open() {
        let q = quiz();
        assert!(!q.earlier_layouts.is_empty());
        // Made before the "done" question was added: it is named as not asked.
        let first = &q.earlier_layouts[0];
        let chosen: &[(&str, &[&str])] = &[
            ("values", &["listening", "respect"]),
            ("qualifications", &["social-worker"]),
            ("experience", &["mental-health"]),
        ];
        let link = encode_by_place(first, chosen);
        assert!(link.starts_with("1."), "{link}");
        let opened = decode(&q, &link).unwrap();
        assert_eq!(opened.answers, answers(&q, chosen));
        let new: Vec<&str> = opened
            .not_asked
            .iter()
            .map(|i| q.questions[*i].id.as_str())
            .collect();
        assert!(new.contains(&"done"), "{new:?}");
        // Every layout's links open, with every answer each question had.
        for layout in &q.earlier_layouts {
            for question in &layout.questions {
                for answer in &question.answers {
                    let one: &[(&str, &[&str])] = &[(&question.id, &[answer.as_str()])];
                    let opened = decode(&q, &encode_by_place(layout, one));
                    let opened =
                        opened.unwrap_or_else(|e| panic!("{}.{answer}: {e:?}", question.id));
                    // Carried over by id, or named as removed: never another answer.
                    let kept = q
                        .questions
                        .iter()
                        .position(|x| x.id == question.id)
                        .and_then(|qi| {
                            let ai = q.questions[qi]
                                .answers
                                .iter()
                                .position(|a| a.id == *answer)?;
                            Some((qi, ai))
                        });
                    match kept {
                        Some((qi, ai)) => assert_eq!(opened.answers.0[qi], [ai]),
                        None => assert_eq!(opened.removed.len(), 1),
                    }
                    assert_eq!(opened.answers.answered() + opened.removed.len(), 1);
                }
            }
        }
    }

    #[test]
    fn bad_links_give_clear_errors() {
        let q = quiz();
        let good = encode(&q, &answers(&q, &[("qualifications", &["none-yet"])]));
        assert_eq!(decode(&q, ""), Err(LinkError::Malformed));
        assert_eq!(decode(&q, "hello"), Err(LinkError::Malformed));
        // Cut short at a dot, or within a code.
        let cut = &good[..good.rfind('.').unwrap()];
        assert_eq!(decode(&q, cut), Err(LinkError::Malformed));
        assert_eq!(
            decode(&q, &good[..good.len() - 1]),
            Err(LinkError::Malformed)
        );
        assert_eq!(
            decode(&q, &good.replacen("2.", "3.", 1)),
            Err(LinkError::OtherVersion)
        );
        assert_eq!(decode(&q, "1.zzzz.0.0"), Err(LinkError::OtherVersion));
        // Two answers to a one-answer question.
        let quals = q
            .questions
            .iter()
            .find(|x| x.id == "qualifications")
            .unwrap();
        let two = format!(
            "{}{}{}",
            quals.link_code(),
            quals.answers[0].link_code(),
            quals.answers[1].link_code()
        );
        let mut parts: Vec<String> = good.split('.').map(str::to_owned).collect();
        let at = parts
            .iter()
            .position(|p| p.starts_with(&quals.link_code()))
            .unwrap();
        parts[at] = two;
        assert_eq!(decode(&q, &parts.join(".")), Err(LinkError::Tampered));
        parts[at] = "!!!".into();
        assert_eq!(decode(&q, &parts.join(".")), Err(LinkError::Malformed));
    }

    /// Property test without a framework: thousands of generated links, from
    /// valid ones with a character changed to random strings. None may panic.
    #[test]
    fn any_link_gives_answers_or_an_error() {
        let q = quiz();
        let good = encode(
            &q,
            &answers(
                &q,
                &[("values", &["kindness"]), ("qualifications", &["none-yet"])],
            ),
        );
        let alphabet: Vec<char> = "0123456789abcdefghijklmnopqrstuvwxyz.-_~%ZÉ😀 \u{0}"
            .chars()
            .collect();
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let link: String = if next() % 2 == 0 {
                let mut chars: Vec<char> = good.chars().collect();
                let i = (next() as usize) % chars.len();
                chars[i] = alphabet[(next() as usize) % alphabet.len()];
                if next() % 3 == 0 {
                    chars.truncate((next() as usize) % chars.len());
                }
                chars.into_iter().collect()
            } else {
                (0..(next() % 60))
                    .map(|_| alphabet[(next() as usize) % alphabet.len()])
                    .collect()
            };
            if let Ok(a) = decode(&q, &link) {
                assert_eq!(a.answers.0.len(), q.questions.len());
                let _ = rank(&q, &roles(), &a.answers);
            }
        }
    }
}
