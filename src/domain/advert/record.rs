//! A vacancy record from what an advert states (`Advert`): every field of
//! `vacancies.json` the advert gives, as written; the role and the sites it
//! most likely refers to, as suggestions the editor confirms; and what is
//! still to check or fill in by hand. A field the advert does not give is
//! left out of the record and named, never guessed.

use super::{band, closing, hours, period, salary, Advert, Part, Per, SummaryField};
use crate::content::{Band, Contact, Roles, Section, Sites, Source, Specification};
use crate::domain::format::DateTime;
use crate::domain::order;
use serde::Serialize;

/// A vacancy record as far as an advert states it, in `vacancies.json`'s
/// order; what it does not state is left out of the JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Draft {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub main_area: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub band: Option<Band>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_ref: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub town: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary_amount: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub salary_period: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closing: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overview: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub main_duties: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub responsibilities: Vec<Section>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub person_specification: Vec<Specification>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub applicant_requirements: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub apply_url: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source: Vec<Source>,
}

/// Something the editor checks or fills in by hand before publishing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToCheck {
    /// A field the advert does not give: fill it in, or leave the record out.
    NotGiven { field: &'static str },
    /// The role suggested from the title, and the others that could be meant.
    Role {
        suggested: String,
        others: Vec<String>,
    },
    /// No role on the site matches the title.
    NoRole,
    /// The sites suggested from the advert's words.
    Sites { suggested: Vec<String> },
    /// The salary is a range: the record's amount is its lowest.
    SalaryRange,
    /// The salary is by the hour: `salary_amount` is pounds a year.
    HourlySalary,
    /// The job description's headings were told from its points by their
    /// shape: check them against the advert.
    Headings,
    /// The advert's closing date has passed: the site would list it as closed.
    Closed { closing: String },
    /// The advert does not say when it was posted: without `posted`, search
    /// engines' job listings are not offered the vacancy.
    NoPosted,
    /// The job summary's site is a place `sites.json` does not list, so no
    /// site is suggested from the rest of the advert's words.
    SiteNotListed { site: String },
    /// The advert's employer is not the trust the site is for.
    OtherEmployer { employer: String, trust: String },
    /// The advert's address is on a host `site.json`'s `apply_hosts` does
    /// not list, so the record has no `apply_url`.
    ApplyHostNotListed { host: String },
}

impl ToCheck {
    /// In words for the editor, naming roles and sites by their titles.
    pub fn words(&self, roles: &Roles, sites: &Sites) -> String {
        let role = |id: &str| {
            roles
                .get(id)
                .map_or(id.to_owned(), |r| format!("{} ({id})", r.title))
        };
        match self {
            ToCheck::NotGiven { field } => not_given(field),
            ToCheck::Role { suggested, others } => {
                let mut said = format!(
                    "role: {}, from the advert's title. Check this is the role the job is.",
                    role(suggested)
                );
                if !others.is_empty() {
                    let others: Vec<String> = others.iter().map(|o| role(o)).collect();
                    said.push_str(&format!(" It could also be: {}.", others.join(", ")));
                }
                said
            }
            ToCheck::NoRole => "role: no role on this site matches the advert's title. Give the id of the role it is, from roles.json, or add the role there first.".to_owned(),
            ToCheck::Sites { suggested } => {
                let names: Vec<String> = suggested
                    .iter()
                    .map(|id| sites.get(id).map_or(id.clone(), |s| s.name.clone()))
                    .collect();
                format!(
                    "sites: {}, from the advert's words. Check these are the places the job is at.",
                    names.join(", ")
                )
            }
            ToCheck::SalaryRange => "salary_amount: the advert gives a range of pay, and the record holds its lowest figure.".to_owned(),
            ToCheck::HourlySalary => "salary_amount: the advert gives an hourly rate, and this field holds pounds a year. Work out the yearly figure from the advert's hours, or leave the record out.".to_owned(),
            ToCheck::Headings => "responsibilities: the job description's headings were told from its points by the shape of their lines. Check them against the advert.".to_owned(),
            ToCheck::Closed { closing } => format!("closing: the advert closed on {closing}, which has passed, so the site will list this vacancy as closed. Check this is the advert you meant to add."),
            ToCheck::NoPosted => "posted: the text you pasted does not say when the advert was posted, so the record has no \"posted\" date, and search engines' job listings (such as Google's) will not be offered this vacancy. If the advert's page shows the date it was posted, add it to the record as \"posted\": \"YYYY-MM-DD\".".to_owned(),
            ToCheck::SiteNotListed { site } => format!("sites: the advert's job summary says the job is at \"{site}\", which sites.json does not list, so no site is suggested. Add that site to sites.json first, or give the ids of the sites the job is at."),
            ToCheck::OtherEmployer { employer, trust } => format!("employer: the advert's employer is {employer}, not {trust}, whose jobs this site lists. Check this is the advert you meant to add."),
            ToCheck::ApplyHostNotListed { host } => format!("apply_url: the advert's address is on {host}, which site.json's apply_hosts does not list, so the record has no apply_url and its page gives no button to apply there, only the job reference and the trust's live jobs. If the trust advertises on {host}, add it to apply_hosts; or give the address of this advert on a site that is listed."),
        }
    }
}

