//! Where you can work: every site, filterable and sortable by distance, and each site's page.

use crate::content::{Category, Healthcare, MapFile, Roles, Sex, SiteRecord, Sites, Vacancies};
use crate::domain::head::About;
use crate::domain::places::{
    category_label, counties, holds_label, kind_label, miles_label, nearest_first, position, towns,
};
use crate::domain::site_filter::{
    category_value, healthcare_value, sex_value, SiteFilter, CATEGORY, COUNTY, HEALTHCARE,
    HIDE_CLOSED, NEAR, REGION, SEX,
};
use crate::domain::site_map::{place_name, plan, Plan};
use crate::domain::query::with_query;
use crate::domain::routes::{prison_path, role_path, PRISONS};
use crate::web::components::item_page::item_page;
use crate::web::components::link::{svg_link_click, use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::Page;
use crate::web::components::{use_content, IgnoredNote};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::prelude::*;

/// Where distances are measured from: a town from the list, or the device's location.
#[derive(Clone, Debug, PartialEq)]
enum Origin {
    Town(String),
    Here((f64, f64)),
}

#[derive(Clone, Debug, PartialEq)]
enum Locating {
    Idle,
    Asking,
    Failed(String),
}

/// Asks the browser for the device's location once, on request.
fn locate(on_result: impl Fn(Result<(f64, f64), String>) + 'static) {
    let Some(geo) = web_sys::window().and_then(|w| w.navigator().geolocation().ok()) else {
        on_result(Err("This browser cannot share your location.".to_owned()));
        return;
    };
    let on_result = std::rc::Rc::new(on_result);
    let failed = {
        let on_result = on_result.clone();
        move |m: String| on_result(Err(m))
    };
    let ok = {
        let on_result = on_result.clone();
        Closure::once_into_js(move |p: web_sys::Position| {
            let c = p.coords();
            on_result(Ok((c.latitude(), c.longitude())));
        })
    };
    let err = Closure::once_into_js(move |e: web_sys::PositionError| {
        on_result(Err(
            if e.code() == web_sys::PositionError::PERMISSION_DENIED {
                "You did not allow this site to use your location.".to_owned()
            } else {
                "Your location could not be found.".to_owned()
            },
        ));
    });
    let options = web_sys::PositionOptions::new();
    options.set_timeout(15_000);
    options.set_maximum_age(600_000);
    // If the call itself fails, neither callback runs: say so rather than wait for ever.
    let registered = geo.get_current_position_with_error_callback_and_options(
        ok.unchecked_ref(),
        Some(err.unchecked_ref()),
        &options,
    );
    if registered.is_err() {
        failed("Your location could not be found.".to_owned());
    }
}

#[component]
pub fn Prisons() -> impl IntoView {
    view! {
        <Page title=PRISONS.title about=About::section(&PRISONS) breadcrumbs=Vec::new() island=crate::domain::islands::Island::Sites>
            <PrisonsPart />
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn PrisonsPart() -> impl IntoView {
    // Both files are asked for at once, so a failure of each shows together and
    // one "Try again" retries both.
    let sites = use_content::<Sites>();
    let map = use_content::<MapFile>();
    view! {
            {loaded(sites, move |sites: Arc<Sites>| view! {
                <p class="occ-lede">{sites.introduction.text.clone()}</p>
                <SiteList sites map />
            })}
    }
}

#[component]
fn SiteList(sites: Arc<Sites>, map: crate::web::components::Content<MapFile>) -> impl IntoView {
    let nav = crate::web::nav::use_nav();
    let regions: Vec<String> = sites.regions.iter().map(|r| r.id.clone()).collect();
    let county_list = counties(&sites.sites);
    let parsed = Memo::new({
        let county_list = county_list.clone();
        move |_| {
            let pairs = nav.pairs();
            SiteFilter::from_query(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                &regions,
                &county_list,
            )
        }
    });
    let filter = Memo::new(move |_| parsed.get().0);
    let town_list = towns(&sites.sites);
    let near_town = Memo::new({
        let town_list = town_list.clone();
        move |_| {
            nav.get(NEAR)
                .filter(|t| town_list.iter().any(|(n, _)| n == t))
        }
    });
    let here = RwSignal::new(None::<(f64, f64)>);
    let locating = RwSignal::new(Locating::Idle);
    let origin = Memo::new({
        let town_list = town_list.clone();
        move |_| match (here.get(), near_town.get()) {
            (Some(p), _) => Some((Origin::Here(p), p)),
            (None, Some(t)) => town_list
                .iter()
                .find(|(n, _)| *n == t)
                .map(|(n, p)| (Origin::Town(n.clone()), *p)),
            _ => None,
        }
    });
    let go = use_go();
    let navigate = move |f: SiteFilter, near: Option<String>| {
        go(
            &with_query(PRISONS.path, &f.to_query_near(near.as_deref())),
            false,
        );
    };
    let nav_town = navigate.clone();
    let set = move |change: &dyn Fn(&mut SiteFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        navigate(f, near_town.get_untracked());
    };
    let (set1, set2, set3, set4, set5, set6) =
        (set.clone(), set.clone(), set.clone(), set.clone(), set.clone(), set);
    let use_location = move |_| {
        locating.set(Locating::Asking);
        locate(move |r| match r {
            Ok(p) => {
                here.set(Some(p));
                locating.set(Locating::Idle);
            }
            Err(m) => locating.set(Locating::Failed(m)),
        });
    };
    let region_options: Vec<(String, String)> = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let all = sites.sites.clone();
    let all_for_map = sites.sites.clone();
    let all_for_count = sites.sites.clone();
    let region_names: Vec<(String, String)> = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    // The site a person is pointing at or focused on, in the list or on the map.
    let pointed = RwSignal::new(None::<String>);
    let total = all.len();

    view! {
        <form class="occ-filters" on:submit=|ev| ev.prevent_default()>
            <fieldset class="occ-fieldset">
                <legend class="occ-fieldset__legend">"Filter sites"</legend>
                <div class="occ-filters__grid">
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-region">"Region"</label>
                        <select class="occ-select" id="occ-site-region" name=REGION on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set1(&|f| f.region = (!v.is_empty()).then(|| v.clone()));
                        }>
                            <option value="" selected=move || filter.get().region.is_none()>"Any"</option>
                            {region_options.into_iter().map(|(id, name)| {
                                let id2 = id.clone();
                                view! { <option value=id selected=move || filter.get().region.as_deref() == Some(id2.as_str())>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-county">"County"</label>
                        <select class="occ-select" id="occ-site-county" name=COUNTY on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set6(&|f| f.county = (!v.is_empty()).then(|| v.clone()));
                        }>
                            <option value="" selected=move || filter.get().county.is_none()>"Any"</option>
                            {county_list.into_iter().map(|c| {
                                let (value, c2) = (c.clone(), c.clone());
                                view! { <option value=value selected=move || filter.get().county.as_deref() == Some(c2.as_str())>{c}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-category">"Category"</label>
                        <select class="occ-select" id="occ-site-category" name=CATEGORY on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set2(&|f| f.category = [Category::A, Category::B, Category::C, Category::D].into_iter().find(|c| category_value(*c) == v));
                        }>
                            <option value="" selected=move || filter.get().category.is_none()>"Any"</option>
                            {[Category::A, Category::B, Category::C, Category::D].into_iter().map(|c| view! {
                                <option value=category_value(c) selected=move || filter.get().category == Some(c)>{format!("Category {}", category_value(c).to_uppercase())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-holds">"Holds"</label>
                        <select class="occ-select" id="occ-site-holds" name=SEX on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set3(&|f| f.sex = [Sex::Male, Sex::Female].into_iter().find(|s| sex_value(*s) == v));
                        }>
                            <option value="" selected=move || filter.get().sex.is_none()>"Anyone"</option>
                            <option value="men" selected=move || filter.get().sex == Some(Sex::Male)>"Men"</option>
                            <option value="women" selected=move || filter.get().sex == Some(Sex::Female)>"Women"</option>
                        </select>
                    </div>
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-healthcare">"Healthcare"</label>
                        <select class="occ-select" id="occ-site-healthcare" name=HEALTHCARE on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set4(&|f| f.healthcare = [Healthcare::TwentyFourSeven, Healthcare::Standard, Healthcare::InpatientUnit].into_iter().find(|h| healthcare_value(*h) == v));
                        }>
                            <option value="" selected=move || filter.get().healthcare.is_none()>"Any"</option>
                            {[Healthcare::TwentyFourSeven, Healthcare::Standard, Healthcare::InpatientUnit].into_iter().map(|h| view! {
                                <option value=healthcare_value(h) selected=move || filter.get().healthcare == Some(h)>{h.label()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="occ-checkboxes__item">
                    <input class="occ-checkboxes__input" type="checkbox" id="occ-site-hide-closed" name=HIDE_CLOSED
                        prop:checked=move || filter.get().hide_closed
                        on:change=move |ev| { let on = event_target_checked(&ev); set5(&|f| f.hide_closed = on); } />
                    <label class="occ-label occ-checkboxes__label" for="occ-site-hide-closed">"Hide closed sites"</label>
                </div>
            </fieldset>
            // Said beside the controls, where the person is looking: the list
            // that changes can be a screen or more below.
            <p class="occ-count" role="status">{move || {
                let f = filter.get();
                let count = all_for_count.iter().filter(|s| f.matches(s)).count();
                let from = origin.get().map(|(o, _)| match o { Origin::Town(t) => t, Origin::Here(_) => "your location".to_owned() });
                format!("Showing {count} of {total} sites{}", from.map(|t| format!(", nearest to {t} first")).unwrap_or_default())
            }}</p>
            <fieldset class="occ-fieldset">
                <legend class="occ-fieldset__legend">"Nearest to you"</legend>
                <div class="occ-form-group">
                    <label class="occ-label" for="occ-site-near">"Sort by distance from"</label>
                    <select class="occ-select occ-select--narrow" id="occ-site-near" name="near" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        here.set(None);
                        nav_town(filter.get_untracked(), (!v.is_empty()).then_some(v));
                    }>
                        <option value="" selected=move || near_town.get().is_none()>"No town chosen"</option>
                        {town_list.iter().map(|(t, _)| {
                            let t2 = t.clone();
                            view! { <option value=t.clone() selected=move || near_town.get().as_deref() == Some(t2.as_str())>{t.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <p>
                    <button type="button" class="occ-button occ-button--secondary" on:click=use_location disabled=move || locating.get() == Locating::Asking>
                        "Use my location"
                    </button>
                </p>
                <p class="occ-hint">"Your location stays on your device. It is only asked for when you press the button."</p>
                {move || match locating.get() {
                    Locating::Asking => Some(Either::Left(view! { <p role="status">"Finding your location…"</p> })),
                    Locating::Failed(m) => Some(Either::Right(view! {
                        <div class="occ-inset" role="alert"><p>{m}</p><p>"Choose a town from the list instead."</p></div>
                    })),
                    Locating::Idle => None,
                }}
            </fieldset>
        </form>
        {move || view! { <IgnoredNote ignored=parsed.get().1 /> }}
        <div class="occ-places">
        <div class="occ-places__map">
            {loaded(map, move |map: Arc<MapFile>| {
                let all = all_for_map.clone();
                if map.drawable() {
                    Either::Left(view! { <SiteMap map sites=all regions=region_names.clone() filter near=near_town pointed /> })
                } else {
                    // A map file the editors' check refuses: no map, and the list still has every site.
                    Either::Right(view! { <p class="occ-inset">"The map cannot be shown at the moment. The list has every site."</p> })
                }
            })}
        </div>
        <div class="occ-places__list">
        {move || {
            let f = filter.get();
            let shown: Vec<&SiteRecord> = all.iter().filter(|s| f.matches(s)).collect();
            let ordered: Vec<(SiteRecord, Option<f64>)> = match origin.get() {
                Some((_, p)) => nearest_first(&shown, p).into_iter().map(|(s, d)| (s.clone(), Some(d))).collect(),
                None => shown.into_iter().map(|s| (s.clone(), None)).collect(),
            };
            view! {
                {if ordered.is_empty() {
                    Either::Left(view! {
                        <div class="occ-inset"><p>"No sites match these filters."</p><p><Link to=PRISONS.path>"Clear the filters"</Link></p></div>
                    })
                } else {
                    Either::Right(view! {
                        <ul class="occ-site-list" id="occ-site-list" tabindex="-1" aria-label="Sites">
                            {ordered.into_iter().map(|(s, d)| view! { <SiteItem site=s distance=d pointed /> }).collect_view()}
                        </ul>
                    })
                }}
            }
        }}
        </div>
        </div>
    }
}

/// The sites on a map drawn from Natural Earth's coastline. Every marker is a
/// link with a name; the list beside it is the full alternative. The view
/// fits the sites shown, a region at a time, so every marker is a target a
/// thumb can hit; the name of the marker pointed at, focused or tapped is
/// written beside it, inside the map, before anything opens. Nothing around
/// the map changes size as names come and go, so a tap on the list after one
/// on the map lands where the finger is.
#[component]
fn SiteMap(
    map: Arc<MapFile>,
    sites: Vec<SiteRecord>,
    regions: Vec<(String, String)>,
    filter: Memo<SiteFilter>,
    near: Memo<Option<String>>,
    pointed: RwSignal<Option<String>>,
) -> impl IntoView {
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
        move |_| plan(&map, &sites, &regions, &filter.get(), near.get().as_deref())
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
                        let go = go.clone();
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
                        let hide_blur = hide.clone();
                        let open = svg_link_click(go, t.route.clone());
                        let (id_class, id_down, id_focus) = (id.clone(), id.clone(), id.clone());
                        view! {
                            <g>
                                {moved.then(|| view! {
                                    <line class="occ-map__leader" x1=m.true_x y1=m.true_y x2=m.x y2=m.y aria-hidden="true"></line>
                                    <circle class="occ-map__spot" cx=m.true_x cy=m.true_y r=r / 5.0 aria-hidden="true"></circle>
                                })}
                                // Its own <g>, so the macro builds an SVG <a>.
                                <g>
                                <a
                                    href=href
                                    class="occ-map__marker"
                                    class:occ-map__marker--group=!is_site
                                    class:occ-map__marker--on=move || pointed.get().as_deref() == Some(id_class.as_str()) || named.with(|n| n.as_ref().is_some_and(|(i, _, _)| *i == id_class))
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
                                    <circle cx=m.x cy=m.y r=r></circle>
                                    {t.count.map(|n| view! {
                                        <text class="occ-map__count" x=m.x y=m.y font-size=r text-anchor="middle" dominant-baseline="central" aria-hidden="true">{n.to_string()}</text>
                                    })}
                                </a>
                                </g>
                            </g>
                        }
                    }).collect_view()
                }}
                // Drawn last, over the markers; the marker's own name is its
                // accessible name, so this is for the eyes only.
                {move || named.get().map(|(_, label, at)| {
                    let place = drawn.with(|p| place_name(&p.frame, at, &label));
                    let x = place.x;
                    view! {
                        <text class="occ-map__name" x=x y=place.y font-size=place.size text-anchor=place.anchor aria-hidden="true">
                            {place.lines.into_iter().enumerate().map(|(i, line)| view! {
                                <tspan x=x dy=if i == 0 { 0.0 } else { place.line_height }>{line}</tspan>
                            }).collect_view()}
                        </text>
                    }
                })}
            </svg>
            <p class="occ-map__caption">{move || drawn.with(|p| p.caption.clone())}" Point at, tap or move to a marker to see its name."</p>
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

/// Brings the name written beside a focused or tapped marker wholly into
/// view once it is drawn: at 200% zoom the map is taller than the screen,
/// and the browser only brings the marker itself into view.
fn name_into_view() {
    request_animation_frame(|| {
        let Some(name) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".occ-map__name").ok().flatten())
        else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        name.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// The element id of a site's card in the list.
fn site_card_id(id: &str) -> String {
    format!("occ-site-{id}")
}

#[component]
fn SiteItem(
    site: SiteRecord,
    distance: Option<f64>,
    pointed: RwSignal<Option<String>>,
) -> impl IntoView {
    let name = site.name.clone();
    let (id_over, id_focus, id_class) = (site.id.clone(), site.id.clone(), site.id.clone());
    let facts: Vec<(&'static str, String)> = [
        Some(("Town", site.town.clone())),
        category_label(&site).map(|c| ("Category", c)),
        holds_label(&site).map(|h| ("Holds", h)),
        site.healthcare
            .map(|h| ("Healthcare", h.label().to_owned())),
        distance.map(|d| ("Distance", miles_label(d))),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <li
            class="occ-site"
            id=site_card_id(&site.id)
            class:occ-site--closed=site.is_closed()
            class:occ-site--on=move || pointed.get().as_deref() == Some(id_class.as_str())
            on:mouseenter=move |_| pointed.set(Some(id_over.clone()))
            on:mouseleave=move |_| pointed.set(None)
            on:focusin=move |_| pointed.set(Some(id_focus.clone()))
            on:focusout=move |_| pointed.set(None)
        >
            <h2 class="occ-site__name"><Link to=prison_path(&site.id)>{name}</Link></h2>
            {site.is_closed().then(|| view! { <p class="occ-tag occ-tag--grey">"Closed"</p> })}
            <dl class="occ-card__facts">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
        </li>
    }
}

#[component]
pub fn PrisonProfile() -> impl IntoView {
    let trust = crate::web::components::use_trust_name();
    item_page(
        use_content::<Sites>(),
        "Site",
        PRISONS,
        move |sites: &Sites, id| {
            sites.get(id).map(|s| {
                let description = crate::domain::head::site_description(s, sites, &trust.get());
                (s.name.clone(), About::listed(description))
            })
        },
        |sites: &Sites, id| {
            sites
                .get(id)
                .map(|site| view! { <SiteDetails site=site.clone() sites=sites.clone() /> })
        },
    )
}

/// What a site's page says for a fact no source gives.
const ASK_BELOW: &str = "Not published: ask the trust (see “Apply or ask a question” below)";

#[component]
fn SiteDetails(site: SiteRecord, sites: Sites) -> impl IntoView {
    let roles = use_content::<Roles>();
    let vacancies = use_content::<Vacancies>();
    let region = sites.regions.iter().find(|r| r.id == site.region).cloned();
    let others: Vec<&SiteRecord> = sites
        .sites
        .iter()
        .filter(|s| s.id != site.id && !s.is_closed())
        .collect();
    let nearby: Vec<(SiteRecord, f64)> = nearest_first(&others, position(&site))
        .into_iter()
        .take(3)
        .map(|(s, d)| (s.clone(), d))
        .collect();
    let facts: Vec<(&'static str, String)> = [
        Some(("Type", kind_label(site.kind).to_owned())),
        region.as_ref().map(|r| ("Region", r.name.clone())),
        site.estate.clone().map(|e| ("Estate or contract area", e)),
        Some(("Town", site.town.clone())),
        // The content check asks every open site for an address and a
        // healthcare line; what is still unknown says whom to ask.
        Some((
            "Address",
            site.address
                .as_ref()
                .map(|a| a.text.clone())
                .unwrap_or_else(|| ASK_BELOW.to_owned()),
        )),
        category_label(&site).map(|c| ("Category", c)),
        holds_label(&site).map(|h| ("Holds", h)),
        Some((
            "Healthcare cover",
            site.healthcare
                .map(|h| h.label().to_owned())
                .unwrap_or_else(|| ASK_BELOW.to_owned()),
        )),
        site.services.as_ref().map(|s| ("Healthcare the trust provides", s.text.clone())),
    ]
    .into_iter()
    .flatten()
    .collect();
    // The words a person new to prisons may not know ("Category B",
    // "remand", "standard healthcare"), explained on the page.
    let words: Vec<String> = facts
        .iter()
        .map(|(_, v)| v.clone())
        .chain(site.healthcare.map(|h| format!("{} healthcare", h.label())))
        .chain(site.notes.iter().map(|n| n.text.clone()))
        .collect();
    let role_ids = site.roles.clone();
    let site_id = site.id.clone();
    // The address has its own source; list it with the site's.
    let sources: Vec<_> = site
        .source
        .iter()
        .chain(site.address.as_ref().map(|a| &a.source))
        .chain(site.services.as_ref().map(|a| &a.source))
        .cloned()
        .collect();
    let map_link = format!(
        "https://www.openstreetmap.org/?mlat={lat:.3}&mlon={lon:.3}#map=14/{lat:.3}/{lon:.3}",
        lat = site.latitude,
        lon = site.longitude
    );
    view! {
        {site.closed.clone().map(|c| view! {
            <div class="occ-inset"><p class="occ-tag occ-tag--grey">"Closed"</p><p>{c.text}</p><p>"It is not a place to work at the moment."</p></div>
        })}
        <dl class="occ-summary-list">
            {facts.into_iter().map(|(k, v)| view! {
                <div class="occ-summary-list__row"><dt class="occ-summary-list__key">{k}</dt><dd class="occ-summary-list__value">{v}</dd></div>
            }).collect_view()}
        </dl>
        {(!site.notes.is_empty()).then(|| view! {
            <h2>"Getting there"</h2>
            {site.notes.iter().map(|n| view! { <p>{n.text.clone()}</p> }).collect_view()}
        })}
        {region.map(|r| view! {
            <h2>{format!("Healthcare contract in {}", r.name)}</h2>
            {r.contract.iter().map(|p| view! { <p>{p.text.clone()}</p> }).collect_view()}
        })}
        <h2>"Roles here"</h2>
        {loaded(roles, move |roles: Arc<Roles>| {
            let here: Vec<(String, String)> = role_ids.iter().filter_map(|id| roles.get(id)).map(|r| (r.id.clone(), r.title.clone())).collect();
            if here.is_empty() {
                Either::Left(view! { <p>"No job advert we hold names a role at this site. To ask which roles work here, see “Apply or ask a question” below, or "<Link to=crate::domain::routes::ROLES.path>"see every role"</Link>"."</p> })
            } else {
                Either::Right(view! {
                    <p>"Roles the trust has advertised here:"</p>
                    <ul class="occ-list">{here.into_iter().map(|(id, t)| view! { <li><Link to=role_path(&id)>{t}</Link></li> }).collect_view()}</ul>
                })
            }
        })}
        <h2>"Vacancies"</h2>
        // Marked closed once past their closing date, on a page built
        // before then too (see `components::dated`).
        <div data-occ-dated="part">
        {loaded(vacancies, move |v: Arc<Vacancies>| {
            let here = crate::domain::vacancies::in_order(v.vacancies.iter().filter(|x| x.sites.contains(&site_id)), &crate::web::components::now());
            view! { <crate::web::components::dated::VacancyList listings=here none_open="There are no open vacancies at this site at the moment." /> }
        })}
        </div>
        <crate::web::components::ApplyOrAsk />
        <h2>"Nearby sites"</h2>
        <ul class="occ-list">
            {nearby.into_iter().map(|(s, d)| {
                let name = s.name.clone();
                view! { <li><Link to=prison_path(&s.id)>{name}</Link>{format!(": {} in a straight line", miles_label(d).to_lowercase())}</li> }
            }).collect_view()}
        </ul>
        <crate::web::components::WordsExplained texts=words summary="Words on this page explained" />
        <h2>"Map"</h2>
        <p>"The position is approximate, to within about a kilometre. "<a href=map_link rel="noopener">"Open the area in OpenStreetMap"</a>" (another website)."</p>
        <details class="occ-details">
            <summary class="occ-details__summary">"Where this information comes from"</summary>
            <crate::web::components::SourceList sources=sources />
        </details>
    }
}
