//! Sine, cosine and arcsine for distances and the map's projection.
//!
//! The standard library's come from libm, whose argument reduction for huge
//! angles alone is over 5 KB of WebAssembly (docs/measurements.md). The angles
//! here are latitudes, longitudes and their differences, in radians: a few
//! units at most, where a short series is exact to about 1e-15.

use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// The sine of `x` radians.
pub fn sin(x: f64) -> f64 {
    // Into [-π, π], then into [-π/2, π/2] by sin(π - x) = sin(x), where the
    // series converges fastest.
    let mut x = x - TAU * (x / TAU).round();
    if x > FRAC_PI_2 {
        x = PI - x;
    } else if x < -FRAC_PI_2 {
        x = -PI - x;
    }
    // x - x³/3! + x⁵/5! - ...: at |x| = π/2 the 21st power's term is below 1e-16.
    let square = x * x;
    let mut term = x;
    let mut sum = x;
    for n in 1..=11 {
        let k = (2 * n) as f64;
        term *= -square / (k * (k + 1.0));
        sum += term;
    }
    sum
}

/// The cosine of `x` radians.
pub fn cos(x: f64) -> f64 {
    sin(x + FRAC_PI_2)
}

/// The arcsine of `x`, in radians, for `x` in [-1, 1] (NaN outside).
pub fn asin(x: f64) -> f64 {
    if !(-1.0..=1.0).contains(&x) {
        return f64::NAN;
    }
    if x < 0.0 {
        return -asin(-x);
    }
    if x > 0.5 {
        // asin(x) = π/2 - 2 asin(√((1 - x) / 2)), whose argument is at most 1/2.
        return FRAC_PI_2 - 2.0 * asin(((1.0 - x) / 2.0).sqrt());
    }
    // x + (1/2)(x³/3) + (1·3)/(2·4)(x⁵/5) + ...: at x = 1/2 each term is
    // under a quarter of the last, so 26 are exact to about 1e-16.
    let square = x * x;
    let mut coefficient = x;
    let mut sum = x;
    for n in 1..=26 {
        let k = (2 * n) as f64;
        coefficient *= square * (k - 1.0) / k;
        sum += coefficient / (k + 1.0);
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against the standard library's, over every angle a latitude, a
    /// longitude or their difference can be, in radians, and beyond.
    #[test]
    fn agree_with_the_standard_library() {
        for i in -8000..=8000 {
            let x = f64::from(i) / 1000.0;
            assert!(
                (sin(x) - x.sin()).abs() < 1e-14,
                "sin {x}: {} {}",
                sin(x),
                x.sin()
            );
            assert!(
                (cos(x) - x.cos()).abs() < 1e-14,
                "cos {x}: {} {}",
                cos(x),
                x.cos()
            );
        }
        for i in -1000..=1000 {
            let x = f64::from(i) / 1000.0;
            assert!(
                (asin(x) - x.asin()).abs() < 1e-14,
                "asin {x}: {} {}",
                asin(x),
                x.asin()
            );
        }
        for x in [
            0.499_999_999,
            0.5,
            0.500_000_001,
            0.999_999_999_999,
            1e-300,
            -1e-300,
        ] {
            assert!((asin(x) - x.asin()).abs() < 1e-14, "asin {x}");
        }
        assert!(asin(1.000_000_1).is_nan() && asin(f64::NAN).is_nan());
    }
}
