use crate::components::link::Link;
use crate::routes::{primary_nav, ABOUT, ACCESSIBILITY, SITE_NAME, TRUST_NAME};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use web_sys::MouseEvent;

pub const MAIN_ID: &str = "occ-main";

/// Skip link, NHS.UK header with primary navigation, the one `main`, footer.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
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

    view! {
        <div class="occ-app">
            <a class="occ-skip-link" href=format!("#{MAIN_ID}") on:click=skip>
                "Skip to main content"
            </a>
            <header class="occ-header">
                <div class="occ-width-container occ-header__container">
                    <Link to="/" class="occ-header__home">
                        <span class="occ-header__trust">{TRUST_NAME}</span>
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
                <nav class="occ-nav" aria-label="Primary navigation">
                    <ul
                        id="occ-nav-list"
                        class="occ-width-container occ-nav__list"
                        class:occ-nav__list--open=move || menu_open.get()
                    >
                        {primary_nav()
                            .map(|s| {
                                view! {
                                    <li class="occ-nav__item">
                                        <Link to=s.path class="occ-nav__link">{s.nav_label}</Link>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            </header>
            <main id=MAIN_ID class="occ-width-container occ-main" tabindex="-1">
                {children()}
            </main>
            <footer class="occ-footer">
                <div class="occ-width-container">
                    <h2 class="occ-u-visually-hidden">"Support links"</h2>
                    <ul class="occ-footer__list">
                        <li class="occ-footer__item">
                            <Link to=ACCESSIBILITY.path class="occ-footer__link">{ACCESSIBILITY.title}</Link>
                        </li>
                        <li class="occ-footer__item">
                            <Link to=ABOUT.path class="occ-footer__link">{ABOUT.title}</Link>
                        </li>
                    </ul>
                    <p class="occ-footer__copyright">{TRUST_NAME}</p>
                </div>
            </footer>
        </div>
    }
}
