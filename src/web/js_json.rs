//! Content read with the browser's own JSON parser (`JSON.parse`), then mapped
//! onto the content types by their serde derives. serde_json's parser, compiled
//! once for every content type, made the app's wasm much larger than this
//! does. The editors' check (its own worker) and the native tests still
//! read every file with serde_json, which names the line and column of a
//! problem; a component test holds the two readings equal.
//!
//! Every key of an object goes to the type's visitor, so an unknown field is
//! refused (`deny_unknown_fields`) as serde_json refuses it. One difference:
//! `JSON.parse` keeps the last of two equal keys where serde_json refuses the
//! file; the editors' check still says so.

use js_sys::{Array, Object, JSON};
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Unexpected,
    Visitor,
};
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Reads `text` as JSON into `T`; the error says what was wrong, without a place.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = JSON::parse(text).map_err(|e| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_default();
        format!("not JSON: {message}")
    })?;
    T::deserialize(Value(value)).map_err(|e| e.to_string())
}

/// Why a file does not fit its type, in a fixed phrase: what was wrong and
/// the kind of value found, never the value, a field's name or what the
/// type expected. serde's own messages format all of those, which links
/// Rust's number and string formatting and every type's description into
/// each part's program for a message no visitor reads: the editors' check
/// (`/check`, serde_json) says exactly what and where.
#[derive(Debug)]
pub struct Error {
    what: &'static str,
    found: &'static str,
}

impl Error {
    const fn of(what: &'static str) -> Self {
        Error { what, found: "" }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)?;
        if !self.found.is_empty() {
            f.write_str(": ")?;
            f.write_str(self.found)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

// Each is inlined, so the description of what was expected that serde
// passes in is never built.
impl de::Error for Error {
    #[inline(always)]
    fn custom<T: fmt::Display>(_: T) -> Self {
        Error::of("not in the shape the app reads")
    }

    #[inline(always)]
    fn invalid_type(found: Unexpected<'_>, _: &dyn de::Expected) -> Self {
        Error {
            what: "a value of the wrong type",
            found: kind(found),
        }
    }

    #[inline(always)]
    fn invalid_value(found: Unexpected<'_>, _: &dyn de::Expected) -> Self {
        Error {
            what: "a value this field cannot have",
            found: kind(found),
        }
    }

    #[inline(always)]
    fn invalid_length(_: usize, _: &dyn de::Expected) -> Self {
        Error::of("a list of the wrong length")
    }

    #[inline(always)]
    fn unknown_variant(_: &str, _: &'static [&'static str]) -> Self {
        Error::of("a value this field cannot have")
    }

    #[inline(always)]
    fn unknown_field(_: &str, _: &'static [&'static str]) -> Self {
        Error::of("a field this kind of record does not have")
    }

    #[inline(always)]
    fn missing_field(_: &'static str) -> Self {
        Error::of("a field missing")
    }

    #[inline(always)]
    fn duplicate_field(_: &'static str) -> Self {
        Error::of("a field given twice")
    }
}

