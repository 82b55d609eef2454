//! Writers: records out, one format a module. [`JsonLines`] writes every field of each record
//! (with the `serde` feature, on by default); [`PlainText`] writes the text alone.

#[cfg(feature = "serde")]
mod jsonl;
mod text;

#[cfg(feature = "serde")]
pub use jsonl::JsonLines;
pub use text::PlainText;

use crate::Record;
use std::io;

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
    use crate::document::{BlockKind, Document, Kind, Language};
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
        Record::new(source.to_string(), Ok(doc), None)
    }

    pub(super) fn failed(source: &str) -> Record {
        Record::new(source.to_string(), Err(Error::Empty), Some(Kind::Text))
    }

    #[test]
    fn text_output_separates_documents_and_leaves_failures_out() {
        let mut writer = PlainText::new(Sink::default());
        for record in [
            cleaned("a", "One.\nTwo.", Some("Nice.")),
            failed("b"),
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
            r#"{"source":"a.html","url":null,"title":null,"author":null,"date":null,"sitename":null,"description":null,"text":"One.","lang":"en","lang_confidence":0.877,"encoding":"UTF-8","kind":"html","error":null}"#
        );
        assert_eq!(
            lines[1],
            r#"{"source":"b.txt","url":null,"title":null,"author":null,"date":null,"sitename":null,"description":null,"text":"","lang":null,"lang_confidence":null,"encoding":null,"kind":"text","error":"the document is empty: there is no text to clean"}"#
        );
    }
}
