//! The editors' check page's program (the checks themselves run in the check worker).
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::ContentCheckPart;
        offender_care_careers::web::islands::start(&[(Island::Check, || {
            view! { <ContentCheckPart /> }.into_any()
        })]);
    }
}
