//! The list of roles with filters, and the comparison of two or three roles.

use crate::content::{Band, Pay, Role, Roles};
use crate::domain::compare::{self, Selection};
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::query::with_query;
use crate::domain::role_filter::{
    band_range_label, registration_from_value, registration_value, Kind, RoleFilter, BAND_FROM,
    BAND_TO, KIND, REGISTRATION,
};
use crate::domain::roles::{patient_contact_label, pay_points, registration_label};
use crate::domain::routes::{self, role_path, COMPARE, ROLES};
use crate::web::components::compare::{CompareBar, CompareToggle};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, IslandPlace, Page};
use crate::web::components::{use_content, CompareList, IgnoredNote};
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Roles() -> impl IntoView {
    view! {
        <Page title=ROLES.title about=About::section(&ROLES) breadcrumbs=Vec::new()>
            // Outside the part: complete as built, so it paints with the page
            // and is not drawn again when the part's program takes over.
            <p class="occ-lede">
                "These are the jobs in prison healthcare on this site. Pay bands are the usual ones for each role in the NHS, not an offer."
            </p>
            <IslandPlace island=Island::Roles>
                <RolesPart />
            </IslandPlace>
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn RolesPart() -> impl IntoView {
    let roles = use_content::<Roles>();
    let nav = crate::web::nav::use_nav();
    let parsed = Memo::new(move |_| {
        let pairs = nav.pairs();
        RoleFilter::from_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    });
    let filter = Memo::new(move |_| parsed.get().0);
    let go = use_go();
    let set = move |change: &dyn Fn(&mut RoleFilter)| {
        let mut f = filter.get_untracked();
        change(&mut f);
        go(&with_query(ROLES.path, &f.to_query()), false);
    };
    let set_to = set;

    view! {
            <form class="occ-filters" on:submit=|ev| ev.prevent_default()>
                <fieldset class="occ-fieldset">
                    <legend class="occ-fieldset__legend">"Filter roles"</legend>
                    <div class="occ-filters__grid">
                        <div class="occ-form-group">
                            <label class="occ-label" for="occ-filter-type">"Type of role"</label>
                            <select
                                class="occ-select"
                                id="occ-filter-type"
                                name=KIND
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    set(&|f| f.kind = Kind::from_value(&v));
                                }
                            >
                                <option value="" selected=move || filter.get().kind.is_none()>"Any"</option>
                                {Kind::ALL.map(|k| view! {
                                    <option value=k.value() selected=move || filter.get().kind == Some(k)>
                                        {match k { Kind::Clinical => "Clinical", Kind::NonClinical => "Non-clinical" }}
                                    </option>
                                })}
                            </select>
                        </div>
                        <div class="occ-form-group">
                            // Said as people look for it: what they would need to have.
                            <label class="occ-label" for="occ-filter-registration">"Qualifications and registration"</label>
                            <div class="occ-hint" id="occ-filter-registration-hint">"Some roles need you to be registered with a professional body, such as the Nursing and Midwifery Council (NMC), which needs a recognised qualification."</div>
                            <select
                                class="occ-select"
                                id="occ-filter-registration"
                                aria-describedby="occ-filter-registration-hint"
                                name=REGISTRATION
                                on:change=move |ev| {
                                    let v = event_target_value(&ev);
                                    set(&|f| f.registration = registration_from_value(&v));
                                }
                            >
                                <option value="" selected=move || filter.get().registration.is_none()>"Any"</option>
                                {[true, false].map(|r| view! {
                                    <option value=registration_value(r) selected=move || filter.get().registration == Some(r)>
                                        {if r { "Registration needed" } else { "No registration needed" }}
                                    </option>
                                })}
                            </select>
                        </div>
                        <BandSelect label="Lowest band" id="occ-filter-band-from" name=BAND_FROM
                            current=Signal::derive(move || filter.get().band_from)
                            pick=move |v| set(&|f| f.band_from = v) />
                        <BandSelect label="Highest band" id="occ-filter-band-to" name=BAND_TO
                            current=Signal::derive(move || filter.get().band_to)
                            pick=move |v| set_to(&|f| f.band_to = v) />
                    </div>
                </fieldset>
            </form>
            {move || view! { <IgnoredNote ignored=parsed.get().1 /> }}
            {loaded(roles, move |roles: Arc<Roles>| {
                move || {
                    let f = filter.get();
                    let shown: Vec<Role> = f.apply(&roles.roles).into_iter().cloned().collect();
                    let total = roles.roles.len();
                    let count = shown.len();
                    view! {
                        <p class="occ-count" role="status">{format!("Showing {count} of {total} roles")}</p>
                        {if shown.is_empty() {
                            Either::Left(view! {
                                <div class="occ-inset">
                                    <p>"No roles match these filters."</p>
                                    <p><Link to=ROLES.path>"Clear the filters"</Link></p>
                                </div>
                            })
                        } else {
                            Either::Right(view! {
                                <ul class="occ-card-group">
                                    {shown.into_iter().map(|r| view! { <RoleCard role=r /> }).collect_view()}
                                </ul>
                                {(!f.is_empty()).then(|| view! { <p><Link to=ROLES.path>"Clear the filters"</Link></p> })}
                            })
                        }}
                    }
                }
            })}
            // After the list, held at the foot of the screen while the list
            // scrolls past, so the way to the comparison is always in reach.
            <CompareBar follow=true />
    }
}

/// One end of the band range filter: "Any" or a band, by its code in the link.
#[component]
fn BandSelect(
    label: &'static str,
    id: &'static str,
    name: &'static str,
    current: Signal<Option<Band>>,
    pick: impl Fn(Option<Band>) + 'static,
) -> impl IntoView {
    view! {
        <div class="occ-form-group">
            <label class="occ-label" for=id>{label}</label>
            <select class="occ-select" id=id name=name on:change=move |ev| pick(Band::from_code(&event_target_value(&ev)))>
                <option value="" selected=move || current.get().is_none()>"Any"</option>
                {Band::ALL
                    .into_iter()
                    .map(|b| view! { <option value=b.code() selected=move || current.get() == Some(b)>{b.label()}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

#[component]
fn RoleCard(role: Role) -> impl IntoView {
    let title = role.title.clone();
    view! {
        <li class="occ-card">
            <h2 class="occ-card__heading">
                <Link to=role_path(&role.id) class="occ-card__link">{title}</Link>
            </h2>
            <p class="occ-card__description">{role.summary.clone()}</p>
            <dl class="occ-card__facts">
                <div><dt>"Usually"</dt><dd>{band_range_label(&role)}</dd></div>
                <div><dt>"Registration"</dt><dd>{registration_label(&role)}</dd></div>
                <div><dt>"Type"</dt><dd>{if role.clinical { "Clinical" } else { "Non-clinical" }}</dd></div>
            </dl>
            <CompareToggle id=role.id.clone() title=role.title.clone() />
        </li>
    }
}

#[component]
pub fn Compare() -> impl IntoView {
    view! {
        <Page title=COMPARE.title about=About::section(&COMPARE) breadcrumbs=vec![Crumb::new(ROLES.nav_label, ROLES.path)]>
            // Outside the part, as on the role list: a shared comparison's
            // page paints its words before the program has drawn the roles.
            <p class="occ-lede">
                "See roles side by side: what each involves, its usual pay band, whether it needs a professional registration, and its essential requirements."
            </p>
            <IslandPlace island=Island::Compare>
                <ComparePart />
            </IslandPlace>
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn ComparePart() -> impl IntoView {
    let roles = use_content::<Roles>();
    let pay = use_content::<Pay>();
    let nav = crate::web::nav::use_nav();
    let raw = Memo::new(move |_| nav.get(compare::PARAM).unwrap_or_default());
    let chosen = expect_context::<CompareList>().0;

    view! {
            {loaded(roles, move |roles: Arc<Roles>| {
                let selection = Memo::new({
                    let roles = roles.clone();
                    move |_| Selection::parse(&raw.get(), &roles)
                });
                // The link is the record: the list and profile pages show the
                // same choice. Kept in step by an effect, never written while rendering.
                Effect::new(move |_| chosen.set(selection.with(|s| s.ids.clone())));
                move || {
                    let selection = selection.get();
                    let picked: Vec<Role> = selection.ids.iter().filter_map(|id| roles.get(id).cloned()).collect();
                    let others: Vec<Role> = roles.roles.iter().filter(|r| !selection.ids.contains(&r.id)).cloned().collect();
                    let ids = selection.ids.clone();
                    view! {
                        {selection.dropped_anything().then(|| view! { <DroppedNote selection=selection.clone() roles=roles.clone() /> })}
                        {if picked.len() < 2 {
                            Either::Left(view! {
                                <p>"Choose two or three roles to see them side by side."</p>
                            })
                        } else {
                            Either::Right(view! { <CompareTable picked=picked.clone() roles=roles.clone() pay /> })
                        }}
                        {(ids.len() < compare::MAX).then(|| view! {
                            <h2 class="occ-heading-m">{if ids.is_empty() { "Choose roles" } else { "Add a role" }}</h2>
                            <ul class="occ-list occ-list--plain">
                                {others.into_iter().map(|r| {
                                    let to = compare::route(&compare::toggled(&ids, &r.id));
                                    view! { <li><Link to>{format!("Add {}", crate::domain::format::in_sentence(&r.title))}</Link></li> }
                                }).collect_view()}
                            </ul>
                        })}
                    }
                }
            })}
    }
}

/// What the comparison left out of its link. Roles by their titles from the
/// content; an id the content does not have only as "a role we do not know",
/// since the link's author wrote it.
#[component]
fn DroppedNote(selection: Selection, roles: Arc<Roles>) -> impl IntoView {
    let titles = |ids: &[String]| -> String {
        let titles: Vec<&str> = ids
            .iter()
            .filter_map(|id| roles.get(id))
            .map(|r| r.title.as_str())
            .collect();
        crate::domain::query::spoken_list(&titles)
    };
    let mut parts = Vec::new();
    match selection.unknown {
        0 => {}
        1 => parts.push("a role we do not know".to_owned()),
        n => parts.push(format!("{n} roles we do not know")),
    }
    if !selection.repeated.is_empty() {
        parts.push(format!("{} (listed twice)", titles(&selection.repeated)));
    }
    if !selection.over_limit.is_empty() {
        parts.push(format!(
            "{} (you can compare up to {} roles)",
            titles(&selection.over_limit),
            compare::MAX
        ));
    }
    view! { <p class="occ-inset">{format!("We left out part of the link: {}.", parts.join("; "))}</p> }
}

#[component]
fn CompareTable(
    picked: Vec<Role>,
    roles: Arc<Roles>,
    pay: crate::web::components::Content<Pay>,
) -> impl IntoView {
    let ids: Vec<String> = picked.iter().map(|r| r.id.clone()).collect();
    let title_of = |id: &str| roles.get(id).map(|r| r.title.clone()).unwrap_or_default();
    type Cell = Box<dyn Fn(&Role) -> AnyView>;
    let list = |items: Vec<String>| -> AnyView {
        view! { <ul class="occ-list">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
    };
    let leads: Vec<(String, Vec<String>)> = picked
        .iter()
        .map(|r| {
            (
                r.id.clone(),
                r.leads_to.iter().map(|t| title_of(t)).collect(),
            )
        })
        .collect();
    let rows: Vec<(&'static str, Cell)> = vec![
        (
            "What the role involves",
            Box::new(move |r: &Role| list(r.what.clone())),
        ),
        (
            "Usual pay band",
            Box::new(move |r: &Role| {
                let r = r.clone();
                view! {
                    <p>{band_range_label(&r)}</p>
                    {move || pay.get().and_then(|p| p.ok()).map(|p| list(pay_points(&r, &p)))}
                }
                .into_any()
            }),
        ),
        (
            "Professional registration",
            Box::new(|r: &Role| view! { <p>{registration_label(r)}</p> }.into_any()),
        ),
        (
            "Type",
            Box::new(|r: &Role| {
                view! { <p>{if r.clinical { "Clinical" } else { "Non-clinical" }}</p> }.into_any()
            }),
        ),
        (
            "Time with patients",
            Box::new(|r: &Role| {
                view! { <p>{patient_contact_label(r.patient_contact)}</p> }.into_any()
            }),
        ),
        ("Where", Box::new(move |r: &Role| list(r.settings.clone()))),
        (
            "Essential requirements",
            Box::new(move |r: &Role| {
                let needs: Vec<String> = r.essentials().map(|e| e.text.clone()).collect();
                if needs.is_empty() {
                    view! { <p>"None listed"</p> }.into_any()
                } else {
                    list(needs)
                }
            }),
        ),
        (
            "Ways in",
            Box::new(move |r: &Role| list(r.entry_routes.clone())),
        ),
        (
            "Can lead to",
            Box::new(move |r: &Role| {
                let to = leads
                    .iter()
                    .find(|(id, _)| id == &r.id)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default();
                if to.is_empty() {
                    view! { <p>"No other role on this site"</p> }.into_any()
                } else {
                    list(to)
                }
            }),
        ),
    ];
    view! {
        <table class="occ-compare">
            <caption class="occ-u-visually-hidden">"Roles side by side"</caption>
            <thead>
                <tr>
                    <td></td>
                    {picked.iter().map(|r| {
                        let remove = compare::route(&compare::toggled(&ids, &r.id));
                        let title = r.title.clone();
                        let hidden = format!(" {}", r.title);
                        view! {
                            <th scope="col" class="occ-compare__role">
                                <Link to=role_path(&r.id)>{title}</Link>
                                <span class="occ-compare__remove">
                                    <Link to=remove>"Remove"<span class="occ-u-visually-hidden">{hidden}</span></Link>
                                </span>
                            </th>
                        }
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(label, cell)| view! {
                    <tr>
                        <th scope="row">{label}</th>
                        {picked.iter().map(|r| view! {
                            <td>
                                <span class="occ-compare__cell-role" aria-hidden="true">{r.title.clone()}</span>
                                {cell(r)}
                            </td>
                        }).collect_view()}
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <p class="occ-hint">{format!("Pay points are for a full-time week, before any supplement. See {}.", crate::domain::format::in_sentence(routes::PAY.title))}</p>
    }
}
