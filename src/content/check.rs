//! The editors' check: every content file's text through the app's own types and
//! checks, each problem as a finding that names the file, the record and the
//! field, says what is wrong and what to do. `cargo test` and the browser page
//! `/check` (for editors without Rust) both use it, so they cannot disagree.
//!
//! Problem messages follow one convention, which this module relies on: the
//! first word is the place in the file (`roles[registered-nurse].band.source`),
//! then a space or `": "`, then what is wrong.

use super::{
    parse, Content, ContentFile, Days, GettingStarted, Glossary, MapFile, Organisation, Pay, Quiz,
    Roles, Sites, Vacancies, Website,
};

/// The content files, as the site fetches them, and whether each must exist.
pub const FILES: [(&str, bool); 11] = [
    (Website::FILE, true),
    (Organisation::FILE, true),
    (Roles::FILE, true),
    (Days::FILE, true),
    (Sites::FILE, true),
    (Vacancies::FILE, true),
    (Pay::FILE, true),
    (GettingStarted::FILE, true),
    (Quiz::FILE, false),
    (MapFile::FILE, true),
    (Glossary::FILE, true),
];

/// One problem in the content, in words an editor can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The file, such as `roles.json`.
    pub file: String,
    /// The record, such as `roles[registered-nurse]`; empty for the file's top level.
    pub record: String,
    /// The field within the record, such as `band.source`; empty for the whole record.
    pub field: String,
    /// What is wrong.
    pub problem: String,
    /// What to do about it.
    pub fix: String,
}

impl Finding {
    fn new(file: &str, place: &str, problem: &str) -> Self {
        let (record, field) = split_place(place);
        Finding {
            file: file.to_owned(),
            record,
            field,
            problem: problem.trim().to_owned(),
            fix: fix_for(problem).to_owned(),
        }
    }

    /// A problem with a file as a whole, such as a name the site does not use.
    pub fn about_file(file: &str, problem: &str) -> Self {
        Finding::new(file, "", problem)
    }

    /// From a check's message, `file.json: place what is wrong`.
    pub fn from_message(message: &str) -> Self {
        let (file, rest) = match message.split_once(": ") {
            Some((file, rest)) if file.ends_with(".json") && !file.contains(' ') => (file, rest),
            _ => ("", message),
        };
        let (place, problem) = split_message(rest);
        Finding::new(file, place, problem)
    }

    /// One line, for `cargo test` and logs.
    pub fn line(&self) -> String {
        let mut at = self.file.clone();
        for part in [&self.record, &self.field] {
            if !part.is_empty() {
                at.push_str(if at.ends_with(".json") { ": " } else { "." });
                at.push_str(part);
            }
        }
        format!("{at}: {} ({})", self.problem, self.fix)
    }
}

/// `roles[x].band is empty` -> (`roles[x].band`, `is empty`): the place runs to
/// the first space or colon outside square brackets (ids may hold anything).
fn split_message(rest: &str) -> (&str, &str) {
    let mut depth = 0u32;
    for (i, c) in rest.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            ' ' | ':' if depth == 0 => {
                let problem = rest[i..].trim_start_matches(':').trim_start();
                return (&rest[..i], problem);
            }
            _ => {}
        }
    }
    (rest, "")
}

/// `roles[x].steps[2].title` -> (`roles[x]`, `steps[2].title`); `pay_year` -> (``, `pay_year`).
fn split_place(place: &str) -> (String, String) {
    match place.find(']') {
        Some(end) => {
            let (record, field) = place.split_at(end + 1);
            (record.to_owned(), field.trim_start_matches('.').to_owned())
        }
        None => (String::new(), place.to_owned()),
    }
}

