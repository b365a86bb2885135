//! Quiz scoring and the results link. Pure: driven by `quiz.json` and `roles.json`.
//!
//! A role's score is the share of the most points it could get from the quiz,
//! from 0 to 100. What a role needs (every essential qualification and
//! experience in its content) is kept apart from fit: a person can apply now
//! only when their answers show each one. A role they cannot yet apply for is
//! still shown, with what their answers do not show.

use crate::content::{Question, QuestionKind, Quiz, Role, Roles};

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
    /// The role's essential criteria that no answer given shows, in the
    /// role's order: the things to get (or to check against the advert) first.
    pub needs: Vec<String>,
    /// The answers that counted most, strongest first (at most three).
    pub reasons: Vec<Reason>,
}

impl RoleResult {
    pub fn meets_requirements(&self) -> bool {
        self.needs.is_empty()
    }
}

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
    let needs = role
        .essentials()
        .filter(|e| !met.contains(&e.id.as_str()))
        .map(|e| e.text.clone())
        .collect();
    RoleResult {
        role: role.id.clone(),
        score,
        needs,
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

/// The link format's version; a link with another is from an older (or newer) quiz.
pub const LINK_VERSION: &str = "1";
const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Not a quiz link at all, or cut short.
    Malformed,
    /// Made by another version of the quiz, whose questions may have been different.
    OtherVersion,
    /// The right shape, but with answers the quiz does not have.
    Tampered,
}

