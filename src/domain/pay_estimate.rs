//! The pay estimator: annual pay for a band, pay point and hours, with or
//! without the high cost area supplement, and how it was worked out.

use crate::content::{supplement_amount, supplement_share, Band, Pay};
use crate::domain::format::pounds;

/// What the person entered, as text, so that errors can name what was wrong.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Input {
    pub band: String,
    /// 1-based pay point within the band.
    pub point: String,
    pub hours: String,
    /// Where the post is: a region's id from `sites.json`, or empty when
    /// somewhere else or not known. The supplement follows from it.
    pub area: String,
}

/// The pay point a form starts at, and goes back to when the band changes.
pub const FIRST_POINT: &str = "1";

/// The estimator worked out for a band at its first point: where a role's
/// page sends people, landing on the estimator itself.
pub fn route_for_band(band: Band) -> String {
    let query = crate::domain::query::Query::default()
        .pair(BAND, band.code())
        .pair(POINT, FIRST_POINT)
        .finish();
    format!(
        "{}{ESTIMATOR}",
        crate::domain::query::with_query(crate::domain::routes::PAY.path, &query)
    )
}

/// The estimator's place on the pay page (its heading's id), for links to it.
pub const ESTIMATOR: &str = "#occ-estimator";

/// The estimator's fields in its link, so a reload or a shared link keeps them.
pub const BAND: &str = "band";
pub const POINT: &str = "point";
pub const HOURS: &str = "hours";
pub const AREA: &str = "area";
/// Links made before the estimator asked where the post is said `supplement=yes`.
pub const LEGACY_SUPPLEMENT: &str = "supplement";

impl Input {
    /// The form as the link gives it: the band's first pay point (where new
    /// starters usually start), a full-time week, and no area unless the link
    /// names one (only posts in the areas that pay the supplement get it, so
    /// leaving it out never overstates pay). An older link's
    /// `supplement=yes` means the first area the trust pays it in. The flag is
    /// false when the link names no band, so there is nothing to work out yet.
    pub fn from_query(get: impl Fn(&str) -> Option<String>, pay: &Pay) -> (Input, bool) {
        let legacy = get(LEGACY_SUPPLEMENT)
            .is_some_and(|s| s == "yes")
            .then(|| pay.trust_supplement_regions.first().cloned())
            .flatten();
        let input = Input {
            band: get(BAND).unwrap_or_default(),
            point: get(POINT).unwrap_or_else(|| FIRST_POINT.to_owned()),
            // The box shows what the link says, so only what could be hours:
            // a sentence in it would read as the site's own words.
            hours: get(HOURS)
                .map(|h| if could_be_hours(&h) { h } else { String::new() })
                .unwrap_or_else(|| hours_text(pay.full_time_hours)),
            area: get(AREA).or(legacy).unwrap_or_default(),
        };
        (input, get(BAND).is_some())
    }

    /// Whether the post is in an area where the trust pays the supplement.
    pub fn supplement(&self, pay: &Pay) -> bool {
        pay.trust_supplement_regions.contains(&self.area)
    }

    /// The link for this form, without `?`.
    pub fn to_query(&self) -> String {
        crate::domain::query::Query::default()
            .pair(BAND, &self.band)
            .pair(POINT, &self.point)
            .pair(HOURS, self.hours.trim())
            .maybe(AREA, (!self.area.is_empty()).then_some(self.area.as_str()))
            .finish()
    }
}

/// A field and what is wrong with it, in the NHS error message style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub band: Band,
    pub point: usize,
    pub hours: f64,
    pub full_time_basic: u32,
    pub basic: u32,
    /// The supplement for this pay, already pro rata; `None` when not included.
    pub supplement: Option<u32>,
    pub total: u32,
    /// How it was worked out, a line a step.
    pub steps: Vec<String>,
}

pub const MIN_HOURS: f64 = 1.0;

fn round(x: f64) -> u32 {
    x.round().max(0.0) as u32
}

fn hours_text(h: f64) -> String {
    if h.fract() == 0.0 {
        format!("{h:.0}")
    } else {
        let s = format!("{h:.2}");
        s.trim_end_matches('0').to_owned()
    }
}

/// Short, and only digits and what people write in numbers: enough for any
/// wrong number to reach [`parse_hours`] and its message, and nothing else.
fn could_be_hours(raw: &str) -> bool {
    raw.chars().count() <= 8 && raw.chars().all(|c| c.is_ascii_digit() || " .,-+".contains(c))
}

/// Reads hours per week: any number from 1 to a full-time week.
pub fn parse_hours(raw: &str, full_time: f64) -> Result<f64, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("Enter the hours you would work each week".to_owned());
    }
    let hours: f64 = raw
        .parse()
        .map_err(|_| "Hours a week must be a number, like 22.5".to_owned())?;
    if !hours.is_finite() || !(MIN_HOURS..=full_time).contains(&hours) {
        return Err(format!(
            "Hours a week must be between 1 and {}",
            hours_text(full_time)
        ));
    }
    Ok(hours)
}