/// What to do, in plain words, for each kind of problem the checks report.
fn fix_for(problem: &str) -> &'static str {
    let has = |s: &str| problem.contains(s);
    if has("is empty") {
        "Write the words here, or remove the record if the site should not show it."
    } else if has("has no entries") {
        "Add at least one entry."
    } else if has("not a source a reader can check") {
        "Give the web address of a page that says this, a seed document listed in site.json (seed:<file>.txt), or a heading in the facts file (facts:<heading>)."
    } else if has("not a lower-case slug") {
        "Use only lower-case letters, numbers and single hyphens, for example hmp-new-prison. Ids are in web addresses, so change one only with care."
    } else if has("twice") {
        "Give each record its own id, or remove the copy."
    } else if has("has id") {
        "Use the id of a record that exists (ids are the \"id\" fields), or add that record first."
    } else if has("is not a date") || has("not HH:MM") || has("is before") {
        "Write dates as YYYY-MM-DD (for example 2026-04-01), times as HH:MM in UK time, and keep each period's start before its end."
    } else if has("web address") {
        "Give the full web address, starting https://."
    } else if has("one line") {
        "Keep it to one line of at most 100 characters."
    } else if has("missing field") {
        "Add this field: every record of this kind needs it. The schema named in the file's \"$schema\" lists the fields."
    } else if has("unknown field") {
        "Check the field's spelling, or remove it: the site does not use a field of that name."
    } else if has("unknown variant") {
        "Use one of the values the message lists."
    } else if has("invalid type") || has("invalid value") {
        "Give the kind of value the message says it expects: words in double quotes, a number without quotes, or a list in square brackets."
    } else if has("line ") && has("column") {
        "Check the punctuation at that line: every name and piece of text in double quotes, a comma between entries but not after the last, and every bracket closed."
    } else if has("is missing") {
        "Put the file back: the site needs it. Copy it from the last version that worked."
    } else if has("not one of the content files") {
        "Name the file as the site does (the list is on this page), or leave it out."
    } else if has("not in England or Wales") || has("outside the area") {
        "Check the latitude and longitude: copy them from a map, latitude first."
    } else if has("is closed") {
        "Remove the closed site from this list, or reopen it in sites.json."
    } else if has("no answer counts towards") {
        "Give the role a weight above 0 in at least one quiz answer, or the quiz can never suggest it."
    } else if has("pay.json has no") {
        "Add that band to pay.json, or correct the band."
    } else {
        "Correct it as the message says, then check again."
    }
}

/// The place in a JSON text at `line` and `column` (1-based, as serde_json
/// counts), as the checks name places: `roles[registered-nurse].title`.
/// Records in lists are named by their `"id"` where it comes before the place.
pub fn place_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            id: Option<String>,
            expect_key: bool,
        },
        List {
            index: usize,
        },
    }
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = (start + column.saturating_sub(1)).min(text.len());
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                id: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::List { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let s = text.get(i + 1..j.min(text.len())).unwrap_or("").to_owned();
                if let Some(Frame::Object {
                    key,
                    id,
                    expect_key,
                }) = stack.last_mut()
                {
                    if *expect_key {
                        *key = Some(s);
                    } else if key.as_deref() == Some("id") {
                        *id = Some(s);
                    }
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    let mut place = String::new();
    for (n, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !place.is_empty() {
                    place.push('.');
                }
                place.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::List { index } => {
                let id = match stack.get(n + 1) {
                    Some(Frame::Object { id: Some(id), .. }) => id.clone(),
                    _ => index.to_string(),
                };
                place.push('[');
                place.push_str(&id);
                place.push(']');
            }
        }
    }
    place
}

fn parse_one<T: ContentFile>(text: &str, findings: &mut Vec<Finding>) -> Option<T> {
    match parse::<T>(text) {
        Ok(value) => Some(value),
        Err(message) => {
            // `file.json: line L, column C: what serde says`
            let rest = message
                .split_once(": ")
                .map_or(message.as_str(), |(_, r)| r);
            let (at, problem) = rest.split_once(": ").unwrap_or(("", rest));
            let numbers: Vec<usize> = at
                .split(|c: char| !c.is_ascii_digit())
                .filter_map(|n| n.parse().ok())
                .collect();
            let mut place = match numbers[..] {
                [line, column] => place_at(text, line, column),
                _ => String::new(),
            };
            // serde stops at the end of the record that lacks the field: name
            // the record and the missing field, not the record's last field.
            if let Some(missing) = problem.strip_prefix("missing field `") {
                let name = missing.split('`').next().unwrap_or("");
                if let Some(dot) = place.rfind('.').filter(|d| !place[*d..].contains(']')) {
                    place.truncate(dot);
                } else if !place.ends_with(']') {
                    place.clear();
                }
                if !place.is_empty() {
                    place.push('.');
                }
                place.push_str(name);
            }
            let mut finding = Finding::new(T::FILE, &place, problem);
            if finding.record.is_empty() && finding.field.is_empty() {
                finding.field = at.to_owned();
            }
            findings.push(finding);
            None
        }
    }
}

