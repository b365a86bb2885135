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

/// The published content, read as the editors' check reads it.
fn content() -> Content {
    let mut findings = Vec::new();
    let content = Content::read(
        |file| std::fs::read_to_string(content_dir().join(file)).ok(),
        &mut findings,
    );
    assert!(findings.is_empty(), "{findings:#?}");
    content.expect("every file reads")
}

fn lines(findings: &[Finding]) -> String {
    findings
        .iter()
        .map(Finding::line)
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[test]
fn every_file_parses_and_passes_every_check() {
    let problems = content().problems();
    assert!(
        problems.is_empty(),
        "content problems:\n  {}",
        lines(&problems)
    );
}

/// The editors' check (the same one `/check` runs in the browser) on a
/// directory of content files.
fn editors_check(dir: &Path) -> Vec<Finding> {
    check::check(|file| std::fs::read_to_string(dir.join(file)).ok())
}

#[test]
fn the_editors_check_passes_the_published_content() {
    let findings = editors_check(&content_dir());
    assert!(findings.is_empty(), "{}", lines(&findings));
}

/// A second trust's content (a test fixture: tests/fixtures/make-fictional-trust.mjs)
/// with one more prison and role, another pay year and an open vacancy.
#[test]
fn a_fictional_trusts_content_passes_every_check() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fictional-trust/content");
    let findings = editors_check(&dir);
    assert!(findings.is_empty(), "{}", lines(&findings));
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

/// What is generated from the list of content files: each file's schema, as
/// its type defines it, and the list itself for the end-to-end tests.
fn generated() -> Vec<(PathBuf, String)> {
    struct Schemas(Vec<(PathBuf, String)>);
    impl EachFile for Schemas {
        fn file<T: ContentFile>(&mut self, _: &'static FileEntry) {
            let schema = schemars::schema_for!(T);
            let text = serde_json::to_string_pretty(&schema).unwrap() + "\n";
            self.0.push((schema_path(T::FILE), text));
        }
    }
    let mut out = Schemas(Vec::new());
    each_file(&mut out);
    let list: Vec<serde_json::Value> = FILES
        .iter()
        .map(|f| serde_json::json!({ "file": f.name, "required": f.required, "what": f.what, "page": f.page }))
        .collect();
    out.0.push((
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/content-files.json"),
        serde_json::to_string_pretty(&list).unwrap() + "\n",
    ));
    out.0
}

fn schema_path(file: &str) -> PathBuf {
    content_dir()
        .join("schema")
        .join(file.replace(".json", ".schema.json"))
}

/// Run with UPDATE_SCHEMAS=1 to write them after changing a type or the list.
#[test]
fn published_schemas_match_the_types() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut stale = Vec::new();
    for (path, text) in generated() {
        if update {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
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
    for file in FILES.iter().map(|f| f.name) {
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
    let known: Vec<&str> = FILES.iter().map(|f| f.name).collect();
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

fn problems_after(change: impl FnOnce(&mut Content)) -> Vec<Finding> {
    let mut c = content();
    change(&mut c);
    c.problems()
}

/// `problems` has `problem` at `path` in `file`.
fn assert_caught(problems: &[Finding], file: &str, path: &str, problem: Problem) {
    let expected = Finding::at(file, path, problem);
    assert!(
        problems.contains(&expected),
        "expected {}\namong\n  {}",
        expected.line(),
        lines(problems)
    );
}

/// How many of `problems` are of a kind.
fn count(problems: &[Finding], kind: impl Fn(&Problem) -> bool) -> usize {
    problems.iter().filter(|f| kind(&f.problem)).count()
}

fn no_role(id: &str) -> Problem {
    Problem::NoSuch {
        kind: "role",
        id: id.into(),
    }
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
    assert!(problems.is_empty(), "{}", lines(&problems));
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
        assert!(
            unsourced.is_empty(),
            "{}: no source for {unsourced:?}",
            r.id
        );
        for v in c.vacancies.vacancies.iter().filter(|v| v.role == r.id) {
            let listed: usize = v
                .person_specification
                .iter()
                .map(|s| s.essential.len())
                .sum();
            let citing = r
                .essentials()
                .filter(|e| e.source.as_ref().is_some_and(|s| v.source.contains(s)))
                .count();
            assert_eq!(
                citing, listed,
                "{}: its essentials against {}'s",
                r.id, v.id
            );
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
    assert_eq!(
        count(&p, |p| matches!(p, Problem::EssentialsAgainstAdvert { .. })),
        1,
        "{}",
        lines(&p)
    );
}

/// "People in prison" in the site's own words; a quote keeps its words.
#[test]
fn offender_for_a_person_in_our_own_words_is_reported() {
    let offender = |p: &Problem| matches!(p, Problem::OffenderForAPerson { .. });
    let p = problems_after(|c| {
        c.roles.roles[0].summary = "Care for offenders.".into();
        c.getting_started.steps[0]
            .items
            .push("Meet offenders".into());
    });
    assert_eq!(count(&p, offender), 2, "{}", lines(&p));
    // An advert's words are a quote: they stay as written.
    let p = problems_after(|c| {
        if let Some(v) = c.vacancies.vacancies.first_mut() {
            v.overview.push("Care for offenders.".into());
        }
    });
    assert_eq!(count(&p, offender), 0, "{}", lines(&p));
}

/// A town to measure from is in a region the file has, in England or Wales,
/// listed once, with a source a reader can open.
#[test]
fn a_town_listed_twice_elsewhere_or_without_a_source_is_reported() {
    let region = content().sites.regions[0].id.clone();
    let town = |name: &str, region: &str, latitude: f64, source: &str| Town {
        name: name.into(),
        region: region.into(),
        latitude,
        longitude: 0.5,
        source: Source(source.into()),
    };
    let p = problems_after(|c| {
        c.sites.towns = vec![
            town("Atown", &region, 51.3, "https://example.org/atown"),
            town("Atown", &region, 51.3, "https://example.org/atown"),
            town("Btown", "nowhere", 51.3, "https://example.org/btown"),
            town("Ctown", &region, 0.5, "https://example.org/ctown"),
            town("Dtown", &region, 51.3, "facts:Where Dtown is"),
        ];
    });
    assert_caught(
        &p,
        "sites.json",
        "towns[1].name",
        Problem::TownListedTwice {
            name: "Atown".into(),
        },
    );
    assert_caught(
        &p,
        "sites.json",
        "towns[2].region",
        Problem::NoSuch {
            kind: "region",
            id: "nowhere".into(),
        },
    );
    assert_caught(
        &p,
        "sites.json",
        "towns[3]",
        Problem::NotInEnglandOrWales {
            latitude: 0.5,
            longitude: 0.5,
        },
    );
    assert_caught(
        &p,
        "sites.json",
        "towns[4].source",
        Problem::OnlyOurNotes {
            value: "facts:Where Dtown is".into(),
        },
    );
    assert_eq!(p.len(), 4, "{}", lines(&p));
}

/// A page a person may apply from has an address, a healthcare line and a
/// source; a closed site needs none of the first two.
#[test]
fn an_open_site_without_an_address_or_healthcare_line_is_reported() {
    let c = content();
    let open = c
        .sites
        .sites
        .iter()
        .find(|s| !s.is_closed())
        .unwrap()
        .id
        .clone();
    let p = problems_after(|c| {
        let open = c.sites.sites.iter_mut().find(|s| !s.is_closed()).unwrap();
        open.address = None;
        open.healthcare = None;
        open.services = None;
    });
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{open}].address"),
        Problem::OpenSiteWithoutAddress,
    );
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{open}]"),
        Problem::OpenSiteWithoutHealthcare,
    );
    assert_eq!(p.len(), 2, "{}", lines(&p));
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
    assert!(p.is_empty(), "{}", lines(&p));
}

/// A role states its essential qualifications, even when there are none
/// (`"essential": []`): leaving the list out is refused, naming the field.
#[test]
fn a_role_that_does_not_state_its_essential_qualifications_is_refused() {
    let mut roles: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(content_dir().join(Roles::FILE)).unwrap())
            .unwrap();
    roles["roles"][0]["qualifications"]
        .as_object_mut()
        .unwrap()
        .remove("essential");
    let err = parse::<Roles>(&roles.to_string()).unwrap_err();
    assert!(
        matches!(&err.problem, Problem::MissingField { field, .. } if field == "essential"),
        "{err}"
    );
}

