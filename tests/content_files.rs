//! Every JSON file under `public/` parses with the app's own types and passes
//! its checks; each check is shown to catch a broken file; and the published
//! JSON Schemas match the types. These check shape, references, sources and
//! dates, never today's counts or values, so a trust adding a prison, a role or
//! a new pay year passes them. The facts the seeds fix are in `seed_facts.rs`.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::content::*;
use std::path::{Path, PathBuf};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content")
}

fn read<T: ContentFile>() -> T {
    let path = content_dir().join(T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse::<T>(&text).unwrap_or_else(|e| panic!("{e}"))
}

fn quiz() -> Option<Quiz> {
    content_dir().join(Quiz::FILE).exists().then(read::<Quiz>)
}

fn content() -> Content {
    Content {
        site: read(),
        organisation: read(),
        roles: read(),
        days: read(),
        sites: read(),
        vacancies: read(),
        pay: read(),
        getting_started: read(),
        quiz: quiz(),
        map: read(),
        glossary: read(),
    }
}

#[test]
fn every_file_parses_and_passes_every_check() {
    let problems = content().problems();
    assert!(
        problems.is_empty(),
        "content problems:\n  {}",
        problems.join("\n  ")
    );
}

/// The editors' check (the same one `/check` runs in the browser) on a
/// directory of content files.
fn editors_check(dir: &Path) -> Vec<String> {
    check::check(|file| std::fs::read_to_string(dir.join(file)).ok())
        .iter()
        .map(check::Finding::line)
        .collect()
}

#[test]
fn the_editors_check_passes_the_published_content() {
    let findings = editors_check(&content_dir());
    assert!(findings.is_empty(), "{findings:#?}");
}

/// A second trust's content (a test fixture: tests/fixtures/make-fictional-trust.mjs)
/// with one more prison and role, another pay year and an open vacancy.
#[test]
fn a_fictional_trusts_content_passes_every_check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fictional-trust/content");
    let findings = editors_check(&dir);
    assert!(findings.is_empty(), "{findings:#?}");
    for file in std::fs::read_dir(&dir).unwrap() {
        let path = file.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.to_lowercase().contains("oxleas"),
            "{} names the real trust",
            path.display()
        );
    }
}

/// The schema of each file, as the types define it.
fn schemas() -> Vec<(&'static str, String)> {
    fn one<T: ContentFile + schemars::JsonSchema>() -> (&'static str, String) {
        let schema = schemars::schema_for!(T);
        (
            T::FILE,
            serde_json::to_string_pretty(&schema).unwrap() + "\n",
        )
    }
    vec![
        one::<Website>(),
        one::<Glossary>(),
        one::<Organisation>(),
        one::<Roles>(),
        one::<Days>(),
        one::<Sites>(),
        one::<Vacancies>(),
        one::<Pay>(),
        one::<GettingStarted>(),
        one::<Quiz>(),
        one::<MapFile>(),
    ]
}

fn schema_path(file: &str) -> PathBuf {
    content_dir()
        .join("schema")
        .join(file.replace(".json", ".schema.json"))
}

/// Run with UPDATE_SCHEMAS=1 to write them after changing a type.
#[test]
fn published_schemas_match_the_types() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (file, schema) in schemas() {
        let path = schema_path(file);
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &schema).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(schema.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "out of date (run `UPDATE_SCHEMAS=1 cargo test --test content_files` and commit): {stale:?}"
    );
}

#[test]
fn every_file_points_at_its_schema() {
    for (file, _) in schemas() {
        let path = content_dir().join(file);
        if !path.exists() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let expected = format!(
            "schema/{}",
            schema_path(file).file_name().unwrap().to_str().unwrap()
        );
        assert_eq!(value["$schema"].as_str(), Some(expected.as_str()), "{file}");
    }
}

