//! The quiz's results: the roles that match, why, and what is missing;
//! opened from this device's answers or from a link someone shared.

use crate::content::excerpt::{RoleNeed, RoleNeeds, SiteRoles, VacancyClosings};
use crate::content::{Paragraph, Quiz, Website};
use crate::domain::head::About;
use crate::domain::islands::Island;
use crate::domain::quiz::{
    answer_notes, code_in, decode, encode, no_role_notes, results_route, sort, Answers, Opened,
    RoleResult, ANSWERS, LIST_FLOOR,
};
use crate::domain::routes::{
    role_path, vacancy_path, GET_STARTED, QUIZ, QUIZ_RESULTS, ROLES, VACANCIES,
};
use crate::web::components::link::{use_go, Link};
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, IslandPlace, Page};
use crate::web::components::use_content;
use leptos::either::Either;
use leptos::prelude::*;
use std::sync::Arc;

use super::quiz::{clear_progress, save_progress, saved_progress, HowItWorks};
use super::share_results::ShareResults;

#[component]
pub fn QuizResults() -> impl IntoView {
    view! {
        <Page title=QUIZ_RESULTS.title about=About::unlisted(QUIZ_RESULTS.summary) breadcrumbs=vec![Crumb::new(QUIZ.nav_label, QUIZ.path)]>
            <IslandPlace island=Island::QuizResults>
                <QuizResultsPart />
            </IslandPlace>
            // Outside the part: the same for every person's results, complete as built.
            <HowItWorks />
        </Page>
    }
}

/// The part of the page a person operates: in the whole app inside its page,
/// and on its own as an island (`web::islands`) on the page built in advance.
#[component]
pub fn QuizResultsPart() -> impl IntoView {
    let quiz = use_content::<Quiz>();
    // Each role's name and needs, not its whole profile (content::excerpt).
    let roles = use_content::<RoleNeeds>();
    let nav = crate::web::nav::use_nav();
    let go = use_go();
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
        go(QUIZ_RESULTS.path, true);
    };
    view! {
            {loaded(quiz, move |quiz: Arc<Quiz>| {
                loaded(roles, move |roles: Arc<RoleNeeds>| {
                    let quiz = quiz.clone();
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
                            Ok(opened) => Either::Right(view! { <Results quiz=quiz.clone() roles=roles.clone() opened forget=forget /> }),
                        }
                    }
                })
            })}
    }
}

/// Where the answers are kept, in fewer words than the quiz's page has room
/// for, and the way to forget them; forgetting replaces the part with
/// [`Forgotten`], which takes the focus.
#[component]
fn ForgetAnswers(forget: impl Fn() + Clone + Send + Sync + 'static) -> impl IntoView {
    view! {
        <h2 class="occ-heading-m" id="your-answers-on-this-device">"Your answers on this device"</h2>
        <p>"This site sends your answers nowhere. They stay in this browser, and in this page's address after the # sign: browsers do not send that part to any website, but keep it in their history. If others use this device, forget them when you finish."</p>
        <p><button type="button" class="occ-button occ-button--secondary" on:click=move |_| forget()>"Forget my answers"</button></p>
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
        let own = saved_progress(quiz).is_some_and(|p| &p.answers == answers);
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
                none_now: "No role on this site matches your answers well enough for us to say you could apply now.",
                also: "Other roles you could apply for",
                later: "Roles you would need more for first",
                why: "Why this matches you",
                have_these: "If you have these already, check the job advert.",
                said: "You said",
            },
            Reader::Recipient => ResultWords {
                now: "Roles they could apply for now",
                none_now: "No role on this site matches their answers well enough for us to say they could apply now.",
                also: "Other roles they could apply for",
                later: "Roles they would need more for first",
                why: "Why this matches them",
                have_these: "If they have these already, check the job advert.",
                said: "They said",
            },
        }
    }
}

