use crate::web::loader::{downcast, AnyContent, LoadError};
use leptos::either::Either;
use leptos::prelude::*;
use std::marker::PhantomData;
use std::sync::Arc;

/// A content file as a resource of the page: its type known here, held as
/// [`AnyContent`] underneath so the reactive code is compiled once for all
/// files (see `loader::AnyContent`).
pub struct Content<T> {
    resource: LocalResource<Result<AnyContent, LoadError>>,
    what: &'static str,
    _type: PhantomData<fn() -> T>,
}

/// A file's resource before its type is named (see `use_content`).
pub struct AnyFile(pub LocalResource<Result<AnyContent, LoadError>>, pub &'static str);

impl AnyFile {
    pub fn typed<T: Send + Sync + 'static>(self) -> Content<T> {
        Content::new(self.0, self.1)
    }
}

impl<T> Clone for Content<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Content<T> {}

impl<T: Send + Sync + 'static> Content<T> {
    pub(crate) fn new(resource: LocalResource<Result<AnyContent, LoadError>>, what: &'static str) -> Self {
        Content {
            resource,
            what,
            _type: PhantomData,
        }
    }

    /// A file already in hand, as a resource (for tests that must not fetch it).
    pub fn given(value: Arc<T>, what: &'static str) -> Self {
        let resource = LocalResource::new(move || {
            let value: AnyContent = value.clone();
            async move { Ok(value) }
        });
        Content::new(resource, what)
    }

    /// The file once it has arrived (tracked, like a resource's `get`).
    pub fn get(&self) -> Option<Result<Arc<T>, LoadError>> {
        let what = self.what;
        self.resource.get().map(|r| r.and_then(|value| downcast(value, what)))
    }

    /// Whether loading it failed, without tracking.
    pub fn failed_untracked(&self) -> bool {
        self.resource.with_untracked(|r| matches!(r, Some(Err(_))))
    }

    pub fn refetch(&self) {
        self.resource.refetch()
    }
}

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
pub fn retry_on_try_again(resource: LocalResource<Result<AnyContent, LoadError>>) {
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
    resource: Content<T>,
    content: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    let what = resource.what;
    // Generic only in this thin wrapper: the waiting and the error panel below
    // are compiled once for every file and page.
    loaded_any(
        resource.resource,
        Arc::new(move |value| downcast::<T>(value, what).map(|v| content(v).into_view().into_any())),
    )
}

type Render = Arc<dyn Fn(AnyContent) -> Result<AnyView, LoadError> + Send + Sync>;

fn loaded_any(resource: LocalResource<Result<AnyContent, LoadError>>, render: Render) -> AnyView {
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
                    .map(|result| match result.and_then(|value| render(value)) {
                        Ok(view) => Either::Left(view),
                        Err(error) => Either::Right(view! { <LoadErrorPanel error retry /> }),
                    })
            }}
        </Suspense>
    }
    .into_any()
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
