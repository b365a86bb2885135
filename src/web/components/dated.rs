//! Words that depend on the moment a page is read: whether a vacancy is
//! open, how long it has left, how many are open. Written so a page built in
//! advance can be brought up to date by `occ-start.js` with no program: each
//! vacancy carries the moment it closes (`data-occ-closes`) and its tag the
//! moments its words change (`data-occ-changes`), both worked out here by the
//! app's own rules (`Closing::changes_for_page`, `DateTime::reached_at_millis`,
//! tested natively), and every other variant of the words is in the page,
//! hidden or listed in an attribute, until it is the one that holds. Inside a
//! `data-occ-dated="part"`.

use crate::domain::format::{Closing, DateTime};
use crate::domain::vacancies::Listing;
use leptos::prelude::*;

/// A moment in whole milliseconds, as the start script reads it. Written as
/// an integer: the moments are whole minutes, and formatting a float would
/// bring Rust's float printing into every part's program.
fn millis_text(millis: f64) -> String {
    (millis.round() as i64).to_string()
}

/// `data-occ-closes`: the moment the post closes, or none for a date that
/// cannot be read (always closed).
pub fn closes_at(listing: &Listing) -> Option<String> {
    listing.at.map(|at| millis_text(at.reached_at_millis()))
}

/// `data-occ-state`: where a post stands, for the styles and the start script.
pub fn state(closing: Closing) -> &'static str {
    if closing.is_closed() {
        "closed"
    } else {
        "open"
    }
}

/// A list of words as the start script reads it (JSON). The words are the
/// app's own: none has a quotation mark or a backslash to escape.
fn json_words<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = words.into_iter().map(|w| format!("\"{w}\"")).collect();
    format!("[{}]", quoted.join(","))
}

/// `data-occ-open-count`: the words for each number of open posts from none
/// to `total`, for the start script to pick the one that holds.
pub fn words_by_count(total: usize, words: impl Fn(usize) -> String) -> String {
    let all: Vec<String> = (0..=total).map(words).collect();
    json_words(all.iter().map(String::as_str))
}

/// A vacancy's tag ("Closes in 3 days", "Closed"), with the moments its words
/// change from `now` on.
#[component]
pub fn ClosingTag(listing: Listing, now: DateTime) -> impl IntoView {
    let changes = listing.at.map(|at| {
        let moments: Vec<String> = Closing::changes_for_page(&at, &now)
            .into_iter()
            .map(|(from, closing)| {
                format!(
                    "[{},\"{}\",\"{}\"]",
                    millis_text(from),
                    closing.label(),
                    state(closing)
                )
            })
            .collect();
        format!("[{}]", moments.join(","))
    });
    view! {
        <p class="occ-tag" data-occ-state=state(listing.closing) data-occ-changes=changes>{listing.closing.label()}</p>
    }
}

/// Vacancies in the app's order, each linked with its closing date and,
/// once that has passed, marked closed; with a sentence for when none is
/// open. Inside a `data-occ-dated="part"`, so a page built before a post
/// closed is marked by the start script.
#[component]
pub fn VacancyList(listings: Vec<Listing>, none_open: &'static str) -> impl IntoView {
    use crate::web::components::link::Link;
    let open = listings.iter().filter(|l| l.is_open()).count();
    view! {
        <p data-occ-none-open hidden={open != 0}>{none_open}</p>
        {(!listings.is_empty()).then(|| view! {
            <ul class="occ-list" data-occ-in-order>
                {listings.into_iter().map(|l| {
                    let closed = !l.is_open();
                    let closes = closes_at(&l);
                    let path = crate::domain::routes::vacancy_path(&l.vacancy.id);
                    let title = l.vacancy.title.clone();
                    view! {
                        <li data-occ-closes=closes>
                            <Link to=path>{title}</Link>
                            {match l.at {
                                Some(at) => leptos::either::Either::Left(view! {
                                    " ("<span data-occ-closed hidden={!closed}>"closed, "</span>{format!("closing date {})", at.long_date())}
                                }),
                                None => leptos::either::Either::Right(view! { " (closed)" }),
                            }}
                        </li>
                    }
                }).collect_view()}
            </ul>
        })}
    }
}

/// Said beside pay figures once their period has ended: that newer rates may
/// apply, and where to check. Hidden until then; a page built before the end
/// carries the moment (`data-occ-from`) for the start script to show it.
#[component]
pub fn RatesNotice(pay: std::sync::Arc<crate::content::Pay>) -> impl IntoView {
    use crate::domain::pay_estimate::{period_end_text, rates_end, rates_past_their_period};
    let past = rates_past_their_period(&pay, &crate::web::components::now());
    let from = rates_end(&pay).map(|end| millis_text(end.reached_at_millis()));
    view! {
        <div data-occ-dated="part">
            <div class="occ-warning-callout" data-occ-notice="rates-past" data-occ-from=from hidden=!past>
                <h3 class="occ-warning-callout__label">"These rates may be out of date"</h3>
                <p>{format!("The {} rates applied until {}. Newer rates may apply now.", pay.pay_year, period_end_text(&pay))}</p>
                {pay.later_award.as_ref().map(|a| view! { <p data-occ-later-award>{a.text.clone()}</p> })}
                <p>"Check the latest pay scales with "<crate::web::components::link::ExternalLinkTo link=pay.latest.clone() />", and the job advert for the pay of a post."</p>
            </div>
        </div>
    }
}
