//! Inputs: one document to clean with what is known about it ([`Input`]), and the readers that
//! yield them, one document at a time ([`Files`] for paths and standard input).
//!
//! A reader never stops at a document it cannot read: it yields that document with the reason
//! ([`Input::unreadable`]), so that every document given gets its record.

mod files;

pub use files::Files;

use crate::error::Error;
use crate::options::Hints;
use crate::Kind;
use std::io::{self, Read};

/// How an input's bytes are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Compression {
    /// Not compressed.
    #[default]
    None,
    /// gzip, one member or several.
    Gzip,
    /// Zstandard (with the `zstd` feature, on by default).
    Zstd,
}

/// One document to clean: its bytes, or why they could not be read, and what is known about
/// it. Build it with [`Input::new`] and the `with_*` setters.
///
/// ```
/// use dechrome::{Input, Kind};
///
/// let input = Input::new("page-1", b"<p>Hello</p>".to_vec())
///     .with_url("https://example.org/1")
///     .with_kind(Kind::Html);
/// assert_eq!(input.source(), "page-1");
/// ```
#[derive(Debug)]
pub struct Input {
    source: String,
    bytes: Result<Vec<u8>, Error>,
    compression: Compression,
    url: Option<String>,
    charset: Option<String>,
    kind: Option<Kind>,
    site: Option<String>,
}

impl Input {
    /// A document named `source` in its record (a path, an id), with these bytes.
    pub fn new(source: impl Into<String>, bytes: Vec<u8>) -> Input {
        Input {
            source: source.into(),
            bytes: Ok(bytes),
            compression: Compression::None,
            url: None,
            charset: None,
            kind: None,
            site: None,
        }
    }

    /// A document that could not be read, and why: it gets a record with this error.
    pub fn unreadable(source: impl Into<String>, error: Error) -> Input {
        Input {
            bytes: Err(error),
            ..Input::new(source, Vec::new())
        }
    }

    /// The URL the document came from. Default: none.
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Input {
        self.url = Some(url.into());
        self
    }

    /// The charset the transport declared (see [`Hints::charset`]). Default: none.
    #[must_use]
    pub fn with_charset(mut self, charset: impl Into<String>) -> Input {
        self.charset = Some(charset.into());
        self
    }

    /// Whether the bytes are HTML or text. Default: sniffed from the bytes.
    #[must_use]
    pub fn with_kind(mut self, kind: Kind) -> Input {
        self.kind = Some(kind);
        self
    }

    /// How the bytes are compressed; they are decompressed by the worker that cleans them.
    /// Default: [`Compression::None`].
    #[must_use]
    pub fn with_compression(mut self, compression: Compression) -> Input {
        self.compression = compression;
        self
    }

    /// The site whose pages this document is counted with, for site chrome, when its URL
    /// names none (the page's own URL, else [`Input::with_url`], comes first). The file reader
    /// gives a file's directory. Default: none, and a document without a URL is then counted
    /// with no site.
    #[must_use]
    pub fn with_site(mut self, site: impl Into<String>) -> Input {
        self.site = Some(site.into());
        self
    }

    /// How the document's record names it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The kind the document was given as, if any.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }

    /// The site to count the document with when its URL names none.
    pub(crate) fn site(&self) -> Option<&str> {
        self.site.as_deref()
    }

    /// What the caller knows, as the cleaner takes it.
    pub(crate) fn hints(&self) -> Hints<'_> {
        Hints {
            url: self.url.as_deref(),
            charset: self.charset.as_deref(),
            kind: self.kind,
        }
    }

    /// The document's bytes, decompressed.
    pub(crate) fn take_bytes(&mut self) -> Result<Vec<u8>, Error> {
        let bytes = std::mem::replace(&mut self.bytes, Ok(Vec::new()))?;
        decompress(bytes, self.compression).map_err(Error::from)
    }
}

/// Decompresses bytes as `compression` says.
fn decompress(raw: Vec<u8>, compression: Compression) -> io::Result<Vec<u8>> {
    match compression {
        Compression::None => Ok(raw),
        Compression::Gzip => {
            let mut out = Vec::with_capacity(raw.len() * 4);
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .map_err(|e| io::Error::new(e.kind(), format!("not valid gzip: {e}")))?;
            Ok(out)
        }
        #[cfg(feature = "zstd")]
        Compression::Zstd => {
            zstd::stream::decode_all(&raw[..]).map_err(|e| io::Error::new(e.kind(), format!("not valid zstd: {e}")))
        }
        #[cfg(not(feature = "zstd"))]
        Compression::Zstd => Err(io::Error::new(
            io::ErrorKind::Unsupported,
            "zstd input needs dechrome's `zstd` feature",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn bytes_are_decompressed_as_declared() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"<p>Hi</p>").unwrap();
        let mut input = Input::new("a", gz.finish().unwrap()).with_compression(Compression::Gzip);
        assert_eq!(input.take_bytes().unwrap(), b"<p>Hi</p>");
        let mut broken = Input::new("b", b"not gzip".to_vec()).with_compression(Compression::Gzip);
        let error = broken.take_bytes().unwrap_err().to_string();
        assert!(error.starts_with("cannot read: not valid gzip"), "{error}");
    }

    #[test]
    fn an_unreadable_input_carries_its_error() {
        let gone = io::Error::new(io::ErrorKind::NotFound, "no such file");
        let mut input = Input::unreadable("x.html", gone.into()).with_kind(Kind::Html);
        assert!(matches!(input.take_bytes(), Err(Error::Io { .. })));
        assert_eq!(input.kind(), Some(Kind::Html));
    }
}
