//! What a host page can set on the app's mount element, and which clicks on the
//! host's own links the app must leave to the browser. Pure, so it is tested natively.

use crate::domain::paths::BasePath;

/// Whose header and footer the page shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Chrome {
    /// The app's own: skip link, NHS.UK header with the trust's name, `main`, footer.
    #[default]
    App,
    /// The host's: the app shows only its service bar and navigation, and no
    /// `main` landmark of its own, inside the host's `main`.
    Host,
}

/// Whether a host attribute says `word` (spaces around and case ignored).
fn says(raw: Option<&str>, word: &str) -> bool {
    raw.is_some_and(|r| r.trim().eq_ignore_ascii_case(word))
}

impl Chrome {
    /// `data-chrome="host"`; anything else keeps the app's own.
    pub fn parse(raw: Option<&str>) -> Chrome {
        if says(raw, "host") {
            Chrome::Host
        } else {
            Chrome::App
        }
    }
}

/// Who writes the page's `<head>` beyond its title: the description, the
/// canonical link, link-preview tags and a vacancy's job posting.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum HeadOwner {
    /// The host page, which owns its head: the app sets the title only.
    #[default]
    Host,
    /// The app, on its own site (`data-head="app"` in its `index.html`).
    App,
}

impl HeadOwner {
    /// `data-head="app"`; anything else leaves the head to the host.
    pub fn parse(raw: Option<&str>) -> HeadOwner {
        if says(raw, "app") {
            HeadOwner::App
        } else {
            HeadOwner::Host
        }
    }
}

/// The site's public address from `data-site-origin` (written by the build
/// from `OCC_PUBLIC_ORIGIN`), for canonical links: only a scheme and a host,
/// with a port if any; anything else is ignored and the page's own origin used.
pub fn site_origin(raw: Option<&str>) -> Option<String> {
    let raw = raw?.trim();
    let rest = raw
        .strip_prefix("https://")
        .or_else(|| raw.strip_prefix("http://"))?;
    let (host, port) = rest.split_once(':').unwrap_or((rest, ""));
    let host_ok = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    let port_ok = port.is_empty() || (port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit()));
    let colon_ok = !rest.ends_with(':');
    (host_ok && port_ok && colon_ok).then(|| raw.to_owned())
}

/// Longest trust name taken from a host page; longer ones are ignored, not cut.
pub const MAX_TRUST_NAME: usize = 100;

/// The host's `data-trust-name`, when it is a sensible single line. The trust's
/// name comes from the content (`site.json`); this one is shown only until the
/// content has loaded, and the content's wins where they differ.
pub fn trust_name(raw: Option<&str>) -> Option<String> {
    let name = raw
        .map(|r| r.split_whitespace().collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let sensible = !name.is_empty()
        && name.chars().count() <= MAX_TRUST_NAME
        && !name.chars().any(char::is_control);
    sensible.then_some(name)
}

/// What to do with a click on a link that is outside the app's root, on the host's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostLink {
    /// Let the app's router handle it: a same-origin link to one of the app's pages.
    App,
    /// Leave it to the browser: another site, the host's own pages, or a `#` link
    /// within the current page (such as the host's skip link).
    Browser,
}

/// `same_origin`, `path` and `hash` describe the link; `current_path` is the page's.
pub fn host_link(
    base: &BasePath,
    same_origin: bool,
    path: &str,
    hash: &str,
    current_path: &str,
) -> HostLink {
    if !same_origin || base.route_of(path).is_none() || (!hash.is_empty() && path == current_path) {
        HostLink::Browser
    } else {
        HostLink::App
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_origin_is_a_scheme_and_host_only() {
        assert_eq!(
            site_origin(Some("https://careers.example.nhs.uk")).as_deref(),
            Some("https://careers.example.nhs.uk")
        );
        assert_eq!(
            site_origin(Some("http://127.0.0.1:8080")).as_deref(),
            Some("http://127.0.0.1:8080")
        );
        for bad in [
            "",
            "careers.example",
            "https://x.example/",
            "https://x.example/path",
            "https://u@x.example",
            "javascript:alert(1)",
            "https://x.example:",
            "https://x.example:80a",
            "https://X.example",
            "https://x.example?q",
            "https://x.example#f",
            "https://x.example\"onload",
        ] {
            assert_eq!(site_origin(Some(bad)), None, "{bad}");
        }
        assert_eq!(site_origin(None), None);
    }

    #[test]
    fn the_head_is_the_hosts_unless_the_page_says_it_is_the_apps() {
        assert_eq!(HeadOwner::parse(None), HeadOwner::Host);
        assert_eq!(HeadOwner::parse(Some("")), HeadOwner::Host);
        assert_eq!(HeadOwner::parse(Some("host")), HeadOwner::Host);
        assert_eq!(HeadOwner::parse(Some(" App ")), HeadOwner::App);
    }

    #[test]
    fn chrome_is_the_apps_unless_the_host_says_so() {
        assert_eq!(Chrome::parse(None), Chrome::App);
        assert_eq!(Chrome::parse(Some("")), Chrome::App);
        assert_eq!(Chrome::parse(Some("app")), Chrome::App);
        assert_eq!(Chrome::parse(Some("nonsense")), Chrome::App);
        assert_eq!(Chrome::parse(Some(" Host ")), Chrome::Host);
    }

    #[test]
    fn a_host_trust_name_is_one_sensible_line_or_none() {
        assert_eq!(trust_name(None), None);
        assert_eq!(trust_name(Some("   ")), None);
        assert_eq!(
            trust_name(Some("  Example \n NHS  ")).as_deref(),
            Some("Example NHS")
        );
        assert_eq!(trust_name(Some(&"x".repeat(MAX_TRUST_NAME + 1))), None);
        assert_eq!(trust_name(Some("a\u{0}b")), None);
        // Shown as text, so markup is harmless and kept as typed.
        assert_eq!(
            trust_name(Some("<b>Trust</b>")).as_deref(),
            Some("<b>Trust</b>")
        );
    }

    #[test]
    fn host_links_outside_the_base_go_to_the_browser() {
        let base = BasePath::parse("/careers/prison-healthcare/");
        let here = "/careers/prison-healthcare/roles";
        assert_eq!(
            host_link(&base, true, "/careers/prison-healthcare/pay", "", here),
            HostLink::App
        );
        assert_eq!(
            host_link(&base, true, "/careers/prison-healthcare", "", here),
            HostLink::App
        );
        assert_eq!(
            host_link(&base, true, "/careers/prison-healthcare-old", "", here),
            HostLink::Browser
        );
        assert_eq!(
            host_link(&base, true, "/contact", "", here),
            HostLink::Browser
        );
        assert_eq!(
            host_link(&base, false, "/careers/prison-healthcare/pay", "", here),
            HostLink::Browser
        );
        // The host's skip link to its own main content.
        assert_eq!(
            host_link(&base, true, here, "#host-main", here),
            HostLink::Browser
        );
        // At the root every same-origin path is the app's, but in-page links still are not.
        let root = BasePath::default();
        assert_eq!(host_link(&root, true, "/pay", "", "/"), HostLink::App);
        assert_eq!(host_link(&root, true, "/", "#top", "/"), HostLink::Browser);
    }
}