/// Where on an advert a record's field comes from, as the advert names it.
fn on_the_advert(field: &str) -> Option<String> {
    let part = |p: Part| Some(format!("its part \"{}\"", p.heading()));
    let label = |f: SummaryField| Some(format!("its job summary's \"{}\"", f.label()));
    match field {
        "title" | "id" => Some("its title, under the employer's name".to_owned()),
        "main_area" => label(SummaryField::MainArea),
        "band" => label(SummaryField::Grade),
        "contract" => label(SummaryField::Contract),
        "hours" => label(SummaryField::Hours),
        "job_ref" => label(SummaryField::JobRef),
        "employer" => label(SummaryField::Employer),
        "employer_type" => label(SummaryField::EmployerType),
        "site" => label(SummaryField::Site),
        "town" => label(SummaryField::Town),
        "salary" | "salary_amount" => label(SummaryField::Salary),
        "salary_period" => label(SummaryField::SalaryPeriod),
        "closing" => label(SummaryField::Closing),
        "overview" => part(Part::JobOverview),
        "main_duties" => part(Part::MainDuties),
        "responsibilities" => part(Part::JobDescription),
        "person_specification" => part(Part::PersonSpecification),
        "applicant_requirements" => part(Part::ApplicantRequirements),
        "contact" | "contact.email" => part(Part::Contact),
        _ => None,
    }
}

/// What to do about a field the advert's text did not give.
fn not_given(field: &str) -> String {
    match (field, on_the_advert(field)) {
        ("source", _) => "source: give the advert's web address above and read it again, so a reader can check the record against the advert.".to_owned(),
        ("sites", _) => "sites: the advert names no prison this site lists. Give the ids of the sites the job is at, from sites.json.".to_owned(),
        ("contact.email", Some(at)) => format!(
            "contact.email: the text you pasted has no email address in {at} (NHS Jobs can hide it from copying). Fill it in from the advert's page, or leave it out: the vacancy page then points to the advert for it."
        ),
        (_, Some(at)) => format!(
            "{field}: the text you pasted does not have {at}. Copy the advert's whole page and read it again, or fill it in from the advert."
        ),
        (_, None) => format!("{field}: fill it in by hand."),
    }
}

/// The record and what to check.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub draft: Draft,
    pub to_check: Vec<ToCheck>,
}

/// What the site's published content says that a record is read against.
#[derive(Clone, Copy, Debug)]
pub struct OnSite<'a> {
    /// Hosts an apply link may go to (`site.json`).
    pub apply_hosts: &'a [String],
    /// The trust's name and short name (`site.json`).
    pub trust: [&'a str; 2],
    pub roles: &'a Roles,
    pub sites: &'a Sites,
}

