//! The progression between roles as a graph, laid out for drawing. Drawn from
//! the roles' `leads_to`, never placed by hand, so a content change redraws it.

use crate::content::Keyed;
use crate::content::Roles;
use crate::domain::order;

/// The pathways page's link names the role it starts from: `/pathways?role=<id>`.
pub const ROLE: &str = "role";

/// The pathways page, starting from a role.
pub fn route_from(role_id: &str) -> String {
    let query = crate::domain::query::Query::default()
        .pair(ROLE, role_id)
        .finish();
    crate::domain::query::with_query(crate::domain::routes::PATHWAYS.path, &query)
}

pub const NODE_WIDTH: f64 = 240.0;
pub const NODE_HEIGHT: f64 = 72.0;
const GAP_X: f64 = 40.0;
const GAP_Y: f64 = 64.0;
const MARGIN: f64 = 24.0;
/// Characters per line in a node, at the diagram's font size.
const LINE_CHARS: usize = 22;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    pub title: String,
    /// The title split into lines that fit the box.
    pub lines: Vec<String>,
    pub layer: usize,
    /// Top-left corner.
    pub x: f64,
    pub y: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    pub from: String,
    pub to: String,
    /// An SVG path from the bottom of `from` to the top of `to`.
    pub path: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
    pub width: f64,
    pub height: f64,
}

/// Each role's layer: 0 for roles nothing leads to, else one more than the
/// deepest role leading to it. `None` if the graph has a cycle.
fn layers(roles: &Roles) -> Option<Keyed<&str, usize>> {
    let mut layer: Keyed<&str, usize> = Keyed::new();
    // Repeated relaxation; more rounds than roles means a cycle.
    for _ in 0..=roles.roles.len() {
        let mut changed = false;
        for r in &roles.roles {
            let here = *layer.get_or_insert_with(&r.id, || 0);
            // Self-links and unknown ids are reported by the content checks.
            for t in r
                .leads_to
                .iter()
                .filter(|t| *t != &r.id && roles.get(t).is_some())
            {
                let there = layer.get_or_insert_with(t.as_str(), || 0);
                if *there < here + 1 {
                    *there = here + 1;
                    changed = true;
                }
            }
        }
        if !changed {
            return Some(layer);
        }
    }
    None
}

