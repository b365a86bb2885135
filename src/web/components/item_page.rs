//! The page of one record named by its address (a role, a site, a vacancy),
//! and the 404 words it shows when no record has that id.

use crate::domain::format::in_sentence;
use crate::domain::head::About;
use crate::domain::routes::{HOME, NOT_FOUND_TITLE, PRISONS, ROLES, VACANCIES};
use crate::web::components::link::Link;
use crate::web::components::page::Page;
use leptos::prelude::*;
use std::sync::Arc;

/// The words of the 404 page, for pages that find out late (an unknown id) that
/// there is nothing to show.
#[component]
pub fn NotFoundBody() -> impl IntoView {
    view! {
        <p>"If you typed the web address, check it was correct."</p>
        <p>"If you pasted the web address, check you copied the entire address."</p>
        <p>"You can go to:"</p>
        <ul class="occ-list">
            <li><Link to=HOME.path>"the home page of this site"</Link></li>
            <li><Link to=ROLES.path>{in_sentence(ROLES.title)}</Link></li>
            <li><Link to=PRISONS.path>{in_sentence(PRISONS.title)}</Link></li>
            <li><Link to=VACANCIES.path>{in_sentence(VACANCIES.title)}</Link></li>
        </ul>
    }
}

/// The page of one record named by the `:id` in its path (a role, a site, a
/// vacancy): titled by the record once loaded, and the 404 words when no record
/// has that id. `describe` gives the record's title and what its page says
/// about itself; it and `render` give `None` for an unknown id, whose page
/// search engines are told to leave out.
pub fn item_page<T, V>(
    records: crate::web::components::Content<T>,
    loading_title: &'static str,
    parent: crate::domain::routes::Section,
    describe: impl Fn(&T, &str) -> Option<(String, About)> + Send + Sync + 'static,
    render: impl Fn(&T, &str) -> Option<V> + Send + Sync + Clone + 'static,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    V: IntoView + 'static,
{
    use crate::web::components::loaded::loaded;
    use crate::web::components::page::Crumb;
    use leptos::either::Either;
    let params = leptos_router::hooks::use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    let described = Memo::new(move |_| match records.get() {
        Some(Ok(all)) => describe(&all, &id.get())
            .unwrap_or_else(|| (NOT_FOUND_TITLE.to_owned(), About::unlisted(""))),
        _ => (loading_title.to_owned(), About::section(&parent)),
    });
    let title = Signal::derive(move || described.with(|d| d.0.clone()));
    let about = Signal::derive(move || described.with(|d| d.1.clone()));
    view! {
        <Page title about breadcrumbs=vec![Crumb::new(parent.nav_label, parent.path)]>
            {loaded(records, move |all: Arc<T>| {
                let render = render.clone();
                move || match render(&all, &id.get()) {
                    Some(found) => Either::Left(found),
                    None => Either::Right(view! { <NotFoundBody /> }),
                }
            })}
        </Page>
    }
}
