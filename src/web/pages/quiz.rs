//! The quiz, one question a screen, and its results.

use crate::content::{QuestionKind, Quiz, Roles};
use crate::domain::head::About;
use crate::domain::quiz::{
    code_in, decode, encode, rank, results_route, Answers, RoleResult, ANSWERS,
};
use crate::domain::routes::{role_path, GET_STARTED, QUIZ, QUIZ_RESULTS, VACANCIES};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::html::H2;
use leptos::prelude::*;
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
    view! {
        <Page title=QUIZ.title about=About::section(&QUIZ) breadcrumbs=Vec::new() island=crate::domain::islands::Island::Quiz>
            <QuizPart />
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
            // After the questions arrive, so they do not push it down the screen.
            <Show when=move || quiz.get().is_some()>
                <HowItWorks />
            </Show>
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
    let start_again = move || {
        clear_progress();
        error.set(false);
        answers.set(quiz.with_value(|quiz| Answers::empty(quiz)));
        step.set(0);
    };
    let forgotten = RwSignal::new(false);

    view! {
        <p class="occ-lede">{format!("Answer {total} questions about your values, skills, qualifications and how you like to work. We will match you to the roles in prison healthcare on this site, and tell you why.")}</p>
        {reset.then(|| view! { <p class="occ-inset">"Your saved answers were for an earlier version of the quiz, so we have started again."</p> })}
        <form class="occ-quiz" novalidate=true on:submit=next>
            {move || {
                let s = step.get();
                // A quiz with no questions fails the content checks; show nothing rather than fail.
                let q = quiz.with_value(|q| q.questions.get(s).cloned())?;
                let multiple = q.kind == QuestionKind::Multiple;
                let name = format!("occ-quiz-{}", q.id);
                let has_error = error.get();
                Some(view! {
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
                })
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
/// unit is the next person's too).
#[component]
fn KeptOnDevice(
    /// Whether this device holds answers now.
    saved: Signal<bool>,
    /// Set once the person has asked to forget, to say it is done. Not
    /// given where forgetting replaces this part (the results page).
    #[prop(optional)]
    forgotten: Option<RwSignal<bool>>,
    forget: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let done = NodeRef::<leptos::html::P>::new();
    view! {
        <h2 class="occ-heading-m" id="your-answers-on-this-device">"Your answers on this device"</h2>
        <p>"While you answer, your answers are kept in this browser on this device, so you can carry on later. They are not sent to the trust or to anyone else."</p>
        <p>"Your results page's address holds your answers after its # sign. Browsers do not send that part to any website, but it stays in this browser's history, and anyone you send the link to can see your results."</p>
        {move || {
            let forget = forget.clone();
            if saved.get() {
                Either::Left(view! {
                    <p>"If other people use this device, forget your answers when you have finished."</p>
                    <p><button type="button" class="occ-button occ-button--secondary" on:click=move |_| {
                        forget();
                        // On the results page forgetting replaces this part,
                        // so the paragraph may be gone: then it has moved focus itself.
                        request_animation_frame(move || {
                            if let Some(p) = done.try_get_untracked().flatten() {
                                let _ = p.focus();
                            }
                        });
                    }>"Forget my answers"</button></p>
                })
            } else {
                Either::Right(view! {
                    <p tabindex="-1" node_ref=done>{move || if forgotten.is_some_and(|f| f.get()) {
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
fn HowItWorks() -> impl IntoView {
    view! {
        <details class="occ-details" id="how-the-quiz-works">
            <summary class="occ-details__summary">"How the quiz works"</summary>
            <div class="occ-details__text">
                <p>"Each answer counts towards some roles. For example, saying you would like to work with medicines counts towards pharmacy assistant."</p>
                <p>"A role's match is the share of the most points it could get from the quiz, from 0% to 100%. The answers that counted most are shown as the reasons for a match."</p>
                <p>"Each role lists what it needs: essential qualifications, registration and experience. You could apply for a role now when your answers show all of them. A role you would need more for first is still shown, with what your answers do not show and how to get there."</p>
            </div>
        </details>
    }
}

#[component]
pub fn QuizResults() -> impl IntoView {
    view! {
        <Page title=QUIZ_RESULTS.title about=About::unlisted(QUIZ_RESULTS.summary) breadcrumbs=vec![Crumb::new(QUIZ.nav_label, QUIZ.path)] island=crate::domain::islands::Island::QuizResults>
            <QuizResultsPart />
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn QuizResultsPart() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    let roles = use_content::<Roles>();
    let nav = crate::web::nav::use_nav();
    let go = use_go();
    let go_forget = go.clone();
    // An older link carries the answers in the query, which a server sees:
    // move them into the fragment, replacing the address, so a reload or a
    // copied link no longer sends them.
    let in_query = Memo::new(move |_| nav.get(ANSWERS));
    let link = Memo::new(move |_| code_in(&nav.hash(), in_query.get().as_deref()));
    Effect::new(move |_| {
        if in_query.get().is_some() {
            let to = link
                .get_untracked()
                .map_or_else(|| QUIZ_RESULTS.path.to_owned(), |code| results_route(&code));
            go(&to, true);
        }
    });
    let forgotten = RwSignal::new(false);
    let forget = move || {
        clear_progress();
        forgotten.set(true);
        // The answers leave the address bar; the history entry keeps them,
        // which the message says.
        go_forget(QUIZ_RESULTS.path, true);
    };
    view! {
            {loaded(quiz, move |quiz: Arc<Quiz>| {
                let forget = forget.clone();
                loaded(roles, move |roles: Arc<Roles>| {
                    let quiz = quiz.clone();
                    let forget = forget.clone();
                    move || {
                        if forgotten.get() {
                            return Either::Left(view! { <Forgotten /> }.into_any());
                        }
                        let Some(raw) = link.get() else {
                            return Either::Left(view! { <BadLink message="This link has no quiz answers in it." /> }.into_any());
                        };
                        match decode(&quiz, &raw) {
                            Err(e) => Either::Left(view! { <BadLink message=e.message() /> }.into_any()),
                            Ok(answers) if answers.answered() == 0 => Either::Left(view! { <BadLink message="This link has no quiz answers in it." /> }.into_any()),
                            Ok(answers) => Either::Right(view! { <Results quiz=quiz.clone() roles=roles.clone() answers forget=forget.clone() /> }),
                        }
                    }
                })
            })}
            <HowItWorks />
    }
}

/// After the person asked this device to forget their answers on the results page.
#[component]
fn Forgotten() -> impl IntoView {
    let message = NodeRef::<leptos::html::Div>::new();
    request_animation_frame(move || {
        if let Some(m) = message.get_untracked() {
            let _ = m.focus();
        }
    });
    view! {
        <div class="occ-inset" tabindex="-1" node_ref=message>
            <p>"Your answers are forgotten on this device, and this page's address no longer holds them."</p>
            <p>"To remove your results page from this browser's history too, clear your browsing history."</p>
            <p><Link to=QUIZ.path>"Take the quiz"</Link></p>
        </div>
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

/// Who the results speak to: the person who gave the answers on this
/// device, or someone who opened a link another person shared.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reader {
    Answerer,
    Recipient,
}

impl Reader {
    /// The answers are this device's own when they are the progress it saved.
    fn of(quiz: &Quiz, answers: &Answers) -> Reader {
        let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
        let own = saved
            .and_then(|s| s.split_once('|').map(|(_, link)| link.to_owned()))
            .and_then(|link| decode(quiz, &link).ok())
            .is_some_and(|a| &a == answers);
        if own {
            Reader::Answerer
        } else {
            Reader::Recipient
        }
    }
    fn words(self) -> ResultWords {
        match self {
            Reader::Answerer => ResultWords {
                now: "Roles you could apply for now",
                now_intro: "Your answers show everything these roles list as essential.",
                later: "Roles you would need more for first",
                later_intro: "Each says what your answers do not show. If you do have it, check the job advert: you may be able to apply now.",
                why: "Why this matches you",
                said: "You said",
                need: "What you would need first",
                none_counted: "None of your answers counted towards this role.",
            },
            Reader::Recipient => ResultWords {
                now: "Roles they could apply for now",
                now_intro: "Their answers show everything these roles list as essential.",
                later: "Roles they would need more for first",
                later_intro: "Each says what their answers do not show.",
                why: "Why this matches them",
                said: "They said",
                need: "What they would need first",
                none_counted: "None of their answers counted towards this role.",
            },
        }
    }
}

struct ResultWords {
    now: &'static str,
    now_intro: &'static str,
    later: &'static str,
    later_intro: &'static str,
    why: &'static str,
    said: &'static str,
    need: &'static str,
    none_counted: &'static str,
}

#[component]
fn Results(
    quiz: Arc<Quiz>,
    roles: Arc<Roles>,
    answers: Answers,
    forget: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let reader = Reader::of(&quiz, &answers);
    let words = reader.words();
    let ranked = rank(&quiz, &roles, &answers);
    let (now, later): (Vec<_>, Vec<_>) = ranked.into_iter().partition(|r| r.meets_requirements());
    let count = answers.answered();
    let result_list = move |results: Vec<RoleResult>| {
        let roles = roles.clone();
        view! {
            <ol class="occ-results">
                {results.into_iter().map(|r| {
                    let role = roles.get(&r.role).cloned().expect("ranked from these roles");
                    view! { <RoleResultView role result=r words=reader.words() /> }
                }).collect_view()}
            </ol>
        }
    };
    view! {
        {match reader {
            Reader::Answerer => Either::Left(view! {
                <p class="occ-lede">{format!("These are the roles that match your {count} answers, best first.")}</p>
            }),
            Reader::Recipient => Either::Right(view! {
                <p class="occ-lede">{format!("Someone shared these quiz results with you. They show the roles that match the {count} answers that person gave, best first.")}</p>
                <p><Link to=QUIZ.path>"Take the quiz"</Link>" to see the roles that match your own answers."</p>
            }),
        }}
        <ShareResults />
        {(!now.is_empty()).then(|| view! {
            <h2>{words.now}</h2>
            <p>{words.now_intro}</p>
            {result_list.clone()(now)}
        })}
        {(!later.is_empty()).then(|| view! {
            <h2>{words.later}</h2>
            <p>{words.later_intro}</p>
            {result_list(later)}
        })}
        <crate::web::components::ApplyOrAsk />
        <h2>"Next steps"</h2>
        <ul class="occ-list occ-list--plain">
            <li><Link to=VACANCIES.path class="occ-action-link">"See current vacancies"</Link></li>
            <li><Link to=GET_STARTED.path class="occ-action-link">"Find out how to get started"</Link></li>
            <li><Link to=QUIZ.path class="occ-action-link">{match reader { Reader::Answerer => "Change your answers", Reader::Recipient => "Take the quiz yourself" }}</Link></li>
        </ul>
        {(reader == Reader::Answerer).then(|| view! {
            <KeptOnDevice saved=Signal::stored(true) forget />
        })}
    }
}

#[component]
fn RoleResultView(
    role: crate::content::Role,
    result: RoleResult,
    words: ResultWords,
) -> impl IntoView {
    let score = result.score;
    let read_about = format!("Read about the {} role", role.title.to_lowercase());
    view! {
        <li class="occ-result">
            <h3 class="occ-result__title"><Link to=role_path(&role.id)>{role.title.clone()}</Link></h3>
            <p class="occ-result__score">
                <span class="occ-result__figure">{format!("{score}% match")}</span>
                <span class="occ-result__bar" aria-hidden="true"><span class="occ-result__fill" style:width=format!("{score}%")></span></span>
            </p>
            {if result.reasons.is_empty() {
                Either::Left(view! { <p>{words.none_counted}</p> })
            } else {
                Either::Right(view! {
                    <h4 class="occ-heading-s">{words.why}</h4>
                    <ul class="occ-list">
                        {result.reasons.iter().map(|x| view! {
                            <li>{format!("{} {}: {}", x.question, words.said, x.answer.trim_end_matches('.'))}</li>
                        }).collect_view()}
                    </ul>
                })
            }}
            {(!result.needs.is_empty()).then(|| view! {
                <h4 class="occ-heading-s">{words.need}</h4>
                <ul class="occ-list">{result.needs.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                <p>"How to get there:"</p>
                <ul class="occ-list">{role.entry_routes.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
            })}
            <p class="occ-result__links">
                <Link to=role_path(&role.id)>{read_about}</Link>
            </p>
        </li>
    }
}

/// Shares the results link with the device's own share sheet where the
/// browser has one (the Web Share API), else copies it. The link carries the
/// answers, so the hint says so before anyone presses.
#[component]
fn ShareResults() -> impl IntoView {
    let status = RwSignal::new(None::<&'static str>);
    let navigator = web_sys::window().map(|w| w.navigator());
    let can_share = navigator
        .as_ref()
        .is_some_and(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
    let press = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(url) = window.location().href() else {
            return;
        };
        status.set(None);
        leptos::task::spawn_local(async move {
            let outcome = if can_share {
                share(&window.navigator(), &url).await.map(|()| None)
            } else {
                copy(&window.navigator(), &url)
                    .await
                    .map(|()| Some("Link copied. Anyone who opens it sees these results."))
            };
            status.set(match outcome {
                Ok(message) => message,
                // Closing the share sheet is not a failure.
                Err(cancelled) if cancelled => None,
                Err(_) => Some("Your browser did not let us copy the link. You can copy it from the address bar."),
            });
        });
    };
    view! {
        <div class="occ-share">
            <button type="button" class="occ-button occ-button--secondary" aria-describedby="occ-share-hint" on:click=press>
                {if can_share { "Share these results" } else { "Copy the link to these results" }}
            </button>
            <p class="occ-hint" id="occ-share-hint">"The link carries the answers, so anyone you send it to sees them and these results."</p>
            <p class="occ-share__status" role="status">{move || status.get()}</p>
        </div>
    }
}

/// Calls `navigator.share({ url })`. `Err(true)` when the person closed the sheet.
async fn share(navigator: &web_sys::Navigator, url: &str) -> Result<(), bool> {
    let data = js_sys::Object::new();
    js_sys::Reflect::set(&data, &"url".into(), &url.into()).map_err(|_| false)?;
    let promise = call(navigator, "share", &data).ok_or(false)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| {
            js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .is_some_and(|n| n == "AbortError")
        })
}

/// Calls `navigator.clipboard.writeText(url)`.
async fn copy(navigator: &web_sys::Navigator, url: &str) -> Result<(), bool> {
    let clipboard = js_sys::Reflect::get(navigator, &"clipboard".into()).map_err(|_| false)?;
    if clipboard.is_undefined() {
        return Err(false);
    }
    let promise = call(&clipboard, "writeText", &url.into()).ok_or(false)?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| false)
}

/// `target[method](arg)` when it returns a promise. Looked up at run time:
/// these browser APIs are not in every browser, nor in web-sys' stable set.
fn call(
    target: &wasm_bindgen::JsValue,
    method: &str,
    arg: &wasm_bindgen::JsValue,
) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let f = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    f.call1(target, arg)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()
}
