use crate::config::Config;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

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

/// Navigates to an app route from code (a filter change, say), under the base
/// path. `replace` keeps Back from stepping through every small change; the
/// scroll position is kept, since the person stays on the same page.
pub fn use_go() -> impl Fn(&str, bool) + Clone {
    let config = expect_context::<Config>();
    let navigate = use_navigate();
    move |route: &str, replace: bool| {
        navigate(
            &config.href(route),
            NavigateOptions {
                resolve: false,
                replace,
                scroll: false,
                ..Default::default()
            },
        )
    }
}
