use super::{content_type, ContentFile, Finding, Named, Paragraph, Problem, Problems, Source};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SiteKind {
    Prison,
    SecureHospital,
}

/// Prison security category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Category {
    A,
    B,
    C,
    D,
}

/// Who a site holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    Male,
    Female,
}

/// The level of healthcare at a site, as the job advert's table gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Healthcare {
    /// Healthcare staff on site day and night.
    #[serde(rename = "24-7")]
    TwentyFourSeven,
    Standard,
    InpatientUnit,
}

impl Healthcare {
    pub fn label(self) -> &'static str {
        match self {
            Healthcare::TwentyFourSeven => "24/7",
            Healthcare::Standard => "Standard",
            Healthcare::InpatientUnit => "Includes an inpatient unit",
        }
    }
}

content_type! {
    /// An area where the trust holds a healthcare contract.
    pub struct Region {
        pub id: String,
        pub name: String,
        pub contract: Vec<Paragraph>,
    }
}

content_type! {
    /// The number of people a site holds, as a source gives it.
    pub struct Population {
        pub count: u32,
        /// Set when the count covers more than this site.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub shared_with: Option<String>,
        pub source: Source,
    }
}

content_type! {
    pub struct SiteRecord {
        pub id: String,
        pub name: String,
        pub kind: SiteKind,
        pub region: String,
        /// The estate (Kent) or contract cluster (South West) the site belongs to.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub estate: Option<String>,
        pub town: String,
        /// The county, as a person would look for it ("Devon"), from the
        /// address's source or the site's own.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub county: Option<String>,
        /// The address, as exactly as a source gives it (a street and postcode
        /// where one does, otherwise the village or town), with that source.
        /// Every open site has one (see `problems`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub address: Option<Paragraph>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub category: Option<Category>,
        /// Said with the category: "remand", "open".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub category_note: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub population: Option<Population>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub sex: Option<Sex>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub healthcare: Option<Healthcare>,
        /// What healthcare the trust provides here, in words, with its source:
        /// the healthcare line where no advert gives the level of cover.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub services: Option<Paragraph>,
        /// Present when the site is closed: why, with its source. A closed site is
        /// never offered as a place to work.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub closed: Option<Paragraph>,
        /// Approximate (within about 1 km).
        pub latitude: f64,
        pub longitude: f64,
        #[serde(default)]
        pub notes: Vec<Paragraph>,
        /// Roles a source says work here.
        #[serde(default)]
        pub roles: Vec<String>,
        pub source: Vec<Source>,
    }
}

impl SiteRecord {
    pub fn is_closed(&self) -> bool {
        self.closed.is_some()
    }
}

/// Whether `text` says, in the present tense, that someone works or provides
/// a service somewhere: "Oxleas provides", "the team runs".
pub fn speaks_of_work_in_the_present(text: &str) -> bool {
    const PRESENT: [&str; 9] = [
        "provides", "runs", "offers", "employs", "works", "delivers", "operates", "serves",
        "staffs",
    ];
    text.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        PRESENT.contains(&w.as_str())
    })
}

content_type! {
    /// A town people may measure distances from, where no site is: the sites'
    /// own towns are offered already (at their sites' coordinates), so these
    /// are the other towns people in a region search from.
    pub struct Town {
        pub name: String,
        pub region: String,
        /// The town's centre, approximately, as the source gives it.
        pub latitude: f64,
        pub longitude: f64,
        pub source: Source,
    }
}

content_type! {
    /// `sites.json`: the prisons and the secure hospital where the trust works.
    pub struct Sites {
        #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
        pub schema: Option<String>,
        /// The sites page's opening sentence: where the trust works.
        pub introduction: Paragraph,
        pub regions: Vec<Region>,
        pub sites: Vec<SiteRecord>,
        /// More towns to measure from than the sites' own.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        pub towns: Vec<Town>,
    }
}

impl Sites {
    pub fn get(&self, id: &str) -> Option<&SiteRecord> {
        self.sites.iter().find(|s| s.id == id)
    }
}

