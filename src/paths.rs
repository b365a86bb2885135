//! Where the app lives: its base path, the hrefs it builds and where its content is.
//!
//! Every link in the app goes through [`BasePath::href`], because `leptos_router`'s
//! `base` does not rewrite absolute hrefs: a link built any other way would escape
//! a host page's sub-path.

/// The path the app is served under. Always starts and ends with `/`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasePath(String);

impl Default for BasePath {
    fn default() -> Self {
        BasePath("/".to_owned())
    }
}

impl BasePath {
    /// Normalises what a host page wrote. Anything that is not a plain path
    /// (a scheme, `//host`, `..`, a query) falls back to the root, so a typo
    /// cannot send the app's links to another site.
    pub fn parse(raw: &str) -> BasePath {
        let raw = raw.trim();
        if raw.is_empty()
            || raw.starts_with("//")
            || raw.contains(':')
            || raw.contains('?')
            || raw.contains('#')
            || raw.contains('\\')
        {
            return BasePath::default();
        }
        let segments: Vec<&str> = raw.split('/').filter(|s| !s.is_empty()).collect();
        if segments.iter().any(|s| *s == "." || *s == "..") {
            return BasePath::default();
        }
        if segments.is_empty() {
            return BasePath::default();
        }
        BasePath(format!("/{}/", segments.join("/")))
    }

    /// As `leptos_router` wants it: no trailing slash, and `None` at the root.
    pub fn router_base(&self) -> Option<String> {
        let trimmed = self.0.trim_end_matches('/');
        if trimmed.is_empty() {
            None
        } else {
            Some(trimmed.to_owned())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The href for an app route such as `/roles` or `/roles/registered-nurse?x=1`.
    pub fn href(&self, route: &str) -> String {
        let route = route.trim_start_matches('/');
        format!("{}{}", self.0, route)
    }

    /// The app route for a browser path, or `None` when the path is outside the base.
    pub fn route_of<'a>(&self, path: &'a str) -> Option<&'a str> {
        if path.len() + 1 == self.0.len() && self.0.starts_with(path) {
            return Some("/");
        }
        path.strip_prefix(self.0.trim_end_matches('/'))
            .filter(|rest| rest.is_empty() || rest.starts_with('/'))
            .map(|rest| if rest.is_empty() { "/" } else { rest })
    }
}

/// Where the content files are, ending in `/`. Relative locations resolve
/// against the base path, not the current route, so `/roles/x` loads the same
/// files as `/`.
pub fn content_base(base: &BasePath, configured: Option<&str>) -> String {
    let dir = configured
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("content/");
    let dir = if dir.ends_with('/') {
        dir.to_owned()
    } else {
        format!("{dir}/")
    };
    if dir.starts_with('/') {
        dir
    } else {
        format!("{}{}", base.as_str(), dir)
    }
}

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
    fn base_is_normalised() {
        assert_eq!(BasePath::parse("").as_str(), "/");
        assert_eq!(BasePath::parse("/").as_str(), "/");
        assert_eq!(BasePath::parse("careers").as_str(), "/careers/");
        assert_eq!(
            BasePath::parse("/careers/prison-healthcare").as_str(),
            "/careers/prison-healthcare/"
        );
        assert_eq!(BasePath::parse("//careers//x/").as_str(), "/");
        assert_eq!(BasePath::parse("/a//b/").as_str(), "/a/b/");
    }

    #[test]
    fn hostile_bases_fall_back_to_root() {
        for raw in [
            "https://evil.example/",
            "//evil.example",
            "/a/../b",
            "javascript:alert(1)",
            "/a?b",
            "/a#b",
            "\\\\x",
        ] {
            assert_eq!(BasePath::parse(raw), BasePath::default(), "{raw}");
        }
    }

    #[test]
    fn router_base_has_no_trailing_slash() {
        assert_eq!(BasePath::parse("/").router_base(), None);
        assert_eq!(
            BasePath::parse("/careers/").router_base().as_deref(),
            Some("/careers")
        );
    }

    #[test]
    fn hrefs_stay_under_the_base() {
        let root = BasePath::default();
        assert_eq!(root.href("/"), "/");
        assert_eq!(root.href("/roles"), "/roles");
        let sub = BasePath::parse("/careers/prison-healthcare/");
        assert_eq!(sub.href("/"), "/careers/prison-healthcare/");
        assert_eq!(
            sub.href("/roles/registered-nurse"),
            "/careers/prison-healthcare/roles/registered-nurse"
        );
        assert_eq!(sub.href("pay"), "/careers/prison-healthcare/pay");
    }

    #[test]
    fn routes_are_found_under_the_base() {
        let sub = BasePath::parse("/careers/");
        assert_eq!(sub.route_of("/careers"), Some("/"));
        assert_eq!(sub.route_of("/careers/"), Some("/"));
        assert_eq!(sub.route_of("/careers/roles"), Some("/roles"));
        assert_eq!(sub.route_of("/careersx/roles"), None);
        assert_eq!(sub.route_of("/other"), None);
        assert_eq!(BasePath::default().route_of("/pay"), Some("/pay"));
    }

    #[test]
    fn content_resolves_against_the_base() {
        let sub = BasePath::parse("/careers/");
        assert_eq!(content_base(&sub, None), "/careers/content/");
        assert_eq!(content_base(&sub, Some("data")), "/careers/data/");
        assert_eq!(
            content_base(&sub, Some("/static/careers/")),
            "/static/careers/"
        );
        assert_eq!(content_base(&BasePath::default(), Some("  ")), "/content/");
    }

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
