//! The editors' check in a web worker: the whole of `content::check` (every
//! file's types and checks, and the checks between files) and the advert
//! reader (`domain::advert`) live in this small wasm of its own, fetched only
//! by the `/check` page. The app's own wasm holds none of it, and a long
//! check never holds up the page. The messages are `editors::protocol`'s.

use super::protocol::{AdvertRead, Files, Reply, Request, READY};
use crate::content::check::check;
use crate::content::{FileEntry, Finding, Problem, Report};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The worker's side: answers every request.
pub fn serve() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let answer = match Request::from_js(&event.data()) {
                Request::Check(files) => Reply::Findings(check_files(&files)),
                Request::ReadAdvert {
                    text,
                    address,
                    files,
                } => read_advert(&text, address.as_deref(), &files),
            };
            let _ = reply.post_message(&answer.to_js());
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// Every check the content has, on `files`; any that is not a content file
/// is named as such.
fn check_files(files: &Files) -> Vec<Report> {
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
    findings.iter().map(|f| f.report()).collect()
}

/// Reads an advert into a vacancy record, checks it with every check the
/// content has, and makes `vacancies.json` with it, when it is complete.
fn read_advert(text: &str, address: Option<&str>, files: &Files) -> Reply {
    use crate::content::{parse, Named, Paragraph, Roles, Sites, Source, Vacancies, Website};
    use crate::domain::advert::{read, record};
    let published = |name: &str| {
        files
            .iter()
            .find(|(file, _)| file == name)
            .and_then(|(_, text)| text.clone())
    };
    let advert = match read(text) {
        Ok(advert) => advert,
        Err(why) => return Reply::NotAnAdvert(why.message().into()),
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
        towns: Vec::new(),
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
    let reading = record::record(&advert, address, &on_site, &now);
    let draft = serde_json::to_string_pretty(&reading.draft).unwrap_or_default();
    let to_check = reading
        .to_check
        .iter()
        .map(|c| c.words(&roles, &sites))
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
            (findings, Some(vacancies))
        }
        Err(finding) => (vec![finding], None),
    };
    Reply::Read(AdvertRead {
        record: draft,
        to_check,
        findings: findings.iter().map(|f| f.report()).collect(),
        vacancies,
    })
}
