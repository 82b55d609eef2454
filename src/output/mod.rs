//! Writers: records out, one format a module. [`JsonLines`] writes every field of each record
//! (with the `serde` feature, on by default); [`PlainText`] writes the text alone.

mod file;
#[cfg(feature = "serde")]
mod jsonl;
mod stats;
mod text;

pub use file::{Output, PARTIAL_SUFFIX};
#[cfg(feature = "serde")]
pub use jsonl::{record_object, JsonLines, RECORD_FIELDS};
pub use stats::Stats;
pub use text::PlainText;

use crate::Record;
use std::io;

/// What the `text` of each record holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum TextFormat {
    /// The text as it is: a block per line ([`Document::text`](crate::Document::text)).
    #[default]
    Plain,
    /// Markdown, each block marked with its kind ([`Document::markdown`](crate::Document::markdown)).
    Markdown,
}

/// Writes records, in the order given, to an output.
pub trait Writer {
    /// Writes one record.
    fn write(&mut self, record: &Record) -> io::Result<()>;
    /// Writes out what is buffered; call it once the last record is written.
    fn finish(&mut self) -> io::Result<()>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::Outcome;
    use crate::document::{BlockKind, Document, Kind, Language};
    #[cfg(feature = "serde")]
    use crate::input::Fields;
    use crate::input::Identity;
    use crate::Error;

    /// An output that says whether it was flushed.
    #[derive(Default)]
    pub(super) struct Sink {
        pub bytes: Vec<u8>,
        pub flushed: bool,
    }