fn wrap(title: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in title.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.len() + 1 + word.len() <= LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Lays the roles out top to bottom by layer. `None` if the graph has a cycle.
pub fn layout(roles: &Roles) -> Option<Diagram> {
    let layer = layers(roles)?;
    let depth = layer.values().copied().max().unwrap_or(0) + 1;
    let mut rows: Vec<Vec<&str>> = vec![Vec::new(); depth];
    for r in &roles.roles {
        rows[layer.get(&r.id.as_str()).copied().unwrap_or(0)].push(&r.id);
    }
    // Order each row by where its parents sit, so lines cross less.
    let mut position: Keyed<&str, f64> = Keyed::new();
    for row in rows.iter_mut() {
        let mut keyed: Vec<(f64, usize, &str)> = row
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let parents: Vec<f64> = roles
                    .leads_from(id)
                    .iter()
                    .filter_map(|p| position.get(&p.id.as_str()).copied())
                    .collect();
                let key = if parents.is_empty() {
                    f64::MAX
                } else {
                    parents.iter().sum::<f64>() / parents.len() as f64
                };
                (key, i, *id)
            })
            .collect();
        order::sort_by(&mut keyed, |a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        *row = keyed.into_iter().map(|k| k.2).collect();
        for (i, id) in row.iter().enumerate() {
            position.insert(id, i as f64);
        }
    }
    let widest = rows.iter().map(Vec::len).max().unwrap_or(1) as f64;
    let width = 2.0 * MARGIN + widest * NODE_WIDTH + (widest - 1.0) * GAP_X;
    let height = 2.0 * MARGIN + depth as f64 * NODE_HEIGHT + (depth as f64 - 1.0) * GAP_Y;
    let mut nodes = Vec::new();
    for (l, row) in rows.iter().enumerate() {
        let row_width = row.len() as f64 * NODE_WIDTH + (row.len() as f64 - 1.0).max(0.0) * GAP_X;
        let start = (width - row_width) / 2.0;
        for (i, id) in row.iter().enumerate() {
            let role = roles.get(id).expect("laid out from the roles");
            nodes.push(Node {
                id: role.id.clone(),
                title: role.title.clone(),
                lines: wrap(&role.title),
                layer: l,
                x: start + i as f64 * (NODE_WIDTH + GAP_X),
                y: MARGIN + l as f64 * (NODE_HEIGHT + GAP_Y),
            });
        }
    }
    let mut at: Keyed<&str, &Node> = Keyed::new();
    for n in &nodes {
        at.insert(n.id.as_str(), n);
    }
    // Where a line may pass through each row without crossing a box.
    let gaps: Vec<Vec<f64>> = (0..depth)
        .map(|l| {
            let mut xs: Vec<f64> = nodes.iter().filter(|n| n.layer == l).map(|n| n.x).collect();
            order::sort_by(&mut xs, f64::total_cmp);
            let mut gaps: Vec<f64> = xs
                .iter()
                .map(|x| (x - GAP_X / 2.0).max(MARGIN / 2.0))
                .collect();
            if let Some(last) = xs.last() {
                gaps.push((last + NODE_WIDTH + GAP_X / 2.0).min(width - MARGIN / 2.0));
            }
            gaps
        })
        .collect();
    let mut edges = Vec::new();
    for r in &roles.roles {
        for t in &r.leads_to {
            let (Some(a), Some(b)) = (at.get(&r.id.as_str()), at.get(&t.as_str())) else {
                continue;
            };
            let start = (a.x + NODE_WIDTH / 2.0, a.y + NODE_HEIGHT);
            let end = (b.x + NODE_WIDTH / 2.0, b.y - 4.0);
            // A line that skips rows goes through a gap in each row it passes.
            let mut points = vec![start];
            for (l, row_gaps) in gaps.iter().enumerate().take(b.layer).skip(a.layer + 1) {
                let share = (l - a.layer) as f64 / (b.layer - a.layer) as f64;
                let straight = start.0 + (end.0 - start.0) * share;
                let x = row_gaps
                    .iter()
                    .copied()
                    .min_by(|p, q| (p - straight).abs().total_cmp(&(q - straight).abs()))
                    .unwrap_or(straight);
                let row_top = MARGIN + l as f64 * (NODE_HEIGHT + GAP_Y);
                points.push((x, row_top - GAP_Y / 4.0));
                points.push((x, row_top + NODE_HEIGHT + GAP_Y / 4.0));
            }
            points.push(end);
            // Whole units, rounded as integers: formatting floats would
            // bring Rust's float printing into the roles' program.
            let n = |v: f64| v.round() as i64;
            let mut path = format!("M{} {}", n(start.0), n(start.1));
            for w in points.windows(2) {
                let ((x1, y1), (x2, y2)) = (w[0], w[1]);
                let bend = (y2 - y1) / 2.0;
                path.push_str(&format!(
                    " C{} {} {} {} {} {}",
                    n(x1),
                    n(y1 + bend),
                    n(x2),
                    n(y2 - bend),
                    n(x2),
                    n(y2)
                ));
            }
            edges.push(Edge {
                from: r.id.clone(),
                to: t.clone(),
                path,
            });
        }
    }
    Some(Diagram {
        nodes,
        edges,
        width,
        height,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Problem;

    #[test]
    fn route_from_a_role() {
        assert_eq!(
            route_from("registered-nurse"),
            "/pathways?role=registered-nurse"
        );
    }

    fn roles() -> Roles {
        crate::content::published("roles.json")
    }

    /// The problems the content check finds in where roles lead, with where.
    fn graph_problems(roles: &Roles) -> Vec<(String, Problem)> {
        use crate::content::ContentFile;
        roles
            .problems()
            .into_iter()
            .filter(|f| f.place.field.ends_with("leads_to"))
            .map(|f| (f.place.path(), f.problem))
            .collect()
    }

    #[test]
    fn the_published_graph_is_sound() {
        assert_eq!(graph_problems(&roles()), []);
    }

    #[test]
    fn every_role_is_placed_once_and_every_link_drawn() {
        let roles = roles();
        let d = layout(&roles).unwrap();
        assert_eq!(d.nodes.len(), roles.roles.len());
        let links: usize = roles.roles.iter().map(|r| r.leads_to.len()).sum();
        assert_eq!(d.edges.len(), links);
        for e in &d.edges {
            let (a, b) = (
                d.nodes.iter().find(|n| n.id == e.from).unwrap(),
                d.nodes.iter().find(|n| n.id == e.to).unwrap(),
            );
            assert!(a.layer < b.layer, "{} is not above {}", e.from, e.to);
        }
        // Nodes stay inside the drawing and do not overlap.
        for (i, a) in d.nodes.iter().enumerate() {
            assert!(a.x >= 0.0 && a.x + NODE_WIDTH <= d.width && a.y + NODE_HEIGHT <= d.height);
            for b in &d.nodes[i + 1..] {
                assert!(
                    a.layer != b.layer || (a.x - b.x).abs() >= NODE_WIDTH,
                    "{} overlaps {}",
                    a.id,
                    b.id
                );
            }
        }
    }

    #[test]
    fn layers_follow_the_longest_route() {
        let d = layout(&roles()).unwrap();
        let layer = |id: &str| d.nodes.iter().find(|n| n.id == id).unwrap().layer;
        assert_eq!(layer("healthcare-assistant"), 0);
        assert_eq!(layer("registered-nurse"), 1);
        assert_eq!(layer("substance-misuse-nurse"), 2);
        assert_eq!(layer("nurse-practitioner"), 3);
    }

    #[test]
    fn self_links_unknown_links_and_cycles_are_caught() {
        let mut r = roles();
        let own = r.roles[0].id.clone();
        r.roles[0].leads_to.push(own.clone());
        let at = format!("roles.json: roles[{own}].leads_to");
        assert_eq!(graph_problems(&r), [(at.clone(), Problem::LeadsToItself)]);
        let mut r = roles();
        r.roles[0].leads_to.push("astronaut".into());
        let unknown = Problem::NoSuch {
            kind: "role",
            id: "astronaut".into(),
        };
        assert_eq!(graph_problems(&r), [(at, unknown)]);
        let mut r = roles();
        let hca = r
            .roles
            .iter()
            .position(|x| x.id == "nurse-practitioner")
            .unwrap();
        r.roles[hca].leads_to.push("healthcare-assistant".into());
        assert_eq!(
            graph_problems(&r),
            [(
                "roles.json: roles.leads_to".to_owned(),
                Problem::LeadsRoundInACircle
            )]
        );
        assert!(layout(&r).is_none());
        // The content check and the layout agree.
        assert!(r.lead_round_in_a_circle());
        assert!(!roles().lead_round_in_a_circle());
    }

    #[test]
    fn titles_wrap_to_fit() {
        assert_eq!(
            wrap("Inpatient clinical nurse manager"),
            ["Inpatient clinical", "nurse manager"]
        );
        assert_eq!(wrap("Registered nurse"), ["Registered nurse"]);
    }
}
