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

/// A few values by key, in the order they were added: the handful of files a
/// page loads, or the controls of one part. A linear search over so few is as
/// fast as hashing, and its code a fraction of a hash map's for each key and
/// value type (docs/measurements.md).
#[derive(Debug)]
pub struct Keyed<K, V>(Vec<(K, V)>);

impl<K, V> Default for Keyed<K, V> {
    fn default() -> Self {
        Keyed(Vec::new())
    }
}

impl<K: PartialEq, V> Keyed<K, V> {
    pub const fn new() -> Self {
        Keyed(Vec::new())
    }

    pub fn get(&self, key: &K) -> Option<&V> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The value under `key`, made by `make` and added if there is none.
    pub fn get_or_insert_with(&mut self, key: K, make: impl FnOnce() -> V) -> &mut V {
        let at = match self.0.iter().position(|(k, _)| *k == key) {
            Some(at) => at,
            None => {
                self.0.push((key, make()));
                self.0.len() - 1
            }
        };
        &mut self.0[at].1
    }

    /// Puts `value` under `key`, giving back the value it replaces.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => Some(std::mem::replace(v, value)),
            None => {
                self.0.push((key, value));
                None
            }
        }
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        let at = self.0.iter().position(|(k, _)| k == key)?;
        Some(self.0.remove(at).1)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
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
                std.sort_by(|a, b| a.0.cmp(&b.0));
                assert_eq!(ours, std, "{items:?}");
                let mut reversed = items.clone();
                let mut std = items.clone();
                sort_by(&mut reversed, |a, b| b.0.cmp(&a.0));
                std.sort_by(|a, b| b.0.cmp(&a.0));
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

    #[test]
    fn keyed_keeps_one_value_a_key() {
        let mut files: Keyed<String, u32> = Keyed::new();
        assert_eq!(files.insert("pay.json".into(), 1), None);
        assert_eq!(files.insert("sites.json".into(), 2), None);
        assert_eq!(files.insert("pay.json".into(), 3), Some(1));
        assert_eq!(files.get(&"pay.json".into()), Some(&3));
        assert_eq!(*files.get_or_insert_with("sites.json".into(), || 9), 2);
        assert_eq!(*files.get_or_insert_with("roles.json".into(), || 4), 4);
        assert_eq!(files.remove(&"sites.json".into()), Some(2));
        assert_eq!(files.get(&"sites.json".into()), None);
        assert_eq!(files.remove(&"sites.json".into()), None);
        assert_eq!(files.get(&"roles.json".into()), Some(&4));
        files.clear();
        assert_eq!(files.get(&"roles.json".into()), None);
    }
}