/// The results' words for one reader.
#[derive(Clone, Copy)]
pub struct ResultWords {
    now: &'static str,
    none_now: &'static str,
    also: &'static str,
    later: &'static str,
    why: &'static str,
    /// Under what a role to work towards needs: the quiz may not have asked.
    have_these: &'static str,
    said: &'static str,
}

/// The shared link's id for the block a person applies or asks from: the
/// end-to-end tests measure how far down a phone's screen it is.
const APPLY_ID: &str = "apply-or-ask";

#[component]
fn Results(
    quiz: Arc<Quiz>,
    roles: Arc<RoleNeeds>,
    opened: Opened,
    forget: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let answers = opened.answers.clone();
    let reader = Reader::of(&quiz, &answers);
    let words = reader.words();
    let sorted = sort(&quiz, &roles, &answers);
    let notes: Vec<String> = no_role_notes(&quiz, &answers)
        .into_iter()
        .map(str::to_owned)
        .collect();
    let said: Vec<Paragraph> = answer_notes(&quiz, &answers)
        .into_iter()
        .map(|(_, note)| note.clone())
        .collect();
    let count = answers.answered();
    let site = crate::web::components::use_site();
    // Which role each job is for and when it closes, not the whole adverts;
    // which sites each role works at, not the whole sites.
    let vacancies = use_content::<VacancyClosings>();
    let sites = use_content::<SiteRoles>();
    let role_of = {
        let roles = roles.clone();
        move |r: &RoleResult| {
            roles
                .get(&r.role)
                .cloned()
                .expect("sorted from these roles")
        }
    };
    let now_view = {
        let role_of = role_of.clone();
        let now = sorted.apply_now.clone();
        move || {
            now.iter()
                .map(|r| view! { <BestMatch role=role_of(r) result=r.clone() words vacancies sites /> })
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
            Either::Right(view! { <ol class="occ-results">{now_view()}</ol> })
        }}
        {(!said.is_empty()).then(|| view! { <AnswerNotes notes=said /> })}
        <div id=APPLY_ID>
            <crate::web::components::ApplyOrAsk />
            {move || site.get().and_then(Result::ok).and_then(|s| s.job_alerts.clone()).map(|a| view! { <p class="occ-job-alerts">{a.text}</p> })}
        </div>
        <ShareResults code=encode(&quiz, &answers) />
        {(!sorted.also.is_empty() || sorted.left_out > 0).then(|| {
            let role_of = role_of.clone();
            view! {
                <h2 class="occ-heading-m">{words.also}</h2>
                {(!sorted.also.is_empty()).then(|| view! {
                    <ul class="occ-list occ-results__short">
                        {sorted.also.iter().map(|r| {
                            let role = role_of(r);
                            view! { <li><Link to=role_path(&role.id)>{role.title.clone()}</Link>{format!(": {}% match", r.score)}</li> }
                        }).collect_view()}
                    </ul>
                })}
                {(sorted.left_out > 0).then(|| view! {
                    <p id="roles-left-out">
                        {match sorted.left_out {
                            1 => format!("1 other role, a match of less than {LIST_FLOOR}%, is not listed: "),
                            n => format!("{n} other roles, each a match of less than {LIST_FLOOR}%, are not listed: "),
                        }}
                        <Link to=ROLES.path>"see every role"</Link>"."
                    </p>
                })}
            }
        })}
        {(!sorted.work_towards.is_empty()).then(|| view! {
            <h2 class="occ-heading-m">{words.later}</h2>
            <ul class="occ-list occ-results__towards">
                {sorted.work_towards.iter().map(|r| view! { <WorkTowards role=role_of(r) result=r.clone() words /> }).collect_view()}
            </ul>
        })}
        <h2 class="occ-heading-m">"Next steps"</h2>
        <ul class="occ-list occ-list--plain">
            <li><Link to=VACANCIES.path class="occ-action-link">"See current vacancies"</Link></li>
            <li><Link to=GET_STARTED.path class="occ-action-link">"Find out how to get started"</Link></li>
            <li><Link to=QUIZ.path class="occ-action-link">{match reader { Reader::Answerer => "Change your answers", Reader::Recipient => "Take the quiz yourself" }}</Link></li>
        </ul>
        {(reader == Reader::Answerer).then(|| view! {
            <ForgetAnswers forget />
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
    let new: Vec<String> = opened
        .not_asked
        .iter()
        .map(|i| quiz.questions[*i].text.clone())
        .collect();
    // Each question once, however many of its answers the link had.
    let removed: Vec<String> = opened
        .removed
        .iter()
        .map(|(at, n)| match (at, n) {
            (Some(i), 1) => format!(
                "An answer to \u{201c}{}\u{201d} is no longer in the quiz, so it is left out.",
                quiz.questions[*i].text
            ),
            (Some(i), n) => format!(
                "{n} answers to \u{201c}{}\u{201d} are no longer in the quiz, so they are left out.",
                quiz.questions[*i].text
            ),
            (None, 1) => "An answer to a question that is no longer in the quiz is left out.".to_owned(),
            (None, n) => format!("{n} answers to questions that are no longer in the quiz are left out."),
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

/// What the trust offers someone who gave an answer (`Answer::note`), with
/// where it comes from.
#[component]
fn AnswerNotes(notes: Vec<Paragraph>) -> impl IntoView {
    view! {
        <div class="occ-inset" id="answer-notes">
            {notes.into_iter().map(|n| {
                // A web page by its site's name, which a phone shows on one line.
                let href = crate::web::components::web_address(&n.source.0);
                let source = match &href {
                    Some(href) => href.trim_start_matches("https://").split('/').next().unwrap_or_default().to_owned(),
                    None => n.source.describe(),
                };
                view! {
                    <p>{n.text}</p>
                    <p class="occ-hint">"Source: "{match href {
                        Some(href) => Either::Left(view! { <a href=href>{source}</a> }),
                        None => Either::Right(source),
                    }}</p>
                }
            }).collect_view()}
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
    role: RoleNeed,
    result: RoleResult,
    words: ResultWords,
    vacancies: crate::web::components::Content<VacancyClosings>,
    sites: crate::web::components::Content<SiteRoles>,
) -> impl IntoView {
    let score = result.score;
    let mut reasons = reason_items(&result, words.said).into_iter();
    let first = reasons.next();
    let more: Vec<String> = reasons.collect();
    let id = role.id.clone();
    let role_id = role.id.clone();
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
            // Names only: each site's page is a press away from the role's.
            {move || sites.get().and_then(Result::ok).map(|sites| {
                let names: Vec<&str> = sites.of_role(&role_id).map(|s| s.name.as_str()).collect();
                let text = if names.is_empty() {
                    "Where: no job advert we hold names a site. Ask the trust (see below).".to_owned()
                } else {
                    format!("Where, from the trust's job adverts: {}.", names.join(", "))
                };
                view! { <p class="occ-result__where">{text}</p> }
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
                    // The trust's live jobs, and how to hear of new ones, are
                    // under "Apply or ask a question", just after these roles.
                    known => Either::Right(view! {
                        <p class="occ-result__closed">
                            {if known.is_some() {
                                "No job for this role is open on this site now."
                            } else {
                                "Whether a job for this role is open here could not be checked."
                            }}
                        </p>
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

/// A role the answers do not yet show everything for: one line with its
/// match and how much it needs, so the page stays a few phone screens long;
/// what it needs folded beneath, with its page, which says how to get there.
#[component]
fn WorkTowards(role: RoleNeed, result: RoleResult, words: ResultWords) -> impl IntoView {
    let n = result.needs.len();
    let things = if n == 1 { "thing" } else { "things" };
    view! {
        <li><details class="occ-details">
            <summary class="occ-details__summary">{format!("{}: {}% match, {n} {things} to get first", role.title, result.score)}</summary>
            <div class="occ-details__text">
                <ul class="occ-list">{result.needs.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                <p>{words.have_these}" More about the role: "<Link to=role_path(&role.id)>{role.title}</Link></p>
            </div>
        </details></li>
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
