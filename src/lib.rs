//! Careers in offender healthcare: a careers explorer for prison healthcare with
//! an NHS trust, whose words and facts all come from the content files.
//!
//! Three layers, one way round: `content` (the files' types and checks),
//! `domain` (the explorer's behaviour) and `web` (the browser app: loader,
//! components, pages). The first two build on any target and are tested
//! natively; `web` builds only for wasm32, so pure code cannot reach web types.

pub mod content;
pub mod domain;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(target_arch = "wasm32")]
pub use app::{start, App};

#[cfg(target_arch = "wasm32")]
mod app {
    use crate::web::components::shell::Shell;
    use crate::web::config::Config;
    use crate::web::nav::Nav;
    use crate::web::pages::*;
    use leptos::prelude::*;
    use leptos_router::{
        components::{Route, Router, Routes},
        hooks::{use_location, use_navigate},
        path, NavigateOptions,
    };

    /// The whole app: the shell around the routed pages.
    #[component]
    pub fn App(config: Config) -> impl IntoView {
        provide_context(config);
        // Before any content is asked for: every file joins the page's "Try again".
        provide_context(crate::web::components::loaded::TryAgain::default());
        // site.json once for the whole app: the frame and the pages name the trust from it.
        let site = crate::web::components::use_content::<crate::content::Website>();
        provide_context(crate::web::components::WebsiteContent(site));
        // One rule for the trust's name: the content's. Say so when the host page disagrees.
        Effect::new(move |_| {
            if let (Some(Ok(site)), Some(host)) = (site.get(), config.trust_name) {
                if site.trust_name != host {
                    leptos::logging::warn!(
                        "data-trust-name {host:?} differs from site.json's trust_name {:?}: the content's name is used",
                        site.trust_name
                    );
                }
            }
        });
        provide_context(crate::web::components::page::FocusOnNavigate::default());
        provide_context(crate::web::components::CompareList::default());
        let base = config.base.router_base();
        view! {
            <Router base=base.unwrap_or_default()>
                <RouterNav>
                <Shell>
                        // Fixed paths come before `:id` ones so `/roles/compare` is never read as a role.
                        <Routes fallback=NotFound>
                            <Route path=path!("/") view=Home />
                            <Route path=path!("/roles") view=Roles />
                            <Route path=path!("/roles/compare") view=Compare />
                            <Route path=path!("/roles/:id") view=RoleProfile />
                            <Route path=path!("/pathways") view=Pathways />
                            <Route path=path!("/prisons") view=Prisons />
                            <Route path=path!("/prisons/:id") view=PrisonProfile />
                            <Route path=path!("/quiz") view=Quiz />
                            <Route path=path!("/quiz/results") view=QuizResults />
                            <Route path=path!("/vacancies") view=Vacancies />
                            <Route path=path!("/vacancies/:id") view=VacancyPage />
                            <Route path=path!("/pay") view=Pay />
                            <Route path=path!("/get-started") view=GetStarted />
                            <Route path=path!("/about") view=About />
                            <Route path=path!("/accessibility") view=Accessibility />
                            <Route path=path!("/words-explained") view=Glossary />
                            <Route path=path!("/check") view=ContentCheck />
                        </Routes>
                </Shell>
                </RouterNav>
            </Router>
        }
    }

    /// The address as the router keeps it, for pages and components
    /// (`web::nav`): they never ask the router themselves, so an island can
    /// run them with no router at all.
    #[component]
    fn RouterNav(children: Children) -> impl IntoView {
        let config = expect_context::<Config>();
        let location = use_location();
        let navigate = use_navigate();
        provide_context(Nav::new(
            location.pathname.into(),
            location.search.into(),
            location.hash.into(),
            move |route, replace| {
                navigate(
                    &config.href(route),
                    NavigateOptions {
                        resolve: false,
                        replace,
                        scroll: false,
                        ..Default::default()
                    },
                )
            },
        ));
        children()
    }

    /// Mounts the app into the host's element (or the body) and keeps it mounted.
    pub fn start() {
        crate::web::config::install_panic_hook();
        // In a task of its own, so the browser can get on with other work between
        // starting the WebAssembly and rendering the page.
        let run = wasm_bindgen::closure::Closure::once_into_js(mount);
        let scheduled = web_sys::window().map(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                wasm_bindgen::JsCast::unchecked_ref(&run),
                0,
            )
        });
        if !matches!(scheduled, Some(Ok(_))) {
            mount();
        }
    }

    fn mount() {
        let (root, config) = crate::web::config::find_root();
        crate::web::config::leave_host_links_to_the_browser(root.clone(), config.base);
        // The root holds a static message for when the app cannot start. A page
        // built in advance is never the whole app's: its parts have their own
        // programs (`web::islands`).
        crate::web::takeover::start_in(root, move |el| {
            leptos::mount::mount_to(el, move || view! { <App config /> }).forget()
        });
    }
}