/// Each JSON file under public/ is a content file the app knows or its schema,
/// so none escapes these checks.
#[test]
fn every_json_file_has_a_type() {
    let known: Vec<&str> = schemas().iter().map(|(f, _)| *f).collect();
    let mut dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("public")];
    let mut found = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            found += 1;
            let name = path.file_name().unwrap().to_str().unwrap();
            if path.parent().unwrap() == content_dir().join("schema") {
                let file = name.replace(".schema.json", ".json");
                assert!(
                    known.contains(&file.as_str()),
                    "{name} is the schema of no content file"
                );
            } else {
                assert_eq!(
                    path.parent().unwrap(),
                    content_dir(),
                    "{} is outside public/content",
                    path.display()
                );
                assert!(known.contains(&name), "{name} has no Rust type checking it");
            }
        }
    }
    assert!(found >= known.len());
}

// ---- Each check catches a broken file ----

fn problems_after(change: impl FnOnce(&mut Content)) -> Vec<String> {
    let mut c = content();
    change(&mut c);
    c.problems()
}

/// What a trust's editor does every year or so: add a prison, add a role, move
/// to a new pay year. None of it may trip a content check.
#[test]
fn legitimate_edits_pass_every_check() {
    let problems = problems_after(|c| {
        let mut site = c
            .sites
            .sites
            .iter()
            .find(|s| !s.is_closed())
            .expect("an open site")
            .clone();
        site.id = "hmp-new-prison".into();
        site.name = "HMP New Prison".into();
        site.population = None;
        c.sites.sites.push(site);

        let mut role = c.roles.roles[0].clone();
        role.id = "new-role".into();
        role.title = "New role".into();
        role.leads_to.clear();
        c.roles.roles.push(role);
        if let Some(quiz) = c.quiz.as_mut() {
            quiz.questions[0].answers[0]
                .weights
                .insert("new-role".into(), 3);
        }

        c.pay.pay_year = "2031/32".into();
        c.pay.valid_from = "2031-04-01".into();
        c.pay.valid_until = "2032-03-31".into();
        for band in &mut c.pay.bands {
            for point in &mut band.points {
                *point += 1000;
            }
        }
    });
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every role's essential criteria say where they come from, and a role
/// with an advert here has every essential its person specification lists:
/// the quiz asks about each or says it is still to check.
#[test]
fn each_roles_essentials_name_their_source_and_match_its_advert() {
    let c = content();
    let mut compared = 0;
    for r in &c.roles.roles {
        let unsourced: Vec<&str> = r
            .essentials()
            .filter(|e| e.source.is_none())
            .map(|e| e.id.as_str())
            .collect();
        assert!(unsourced.is_empty(), "{}: no source for {unsourced:?}", r.id);
        for v in c.vacancies.vacancies.iter().filter(|v| v.role == r.id) {
            let listed: usize = v.person_specification.iter().map(|s| s.essential.len()).sum();
            let citing = r
                .essentials()
                .filter(|e| e.source.as_ref().is_some_and(|s| v.source.contains(s)))
                .count();
            assert_eq!(citing, listed, "{}: its essentials against {}'s", r.id, v.id);
            compared += 1;
        }
    }
    assert!(compared > 0, "no role has an advert to compare with");
    // Leave one out, and the check says so.
    let p = problems_after(|c| {
        let v = c.vacancies.vacancies[0].clone();
        let r = c.roles.roles.iter_mut().find(|r| r.id == v.role).unwrap();
        for list in [&mut r.qualifications, &mut r.experience, &mut r.abilities] {
            if let Some(i) = list
                .essential
                .iter()
                .position(|e| e.source.as_ref().is_some_and(|s| v.source.contains(s)))
            {
                list.essential.remove(i);
                break;
            }
        }
    });
    assert!(
        p.iter().any(|p| p.contains("essential criteria cite")),
        "{p:#?}"
    );
}

/// "People in prison" in the site's own words; a quote keeps its words.
#[test]
fn offender_for_a_person_in_our_own_words_is_reported() {
    let p = problems_after(|c| {
        c.roles.roles[0].summary = "Care for offenders.".into();
        c.getting_started.steps[0].items.push("Meet offenders".into());
    });
    let found: Vec<&String> = p.iter().filter(|p| p.contains("rather than \"offender\"")).collect();
    assert_eq!(found.len(), 2, "{p:#?}");
    // An advert's words are a quote: they stay as written.
    let p = problems_after(|c| {
        if let Some(v) = c.vacancies.vacancies.first_mut() {
            v.overview.push("Care for offenders.".into());
        }
    });
    assert!(!p.iter().any(|p| p.contains("rather than \"offender\"")), "{p:#?}");
}

/// A page a person may apply from has an address, a healthcare line and a
/// source; a closed site needs none of the first two.
#[test]
fn an_open_site_without_an_address_or_healthcare_line_is_reported() {
    let p = problems_after(|c| {
        let open = c.sites.sites.iter_mut().find(|s| !s.is_closed()).unwrap();
        open.address = None;
        open.healthcare = None;
        open.services = None;
    });
    assert_eq!(p.iter().filter(|p| p.contains("an open site needs an address")).count(), 1, "{p:#?}");
    assert_eq!(p.iter().filter(|p| p.contains("an open site needs a healthcare line")).count(), 1, "{p:#?}");
    let p = problems_after(|c| {
        let open = c.sites.sites.iter_mut().find(|s| !s.is_closed()).unwrap();
        open.healthcare = None;
        open.services = Some(Paragraph {
            text: "The trust provides healthcare here.".into(),
            source: Source("https://www.example.org/contract".into()),
        });
        let closed = c.sites.sites.iter_mut().find(|s| s.is_closed());
        if let Some(closed) = closed {
            closed.address = None;
            closed.healthcare = None;
            closed.services = None;
        }
    });
    assert!(!p.iter().any(|p| p.contains("an open site needs")), "{p:#?}");
}

/// A role states its essential qualifications, even when there are none
/// (`"essential": []`): leaving the list out is refused, naming the field.
#[test]
fn a_role_that_does_not_state_its_essential_qualifications_is_refused() {
    let mut roles: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(content_dir().join(Roles::FILE)).unwrap()).unwrap();
    roles["roles"][0]["qualifications"].as_object_mut().unwrap().remove("essential");
    let err = parse::<Roles>(&roles.to_string()).unwrap_err();
    assert!(err.contains("essential"), "{err}");
}