/// The record an advert makes, read `now` (UK time). `address` is the
/// advert's web address, if the editor gave it: the record's source, and
/// where to apply when the site lists its host (`apply_hosts`).
pub fn record(advert: &Advert, address: Option<&str>, site: &OnSite, now: &DateTime) -> Reading {
    use SummaryField::*;
    let OnSite {
        apply_hosts,
        roles,
        sites,
        ..
    } = *site;
    let get = |f| advert.get(f).map(str::to_owned);
    let mut to_check = Vec::new();
    let (hours_text, hours_note) = match advert.get(Hours).map(hours) {
        Some((h, note)) => (Some(h), note),
        None => (None, None),
    };
    let pay = advert.get(Salary).and_then(salary);
    let per = pay
        .and_then(|p| p.per)
        .or(advert.get(SalaryPeriod).and_then(period));
    let salary_amount = match (pay, per) {
        (Some(p), Some(Per::Year) | None) if p.from >= 1.0 && p.from <= f64::from(u32::MAX) => {
            if p.to.is_some() {
                to_check.push(ToCheck::SalaryRange);
            }
            Some(p.from.round() as u32)
        }
        (Some(_), Some(Per::Hour)) => {
            to_check.push(ToCheck::HourlySalary);
            None
        }
        _ => None,
    };
    let address = address.map(str::trim).filter(|a| a.starts_with("https://"));
    let mut draft = Draft {
        id: advert.title.as_deref().map(slug).filter(|s| !s.is_empty()),
        title: advert.title.clone(),
        main_area: get(MainArea),
        band: advert.get(Grade).and_then(band),
        contract: get(Contract),
        hours: hours_text,
        hours_note,
        job_ref: get(JobRef),
        employer: get(Employer),
        employer_type: get(EmployerType),
        site: get(Site),
        town: get(Town),
        salary: get(Salary),
        salary_amount,
        salary_period: get(SalaryPeriod),
        closing: advert.get(Closing).and_then(closing),
        overview: advert.overview.clone(),
        main_duties: advert.main_duties.clone(),
        responsibilities: sections(&advert.job_description),
        person_specification: advert.person_specification.clone(),
        applicant_requirements: advert.applicant_requirements.clone(),
        contact: advert.contact.clone(),
        apply_url: address
            .filter(|a| crate::content::link_to_listed_host(a, apply_hosts).is_some())
            .map(str::to_owned),
        source: address.map(|a| Source(a.to_owned())).into_iter().collect(),
        ..Draft::default()
    };
    let suggested = role_suggestions(advert, roles);
    match suggested.split_first() {
        Some((best, others)) => {
            draft.role = Some(best.clone());
            to_check.push(ToCheck::Role {
                suggested: best.clone(),
                others: others.to_vec(),
            });
        }
        None => to_check.push(ToCheck::NoRole),
    }
    draft.sites = site_suggestions(advert, sites);
    let unlisted = draft
        .sites
        .is_empty()
        .then(|| unlisted_site(advert))
        .flatten();
    if !draft.sites.is_empty() {
        to_check.push(ToCheck::Sites {
            suggested: draft.sites.clone(),
        });
    } else if let Some(site) = &unlisted {
        to_check.push(ToCheck::SiteNotListed { site: site.clone() });
    }
    if let Some(at) = draft.closing.as_deref().and_then(DateTime::parse) {
        if crate::domain::format::Closing::at(&at, now).is_closed() {
            to_check.push(ToCheck::Closed {
                closing: format!("{} at {}", at.long_date(), at.time_of_day()),
            });
        }
    }
    to_check.push(ToCheck::NoPosted);
    if let Some(employer) = draft
        .employer
        .as_ref()
        .filter(|_| !site.trust[0].trim().is_empty())
    {
        if !is_trust(employer, site.trust) {
            to_check.push(ToCheck::OtherEmployer {
                employer: employer.clone(),
                trust: site.trust[0].to_owned(),
            });
        }
    }
    if let (Some(address), None) = (address, &draft.apply_url) {
        if let Some(host) = host_of(address) {
            to_check.push(ToCheck::ApplyHostNotListed { host });
        }
    }
    if !draft.responsibilities.is_empty() {
        to_check.push(ToCheck::Headings);
    }
    for (field, given) in [
        ("id", draft.id.is_some()),
        ("title", draft.title.is_some()),
        // A role not found is `NoRole`, above; a site not listed, `SiteNotListed`.
        ("sites", !draft.sites.is_empty() || unlisted.is_some()),
        ("main_area", draft.main_area.is_some()),
        ("band", draft.band.is_some()),
        ("contract", draft.contract.is_some()),
        ("hours", draft.hours.is_some()),
        ("job_ref", draft.job_ref.is_some()),
        ("employer", draft.employer.is_some()),
        ("employer_type", draft.employer_type.is_some()),
        ("site", draft.site.is_some()),
        ("town", draft.town.is_some()),
        ("salary", draft.salary.is_some()),
        ("salary_amount", draft.salary_amount.is_some()),
        ("salary_period", draft.salary_period.is_some()),
        ("closing", draft.closing.is_some()),
        ("overview", !draft.overview.is_empty()),
        ("main_duties", !draft.main_duties.is_empty()),
        ("responsibilities", !draft.responsibilities.is_empty()),
        (
            "person_specification",
            !draft.person_specification.is_empty(),
        ),
        (
            "applicant_requirements",
            !draft.applicant_requirements.is_empty(),
        ),
        ("contact", draft.contact.is_some()),
        (
            "contact.email",
            draft.contact.as_ref().is_none_or(|c| c.email.is_some()),
        ),
        ("source", !draft.source.is_empty()),
    ] {
        if !given {
            to_check.push(ToCheck::NotGiven { field });
        }
    }
    Reading { draft, to_check }
}

