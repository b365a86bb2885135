use crate::domain::embed::Chrome;
use crate::domain::routes::{primary_nav, ABOUT, ACCESSIBILITY, GLOSSARY, SITE_NAME};
use crate::web::components::link::Link;
use crate::web::config::Config;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use web_sys::MouseEvent;

pub use crate::domain::contract::MAIN_ID;

/// Skip link, NHS.UK header with primary navigation, the one `main`, footer.
/// Inside a host's own header and footer (`data-chrome="host"`), only the
/// service bar and navigation, with the footer's links added to it, and a plain
/// `div` for the content, as the host's page has the `main`.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let config = use_context::<Config>().unwrap_or_default();
    let own_chrome = config.chrome == Chrome::App;
    let trust = crate::web::components::use_trust_name();
    let (menu_open, set_menu_open) = signal(false);
    let location = use_location();
    // A chosen page closes the phone menu.
    // Reads the path, not just tracks it: a memo that is only tracked is never
    // recomputed, so the effect would not rerun.
    Effect::new(move |_| {
        let _ = location.pathname.get();
        set_menu_open.set(false);
    });

    // Handled here rather than left to the browser: under a router or a host's
    // <base>, a bare "#occ-main" can resolve to another page.
    let skip = move |ev: MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id(MAIN_ID) {
            if let Ok(main) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = main.focus();
            }
        }
    };

    let footer_links = [ACCESSIBILITY, GLOSSARY, ABOUT];
    let nav_items = primary_nav()
        .copied()
        // In a host's page the footer's links join the menu, each once.
        .chain(
            footer_links
                .into_iter()
                .filter(move |s| !own_chrome && !primary_nav().any(|n| n.path == s.path)),
        )
        .map(|s| {
            view! {
                <li class="occ-nav__item">
                    <Link to=s.path class="occ-nav__link">{s.nav_label}</Link>
                </li>
            }
        })
        .collect_view();
    let content = children();
    let content = if own_chrome {
        Either::Left(view! {
            <main id=MAIN_ID class="occ-width-container occ-main" tabindex="-1"><OfflineNote />{content}</main>
        })
    } else {
        Either::Right(view! {
            <div id=MAIN_ID class="occ-width-container occ-main" tabindex="-1"><OfflineNote />{content}</div>
        })
    };

    view! {
        <div class="occ-app" class:occ-app--host-chrome=!own_chrome>
            {own_chrome.then(|| view! {
                <a class="occ-skip-link" href=format!("#{MAIN_ID}") on:click=skip>
                    "Skip to main content"
                </a>
            })}
            <header class="occ-header">
                <div class="occ-width-container occ-header__container">
                    <Link to="/" class="occ-header__home">
                        {own_chrome.then(|| view! { <span class="occ-header__trust">{move || trust.get()}</span> })}
                        // Until every file the page reads has arrived (the trust's name
                        // among them) the app's page is not complete (see `takeover`), so
                        // a page built in advance is not swapped for one without them.
                        <crate::web::components::loaded::Incomplete />
                        <span class="occ-header__service">{SITE_NAME}</span>
                    </Link>
                    <button
                        type="button"
                        class="occ-header__menu-toggle"
                        aria-controls="occ-nav-list"
                        aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                        on:click=move |_| set_menu_open.update(|open| *open = !*open)
                    >
                        "Menu"
                    </button>
                </div>
                <nav
                    class="occ-nav"
                    aria-label=if own_chrome { "Primary navigation" } else { SITE_NAME }
                >
                    <ul
                        id="occ-nav-list"
                        class="occ-width-container occ-nav__list"
                        class:occ-nav__list--open=move || menu_open.get()
                    >
                        {nav_items}
                    </ul>
                </nav>
            </header>
            {content}
            {own_chrome.then(|| view! {
                <footer class="occ-footer">
                    <div class="occ-width-container">
                        <h2 class="occ-u-visually-hidden">"Support links"</h2>
                        <ul class="occ-footer__list">
                            {footer_links
                                .map(|s| view! {
                                    <li class="occ-footer__item">
                                        <Link to=s.path class="occ-footer__link">{s.title}</Link>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                        <p class="occ-footer__copyright">{move || trust.get()}</p>
                    </div>
                </footer>
            })}
        </div>
    }
}

/// Says when what is on screen came from the copy saved for offline use (the
/// service worker tells occ-start.js, which raises `occ-offline-copy`), so it may
/// be out of date. Stays for the visit: the copies stay in use until a reload.
#[component]
fn OfflineNote() -> impl IntoView {
    let already = js_sys::Reflect::get(
        &window(),
        &crate::domain::contract::global::OFFLINE_COPY.into(),
    )
    .ok()
    .and_then(|v| v.as_bool())
    .unwrap_or(false);
    let (offline_copy, set_offline_copy) = signal(already);
    let handle =
        window_event_listener_untyped(crate::domain::contract::event::OFFLINE_COPY, move |_| {
            set_offline_copy.set(true)
        });
    on_cleanup(move || handle.remove());
    // Always there and hidden until needed, so a page built in advance that
    // runs no program has the same words for occ-start.js to show.
    view! {
        <div role="status" class="occ-offline-note-region">
            <div class="occ-inset occ-offline-note" hidden=move || !offline_copy.get()>
                <p>"We could not reach the site just now, so some of this page comes from a copy saved on this device. It may be out of date."</p>
                <p>
                    <button type="button" class="occ-button occ-button--secondary" data-occ-reload on:click=|_| {
                        let _ = window().location().reload();
                    }>"Reload the page"</button>
                </p>
            </div>
        </div>
    }
}
