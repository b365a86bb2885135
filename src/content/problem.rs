//! What the content checks find, as data: each kind of problem owns its
//! words and its advice, so the editors' check shows them and tests match
//! the kind, never the wording.

/// Every kind of problem the checks find, with what the editor needs to see.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    // ---- Files ----
    /// A file the site needs is not there.
    FileMissing,
    /// A file given to the check that the site does not use.
    NotAContentFile,
    /// A chosen file far larger than any content file, so not read.
    TooLarge {
        bytes: u64,
    },
    /// The JSON itself is broken: serde_json's words.
    Unreadable {
        said: String,
    },
    MissingField {
        field: String,
        said: String,
    },
    UnknownField {
        said: String,
    },
    UnknownValue {
        said: String,
    },
    WrongType {
        said: String,
    },

    // ---- Any field ----
    Empty,
    NoEntries,
    NotOneLine {
        value: String,
    },
    /// A character that shows nothing but can reorder or disguise a name
    /// (a bidirectional control, a zero-width space), as `U+XXXX`.
    HiddenCharacter {
        value: String,
        code: String,
    },
    OnlyOurNotes {
        value: String,
    },
    NotASource {
        value: String,
    },
    NotASlug {
        id: String,
    },
    UsedTwice {
        id: String,
    },
    /// A reference to a record that does not exist: "no role has id …".
    NoSuch {
        kind: &'static str,
        id: String,
    },
    NotHttps {
        value: String,
    },
    NotAnEmail {
        value: String,
    },
    NotAHostName {
        value: String,
    },
    NotASeedFileName {
        value: String,
    },
    /// Dates and times: `example` is how one is written.
    NotADate {
        value: String,
        example: &'static str,
    },
    NotATime {
        value: String,
    },
    /// A period's end before its start: `other` is the start's field.
    Before {
        other: &'static str,
    },

    // ---- Within one file ----
    NotAfterTheStepBefore {
        time: String,
    },
    NeitherTimeNorWhen,
    PostedAfterClosing {
        posted: String,
    },
    BandFromAboveTo,
    NotAWorkingWeek {
        hours: f64,
    },
    NotInRisingOrder,
    BandsOutOfOrder,
    NotAPercentage {
        percent: u32,
    },
    MinimumAboveMaximum,
    NotAnArea,
    MapSize {
        most: f64,
    },
    NotLongitudesAndLatitudes,
    NotPathData,
    TooFewAnswers,
    LinkCannotTellApart {
        what: &'static str,
        other: String,
    },
    WeightOutOfRange {
        weight: i32,
        limit: i32,
    },
    LeadsToItself,
    LeadsRoundInACircle,
    OpenSiteWithoutAddress,
    OpenSiteWithoutHealthcare,
    NotInEnglandOrWales {
        latitude: f64,
        longitude: f64,
    },
    ClosedSiteWithRoles,
    /// A town given twice in `sites.json`'s towns.
    TownListedTwice {
        name: String,
    },
    ClosedSiteInThePresent {
        text: String,
    },
    PrisonWithoutCategory,

    // ---- Between files ----
    EssentialsAgainstAdvert {
        citing: usize,
        source: String,
        vacancy: String,
        listed: usize,
    },
    OffenderForAPerson {
        text: String,
    },
    AbbreviationNotExplained {
        abbreviation: String,
    },
    QuotedAbbreviationNotInGlossary {
        abbreviation: String,
    },
    AdvertInThePresent {
        text: String,
    },
    NoPayForBand {
        band: String,
    },
    OutsideTheMap,
    ClosedSiteOffered {
        site: String,
    },
    ApplyHostNotListed {
        url: String,
    },
    NoAnswerCountsTowards {
        role: String,
    },
    NoSuchEssential {
        role: String,
        id: String,
    },
    UnlistedDocument {
        name: String,
    },
    LongSentence {
        words: usize,
        sentence: String,
    },
}

