//! What the host page tells the app, read once at start-up from its mount element.

use crate::domain::embed::{host_link, site_origin, trust_name, Chrome, HeadOwner, HostLink};
use crate::domain::paths::{content_base, BasePath};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{HtmlAnchorElement, HtmlElement, MouseEvent};

use crate::domain::contract::attr;
/// The id of the element a host page provides for the app.
pub use crate::domain::contract::ROOT_ID;

/// Settings for one mounted app. Leaked once per mount so the struct is `Copy`
/// and cheap to pass through context.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub base: &'static BasePath,
    /// Where content files are, ending in `/`.
    pub content_base: &'static str,
    /// The host's `data-trust-name`, shown until the content's name has loaded.
    pub trust_name: Option<&'static str>,
    /// Whose header and footer the page shows (`data-chrome`).
    pub chrome: Chrome,
    /// Whether the app writes the page's description and link-preview tags
    /// (`data-head`): only on its own site; a host's head is the host's.
    pub head: HeadOwner,
    /// The site's public address for canonical links (`data-site-origin`);
    /// the page's own origin when it is not set.
    pub site_origin: Option<&'static str>,
}

impl Config {
    pub fn new(base: BasePath, content: Option<&str>) -> Config {
        Config::embedded(base, content, None, Chrome::App)
    }

    pub fn embedded(
        base: BasePath,
        content: Option<&str>,
        trust: Option<&str>,
        chrome: Chrome,
    ) -> Config {
        let content_base = content_base(&base, content);
        Config {
            base: Box::leak(Box::new(base)),
            content_base: Box::leak(content_base.into_boxed_str()),
            trust_name: trust_name(trust).map(|t| &*Box::leak(t.into_boxed_str())),
            chrome,
            head: HeadOwner::Host,
            site_origin: None,
        }
    }

    /// The href of an app route, under the base path.
    pub fn href(&self, route: &str) -> String {
        self.base.href(route)
    }

    pub fn content_url(&self, file: &str) -> String {
        format!("{}{file}", self.content_base)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::new(BasePath::default(), None)
    }
}

/// The host's element (`#offender-care-careers`), or the body when the app is the whole page.
pub fn find_root() -> (HtmlElement, Config) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let root = document
        .get_element_by_id(ROOT_ID)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        .or_else(|| document.body())
        .expect("a body");
    let base = BasePath::parse(&root.get_attribute(attr::BASE_PATH).unwrap_or_default());
    let content = root.get_attribute(attr::CONTENT_PATH);
    let trust = root.get_attribute(attr::TRUST_NAME);
    let chrome = Chrome::parse(root.get_attribute(attr::CHROME).as_deref());
    let mut config = Config::embedded(base, content.as_deref(), trust.as_deref(), chrome);
    config.head = HeadOwner::parse(root.get_attribute(attr::HEAD).as_deref());
    config.site_origin = site_origin(root.get_attribute(attr::SITE_ORIGIN).as_deref())
        .map(|o| &*Box::leak(o.into_boxed_str()));
    // Content is fetched from this page's origin, whatever a host's <base>
    // element says (fetch would resolve a path against it); the path itself
    // is a plain one (`paths::content_base`).
    if let Some(origin) = web_sys::window().and_then(|w| w.location().origin().ok()) {
        config.content_base =
            Box::leak(format!("{origin}{}", config.content_base).into_boxed_str());
    }
    (root, config)
}

/// The router handles every same-origin link click in the document, the host's
/// included: a host's own page would open as the app's "not found" page, and a
/// host's skip link would lose its focus move. For links outside the app's root
/// that are not the app's pages, this marks the link `rel="external"` (which the
/// router leaves alone) while the click is handled, then puts the attribute back.
/// Runs in the capture phase, so before the router's listener.
pub fn leave_host_links_to_the_browser(root: HtmlElement, base: &'static BasePath) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener = Closure::<dyn Fn(MouseEvent)>::new(move |ev: MouseEvent| {
        let Some(link) = ev
            .composed_path()
            .iter()
            .find_map(|t| t.dyn_into::<HtmlAnchorElement>().ok())
        else {
            return;
        };
        if root.contains(Some(&link)) || link.href().is_empty() {
            return;
        }
        let Ok(url) = web_sys::Url::new(&link.href()) else {
            return;
        };
        let location = web_sys::window().map(|w| w.location());
        let origin = location
            .as_ref()
            .and_then(|l| l.origin().ok())
            .unwrap_or_default();
        let current = location
            .as_ref()
            .and_then(|l| l.pathname().ok())
            .unwrap_or_default();
        let same_origin = url.origin() == origin;
        if host_link(base, same_origin, &url.pathname(), &url.hash(), &current) == HostLink::App {
            return;
        }
        let before = link.get_attribute("rel");
        let marked = match &before {
            Some(rel) if rel.split_ascii_whitespace().any(|p| p == "external") => return,
            Some(rel) => format!("{rel} external"),
            None => "external".to_owned(),
        };
        let _ = link.set_attribute("rel", &marked);
        // After every listener for this click has run.
        let restore = Closure::once_into_js(move || match before {
            Some(rel) => {
                let _ = link.set_attribute("rel", &rel);
            }
            None => {
                let _ = link.remove_attribute("rel");
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(restore.unchecked_ref());
        }
    });
    let options = web_sys::AddEventListenerOptions::new();
    options.set_capture(true);
    let _ = window.add_event_listener_with_callback_and_add_event_listener_options(
        "click",
        listener.as_ref().unchecked_ref(),
        &options,
    );
    // Lives as long as the page.
    listener.forget();
}

/// A panic ends the program: the release build stops where it happens
/// (`immediate-abort`, tools/setup), other builds once this hook has run.
/// Either way the browser then has an uncaught `WebAssembly.RuntimeError`,
/// and `occ-start.js` puts a clear message in place of the page, so that
/// message is written once for every program and every build. A debug build
/// also says in the console where the panic was.
pub fn install_panic_hook() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(console_error_panic_hook::hook));
}
