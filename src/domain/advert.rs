//! Reading a job advert from NHS Jobs as a person copies it (select the page's
//! text, copy), into what the advert states, part by part and as written.
//! Pure: the editors' check makes a vacancy record of it. What the text does
//! not hold is left empty, never guessed.

use crate::content::{Band, Contact, Specification};

pub mod record;

/// A field of an advert's "Job summary", by the label NHS Jobs gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SummaryField {
    MainArea,
    Grade,
    Contract,
    Hours,
    JobRef,
    Employer,
    EmployerType,
    Site,
    Town,
    Salary,
    SalaryPeriod,
    Closing,
}

impl SummaryField {
    pub const ALL: [SummaryField; 12] = [
        SummaryField::MainArea,
        SummaryField::Grade,
        SummaryField::Contract,
        SummaryField::Hours,
        SummaryField::JobRef,
        SummaryField::Employer,
        SummaryField::EmployerType,
        SummaryField::Site,
        SummaryField::Town,
        SummaryField::Salary,
        SummaryField::SalaryPeriod,
        SummaryField::Closing,
    ];

    /// The label on the advert.
    pub fn label(self) -> &'static str {
        match self {
            SummaryField::MainArea => "Main area",
            SummaryField::Grade => "Grade",
            SummaryField::Contract => "Contract",
            SummaryField::Hours => "Hours",
            SummaryField::JobRef => "Job ref",
            SummaryField::Employer => "Employer",
            SummaryField::EmployerType => "Employer type",
            SummaryField::Site => "Site",
            SummaryField::Town => "Town",
            SummaryField::Salary => "Salary",
            SummaryField::SalaryPeriod => "Salary period",
            SummaryField::Closing => "Closing",
        }
    }
}

/// The parts of an advert's page, by their headings, in the order NHS Jobs
/// shows them. A part runs to the next heading of any of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    JobSummary,
    EmployerHeading,
    JobOverview,
    MainDuties,
    WorkingForUs,
    JobDescription,
    PersonSpecification,
    Badges,
    ApplicantRequirements,
    Documents,
    Apply,
    Contact,
}

impl Part {
    pub const ALL: [Part; 12] = [
        Part::JobSummary,
        Part::EmployerHeading,
        Part::JobOverview,
        Part::MainDuties,
        Part::WorkingForUs,
        Part::JobDescription,
        Part::PersonSpecification,
        Part::Badges,
        Part::ApplicantRequirements,
        Part::Documents,
        Part::Apply,
        Part::Contact,
    ];

    pub fn heading(self) -> &'static str {
        match self {
            Part::JobSummary => "Job summary",
            Part::EmployerHeading => "Employer heading",
            Part::JobOverview => "Job overview",
            Part::MainDuties => "Main duties of the job",
            Part::WorkingForUs => "Working for our organisation",
            Part::JobDescription => "Detailed job description and main responsibilities",
            Part::PersonSpecification => "Person specification",
            Part::Badges => "Employer certification / accreditation badges",
            Part::ApplicantRequirements => "Applicant requirements",
            Part::Documents => "Documents to download",
            Part::Apply => "Apply online now",
            Part::Contact => "Further details / informal visits contact",
        }
    }

    fn of(line: &str) -> Option<Part> {
        Part::ALL
            .into_iter()
            .find(|p| p.heading().eq_ignore_ascii_case(line))
    }
}

/// What an advert's text states, as written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Advert {
    /// The job summary's values, in the order of `SummaryField::ALL`.
    summary: [Option<String>; 12],
    /// The job's title, under the employer's heading.
    pub title: Option<String>,
    pub overview: Vec<String>,
    pub main_duties: Vec<String>,
    pub working_for_us: Vec<String>,
    /// The detailed job description, one line a paragraph.
    pub job_description: Vec<String>,
    pub person_specification: Vec<Specification>,
    pub applicant_requirements: Vec<String>,
    pub contact: Option<Contact>,
    /// The parts whose headings the text holds.
    pub parts: Vec<Part>,
}

impl Advert {
    /// A job summary value, as written.
    pub fn get(&self, field: SummaryField) -> Option<&str> {
        let i = SummaryField::ALL.iter().position(|f| *f == field)?;
        self.summary[i].as_deref()
    }

    /// The parts of an advert the text does not hold.
    pub fn parts_missing(&self) -> Vec<Part> {
        [
            Part::JobOverview,
            Part::MainDuties,
            Part::JobDescription,
            Part::PersonSpecification,
            Part::ApplicantRequirements,
            Part::Contact,
        ]
        .into_iter()
        .filter(|p| !self.parts.contains(p))
        .collect()
    }