impl Problem {
    /// What is wrong, in words that follow the place.
    pub fn message(&self) -> String {
        use Problem::*;
        match self {
            FileMissing => "the file is missing".into(),
            NotAContentFile => "is not one of the content files, so it was not checked".into(),
            TooLarge { bytes } => too_large_message(*bytes),
            // In the editor's words: serde's ("missing field `band`") name
            // the data format, not the file.
            MissingField { field, .. } => format!("has no \"{field}\", which every record of this kind needs"),
            Unreadable { said } => said.clone(),
            UnknownField { said } | UnknownValue { said } | WrongType { said } => plain_serde(said),
            Empty => "is empty".into(),
            NoEntries => "has no entries".into(),
            NotOneLine { value } => format!("{value:?} must be one line of at most 100 characters"),
            HiddenCharacter { value, code } => format!(
                "{value:?} has a character you cannot see ({code}), which can change the order or look of the words"
            ),
            OnlyOurNotes { value } => format!(
                "cites only our own notes ({value:?}), which a reader cannot open"
            ),
            NotASource { value } => format!(
                "{value:?} is not a source a reader can check: give a web address, seed:<file>.txt or facts:<section>"
            ),
            NotASlug { id } => format!("id {id:?} is not a lower-case slug"),
            UsedTwice { id } => format!("{id:?} is used twice"),
            NoSuch { kind, id } => format!("no {kind} has id {id:?}"),
            NotHttps { value } => format!("{value:?} is not a web address starting https://"),
            NotAnEmail { value } => {
                format!("{value:?} is not an email address such as first.last@nhs.net")
            }
            NotAHostName { value } => format!(
                "{value:?} is not a host name such as www.jobs.nhs.uk (lower case, no https:// and no path)"
            ),
            NotASeedFileName { value } => format!("{value:?} is not a file name ending .txt"),
            NotADate { value, example } => format!("{value:?} is not {example}"),
            NotATime { value } => format!("{value:?} is not HH:MM"),
            Before { other } => format!("is before {other}"),
            NotAfterTheStepBefore { time } => format!("{time} is not after the step before"),
            NeitherTimeNorWhen => "has neither time nor when".into(),
            PostedAfterClosing { posted } => format!("{posted} is after its closing date"),
            BandFromAboveTo => "from is above to".into(),
            NotAWorkingWeek { hours } => format!("{hours} is not a working week"),
            NotInRisingOrder => "are not in rising order".into(),
            BandsOutOfOrder => "are not in order from lowest".into(),
            NotAPercentage { percent } => format!("{percent} is not a percentage"),
            MinimumAboveMaximum => "is more than its maximum".into(),
            NotAnArea => "west, east, south and north do not make an area".into(),
            MapSize { most } => format!("width and height must be from 1 to {most}"),
            NotLongitudesAndLatitudes => {
                "west and east must be longitudes, south and north latitudes".into()
            }
            NotPathData => "is not plain path data (M, L, Z and numbers)".into(),
            TooFewAnswers => "a question needs at least two answers".into(),
            LinkCannotTellApart { what, other } => format!(
                "a results link could not tell this {what} from {other:?}; change either id"
            ),
            WeightOutOfRange { weight, limit } => {
                format!("{weight} is outside -{limit} to {limit}")
            }
            LeadsToItself => "a role cannot lead to itself".into(),
            LeadsRoundInACircle => "the roles lead round in a circle".into(),
            OpenSiteWithoutAddress => "an open site needs an address (a street and postcode, or at least the village or town) with its source".into(),
            OpenSiteWithoutHealthcare => "an open site needs a healthcare line: the level of cover (healthcare) from an advert, or what the trust provides there (services) with its source".into(),
            NotInEnglandOrWales { latitude, longitude } => {
                format!("latitude {latitude}, longitude {longitude} is not in England or Wales")
            }
            ClosedSiteWithRoles => "a closed site is not offered as a place to work".into(),
            TownListedTwice { name } => format!("the town {name:?} is listed twice"),
            ClosedSiteInThePresent { text } => format!(
                "says what the trust does here in the present tense, but the site is closed: {text:?}"
            ),
            PrisonWithoutCategory => "every prison has a category".into(),
            EssentialsAgainstAdvert { citing, source, vacancy, listed } => format!(
                "{citing} essential criteria cite {source}, but its person specification (vacancies.json: vacancies[{vacancy}]) lists {listed}"
            ),
            OffenderForAPerson { text } => format!(
                "say \"people in prison\" rather than \"offender\" in the site's own words (quotes stay as written): {text:?}"
            ),
            AbbreviationNotExplained { abbreviation } => format!("{abbreviation:?} is not explained"),
            QuotedAbbreviationNotInGlossary { abbreviation } => {
                format!("{abbreviation:?} is quoted as written but glossary.json does not explain it")
            }
            AdvertInThePresent { text } => format!(
                "speaks of an advert in the present tense, but adverts close: say what it offered or asked, in the past tense: {text:?}"
            ),
            NoPayForBand { band } => format!("pay.json has no {band}"),
            OutsideTheMap => "is outside the area map.json draws".into(),
            ClosedSiteOffered { site } => {
                format!("{site:?} is closed and is not offered as a place to work")
            }
            ApplyHostNotListed { url } => {
                format!("{url:?} is not on a host site.json lists in apply_hosts")
            }
            NoAnswerCountsTowards { role } => format!("no answer counts towards role {role:?}"),
            NoSuchEssential { role, id } => format!(
                "role {role:?} has no essential qualification or experience with id {id:?}"
            ),
            UnlistedDocument { name } => {
                format!("names seed:{name}, which site.json's documents do not list")
            }
            LongSentence { words, sentence } => {
                format!("has a sentence of {words} words, too long to follow: {sentence:?}")
            }
        }
    }

