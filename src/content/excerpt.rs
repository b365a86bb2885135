//! Excerpts: the few fields of a content file that one part of a page reads,
//! under the file's own JSON names.
//!
//! A part that needs no more reads its excerpt rather than the whole file:
//! each whole type's reader compiles to several kilobytes of WebAssembly
//! (docs/measurements.md, issue 48). An excerpt ignores the fields it does not
//! name, so it never checks a file: the whole file's type does that, in the
//! editors' check and the content tests, and a native test reads every pack's
//! file both ways and holds each excerpt to what the whole type reads.

use super::{Named, Sites};
use serde::Deserialize;

/// `sites.json`'s regions by name, for the pay estimator's "Where is the
/// post?".
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RegionNames {
    pub regions: Vec<RegionName>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RegionName {
    pub id: String,
    pub name: String,
}

impl Named for RegionNames {
    const FILE: &'static str = Sites::FILE;
    const DESCRIPTION: &'static str = Sites::DESCRIPTION;
}

impl RegionNames {
    /// The excerpt of a whole file, as it should read.
    pub fn of(sites: &Sites) -> Self {
        RegionNames {
            regions: sites
                .regions
                .iter()
                .map(|r| RegionName {
                    id: r.id.clone(),
                    name: r.name.clone(),
                })
                .collect(),
        }
    }
}
