use super::{content_type, Band, ContentFile, Finding, Named, Problem, Problems, Source};
use serde::{Deserialize, Serialize};

/// A professional register a role needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Registration {
    /// Nursing and Midwifery Council.
    Nmc,
    /// Health and Care Professions Council.
    Hcpc,
    /// Social Work England, the register for social workers.
    SocialWorkEngland,
}

impl Registration {
    pub fn label(self) -> &'static str {
        match self {
            Registration::Nmc => "Nursing and Midwifery Council (NMC)",
            Registration::Hcpc => "Health and Care Professions Council (HCPC)",
            Registration::SocialWorkEngland => "Social Work England",
        }
    }
}

/// How much of the working day is spent with patients.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PatientContact {
    MostOfTheDay,
    Some,
    Little,
}

content_type! {
    /// The band a role is usually paid at: "usually", never an offer.
    pub struct BandRange {
        pub from: Band,
        pub to: Band,
        pub source: Source,
    }
}

content_type! {
    /// Something a role needs. The quiz's answers name it by its id to say
    /// that a person who gives them has it (`quiz.json`'s `meets`).
    pub struct Criterion {
        /// Unique within the role.
        pub id: String,
        pub text: String,
        /// Where the criterion is set out: for a role taken from a job
        /// advert, the advert, whose person specification it follows. When
        /// not given, the role's sources stand for it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub source: Option<Source>,
    }
}

content_type! {
    /// Essential and desirable criteria, as an NHS person specification splits them.
    #[derive(Default)]
    pub struct Criteria {
        pub essential: Vec<Criterion>,
        #[serde(default)]
        pub desirable: Vec<String>,
    }
}

content_type! {
    pub struct Role {
        pub id: String,
        pub title: String,
        /// One line, for cards and lists.
        pub summary: String,
        pub clinical: bool,
        /// Registers any one of which the role needs; empty when none is needed.
        #[serde(default)]
        pub registration: Vec<Registration>,
        pub band: BandRange,
        pub patient_contact: PatientContact,
        pub what: Vec<String>,
        pub who: Vec<String>,
        #[serde(rename = "where")]
        pub where_: Vec<String>,
        pub skills: Vec<String>,
        pub values: Vec<String>,
        pub qualifications: Criteria,
        pub experience: Criteria,
        /// Skills and abilities an advert's person specification asks for
        /// (its "Skills" and "Effort and environment"); none when not given.
        #[serde(default, skip_serializing_if = "Criteria::is_empty")]
        pub abilities: Criteria,
        pub entry_routes: Vec<String>,
        /// Roles this one can lead to. What leads to a role is worked out from these.
        #[serde(default)]
        pub leads_to: Vec<String>,
        /// The kinds of place within a prison or secure hospital where it is done.
        pub settings: Vec<String>,
        pub source: Vec<Source>,
    }
}

impl Criteria {
    pub fn is_empty(&self) -> bool {
        self.essential.is_empty() && self.desirable.is_empty()
    }

    /// The essential criteria's words, in order.
    pub fn essential_texts(&self) -> Vec<String> {
        self.essential.iter().map(|e| e.text.clone()).collect()
    }
}

impl Role {
    pub fn needs_registration(&self) -> bool {
        !self.registration.is_empty()
    }

    /// Everything the role needs: its essential qualifications, experience,
    /// then skills and abilities.
    pub fn essentials(&self) -> impl Iterator<Item = &Criterion> {
        self.qualifications
            .essential
            .iter()
            .chain(&self.experience.essential)
            .chain(&self.abilities.essential)
    }
}

content_type! {
    /// `roles.json`: every role profile.
    pub struct Roles {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        pub roles: Vec<Role>,
    }
}

impl Roles {
    pub fn get(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }

    /// The roles that lead to `id`, in file order.
    pub fn leads_from(&self, id: &str) -> Vec<&Role> {
        self.roles
            .iter()
            .filter(|r| r.leads_to.iter().any(|t| t == id))
            .collect()
    }
}

