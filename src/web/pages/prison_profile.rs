//! A site's own page: its facts, the roles there and any vacancies, and the
//! sites nearest to it.

use crate::content::{Roles, SiteRecord, Sites, Vacancies};
use crate::domain::head::About;
use crate::domain::places::{
    category_label, holds_label, kind_label, miles_label, nearest_first, position,
};
use crate::domain::routes::{prison_path, role_path, PRISONS};
use crate::web::components::item_page::item_page;
use crate::web::components::link::Link;
use crate::web::components::loaded::loaded;
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

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
        site.services
            .as_ref()
            .map(|s| ("Healthcare the trust provides", s.text.clone())),
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
                view! { <li><Link to=prison_path(&s.id)>{name}</Link>{format!(": {} in a straight line", crate::domain::format::in_sentence(&miles_label(d)))}</li> }
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
