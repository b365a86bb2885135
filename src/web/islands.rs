//! Runs the parts of a page built in advance that a person operates (islands,
//! `domain::islands`), with none of the rest of the app: no router, no other
//! page. Each island program (`src/bin/island-<program>.rs`, one per kind of
//! page) names the parts it runs; it mounts the app's own component for each
//! marked place on the page, so there is one view of every part.
//!
//! The program only mounts: each part renders out of sight in an element of
//! its own (`attr::RENDER`) beside its built content, and the program then
//! raises `event::MOUNTED`. The start-up does the rest (`occ-start.js` holds
//! the presses made before the program came, and `occ-later.js`, which comes
//! beside the program, takes over): it swaps each part in once it is
//! complete, carrying across focus, changed fields and a held press, and marks
//! the page started and complete. (Measured: that work in Rust was about
//! 5 KB brotli of every part's program.)
//!
//! Inside a host's page, `occ-start.js` shows the next page in the host's
//! element without loading the document again: before it does, it raises
//! `event::UNMOUNT` (every program lets go of the parts it runs), and once
//! the next page is in, `event::MOUNT` naming the program its parts need,
//! if that program has already started.

use crate::domain::contract::{attr, event};
use crate::domain::islands::Island;
use crate::web::components::CompareList;
use crate::web::config::Config;
use crate::web::nav::Nav;
use leptos::prelude::*;
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A part, as its program mounts it.
pub type Part = fn() -> AnyView;

// Raised on the window by occ-start.js before it replaces the page shown:
// `event::UNMOUNT`; once a page is in whose parts a program already started
// runs: `event::MOUNT`, with the program's name as its `detail`. Raised by
// the program once it has mounted the parts it runs on the page shown (none,
// on a page it has no part of): `event::MOUNTED`, with its name.
//
// `attr::MOUNTED` is on a place whose part this program has mounted;
// `attr::RENDER` on the element, inside a place, that the program renders its
// part into: hidden until `occ-start.js` swaps it in for the built content.

thread_local! {
    /// The parts mounted on the page shown, let go of on `event::UNMOUNT`.
    static MOUNTED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Starts the parts in `parts` found on the page, in a task of its own (as
/// the whole app does), so the browser can paint in between; and again on
/// each page occ-start.js shows in a host's element that asks for them.
pub fn start(parts: &'static [(Island, Part)]) {
    crate::web::config::install_panic_hook();
    let program = parts
        .first()
        .map(|(island, _)| island.program())
        .unwrap_or_default();
    // For the life of the document: the program stays loaded across pages.
    std::mem::forget(window_event_listener_untyped(event::UNMOUNT, |_| unmount()));
    std::mem::forget(window_event_listener_untyped(event::MOUNT, move |event| {
        let named = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|e| e.detail().as_string());
        if named.as_deref() == Some(program) {
            mount(parts);
        }
    }));
    let run = wasm_bindgen::closure::Closure::once_into_js(move || mount(parts));
    let scheduled = web_sys::window()
        .map(|w| w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0));
    if !matches!(scheduled, Some(Ok(_))) {
        mount(parts);
    }
}

/// Lets go of every part mounted: their effects and listeners end with them.
fn unmount() {
    let mounted = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(mounted);
}

fn mount(parts: &'static [(Island, Part)]) {
    let (root, config) = crate::web::config::find_root();
    let program = parts
        .first()
        .map(|(island, _)| island.program())
        .unwrap_or_default();
    // A part embedded alone in a host's page stands for its route there.
    let alone = root
        .get_attribute(attr::HOST_ISLAND)
        .and_then(|name| Island::from_name(&name));
    if let Some(island) = alone.filter(|i| parts.iter().any(|(p, _)| p == i)) {
        mount_alone(root, config, island.name(), parts);
        return mounted(program);
    }
    // Otherwise this program runs parts in their places: on a page built in
    // advance, or inside the part embedded alone, one whose program is its
    // own (`Island::loads_on_use`: the sites' map).
    let places: Vec<(HtmlElement, Part)> = root
        .query_selector_all(&format!("[{}]", attr::ISLAND))
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
                // Once per place: a program that finishes loading just as
                // occ-start.js asks it for the page's parts is asked twice.
                .filter(|el| !el.has_attribute(attr::MOUNTED))
                .filter_map(|el| {
                    let name = el.get_attribute(attr::ISLAND)?;
                    let island = Island::from_name(&name)?;
                    parts
                        .iter()
                        .find(|(i, _)| *i == island)
                        .map(|(_, part)| (el, *part))
                })
                .collect()
        })
        .unwrap_or_default();
    for (place, part) in places {
        let _ = place.set_attribute(attr::MOUNTED, "");
        let Some(app) = new_div(&place) else { continue };
        app.set_hidden(true);
        let _ = app.set_attribute(attr::RENDER, "");
        let _ = place.append_child(&app);
        match alone {
            Some(island) => {
                let route = island.route();
                mount_part(app, config, move |c| Nav::standing_for(c, route), part)
            }
            None => mount_part(app, config, Nav::of_window, part),
        }
    }
    mounted(program);
}

/// A new `div` in `near`'s document, for a part to be mounted into.
fn new_div(near: &HtmlElement) -> Option<HtmlElement> {
    Some(
        near.owner_document()?
            .create_element("div")
            .ok()?
            .unchecked_into(),
    )
}

/// Tells `occ-start.js` this program has mounted what it runs on the page.
fn mounted(program: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&program.into());
    let event = web_sys::CustomEvent::new_with_event_init_dict(event::MOUNTED, &init);
    if let (Ok(event), Some(window)) = (event, web_sys::window()) {
        let _ = window.dispatch_event(&event);
    }
}

/// Mounts `part` into `el` with what every part reads from its context. The
/// address is read inside the mount, so its listeners go when the part does.
fn mount_part(
    el: HtmlElement,
    config: Config,
    nav: impl FnOnce(Config) -> Nav + 'static,
    part: Part,
) {
    let handle = leptos::mount::mount_to(el, move || {
        provide_context(config);
        provide_context(crate::web::components::loaded::TryAgain::default());
        provide_context(CompareList::default());
        provide_context(nav(config));
        // Not complete while a file its views read directly is on its way.
        (
            part(),
            view! { <crate::web::components::loaded::Incomplete /> },
        )
    });
    MOUNTED.with(|m| m.borrow_mut().push(Box::new(handle)));
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
        leptos::logging::error!("this program does not run the part \"{name}\"");
        return;
    };
    let Some(app) = new_div(&root) else { return };
    root.set_text_content(None);
    app.set_class_name("occ-app occ-app--alone");
    let _ = root.append_child(&app);
    let route = island.route();
    mount_part(
        app,
        config,
        move |config| Nav::standing_for(config, route),
        part,
    );
}