    /// The job summary fields the text does not hold.
    pub fn fields_missing(&self) -> Vec<SummaryField> {
        SummaryField::ALL
            .into_iter()
            .filter(|f| self.get(*f).is_none())
            .collect()
    }
}

/// Why a text is not read as an advert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotAnAdvert {
    Empty,
    /// Longer than any advert's page: [`MOST_ADVERT_CHARS`].
    TooLong,
    /// No "Job summary" with at least a job reference and a closing date.
    NoJobSummary,
}

impl NotAnAdvert {
    pub fn message(self) -> &'static str {
        match self {
            NotAnAdvert::Empty => "There is no text to read. Paste the advert's text: on its page on NHS Jobs, select all the text and copy it.",
            NotAnAdvert::TooLong => "This text is longer than any advert's page (more than 200,000 characters), so it was not read. Copy only the advert's page on NHS Jobs, from its job summary to its contact details.",
            NotAnAdvert::NoJobSummary => "This does not look like an NHS Jobs advert: it has no job summary with a job reference and a closing date. Copy all the text of the advert's page on NHS Jobs, from its job summary to its contact details.",
        }
    }
}

/// The text's lines, each trimmed, with runs of spaces made one and the
/// characters copying adds (no-break spaces, zero-width ones) made plain.
fn lines(text: &str) -> Vec<String> {
    text.split(['\n', '\r'])
        .map(|l| {
            l.replace(['\u{a0}', '\u{2007}', '\u{202f}', '\t'], " ")
                .replace(['\u{200b}', '\u{feff}'], "")
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// `value` after `label` on one line: "Job ref: 277-B6" or "Job ref 277-B6"
/// (a copied table), else `None`.
fn same_line<'a>(line: &'a str, label: &str) -> Option<&'a str> {
    let head = line.get(..label.len())?;
    if !head.eq_ignore_ascii_case(label) {
        return None;
    }
    let rest = &line[label.len()..];
    let value = rest.strip_prefix(':').unwrap_or(rest);
    (value.starts_with(' ') || rest.starts_with(':'))
        .then(|| value.trim())
        .filter(|v| !v.is_empty())
}

/// Label and value pairs: a line that is a label, and the next non-empty
/// line (unless it is a label too), or both on one line.
fn labelled<const N: usize>(lines: &[&str], labels: [&str; N]) -> [Option<String>; N] {
    let mut out: [Option<String>; N] = std::array::from_fn(|_| None);
    let is_label = |l: &str| labels.iter().any(|x| x.eq_ignore_ascii_case(l));
    for (i, line) in lines.iter().enumerate() {
        for (n, label) in labels.iter().enumerate() {
            if out[n].is_some() {
                continue;
            }
            if label.eq_ignore_ascii_case(line) {
                out[n] = lines[i + 1..]
                    .iter()
                    .find(|l| !l.is_empty())
                    .filter(|l| !is_label(l))
                    .map(|l| l.to_string());
            } else if let Some(value) = same_line(line, label).filter(|_| !is_label(line)) {
                // "Employer type NHS" is not "Employer" with "type NHS".
                let longer = labels
                    .iter()
                    .any(|other| other.len() > label.len() && same_line(line, other).is_some());
                if !longer {
                    out[n] = Some(value.to_owned());
                }
            }
        }
    }
    out
}

/// The longest text read as an advert. A whole advert's page on NHS Jobs,
/// with its person specification, is some 10,000-30,000 characters; text far
/// longer is something else pasted, and reading it would keep the editor
/// waiting.
pub const MOST_ADVERT_CHARS: usize = 200_000;

/// Reads an advert's copied text.
pub fn read(text: &str) -> Result<Advert, NotAnAdvert> {
    // Bytes first: no text of fewer bytes has more characters.
    if text.len() > MOST_ADVERT_CHARS && text.chars().count() > MOST_ADVERT_CHARS {
        return Err(NotAnAdvert::TooLong);
    }
    let all = lines(text);
    if all.iter().all(|l| l.is_empty()) {
        return Err(NotAnAdvert::Empty);
    }
    // Each part's lines, without its heading: the first heading of each kind.
    let mut starts: Vec<(Part, usize)> = Vec::new();
    for (i, line) in all.iter().enumerate() {
        if let Some(part) = Part::of(line) {
            if !starts.iter().any(|(p, _)| *p == part) {
                starts.push((part, i));
            }
        }
    }
    let heading_at = |i: usize| Part::of(&all[i]).is_some();
    let part = |p: Part| -> Vec<&str> {
        let Some((_, start)) = starts.iter().find(|(q, _)| *q == p) else {
            return Vec::new();
        };
        all[start + 1..]
            .iter()
            .enumerate()
            .take_while(|(j, _)| !heading_at(start + 1 + j))
            .map(|(_, l)| l.as_str())
            .collect()
    };
    let paragraphs = |p: Part| -> Vec<String> {
        part(p)
            .into_iter()
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    };

    let summary_lines = part(Part::JobSummary);
    let summary = labelled(&summary_lines, SummaryField::ALL.map(SummaryField::label));
    let mut advert = Advert {
        summary,
        ..Advert::default()
    };
    if advert.get(SummaryField::JobRef).is_none() || advert.get(SummaryField::Closing).is_none() {
        return Err(NotAnAdvert::NoJobSummary);
    }
    advert.parts = starts.iter().map(|(p, _)| *p).collect();
    advert.title = title(&part(Part::EmployerHeading), &advert);
    advert.overview = paragraphs(Part::JobOverview);
    advert.main_duties = paragraphs(Part::MainDuties);
    advert.working_for_us = paragraphs(Part::WorkingForUs);
    advert.job_description = paragraphs(Part::JobDescription);
    advert.person_specification = specification(&part(Part::PersonSpecification));
    advert.applicant_requirements = paragraphs(Part::ApplicantRequirements);
    let contact = part(Part::Contact);
    if !contact.is_empty() {
        let [name, job_title, email] = labelled(&contact, ["Name", "Job title", "Email address"]);
        if name.is_some() || job_title.is_some() {
            advert.contact = Some(Contact {
                name: name.unwrap_or_default(),
                job_title: job_title.unwrap_or_default(),
                // A page can hide an address from copying ("[email protected]").
                email: email.filter(|e| crate::content::is_email(e)),
            });
        }
    }
    Ok(advert)
}

/// The job's title under the employer's heading: not the employer's logo's
/// name, the employer, nor the grade repeated under it.
fn title(lines: &[&str], advert: &Advert) -> Option<String> {
    let employer = advert.get(SummaryField::Employer);
    let grade = advert.get(SummaryField::Grade);
    lines
        .iter()
        .filter(|l| !l.is_empty())
        .find(|l| {
            !l.to_lowercase().ends_with(" logo") && Some(**l) != employer && Some(**l) != grade
        })
        .map(|l| l.to_string())
}

/// A bulleted line's words, without the bullet.
fn bulleted(line: &str) -> Option<&str> {
    ['•', '·', '●', '▪', '-', '*']
        .into_iter()
        .find_map(|b| line.strip_prefix(b))
        .map(str::trim)
        .filter(|l| !l.is_empty())
}

/// The person specification: its headings, each with the criteria NHS Jobs
/// lists under "Essential criteria" and "Desirable criteria".
fn specification(lines: &[&str]) -> Vec<Specification> {
    #[derive(PartialEq)]
    enum Under {
        Heading,
        Essential,
        Desirable,
    }
    let mut out: Vec<Specification> = Vec::new();
    let mut under = Under::Heading;
    for line in lines.iter().filter(|l| !l.is_empty()) {
        if line.eq_ignore_ascii_case("Essential criteria") {
            under = Under::Essential;
        } else if line.eq_ignore_ascii_case("Desirable criteria") {
            under = Under::Desirable;
        } else if let (Some(item), Some(spec), false) =
            (bulleted(line), out.last_mut(), under == Under::Heading)
        {
            match under {
                Under::Desirable => spec.desirable.push(item.to_owned()),
                _ => spec.essential.push(item.to_owned()),
            }
        } else {
            // Any other line is the next heading: "Experience", "Skills".
            under = Under::Heading;
            out.push(Specification {
                heading: line.to_string(),
                essential: Vec::new(),
                desirable: Vec::new(),
            });
        }
    }
    out
}

/// The closing date and time as the advert writes it ("09/12/2025 23:59",
/// UK time), as the content writes it ("2025-12-09T23:59").
pub fn closing(value: &str) -> Option<String> {
    let (date, time) = value
        .trim()
        .split_once(' ')
        .unwrap_or((value.trim(), "23:59"));
    let mut parts = date.split('/');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let (d, m, y): (u32, u32, u32) = (d.parse().ok()?, m.parse().ok()?, y.parse().ok()?);
    let (h, min) = time.trim().split_once(':')?;
    let (h, min): (u32, u32) = (h.parse().ok()?, min.parse().ok()?);
    let iso = format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}");
    crate::content::is_iso_date_time(&iso).then_some(iso)
}

