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
/// `serde_json::Value`, whose map and writer added about 10 KB to the app.
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
mod tests {
    use super::*;
    use crate::content::ContentFile;
    use serde_json::Value;

    fn published<T: ContentFile>() -> T {
        let path = format!("{}/public/content/{}", env!("CARGO_MANIFEST_DIR"), T::FILE);
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    /// The first published advert, made open whatever today's content says:
    /// "now" is a year before it closes, it was posted then, and its first
    /// site has an address with a postcode.
    fn open_vacancy() -> (Vacancy, Sites, Website, DateTime) {
        let mut v = published::<crate::content::Vacancies>().vacancies.remove(0);
        let closing = DateTime::parse(&v.closing).expect("a readable closing date");
        let now = DateTime {
            year: closing.year - 1,
            month: 1,
            day: 1,
            hour: 9,
            minute: 0,
        };
        v.posted = Some(now.iso_date());
        let mut sites: Sites = published();
        let first = sites
            .sites
            .iter_mut()
            .find(|s| s.id == v.sites[0])
            .expect("its site");
        first.address = Some(crate::content::Paragraph {
            text: "1 Example Road, Exampletown AB1 2CD".into(),
            source: crate::content::Source("https://example.org/".into()),
        });
        (v, sites, published(), now)
    }

    fn posting(v: &Vacancy, sites: &Sites, site: &Website, now: &DateTime) -> Option<Value> {
        job_posting(v, sites, site, now, "https://example.org/vacancies/x")
            .map(|text| serde_json::from_str(&text).unwrap())
    }

    #[test]
    fn an_open_vacancy_has_a_job_posting_with_what_search_engines_require() {
        let (v, sites, site, now) = open_vacancy();
        let p = posting(&v, &sites, &site, &now).expect("a posting");
        assert_eq!(p["@type"], "JobPosting");
        assert_eq!(p["title"], v.title);
        assert_eq!(p["datePosted"], now.iso_date());
        // The closing date in UK time, with its offset.
        assert_eq!(
            p["validThrough"],
            DateTime::parse(&v.closing).unwrap().iso_uk()
        );
        assert_eq!(p["hiringOrganization"]["name"], v.employer);
        assert_eq!(p["identifier"]["value"], v.job_ref);
        let places = p["jobLocation"].as_array().unwrap();
        assert!(!places.is_empty());
        for place in places {
            assert_eq!(place["address"]["addressCountry"], "GB");
            assert!(place["address"]["postalCode"]
                .as_str()
                .unwrap()
                .contains(' '));
        }
        assert_eq!(p["baseSalary"]["value"]["value"], v.salary_amount);
        assert_eq!(p["baseSalary"]["currency"], "GBP");
        assert!(p["description"]
            .as_str()
            .unwrap()
            .starts_with("<h3>Job overview</h3><p>"));
        assert_eq!(p["url"], "https://example.org/vacancies/x");
    }

    #[test]
    fn no_posting_when_closed_undated_or_nowhere() {
        let (v, sites, site, now) = open_vacancy();
        let after = DateTime::parse(&v.closing).unwrap();
        assert!(posting(&v, &sites, &site, &after).is_none(), "closed");
        let mut unreadable = v.clone();
        unreadable.closing = "soon".into();
        assert!(
            posting(&unreadable, &sites, &site, &now).is_none(),
            "closing unreadable"
        );
        let mut undated = v.clone();
        undated.posted = None;
        assert!(
            posting(&undated, &sites, &site, &now).is_none(),
            "no posting date"
        );
        let mut nowhere = v.clone();
        nowhere.sites = vec!["no-such-site".into()];
        assert!(
            posting(&nowhere, &sites, &site, &now).is_none(),
            "no address"
        );
    }

    #[test]
    fn content_cannot_close_the_script_element() {
        let (mut v, sites, site, now) = open_vacancy();
        v.title = "Nurse</script><script>alert(1)</script> & more".into();
        let text = job_posting(&v, &sites, &site, &now, "https://example.org/").unwrap();
        assert!(!text.contains('<') && !text.contains('>') && !text.contains('&'));
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["title"], v.title);
        // The advert's text is escaped HTML inside the description.
        assert!(back["description"].as_str().unwrap().contains("<p>"));
    }

