//! Choosing roles to compare, from the list and from profiles.

use crate::domain::compare;
use crate::web::components::link::Link;
use crate::web::components::CompareList;
use leptos::prelude::*;

/// Add or remove a role from the comparison; the button says which it will do.
#[component]
pub fn CompareToggle(id: String, title: String) -> impl IntoView {
    let chosen = expect_context::<CompareList>().0;
    let is_in = {
        let id = id.clone();
        Memo::new(move |_| chosen.with(|c| c.contains(&id)))
    };
    // Names the role for the start script, which makes a press held on the
    // built page again only on the same role's button (occ-start.js, controls).
    let key = id.clone();
    let full = move || chosen.with(|c| c.len() >= compare::MAX);
    let toggle = move |_| chosen.update(|c| *c = compare::toggled(c, &id));
    let label = move || {
        if is_in.get() {
            "Remove from comparison"
        } else {
            "Add to comparison"
        }
    };
    // The visible words first, then the role, so the name starts with what is on screen.
    let name = move || format!("{}: {title}", label());
    view! {
        <button
            type="button"
            class="occ-button occ-button--secondary occ-compare-toggle"
            aria-pressed=move || if is_in.get() { "true" } else { "false" }
            data-occ-key=key
            aria-label=name
            disabled=move || full() && !is_in.get()
            on:click=toggle
        >
            {label}
        </button>
    }
}

/// Shows the roles chosen so far and links to the comparison. With `follow`,
/// it stays at the foot of the screen while the content before it scrolls.
#[component]
pub fn CompareBar(#[prop(optional)] follow: bool) -> impl IntoView {
    let chosen = expect_context::<CompareList>().0;
    move || {
        let ids = chosen.get();
        (!ids.is_empty()).then(|| {
            let n = ids.len();
            let text = match n {
                1 => "1 role chosen. Choose 1 or 2 more to compare.".to_owned(),
                _ => format!("{n} roles chosen."),
            };
            view! {
                <div class="occ-compare-bar" class:occ-compare-bar--follow=follow role="status">
                    <p class="occ-compare-bar__text">{text}</p>
                    {(n >= 2).then(|| view! { <Link to=compare::route(&ids) class="occ-compare-bar__link">{format!("Compare {n} roles")}</Link> })}
                </div>
            }
        })
    }
}
