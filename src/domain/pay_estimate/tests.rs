//! Native tests of `pay_estimate.rs`.

use super::*;

#[test]
fn the_form_goes_to_its_link_and_back() {
    let input = Input {
        band: "8a".into(),
        point: "2".into(),
        hours: " 22.5 ".into(),
        area: "kent".into(),
    };
    let query = input.to_query();
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let get = |k: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let (back, named) = Input::from_query(get, &pay());
    assert!(named);
    assert_eq!(
        back,
        Input {
            hours: "22.5".into(),
            ..input
        }
    );

    // A bare link: nothing to work out, the first point of a full-time
    // week, and no supplement (it is paid only in some areas).
    let (empty, named) = Input::from_query(|_| None, &pay());
    assert!(!named);
    let full_time = hours_text(pay().full_time_hours);
    assert_eq!(
        (
            empty.point.as_str(),
            empty.hours.as_str(),
            empty.area.as_str()
        ),
        ("1", full_time.as_str(), "")
    );
    assert!(!empty.supplement(&pay()));
    // An older link's supplement=yes: the first area the trust pays it in.
    let (old, _) = Input::from_query(
        |k| match k {
            "band" => Some("6".into()),
            "supplement" => Some("yes".into()),
            _ => None,
        },
        &pay(),
    );
    assert_eq!(old.area, pay().trust_supplement_regions[0]);
    assert!(old.supplement(&pay()));
    // Hours from a link fill the box only when they could be hours; a
    // wrong number is kept so its error message can say what is wrong.
    let hours_of = |h: &'static str| {
        Input::from_query(move |k| (k == "hours").then(|| h.to_owned()), &pay())
            .0
            .hours
    };
    assert_eq!(hours_of("-5"), "-5");
    assert_eq!(hours_of("37,5"), "37,5");
    assert_eq!(hours_of("Call 0800 123 456"), "");
    assert!(estimate(
        &pay(),
        &Input {
            band: "5".into(),
            ..Input::from_query(|k| (k == "hours").then(|| "Call us".to_owned()), &pay()).0
        }
    )
    .is_err());
    // A role's link: its band, worked out at once from the first point.
    assert_eq!(
        route_for_band(Band::B8a),
        "/pay?band=8a&point=1#occ-estimator"
    );
}

#[test]
fn the_rates_end_where_they_become_past_their_period() {
    use crate::domain::format::DateTime;
    let mut pay = crate::content::published::<Pay>("pay.json");
    pay.valid_until = "2026-03-31".into();
    let end = rates_end(&pay).unwrap();
    assert_eq!((end.year, end.month, end.day, end.hour), (2026, 4, 1, 0));
    // Every half hour over two days either side: past exactly from the end.
    let start = DateTime::parse("2026-03-30T00:00")
        .unwrap()
        .reached_at_millis();
    for i in 0..(4 * 48) {
        let millis = start + f64::from(i) * 30.0 * 60_000.0;
        let today = DateTime::uk_at(millis);
        assert_eq!(
            rates_past_their_period(&pay, &today),
            millis >= end.reached_at_millis(),
            "{today:?}"
        );
    }
    pay.valid_until = "not a date".into();
    assert_eq!(rates_end(&pay), None);
}

#[test]
fn rates_are_past_their_period_only_after_the_last_day() {
    let mut pay: Pay = crate::content::published("pay.json");
    pay.valid_from = "2025-04-01".into();
    pay.valid_until = "2026-03-31".into();
    let on = |pay: &Pay, s: &str| {
        rates_past_their_period(pay, &crate::domain::format::DateTime::parse(s).unwrap())
    };
    assert!(!on(&pay, "2026-03-01T12:00"));
    assert!(!on(&pay, "2026-03-31T23:59"));
    assert!(on(&pay, "2026-04-01T00:00"));
    assert!(on(&pay, "2026-05-01T09:00"));
    assert_eq!(period_text(&pay), "1 April 2025 to 31 March 2026");
    assert_eq!(period_end_text(&pay), "31 March 2026");
    pay.valid_until = "not a date".into();
    assert!(on(&pay, "2026-03-01T12:00"));
}

fn pay() -> Pay {
    crate::content::published("pay.json")
}

/// A post in an area the trust pays the supplement in, or not.
fn input(band: &str, point: &str, hours: &str, supplement: bool) -> Input {
    Input {
        band: band.into(),
        point: point.into(),
        hours: hours.into(),
        area: if supplement {
            pay().trust_supplement_regions[0].clone()
        } else {
            String::new()
        },
    }
}

