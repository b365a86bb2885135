//! The quiz, one question a screen, and its results.

use crate::content::{QuestionKind, Quiz, Roles};
use crate::domain::quiz::{decode, encode, rank, results_route, Answers, ANSWERS};
use crate::domain::routes::{role_path, GET_STARTED, QUIZ, QUIZ_RESULTS, VACANCIES};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::html::H2;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use std::sync::Arc;

/// Where progress is kept on the device: `<question index>|<answers link>`.
const STORAGE_KEY: &str = "occ-quiz-progress";

fn storage() -> Option<web_sys::Storage> {
    // Private browsing can refuse storage; the quiz then simply forgets on reload.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn load_progress(quiz: &Quiz) -> (usize, Answers, bool) {
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let Some(saved) = saved else {
        return (0, Answers::empty(quiz), false);
    };
    let parsed = saved.split_once('|').and_then(|(step, link)| {
        let step: usize = step.parse().ok()?;
        let answers = decode(quiz, link).ok()?;
        Some((step.min(quiz.questions.len().saturating_sub(1)), answers))
    });
    match parsed {
        Some((step, answers)) => (step, answers, false),
        // Saved by an older quiz, or damaged: start again, and say so.
        None => {
            clear_progress();
            (0, Answers::empty(quiz), true)
        }
    }
}

fn save_progress(quiz: &Quiz, step: usize, answers: &Answers) {
    if let Some(s) = storage() {
        let _ = s.set_item(STORAGE_KEY, &format!("{step}|{}", encode(quiz, answers)));
    }
}

fn clear_progress() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

#[component]
pub fn Quiz() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    view! {
        <Page title=QUIZ.title breadcrumbs=Vec::new()>
            {loaded(quiz, |quiz: Arc<Quiz>| view! { <QuizSteps quiz /> })}
            // After the questions arrive, so they do not push it down the screen.
            <Show when=move || quiz.get().is_some()>
                <HowItWorks />
            </Show>
        </Page>
    }
}

