//! Where you can work: every site, filterable and sortable by distance. The
//! map is `site_map.rs`, a part of its own inside this one; each site's page
//! is `prison_profile.rs`.

use crate::content::{Category, Healthcare, Sex, SiteRecord, Sites};
use crate::domain::contract::event::POINTED;
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::places::{
    category_label, counties, holds_label, miles_away, miles_label, nearest_first, towns,
};
use crate::domain::query::with_query;
use crate::domain::routes::{prison_path, PRISONS};
use crate::domain::site_filter::{
    category_value, healthcare_value, sex_value, SiteFilter, CATEGORY, COUNTY, HEALTHCARE,
    HIDE_CLOSED, NEAR, REGION, SEX,
};
use crate::domain::site_map::site_letters;
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{IslandPlace, Page};
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
    /// Found: the list is in order of distance from it.
    Found,
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
        <Page title=PRISONS.title about=About::section(&PRISONS) breadcrumbs=Vec::new() island=Island::Sites>
            <PrisonsPart map=|| view! { <super::site_map::SiteMapPart /> }.into_any() />
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
/// `map` draws the map in its place: the whole app's; the island leaves the
/// place empty, keeping the map built there, which has a program of its own
/// (`Island::SiteMap`), fetched only once the map is used.
#[component]
pub fn PrisonsPart(#[prop(optional)] map: Option<fn() -> AnyView>) -> impl IntoView {
    let sites = use_content::<Sites>();
    view! {
            {loaded(sites, move |sites: Arc<Sites>| view! {
                <p class="occ-lede">{sites.introduction.text.clone()}</p>
                <SiteList sites map />
            })}
    }
}

/// What the page's address says of the sites: the filter, the words in it
/// that were ignored, and the town to measure from. Read by the list and by
/// the map, which may each run in a program of their own.
pub(super) struct SiteAddress {
    pub(super) parsed: Memo<(SiteFilter, Vec<&'static str>)>,
    pub(super) filter: Memo<SiteFilter>,
    pub(super) near: Memo<Option<String>>,
}

impl SiteAddress {
    pub(super) fn read(sites: &Sites) -> Self {
        let nav = crate::web::nav::use_nav();
        let regions: Vec<String> = sites.regions.iter().map(|r| r.id.clone()).collect();
        let county_list = counties(&sites.sites);
        let parsed = Memo::new(move |_| {
            let pairs = nav.pairs();
            SiteFilter::from_query(
                pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
                &regions,
                &county_list,
            )
        });
        let town_list = towns(sites);
        let near = Memo::new(move |_| {
            nav.get(NEAR)
                .filter(|t| town_list.iter().any(|(n, _)| n == t))
        });
        SiteAddress {
            parsed,
            filter: Memo::new(move |_| parsed.get().0),
            near,
        }
    }
}

/// The site a person points at or focuses, in the list or on the map, both
/// of which mark it. The two may run in programs of their own (the map's is
/// fetched once it is used), so each keeps its own and says when it changes
/// on the window (`event::POINTED`), where the other hears it.
#[derive(Clone, Copy)]
pub(super) struct Pointed(RwSignal<Option<String>>);

impl Pointed {
    pub(super) fn new() -> Self {
        // Where the other came first (the map's program is fetched once the
        // list is pointed at), it has marked the site's card already.
        let marked = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(".occ-site--on[id]").ok().flatten())
            .and_then(|card| card.id().strip_prefix(&site_card_id("")).map(str::to_owned));
        let site = RwSignal::new(marked);
        let handle = window_event_listener_untyped(POINTED, move |event| {
            let said = event
                .dyn_ref::<web_sys::CustomEvent>()
                .and_then(|e| e.detail().as_string());
            if site.with_untracked(|now| *now != said) {
                site.set(said);
            }
        });
        on_cleanup(move || handle.remove());
        Pointed(site)
    }

    /// Whether `id` is the site pointed at (tracked).
    pub(super) fn is(self, id: &str) -> bool {
        self.0.with(|site| site.as_deref() == Some(id))
    }

