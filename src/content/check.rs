//! The editors' check: every content file's text through the app's own types and
//! checks, each problem as a finding that names the file, the record and the
//! field, says what is wrong and what to do. `cargo test` and the browser page
//! `/check` (for editors without Rust) both use it, so they cannot disagree.

use super::{place_at, Content, Finding, Problem, Report, Website, FILES};

/// Checks a whole set of content files. `text(file)` gives a file's text, or
/// `None` when there is no such file. Each file's own checks run when it
/// parses; the checks between files run when every file parses.
pub fn check(text: impl Fn(&str) -> Option<String>) -> Vec<Finding> {
    let texts: Vec<(&str, Option<String>)> = FILES.iter().map(|f| (f.name, text(f.name))).collect();
    let text = |name: &str| {
        texts
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, t)| t.clone())
    };
    let mut findings = Vec::new();
    if let Some(content) = Content::read(text, &mut findings) {
        findings.extend(unlisted_documents(&content.site, &texts));
        findings.extend(content.references());
    }
    findings
}

/// The largest file the check reads: about seventy times the largest content
/// file today (roles.json, some 29 KB). A larger one is not content, and
/// reading it would hold the editor's browser.
pub const MOST_FILE_BYTES: u64 = 2_000_000;

/// A chosen file of `bytes` that is too large to read, as the page reports
/// it: [`Problem::TooLarge`]'s report, made without the other problems' words,
/// which the page does not otherwise need (about 11 KB of its program).
pub fn too_large(file: &str, bytes: u64) -> Option<Report> {
    (bytes > MOST_FILE_BYTES).then(|| Report {
        file: file.to_owned(),
        record: String::new(),
        field: String::new(),
        problem: super::problem::too_large_message(bytes),
        fix: super::problem::TOO_LARGE_ADVICE.to_owned(),
    })
}

/// Every `seed:` source must name a document `site.json` lists, so the page
/// can say what the document is. Read from the text: any field may hold one.
fn unlisted_documents(site: &Website, texts: &[(&str, Option<String>)]) -> Vec<Finding> {
    let mut out = Vec::new();
    for (file, text) in texts {
        let Some(text) = text else { continue };
        for (line_no, line) in text.lines().enumerate() {
            for (at, _) in line.match_indices("\"seed:") {
                let name = line[at + 6..].split('"').next().unwrap_or("");
                if site.document(name).is_none() {
                    let place = place_at(text, line_no + 1, at + 1);
                    out.push(Finding::at(
                        file,
                        &place,
                        Problem::UnlistedDocument {
                            name: name.to_owned(),
                        },
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
    fn a_file_larger_than_any_content_file_is_not_read_and_says_why() {
        assert_eq!(too_large("roles.json", MOST_FILE_BYTES), None);
        let report = too_large("roles.json", 12_345_678).expect("too large");
        // The same words as the problem's own.
        assert_eq!(
            report,
            Finding::at("roles.json", "", Problem::TooLarge { bytes: 12_345_678 }).report()
        );
        assert_eq!(report.file, "roles.json");
        assert_eq!(
            report.problem,
            "is 12.3 MB, larger than any content file can be (at most 2.0 MB), so it was not read"
        );
        assert!(!report.fix.is_empty());
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
        assert_eq!(f.place.file, "roles.json");
        assert!(f.place.record.starts_with("roles["), "{f:?}");
        assert_eq!(f.place.field, "title");
        assert!(matches!(f.problem, Problem::WrongType { .. }), "{f:?}");

        // A missing file, and broken punctuation, named by line and column.
        let findings = check(|file| match file {
            "days.json" => None,
            "pay.json" => published(file).map(|t| t.replacen(',', "", 1)),
            _ => published(file),
        });
        let files: Vec<_> = findings.iter().map(|f| f.place.file.as_str()).collect();
        assert_eq!(files, ["days.json", "pay.json"], "{findings:#?}");
        assert_eq!(findings[0].problem, Problem::FileMissing);
        assert!(
            matches!(findings[1].problem, Problem::Unreadable { .. }),
            "{:?}",
            findings[1]
        );
        assert!(findings[1].place.line.is_some() && findings[1].place.column.is_some());
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
            findings.iter().any(|f| f.place.file == "days.json"),
            "{findings:#?}"
        );
        // The site.json edit adds an unknown field, named as such.
        assert!(
            findings.iter().any(|f| f.place.file == "site.json"
                && matches!(f.problem, Problem::UnknownField { .. })),
            "{findings:#?}"
        );
        // A file that reads is checked within itself though another is broken.
        let findings = check(|file| match file {
            "days.json" => Some("{".into()),
            // A blank summary: the value between its quotes becomes a space.
            "roles.json" => published(file).map(|t| {
                let start = t.find("\"summary\": \"").unwrap() + 12;
                let end = start + t[start..].find('"').unwrap();
                format!("{} {}", &t[..start], &t[end..])
            }),
            _ => published(file),
        });
        assert!(
            findings.iter().any(|f| f.place.file == "days.json"),
            "{findings:#?}"
        );
        assert!(
            findings.iter().any(|f| f.place.file == "roles.json"
                && f.place.field == "summary"
                && f.problem == Problem::Empty),
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
            .find(|f| f.place.file == "roles.json")
            .expect("roles.json finding");
        assert!(roles.place.record.starts_with("roles["), "{roles:?}");
        assert_eq!(roles.place.field, "summery");
        assert!(matches!(roles.problem, Problem::UnknownField { .. }));
        let pay = findings
            .iter()
            .find(|f| f.place.file == "pay.json")
            .expect("pay.json finding");
        assert_eq!(
            (pay.place.record.as_str(), pay.place.field.as_str()),
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
        let f = &findings[0];
        assert!(f.place.record.starts_with("roles["), "{findings:?}");
        assert_eq!(f.place.field, "summary");
        assert!(matches!(&f.problem, Problem::MissingField { field, .. } if field == "summary"));
    }

    #[test]
    fn seed_documents_must_be_listed() {
        let findings = check_edited("vacancies.json", |text| {
            text.replacen("\"seed:", "\"seed:999_unlisted.txt\", \"seed:", 1)
        });
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(f.place.file, "vacancies.json");
        assert!(f.place.record.starts_with("vacancies["), "{findings:#?}");
        assert_eq!(f.place.field, "source[0]");
        assert_eq!(
            f.problem,
            Problem::UnlistedDocument {
                name: "999_unlisted.txt".into()
            }
        );
    }

    #[test]
    fn the_page_shows_a_file_it_cannot_read_by_line_and_column() {
        let findings = check_edited("pay.json", |_| "pay: yes".into());
        let report = findings[0].report();
        assert_eq!(report.file, "pay.json");
        assert!(report.field.starts_with("line "), "{report:?}");
        assert!(report.fix.contains("punctuation"), "{report:?}");
    }
}