/// Every abbreviation in our words is explained: in the glossary, or spelled
/// out where it is used.
#[test]
fn an_unexplained_abbreviation_in_our_words_is_reported() {
    let id = content().roles.roles[0].id.clone();
    let p = problems_after(|c| {
        c.roles.roles[0]
            .what
            .push("You will join the QXZ every week.".into());
    });
    let unexplained = Problem::AbbreviationNotExplained {
        abbreviation: "QXZ".into(),
    };
    assert_caught(&p, "roles.json", &format!("roles[{id}]"), unexplained);
    assert_eq!(p.len(), 1, "{}", lines(&p));
    let p = problems_after(|c| {
        c.roles.roles[0]
            .what
            .push("You will join the quality review group (QXZ) every week.".into());
    });
    assert!(p.is_empty(), "{}", lines(&p));
    let p = problems_after(|c| {
        c.roles.roles[0]
            .what
            .push("You will join the QXZ every week.".into());
        let mut t = c.glossary.terms[0].clone();
        t.id = "qxz".into();
        t.term = "QXZ".into();
        c.glossary.terms.push(t);
    });
    assert!(p.is_empty(), "{}", lines(&p));
}

/// A quote (an advert's words, what staff said) stays as written, so an
/// abbreviation in it must be in the glossary, which its page shows beside it.
#[test]
fn an_unexplained_abbreviation_in_a_quote_is_reported() {
    let vacancy = content().vacancies.vacancies[0].id.clone();
    let voice = content().organisation.staff_voices[0].id.clone();
    let p = problems_after(|c| {
        c.vacancies.vacancies[0]
            .overview
            .push("You will join the QXZ every week.".into());
        c.organisation.staff_voices[0]
            .quote
            .push("I go to the QXW.".into());
    });
    let quoted = |a: &str| Problem::QuotedAbbreviationNotInGlossary {
        abbreviation: a.into(),
    };
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{vacancy}]"),
        quoted("QXZ"),
    );
    assert_caught(
        &p,
        "organisation.json",
        &format!("staff_voices[{voice}]"),
        quoted("QXW"),
    );
    assert_eq!(p.len(), 2, "{}", lines(&p));
    let p = problems_after(|c| {
        c.vacancies.vacancies[0]
            .overview
            .push("You will join the quality review group (QXZ) every week.".into());
        c.organisation.staff_voices[0]
            .quote
            .push("I go to the QXW.".into());
        let mut t = c.glossary.terms[0].clone();
        t.id = "qxw".into();
        t.term = "QXW".into();
        c.glossary.terms.push(t);
    });
    assert!(p.is_empty(), "{}", lines(&p));
}

