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

/// Hours as people write them ("37.5", "22").
use crate::domain::format::decimal as hours_text;

/// Short, and only digits and what people write in numbers: enough for any
/// wrong number to reach [`parse_hours`] and its message, and nothing else.
fn could_be_hours(raw: &str) -> bool {
    raw.chars().count() <= 8
        && raw
            .chars()
            .all(|c| c.is_ascii_digit() || " .,-+".contains(c))
}

/// Reads hours per week: any number from 1 to a full-time week.
pub fn parse_hours(raw: &str, full_time: f64) -> Result<f64, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err("Enter the hours you would work each week".to_owned());
    }
    let hours = crate::domain::format::read_decimal(raw)
        .ok_or_else(|| "Hours a week must be a number, like 22.5".to_owned())?;
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
mod tests;
