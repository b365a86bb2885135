//! Query strings for the app's own links, written by one encoder so that any
//! value (a town with `&`, `#`, `%` or a space) comes back as it went in when
//! the browser reads the link (WHATWG `application/x-www-form-urlencoded`).

use std::fmt::Write;

/// `value` with every byte outside the URL's unreserved set percent-encoded.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b',') {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A query string built pair by pair, without `?`; empty when nothing is added.
#[derive(Default)]
pub struct Query(String);

impl Query {
    pub fn pair(mut self, key: &str, value: &str) -> Self {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(&encode(key));
        self.0.push('=');
        self.0.push_str(&encode(value));
        self
    }

    /// Adds the pair only when there is a value.
    pub fn maybe(self, key: &str, value: Option<&str>) -> Self {
        match value {
            Some(v) => self.pair(key, v),
            None => self,
        }
    }

    pub fn finish(self) -> String {
        self.0
    }
}

/// The route with its query, or the bare route when the query is empty.
pub fn with_query(route: &str, query: &str) -> String {
    if query.is_empty() {
        route.to_owned()
    } else {
        format!("{route}?{query}")
    }
}

/// The pairs of a query string (with or without its `?`), decoded as browsers
/// decode them (WHATWG `application/x-www-form-urlencoded`: `+` is a space,
/// `%XX` a byte, bytes that are not UTF-8 become U+FFFD). Pages read their
/// links through this, whoever keeps the address (`web::nav`).
pub fn decode(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_part(key), decode_part(value))
        })
        .collect()
}

fn decode_part(part: &str) -> String {
    let bytes = part.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Adds a filter's name to those a link had wrong, once however often it
/// appears. The names are ours, so the note built from them says only what
/// the site would say.
pub fn note_ignored(ignored: &mut Vec<&'static str>, name: &'static str) {
    if !ignored.contains(&name) {
        ignored.push(name);
    }
}

/// "a", "a and b", "a, b and c": a list as a sentence says it.
pub fn spoken_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a browser's `URLSearchParams` (and so the router) reads from a query.
    fn read(query: &str) -> Vec<(String, String)> {
        form_urlencoded::parse(query.as_bytes())
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect()
    }

    #[test]
    fn lists_read_as_sentences() {
        assert_eq!(spoken_list(&[]), "");
        assert_eq!(spoken_list(&["region"]), "region");
        assert_eq!(
            spoken_list(&["region", "category", "holds"]),
            "region, category and holds"
        );
    }

    #[test]
    fn any_value_comes_back_as_it_went_in() {
        for value in [
            "Bishop's Stortford",
            "Dover & Deal",
            "No. #1",
            "100% + more",
            "Ærø, ü",
            "",
        ] {
            let q = Query::default()
                .pair("near", value)
                .pair("band", "6")
                .finish();
            assert_eq!(
                read(&q),
                [("near".into(), value.into()), ("band".into(), "6".into())],
                "{q}"
            );
        }
    }

    #[test]
    fn queries_decode_as_browsers_decode_them() {
        let cases = [
            "",
            "?",
            "a=1&b=2",
            "?near=Bishop%27s%20Stortford&band=6",
            "q=a+b&q=c",
            "x&y=&=z&&",
            "bad=%zz%4&pct=100%25&end=%",
            "utf=%C3%86r%C3%B8&broken=%C3%28&half=%E2%82",
            "k%3D=v%26w",
            "emoji=%F0%9F%98%80+ok",
        ];
        for query in cases {
            let without = query.strip_prefix('?').unwrap_or(query);
            assert_eq!(decode(query), read(without), "{query}");
        }
        // What the app writes comes back.
        let written = Query::default()
            .pair("near", "Dover & Deal")
            .pair("x", "100% + more")
            .finish();
        assert_eq!(decode(&written), read(&written));
    }

    #[test]
    fn plain_values_stay_readable() {
        assert_eq!(
            encode("registered-nurse,mental-health-nurse"),
            "registered-nurse,mental-health-nurse"
        );
        assert_eq!(Query::default().maybe("a", None).finish(), "");
        assert_eq!(with_query("/pay", ""), "/pay");
        assert_eq!(with_query("/pay", "band=6"), "/pay?band=6");
    }
}