impl LinkError {
    pub fn message(&self) -> &'static str {
        match self {
            LinkError::Malformed => "This results link is not complete. It may have been cut short when it was copied.",
            LinkError::OtherVersion => "This results link is from an earlier version of the quiz, so its answers no longer match the questions.",
            LinkError::Tampered => "This results link has answers the quiz does not have, so we cannot show results for it.",
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

/// A short fingerprint of the questions and answers, so a link made for a
/// different quiz is recognised rather than misread.
pub fn fingerprint(quiz: &Quiz) -> String {
    let mut h: u32 = 0x811c_9dc5;
    let mut eat = |s: &str| {
        for b in s.bytes().chain(std::iter::once(0)) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    };
    for q in &quiz.questions {
        eat(&q.id);
        eat(if q.kind == QuestionKind::Single {
            "s"
        } else {
            "m"
        });
        for a in &q.answers {
            eat(&a.id);
        }
    }
    base36(u64::from(h % 1_679_616)) // four base-36 digits at most
}

/// `1.<fingerprint>.<answer>.<answer>…`: one part a question; empty when unanswered;
/// a single answer's index, or a bit mask of several, in base 36.
pub fn encode(quiz: &Quiz, answers: &Answers) -> String {
    let mut parts = vec![LINK_VERSION.to_owned(), fingerprint(quiz)];
    for (q, chosen) in quiz.questions.iter().zip(&answers.0) {
        parts.push(match (q.kind, chosen.as_slice()) {
            (_, []) => String::new(),
            (QuestionKind::Single, [i, ..]) => base36(*i as u64),
            (QuestionKind::Multiple, many) => {
                // The content check keeps answers within the mask; any past it are
                // left out rather than wrapped round onto another answer.
                let bit = |i: &usize| u32::try_from(*i).ok().and_then(|i| 1u64.checked_shl(i));
                base36(many.iter().filter_map(bit).fold(0u64, |m, b| m | b))
            }
        });
    }
    parts.join(".")
}

pub fn decode(quiz: &Quiz, link: &str) -> Result<Answers, LinkError> {
    let mut parts = link.trim().split('.');
    let version = parts.next().ok_or(LinkError::Malformed)?;
    if version.is_empty() || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Malformed);
    }
    if version != LINK_VERSION {
        return Err(LinkError::OtherVersion);
    }
    let print = parts.next().ok_or(LinkError::Malformed)?;
    if print.is_empty() || !print.bytes().all(|b| DIGITS.contains(&b)) {
        return Err(LinkError::Malformed);
    }
    if print != fingerprint(quiz) {
        return Err(LinkError::OtherVersion);
    }
    let parts: Vec<&str> = parts.collect();
    if parts.len() != quiz.questions.len() {
        return Err(LinkError::Malformed);
    }
    let mut out = Vec::with_capacity(parts.len());
    for (q, part) in quiz.questions.iter().zip(parts) {
        if part.is_empty() {
            out.push(Vec::new());
            continue;
        }
        let n = from_base36(part).ok_or(LinkError::Tampered)?;
        let chosen: Vec<usize> = match q.kind {
            QuestionKind::Single => vec![usize::try_from(n).map_err(|_| LinkError::Tampered)?],
            QuestionKind::Multiple => (0..64).filter(|i| n & (1u64 << i) != 0).collect(),
        };
        if chosen.is_empty() || chosen.iter().any(|i| *i >= q.answers.len()) {
            return Err(LinkError::Tampered);
        }
        out.push(chosen);
    }
    Ok(Answers(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::content::{published as load, MAX_MULTIPLE_ANSWERS};

    #[test]
    fn the_results_link_carries_the_code_through_the_one_encoder() {
        assert_eq!(results_route("1.abc.3z"), "/quiz/results#a=1.abc.3z");
        // A code is base 36 with dots; anything else is still encoded, never raw.
        assert_eq!(results_route("x&y#z"), "/quiz/results#a=x%26y%23z");
        // The fragment first; an older link's query still opens.
        assert_eq!(code_in("#a=1.abc.3z", None).as_deref(), Some("1.abc.3z"));
        assert_eq!(code_in("#x=1&a=1.abc", Some("2.old")).as_deref(), Some("1.abc"));
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

    /// The published quiz with its first multiple-answer question given `n` answers.
    fn with_many_answers(n: usize) -> Quiz {
        let mut q = quiz();
        let many = q
            .questions
            .iter_mut()
            .find(|x| x.kind == QuestionKind::Multiple)
            .expect("a multiple-answer question");
        let template = many.answers[0].clone();
        many.answers = (0..n)
            .map(|i| crate::content::Answer {
                id: format!("a{i}"),
                ..template.clone()
            })
            .collect();
        q
    }

    #[test]
    fn a_multiple_answer_question_holds_as_many_answers_as_a_link_can_carry() {
        use crate::content::ContentFile;
        // One more than a link can carry: the content check says so.
        let too_many = with_many_answers(MAX_MULTIPLE_ANSWERS + 1);
        let problems = too_many.problems();
        assert!(
            problems.iter().any(|p| p.contains("at most 64 answers")),
            "{problems:?}"
        );
        // The most it can carry: every answer chosen goes to the link and back.
        let full = with_many_answers(MAX_MULTIPLE_ANSWERS);
        assert!(full.problems().is_empty(), "{:?}", full.problems());
        let qi = full
            .questions
            .iter()
            .position(|x| x.kind == QuestionKind::Multiple)
            .unwrap();
        let mut a = Answers::empty(&full);
        a.0[qi] = (0..MAX_MULTIPLE_ANSWERS).collect();
        assert_eq!(decode(&full, &encode(&full, &a)), Ok(a.clone()));
        // And an answer past it never wraps round onto another.
        a.0[qi] = vec![0, MAX_MULTIPLE_ANSWERS];
        let back = decode(&too_many, &encode(&too_many, &a)).unwrap();
        assert_eq!(back.0[qi], [0]);
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
                ("qualifications", &["registered-nurse"]),
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
                ("hands-on", &["patients"]),
                ("mental-health", &["very"]),
            ],
            2,
        );
        assert!(t.iter().any(|r| r == "mental-health-practitioner"), "{t:?}");
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
        let q = quiz();
        rank(&q, &roles(), &answers(&q, chosen))
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
        assert_eq!(mhp.len(), 1, "{mhp:?}");
        assert!(mhp[0].contains("Two years"), "{mhp:?}");
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
        assert!(link.starts_with("1."), "{link}");
        assert!(link.len() < 40, "{link}");
        let mut back = decode(&q, &link).unwrap();
        for v in back.0.iter_mut() {
            v.sort();
        }
        let mut a_sorted = a.clone();
        for v in a_sorted.0.iter_mut() {
            v.sort();
        }
        assert_eq!(back, a_sorted);
        assert_eq!(
            decode(&q, &encode(&q, &Answers::empty(&q))).unwrap(),
            Answers::empty(&q)
        );
    }

    #[test]
    fn bad_links_give_clear_errors() {
        let q = quiz();
        let good = encode(&q, &answers(&q, &[("qualifications", &["none-yet"])]));
        assert_eq!(decode(&q, ""), Err(LinkError::Malformed));
        assert_eq!(decode(&q, "hello"), Err(LinkError::Malformed));
        assert_eq!(
            decode(&q, &good[..good.len() - 3]),
            Err(LinkError::Malformed)
        );
        assert_eq!(
            decode(&q, &good.replacen("1.", "0.", 1)),
            Err(LinkError::OtherVersion)
        );
        assert_eq!(
            decode(&q, &good.replacen(&fingerprint(&q), "zzzz", 1)),
            Err(LinkError::OtherVersion)
        );
        let mut parts: Vec<&str> = good.split('.').collect();
        parts[4] = "z"; // answer 35 of a six-answer question
        assert_eq!(decode(&q, &parts.join(".")), Err(LinkError::Tampered));
        parts[4] = "!";
        assert_eq!(decode(&q, &parts.join(".")), Err(LinkError::Tampered));
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
                assert_eq!(a.0.len(), q.questions.len());
                let _ = rank(&q, &roles(), &a);
            }
        }
    }
}
