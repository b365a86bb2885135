//! The editors' check (`/check`): every content file through the site's own
//! checks (`content::check`), for a trust's editors who have no Rust. Linked
//! from no page, built in advance by no one, and kept out of search engines.

use crate::content::{Report, FILES};
use crate::domain::head::About;
use crate::domain::routes::CHECK;
use crate::web::components::loaded::LoadErrorPanel;
use crate::web::components::page::Page;
use crate::web::config::Config;
use crate::web::editors::client::{ask, published};
use crate::web::editors::findings::FindingList;
use crate::web::editors::protocol::{Reply, Request};
use crate::web::loader::LoadError;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Files the editor chose or dropped, read on this device; one too large
/// to be content is not read, and is a finding instead.
async fn read_files(files: web_sys::FileList) -> (Vec<(String, String)>, Vec<Report>) {
    let mut out = Vec::new();
    let mut refused = Vec::new();
    for i in 0..files.length() {
        let Some(file) = files.get(i) else { continue };
        if let Some(report) = crate::content::check::too_large(&file.name(), file.size() as u64) {
            refused.push(report);
            continue;
        }
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        out.push((file.name(), text));
    }
    (out, refused)
}

#[component]
pub fn ContentCheck() -> impl IntoView {
    view! {
        <Page title=CHECK.title about=About::unlisted(CHECK.summary) island=crate::domain::islands::Island::Check>
            <ContentCheckPart />
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn ContentCheckPart() -> impl IntoView {
    let config = expect_context::<Config>();
    let server = LocalResource::new(move || published(config));
    let chosen = RwSignal::new(Vec::<(String, String)>::new());
    let refused = RwSignal::new(Vec::<Report>::new());

    let on_change = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            leptos::task::spawn_local(async move {
                let (read, too_large) = read_files(files).await;
                refused.set(too_large);
                chosen.set(read);
            });
        }
    };
    let clear = move |_| {
        refused.set(Vec::new());
        chosen.set(Vec::new());
        if let Some(input) = document()
            .get_element_by_id("occ-check-files")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_value("");
        }
    };

    // Checked again whenever the published files or the chosen ones change.
    let checked = LocalResource::new(move || {
        let chosen = chosen.get();
        let refused = refused.get();
        async move {
            let files = server.await?;
            let text = |name: &str| {
                chosen
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, t)| t.clone())
                    .or_else(|| {
                        files
                            .iter()
                            .find(|(n, _)| *n == name)
                            .and_then(|(_, t)| t.clone())
                    })
            };
            // Every content file, and any other file chosen: the check names those.
            let mut texts: Vec<(String, Option<String>)> = FILES
                .iter()
                .map(|f| (f.name.to_owned(), text(f.name)))
                .collect();
            for (name, text) in &chosen {
                if !FILES.iter().any(|f| f.name == name) {
                    texts.push((name.clone(), Some(text.clone())));
                }
            }
            let mut findings = refused;
            match ask(Request::Check(texts)).await? {
                Reply::Findings(found) => findings.extend(found),
                // The worker answers a check with findings alone.
                _ => {
                    return Err(LoadError::Network {
                        what: "content check",
                    })
                }
            }
            Ok::<_, LoadError>((
                findings,
                chosen.into_iter().map(|(n, _)| n).collect::<Vec<_>>(),
            ))
        }
    });
    let results = move || {
        Some(match checked.get()? {
            Err(error) => {
                Either::Left(view! { <LoadErrorPanel error retry=move || server.refetch() /> })
            }
            Ok((findings, chosen)) => Either::Right(view! { <Findings findings chosen /> }),
        })
    };

    view! {
            <p class="occ-lede">
                "This page checks the site's content files with the same checks the site uses. It is for the people who edit the content: no page links to it."
            </p>
            <p>
                "It checks the files this site publishes now. To check files you have edited before you publish them, choose them below: they are read on this device and are not sent anywhere."
            </p>
            <div class="occ-form-group">
                <label class="occ-label" for="occ-check-files">"Files you have edited"</label>
                <div class="occ-hint" id="occ-check-files-hint">
                    {format!(
                        "Choose or drop one or more of: {}. Files you do not choose are taken from the site.",
                        FILES.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
                    )}
                </div>
                <input
                    class="occ-file-upload"
                    type="file"
                    id="occ-check-files"
                    multiple
                    accept=".json,application/json"
                    aria-describedby="occ-check-files-hint"
                    on:change=on_change
                />
            </div>
            <Show when=move || !chosen.get().is_empty() || !refused.get().is_empty()>
                <button type="button" class="occ-button occ-button--secondary" on:click=clear>
                    "Check only the published files"
                </button>
            </Show>
            <Suspense fallback=|| view! { <p class="occ-loading" role="status">"Checking…"</p> }>
                {results}
            </Suspense>
            <p>
                <button type="button" class="occ-button occ-button--secondary" on:click=move |_| server.refetch()>
                    "Check again"
                </button>
            </p>
            <super::check_advert::AddVacancy />
    }
}

/// The findings, file by file, each with its record, field and what to do.
#[component]
fn Findings(findings: Vec<Report>, chosen: Vec<String>) -> impl IntoView {
    let checked = if chosen.is_empty() {
        "the published files".to_owned()
    } else {
        format!("your {} in place of the published ones", chosen.join(", "))
    };
    if findings.is_empty() {
        return Either::Left(view! {
            <div class="occ-panel occ-check-result" role="status">
                <h2 class="occ-panel__title">"No problems found"</h2>
                <p>{format!("Checked {checked}. Every file passes every check the site makes.")}</p>
                <p>"Publish them by copying them over the files in the site's content folder: every page shows them on its next load."</p>
            </div>
        });
    }
    let mut files: Vec<String> = Vec::new();
    for f in &findings {
        if !files.contains(&f.file) {
            files.push(f.file.clone());
        }
    }
    let count = findings.len();
    Either::Right(view! {
        <div class="occ-check-result" role="status">
            <h2 class="occ-heading-l">
                {if count == 1 { "1 problem".to_owned() } else { format!("{count} problems") }}
            </h2>
            <p>{format!("Checked {checked}. The site will not show a file with a problem: fix each one, then check again.")}</p>
        </div>
        {files
            .into_iter()
            .map(|file| {
                let mine: Vec<Report> = findings.iter().filter(|f| f.file == file).cloned().collect();
                view! {
                    <h3 class="occ-heading-m">{if file.is_empty() { "Other".to_owned() } else { file.clone() }}</h3>
                    <FindingList findings=mine />
                }
            })
            .collect_view()}
    })
}
