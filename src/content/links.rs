//! What a content file may hold as an id or a link: checked here when content
//! is read, and relied on by the pages that render it.

/// A link taken from content, if it is one the app may follow: `https:`, `mailto:`
/// or `tel:` only, so content can never carry a `javascript:` or `data:` link.
/// Browsers ignore tabs and newlines inside a scheme, so any such character refuses the link.
pub fn safe_content_link(href: &str) -> Option<&str> {
    let href = href.trim();
    if href.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let (scheme, rest) = href.split_once(':')?;
    let allowed = ["https", "mailto", "tel"]
        .iter()
        .any(|s| scheme.eq_ignore_ascii_case(s));
    (allowed && !rest.is_empty()).then_some(href)
}

/// Ids are lower-case slugs: `registered-nurse`, `hmp-elmley`.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_links_from_content() {
        for ok in [
            "https://www.jobs.nhs.uk/",
            "HTTPS://example.nhs.uk/a?b=c",
            "mailto:someone@nhs.net",
            "tel:+441234567890",
            "  https://x.nhs.uk  ",
        ] {
            assert!(safe_content_link(ok).is_some(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java	script:alert(1)",
            "java
script:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "http://insecure.example/",
            "//evil.example/",
            "/relative",
            "https:",
            "",
            "https://a b",
        ] {
            assert_eq!(safe_content_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn slugs() {
        assert!(is_slug("registered-nurse"));
        assert!(is_slug("hmp-elmley"));
        assert!(is_slug("band-6"));
        for bad in [
            "",
            "Registered-Nurse",
            "-a",
            "a-",
            "a--b",
            "a b",
            "a_b",
            "<script>",
            "é",
        ] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
