//! Vacancies, laid out as NHS Jobs lays out an advert.

use crate::content::{is_email, link_to_listed_host};
use crate::content::{Roles, Sites, Vacancies, Vacancy};
use crate::domain::head::{job_posting, vacancy_description, About};
use crate::domain::routes::{prison_path, role_path, vacancy_path, VACANCIES};
use crate::domain::vacancies::{in_order, Listing};
use crate::web::components::dated::{self, closes_at, ClosingTag};
use crate::web::components::item_page::item_page;
use crate::web::components::link::Link;
use crate::web::components::loaded::loaded;
use crate::web::components::page::Page;
use crate::web::components::{now, use_content, ApplyOrAsk};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

fn list(items: Vec<String>) -> impl IntoView {
    view! { <ul class="occ-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

/// "2 open vacancies", for a count of open posts.
fn open_words(n: usize) -> String {
    match n {
        0 => "There are no open vacancies at the moment.".to_owned(),
        1 => "1 open vacancy".to_owned(),
        n => format!("{n} open vacancies"),
    }
}

#[component]
pub fn Vacancies() -> impl IntoView {
    let vacancies = use_content::<Vacancies>();
    view! {
        <Page title=VACANCIES.title about=About::section(&VACANCIES) breadcrumbs=Vec::new()>
            <p class="occ-lede">"Jobs in prison healthcare. Open posts come first."</p>
            {loaded(vacancies, |vacancies: Arc<Vacancies>| {
                let now = now();
                let all = in_order(&vacancies.vacancies, &now);
                let open = all.iter().filter(|l| l.is_open()).count();
                let total = all.len();
                view! {
                    // Which posts are open, and their order, depend on the
                    // moment the page is read: a page built in advance is
                    // brought up to date by the start script (`components::dated`).
                    <div data-occ-dated="part">
                        <p class="occ-count" role="status" data-occ-open-count=dated::words_by_count(total, open_words)>{open_words(open)}</p>
                        <ApplyOrAsk />
                        <ul class="occ-vacancy-list" data-occ-in-order>
                            {all.into_iter().map(|listing| {
                                let closing_date = listing.closing_text();
                                let closes = closes_at(&listing);
                                let state = dated::state(listing.closing);
                                let v = listing.vacancy.clone();
                                let title = v.title.clone();
                                view! {
                                    <li class="occ-vacancy" data-occ-closes=closes data-occ-state=state>
                                        <h2 class="occ-vacancy__title"><Link to=vacancy_path(&v.id)>{title}</Link></h2>
                                        <ClosingTag listing now />
                                        <dl class="occ-card__facts">
                                            <div><dt>"Band"</dt><dd>{v.band.label()}</dd></div>
                                            <div><dt>"Contract"</dt><dd>{v.contract.clone()}</dd></div>
                                            <div><dt>"Site"</dt><dd>{v.site.clone()}</dd></div>
                                            <div><dt>"Salary"</dt><dd>{v.salary.clone()}</dd></div>
                                            <div><dt>"Closing date"</dt><dd>{closing_date}</dd></div>
                                        </dl>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                }
            })}
        </Page>
    }
}

#[component]
pub fn VacancyPage() -> impl IntoView {
    fn find<'a>(all: &'a Vacancies, id: &str) -> Option<&'a Vacancy> {
        all.vacancies.iter().find(|v| v.id == id)
    }
    let sites = use_content::<Sites>();
    let site = crate::web::components::use_site();
    item_page(
        use_content::<Vacancies>(),
        "Vacancy",
        VACANCIES,
        // Open: listed, with the job posting search engines read (once the
        // sites and site.json have loaded). Closed: left out of search results.
        move |all: &Vacancies, id| {
            find(all, id).map(|v| {
                let now = now();
                let listing = Listing::of(v, &now);
                let structured_data = match (sites.get(), site.get()) {
                    (Some(Ok(sites)), Some(Ok(site))) => job_posting(
                        v,
                        &sites,
                        &site,
                        &now,
                        &crate::web::head::url_of(&vacancy_path(&v.id)),
                    ),
                    _ => None,
                };
                let about = About {
                    description: vacancy_description(&listing),
                    listed: listing.is_open(),
                    structured_data,
                };
                (v.title.clone(), about)
            })
        },
        |all: &Vacancies, id| find(all, id).map(|v| view! { <VacancyDetails vacancy=v.clone() /> }),
    )
}

#[component]
fn VacancyDetails(vacancy: Vacancy) -> impl IntoView {
    let roles = use_content::<Roles>();
    let sites = use_content::<Sites>();
    let now = now();
    let listing = Listing::of(&vacancy, &now);
    let closing = listing.closing;
    let closed = closing.is_closed();
    let closes = closes_at(&listing);
    let v = vacancy;
    let role_id = v.role.clone();
    let site_ids = v.sites.clone();
    let hours = match &v.hours_note {
        Some(note) => format!("{} ({note})", v.hours),
        None => v.hours.clone(),
    };
    let summary: Vec<(&'static str, String)> = vec![
        ("Main area", v.main_area.clone()),
        ("Grade", v.band.label().to_owned()),
        ("Contract", v.contract.clone()),
        ("Hours", hours),
        ("Job ref", v.job_ref.clone()),
        ("Employer", v.employer.clone()),
        ("Employer type", v.employer_type.clone()),
        ("Site", v.site.clone()),
        ("Town", v.town.clone()),
        ("Salary", v.salary.clone()),
        ("Salary period", v.salary_period.clone()),
        ("Closing date", listing.closing_text()),
    ];
    let job_ref = v.job_ref.clone();
    let apply_url = v.apply_url.clone();
    let site = crate::web::components::use_site();
    let apply_hosts = move || {
        site.get()
            .and_then(Result::ok)
            .map(|s| s.apply_hosts.clone())
            .unwrap_or_default()
    };
    view! {
        // Whether the post is open depends on the moment the page is read: a
        // page built in advance is brought up to date by the start script
        // (`components::dated`), which shows the words for open or for closed.
        <div data-occ-dated="part"><div data-occ-closes=closes data-occ-state=dated::state(closing)>
        <ClosingTag listing=listing.clone() now />
        <div class="occ-inset" data-occ-closed hidden=!closed><p>"This vacancy has closed. You cannot apply for it now. "<Link to=VACANCIES.path>"See all vacancies"</Link>"."</p></div>
        <h2>"Job summary"</h2>
        <dl class="occ-summary-list">
            {summary.into_iter().map(|(k, val)| view! {
                <div class="occ-summary-list__row">
                    <dt class="occ-summary-list__key">{k}</dt>
                    <dd class="occ-summary-list__value">{val}</dd>
                </div>
            }).collect_view()}
        </dl>
        {loaded(roles, move |roles: Arc<Roles>| {
            roles.get(&role_id).map(|r| {
                let title = crate::domain::format::in_sentence(&r.title);
                view! { <p>"Find out more about the role: "<Link to=role_path(&r.id)>{title}</Link>"."</p> }
            })
        })}
        {loaded(sites, move |sites: Arc<Sites>| {
            let here: Vec<_> = site_ids.iter().filter_map(|id| sites.get(id)).cloned().collect();
            view! {
                <p>"This post covers:"</p>
                <ul class="occ-list">
                    {here.into_iter().map(|s| {
                        let name = s.name.clone();
                        view! { <li><Link to=prison_path(&s.id)>{name}</Link>{format!(", {}", s.town)}</li> }
                    }).collect_view()}
                </ul>
            }
        })}
        <crate::web::components::WordsExplained texts=v.texts().into_iter().map(str::to_owned).collect() summary="Words in this advert explained" />
        <h2>"Job overview"</h2>
        {v.overview.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        <h2>"Main duties of the job"</h2>
        {v.main_duties.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        <h2>"Detailed job description and main responsibilities"</h2>
        {v.responsibilities.iter().map(|s| view! {
            <h3>{s.heading.clone()}</h3>
            {list(s.items.clone())}
        }).collect_view()}
        <h2>"Person specification"</h2>
        {v.person_specification.iter().map(|s| view! {
            <h3>{s.heading.clone()}</h3>
            <p class="occ-criteria__label">"Essential criteria"</p>
            {list(s.essential.clone())}
            {(!s.desirable.is_empty()).then(|| view! {
                <p class="occ-criteria__label">"Desirable criteria"</p>
                {list(s.desirable.clone())}
            })}
        }).collect_view()}
        <h2>"Applicant requirements"</h2>
        {v.applicant_requirements.iter().map(|p| view! { <p>{p.clone()}</p> }).collect_view()}
        <h2>"Further details and informal visits"</h2>
        <dl class="occ-summary-list">
            <div class="occ-summary-list__row"><dt class="occ-summary-list__key">"Name"</dt><dd class="occ-summary-list__value">{v.contact.name.clone()}</dd></div>
            <div class="occ-summary-list__row"><dt class="occ-summary-list__key">"Job title"</dt><dd class="occ-summary-list__value">{v.contact.job_title.clone()}</dd></div>
            <div class="occ-summary-list__row">
                <dt class="occ-summary-list__key">"Email address"</dt>
                <dd class="occ-summary-list__value">
                    {match v.contact.email.clone() {
                        // Only an address of the plain shape becomes a link: a `?` or `&`
                        // would add recipients, a subject or a body to the email.
                        Some(email) if is_email(&email) => {
                            let href = format!("mailto:{email}");
                            Either::Left(view! { <a href=href>{email}</a> })
                        }
                        Some(email) => Either::Right(email),
                        None => Either::Right("Not given in the copy of the advert this page comes from".to_owned()),
                    }}
                </dd>
            </div>
        </dl>
        <h2>"How to apply"</h2>
        // Checked here, as it is shown: only an https link to a host site.json
        // lists in apply_hosts becomes the button (so it waits for site.json).
        <p data-occ-closed hidden=!closed>"Applications for this post have closed. Other posts may be open."</p>
        <div data-occ-open hidden=closed>
            {move || match apply_url.as_deref().and_then(|url| link_to_listed_host(url, &apply_hosts())).map(str::to_owned) {
                Some(url) => Either::Left(view! { <p><a class="occ-button" href=url>"Apply on the employer's website"</a></p> }),
                None => Either::Right(view! {
                    <p>{format!("Apply through the trust's live jobs: this post's job reference is {}.", job_ref.clone())}</p>
                }),
            }}
        </div>
        <ApplyOrAsk heading=false />
        </div></div>
    }
}