/// A reader must be able to check every fact: our own notes (`facts:`) may
/// stand beside a page they can open, never alone.
#[test]
fn a_fact_cited_only_to_our_notes_is_reported() {
    let role = content().roles.roles[0].id.clone();
    let vacancy = content().vacancies.vacancies[0].id.clone();
    let note = Source("facts:Typical bands by role".into());
    let p = problems_after(|c| {
        c.roles.roles[0].band.source = note.clone();
        c.vacancies.vacancies[0].source = vec![note.clone()];
    });
    let only_notes = Problem::OnlyOurNotes {
        value: note.0.clone(),
    };
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{role}].band.source"),
        only_notes.clone(),
    );
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{vacancy}].source"),
        only_notes,
    );
    assert_eq!(p.len(), 2, "{}", lines(&p));
    // Beside a page a reader can open, a note is fine.
    let p = problems_after(|c| {
        c.vacancies.vacancies[0].source.push(note.clone());
    });
    assert!(p.is_empty(), "{}", lines(&p));
}

/// Adverts close, so our words speak of one in the past tense.
#[test]
fn an_advert_in_the_present_tense_is_reported() {
    let present = |p: &Problem| matches!(p, Problem::AdvertInThePresent { .. });
    let p = problems_after(|c| {
        c.roles.roles[0]
            .where_
            .push("The advertised post covers three prisons.".into());
        c.getting_started.questions[0].answer[0].text =
            "The advert offers 37.5 hours a week.".into();
    });
    assert_eq!(count(&p, present), 2, "{}", lines(&p));
    let p = problems_after(|c| {
        c.roles.roles[0]
            .where_
            .push("The advertised post covered three prisons.".into());
    });
    assert!(p.is_empty(), "{}", lines(&p));
}

