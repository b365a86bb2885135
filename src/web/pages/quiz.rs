//! The quiz, one question a screen, and what it keeps on the device. Its
//! results are `quiz_results.rs`.

use crate::content::{QuestionKind, Quiz};
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::order;
use crate::domain::quiz::{encode, results_route, Answers, FIT_FLOOR, LIST_FLOOR};
use crate::domain::quiz_progress::Progress;
use crate::domain::routes::QUIZ;
use crate::web::components::link::use_go;
use crate::web::components::loaded::loaded;
use crate::web::components::page::{IslandPlace, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::html::H2;
use leptos::prelude::*;
use std::sync::Arc;

/// Where progress is kept on the device (`domain::quiz_progress` says how).
const STORAGE_KEY: &str = "occ-quiz-progress";

fn storage() -> Option<web_sys::Storage> {
    // Private browsing can refuse storage; the quiz then simply forgets on reload.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// The saved progress, and whether saved answers had to be forgotten.
fn load_progress(quiz: &Quiz) -> (Progress, bool) {
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let Some(saved) = saved else {
        return (Progress::start(quiz), false);
    };
    match Progress::read(quiz, &saved) {
        Some(progress) => (progress, false),
        // Damaged, or from a quiz that cannot be read: start again, and say so.
        None => {
            clear_progress();
            (Progress::start(quiz), true)
        }
    }
}

/// The progress this device saved, if it can be read.
pub(super) fn saved_progress(quiz: &Quiz) -> Option<Progress> {
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())?;
    Progress::read(quiz, &saved)
}

pub(super) fn save_progress(quiz: &Quiz, place: usize, answers: &Answers, order: &[usize]) {
    let Some(s) = storage() else { return };
    let progress = Progress {
        place,
        answers: answers.clone(),
        order: order.to_vec(),
    };
    let _ = s.set_item(STORAGE_KEY, &progress.saved(quiz));
}

pub(super) fn clear_progress() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// Scrolls an element just into view when it is not: a focus moved to the
/// question shows its heading, but not the progress caption above it.
pub(super) fn into_view(id: &str) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

#[component]
pub fn Quiz() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    view! {
        <Page title=QUIZ.title about=About::section(&QUIZ) breadcrumbs=Vec::new()>
            <IslandPlace island=Island::Quiz>
                <QuizPart />
            </IslandPlace>
            // Outside the part, complete as built; after the questions
            // arrive, so they do not push it down the screen.
            <Show when=move || quiz.get().is_some()>
                <HowItWorks />
            </Show>
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn QuizPart() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    view! {
            {loaded(quiz, |quiz: Arc<Quiz>| view! { <QuizSteps quiz /> })}
    }
}

#[component]
fn QuizSteps(quiz: Arc<Quiz>) -> impl IntoView {
    let (first, reset) = load_progress(&quiz);
    let all = quiz.questions.len();
    let order = RwSignal::new(first.order);
    let place = RwSignal::new(first.place);
    let answers = RwSignal::new(first.answers);
    let error = RwSignal::new(false);
    let heading = NodeRef::<H2>::new();
    let go = use_go();
    let quiz = StoredValue::new(quiz);
    let total = move || order.with(Vec::len);
    // The question at the person's place.
    let at = move |p: usize| order.with_untracked(|o| o.get(p).copied().unwrap_or(0));
    // The question shown, naming Next and Back for the start script, which
    // makes a press held on the built page (question 1) again only on the
    // same question's button, never on a later one the quiz went on to from
    // saved progress (occ-start.js, controls).
    let question_id = move || {
        let s = order.with(|o| o.get(place.get()).copied())?;
        quiz.with_value(|q| q.questions.get(s).map(|q| q.id.clone()))
    };
    let save = move |p: usize| {
        quiz.with_value(|q| {
            answers.with_untracked(|a| order.with_untracked(|o| save_progress(q, p, a, o)))
        })
    };

    let focus_question = move || {
        request_animation_frame(move || {
            if let Some(h) = heading.get_untracked() {
                let _ = h.focus();
            }
            into_view("occ-quiz-progress");
        })
    };
    let next = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let p = place.get_untracked();
        if answers.with_untracked(|a| a.0[at(p)].is_empty()) {
            error.set(true);
            focus_question();
            return;
        }
        error.set(false);
        if p + 1 < total() {
            place.set(p + 1);
            save(p + 1);
            focus_question();
        } else {
            let link = quiz.with_value(|q| answers.with_untracked(|a| encode(q, a)));
            // Saved as a whole quiz: the results page is the person's own.
            quiz.with_value(|q| {
                answers
                    .with_untracked(|a| save_progress(q, all - 1, a, &(0..all).collect::<Vec<_>>()))
            });
            go(&results_route(&link), false);
        }
    };
    let back = move |_| {
        error.set(false);
        let p = place.get_untracked().saturating_sub(1);
        place.set(p);
        save(p);
        focus_question();
    };
    let start_again = move || {
        clear_progress();
        error.set(false);
        answers.set(quiz.with_value(|quiz| Answers::empty(quiz)));
        order.set((0..all).collect());
        place.set(0);
    };
    let forgotten = RwSignal::new(false);

    view! {
        {move || if total() < all {
            let n = total();
            Either::Left(view! {
                <p class="occ-lede">{format!("Answer the {n} {} added to the quiz since your results link was made. Your other answers are kept.", if n == 1 { "question" } else { "questions" })}</p>
            })
        } else {
            Either::Right(view! {
                <p class="occ-lede">{format!("Answer {all} questions about your values, skills, qualifications and how you like to work. We will match you to the roles in prison healthcare on this site, and tell you why.")}</p>
            })
        }}
        {reset.then(|| view! { <p class="occ-inset">"Your saved answers could not be read, so we have started again."</p> })}
        // `dialog`: outside a dialog, a submission goes nowhere. The answers
        // are never sent as the form's query when nothing handles the press
        // (no JavaScript, or a press before the page's script runs), where a
        // server's log or the history would keep them (issue 46).
        <form class="occ-quiz" method="dialog" novalidate=true on:submit=next>
            {move || {
                let p = place.get();
                let s = order.with(|o| o.get(p).copied())?;
                // A quiz with no questions fails the content checks; show nothing rather than fail.
                let q = quiz.with_value(|q| q.questions.get(s).cloned())?;
                let multiple = q.kind == QuestionKind::Multiple;
                let name = format!("occ-quiz-{}", q.id);
                let has_error = error.get();
                let total = total();
                Some(view! {
                    <div class="occ-form-group" class:occ-form-group--error=has_error>
                        <fieldset class="occ-fieldset" aria-describedby=if has_error { "occ-quiz-progress occ-quiz-error" } else { "occ-quiz-progress" }>
                            <legend class="occ-fieldset__legend occ-fieldset__legend--l">
                                <span class="occ-caption" id="occ-quiz-progress">{format!("Question {} of {total}", p + 1)}</span>
                                <h2 class="occ-quiz__question" tabindex="-1" node_ref=heading>{q.text.clone()}</h2>
                            </legend>
                            {q.hint.clone().map(|h| view! { <p class="occ-hint">{h}</p> })}
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
                                                        order::sort(chosen);
                                                    });
                                                    error.set(false);
                                                    save(p);
                                                }
                                            />
                                            <label class="occ-label occ-checkboxes__label" for=id>{a.text.clone()}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </div>
                        </fieldset>
                    </div>
                })
            }}
            <div class="occ-quiz__buttons">
                {move || (place.get() > 0).then(|| view! {
                    <button type="button" class="occ-button occ-button--secondary" data-occ-key=question_id on:click=back>"Back"</button>
                })}
                <button type="submit" class="occ-button" data-occ-key=question_id>
                    {move || if place.get() + 1 == total() { "See your results" } else { "Next" }}
                </button>
            </div>
        </form>
        {move || (answers.with(Answers::answered) > 0).then(|| view! {
            <p><button type="button" class="occ-link-button" on:click=move |_| {
                start_again();
                focus_question();
            }>"Start again"</button></p>
        })}
        <KeptOnDevice
            saved=Signal::derive(move || answers.with(Answers::answered) > 0)
            forgotten
            forget=move || {
                start_again();
                forgotten.set(true);
            }
        />
    }
}