/// The band a grade names, however the advert writes it: "Band 6", "NHS
/// AfC: Band 6", "Agenda for Change band 8a", "Band 8A (AfC)". A grade that
/// names two bands ("Band 5/6", "Band 5 to 6", "Band 5 or Band 6") or a band
/// the site does not know names none: the record is never given a band the
/// advert does not state.
pub fn band(grade: &str) -> Option<Band> {
    let lower = grade.to_lowercase();
    let mut found = None;
    for (at, _) in lower.match_indices("band") {
        let after_word = &lower[at + "band".len()..];
        let a_word = !lower[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !after_word.chars().next().is_some_and(char::is_alphanumeric);
        let rest = after_word.trim_start_matches([' ', ':', '\u{a0}']);
        let code: String = rest
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        // "banding", "band of": not a band named.
        if !a_word || !code.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let band = Band::from_code(&code)?;
        let after = rest[code.len()..].trim_start();
        if after.starts_with(['/', '-', '\u{2013}', '&', '+'])
            || after.starts_with("to ")
            || after.starts_with("or ")
        {
            return None;
        }
        if found.is_some_and(|f| f != band) {
            return None;
        }
        found = Some(band);
    }
    found
}

/// Why an advert's web address is not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddressProblem {
    Missing,
    NotAWebAddress,
}

