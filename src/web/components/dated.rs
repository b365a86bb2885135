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

/// `data-occ-closes`: the moment the post closes, or none for a date that
/// cannot be read (always closed).
pub fn closes_at(listing: &Listing) -> Option<String> {
    listing.at.map(|at| at.reached_at_millis().to_string())
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
            .map(|(from, closing)| format!("[{from},\"{}\",\"{}\"]", closing.label(), state(closing)))
            .collect();
        format!("[{}]", moments.join(","))
    });
    view! {
        <p class="occ-tag" data-occ-state=state(listing.closing) data-occ-changes=changes>{listing.closing.label()}</p>
    }
}
