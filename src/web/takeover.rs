//! Starting the whole app in a host's element, and each part a person
//! operates (an island, `web::islands`) over its place in a page built in
//! advance (`tools/prerender.mjs`).
//!
//! The built part already shows, so it paints long before its program
//! arrives. The program must not blank it while its own content loads: it
//! renders out of sight beside the built part and swaps in only once its part
//! is complete. Whatever the person did in the meantime comes across: the
//! focused control keeps focus, changed form fields keep their values (and
//! tell the program, as if the person had just changed them), and a press
//! held by occ-start.js is made again.

use std::cell::RefCell;
use crate::content::Keyed;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{
    Element, Event, EventInit, FocusOptions, HtmlElement, HtmlInputElement, HtmlOptionElement,
    HtmlSelectElement, HtmlTextAreaElement, MutationObserver, MutationObserverInit,
};

/// On the mount element of a page rendered at build time.
pub const PRERENDERED: &str = "data-occ-prerendered";
/// Set on the mount element once the app's own page shows.
pub const STARTED: &str = "data-occ-started";
/// Set on the mount element while the page shown is complete (see [`complete`]),
/// and removed while it is not: the one definition the build's prerender, the
/// benchmarks and the tests wait on.
pub const COMPLETE: &str = "data-occ-complete";
/// Swap even if the app's page never looks complete, so the person is never
/// left with a page whose buttons do nothing. Longer than the loader's timeout,
/// after which the app shows an error with Try again, which counts as complete.
const GIVE_UP_MS: i32 = 12_000;
/// On a button pressed before the app took over (written by occ-start.js).
const PRESSED: &str = "data-occ-pressed";
/// On a part whose program has yet to read the link's query or fragment
/// (written by occ-start.js): its built content is out of sight until the swap.
const WAITING: &str = "data-occ-waiting";
/// Everything a person can focus or change, in document order.
const CONTROLS: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

/// The app's page is complete: it has its heading and nothing is still loading.
pub fn complete(app: &Element) -> bool {
    let has = |selector: &str| app.query_selector(selector).ok().flatten().is_some();
    has("h1") && !has(".occ-loading")
}

/// Keeps [`COMPLETE`] on `root` true to whether the app's page in `app` is
/// complete, for every page the person opens. On a built page the mark waits
/// for the swap, so it always means the app's own page is showing.
fn keep_marked(root: &HtmlElement, app: &HtmlElement, complete: fn(&Element) -> bool) {
    let mark = {
        let (root, app) = (root.clone(), app.clone());
        move || {
            let shown = !root.has_attribute(PRERENDERED);
            let now = shown && complete(&app);
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
    root.set_inner_html("");
    mount(root.clone());
    let _ = root.set_attribute(STARTED, "");
    keep_marked(&root, &root, complete);
}

/// Mounts a part a person operates (an island, `domain::islands`) over its
/// place in a page built in advance: out of sight until its own render is
/// complete (nothing loading), then swapped in, keeping focus, changed fields
/// and a press held by occ-start.js. Then `done`.
pub fn start_island(place: HtmlElement, mount: impl FnOnce(HtmlElement), done: impl FnOnce() + 'static) {
    take_over(&place, mount, part_complete, done);
}

/// A part is complete when it has rendered something and nothing in it is loading.
fn part_complete(part: &Element) -> bool {
    part.first_element_child().is_some() && part.query_selector(".occ-loading").ok().flatten().is_none()
}

/// Mounts with `mount` into a hidden element inside `root`, beside what the
/// build put there, and swaps it in once `ready` says so (or after
/// [`GIVE_UP_MS`], so a person is never left with buttons that do nothing).
/// A part's content shows "Loading" only once its first effects have run, so
/// `ready` is first asked a task later: before then, nothing in it says it is
/// loading.
fn take_over(
    root: &HtmlElement,
    mount: impl FnOnce(HtmlElement),
    ready: fn(&Element) -> bool,
    done: impl FnOnce() + 'static,
) {
    let document = root.owner_document().expect("a document");
    let built_for = address();
    let app: HtmlElement = document
        .create_element("div")
        .expect("div")
        .unchecked_into();
    app.set_hidden(true);
    let _ = root.append_child(&app);
    mount(app.clone());

    let done = Rc::new(RefCell::new(Some(done)));
    let observer: Rc<RefCell<Option<MutationObserver>>> = Rc::new(RefCell::new(None));
    let finish = {
        let observer = observer.clone();
        Rc::new(move |root: &HtmlElement, app: &HtmlElement| {
            let Some(done) = done.borrow_mut().take() else {
                return;
            };
            if let Some(observer) = observer.borrow_mut().take() {
                observer.disconnect();
            }
            swap(root, app, &built_for);
            done();
        })
    };

    let on_change = {
        let (root, app, finish) = (root.clone(), app.clone(), finish.clone());
        Closure::<dyn Fn()>::new(move || {
            if ready(&app) {
                finish(&root, &app);
            }
        })
    };
    if let Ok(watch) = MutationObserver::new(on_change.as_ref().unchecked_ref()) {
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        options.set_subtree(true);
        if watch.observe_with_options(&app, &options).is_ok() {
            *observer.borrow_mut() = Some(watch);
        }
    }
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            on_change.as_ref().unchecked_ref(),
            0,
        );
    }
    on_change.forget();

    let (root, app) = (root.clone(), app.clone());
    let give_up = Closure::once_into_js(move || finish(&root, &app));
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            give_up.unchecked_ref(),
            GIVE_UP_MS,
        );
    }
}

