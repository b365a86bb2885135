//! Excerpts: the few fields of a content file that one part of a page reads,
//! under the file's own JSON names.
//!
//! A part that needs no more reads its excerpt rather than the whole file:
//! each whole type's reader compiles to several kilobytes of WebAssembly
//! (docs/measurements.md, issue 48). An excerpt ignores the fields it does not
//! name, so it never checks a file: the whole file's type does that, in the
//! editors' check and the content tests, and a native test reads every pack's
//! file both ways and holds each excerpt to what the whole type reads.

use super::{Named, Roles, Sites, Vacancies};
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

/// `roles.json` as the quiz's results read it: each role's name, the
/// essential criteria its person specification sets (what the quiz scores),
/// and how to get there.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RoleNeeds {
    pub roles: Vec<RoleNeed>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct RoleNeed {
    pub id: String,
    pub title: String,
    pub qualifications: Essentials,
    pub experience: Essentials,
    #[serde(default)]
    pub abilities: Essentials,
    pub entry_routes: Vec<String>,
}

/// A person specification's essential criteria (its desirable ones are not scored).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Essentials {
    pub essential: Vec<Criterion>,
}

/// A criterion's id and words (the whole type also has its source).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub text: String,
}

impl Named for RoleNeeds {
    const FILE: &'static str = Roles::FILE;
    const DESCRIPTION: &'static str = Roles::DESCRIPTION;
}

impl RoleNeeds {
    pub fn get(&self, id: &str) -> Option<&RoleNeed> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The excerpt of a whole file, as it should read.
    pub fn of(roles: &Roles) -> Self {
        let essentials = |c: &super::Criteria| Essentials {
            essential: c
                .essential
                .iter()
                .map(|e| Criterion {
                    id: e.id.clone(),
                    text: e.text.clone(),
                })
                .collect(),
        };
        RoleNeeds {
            roles: roles
                .roles
                .iter()
                .map(|r| RoleNeed {
                    id: r.id.clone(),
                    title: r.title.clone(),
                    qualifications: essentials(&r.qualifications),
                    experience: essentials(&r.experience),
                    abilities: essentials(&r.abilities),
                    entry_routes: r.entry_routes.clone(),
                })
                .collect(),
        }
    }
}

impl RoleNeed {
    /// Everything the role needs, as `Role::essentials` orders it: its
    /// essential qualifications, experience, then skills and abilities.
    pub fn essentials(&self) -> impl Iterator<Item = &Criterion> {
        self.qualifications
            .essential
            .iter()
            .chain(&self.experience.essential)
            .chain(&self.abilities.essential)
    }
}

/// `vacancies.json` as the quiz's results read it: which role each job is
/// for, its title and when it closes.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct VacancyClosings {
    pub vacancies: Vec<VacancyClosing>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct VacancyClosing {
    pub id: String,
    pub title: String,
    pub role: String,
    pub closing: String,
}

impl Named for VacancyClosings {
    const FILE: &'static str = Vacancies::FILE;
    const DESCRIPTION: &'static str = Vacancies::DESCRIPTION;
}

impl VacancyClosings {
    /// The excerpt of a whole file, as it should read.
    pub fn of(vacancies: &Vacancies) -> Self {
        VacancyClosings {
            vacancies: vacancies
                .vacancies
                .iter()
                .map(|v| VacancyClosing {
                    id: v.id.clone(),
                    title: v.title.clone(),
                    role: v.role.clone(),
                    closing: v.closing.clone(),
                })
                .collect(),
        }
    }
}

/// `sites.json` as the quiz's results read it: each site's name, the roles a
/// source says work there, and whether it has closed, for where a role works.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SiteRoles {
    pub sites: Vec<SiteRole>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SiteRole {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub roles: Vec<String>,
    /// Present when the site is closed; what it says is not read here.
    #[serde(default)]
    pub closed: Option<serde::de::IgnoredAny>,
}

impl Named for SiteRoles {
    const FILE: &'static str = Sites::FILE;
    const DESCRIPTION: &'static str = Sites::DESCRIPTION;
}

impl SiteRoles {
    /// The open sites a source says `role` works at, in the file's order.
    pub fn of_role<'a>(&'a self, role: &'a str) -> impl Iterator<Item = &'a SiteRole> {
        self.sites
            .iter()
            .filter(move |s| s.closed.is_none() && s.roles.iter().any(|r| r == role))
    }

    /// The excerpt of a whole file, as it should read.
    pub fn of(sites: &Sites) -> Self {
        SiteRoles {
            sites: sites
                .sites
                .iter()
                .map(|s| SiteRole {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    roles: s.roles.clone(),
                    closed: s.closed.as_ref().map(|_| serde::de::IgnoredAny),
                })
                .collect(),
        }
    }
}
