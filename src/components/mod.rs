//! Pieces shared by pages: the shell, the page frame, links and loaded content.

pub mod compare;
pub mod link;
pub mod loaded;
pub mod page;
pub mod shell;

use crate::content::Benefit;

use crate::config::Config;
use crate::content::ContentFile;
use crate::loader::{load, LoadError};
use leptos::prelude::*;

/// A content file as a resource. Every page that needs a file asks here; the
/// loader makes one request per file per visit however many ask.
pub fn use_content<T: ContentFile + Clone + Send + Sync>() -> LocalResource<Result<T, LoadError>> {
    let config = expect_context::<Config>();
    LocalResource::new(move || load::<T>(config))
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

/// The device's date and time now, in its own time zone (the UK for most users).
pub fn now() -> crate::format::DateTime {
    let d = js_sys::Date::new_0();
    crate::format::DateTime {
        year: d.get_full_year(),
        month: d.get_month() + 1,
        day: d.get_date(),
        hour: d.get_hours(),
        minute: d.get_minutes(),
    }
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

/// Says which parts of a link were not understood and so left out, never guessed at.
#[component]
pub fn IgnoredNote(ignored: Vec<String>) -> impl IntoView {
    (!ignored.is_empty()).then(|| view! {
        <p class="occ-inset">{format!("We ignored part of the link we did not recognise: {}.", ignored.join(", "))}</p>
    })
}
