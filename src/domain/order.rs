//! Putting short lists in order: a stable insertion sort.
//!
//! The standard library's sorts are built for long slices: each use with a new
//! element type or comparison compiles its own copy of a few kilobytes of
//! WebAssembly (measured in docs/measurements.md). The lists sorted here are
//! the content's roles, prisons, reasons and answers: tens, at most a few
//! hundred, items, where an insertion sort is as fast and its code a few dozen
//! bytes.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping items that compare equal in the order
/// they came (stable, like `slice::sort_by`).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for next in 1..items.len() {
        let mut at = next;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
}

/// Sorts `items` in their natural order (stable, like `slice::sort`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every arrangement of a few items, with repeats, against the standard
    /// library's stable sort: the same order, ties included.
    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        let mut seed = 0x2545_f491_u32;
        for len in 0..40 {
            for _ in 0..50 {
                let items: Vec<(u32, usize)> = (0..len)
                    .map(|i| {
                        seed ^= seed << 13;
                        seed ^= seed >> 17;
                        seed ^= seed << 5;
                        (seed % 7, i)
                    })
                    .collect();
                let mut ours = items.clone();
                let mut std = items.clone();
                // Equal keys keep their index order only if the sort is stable.
                sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
                std.sort_by_key(|a| a.0);
                assert_eq!(ours, std, "{items:?}");
                let mut reversed = items.clone();
                let mut std = items.clone();
                sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
                std.sort_by_key(|a| std::cmp::Reverse(a.0));
                assert_eq!(reversed, std, "{items:?}");
            }
        }
    }

    #[test]
    fn sorts_in_natural_order() {
        let mut words = vec!["pharmacy", "nurse", "admin", "nurse"];
        sort(&mut words);
        assert_eq!(words, ["admin", "nurse", "nurse", "pharmacy"]);
    }
}
