//! Words explained: every term in `glossary.json`. Pages that use a term
//! explain it in place (`WordsExplained`) and link here.

use crate::content::Glossary as GlossaryFile;
use crate::domain::head::About;
use crate::domain::routes::GLOSSARY;
use crate::web::components::loaded::loaded;
use crate::web::components::page::{Crumb, Page};
use crate::web::components::{use_content, SourceList, TermList};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Glossary() -> impl IntoView {
    let glossary = use_content::<GlossaryFile>();
    view! {
        <Page title=GLOSSARY.title about=About::section(&GLOSSARY) breadcrumbs={Vec::<Crumb>::new()}>
            <p class="occ-lede">"Words and abbreviations you may meet in job adverts and on this site, in plain English."</p>
            {loaded(glossary, |g: Arc<GlossaryFile>| {
                let mut sources = Vec::new();
                for t in &g.terms {
                    if !sources.contains(&t.source) {
                        sources.push(t.source.clone());
                    }
                }
                view! {
                    <TermList terms=g.terms.clone() />
                    <details class="occ-details">
                        <summary class="occ-details__summary">"Where this information comes from"</summary>
                        <SourceList sources />
                    </details>
                }
            })}
        </Page>
    }
}