/// The host of an https address, in lower case, as `apply_hosts` lists
/// hosts ("www.healthjobsuk.com"); `None` when there is none to name.
fn host_of(address: &str) -> Option<String> {
    let rest = address
        .get(8..)
        .filter(|_| address[..8].eq_ignore_ascii_case("https://"))?;
    let host = rest
        .split(['/', '?', '#', '\\'])
        .next()?
        .to_ascii_lowercase();
    crate::content::is_host(&host).then_some(host)
}

/// Whether an employer's name is the trust's: its name or short name, in any
/// case, with "and" or "&" and "the" as written.
fn is_trust(employer: &str, trust: [&str; 2]) -> bool {
    let plain = |name: &str| -> Vec<String> {
        words(&name.replace('&', " and "))
            .into_iter()
            .filter(|w| w != "the")
            .collect()
    };
    let said = plain(employer);
    trust.iter().any(|name| {
        let name = plain(name);
        !name.is_empty() && (said == name || said.starts_with(&name))
    })
}

/// The job summary's site when it names a prison (HMP, HMYOI, "HM Prison",
/// "Prison") that no open site matches: the advert says where the job is, and
/// this site does not list it.
fn unlisted_site(advert: &Advert) -> Option<String> {
    let site = advert.get(SummaryField::Site)?;
    let said = words(site);
    let a_prison = said
        .iter()
        .any(|w| ["hmp", "hmyoi", "yoi", "prison", "hmpyoi"].contains(&w.as_str()));
    a_prison.then(|| site.to_owned())
}

