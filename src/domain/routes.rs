//! The URL scheme and the words that name each part of the site. The trust links
//! to these paths, so they are part of the product: change them only with redirects.
//! Words here are the careers explorer's own; anything that names the trust or
//! states its facts comes from content (`site.json` and the rest).

pub const SITE_NAME: &str = "Careers in offender healthcare";

/// A part of the site with its own page, in the order the navigation shows them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Section {
    pub path: &'static str,
    /// Heading and page title.
    pub title: &'static str,
    /// Shorter name for the navigation bar.
    pub nav_label: &'static str,
    /// One line for the home page's list of what is covered.
    pub summary: &'static str,
    /// Whether the primary navigation lists it.
    pub in_nav: bool,
}

pub const HOME: Section = Section {
    path: "/",
    title: SITE_NAME,
    nav_label: "Home",
    summary: "Find out about working in prison healthcare.",
    in_nav: false,
};

pub const ROLES: Section = Section {
    path: "/roles",
    title: "Roles in prison healthcare",
    nav_label: "Roles",
    summary: "What each job involves, who does it, where, and the usual pay band.",
    in_nav: true,
};

pub const COMPARE: Section = Section {
    path: "/roles/compare",
    title: "Compare roles",
    nav_label: "Compare roles",
    summary: "Put two or three roles side by side.",
    in_nav: false,
};

pub const PATHWAYS: Section = Section {
    path: "/pathways",
    title: "Career pathways",
    nav_label: "Pathways",
    summary: "How one role can lead to another.",
    in_nav: false,
};

pub const PRISONS: Section = Section {
    path: "/prisons",
    title: "Where you can work",
    nav_label: "Prisons",
    summary:
        "The prisons and other sites where the trust provides healthcare, on a map and in a list.",
    in_nav: true,
};

pub const QUIZ: Section = Section {
    path: "/quiz",
    title: "Which role suits you?",
    nav_label: "Quiz",
    summary: "Answer questions about your values, skills and experience to see which roles match.",
    in_nav: true,
};

pub const QUIZ_RESULTS: Section = Section {
    path: "/quiz/results",
    title: "Your quiz results",
    nav_label: "Quiz results",
    summary: "The roles that match your answers, and why.",
    in_nav: false,
};

pub const VACANCIES: Section = Section {
    path: "/vacancies",
    title: "Vacancies",
    nav_label: "Vacancies",
    summary: "Jobs you can apply for now.",
    in_nav: true,
};

pub const PAY: Section = Section {
    path: "/pay",
    title: "Pay and benefits",
    nav_label: "Pay",
    summary: "NHS pay bands, what you could earn, and the benefits of the job.",
    in_nav: true,
};

pub const GET_STARTED: Section = Section {
    path: "/get-started",
    title: "How to get started",
    nav_label: "Get started",
    summary: "First steps to find and apply for a role, and what to expect at work.",
    in_nav: true,
};

pub const ABOUT: Section = Section {
    path: "/about",
    title: "About the trust",
    nav_label: "About",
    summary: "Who the trust are, their values, and what their staff say.",
    in_nav: true,
};

pub const ACCESSIBILITY: Section = Section {
    path: "/accessibility",
    title: "Accessibility statement",
    nav_label: "Accessibility",
    summary: "How accessible this website is and how to report a problem.",
    in_nav: false,
};

pub const GLOSSARY: Section = Section {
    path: "/words-explained",
    title: "Words explained",
    nav_label: "Words explained",
    summary: "Words and abbreviations you may meet in prison healthcare, in plain English.",
    in_nav: false,
};

/// The editors' check: linked from no page and kept out of search engines.
pub const CHECK: Section = Section {
    path: "/check",
    title: "Check the content",
    nav_label: "Check the content",
    summary: "For the site's editors: every content file through the site's own checks.",
    in_nav: false,
};

pub const NOT_FOUND_TITLE: &str = "Page not found";

/// Every section with a fixed path, in navigation order.
pub const SECTIONS: &[Section] = &[
    HOME,
    ROLES,
    COMPARE,
    PATHWAYS,
    PRISONS,
    QUIZ,
    QUIZ_RESULTS,
    VACANCIES,
    PAY,
    GET_STARTED,
    ABOUT,
    ACCESSIBILITY,
    GLOSSARY,
    CHECK,
];

/// The sections with a page for each of their items (`/roles/<id>`): the
/// role profiles, the sites and the vacancies.
pub const ITEM_SECTIONS: &[Section] = &[ROLES, PRISONS, VACANCIES];

/// The sections the primary navigation lists.
pub fn primary_nav() -> impl Iterator<Item = &'static Section> {
    SECTIONS.iter().filter(|s| s.in_nav)
}

