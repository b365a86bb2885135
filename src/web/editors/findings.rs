//! What the editors' check found, as the page lists it.

use crate::content::Report;
use leptos::prelude::*;

/// Findings as a list, each with its record, field, problem and what to do.
#[component]
pub fn FindingList(findings: Vec<Report>) -> impl IntoView {
    let at = |s: &str, whole: &'static str| {
        if s.is_empty() {
            whole.to_owned()
        } else {
            s.to_owned()
        }
    };
    view! {
        <ol class="occ-list occ-check-list">
            {findings
                .into_iter()
                .map(|f| view! {
                    <li>
                        <dl class="occ-summary-list">
                            <div class="occ-summary-list__row">
                                <dt class="occ-summary-list__key">"Record"</dt>
                                <dd class="occ-summary-list__value">{at(&f.record, "The file as a whole")}</dd>
                            </div>
                            <div class="occ-summary-list__row">
                                <dt class="occ-summary-list__key">"Field"</dt>
                                <dd class="occ-summary-list__value">{at(&f.field, "The record as a whole")}</dd>
                            </div>
                            <div class="occ-summary-list__row">
                                <dt class="occ-summary-list__key">"Problem"</dt>
                                <dd class="occ-summary-list__value">{f.problem}</dd>
                            </div>
                            <div class="occ-summary-list__row">
                                <dt class="occ-summary-list__key">"What to do"</dt>
                                <dd class="occ-summary-list__value">{f.fix}</dd>
                            </div>
                        </dl>
                    </li>
                })
                .collect_view()}
        </ol>
    }
}