#[component]
fn QuizSteps(quiz: Arc<Quiz>) -> impl IntoView {
    let (first_step, first_answers, reset) = load_progress(&quiz);
    let step = RwSignal::new(first_step);
    let answers = RwSignal::new(first_answers);
    let error = RwSignal::new(false);
    let heading = NodeRef::<H2>::new();
    let go = use_go();
    let total = quiz.questions.len();
    let quiz = StoredValue::new(quiz);

    let focus_question = move || {
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
        })
    };
    let next = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let s = step.get_untracked();
        if answers.with_untracked(|a| a.0[s].is_empty()) {
            error.set(true);
            focus_question();
            return;
        }
        error.set(false);
        if s + 1 < total {
            step.set(s + 1);
            quiz.with_value(|q| answers.with_untracked(|a| save_progress(q, s + 1, a)));
            focus_question();
        } else {
            let link = quiz.with_value(|q| answers.with_untracked(|a| encode(q, a)));
            quiz.with_value(|q| answers.with_untracked(|a| save_progress(q, s, a)));
            go(&results_route(&link), false);
        }
    };
    let back = move |_| {
        error.set(false);
        let s = step.get_untracked().saturating_sub(1);
        step.set(s);
        quiz.with_value(|q| answers.with_untracked(|a| save_progress(q, s, a)));
        focus_question();
    };
    let start_again = move |_| {
        clear_progress();
        error.set(false);
        answers.set(quiz.with_value(|quiz| Answers::empty(quiz)));
        step.set(0);
        focus_question();
    };

    view! {
        <p class="occ-lede">{format!("Answer {total} questions about your values, skills, qualifications and how you like to work. We will match you to the roles in prison healthcare on this site, and tell you why.")}</p>
        {reset.then(|| view! { <p class="occ-inset">"Your saved answers were for an earlier version of the quiz, so we have started again."</p> })}
        <form class="occ-quiz" novalidate=true on:submit=next>
            {move || {
                let s = step.get();
                let q = quiz.with_value(|q| q.questions[s].clone());
                let multiple = q.kind == QuestionKind::Multiple;
                let name = format!("occ-quiz-{}", q.id);
                let has_error = error.get();
                view! {
                    <div class="occ-form-group" class:occ-form-group--error=has_error>
                        <fieldset class="occ-fieldset" aria-describedby=if has_error { "occ-quiz-progress occ-quiz-error" } else { "occ-quiz-progress" }>
                            <legend class="occ-fieldset__legend occ-fieldset__legend--l">
                                <span class="occ-caption" id="occ-quiz-progress">{format!("Question {} of {total}", s + 1)}</span>
                                <h2 class="occ-quiz__question" tabindex="-1" node_ref=heading>{q.text.clone()}</h2>
                            </legend>
                            {multiple.then(|| view! { <p class="occ-hint">"Select all that apply."</p> })}
                            {has_error.then(|| view! {
                                <span class="occ-error-message" id="occ-quiz-error" role="alert">
                                    <span class="occ-u-visually-hidden">"Error: "</span>
                                    {if multiple { "Select at least one answer" } else { "Select an answer" }}
                                </span>
                            })}
                            <div class=if multiple { "occ-checkboxes" } else { "occ-radios" }>
                                {q.answers.iter().enumerate().map(|(i, a)| {
                                    let id = format!("{name}-{}", a.id);
                                    let checked = move || answers.with(|x| x.0[s].contains(&i));
                                    view! {
                                        <div class="occ-checkboxes__item">
                                            <input
                                                class="occ-checkboxes__input"
                                                type=if multiple { "checkbox" } else { "radio" }
                                                id=id.clone()
                                                name=name.clone()
                                                value=a.id.clone()
                                                prop:checked=checked
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    answers.update(|x| {
                                                        let chosen = &mut x.0[s];
                                                        if !multiple {
                                                            chosen.clear();
                                                        }
                                                        chosen.retain(|c| *c != i);
                                                        if on {
                                                            chosen.push(i);
                                                        }
                                                        chosen.sort_unstable();
                                                    });
                                                    error.set(false);
                                                    quiz.with_value(|q| answers.with_untracked(|a| save_progress(q, s, a)));
                                                }
                                            />
                                            <label class="occ-label occ-checkboxes__label" for=id>{a.text.clone()}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    </div>
                }
            }}
            <div class="occ-quiz__buttons">
                {move || (step.get() > 0).then(|| view! {
                    <button type="button" class="occ-button occ-button--secondary" on:click=back>"Back"</button>
                })}
                <button type="submit" class="occ-button">
                    {move || if step.get() + 1 == total { "See your results" } else { "Next" }}
                </button>
            </div>
        </form>
        {move || (answers.with(Answers::answered) > 0).then(|| view! {
            <p><button type="button" class="occ-link-button" on:click=start_again>"Start again"</button></p>
        })}
    }
}

#[component]
fn HowItWorks() -> impl IntoView {
    view! {
        <details class="occ-details" id="how-the-quiz-works">
            <summary class="occ-details__summary">"How the quiz works"</summary>
            <div class="occ-details__text">
                <p>"Each answer counts towards some roles. For example, saying you would like to work with medicines counts towards pharmacy assistant."</p>
                <p>"A role's match is the share of the most points it could get from the quiz, from 0% to 100%. The answers that counted most are shown as the reasons for a match."</p>
                <p>"Some roles need a professional registration, such as with the Nursing and Midwifery Council. If you do not have it yet, the role is still shown, after the roles you could apply for now, with what you would need and how to get there."</p>
                <p>"Your answers stay on your device. They are kept in your browser so you can carry on later, and in the results link so you can bookmark or share it. Nothing is sent to the trust or anyone else."</p>
            </div>
        </details>
    }
}

#[component]
pub fn QuizResults() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    let roles = use_content::<Roles>();
    let query = use_query_map();
    let link = Memo::new(move |_| {
        query
            .with(|q| q.get(ANSWERS))
            .filter(|a| !a.trim().is_empty())
    });
    view! {
        <Page title=QUIZ_RESULTS.title breadcrumbs=vec![Crumb::new(QUIZ.nav_label, QUIZ.path)]>
            {loaded(quiz, move |quiz: Arc<Quiz>| {
                loaded(roles, move |roles: Arc<Roles>| {
                    let quiz = quiz.clone();
                    move || {
                        let Some(raw) = link.get() else {
                            return Either::Left(view! { <BadLink message="This link has no quiz answers in it." /> });
                        };
                        match decode(&quiz, &raw) {
                            Err(e) => Either::Left(view! { <BadLink message=e.message() /> }),
                            Ok(answers) if answers.answered() == 0 => Either::Left(view! { <BadLink message="This link has no quiz answers in it." /> }),
                            Ok(answers) => Either::Right(view! { <Results quiz=quiz.clone() roles=roles.clone() answers /> }),
                        }
                    }
                })
            })}
            <HowItWorks />
        </Page>
    }
}

#[component]
fn BadLink(message: &'static str) -> impl IntoView {
    view! {
        <div class="occ-inset">
            <p>{message}</p>
            <p><Link to=QUIZ.path>"Take the quiz"</Link></p>
        </div>
    }
}

#[component]
fn Results(quiz: Arc<Quiz>, roles: Arc<Roles>, answers: Answers) -> impl IntoView {
    let ranked = rank(&quiz, &roles, &answers);
    let now_count = ranked.iter().filter(|r| r.meets_requirements()).count();
    view! {
        <p class="occ-lede">{format!("These are the roles that match your {} answers, best first.", answers.answered())}</p>
        <p>{match now_count {
            0 => "Every role here needs something you told us you do not have yet. Each says what you would need and how to get there.".to_owned(),
            n if n == ranked.len() => "You could apply for any of these roles now.".to_owned(),
            n => format!("The first {n} are roles you could apply for now. The others need something you told us you do not have yet."),
        }}</p>
        <ol class="occ-results">
            {ranked.into_iter().map(|r| {
                let role = roles.get(&r.role).cloned().expect("ranked from these roles");
                let title = role.title.clone();
                let score = r.score;
                view! {
                    <li class="occ-result">
                        <h2 class="occ-result__title"><Link to=role_path(&role.id)>{title}</Link></h2>
                        <p class="occ-result__score">
                            <span class="occ-result__figure">{format!("{score}% match")}</span>
                            <span class="occ-result__bar" aria-hidden="true"><span class="occ-result__fill" style:width=format!("{score}%")></span></span>
                        </p>
                        {if r.reasons.is_empty() {
                            Either::Left(view! { <p>"None of your answers counted towards this role."</p> })
                        } else {
                            Either::Right(view! {
                                <h3 class="occ-heading-s">"Why this matches you"</h3>
                                <ul class="occ-list">
                                    {r.reasons.iter().map(|x| view! { <li>{format!("You said: {}", x.answer.trim_end_matches('.'))}</li> }).collect_view()}
                                </ul>
                            })
                        }}
                        {(!r.needs.is_empty()).then(|| {
                            let names: Vec<&str> = r.needs.iter().map(|n| n.label()).collect();
                            view! {
                                <h3 class="occ-heading-s">"What you would need"</h3>
                                <p>{format!("Registration with the {}.", names.join(" or the "))}</p>
                                <p>"How to get there:"</p>
                                <ul class="occ-list">{role.entry_routes.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
                            }
                        })}
                        <p class="occ-result__links">
                            <Link to=role_path(&role.id)>{format!("Read about the {} role", role.title.to_lowercase())}</Link>
                        </p>
                    </li>
                }
            }).collect_view()}
        </ol>
        <crate::web::components::ApplyOrAsk />
        <h2>"Next steps"</h2>
        <ul class="occ-list occ-list--plain">
            <li><Link to=VACANCIES.path class="occ-action-link">"See current vacancies"</Link></li>
            <li><Link to=GET_STARTED.path class="occ-action-link">"Find out how to get started"</Link></li>
            <li><Link to=QUIZ.path class="occ-action-link">"Change your answers"</Link></li>
        </ul>
    }
}
