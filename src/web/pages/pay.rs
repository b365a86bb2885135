//! Pay and benefits, with the pay estimator.

use crate::content::excerpt::RegionNames;
use crate::content::Pay;
use crate::domain::format::{decimal, pounds};
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::pay_estimate::{
    estimate, Estimate, FieldError, Input, AREA, BAND, ESTIMATOR, FIRST_POINT, HOURS, POINT,
};
use crate::domain::query::with_query;
use crate::domain::routes::{PAY, ROLES, VACANCIES};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{IslandPlace, Page};
use crate::web::components::{use_content, BenefitCards};
use leptos::either::Either;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

#[component]
pub fn Pay() -> impl IntoView {
    let pay = use_content::<Pay>();
    view! {
        <Page title=PAY.title about=About::section(&PAY) breadcrumbs=Vec::new()>
            {loaded(pay, |pay: Arc<Pay>| view! { <PayDetails pay /> })}
        </Page>
    }
}

/// The part of the page a person operates, the estimator: in the whole app
/// inside its page, and on its own as an island (`web::islands`) on the page
/// built in advance, whose benefits and pay tables are complete as built (so
/// the island's program has no code for them).
#[component]
pub fn PayPart() -> impl IntoView {
    let pay = use_content::<Pay>();
    view! {
            {loaded(pay, |pay: Arc<Pay>| view! { <Estimator pay /> })}
    }
}

#[component]
fn PayDetails(pay: Arc<Pay>) -> impl IntoView {
    let zone = pay.supplement(&pay.trust_supplement).cloned();
    let table_pay = pay.clone();
    let estimator_pay = pay.clone();
    view! {
        <p class="occ-lede">{pay.benefits_intro.text.clone()}</p>
        // First, so a phone reaches it without scrolling past the tables.
        <IslandPlace island=Island::Pay>
            <Estimator pay=estimator_pay />
        </IslandPlace>
        <h2>"Benefits"</h2>
        <BenefitCards benefits=pay.benefits.clone() />

        <h2>{format!("NHS pay bands in {}", pay.pay_year)}</h2>
        <RatesPeriod pay=pay.clone() />
        <p>{pay.pay_system.text.clone()}" Agenda for Change is the NHS's pay system for most staff. Each band has pay points; you usually move up a point as you gain experience."</p>
        <p>{pay.award.text.clone()}</p>
        <table class="occ-table">
            <caption class="occ-table__caption">{format!("Agenda for Change pay points, {} (a year, for a full-time week of {} hours)", table_pay.pay_year, decimal(table_pay.full_time_hours))}</caption>
            <thead><tr><th scope="col">"Band"</th><th scope="col">"Pay points"</th></tr></thead>
            <tbody>
                {table_pay.bands.iter().map(|b| {
                    let points: Vec<String> = b.points.iter().map(|p| pounds(*p)).collect();
                    view! { <tr><th scope="row">{b.band.label()}</th><td>{points.join(", ")}</td></tr> }
                }).collect_view()}
            </tbody>
        </table>
        <p>"Each role page gives the band a role is usually paid at. "<Link to=ROLES.path>"See the roles"</Link>"."</p>

        <h2>"High cost area supplement"</h2>
        <p>{pay.trust_supplement_note.text.clone()}</p>
        {zone.map(|z| view! {
            <p>{format!(
                "In {} it is {}% of basic pay, at least {} and at most {} a year for full-time work, and pro rata for part-time work.",
                pay.pay_year, z.percent, pounds(z.minimum), pounds(z.maximum)
            )}</p>
        })}

        <p><Link to=VACANCIES.path>"See current vacancies"</Link></p>
    }
}

const FIELDS: [(&str, &str); 3] = [
    (BAND, "occ-pay-band"),
    (POINT, "occ-pay-point"),
    (HOURS, "occ-pay-hours"),
];

fn field_id(field: &str) -> &'static str {
    FIELDS
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, id)| *id)
        .unwrap_or("occ-pay-band")
}

