//! What each page says about itself to search engines and link previews: a
//! description, whether it may be listed, and for an open vacancy the job
//! posting search engines read (schema.org `JobPosting`). Pure: the web layer
//! writes these tags into the document's head when the app owns the page
//! (`web::head`), and the build copies them into the pages built in advance
//! (`tools/prerender.mjs`), so both come from the same content.

use crate::content::{link_to_listed_host, DateTime, SiteRecord, Sites, Vacancy, Website};
use crate::domain::places::{category_label, kind_label};
use crate::domain::routes::{document_title, Section, SITE_NAME};
use crate::domain::vacancies::Listing;

/// What a page says about itself, beside its title.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct About {
    /// One or two sentences: the search result's snippet and the link preview's text.
    pub description: String,
    /// Whether search engines may list it (not a 404, an editors' page, a
    /// person's own results or a closed vacancy).
    pub listed: bool,
    /// JSON-LD for a `<script type="application/ld+json">`, already safe to
    /// put inside one (see `json_ld`).
    pub structured_data: Option<String>,
}

impl About {
    /// A part of the site, described by its one-line summary.
    pub fn section(section: &Section) -> About {
        About::listed(section.summary)
    }

    pub fn listed(description: impl Into<String>) -> About {
        About {
            description: description.into(),
            listed: true,
            structured_data: None,
        }
    }

    /// A page search engines should leave out.
    pub fn unlisted(description: impl Into<String>) -> About {
        About {
            listed: false,
            ..About::listed(description)
        }
    }
}

/// A site's page: where it is, what kind of place, and whether it has closed.
pub fn site_description(site: &SiteRecord, sites: &Sites, trust: &str) -> String {
    let region = sites
        .regions
        .iter()
        .find(|r| r.id == site.region)
        .map(|r| r.name.as_str());
    let mut out = format!("{}, {}", site.name, site.town);
    if let Some(region) = region.filter(|r| !site.town.contains(r)) {
        out.push_str(&format!(" ({region})"));
    }
    out.push_str(": a ");
    out.push_str(&kind_label(site.kind).to_lowercase());
    if let Some(category) = category_label(site) {
        // "Category B, remand" mid-sentence: only its first letter changes.
        out.push_str(", c");
        out.push_str(category.strip_prefix('C').unwrap_or(&category));
    }
    out.push('.');
    if site.is_closed() {
        out.push_str(" It has closed.");
    } else if !trust.trim().is_empty() {
        out.push_str(&format!(" Healthcare jobs there with {trust}."));
    }
    out
}

/// A vacancy's page: band, contract, where, who, and when it closes.
pub fn vacancy_description(listing: &Listing) -> String {
    let v = &listing.vacancy;
    format!(
        "{}, {}, {}, with {}. Closing date: {}.",
        v.band.label(),
        v.contract,
        v.site,
        v.employer,
        listing.closing_text()
    )
}

/// One tag the head carries for a page. `value: None` means the page has no
/// such tag, and one left by an earlier page is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeadTag {
    /// `meta`, `link` or `script`.
    pub element: &'static str,
    /// The attribute that tells this tag from others (`name`, `property`, `rel`, `type`).
    pub key_attr: &'static str,
    pub key: &'static str,
    /// Where the value goes: an attribute, or `None` for the element's text.
    pub value_attr: Option<&'static str>,
    pub value: Option<String>,
}

/// Every tag of a page's head that the app keeps, in one order. `url` is the
/// page's own address without a query (its canonical URL).
pub fn head_tags(page_title: &str, trust: &str, about: &About, url: &str) -> Vec<HeadTag> {
    let meta = |key_attr, key, value: Option<String>| HeadTag {
        element: "meta",
        key_attr,
        key,
        value_attr: Some("content"),
        value,
    };
    let description = Some(about.description.clone()).filter(|d| !d.is_empty());
    let listed = |value: String| about.listed.then_some(value);
    vec![
        meta("name", "description", description.clone()),
        meta(
            "name",
            "robots",
            (!about.listed).then(|| "noindex".to_owned()),
        ),
        HeadTag {
            element: "link",
            key_attr: "rel",
            key: "canonical",
            value_attr: Some("href"),
            value: listed(url.to_owned()),
        },
        meta("property", "og:type", Some("website".to_owned())),
        meta(
            "property",
            "og:site_name",
            Some(document_title(SITE_NAME, trust)),
        ),
        meta("property", "og:title", Some(page_title.to_owned())),
        meta("property", "og:description", description.clone()),
        meta("property", "og:url", listed(url.to_owned())),
        meta("property", "og:locale", Some("en_GB".to_owned())),
        meta("name", "twitter:card", Some("summary".to_owned())),
        meta("name", "twitter:title", Some(page_title.to_owned())),
        meta("name", "twitter:description", description),
        HeadTag {
            element: "script",
            key_attr: "type",
            key: "application/ld+json",
            value_attr: None,
            value: about.structured_data.clone(),
        },
    ]
}

