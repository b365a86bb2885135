//! Which parts of a page a person can operate, by name. A page built in
//! advance is complete as HTML; only the parts marked with [`ATTR`] need a
//! program to work. The app writes the mark around each such part, the build
//! (`tools/prerender.mjs`) reads it to decide whether the page loads a program
//! at all, and `occ-start.js` finds the parts by it. A page with no marked part
//! loads no WebAssembly.

/// The attribute on the element that holds an operable part; its value is the
/// part's [`Island::name`].
pub const ATTR: &str = "data-occ-island";

/// On the element that holds an operable part: the program that runs it
/// ([`Island::program`]), so `occ-start.js` loads that one.
pub const PROGRAM_ATTR: &str = "data-occ-program";

/// On the element that holds an operable part: the program of the part it
/// leads to ([`Island::leads_to`]), which `occ-start.js` fetches once the
/// person starts to use this part.
pub const NEXT_PROGRAM_ATTR: &str = "data-occ-next-program";

/// On a part whose built content is a snapshot ([`Island::built_is_snapshot`]):
/// `occ-start.js` keeps it out of sight until its program has taken over.
pub const SNAPSHOT_ATTR: &str = "data-occ-snapshot";

/// On a host's mount element: the one part the host embeds alone, by its
/// [`Island::name`] (`data-island="quiz"`), instead of the whole app.
pub const HOST_ATTR: &str = "data-island";

/// A kind of operable part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Island {
    /// The quiz's questions.
    Quiz,
    /// The quiz's results (the answers are in the page's address).
    QuizResults,
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
    pub const ALL: [Island; 8] = [
        Island::Quiz,
        Island::QuizResults,
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
            Island::QuizResults => "quiz-results",
            Island::Pay => "pay",
            Island::Sites => "sites",
            Island::Roles => "roles",
            Island::Compare => "compare",
            Island::Pathways => "pathways",
            Island::Check => "check",
        }
    }

    /// The program (a `[[bin]]` named `island-<program>`, built by Trunk)
    /// that runs this part on a page built in advance: one per kind of page,
    /// so a page loads one program, holding what it has. The role list, the
    /// comparison and the pathways each have their own: together they were
    /// 121 KB brotli, over issue 48's 100 KB, and each alone is about 90 KB.
    /// So do the quiz's questions and its results (together 126 KB); the
    /// questions' page fetches the results' program while the person answers
    /// ([`Island::leads_to`]).
    pub fn program(self) -> &'static str {
        match self {
            Island::Quiz => "quiz",
            Island::QuizResults => "results",
            Island::Pay => "pay",
            Island::Sites => "sites",
            Island::Roles => "roles",
            Island::Compare => "compare",
            Island::Pathways => "pathways",
            Island::Check => "check",
        }
    }

    /// The app route whose page holds this part. Embedded alone in a host's
    /// page ([`HOST_ATTR`]), the part stands for this route: a move within it
    /// changes the host page's own address; a move to any other route leaves
    /// for the careers explorer at the base path.
    pub fn route(self) -> &'static str {
        use crate::domain::routes::*;
        match self {
            Island::Quiz => QUIZ.path,
            Island::QuizResults => QUIZ_RESULTS.path,
            Island::Pay => PAY.path,
            Island::Sites => PRISONS.path,
            Island::Roles => ROLES.path,
            Island::Compare => COMPARE.path,
            Island::Pathways => PATHWAYS.path,
            Island::Check => CHECK.path,
        }
    }

    /// The part a person who operates this one goes on to, on another page
    /// with its own program: its page fetches that program once the person
    /// starts to use this part, so the next page works as soon as it is
    /// shown (the quiz's last answer opens its results).
    pub fn leads_to(self) -> Option<Island> {
        match self {
            Island::Quiz => Some(Island::QuizResults),
            _ => None,
        }
    }

    /// Whether the part as built is only what the build saw, which nobody
    /// should read before its program has done it again: the editors' check
    /// reports on the content files as they are when the page opens, not as
    /// they were when the page was built. Marked with [`SNAPSHOT_ATTR`].
    pub fn built_is_snapshot(self) -> bool {
        matches!(self, Island::Check)
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

    /// Each program is a binary of this crate that mounts exactly the parts
    /// that name it: a part no program mounts would be dead on its page.
    #[test]
    fn every_program_is_built_and_mounts_its_parts() {
        let cargo = std::fs::read_to_string("Cargo.toml").unwrap();
        for island in Island::ALL {
            let program = island.program();
            let bin = format!("name = \"island-{program}\"\npath = \"src/islands/{program}.rs\"");
            assert!(
                cargo.contains(&bin),
                "Cargo.toml has no [[bin]] for island-{program}"
            );
            let source = std::fs::read_to_string(format!("src/islands/{program}.rs")).unwrap();
            let variant = format!("Island::{island:?},");
            assert!(
                source.contains(&variant),
                "src/islands/{program}.rs does not mount {variant}"
            );
        }
        // occ-start.js picks a host's program by the part it names, from its own table.
        let start = std::fs::read_to_string("src/occ-start.js").unwrap();
        let table = start
            .split("const ISLAND_PROGRAMS = {")
            .nth(1)
            .and_then(|rest| rest.split('}').next())
            .expect("occ-start.js has ISLAND_PROGRAMS");
        for island in Island::ALL {
            let pair = format!("\"{}\": \"{}\"", island.name(), island.program());
            assert!(
                table.contains(&pair),
                "occ-start.js's ISLAND_PROGRAMS lacks {pair}"
            );
        }
        assert_eq!(
            table.matches(':').count(),
            Island::ALL.len(),
            "occ-start.js names a part twice or one that is not: {table}"
        );
        for entry in std::fs::read_dir("src/islands").unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let program = name.trim_end_matches(".rs");
            assert!(
                Island::ALL.iter().any(|i| i.program() == program),
                "src/islands/{name} is no island's program"
            );
        }
    }
}
