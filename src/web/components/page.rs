use crate::domain::embed::HeadOwner;
use crate::domain::head::{head_tags, About};
use crate::domain::islands::Island;
use crate::domain::routes::{document_title, HOME};
use crate::web::components::link::Link;
use crate::web::config::Config;
use leptos::either::Either;
use leptos::html::H1;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Whether a page has been shown yet this visit. The first page keeps focus at
/// the top so the skip link comes first; later ones move focus to their heading
/// so screen readers announce the new page.
#[derive(Clone, Copy)]
pub struct FocusOnNavigate(StoredValue<bool>);

impl Default for FocusOnNavigate {
    fn default() -> Self {
        FocusOnNavigate(StoredValue::new(false))
    }
}

/// One step back up the site, for breadcrumbs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crumb {
    pub label: String,
    pub route: String,
}

impl Crumb {
    pub fn new(label: impl Into<String>, route: impl Into<String>) -> Crumb {
        Crumb {
            label: label.into(),
            route: route.into(),
        }
    }
}

/// The frame of every page: breadcrumbs, the one `h1`, the document title,
/// what the page says about itself in the head (on the app's own site), and
/// focus after navigation.
#[component]
pub fn Page(
    #[prop(into)] title: Signal<String>,
    /// Its description, whether search engines may list it, and any structured data.
    #[prop(into)]
    about: Signal<About>,
    /// Ancestors of this page, not counting Home, which inner pages always get.
    #[prop(optional)]
    breadcrumbs: Option<Vec<Crumb>>,
    /// The part of the page a person operates, if any: everything below the
    /// heading, marked so a page built in advance knows it needs a program
    /// (see `domain::islands`).
    #[prop(optional)]
    island: Option<Island>,
    children: Children,
) -> impl IntoView {
    let heading = NodeRef::<H1>::new();
    let focus = use_context::<FocusOnNavigate>().unwrap_or_default();
    let location = use_location();

    let trust = crate::web::components::use_trust_name();
    let owner = use_context::<Config>().map(|c| c.head).unwrap_or_default();
    Effect::new(move |_| {
        let (title, trust) = (title.get(), trust.get());
        document().set_title(&document_title(&title, &trust));
        if owner == HeadOwner::App {
            // The router's path, not the window's: the browser's address may
            // change only after the new page has rendered.
            let here = crate::web::head::url_of(&location.pathname.get());
            crate::web::head::write(&head_tags(&title, &trust, &about.get(), &here));
        }
    });
    Effect::new(move |_| {
        let _ = location.pathname.get();
        if focus.0.get_value() {
            if let Some(h1) = heading.get() {
                let _ = h1.focus();
            }
        } else {
            focus.0.set_value(true);
        }
    });

    let crumbs = breadcrumbs.map(|crumbs| {
        let crumbs: Vec<Crumb> = std::iter::once(Crumb::new(HOME.nav_label, HOME.path))
            .chain(crumbs)
            .collect();
        view! {
            <nav class="occ-breadcrumb" aria-label="Breadcrumb">
                <ol class="occ-breadcrumb__list">
                    {crumbs
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li class="occ-breadcrumb__item">
                                    <Link to=c.route>{c.label}</Link>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </nav>
        }
    });

    view! {
        {crumbs}
        <h1 class="occ-heading-xl" tabindex="-1" node_ref=heading>
            {move || title.get()}
        </h1>
        {match island {
            Some(island) => Either::Left(view! { <IslandPlace island>{children()}</IslandPlace> }),
            None => Either::Right(children()),
        }}
    }
}

/// The place of a part a person operates on its page, marked so a page built
/// in advance knows it needs a program (see `domain::islands`): everything
/// below the heading (`Page`'s `island`), or only the part that works, where
/// the rest of the page is complete as built (the pay estimator).
#[component]
pub fn IslandPlace(island: Island, children: Children) -> impl IntoView {
    view! {
        <div data-occ-island=island.name() data-occ-program=island.program() data-occ-next-program=island.leads_to().map(Island::program) data-occ-snapshot=island.built_is_snapshot().then_some("") data-occ-reads=(!island.reads().is_empty()).then(|| island.reads().join(" ")) data-occ-on-use=island.loads_on_use()>{children()}</div>
    }
}
