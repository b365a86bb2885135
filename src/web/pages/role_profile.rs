//! One role's full profile.

use crate::content::{Days, Pay, Role, Roles, Sites, Vacancies};
use crate::domain::head::About;
use crate::domain::role_filter::band_range_label;
use crate::domain::roles::{patient_contact_label, pay_points, registration_label};
use crate::domain::routes::{self, prison_path, role_path, ROLES};
use crate::domain::vacancies::in_order;
use crate::web::components::dated::VacancyList;
use crate::web::components::item_page::item_page;
use crate::web::components::link::Link;
use crate::web::components::loaded::loaded;
use crate::web::components::{now, use_content};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

fn list(items: Vec<String>) -> impl IntoView {
    view! { <ul class="occ-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

fn paragraphs(items: Vec<String>) -> impl IntoView {
    items
        .into_iter()
        .map(|p| view! { <p>{p}</p> })
        .collect_view()
}

#[component]
pub fn RoleProfile() -> impl IntoView {
    item_page(
        use_content::<Roles>(),
        "Role profile",
        ROLES,
        |roles: &Roles, id| {
            roles
                .get(id)
                .map(|r| (r.title.clone(), About::listed(r.summary.clone())))
        },
        |roles: &Roles, id| {
            roles
                .get(id)
                .map(|role| view! { <RoleDetails role=role.clone() roles=roles.clone() /> })
        },
    )
}

#[component]
fn RoleDetails(role: Role, roles: Roles) -> impl IntoView {
    let pay = use_content::<Pay>();
    let sites = use_content::<Sites>();
    let days = use_content::<Days>();
    let vacancies = use_content::<Vacancies>();
    let id = role.id.clone();
    let leads_to: Vec<Role> = role
        .leads_to
        .iter()
        .filter_map(|t| roles.get(t).cloned())
        .collect();
    let comes_from: Vec<Role> = roles.leads_from(&role.id).into_iter().cloned().collect();
    let r = role.clone();

    let id_sites = id.clone();
    let id_days = id.clone();
    let id_vac = id.clone();
    let essential_quals = role.qualifications.essential_texts();
    let essential_exp = role.experience.essential_texts();

    view! {
        <p class="occ-lede">{role.summary.clone()}</p>
        <dl class="occ-summary-list">
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Usual pay band"</dt>
                <dd class="occ-summary-list__value">{band_range_label(&role)}</dd>
            </div>
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Professional registration"</dt>
                <dd class="occ-summary-list__value">{registration_label(&role)}</dd>
            </div>
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Type"</dt>
                <dd class="occ-summary-list__value">{if role.clinical { "Clinical" } else { "Non-clinical" }}</dd>
            </div>
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Time with patients"</dt>
                <dd class="occ-summary-list__value">{patient_contact_label(role.patient_contact)}</dd>
            </div>
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Setting"</dt>
                <dd class="occ-summary-list__value">{role.settings.join(", ")}</dd>
            </div>
        </dl>
        // A link, not a button: the page needs no program, and the comparison
        // page offers the other roles to add.
        <p>
            <Link to=crate::domain::compare::route(std::slice::from_ref(&role.id)) class="occ-action-link">
                "Compare this role with others"
            </Link>
        </p>

        <h2>"What the role involves"</h2>
        {paragraphs(role.what.clone())}
        <h2>"Who does it"</h2>
        {paragraphs(role.who.clone())}
        <h2>"Where you would work"</h2>
        {paragraphs(role.where_.clone())}
        {loaded(sites, move |sites: Arc<Sites>| {
            let here: Vec<_> = sites.sites.iter().filter(|s| !s.is_closed() && s.roles.contains(&id_sites)).cloned().collect();
            if here.is_empty() {
                Either::Left(view! {
                    <p>"No job advert we hold names a site for this role. To ask where it works, see “Apply or ask a question” below, or "<Link to=routes::PRISONS.path>"see every site"</Link>"."</p>
                })
            } else {
                Either::Right(view! {
                    <p>"Sites where this role works, from the trust's job adverts:"</p>
                    <ul class="occ-list">
                        {here.into_iter().map(|s| view! { <li><Link to=prison_path(&s.id)>{s.name.clone()}</Link>{format!(", {}", s.town)}</li> }).collect_view()}
                    </ul>
                })
            }
        })}

        <h2>"Skills and values"</h2>
        <h3>"Skills"</h3>
        {list(role.skills.clone())}
        <h3>"Values"</h3>
        {list(role.values.clone())}

        <h2>"What the role needs"</h2>
        <h3>"Qualifications"</h3>
        <CriteriaView essential=essential_quals desirable=role.qualifications.desirable.clone() none="No qualifications needed to apply" />
        <h3>"Experience"</h3>
        <CriteriaView essential=essential_exp desirable=role.experience.desirable.clone() none="No experience needed to apply" />
        {(!role.abilities.is_empty()).then(|| view! {
            <h3>"Skills and abilities"</h3>
            <CriteriaView essential=role.abilities.essential_texts() desirable=role.abilities.desirable.clone() none="None listed" />
        })}

        <h2>"Pay"</h2>
        <p>{format!("This role is usually paid at {}. Pay depends on the post and your experience.", band_range_label(&role))}</p>
        {loaded(pay, move |pay: Arc<Pay>| {
            view! {
                <p>{format!("NHS pay points in {} for a {}-hour week:", pay.pay_year, crate::domain::format::decimal(pay.full_time_hours))}</p>
                {list(pay_points(&r, &pay))}
                <p>{pay.trust_supplement_note.text.clone()}" "<Link to=crate::domain::pay_estimate::route_for_band(r.band.from)>{format!("Work out your pay at {}", r.band.from.label())}</Link></p>
                <crate::web::components::dated::RatesNotice pay=pay.clone() />
            }
        })}

        <h2>"How to get into this role"</h2>
        {list(role.entry_routes.clone())}

        <h2>"Where it can lead"</h2>
        <RoleLinks heading="This role can lead to" roles=leads_to empty="No other role on this site" />
        <RoleLinks heading="People often come to this role from" roles=comes_from empty="No other role on this site" />
        <p><Link to=crate::domain::pathways::route_from(&role.id)>"See this role in the career pathways"</Link></p>

        {loaded(days, move |days: Arc<Days>| {
            days.days.iter().filter(|d| d.role == id_days).map(|d| view! {
                <h2>{format!("A day in the life: {}", d.person)}</h2>
                <p>{d.intro.clone()}</p>
                <ol class="occ-timeline">
                    {d.steps.iter().map(|s| {
                        let when = s.time.as_deref().and_then(crate::content::parse_time).map(|(h, m)| crate::domain::format::time_text(h, m)).or(s.when.clone()).unwrap_or_default();
                        view! {
                            <li class="occ-timeline__item">
                                <h3 class="occ-timeline__title"><span class="occ-timeline__when">{when}</span>" "{s.title.clone()}</h3>
                                <p>{s.text.clone()}</p>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }).collect_view()
        })}

        <h2>"Vacancies"</h2>
        // Which posts are open depends on the moment the page is read. Each
        // carries the moment it closes (`data-occ-closes`), so a page built in
        // advance is brought up to date by the start script, with no program:
        // it hides the "Closed" words and the "none open" sentence by the same
        // rule (`DateTime::reached_at_millis`, tested against `Closing::at`).
        <div data-occ-dated="part">
        {loaded(vacancies, move |vacancies: Arc<Vacancies>| {
            let mine = in_order(vacancies.vacancies.iter().filter(|v| v.role == id_vac), &now());
            view! { <VacancyList listings=mine none_open="There are no open vacancies for this role at the moment." /> }
        })}
        </div>
        <p><Link to=routes::VACANCIES.path>"See all vacancies"</Link></p>
        <crate::web::components::ApplyOrAsk />

        <div class="occ-care-card">
            <h2 class="occ-care-card__heading">"Not sure this role is for you?"</h2>
            <p>"Answer a few questions about your values, skills and experience to see which roles match you, and why."</p>
            <p><Link to=routes::QUIZ.path class="occ-action-link">"Take the quiz"</Link></p>
        </div>

        <crate::web::components::WordsExplained texts=role.texts().into_iter().map(str::to_owned).collect() summary="Words on this page explained" />

        <details class="occ-details">
            <summary class="occ-details__summary">"Where this information comes from"</summary>
            <crate::web::components::SourceList sources=role.source.clone() />
        </details>
    }
}

#[component]
fn CriteriaView(
    essential: Vec<String>,
    desirable: Vec<String>,
    none: &'static str,
) -> impl IntoView {
    view! {
        <p class="occ-criteria__label">"Essential"</p>
        {if essential.is_empty() { Either::Left(view! { <p>{none}</p> }) } else { Either::Right(list(essential)) }}
        {(!desirable.is_empty()).then(|| view! {
            <p class="occ-criteria__label">"Desirable"</p>
            {list(desirable)}
        })}
    }
}

#[component]
fn RoleLinks(heading: &'static str, roles: Vec<Role>, empty: &'static str) -> impl IntoView {
    view! {
        <h3>{heading}</h3>
        {if roles.is_empty() {
            Either::Left(view! { <p>{empty}</p> })
        } else {
            Either::Right(view! {
                <ul class="occ-list">
                    {roles.into_iter().map(|r| view! { <li><Link to=role_path(&r.id)>{r.title.clone()}</Link></li> }).collect_view()}
                </ul>
            })
        }}
    }
}
