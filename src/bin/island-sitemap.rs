//! The sites page's map's program: fetched only once the map is used (a
//! filter changed, the map pointed at or touched, a link with filters), on the
//! page built in advance, beside the sites' own program (`island-sites`).
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::SiteMapPart;
        offender_care_careers::web::islands::start(&[(Island::SiteMap, || {
            view! { <SiteMapPart /> }.into_any()
        })]);
    }
}
