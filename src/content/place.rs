//! Where a problem is in the content: a file, a record and a field, and for
//! a file that cannot be read, the line and column where reading stopped.

/// Where a problem is: the file, then the record and the field within it, and
/// for a file that cannot be read, the line and column where reading stopped.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Place {
    /// The file, such as `roles.json`.
    pub file: String,
    /// The record, such as `roles[registered-nurse]`; empty for the file's top level.
    pub record: String,
    /// The field within the record, such as `band.source`; empty for the whole record.
    pub field: String,
    /// 1-based, as serde_json counts; only where the file could not be read.
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Place {
    /// `roles[x].steps[2].title` in `file` -> record `roles[x]`, field
    /// `steps[2].title`; `pay_year` -> no record, field `pay_year`. The record
    /// runs to the first `]`: ids are slugs, so none holds one.
    pub fn at(file: &str, path: &str) -> Self {
        let (record, field) = match path.find(']') {
            Some(end) => {
                let (record, field) = path.split_at(end + 1);
                (record.to_owned(), field.trim_start_matches('.').to_owned())
            }
            None => (String::new(), path.to_owned()),
        };
        Place {
            file: file.to_owned(),
            record,
            field,
            line: None,
            column: None,
        }
    }

    /// The place as one path: `roles.json: roles[x].band`.
    pub fn path(&self) -> String {
        let mut at = self.file.clone();
        for part in [&self.record, &self.field] {
            if !part.is_empty() {
                at.push_str(if at == self.file { ": " } else { "." });
                at.push_str(part);
            }
        }
        if let (Some(line), Some(column)) = (self.line, self.column) {
            at.push_str(&format!(" (line {line}, column {column})"));
        }
        at
    }
}

/// The place in a JSON text at `line` and `column` (1-based, as serde_json
/// counts), as the checks name places: `roles[registered-nurse].title`.
/// Records in lists are named by their `"id"` where it comes before the place.
pub fn place_at(text: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            id: Option<String>,
            expect_key: bool,
        },
        List {
            index: usize,
        },
    }
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let offset = (start + column.saturating_sub(1)).min(text.len());
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < offset {
        match bytes[i] {
            b'{' => stack.push(Frame::Object {
                key: None,
                id: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::List { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::List { index }) => *index += 1,
                Some(Frame::Object { expect_key, .. }) => *expect_key = true,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object { expect_key, .. }) = stack.last_mut() {
                    *expect_key = false;
                }
            }
            b'"' => {
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                let s = text.get(i + 1..j.min(text.len())).unwrap_or("").to_owned();
                if let Some(Frame::Object {
                    key,
                    id,
                    expect_key,
                }) = stack.last_mut()
                {
                    if *expect_key {
                        *key = Some(s);
                    } else if key.as_deref() == Some("id") {
                        *id = Some(s);
                    }
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    let mut place = String::new();
    for (n, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !place.is_empty() {
                    place.push('.');
                }
                place.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::List { index } => {
                let id = match stack.get(n + 1) {
                    Some(Frame::Object { id: Some(id), .. }) => id.clone(),
                    _ => index.to_string(),
                };
                place.push('[');
                place.push_str(&id);
                place.push(']');
            }
        }
    }
    place
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_split_into_record_and_field() {
        let p = Place::at("roles.json", "roles[registered-nurse].band.source");
        assert_eq!(
            (p.record.as_str(), p.field.as_str()),
            ("roles[registered-nurse]", "band.source")
        );
        assert_eq!(p.path(), "roles.json: roles[registered-nurse].band.source");
        let p = Place::at("site.json", "summary");
        assert_eq!((p.record.as_str(), p.field.as_str()), ("", "summary"));
        let p = Place::at("sites.json", "sites[a]");
        assert_eq!((p.record.as_str(), p.field.as_str()), ("sites[a]", ""));
        assert_eq!(Place::at("map.json", "").path(), "map.json");
    }
}
