//! The role pages' program: the list's filters and comparison choice, the
//! comparison and the pathways, on the pages built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::{ComparePart, PathwaysPart, RolesPart};
        offender_care_careers::web::islands::start(&[
            (Island::Roles, || view! { <RolesPart /> }.into_any()),
            (Island::Compare, || view! { <ComparePart /> }.into_any()),
            (Island::Pathways, || view! { <PathwaysPart /> }.into_any()),
        ]);
    }
}