fn focus_by_id(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
fn Estimator(pay: Arc<Pay>) -> impl IntoView {
    let nav = crate::web::nav::use_nav();
    let go = use_go();
    // The estimate's inputs live in the link, so a reload or a shared link
    // keeps them; read again whenever the link changes (the menu's bare "Pay"
    // link clears the form).
    let full_time = decimal(pay.full_time_hours);
    let pay_for_query = pay.clone();
    let from_link = move || Input::from_query(|k| nav.get(k), &pay_for_query);
    let (start, named) = Input::from_query(|k| nav.get_untracked(k), &pay);
    let band = RwSignal::new(start.band.clone());
    let point = RwSignal::new(start.point.clone());
    let hours = RwSignal::new(start.hours.clone());
    let area = RwSignal::new(start.area.clone());
    let outcome = RwSignal::new(named.then(|| estimate(&pay, &start)));
    let pay_for_link = pay.clone();
    Effect::new(move |_| {
        let (input, named) = from_link();
        band.set(input.band.clone());
        point.set(input.point.clone());
        hours.set(input.hours.clone());
        area.set(input.area.clone());
        outcome.set(named.then(|| estimate(&pay_for_link, &input)));
    });
    let pay_for_result = pay.clone();
    let summary_ref = NodeRef::<Div>::new();
    // A link to the estimator itself (a role's "Work out your pay") lands on
    // it: focused, so it is in view and a screen reader reads it.
    let estimator_heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = estimator_heading.get() {
            if untrack(|| nav.hash()) == ESTIMATOR {
                let _ = heading.focus();
            }
        }
    });
    let supplement_note = pay.trust_supplement_note.text.clone();
    let paying = pay.trust_supplement_regions.clone();
    // Only the regions' names: the whole sites file's reader would weigh
    // several times what this page needs (content::excerpt).
    let sites = use_content::<RegionNames>();

    let errors = move || match outcome.get() {
        Some(Err(e)) => e,
        _ => Vec::new(),
    };
    // `Copy`, so one helper serves every place a field shows its error.
    let error_for = move |field: &'static str| {
        errors()
            .into_iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    };

    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let input = Input {
            band: band.get_untracked(),
            point: point.get_untracked(),
            hours: hours.get_untracked(),
            area: area.get_untracked(),
        };
        let result = estimate(&pay_for_result, &input);
        let ok = result.is_ok();
        outcome.set(Some(result));
        if ok {
            go(&with_query(PAY.path, &input.to_query()), true);
            // The result takes focus, as the error summary does: at 200% zoom
            // it would be below the screen, and a screen reader reads its
            // name, the figure. After the frame, as the link's change
            // renders the result again.
            request_animation_frame(|| focus_by_id(RESULT_ID));
        } else {
            // The NHS pattern: the error summary takes focus so it is read out.
            request_animation_frame(move || {
                if let Some(el) = summary_ref.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    };

    let bands = pay.bands.clone();
    let bands_for_points = pay.bands.clone();
    let point_options = move || {
        let b = band.get();
        bands_for_points
            .iter()
            .find(|x| x.band.code() == b)
            .map(|x| {
                x.points
                    .iter()
                    .enumerate()
                    .map(|(i, p)| {
                        let value = (i + 1).to_string();
                        let selected_value = value.clone();
                        view! { <option value=value selected=move || point.get() == selected_value>{format!("Point {} of {}: {}", i + 1, x.points.len(), pounds(*p))}</option> }
                    })
                    .collect_view()
            })
    };

    view! {
        <h2 id=&ESTIMATOR[1..] tabindex="-1" node_ref=estimator_heading>"Estimate your pay"</h2>
        <p>"Work out what a post could pay a year, before tax. This is an estimate: the job advert gives the pay for a post."</p>
        <div class="occ-estimator">
            {move || {
                let errs = errors();
                (!errs.is_empty()).then(|| view! {
                    <div class="occ-error-summary" role="alert" tabindex="-1" aria-labelledby="occ-pay-error-title" node_ref=summary_ref>
                        <h3 class="occ-error-summary__title" id="occ-pay-error-title">"There is a problem"</h3>
                        <ul class="occ-list occ-list--plain occ-error-summary__list">
                            {errs.into_iter().map(|FieldError { field, message }| {
                                let target = field_id(field);
                                view! {
                                    <li><a href=format!("#{target}") on:click=move |ev: web_sys::MouseEvent| { ev.prevent_default(); focus_by_id(target); }>{message}</a></li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
            <form class="occ-form" novalidate=true on:submit=submit>
                <div class="occ-form-group" class:occ-form-group--error=move || error_for(BAND).is_some()>
                    <label class="occ-label" for="occ-pay-band">"Pay band"</label>
                    {move || error_for(BAND).map(|m| view! { <span class="occ-error-message" id="occ-pay-band-error"><span class="occ-u-visually-hidden">"Error: "</span>{m}</span> })}
                    <select class="occ-select occ-select--narrow" id="occ-pay-band" name="band"
                        aria-describedby=move || error_for(BAND).map(|_| "occ-pay-band-error")
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            // A new band starts at its first point, as new starters usually do.
                            point.set(if chosen.is_empty() { String::new() } else { FIRST_POINT.to_owned() });
                            band.set(chosen);
                        }>
                        <option value="" selected=move || band.get().is_empty()>"Choose a band"</option>
                        {bands.iter().map(|b| {
                            let v = b.band.code();
                            view! { <option value=v selected=move || band.get() == v>{b.band.label()}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="occ-form-group" class:occ-form-group--error=move || error_for(POINT).is_some()>
                    <label class="occ-label" for="occ-pay-point">"Pay point"</label>
                    <span class="occ-hint" id="occ-pay-point-hint">"New starters usually start at point 1."</span>
                    {move || error_for(POINT).map(|m| view! { <span class="occ-error-message" id="occ-pay-point-error"><span class="occ-u-visually-hidden">"Error: "</span>{m}</span> })}
                    <select class="occ-select occ-select--narrow" id="occ-pay-point" name="point"
                        aria-describedby=move || if error_for(POINT).is_some() { "occ-pay-point-hint occ-pay-point-error" } else { "occ-pay-point-hint" }
                        on:change=move |ev| point.set(event_target_value(&ev))>
                        <option value="" selected=move || point.get().is_empty()>{move || if band.get().is_empty() { "Choose a band first" } else { "Choose a pay point" }}</option>
                        {point_options}
                    </select>
                </div>
                <div class="occ-form-group" class:occ-form-group--error=move || error_for(HOURS).is_some()>
                    <label class="occ-label" for="occ-pay-hours">"Hours a week"</label>
                    <span class="occ-hint" id="occ-pay-hours-hint">{format!("From 1 to {full_time}. Full time is {full_time} hours.")}</span>
                    {move || error_for(HOURS).map(|m| view! { <span class="occ-error-message" id="occ-pay-hours-error"><span class="occ-u-visually-hidden">"Error: "</span>{m}</span> })}
                    <input class="occ-input occ-input--width-5" id="occ-pay-hours" name="hours" type="text" inputmode="decimal" autocomplete="off"
                        aria-describedby=move || if error_for(HOURS).is_some() { "occ-pay-hours-hint occ-pay-hours-error" } else { "occ-pay-hours-hint" }
                        prop:value=move || hours.get()
                        on:input=move |ev| hours.set(event_target_value(&ev)) />
                </div>
                // The supplement is asked for by where the post is, so it is
                // only added where the trust pays it.
                {loaded(sites, move |sites: Arc<RegionNames>| {
                    let paid_in: Vec<String> = sites.regions.iter().filter(|r| paying.contains(&r.id)).map(|r| r.name.clone()).collect();
                    let choices: Vec<(String, String)> = sites
                        .regions
                        .iter()
                        .map(|r| (r.id.clone(), r.name.clone()))
                        .chain(std::iter::once((String::new(), "Somewhere else, or I do not know yet".to_owned())))
                        .collect();
                    view! {
                        <div class="occ-form-group">
                            <fieldset class="occ-fieldset" aria-describedby="occ-pay-area-hint">
                                <legend class="occ-fieldset__legend">"Where is the post?"</legend>
                                <span class="occ-hint" id="occ-pay-area-hint">
                                    {supplement_note.clone()}
                                    {format!(" Our sources show it for posts in: {}. For a post anywhere else this estimate leaves it out: the job advert says whether a post includes it.", paid_in.join(", "))}
                                </span>
                                <div class="occ-radios">
                                    {choices.into_iter().map(|(id, name)| {
                                        let dom_id = if id.is_empty() { "occ-pay-area-elsewhere".to_owned() } else { format!("occ-pay-area-{id}") };
                                        let (checked_id, set_id) = (id.clone(), id.clone());
                                        view! {
                                            <div class="occ-checkboxes__item">
                                                <input class="occ-checkboxes__input" type="radio" name=AREA id=dom_id.clone() value=id
                                                    prop:checked=move || area.get() == checked_id
                                                    on:change=move |_| area.set(set_id.clone()) />
                                                <label class="occ-label occ-checkboxes__label" for=dom_id>{name}</label>
                                            </div>
                                        }
                                    }).collect_view()}
                                </div>
                            </fieldset>
                        </div>
                    }
                })}
                <button type="submit" class="occ-button">"Work out pay"</button>
            </form>
            {move || match outcome.get() {
                Some(Ok(e)) => Some(Either::Left(view! { <EstimateResult estimate=e /> })),
                _ => None::<Either<_, ()>>,
            }}
        </div>
    }
}

/// The period the figures apply to, and, once today (UK time) is past it, a
/// plain notice that newer rates may apply (shown by the start script on a
/// page built before then).
#[component]
fn RatesPeriod(pay: Arc<Pay>) -> impl IntoView {
    let period = crate::domain::pay_estimate::period_text(&pay);
    view! {
        <p>{format!("These are the {} rates, for {period}.", pay.pay_year)}</p>
        <crate::web::components::dated::RatesNotice pay />
    }
}

/// The estimate's box, which takes focus after "Work out pay".
const RESULT_ID: &str = "occ-pay-result";

/// Named by its title and figure, so focusing it reads both.
#[component]
fn EstimateResult(estimate: Estimate) -> impl IntoView {
    view! {
        <section class="occ-panel" id=RESULT_ID tabindex="-1" aria-labelledby="occ-pay-result-title occ-pay-result-figure">
            <h3 class="occ-panel__title" id="occ-pay-result-title">"Estimated pay"</h3>
            <p class="occ-panel__figure" id="occ-pay-result-figure">{format!("{} a year", pounds(estimate.total))}</p>
            <p>"This is an estimate before tax, National Insurance and pension, for the hours you entered. The job advert gives the pay for a post."</p>
            <h4 class="occ-heading-s">"How we worked it out"</h4>
            <ol class="occ-list occ-list--number">
                {estimate.steps.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}
            </ol>
        </section>
    }
}