    impl io::Write for Sink {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.flushed = false;
            self.bytes.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            self.flushed = true;
            Ok(())
        }
    }

    /// A cleaned record, with comments when given.
    pub(super) fn cleaned(source: &str, text: &str, comments: Option<&str>) -> Record {
        let blocks = text.lines().map(|l| (BlockKind::Paragraph, l.to_string())).collect();
        let mut doc = Document::new(blocks, "UTF-8", Kind::Html);
        doc.comments = comments.map(str::to_string);
        doc.lang = Some(Language {
            code: "en",
            confidence: 0.87654,
        });
        Record::new(identity(source), Outcome::Cleaned(doc), None)
    }

    pub(super) fn failed(source: &str) -> Record {
        Record::new(identity(source), Outcome::Failed(Error::Empty), Some(Kind::Text))
    }

    fn identity(source: &str) -> Identity {
        Identity {
            source: source.to_string(),
            ..Identity::default()
        }
    }

    #[test]
    fn text_output_separates_documents_and_leaves_failures_out() {
        let mut writer = PlainText::new(Sink::default());
        for record in [
            cleaned("a", "One.\nTwo.", Some("Nice.")),
            failed("b"),
            Record::new(identity("s"), Outcome::Skipped("not a page".into()), None),
            cleaned("c", "", None),
            cleaned("d", "Four.", Some("")),
        ] {
            writer.write(&record).unwrap();
        }
        writer.finish().unwrap();
        let out = writer.into_inner();
        assert_eq!(
            String::from_utf8(out.bytes).unwrap(),
            "One.\nTwo.\n\nNice.\n\n\nFour.\n"
        );
        assert!(out.flushed);
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_lines_follow_the_schema() {
        let mut writer = JsonLines::new(Sink::default());
        writer.write(&cleaned("a.html", "One.", None)).unwrap();
        writer.write(&failed("b.txt")).unwrap();
        writer.finish().unwrap();
        let out = writer.into_inner();
        assert!(out.flushed);
        let out = String::from_utf8(out.bytes).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[0],
            r#"{"source":"a.html","id":null,"url":null,"canonical_url":null,"title":null,"author":null,"date":null,"sitename":null,"description":null,"text":"One.","lang":"en","lang_confidence":0.877,"encoding":"UTF-8","kind":"html","page_type":null,"error":null}"#
        );
        assert_eq!(
            lines[1],
            r#"{"source":"b.txt","id":null,"url":null,"canonical_url":null,"title":null,"author":null,"date":null,"sitename":null,"description":null,"text":"","lang":null,"lang_confidence":null,"encoding":null,"kind":"text","page_type":null,"error":"the document is empty: there is no text to clean"}"#
        );
    }

    #[cfg(feature = "serde")]
    #[test]
    fn record_objects_hold_every_field_of_the_schema_in_its_order_then_the_input_s() {
        let mut full = cleaned("a", "One.", Some("Nice."));
        if let Outcome::Cleaned(doc) = &mut full.outcome {
            doc.withhold(crate::Withheld::MinChars);
        }
        full.fields = Some(serde_json::from_str(r#"{"text": "theirs", "extra": 1}"#).unwrap());
        full.truncated = Some("not valid gzip: incomplete deflate stream".into());
        let skipped = Record::new(identity("s"), Outcome::Skipped("not a page".into()), None);
        let mut seen: Vec<String> = Vec::new();
        for record in [&full, &skipped] {
            let keys: Vec<String> = record_object(record, TextFormat::Plain).keys().cloned().collect();
            let schema: Vec<usize> = keys
                .iter()
                .filter_map(|k| RECORD_FIELDS.iter().position(|f| f == k))
                .collect();
            assert!(
                schema.windows(2).all(|w| w[0] < w[1]),
                "in the schema's order: {keys:?}"
            );
            seen.extend(keys.iter().filter(|k| RECORD_FIELDS.contains(&k.as_str())).cloned());
        }
        for field in RECORD_FIELDS {
            assert!(seen.iter().any(|s| s == field), "{field} is written");
        }
        let full = record_object(&full, TextFormat::Plain);
        assert_eq!(
            full.keys().next_back().map(String::as_str),
            Some("extra"),
            "the input's own fields last"
        );
        assert_eq!(
            full["text"], "",
            "the record's own text, withheld, replaces the input's"
        );
    }

    #[test]
    fn stats_count_what_became_of_each_document() {
        let mut stats = Stats::default();
        let mut withheld = cleaned("c", "", None);
        if let Outcome::Cleaned(doc) = &mut withheld.outcome {
            doc.withhold(crate::Withheld::MinChars);
            doc.counts.input_bytes = 10;
        }
        for record in [
            cleaned("a", "One.\nTwo.", Some("Nice.")),
            failed("b"),
            failed("b2"),
            withheld,
            Record::new(identity("s"), Outcome::Skipped("not a page".into()), None),
        ] {
            stats.add(&record);
        }
        assert_eq!((stats.documents, stats.cleaned), (5, 2));
        assert_eq!(stats.failed.get("empty"), Some(&2));
        assert_eq!(stats.failures(), 2);
        assert_eq!(stats.skipped.get("not a page"), Some(&1));
        assert_eq!((stats.withheld.get("min_chars"), stats.withheld_count()), (Some(&1), 1));
        assert_eq!(stats.languages.get("en"), Some(&2));
        assert_eq!((stats.bytes_in, stats.bytes_out), (10, "One.\nTwo.Nice.".len()));
    }

    #[cfg(feature = "serde")]
    #[test]
    fn json_lines_carry_the_input_s_identity_and_own_fields() {
        let mut fields = Fields::new();
        fields.insert("shard".into(), serde_json::json!({"n": 3, "tags": ["a"]}));
        fields.insert("text".into(), "the input's text".into());
        fields.insert("lang".into(), "xx".into());
        let mut record = Record::new(
            Identity {
                source: "docs.jsonl:2".into(),
                id: Some("d2".into()),
                url: Some("https://e.org/2".into()),
                fields: Some(fields),
            },
            Outcome::Skipped("not a web page: image/png".into()),
            Some(Kind::Html),
        );
        let json = serde_json::to_string(&record).unwrap();
        assert_eq!(
            json,
            r#"{"source":"docs.jsonl:2","id":"d2","url":"https://e.org/2","canonical_url":null,"title":null,"author":null,"date":null,"sitename":null,"description":null,"text":"","lang":null,"lang_confidence":null,"encoding":null,"kind":"html","page_type":null,"skipped":"not a web page: image/png","error":null,"shard":{"n":3,"tags":["a"]}}"#,
            "the record's own fields replace those of the same name"
        );
        record.outcome = cleaned("x", "One.", Some("")).outcome;
        let json = serde_json::to_string(&record).unwrap();
        assert!(json.contains(r#""text":"One.","comments":"","lang":"en""#), "{json}");
        assert!(!json.contains("skipped"), "{json}");
    }
}
