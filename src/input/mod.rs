//! Inputs: one document to clean with what is known about it ([`Input`]), and the readers that
//! yield them, one document at a time ([`Files`] for paths and standard input).
//!
//! A reader never stops at a document it cannot read: it yields that document with the reason
//! ([`Input::unreadable`]), so that every document given gets its record.

mod files;
mod jsonl;
mod warc;

pub use files::{Files, Format};
pub use jsonl::{JsonFields, JsonLines};
pub use warc::Warc;

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

/// Fields of an input record that are not the document, carried through to its output
/// record unchanged (the other fields of a JSON Lines line).
pub type Fields = serde_json::Map<String, serde_json::Value>;

/// One document to clean: its bytes, or why they could not be read or are not cleaned, and
/// what is known about it. Build it with [`Input::new`] and the `with_*` setters.
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
    content: Held,
    compression: Compression,
    id: Option<String>,
    url: Option<String>,
    charset: Option<String>,
    kind: Option<Kind>,
    site: Option<String>,
    fields: Option<Fields>,
}

/// What an input holds.
#[derive(Debug)]
enum Held {
    Bytes(Vec<u8>),
    /// Why the document could not be read.
    Unreadable(Error),
    /// Why the document is not one to clean (a picture in a web archive).
    Skipped(String),
}

impl Input {
    /// A document named `source` in its record (a path, a line of a stream), with these bytes.
    pub fn new(source: impl Into<String>, bytes: Vec<u8>) -> Input {
        Input {
            source: source.into(),
            content: Held::Bytes(bytes),
            compression: Compression::None,
            id: None,
            url: None,
            charset: None,
            kind: None,
            site: None,
            fields: None,
        }
    }

    /// A document that could not be read, and why: it gets a record with this error.
    pub fn unreadable(source: impl Into<String>, error: Error) -> Input {
        Input {
            content: Held::Unreadable(error),
            ..Input::new(source, Vec::new())
        }
    }

    /// A document that is not cleaned, and why (it is not a web page or text): it gets a
    /// record that says so, with no text.
    pub fn skipped(source: impl Into<String>, reason: impl Into<String>) -> Input {
        Input {
            content: Held::Skipped(reason.into()),
            ..Input::new(source, Vec::new())
        }
    }

    /// The document's identifier, as the input gives it (a JSON Lines `id`, a WARC record's
    /// id); its record keeps it. Default: none.
    #[must_use]
    pub fn with_id(mut self, id: impl Into<String>) -> Input {
        self.id = Some(id.into());
        self
    }

    /// The URL the document came from; its record keeps it. Default: none.
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

    /// Fields carried through unchanged to the document's record. Default: none.
    #[must_use]
    pub fn with_fields(mut self, fields: Fields) -> Input {
        self.fields = Some(fields);
        self
    }

    /// The same document with these bytes.
    pub(crate) fn with_bytes(mut self, bytes: Vec<u8>) -> Input {
        self.content = Held::Bytes(bytes);
        self
    }

    /// The same document, given as this kind when one is known.
    pub(crate) fn with_kind_if(mut self, kind: Option<Kind>) -> Input {
        self.kind = kind.or(self.kind);
        self
    }

    /// The same document, failed for this reason.
    pub(crate) fn failed(mut self, error: Error) -> Input {
        self.content = Held::Unreadable(error);
        self
    }

    /// The same document, skipped for this reason.
    pub(crate) fn skip(mut self, reason: impl Into<String>) -> Input {
        self.content = Held::Skipped(reason.into());
        self
    }

    /// How the document's record names it.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The document's identifier, if the input gave one.
    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }

    /// The URL the input gave, if any.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The kind the document was given as, if any.
    pub fn kind(&self) -> Option<Kind> {
        self.kind
    }

    /// How many bytes the input holds, as given (compressed, if it is).
    pub(crate) fn held_bytes(&self) -> usize {
        match &self.content {
            Held::Bytes(bytes) => bytes.len(),
            _ => 0,
        }
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

    /// Takes what the record of the document keeps of its input: source, id, URL and fields.
    pub(crate) fn take_identity(&mut self) -> Identity {
        Identity {
            source: std::mem::take(&mut self.source),
            id: self.id.take(),
            url: self.url.take(),
            fields: self.fields.take(),
        }
    }

    /// The document's bytes, decompressed, if they are at most `max_bytes`; else why there
    /// are none to clean.
    pub(crate) fn take_content(&mut self, max_bytes: usize) -> Result<Content, Taken> {
        match std::mem::replace(&mut self.content, Held::Bytes(Vec::new())) {
            Held::Bytes(bytes) => decompress(bytes, self.compression, max_bytes).map_err(Taken::Failed),
            Held::Unreadable(error) => Err(Taken::Failed(error)),
            Held::Skipped(reason) => Err(Taken::Skipped(reason)),
        }
    }
}