    /// What to do about it, in plain words.
    pub fn advice(&self) -> &'static str {
        use Problem::*;
        const DATES: &str = "Write dates as YYYY-MM-DD (for example 2026-04-01), times as HH:MM in UK time, and keep each period's start before its end.";
        const REFERENCE: &str = "Use the id of a record that exists (ids are the \"id\" fields), or add that record first.";
        const COORDINATES: &str =
            "Check the latitude and longitude: copy them from a map, latitude first.";
        const HTTPS: &str = "Give the full web address, starting https://.";
        match self {
            FileMissing => "Put the file back: the site needs it. Copy it from the last version that worked.",
            NotAContentFile => "Name the file as the site does (the list is on this page), or leave it out.",
            TooLarge { .. } => TOO_LARGE_ADVICE,
            Unreadable { .. } => "Check the punctuation at that line: every name and piece of text in double quotes, a comma between entries but not after the last, and every bracket closed.",
            MissingField { .. } => "Add this field: every record of this kind needs it. The schema named in the file's \"$schema\" lists the fields.",
            UnknownField { .. } => "Check the field's spelling, or remove it: the site does not use a field of that name.",
            UnknownValue { .. } => "Use one of the values the message lists.",
            WrongType { .. } => "Give the kind of value the message says it expects: words in double quotes, a number without quotes, or a list in square brackets.",
            Empty => "Write the words here, or remove the record if the site should not show it.",
            NoEntries => "Add at least one entry.",
            NotOneLine { .. } => "Keep it to one line of at most 100 characters.",
            HiddenCharacter { .. } => "Delete the words and type them again: the hidden character most likely came with text you pasted.",
            OnlyOurNotes { .. } => "Cite the page the note came from: its web address, or a seed document (seed:<file>.txt). The note may stay beside it.",
            NotASource { .. } => "Give the web address of a page that says this, a seed document listed in site.json (seed:<file>.txt), or a heading in the facts file (facts:<heading>).",
            NotASlug { .. } => "Use only lower-case letters, numbers and single hyphens, for example hmp-new-prison. Ids are in web addresses, so change one only with care.",
            UsedTwice { .. } => "Give each record its own id, or remove the copy.",
            NoSuch { .. } | NoSuchEssential { .. } => REFERENCE,
            NotHttps { .. } => HTTPS,
            NotAnEmail { .. } => "Give one email address, such as first.last@nhs.net, with nothing after it.",
            NotAHostName { .. } => "Give only the host name, such as www.jobs.nhs.uk: lower case, without https:// or a path.",
            NotASeedFileName { .. } => "Give the seed document's file name, such as 003_d5c3b712e177ca41.txt.",
            NotADate { .. } | NotATime { .. } | Before { .. } | PostedAfterClosing { .. } => DATES,
            NotAfterTheStepBefore { .. } => "Put the steps in the order of the day, each later than the one before.",
            NeitherTimeNorWhen => "Give the step a time (HH:MM) or say when it happens (when).",
            BandFromAboveTo | BandsOutOfOrder => "List bands from the lowest: Band 2 before Band 3, and a role's \"from\" no higher than its \"to\".",
            NotAWorkingWeek { .. } => "Give the full-time hours of a week, such as 37.5.",
            NotInRisingOrder => "List the pay points from the lowest to the highest, each once.",
            NotAPercentage { .. } => "Give a whole number from 1 to 100.",
            MinimumAboveMaximum => "Give a minimum no higher than the maximum.",
            NotAnArea | MapSize { .. } | NotLongitudesAndLatitudes | NotPathData => "Make the map again with tools/make-map.mjs rather than editing it by hand.",
            TooFewAnswers => "Give the question at least two answers.",
            LinkCannotTellApart { .. } => "Change either id: links to results are made from them.",
            WeightOutOfRange { .. } => "Keep weights within the range the message gives.",
            LeadsToItself | LeadsRoundInACircle => "Make each role lead only to roles further on, so a pathway has an end.",
            OpenSiteWithoutAddress => "Add the site's address with the page it comes from (a street and postcode, or at least the village or town).",
            OpenSiteWithoutHealthcare => "Add the level of healthcare cover from an advert (healthcare), or what the trust provides there (services), with its source.",
            NotInEnglandOrWales { .. } | OutsideTheMap => COORDINATES,
            ClosedSiteWithRoles | ClosedSiteOffered { .. } => "Remove the closed site from this list, or reopen it in sites.json.",
            TownListedTwice { .. } => "Keep one record for each town, and remove the copy.",
            ClosedSiteInThePresent { .. } => "Say what the trust did here, in the past tense, or leave it out.",
            PrisonWithoutCategory => "Give the prison's category, as GOV.UK's page about the prison says.",
            EssentialsAgainstAdvert { .. } => "Give the role one essential criterion for each the advert's person specification lists, each citing the advert.",
            OffenderForAPerson { .. } => "Say \"people in prison\" or \"patients\" in the site's own words.",
            AbbreviationNotExplained { .. } => "Add it to glossary.json, or spell it out where it is first used, as \"ABC (what it stands for)\".",
            QuotedAbbreviationNotInGlossary { .. } => "Add it to glossary.json: a quote stays as written, and its page explains the glossary's words beside it.",
            AdvertInThePresent { .. } => "Say what the advert offered or asked, in the past tense.",
            NoPayForBand { .. } => "Add that band to pay.json, or correct the band.",
            ApplyHostNotListed { .. } => "Link to the advert on a site the trust lists in site.json's apply_hosts, or add that host there.",
            NoAnswerCountsTowards { .. } => "Give the role a weight above 0 in at least one quiz answer, or the quiz can never suggest it.",
            UnlistedDocument { .. } => "Add the document to site.json's documents with its title, or correct the name.",
            LongSentence { .. } => "Split it into shorter sentences: plain English keeps each to about 25 words.",
        }
    }

    /// A problem serde_json found reading a file, by its kind. serde_json
    /// says what is missing or unknown only in words, so they are read here.
    pub fn from_serde(error: &serde_json::Error) -> Self {
        let said = error.to_string();
        let quoted = |prefix: &str| {
            said.strip_prefix(prefix)
                .and_then(|rest| rest.split('`').next())
                .map(str::to_owned)
        };
        if error.classify() != serde_json::error::Category::Data {
            Problem::Unreadable { said }
        } else if let Some(field) = quoted("missing field `") {
            Problem::MissingField { field, said }
        } else if said.starts_with("unknown field") {
            Problem::UnknownField { said }
        } else if said.starts_with("unknown variant") {
            Problem::UnknownValue { said }
        } else {
            Problem::WrongType { said }
        }
    }
}

