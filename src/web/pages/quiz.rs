//! The quiz, one question a screen, and its results.

use crate::content::{QuestionKind, Quiz, Roles, Vacancies, Website};
use crate::domain::head::About;
use crate::domain::quiz::{
    code_in, decode, encode, no_role_notes, results_route, sort, Answers, Opened, RoleResult,
    ANSWERS, FIT_FLOOR,
};
use crate::domain::routes::{
    role_path, vacancy_path, GET_STARTED, QUIZ, QUIZ_RESULTS, VACANCIES,
};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::html::H2;
use leptos::prelude::*;
use std::sync::Arc;

/// Where progress is kept on the device: `<place>|<answers link>`, and
/// `|<question ids>` when only some questions are being asked (the ones a
/// results link was made without), `<place>` counting among those.
const STORAGE_KEY: &str = "occ-quiz-progress";

fn storage() -> Option<web_sys::Storage> {
    // Private browsing can refuse storage; the quiz then simply forgets on reload.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Progress: where the person is, their answers, and the questions being
/// asked (by place), all of them unless only the new ones are.
struct Progress {
    place: usize,
    answers: Answers,
    order: Vec<usize>,
}

impl Progress {
    fn start(quiz: &Quiz) -> Progress {
        Progress {
            place: 0,
            answers: Answers::empty(quiz),
            order: (0..quiz.questions.len()).collect(),
        }
    }
}

/// The saved progress, and whether saved answers had to be forgotten.
fn load_progress(quiz: &Quiz) -> (Progress, bool) {
    let saved = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten());
    let Some(saved) = saved else {
        return (Progress::start(quiz), false);
    };
    let mut parts = saved.split('|');
    let parsed = (|| {
        let place: usize = parts.next()?.parse().ok()?;
        let answers = decode(quiz, parts.next()?).ok()?.answers;
        let order: Vec<usize> = match parts.next() {
            None => (0..quiz.questions.len()).collect(),
            Some(ids) => ids
                .split(',')
                .filter_map(|id| quiz.questions.iter().position(|q| q.id == id))
                .collect(),
        };
        (!order.is_empty()).then(|| Progress {
            place: place.min(order.len() - 1),
            answers,
            order,
        })
    })();
    match parsed {
        Some(progress) => (progress, false),
        // Damaged, or from a quiz that cannot be read: start again, and say so.
        None => {
            clear_progress();
            (Progress::start(quiz), true)
        }
    }
}

fn save_progress(quiz: &Quiz, place: usize, answers: &Answers, order: &[usize]) {
    let Some(s) = storage() else { return };
    let mut value = format!("{place}|{}", encode(quiz, answers));
    if order.len() < quiz.questions.len() {
        let ids: Vec<&str> = order.iter().map(|i| quiz.questions[*i].id.as_str()).collect();
        value.push('|');
        value.push_str(&ids.join(","));
    }
    let _ = s.set_item(STORAGE_KEY, &value);
}

fn clear_progress() {
    if let Some(s) = storage() {
        let _ = s.remove_item(STORAGE_KEY);
    }
}

