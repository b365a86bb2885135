//! The sites page's program: filters, the list and "nearest to me", on the page
//! built in advance. The map beside them has a program of its own
//! (`island-sitemap`), fetched only once the map is used.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::PrisonsPart;
        offender_care_careers::web::islands::start(&[(Island::Sites, || {
            view! { <PrisonsPart /> }.into_any()
        })]);
    }
}