    pub(super) fn set(self, id: Option<String>) {
        if self.0.with_untracked(|now| *now == id) {
            return;
        }
        self.0.set(id.clone());
        let init = web_sys::CustomEventInit::new();
        init.set_detail(&id.map_or(JsValue::NULL, |id| JsValue::from_str(&id)));
        if let (Some(window), Ok(event)) = (
            web_sys::window(),
            web_sys::CustomEvent::new_with_event_init_dict(POINTED, &init),
        ) {
            let _ = window.dispatch_event(&event);
        }
    }
}

#[component]
fn SiteList(sites: Arc<Sites>, map: Option<fn() -> AnyView>) -> impl IntoView {
    let SiteAddress {
        parsed,
        filter,
        near: near_town,
    } = SiteAddress::read(&sites);
    let county_list = counties(&sites.sites);
    let town_list = towns(&sites);
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
    let set = move |change: &dyn Fn(&mut SiteFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        navigate(f, near_town.get_untracked());
    };
    let use_location = move |_| {
        locating.set(Locating::Asking);
        locate(move |r| match r {
            Ok(p) => {
                here.set(Some(p));
                locating.set(Locating::Found);
            }
            Err(m) => locating.set(Locating::Failed(m)),
        });
    };
    let region_options: Vec<(String, String)> = sites
        .regions
        .iter()
        .map(|r| (r.id.clone(), r.name.clone()))
        .collect();
    let all = sites.clone();
    let all_for_count = sites.clone();
    let all_for_found = sites.clone();
    let pointed = Pointed::new();
    let total = all.sites.len();

    view! {
        <form class="occ-filters" on:submit=|ev| ev.prevent_default()>
            <fieldset class="occ-fieldset">
                <legend class="occ-fieldset__legend">"Filter sites"</legend>
                <div class="occ-filters__grid">
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-region">"Region"</label>
                        <select class="occ-select" id="occ-site-region" name=REGION on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set(&|f| f.region = (!v.is_empty()).then(|| v.clone()));
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
                            set(&|f| f.county = (!v.is_empty()).then(|| v.clone()));
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
                            set(&|f| f.category = [Category::A, Category::B, Category::C, Category::D].into_iter().find(|c| category_value(*c) == v));
                        }>
                            <option value="" selected=move || filter.get().category.is_none()>"Any"</option>
                            {[Category::A, Category::B, Category::C, Category::D].into_iter().map(|c| view! {
                                <option value=category_value(c) selected=move || filter.get().category == Some(c)>{format!("Category {}", category_value(c).to_ascii_uppercase())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="occ-form-group">
                        <label class="occ-label" for="occ-site-holds">"Holds"</label>
                        <select class="occ-select" id="occ-site-holds" name=SEX on:change=move |ev| {
                            let v = event_target_value(&ev);
                            set(&|f| f.sex = [Sex::Male, Sex::Female].into_iter().find(|s| sex_value(*s) == v));
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
                            set(&|f| f.healthcare = [Healthcare::TwentyFourSeven, Healthcare::Standard, Healthcare::InpatientUnit].into_iter().find(|h| healthcare_value(*h) == v));
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
                        on:change=move |ev| { let on = event_target_checked(&ev); set(&|f| f.hide_closed = on); } />
                    <label class="occ-label occ-checkboxes__label" for="occ-site-hide-closed">"Hide closed sites"</label>
                </div>
            </fieldset>
            // Said beside the controls, where the person is looking: the list
            // that changes can be a screen or more below.
            <p class="occ-count" role="status">{move || {
                let f = filter.get();
                let count = all_for_count.sites.iter().filter(|s| f.matches(s)).count();
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
                        locating.set(Locating::Idle);
                        navigate(filter.get_untracked(), (!v.is_empty()).then_some(v));
                    }>
                        // Once the location is used, the select says so, not "No town chosen".
                        <option value="" selected=move || near_town.get().is_none()>
                            {move || if here.get().is_some() { "Your location" } else { "No town chosen" }}
                        </option>
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
                // One live region that stays in the page, so what is put in
                // it is announced (one added with its words already in it
                // often is not). Said where the person pressed: the list that
                // changed can be a screen or more below.
                <div role="status">
                    {move || match locating.get() {
                        Locating::Asking => Some(Either::Left(view! { <p>"Finding your location…"</p> })),
                        Locating::Found => {
                            let all = all_for_found.clone();
                            Some(Either::Right(view! {
                                <p class="occ-inset">{move || {
                                    let f = filter.get();
                                    let shown: Vec<&SiteRecord> = all.sites.iter().filter(|s| f.matches(s)).collect();
                                    let nearest = here.get().and_then(|p| nearest_first(&shown, p).first().map(|(s, d)| (s.name.clone(), *d)));
                                    match nearest {
                                        Some((name, d)) => format!("Sites are now in order of distance from your location. The nearest is {name}, {}.", miles_away(d)),
                                        None => "No sites match these filters.".to_owned(),
                                    }
                                }}</p>
                            }))
                        }
                        _ => None,
                    }}
                </div>
                {move || match locating.get() {
                    Locating::Failed(m) => Some(view! {
                        <div class="occ-inset" role="alert"><p>{m}</p><p>"Choose a town from the list instead."</p></div>
                    }),
                    _ => None,
                }}
            </fieldset>
        </form>
        {move || view! { <IgnoredNote ignored=parsed.get().1 /> }}
        <div class="occ-places">
        <div class="occ-places__map">
            <IslandPlace island=Island::SiteMap>{map.map(|draw| draw())}</IslandPlace>
        </div>
        <div class="occ-places__list">
        {move || {
            let f = filter.get();
            let shown: Vec<&SiteRecord> = all.sites.iter().filter(|s| f.matches(s)).collect();
            // The letters the map's markers carry, whatever order the list is in.
            let letters = site_letters(&shown);
            let letter_of = move |id: &str| letters.iter().find(|(i, _)| *i == id).map(|(_, l)| l.clone());
            // Each card by its place in the file, so no site is copied.
            let place = |s: &SiteRecord| all.sites.iter().position(|t| t.id == s.id).unwrap_or_default();
            let ordered: Vec<(usize, Option<f64>)> = match origin.get() {
                Some((_, p)) => nearest_first(&shown, p).into_iter().map(|(s, d)| (place(s), Some(d))).collect(),
                None => shown.into_iter().map(|s| (place(s), None)).collect(),
            };
            view! {
                {if ordered.is_empty() {
                    Either::Left(view! {
                        <div class="occ-inset"><p>"No sites match these filters."</p><p><Link to=PRISONS.path>"Clear the filters"</Link></p></div>
                    })
                } else {
                    Either::Right(view! {
                        <ul class="occ-site-list" id="occ-site-list" tabindex="-1" aria-label="Sites">
                            {ordered.into_iter().map(|(at, d)| { let letter = letter_of(&all.sites[at].id); view! { <SiteItem sites=all.clone() at distance=d letter pointed /> } }).collect_view()}
                        </ul>
                    })
                }}
            }
        }}
        </div>
        </div>
    }
}

/// The element id of a site's card in the list.
pub(super) fn site_card_id(id: &str) -> String {
    format!("occ-site-{id}")
}

#[component]
fn SiteItem(
    sites: Arc<Sites>,
    /// The site's place in `sites.sites`.
    at: usize,
    distance: Option<f64>,
    /// Its marker's letter, while the map shows each site.
    letter: Option<String>,
    pointed: Pointed,
) -> impl IntoView {
    let site = &sites.sites[at];
    let name = site.name.clone();
    let (id_over, id_focus, id_class) = (site.id.clone(), site.id.clone(), site.id.clone());
    let facts: Vec<(&'static str, String)> = [
        Some(("Town", site.town.clone())),
        category_label(site).map(|c| ("Category", c)),
        holds_label(site).map(|h| ("Holds", h)),
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
            class:occ-site--on=move || pointed.is(&id_class)
            on:mouseenter=move |_| pointed.set(Some(id_over.clone()))
            on:mouseleave=move |_| pointed.set(None)
            on:focusin=move |_| pointed.set(Some(id_focus.clone()))
            on:focusout=move |_| pointed.set(None)
        >
            // For the eyes, to find its marker: the marker's name is the site's.
            {letter.map(|l| view! { <span class="occ-site__letter" aria-hidden="true">{l}</span> })}
            <h2 class="occ-site__name"><Link to=prison_path(&site.id)>{name}</Link></h2>
            {site.is_closed().then(|| view! { <p class="occ-tag occ-tag--grey">"Closed"</p> })}
            <dl class="occ-card__facts">
                {facts.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
        </li>
    }
}
