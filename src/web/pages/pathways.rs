//! Career pathways: how roles lead to one another, as a diagram and as a list.

use crate::content::Roles;
use crate::domain::format::decimal;
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::pathways::{layout, route_from, NODE_HEIGHT, NODE_WIDTH};
use crate::domain::routes::{role_path, PATHWAYS, ROLES};
use crate::web::components::link::{svg_link_click, use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, IslandPlace, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

/// How a role relates to the one chosen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Relation {
    Chosen,
    LeadsTo,
    ComesFrom,
    Other,
    NoneChosen,
}

fn relation(roles: &Roles, chosen: Option<&str>, id: &str) -> Relation {
    let Some(c) = chosen else {
        return Relation::NoneChosen;
    };
    if c == id {
        Relation::Chosen
    } else if roles
        .get(c)
        .is_some_and(|r| r.leads_to.iter().any(|t| t == id))
    {
        Relation::LeadsTo
    } else if roles
        .get(id)
        .is_some_and(|r| r.leads_to.iter().any(|t| t == c))
    {
        Relation::ComesFrom
    } else {
        Relation::Other
    }
}

fn class_for(rel: Relation) -> &'static str {
    match rel {
        Relation::Chosen => "occ-path-node occ-path-node--chosen",
        Relation::LeadsTo => "occ-path-node occ-path-node--leads-to",
        Relation::ComesFrom => "occ-path-node occ-path-node--comes-from",
        Relation::Other => "occ-path-node occ-path-node--dim",
        Relation::NoneChosen => "occ-path-node",
    }
}

