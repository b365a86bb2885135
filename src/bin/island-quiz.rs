//! The quiz's program: its questions, on the pages built in advance.
fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use offender_care_careers::domain::islands::Island;
        use offender_care_careers::web::pages::QuizPart;
        offender_care_careers::web::islands::start(&[(Island::Quiz, || {
            view! { <QuizPart /> }.into_any()
        })]);
    }
}
