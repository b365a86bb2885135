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

/// An `https://` link to one of `hosts`, exactly (in any case): where a
/// vacancy's "Apply" button may send a person. The trust lists its hosts in
/// `site.json` (`apply_hosts`), so a typo or a planted link in an advert
/// cannot send applicants, and their details, anywhere else. A link with a
/// user name or a port in it names no listed host and is refused.
pub fn link_to_listed_host<'a>(href: &'a str, hosts: &[String]) -> Option<&'a str> {
    let href = safe_content_link(href)?;
    let rest = href
        .get(..8)
        .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
        .map(|_| &href[8..])?;
    // Browsers read `https:///evil.example/` as `evil.example`: an empty
    // authority matches nothing, and an entry that is no host name (an empty
    // one, say) is no host to match, whatever the file says.
    let authority = rest
        .split(['/', '?', '#', '\\'])
        .next()
        .filter(|a| !a.is_empty())?;
    hosts
        .iter()
        .filter(|h| is_host(h))
        .any(|h| h.eq_ignore_ascii_case(authority))
        .then_some(href)
}

/// A host name as `apply_hosts` lists it: lower-case labels of letters,
/// digits and hyphens, joined by dots, at least two.
pub fn is_host(host: &str) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    labels.len() >= 2
        && host.len() <= 253
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        })
}

/// An email address of the plain shape people and NHS mail use
/// (`first.last@nhs.net`): no spaces, no `?` or `&` that would add a copy to,
/// a subject or a body to the `mailto:` link the page makes of it.
pub fn is_email(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._%+-'".contains(&b))
        && is_host(&domain.to_ascii_lowercase())
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
    fn apply_links_go_only_to_listed_hosts() {
        let hosts = vec!["www.jobs.nhs.uk".to_owned()];
        for ok in [
            "https://www.jobs.nhs.uk/candidate/jobadvert/C9123-25-0123",
            "HTTPS://WWW.JOBS.NHS.UK/x?y=z",
            "https://www.jobs.nhs.uk",
        ] {
            assert!(link_to_listed_host(ok, &hosts).is_some(), "{ok}");
        }
        for bad in [
            "https://evil.example/apply",
            "https://www.jobs.nhs.uk.evil.example/",
            "https://www.jobs.nhs.uk@evil.example/",
            "https://evil.example@www.jobs.nhs.uk/",
            "https://www.jobs.nhs.uk:8443/",
            "http://www.jobs.nhs.uk/",
            "mailto:a@www.jobs.nhs.uk",
            "javascript:alert(1)//https://www.jobs.nhs.uk/",
        ] {
            assert_eq!(link_to_listed_host(bad, &hosts), None, "{bad}");
        }
        assert_eq!(link_to_listed_host("https://www.jobs.nhs.uk/", &[]), None);
        // An empty entry, or one that is no host name, matches nothing: not
        // the empty authority browsers read as the host after it.
        let careless = vec![
            String::new(),
            "evil.example/".to_owned(),
            "www.jobs.nhs.uk".to_owned(),
        ];
        for bad in [
            "https:///evil.example/",
            "https:////evil.example/",
            "https://\\evil.example/",
            "https://evil.example/",
        ] {
            assert_eq!(link_to_listed_host(bad, &careless), None, "{bad}");
        }
        assert!(link_to_listed_host("https://www.jobs.nhs.uk/x", &careless).is_some());
    }

    #[test]
    fn hosts_and_emails_have_their_shapes() {
        assert!(is_host("www.jobs.nhs.uk"));
        for bad in [
            "localhost",
            "Www.Jobs.nhs.uk",
            "a..b",
            "-a.b",
            "a.b/",
            "a.b:80",
            "https://a.b",
            "",
        ] {
            assert!(!is_host(bad), "{bad}");
        }
        for ok in [
            "first.last@nhs.net",
            "o'brien@oxleas.nhs.uk",
            "a+b@x.nhs.uk",
            "A.B@NHS.NET",
        ] {
            assert!(is_email(ok), "{ok}");
        }
        for bad in [
            "x@y?cc=evil@example.com&body=hi",
            "x@y",
            "@nhs.net",
            "a b@nhs.net",
            "a@nhs.net?subject=x",
            ".a@nhs.net",
            "a..b@nhs.net",
            "a@b@nhs.net",
            "mailto:a@nhs.net",
            "",
        ] {
            assert!(!is_email(bad), "{bad}");
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
