//! Times quiz scoring for 100 roles: `cargo run --release --example quiz_bench`.
//! Prints numbers; asserts nothing.

use offender_care_careers::content::{Quiz, Roles};
use offender_care_careers::domain::quiz::{rank, Answers};
use std::time::Instant;

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/public/content");
    let mut quiz: Quiz =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/quiz.json")).unwrap())
            .unwrap();
    let base: Roles =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/roles.json")).unwrap())
            .unwrap();

    // 100 roles: copies of the nine, each with its own id and the same weights.
    let mut roles = Roles {
        schema: None,
        roles: Vec::new(),
    };
    for i in 0..100 {
        let mut r = base.roles[i % base.roles.len()].clone();
        let id = format!("{}-{i}", r.id);
        for q in &mut quiz.questions {
            for a in &mut q.answers {
                if let Some(w) = a.weights.get(&base.roles[i % base.roles.len()].id).copied() {
                    a.weights.insert(id.clone(), w);
                }
            }
        }
        r.id = id;
        r.leads_to.clear();
        roles.roles.push(r);
    }
    // Every question answered with its first answer (several for multiple choice).
    let answers = Answers(
        quiz.questions
            .iter()
            .map(|q| (0..q.answers.len().min(3)).collect())
            .collect(),
    );

    // As the results page reads them (content::excerpt).
    let roles = offender_care_careers::content::excerpt::RoleNeeds::of(&roles);
    let runs = 2_000;
    let start = Instant::now();
    let mut checksum = 0u64;
    for _ in 0..runs {
        let ranked = rank(&quiz, &roles, &answers);
        checksum += u64::from(ranked[0].score);
    }
    let per = start.elapsed().as_secs_f64() / f64::from(runs);
    println!(
        "quiz scoring: {} roles, {} questions",
        roles.roles.len(),
        quiz.questions.len()
    );
    println!(
        "rank(): {:.1} µs per run (mean of {runs}); checksum {checksum}",
        per * 1e6
    );
}