/// Scrolls an element just into view when it is not: a focus moved to the
/// question shows its heading, but not the progress caption above it.
fn into_view(id: &str) {
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
            quiz.with_value(|q| answers.with_untracked(|a| save_progress(q, all - 1, a, &(0..all).collect::<Vec<_>>())));
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
        <form class="occ-quiz" novalidate=true on:submit=next>
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
                                                        chosen.sort_unstable();
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
                    <button type="button" class="occ-button occ-button--secondary" on:click=back>"Back"</button>
                })}
                <button type="submit" class="occ-button">
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
                <p>"Each role lists what it needs: essential qualifications, registration, experience and skills. The quiz asks about what it can; anything else is listed as also needed, for you to check against the job advert."</p>
                <p>{format!("A role is under \"could apply now\" when your answers show everything the quiz asks about for it and it matches you at least {FIT_FLOOR}%. The best three are shown there. Other roles you could apply for are listed after them, and a role you would need more for first is still shown, with what your answers do not show and how to get there.")}</p>
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
                            Ok(opened) if opened.answers.answered() == 0 => Either::Left(view! { <BadLink message="This link has no quiz answers in it that the quiz still has." /> }.into_any()),
                            Ok(opened) => Either::Right(view! { <Results quiz=quiz.clone() roles=roles.clone() opened forget=forget.clone() /> }),
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
pub enum Reader {
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
            .is_some_and(|a| &a.answers == answers);
        if own {
            Reader::Answerer
        } else {
            Reader::Recipient
        }
    }
    pub fn words(self) -> ResultWords {
        match self {
            Reader::Answerer => ResultWords {
                now: "Roles you could apply for now",
                now_intro: "Your answers show everything the quiz asks about for these roles, and they match you best.",
                none_now: "None of the roles on this site matches your answers well enough for us to say you could apply now. The roles below say what you would need first, or how well they match.",
                also: "Other roles you could apply for",
                also_intro: "Your answers show everything the quiz asks about for these roles too, but they match you less well.",
                later: "Roles you would need more for first",
                later_intro: "Each says what your answers do not show. If you do have it, check the job advert: you may be able to apply now.",
                why: "Why this matches you",
                said: "You said",
                need: "What you would need first",
            },
            Reader::Recipient => ResultWords {
                now: "Roles they could apply for now",
                now_intro: "Their answers show everything the quiz asks about for these roles, and they match them best.",
                none_now: "None of the roles on this site matches their answers well enough for us to say they could apply now. The roles below say what they would need first, or how well they match.",
                also: "Other roles they could apply for",
                also_intro: "Their answers show everything the quiz asks about for these roles too, but they match them less well.",
                later: "Roles they would need more for first",
                later_intro: "Each says what their answers do not show.",
                why: "Why this matches them",
                said: "They said",
                need: "What they would need first",
            },
        }
    }
}

/// The results' words for one reader.
#[derive(Clone, Copy)]
pub struct ResultWords {
    now: &'static str,
    now_intro: &'static str,
    none_now: &'static str,
    also: &'static str,
    also_intro: &'static str,
    later: &'static str,
    later_intro: &'static str,
    why: &'static str,
    said: &'static str,
    need: &'static str,
}

/// The shared link's id for the block a person applies or asks from: the
/// end-to-end tests measure how far down a phone's screen it is.
const APPLY_ID: &str = "apply-or-ask";

