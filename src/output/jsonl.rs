//! JSON Lines: one object per record and line, with the fields the README's schema gives, in
//! that order.

use super::{TextFormat, Writer};
use crate::{PageType, Record};
use serde::ser::{Serialize, SerializeMap};
use std::io::{self, Write};

/// Writes each record as one JSON object on one line.
#[derive(Debug)]
pub struct JsonLines<W: Write> {
    out: W,
    text_format: TextFormat,
}

impl<W: Write> JsonLines<W> {
    /// A writer to `out`, which is best buffered.
    pub fn new(out: W) -> JsonLines<W> {
        JsonLines {
            out,
            text_format: TextFormat::Plain,
        }
    }

    /// What `text` holds. Default: [`TextFormat::Plain`].
    #[must_use]
    pub fn with_text_format(mut self, text_format: TextFormat) -> JsonLines<W> {
        self.text_format = text_format;
        self
    }

    /// The output, once the records are written.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Writer for JsonLines<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        let markdown = markdown(record, self.text_format);
        let fields = Fields {
            record,
            text: markdown.as_deref(),
        };
        serde_json::to_writer(&mut self.out, &fields)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A record as the JSON object [`JsonLines`] writes, its text as `text_format` says: for
/// callers that hand records on as values rather than lines.
pub fn record_object(record: &Record, text_format: TextFormat) -> serde_json::Map<String, serde_json::Value> {
    let markdown = markdown(record, text_format);
    let fields = Fields {
        record,
        text: markdown.as_deref(),
    };
    match serde_json::to_value(fields) {
        Ok(serde_json::Value::Object(object)) => object,
        // A record's fields are strings, numbers and JSON values already: always an object.
        _ => unreachable!("a record serialises as a JSON object"),
    }
}

/// The record's text as Markdown, when that is asked for and it has a text.
fn markdown(record: &Record, text_format: TextFormat) -> Option<String> {
    match text_format {
        TextFormat::Markdown => record.document().map(crate::Document::markdown),
        TextFormat::Plain => None,
    }
}

/// The fields dechrome writes, in order. An input's own fields that are carried through come
/// after them, except any of the same name, which these replace.
pub const RECORD_FIELDS: &[&str] = &[
    "source",
    "id",
    "url",
    "canonical_url",
    "title",
    "author",
    "date",
    "sitename",
    "description",
    "text",
    "comments",
    "lang",
    "lang_confidence",
    "encoding",
    "kind",
    "page_type",
    "withheld",
    "skipped",
    "truncated",
    "error",
];

/// A record as its JSON object: the document's fields flattened, then `error`, then the
/// input's own fields. `comments`, `withheld`, `skipped` and `truncated` appear only when they say
/// something.
impl Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Fields {
            record: self,
            text: None,
        }
        .serialize(serializer)
    }
}

/// A record's fields, with its text in another form when one is given.
struct Fields<'a> {
    record: &'a Record,
    text: Option<&'a str>,
}

impl Serialize for Fields<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let record = self.record;
        let doc = record.document();
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("source", &record.source)?;
        map.serialize_entry("id", &record.id)?;
        map.serialize_entry("url", &record.url)?;
        map.serialize_entry("canonical_url", &doc.and_then(|d| d.canonical_url.as_deref()))?;
        map.serialize_entry("title", &doc.and_then(|d| d.title.as_deref()))?;
        map.serialize_entry("author", &doc.and_then(|d| d.author.as_deref()))?;
        map.serialize_entry("date", &doc.and_then(|d| d.date.as_deref()))?;
        map.serialize_entry("sitename", &doc.and_then(|d| d.sitename.as_deref()))?;
        map.serialize_entry("description", &doc.and_then(|d| d.description.as_deref()))?;
        map.serialize_entry("text", self.text.unwrap_or(doc.map_or("", |d| d.text.as_str())))?;
        if let Some(comments) = doc.and_then(|d| d.comments.as_deref()) {
            map.serialize_entry("comments", comments)?;
        }
        let lang = doc.and_then(|d| d.lang.as_ref());
        map.serialize_entry("lang", &lang.map(|l| l.code))?;
        // Three decimals say all the detector knows.
        map.serialize_entry(
            "lang_confidence",
            &lang.map(|l| (l.confidence * 1000.0).round() / 1000.0),
        )?;
        map.serialize_entry("encoding", &doc.map(|d| d.encoding))?;
        map.serialize_entry("kind", &record.kind())?;
        map.serialize_entry("page_type", &doc.and_then(|d| d.page_type).map(PageType::as_str))?;
        if let Some(withheld) = doc.and_then(|d| d.withheld) {
            map.serialize_entry("withheld", &withheld)?;
        }
        if let Some(reason) = record.skipped() {
            map.serialize_entry("skipped", reason)?;
        }
        if let Some(reason) = &record.truncated {
            map.serialize_entry("truncated", reason)?;
        }
        map.serialize_entry("error", &record.error().map(ToString::to_string))?;
        for (key, value) in record.fields.iter().flatten() {
            if !RECORD_FIELDS.contains(&key.as_str()) {
                map.serialize_entry(key, value)?;
            }
        }
        map.end()
    }
}