/// Marks the page's root once every island on it has taken over: as the
/// whole app does ([`STARTED`]), and complete while nothing in it is loading.
pub fn islands_started(root: &HtmlElement) {
    let _ = root.remove_attribute(PRERENDERED);
    let _ = root.set_attribute(STARTED, "");
    // Once per element: in a host's element occ-start.js shows page after
    // page, and the mark, once kept, follows each.
    thread_local! {
        static KEPT: RefCell<Vec<HtmlElement>> = const { RefCell::new(Vec::new()) };
    }
    let kept = KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        let already = kept.contains(root);
        if !already {
            kept.push(root.clone());
        }
        already
    });
    if kept {
        let _ = match complete(root) {
            true => root.set_attribute(COMPLETE, ""),
            false => root.remove_attribute(COMPLETE),
        };
    } else {
        keep_marked(root, root, complete);
    }
}

/// Marks a host's element that holds one part alone: started, and complete
/// while the part has rendered and nothing in it is loading (the host's page
/// has the heading).
pub fn alone_started(root: &HtmlElement) {
    let _ = root.set_attribute(STARTED, "");
    keep_marked(root, root, part_complete);
}

/// The controls in `within`, each with a key that names it the same way on
/// the built page and on the app's: the nth control with the same tag and id,
/// name and value, or link target and text. The built page's static messages
/// (`.occ-static-failure`) are not the app's and are left out.
fn controls(within: &Element) -> Vec<((String, usize), Element)> {
    let Ok(list) = within.query_selector_all(CONTROLS) else {
        return Vec::new();
    };
    let mut seen: Keyed<String, usize> = Keyed::new();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(|el| el.closest(".occ-static-failure").ok().flatten().is_none())
        .map(|el| {
            let attr = |name: &str| el.get_attribute(name).unwrap_or_default();
            // Only what the app renders as attributes: the build writes a
            // field's current value into `value`, the app may set it as a property.
            let fixed_value = matches!(attr("type").as_str(), "checkbox" | "radio");
            let has_text = matches!(el.tag_name().as_str(), "A" | "BUTTON" | "SUMMARY");
            let key = match attr("id") {
                id if !id.is_empty() => format!("{}#{id}", el.tag_name()),
                _ => format!(
                    "{}|{}|{}|{}|{}",
                    el.tag_name(),
                    attr("name"),
                    if fixed_value {
                        attr("value")
                    } else {
                        String::new()
                    },
                    attr("href"),
                    if has_text {
                        el.text_content().unwrap_or_default()
                    } else {
                        String::new()
                    },
                ),
            };
            let nth = seen.get_or_insert_with(key.clone(), || 0);
            *nth += 1;
            ((key, *nth), el)
        })
        .collect()
}

/// What a person changed in a form field of the built page (it differs from
/// the field's starting state, which the build wrote from the app's own
/// render), to give to the same field of the app's page.
enum Carried {
    Checked(bool),
    Value(String),
}

fn carried(from: &Element, to: &Element) -> Option<Carried> {
    if from.tag_name() != to.tag_name() {
        return None;
    }
    if let (Some(a), Some(b)) = (
        from.dyn_ref::<HtmlInputElement>(),
        to.dyn_ref::<HtmlInputElement>(),
    ) {
        if a.type_() != b.type_() || a.name() != b.name() {
            return None;
        }
        return match a.type_().as_str() {
            "checkbox" | "radio" => {
                (a.checked() != a.default_checked()).then(|| Carried::Checked(a.checked()))
            }
            _ => (a.value() != a.default_value()).then(|| Carried::Value(a.value())),
        };
    }
    if let (Some(a), Some(b)) = (
        from.dyn_ref::<HtmlSelectElement>(),
        to.dyn_ref::<HtmlSelectElement>(),
    ) {
        let options = a.options();
        let changed = (0..options.length())
            .filter_map(|i| options.item(i))
            .filter_map(|o| o.dyn_into::<HtmlOptionElement>().ok())
            .any(|o| o.selected() != o.default_selected());
        return (a.name() == b.name() && changed).then(|| Carried::Value(a.value()));
    }
    if let (Some(a), Some(b)) = (
        from.dyn_ref::<HtmlTextAreaElement>(),
        to.dyn_ref::<HtmlTextAreaElement>(),
    ) {
        return (a.name() == b.name() && Ok(a.value()) != a.default_value())
            .then(|| Carried::Value(a.value()));
    }
    None
}

