//! The pay page's program: its estimator and pay points, on the page built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::PayPart;
        offender_care_careers::web::islands::start(&[(Island::Pay, || {
            view! { <PayPart /> }.into_any()
        })]);
    }
}
