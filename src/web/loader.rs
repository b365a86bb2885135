//! Fetches the content files: typed, and at most once per visit.
//!
//! The app parses each file into its types and no more. The editors' checks
//! (`content::check`: empty texts, sources, references, dates...) run in the
//! native tests and on the `/check` page's worker, not here: a visitor's
//! download carries none of their code. The views stay safe without
//! them: every link from content goes through `content::safe_content_link` as
//! it is shown, text is shown as text, and the domain code takes nothing on trust.

use crate::content::Keyed;
use crate::content::Named;
use crate::web::config::Config;
use crate::web::js_json;
use futures::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::Request;
use serde::de::DeserializeOwned;
use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// Why a content file could not be used. Every failure is one of these, never a panic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// No answer: offline, or the connection failed.
    Network { what: &'static str },
    /// No complete answer within [`TIMEOUT_MS`].
    Timeout { what: &'static str },
    /// The server answered with an error status.
    Status { what: &'static str, status: u16 },
    /// The server answered with something that is not JSON, such as the app's
    /// own `index.html` from an SPA fallback.
    NotJson {
        what: &'static str,
        content_type: String,
    },
    /// JSON, but not in the shape the app expects.
    Invalid { what: &'static str, detail: String },
}

impl LoadError {
    /// What could not be loaded, as a person would say it.
    pub fn what(&self) -> &'static str {
        match self {
            LoadError::Network { what }
            | LoadError::Timeout { what }
            | LoadError::Status { what, .. }
            | LoadError::NotJson { what, .. }
            | LoadError::Invalid { what, .. } => what,
        }
    }

    /// What the person can do about it.
    pub fn advice(&self) -> &'static str {
        match self {
            LoadError::Network { .. } => "Check you are connected to the internet, then try again.",
            LoadError::Timeout { .. } => {
                "It took too long to arrive. Check you are connected to the internet, then try again."
            }
            LoadError::Status { status, .. } if *status >= 500 => {
                "The server had a problem. Try again in a few minutes."
            }
            _ => "Try again. If this keeps happening, the page may be being updated: come back later.",
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { what } => write!(f, "could not load the {what}: no connection"),
            LoadError::Timeout { what } => {
                write!(
                    f,
                    "could not load the {what}: no answer within {} seconds",
                    TIMEOUT_MS / 1000
                )
            }
            LoadError::Status { what, status } => {
                write!(f, "could not load the {what}: the server answered {status}")
            }
            LoadError::NotJson { what, content_type } => {
                write!(
                    f,
                    "could not load the {what}: expected JSON, got \"{content_type}\""
                )
            }
            LoadError::Invalid { what, detail } => write!(f, "could not read the {what}: {detail}"),
        }
    }
}

impl std::error::Error for LoadError {}

type TextFuture = Shared<LocalBoxFuture<'static, Result<Rc<str>, LoadError>>>;

thread_local! {
    // One request per URL per visit, shared by every page and component that asks.
    static CACHE: RefCell<Keyed<String, TextFuture>> = const { RefCell::new(Keyed::new()) };
    // Each file parsed once per visit: the text it came from, and the value
    // every later `load` of that text as the same type (the whole file's, or
    // an excerpt's) shares.
    static PARSED: RefCell<Keyed<String, (Rc<str>, AnyContent)>> =
        const { RefCell::new(Keyed::new()) };
    // The files the editors' check has read this visit (`current_text`).
    static CHECKED: RefCell<Keyed<String, ()>> = const { RefCell::new(Keyed::new()) };
}

/// How long a content file may take, headers and body together. The files are
/// small (tens of kilobytes compressed), so a slower answer means a
/// stalled connection: better to say so and offer Try again than to spin forever.
pub const TIMEOUT_MS: i32 = 10_000;

async fn fetch_text(url: String, what: &'static str) -> Result<Rc<str>, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    if let (Some(controller), Some(window)) = (controller, web_sys::window()) {
        let abort = Closure::once_into_js(move || controller.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            TIMEOUT_MS,
        );
    }
    // A failure after the timer fired is the timeout, whatever the browser calls it.
    let failed = |signal: &Option<web_sys::AbortSignal>| {
        if signal.as_ref().is_some_and(|s| s.aborted()) {
            LoadError::Timeout { what }
        } else {
            LoadError::Network { what }
        }
    };
    let response = Request::get(&url)
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|_| failed(&signal))?;
    if !response.ok() {
        return Err(LoadError::Status {
            what,
            status: response.status(),
        });
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if !is_json(&content_type) {
        return Err(LoadError::NotJson { what, content_type });
    }
    let text = response.text().await.map_err(|_| failed(&signal))?;
    Ok(Rc::from(text))
}

fn is_json(content_type: &str) -> bool {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}

/// The text of a file that `occ-start.js` fetched to check the built page
/// against (`window.occCheckedContent`, by address): the published file, with
/// a JSON content type, so the program need not download it again.
fn checked_text(url: &str) -> Option<Rc<str>> {
    let window = web_sys::window()?;
    let checked = js_sys::Reflect::get(
        &window,
        &crate::domain::contract::global::CHECKED_CONTENT.into(),
    )
    .ok()?;
    if !checked.is_object() {
        return None;
    }
    let href = web_sys::Url::new_with_base(url, &window.location().href().ok()?)
        .ok()?
        .href();
    let text = js_sys::Reflect::get(&checked, &href.into())
        .ok()?
        .as_string()?;
    Some(Rc::from(text))
}