/// Checks a whole set of content files. `text(file)` gives a file's text, or
/// `None` when there is no such file. Each file's own checks run when it
/// parses; the checks between files run when every file parses.
pub fn check(text: impl Fn(&str) -> Option<String>) -> Vec<Finding> {
    let mut findings = Vec::new();
    let texts: Vec<Option<String>> = FILES.iter().map(|(file, _)| text(file)).collect();
    for ((file, required), t) in FILES.iter().zip(&texts) {
        if *required && t.is_none() {
            findings.push(Finding::new(file, "", "the file is missing"));
        }
    }
    fn one<T: ContentFile>(t: &Option<String>, findings: &mut Vec<Finding>) -> Option<T> {
        parse_one::<T>(t.as_deref()?, findings)
    }
    let f = &mut findings;
    let site = one::<Website>(&texts[0], f);
    let organisation = one::<Organisation>(&texts[1], f);
    let roles = one::<Roles>(&texts[2], f);
    let days = one::<Days>(&texts[3], f);
    let sites = one::<Sites>(&texts[4], f);
    let vacancies = one::<Vacancies>(&texts[5], f);
    let pay = one::<Pay>(&texts[6], f);
    let getting_started = one::<GettingStarted>(&texts[7], f);
    let quiz = one::<Quiz>(&texts[8], f);
    let map = one::<MapFile>(&texts[9], f);
    let glossary = one::<Glossary>(&texts[10], f);
    let quiz_ok = texts[8].is_none() || quiz.is_some();

    // Each readable file's own checks, reported when some file is unreadable.
    fn within<T: ContentFile>(v: &Option<T>) -> Vec<String> {
        v.iter()
            .flat_map(|v| v.problems())
            .map(|m| format!("{}: {m}", T::FILE))
            .collect()
    }
    let own = [
        within(&site),
        within(&organisation),
        within(&roles),
        within(&days),
        within(&sites),
        within(&vacancies),
        within(&pay),
        within(&getting_started),
        within(&quiz),
        within(&map),
        within(&glossary),
    ]
    .concat();
    let whole = || {
        Some(Content {
            site: site?,
            organisation: organisation?,
            roles: roles?,
            days: days?,
            sites: sites?,
            vacancies: vacancies?,
            pay: pay?,
            getting_started: getting_started?,
            quiz: quiz_ok.then_some(quiz)?,
            map: map?,
            glossary: glossary?,
        })
    };
    let messages = match whole() {
        // Every file read: the checks across files as well.
        Some(content) => {
            findings.extend(unlisted_documents(&content.site, &texts));
            content.problems()
        }
        None => own,
    };
    findings.extend(messages.iter().map(|m| Finding::from_message(m)));
    findings
}