/// Every abbreviation in our words is explained: in the glossary, or spelled
/// out where it is used.
#[test]
fn an_unexplained_abbreviation_in_our_words_is_reported() {
    let p = problems_after(|c| {
        c.roles.roles[0].what.push("You will join the QXZ every week.".into());
    });
    assert_eq!(p.iter().filter(|p| p.contains("\"QXZ\" is not explained")).count(), 1, "{p:#?}");
    let p = problems_after(|c| {
        c.roles.roles[0].what.push("You will join the quality review group (QXZ) every week.".into());
    });
    assert!(!p.iter().any(|p| p.contains("is not explained")), "{p:#?}");
    let p = problems_after(|c| {
        c.roles.roles[0].what.push("You will join the QXZ every week.".into());
        let mut t = c.glossary.terms[0].clone();
        t.id = "qxz".into();
        t.term = "QXZ".into();
        c.glossary.terms.push(t);
    });
    assert!(!p.iter().any(|p| p.contains("is not explained")), "{p:#?}");
}

/// Adverts close, so our words speak of one in the past tense.
#[test]
fn an_advert_in_the_present_tense_is_reported() {
    let p = problems_after(|c| {
        c.roles.roles[0].where_.push("The advertised post covers three prisons.".into());
        c.getting_started.questions[0].answer[0].text = "The advert offers 37.5 hours a week.".into();
    });
    assert_eq!(p.iter().filter(|p| p.contains("speaks of an advert in the present tense")).count(), 2, "{p:#?}");
    let p = problems_after(|c| {
        c.roles.roles[0].where_.push("The advertised post covered three prisons.".into());
    });
    assert!(!p.iter().any(|p| p.contains("present tense")), "{p:#?}");
}

