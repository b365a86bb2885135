//! Starting the whole app in a host's element, and the marks every page
//! carries on the app's root element, whoever drew it.
//!
//! A part a person operates on a page built in advance (an island,
//! `web::islands`) is taken over by `occ-start.js`, which swaps in its
//! program's render once complete and sets the same marks by the same rules
//! ([`complete`]: the end-to-end tests wait on them for both).

use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit};

// `attr::COMPLETE` is set on the mount element while the page shown is
// complete (see [`complete`]), and removed while it is not: the one definition
// the build's prerender, the benchmarks and the tests wait on.
pub use crate::domain::contract::attr::{COMPLETE, PRERENDERED, STARTED};

/// The app's page is complete: it has its heading and nothing is still loading.
pub fn complete(app: &Element) -> bool {
    let has = |selector: &str| app.query_selector(selector).ok().flatten().is_some();
    has("h1") && !has(&format!(".{}", crate::domain::contract::class::LOADING))
}

/// Keeps [`COMPLETE`] on `root` true to whether the app's page in it is
/// complete, for every page the person opens. While a built page shows (the
/// whole app's page drawn in its place is not in yet), it is not the app's.
fn keep_marked(root: &HtmlElement) {
    let mark = {
        let root = root.clone();
        move || {
            let shown = !root.has_attribute(PRERENDERED);
            let now = shown && complete(&root);
            if now != root.has_attribute(COMPLETE) {
                let _ = match now {
                    true => root.set_attribute(COMPLETE, ""),
                    false => root.remove_attribute(COMPLETE),
                };
            }
        }
    };
    mark();
    let on_change = Closure::<dyn Fn()>::new(mark);
    if let Ok(watch) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        options.set_attributes(true);
        options.set_attribute_filter(&js_sys::Array::of1(&PRERENDERED.into()));
        let _ = watch.observe_with_options(root, &options);
    }
    // Lives as long as the page: the app is never unmounted.
    on_change.forget();
}

/// Mounts the whole app into `root` with `mount`, replacing the static
/// message for when it cannot start.
pub fn start_in(root: HtmlElement, mount: impl FnOnce(HtmlElement)) {
    root.set_text_content(None);
    mount(root.clone());
    let _ = root.set_attribute(STARTED, "");
    keep_marked(&root);
}