/// The bytes of a document to clean.
#[derive(Debug)]
pub(crate) struct Content {
    pub bytes: Vec<u8>,
    /// Why the bytes end early, when a compressed document was cut short or broken: the
    /// bytes are what could be read.
    pub truncated: Option<String>,
}

/// Why an input has no bytes to clean.
#[derive(Debug)]
pub(crate) enum Taken {
    Failed(Error),
    Skipped(String),
}

/// What a record keeps of its input.
#[derive(Debug, Default)]
pub(crate) struct Identity {
    pub source: String,
    pub id: Option<String>,
    pub url: Option<String>,
    pub fields: Option<Fields>,
}

/// Decompresses bytes as `compression` says, to at most `max_bytes`. Compressed bytes cut
/// short or broken part way give what could be read, with the reason; bytes that give nothing
/// are an error.
fn decompress(raw: Vec<u8>, compression: Compression, max_bytes: usize) -> Result<Content, Error> {
    if compression == Compression::None {
        return Ok(Content {
            bytes: raw,
            truncated: None,
        });
    }
    if compression == Compression::Gzip {
        if let Some(bytes) = gunzip_whole(&raw, max_bytes) {
            return Ok(Content { bytes, truncated: None });
        }
    }
    let mut out = Vec::with_capacity(decompressed_size_hint(&raw, compression).min(max_bytes));
    let truncated = match read_bounded(decoder(&raw[..], compression)?, &mut out, max_bytes) {
        Ok(()) => None,
        Err(Error::Io { source }) if !out.is_empty() => Some(source.to_string()),
        Err(error) => return Err(error),
    };
    Ok(Content { bytes: out, truncated })
}

/// How many bytes `raw` decompresses to, as far as can be told before: a gzip stream ends with
/// its length (modulo 4 GiB, and of its last member alone), which deflate can have made at
/// most [`MAX_DEFLATE_RATIO`] times smaller; else four times the compressed bytes, a page's
/// usual ratio. Reading into a buffer of the right size saves copying it as it grows.
fn decompressed_size_hint(raw: &[u8], compression: Compression) -> usize {
    let usual = raw.len().saturating_mul(4);
    if compression != Compression::Gzip || raw.len() < GZIP_MIN_BYTES {
        return usual;
    }
    let stated = gzip_stated_length(raw).unwrap_or(usize::MAX);
    // One more byte than the length, so that reading to the end needs no second buffer.
    stated
        .saturating_add(1)
        .min(raw.len().saturating_mul(MAX_DEFLATE_RATIO))
}

/// A gzip stream of one member, within `max_bytes`, decompressed in one call into a buffer of
/// the length its trailer states: a reader would have its buffer zeroed before writing to it,
/// and copy its output into a window for a next call. Anything else (several members, bytes
/// after the member, a length or checksum that does not match, a broken stream, a header
/// checksum) gives `None`, for the reader to read and report as it does.
fn gunzip_whole(raw: &[u8], max_bytes: usize) -> Option<Vec<u8>> {
    let deflated = raw.get(gzip_header_length(raw)?..raw.len().checked_sub(GZIP_TRAILER_BYTES)?)?;
    let trailer = &raw[raw.len() - GZIP_TRAILER_BYTES..];
    let crc = u32::from_le_bytes(trailer[..4].try_into().expect("four bytes"));
    let length = gzip_stated_length(raw)?;
    if length > max_bytes || length > deflated.len().saturating_mul(MAX_DEFLATE_RATIO) {
        return None;
    }
    let mut out = Vec::with_capacity(length);
    let mut inflate = flate2::Decompress::new(false);
    let status = inflate
        .decompress_vec(deflated, &mut out, flate2::FlushDecompress::Finish)
        .ok()?;
    let mut check = flate2::Crc::new();
    check.update(&out);
    let whole = status == flate2::Status::StreamEnd
        && usize::try_from(inflate.total_in()).is_ok_and(|read| read == deflated.len())
        && out.len() == length
        && check.sum() == crc;
    whole.then_some(out)
}

/// The length a gzip stream's last four bytes state its data has (its last member's, modulo
/// 4 GiB); `None` for fewer bytes.
fn gzip_stated_length(raw: &[u8]) -> Option<usize> {
    let stated: [u8; 4] = raw.get(raw.len().checked_sub(4)?..)?.try_into().ok()?;
    usize::try_from(u32::from_le_bytes(stated)).ok()
}