/// What the quiz keeps where, said where the answers are given, and the way
/// to forget them (a shared computer in a library or a prison's education
/// unit is the next person's too). The results page says it in fewer words
/// (`quiz_results::ForgetAnswers`), where forgetting replaces the part.
#[component]
pub(super) fn KeptOnDevice(
    /// Whether this device holds answers now.
    saved: Signal<bool>,
    /// Set once the person has asked to forget, to say it is done.
    forgotten: RwSignal<bool>,
    forget: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let done = NodeRef::<leptos::html::P>::new();
    view! {
        <h2 class="occ-heading-m" id="your-answers-on-this-device">"Your answers on this device"</h2>
        <p>"While you answer, your answers are kept in this browser on this device, so you can carry on later. This site does not send them to the trust or to anyone else."</p>
        <p>"Your results page's address holds your answers after its # sign. Browsers do not send that part to any website, but it stays in this browser's history, and anyone you send the link to can see your results."</p>
        {move || {
            let forget = forget.clone();
            if saved.get() {
                Either::Left(view! {
                    <p>"If other people use this device, forget your answers when you have finished."</p>
                    <p><button type="button" class="occ-button occ-button--secondary" on:click=move |_| {
                        forget();
                        request_animation_frame(move || {
                            if let Some(p) = done.try_get_untracked().flatten() {
                                let _ = p.focus();
                            }
                        });
                    }>"Forget my answers"</button></p>
                })
            } else {
                Either::Right(view! {
                    <p tabindex="-1" node_ref=done>{move || if forgotten.get() {
                        "Your answers are forgotten on this device. To remove your results page from this browser's history too, clear your browsing history."
                    } else {
                        "No answers are kept on this device now."
                    }}</p>
                })
            }
        }}
    }
}

#[component]
pub(super) fn HowItWorks() -> impl IntoView {
    view! {
        <details class="occ-details" id="how-the-quiz-works">
            <summary class="occ-details__summary">"How the quiz works"</summary>
            <div class="occ-details__text">
                <p>"Each answer counts towards some roles. For example, saying you would like to work with medicines counts towards pharmacy assistant."</p>
                <p>"A role's match is the share of the most points it could get from the quiz, from 0% to 100%. The answers that counted most are shown as the reasons for a match."</p>
                <p>"Each role lists what it needs: essential qualifications, registration, experience and skills. The quiz asks about what it can; anything else is listed as also needed, for you to check against the job advert."</p>
                <p>{format!("A role is under \"could apply now\" when your answers show everything the quiz asks about for it and it matches you at least {FIT_FLOOR}%. The best three are shown there. Other roles you could apply for are listed after them, and then the roles you would need more for first, with what your answers do not show. Each role's page says how to get there.")}</p>
                <p>{format!("Another role you could apply for that matches you less than {LIST_FLOOR}% is not listed: few of your answers point to it. The results say how many roles that leaves out, with a link to every role.")}</p>
            </div>
        </details>
    }
}