#[test]
fn the_supplement_follows_where_the_post_is() {
    let mut pay = pay();
    pay.trust_supplement_regions = vec!["kent".into()];
    let at = |area: &str| Input {
        area: area.into(),
        ..input("6", "2", "37.5", false)
    };
    assert_eq!(estimate(&pay, &at("kent")).unwrap().supplement, Some(5941));
    // A post where the trust does not pay it, or somewhere not known: none.
    assert_eq!(estimate(&pay, &at("south-west")).unwrap().supplement, None);
    assert_eq!(estimate(&pay, &at("")).unwrap().supplement, None);
    assert_eq!(estimate(&pay, &at("atlantis")).unwrap().supplement, None);
}

#[test]
fn reproduces_the_advert() {
    let e = estimate(&pay(), &input("6", "2", "37.5", true)).unwrap();
    assert_eq!(
        (e.full_time_basic, e.supplement, e.total),
        (40823, Some(5941), 46764)
    );
    assert!(
        e.steps
            .iter()
            .any(|s| s.contains("more than the maximum, so the maximum of £5,941 applies")),
        "{:?}",
        e.steps
    );
}

#[test]
fn reproduces_the_band_3_advert_with_the_minimum() {
    let e = estimate(&pay(), &input("3", "2", "37.5", true)).unwrap();
    assert_eq!((e.basic, e.supplement, e.total), (26598, Some(4714), 31312));
    assert!(e
        .steps
        .iter()
        .any(|s| s.contains("less than the minimum, so the minimum of £4,714 applies")));
}

#[test]
fn without_the_supplement() {
    let e = estimate(&pay(), &input("5", "1", "37.5", false)).unwrap();
    assert_eq!((e.supplement, e.total), (None, 31049));
}

#[test]
fn part_time_is_pro_rata_including_the_supplement() {
    let e = estimate(&pay(), &input("6", "2", "18.75", true)).unwrap();
    // Each part is rounded to the pound, as a payslip shows it, and the total is their sum.
    assert_eq!((e.basic, e.supplement, e.total), (20412, Some(2971), 23383));
    // The minimum is pro rata too: half of £4,714.
    let e = estimate(&pay(), &input("2", "1", "18.75", true)).unwrap();
    assert_eq!(e.supplement, Some(2357));
    assert_eq!(
        estimate(&pay(), &input("6", "2", "1", false))
            .unwrap()
            .total,
        1089
    );
}

#[test]
fn supplement_edges() {
    // 15% of £31,427 is £4,714 exactly: the minimum, and not below it.
    let mut p = pay();
    p.bands[0].points = vec![31427];
    assert_eq!(
        estimate(&p, &input("2", "1", "37.5", true))
            .unwrap()
            .supplement,
        Some(4714)
    );
    // 15% of £39,607 is £5,941 exactly: the maximum.
    p.bands[0].points = vec![39607];
    let e = estimate(&p, &input("2", "1", "37.5", true)).unwrap();
    assert_eq!(e.supplement, Some(5941));
    assert!(
        e.steps
            .iter()
            .any(|s| s.contains("15% of £39,607 is £5,941.")),
        "{:?}",
        e.steps
    );
    p.bands[0].points = vec![39614];
    assert_eq!(
        estimate(&p, &input("2", "1", "37.5", true))
            .unwrap()
            .supplement,
        Some(5941)
    );
}

#[test]
fn errors_name_the_field() {
    let errs = estimate(&pay(), &input("", "", "", false)).unwrap_err();
    assert_eq!(
        errs,
        [
            FieldError {
                field: "band",
                message: "Select a pay band".into()
            },
            FieldError {
                field: "hours",
                message: "Enter the hours you would work each week".into()
            },
        ]
    );
    let errs = estimate(&pay(), &input("2", "3", "40", false)).unwrap_err();
    assert_eq!(
        errs.iter().map(|e| e.field).collect::<Vec<_>>(),
        ["point", "hours"]
    );
    assert_eq!(errs[1].message, "Hours a week must be between 1 and 37.5");
    for bad in ["abc", "NaN", "inf", "1e400", "22,5"] {
        assert!(parse_hours(bad, 37.5).is_err(), "{bad}");
    }
    assert_eq!(
        parse_hours("0.5", 37.5).unwrap_err(),
        "Hours a week must be between 1 and 37.5"
    );
    assert_eq!(parse_hours(" 22.5 ", 37.5), Ok(22.5));
    assert_eq!(parse_hours("1", 37.5), Ok(1.0));
    assert_eq!(parse_hours("37.5", 37.5), Ok(37.5));
}
