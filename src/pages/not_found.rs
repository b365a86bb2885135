use crate::components::link::Link;
use crate::components::page::Page;
use crate::routes::{HOME, NOT_FOUND_TITLE, PRISONS, ROLES, VACANCIES};
use leptos::prelude::*;

/// The NHS.UK "page not found" pattern, with ways back into the site.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title=NOT_FOUND_TITLE>
            <NotFoundBody />
        </Page>
    }
}

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
            <li><Link to=ROLES.path>{ROLES.title.to_lowercase()}</Link></li>
            <li><Link to=PRISONS.path>{PRISONS.title.to_lowercase()}</Link></li>
            <li><Link to=VACANCIES.path>{VACANCIES.title.to_lowercase()}</Link></li>
        </ul>
    }
}
