//! What the app shares with everything around it that is not Rust: the start
//! script (`src/occ-start.js`), the offline worker (`src/sw.js`), the build's
//! tools (`tools/*.mjs`), the stylesheet and the tests. The root element's id,
//! the attributes and events they speak through, the names they leave on the
//! window, and which program runs each part are written here once.
//!
//! `tests/contract.rs` writes them out as `src/contract.json`; the build puts
//! that into `occ-start.js` (`tools/post-build.mjs`), the tools read it
//! (`tools/contract.mjs`), and `tests/contract.rs` holds every `data-*`
//! attribute, event and window name used anywhere in the project to one of
//! these. A name is the same in Rust and JavaScript: `attr::ISLAND` here is
//! `ATTR.ISLAND` there.

use crate::domain::islands::Island;
use crate::domain::routes::Section;

/// The id of the element the app lives in, on its own site and in a host's page.
pub const ROOT_ID: &str = "offender-care-careers";
/// The id of the page's main content, where the skip link and each new page's focus go.
pub const MAIN_ID: &str = "occ-main";

/// Defines each name as a constant and lists them all, by the constant's
/// name, so the list can never leave one out.
macro_rules! names {
    ($all:ident: $($(#[$doc:meta])* $key:ident = $value:literal;)*) => {
        $($(#[$doc])* pub const $key: &str = $value;)*
        /// Every name above, by its constant's name.
        pub const $all: &[(&str, &str)] = &[$((stringify!($key), $value)),*];
    };
}

/// Attributes on the page's elements.
pub mod attr {
    names! { ALL:
        // A host's settings, on the root element (README, "Embedding").
        /// The path the app's routes live under on the host's site.
        BASE_PATH = "data-base-path";
        /// Where the content files are, if not `content/` under the base path.
        CONTENT_PATH = "data-content-path";
        /// Whose header and footer the page has: the app's, or the host's.
        CHROME = "data-chrome";
        /// Whether the app writes the page's head.
        HEAD = "data-head";
        /// The site's public address, for canonical links and job postings.
        SITE_ORIGIN = "data-site-origin";
        /// The trust's name, as the page without JavaScript says it.
        TRUST_NAME = "data-trust-name";
        /// The one part a host embeds alone, by its [`Island::name`](crate::domain::islands::Island::name).
        HOST_ISLAND = "data-island";

        // What a page is, on the root element (the build's tools and occ-start.js).
        /// A page built in advance with nothing to operate: it loads no program.
        STATIC = "data-occ-static";
        /// A page built in advance with parts to operate, not yet taken over.
        PRERENDERED = "data-occ-prerendered";
        /// A page the whole app draws (a route with no page built).
        APP = "data-occ-app";
        /// The page's program has started.
        STARTED = "data-occ-started";
        /// Nothing on the page is still loading.
        COMPLETE = "data-occ-complete";
        /// A page built for a host's element: the route it is for.
        ROUTE = "data-occ-route";
        /// A page built for a host's element: its title.
        TITLE = "data-occ-title";
        /// A page built for a host's element: the build it came from.
        BUILD = "data-occ-build";
        /// A page built for a host's element: the not-found page.
        NOT_FOUND = "data-occ-not-found";
        /// The content files a built page was drawn from, each with a hash of its bytes.
        BUILT_FROM = "data-occ-built-from";
        /// A built page being checked against the published content: out of sight.
        CHECKING = "data-occ-checking";
        /// A built page whose content is as published: in sight.
        CURRENT = "data-occ-current";
        /// Words in `index.html` the build fills from `site.json`.
        WORDS = "data-occ-words";

        // Parts a person operates (`domain::islands`).
        /// Holds a part; its value is the part's name.
        ISLAND = "data-occ-island";
        /// On a part: the program that runs it.
        PROGRAM = "data-occ-program";
        /// On a part: the program of the part it leads to, fetched early.
        NEXT_PROGRAM = "data-occ-next-program";
        /// On a part: the content files its program reads as it starts, fetched with the page.
        READS = "data-occ-reads";
        /// On a part inside another whose program is fetched only when it is used.
        ON_USE = "data-occ-on-use";
        /// On a part whose built content is a snapshot, kept out of sight until taken over.
        SNAPSHOT = "data-occ-snapshot";
        /// On the element a program renders a part into, hidden until it is swapped in.
        RENDER = "data-occ-render";
        /// On a place whose part a program has mounted.
        MOUNTED = "data-occ-mounted";
        /// On a part kept out of sight until its program has read the address.
        WAITING = "data-occ-waiting";
        /// On a button pressed before its part's program had started.
        PRESSED = "data-occ-pressed";
        /// On a control: what it acts on (the role a button adds, the question Next answers).
        KEY = "data-occ-key";
        /// On the button that loads the page again.
        RELOAD = "data-occ-reload";

        // Words that depend on the moment the page is read (`components::dated`).
        /// Holds words that depend on the moment; its value is "part".
        DATED = "data-occ-dated";
        /// On a vacancy: the moment it closes, in milliseconds since 1970 UTC.
        CLOSES = "data-occ-closes";
        /// On a vacancy or its tag: "open", "closing" or "closed".
        STATE = "data-occ-state";
        /// Words shown once a vacancy has closed.
        CLOSED = "data-occ-closed";
        /// Words shown while a vacancy is open.
        OPEN = "data-occ-open";
        /// On a vacancy's tag: the moments its words change, with the words.
        CHANGES = "data-occ-changes";
        /// Words shown when no vacancy in the part is open.
        NONE_OPEN = "data-occ-none-open";
        /// Words shown from a moment on; its value is the moment.
        FROM = "data-occ-from";
        /// The count of open vacancies; its value is the words for each count.
        OPEN_COUNT = "data-occ-open-count";
        /// A list put in the app's order of vacancies.
        IN_ORDER = "data-occ-in-order";
        /// A notice, named for the tests that look for it.
        NOTICE = "data-occ-notice";
        /// The words about a pay award announced but not yet in the rates.
        LATER_AWARD = "data-occ-later-award";
    }
}

/// Events raised on the window.
pub mod event {
    names! { ALL:
        /// A program has mounted the parts it runs on the page shown; its detail is the program.
        MOUNTED = "occ-parts-mounted";
        /// A part has changed the page's address (a filter): every part that reads it reads it again.
        ADDRESS = "occ-address";
        /// The site a person points at or focuses, in the list or on the map; its detail is its id, or null.
        POINTED = "occ-pointed";
        /// occ-start.js has shown a page in a host's element whose parts a program already started runs.
        MOUNT = "occ-mount-parts";
        /// occ-start.js is about to replace the page shown: every program lets go of its parts.
        UNMOUNT = "occ-unmount-parts";
        /// A part embedded alone moves to an address outside it; occ-start.js shows that page.
        NAVIGATE = "occ-navigate";
        /// The offline worker answered with a saved copy (also its message's type).
        OFFLINE_COPY = "occ-offline-copy";
    }
}

/// What occ-start.js leaves on the window for the programs.
pub mod global {
    names! { ALL:
        /// Set once the offline worker has answered with a saved copy.
        OFFLINE_COPY = "occOfflineCopy";
        /// The content files' text as checked against the page, by address.
        CHECKED_CONTENT = "occCheckedContent";
    }
}

/// Classes whose meaning the scripts rely on, not only their look.
pub mod class {
    names! { ALL:
        /// Something still loading: a page or part with one is not complete.
        LOADING = "occ-loading";
        /// The message a page shows when its program cannot start.
        STATIC_FAILURE = "occ-static-failure";
        /// The app's own element inside the root.
        APP = "occ-app";
    }
}

/// Which program runs each part, by the part's name.
pub fn island_programs() -> impl Iterator<Item = (&'static str, &'static str)> {
    Island::ALL.into_iter().map(|i| (i.name(), i.program()))
}

/// The paths of `sections`, and of an item of each of `items`
/// (`/roles/<id>`), as one regular expression for a server's configuration:
/// with or without a trailing slash; an id is lower-case letters, digits and
/// hyphens, as content ids are (`content::is_slug`).
pub fn paths_pattern(sections: &[&Section], items: &[&Section]) -> String {
    let bare = |s: &Section| s.path.trim_start_matches('/').to_owned();
    let mut alternatives = Vec::new();
    if !items.is_empty() {
        let names: Vec<String> = items.iter().map(|s| bare(s)).collect();
        alternatives.push(format!("({})(/[a-z0-9-]+)?", names.join("|")));
    }
    let home = sections.iter().any(|s| s.path == "/");
    alternatives.extend(
        sections
            .iter()
            .filter(|s| s.path != "/" && !items.iter().any(|i| i.path == s.path))
            .map(|s| bare(s)),
    );
    format!(
        "^/({}){}/?$",
        alternatives.join("|"),
        if home { "?" } else { "" }
    )
}

/// The whole contract as `src/contract.json` has it (`tests/contract.rs`
/// writes it, and fails while the file is not this).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json() -> String {
    use crate::domain::routes::{ITEM_SECTIONS, SECTIONS};
    use serde_json::{Map, Value};
    let table = |pairs: &mut dyn Iterator<Item = (&str, &str)>| {
        Value::Object(
            pairs
                .map(|(k, v)| (k.to_owned(), Value::from(v)))
                .collect::<Map<_, _>>(),
        )
    };
    let mut out = Map::new();
    out.insert("ROOT_ID".into(), ROOT_ID.into());
    out.insert("MAIN_ID".into(), MAIN_ID.into());
    out.insert("ATTR".into(), table(&mut attr::ALL.iter().copied()));
    out.insert("EVENT".into(), table(&mut event::ALL.iter().copied()));
    out.insert("GLOBAL".into(), table(&mut global::ALL.iter().copied()));
    out.insert("CLASS".into(), table(&mut class::ALL.iter().copied()));
    out.insert("ISLAND_PROGRAMS".into(), table(&mut island_programs()));
    // The routes: every section's path, and those with a page for each item.
    let paths = |list: &[Section]| Value::from(list.iter().map(|s| s.path).collect::<Vec<_>>());
    out.insert("SECTIONS".into(), paths(SECTIONS));
    out.insert("ITEM_SECTIONS".into(), paths(ITEM_SECTIONS));
    serde_json::to_string_pretty(&Value::Object(out)).unwrap() + "\n"
}

// Native only: the contract is written out and read from files.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_paths_pattern_is_every_section_and_item() {
        use crate::domain::routes::*;
        assert_eq!(
            paths_pattern(&[&HOME, &ROLES, &QUIZ, &QUIZ_RESULTS], &[&ROLES]),
            "^/((roles)(/[a-z0-9-]+)?|quiz|quiz/results)?/?$"
        );
        assert_eq!(paths_pattern(&[&CHECK], &[]), "^/(check)/?$");
    }

    #[test]
    fn names_are_distinct_and_of_their_kind() {
        let all = [attr::ALL, event::ALL, global::ALL, class::ALL];
        for list in all {
            let mut seen = std::collections::HashSet::new();
            for (key, value) in list {
                assert!(seen.insert(*value), "{value} twice");
                assert!(
                    key.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
                    "{key}"
                );
            }
        }
        for (_, value) in attr::ALL {
            let rest = value.strip_prefix("data-").expect(value);
            assert!(crate::content::is_slug(rest), "{value}");
        }
        for (_, value) in event::ALL.iter().chain(class::ALL) {
            assert!(
                value.starts_with("occ-") && crate::content::is_slug(value),
                "{value}"
            );
        }
        for (_, value) in global::ALL {
            assert!(
                value.starts_with("occ") && value.chars().all(|c| c.is_ascii_alphabetic()),
                "{value}"
            );
        }
    }
}