#[test]
fn a_syntax_error_names_file_line_and_column() {
    let text = std::fs::read_to_string(content_dir().join("roles.json")).unwrap();
    let title = &content().roles.roles[0].title;
    let broken = text.replacen(
        &format!("\"title\": \"{title}\","),
        &format!("\"title\": \"{title}\""),
        1,
    );
    assert_ne!(broken, text);
    let err = parse::<Roles>(&broken).unwrap_err();
    assert_eq!(err.place.file, "roles.json");
    assert!(matches!(err.problem, Problem::Unreadable { .. }), "{err}");
    let line = err.place.line.unwrap();
    assert!(broken.lines().nth(line - 1).is_some(), "{err}");
    assert!(err.place.column.is_some(), "{err}");
}

#[test]
fn a_wrong_field_is_named() {
    let text = std::fs::read_to_string(content_dir().join("sites.json")).unwrap();
    let err = parse::<Sites>(&text.replacen("\"latitude\"", "\"lattitude\"", 1)).unwrap_err();
    assert!(
        matches!(&err.problem, Problem::UnknownField { said } if said.contains("`lattitude`")),
        "{err}"
    );
    let err = parse::<Sites>(&text.replacen("\"category\": \"B\"", "\"category\": \"E\"", 1))
        .unwrap_err();
    assert!(
        matches!(&err.problem, Problem::UnknownValue { said } if said.contains("`E`")),
        "{err}"
    );
}

#[test]
fn duplicate_and_non_slug_ids_are_caught() {
    let c = content();
    let first = c.roles.roles[0].id.clone();
    let p = problems_after(|c| c.roles.roles[1].id = c.roles.roles[0].id.clone());
    assert_caught(&p, "roles.json", "roles", Problem::UsedTwice { id: first });
    let p = problems_after(|c| c.sites.sites[0].id = "HMP Elmley".into());
    assert_caught(
        &p,
        "sites.json",
        "sites",
        Problem::NotASlug {
            id: "HMP Elmley".into(),
        },
    );
}

#[test]
fn broken_references_are_caught() {
    let c = content();
    let role = &c.roles.roles[0].id;
    let site = &c.sites.sites[0].id;
    let vacancy = &c.vacancies.vacancies[0].id;
    let day = &c.days.days[0].id;
    let p = problems_after(|c| c.roles.roles[0].leads_to.push("brain-surgeon".into()));
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{role}].leads_to"),
        no_role("brain-surgeon"),
    );
    let p = problems_after(|c| c.sites.sites[0].roles.push("brain-surgeon".into()));
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{site}].roles"),
        no_role("brain-surgeon"),
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].sites.push("hmp-nowhere".into()));
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{vacancy}].sites"),
        Problem::NoSuch {
            kind: "site",
            id: "hmp-nowhere".into(),
        },
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].role = "brain-surgeon".into());
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{vacancy}].role"),
        no_role("brain-surgeon"),
    );
    let p = problems_after(|c| c.days.days[0].role = "brain-surgeon".into());
    assert_caught(
        &p,
        "days.json",
        &format!("days[{day}].role"),
        no_role("brain-surgeon"),
    );
    let p = problems_after(|c| c.sites.sites[0].region = "atlantis".into());
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{site}].region"),
        Problem::NoSuch {
            kind: "region",
            id: "atlantis".into(),
        },
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
                        note: None,
                    })
                    .to_vec(),
                source: vec![Source("general:test".into())],
            }],
            earlier_layouts: vec![],
        })
    });
    assert_caught(
        &p,
        "quiz.json",
        "questions[q].answers[a].weights",
        no_role("brain-surgeon"),
    );
}

#[test]
fn a_quiz_answer_meeting_an_essential_a_role_does_not_have_is_caught() {
    let c = content();
    let quiz = c.quiz.as_ref().expect("quiz.json");
    let (q, a) = (&quiz.questions[0].id, &quiz.questions[0].answers[0].id);
    let role = c.roles.roles[0].id.clone();
    let p = problems_after(|c| {
        let q = &mut c.quiz.as_mut().unwrap().questions[0];
        q.answers[0]
            .meets
            .insert(role.clone(), vec!["flying".into()]);
    });
    assert_caught(
        &p,
        "quiz.json",
        &format!("questions[{q}].answers[{a}].meets[{role}]"),
        Problem::NoSuchEssential {
            role: role.clone(),
            id: "flying".into(),
        },
    );
}

