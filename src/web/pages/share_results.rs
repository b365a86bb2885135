//! Sharing the quiz's results link: the device's own share sheet, or a copy.

use super::quiz::into_view;
use crate::domain::quiz::results_route;
use crate::web::components::clipboard::{call, copy_text};
use leptos::prelude::*;

/// Shares the results link with the device's own share sheet where the
/// browser has one (the Web Share API), else copies it. The link carries the
/// answers, so the hint says so before anyone presses. It is built from the
/// site's origin, the base path and the results route with the answers'
/// `code` alone: inside a host's page the address can hold the host's own
/// query (campaign tags, click ids), which is not the person's to pass on.
#[component]
pub(super) fn ShareResults(code: String) -> impl IntoView {
    let config = expect_context::<crate::web::config::Config>();
    let route = config.href(&results_route(&code));
    let status = RwSignal::new(None::<&'static str>);
    let navigator = web_sys::window().map(|w| w.navigator());
    let can_share = navigator
        .as_ref()
        .is_some_and(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
    let press = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(origin) = window.location().origin() else {
            return;
        };
        let url = format!("{origin}{route}");
        status.set(None);
        leptos::task::spawn_local(async move {
            let outcome = if can_share {
                share(&window.navigator(), &url).await.map(|()| None)
            } else {
                copy_text(&window.navigator(), &url)
                    .await
                    .map(|()| Some("Link copied. Anyone who opens it sees these results."))
            };
            status.set(match outcome {
                Ok(message) => message,
                // Closing the share sheet is not a failure.
                Err(cancelled) if cancelled => None,
                Err(_) => Some("Your browser did not let us copy the link. You can copy it from the address bar."),
            });
            // The message is under the button; on a phone it can be below the screen.
            request_animation_frame(|| into_view("occ-share-status"));
        });
    };
    view! {
        <div class="occ-share">
            <button type="button" class="occ-button occ-button--secondary" aria-describedby="occ-share-hint" on:click=press>
                {if can_share { "Share these results" } else { "Copy the link to these results" }}
            </button>
            <p class="occ-hint" id="occ-share-hint">"The link carries the answers: anyone you send it to sees them and these results."</p>
            <p class="occ-share__status" id="occ-share-status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// Calls `navigator.share({ url })`. `Err(true)` when the person closed the sheet.
async fn share(navigator: &web_sys::Navigator, url: &str) -> Result<(), bool> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"url".into(), &url.into()).map_err(|_| false)?;
    let promise = call(navigator, "share", &data).ok_or(false)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| {
            js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError")
        })
}