fn give(to: &Element, what: Carried) {
    match what {
        Carried::Checked(on) => {
            if let Some(input) = to.dyn_ref::<HtmlInputElement>() {
                input.set_checked(on);
            }
        }
        Carried::Value(value) => {
            if let Some(input) = to.dyn_ref::<HtmlInputElement>() {
                input.set_value(&value);
            } else if let Some(select) = to.dyn_ref::<HtmlSelectElement>() {
                select.set_value(&value);
            } else if let Some(area) = to.dyn_ref::<HtmlTextAreaElement>() {
                area.set_value(&value);
            }
        }
    }
    // Bubbling, so the app's delegated handlers hear it as the person's change.
    let init = EventInit::new();
    init.set_bubbles(true);
    for kind in ["input", "change"] {
        if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
            let _ = to.dispatch_event(&event);
        }
    }
}

/// The page's address, to tell whether the person followed a link meanwhile.
fn address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

/// Replaces the built page with the app's, in one task so nothing flashes.
fn swap(root: &HtmlElement, app: &HtmlElement, built_for: &str) {
    // Before the changes below, which may update the address themselves.
    let moved = address() != built_for;
    let document = root.owner_document().expect("a document");
    let focused = document.active_element();
    let old: Vec<_> = controls(root)
        .into_iter()
        .filter(|(_, el)| !app.contains(Some(el)))
        .collect();
    let mut new = Keyed::new();
    for (key, el) in controls(app) {
        new.insert(key, el);
    }
    let mut changes = Vec::new();
    let mut focus = None;
    let mut pressed = None;
    // The two pages are renders of the same route: a control pairs with the
    // one of the same key; one with no partner carries nothing.
    for (key, from) in &old {
        let Some(to) = new.get(key) else { continue };
        if focused.as_ref() == Some(from) {
            focus = Some(to.clone());
        }
        if from.has_attribute(PRESSED) {
            pressed = Some(to.clone());
        }
        if let Some(what) = carried(from, to) {
            changes.push((to.clone(), what));
        }
    }

    let children = root.children();
    let stale: Vec<Element> = (0..children.length())
        .filter_map(|i| children.item(i))
        .filter(|el| el != app.unchecked_ref::<Element>())
        .collect();
    for el in stale {
        el.remove();
    }
    app.set_hidden(false);
    let _ = root.remove_attribute(WAITING);
    let _ = root.remove_attribute(PRERENDERED);
    let _ = root.set_attribute(STARTED, "");

    for (to, what) in changes {
        give(&to, what);
    }
    // A link followed before the swap (the app handles links from the moment
    // it is mounted) opened a new page: its heading gets focus, as after any
    // navigation, so a screen reader announces it.
    if moved {
        focus = app.query_selector("h1").ok().flatten();
    }
    if let Some(target) = focus.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
        let options = FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = target.focus_with_options(&options);
    } else if !moved {
        // A link to a place in the part (a role's "Work out your pay" to
        // `#occ-estimator`) lands on it, as the part does on its own page:
        // the part's own focus came while it was out of sight, so it is given
        // here, in view, unless the person has put focus somewhere.
        let nothing_focused = document
            .active_element()
            .is_none_or(|el| document.body().is_some_and(|body| el == *body.unchecked_ref::<Element>()));
        let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
        let target = hash
            .strip_prefix('#')
            .filter(|id| !id.is_empty() && nothing_focused)
            .and_then(|id| document.get_element_by_id(id))
            .filter(|el| app.contains(Some(el)) && el.has_attribute("tabindex"))
            .and_then(|el| el.dyn_into::<HtmlElement>().ok());
        if let Some(target) = target {
            let _ = target.focus();
        }
    }
    // A button pressed on the built page (held by occ-start.js) is pressed
    // now, with the fields as the person left them.
    if !moved {
        if let Some(button) = pressed.and_then(|el| el.dyn_into::<HtmlElement>().ok()) {
            button.click();
        }
    }
}