#[test]
fn a_role_the_quiz_can_never_suggest_is_caught() {
    let role = content().roles.roles.last().unwrap().id.clone();
    let p = problems_after(|c| {
        for q in &mut c.quiz.as_mut().expect("quiz.json").questions {
            for a in &mut q.answers {
                a.weights.remove(&role);
            }
        }
    });
    assert_caught(
        &p,
        "quiz.json",
        "questions",
        Problem::NoAnswerCountsTowards { role },
    );
}

#[test]
fn a_site_off_the_map_is_caught() {
    let site = content().sites.sites[0].id.clone();
    // Still in England, but north of the area the map draws.
    let p = problems_after(|c| c.sites.sites[0].latitude = c.map.north + 0.5);
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{site}]"),
        Problem::OutsideTheMap,
    );
}

#[test]
fn a_closed_site_is_never_offered_as_a_workplace() {
    let c = content();
    let Some(closed) = c
        .sites
        .sites
        .iter()
        .find(|s| s.is_closed())
        .map(|s| s.id.clone())
    else {
        return;
    };
    let vacancy = &c.vacancies.vacancies[0].id;
    let p = problems_after(|c| {
        let site = c.sites.sites.iter_mut().find(|s| s.id == closed).unwrap();
        site.roles.push(c.roles.roles[0].id.clone());
    });
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{closed}].roles"),
        Problem::ClosedSiteWithRoles,
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].sites.push(closed.clone()));
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{vacancy}].sites"),
        Problem::ClosedSiteOffered {
            site: closed.clone(),
        },
    );
}

#[test]
fn a_closed_site_in_the_present_tense_is_reported() {
    let site = content().sites.sites[0].id.clone();
    let close = |c: &mut Content, services: &str| {
        let s = &mut c.sites.sites[0];
        s.closed = Some(Paragraph {
            text: "It closed in 2024.".into(),
            source: s.source[0].clone(),
        });
        s.roles.clear();
        s.services = Some(Paragraph {
            text: services.into(),
            source: s.source[0].clone(),
        });
    };
    let said = "The trust provides healthcare here.";
    let p = problems_after(|c| close(c, said));
    assert_caught(
        &p,
        "sites.json",
        &format!("sites[{site}].services"),
        Problem::ClosedSiteInThePresent { text: said.into() },
    );
    let p = problems_after(|c| {
        close(
            c,
            "From 2022 the trust was contracted to provide healthcare here.",
        )
    });
    let present = |p: &Problem| matches!(p, Problem::ClosedSiteInThePresent { .. });
    assert_eq!(count(&p, present), 0, "{}", lines(&p));
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
        "vacancies.json",
        &format!("vacancies[{id}].apply_url"),
        Problem::ApplyHostNotListed {
            url: "https://evil.example/apply".into(),
        },
    );
    let p = problems_after(|c| {
        c.vacancies.vacancies[0].contact.email = Some("x@y?cc=a@evil.example&body=hi".into())
    });
    assert_caught(
        &p,
        "vacancies.json",
        &format!("vacancies[{id}].contact.email"),
        Problem::NotAnEmail {
            value: "x@y?cc=a@evil.example&body=hi".into(),
        },
    );
    let p = problems_after(|c| c.site.apply_hosts.push("https://www.jobs.nhs.uk/".into()));
    assert_caught(
        &p,
        "site.json",
        &format!("apply_hosts[{next_host}]"),
        Problem::NotAHostName {
            value: "https://www.jobs.nhs.uk/".into(),
        },
    );
    // A host the trust lists passes.
    let p = problems_after(|c| {
        c.site.apply_hosts.push("jobs.example.nhs.uk".into());
        c.vacancies.vacancies[0].apply_url =
            Some("https://jobs.example.nhs.uk/candidate/jobadvert/C9123".into())
    });
    assert!(p.is_empty(), "{}", lines(&p));
}

#[test]
fn missing_sources_and_blank_text_are_caught() {
    let role = content().roles.roles[0].id.clone();
    let p = problems_after(|c| c.roles.roles[0].source.clear());
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{role}].source"),
        Problem::NoEntries,
    );
    let p = problems_after(|c| c.organisation.about[0].source = Source("I think so".into()));
    assert_caught(
        &p,
        "organisation.json",
        "about[0].source",
        Problem::NotASource {
            value: "I think so".into(),
        },
    );
    let p = problems_after(|c| c.roles.roles[0].what[0] = "  ".into());
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{role}].what[0]"),
        Problem::Empty,
    );
}