/// A JSON value as a job posting needs it. Written here rather than with
/// `serde_json::Value`, whose map and writer would add their weight to the app.
pub enum Json {
    Str(String),
    Num(u32),
    Bool(bool),
    List(Vec<Json>),
    /// Keys in the order written.
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    pub fn str(s: impl Into<String>) -> Json {
        Json::Str(s.into())
    }

    /// The JSON text, safe inside a `<script>` element: `<`, `>` and `&`
    /// occur only inside strings, written as `\u` escapes that mean the same,
    /// so no content can close the element (`</script>`) and carry on as HTML.
    pub fn to_script_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Str(s) => {
                out.push('"');
                for c in s.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => {
                            out.push_str(&format!("\\u{:04x}", c as u32))
                        }
                        c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                        c => out.push(c),
                    }
                }
                out.push('"');
            }
            Json::Num(n) => out.push_str(&n.to_string()),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    Json::str(*key).write(out);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// `{"@type": kind, ...fields}`.
fn typed(kind: &str, fields: Vec<(&'static str, Json)>) -> Json {
    let mut all = vec![("@type", Json::str(kind))];
    all.extend(fields);
    Json::Object(all)
}

/// A UK postcode at the end of an address (`..., Kent ME12 4DZ`): the
/// address before it and the postcode.
pub fn split_postcode(address: &str) -> Option<(&str, &str)> {
    let address = address.trim();
    let mut words = address.rsplitn(3, ' ');
    let inward = words.next()?;
    let outward = words.next()?;
    let before = words.next().unwrap_or("");
    let inward_ok = inward.len() == 3
        && inward.as_bytes()[0].is_ascii_digit()
        && inward[1..].bytes().all(|b| b.is_ascii_uppercase());
    let outward_ok = (2..=4).contains(&outward.len())
        && outward.as_bytes()[0].is_ascii_uppercase()
        && outward
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && outward.bytes().any(|b| b.is_ascii_digit());
    (inward_ok && outward_ok).then(|| {
        let postcode = &address[before.len()..].trim_start();
        (before.trim_end_matches([',', ' ']), *postcode)
    })
}

/// schema.org's words for how a post is contracted, as far as the advert's
/// contract and hours say: a bank post is worked as needed (`PER_DIEM`).
/// Words it does not know give none, rather than a guess.
pub fn employment_type(contract: &str, hours: &str) -> Vec<&'static str> {
    let contract = contract.to_lowercase();
    let hours = hours.to_lowercase();
    let mut out = Vec::new();
    if contract.contains("bank") {
        out.push("PER_DIEM");
    }
    if contract.contains("fixed") || contract.contains("locum") || contract.contains("secondment") {
        out.push("TEMPORARY");
    }
    if contract.contains("permanent") || contract.contains("fixed") {
        if hours.contains("full time") || hours.contains("full-time") {
            out.push("FULL_TIME");
        }
        if hours.contains("part time") || hours.contains("part-time") {
            out.push("PART_TIME");
        }
    }
    out
}

