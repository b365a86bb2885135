//! A few values by key, held as a list and searched in order (`Keyed`), and
//! values by role id as `quiz.json` gives an answer's weights and what it
//! meets (`ByRole`: a JSON object whose keys are role ids).
//!
//! An answer names a few roles, a page loads a few files and the pathways
//! lay out tens of roles: a linear search over so few is as fast as hashing, and its
//! code a fraction of a hash map's or a B-tree's, which were compiled for each
//! key and value type (3.7 KB of the quiz's program for the B-tree alone,
//! docs/measurements.md). `ByRole` reads, writes and describes itself (JSON
//! Schema) exactly as a `BTreeMap<String, V>` would: a key given twice keeps
//! its last value, and it is written in key order.

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use std::fmt;
use std::marker::PhantomData;

/// A few values by key, in the order they were added.
#[derive(Clone, Debug)]
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

    pub fn get<Q: PartialEq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: std::borrow::Borrow<Q>,
    {
        self.0
            .iter()
            .find(|(k, _)| k.borrow() == key)
            .map(|(_, v)| v)
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

    pub fn remove<Q: PartialEq + ?Sized>(&mut self, key: &Q) -> Option<V>
    where
        K: std::borrow::Borrow<Q>,
    {
        let at = self.0.iter().position(|(k, _)| k.borrow() == key)?;
        Some(self.0.remove(at).1)
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.0.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Values by role id (see the module's note).
#[derive(Clone, Debug)]
pub struct ByRole<V>(Keyed<String, V>);

impl<V> Default for ByRole<V> {
    fn default() -> Self {
        ByRole(Keyed::new())
    }
}

impl<V> std::ops::Deref for ByRole<V> {
    type Target = Keyed<String, V>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl<V> std::ops::DerefMut for ByRole<V> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// Equal when they hold the same values by role, in whatever order.
impl<V: PartialEq> PartialEq for ByRole<V> {
    fn eq(&self, other: &Self) -> bool {
        self.0 .0.len() == other.0 .0.len()
            && self.iter().all(|(r, v)| other.get(r.as_str()) == Some(v))
    }
}

impl<'a, V> IntoIterator for &'a ByRole<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, V)>,
        fn(&'a (String, V)) -> (&'a String, &'a V),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0 .0.iter().map(|(r, v)| (r, v))
    }
}

impl<V, const N: usize> From<[(String, V); N]> for ByRole<V> {
    fn from(pairs: [(String, V); N]) -> Self {
        let mut out = ByRole::default();
        for (role, value) in pairs {
            out.insert(role, value);
        }
        out
    }
}

impl<'de, V: Deserialize<'de>> Deserialize<'de> for ByRole<V> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entries<V>(PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
            type Value = ByRole<V>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object whose keys are role ids")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = ByRole::default();
                while let Some((role, value)) = map.next_entry::<String, V>()? {
                    out.insert(role, value);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Entries(PhantomData))
    }
}

impl<V: Serialize> Serialize for ByRole<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut sorted: Vec<&(String, V)> = self.0 .0.iter().collect();
        // Only when writing a file (natively): no program writes one.
        sorted.sort_by(|a, b| a.0.cmp(&b.0));
        let mut map = serializer.serialize_map(Some(sorted.len()))?;
        for (role, value) in sorted {
            map.serialize_entry(role, value)?;
        }
        map.end()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl<V: schemars::JsonSchema> schemars::JsonSchema for ByRole<V> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V>>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<String, V>>::schema_id()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<String, V>>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Read and written as a `BTreeMap<String, V>` is: the last of a key
    /// given twice, written in key order; and the same schema.
    #[test]
    fn reads_writes_and_describes_itself_as_a_map_does() {
        for text in [
            r#"{}"#,
            r#"{"b": 2, "a": 1}"#,
            r#"{"a": 1, "b": 2, "a": 3}"#,
            r#"{"nurse": -10, "gp": 10}"#,
        ] {
            let ours: ByRole<i32> = serde_json::from_str(text).unwrap();
            let map: BTreeMap<String, i32> = serde_json::from_str(text).unwrap();
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                serde_json::to_string(&map).unwrap(),
                "{text}"
            );
            for (role, value) in &map {
                assert_eq!(ours.get(role), Some(value), "{text}");
            }
            assert_eq!(ours.keys().count(), map.len(), "{text}");
        }
        for bad in [r#"[]"#, r#"{"a": "1"}"#, r#"{"a": 1.5}"#] {
            assert!(serde_json::from_str::<ByRole<i32>>(bad).is_err(), "{bad}");
            assert!(
                serde_json::from_str::<BTreeMap<String, i32>>(bad).is_err(),
                "{bad}"
            );
        }
        #[cfg(not(target_arch = "wasm32"))]
        assert_eq!(
            serde_json::to_value(schemars::schema_for!(ByRole<Vec<String>>)).unwrap(),
            serde_json::to_value(schemars::schema_for!(BTreeMap<String, Vec<String>>)).unwrap()
        );
    }

    #[test]
    fn keyed_keeps_one_value_a_key() {
        let mut files: Keyed<String, u32> = Keyed::new();
        assert_eq!(files.insert("pay.json".into(), 1), None);
        assert_eq!(files.insert("sites.json".into(), 2), None);
        assert_eq!(files.insert("pay.json".into(), 3), Some(1));
        assert_eq!(files.get("pay.json"), Some(&3));
        assert_eq!(*files.get_or_insert_with("sites.json".into(), || 9), 2);
        assert_eq!(*files.get_or_insert_with("roles.json".into(), || 4), 4);
        assert_eq!(files.remove("sites.json"), Some(2));
        assert_eq!(files.get("sites.json"), None);
        assert_eq!(files.remove("sites.json"), None);
        assert_eq!(files.get("roles.json"), Some(&4));
        files.clear();
        assert_eq!(files.get("roles.json"), None);
    }
}
