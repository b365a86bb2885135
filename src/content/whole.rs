//! Checks across files: every reference points at something that exists.

use super::{
    Content, Days, Finding, GettingStarted, Glossary, Named, Organisation, Pay, Place, Problem,
    Quiz, Roles, Sites, Vacancies, Website,
};

impl Content {
    /// A role whose essential criteria cite an advert must have as many as
    /// the advert's person specification: one left out is one the quiz
    /// never asks about and the results never mention.
    fn essentials_against_adverts(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for v in &self.vacancies.vacancies {
            let Some(r) = self.roles.get(&v.role) else {
                continue;
            };
            let listed: usize = v
                .person_specification
                .iter()
                .map(|s| s.essential.len())
                .sum();
            for source in &v.source {
                let citing = r
                    .essentials()
                    .filter(|e| e.source.as_ref() == Some(source))
                    .count();
                if citing > 0 && citing != listed {
                    out.push(Finding::at(
                        Roles::FILE,
                        &format!("roles[{}]", r.id),
                        Problem::EssentialsAgainstAdvert {
                            citing,
                            source: source.0.clone(),
                            vacancy: v.id.clone(),
                            listed,
                        },
                    ));
                }
            }
        }
        out
    }

    /// The site's own words, each with where it is (file, then path): not
    /// quotes (a job advert's text and what staff said stay as written).
    fn our_words<'a>(&'a self) -> Vec<(Place, &'a str)> {
        let mut texts: Vec<(Place, &'a str)> = Vec::new();
        let mut add = |at: Place, t: &'a str| texts.push((at, t));
        for r in &self.roles.roles {
            for t in r.texts() {
                add(Place::at(Roles::FILE, &format!("roles[{}]", r.id)), t);
            }
        }
        let g = &self.getting_started;
        for p in &g.intro {
            add(Place::at(GettingStarted::FILE, "intro"), &p.text);
        }
        for st in &g.steps {
            let at = Place::at(GettingStarted::FILE, &format!("steps[{}]", st.id));
            add(at.clone(), &st.title);
            add(at.clone(), &st.intro);
            for i in &st.items {
                add(at.clone(), i);
            }
        }
        for e in &g.what_to_expect {
            for t in std::iter::once(&e.title).chain(&e.text) {
                add(
                    Place::at(GettingStarted::FILE, &format!("what_to_expect[{}]", e.id)),
                    t,
                );
            }
        }
        for q in &g.questions {
            let at = Place::at(GettingStarted::FILE, &format!("questions[{}]", q.id));
            add(at.clone(), &q.question);
            for a in &q.answer {
                add(at.clone(), &a.text);
            }
        }
        let o = &self.organisation;
        for p in o.about.iter().chain(&o.where_it_works) {
            add(Place::at(Organisation::FILE, ""), &p.text);
        }
        for b in &o.benefits {
            add(
                Place::at(Organisation::FILE, &format!("benefits[{}]", b.id)),
                &b.text,
            );
        }
        for v in o.values.trust.iter().chain(&o.values.offender_healthcare) {
            add(Place::at(Organisation::FILE, "values"), v);
        }
        for t in &self.glossary.terms {
            add(
                Place::at(Glossary::FILE, &format!("terms[{}]", t.id)),
                &t.meaning,
            );
        }
        let site = [&self.site.jobs_note, &self.site.ask];
        for p in site.into_iter().chain(&self.site.introduction) {
            add(Place::at(Website::FILE, ""), &p.text);
        }
        add(Place::at(Website::FILE, "summary"), &self.site.summary);
        for b in &self.pay.benefits {
            add(Place::at(Pay::FILE, "benefits"), &b.text);
        }
        if let Some(quiz) = &self.quiz {
            for q in &quiz.questions {
                let at = Place::at(Quiz::FILE, &format!("questions[{}]", q.id));
                add(at.clone(), &q.text);
                for a in &q.answers {
                    add(at.clone(), &a.text);
                    if let Some(n) = &a.no_role {
                        add(at.clone(), n);
                    }
                    if let Some(n) = &a.note {
                        add(at.clone(), &n.text);
                    }
                }
            }
        }
        for st in &self.sites.sites {
            let at = Place::at(Sites::FILE, &format!("sites[{}]", st.id));
            for p in st.notes.iter().chain(&st.services).chain(&st.closed) {
                add(at.clone(), &p.text);
            }
        }
        add(
            Place::at(Sites::FILE, "introduction"),
            &self.sites.introduction.text,
        );
        texts
    }

    /// "People in prison", never "offender" for a person. "Offender
    /// healthcare" and "offender care", the name of the service, stay.
    fn own_words(&self) -> Vec<Finding> {
        self.our_words()
            .into_iter()
            .filter(|(_, t)| names_a_person_an_offender(t))
            .map(|(at, t)| at_words(&at, Problem::OffenderForAPerson { text: t.to_owned() }))
            .collect()
    }

    /// Every abbreviation in our words is in the glossary (which explains
    /// it on the page) or spelled out in the same record, as "CPD (continuing
    /// professional development)".
    fn abbreviations_explained(&self) -> Vec<Finding> {
        self.unexplained(&self.our_words(), |a| Problem::AbbreviationNotExplained {
            abbreviation: a.to_owned(),
        })
    }

    /// Each abbreviation in `texts` that neither the glossary explains nor
    /// its own record spells out, once per record, reported as `problem`.
    fn unexplained(
        &self,
        texts: &[(Place, &str)],
        problem: impl Fn(&str) -> Problem,
    ) -> Vec<Finding> {
        let mut out: Vec<Finding> = Vec::new();
        for (at, text) in texts {
            for a in abbreviations_in(text) {
                let spelled_out = texts
                    .iter()
                    .filter(|(other, _)| other == at)
                    .any(|(_, t)| spells_out(t, a));
                let said = at_words(at, problem(a));
                if !self.glossary.explains(a) && !spelled_out && !out.contains(&said) {
                    out.push(said);
                }
            }
        }
        out
    }

    /// Texts shown as written (an advert's, what staff said), each with where
    /// it is. A page that shows one explains the glossary's words beside it.
    fn quoted_words(&self) -> Vec<(Place, &str)> {
        let mut texts: Vec<(Place, &str)> = Vec::new();
        for v in &self.vacancies.vacancies {
            let at = Place::at(Vacancies::FILE, &format!("vacancies[{}]", v.id));
            texts.extend(v.texts().into_iter().map(|t| (at.clone(), t)));
        }
        for v in &self.organisation.staff_voices {
            let at = Place::at(Organisation::FILE, &format!("staff_voices[{}]", v.id));
            texts.extend(v.quote.iter().map(|t| (at.clone(), t.as_str())));
        }
        texts
    }

    /// A quote stays as written, so an abbreviation in one is explained by
    /// the glossary, which its page shows beside it, unless the quote itself
    /// spells it out.
    fn quoted_abbreviations_explained(&self) -> Vec<Finding> {
        self.unexplained(&self.quoted_words(), |a| {
            Problem::QuotedAbbreviationNotInGlossary {
                abbreviation: a.to_owned(),
            }
        })
    }

    /// Every advert closes: our words speak of one in the past tense ("the
    /// advert asked"), so a page never says a closed post "offers" anything.
    fn adverts_in_the_past(&self) -> Vec<Finding> {
        self.our_words()
            .into_iter()
            .filter(|(_, t)| speaks_of_an_advert_in_the_present(t))
            .map(|(at, t)| at_words(&at, Problem::AdvertInThePresent { text: t.to_owned() }))
            .collect()
    }

    /// Plain English keeps sentences to about 25 words; one in our own words
    /// over [`LONGEST_SENTENCE`] is too long to follow on a phone.
    fn sentences_short_enough(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for (at, text) in self.our_words() {
            for sentence in sentences(text) {
                let words = sentence.split_whitespace().count();
                if words > LONGEST_SENTENCE {
                    let sentence = sentence.trim().to_owned();
                    out.push(at_words(&at, Problem::LongSentence { words, sentence }));
                }
            }
        }
        out
    }

    /// Each file's own problems, then the references between them.
    pub fn problems(&self) -> Vec<Finding> {
        let mut out = self.each_files_problems();
        out.extend(self.references());
        out
    }

    /// The checks between files: every reference points at something that exists.
    pub fn references(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        let role = |id: &str| self.roles.get(id).is_some();
        out.extend(self.essentials_against_adverts());
        out.extend(self.own_words());
        out.extend(self.abbreviations_explained());
        out.extend(self.quoted_abbreviations_explained());
        out.extend(self.adverts_in_the_past());
        out.extend(self.sentences_short_enough());
        for r in &self.roles.roles {
            for band in crate::content::Band::ALL
                .iter()
                .filter(|b| (r.band.from..=r.band.to).contains(b))
            {
                if self.pay.band(*band).is_none() {
                    out.push(Finding::at(
                        Roles::FILE,
                        &format!("roles[{}].band", r.id),
                        Problem::NoPayForBand {
                            band: band.label().to_owned(),
                        },
                    ));
                }
            }
        }
        for s in &self.sites.sites {
            if !self.map.contains(s.latitude, s.longitude) {
                out.push(Finding::at(
                    Sites::FILE,
                    &format!("sites[{}]", s.id),
                    Problem::OutsideTheMap,
                ));
            }
            for r in &s.roles {
                if !role(r) {
                    out.push(Finding::at(
                        Sites::FILE,
                        &format!("sites[{}].roles", s.id),
                        no_role(r),
                    ));
                }
            }
        }
        for d in &self.days.days {
            if !role(&d.role) {
                out.push(Finding::at(
                    Days::FILE,
                    &format!("days[{}].role", d.id),
                    no_role(&d.role),
                ));
            }
        }
        for v in &self.vacancies.vacancies {
            let at = |field: &str| format!("vacancies[{}].{field}", v.id);
            let mut push =
                |field: &str, problem| out.push(Finding::at(Vacancies::FILE, &at(field), problem));
            if !role(&v.role) {
                push("role", no_role(&v.role));
            }
            if self.pay.band(v.band).is_none() {
                push(
                    "band",
                    Problem::NoPayForBand {
                        band: v.band.label().to_owned(),
                    },
                );
            }
            if let Some(url) = &v.apply_url {
                if url.starts_with("https://")
                    && super::link_to_listed_host(url, &self.site.apply_hosts).is_none()
                {
                    push(
                        "apply_url",
                        Problem::ApplyHostNotListed { url: url.clone() },
                    );
                }
            }
            for s in &v.sites {
                match self.sites.get(s) {
                    None => push(
                        "sites",
                        Problem::NoSuch {
                            kind: "site",
                            id: s.clone(),
                        },
                    ),
                    Some(site) if site.is_closed() => {
                        push("sites", Problem::ClosedSiteOffered { site: s.clone() })
                    }
                    Some(_) => {}
                }
            }
        }
        for region in &self.pay.trust_supplement_regions {
            if !self.sites.regions.iter().any(|r| &r.id == region) {
                out.push(Finding::at(
                    Pay::FILE,
                    "trust_supplement_regions",
                    Problem::NoSuch {
                        kind: "region in sites.json",
                        id: region.clone(),
                    },
                ));
            }
        }
        if let Some(quiz) = &self.quiz {
            // A role no answer counts towards could never be suggested.
            for r in &self.roles.roles {
                let reachable = quiz
                    .questions
                    .iter()
                    .flat_map(|q| &q.answers)
                    .any(|a| a.weights.get(&r.id).is_some_and(|w| *w > 0));
                if !reachable {
                    out.push(Finding::at(
                        Quiz::FILE,
                        "questions",
                        Problem::NoAnswerCountsTowards { role: r.id.clone() },
                    ));
                }
            }
            for q in &quiz.questions {
                for a in &q.answers {
                    for r in a.weights.keys() {
                        if !role(r) {
                            out.push(Finding::at(
                                Quiz::FILE,
                                &format!("questions[{}].answers[{}].weights", q.id, a.id),
                                no_role(r),
                            ));
                        }
                    }
                    for (r, ids) in &a.meets {
                        let at = format!("questions[{}].answers[{}].meets", q.id, a.id);
                        let Some(found) = self.roles.get(r) else {
                            out.push(Finding::at(Quiz::FILE, &at, no_role(r)));
                            continue;
                        };
                        for id in ids {
                            if !found.essentials().any(|e| &e.id == id) {
                                out.push(Finding::at(
                                    Quiz::FILE,
                                    &format!("{at}[{r}]"),
                                    Problem::NoSuchEssential {
                                        role: r.clone(),
                                        id: id.clone(),
                                    },
                                ));
                            }
                        }
                    }
                }
            }
        }
        out
    }
}