impl Role {
    /// Every sentence the role's page shows, for finding words to explain.
    pub fn texts(&self) -> Vec<&str> {
        let lists = [
            &self.what,
            &self.who,
            &self.where_,
            &self.skills,
            &self.values,
            &self.entry_routes,
        ];
        let criteria = [&self.qualifications, &self.experience, &self.abilities];
        std::iter::once(self.summary.as_str())
            .chain(lists.into_iter().flatten().map(String::as_str))
            .chain(criteria.into_iter().flat_map(|c| {
                c.essential
                    .iter()
                    .map(|e| e.text.as_str())
                    .chain(c.desirable.iter().map(String::as_str))
            }))
            .collect()
    }
}

impl Roles {
    /// Whether following `leads_to` can come back to where it started, so the
    /// pathways could not be drawn top to bottom. Removes roles nothing leads
    /// to until none are left, or only a circle is. A role leading to itself
    /// is reported on its own, so it is not counted here.
    pub fn lead_round_in_a_circle(&self) -> bool {
        use std::collections::{BTreeMap, BTreeSet};
        // Each role once, each link once, links to unknown roles left out.
        let mut next: BTreeMap<&str, BTreeSet<&str>> = self
            .roles
            .iter()
            .map(|r| (r.id.as_str(), BTreeSet::new()))
            .collect();
        for r in &self.roles {
            for t in &r.leads_to {
                if *t != r.id && next.contains_key(t.as_str()) {
                    next.entry(r.id.as_str()).or_default().insert(t.as_str());
                }
            }
        }
        let mut into: BTreeMap<&str, usize> = next.keys().map(|id| (*id, 0)).collect();
        for t in next.values().flatten() {
            *into.entry(t).or_default() += 1;
        }
        let mut free: Vec<&str> = into
            .iter()
            .filter(|(_, n)| **n == 0)
            .map(|(id, _)| *id)
            .collect();
        let mut removed = 0;
        while let Some(id) = free.pop() {
            removed += 1;
            for t in &next[id] {
                let n = into.get_mut(t).expect("every target is a role");
                *n -= 1;
                if *n == 0 {
                    free.push(t);
                }
            }
        }
        removed < next.len()
    }
}

impl ContentFile for Roles {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        if self.roles.is_empty() {
            p.push("roles", Problem::NoEntries);
        }
        p.ids("roles", self.roles.iter().map(|r| r.id.as_str()));
        for r in &self.roles {
            let at = format!("roles[{}]", r.id);
            p.text(&format!("{at}.title"), &r.title);
            p.text(&format!("{at}.summary"), &r.summary);
            if r.band.from > r.band.to {
                p.push(&format!("{at}.band"), Problem::BandFromAboveTo);
            }
            p.source(&format!("{at}.band.source"), &r.band.source);
            for (field, list) in [
                ("what", &r.what),
                ("who", &r.who),
                ("where", &r.where_),
                ("skills", &r.skills),
                ("values", &r.values),
                ("entry_routes", &r.entry_routes),
                ("settings", &r.settings),
            ] {
                p.texts(&format!("{at}.{field}"), list);
            }
            // A role may need no qualification or experience, but an entry is never blank.
            for (field, list) in [
                ("qualifications.desirable", &r.qualifications.desirable),
                ("experience.desirable", &r.experience.desirable),
                ("abilities.desirable", &r.abilities.desirable),
            ] {
                for (i, v) in list.iter().enumerate() {
                    p.text(&format!("{at}.{field}[{i}]"), v);
                }
            }
            p.ids(
                &format!("{at}.essential"),
                r.essentials().map(|e| e.id.as_str()),
            );
            for e in r.essentials() {
                p.text(&format!("{at}.essential[{}].text", e.id), &e.text);
                if let Some(source) = &e.source {
                    p.source(&format!("{at}.essential[{}].source", e.id), source);
                }
            }
            p.sources(&format!("{at}.source"), &r.source);
            for target in &r.leads_to {
                if target == &r.id {
                    p.push(&format!("{at}.leads_to"), Problem::LeadsToItself);
                } else if self.get(target).is_none() {
                    p.push(
                        &format!("{at}.leads_to"),
                        Problem::NoSuch {
                            kind: "role",
                            id: target.clone(),
                        },
                    );
                }
            }
        }
        if self.lead_round_in_a_circle() {
            p.push("roles.leads_to", Problem::LeadsRoundInACircle);
        }
        p.done()
    }
}
