//! The pathways' program: the career pathway chosen from a list, on the page
//! built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::PathwaysPart;
        offender_care_careers::web::islands::start(&[(Island::Pathways, || {
            view! { <PathwaysPart /> }.into_any()
        })]);
    }
}