/// The length of a gzip member's header, when it is one that [`gunzip_whole`] reads: without
/// reserved flags or a header checksum.
fn gzip_header_length(raw: &[u8]) -> Option<usize> {
    const FEXTRA: u8 = 1 << 2;
    const FNAME: u8 = 1 << 3;
    const FCOMMENT: u8 = 1 << 4;
    // The text flag says nothing of how the member is read.
    const FTEXT: u8 = 1;
    let fixed = raw.get(..10)?;
    let flags = fixed[3];
    if fixed[..3] != [0x1f, 0x8b, 8] || flags & !(FTEXT | FEXTRA | FNAME | FCOMMENT) != 0 {
        return None;
    }
    let mut length = fixed.len();
    if flags & FEXTRA != 0 {
        let extra = raw.get(length..length + 2)?;
        length += 2 + usize::from(u16::from_le_bytes([extra[0], extra[1]]));
    }
    for field in [FNAME, FCOMMENT] {
        if flags & field != 0 {
            // A zero-terminated string.
            length += raw.get(length..)?.iter().position(|&b| b == 0)? + 1;
        }
    }
    Some(length)
}

/// A gzip member's trailer: the checksum and the length of its data.
const GZIP_TRAILER_BYTES: usize = 8;

/// The shortest gzip stream: its header and trailer.
const GZIP_MIN_BYTES: usize = 18;

/// The most that deflate can shrink data by.
const MAX_DEFLATE_RATIO: usize = 1032;

/// A reader of `raw` that decompresses it as `compression` says.
pub(crate) fn decoder<'a, R: io::BufRead + Send + 'a>(
    raw: R,
    compression: Compression,
) -> io::Result<Box<dyn Read + Send + 'a>> {
    Ok(match compression {
        Compression::None => Box::new(raw),
        Compression::Gzip => Box::new(Labelled {
            inner: flate2::bufread::MultiGzDecoder::new(raw),
            label: "not valid gzip",
        }),
        #[cfg(feature = "zstd")]
        Compression::Zstd => Box::new(Labelled {
            inner: zstd::stream::read::Decoder::with_buffer(raw)
                .map_err(|e| io::Error::new(e.kind(), format!("not valid zstd: {e}")))?,
            label: "not valid zstd",
        }),
        #[cfg(not(feature = "zstd"))]
        Compression::Zstd => {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "zstd input needs dechrome's `zstd` feature",
            ))
        }
    })
}

/// Reads all of `reader` into `out`, failing with [`Error::TooLarge`] past `max_bytes`.
pub(crate) fn read_bounded(reader: impl Read, out: &mut Vec<u8>, max_bytes: usize) -> Result<(), Error> {
    let limit = u64::try_from(max_bytes).unwrap_or(u64::MAX).saturating_add(1);
    reader.take(limit).read_to_end(out)?;
    if out.len() > max_bytes {
        return Err(Error::TooLarge { limit: max_bytes });
    }
    Ok(())
}

/// A decompressing reader whose errors say what the bytes were not.
struct Labelled<R> {
    inner: R,
    label: &'static str,
}