/// The most words a sentence in the site's own words may have.
pub const LONGEST_SENTENCE: usize = 30;

/// A text's sentences, each with its closing stop. A stop ends a sentence
/// only before a space or the end, so "37.5 hours" stays one sentence.
pub fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut ends: Vec<usize> = text
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '?' | '!')
                && text[i + 1..].chars().next().is_none_or(char::is_whitespace)
        })
        .map(|(i, _)| i + 1)
        .collect();
    ends.push(text.len());
    let mut start = 0;
    ends.into_iter()
        .map(move |end| {
            let s = &text[start..end];
            start = end;
            s
        })
        .filter(|s| !s.trim().is_empty())
}

fn no_role(id: &str) -> Problem {
    Problem::NoSuch {
        kind: "role",
        id: id.to_owned(),
    }
}

fn at_words(at: &Place, problem: Problem) -> Finding {
    Finding {
        place: at.clone(),
        problem,
    }
}

/// Whether `text` calls a person an offender: "offender" or "offenders",
/// except in the name of the service ("offender healthcare", "offender care").
pub fn names_a_person_an_offender(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.match_indices("offender").any(|(i, w)| {
        let after = &lower[i + w.len()..];
        !(after.starts_with(" health") || after.starts_with(" care"))
    })
}

/// Abbreviations so widely known that the NHS's own style leaves them as they are.
/// The NHS content style guide's A to Z uses "GP" as it is ("We mostly use
/// GP"), and "NHS" needs no explaining on an NHS trust's site.
const WELL_KNOWN: [&str; 5] = ["NHS", "UK", "GP", "ID", "IT"];