impl ContentFile for Sites {
    fn problems(&self) -> Vec<Finding> {
        let mut p = Problems::new(Self::FILE);
        p.paragraph("introduction", &self.introduction);
        p.ids("regions", self.regions.iter().map(|r| r.id.as_str()));
        for r in &self.regions {
            p.text(&format!("regions[{}].name", r.id), &r.name);
            p.paragraphs(&format!("regions[{}].contract", r.id), &r.contract);
        }
        if self.sites.is_empty() {
            p.push("sites", Problem::NoEntries);
        }
        p.ids("sites", self.sites.iter().map(|s| s.id.as_str()));
        for s in &self.sites {
            let at = format!("sites[{}]", s.id);
            p.text(&format!("{at}.name"), &s.name);
            if let Some(estate) = &s.estate {
                p.text(&format!("{at}.estate"), estate);
            }
            p.text(&format!("{at}.town"), &s.town);
            if let Some(county) = &s.county {
                p.text(&format!("{at}.county"), county);
            }
            if let Some(address) = &s.address {
                p.paragraph(&format!("{at}.address"), address);
            }
            if let Some(services) = &s.services {
                p.paragraph(&format!("{at}.services"), services);
            }
            // A page a person may apply from must say where the site is and
            // what healthcare it has: a blank there reads as a hole.
            if !s.is_closed() {
                if s.address.is_none() {
                    p.push(&format!("{at}.address"), Problem::OpenSiteWithoutAddress);
                }
                if s.healthcare.is_none() && s.services.is_none() {
                    p.push(&at, Problem::OpenSiteWithoutHealthcare);
                }
            }
            self.region_named(&mut p, &format!("{at}.region"), &s.region);
            in_england_or_wales(&mut p, &at, s.latitude, s.longitude);
            if let Some(pop) = &s.population {
                p.source(&format!("{at}.population.source"), &pop.source);
                if let Some(other) = &pop.shared_with {
                    if self.get(other).is_none() {
                        p.push(
                            &format!("{at}.population.shared_with"),
                            Problem::NoSuch {
                                kind: "site",
                                id: other.clone(),
                            },
                        );
                    }
                }
            }
            if let Some(closed) = &s.closed {
                p.paragraph(&format!("{at}.closed"), closed);
                if !s.roles.is_empty() {
                    p.push(&format!("{at}.roles"), Problem::ClosedSiteWithRoles);
                }
                // What the trust does at a closed site is history: "provides"
                // would tell a reader there is work there now.
                let told = s.services.iter().map(|t| (format!("{at}.services"), t));
                let noted = s
                    .notes
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (format!("{at}.notes[{i}]"), n));
                for (place, paragraph) in told.chain(noted) {
                    if speaks_of_work_in_the_present(&paragraph.text) {
                        let text = paragraph.text.clone();
                        p.push(&place, Problem::ClosedSiteInThePresent { text });
                    }
                }
            }
            if s.kind == SiteKind::Prison && s.category.is_none() {
                p.push(&format!("{at}.category"), Problem::PrisonWithoutCategory);
            }
            for (i, n) in s.notes.iter().enumerate() {
                p.paragraph(&format!("{at}.notes[{i}]"), n);
            }
            p.sources(&format!("{at}.source"), &s.source);
        }
        let mut named: Vec<&str> = Vec::new();
        for (i, t) in self.towns.iter().enumerate() {
            let at = format!("towns[{i}]");
            p.text(&format!("{at}.name"), &t.name);
            // By the name the page offers (`domain::places::towns` trims it).
            if named.contains(&t.name.trim()) {
                let name = t.name.clone();
                p.push(&format!("{at}.name"), Problem::TownListedTwice { name });
            }
            named.push(t.name.trim());
            self.region_named(&mut p, &format!("{at}.region"), &t.region);
            in_england_or_wales(&mut p, &at, t.latitude, t.longitude);
            p.source(&format!("{at}.source"), &t.source);
        }
        p.done()
    }
}

impl Sites {
    fn region_named(&self, p: &mut Problems, at: &str, region: &str) {
        if !self.regions.iter().any(|r| r.id == region) {
            p.push(
                at,
                Problem::NoSuch {
                    kind: "region",
                    id: region.to_owned(),
                },
            );
        }
    }
}

/// England and Wales, roughly: catches swapped or mistyped coordinates.
fn in_england_or_wales(p: &mut Problems, at: &str, latitude: f64, longitude: f64) {
    if !(49.8..=56.0).contains(&latitude) || !(-6.5..=2.0).contains(&longitude) {
        p.push(
            at,
            Problem::NotInEnglandOrWales {
                latitude,
                longitude,
            },
        );
    }
}