#[component]
pub fn Pathways() -> impl IntoView {
    view! {
        <Page title=PATHWAYS.title about=About::section(&PATHWAYS) breadcrumbs=vec![Crumb::new(ROLES.nav_label, ROLES.path)]>
            // Outside the part: complete as built, so it paints with the page
            // and is not drawn again when the part's program takes over.
            <p class="occ-lede">"Many people move between roles as they gain experience and qualifications. Choose a role to see where it can lead and what leads to it."</p>
            <IslandPlace island=Island::Pathways>
                <PathwaysPart />
            </IslandPlace>
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn PathwaysPart() -> impl IntoView {
    let roles = use_content::<Roles>();
    let nav = crate::web::nav::use_nav();
    let from_link = Memo::new(move |_| nav.get(crate::domain::pathways::ROLE));
    // Hovering or focusing a node shows its pathways without changing the link.
    let pointed = RwSignal::new(None::<String>);
    let go = use_go();
    let config = expect_context::<crate::web::config::Config>();

    view! {
            {loaded(roles, move |roles: Arc<Roles>| {
                let known = roles.clone();
                let chosen = Memo::new(move |_| from_link.get().filter(|id| known.get(id).is_some()));
                let unknown = move || from_link.get().is_some() && chosen.get().is_none();
                let active = move || pointed.get().or_else(|| chosen.get());
                let Some(diagram) = layout(&roles) else {
                    return Either::Right(view! { <p class="occ-inset">"The career pathways cannot be drawn: the roles lead round in a circle. Please tell the site's editors."</p> });
                };
                let roles_for_select = roles.clone();
                let roles_svg = roles.clone();
                let roles_list = roles.clone();
                Either::Left(view! {
                    {move || unknown().then(|| view! { <p class="occ-inset">"We do not know the role in the link, so none is chosen."</p> })}
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-pathway-role">"Show pathways for"</label>
                        <select class="occ-select" id="occ-pathway-role" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            go(&if v.is_empty() { PATHWAYS.path.to_owned() } else { route_from(&v) }, true);
                        }>
                            <option value="" selected=move || chosen.get().is_none()>"No role chosen"</option>
                            {roles_for_select.roles.iter().map(|r| {
                                let id = r.id.clone();
                                view! { <option value=r.id.clone() selected=move || chosen.get().as_deref() == Some(id.as_str())>{r.title.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="occ-pathways__diagram">
                        <svg
                            class="occ-pathways__svg"
                            viewBox=format!("0 0 {} {}", decimal(diagram.width), decimal(diagram.height))
                            aria-labelledby="occ-pathways-svg-title"
                            role="group"
                        >
                            <title id="occ-pathways-svg-title">"Diagram of career pathways between roles"</title>
                            <defs>
                                <marker id="occ-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
                                    <path d="M0 0 L10 5 L0 10 z" class="occ-path-arrow"></path>
                                </marker>
                            </defs>
                            {diagram.edges.iter().map(|e| {
                                let (from, to) = (e.from.clone(), e.to.clone());
                                let class = move || {
                                    let a = active();
                                    match a.as_deref() {
                                        Some(c) if c == from || c == to => "occ-path-edge occ-path-edge--on",
                                        Some(_) => "occ-path-edge occ-path-edge--dim",
                                        None => "occ-path-edge",
                                    }
                                };
                                view! { <path d=e.path.clone() class=class marker-end="url(#occ-arrow)" aria-hidden="true"></path> }
                            }).collect_view()}
                            {diagram.nodes.iter().map(|n| {
                                let id = n.id.clone();
                                let id_over = n.id.clone();
                                let id_focus = n.id.clone();
                                let roles = roles_svg.clone();
                                let class = move || class_for(relation(&roles, active().as_deref(), &id));
                                let lines = n.lines.clone();
                                let count = lines.len() as f64;
                                let (x, y) = (n.x, n.y);
                                let route = role_path(&n.id);
                                let href = config.href(&route);
                                view! {
                                    // The outer <g> makes the macro build an SVG <a>, not an HTML one.
                                    <g>
                                    <a
                                        href=href
                                        class="occ-path-link"
                                        on:click=svg_link_click(go, route)
                                        on:mouseenter=move |_| pointed.set(Some(id_over.clone()))
                                        on:mouseleave=move |_| pointed.set(None)
                                        on:focus=move |_| pointed.set(Some(id_focus.clone()))
                                        on:blur=move |_| pointed.set(None)
                                    >
                                        <g class=class>
                                            <rect x=decimal(x) y=decimal(y) width=decimal(NODE_WIDTH) height=decimal(NODE_HEIGHT) rx="6"></rect>
                                            {lines.into_iter().enumerate().map(|(i, line)| {
                                                let ty = y + NODE_HEIGHT / 2.0 + (i as f64 - (count - 1.0) / 2.0) * 22.0 + 6.0;
                                                view! { <text x=decimal(x + NODE_WIDTH / 2.0) y=decimal(ty) text-anchor="middle">{line}</text> }
                                            }).collect_view()}
                                        </g>
                                    </a>
                                    </g>
                                }
                            }).collect_view()}
                        </svg>
                        <p class="occ-hint">"Arrows point from a role to the roles it can lead to. Select a role to open its profile."</p>
                    </div>
                    <h2>"Every role and where it leads"</h2>
                    <ul class="occ-pathways__list">
                        {roles_list.roles.iter().map(|r| {
                            let id = r.id.clone();
                            let roles = roles_list.clone();
                            let class = move || format!("occ-pathways__item {}", match relation(&roles, chosen.get().as_deref(), &id) {
                                Relation::Chosen => "occ-pathways__item--chosen",
                                Relation::LeadsTo | Relation::ComesFrom => "occ-pathways__item--related",
                                _ => "",
                            });
                            let to: Vec<(String, String)> = r.leads_to.iter().filter_map(|t| roles_list.get(t)).map(|t| (t.id.clone(), t.title.clone())).collect();
                            let from: Vec<(String, String)> = roles_list.leads_from(&r.id).iter().map(|t| (t.id.clone(), t.title.clone())).collect();
                            let title = r.title.clone();
                            view! {
                                <li class=class>
                                    <h3 class="occ-pathways__title"><Link to=role_path(&r.id)>{title}</Link></h3>
                                    <p>"Can lead to: "<InlineRoles roles=to /></p>
                                    <p>"Can come from: "<InlineRoles roles=from /></p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            })}
    }
}

#[component]
fn InlineRoles(roles: Vec<(String, String)>) -> impl IntoView {
    if roles.is_empty() {
        return Either::Left("no other role on this site");
    }
    let n = roles.len();
    Either::Right(
        roles
            .into_iter()
            .enumerate()
            .map(|(i, (id, title))| {
                let sep = if i + 1 == n {
                    ""
                } else if i + 2 == n {
                    " and "
                } else {
                    ", "
                };
                view! { <Link to=role_path(&id)>{crate::domain::format::in_sentence(&title)}</Link>{sep} }
            })
            .collect_view(),
    )
}
