//! Native tests of `advert.rs`: the seed advert as a person copies it, and
//! the same with its parts moved, missing, spaced out or with Windows line
//! endings; a page that is not an advert; closing dates; salaries.

use super::*;
use crate::content::Vacancy;

/// The seed advert's text, shared with `record`'s tests.
pub(super) fn seed() -> String {
    // A copy of the seed advert (../shared/seeds/), kept with the tests.
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/adverts/003_d5c3b712e177ca41.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The seed advert's vacancy record, as published when it was read: a kept
/// copy beside the advert, so a trust editing or removing its published
/// vacancies breaks no test here (tests/seed_facts.rs holds the published
/// file to it while the seed advert is published).
pub(super) fn published() -> Vacancy {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/adverts/003_d5c3b712e177ca41.record.json"
    );
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_seed_advert_states_what_the_published_record_holds() {
    let a = read(&seed()).unwrap();
    let v = published();
    use SummaryField::*;
    for (field, expected) in [
        (MainArea, &v.main_area),
        (Contract, &v.contract),
        (JobRef, &v.job_ref),
        (Employer, &v.employer),
        (EmployerType, &v.employer_type),
        (Site, &v.site),
        (Town, &v.town),
        (Salary, &v.salary),
        (SalaryPeriod, &v.salary_period),
    ] {
        assert_eq!(a.get(field), Some(expected.as_str()), "{field:?}");
    }
    assert_eq!(a.get(Grade).and_then(band), Some(v.band));
    assert_eq!(a.get(Closing).and_then(closing), Some(v.closing.clone()));
    let (h, note) = hours(a.get(Hours).unwrap());
    assert_eq!((h, note), (v.hours.clone(), v.hours_note.clone()));
    let s = salary(a.get(Salary).unwrap()).unwrap();
    assert_eq!(
        (s.from, s.to, s.per),
        (f64::from(v.salary_amount), None, Some(Per::Year))
    );
    assert_eq!(a.get(SalaryPeriod).and_then(period), Some(Per::Year));
    assert_eq!(
        a.title.as_deref(),
        Some("Bank Mental Health Practitioner -Kent Prisons")
    );
    // The person specification, heading by heading, as the advert lists it.
    let headings: Vec<&str> = a
        .person_specification
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        headings,
        [
            "Qualifications",
            "Experience",
            "Skills",
            "Effort and Environment"
        ]
    );
    for (read, written) in a.person_specification.iter().zip(&v.person_specification) {
        assert_eq!(read.essential, written.essential, "{}", read.heading);
    }
    let essentials: usize = a
        .person_specification
        .iter()
        .map(|s| s.essential.len())
        .sum();
    assert_eq!(essentials, 7);
    assert_eq!(a.person_specification[1].desirable.len(), 3);
    assert_eq!(a.applicant_requirements, v.applicant_requirements);
    let contact = a.contact.clone().unwrap();
    assert_eq!(
        (contact.name, contact.job_title),
        (v.contact.name.clone(), v.contact.job_title.clone())
    );
    assert_eq!(a.overview.first(), v.overview.first());
    assert_eq!(a.main_duties.len(), v.main_duties.len());
    assert!(a.parts_missing().is_empty(), "{:?}", a.parts_missing());
    assert!(a.fields_missing().is_empty(), "{:?}", a.fields_missing());
}

/// The seed with its job summary's fields in another order: each label
/// keeps its own value.
#[test]
fn fields_in_another_order_keep_their_values() {
    let text = seed();
    let a = read(&text).unwrap();
    let start = text.find("Main area").unwrap();
    let end = text.find("\nEmployer heading").unwrap();
    let pairs: Vec<&str> = text[start..end].trim().split('\n').collect();
    let mut swapped: Vec<String> = pairs.chunks(2).rev().map(|p| p.join("\n")).collect();
    swapped.rotate_left(3);
    let moved = format!("{}{}\n{}", &text[..start], swapped.join("\n"), &text[end..]);
    let b = read(&moved).unwrap();
    for f in SummaryField::ALL {
        assert_eq!(b.get(f), a.get(f), "{f:?}");
    }
}

#[test]
fn windows_line_endings_and_extra_whitespace_read_the_same() {
    let text = seed();
    let a = read(&text).unwrap();
    let windows = text.replace('\n', "\r\n");
    assert_eq!(read(&windows).unwrap(), a);
    let spaced: String = text
        .lines()
        .map(|l| format!("  \u{a0}{}\t \n\n", l.replace(' ', "  ")))
        .collect();
    assert_eq!(read(&spaced).unwrap(), a);
}

#[test]
fn missing_parts_are_named_and_not_guessed() {
    let text = seed();
    let cut = |from: &str, to: &str| {
        let (a, b) = (text.find(from).unwrap(), text.find(to).unwrap());
        format!("{}{}", &text[..a], &text[b..])
    };
    let a = read(&cut("Job overview", "Main duties of the job")).unwrap();
    assert!(a.overview.is_empty());
    assert_eq!(a.parts_missing(), [Part::JobOverview]);
    let a = read(&cut("Person specification", "Employer certification")).unwrap();
    assert!(a.person_specification.is_empty());
    assert_eq!(a.parts_missing(), [Part::PersonSpecification]);
    let a = read(&cut(
        "Further details / informal visits contact",
        "Alert me",
    ))
    .unwrap();
    assert_eq!(a.contact, None);
    assert_eq!(a.parts_missing(), [Part::Contact]);
    // A summary field left out is missing, and its neighbour keeps its value.
    let a = read(&text.replace("Town\nKent\n", "")).unwrap();
    assert_eq!(a.get(SummaryField::Town), None);
    assert_eq!(a.fields_missing(), [SummaryField::Town]);
    assert_eq!(a.get(SummaryField::Site), Some("Kent Prisons"));
}