fn salary_unit(period: &str) -> Option<&'static str> {
    match period.trim().to_lowercase().as_str() {
        "yearly" | "annually" | "per annum" => Some("YEAR"),
        "monthly" => Some("MONTH"),
        "weekly" => Some("WEEK"),
        "daily" => Some("DAY"),
        "hourly" => Some("HOUR"),
        _ => None,
    }
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// The advert's text as the HTML a job posting's `description` carries.
fn description_html(v: &Vacancy) -> String {
    // A heading with its paragraphs, or with a list.
    fn part(out: &mut String, heading: &str, items: &[String], list: bool) {
        if items.is_empty() {
            return;
        }
        let (open, close, item) = if list {
            ("<ul>", "</ul>", "li")
        } else {
            ("", "", "p")
        };
        out.push_str(&format!("<h3>{}</h3>{open}", escape_html(heading)));
        for i in items {
            out.push_str(&format!("<{item}>{}</{item}>", escape_html(i)));
        }
        out.push_str(close);
    }
    let mut out = String::new();
    part(&mut out, "Job overview", &v.overview, false);
    part(&mut out, "Main duties of the job", &v.main_duties, false);
    for s in &v.responsibilities {
        part(&mut out, &s.heading, &s.items, true);
    }
    part(
        &mut out,
        "Applicant requirements",
        &v.applicant_requirements,
        true,
    );
    out
}

/// The `JobPosting` for a vacancy's page, or `None` when there must be none:
/// the vacancy has closed (or its closing date cannot be read), the content
/// does not say when it was posted, or none of its sites has an address with
/// a postcode. Search engines require the posting date and a place.
pub fn job_posting(
    v: &Vacancy,
    sites: &Sites,
    site: &Website,
    now: &DateTime,
    page_url: &str,
) -> Option<String> {
    let listing = Listing::of(v, now);
    if !listing.is_open() {
        return None;
    }
    let closing = listing.at?;
    let posted = DateTime::parse_date(v.posted.as_deref()?)?;
    let places: Vec<Json> = v
        .sites
        .iter()
        .filter_map(|id| sites.sites.iter().find(|s| &s.id == id))
        .filter_map(|s| {
            let (street, postcode) = split_postcode(&s.address.as_ref()?.text)?;
            let address = typed(
                "PostalAddress",
                vec![
                    ("streetAddress", Json::str(street)),
                    ("postalCode", Json::str(postcode)),
                    ("addressCountry", Json::str("GB")),
                ],
            );
            Some(typed(
                "Place",
                vec![("name", Json::str(&s.name)), ("address", address)],
            ))
        })
        .collect();
    if places.is_empty() {
        return None;
    }
    let mut organisation = vec![("name", Json::str(&v.employer))];
    if v.employer == site.trust_name {
        organisation.push(("sameAs", Json::str(&site.trust_website.url)));
    }
    let apply = v
        .apply_url
        .as_deref()
        .and_then(|url| link_to_listed_host(url, &site.apply_hosts))
        .unwrap_or(&site.jobs.url);
    let identifier = typed(
        "PropertyValue",
        vec![
            ("name", Json::str(&v.employer)),
            ("value", Json::str(&v.job_ref)),
        ],
    );
    let mut posting = vec![
        ("@context", Json::str("https://schema.org/")),
        ("@type", Json::str("JobPosting")),
        ("title", Json::str(&v.title)),
        ("description", Json::Str(description_html(v))),
        ("datePosted", Json::Str(posted.iso_date())),
        ("validThrough", Json::Str(closing.iso_uk())),
        ("hiringOrganization", typed("Organization", organisation)),
        ("jobLocation", Json::List(places)),
        ("identifier", identifier),
        ("directApply", Json::Bool(false)),
        ("url", Json::str(page_url)),
        (
            "potentialAction",
            typed("ApplyAction", vec![("target", Json::str(apply))]),
        ),
    ];
    let types = employment_type(&v.contract, &v.hours);
    if !types.is_empty() {
        posting.push((
            "employmentType",
            Json::List(types.into_iter().map(Json::str).collect()),
        ));
    }
    if let Some(unit) = salary_unit(&v.salary_period).filter(|_| v.salary_amount > 0) {
        let value = typed(
            "QuantitativeValue",
            vec![
                ("value", Json::Num(v.salary_amount)),
                ("unitText", Json::str(unit)),
            ],
        );
        posting.push((
            "baseSalary",
            typed(
                "MonetaryAmount",
                vec![("currency", Json::str("GBP")), ("value", value)],
            ),
        ));
    }
    Some(Json::Object(posting).to_script_text())
}

#[cfg(test)]
mod tests;