/// serde's message about a value ("unknown field `titel`, expected one of
/// `id`, `title`", "invalid type: integer `3`, expected a string") in the
/// editor's words: the data format's words name Rust's types and its
/// backticks. A message of another form is kept as serde said it, without
/// the line and column, which the finding gives on their own.
pub(crate) fn plain_serde(said: &str) -> String {
    let said = without_position(said);
    let plain = if let Some(rest) = said.strip_prefix("unknown field ") {
        let (name, expected) = split_expected(rest);
        Some(match expected.map(|e| listed(&ticked(e), "and")) {
            Some(fields) if !fields.is_empty() => format!(
                "has \"{name}\", which is not a field of this kind of record: its fields are {fields}"
            ),
            _ => format!("has \"{name}\", which is not a field of this kind of record"),
        })
    } else if let Some(rest) = said.strip_prefix("unknown variant ") {
        let (name, expected) = split_expected(rest);
        let values = expected
            .map(|e| listed(&ticked(e), "or"))
            .unwrap_or_default();
        Some(if values.is_empty() {
            format!("\"{name}\" is not one of the values this field can have")
        } else {
            format!("\"{name}\" is not one of the values this field can have: {values}")
        })
    } else if let Some(rest) = said
        .strip_prefix("invalid type: ")
        .or_else(|| said.strip_prefix("invalid value: "))
    {
        rest.split_once(", expected ")
            .and_then(|(found, expected)| {
                Some(format!(
                    "is {} where it should be {}",
                    found_words(found)?,
                    expected_words(expected)?
                ))
            })
    } else if said.starts_with("invalid length ") && said.contains(", expected struct ") {
        // serde reads a record from a list of its values in order, and
        // says only that the list is too short.
        Some(
            "is a list in square brackets where it should be a record in curly brackets".to_owned(),
        )
    } else {
        None
    };
    plain.unwrap_or_else(|| said.to_owned())
}