#[test]
fn a_page_that_is_not_an_advert_is_said_so() {
    assert_eq!(read(""), Err(NotAnAdvert::Empty));
    // Far longer than any advert: refused at once, in words.
    let huge = "Job summary\nJob reference 1\n".repeat(MOST_ADVERT_CHARS / 20);
    assert_eq!(read(&huge), Err(NotAnAdvert::TooLong));
    assert!(
        NotAnAdvert::TooLong.message().contains("200,000"),
        "the message states the limit"
    );
    assert_eq!(MOST_ADVERT_CHARS, 200_000);
    // Characters, not bytes: 150,000 accented letters are read (and are no advert).
    assert_eq!(read(&"é".repeat(150_000)), Err(NotAnAdvert::NoJobSummary));
    assert_eq!(read(" \n\r\n "), Err(NotAnAdvert::Empty));
    for text in [
        "Careers in offender healthcare\nWhere you can work\nHMP Elmley",
        "Job summary\nMain area\nNursing",
        // Another site's page with one of the same words.
        "Closing\nThe shop closes at 5pm\nJob ref\n",
    ] {
        assert_eq!(read(text), Err(NotAnAdvert::NoJobSummary), "{text:?}");
    }
    assert!(NotAnAdvert::NoJobSummary.message().contains("NHS Jobs"));
}

#[test]
fn closing_dates_are_uk_times_in_summer_and_in_winter() {
    // As the advert writes them, in UK time: the record keeps the UK time.
    assert_eq!(
        closing("09/12/2025 23:59").as_deref(),
        Some("2025-12-09T23:59")
    );
    assert_eq!(
        closing("15/07/2026 12:00").as_deref(),
        Some("2026-07-15T12:00")
    );
    assert_eq!(
        closing("1/8/2026 9:05").as_deref(),
        Some("2026-08-01T09:05")
    );
    // What the page says of them (format::DateTime) puts the offset right.
    use crate::domain::format::DateTime;
    let winter = DateTime::parse_date_time("2025-12-09T23:59").unwrap();
    let summer = DateTime::parse_date_time("2026-07-15T12:00").unwrap();
    assert_eq!(winter.iso_uk(), "2025-12-09T23:59:00+00:00");
    assert_eq!(summer.iso_uk(), "2026-07-15T12:00:00+01:00");
    for bad in [
        "",
        "tomorrow",
        "31/02/2026 23:59",
        "09/13/2025 23:59",
        "09/12/2025 25:00",
        "2025-12-09",
    ] {
        assert_eq!(closing(bad), None, "{bad:?}");
    }
}

#[test]
fn salaries_give_their_amounts_and_period() {
    let s = salary("£31,049 to £37,796 a year").unwrap();
    assert_eq!(
        (s.from, s.to, s.per),
        (31049.0, Some(37796.0), Some(Per::Year))
    );
    let s = salary("£12.45 an hour").unwrap();
    assert_eq!((s.from, s.to, s.per), (12.45, None, Some(Per::Hour)));
    let s = salary("£46,764 per annum pro-rata inc. HCAS").unwrap();
    assert_eq!((s.from, s.to, s.per), (46764.0, None, Some(Per::Year)));
    let s = salary("£24,465.").unwrap();
    assert_eq!((s.from, s.per), (24465.0, None));
    assert_eq!(salary("Depending on experience"), None);
    assert_eq!(period("Hourly"), Some(Per::Hour));
    assert_eq!(period("Yearly"), Some(Per::Year));
    assert_eq!(period("Weekly"), None);
}

#[test]
fn grades_and_hours() {
    assert_eq!(band("Band 6"), Some(Band::B6));
    assert_eq!(band("Band 8a"), Some(Band::B8a));
    assert_eq!(band("Band 8A"), Some(Band::B8a));
    assert_eq!(band("Agenda for Change"), None);
    // As other trusts and boards write it.
    for grade in [
        "NHS AfC: Band 6",
        "AfC Band 6",
        "Agenda for Change band 6",
        "Band 6 (AfC)",
        "BAND 6",
        "Band: 6",
        "Band 6 (banding under review)",
    ] {
        assert_eq!(band(grade), Some(Band::B6), "{grade}");
    }
    assert_eq!(band("NHS AfC: Band 8a"), Some(Band::B8a));
    // Two bands, or one the site does not know: none.
    for grade in [
        "Band 5/6",
        "Band 5 - 6",
        "Band 5 to 6",
        "Band 5 or Band 6",
        "Band 5 and Band 6",
        "Band 9",
        "Bandwidth 6",
        "Headband 6",
    ] {
        assert_eq!(band(grade), None, "{grade}");
    }
    assert_eq!(
        hours("Full time - 37.5 hours per week"),
        ("Full time - 37.5 hours per week".to_owned(), None)
    );
}

#[test]
fn the_adverts_address_is_required_and_must_be_one() {
    assert_eq!(
        address("  https://www.jobs.nhs.uk/candidate/jobadvert/C9277-25-0785 "),
        Ok("https://www.jobs.nhs.uk/candidate/jobadvert/C9277-25-0785".to_owned())
    );
    assert_eq!(address(""), Err(AddressProblem::Missing));
    assert_eq!(address("   "), Err(AddressProblem::Missing));
    for wrong in [
        "www.jobs.nhs.uk/candidate/jobadvert/C9277",
        "http://www.jobs.nhs.uk/x",
        "https://",
        "https:///evil.example/",
        "https://localhost/x",
        "https://www.jobs.nhs.uk/a b",
        "javascript:alert(1)",
        "C9277-25-0785",
    ] {
        assert_eq!(
            address(wrong),
            Err(AddressProblem::NotAWebAddress),
            "{wrong}"
        );
    }
}