#[test]
fn bad_values_are_caught() {
    let c = content();
    let (vacancy, site, day) = (
        &c.vacancies.vacancies[0].id,
        &c.sites.sites[0].id,
        &c.days.days[0],
    );
    let p = problems_after(|c| c.vacancies.vacancies[0].closing = "09/12/2025 23:59".into());
    assert!(
        p.contains(&Finding::at(
            "vacancies.json",
            &format!("vacancies[{vacancy}].closing"),
            Problem::NotADate {
                value: "09/12/2025 23:59".into(),
                example: "a date and time like 2025-12-09T23:59"
            },
        )),
        "{}",
        lines(&p)
    );
    let p = problems_after(|c| {
        let s = &mut c.sites.sites[0];
        std::mem::swap(&mut s.latitude, &mut s.longitude);
    });
    assert!(
        p.iter().any(
            |f| f.place == Place::at("sites.json", &format!("sites[{site}]"))
                && matches!(f.problem, Problem::NotInEnglandOrWales { .. })
        ),
        "{}",
        lines(&p)
    );
    let multi = c
        .pay
        .bands
        .iter()
        .position(|b| b.points.len() > 1)
        .expect("a band with two points");
    let band = c.pay.bands[multi].band.label();
    let p = problems_after(|c| c.pay.bands[multi].points.reverse());
    assert_caught(
        &p,
        "pay.json",
        &format!("bands[{band}].points"),
        Problem::NotInRisingOrder,
    );
    let role = c.roles.roles.iter().max_by_key(|r| r.band.to).unwrap();
    let top = role.band.to;
    let p = problems_after(|c| c.pay.bands.retain(|b| b.band != top));
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{}].band", role.id),
        Problem::NoPayForBand {
            band: top.label().to_owned(),
        },
    );
    // A timed step moved before the one before it.
    let timed: Vec<usize> = day
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.time.is_some())
        .map(|(i, _)| i)
        .collect();
    let later = *timed.get(1).expect("a day with two timed steps");
    let p = problems_after(|c| c.days.days[0].steps[later].time = Some("00:00".into()));
    assert_caught(
        &p,
        "days.json",
        &format!("days[{}].steps[{later}].time", day.id),
        Problem::NotAfterTheStepBefore {
            time: "00:00".into(),
        },
    );
}

/// Plain English: a sentence in our own words over `LONGEST_SENTENCE` words
/// is refused (quotes stay as people said them); over 25 words, this prints a
/// warning naming it, for an editor tidying the words.
#[test]
fn long_sentences_in_our_words_are_reported() {
    let role = content().roles.roles[0].id.clone();
    let long = format!("{}end.", "word ".repeat(LONGEST_SENTENCE));
    let p = problems_after(|c| c.roles.roles[0].what.push(long.clone()));
    assert_caught(
        &p,
        "roles.json",
        &format!("roles[{role}]"),
        Problem::LongSentence {
            words: LONGEST_SENTENCE + 1,
            sentence: long.clone(),
        },
    );
    assert_eq!(p.len(), 1, "{}", lines(&p));
    // A glossary meaning is ours too, and a decimal point does not end a sentence.
    let term = content().glossary.terms[0].id.clone();
    let with_a_number = format!("{}37.5 end.", "word ".repeat(LONGEST_SENTENCE - 1));
    let p = problems_after(|c| c.glossary.terms[0].meaning = with_a_number.clone());
    assert_caught(
        &p,
        "glossary.json",
        &format!("terms[{term}]"),
        Problem::LongSentence {
            words: LONGEST_SENTENCE + 1,
            sentence: with_a_number.clone(),
        },
    );
    assert_eq!(p.len(), 1, "{}", lines(&p));
    // At the limit, and in a quote, it is not refused.
    let p = problems_after(|c| {
        c.roles.roles[0]
            .what
            .push(format!("{}end.", "word ".repeat(LONGEST_SENTENCE - 1)));
        c.vacancies.vacancies[0].overview.push(long.clone());
    });
    assert!(p.is_empty(), "{}", lines(&p));

    let c = content();
    let mut warned = 0;
    for (file, value) in FILES.iter().filter_map(|f| {
        let text = std::fs::read_to_string(content_dir().join(f.name)).ok()?;
        Some((
            f.name,
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        ))
    }) {
        let mut strings = Vec::new();
        walk(file, &value, &mut strings);
        for (at, text) in strings {
            for sentence in sentences(&text) {
                let words = sentence.split_whitespace().count();
                if words > 25 {
                    println!("warning: {at}: {words} words: {}", sentence.trim());
                    warned += 1;
                }
            }
        }
    }
    println!(
        "{warned} sentences over 25 words ({} roles)",
        c.roles.roles.len()
    );
}