/// serde_json ends its messages with " at line L column C".
fn without_position(said: &str) -> &str {
    match said.rfind(" at line ") {
        Some(at)
            if said[at + 9..].split_once(" column ").is_some_and(|(l, c)| {
                !l.is_empty()
                    && !c.is_empty()
                    && (l.bytes().chain(c.bytes())).all(|b| b.is_ascii_digit())
            }) =>
        {
            &said[..at]
        }
        _ => said,
    }
}

/// "`titel`, expected one of `id`, `title`" as ("titel", the list).
fn split_expected(rest: &str) -> (&str, Option<&str>) {
    let name = rest
        .strip_prefix('`')
        .and_then(|r| r.split('`').next())
        .unwrap_or(rest);
    let expected = rest
        .split_once(", expected one of ")
        .or_else(|| rest.split_once(", expected "))
        .map(|(_, e)| e);
    (name, expected)
}

/// The names in backticks in serde's list ("`id`, `title`").
fn ticked(list: &str) -> Vec<&str> {
    list.split('`').skip(1).step_by(2).collect()
}

/// "\"a\", \"b\" and \"c\"" (or "or").
fn listed(names: &[&str], last: &str) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((only, [])) => only.clone(),
        Some((end, rest)) => format!("{} {last} {end}", rest.join(", ")),
    }
}

/// What serde found, as an editor sees it in the file.
fn found_words(found: &str) -> Option<String> {
    let value = || found.split('`').nth(1);
    Some(
        if found.starts_with("integer `") || found.starts_with("floating point `") {
            format!("a number ({})", value()?)
        } else if let Some(text) = found.strip_prefix("string ") {
            format!("words in quotes ({text})")
        } else if found.starts_with("boolean `") {
            format!("{} without quotes", value()?)
        } else {
            match found {
                "sequence" => "a list in square brackets".to_owned(),
                "map" => "a record in curly brackets".to_owned(),
                "null" | "unit value" => "null".to_owned(),
                _ => return None,
            }
        },
    )
}

/// What serde expected, as an editor would write it.
fn expected_words(expected: &str) -> Option<&'static str> {
    Some(match expected {
        "a string" | "a borrowed string" | "a character" | "a char" => "words in double quotes",
        "a sequence" | "a tuple" => "a list in square brackets",
        "a map" => "a record in curly brackets",
        "a boolean" => "true or false, without quotes",
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number, 0 or more, without quotes",
        "i8" | "i16" | "i32" | "i64" | "isize" | "an integer" => "a whole number, without quotes",
        "f32" | "f64" | "a number" => "a number, without quotes",
        _ if expected.starts_with("struct ") => "a record in curly brackets",
        _ => return None,
    })
}

/// [`Problem::TooLarge`]'s words, on their own: the check's page says them
/// without linking every problem's words (`content::check::too_large`).
pub(crate) fn too_large_message(bytes: u64) -> String {
    format!(
        "is {} MB, larger than any content file can be (at most {} MB), so it was not read",
        megabytes(bytes),
        megabytes(super::check::MOST_FILE_BYTES)
    )
}

pub(crate) const TOO_LARGE_ADVICE: &str =
    "Check that you chose the right file: content files are text of a few kilobytes to a few hundred.";

