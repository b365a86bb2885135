//! The sites page's map: draws `domain::site_map`'s plan, a link for each
//! marker, and writes the name of the one pointed at, focused or tapped. A
//! part of its own (`Island::SiteMap`) inside the sites' part, with its own
//! program on a page built in advance, fetched only once the map is used: it
//! follows the list's filters through the address, and the site pointed at
//! through `Pointed`.

use crate::content::{MapFile, Sites};
use crate::domain::format::decimal;
use crate::domain::query::with_query;
use crate::domain::routes::PRISONS;
use crate::domain::site_filter::SiteFilter;
use crate::domain::site_map::{name_sentence, place_name, plan, Plan};
use crate::web::components::link::{svg_link_click, use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

use super::prisons::{site_card_id, Pointed, SiteAddress};

/// The map as a part: in the whole app inside the sites' part, and on its
/// own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn SiteMapPart() -> impl IntoView {
    // Both files are asked for at once, so a failure of each shows together
    // and one "Try again" retries both.
    let sites = use_content::<Sites>();
    let map = use_content::<MapFile>();
    view! {
        {loaded(sites, move |sites: Arc<Sites>| {
            loaded(map, move |map: Arc<MapFile>| {
                if map.drawable() {
                    Either::Left(view! { <SiteMap map sites=sites.clone() /> })
                } else {
                    // A map file the editors' check refuses: no map, and the list still has every site.
                    Either::Right(view! { <p class="occ-inset">"The map cannot be shown at the moment. The list has every site."</p> })
                }
            })
        })}
    }
}

