//! Which parts of a page a person can operate, by name. A page built in
//! advance is complete as HTML; only the parts marked with [`ATTR`] need a
//! program to work. The app writes the mark around each such part, the build
//! (`tools/prerender.mjs`) reads it to decide whether the page loads a program
//! at all, and `occ-start.js` finds the parts by it. A page with no marked part
//! loads no WebAssembly.

/// The attribute on the element that holds an operable part; its value is the
/// part's [`Island::name`].
pub const ATTR: &str = "data-occ-island";

/// A kind of operable part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The quiz's questions and its results (the answers are in the page's address).
    Quiz,
    /// The pay estimator.
    Pay,
    /// The sites' filters, map and "nearest to me".
    Sites,
    /// The role list's filters and the choice of roles to compare.
    Roles,
    /// The comparison, read from its link.
    Compare,
    /// The career pathway chosen from a list.
    Pathways,
    /// The editors' content check.
    Check,
}

impl Island {
    pub const ALL: [Island; 7] = [
        Island::Quiz,
        Island::Pay,
        Island::Sites,
        Island::Roles,
        Island::Compare,
        Island::Pathways,
        Island::Check,
    ];

    /// The value of [`ATTR`]: one word, the same in the page and the scripts.
    pub fn name(self) -> &'static str {
        match self {
            Island::Quiz => "quiz",
            Island::Pay => "pay",
            Island::Sites => "sites",
            Island::Roles => "roles",
            Island::Compare => "compare",
            Island::Pathways => "pathways",
            Island::Check => "check",
        }
    }

    pub fn from_name(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|i| i.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_distinct_slugs_and_read_back() {
        let mut seen = std::collections::HashSet::new();
        for island in Island::ALL {
            let name = island.name();
            assert!(crate::content::is_slug(name), "{name}");
            assert!(seen.insert(name), "{name} twice");
            assert_eq!(Island::from_name(name), Some(island));
        }
        assert_eq!(Island::from_name("Quiz"), None);
        assert_eq!(Island::from_name(""), None);
    }
}
