//! The quiz results' program: the results, read from the page's address.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::QuizResultsPart;
        offender_care_careers::web::islands::start(&[(Island::QuizResults, || {
            view! { <QuizResultsPart /> }.into_any()
        })]);
    }
}
