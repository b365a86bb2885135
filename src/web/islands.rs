//! Runs the parts of a page built in advance that a person operates (islands,
//! `domain::islands`), with none of the rest of the app: no router, no other
//! page. Each island program (`src/islands/<program>.rs`, one per kind of
//! page) names the parts it runs; it mounts the app's own component for each
//! marked place on the page, so there is one view of every part.
//!
//! Inside a host's page, `occ-start.js` shows the next page in the host's
//! element without loading the document again: before it does, it raises
//! [`UNMOUNT_EVENT`] (every program lets go of the parts it runs), and once
//! the next page is in, [`MOUNT_EVENT`] naming the program its parts need,
//! if that program has already started.

use crate::domain::islands::{Island, ATTR, HOST_ATTR, PROGRAM_ATTR};
use crate::web::config::Config;
use crate::web::components::CompareList;
use crate::web::nav::Nav;
use leptos::prelude::*;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// A part, as its program mounts it.
pub type Part = fn() -> AnyView;

/// Raised on the window by occ-start.js before it replaces the page shown.
pub const UNMOUNT_EVENT: &str = "occ-unmount-parts";
/// Raised on the window by occ-start.js once a page is in whose parts a
/// program already started runs; its `detail` is the program's name.
pub const MOUNT_EVENT: &str = "occ-mount-parts";

/// On a place whose part this program has mounted.
const MOUNTED_ATTR: &str = "data-occ-mounted";

thread_local! {
    /// The parts mounted on the page shown, let go of on [`UNMOUNT_EVENT`].
    static MOUNTED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
    /// Counts the pages shown, so a part that finishes taking over after its
    /// page has gone does not mark the next one as started.
    static SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// Starts the parts in `parts` found on the page, in a task of its own (as
/// the whole app does), so the browser can paint in between; and again on
/// each page occ-start.js shows in a host's element that asks for them.
pub fn start(parts: &'static [(Island, Part)]) {
    crate::web::config::install_panic_hook();
    let program = parts.first().map(|(island, _)| island.program()).unwrap_or_default();
    // For the life of the document: the program stays loaded across pages.
    std::mem::forget(window_event_listener_untyped(UNMOUNT_EVENT, |_| unmount()));
    std::mem::forget(window_event_listener_untyped(MOUNT_EVENT, move |event| {
        let named = event
            .dyn_ref::<web_sys::CustomEvent>()
            .and_then(|e| e.detail().as_string());
        if named.as_deref() == Some(program) {
            mount(parts);
        }
    }));
    let run = wasm_bindgen::closure::Closure::once_into_js(move || mount(parts));
    let scheduled = web_sys::window().map(|w| {
        w.set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0)
    });
    if !matches!(scheduled, Some(Ok(_))) {
        mount(parts);
    }
}

/// Lets go of every part mounted: their effects and listeners end with them.
fn unmount() {
    SHOWN.with(|shown| shown.set(shown.get().wrapping_add(1)));
    let mounted = MOUNTED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    drop(mounted);
}

fn mount(parts: &'static [(Island, Part)]) {
    let (root, config) = crate::web::config::find_root();
    if let Some(name) = root.get_attribute(HOST_ATTR) {
        return mount_alone(root, config, &name, parts);
    }
    let program = parts.first().map(|(island, _)| island.program()).unwrap_or_default();
    let places: Vec<(HtmlElement, Part)> = root
        .query_selector_all(&format!("[{ATTR}]"))
        .map(|list| {
            (0..list.length())
                .filter_map(|i| list.item(i))
                .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
                // Once per place: a program that finishes loading just as
                // occ-start.js asks it for the page's parts is asked twice.
                .filter(|el| !el.has_attribute(MOUNTED_ATTR))
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
    if places.is_empty() {
        // A page that names this program for a part it does not run (a build
        // out of step): marked started, so no press waits for ever. A page of
        // another program's, or of none (the person moved on while this one
        // loaded), is not this program's to mark.
        let names_this = root
            .query_selector(&format!("[{ATTR}][{PROGRAM_ATTR}=\"{program}\"]:not([{MOUNTED_ATTR}])"))
            .ok()
            .flatten()
            .is_some();
        if names_this {
            crate::web::takeover::islands_started(&root);
        }
        return;
    }
    let shown = SHOWN.with(Cell::get);
    let left = Rc::new(Cell::new(places.len()));
    for (place, part) in places {
        let _ = place.set_attribute(MOUNTED_ATTR, "");
        let (root, left) = (root.clone(), left.clone());
        crate::web::takeover::start_island(
            place,
            move |el| mount_part(el, config, Nav::of_window, part),
            move || {
                left.set(left.get() - 1);
                if left.get() == 0 && SHOWN.with(Cell::get) == shown {
                    crate::web::takeover::islands_started(&root);
                }
            },
        );
    }
}

/// Mounts `part` into `el` with what every part reads from its context. The
/// address is read inside the mount, so its listeners go when the part does.
fn mount_part(el: HtmlElement, config: Config, nav: impl FnOnce(Config) -> Nav + 'static, part: Part) {
    let handle = leptos::mount::mount_to(el, move || {
        provide_context(config);
        provide_context(crate::web::components::loaded::TryAgain::default());
        provide_context(CompareList::default());
        provide_context(nav(config));
        // Not complete while a file its views read directly is on its way.
        (part(), view! { <crate::web::components::loaded::Incomplete /> })
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
    root.set_inner_html("");
    let document = root.owner_document().expect("a document");
    let app: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    app.set_class_name("occ-app occ-app--alone");
    let _ = root.append_child(&app);
    let route = island.route();
    mount_part(app, config, move |config| Nav::standing_for(config, route), part);
    // A task later: a part says it is loading only once its first effects have run.
    set_timeout(move || crate::web::takeover::alone_started(&root), std::time::Duration::ZERO);
}
