//! The messages between the editors' pages and their worker, typed on both
//! sides and written and read in this one place. On the wire they are plain
//! arrays, so neither side needs a serialiser:
//! - the worker says [`READY`] once it listens;
//! - [`Request::Check`]: `[[file, text or null], ...]`, every content file
//!   and any other file the editor chose (the check names those as not
//!   content); the answer is [`Reply::Findings`],
//!   `[[file, record, field, problem, fix], ...]`;
//! - [`Request::ReadAdvert`]: `["advert", text, address or null, files]`; the
//!   answer is [`Reply::NotAnAdvert`], `["not-advert", why]`, or
//!   [`Reply::Read`], `["read", record JSON, [what to check], findings,
//!   vacancies.json with the record or null]`.

use crate::content::Report;
use js_sys::Array;
use wasm_bindgen::JsValue;

/// What the worker says once it listens.
pub const READY: &str = "ready";
const ADVERT: &str = "advert";
const READ: &str = "read";
const NOT_AN_ADVERT: &str = "not-advert";

/// Files by name, with their text (`None`: not there).
pub type Files = Vec<(String, Option<String>)>;

#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Check every file.
    Check(Files),
    /// Read a pasted advert into a vacancy record and check it with the files.
    ReadAdvert {
        text: String,
        /// The advert's web address, as the editor gave it.
        address: Option<String>,
        files: Files,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    /// What the check found.
    Findings(Vec<Report>),
    /// The text is not an advert: why, in words.
    NotAnAdvert(String),
    Read(AdvertRead),
}

/// What reading an advert gave.
#[derive(Clone, Debug, PartialEq)]
pub struct AdvertRead {
    /// The record as JSON.
    pub record: String,
    /// What the editor checks or fills in by hand.
    pub to_check: Vec<String>,
    pub findings: Vec<Report>,
    /// `vacancies.json` with the record, when the record is complete.
    pub vacancies: Option<String>,
}

impl Request {
    pub fn to_js(&self) -> JsValue {
        match self {
            Request::Check(files) => files_to(files),
            Request::ReadAdvert {
                text,
                address,
                files,
            } => [
                JsValue::from_str(ADVERT),
                JsValue::from_str(text),
                optional(address.as_deref()),
                files_to(files),
            ]
            .into_iter()
            .collect::<Array>()
            .into(),
        }
    }

    pub fn from_js(value: &JsValue) -> Request {
        let message = Array::from(value);
        if message.get(0).as_string().as_deref() == Some(ADVERT) {
            Request::ReadAdvert {
                text: message.get(1).as_string().unwrap_or_default(),
                address: message.get(2).as_string(),
                files: files_from(&message.get(3)),
            }
        } else {
            Request::Check(files_from(value))
        }
    }
}

impl Reply {
    pub fn to_js(&self) -> JsValue {
        match self {
            Reply::Findings(findings) => findings_to(findings),
            Reply::NotAnAdvert(why) => Array::of2(&NOT_AN_ADVERT.into(), &why.into()).into(),
            Reply::Read(read) => [
                JsValue::from_str(READ),
                JsValue::from_str(&read.record),
                read.to_check
                    .iter()
                    .map(|c| JsValue::from_str(c))
                    .collect::<Array>()
                    .into(),
                findings_to(&read.findings),
                optional(read.vacancies.as_deref()),
            ]
            .into_iter()
            .collect::<Array>()
            .into(),
        }
    }

    /// The worker's answer to `asked`.
    pub fn from_js(value: &JsValue, asked: &Request) -> Reply {
        if let Request::Check(_) = asked {
            return Reply::Findings(findings_from(value));
        }
        let answer = Array::from(value);
        match answer.get(0).as_string().as_deref() {
            Some(READ) => Reply::Read(AdvertRead {
                record: answer.get(1).as_string().unwrap_or_default(),
                to_check: Array::from(&answer.get(2))
                    .iter()
                    .filter_map(|v| v.as_string())
                    .collect(),
                findings: findings_from(&answer.get(3)),
                vacancies: answer.get(4).as_string(),
            }),
            _ => Reply::NotAnAdvert(answer.get(1).as_string().unwrap_or_default()),
        }
    }
}

fn optional(text: Option<&str>) -> JsValue {
    text.map_or(JsValue::NULL, JsValue::from_str)
}

fn files_to(files: &[(String, Option<String>)]) -> JsValue {
    files
        .iter()
        .map(|(file, text)| Array::of2(&JsValue::from_str(file), &optional(text.as_deref())))
        .collect::<Array>()
        .into()
}

fn files_from(value: &JsValue) -> Files {
    Array::from(value)
        .iter()
        .map(|pair| {
            let pair = Array::from(&pair);
            (
                pair.get(0).as_string().unwrap_or_default(),
                pair.get(1).as_string(),
            )
        })
        .collect()
}

fn findings_to(findings: &[Report]) -> JsValue {
    findings
        .iter()
        .map(|f| {
            [&f.file, &f.record, &f.field, &f.problem, &f.fix]
                .into_iter()
                .map(|s| JsValue::from_str(s))
                .collect::<Array>()
        })
        .collect::<Array>()
        .into()
}

fn findings_from(value: &JsValue) -> Vec<Report> {
    Array::from(value)
        .iter()
        .map(|row| {
            let row = Array::from(&row);
            let at = |i| row.get(i).as_string().unwrap_or_default();
            Report {
                file: at(0),
                record: at(1),
                field: at(2),
                problem: at(3),
                fix: at(4),
            }
        })
        .collect()
}
