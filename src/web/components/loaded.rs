use crate::web::config::Config;
use crate::web::loader::{downcast, load_kind, AnyContent, FileKind, LoadError};
use leptos::either::EitherOf3;
use leptos::prelude::*;
use std::marker::PhantomData;
use std::sync::Arc;

/// What a file's load has come to: nothing yet, the file, or what went wrong.
type State = Option<Result<AnyContent, LoadError>>;

/// A content file as the page holds it: a signal that is empty while the file
/// loads, then holds it or what went wrong, and a way to load it again. The
/// type is known here and erased underneath ([`AnyContent`]), so the reactive
/// code is compiled once for every file.
///
/// A signal filled by a spawned task, not a Leptos resource under
/// `<Suspense>`: every view of a file says itself where it is still loading
/// ([`loaded`], `occ-loading`), and the resource machinery was a large share
/// of each part's program for nothing the site used (docs/measurements.md).
pub struct Content<T> {
    state: RwSignal<State>,
    /// Where the file comes from, to load it again; none for a file given whole.
    from: Option<(Config, FileKind)>,
    what: &'static str,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for Content<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Content<T> {}

impl<T> Content<T> {
    /// The same file under another type: the one it is read as (`use_content`),
    /// or none (for code compiled once for all files).
    pub(crate) fn retyped<U>(self) -> Content<U> {
        Content {
            state: self.state,
            from: self.from,
            what: self.what,
            _type: PhantomData,
        }
    }
}

impl<T: Send + Sync + 'static> Content<T> {
    /// Starts loading the file of `kind`.
    pub(crate) fn load(config: Config, kind: FileKind) -> Self {
        let content = Content {
            state: RwSignal::new(None),
            from: Some((config, kind)),
            what: kind.what,
            _type: PhantomData,
        };
        content.refetch();
        content
    }

    /// A file already in hand (for tests that must not fetch it).
    pub fn given(value: Arc<T>, what: &'static str) -> Self {
        let value: AnyContent = value;
        Content {
            state: RwSignal::new(Some(Ok(value))),
            from: None,
            what,
            _type: PhantomData,
        }
    }

    /// The file once it has arrived (tracked).
    pub fn get(&self) -> Option<Result<Arc<T>, LoadError>> {
        let what = self.what;
        self.state
            .get()
            .map(|r| r.and_then(|value| downcast(value, what)))
    }

    /// Whether loading it failed, without tracking.
    pub fn failed_untracked(&self) -> bool {
        self.state.with_untracked(|r| matches!(r, Some(Err(_))))
    }

    /// Loads the file again (after a failure: the loader forgets failed
    /// requests), showing it as loading meanwhile.
    pub fn refetch(&self) {
        let Some((config, kind)) = self.from else {
            return;
        };
        let state = self.state;
        state.set(None);
        let on_their_way = ON_THEIR_WAY.with(Clone::clone);
        on_their_way.update(|n| *n += 1);
        wasm_bindgen_futures::spawn_local(async move {
            let result = load_kind(config, kind).await;
            // The page may have gone meanwhile, and its signal with it.
            let _ = state.try_set(Some(result));
            on_their_way.update(|n| *n -= 1);
        });
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

/// Loads `content` again whenever "Try again" is pressed anywhere on the page
/// while it has failed, shown or not (the map waits inside the list of sites).
pub fn retry_on_try_again<T: Send + Sync + 'static>(content: Content<T>) {
    if let Some(TryAgain(presses)) = use_context::<TryAgain>() {
        Effect::new(move |seen: Option<u32>| {
            let now = presses.get();
            if seen.is_some_and(|s| s != now) && content.failed_untracked() {
                content.refetch();
            }
            now
        });
    }
}

/// Shows loading, then the content, or what went wrong with a Try again that
/// refetches every part of the page that failed (see [`TryAgain`]).
pub fn loaded<T, V>(
    content_file: Content<T>,
    content: impl Fn(Arc<T>) -> V + Send + Sync + 'static,
) -> AnyView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    let what = content_file.what;
    // Generic only in this thin wrapper: the waiting and the error panel below
    // are compiled once for every file and page.
    loaded_any(
        content_file.retyped(),
        Arc::new(move |value| {
            downcast::<T>(value, what).map(|v| content(v).into_view().into_any())
        }),
    )
}

type Render = Arc<dyn Fn(AnyContent) -> Result<AnyView, LoadError> + Send + Sync>;

fn loaded_any(file: Content<AnyContent>, render: Render) -> AnyView {
    let try_again = use_context::<TryAgain>();
    let retry = move || match try_again {
        Some(TryAgain(presses)) => presses.update(|n| *n += 1),
        None => file.refetch(),
    };
    let state = file.state;
    (move || match state.get() {
        None => EitherOf3::A(view! { <p class="occ-loading" role="status">"Loading…"</p> }),
        Some(result) => match result.and_then(|value| render(value)) {
            Ok(view) => EitherOf3::B(view),
            Err(error) => EitherOf3::C(view! { <LoadErrorPanel error retry /> }),
        },
    })
    .into_any()
}

thread_local! {
    /// How many content files are on their way, for [`Incomplete`].
    static ON_THEIR_WAY: ArcRwSignal<u32> = ArcRwSignal::new(0);
}

/// A hidden "still loading" mark while any content file is on its way. The
/// app's page and each part carry one, so neither the build nor a part taking
/// over a built page (`occ-start.js`) counts a page as complete while a view in
/// it still waits for a file it reads directly (the trust's name, the
/// glossary, whether a job is open).
#[component]
pub fn Incomplete() -> impl IntoView {
    let on_their_way = ON_THEIR_WAY.with(Clone::clone);
    move || (on_their_way.get() > 0).then(|| view! { <span class="occ-loading" hidden></span> })
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