fn assert_caught(problems: &[String], expected: &str) {
    assert!(
        problems.iter().any(|p| p == expected),
        "expected {expected:?} among {problems:#?}"
    );
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let text = std::fs::read_to_string(content_dir().join("roles.json")).unwrap();
    let broken = text.replacen(
        "\"title\": \"Registered nurse\",",
        "\"title\": \"Registered nurse\"",
        1,
    );
    let err = parse::<Roles>(&broken).unwrap_err();
    assert!(err.starts_with("roles.json: line "), "{err}");
    assert!(err.contains(", column "), "{err}");
}

#[test]
fn a_wrong_field_is_named() {
    let text = std::fs::read_to_string(content_dir().join("sites.json")).unwrap();
    let err = parse::<Sites>(&text.replacen("\"latitude\"", "\"lattitude\"", 1)).unwrap_err();
    assert!(err.contains("unknown field `lattitude`"), "{err}");
    let err = parse::<Sites>(&text.replacen("\"category\": \"B\"", "\"category\": \"E\"", 1))
        .unwrap_err();
    assert!(err.contains("unknown variant `E`"), "{err}");
}

#[test]
fn duplicate_and_non_slug_ids_are_caught() {
    let p = problems_after(|c| c.roles.roles[1].id = c.roles.roles[0].id.clone());
    assert_caught(
        &p,
        "roles.json: roles: id \"registered-nurse\" is used twice",
    );
    let p = problems_after(|c| c.sites.sites[0].id = "HMP Elmley".into());
    assert_caught(
        &p,
        "sites.json: sites: id \"HMP Elmley\" is not a lower-case slug",
    );
}

#[test]
fn broken_references_are_caught() {
    let p = problems_after(|c| c.roles.roles[0].leads_to.push("brain-surgeon".into()));
    assert_caught(
        &p,
        "roles.json: roles[registered-nurse].leads_to: no role has id \"brain-surgeon\"",
    );
    let p = problems_after(|c| c.sites.sites[0].roles.push("brain-surgeon".into()));
    assert_caught(
        &p,
        "sites.json: sites[hmp-elmley].roles: no role has id \"brain-surgeon\"",
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].sites.push("hmp-belmarsh".into()));
    assert_caught(
        &p,
        "vacancies.json: vacancies[bank-mental-health-practitioner-kent-prisons].sites: no site has id \"hmp-belmarsh\"",
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].role = "brain-surgeon".into());
    assert_caught(
        &p,
        "vacancies.json: vacancies[bank-mental-health-practitioner-kent-prisons].role: no role has id \"brain-surgeon\"",
    );
    let p = problems_after(|c| c.days.days[0].role = "brain-surgeon".into());
    assert_caught(
        &p,
        "days.json: days[oyin].role: no role has id \"brain-surgeon\"",
    );
    let p = problems_after(|c| c.sites.sites[0].region = "wales".into());
    assert_caught(
        &p,
        "sites.json: sites[hmp-elmley].region: no region has id \"wales\"",
    );
    let p = problems_after(|c| {
        c.quiz = Some(Quiz {
            schema: None,
            questions: vec![Question {
                id: "q".into(),
                topic: Topic::Values,
                kind: QuestionKind::Single,
                text: "?".into(),
                hint: None,
                answers: ["a", "b"]
                    .map(|id| Answer {
                        id: id.into(),
                        text: id.into(),
                        weights: [("brain-surgeon".to_owned(), 3)].into(),
                        meets: Default::default(),
                        no_role: None,
                    })
                    .to_vec(),
                source: vec![Source("general:test".into())],
            }],
            earlier_layouts: vec![],
        })
    });
    assert_caught(
        &p,
        "quiz.json: questions[q].answers[a].weights: no role has id \"brain-surgeon\"",
    );
}

