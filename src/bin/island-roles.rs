//! The role list's program: its filters and the choice of roles to compare,
//! on the page built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::RolesPart;
        offender_care_careers::web::islands::start(&[(Island::Roles, || {
            view! { <RolesPart /> }.into_any()
        })]);
    }
}