/// The kind of a value serde did not expect, without the value itself.
fn kind(found: Unexpected<'_>) -> &'static str {
    match found {
        Unexpected::Bool(_) => "a boolean",
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => "a number",
        Unexpected::Char(_) | Unexpected::Str(_) => "a string",
        Unexpected::Unit | Unexpected::Option => "null",
        Unexpected::Seq => "an array",
        Unexpected::Map => "an object",
        _ => "another kind of value",
    }
}

/// One parsed JSON value, not yet looked at.
struct Value(JsValue);

/// Integers as serde_json gives them (so `3` fits a `u32` and `3.5` does not);
/// beyond 2^53 a JSON number is not exact in JavaScript, so it stays a float.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// A value looked at once. The looking is one function for every type; only
/// the short matches below are compiled for each type (generic code thin,
/// the work in one non-generic function).
enum Json {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Text(JsValue),
    Items(Array),
    /// An object's `[key, value]` pairs, in the text's order.
    Entries(Array),
}

impl Json {
    #[inline(never)]
    fn of(v: JsValue) -> Json {
        if v.is_null() {
            Json::Null
        } else if let Some(b) = v.as_bool() {
            Json::Bool(b)
        } else if let Some(n) = v.as_f64() {
            if n.fract() == 0.0 && n.abs() < EXACT {
                if n >= 0.0 {
                    Json::Unsigned(n as u64)
                } else {
                    Json::Signed(n as i64)
                }
            } else {
                Json::Float(n)
            }
        } else if v.is_string() {
            Json::Text(v)
        } else if Array::is_array(&v) {
            Json::Items(v.unchecked_into())
        } else {
            // JSON.parse makes nothing else: an object.
            Json::Entries(Object::entries(v.unchecked_ref()))
        }
    }

    /// "invalid type: a number, expected a string".
    #[inline(never)]
    fn wrong(&self, expected: &dyn de::Expected) -> Error {
        // Named by `kind`, the one place a kind of value has its words.
        let found = match self {
            Json::Null => Unexpected::Unit,
            Json::Bool(b) => Unexpected::Bool(*b),
            Json::Unsigned(n) => Unexpected::Unsigned(*n),
            Json::Signed(n) => Unexpected::Signed(*n),
            Json::Float(n) => Unexpected::Float(*n),
            Json::Text(_) => Unexpected::Str(""),
            Json::Items(_) => Unexpected::Seq,
            Json::Entries(_) => Unexpected::Map,
        };
        de::Error::invalid_type(found, expected)
    }
}

/// `JSON.parse` reads `1e999` as Infinity; serde_json refuses it, and so
/// does this, so no file can hand the app a number it cannot compute with.
fn finite(n: f64) -> Result<f64, Error> {
    if n.is_finite() {
        Ok(n)
    } else {
        Err(Error::of("a number out of range"))
    }
}

fn text(value: JsValue) -> String {
    value.as_string().unwrap_or_default()
}

macro_rules! numbers {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            match Json::of(self.0) {
                Json::Unsigned(n) => visitor.visit_u64(n),
                Json::Signed(n) => visitor.visit_i64(n),
                Json::Float(n) => visitor.visit_f64(finite(n)?),
                other => Err(other.wrong(&visitor)),
            }
        }
    )*};
}

// Each method asks for the one kind of value the type wants, so a type's
// visitor is compiled only with the calls it can get (`deserialize_any`
// would compile every struct's sequence form as well).
impl<'de> de::Deserializer<'de> for Value {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Null => visitor.visit_unit(),
            Json::Bool(b) => visitor.visit_bool(b),
            Json::Unsigned(n) => visitor.visit_u64(n),
            Json::Signed(n) => visitor.visit_i64(n),
            Json::Float(n) => visitor.visit_f64(finite(n)?),
            Json::Text(s) => visitor.visit_string(text(s)),
            Json::Items(items) => visitor.visit_seq(Items { items, next: 0 }),
            Json::Entries(entries) => visitor.visit_map(Entries::new(entries)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Bool(b) => visitor.visit_bool(b),
            other => Err(other.wrong(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Text(s) => visitor.visit_string(text(s)),
            other => Err(other.wrong(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Items(items) => visitor.visit_seq(Items { items, next: 0 }),
            other => Err(other.wrong(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Entries(entries) => visitor.visit_map(Entries::new(entries)),
            other => Err(other.wrong(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    /// The content's enums are all written as a string (`"clinical"`).
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Text(s) => visitor.visit_enum(text(s).into_deserializer()),
            other => Err(other.wrong(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match Json::of(self.0) {
            Json::Null => visitor.visit_unit(),
            other => Err(other.wrong(&visitor)),
        }
    }

    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_f32 deserialize_f64
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit_struct tuple tuple_struct
    }
}

struct Items {
    items: Array,
    next: u32,
}

impl Items {
    #[inline(never)]
    fn next_item(&mut self) -> Option<JsValue> {
        if self.next >= self.items.length() {
            return None;
        }
        self.next += 1;
        Some(self.items.get(self.next - 1))
    }
}

impl<'de> SeqAccess<'de> for Items {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        match self.next_item() {
            Some(item) => seed.deserialize(Value(item)).map(Some),
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.items.length() - self.next) as usize)
    }
}

struct Entries {
    entries: Array,
    next: u32,
    value: JsValue,
}

impl Entries {
    fn new(entries: Array) -> Self {
        Entries {
            entries,
            next: 0,
            value: JsValue::NULL,
        }
    }

    /// The next key, keeping its value for `next_value_seed`.
    #[inline(never)]
    fn next_key(&mut self) -> Option<String> {
        if self.next >= self.entries.length() {
            return None;
        }
        let pair: Array = self.entries.get(self.next).unchecked_into();
        self.next += 1;
        self.value = pair.get(1);
        Some(text(pair.get(0)))
    }
}

impl<'de> MapAccess<'de> for Entries {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match self.next_key() {
            Some(key) => seed.deserialize(key.into_deserializer()).map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(Value(std::mem::replace(&mut self.value, JsValue::NULL)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.entries.length() - self.next) as usize)
    }
}