#[test]
fn a_quiz_answer_meeting_an_essential_a_role_does_not_have_is_caught() {
    let p = problems_after(|c| {
        let q = &mut c.quiz.as_mut().expect("quiz.json").questions[0];
        q.answers[0]
            .meets
            .insert("nurse-practitioner".into(), vec!["flying".into()]);
    });
    assert_caught(
        &p,
        "quiz.json: questions[values].answers[kindness].meets[nurse-practitioner]: role \"nurse-practitioner\" has no essential qualification or experience with id \"flying\"",
    );
}

#[test]
fn a_role_the_quiz_can_never_suggest_is_caught() {
    let p = problems_after(|c| {
        for q in &mut c.quiz.as_mut().expect("quiz.json").questions {
            for a in &mut q.answers {
                a.weights.remove("pharmacy-assistant");
            }
        }
    });
    assert_caught(
        &p,
        "quiz.json: questions: no answer counts towards role \"pharmacy-assistant\"",
    );
}

#[test]
fn a_site_off_the_map_is_caught() {
    let p = problems_after(|c| c.sites.sites[0].latitude = 53.5);
    assert_caught(
        &p,
        "sites.json: sites[hmp-elmley] is outside the area map.json draws",
    );
}

#[test]
fn a_closed_site_is_never_offered_as_a_workplace() {
    let p = problems_after(|c| {
        let dartmoor = c
            .sites
            .sites
            .iter_mut()
            .find(|s| s.id == "hmp-dartmoor")
            .unwrap();
        dartmoor.roles.push("registered-nurse".into());
    });
    assert_caught(
        &p,
        "sites.json: sites[hmp-dartmoor].roles: a closed site is not offered as a place to work",
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].sites.push("hmp-dartmoor".into()));
    assert_caught(
        &p,
        "vacancies.json: vacancies[bank-mental-health-practitioner-kent-prisons].sites: \"hmp-dartmoor\" is closed and is not offered as a place to work",
    );
}

