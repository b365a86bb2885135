//! What the host page tells the app, read once at start-up from its mount element.

use crate::paths::{content_base, BasePath};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The id of the element a host page provides for the app.
pub const ROOT_ID: &str = "offender-care-careers";

/// Settings for one mounted app. Leaked once per mount so the struct is `Copy`
/// and cheap to pass through context.
#[derive(Clone, Copy, Debug)]
pub struct Config {
    pub base: &'static BasePath,
    /// Where content files are, ending in `/`.
    pub content_base: &'static str,
}

impl Config {
    pub fn new(base: BasePath, content: Option<&str>) -> Config {
        let content_base = content_base(&base, content);
        Config {
            base: Box::leak(Box::new(base)),
            content_base: Box::leak(content_base.into_boxed_str()),
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
    let base = BasePath::parse(&root.get_attribute("data-base-path").unwrap_or_default());
    let content = root.get_attribute("data-content-path");
    (root, Config::new(base, content.as_deref()))
}

/// With `panic = "abort"` a panic ends the app; say so instead of leaving a frozen page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(root) = document
            .get_element_by_id(ROOT_ID)
            .or_else(|| document.body().map(Into::into))
        else {
            return;
        };
        // Built from text nodes, never HTML, and styled by the same scoped sheet.
        root.set_inner_html("");
        let make = |tag: &str, text: &str| {
            let el = document.create_element(tag).expect("element");
            el.set_text_content(Some(text));
            el
        };
        let Ok(wrapper) = document.create_element("div") else {
            return;
        };
        wrapper.set_class_name("occ-app occ-fatal");
        let _ = wrapper.set_attribute("role", "alert");
        let _ = wrapper.append_child(&make("h1", "Sorry, something went wrong"));
        let _ = wrapper.append_child(&make("p", "Reload the page to try again."));
        let _ = root.append_child(&wrapper);
    }));
}