/// Bytes as megabytes to one decimal place, as an editor's file manager shows them.
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The variant's name, by a match with no wildcard: a new kind of
    /// problem does not compile until it is named here, and then
    /// `every_kind_of_problem_says_what_to_do` fails until it has an example.
    fn kind(p: &Problem) -> &'static str {
        use Problem::*;
        match p {
            FileMissing => "FileMissing",
            NotAContentFile => "NotAContentFile",
            TooLarge { .. } => "TooLarge",
            Unreadable { .. } => "Unreadable",
            MissingField { .. } => "MissingField",
            UnknownField { .. } => "UnknownField",
            UnknownValue { .. } => "UnknownValue",
            WrongType { .. } => "WrongType",
            Empty => "Empty",
            NoEntries => "NoEntries",
            NotOneLine { .. } => "NotOneLine",
            HiddenCharacter { .. } => "HiddenCharacter",
            OnlyOurNotes { .. } => "OnlyOurNotes",
            NotASource { .. } => "NotASource",
            NotASlug { .. } => "NotASlug",
            UsedTwice { .. } => "UsedTwice",
            NoSuch { .. } => "NoSuch",
            NotHttps { .. } => "NotHttps",
            NotAnEmail { .. } => "NotAnEmail",
            NotAHostName { .. } => "NotAHostName",
            NotASeedFileName { .. } => "NotASeedFileName",
            NotADate { .. } => "NotADate",
            NotATime { .. } => "NotATime",
            Before { .. } => "Before",
            NotAfterTheStepBefore { .. } => "NotAfterTheStepBefore",
            NeitherTimeNorWhen => "NeitherTimeNorWhen",
            PostedAfterClosing { .. } => "PostedAfterClosing",
            BandFromAboveTo => "BandFromAboveTo",
            NotAWorkingWeek { .. } => "NotAWorkingWeek",
            NotInRisingOrder => "NotInRisingOrder",
            BandsOutOfOrder => "BandsOutOfOrder",
            NotAPercentage { .. } => "NotAPercentage",
            MinimumAboveMaximum => "MinimumAboveMaximum",
            NotAnArea => "NotAnArea",
            MapSize { .. } => "MapSize",
            NotLongitudesAndLatitudes => "NotLongitudesAndLatitudes",
            NotPathData => "NotPathData",
            TooFewAnswers => "TooFewAnswers",
            LinkCannotTellApart { .. } => "LinkCannotTellApart",
            WeightOutOfRange { .. } => "WeightOutOfRange",
            LeadsToItself => "LeadsToItself",
            LeadsRoundInACircle => "LeadsRoundInACircle",
            OpenSiteWithoutAddress => "OpenSiteWithoutAddress",
            OpenSiteWithoutHealthcare => "OpenSiteWithoutHealthcare",
            NotInEnglandOrWales { .. } => "NotInEnglandOrWales",
            ClosedSiteWithRoles => "ClosedSiteWithRoles",
            TownListedTwice { .. } => "TownListedTwice",
            ClosedSiteInThePresent { .. } => "ClosedSiteInThePresent",
            PrisonWithoutCategory => "PrisonWithoutCategory",
            EssentialsAgainstAdvert { .. } => "EssentialsAgainstAdvert",
            OffenderForAPerson { .. } => "OffenderForAPerson",
            AbbreviationNotExplained { .. } => "AbbreviationNotExplained",
            QuotedAbbreviationNotInGlossary { .. } => "QuotedAbbreviationNotInGlossary",
            AdvertInThePresent { .. } => "AdvertInThePresent",
            NoPayForBand { .. } => "NoPayForBand",
            OutsideTheMap => "OutsideTheMap",
            ClosedSiteOffered { .. } => "ClosedSiteOffered",
            ApplyHostNotListed { .. } => "ApplyHostNotListed",
            NoAnswerCountsTowards { .. } => "NoAnswerCountsTowards",
            NoSuchEssential { .. } => "NoSuchEssential",
            UnlistedDocument { .. } => "UnlistedDocument",
            LongSentence { .. } => "LongSentence",
        }
    }

    /// One problem of each kind, as a check would find it.
    fn one_of_each() -> Vec<Problem> {
        use Problem::*;
        let s = |v: &str| v.to_owned();
        vec![
            FileMissing,
            NotAContentFile,
            TooLarge { bytes: 12_000_000 },
            Unreadable {
                said: s("expected `,` or `}` at line 3 column 5"),
            },
            MissingField {
                field: s("title"),
                said: s("missing field `title`"),
            },
            UnknownField {
                said: s("unknown field `titel`, expected one of `id`, `title`"),
            },
            UnknownValue {
                said: s("unknown variant `both`, expected `men` or `women`"),
            },
            WrongType {
                said: s("invalid type: integer `3`, expected a string"),
            },
            Empty,
            NoEntries,
            NotOneLine { value: s("a\nb") },
            HiddenCharacter {
                value: s("a\u{200B}b"),
                code: s("U+200B"),
            },
            OnlyOurNotes {
                value: s("facts:Pay"),
            },
            NotASource {
                value: s("a friend"),
            },
            NotASlug {
                id: s("HMP Elmley"),
            },
            UsedTwice {
                id: s("hmp-elmley"),
            },
            NoSuch {
                kind: "role",
                id: s("nurse"),
            },
            NotHttps {
                value: s("http://example.nhs.uk"),
            },
            NotAnEmail {
                value: s("jobs at nhs"),
            },
            NotAHostName {
                value: s("https://www.jobs.nhs.uk/"),
            },
            NotASeedFileName {
                value: s("advert.doc"),
            },
            NotADate {
                value: s("1/4/26"),
                example: "a date like 2026-04-01",
            },
            NotATime { value: s("9am") },
            Before { other: "start" },
            NotAfterTheStepBefore { time: s("08:00") },
            NeitherTimeNorWhen,
            PostedAfterClosing {
                posted: s("2026-05-01"),
            },
            BandFromAboveTo,
            NotAWorkingWeek { hours: 80.0 },
            NotInRisingOrder,
            BandsOutOfOrder,
            NotAPercentage { percent: 120 },
            MinimumAboveMaximum,
            NotAnArea,
            MapSize { most: 2000.0 },
            NotLongitudesAndLatitudes,
            NotPathData,
            TooFewAnswers,
            LinkCannotTellApart {
                what: "question",
                other: s("values"),
            },
            WeightOutOfRange {
                weight: 11,
                limit: 10,
            },
            LeadsToItself,
            LeadsRoundInACircle,
            OpenSiteWithoutAddress,
            OpenSiteWithoutHealthcare,
            NotInEnglandOrWales {
                latitude: 48.8,
                longitude: 2.3,
            },
            ClosedSiteWithRoles,
            TownListedTwice {
                name: s("Sittingbourne"),
            },
            ClosedSiteInThePresent {
                text: s("The trust provides healthcare here."),
            },
            PrisonWithoutCategory,
            EssentialsAgainstAdvert {
                citing: 2,
                source: s("https://example.nhs.uk/advert"),
                vacancy: s("a-post"),
                listed: 4,
            },
            OffenderForAPerson {
                text: s("offenders"),
            },
            AbbreviationNotExplained {
                abbreviation: s("QXZ"),
            },
            QuotedAbbreviationNotInGlossary {
                abbreviation: s("QXZ"),
            },
            AdvertInThePresent {
                text: s("We offer"),
            },
            NoPayForBand { band: s("9") },
            OutsideTheMap,
            ClosedSiteOffered { site: s("hmp-old") },
            ApplyHostNotListed {
                url: s("https://www.healthjobsuk.com/job/1"),
            },
            NoAnswerCountsTowards {
                role: s("pharmacy-assistant"),
            },
            NoSuchEssential {
                role: s("registered-nurse"),
                id: s("nmc"),
            },
            UnlistedDocument {
                name: s("004_x.txt"),
            },
            LongSentence {
                words: 41,
                sentence: s("word word word"),
            },
        ]
    }

    /// Kinds that share their advice on purpose: one fix answers them all.
    const SHARED_ADVICE: &[&[&str]] = &[
        &["NoSuch", "NoSuchEssential"],
        &["NotADate", "NotATime", "Before", "PostedAfterClosing"],
        &["BandFromAboveTo", "BandsOutOfOrder"],
        &[
            "NotAnArea",
            "MapSize",
            "NotLongitudesAndLatitudes",
            "NotPathData",
        ],
        &["LeadsToItself", "LeadsRoundInACircle"],
        &["NotInEnglandOrWales", "OutsideTheMap"],
        &["ClosedSiteWithRoles", "ClosedSiteOffered"],
    ];

    /// Every kind of problem says what is wrong and what to do, in its own
    /// words, in the editor's words and not serde's: a kind shares its
    /// advice only with the kinds named in `SHARED_ADVICE`.
    #[test]
    fn every_kind_of_problem_says_what_to_do() {
        let all = one_of_each();
        let mut kinds: Vec<&str> = all.iter().map(kind).collect();
        kinds.sort();
        let count = kinds.len();
        kinds.dedup();
        assert_eq!(kinds.len(), count, "an example given twice: {kinds:?}");
        // Every arm of `kind` has its example (the match names each once).
        let arms = include_str!("problem.rs")
            .split("fn kind(p: &Problem)")
            .nth(1)
            .and_then(|rest| rest.split("/// One problem of each kind").next())
            .expect("fn kind")
            .matches(" => \"")
            .count();
        assert_eq!(count, arms, "a kind with no example in one_of_each");
        let mut by_advice: Vec<(&str, Vec<&str>)> = Vec::new();
        for p in &all {
            assert!(!p.message().trim().is_empty(), "{p:?} has no message");
            assert!(!p.advice().trim().is_empty(), "{p:?} has no advice");
            let k = kind(p);
            if k != "Unreadable" {
                // serde's own words (its backticks) reach the editor only
                // for a text that cannot be read at all.
                assert!(!p.message().contains('`'), "{k}: {}", p.message());
            }
            match by_advice.iter_mut().find(|(a, _)| *a == p.advice()) {
                Some((_, ks)) => ks.push(k),
                None => by_advice.push((p.advice(), vec![k])),
            }
        }
        for (advice, ks) in by_advice.iter().filter(|(_, ks)| ks.len() > 1) {
            assert!(
                SHARED_ADVICE.iter().any(|group| group == ks),
                "{ks:?} share advice, which SHARED_ADVICE does not name: {advice}"
            );
        }
        for group in SHARED_ADVICE {
            assert!(
                by_advice.iter().any(|(_, ks)| ks == group),
                "{group:?} do not share their advice"
            );
        }
    }

    #[test]
    fn serde_errors_are_read_by_kind() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            a: String,
            k: Option<K>,
        }
        #[derive(Debug, serde::Deserialize)]
        enum K {
            X,
        }
        let kind = |text: &str| Problem::from_serde(&serde_json::from_str::<T>(text).unwrap_err());
        assert!(matches!(kind("{"), Problem::Unreadable { .. }));
        assert!(matches!(kind("{}"), Problem::MissingField { field, .. } if field == "a"));
        // Said in the editor's words, not serde's.
        assert_eq!(
            kind("{}").message(),
            "has no \"a\", which every record of this kind needs"
        );
        assert!(matches!(
            kind(r#"{"a": "", "b": 1}"#),
            Problem::UnknownField { .. }
        ));
        assert!(matches!(
            kind(r#"{"a": "", "k": "Y"}"#),
            Problem::UnknownValue { .. }
        ));
        assert!(matches!(kind(r#"{"a": 3}"#), Problem::WrongType { .. }));
    }

    #[test]
    fn serde_words_become_the_editors() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct T {
            a: String,
            k: Option<K>,
            n: Option<u32>,
            l: Option<Vec<String>>,
            s: Option<S>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct S {
            b: bool,
        }
        #[derive(Debug, serde::Deserialize)]
        #[serde(rename_all = "lowercase")]
        enum K {
            Men,
            Women,
        }
        let says = |text: &str| {
            Problem::from_serde(&serde_json::from_str::<T>(text).unwrap_err()).message()
        };
        assert_eq!(
            says(r#"{"a": "", "b": 1}"#),
            r#"has "b", which is not a field of this kind of record: its fields are "a", "k", "n", "l" and "s""#
        );
        assert_eq!(
            says(r#"{"a": "", "k": "both"}"#),
            r#""both" is not one of the values this field can have: "men" or "women""#
        );
        assert_eq!(
            says(r#"{"a": 3}"#),
            "is a number (3) where it should be words in double quotes"
        );
        assert_eq!(
            says(r#"{"a": "", "n": "3"}"#),
            r#"is words in quotes ("3") where it should be a whole number, 0 or more, without quotes"#
        );
        assert_eq!(
            says(r#"{"a": "", "n": -1}"#),
            "is a number (-1) where it should be a whole number, 0 or more, without quotes"
        );
        assert_eq!(
            says(r#"{"a": "", "l": "x"}"#),
            r#"is words in quotes ("x") where it should be a list in square brackets"#
        );
        assert_eq!(
            says(r#"{"a": "", "s": []}"#),
            "is a list in square brackets where it should be a record in curly brackets"
        );
        assert_eq!(
            says(r#"{"a": "", "s": {"b": "yes"}}"#),
            r#"is words in quotes ("yes") where it should be true or false, without quotes"#
        );
        assert_eq!(
            says(r#"{"a": null}"#),
            "is null where it should be words in double quotes"
        );
        // No backticks, no Rust type names, no position (the finding gives it).
        for text in [
            r#"{"a": "", "b": 1}"#,
            r#"{"a": 3}"#,
            r#"{"a": "", "k": "x"}"#,
        ] {
            let m = says(text);
            assert!(
                !m.contains('`') && !m.contains("line") && !m.contains("u32"),
                "{m}"
            );
        }
        // A message of a form not known here is kept, without its position.
        assert_eq!(
            plain_serde("invalid length 2, expected 3 at line 1 column 9"),
            "invalid length 2, expected 3"
        );
        assert_eq!(
            plain_serde("a date like 2025-04-01"),
            "a date like 2025-04-01"
        );
    }
}
