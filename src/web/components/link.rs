use crate::domain::routes::is_current;
use crate::web::config::Config;
use crate::web::nav::{use_nav, Nav};
use leptos::prelude::*;

/// A link to an app route. The one way the app builds internal links, so each
/// honours the base path (see `paths`). A plain link: in the whole app the
/// router follows it without loading a page; in an island it loads the page.
/// It says `aria-current="page"` on the page it leads to and the pages under it.
#[component]
pub fn Link(
    /// App route such as `/roles` (without the base path).
    #[prop(into)]
    to: String,
    #[prop(optional)] class: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let config = expect_context::<Config>();
    let href = config.href(&to);
    let nav = use_context::<Nav>();
    let current = {
        let href = href.clone();
        move || {
            nav.filter(|nav| is_current(&href, &nav.path()))
                .map(|_| "page")
        }
    };
    view! {
        <a href=href class=class aria-current=current>
            {children()}
        </a>
    }
}

/// Navigates to an app route from code (a filter change, say), under the base
/// path. `replace` keeps Back from stepping through every small change; the
/// scroll position is kept, since the person stays on the same page.
pub fn use_go() -> impl Fn(&str, bool) + Copy {
    let nav = use_nav();
    move |route: &str, replace: bool| nav.go(route, replace)
}

/// Follows an SVG link inside the app. The router only follows HTML links, so
/// without this a click on an SVG one would reload the whole page.
pub fn svg_link_click(
    go: impl Fn(&str, bool) + Clone + 'static,
    route: String,
) -> impl Fn(web_sys::MouseEvent) + 'static {
    move |ev: web_sys::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            go(&route, false);
        }
    }
}

/// A link to another website named in the content, followed only when safe
/// (checked again here, not only when the file is loaded); else its words alone.
#[component]
pub fn ExternalLinkTo(
    link: crate::content::ExternalLink,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    match crate::content::safe_content_link(&link.url).map(str::to_owned) {
        Some(href) => {
            leptos::either::Either::Left(view! { <a href=href class=class>{link.text}</a> })
        }
        None => leptos::either::Either::Right(link.text),
    }
}
