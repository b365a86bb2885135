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
        match plain_path(raw) {
            Some(segments) if !segments.is_empty() => BasePath(format!("/{}/", segments.join("/"))),
            _ => BasePath::default(),
        }
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

/// The segments of a path a host page wrote, or `None` when it is not a plain
/// path on this site: a scheme, `//host`, `..`, a query, a fragment or a
/// backslash, any of which could send a request to another site or place.
/// Browsers delete tabs and newlines anywhere in a URL and read `%2e` as a
/// dot, so `/<tab>/evil.example/` or `/%2e%2e/` would become one of those:
/// any control character, space or `%` inside refuses the path too. So does
/// U+FEFF anywhere, even at an end: JavaScript trims it as space, Rust does
/// not, and `occ-start.js` reads the same attributes (`src/occ-rules.js`).
fn plain_path(raw: &str) -> Option<Vec<&str>> {
    let raw = raw.trim();
    if raw.starts_with("//")
        || raw.chars().any(|c| {
            c.is_control()
                || c.is_whitespace()
                || matches!(c, ':' | '?' | '#' | '\\' | '%' | '\u{FEFF}')
        })
    {
        return None;
    }
    let segments: Vec<&str> = raw.split('/').filter(|s| !s.is_empty()).collect();
    if segments.iter().any(|s| *s == "." || *s == "..") {
        return None;
    }
    Some(segments)
}

/// Where the content files are, ending in `/`. Relative locations resolve
/// against the base path, not the current route, so `/roles/x` loads the same
/// files as `/`. Checked by the same rules as the base path: anything but a
/// plain path on this site falls back to `content/`, so a typo in the host's
/// page cannot fetch the trust's content from another origin.
pub fn content_base(base: &BasePath, configured: Option<&str>) -> String {
    const DEFAULT: &str = "content/";
    let raw = configured.map(str::trim).unwrap_or_default();
    let dir = match plain_path(raw) {
        Some(segments) if !segments.is_empty() => {
            let joined = format!("{}/", segments.join("/"));
            if raw.starts_with('/') {
                return format!("/{joined}");
            }
            joined
        }
        _ => DEFAULT.to_owned(),
    };
    format!("{}{}", base.as_str(), dir)
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
        // U+FEFF is refused anywhere, as occ-start.js does.
        assert_eq!(BasePath::parse("\u{FEFF}/careers").as_str(), "/");
        assert_eq!(BasePath::parse("/care\u{FEFF}ers").as_str(), "/");
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
            "/\t/evil.example/",
            "/\n/evil.example/",
            "/\r/evil.example",
            "/occ/%2e%2e/%2e%2e/x",
            "/occ/%2E%2E/",
            "/a b/",
            "/a\u{0}b/",
            "/a\u{a0}b/",
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
        assert_eq!(content_base(&sub, Some("/a//b")), "/a/b/");
    }

    #[test]
    fn hostile_content_paths_fall_back_to_the_default() {
        let sub = BasePath::parse("/careers/");
        for raw in [
            "//occ/content/",
            "https://evil.example/content/",
            "/occ/../../content/",
            "data:application/json,",
            "/content?x=1",
            "/content#x",
            "\\\\evil\\content",
            "/\t/evil.example/content/",
            "/occ/%2e%2e/%2e%2e/content/",
            "/\n\n/evil.example",
        ] {
            assert_eq!(content_base(&sub, Some(raw)), "/careers/content/", "{raw}");
        }
    }
}
