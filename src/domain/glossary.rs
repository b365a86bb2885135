//! Which of the glossary's words a page uses, so the page can explain them in place.

use crate::content::{Glossary, Term};

/// Whether `text` uses `word` as a whole word. Abbreviations written in capitals
/// (`OT`) must match exactly, so "ot" inside other words or in lower case does
/// not count; other words and phrases match in any case of their ASCII
/// letters (the glossary's words are English; Unicode's case tables would add
/// about 11 KB to every part that explains words).
fn uses(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    let exact = !word.bytes().any(|b| b.is_ascii_lowercase());
    let (hay, needle) = if exact {
        (text.to_owned(), word.to_owned())
    } else {
        (text.to_ascii_lowercase(), word.to_ascii_lowercase())
    };
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(&needle).any(|(at, _)| {
        !is_word(hay[..at].chars().next_back()) && !is_word(hay[at + needle.len()..].chars().next())
    })
}

/// The glossary's terms that any of `texts` uses, in the glossary's order.
pub fn terms_in<'a>(glossary: &'a Glossary, texts: &[&str]) -> Vec<&'a Term> {
    glossary
        .terms
        .iter()
        .filter(|t| {
            std::iter::once(&t.term)
                .chain(&t.also)
                .any(|w| texts.iter().any(|text| uses(text, w)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Source;

    fn term(term: &str, also: &[&str]) -> Term {
        Term {
            id: term.to_lowercase().replace(' ', "-"),
            term: term.into(),
            stands_for: None,
            meaning: "m".into(),
            also: also.iter().map(|s| s.to_string()).collect(),
            source: Source("https://www.example.org".into()),
        }
    }

    #[test]
    fn whole_words_only_and_capitals_for_abbreviations() {
        let g = Glossary {
            schema: None,
            terms: vec![
                term("ACCT", &[]),
                term("OT", &[]),
                term("through the gate", &[]),
                term("MAPPA", &["multi agency public protection panels"]),
            ],
        };
        let found = |texts: &[&str]| -> Vec<String> {
            terms_in(&g, texts).iter().map(|t| t.term.clone()).collect()
        };
        assert_eq!(found(&["eg RMN, RLDN OT, Social Worker."]), ["OT"]);
        // Inside a word, or an abbreviation in lower case, is not a use.
        assert!(found(&["Not a pilot; we are hot. ot."]).is_empty());
        assert!(found(&["The ACCTS team"]).is_empty());
        assert_eq!(found(&["and the ACCT processes."]), ["ACCT"]);
        assert_eq!(
            found(&["Through the Gate arrangements"]),
            ["through the gate"]
        );
        assert_eq!(
            found(&["reports to multi agency public protection panels"]),
            ["MAPPA"]
        );
        // Glossary order, each term once, across several texts.
        assert_eq!(found(&["MAPPA and ACCT", "ACCT"]), ["ACCT", "MAPPA"]);
    }
}