/// The text of a file, from the one request made for it this visit. A failed
/// request is forgotten, so asking again (Try again) really asks the server again.
async fn load_text(url: String, what: &'static str) -> Result<Rc<str>, LoadError> {
    let shared = CACHE.with(|cache| {
        cache
            .borrow_mut()
            .get_or_insert_with(url.clone(), || match checked_text(&url) {
                Some(text) => futures::future::ready(Ok(text)).boxed_local().shared(),
                None => fetch_text(url.clone(), what).boxed_local().shared(),
            })
            .clone()
    });
    let result = shared.clone().await;
    if result.is_err() {
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if cache
                .get(&url)
                .is_some_and(|current| current.ptr_eq(&shared))
            {
                cache.remove(&url);
            }
        });
    }
    result
}

/// A parsed content file of any type. The app keeps files behind this one type
/// so the reactive code that holds, waits for and shows them is compiled once,
/// not once for every file type (that copy for each type was a large share
/// of the wasm).
pub type AnyContent = Arc<dyn Any + Send + Sync>;

/// What the loader needs to know of a content file, with no type parameter:
/// its name, its description, the type it is read as and how to parse it.
#[derive(Clone, Copy)]
pub struct FileKind {
    pub file: &'static str,
    pub what: &'static str,
    read_as: TypeId,
    parse: fn(&str) -> Result<AnyContent, String>,
}

impl FileKind {
    /// A content file read as its whole type (`content::ContentFile`) or as an
    /// excerpt of it (`content::excerpt`).
    pub fn of<T: Readable>() -> Self {
        FileKind {
            file: T::FILE,
            what: T::DESCRIPTION,
            read_as: TypeId::of::<T>(),
            parse: parse_as::<T>,
        }
    }
}

/// What a content file can be read as: its whole type, or an excerpt.
pub trait Readable: Named + DeserializeOwned + Send + Sync + 'static {}
impl<T: Named + DeserializeOwned + Send + Sync + 'static> Readable for T {}

/// Parses with the browser's JSON parser (`js_json`), not serde_json.
fn parse_as<T: Readable>(text: &str) -> Result<AnyContent, String> {
    Ok(Arc::new(read_json::<T>(text)?))
}

/// [`parse_as`] before type erasure, for the test that compares it with serde_json.
pub fn read_json<T: Named + DeserializeOwned>(text: &str) -> Result<T, String> {
    js_json::from_str(text).map_err(|e| format!("{}: {e} (the editors' check says where)", T::FILE))
}

/// A loaded file as the type it was loaded as. The kind fixes the type, so a
/// mismatch is a bug; it is reported as an unreadable file, never a panic.
pub fn downcast<T: Send + Sync + 'static>(
    value: AnyContent,
    what: &'static str,
) -> Result<Arc<T>, LoadError> {
    value.downcast::<T>().map_err(|_| LoadError::Invalid {
        what,
        detail: "read as the wrong type".to_owned(),
    })
}

/// Loads and parses one content file: parsed the first time its text arrives, then shared (an `Arc`, so views clone a pointer,
/// never the content).
pub async fn load_kind(config: Config, kind: FileKind) -> Result<AnyContent, LoadError> {
    let what = kind.what;
    let url = config.content_url(kind.file);
    let text = load_text(url.clone(), what).await?;
    let known = PARSED.with(|parsed| {
        let parsed = parsed.borrow();
        let (from, value) = parsed.get(&url)?;
        (Rc::ptr_eq(from, &text) && (**value).type_id() == kind.read_as).then(|| value.clone())
    });
    if let Some(value) = known {
        return Ok(value);
    }
    // Parsed in a task of its own, and shown in the next: a part taking over
    // its page does not hold the browser for the whole of its start.
    next_task().await;
    let value = (kind.parse)(&text).map_err(|detail| LoadError::Invalid { what, detail })?;
    PARSED.with(|parsed| parsed.borrow_mut().insert(url, (text, value.clone())));
    next_task().await;
    Ok(value)
}

/// Resolves in a later task of the browser's, so it can paint and handle a
/// press in between; at once in a worker, which has no page to paint.
async fn next_task() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        // Without a timer the promise would never settle: go straight on.
        if window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .is_err()
        {
            let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// [`load_kind`] for a file type named in code.
pub async fn load<T: Readable>(config: Config) -> Result<Arc<T>, LoadError> {
    downcast(
        load_kind(config, FileKind::of::<T>()).await?,
        T::DESCRIPTION,
    )
}

/// A content file's text as the server has it now, for the editors' check:
/// asked for afresh (an editor checks again after each edit), and `Ok(None)`
/// when there is no such file (a 404, or the app's page sent in its place).
/// The first check of a visit uses the text `occ-start.js` fetched moments
/// before, when it has it, rather than download every file twice.
pub async fn current_text(config: Config, file: &str) -> Result<Option<String>, LoadError> {
    let url = config.content_url(file);
    let first = CHECKED.with(|checked| checked.borrow_mut().insert(url.clone(), ()).is_none());
    if let Some(text) = first.then(|| checked_text(&url)).flatten() {
        return Ok(Some(text.to_string()));
    }
    match fetch_text(url, "content files").await {
        Ok(text) => Ok(Some(text.to_string())),
        Err(LoadError::Status { status: 404, .. } | LoadError::NotJson { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Forgets every file fetched so far (for tests that change what the server says).
pub fn clear_cache() {
    CACHE.with(|cache| cache.borrow_mut().clear());
    PARSED.with(|parsed| parsed.borrow_mut().clear());
    CHECKED.with(|checked| checked.borrow_mut().clear());
}
