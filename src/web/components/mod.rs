//! Pieces shared by pages: the shell, the page frame, links and loaded content.

pub mod clipboard;
pub mod compare;
pub mod dated;
pub mod item_page;
pub mod link;
pub mod loaded;
pub mod page;
pub mod shell;

use crate::content::Benefit;

use crate::web::config::Config;
use crate::web::loader::FileKind;
use leptos::prelude::*;
pub use loaded::Content;

/// A content file as the page holds it (`loaded::Content`). Every page that needs a file asks here; the
/// loader makes one request per file per visit however many ask.
pub fn use_content<T: crate::web::loader::Readable>() -> Content<T> {
    use_file(FileKind::of::<T>()).retyped()
}

/// [`use_content`] with no type parameter, so each page's files share one
/// compiled copy of the reactive code.
fn use_file(kind: FileKind) -> Content<crate::web::loader::AnyContent> {
    let content = Content::load(expect_context::<Config>(), kind);
    loaded::retry_on_try_again(content);
    content
}

/// The trust's `site.json`, loaded once for the whole app: the frame and every
/// page name the trust and link to it from here.
#[derive(Clone, Copy)]
pub struct WebsiteContent(pub Content<crate::content::Website>);

/// The site's `site.json` as the page holds it (see `WebsiteContent`).
pub fn use_site() -> Content<crate::content::Website> {
    match use_context::<WebsiteContent>() {
        Some(WebsiteContent(site)) => site,
        None => use_content::<crate::content::Website>(),
    }
}

/// The trust's name. The content's is the one name: a host's `data-trust-name`
/// stands in only until `site.json` has loaded (see `embed::trust_name`).
pub fn use_trust_name() -> Signal<String> {
    let site = use_site();
    let host = expect_context::<Config>().trust_name;
    Signal::derive(move || match site.get() {
        Some(Ok(site)) => site.trust_name.clone(),
        _ => host.unwrap_or_default().to_owned(),
    })
}

/// The roles chosen for comparison this visit, so list and profile pages can
/// show what is already chosen. The comparison page's link is the record.
#[derive(Clone, Copy)]
pub struct CompareList(pub RwSignal<Vec<String>>);

impl Default for CompareList {
    fn default() -> Self {
        CompareList(RwSignal::new(Vec::new()))
    }
}

/// The date and time now in the UK, whatever the device's clock zone: closing
/// dates and pay years are UK dates.
pub fn now() -> crate::domain::format::DateTime {
    crate::domain::format::DateTime::uk_at(js_sys::Date::now())
}