/// A record's id from its title: lower case, words joined by hyphens.
pub fn slug(title: &str) -> String {
    title
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Roles whose every title word the advert's title holds, the most words
/// first: "Bank Mental Health Practitioner" is a mental health practitioner,
/// not a mental health nurse. Then, if none, roles sharing most words.
pub fn role_suggestions(advert: &Advert, roles: &Roles) -> Vec<String> {
    let Some(title) = &advert.title else {
        return Vec::new();
    };
    let said = words(title);
    let mut scored: Vec<(usize, bool, &str)> = roles
        .roles
        .iter()
        .map(|r| {
            let theirs = words(&r.title);
            let shared = theirs.iter().filter(|w| said.contains(w)).count();
            (shared, shared == theirs.len(), r.id.as_str())
        })
        .filter(|(shared, _, _)| *shared >= 2)
        .collect();
    order::sort_by(&mut scored, |a, b| b.1.cmp(&a.1).then(b.0.cmp(&a.0)));
    let whole = scored.iter().any(|s| s.1);
    scored
        .into_iter()
        .filter(|s| s.1 || !whole)
        .map(|s| s.2.to_owned())
        .collect()
}

/// The open sites the advert names, in the order of `sites.json`, by name
/// ("HMP Elmley", or "East Sutton Park" without "HMP"): those its job
/// summary's site names, else those its words name; if it names none, the
/// region its site or town field names ("Kent").
pub fn site_suggestions(advert: &Advert, sites: &Sites) -> Vec<String> {
    let text = [
        advert.overview.join("\n"),
        advert.main_duties.join("\n"),
        advert
            .get(SummaryField::Site)
            .unwrap_or_default()
            .to_owned(),
        advert
            .get(SummaryField::Town)
            .unwrap_or_default()
            .to_owned(),
        advert.title.clone().unwrap_or_default(),
    ]
    .join("\n")
    .to_lowercase();
    let open = sites.sites.iter().filter(|s| !s.is_closed());
    let named_in = |text: &str| -> Vec<String> {
        open.clone()
            .filter(|s| {
                let name = s.name.to_lowercase();
                let short = name.strip_prefix("hmp ").unwrap_or(&name);
                text.contains(&name) || (short.len() > 4 && text.contains(short))
            })
            .map(|s| s.id.clone())
            .collect()
    };
    // The job summary's site first ("HMP Elmley/Swaleside"): an overview
    // may list every prison of the area the post is not for. A prison it
    // names that is not listed here is where the job is: nothing else is
    // suggested from the advert's other words.
    let site = advert
        .get(SummaryField::Site)
        .unwrap_or_default()
        .to_lowercase();
    let from_site = named_in(&site);
    if !from_site.is_empty() {
        return from_site;
    }
    if unlisted_site(advert).is_some() {
        return Vec::new();
    }
    let from_text = named_in(&text);
    if !from_text.is_empty() {
        return from_text;
    }
    let place = [SummaryField::Site, SummaryField::Town]
        .map(|f| words(advert.get(f).unwrap_or_default()))
        .concat();
    let region = sites.regions.iter().find(|r| {
        let name = words(&r.name);
        !name.is_empty() && name.iter().all(|w| place.contains(w))
    });
    match region {
        Some(r) => open
            .filter(|s| s.region == r.id)
            .map(|s| s.id.clone())
            .collect(),
        None => Vec::new(),
    }
}

/// The job description in sections: a heading is a short line in the shape
/// of one ("Main Responsibilities", "3. Key Task and Responsibilities",
/// "Key Principles of ...:"), each point after it is one of its items.
/// Points before any heading make a section with no heading of its own.
pub fn sections(lines: &[String]) -> Vec<Section> {
    let mut out: Vec<Section> = Vec::new();
    for line in lines {
        if is_heading(line) {
            out.push(Section {
                heading: line.trim_end_matches(':').trim().to_owned(),
                items: Vec::new(),
            });
        } else {
            if out.is_empty() {
                out.push(Section {
                    heading: String::new(),
                    items: Vec::new(),
                });
            }
            if let Some(last) = out.last_mut() {
                last.items.extend(points(line));
            }
        }
    }
    out.retain(|s| !s.items.is_empty() || !s.heading.is_empty());
    out
}

/// A line's points without their bullets. A copied list can put two points
/// on one line with a bullet between them ("facilitation · managing a
/// caseload"), or leave a bullet at a line's end: the bullets are the list's
/// marks, not the advert's words.
fn points(line: &str) -> Vec<String> {
    const BULLETS: [char; 3] = ['•', '·', '●'];
    line.split(|c| BULLETS.contains(&c))
        .map(|p| p.trim().trim_start_matches(['-', '*']).trim())
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A line in the shape of a heading: at most 12 words, not ending as a
/// sentence or a list does, and numbered, ending with a colon, or with its
/// longer words capitalised.
fn is_heading(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.is_empty() || words.len() > 12 || line.ends_with(['.', ';', ',', '·']) {
        return false;
    }
    let numbered = words[0]
        .trim_end_matches('.')
        .chars()
        .all(|c| c.is_ascii_digit())
        && words[0].ends_with('.');
    let capitalised = words
        .iter()
        .filter(|w| w.len() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    numbered || line.ends_with(':') || capitalised
}

/// `vacancies.json` with the record added, or in place of the one with the
/// same job reference, for the editor to download. A record the advert did
/// not complete is refused with the check's finding (a field still missing),
/// as is a file that cannot be read.
// Called once per download, and the finding is what the editor is shown:
// boxing it would save nothing worth a second type.
#[allow(clippy::result_large_err)]
pub fn with_record(draft: &Draft, vacancies: &str) -> Result<String, crate::content::Finding> {
    use crate::content::{parse, Finding, Named, Place, Problem, Vacancies, Vacancy};
    let mut file: Vacancies = parse(vacancies)?;
    // Read from a value, not a text: the error then names the field, with no
    // line and column of a text the editor never sees.
    let value = serde_json::to_value(draft).unwrap_or_default();
    let vacancy: Vacancy = serde_json::from_value(value).map_err(|e| {
        let at = draft.id.as_deref().unwrap_or("new");
        let problem = Problem::from_serde(&e);
        let field = match &problem {
            Problem::MissingField { field, .. } => format!(".{field}"),
            _ => String::new(),
        };
        Finding {
            place: Place::at(Vacancies::FILE, &format!("vacancies[{at}]{field}")),
            problem,
        }
    })?;
    match file
        .vacancies
        .iter_mut()
        .find(|v| v.job_ref == vacancy.job_ref)
    {
        Some(old) => *old = vacancy,
        None => file.vacancies.push(vacancy),
    }
    Ok(serde_json::to_string_pretty(&file).unwrap_or_default() + "\n")
}

#[cfg(test)]
mod tests;
