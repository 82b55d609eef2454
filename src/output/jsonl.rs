//! JSON Lines: one object per record and line, with the fields the README's schema gives, in
//! that order.

use super::Writer;
use crate::{Kind, Record, Withheld};
use serde::Serialize;
use std::io::{self, Write};

/// Writes each record as one JSON object on one line.
#[derive(Debug)]
pub struct JsonLines<W: Write> {
    out: W,
}

impl<W: Write> JsonLines<W> {
    /// A writer to `out`, which is best buffered.
    pub fn new(out: W) -> JsonLines<W> {
        JsonLines { out }
    }

    /// The output, once the records are written.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Writer for JsonLines<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, record)?;
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// A record as its JSON object: the document's fields flattened, `error` last.
#[derive(Serialize)]
struct Fields<'a> {
    source: &'a str,
    url: Option<&'a str>,
    title: Option<&'a str>,
    author: Option<&'a str>,
    date: Option<&'a str>,
    sitename: Option<&'a str>,
    description: Option<&'a str>,
    text: &'a str,
    /// Present only when comments were asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    comments: Option<&'a str>,
    lang: Option<&'static str>,
    lang_confidence: Option<f64>,
    encoding: Option<&'static str>,
    kind: Option<Kind>,
    /// Present only when a filter withheld the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    withheld: Option<Withheld>,
    error: Option<String>,
}

impl Serialize for Record {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = match &self.result {
            Ok(doc) => Fields {
                source: &self.source,
                url: doc.url.as_deref(),
                title: doc.title.as_deref(),
                author: doc.author.as_deref(),
                date: doc.date.as_deref(),
                sitename: doc.sitename.as_deref(),
                description: doc.description.as_deref(),
                text: &doc.text,
                comments: doc.comments.as_deref(),
                lang: doc.lang.as_ref().map(|l| l.code),
                // Three decimals say all the detector knows.
                lang_confidence: doc.lang.as_ref().map(|l| (l.confidence * 1000.0).round() / 1000.0),
                encoding: Some(doc.encoding),
                kind: Some(doc.kind),
                withheld: doc.withheld,
                error: None,
            },
            Err(error) => Fields {
                source: &self.source,
                url: None,
                title: None,
                author: None,
                date: None,
                sitename: None,
                description: None,
                text: "",
                comments: None,
                lang: None,
                lang_confidence: None,
                encoding: None,
                kind: self.kind(),
                withheld: None,
                error: Some(error.to_string()),
            },
        };
        fields.serialize(serializer)
    }
}
