//! Runs the parts of a page built in advance that a person operates (islands,
//! `domain::islands`), with none of the rest of the app: no router, no other
//! page. Each island program (`src/islands/<program>.rs`, one per kind of
//! page) names the parts it runs; it mounts the app's own component for each
//! marked place on the page, so there is one view of every part.

use crate::domain::islands::{Island, ATTR, HOST_ATTR};
use crate::web::config::Config;
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
    if let Some(name) = root.get_attribute(HOST_ATTR) {
        return mount_alone(root, config, &name, parts);
    }
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
            move |el| mount_part(el, config, Nav::of_window(config), part),
            move || {
                left.set(left.get() - 1);
                if left.get() == 0 {
                    crate::web::takeover::islands_started(&root);
                }
            },
        );
    }
}

/// Mounts `part` into `el` with what every part reads from its context.
fn mount_part(el: HtmlElement, config: Config, nav: Nav, part: Part) {
    leptos::mount::mount_to(el, move || {
        provide_context(config);
        provide_context(crate::web::components::loaded::TryAgain::default());
        provide_context(CompareList::default());
        provide_context(nav);
        part()
    })
    .forget()
}

/// A host's page that embeds one part alone (`data-island`, README,
/// "Embedding one part alone"): there is no built page to take over, so the
/// host's static message is replaced by the part at once, inside the app's
/// styled root, and the part stands for its route in the host page's address.
fn mount_alone(root: HtmlElement, config: Config, name: &str, parts: &'static [(Island, Part)]) {
    let Some((island, part)) = Island::from_name(name)
        .and_then(|island| parts.iter().find(|(i, _)| *i == island))
        .copied()
    else {
        // occ-start.js loads a program only for a part it runs: this is a build out of step.
        leptos::logging::error!("this program does not run the part {name:?}");
        return;
    };
    root.set_inner_html("");
    let document = root.owner_document().expect("a document");
    let app: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    app.set_class_name("occ-app occ-app--alone");
    let _ = root.append_child(&app);
    mount_part(app, config, Nav::standing_for(config, island.route()), part);
    // A task later: a part says it is loading only once its first effects have run.
    set_timeout(move || crate::web::takeover::alone_started(&root), std::time::Duration::ZERO);
}
