//! The page for an address the site does not have.

use crate::domain::head::About;
use crate::domain::routes::NOT_FOUND_TITLE;
use crate::web::components::item_page::NotFoundBody;
use crate::web::components::page::Page;
use leptos::prelude::*;

/// The NHS.UK "page not found" pattern, with ways back into the site.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Page title=NOT_FOUND_TITLE about=About::unlisted("")>
            <NotFoundBody />
        </Page>
    }
}
