//! The text output: each document's text alone, documents separated by a blank line.

use super::{TextFormat, Writer};
use crate::Record;
use std::io::{self, Write};

/// Writes each cleaned document's text (one block per line), documents separated by a blank
/// line, and its readers' comments, when kept, after another blank line. A document that
/// failed or was skipped is left out: its error is the caller's to report.
#[derive(Debug)]
pub struct PlainText<W: Write> {
    out: W,
    written: usize,
    text_format: TextFormat,
}

impl<W: Write> PlainText<W> {
    /// A writer to `out`, which is best buffered.
    pub fn new(out: W) -> PlainText<W> {
        PlainText {
            out,
            written: 0,
            text_format: TextFormat::Plain,
        }
    }

    /// What each document's text is written as. Default: [`TextFormat::Plain`].
    #[must_use]
    pub fn with_text_format(mut self, text_format: TextFormat) -> PlainText<W> {
        self.text_format = text_format;
        self
    }

    /// The output, once the records are written.
    pub fn into_inner(self) -> W {
        self.out
    }
}

impl<W: Write> Writer for PlainText<W> {
    fn write(&mut self, record: &Record) -> io::Result<()> {
        let Some(doc) = record.document() else {
            return Ok(());
        };
        if self.written > 0 {
            self.out.write_all(b"\n")?;
        }
        match self.text_format {
            // Markdown ends with its line break.
            TextFormat::Markdown => self.out.write_all(doc.markdown().as_bytes())?,
            TextFormat::Plain => {
                self.out.write_all(doc.text.as_bytes())?;
                if !doc.text.is_empty() {
                    self.out.write_all(b"\n")?;
                }
            }
        }
        if let Some(comments) = doc.comments.as_deref().filter(|c| !c.is_empty()) {
            self.out.write_all(b"\n")?;
            self.out.write_all(comments.as_bytes())?;
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}
