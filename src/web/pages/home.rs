use crate::content::Website;
use crate::domain::head::About;
use crate::domain::routes::{hub_sections, HOME, SITE_NAME};
use crate::web::components::link::Link;
use crate::web::components::loaded::loaded;
use crate::web::components::page::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// The hub: the careers page's introduction, then a way into each part of the site.
/// Text first, so the largest thing on the page paints fast.
#[component]
pub fn Home() -> impl IntoView {
    // The app's one copy of site.json, so Try again here also fills in the header.
    let site = crate::web::components::use_site();
    // The trust's own summary of the site, as index.html has it.
    let about = Signal::derive(move || match site.get() {
        Some(Ok(site)) => About::listed(site.summary.clone()),
        _ => About::section(&HOME),
    });
    view! {
        <Page title=SITE_NAME about>
            <div class="occ-intro">
                {loaded(site, |site: Arc<Website>| {
                    site.introduction
                        .iter()
                        .cloned()
                        .map(|p| view! { <p class="occ-lede">{p.text}</p> })
                        .collect_view()
                })}
            </div>
            // Shown with the introduction (or its error), not before it, so the
            // introduction arriving does not push the list down the screen.
            <Show when=move || site.get().is_some()>
            <h2 class="occ-heading-l">"What's covered"</h2>
            <ul class="occ-hub">
                {hub_sections()
                    .map(|s| {
                        view! {
                            <li class="occ-hub__item">
                                <h3 class="occ-hub__title">
                                    <Link to=s.path class="occ-hub__link">{s.title}</Link>
                                </h3>
                                <p class="occ-hub__summary">{s.summary}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            </Show>
        </Page>
    }
}
