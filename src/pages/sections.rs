//! Section pages that so far give their heading and what the section is for.

use crate::components::page::{Crumb, Page};
use crate::routes::{self, Section};
use leptos::prelude::*;

#[component]
fn SectionPage(section: Section, #[prop(optional)] parent: Option<Section>) -> impl IntoView {
    let crumbs = parent
        .map(|p| Crumb::new(p.nav_label, p.path))
        .into_iter()
        .collect();
    view! {
        <Page title=section.title breadcrumbs=crumbs>
            <p class="occ-lede">{section.summary}</p>
        </Page>
    }
}

#[component]
pub fn Prisons() -> impl IntoView {
    view! { <SectionPage section={routes::PRISONS} /> }
}