/// Every string in a JSON value, with its path; the map's path data is not prose.
fn walk(at: &str, v: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::String(text) => out.push((at.to_owned(), text.clone())),
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(&format!("{at}[{i}]"), item, out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (k, item) in fields
                .iter()
                .filter(|(k, _)| *k != "land" && *k != "$schema")
            {
                walk(&format!("{at}.{k}"), item, out);
            }
        }
        _ => {}
    }
}

/// A vacancy's posting date must be a date, and not after it closes; without
/// one the vacancy is still fine (it just gets no job posting).
#[test]
fn posting_dates_are_checked() {
    let content = content();
    let v = &content.vacancies.vacancies[0];
    let (id, closing) = (v.id.clone(), v.closing.clone());
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some("5 January".into()));
    let at = format!("vacancies[{id}].posted");
    assert_caught(
        &p,
        "vacancies.json",
        &at,
        Problem::NotADate {
            value: "5 January".into(),
            example: "a date like 2025-11-25",
        },
    );
    let year: u32 = closing[..4].parse().unwrap();
    let after = format!("{}-01-01", year + 1);
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some(after.clone()));
    assert_caught(
        &p,
        "vacancies.json",
        &at,
        Problem::PostedAfterClosing {
            posted: after.clone(),
        },
    );
    let before = format!("{}-01-01", year - 1);
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = Some(before.clone()));
    assert!(p.is_empty(), "{p:?}");
    let p = problems_after(|c| c.vacancies.vacancies[0].posted = None);
    assert!(p.is_empty(), "{p:?}");
}

/// Each excerpt (`content::excerpt`: the few fields one part reads) reads what
/// the whole file's type reads, in both packs.
#[test]
fn each_excerpt_reads_what_its_whole_file_holds() {
    let fictional =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fictional-trust/content");
    for dir in [content_dir(), fictional] {
        let text = std::fs::read_to_string(dir.join(Sites::FILE)).unwrap();
        let whole: Sites = parse(&text).unwrap();
        let excerpt: excerpt::RegionNames = serde_json::from_str(&text).unwrap();
        assert_eq!(
            excerpt,
            excerpt::RegionNames::of(&whole),
            "{}",
            dir.display()
        );
        assert!(!excerpt.regions.is_empty(), "{}", dir.display());
        let excerpt: excerpt::SiteRoles = serde_json::from_str(&text).unwrap();
        assert_eq!(excerpt, excerpt::SiteRoles::of(&whole), "{}", dir.display());
        // Where a role works is what the whole file says, closed sites left out.
        for site in &whole.sites {
            for role in &site.roles {
                let listed = excerpt.of_role(role).any(|s| s.id == site.id);
                assert_eq!(listed, !site.is_closed(), "{} {role}", site.id);
            }
        }
        let text = std::fs::read_to_string(dir.join(Roles::FILE)).unwrap();
        let whole: Roles = parse(&text).unwrap();
        let excerpt: excerpt::RoleNeeds = serde_json::from_str(&text).unwrap();
        assert_eq!(excerpt, excerpt::RoleNeeds::of(&whole), "{}", dir.display());
        assert!(
            excerpt
                .roles
                .iter()
                .any(|r| r.essentials().next().is_some()),
            "{}",
            dir.display()
        );
        let text = std::fs::read_to_string(dir.join(Vacancies::FILE)).unwrap();
        let whole: Vacancies = parse(&text).unwrap();
        let excerpt: excerpt::VacancyClosings = serde_json::from_str(&text).unwrap();
        assert_eq!(
            excerpt,
            excerpt::VacancyClosings::of(&whole),
            "{}",
            dir.display()
        );
    }
}
