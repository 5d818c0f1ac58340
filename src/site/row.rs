//! One row of a site's `code_messages` table, with its `messages` object in stored key order.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A `messages` object: language tag → text, in the order the site stores it, so that a
/// merge appends new keys and leaves the rest where they were.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Messages {
    entries: Vec<(String, Value)>,
}

impl Messages {
    /// Parses a stored `messages` value; anything but a JSON object is an error (with the
    /// reason), so the caller can report the row instead of overwriting it.
    pub fn parse(text: &str) -> Result<Messages, String> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let messages = OrderedObject::deserialize(&mut deserializer)
            .map_err(|err| format!("messages is not a JSON object: {err}"))?;
        deserializer
            .end()
            .map_err(|err| format!("messages is not a JSON object: {err}"))?;
        Ok(messages.0)
    }

    /// The text under `tag`, if it is a string.
    pub fn text(&self, tag: &str) -> Option<&str> {
        self.entries
            .iter()
            .find(|(key, _)| key == tag)
            .and_then(|(_, value)| value.as_str())
    }

    /// The value under `tag` as JSON (`null` when absent).
    pub fn raw(&self, tag: &str) -> String {
        self.entries
            .iter()
            .find(|(key, _)| key == tag)
            .map_or_else(|| "null".to_owned(), |(_, value)| value.to_string())
    }

    /// Whether `tag` is a key (with any value).
    pub fn contains(&self, tag: &str) -> bool {
        self.entries.iter().any(|(key, _)| key == tag)
    }

    /// Sets `tag` to `text`, in place if the key exists, else at the end.
    pub fn set(&mut self, tag: &str, text: &str) {
        let value = Value::String(text.to_owned());
        match self.entries.iter_mut().find(|(key, _)| key == tag) {
            Some(entry) => entry.1 = value,
            None => self.entries.push((tag.to_owned(), value)),
        }
    }

    /// The keys, in stored order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(key, _)| key.as_str())
    }

    /// Whether there are no keys.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The object as compact JSON, keys in order.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|_| "{}".to_owned())
    }
}

impl Serialize for Messages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.entries.len()))?;
        for (key, value) in &self.entries {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// A JSON object read into a `Vec`, keeping key order (and, for a repeated key, the last value
/// in the first key's place, as PHP's `json_decode` does).
struct OrderedObject(Messages);

impl<'de> Deserialize<'de> for OrderedObject {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;
        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = OrderedObject;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of language tag to text")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OrderedObject, A::Error> {
                let mut messages = Messages::default();
                while let Some((key, value)) = map.next_entry::<String, Value>()? {
                    match messages.entries.iter_mut().find(|(k, _)| *k == key) {
                        Some(entry) => entry.1 = value,
                        None => messages.entries.push((key, value)),
                    }
                }
                Ok(OrderedObject(messages))
            }
        }
        deserializer.deserialize_map(ObjectVisitor)
    }
}

/// One live row of `code_messages` for the app being planned.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SiteRow {
    /// The row's primary key.
    pub id: i64,
    /// The `code` column.
    pub code: i64,
    /// The `messages` column: an object, or why it is not one.
    pub messages: Result<Messages, String>,
}

impl SiteRow {
    /// A row as read from the table; `messages` is the column's text (`None` for SQL NULL).
    pub fn new(id: i64, code: i64, messages: Option<&str>) -> Self {
        SiteRow {
            id,
            code,
            messages: match messages {
                Some(text) => Messages::parse(text),
                None => Err("messages is NULL".to_owned()),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_order_and_merge_in_place() {
        let mut messages = Messages::parse(r#"{"zh-Hans":"甲","en":"A","fr-CA":"Å"}"#).unwrap();
        messages.set("en", "B");
        messages.set("ja", "乙");
        assert_eq!(
            messages.to_json(),
            r#"{"zh-Hans":"甲","en":"B","fr-CA":"Å","ja":"乙"}"#
        );
        assert_eq!(messages.text("fr-CA"), Some("Å"));
    }

    #[test]
    fn anything_but_an_object_is_refused() {
        for text in ["[]", "\"en\"", "null", "{", "{} x", "1"] {
            assert!(Messages::parse(text).is_err(), "{text}");
        }
        assert!(SiteRow::new(1, 30000, None).messages.is_err());
        assert_eq!(Messages::parse("{}").unwrap(), Messages::default());
    }
}
