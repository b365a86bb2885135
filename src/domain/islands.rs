//! Which parts of a page a person can operate, by name. A page built in
//! advance is complete as HTML; only the parts marked with
//! [`attr::ISLAND`](crate::domain::contract::attr::ISLAND) need a
//! program to work. The app writes the mark around each such part, the build
//! (`tools/prerender.mjs`) reads it to decide whether the page loads a program
//! at all, and `occ-start.js` finds the parts by it. A page with no marked part
//! loads no WebAssembly.

/// A kind of operable part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The quiz's questions.
    Quiz,
    /// The quiz's results (the answers are in the page's address).
    QuizResults,
    /// The pay estimator.
    Pay,
    /// The sites' filters, list and "nearest to me".
    Sites,
    /// The sites' map, inside the sites' part: its program is fetched only
    /// once it is used (`loads_on_use`).
    SiteMap,
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
    pub const ALL: [Island; 9] = [
        Island::Quiz,
        Island::QuizResults,
        Island::Pay,
        Island::Sites,
        Island::SiteMap,
        Island::Roles,
        Island::Compare,
        Island::Pathways,
        Island::Check,
    ];

    /// Everything the app says of each kind of island, in one row each.
    ///
    /// Each page runs its islands with one program, holding what it has.
    /// The role list, the comparison and the pathways each have their own:
    /// together they were 121 KB brotli, over issue 48's 100 KB, and each
    /// alone is about 90 KB. So do the quiz's questions and its results
    /// (together 126 KB); the questions' page fetches the results' program
    /// while the person answers (`leads_to`).
    fn spec(self) -> Spec {
        use crate::content::{Named, Sites, Vacancies};
        use crate::domain::routes::*;
        let spec = |name, program, route: &Section| Spec {
            name,
            program,
            route: route.path,
            leads_to: None,
            snapshot: false,
            reads: &[],
            on_use: None,
        };
        match self {
            Island::Quiz => Spec {
                leads_to: Some(Island::QuizResults),
                ..spec("quiz", "quiz", &QUIZ)
            },
            // The built page (no answers) is not drawn from the jobs or the
            // sites, which a link's results show.
            Island::QuizResults => Spec {
                reads: &[Vacancies::FILE, Sites::FILE],
                ..spec("quiz-results", "results", &QUIZ_RESULTS)
            },
            Island::Pay => spec("pay", "pay", &PAY),
            Island::Sites => spec("sites", "sites", &PRISONS),
            // 17 KB of the sites' program, over issue 48's 100 KB with it.
            Island::SiteMap => Spec {
                on_use: Some("the map"),
                ..spec("site-map", "sitemap", &PRISONS)
            },
            Island::Roles => spec("roles", "roles", &ROLES),
            Island::Compare => spec("compare", "compare", &COMPARE),
            Island::Pathways => spec("pathways", "pathways", &PATHWAYS),
            Island::Check => Spec {
                snapshot: true,
                ..spec("check", "check", &CHECK)
            },
        }
    }

    /// The value of `attr::ISLAND`: one word, the same in the page and the scripts.
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The program that runs this island on a page built in advance: a
    /// binary `island-<program>` (`src/bin/island-<program>.rs`), built by Trunk.
    pub fn program(self) -> &'static str {
        self.spec().program
    }

    /// The app route whose page holds this island. Embedded alone in a host's
    /// page (`attr::HOST_ISLAND`), the island stands for this route: a move
    /// within it changes the host page's own address; a move to any other
    /// route leaves for the careers explorer at the base path.
    pub fn route(self) -> &'static str {
        self.spec().route
    }

    /// The island a person who operates this one goes on to, on another page
    /// with its own program: its page fetches that program once the person
    /// starts to use this one, so the next page works as soon as it is
    /// shown (the quiz's last answer opens its results).
    pub fn leads_to(self) -> Option<Island> {
        self.spec().leads_to
    }

    /// Whether the island as built is only what the build saw, which nobody
    /// should read before its program has done it again: the editors' check
    /// reports on the content files as they are when the page opens, not as
    /// they were when the page was built. Marked with `attr::SNAPSHOT`.
    pub fn built_is_snapshot(self) -> bool {
        self.spec().snapshot
    }

    /// The content files this island's program reads as it starts on an
    /// address its built page does not show (a query or fragment), beyond
    /// the files the page was drawn from (`attr::BUILT_FROM`, fetched to
    /// check it). Written on the part as `attr::READS`: `occ-start.js`
    /// fetches them with those, while the program downloads, and hands them
    /// to it, so the part does not wait for them once it runs.
    /// `tests/e2e/light.spec.mjs` holds every island to this: with its
    /// program held back, every file the part reads has been asked for.
    pub fn reads(self) -> &'static [&'static str] {
        self.spec().reads
    }

    /// Whether this island's program is fetched only once a person uses it:
    /// points at it, touches or focuses it, or changes the address it
    /// follows (another part's filter), or arrives with an address it must
    /// follow. Its built content shows the page's own address, so until
    /// then it needs no program. It sits inside another island, whose
    /// program leaves its place empty, keeping what was built there (or
    /// what its own program has drawn since): the sites' map, beside the
    /// list, whose program is not linked into the list's. Marked with
    /// `attr::ON_USE`, whose value names the part as a person would, for
    /// `occ-start.js` to say so ("Getting the map ready…"); a page's one
    /// program is that of its other parts.
    pub fn loads_on_use(self) -> Option<&'static str> {
        self.spec().on_use
    }

    pub fn from_name(name: &str) -> Option<Island> {
        Island::ALL.into_iter().find(|i| i.name() == name)
    }
}

/// One kind of island's row ([`Island::spec`]).
struct Spec {
    name: &'static str,
    program: &'static str,
    route: &'static str,
    leads_to: Option<Island>,
    snapshot: bool,
    reads: &'static [&'static str],
    on_use: Option<&'static str>,
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