/// The sections the home page offers as next steps.
pub fn hub_sections() -> impl Iterator<Item = &'static Section> {
    SECTIONS
        .iter()
        .filter(|s| s.in_nav || s.path == PATHWAYS.path)
}

/// `document.title` for a page: the page first, so tabs and history stay tellable apart.
/// `trust` is the trust's name from the content; empty until it has loaded.
pub fn document_title(page_title: &str, trust: &str) -> String {
    let mut title = if page_title == SITE_NAME {
        SITE_NAME.to_owned()
    } else {
        format!("{page_title} - {SITE_NAME}")
    };
    if !trust.trim().is_empty() {
        title.push_str(" - ");
        title.push_str(trust);
    }
    title
}

/// The path of one role's profile.
pub fn role_path(id: &str) -> String {
    format!("{}/{id}", ROLES.path)
}

/// The path of one site's page.
pub fn prison_path(id: &str) -> String {
    format!("{}/{id}", PRISONS.path)
}

/// The path of one vacancy.
pub fn vacancy_path(id: &str) -> String {
    format!("{}/{id}", VACANCIES.path)
}

/// Whether a link to `href` (a path, as the page writes it) is to the page at
/// `here` or a page under it, so the link says `aria-current="page"`: the
/// navigation's "Roles" on every role's page. Segment by segment, as the
/// router's own links decide it, so the app's links read the same whoever
/// keeps the address (`web::nav`).
pub fn is_current(href: &str, here: &str) -> bool {
    let mut href_parts = href.split('/');
    let prefix = here
        .split('/')
        .zip(href_parts.by_ref())
        .enumerate()
        .all(|(i, (h, l))| h == l || (l.is_empty() && i > 1));
    prefix && matches!(href_parts.next(), None | Some(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_current_on_its_page_and_the_pages_under_it() {
        assert!(is_current("/roles", "/roles"));
        assert!(is_current("/roles", "/roles/registered-nurse"));
        assert!(is_current("/careers/roles", "/careers/roles/x"));
        assert!(!is_current("/roles", "/pay"));
        assert!(!is_current("/roles/registered-nurse", "/roles"));
        assert!(!is_current("/roles", "/rolesx"));
        // Home is current only at home.
        assert!(is_current("/", "/"));
        assert!(!is_current("/", "/roles"));
        // A link with a query is to that query's page, not the path's.
        assert!(!is_current("/roles/compare?roles=a", "/roles/compare"));
    }

    #[test]
    fn paths_are_unique_and_lower_case() {
        let mut seen = std::collections::HashSet::new();
        for s in SECTIONS {
            assert!(seen.insert(s.path), "duplicate path {}", s.path);
            assert!(s.path.starts_with('/'));
            assert_eq!(s.path, s.path.to_lowercase());
            assert!(s
                .path
                .split('/')
                .skip(1)
                .all(|seg| seg.is_empty() || crate::content::is_slug(seg)));
        }
    }

    #[test]
    fn titles_are_sentence_case_and_unique() {
        let mut seen = std::collections::HashSet::new();
        for s in SECTIONS {
            assert!(seen.insert(s.title), "duplicate title {}", s.title);
            // Sentence case: after the first letter, capitals only start proper nouns we know.
            for word in s.title.split_whitespace().skip(1) {
                let proper = ["NHS"].contains(&word.trim_end_matches('?'));
                assert!(
                    proper || !word.starts_with(char::is_uppercase),
                    "{} is not sentence case",
                    s.title
                );
            }
        }
    }

    #[test]
    fn document_titles_name_the_page_then_the_site() {
        assert_eq!(
            document_title(SITE_NAME, "Example NHS Trust"),
            "Careers in offender healthcare - Example NHS Trust"
        );
        assert_eq!(
            document_title("Pay and benefits", "Example NHS Trust"),
            "Pay and benefits - Careers in offender healthcare - Example NHS Trust"
        );
        // Before the content has loaded.
        assert_eq!(
            document_title("Pay and benefits", ""),
            "Pay and benefits - Careers in offender healthcare"
        );
    }

    #[test]
    fn nav_lists_the_main_sections() {
        let nav: Vec<_> = primary_nav().map(|s| s.path).collect();
        assert_eq!(
            nav,
            [
                "/roles",
                "/prisons",
                "/quiz",
                "/vacancies",
                "/pay",
                "/get-started",
                "/about"
            ]
        );
        assert!(hub_sections().any(|s| s.path == "/pathways"));
    }

    #[test]
    fn item_paths() {
        assert_eq!(role_path("registered-nurse"), "/roles/registered-nurse");
        assert_eq!(prison_path("hmp-elmley"), "/prisons/hmp-elmley");
        assert_eq!(vacancy_path("x"), "/vacancies/x");
    }
}
