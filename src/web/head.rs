//! Writes what a page says about itself (`domain::head`) into the document's
//! head: one element per tag, updated in place, removed when a page has none.

use crate::domain::head::HeadTag;
use wasm_bindgen::JsCast;

/// The public address of a page of the app, without query or fragment: its
/// canonical URL. `path` is the router's path (with the base path, as the
/// browser shows it) or an app route; the origin is the site's public one when
/// the build gave it (`data-site-origin`), else this page's.
pub fn url_of(path: &str) -> String {
    let config = leptos::prelude::use_context::<crate::web::config::Config>().unwrap_or_default();
    let origin = config.site_origin.map(str::to_owned).unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    });
    let path = match config.base.route_of(path) {
        Some(_) => path.to_owned(),
        None => config.base.href(path),
    };
    format!("{origin}{path}")
}

pub fn write(tags: &[HeadTag]) {
    let Some(head) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.head())
    else {
        return;
    };
    let document = head.owner_document().expect("a document");
    for tag in tags {
        // Keys are our own constants, never content: safe in a selector.
        let selector = format!("{}[{}=\"{}\"]", tag.element, tag.key_attr, tag.key);
        let found = head.query_selector(&selector).ok().flatten();
        match (&tag.value, found) {
            (None, Some(element)) => element.remove(),
            (None, None) => {}
            (Some(value), found) => {
                let element = match found {
                    Some(element) => element,
                    None => {
                        let Ok(element) = document.create_element(tag.element) else {
                            continue;
                        };
                        let _ = element.set_attribute(tag.key_attr, tag.key);
                        let _ = head.append_child(&element);
                        element
                    }
                };
                match tag.value_attr {
                    Some(attr) => {
                        if element.get_attribute(attr).as_deref() != Some(value) {
                            let _ = element.set_attribute(attr, value);
                        }
                    }
                    // Text, never HTML: a script's data block is set as text.
                    None => {
                        if let Ok(node) = element.dyn_into::<web_sys::Node>() {
                            if node.text_content().as_deref() != Some(value) {
                                node.set_text_content(Some(value));
                            }
                        }
                    }
                }
            }
        }
    }
}
