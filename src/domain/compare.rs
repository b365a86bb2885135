//! Which roles are being compared, as the link `/roles/compare?roles=a,b,c` says.

use crate::content::Roles;

pub const MAX: usize = 3;
pub const PARAM: &str = "roles";

/// The roles to compare, and what was dropped from the link and why. An
/// unknown id is only counted: the link's author wrote it, so it is never shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    pub ids: Vec<String>,
    pub unknown: usize,
    pub repeated: Vec<String>,
    pub over_limit: Vec<String>,
}

impl Selection {
    /// Reads `a,b,c`, keeping known ids in order, at most [`MAX`].
    pub fn parse(raw: &str, roles: &Roles) -> Selection {
        let mut s = Selection::default();
        for id in raw.split(',').map(str::trim).filter(|id| !id.is_empty()) {
            if roles.get(id).is_none() {
                s.unknown += 1;
            } else if s.ids.iter().any(|k| k == id) {
                s.repeated.push(id.to_owned());
            } else if s.ids.len() == MAX {
                s.over_limit.push(id.to_owned());
            } else {
                s.ids.push(id.to_owned());
            }
        }
        s
    }

    pub fn dropped_anything(&self) -> bool {
        !(self.unknown == 0 && self.repeated.is_empty() && self.over_limit.is_empty())
    }
}

/// The list with `id` added at the end (if there is room and it is not there) or removed.
pub fn toggled(ids: &[String], id: &str) -> Vec<String> {
    if ids.iter().any(|k| k == id) {
        ids.iter().filter(|k| *k != id).cloned().collect()
    } else if ids.len() < MAX {
        ids.iter()
            .cloned()
            .chain(std::iter::once(id.to_owned()))
            .collect()
    } else {
        ids.to_vec()
    }
}

/// The app route of the comparison page for these ids.
pub fn route(ids: &[String]) -> String {
    if ids.is_empty() {
        crate::domain::routes::COMPARE.path.to_owned()
    } else {
        let query = crate::domain::query::Query::default()
            .pair(PARAM, &ids.join(","))
            .finish();
        crate::domain::query::with_query(crate::domain::routes::COMPARE.path, &query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles() -> Roles {
        crate::content::published("roles.json")
    }

    #[test]
    fn keeps_known_ids_in_order() {
        let s = Selection::parse("registered-nurse,healthcare-assistant", &roles());
        assert_eq!(s.ids, ["registered-nurse", "healthcare-assistant"]);
        assert!(!s.dropped_anything());
    }

    #[test]
    fn drops_unknown_repeated_and_extra_ids() {
        let s = Selection::parse(
            "registered-nurse,brain-surgeon,registered-nurse,,healthcare-assistant,pharmacy-assistant,mental-health-nurse",
            &roles(),
        );
        assert_eq!(
            s.ids,
            [
                "registered-nurse",
                "healthcare-assistant",
                "pharmacy-assistant"
            ]
        );
        assert_eq!(s.unknown, 1);
        assert_eq!(s.repeated, ["registered-nurse"]);
        assert_eq!(s.over_limit, ["mental-health-nurse"]);
        assert!(s.dropped_anything());
        assert!(Selection::parse("<script>", &roles()).ids.is_empty());
    }

    #[test]
    fn toggling_adds_up_to_the_limit_and_removes() {
        let ids: Vec<String> = vec!["a".into(), "b".into()];
        assert_eq!(toggled(&ids, "c"), ["a", "b", "c"]);
        assert_eq!(toggled(&ids, "a"), ["b"]);
        let full = toggled(&ids, "c");
        assert_eq!(toggled(&full, "d"), full);
    }

    #[test]
    fn routes() {
        assert_eq!(route(&[]), "/roles/compare");
        assert_eq!(route(&["a".into(), "b".into()]), "/roles/compare?roles=a,b");
    }
}
