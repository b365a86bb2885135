//! Native tests of `record.rs`: the seed advert's record, and what is left
//! out and named when the advert does not say.

use super::*;
use crate::content::Vacancies;
use crate::domain::advert::tests::{published, seed};

fn roles() -> Roles {
    crate::content::published("roles.json")
}

fn sites() -> Sites {
    crate::content::published("sites.json")
}

const ADDRESS: &str = "https://www.jobs.nhs.uk/candidate/jobadvert/C9277-25-0785";

/// A day before the seed advert closed.
fn before_closing() -> DateTime {
    DateTime::parse("2025-12-01T12:00").unwrap()
}

/// The record `advert` makes on the published site, read `now`.
fn record_at(
    advert: &Advert,
    address: Option<&str>,
    apply_hosts: &[String],
    now: &DateTime,
) -> Reading {
    let site: crate::content::Website = crate::content::published("site.json");
    let on_site = OnSite {
        apply_hosts,
        trust: [&site.trust_name, &site.trust_short_name],
        roles: &roles(),
        sites: &sites(),
    };
    record(advert, address, &on_site, now)
}

fn record_of(advert: &Advert, address: Option<&str>, apply_hosts: &[String]) -> Reading {
    record_at(advert, address, apply_hosts, &before_closing())
}

fn reading() -> Reading {
    let advert = super::super::read(&seed()).unwrap();
    record_of(&advert, Some(ADDRESS), &["www.jobs.nhs.uk".to_owned()])
}

#[test]
fn the_seed_advert_makes_the_published_records_fields() {
    let Reading { draft: d, to_check } = reading();
    let v = published();
    // Every field the advert states is the published record's, as written:
    // the record holds the advert's own words. Only what the editor gives
    // (the address, as source and where to apply) is not from the advert.
    let read = serde_json::to_value(&d).unwrap();
    let written = serde_json::to_value(&v).unwrap();
    let from_advert = |record: &serde_json::Value| -> Vec<String> {
        let mut fields: Vec<String> = record.as_object().unwrap().keys().cloned().collect();
        fields.retain(|f| f != "source" && f != "apply_url");
        fields.sort();
        fields
    };
    for field in from_advert(&read) {
        assert_eq!(read.get(&field), written.get(&field), "{field}");
    }
    // And every field the published record has, but its source, was read.
    assert_eq!(from_advert(&read), from_advert(&written));
    assert_eq!(d.role.as_deref(), Some(v.role.as_str()));
    assert_eq!(d.sites, v.sites);
    // The address is the source, and where to apply: its host is listed.
    assert_eq!(d.source, [Source(ADDRESS.into())]);
    assert_eq!(d.apply_url.as_deref(), Some(ADDRESS));
    assert_eq!(
        d.id.as_deref(),
        Some("bank-mental-health-practitioner-kent-prisons")
    );
    // The page hid the contact's email address from copying: it is left out
    // and named, as nothing else the advert gives is.
    assert_eq!(d.contact.as_ref().unwrap().email, None);
    let not_given: Vec<&ToCheck> = to_check
        .iter()
        .filter(|c| matches!(c, ToCheck::NotGiven { .. }))
        .collect();
    assert_eq!(
        not_given,
        [&ToCheck::NotGiven {
            field: "contact.email"
        }]
    );
    assert!(to_check.contains(&ToCheck::Role {
        suggested: v.role.clone(),
        others: vec![]
    }));
    assert!(to_check.contains(&ToCheck::Sites {
        suggested: v.sites.clone()
    }));
    // The record's JSON has vacancies.json's names.
    let json = serde_json::to_value(&d).unwrap();
    for key in [
        "job_ref",
        "salary_amount",
        "person_specification",
        "hours_note",
    ] {
        assert!(json.get(key).is_some(), "{key}");
    }
}