    #[test]
    fn the_json_writer_writes_json_that_reads_back_the_same() {
        let text = "Quote \" slash \\ tab \t line\n </script> & \u{2028} £ é";
        let j = Json::Object(vec![
            ("a", Json::str(text)),
            ("n", Json::Num(46764)),
            ("b", Json::Bool(false)),
            ("l", Json::List(vec![Json::str("x"), Json::Object(vec![])])),
        ]);
        let written = j.to_script_text();
        assert!(
            !written.contains('<') && !written.contains('>') && !written.contains('&'),
            "{written}"
        );
        let back: Value = serde_json::from_str(&written).unwrap();
        assert_eq!(back["a"], text);
        assert_eq!(back["n"], 46764);
        assert_eq!(back["b"], false);
        assert_eq!(back["l"][1], serde_json::json!({}));
        // Keys stay in the order written: @context first.
        assert!(written.starts_with("{\"a\":"));
    }

    #[test]
    fn apply_goes_to_a_listed_host_or_the_trusts_jobs() {
        let (mut v, sites, mut site, now) = open_vacancy();
        v.apply_url = Some("https://evil.example/apply".into());
        let p = posting(&v, &sites, &site, &now).unwrap();
        assert_eq!(p["potentialAction"]["target"], site.jobs.url);
        let host = "jobs.example.nhs.uk";
        site.apply_hosts.push(host.into());
        v.apply_url = Some(format!("https://{host}/candidate/jobadvert/1"));
        let p = posting(&v, &sites, &site, &now).unwrap();
        assert_eq!(
            p["potentialAction"]["target"],
            format!("https://{host}/candidate/jobadvert/1")
        );
    }

    #[test]
    fn postcodes_are_found_at_the_end_of_an_address() {
        assert_eq!(
            split_postcode("Church Road, Eastchurch, Sheerness, Kent ME12 4DZ"),
            Some(("Church Road, Eastchurch, Sheerness, Kent", "ME12 4DZ"))
        );
        assert_eq!(
            split_postcode("1 Fort Road, Rochester, Kent ME1 3QS"),
            Some(("1 Fort Road, Rochester, Kent", "ME1 3QS"))
        );
        assert_eq!(split_postcode("SW1A 1AA"), Some(("", "SW1A 1AA")));
        assert_eq!(split_postcode("Somewhere, Kent"), None);
        assert_eq!(split_postcode("Road 12 345"), None);
    }

    #[test]
    fn employment_types_only_where_the_words_say() {
        assert_eq!(
            employment_type("Bank", "Flexible working - 37.5 hours per week"),
            ["PER_DIEM"]
        );
        assert_eq!(employment_type("Permanent", "Full time"), ["FULL_TIME"]);
        assert_eq!(
            employment_type("Permanent", "Full time, Part time"),
            ["FULL_TIME", "PART_TIME"]
        );
        assert_eq!(
            employment_type("Fixed term", "Part time"),
            ["TEMPORARY", "PART_TIME"]
        );
        assert!(employment_type("Something new", "Full time").is_empty());
    }

    #[test]
    fn head_tags_follow_what_the_page_says() {
        let about = About::listed("What a nurse does.");
        let tags = head_tags(
            "Registered nurse",
            "Example NHS Trust",
            &about,
            "https://x.example/roles/registered-nurse",
        );
        let get = |key| tags.iter().find(|t| t.key == key).unwrap().value.clone();
        assert_eq!(get("description").as_deref(), Some("What a nurse does."));
        assert_eq!(
            get("canonical").as_deref(),
            Some("https://x.example/roles/registered-nurse")
        );
        assert_eq!(get("og:title").as_deref(), Some("Registered nurse"));
        assert_eq!(
            get("og:site_name").as_deref(),
            Some("Careers in offender healthcare - Example NHS Trust")
        );
        assert_eq!(get("twitter:card").as_deref(), Some("summary"));
        assert_eq!(get("robots"), None);
        assert_eq!(get("application/ld+json"), None);

        let hidden = head_tags(
            "Page not found",
            "",
            &About::unlisted(""),
            "https://x.example/nope",
        );
        let get = |key| hidden.iter().find(|t| t.key == key).unwrap().value.clone();
        assert_eq!(get("robots").as_deref(), Some("noindex"));
        assert_eq!(get("canonical"), None);
        assert_eq!(get("og:url"), None);
        assert_eq!(get("description"), None);
    }

    #[test]
    fn site_descriptions_say_where_and_what() {
        let sites: Sites = published();
        for s in &sites.sites {
            let d = site_description(s, &sites, "Example NHS Trust");
            assert!(d.starts_with(&format!("{}, {}", s.name, s.town)), "{d}");
            assert_eq!(d.contains("It has closed."), s.is_closed(), "{d}");
            if let Some(category) = category_label(s) {
                // The category's letter keeps its capital: "category B".
                assert!(d.contains(&format!("c{}", &category[1..])), "{d}");
            }
        }
    }
}