impl<R: Read> Read for Labelled<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner
            .read(buf)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", self.label)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// Lines "line 0" to "line N-1", a text that compresses as pages do.
    fn numbered_lines(count: u32) -> Vec<u8> {
        (0..count).flat_map(|i| format!("line {i}\n").into_bytes()).collect()
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(bytes).unwrap();
        gz.finish().unwrap()
    }

    fn failed(taken: Result<Content, Taken>) -> Error {
        match taken {
            Err(Taken::Failed(error)) => error,
            other => panic!("not a failure: {other:?}"),
        }
    }

    #[test]
    fn bytes_are_decompressed_as_declared() {
        let mut input = Input::new("a", gzip(b"<p>Hi</p>")).with_compression(Compression::Gzip);
        let content = input.take_content(100).unwrap();
        assert_eq!(content.bytes, b"<p>Hi</p>");
        assert_eq!(content.truncated, None);
        let mut broken = Input::new("b", b"not gzip".to_vec()).with_compression(Compression::Gzip);
        let error = failed(broken.take_content(100)).to_string();
        assert!(error.starts_with("cannot read: not valid gzip"), "{error}");
    }

    #[test]
    fn a_gzip_member_read_whole_gives_what_a_reader_would() {
        let text = numbered_lines(20_000);
        let whole = gzip(&text);
        assert_eq!(gunzip_whole(&whole, 1 << 24).as_deref(), Some(&text[..]));
        // A name in the header is passed over.
        let mut named = flate2::GzBuilder::new()
            .filename("page.html")
            .comment("saved")
            .extra(&b"xy"[..])
            .write(Vec::new(), flate2::Compression::fast());
        named.write_all(&text).unwrap();
        assert_eq!(
            gunzip_whole(&named.finish().unwrap(), 1 << 24).as_deref(),
            Some(&text[..])
        );
        // Over the limit, with several members, a wrong checksum or bytes after the member,
        // the reader reads and reports as it does.
        assert_eq!(gunzip_whole(&whole, text.len() - 1), None);
        let mut two = whole.clone();
        two.extend_from_slice(&gzip(b"more"));
        assert_eq!(gunzip_whole(&two, 1 << 24), None);
        let mut input = Input::new("two", two).with_compression(Compression::Gzip);
        assert_eq!(
            input.take_content(1 << 24).unwrap().bytes,
            [&text[..], b"more"].concat()
        );
        let mut wrong = whole.clone();
        let at = wrong.len() - 8;
        wrong[at] ^= 1;
        assert_eq!(gunzip_whole(&wrong, 1 << 24), None);
        let mut padded = whole.clone();
        padded.push(0);
        assert_eq!(gunzip_whole(&padded, 1 << 24), None);
    }

    #[test]
    fn compressed_bytes_cut_short_give_what_could_be_read_and_say_so() {
        let text = numbered_lines(200_000);
        let whole = gzip(&text);
        let mut cut = Input::new("a", whole[..whole.len() / 2].to_vec()).with_compression(Compression::Gzip);
        let content = cut.take_content(1 << 24).unwrap();
        assert!(!content.bytes.is_empty() && text.starts_with(&content.bytes));
        let reason = content.truncated.expect("a reason");
        assert!(reason.starts_with("not valid gzip"), "{reason}");
        // A header alone gives nothing to clean: an error.
        let mut header = Input::new("b", whole[..10].to_vec()).with_compression(Compression::Gzip);
        assert!(matches!(failed(header.take_content(1 << 20)), Error::Io { .. }));
        #[cfg(feature = "zstd")]
        {
            let whole = zstd::stream::encode_all(&text[..], 3).unwrap();
            let mut cut = Input::new("c", whole[..whole.len() / 2].to_vec()).with_compression(Compression::Zstd);
            let content = cut.take_content(1 << 24).unwrap();
            assert!(!content.bytes.is_empty() && text.starts_with(&content.bytes));
            assert!(content.truncated.is_some_and(|r| r.starts_with("not valid zstd")));
        }
    }

    #[test]
    fn a_gzip_stream_says_how_long_it_will_be() {
        let page = b"<p>Hello</p>".repeat(100);
        let raw = gzip(&page);
        assert_eq!(decompressed_size_hint(&raw, Compression::Gzip), page.len() + 1);
        // A trailer that claims more than deflate can give is not believed.
        let mut lying = raw.clone();
        let end = lying.len();
        lying[end - 4..].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            decompressed_size_hint(&lying, Compression::Gzip),
            raw.len() * MAX_DEFLATE_RATIO
        );
        assert_eq!(decompressed_size_hint(&raw, Compression::None), raw.len() * 4);
    }

    #[test]
    fn decompression_stops_at_the_limit() {
        let zeros = gzip(&[b'a'; 1000]);
        let exactly = Input::new("a", zeros.clone()).with_compression(Compression::Gzip);
        assert_eq!(exactly.with_id("x").take_content(1000).unwrap().bytes.len(), 1000);
        let mut over = Input::new("a", zeros).with_compression(Compression::Gzip);
        assert!(matches!(failed(over.take_content(999)), Error::TooLarge { limit: 999 }));
    }

    #[test]
    fn an_unreadable_input_carries_its_error() {
        let gone = io::Error::new(io::ErrorKind::NotFound, "no such file");
        let mut input = Input::unreadable("x.html", gone.into()).with_kind(Kind::Html);
        assert!(matches!(failed(input.take_content(100)), Error::Io { .. }));
        assert_eq!(input.kind(), Some(Kind::Html));
    }

    #[test]
    fn a_skipped_input_says_why_and_keeps_its_identity() {
        let mut fields = Fields::new();
        fields.insert("batch".into(), 7.into());
        let mut input = Input::skipped("crawl.warc", "not a web page: image/png")
            .with_id("<urn:uuid:1>")
            .with_url("https://e.org/a.png")
            .with_fields(fields.clone());
        assert!(matches!(input.take_content(100), Err(Taken::Skipped(r)) if r == "not a web page: image/png"));
        let identity = input.take_identity();
        assert_eq!(identity.source, "crawl.warc");
        assert_eq!(identity.id.as_deref(), Some("<urn:uuid:1>"));
        assert_eq!(identity.url.as_deref(), Some("https://e.org/a.png"));
        assert_eq!(identity.fields, Some(fields));
    }
}