#[test]
fn what_the_advert_does_not_give_is_left_out_and_named() {
    let text = seed().replace("Town\nKent\n", "");
    let start = text.find("Job overview").unwrap();
    let end = text.find("Working for our organisation").unwrap();
    let cut = format!("{}{}", &text[..start], &text[end..]);
    let advert = super::super::read(&cut).unwrap();
    let Reading { draft, to_check } = record_of(&advert, None, &[]);
    assert_eq!(draft.town, None);
    assert!(draft.overview.is_empty() && draft.main_duties.is_empty());
    let json = serde_json::to_value(&draft).unwrap();
    for key in ["town", "overview", "main_duties", "source", "apply_url"] {
        assert!(json.get(key).is_none(), "{key} is in the record");
    }
    for field in ["town", "overview", "main_duties", "source"] {
        assert!(
            to_check.contains(&ToCheck::NotGiven { field }),
            "{field}: {to_check:?}"
        );
    }
    // In words, each names where on the advert it would be, as the advert
    // names it, or what to give instead.
    let said = |field| ToCheck::NotGiven { field }.words(&roles(), &sites());
    assert!(
        said("town").contains("job summary's \"Town\""),
        "{}",
        said("town")
    );
    assert!(
        said("overview").contains("\"Job overview\""),
        "{}",
        said("overview")
    );
    assert!(
        said("main_duties").contains("\"Main duties of the job\""),
        "{}",
        said("main_duties")
    );
    assert!(said("source").contains("web address"), "{}", said("source"));
    // The sites come from the job summary's region now the overview is gone.
    let kent: Vec<String> = sites()
        .sites
        .iter()
        .filter(|s| s.region == "kent" && !s.is_closed())
        .map(|s| s.id.clone())
        .collect();
    assert_eq!(draft.sites, kent);
}

#[test]
fn an_address_on_a_host_not_listed_is_a_source_but_not_where_to_apply() {
    let advert = super::super::read(&seed()).unwrap();
    let r = record_of(
        &advert,
        Some("https://jobs.example.org/123"),
        &["www.jobs.nhs.uk".to_owned()],
    );
    assert_eq!(
        r.draft.source,
        [Source("https://jobs.example.org/123".into())]
    );
    assert_eq!(r.draft.apply_url, None);
    // And the editor is told why, with what to do.
    let said = ToCheck::ApplyHostNotListed {
        host: "jobs.example.org".into(),
    };
    assert!(r.to_check.contains(&said), "{:?}", r.to_check);
    assert!(said
        .words(&roles(), &sites())
        .contains("add it to apply_hosts"));
    // The host as apply_hosts would list it: lower case, no path or port's
    // worth of anything else.
    let r = record_of(
        &advert,
        Some("https://WWW.HealthJobsUK.com/job/UK/v1?x=1"),
        &["www.jobs.nhs.uk".to_owned()],
    );
    assert!(r.to_check.contains(&ToCheck::ApplyHostNotListed {
        host: "www.healthjobsuk.com".into()
    }));
    // A listed host, or no address: nothing to say.
    let listed = |r: &Reading| {
        r.to_check
            .iter()
            .any(|c| matches!(c, ToCheck::ApplyHostNotListed { .. }))
    };
    assert!(!listed(&reading()));
    assert!(!listed(&record_of(
        &advert,
        None,
        &["www.jobs.nhs.uk".to_owned()]
    )));
    // Not a web address: neither.
    let r = record_of(
        &advert,
        Some("javascript:alert(1)"),
        &["www.jobs.nhs.uk".to_owned()],
    );
    assert!(r.draft.source.is_empty() && r.draft.apply_url.is_none());
    assert!(!listed(&r));
}

#[test]
fn salaries_by_range_and_by_hour_are_named() {
    let text = seed();
    let range = text.replace(
        "£46,764 per annum pro-rata inc. HCAS",
        "£31,049 to £37,796 a year",
    );
    let advert = super::super::read(&range).unwrap();
    let r = record_of(&advert, None, &[]);
    assert_eq!(r.draft.salary_amount, Some(31049));
    assert!(r.to_check.contains(&ToCheck::SalaryRange));
    let hourly = text
        .replace("£46,764 per annum pro-rata inc. HCAS", "£12.45 an hour")
        .replace("Salary period\nYearly", "Salary period\nHourly");
    let advert = super::super::read(&hourly).unwrap();
    let r = record_of(&advert, None, &[]);
    assert_eq!(r.draft.salary_amount, None);
    assert_eq!(r.draft.salary_period.as_deref(), Some("Hourly"));
    assert!(r.to_check.contains(&ToCheck::HourlySalary));
    assert!(r.to_check.contains(&ToCheck::NotGiven {
        field: "salary_amount"
    }));
}