#[test]
fn apply_links_and_contact_emails_are_checked() {
    let content = content();
    let id = content.vacancies.vacancies[0].id.clone();
    let next_host = content.site.apply_hosts.len();
    let p = problems_after(|c| {
        c.vacancies.vacancies[0].apply_url = Some("https://evil.example/apply".into())
    });
    assert_caught(
        &p,
        &format!("vacancies.json: vacancies[{id}].apply_url: \"https://evil.example/apply\" is not on a host site.json lists in apply_hosts"),
    );
    let p = problems_after(|c| {
        c.vacancies.vacancies[0].contact.email = Some("x@y?cc=a@evil.example&body=hi".into())
    });
    assert_caught(
        &p,
        &format!("vacancies.json: vacancies[{id}].contact.email \"x@y?cc=a@evil.example&body=hi\" is not an email address such as first.last@nhs.net"),
    );
    let p = problems_after(|c| c.site.apply_hosts.push("https://www.jobs.nhs.uk/".into()));
    assert_caught(
        &p,
        &format!("site.json: apply_hosts[{next_host}] \"https://www.jobs.nhs.uk/\" is not a host name such as www.jobs.nhs.uk (lower case, no https:// and no path)"),
    );
    // A host the trust lists passes.
    let p = problems_after(|c| {
        c.site.apply_hosts.push("jobs.example.nhs.uk".into());
        c.vacancies.vacancies[0].apply_url =
            Some("https://jobs.example.nhs.uk/candidate/jobadvert/C9123".into())
    });
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn missing_sources_and_blank_text_are_caught() {
    let p = problems_after(|c| c.roles.roles[0].source.clear());
    assert_caught(
        &p,
        "roles.json: roles[registered-nurse].source has no entries",
    );
    let p = problems_after(|c| c.organisation.about[0].source = Source("I think so".into()));
    assert!(
        p.iter()
            .any(|m| m.starts_with("organisation.json: about[0].source \"I think so\" is not")),
        "{p:?}"
    );
    let p = problems_after(|c| c.roles.roles[0].what[0] = "  ".into());
    assert_caught(&p, "roles.json: roles[registered-nurse].what[0] is empty");
}

#[test]
fn bad_values_are_caught() {
    let p = problems_after(|c| c.vacancies.vacancies[0].closing = "09/12/2025 23:59".into());
    assert!(
        p.iter()
            .any(|m| m.contains("closing \"09/12/2025 23:59\" is not a date and time")),
        "{p:?}"
    );
    let p = problems_after(|c| {
        let s = &mut c.sites.sites[0];
        std::mem::swap(&mut s.latitude, &mut s.longitude);
    });
    assert!(
        p.iter()
            .any(|m| m.starts_with("sites.json: sites[hmp-elmley]: latitude")),
        "{p:?}"
    );
    let p = problems_after(|c| c.pay.bands[1].points.reverse());
    assert_caught(&p, "pay.json: bands[Band 3].points are not in rising order");
    let p = problems_after(|c| c.pay.bands.retain(|b| b.band != Band::B7));
    assert_caught(
        &p,
        "roles.json: roles[nurse-practitioner].band: pay.json has no Band 7",
    );
    let p = problems_after(|c| c.days.days[0].steps[3].time = Some("06:00".into()));
    assert_caught(
        &p,
        "days.json: days[oyin].steps[3].time 06:00 is not after the step before",
    );
}

/// Plain English: sentences over 25 words are hard to read. Not an error (quotes
/// stay as people said them), so this warns, naming each, and prints the count.
#[test]
fn long_sentences_are_reported() {
    fn walk(at: &str, v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(text) => {
                for sentence in text.split_inclusive(['.', '?', '!']) {
                    let words = sentence.split_whitespace().count();
                    if words > 25 {
                        out.push(format!("{at}: {words} words: {}", sentence.trim()));
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(&format!("{at}[{i}]"), item, out);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, item) in fields {
                    // The map's path data is not prose.
                    if k != "land" && k != "$schema" {
                        walk(&format!("{at}.{k}"), item, out);
                    }
                }
            }
            _ => {}
        }
    }
    let mut long = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(content_dir())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        walk(&name, &value, &mut long);
    }
    for l in &long {
        println!("warning: {l}");
    }
    println!("{} sentences over 25 words", long.len());
    // The walk itself must find a long sentence when there is one.
    let mut probe = Vec::new();
    walk(
        "probe",
        &serde_json::json!({ "text": "word ".repeat(26) }),
        &mut probe,
    );
    assert_eq!(probe.len(), 1);
}

/// A vacancy's posting date must be a date, and not after it closes; without
/// one the vacancy is still fine (it just gets no job posting).
#[test]
fn posting_dates_are_checked() {
    let content = content();
    let v = &content.vacancies.vacancies[0];
    let (id, closing) = (v.id.clone(), v.closing.clone());
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some("5 January".into()));
    assert_caught(
        &p,
        &format!(
            "vacancies.json: vacancies[{id}].posted \"5 January\" is not a date like 2025-11-25"
        ),
    );
    let year: u32 = closing[..4].parse().unwrap();
    let after = format!("{}-01-01", year + 1);
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some(after.clone()));
    assert_caught(
        &p,
        &format!("vacancies.json: vacancies[{id}].posted {after} is after its closing date"),
    );
    let before = format!("{}-01-01", year - 1);
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some(before.clone()));
    assert!(p.is_empty(), "{p:?}");
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = None);
    assert!(p.is_empty(), "{p:?}");
}
