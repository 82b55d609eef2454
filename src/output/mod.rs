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
