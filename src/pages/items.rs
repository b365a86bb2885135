//! Pages for one role, site or vacancy. An id that cannot be one gives the 404 page.

use crate::components::page::{Crumb, Page};
use crate::pages::NotFound;
use crate::paths::is_slug;
use crate::routes::{self, Section};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
fn ItemPage(section: Section, title: &'static str) -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("id").unwrap_or_default();
    move || {
        if is_slug(&id()) {
            Either::Left(view! {
                <Page title=title breadcrumbs=vec![Crumb::new(section.nav_label, section.path)]>
                    <p class="occ-lede">{section.summary}</p>
                </Page>
            })
        } else {
            Either::Right(view! { <NotFound /> })
        }
    }
}

#[component]
pub fn PrisonProfile() -> impl IntoView {
    view! { <ItemPage section={routes::PRISONS} title="Prison" /> }
}