/// The abbreviations `text` uses: words of two or more capital letters (a
/// plural "s" dropped), not postcodes or pay points with digits, and not the
/// few everyone knows.
pub fn abbreviations_in(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        let word = word
            .strip_suffix('s')
            .filter(|w| w.len() >= 2)
            .unwrap_or(word);
        if word.len() >= 2
            && word.chars().all(|c| c.is_ascii_uppercase())
            && !WELL_KNOWN.contains(&word)
            && !out.contains(&word)
        {
            out.push(word);
        }
    }
    out
}

/// Whether `text` spells `abbreviation` out: "CPD (continuing ...)" or
/// "continuing professional development (CPD)".
pub fn spells_out(text: &str, abbreviation: &str) -> bool {
    text.contains(&format!("{abbreviation} ("))
        || text.contains(&format!("({abbreviation})"))
        || text.contains(&format!("({abbreviation}s)"))
}

/// Whether `text` says what a particular advert or advertised post does in the
/// present tense: "the advert offers", "the advertised post covers". Looks
/// a few words past "the ... advert" or "the advertised", within the clause.
pub fn speaks_of_an_advert_in_the_present(text: &str) -> bool {
    const PRESENT: [&str; 9] = [
        "offers", "asks", "covers", "says", "requires", "lists", "pays", "closes", "is",
    ];
    text.split(['.', ',', ';', ':', '?', '!']).any(|clause| {
        let words: Vec<String> = clause
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        // A particular advert: "the advert", "the ... practitioner advert".
        let particular = |i: usize| {
            words[i.saturating_sub(5)..i]
                .iter()
                .any(|w| w == "the" || w == "this")
        };
        words.iter().enumerate().any(|(i, w)| {
            (w == "advert" || w == "advertised")
                && particular(i)
                && words[i + 1..]
                    .iter()
                    .take(10)
                    .any(|next| PRESENT.contains(&next.as_str()))
        })
    })
}

#[cfg(test)]
mod tests;