/// Every `seed:` source must name a document `site.json` lists, so the page
/// can say what the document is. Read from the text: any field may hold one.
fn unlisted_documents(site: &Website, texts: &[Option<String>]) -> Vec<Finding> {
    let mut out = Vec::new();
    for ((file, _), text) in FILES.iter().zip(texts) {
        let Some(text) = text else { continue };
        for (line_no, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("\"seed:") {
                let name = line[at + 6..].split('"').next().unwrap_or("");
                if site.document(name).is_none() {
                    let place = place_at(text, line_no + 1, at + 1);
                    out.push(Finding::new(
                        file,
                        &place,
                        &format!("names seed:{name}, which site.json's documents do not list: add it there with its title"),
                    ));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_split_into_file_record_field_and_problem() {
        let f = Finding::from_message("roles.json: roles[registered-nurse].band.source \"x\" is not a source a reader can check: give a web address");
        assert_eq!(f.file, "roles.json");
        assert_eq!(f.record, "roles[registered-nurse]");
        assert_eq!(f.field, "band.source");
        assert!(f.problem.starts_with("\"x\" is not a source"), "{f:?}");
        assert!(f.fix.contains("web address"));

        let f = Finding::from_message("site.json: summary is empty");
        assert_eq!((f.record.as_str(), f.field.as_str()), ("", "summary"));
        assert_eq!(f.problem, "is empty");

        // An id may hold spaces and colons: it is still part of the place.
        let f = Finding::from_message("sites.json: sites[a b: c].roles: no role has id \"x\"");
        assert_eq!(f.record, "sites[a b: c]");
        assert_eq!(f.field, "roles");
        assert_eq!(f.problem, "no role has id \"x\"");
        assert!(f.fix.starts_with("Use the id"));
        assert_eq!(
            f.line(),
            format!(
                "sites.json: sites[a b: c].roles: no role has id \"x\" ({})",
                f.fix
            )
        );
    }

    #[test]
    fn places_in_json_text_name_records_by_id() {
        let text = "{\n  \"roles\": [\n    {\"id\": \"a\", \"title\": \"A\"},\n    {\"id\": \"b\", \"title\": 3}\n  ]\n}";
        assert_eq!(place_at(text, 4, 27), "roles[b].title");
        assert_eq!(place_at(text, 3, 28), "roles[a].title");
        // Before its id, a record is named by its position.
        let text = "{\"days\": [{\"steps\": [{\"t\": 1}, {\"t\": \"x\\\"]\"}]}]}";
        assert_eq!(place_at(text, 1, 44), "days[0].steps[1].t");
    }

    fn published(file: &str) -> Option<String> {
        let path = format!("{}/public/content/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path).ok()
    }

    /// The check, with one published file changed by `edit`.
    fn check_edited(target: &str, edit: impl Fn(String) -> String) -> Vec<Finding> {
        check(|file| {
            let text = published(file)?;
            Some(if file == target { edit(text) } else { text })
        })
    }

    #[test]
    fn the_published_content_has_no_findings() {
        let findings = check(published);
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn broken_files_are_named_with_record_and_field() {
        // A wrong type deep in a record.
        let findings = check_edited("roles.json", |text| {
            text.replacen("\"title\": \"", "\"title\": 3, \"x\": \"", 2)
        });
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(f.file, "roles.json");
        assert!(f.record.starts_with("roles["), "{f:?}");
        assert_eq!(f.field, "title");
        assert!(f.problem.contains("invalid type"), "{f:?}");
        assert!(f.fix.contains("kind of value"));

        // A missing file, and broken punctuation.
        let findings = check(|file| match file {
            "days.json" => None,
            "pay.json" => published(file).map(|t| t.replacen(',', "", 1)),
            _ => published(file),
        });
        let files: Vec<_> = findings.iter().map(|f| f.file.as_str()).collect();
        assert_eq!(files, ["days.json", "pay.json"], "{findings:#?}");
        assert_eq!(findings[0].problem, "the file is missing");
        assert!(findings[1].fix.contains("punctuation"), "{:?}", findings[1]);
    }

    #[test]
    fn checks_within_files_run_even_when_another_file_is_broken() {
        let findings = check(|file| match file {
            "days.json" => Some("{".into()),
            "site.json" => published(file)
                .map(|t| t.replacen("\"summary\": \"", "\"summary\": \" \", \"_\": \"", 1)),
            _ => published(file),
        });
        assert!(
            findings.iter().any(|f| f.file == "days.json"),
            "{findings:#?}"
        );
        // The site.json edit adds an unknown field, named as such.
        assert!(
            findings
                .iter()
                .any(|f| f.file == "site.json" && f.problem.contains("unknown field")),
            "{findings:#?}"
        );
    }

    #[test]
    fn a_missing_field_is_named_in_its_record() {
        let findings = check(|file| {
            let text = published(file)?;
            Some(match file {
                "roles.json" => text.replacen("\"summary\":", "\"summery\":", 1),
                "pay.json" => text.replacen("\"pay_year\":", "\"year\":", 1),
                _ => text,
            })
        });
        let roles = findings
            .iter()
            .find(|f| f.file == "roles.json")
            .expect("roles.json finding");
        assert!(roles.record.starts_with("roles["), "{roles:?}");
        assert_eq!(roles.field, "summery");
        assert!(roles.fix.contains("spelling"));
        let pay = findings
            .iter()
            .find(|f| f.file == "pay.json")
            .expect("pay.json finding");
        assert_eq!(
            (pay.record.as_str(), pay.field.as_str()),
            ("", "year"),
            "{pay:?}"
        );

        // Left out altogether: serde notices at the record's end.
        let findings = check_edited("roles.json", |text| {
            let start = text.find("\"summary\":").unwrap();
            let end = start + text[start..].find('\n').unwrap();
            format!("{}{}", &text[..start], &text[end + 1..])
        });
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert!(findings[0].record.starts_with("roles["), "{findings:?}");
        assert_eq!(findings[0].field, "summary");
        assert!(findings[0].fix.starts_with("Add this field"));
    }

    #[test]
    fn seed_documents_must_be_listed() {
        let findings = check_edited("vacancies.json", |text| {
            text.replacen("\"seed:", "\"seed:999_unlisted.txt\", \"seed:", 1)
        });
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].file, "vacancies.json");
        assert!(
            findings[0].record.starts_with("vacancies["),
            "{findings:#?}"
        );
        assert_eq!(findings[0].field, "source[0]");
        assert!(findings[0].problem.contains("seed:999_unlisted.txt"));
    }

    #[test]
    fn every_kind_of_problem_has_its_own_advice() {
        for problem in [
            "is empty",
            "has no entries",
            "\"x\" is not a source a reader can check",
            "id \"A\" is not a lower-case slug",
            "id \"a\" is used twice",
            "no role has id \"x\"",
            "\"1/4/26\" is not a date like 2025-04-01",
            "missing field `title`",
            "unknown field `titel`, expected one of `id`, `title`",
            "invalid type: integer `3`, expected a string",
            "expected `,` or `}` at line 3 column 5",
            "the file is missing",
        ] {
            assert_ne!(fix_for(problem), fix_for("something new"), "{problem}");
        }
    }
}
