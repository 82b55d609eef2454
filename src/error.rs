//! The library's error type.

use std::io;

/// Why a document could not be cleaned.
///
/// Each message says what went wrong and, where there is one, what to do about it.
/// The enum is non-exhaustive: later versions may add variants.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input had no bytes, or nothing but whitespace.
    #[error("the document is empty: there is no text to clean")]
    Empty,
    /// The bytes look like a binary file (an image, an archive, an executable), not HTML or text.
    #[error("the document looks like binary data ({share_percent}% control bytes), not HTML or text; pass only web pages or text dumps")]
    Binary {
        /// Share of control bytes in the first kilobytes, in percent.
        share_percent: u32,
    },
    /// The caller declared a charset that no WHATWG encoding label names.
    #[error("unknown charset {label:?}: use a WHATWG encoding label such as \"utf-8\" or \"windows-1251\", or leave the charset out to have it detected")]
    UnknownCharset {
        /// The label as given.
        label: String,
    },
    /// Reading the input failed: a file that cannot be opened, a directory that cannot be
    /// listed, bytes that do not decompress.
    #[error("cannot read: {source}")]
    Io {
        /// The underlying error.
        #[source]
        source: io::Error,
    },
    /// The document is larger than [`Options::with_max_bytes`](crate::Options::with_max_bytes)
    /// allows, as read or once decompressed; it is not read further.
    #[error("the document is larger than the limit of {limit} bytes; raise the limit (--max-bytes) to clean it")]
    TooLarge {
        /// The limit, in bytes.
        limit: usize,
    },
    /// Cleaning the document took longer than
    /// [`Options::with_timeout`](crate::Options::with_timeout) allows; it was stopped.
    #[error("cleaning the document took longer than the limit of {limit_ms} ms and was stopped; raise the limit (--timeout-ms) to clean it")]
    Timeout {
        /// The limit, in milliseconds.
        limit_ms: u64,
    },
    /// One document of a stream cannot be taken as one: a JSON Lines line that is not a JSON
    /// object or holds no document, a WARC record that is cut short or malformed.
    #[error("{reason}")]
    Malformed {
        /// What is wrong, and where: `line 12 is not JSON: ...`.
        reason: String,
    },
    /// Cleaning this document hit a defect of dechrome. A batch reports it in the document's
    /// record and goes on.
    #[error("internal error while cleaning this document; please report it with the input")]
    Internal,
}

impl Error {
    /// A short, stable name of the kind of error, for counting them: `empty`, `binary`,
    /// `unknown_charset`, `io`, `too_large`, `timeout`, `malformed`, `internal`.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Empty => "empty",
            Error::Binary { .. } => "binary",
            Error::UnknownCharset { .. } => "unknown_charset",
            Error::Io { .. } => "io",
            Error::TooLarge { .. } => "too_large",
            Error::Timeout { .. } => "timeout",
            Error::Malformed { .. } => "malformed",
            Error::Internal => "internal",
        }
    }
}

impl From<io::Error> for Error {
    fn from(source: io::Error) -> Error {
        Error::Io { source }
    }
}
