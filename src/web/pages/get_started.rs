//! How to get started, and what to expect.

use crate::content::{Days, GettingStarted, Roles};
use crate::domain::head::About;
use crate::domain::routes::{role_path, GET_STARTED, QUIZ, ROLES, VACANCIES};
use crate::web::components::link::Link;
use crate::web::components::loaded::loaded;
use crate::web::components::page::Page;
use crate::web::components::use_content;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn GetStarted() -> impl IntoView {
    let content = use_content::<GettingStarted>();
    view! {
        <Page title=GET_STARTED.title about=About::section(&GET_STARTED) breadcrumbs=Vec::new()>
            {loaded(content, |g: Arc<GettingStarted>| view! {
                {g.intro.iter().map(|p| view! { <p class="occ-lede">{p.text.clone()}</p> }).collect_view()}
                <ol class="occ-steps">
                    {g.steps.iter().enumerate().map(|(i, s)| view! {
                        <li class="occ-steps__item">
                            <h2 class="occ-steps__title"><span class="occ-steps__number">{format!("Step {}", i + 1)}</span>{s.title.clone()}</h2>
                            <p>{s.intro.clone()}</p>
                            <ul class="occ-list">{s.items.iter().map(|it| view! { <li>{it.clone()}</li> }).collect_view()}</ul>
                        </li>
                    }).collect_view()}
                </ol>
                <h2>"What to expect"</h2>
                <p>"Working in a prison is not like working in a hospital or a clinic. Before you start, and on every working day, there are things you need to know."</p>
                {g.what_to_expect.iter().map(|e| view! {
                    <h3>{e.title.clone()}</h3>
                    {e.text.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
                }).collect_view()}
                <DaysInTheLife />
                {(!g.questions.is_empty()).then(|| view! {
                    <h2>"Questions people ask first"</h2>
                    {g.questions.iter().map(|q| view! {
                        <h3>{q.question.clone()}</h3>
                        {q.answer.iter().map(|a| view! { <p>{a.text.clone()}</p> }).collect_view()}
                        {q.not_known.clone().map(|n| view! { <p>{n}</p> })}
                    }).collect_view()}
                    <crate::web::components::ApplyOrAsk />
                    <details class="occ-details">
                        <summary class="occ-details__summary">"Where these answers come from"</summary>
                        <crate::web::components::SourceList sources=question_sources(&g) />
                    </details>
                })}
                <h2>"Next steps"</h2>
                <ul class="occ-list occ-list--plain">
                    <li><Link to=QUIZ.path class="occ-action-link">"Find roles that suit you"</Link></li>
                    <li><Link to=ROLES.path class="occ-action-link">"Read about the roles"</Link></li>
                    <li><Link to=VACANCIES.path class="occ-action-link">"See current vacancies"</Link></li>
                </ul>
            })}
        </Page>
    }
}

/// The answers' sources (the list shows each once).
fn question_sources(g: &GettingStarted) -> Vec<crate::content::Source> {
    g.questions
        .iter()
        .flat_map(|q| &q.answer)
        .map(|a| a.source.clone())
        .collect()
}

/// A link to each day in the life the content has, on its role's page.
#[component]
fn DaysInTheLife() -> impl IntoView {
    let days = use_content::<Days>();
    let roles = use_content::<Roles>();
    move || {
        let (Some(Ok(days)), Some(Ok(roles))) = (days.get(), roles.get()) else {
            return None;
        };
        let links: Vec<_> = days
            .days
            .iter()
            .filter_map(|d| {
                let role = roles.get(&d.role)?;
                Some((
                    role_path(&role.id),
                    format!(
                        "a day in the life of {}, {}",
                        d.person,
                        with_article(&crate::domain::format::in_sentence(&role.title))
                    ),
                ))
            })
            .collect();
        (!links.is_empty()).then(|| view! {
            <ul class="occ-list occ-list--plain">
                {links.into_iter().map(|(to, text)| view! { <li>"Read "<Link to>{text}</Link>"."</li> }).collect_view()}
            </ul>
        })
    }
}

/// "a registered nurse", "an administrator".
fn with_article(noun: &str) -> String {
    let article = if noun.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {noun}")
}