impl AddressProblem {
    pub fn message(self) -> &'static str {
        match self {
            AddressProblem::Missing => "Enter the advert's web address",
            AddressProblem::NotAWebAddress => "Enter the advert's web address as your browser's address bar shows it on the advert's page, starting https://",
        }
    }
}

/// The advert's web address, as the record's source: every record carries
/// one a reader can check, so it is asked for before the text is read.
pub fn address(raw: &str) -> Result<String, AddressProblem> {
    let address = raw.trim();
    if address.is_empty() {
        return Err(AddressProblem::Missing);
    }
    let host = address
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default())
        .unwrap_or_default();
    let plain = !address.chars().any(|c| c.is_whitespace() || c.is_control());
    if host.contains('.') && !host.starts_with('.') && plain {
        Ok(address.to_owned())
    } else {
        Err(AddressProblem::NotAWebAddress)
    }
}

/// How often a salary is paid, as the advert says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Per {
    Year,
    Hour,
}

/// A salary as the advert states it: an amount, or a range, in pounds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Salary {
    pub from: f64,
    /// The top of a range ("£31,049 to £37,796 a year").
    pub to: Option<f64>,
    /// When the line says ("a year", "per annum", "an hour"); else `None`.
    pub per: Option<Per>,
}

/// The amounts and period a salary line states: "£46,764 per annum
/// pro-rata inc. HCAS", "£31,049 to £37,796 a year", "£12.45 an hour".
pub fn salary(line: &str) -> Option<Salary> {
    let mut amounts = Vec::new();
    let mut rest = line;
    while let Some(at) = rest.find('£') {
        let after = &rest[at + '£'.len_utf8()..];
        let digits: String = after
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let number: String = digits.trim_end_matches(['.', ',']).replace(',', "");
        if let Ok(n) = number.parse::<f64>() {
            amounts.push(n);
        }
        rest = &after[digits.len()..];
    }
    let lower = line.to_lowercase();
    let says = |words: &[&str]| words.iter().any(|w| lower.contains(w));
    let per = if says(&["an hour", "per hour", "hourly", "p/h", "ph "]) {
        Some(Per::Hour)
    } else if says(&["a year", "per year", "per annum", "annum", "yearly", " pa"]) {
        Some(Per::Year)
    } else {
        None
    };
    Some(Salary {
        from: *amounts.first()?,
        to: amounts.get(1).copied(),
        per,
    })
}

/// The salary period field ("Yearly", "Hourly") as a period.
pub fn period(value: &str) -> Option<Per> {
    match value.trim().to_lowercase().as_str() {
        "yearly" | "annually" | "per annum" => Some(Per::Year),
        "hourly" | "per hour" => Some(Per::Hour),
        _ => None,
    }
}

/// "Flexible working - 37.5 hours per week (Up to 37.5hrs p/wk, ...)": the
/// hours, and the note in brackets after them.
pub fn hours(value: &str) -> (String, Option<String>) {
    let value = value.trim();
    if let Some(open) = value.find(" (") {
        if let Some(note) = value[open + 2..].strip_suffix(')') {
            return (
                value[..open].trim().to_owned(),
                Some(note.trim().to_owned()),
            );
        }
    }
    (value.to_owned(), None)
}

#[cfg(test)]
mod tests;
