//! Runs the parts of a page built in advance that a person operates (islands,
//! `domain::islands`), with none of the rest of the app: no router, no other
//! page. Each island program (`src/islands/<program>.rs`, one per kind of
//! page) names the parts it runs; it mounts the app's own component for each
//! marked place on the page, so there is one view of every part.

use crate::domain::islands::{Island, ATTR};
use crate::web::components::CompareList;
use crate::web::nav::Nav;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A part, as its program mounts it.
pub type Part = fn() -> AnyView;

/// Starts the parts in `parts` found on the page, in a task of its own (as
/// the whole app does), so the browser can paint in between.
pub fn start(parts: &'static [(Island, Part)]) {
    crate::web::config::install_panic_hook();
    let run = wasm_bindgen::closure::Closure::once_into_js(move || mount(parts));
    let scheduled = web_sys::window().map(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0)
    });
    if !matches!(scheduled, Some(Ok(_))) {
        mount(parts);
    }
}

fn mount(parts: &'static [(Island, Part)]) {
    let (root, config) = crate::web::config::find_root();
    let places: Vec<(HtmlElement, Part)> = root
        .query_selector_all(&format!("[{ATTR}]"))
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
                .filter_map(|el| {
                    let name = el.get_attribute(ATTR)?;
                    let island = Island::from_name(&name)?;
                    parts
                        .iter()
                        .find(|(i, _)| *i == island)
                        .map(|(_, part)| (el, *part))
                })
                .collect()
        })
        .unwrap_or_default();
    let left = Rc::new(Cell::new(places.len()));
    if places.is_empty() {
        crate::web::takeover::islands_started(&root);
    }
    for (place, part) in places {
        let (root, left) = (root.clone(), left.clone());
        crate::web::takeover::start_island(
            place,
            move |el| {
                leptos::mount::mount_to(el, move || {
                    provide_context(config);
                    provide_context(crate::web::components::loaded::TryAgain::default());
                    provide_context(CompareList::default());
                    provide_context(Nav::of_window(config));
                    part()
                })
                .forget()
            },
            move || {
                left.set(left.get() - 1);
                if left.get() == 0 {
                    crate::web::takeover::islands_started(&root);
                }
            },
        );
    }
}
