//! Where the person is and how to move, whoever keeps the address: the
//! router, in the whole app, or the window itself, for a part of a built page
//! that runs with no router (an island, `domain::islands`), where a link to
//! another page simply loads it. Pages and components read the address's
//! query and fragment and change them only through [`Nav`], so the same
//! component works in both.

use crate::domain::query;
use crate::web::config::Config;
use leptos::prelude::*;
use std::rc::Rc;

/// Goes to an address, replacing the current entry in the history or not.
type Go = Rc<dyn Fn(&str, bool)>;

/// The address as the page sees it, and a way to change it.
#[derive(Clone, Copy)]
pub struct Nav {
    /// The path, as the browser shows it (with the base path).
    path: Signal<String>,
    /// The query, with or without its `?`.
    search: Signal<String>,
    /// The fragment, with its `#` (or empty).
    hash: Signal<String>,
    go: StoredValue<Go, LocalStorage>,
}

impl Nav {
    pub fn new(
        path: Signal<String>,
        search: Signal<String>,
        hash: Signal<String>,
        go: impl Fn(&str, bool) + 'static,
    ) -> Nav {
        Nav {
            path,
            search,
            hash,
            go: StoredValue::new_local(Rc::new(go)),
        }
    }

    /// The address kept by the window alone: moving within the page changes
    /// the address in place; moving to another page loads it.
    pub fn of_window(config: Config) -> Nav {
        Nav::window_backed(config, None)
    }

    /// The address of a host's page that embeds one part alone, which stands
    /// for the app route `route` (`Island::route`): a move within that route
    /// changes the host page's own query and fragment, keeping its path; a
    /// move to any other route loads it in the careers explorer at the base path.
    pub fn standing_for(config: Config, route: &'static str) -> Nav {
        Nav::window_backed(config, Some(route))
    }

    fn window_backed(config: Config, stands_for: Option<&'static str>) -> Nav {
        let read = || {
            let location = window().location();
            (
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default(),
                location.hash().unwrap_or_default(),
            )
        };
        let (path, search, hash) = read();
        let (path, search, hash) = (
            RwSignal::new(path),
            RwSignal::new(search),
            RwSignal::new(hash),
        );
        // Only what changed, so a part that hears of its own move does nothing twice.
        let update = move || {
            let (p, s, h) = read();
            for (signal, now) in [(path, p), (search, s), (hash, h)] {
                if signal.with_untracked(|was| *was != now) {
                    signal.set(now);
                }
            }
        };
        // Back and forward between addresses of this page, a changed
        // fragment, and a move another part made (`event::ADDRESS`: the
        // sites' map, with a program of its own, follows the list's
        // filters). Gone with the part that reads them (`web::islands`,
        // unmounted when occ-start.js shows another page in a host's element).
        for event in [
            "popstate",
            "hashchange",
            crate::domain::contract::event::ADDRESS,
        ] {
            let handle = window_event_listener_untyped(event, move |_| update());
            on_cleanup(move || handle.remove());
        }
        let go = move |route: &str, replace: bool| {
            let here = path.get_untracked();
            let at = route.find(['?', '#']).unwrap_or(route.len());
            let href = match stands_for {
                Some(own) if route[..at] == *own => format!("{here}{}", &route[at..]),
                Some(_) => String::new(),
                None => config.href(route),
            };
            let same_page = href.split(['?', '#']).next() == Some(here.as_str());
            if !same_page {
                let href = config.href(route);
                // In a host's element, occ-start.js shows the page without
                // loading the host's page again, and says so by cancelling.
                if !shown_by_start_script(&href) {
                    let _ = window().location().assign(&href);
                }
                return;
            }
            if let Ok(history) = window().history() {
                let _ = if replace {
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                } else {
                    history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&href))
                };
            }
            update();
            if let Ok(moved) = web_sys::Event::new(crate::domain::contract::event::ADDRESS) {
                let _ = window().dispatch_event(&moved);
            }
        };
        Nav::new(path.into(), search.into(), hash.into(), go)
    }

    /// The query's pairs, decoded as the browser decodes them (tracked).
    pub fn pairs(&self) -> Vec<(String, String)> {
        query::decode(&self.search.get())
    }

    /// The first value of `key` in the query (tracked).
    pub fn get(&self, key: &str) -> Option<String> {
        self.search.with(|s| first(s, key))
    }

    /// The first value of `key` in the query, without tracking it.
    pub fn get_untracked(&self, key: &str) -> Option<String> {
        self.search.with_untracked(|s| first(s, key))
    }

    /// The fragment, with its `#` (tracked).
    pub fn hash(&self) -> String {
        self.hash.get()
    }

    /// The path, with the base path (tracked).
    pub fn path(&self) -> String {
        self.path.get()
    }

    /// Moves to an app route (without the base path). `replace` keeps Back
    /// from stepping through every small change.
    pub fn go(&self, route: &str, replace: bool) {
        self.go.with_value(|go| go(route, replace));
    }
}

fn first(search: &str, key: &str) -> Option<String> {
    query::decode(search)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Raised on the window, cancelable, with the href as its `detail`, before an
/// island loads another page: occ-start.js, when it shows the pages in a
/// host's element, shows that one and cancels the event.
pub use crate::domain::contract::event::NAVIGATE as NAVIGATE_EVENT;

fn shown_by_start_script(href: &str) -> bool {
    let init = web_sys::CustomEventInit::new();
    init.set_cancelable(true);
    init.set_detail(&wasm_bindgen::JsValue::from_str(href));
    web_sys::CustomEvent::new_with_event_init_dict(NAVIGATE_EVENT, &init)
        .ok()
        .is_some_and(|event| window().dispatch_event(&event) == Ok(false))
}

/// The page's [`Nav`].
pub fn use_nav() -> Nav {
    expect_context::<Nav>()
}