#[component]
fn Results(
    quiz: Arc<Quiz>,
    roles: Arc<Roles>,
    opened: Opened,
    forget: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let answers = opened.answers.clone();
    let reader = Reader::of(&quiz, &answers);
    let words = reader.words();
    let sorted = sort(&quiz, &roles, &answers);
    let notes: Vec<String> = no_role_notes(&quiz, &answers).into_iter().map(str::to_owned).collect();
    let count = answers.answered();
    let site = crate::web::components::use_site();
    let vacancies = use_content::<Vacancies>();
    let role_of = {
        let roles = roles.clone();
        move |r: &RoleResult| roles.get(&r.role).cloned().expect("sorted from these roles")
    };
    let now_view = {
        let role_of = role_of.clone();
        let now = sorted.apply_now.clone();
        move || {
            now.iter()
                .map(|r| view! { <BestMatch role=role_of(r) result=r.clone() words site vacancies /> })
                .collect_view()
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
        <LinkChanges quiz=quiz.clone() opened />
        {(!notes.is_empty()).then(|| view! { <NoRole notes site /> })}
        <h2>{words.now}</h2>
        {if sorted.apply_now.is_empty() {
            Either::Left(view! { <p>{words.none_now}</p> })
        } else {
            Either::Right(view! {
                <p>{words.now_intro}</p>
                <ol class="occ-results">{now_view()}</ol>
            })
        }}
        <div id=APPLY_ID>
            <crate::web::components::ApplyOrAsk />
        </div>
        <ShareResults code=encode(&quiz, &answers) />
        {(!sorted.also.is_empty()).then(|| {
            let role_of = role_of.clone();
            view! {
                <h2>{words.also}</h2>
                <p>{words.also_intro}</p>
                <ul class="occ-list occ-results__short">
                    {sorted.also.iter().map(|r| {
                        let role = role_of(r);
                        view! { <li><Link to=role_path(&role.id)>{role.title.clone()}</Link>{format!(": {}% match", r.score)}</li> }
                    }).collect_view()}
                </ul>
            }
        })}
        {(!sorted.work_towards.is_empty()).then(|| view! {
            <h2>{words.later}</h2>
            <p>{words.later_intro}</p>
            <ol class="occ-results">
                {sorted.work_towards.iter().map(|r| view! { <WorkTowards role=role_of(r) result=r.clone() words /> }).collect_view()}
            </ol>
        })}
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

/// What changed in the quiz since the link was made: questions it did not
/// have (with a way to answer just those) and answers it no longer has.
#[component]
fn LinkChanges(quiz: Arc<Quiz>, opened: Opened) -> impl IntoView {
    if opened.not_asked.is_empty() && opened.removed.is_empty() {
        return None;
    }
    let go = use_go();
    let new: Vec<String> = opened.not_asked.iter().map(|i| quiz.questions[*i].text.clone()).collect();
    let removed: Vec<String> = opened
        .removed
        .iter()
        .map(|at| match at {
            Some(i) => format!("An answer to \u{201c}{}\u{201d} is no longer in the quiz, so it is left out.", quiz.questions[*i].text),
            None => "An answer to a question that is no longer in the quiz is left out.".to_owned(),
        })
        .collect();
    let answer_new = {
        let quiz = quiz.clone();
        let opened = opened.clone();
        move |_| {
            save_progress(&quiz, 0, &opened.answers, &opened.not_asked);
            go(QUIZ.path, false);
        }
    };
    let n = new.len();
    Some(view! {
        <div class="occ-inset" id="quiz-changed">
            <p>"The quiz has changed since this results link was made."</p>
            {(n > 0).then(|| view! {
                <p>{if n == 1 { "This question is new, so these results do not count it:" } else { "These questions are new, so these results do not count them:" }}</p>
                <ul class="occ-list">{new.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                <p><button type="button" class="occ-button occ-button--secondary" on:click=answer_new>
                    {if n == 1 { "Answer the new question" } else { "Answer the new questions" }}
                </button></p>
            })}
            {removed.into_iter().map(|r| view! { <p>{r}</p> }).collect_view()}
        </div>
    })
}

/// Answers no role on the site is for, with the way to the trust's live jobs.
#[component]
fn NoRole(notes: Vec<String>, site: crate::web::components::Content<Website>) -> impl IntoView {
    view! {
        <div class="occ-inset" id="no-role">
            {notes.into_iter().map(|n| view! { <p>{n}</p> }).collect_view()}
            {move || site.get().and_then(Result::ok).map(|s| view! {
                <p><crate::web::components::link::ExternalLinkTo link=s.jobs.clone() /></p>
            })}
        </div>
    }
}

/// Reasons as "question: answer", strongest first.
fn reason_items(result: &RoleResult, said: &'static str) -> Vec<String> {
    result
        .reasons
        .iter()
        .map(|x| format!("{} {said}: {}", x.question, x.answer.trim_end_matches('.')))
        .collect()
}

/// A role under "could apply now": its match, the strongest reason (the
/// others folded), whether a job for it is open, and what the quiz cannot ask.
#[component]
pub fn BestMatch(
    role: crate::content::Role,
    result: RoleResult,
    words: ResultWords,
    site: crate::web::components::Content<Website>,
    vacancies: crate::web::components::Content<Vacancies>,
) -> impl IntoView {
    let score = result.score;
    let mut reasons = reason_items(&result, words.said).into_iter();
    let first = reasons.next();
    let more: Vec<String> = reasons.collect();
    let id = role.id.clone();
    view! {
        <li class="occ-result">
            <h3 class="occ-result__title"><Link to=role_path(&role.id)>{role.title.clone()}</Link></h3>
            <Score score />
            {first.map(|r| view! {
                <h4 class="occ-heading-s">{words.why}</h4>
                <ul class="occ-list"><li>{r}</li></ul>
            })}
            {(!more.is_empty()).then(|| view! {
                <details class="occ-details">
                    <summary class="occ-details__summary">"More reasons"</summary>
                    <div class="occ-details__text"><ul class="occ-list">{more.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul></div>
                </details>
            })}
            {move || {
                let open: Option<Vec<(String, String)>> = vacancies.get().and_then(Result::ok).map(|v| {
                    crate::domain::vacancies::in_order(v.vacancies.iter().filter(|x| x.role == id), &crate::web::components::now())
                        .into_iter()
                        .filter(|l| l.is_open())
                        .map(|l| (l.vacancy.id.clone(), format!("{} (closes {})", l.vacancy.title, l.closing_text())))
                        .collect()
                });
                match open {
                    Some(open) if !open.is_empty() => Either::Left(view! {
                        <p class="occ-result__open">"Open now: "
                            {open.into_iter().map(|(id, text)| view! { <Link to=vacancy_path(&id)>{text}</Link>" " }).collect_view()}
                        </p>
                    }),
                    known => Either::Right(view! {
                        <div class="occ-result__closed">
                            {known.is_some().then(|| view! { <p>"No job for this role is open on this site now."</p> })}
                            {move || site.get().and_then(Result::ok).map(|s| view! {
                                <p><crate::web::components::link::ExternalLinkTo link=s.jobs.clone() /></p>
                                {s.job_alerts.clone().map(|a| view! { <p>{a.text}</p> })}
                            })}
                        </div>
                    }),
                }
            }}
            {(!result.unasked.is_empty()).then(|| view! {
                <details class="occ-details">
                    <summary class="occ-details__summary">"Also needed (the quiz does not ask)"</summary>
                    <div class="occ-details__text"><ul class="occ-list">{result.unasked.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul></div>
                </details>
            })}
        </li>
    }
}

/// A role the answers do not yet show everything for: what is missing, and how to get there.
#[component]
fn WorkTowards(role: crate::content::Role, result: RoleResult, words: ResultWords) -> impl IntoView {
    let score = result.score;
    let reasons = reason_items(&result, words.said);
    view! {
        <li class="occ-result">
            <h3 class="occ-result__title"><Link to=role_path(&role.id)>{role.title.clone()}</Link></h3>
            <Score score />
            <h4 class="occ-heading-s">{words.need}</h4>
            <ul class="occ-list">{result.needs.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            {(!result.unasked.is_empty()).then(|| view! {
                <h4 class="occ-heading-s">"Also needed (the quiz does not ask)"</h4>
                <ul class="occ-list">{result.unasked.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
            })}
            <details class="occ-details">
                <summary class="occ-details__summary">"How to get there"</summary>
                <div class="occ-details__text"><ul class="occ-list">{role.entry_routes.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul></div>
            </details>
            {(!reasons.is_empty()).then(|| view! {
                <details class="occ-details">
                    <summary class="occ-details__summary">{words.why}</summary>
                    <div class="occ-details__text"><ul class="occ-list">{reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul></div>
                </details>
            })}
        </li>
    }
}

#[component]
fn Score(score: u32) -> impl IntoView {
    view! {
        <p class="occ-result__score">
            <span class="occ-result__figure">{format!("{score}% match")}</span>
            <span class="occ-result__bar" aria-hidden="true"><span class="occ-result__fill" style:width=format!("{score}%")></span></span>
        </p>
    }
}

/// Shares the results link with the device's own share sheet where the
/// browser has one (the Web Share API), else copies it. The link carries the
/// answers, so the hint says so before anyone presses. It is built from the
/// site's origin, the base path and the results route with the answers'
/// `code` alone: inside a host's page the address can hold the host's own
/// query (campaign tags, click ids), which is not the person's to pass on.
#[component]
fn ShareResults(code: String) -> impl IntoView {
    let config = expect_context::<crate::web::config::Config>();
    let route = config.href(&results_route(&code));
    let status = RwSignal::new(None::<&'static str>);
    let navigator = web_sys::window().map(|w| w.navigator());
    let can_share = navigator
        .as_ref()
        .is_some_and(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
    let press = move |_| {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Ok(origin) = window.location().origin() else {
            return;
        };
        let url = format!("{origin}{route}");
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
            // The message is under the button; on a phone it can be below the screen.
            request_animation_frame(|| into_view("occ-share-status"));
        });
    };
    view! {
        <div class="occ-share">
            <button type="button" class="occ-button occ-button--secondary" aria-describedby="occ-share-hint" on:click=press>
                {if can_share { "Share these results" } else { "Copy the link to these results" }}
            </button>
            <p class="occ-hint" id="occ-share-hint">"The link carries the answers, so anyone you send it to sees them and these results."</p>
            <p class="occ-share__status" id="occ-share-status" role="status">{move || status.get()}</p>
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