#[test]
fn roles_are_suggested_by_every_word_of_their_title() {
    let roles = roles();
    let title = |t: &str| Advert {
        title: Some(t.to_owned()),
        ..Advert::default()
    };
    let mhp = roles
        .roles
        .iter()
        .find(|r| r.title == "Mental health practitioner")
        .unwrap();
    assert_eq!(
        role_suggestions(
            &title("Bank Mental Health Practitioner -Kent Prisons"),
            &roles
        ),
        std::slice::from_ref(&mhp.id)
    );
    assert_eq!(
        role_suggestions(&title("Chef"), &roles),
        Vec::<String>::new()
    );
    // No role whose every word is there: those sharing two or more.
    assert!(!role_suggestions(&title("Senior Mental Health Worker"), &roles).is_empty());
}

#[test]
fn headings_are_told_from_points_by_their_shape() {
    let lines: Vec<String> = [
        "To provide care.",
        "Main Responsibilities",
        "Care Planning and risk assessing",
        "Key Principles of the model:",
        "3. Key Task and Responsibilities",
        "• Keep records",
        "Triage · managing a caseload",
        "Write reports as directed. ·",
    ]
    .map(str::to_owned)
    .to_vec();
    let s = sections(&lines);
    let shape: Vec<(&str, usize)> = s
        .iter()
        .map(|s| (s.heading.as_str(), s.items.len()))
        .collect();
    assert_eq!(
        shape,
        [
            ("", 1),
            ("Main Responsibilities", 1),
            ("Key Principles of the model", 0),
            ("3. Key Task and Responsibilities", 4)
        ]
    );
    // Bullets are the list's marks: two points on one line are two items.
    assert_eq!(
        s[3].items,
        [
            "Keep records",
            "Triage",
            "managing a caseload",
            "Write reports as directed."
        ]
    );
    assert_eq!(
        slug("Bank Mental Health Practitioner -Kent Prisons"),
        "bank-mental-health-practitioner-kent-prisons"
    );
}

