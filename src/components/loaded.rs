use crate::loader::LoadError;
use leptos::either::Either;
use leptos::prelude::*;

/// Shows loading, then the content, or what went wrong with a Try again that refetches.
pub fn loaded<T, V>(
    resource: LocalResource<Result<T, LoadError>>,
    content: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=|| view! { <p class="occ-loading" role="status">"Loading…"</p> }>
            {move || {
                resource
                    .get()
                    .map(|result| match result {
                        Ok(value) => Either::Left(content(value)),
                        Err(error) => Either::Right(view! { <LoadErrorPanel error retry=move || resource.refetch() /> }),
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
    view! {
        <div class="occ-error-summary" role="alert" aria-labelledby="occ-load-error-title">
            <h2 class="occ-error-summary__title" id="occ-load-error-title">
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