/// Works out the estimate, or says what to correct.
pub fn estimate(pay: &Pay, input: &Input) -> Result<Estimate, Vec<FieldError>> {
    let mut errors = Vec::new();
    let band = pay
        .bands
        .iter()
        .find(|b| b.band.code() == input.band.trim());
    if band.is_none() {
        errors.push(FieldError {
            field: BAND,
            message: "Select a pay band".to_owned(),
        });
    }
    let point = band.and_then(|b| {
        input
            .point
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=b.points.len()).contains(p))
    });
    if band.is_some() && point.is_none() {
        errors.push(FieldError {
            field: POINT,
            message: "Select a pay point".to_owned(),
        });
    }
    let hours = parse_hours(&input.hours, pay.full_time_hours);
    if let Err(message) = &hours {
        errors.push(FieldError {
            field: HOURS,
            message: message.clone(),
        });
    }
    let paid = input.supplement(pay);
    let zone = paid
        .then(|| pay.supplement(&pay.trust_supplement))
        .flatten();
    if paid && zone.is_none() {
        errors.push(FieldError {
            field: "supplement",
            message: "The supplement rates are missing from the pay data".to_owned(),
        });
    }
    let (Some(band), Some(point), Ok(hours)) = (band, point, hours) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }

    let share = hours / pay.full_time_hours;
    let full_time_basic = band.points[point - 1];
    let basic = round(f64::from(full_time_basic) * share);
    let part_time = hours < pay.full_time_hours;
    let mut steps = vec![format!(
        "{}, pay point {point} of {}: {} a year for a full-time week of {} hours ({} pay).",
        band.band.label(),
        band.points.len(),
        pounds(full_time_basic),
        hours_text(pay.full_time_hours),
        pay.pay_year
    )];
    if part_time {
        steps.push(format!(
            "For {} hours a week: {} × {} ÷ {} = {}.",
            hours_text(hours),
            pounds(full_time_basic),
            hours_text(hours),
            hours_text(pay.full_time_hours),
            pounds(basic)
        ));
    }
    let supplement = zone.map(|zone| {
        let full = supplement_amount(full_time_basic, zone);
        let raw = supplement_share(full_time_basic, zone);
        let rule = if full > raw {
            format!(
                "{}% of {} is {}, less than the minimum, so the minimum of {} applies",
                zone.percent,
                pounds(full_time_basic),
                pounds(raw),
                pounds(zone.minimum)
            )
        } else if full < raw {
            format!(
                "{}% of {} is {}, more than the maximum, so the maximum of {} applies",
                zone.percent,
                pounds(full_time_basic),
                pounds(raw),
                pounds(zone.maximum)
            )
        } else {
            format!(
                "{}% of {} is {}",
                zone.percent,
                pounds(full_time_basic),
                pounds(full)
            )
        };
        steps.push(format!("High cost area supplement: {rule}."));
        let amount = round(f64::from(full) * share);
        if part_time {
            steps.push(format!(
                "The supplement is pro rata too: {} × {} ÷ {} = {}.",
                pounds(full),
                hours_text(hours),
                hours_text(pay.full_time_hours),
                pounds(amount)
            ));
        }
        amount
    });
    // Saturating: pay points the editors' check would refuse must not overflow.
    let total = basic.saturating_add(supplement.unwrap_or(0));
    steps.push(match supplement {
        Some(s) => format!(
            "Total: {} + {} = {} a year.",
            pounds(basic),
            pounds(s),
            pounds(total)
        ),
        None => format!("Total: {} a year, without a supplement.", pounds(total)),
    });
    Ok(Estimate {
        band: band.band,
        point,
        hours,
        full_time_basic,
        basic,
        supplement,
        total,
        steps,
    })
}

/// Whether `today` (a UK date) is after the last day the pay figures apply, so
/// newer rates may be in force. A date the content cannot give counts as past:
/// better to say "check" than to call old figures current.
pub fn rates_past_their_period(pay: &Pay, today: &crate::domain::format::DateTime) -> bool {
    match crate::domain::format::DateTime::parse(&pay.valid_until) {
        Some(until) => (today.year, today.month, today.day) > (until.year, until.month, until.day),
        None => true,
    }
}

/// The first moment (UK time) the figures no longer apply: midnight after
/// their last day. `None` when the content's date cannot be read, which
/// [`rates_past_their_period`] counts as past.
pub fn rates_end(pay: &Pay) -> Option<crate::domain::format::DateTime> {
    crate::domain::format::DateTime::parse(&pay.valid_until).map(|d| d.next_midnight())
}

/// A content date as the page writes it ("31 March 2026"), or as written if unreadable.
fn day_text(iso: &str) -> String {
    crate::domain::format::DateTime::parse(iso)
        .map(|d| d.long_date())
        .unwrap_or_else(|| iso.to_owned())
}

/// The period the figures apply to, in words: "1 April 2025 to 31 March 2026".
pub fn period_text(pay: &Pay) -> String {
    format!(
        "{} to {}",
        day_text(&pay.valid_from),
        day_text(&pay.valid_until)
    )
}

/// The last day the figures apply, in words: "31 March 2026".
pub fn period_end_text(pay: &Pay) -> String {
    day_text(&pay.valid_until)
}

#[cfg(test)]
mod tests {
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
            Input::from_query(move |k| (k == "hours").then(|| h.to_owned()), &pay()).0.hours
        };
        assert_eq!(hours_of("-5"), "-5");
        assert_eq!(hours_of("37,5"), "37,5");
        assert_eq!(hours_of("Call 0800 123 456"), "");
        assert!(estimate(&pay(), &Input { band: "5".into(), ..Input::from_query(|k| (k == "hours").then(|| "Call us".to_owned()), &pay()).0 }).is_err());
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
        let start = DateTime::parse("2026-03-30T00:00").unwrap().reached_at_millis();
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
            assert_eq!(parse_hours(bad, 37.5).is_err(), true, "{bad}");
        }
        assert_eq!(
            parse_hours("0.5", 37.5).unwrap_err(),
            "Hours a week must be between 1 and 37.5"
        );
        assert_eq!(parse_hours(" 22.5 ", 37.5), Ok(22.5));
        assert_eq!(parse_hours("1", 37.5), Ok(1.0));
        assert_eq!(parse_hours("37.5", 37.5), Ok(37.5));
    }
}
