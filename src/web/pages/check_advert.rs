//! The editors' check's "Add a vacancy from its advert": an editor pastes the
//! text of an advert on NHS Jobs; the check's worker reads it into a vacancy
//! record (`domain::advert`), checks it with every check the content has,
//! and makes `vacancies.json` with it to download. Nothing leaves the browser.

use crate::content::Report;
use crate::domain::advert::{self, NotAnAdvert};
use crate::web::components::loaded::LoadErrorPanel;
use crate::web::config::Config;
use crate::web::editors::client::{ask, published};
use crate::web::editors::findings::FindingList;
use crate::web::editors::protocol::{AdvertRead, Reply, Request};
use crate::web::loader::LoadError;
use js_sys::Array;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

async fn read_in_worker(
    config: Config,
    text: String,
    address: Option<String>,
) -> Result<Reply, LoadError> {
    let files = published(config)
        .await?
        .into_iter()
        .map(|(name, text)| (name.to_owned(), text))
        .collect();
    ask(Request::ReadAdvert {
        text,
        address,
        files,
    })
    .await
}

/// A download of `text` as `vacancies.json`: a link to it in this page's memory.
fn download_url(text: &str) -> Option<String> {
    let parts: Array = [JsValue::from_str(text)].into_iter().collect();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

#[component]
pub(super) fn AddVacancy() -> impl IntoView {
    let config = expect_context::<Config>();
    let text = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let outcome = RwSignal::new(None::<Result<Reply, LoadError>>);
    let reading = RwSignal::new(false);
    // Text that is not an advert is an error on its field, in the NHS
    // pattern; the field takes focus so a screen reader reads why.
    let not_advert = move || match outcome.get() {
        Some(Ok(Reply::NotAnAdvert(why))) => Some(why),
        _ => None,
    };
    // The address is required (every record carries a source a reader can
    // check): asked for here, before the text is read.
    let address_error = RwSignal::new(None::<&'static str>);
    let address_ref = NodeRef::<leptos::html::Input>::new();
    let text_ref = NodeRef::<leptos::html::Textarea>::new();
    let result_ref = NodeRef::<leptos::html::H3>::new();
    // Each press reads the text as it is then; only the latest press's
    // answer is shown, whichever reading finishes last.
    let presses = StoredValue::new(0u32);
    let read = move || {
        presses.update_value(|n| *n += 1);
        let press = presses.get_value();
        let (t, a) = (text.get_untracked(), address.get_untracked());
        let a = match advert::address(&a) {
            Ok(a) => {
                address_error.set(None);
                a
            }
            Err(why) => {
                address_error.set(Some(why.message()));
                // An empty text is said at the same time, so both are fixed at once.
                let empty = t.trim().is_empty();
                outcome.set(
                    empty.then(|| Ok(Reply::NotAnAdvert(NotAnAdvert::Empty.message().to_owned()))),
                );
                reading.set(false);
                request_animation_frame(move || {
                    let first = if empty {
                        text_ref.get_untracked().map(|t| t.focus())
                    } else {
                        None
                    };
                    if first.is_none() {
                        if let Some(input) = address_ref.get_untracked() {
                            let _ = input.focus();
                        }
                    }
                });
                return;
            }
        };
        reading.set(true);
        leptos::task::spawn_local(async move {
            let answer = read_in_worker(config, t, Some(a)).await;
            if presses.get_value() != press {
                return;
            }
            // What was read takes focus, so it is in view and read out: the
            // record's heading, or the text box in error. A failure to run
            // the reading is an alert, and focus stays on the button.
            let (is_record, is_not_advert) = match &answer {
                Ok(Reply::Read(_)) => (true, false),
                Ok(Reply::NotAnAdvert(_)) => (false, true),
                // The worker answers an advert with a record or a reason.
                Ok(Reply::Findings(_)) | Err(_) => (false, false),
            };
            outcome.set(Some(answer));
            reading.set(false);
            request_animation_frame(move || {
                if is_record {
                    if let Some(h) = result_ref.get_untracked() {
                        let _ = h.focus();
                    }
                } else if is_not_advert {
                    if let Some(t) = text_ref.get_untracked() {
                        let _ = t.focus();
                    }
                }
            });
        });
    };
    let shown = move || {
        outcome.get().and_then(|o| match o {
            Err(error) => Some(Either::Left(view! { <LoadErrorPanel error retry=read /> })),
            Ok(Reply::NotAnAdvert(_) | Reply::Findings(_)) => None,
            Ok(Reply::Read(AdvertRead {
                record,
                to_check,
                findings,
                vacancies,
            })) => Some(Either::Right(view! {
                <Record record to_check findings vacancies heading=result_ref />
            })),
        })
    };
    view! {
        <h2 class="occ-heading-l" id="occ-add-vacancy">"Add a vacancy from its advert"</h2>
        <p>
            "Paste the text of a job advert on NHS Jobs: on the advert's page, select all its text and copy it. This page reads it into a vacancy record, checks the record with the same checks, and gives you vacancies.json with it added, to publish. The text stays on this device."
        </p>
        <div class="occ-form-group" class:occ-form-group--error=move || not_advert().is_some()>
            <label class="occ-label" for="occ-advert-text">"Advert text"</label>
            <div class="occ-hint" id="occ-advert-text-hint">"Everything from its job summary to its contact details."</div>
            {move || not_advert().map(|why| view! {
                <span class="occ-error-message" id="occ-advert-text-error">
                    <span class="occ-u-visually-hidden">"Error: "</span>
                    {why}
                </span>
            })}
            <textarea
                class="occ-input occ-textarea"
                id="occ-advert-text"
                rows="8"
                spellcheck="false"
                node_ref=text_ref
                aria-describedby=move || {
                    if not_advert().is_some() {
                        "occ-advert-text-hint occ-advert-text-error"
                    } else {
                        "occ-advert-text-hint"
                    }
                }
                aria-invalid=move || not_advert().is_some().then_some("true")
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
        </div>
        <div class="occ-form-group" class:occ-form-group--error=move || address_error.get().is_some()>
            <label class="occ-label" for="occ-advert-address">"The advert's web address"</label>
            <div class="occ-hint" id="occ-advert-address-hint">
                "Starting https://, as in your browser's address bar on the advert's page. It becomes the record's source, so a reader can check it."
            </div>
            {move || address_error.get().map(|why| view! {
                <span class="occ-error-message" id="occ-advert-address-error">
                    <span class="occ-u-visually-hidden">"Error: "</span>
                    {why}
                </span>
            })}
            <input
                class="occ-input"
                type="url"
                id="occ-advert-address"
                autocomplete="off"
                spellcheck="false"
                node_ref=address_ref
                aria-describedby=move || {
                    if address_error.get().is_some() {
                        "occ-advert-address-hint occ-advert-address-error"
                    } else {
                        "occ-advert-address-hint"
                    }
                }
                aria-invalid=move || address_error.get().is_some().then_some("true")
                prop:value=move || address.get()
                on:input=move |ev| address.set(event_target_value(&ev))
            />
        </div>
        <p>
            <button type="button" class="occ-button" on:click=move |_| read()>"Read the advert"</button>
        </p>
        {move || reading.get().then(|| view! { <p class="occ-loading" role="status">"Reading the advert…"</p> })}
        {move || (!reading.get()).then(shown)}
    }
}

/// The record read from an advert: to copy, what to check by hand, what the
/// checks found, and the file to download.
#[component]
fn Record(
    record: String,
    to_check: Vec<String>,
    findings: Vec<Report>,
    vacancies: Option<String>,
    heading: NodeRef<leptos::html::H3>,
) -> impl IntoView {
    let copied = RwSignal::new(None::<&'static str>);
    let to_copy = record.clone();
    let copy = move |_| {
        let text = to_copy.clone();
        leptos::task::spawn_local(async move {
            let navigator = web_sys::window().map(|w| w.navigator());
            let done = match navigator {
                Some(n) => crate::web::components::clipboard::copy_text(&n, &text)
                    .await
                    .is_ok(),
                None => false,
            };
            copied.set(Some(if done {
                "The record is copied."
            } else {
                "This browser could not copy it: select the record's text and copy it."
            }));
        });
    };
    let count = findings.len();
    let download = vacancies.as_deref().and_then(download_url);
    // The file is held in the page's memory while its link is shown.
    if let Some(url) = download.clone() {
        on_cleanup(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
    }
    view! {
        <div class="occ-check-result">
            <h3 class="occ-heading-m" tabindex="-1" node_ref=heading>"What the advert gives"</h3>
            <div class="occ-form-group">
                <label class="occ-label" for="occ-vacancy-record">"Vacancy record"</label>
                <div class="occ-hint" id="occ-vacancy-record-hint">
                    "In the shape vacancies.json holds. Fields the advert does not give are left out: they are listed below."
                </div>
                <textarea
                    class="occ-input occ-textarea occ-textarea--code"
                    id="occ-vacancy-record"
                    rows="16"
                    readonly
                    spellcheck="false"
                    aria-describedby="occ-vacancy-record-hint"
                    prop:value=record
                ></textarea>
            </div>
            <p>
                <button type="button" class="occ-button occ-button--secondary" on:click=copy>"Copy the record"</button>
            </p>
            <p role="status">{move || copied.get()}</p>
            <h3 class="occ-heading-m">"Check or fill in by hand"</h3>
            <ul class="occ-list">
                {to_check.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}
            </ul>
            <h3 class="occ-heading-m">
                {match count {
                    0 => "No problems found".to_owned(),
                    1 => "1 problem".to_owned(),
                    n => format!("{n} problems"),
                }}
            </h3>
            {(count > 0).then(|| view! { <FindingList findings /> })}
            {match download {
                Some(url) => Either::Left(view! {
                    <p>
                        <a class="occ-button" href=url download="vacancies.json">"Download vacancies.json with this record"</a>
                    </p>
                    <p>"It holds the published vacancies with this one added, or in place of the one with the same job reference. Publish it by copying it over vacancies.json in the site's content folder: every page shows it on its next load."</p>
                }),
                None => Either::Right(view! {
                    <p>"To download vacancies.json with this record, first fill in what the list above names: copy the record, complete it, and add it to vacancies.json by hand."</p>
                }),
            }}
        </div>
    }
}
