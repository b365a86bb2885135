//! The editors' check in a web worker: the whole of `content::check` (every
//! file's types and checks, and the checks between files) lives in this small
//! wasm of its own, fetched only by the `/check` page. The app's own wasm holds
//! none of it, and a long check never holds up the page.
//!
//! The messages are plain arrays, so neither side needs a serialiser:
//! - the worker says `"ready"` once it listens;
//! - the page sends `[[file, text or null], ...]` for every content file and
//!   any other file the editor chose (the check names those as not content);
//! - the worker answers `[[file, record, field, problem, fix], ...]`.

use crate::content::check::check;
use crate::content::{FileEntry, Finding, Problem, Report};
use js_sys::Array;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The worker's side: answers every message with the check's findings.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let data = event.data();
            let message = Array::from(&data);
            if message.get(0).as_string().as_deref() == Some(ADVERT) {
                let _ = reply.post_message(&read_advert(&message));
                return;
            }
            let files = files_from(&data);
            let mut findings = check(|name| {
                files
                    .iter()
                    .find(|(file, _)| file == name)
                    .and_then(|(_, text)| text.clone())
            });
            findings.extend(
                files
                    .iter()
                    .filter(|(file, _)| FileEntry::get(file).is_none())
                    .map(|(file, _)| Finding::at(file, "", Problem::NotAContentFile)),
            );
            let reports: Vec<Report> = findings.iter().map(|f| f.report()).collect();
            let _ = reply.post_message(&findings_to(&reports));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// What the worker says once it listens.
pub const READY: &str = "ready";

/// The first word of a request to read an advert:
/// `["advert", text, address or null, [[file, text or null], ...]]`. The
/// answer is `["not-advert", why]`, or `["read", record JSON, [what to
/// check], [[file, record, field, problem, fix], ...], vacancies.json with
/// the record or null]`.
pub const ADVERT: &str = "advert";

/// Reads an advert into a vacancy record, checks it with every check the
/// content has, and makes `vacancies.json` with it, when it is complete.
fn read_advert(message: &Array) -> JsValue {
    use crate::content::{parse, Named, Paragraph, Roles, Sites, Source, Vacancies, Website};
    use crate::domain::advert::{read, record};
    let text = message.get(1).as_string().unwrap_or_default();
    let address = message.get(2).as_string();
    let files = files_from(&message.get(3));
    let published = |name: &str| {
        files
            .iter()
            .find(|(file, _)| file == name)
            .and_then(|(_, text)| text.clone())
    };
    let advert = match read(&text) {
        Ok(advert) => advert,
        Err(why) => {
            return Array::of2(&"not-advert".into(), &why.message().into()).into();
        }
    };
    let file = |name: &str| published(name).unwrap_or_default();
    let roles: Roles = parse(&file(Roles::FILE)).unwrap_or(Roles {
        schema: None,
        roles: Vec::new(),
    });
    // Files that do not read give no suggestions; the check names them.
    let sites: Sites = parse(&file(Sites::FILE)).unwrap_or_else(|_| Sites {
        schema: None,
        introduction: Paragraph {
            text: String::new(),
            source: Source(String::new()),
        },
        regions: Vec::new(),
        sites: Vec::new(),
    });
    let website = parse::<Website>(&file(Website::FILE)).ok();
    let hosts = website
        .as_ref()
        .map(|w| w.apply_hosts.clone())
        .unwrap_or_default();
    let trust = website.as_ref().map_or(["", ""], |w| {
        [w.trust_name.as_str(), w.trust_short_name.as_str()]
    });
    let on_site = record::OnSite {
        apply_hosts: &hosts,
        trust,
        roles: &roles,
        sites: &sites,
    };
    let now = crate::domain::format::DateTime::uk_at(js_sys::Date::now());
    let reading = record::record(&advert, address.as_deref(), &on_site, &now);
    let draft = serde_json::to_string_pretty(&reading.draft).unwrap_or_default();
    let to_check: Array = reading
        .to_check
        .iter()
        .map(|c| JsValue::from_str(&c.words(&roles, &sites)))
        .collect();
    let (findings, vacancies) = match record::with_record(&reading.draft, &file(Vacancies::FILE)) {
        Ok(vacancies) => {
            let findings = check(|name| {
                if name == Vacancies::FILE {
                    Some(vacancies.clone())
                } else {
                    published(name)
                }
            });
            (findings, JsValue::from_str(&vacancies))
        }
        Err(finding) => (vec![finding], JsValue::NULL),
    };
    let reports: Vec<Report> = findings.iter().map(|f| f.report()).collect();
    [
        JsValue::from_str("read"),
        JsValue::from_str(&draft),
        to_check.into(),
        findings_to(&reports),
        vacancies,
    ]
    .into_iter()
    .collect::<Array>()
    .into()
}

pub fn files_to(files: &[(String, Option<String>)]) -> JsValue {
    files
        .iter()
        .map(|(file, text)| {
            Array::of2(
                &JsValue::from_str(file),
                &text.as_deref().map_or(JsValue::NULL, JsValue::from_str),
            )
        })
        .collect::<Array>()
        .into()
}

fn files_from(value: &JsValue) -> Vec<(String, Option<String>)> {
    Array::from(value)
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string(),
            )
        })
        .collect()
}

fn findings_to(findings: &[Report]) -> JsValue {
    findings
        .iter()
        .map(|f| {
            [&f.file, &f.record, &f.field, &f.problem, &f.fix]
                .into_iter()
                .map(|s| JsValue::from_str(s))
                .collect::<Array>()
        })
        .collect::<Array>()
        .into()
}

/// The page's side: the findings in the worker's answer.
pub fn findings_from(value: &JsValue) -> Vec<Report> {
    Array::from(value)
        .iter()
        .map(|row| {
            let row = Array::from(&row);
            let at = |i| row.get(i).as_string().unwrap_or_default();
            Report {
                file: at(0),
                record: at(1),
                field: at(2),
                problem: at(3),
                fix: at(4),
            }
        })
        .collect()
}
