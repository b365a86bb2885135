//! The comparison's program: the roles its link names, side by side, on the
//! page built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::ComparePart;
        offender_care_careers::web::islands::start(&[(Island::Compare, || {
            view! { <ComparePart /> }.into_any()
        })]);
    }
}
