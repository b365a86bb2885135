//! Native tests of `head.rs`.

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
