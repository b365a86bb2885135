use crate::content::{Organisation, Website};
use crate::domain::head::About;
use crate::domain::routes::{ABOUT, ACCESSIBILITY, PRISONS, SITE_NAME};
use crate::web::components::link::{ExternalLinkTo, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, Page};
use crate::web::components::{use_content, use_site, BenefitCards};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn About() -> impl IntoView {
    let org = use_content::<Organisation>();
    let site = use_site();
    // "About Oxleas" once the trust's short name has loaded.
    let title = Signal::derive(move || match site.get() {
        Some(Ok(s)) => format!("About {}", s.trust_short_name),
        _ => ABOUT.title.to_owned(),
    });
    view! {
        <Page title about=About::section(&ABOUT) breadcrumbs={Vec::<Crumb>::new()}>
            {loaded(org, move |o: Arc<Organisation>| {
                let short = site.get().and_then(Result::ok).map(|s| s.trust_short_name.clone()).unwrap_or_default();
                view! {
                {o.about.iter().map(|p| view! { <p>{p.text.clone()}</p> }).collect_view()}
                <h2>{format!("Why work for {short}")}</h2>
                <BenefitCards benefits=o.benefits.clone() />
                <h2>"Values"</h2>
                <p>"Its values are:"</p>
                <ul class="occ-list">{o.values.trust.iter().map(|v| view! { <li>{v.clone()}</li> }).collect_view()}</ul>
                <p>"In offender healthcare, these values and skills matter most:"</p>
                <ul class="occ-list">{o.values.offender_healthcare.iter().map(|v| view! { <li>{v.clone()}</li> }).collect_view()}</ul>
                <h2>"What staff say"</h2>
                {o.staff_voices.iter().map(|v| view! {
                    <figure class="occ-quote">
                        <blockquote class="occ-quote__text">
                            {v.quote.iter().map(|q| view! { <p>{q.clone()}</p> }).collect_view()}
                        </blockquote>
                        <figcaption class="occ-quote__who">{format!("{}, {}", v.name, v.job_title)}</figcaption>
                    </figure>
                }).collect_view()}
                <h2>{format!("Where {short} works")}</h2>
                {o.where_it_works.iter().map(|p| view! { <p>{p.text.clone()}</p> }).collect_view()}
                <p><Link to=PRISONS.path class="occ-action-link">"See the prisons on a map"</Link></p>
                <crate::web::components::WordsExplained texts=words_on(&o) summary="Words on this page explained" />
            }})}
        </Page>
    }
}

/// The page's words that the glossary may explain: what staff said is quoted
/// as written, so an abbreviation in it is explained here.
fn words_on(o: &Organisation) -> Vec<String> {
    let paragraphs = o
        .about
        .iter()
        .chain(&o.where_it_works)
        .map(|p| p.text.clone());
    let quotes = o.staff_voices.iter().flat_map(|v| v.quote.iter().cloned());
    paragraphs.chain(quotes).collect()
}

/// The statement UK public sector websites must publish. It says only what the
/// project's own tests check.
#[component]
pub fn Accessibility() -> impl IntoView {
    let site = use_site();
    view! {
        <Page title={ACCESSIBILITY.title} about=About::section(&ACCESSIBILITY) breadcrumbs={Vec::<Crumb>::new()}>
            {loaded(site, |s: Arc<Website>| view! {
                <p class="occ-lede">
                    {format!("This statement is about {SITE_NAME}, a website run by {}.", s.trust_name)}
                </p>
            })}
            <h2 class="occ-heading-m">"Using this website"</h2>
            <p>"We want as many people as possible to be able to use this website. You should be able to:"</p>
            <ul class="occ-list">
                <li>"change colours, contrast levels and fonts using your browser or device settings"</li>
                <li>"zoom in up to 400% without the text spilling off the screen"</li>
                <li>"use every part of the website with a keyboard alone"</li>
                <li>"use every part of the website with a screen reader"</li>
                <li>"read every page on a screen 320 pixels wide"</li>
                <li>"turn off animation using your device's reduce motion setting"</li>
            </ul>
            <h2 class="occ-heading-m">"How accessible this website is"</h2>
            <p>"We know of these limits:"</p>
            <ul class="occ-list">
                <li>"the career pathways diagram is shown on larger screens only; on a phone the same information is given as a list"</li>
                <li>"the filters, the quiz, the pay calculator and the list of vacancies need JavaScript: without it, the other pages can still be read"</li>
            </ul>
            <h2 class="occ-heading-m">"How we test this website"</h2>
            <p>
                "Every change is tested automatically in a web browser at a phone size and a desktop size. "
                "Every page is checked with the axe accessibility checker against the Web Content Accessibility "
                "Guidelines version 2.2, levels A and AA. The tests also check keyboard focus, page titles and headings."
            </p>
            <p>"Automated checks do not find every problem. Tell us if something does not work for you."</p>
            <h2 class="occ-heading-m">"Reporting a problem"</h2>
            {loaded(site, |s: Arc<Website>| view! {
                <p>
                    {format!("If you find a problem with this website, or need its information in a different format, contact {} through its website, ", s.trust_name)}
                    <ExternalLinkTo link=s.trust_website.clone() />"."
                </p>
            })}
            <h2 class="occ-heading-m">"Enforcement procedure"</h2>
            <p>
                "The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector "
                "Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not "
                "happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS)."
            </p>
        </Page>
    }
}