fn published_text(file: &str) -> Option<String> {
    std::fs::read_to_string(format!(
        "{}/public/content/{file}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .ok()
}

/// The seed advert's record, put in place of the published one, passes
/// every check the editors' check makes, as the downloaded file.
#[test]
fn the_downloaded_vacancies_file_passes_the_editors_check() {
    let r = reading();
    let vacancies = with_record(&r.draft, &published_text("vacancies.json").unwrap()).unwrap();
    let file: Vacancies = crate::content::parse(&vacancies).unwrap();
    let published: Vacancies = crate::content::published("vacancies.json");
    // Added, unless a record with its job reference is published already.
    let had = published
        .vacancies
        .iter()
        .any(|v| Some(&v.job_ref) == r.draft.job_ref.as_ref());
    assert_eq!(
        file.vacancies.len(),
        published.vacancies.len() + usize::from(!had)
    );
    assert_eq!(file.schema, published.schema);
    // Read again, it goes in place of the record with its job reference: no
    // second copy.
    let again: Vacancies =
        crate::content::parse(&with_record(&r.draft, &vacancies).unwrap()).unwrap();
    assert_eq!(again.vacancies.len(), file.vacancies.len());
    let findings = crate::content::check::check(|name| {
        if name == "vacancies.json" {
            Some(vacancies.clone())
        } else {
            published_text(name)
        }
    });
    assert!(
        findings.is_empty(),
        "{:#?}",
        findings.iter().map(|f| f.line()).collect::<Vec<_>>()
    );
    // A new job reference is added at the end.
    let mut other = r.draft.clone();
    other.job_ref = Some("999-NEW".into());
    other.id = Some("another-post".into());
    let added: Vacancies =
        crate::content::parse(&with_record(&other, &vacancies).unwrap()).unwrap();
    assert_eq!(added.vacancies.len(), file.vacancies.len() + 1);
    assert_eq!(added.vacancies.last().unwrap().id, "another-post");
}

#[test]
fn an_incomplete_record_is_not_added_and_says_what_is_missing() {
    let mut draft = reading().draft;
    draft.role = None;
    let err = with_record(&draft, &published_text("vacancies.json").unwrap()).unwrap_err();
    assert!(
        matches!(&err.problem, crate::content::Problem::MissingField { field, .. } if field == "role"),
        "{err}"
    );
    assert_eq!(err.place.file, "vacancies.json");
    // Named by its record and field, with no line or column of a text the
    // editor never sees.
    assert_eq!(err.place.field, "role");
    assert_eq!(
        err.place.record,
        "vacancies[bank-mental-health-practitioner-kent-prisons]"
    );
    assert!(!err.problem.message().contains("line"), "{err}");
    let err = with_record(&reading().draft, "{").unwrap_err();
    assert!(
        matches!(err.problem, crate::content::Problem::Unreadable { .. }),
        "{err}"
    );
}

#[test]
fn the_sites_the_job_summary_names_come_before_those_the_overview_lists() {
    // The seed's overview lists the area's prisons; its site is "Kent Prisons".
    let text = seed().replace("Site\nKent Prisons\n", "Site\nHMP Elmley/Swaleside\n");
    let advert = super::super::read(&text).unwrap();
    assert_eq!(
        site_suggestions(&advert, &sites()),
        ["hmp-elmley", "hmp-swaleside"]
    );
}

#[test]
fn a_past_closing_date_and_no_posted_date_are_named() {
    let advert = super::super::read(&seed()).unwrap();
    let before = record_of(&advert, Some(ADDRESS), &[]);
    assert!(!before
        .to_check
        .iter()
        .any(|c| matches!(c, ToCheck::Closed { .. })));
    let after = record_at(
        &advert,
        Some(ADDRESS),
        &[],
        &DateTime::parse("2025-12-10T00:00").unwrap(),
    );
    let closed = ToCheck::Closed {
        closing: "9 December 2025 at 11:59pm".to_owned(),
    };
    assert!(after.to_check.contains(&closed), "{:?}", after.to_check);
    assert!(closed
        .words(&roles(), &sites())
        .contains("9 December 2025 at 11:59pm, which has passed"));
    // NHS Jobs' page does not show when the advert was posted: said, never guessed.
    assert!(before.to_check.contains(&ToCheck::NoPosted));
    assert!(serde_json::to_value(&before.draft)
        .unwrap()
        .get("posted")
        .is_none());
    assert!(ToCheck::NoPosted
        .words(&roles(), &sites())
        .contains("search engines"));
}

#[test]
fn a_prison_in_the_job_summary_that_the_site_does_not_list_is_named_and_nothing_else_suggested() {
    // The overview names every Kent prison; the job summary names another.
    let text = seed().replace("Site\nKent Prisons\n", "Site\nHMP Example\n");
    let advert = super::super::read(&text).unwrap();
    let r = record_of(&advert, Some(ADDRESS), &[]);
    assert!(r.draft.sites.is_empty(), "{:?}", r.draft.sites);
    let unlisted = ToCheck::SiteNotListed {
        site: "HMP Example".to_owned(),
    };
    assert!(r.to_check.contains(&unlisted), "{:?}", r.to_check);
    assert!(!r.to_check.contains(&ToCheck::NotGiven { field: "sites" }));
    assert!(unlisted
        .words(&roles(), &sites())
        .contains("\"HMP Example\", which sites.json does not list"));
    // A job summary's site that is not a prison's name still lets the words suggest.
    assert!(!reading().draft.sites.is_empty());
}

#[test]
fn an_employer_that_is_not_the_trust_is_named() {
    assert!(!reading()
        .to_check
        .iter()
        .any(|c| matches!(c, ToCheck::OtherEmployer { .. })));
    let site: crate::content::Website = crate::content::published("site.json");
    let text = seed().replace(
        &format!("Employer\n{}\n", site.trust_name),
        "Employer\nAnother Example NHS Trust\n",
    );
    let advert = super::super::read(&text).unwrap();
    let r = record_of(&advert, Some(ADDRESS), &[]);
    assert!(
        r.to_check.contains(&ToCheck::OtherEmployer {
            employer: "Another Example NHS Trust".to_owned(),
            trust: site.trust_name.clone(),
        }),
        "{:?}",
        r.to_check
    );
    // Written another way, it is still the trust.
    for same in [
        site.trust_name.to_uppercase(),
        format!("The {}", site.trust_name),
        site.trust_short_name.clone(),
    ] {
        assert!(
            super::is_trust(&same, [&site.trust_name, &site.trust_short_name]),
            "{same}"
        );
    }
}
