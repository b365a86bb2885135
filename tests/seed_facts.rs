//! The few facts from the seeds (the careers page and the job advert) and the
//! facts file that the site must reproduce exactly: the advert's salary and
//! closing date, the Kent table, the sites the facts name, the usual bands. This
//! is the one test file that names today's values; every other content test
//! checks shape, references and sources only, so an editor adding a prison, a
//! role or a new pay year breaks nothing else. A change here means a seed fact
//! changed: check it against `../shared/` before editing the test.
#![cfg(not(target_arch = "wasm32"))]

use offender_care_careers::content::*;
use std::path::Path;

fn read<T: ContentFile>() -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/content")
        .join(T::FILE);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse::<T>(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_kent_table_is_reproduced_exactly() {
    let sites: Sites = read();
    // (id, category, population, sex, healthcare) from the advert's table.
    let table = [
        (
            "hmp-elmley",
            Category::B,
            Some(1200),
            Sex::Male,
            Healthcare::TwentyFourSeven,
        ),
        (
            "hmp-swaleside",
            Category::B,
            Some(1200),
            Sex::Male,
            Healthcare::InpatientUnit,
        ),
        (
            "hmp-standford-hill",
            Category::D,
            Some(500),
            Sex::Male,
            Healthcare::Standard,
        ),
        (
            "hmp-rochester",
            Category::C,
            Some(650),
            Sex::Male,
            Healthcare::TwentyFourSeven,
        ),
        (
            "hmp-cookham-wood",
            Category::C,
            Some(650),
            Sex::Male,
            Healthcare::TwentyFourSeven,
        ),
        (
            "hmp-maidstone",
            Category::C,
            Some(500),
            Sex::Male,
            Healthcare::TwentyFourSeven,
        ),
        (
            "hmp-east-sutton-park",
            Category::D,
            Some(100),
            Sex::Female,
            Healthcare::Standard,
        ),
    ];
    for (id, category, population, sex, healthcare) in table {
        let s = sites.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(s.region, "kent", "{id}");
        assert_eq!(s.category, Some(category), "{id}");
        assert_eq!(s.population.as_ref().map(|p| p.count), population, "{id}");
        assert_eq!(s.sex, Some(sex), "{id}");
        assert_eq!(s.healthcare, Some(healthcare), "{id}");
        assert!(!s.is_closed(), "{id}");
    }
    assert_eq!(
        sites.get("hmp-elmley").unwrap().category_note.as_deref(),
        Some("remand")
    );
    // Rochester and Cookham Wood share one count of 650.
    assert_eq!(
        sites
            .get("hmp-rochester")
            .unwrap()
            .population
            .as_ref()
            .unwrap()
            .shared_with
            .as_deref(),
        Some("hmp-cookham-wood")
    );
}

#[test]
fn the_sites_are_the_ones_the_facts_name() {
    let sites: Sites = read();
    let ids: Vec<&str> = sites.sites.iter().map(|s| s.id.as_str()).collect();
    for id in [
        "hmp-bristol",
        "hmp-ashfield",
        "hmp-erlestoke",
        "hmp-leyhill",
        "hmp-guys-marsh",
        "hmp-portland",
        "hmp-the-verne",
        "hmp-exeter",
        "hmp-channings-wood",
        "hmp-dartmoor",
        "bracton-centre",
    ] {
        assert!(ids.contains(&id), "{id} missing");
    }
    // No London prison: those contracts passed to another provider in 2023.
    assert!(!ids
        .iter()
        .any(|id| id.contains("belmarsh") || id.contains("thameside")));
    assert!(sites.get("hmp-dartmoor").unwrap().is_closed());
    // South West sizes are not published: none is guessed.
    assert!(sites
        .sites
        .iter()
        .filter(|s| s.region == "south-west")
        .all(|s| s.population.is_none()));
}

#[test]
fn the_advert_is_reproduced_exactly() {
    let vacancies: Vacancies = read();
    let v = vacancies
        .vacancies
        .iter()
        .find(|v| v.job_ref == "277-BankMHPrac-B6- Kent P")
        .expect("the advert's vacancy");
    assert_eq!(v.salary, "£46,764 per annum pro-rata inc. HCAS");
    assert_eq!(v.salary_amount, 46764);
    assert_eq!(v.band, Band::B6);
    assert_eq!(v.closing, "2025-12-09T23:59");
    assert_eq!(v.job_ref, "277-BankMHPrac-B6- Kent P");
    assert_eq!(v.contract, "Bank");
    assert_eq!(v.main_area, "Offender Healthcare");
    assert_eq!(v.sites.len(), 7);
    let spec: Vec<&str> = v
        .person_specification
        .iter()
        .map(|s| s.heading.as_str())
        .collect();
    assert_eq!(
        spec,
        [
            "Qualifications",
            "Experience",
            "Skills",
            "Effort and Environment"
        ]
    );
    assert_eq!(
        v.contact.email, None,
        "the advert does not show the address"
    );
}

/// The published record is the seed advert as the editors' check reads it:
/// the kept copy beside the advert, which the advert reader's tests compare
/// with what it reads, field by field.
#[test]
fn the_published_advert_is_the_record_its_text_reads_into() {
    let vacancies: Vacancies = read();
    let v = vacancies
        .vacancies
        .iter()
        .find(|v| v.job_ref == "277-BankMHPrac-B6- Kent P")
        .expect("the advert's vacancy");
    let kept: serde_json::Value = serde_json::from_str(include_str!(
        "fixtures/adverts/003_d5c3b712e177ca41.record.json"
    ))
    .unwrap();
    assert_eq!(serde_json::to_value(v).unwrap(), kept);
}

#[test]
fn the_advert_salary_follows_from_the_pay_data() {
    // The advert's salary is from the 2025/26 rates: this test is the one to
    // update (or point at a kept copy of those rates) when the pay year changes.
    let pay: Pay = read();
    let middle = pay.band(Band::B6).unwrap().points[1];
    let zone = pay.supplement(&pay.trust_supplement).unwrap();
    assert_eq!(middle + supplement_amount(middle, zone), 46764);
    // The Kent Band 3 adverts: £26,598 + £4,714.
    let top3 = pay.band(Band::B3).unwrap().points[1];
    assert_eq!(top3 + supplement_amount(top3, zone), 31312);
}

#[test]
fn every_role_is_profiled_with_its_usual_band() {
    let roles: Roles = read();
    let expected = [
        ("registered-nurse", Band::B5, Band::B5),
        ("mental-health-nurse", Band::B5, Band::B6),
        ("substance-misuse-nurse", Band::B5, Band::B6),
        ("nurse-practitioner", Band::B7, Band::B7),
        ("healthcare-administrator", Band::B3, Band::B4),
        ("inpatient-clinical-nurse-manager", Band::B7, Band::B7),
        ("healthcare-assistant", Band::B2, Band::B3),
        ("pharmacy-assistant", Band::B2, Band::B3),
        ("mental-health-practitioner", Band::B6, Band::B6),
    ];
    for (id, from, to) in expected {
        let r = roles.get(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!((r.band.from, r.band.to), (from, to), "{id}");
    }
    assert_eq!(
        roles
            .leads_from("registered-nurse")
            .iter()
            .map(|r| r.id.as_str())
            .collect::<Vec<_>>(),
        ["healthcare-assistant"]
    );
}

/// The advert's jargon (ACCT, MAPPA, "through the gate", "ordinary
/// location", Thorn, AMHP, "eg RMN, RLDN OT") is explained where it appears.
#[test]
fn the_adverts_jargon_is_explained() {
    let glossary: Glossary = read();
    let vacancies: Vacancies = read();
    let text = serde_json::to_string(&vacancies).unwrap();
    let found: Vec<&str> = offender_care_careers::domain::glossary::terms_in(&glossary, &[&text])
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    for id in [
        "acct",
        "mappa",
        "through-the-gate",
        "ordinary-location",
        "thorn",
        "amhp",
        "rmn",
        "rldn",
        "ot",
    ] {
        assert!(
            found.contains(&id),
            "{id} is not found in the advert: {found:?}"
        );
    }
}