/// Benefits as NHS.UK cards (the trust's reasons to join; the pay-and-benefits points).
#[component]
pub fn BenefitCards(benefits: Vec<Benefit>) -> impl IntoView {
    view! {
        <ul class="occ-card-group">
            {benefits.into_iter().map(|b| view! {
                <li class="occ-card">
                    <h3 class="occ-card__heading">{b.title}</h3>
                    <p class="occ-card__description">{b.text}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Says which filters in a link were not understood and so left unset, never
/// guessed at. Only the filters' names, in our words: what the link said is
/// the link author's, and must not read as the trust's.
#[component]
pub fn IgnoredNote(ignored: Vec<&'static str>) -> impl IntoView {
    (!ignored.is_empty()).then(|| {
        let what = if ignored.len() == 1 {
            "This filter is"
        } else {
            "These filters are"
        };
        view! {
            <p class="occ-inset">{format!(
                "We did not recognise part of the link, so we ignored it. {what} not set: {}.",
                crate::domain::query::spoken_list(&ignored)
            )}</p>
        }
    })
}

/// Where a record's facts come from, as a list: a `seed:` document by the title
/// `site.json` gives it, a web address as a link a reader can follow.
#[component]
pub fn SourceList(sources: Vec<crate::content::Source>) -> impl IntoView {
    // Each source once, in the order it first appears, however many facts cite it.
    let mut sources = sources;
    let mut seen = Vec::new();
    sources.retain(|s| {
        let first = !seen.contains(s);
        if first {
            seen.push(s.clone());
        }
        first
    });
    let site = use_site();
    view! {
        <ul class="occ-list">
            {move || {
                let site = site.get().and_then(Result::ok);
                sources.iter().map(|s| {
                    let text = match &site {
                        Some(site) => site.describe(s),
                        None => s.describe(),
                    };
                    let href = web_address(&s.0);
                    match href {
                        Some(href) => leptos::either::Either::Left(view! { <li><a href=href>{text}</a></li> }),
                        None => leptos::either::Either::Right(view! { <li>{text}</li> }),
                    }
                }).collect_view()
            }}
        </ul>
    }
}

/// A source that is a web address, as a link the app may follow (`https://`
/// added where the content leaves it out); `None` for anything else.
pub fn web_address(source: &str) -> Option<String> {
    if source.starts_with("seed:") || source.starts_with("facts:") {
        return None;
    }
    let url = if source.starts_with("https://") || source.starts_with("http://") {
        source.to_owned()
    } else {
        format!("https://{source}")
    };
    let url = url.replacen("http://", "https://", 1);
    crate::content::safe_content_link(&url).map(str::to_owned)
}

/// A way to apply or ask, from `site.json`: the trust's live jobs, whom to ask
/// and the trust's website, on every role, site, vacancy and results page, so
/// no journey ends without one. `heading` is false where the page already has
/// its own ("How to apply" on an advert).
#[component]
pub fn ApplyOrAsk(#[prop(default = true)] heading: bool) -> impl IntoView {
    let site = use_site();
    move || {
        site.get().and_then(Result::ok).map(|s| {
            view! {
                <div class="occ-apply">
                    {heading.then(|| view! { <h2>"Apply or ask a question"</h2> })}
                    <p>{s.jobs_note.text.clone()}</p>
                    <p><link::ExternalLinkTo link=s.jobs.clone() class="occ-action-link" /></p>
                    <p>{s.ask.text.clone()}</p>
                    <p>
                        {format!("To ask at any time, contact {} through its website: ", s.trust_short_name)}
                        <link::ExternalLinkTo link=s.trust_website.clone() />"."
                    </p>
                </div>
            }
        })
    }
}

/// The glossary's words that `texts` use, explained in place, with a link to
/// the whole glossary. Shows nothing when none is used, or when the glossary
/// cannot be loaded: the page is complete without it.
#[component]
pub fn WordsExplained(texts: Vec<String>, #[prop(into)] summary: String) -> impl IntoView {
    let glossary = use_content::<crate::content::Glossary>();
    move || {
        let glossary = glossary.get()?.ok()?;
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        let terms: Vec<crate::content::Term> = crate::domain::glossary::terms_in(&glossary, &texts)
            .into_iter()
            .cloned()
            .collect();
        (!terms.is_empty()).then(|| {
            let summary = summary.clone();
            view! {
                <details class="occ-details">
                    <summary class="occ-details__summary">{summary}</summary>
                    <div class="occ-details__text">
                        <TermList terms />
                        <p><link::Link to=crate::domain::routes::GLOSSARY.path class="occ-details__more">"All the words we explain"</link::Link></p>
                    </div>
                </details>
            }
        })
    }
}

/// Terms with what they stand for and mean.
#[component]
pub fn TermList(terms: Vec<crate::content::Term>) -> impl IntoView {
    view! {
        <dl class="occ-glossary">
            {terms.into_iter().map(|t| view! {
                <dt class="occ-glossary__term" id=format!("term-{}", t.id)>
                    {t.term}
                    {t.stands_for.map(|s| view! { <span class="occ-glossary__stands-for">{format!(" ({s})")}</span> })}
                </dt>
                <dd class="occ-glossary__meaning">{t.meaning}</dd>
            }).collect_view()}
        </dl>
    }
}
