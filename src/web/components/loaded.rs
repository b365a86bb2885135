use crate::web::loader::LoadError;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// A press of any "Try again" on the page, counted. Every part of the page
/// that failed to load retries on it, so a page whose parts load separately
/// (the list of sites and the map) needs one press, not one for each.
#[derive(Clone, Copy)]
pub struct TryAgain(pub RwSignal<u32>);

impl Default for TryAgain {
    fn default() -> Self {
        TryAgain(RwSignal::new(0))
    }
}

/// Refetches `resource` whenever "Try again" is pressed anywhere on the page
/// while it has failed, shown or not (the map waits inside the list of sites).
pub fn retry_on_try_again<T: 'static>(
    resource: LocalResource<Result<T, crate::web::loader::LoadError>>,
) {
    if let Some(TryAgain(presses)) = use_context::<TryAgain>() {
        Effect::new(move |seen: Option<u32>| {
            let now = presses.get();
            if seen.is_some_and(|s| s != now)
                && resource.with_untracked(|r| matches!(r, Some(Err(_))))
            {
                resource.refetch();
            }
            now
        });
    }
}

/// Shows loading, then the content, or what went wrong with a Try again that
/// refetches every part of the page that failed (see [`TryAgain`]).
pub fn loaded<T, V>(
    resource: LocalResource<Result<Arc<T>, LoadError>>,
    content: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: 'static,
    V: IntoView + 'static,
{
    let try_again = use_context::<TryAgain>();
    let retry = move || match try_again {
        Some(TryAgain(presses)) => presses.update(|n| *n += 1),
        None => resource.refetch(),
    };
    view! {
        <Suspense fallback=|| view! { <p class="occ-loading" role="status">"Loading…"</p> }>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(value) => Either::Left(content(value)),
                        Err(error) => Either::Right(view! { <LoadErrorPanel error retry /> }),
                    })
            }}
        </Suspense>
    }
}

/// The NHS.UK error summary pattern, naming what could not be loaded.
#[component]
pub fn LoadErrorPanel(error: LoadError, retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    // Logged for whoever looks after the site; the person sees plain words.
    leptos::logging::warn!("{error}");
    // One id a panel: a page can show more than one.
    let title_id: String = format!("occ-load-error-{}", error.what())
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let labelled_by = title_id.clone();
    view! {
        <div class="occ-error-summary" role="alert" aria-labelledby=labelled_by>
            <h2 class="occ-error-summary__title" id=title_id>
                "Sorry, there is a problem"
            </h2>
            <p>{format!("We could not load the {}.", error.what())}</p>
            <p>{error.advice()}</p>
            <button type="button" class="occ-button occ-button--secondary" on:click=move |_| retry()>
                "Try again"
            </button>
        </div>
    }
}