/// The sites on a map drawn from Natural Earth's coastline. Every marker is a
/// link with a name; the list beside it is the full alternative. The view
/// fits the sites shown, a region at a time, so every marker is a target a
/// thumb can hit; the name of the marker pointed at, focused or tapped is
/// written under the map and, where it covers no other marker, beside the
/// marker too (`domain::site_map::place_name`), before anything opens.
/// Nothing around the map changes size as names come and go, so a tap on the
/// list after one on the map lands where the finger is.
#[component]
fn SiteMap(map: Arc<MapFile>, sites: Arc<Sites>) -> impl IntoView {
    let SiteAddress { filter, near, .. } = SiteAddress::read(&sites);
    let regions: Vec<(String, String)> = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let pointed = Pointed::new();
    let go = use_go();
    let config = expect_context::<crate::web::config::Config>();
    // The marker whose name is written, its label and where it stands.
    let named = RwSignal::new(None::<(String, String, (f64, f64))>);
    // A new view of the map starts with no name written.
    Effect::new(move |_| {
        filter.track();
        named.set(None);
    });
    // How the last press began, and whether its marker was already named
    // then (before the browser's emulated mouse events name it): a first tap
    // names a marker, a second opens it.
    let touch = StoredValue::new((false, false));
    let land = map.land.clone();
    let attribution = map.attribution.clone();
    let drawn = Memo::new({
        let map = map.clone();
        let regions = regions.clone();
        move |_| {
            plan(
                &map,
                &sites.sites,
                &regions,
                &filter.get(),
                near.get().as_deref(),
            )
        }
    });
    view! {
        <figure class="occ-map">
            <a href="#occ-site-list" class="occ-map__skip" on:click=|ev: web_sys::MouseEvent| {
                // In-page: move focus to the list, whatever the app's base path.
                ev.prevent_default();
                if let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("occ-site-list")) {
                    let _ = list.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }>"Skip the map"</a>
            <svg class="occ-map__svg" viewBox=move || drawn.with(|p| p.frame.view_box()) role="group" aria-labelledby="occ-map-title">
                <title id="occ-map-title">"Map of the sites. The list gives the same sites."</title>
                {land.into_iter().map(|d| view! { <path class="occ-map__land" d=d aria-hidden="true"></path> }).collect_view()}
                {move || {
                    let Plan { frame, targets, .. } = drawn.get();
                    let r = frame.radius();
                    targets.into_iter().map(|(t, m)| {
                        let href = config.href(&t.route);
                        let moved = m.moved();
                        let id = t.id.clone();
                        let is_site = t.count.is_none();
                        let (label, name_for) = (t.label.clone(), t.id.clone());
                        let at = (m.x, m.y);
                        let show = move || {
                            named.set(Some((name_for.clone(), label.clone(), at)));
                            if is_site {
                                pointed.set(Some(name_for.clone()));
                            }
                        };
                        let (show_over, show_focus, show_tap) = (show.clone(), show.clone(), show);
                        let hide = move || {
                            named.set(None);
                            if is_site {
                                pointed.set(None);
                            }
                        };
                        let hide_blur = hide;
                        let open = svg_link_click(go, t.route.clone());
                        let (id_class, id_down, id_focus) = (id.clone(), id.clone(), id.clone());
                        view! {
                            <g>
                                {moved.then(|| view! {
                                    <line class="occ-map__leader" x1=decimal(m.true_x) y1=decimal(m.true_y) x2=decimal(m.x) y2=decimal(m.y) aria-hidden="true"></line>
                                    <circle class="occ-map__spot" cx=decimal(m.true_x) cy=decimal(m.true_y) r=decimal(r / 5.0) aria-hidden="true"></circle>
                                })}
                                // Its own <g>, so the macro builds an SVG <a>.
                                <g>
                                <a
                                    href=href
                                    class="occ-map__marker"
                                    class:occ-map__marker--group=!is_site
                                    class:occ-map__marker--on=move || pointed.is(&id_class) || named.with(|n| n.as_ref().is_some_and(|(i, _, _)| *i == id_class))
                                    class:occ-map__marker--closed=t.closed
                                    aria-label=t.label.clone()
                                    on:pointerdown=move |ev: web_sys::PointerEvent| {
                                        let named_already = named.with_untracked(|n| n.as_ref().is_some_and(|(i, _, _)| *i == id_down));
                                        touch.set_value((ev.pointer_type() == "touch", named_already));
                                    }
                                    on:click=move |ev: web_sys::MouseEvent| {
                                        // A first tap names the marker; the next one opens it.
                                        let (tapped, named_already) = touch.get_value();
                                        // A key press that follows has no pointer.
                                        touch.set_value((false, false));
                                        if tapped && !named_already {
                                            ev.prevent_default();
                                            show_tap();
                                            name_into_view();
                                        } else {
                                            open(ev);
                                        }
                                    }
                                    on:mouseenter=move |_| show_over()
                                    on:mouseleave=move |_| hide()
                                    on:focus=move |_| {
                                        show_focus();
                                        name_into_view();
                                        if is_site {
                                            card_into_view(&id_focus);
                                        }
                                    }
                                    on:blur=move |_| hide_blur()
                                >
                                    <circle cx=decimal(m.x) cy=decimal(m.y) r=decimal(r)></circle>
                                    // A region's count of sites, or a site's letter, as its card in the list has it.
                                    {t.count.map(|n| n.to_string()).or(t.letter.clone()).map(|mark| view! {
                                        <text class="occ-map__count" x=decimal(m.x) y=decimal(m.y) font-size=decimal(r) text-anchor="middle" dominant-baseline="central" aria-hidden="true">{mark}</text>
                                    })}
                                </a>
                                </g>
                            </g>
                        }
                    }).collect_view()
                }}
                // Drawn last, over the markers, and only where it covers no
                // other marker, so each can still be seen and tapped; the
                // marker's own name is its accessible name, so this is for
                // the eyes only.
                {move || named.get().and_then(|(_, label, at)| {
                    let place = drawn.with(|p| {
                        let others: Vec<(f64, f64)> = p.targets.iter().map(|(_, m)| (m.x, m.y)).filter(|o| *o != at).collect();
                        place_name(&p.frame, at, &label, &others)
                    });
                    if place.covers > 0 {
                        return None;
                    }
                    let x = decimal(place.x);
                    Some(view! {
                        <text class="occ-map__name" x=x.clone() y=decimal(place.y) font-size=decimal(place.size) text-anchor=place.anchor aria-hidden="true">
                            {place.lines.into_iter().enumerate().map(|(i, line)| view! {
                                <tspan x=x.clone() dy=decimal(if i == 0 { 0.0 } else { place.line_height })>{line}</tspan>
                            }).collect_view()}
                        </text>
                    })
                })}
            </svg>
            <p class="occ-map__caption">{move || drawn.with(|p| p.caption.clone())}</p>
            // The name of the marker pointed at, focused or tapped, always
            // here as well: where the map is crowded it is written only
            // here. Its room is kept, so nothing below moves as names come and go.
            <p class="occ-map__named">{move || match named.get() {
                Some((_, label, _)) => name_sentence(&label),
                None => "Point at, tap or move to a marker to see its name.".to_owned(),
            }}</p>
            {move || (filter.get().region.is_some() && sites_in_other_regions(&regions, &filter.get())).then(|| {
                let all = SiteFilter { region: None, ..filter.get() };
                view! { <p><Link to=with_query(PRISONS.path, &all.to_query_near(near.get().as_deref()))>"Show every region on the map"</Link></p> }
            })}
            <figcaption class="occ-hint">{attribution}" Positions are approximate. Sites close together are drawn apart, with a line to where they are."</figcaption>
        </figure>
    }
}

/// Whether there are regions besides the one the filter picks.
fn sites_in_other_regions(regions: &[(String, String)], f: &SiteFilter) -> bool {
    regions.iter().any(|(id, _)| Some(id) != f.region.as_ref())
}

/// Brings a site's card into view beside the map, where the list sits beside
/// it (wide screens). On phones the list is under the map, and moving there
/// would take the focused marker off the screen: the name under the map says
/// which site it is instead.
fn card_into_view(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let (Some(card), Some(map)) = (
        doc.get_element_by_id(&site_card_id(id)),
        doc.query_selector(".occ-places__map").ok().flatten(),
    ) else {
        return;
    };
    let beside = card.get_bounding_client_rect().left() >= map.get_bounding_client_rect().right();
    if beside {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        card.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

/// Brings the name written for a focused or tapped marker wholly into
/// view once it is drawn, beside the marker or, where the map is crowded,
/// under it: at 200% zoom the map is taller than the screen, and the browser
/// only brings the marker itself into view.
fn name_into_view() {
    request_animation_frame(|| {
        let Some(name) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
            d.query_selector(".occ-map__name")
                .ok()
                .flatten()
                .or_else(|| d.query_selector(".occ-map__named").ok().flatten())
        }) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        name.scroll_into_view_with_scroll_into_view_options(&options);
    });
}
