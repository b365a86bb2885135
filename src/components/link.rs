use crate::config::Config;
use leptos::prelude::*;
use leptos_router::components::A;

/// A link to an app route. The one way the app builds internal links, so each
/// honours the base path (see `paths`).
#[component]
pub fn Link(
    /// App route such as `/roles` (without the base path).
    #[prop(into)]
    to: String,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let config = expect_context::<Config>();
    view! {
        <A href=config.href(&to) attr:class=class>
            {children()}
        </A>
    }
}
