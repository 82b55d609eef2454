//! The web archive reader: WARC files as crawlers write them (Common Crawl's WARC and WET),
//! read a record at a time.
//!
//! A `response` record is a page fetched over HTTP: its HTTP headers give the status, the
//! payload's type and charset; a `conversion` record (WET) is the text a crawler took from a
//! page; a `resource` record is a document stored as it is. Each is one document. Other
//! records (`request`, `metadata`, `warcinfo`, `revisit`) are not documents and are passed
//! over.

use super::{Compression, Input};
use crate::error::Error;
use crate::Kind;
use std::io::{self, BufRead, Read};
use std::ops::Range;

/// The longest header line read; a longer one is not a WARC header.
const MAX_HEADER_LINE: usize = 64 << 10;

/// Documents from a WARC stream (decompressed already), one per page record, in order.
///
/// A page whose payload is not HTML or text (a picture, a PDF) or that is not a page (a
/// redirect, an error status) gets a record that says why it is skipped. A record larger than
/// the limit gets an error and is passed over without being held. A malformed record (a
/// header line that is not one, a Content-Length that is not a number or is wrong) gets an
/// error, and reading goes on at the next line that opens a record, so that one broken
/// record costs no other. A stream cut short ends with an error for the record it was
/// reading.
///
/// Each document is named `NAME:N` in its record, N being the number of its WARC record in
/// the file (from 1); its id is the `WARC-Record-ID` and its URL the `WARC-Target-URI`.
pub struct Warc<R> {
    name: String,
    reader: Replay<R>,
    max_bytes: usize,
    /// The header lines of the record being read, and where each field's name and value lie.
    header: Vec<u8>,
    fields: Vec<(Range<usize>, Range<usize>)>,
    /// Bytes of the current record's block not read yet.
    unread: u64,
    records: usize,
    /// A record was malformed: what follows it up to the next version line is passed over.
    resync: bool,
    ended: bool,
}

impl<R> std::fmt::Debug for Warc<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Warc")
            .field("name", &self.name)
            .field("records", &self.records)
            .finish_non_exhaustive()
    }
}

impl<R: BufRead> Warc<R> {
    /// The documents of `reader`, a WARC stream named `name` in records.
    pub fn new(name: impl Into<String>, reader: R) -> Warc<R> {
        Warc {
            name: name.into(),
            reader: Replay {
                pending: Vec::new(),
                at: 0,
                inner: reader,
            },
            max_bytes: crate::DEFAULT_MAX_BYTES,
            header: Vec::new(),
            fields: Vec::new(),
            unread: 0,
            records: 0,
            resync: false,
            ended: false,
        }
    }

    /// The largest record block read, in bytes; a larger one gets an error. Default:
    /// [`DEFAULT_MAX_BYTES`](crate::DEFAULT_MAX_BYTES).
    #[must_use]
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Warc<R> {
        self.max_bytes = max_bytes;
        self
    }

    /// Reads the next record's header. `Ok(false)` at the end of the stream.
    fn read_header(&mut self) -> Result<bool, Error> {
        self.header.clear();
        self.fields.clear();
        if std::mem::take(&mut self.resync) {
            self.pass_over_to_next_record()?;
        }
        // Blank lines end each record; the version line opens the next.
        loop {
            match self.read_header_line()? {
                None => return Ok(false),
                Some(line) if line.trim_ascii().is_empty() => self.header.clear(),
                Some(line) if line.starts_with(VERSION_LINE_START) => break,
                Some(_) => {
                    let line = std::mem::take(&mut self.header);
                    self.reader.unread(&line);
                    let header_passed = self.pass_over_to_next_record()?;
                    // Bytes that open no record: at the start, the stream is not an archive,
                    // and a header without its version line is a record lost. Anything else
                    // is the rest of a record whose Content-Length fell short, and was
                    // reported with it.
                    if self.records == 1 || header_passed {
                        return Err(malformed("no WARC version line where a record should start"));
                    }
                }
            }
        }
        let mut length = None;
        loop {
            let start = self.header.len();
            let Some(line) = self.read_header_line()? else {
                return Err(malformed("the record's header is cut short"));
            };
            let line = line.trim_ascii_end();
            if line.is_empty() {
                break;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                continue; // a folded line goes on the field before: not needed here
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                return Err(malformed("a header line has no ':'"));
            };
            let name = start..start + line[..colon].trim_ascii_end().len();
            let value_text = line[colon + 1..].trim_ascii();
            let value_start =
                start + colon + 1 + (line[colon + 1..].len() - line[colon + 1..].trim_ascii_start().len());
            let value = value_start..value_start + value_text.len();
            if length.is_none() && line[..colon].eq_ignore_ascii_case(b"Content-Length") {
                let parsed = std::str::from_utf8(value_text).ok().and_then(|v| v.parse::<u64>().ok());
                length = Some(parsed.ok_or_else(|| malformed("the record's Content-Length is not a number"))?);
            }
            self.fields.push((name, value));
        }
        self.unread = length.ok_or_else(|| malformed("the record has no Content-Length"))?;
        Ok(true)
    }

    /// Reads up to the next line that opens a record (left to be read), or to the end of the
    /// stream; says whether a line passed over was a header's `WARC-Type`, that is, whether
    /// a record was passed over.
    fn pass_over_to_next_record(&mut self) -> Result<bool, Error> {
        let mut header_passed = false;
        let mut line = Vec::new();
        loop {
            line.clear();
            if read_line_part(&mut self.reader, &mut line)? == 0 {
                return Ok(header_passed);
            }
            if line.starts_with(VERSION_LINE_START) {
                self.reader.unread(&line);
                return Ok(header_passed);
            }
            header_passed |= line.len() >= WARC_TYPE.len() && line[..WARC_TYPE.len()].eq_ignore_ascii_case(WARC_TYPE);
            // A line longer than a header's is read in parts, each no line's start.
            while line.last() != Some(&b'\n') {
                line.clear();
                if read_line_part(&mut self.reader, &mut line)? == 0 {
                    return Ok(header_passed);
                }
            }
        }
    }

    /// Appends the next line to the header; `None` at the end of the stream.
    fn read_header_line(&mut self) -> Result<Option<&[u8]>, Error> {
        let start = self.header.len();
        let read = read_line_part(&mut self.reader, &mut self.header)?;
        if read == 0 {
            return Ok(None);
        }
        if self.header.last() != Some(&b'\n') {
            return Err(malformed(if read == MAX_HEADER_LINE {
                "a header line is too long"
            } else {
                "the record's header is cut short"
            }));
        }
        Ok(Some(&self.header[start..]))
    }

    /// The first value of a field of the current record's header.
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| self.header[n.clone()].eq_ignore_ascii_case(name.as_bytes()))
            .and_then(|(_, v)| std::str::from_utf8(&self.header[v.clone()]).ok())
    }

    /// Reads the current record's block.
    fn read_block(&mut self) -> Result<Vec<u8>, Error> {
        let length = self.unread;
        let mut block = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
        let read = (&mut self.reader)
            .take(length)
            .read_to_end(&mut block)
            .map_err(Error::from)?;
        self.unread = 0;
        if (read as u64) < length {
            // A Content-Length too large reads on into the records after: they are read again.
            if let Some(next) = next_record_start(&block) {
                self.reader.unread(&block[next..]);
                return Err(malformed(format!(
                    "the record's Content-Length ({length}) runs past its end, into the next record"
                )));
            }
            return Err(malformed(format!(
                "the record is cut short: {read} of its {length} bytes"
            )));
        }
        Ok(block)
    }

    /// Passes over what is left of the current record's block, without holding it.
    fn pass_over_block(&mut self) -> Result<(), Error> {
        let length = self.unread;
        self.unread = 0;
        let skipped = io::copy(&mut (&mut self.reader).take(length), &mut io::sink()).map_err(Error::from)?;
        if skipped < length {
            return Err(malformed(format!(
                "the record is cut short: {skipped} of its {length} bytes"
            )));
        }
        Ok(())
    }

    /// The document of the current record, if it is one.
    fn document(&mut self, source: String) -> Result<Option<Input>, Error> {
        let kind = match self.field("WARC-Type").map(str::to_ascii_lowercase).as_deref() {
            Some("response") => Record::Response,
            Some("resource") => Record::Resource,
            Some("conversion") => Record::Conversion,
            _ => return Ok(None),
        };
        let mut input = Input::new(source.clone(), Vec::new());
        if let Some(url) = self.field("WARC-Target-URI") {
            input = input.with_url(url.trim_start_matches('<').trim_end_matches('>'));
        }
        if let Some(id) = self.field("WARC-Record-ID") {
            input = input.with_id(id);
        }
        let identified = self.field("WARC-Identified-Payload-Type").map(str::to_string);
        let record_type = self.field("Content-Type").map(str::to_string);
        if self.unread > self.max_bytes as u64 {
            return Ok(Some(input.failed(Error::TooLarge { limit: self.max_bytes })));
        }
        let block = self.read_block()?;
        let input = match kind {
            Record::Conversion => {
                // WET text is UTF-8.
                input.with_bytes(block).with_kind(Kind::Text).with_charset("utf-8")
            }
            Record::Resource => match payload_kind(identified.as_deref().or(record_type.as_deref())) {
                Ok(kind) => input.with_bytes(block).with_kind_if(kind),
                Err(reason) => input.skip(reason),
            },
            Record::Response => response(input, block, identified.as_deref()),
        };
        Ok(Some(input))
    }
}

/// Appends the next line of `reader` to `out`, or as much of it as a header line may be; how
/// many bytes were read.
fn read_line_part(reader: &mut impl BufRead, out: &mut Vec<u8>) -> Result<usize, Error> {
    reader
        .take(MAX_HEADER_LINE as u64)
        .read_until(b'\n', out)
        .map_err(Error::from)
}

/// How a record's first line starts (`WARC/1.0`, `WARC/1.1`).
const VERSION_LINE_START: &[u8] = b"WARC/1.";
/// The header field every record has, to tell a header from other lines.
const WARC_TYPE: &[u8] = b"WARC-Type:";

/// Where the first line that opens a record starts in `bytes`, past their first line.
fn next_record_start(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    while let Some(newline) = bytes[at..].iter().position(|&b| b == b'\n') {
        at += newline + 1;
        if bytes[at..].starts_with(VERSION_LINE_START) {
            return Some(at);
        }
    }
    None
}

/// A reader that can be given back bytes it read, to read them again first.
struct Replay<R> {
    pending: Vec<u8>,
    at: usize,
    inner: R,
}

impl<R> Replay<R> {
    /// Puts `bytes` before what is left to read.
    fn unread(&mut self, bytes: &[u8]) {
        let mut pending = bytes.to_vec();
        pending.extend_from_slice(&self.pending[self.at..]);
        self.pending = pending;
        self.at = 0;
    }
}

impl<R: BufRead> Read for Replay<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Replay<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.at < self.pending.len() {
            return Ok(&self.pending[self.at..]);
        }
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.at < self.pending.len() {
            self.at += amount;
            if self.at >= self.pending.len() {
                self.pending.clear();
                self.at = 0;
            }
        } else {
            self.inner.consume(amount);
        }
    }
}

fn malformed(reason: impl Into<String>) -> Error {
    Error::Malformed { reason: reason.into() }
}

/// The kinds of record that hold a document.
enum Record {
    Response,
    Resource,
    Conversion,
}

/// The document of an HTTP response block.
fn response(input: Input, block: Vec<u8>, identified: Option<&str>) -> Input {
    let Some(http) = Http::parse(&block) else {
        return input.failed(Error::Malformed {
            reason: "the response record holds no HTTP response".into(),
        });
    };
    if !(200..300).contains(&http.status) {
        return input.skip(format!("not a page: HTTP status {}", http.status));
    }
    let kind = match payload_kind(identified.or(http.content_type.as_deref())) {
        Ok(kind) => kind,
        Err(reason) => return input.skip(reason),
    };
    let compression = match http.content_encoding.as_deref() {
        None | Some("identity") => Compression::None,
        Some("gzip" | "x-gzip") => Compression::Gzip,
        Some(other) => return input.skip(format!("payload in an encoding not read: {other}")),
    };
    let body = &block[http.body_start..];
    let payload = if http.chunked {
        match dechunk(body) {
            Some(payload) => payload,
            None => {
                return input.failed(Error::Malformed {
                    reason: "the response's chunked payload is malformed".into(),
                })
            }
        }
    } else {
        body.to_vec()
    };
    let input = input
        .with_bytes(payload)
        .with_compression(compression)
        .with_kind_if(kind);
    match http.charset {
        Some(charset) => input.with_charset(charset),
        None => input,
    }
}

/// Whether a payload of this media type is cleaned, and as what: `Ok(None)` when the type is
/// not known and the bytes are to be sniffed.
fn payload_kind(media_type: Option<&str>) -> Result<Option<Kind>, String> {
    let Some(media_type) = media_type else {
        return Ok(None);
    };
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "" | "application/octet-stream" | "unknown" => Ok(None),
        "text/html" | "application/xhtml+xml" => Ok(Some(Kind::Html)),
        "text/plain" => Ok(Some(Kind::Text)),
        _ => Err(format!("not a web page: {essence}")),
    }
}

/// What an HTTP response's head says.
struct Http {
    status: u16,
    content_type: Option<String>,
    charset: Option<String>,
    content_encoding: Option<String>,
    chunked: bool,
    body_start: usize,
}

impl Http {
    fn parse(block: &[u8]) -> Option<Http> {
        let (head_end, body_start) = match find(block, b"\r\n\r\n") {
            Some(i) => (i, i + 4),
            None => {
                let i = find(block, b"\n\n")?;
                (i, i + 2)
            }
        };
        let head = std::str::from_utf8(&block[..head_end]).ok()?;
        let mut lines = head.lines();
        let status_line = lines.next()?;
        if !status_line.starts_with("HTTP/") {
            return None;
        }
        let status = status_line.split_whitespace().nth(1)?.parse().ok()?;
        let mut http = Http {
            status,
            content_type: None,
            charset: None,
            content_encoding: None,
            chunked: false,
            body_start,
        };
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            if name.eq_ignore_ascii_case("Content-Type") && http.content_type.is_none() {
                http.charset = charset_of(value);
                http.content_type = Some(value.to_string());
            } else if name.eq_ignore_ascii_case("Content-Encoding") {
                http.content_encoding = Some(value.to_ascii_lowercase());
            } else if name.eq_ignore_ascii_case("Transfer-Encoding") {
                http.chunked = value.to_ascii_lowercase().contains("chunked");
            }
        }
        Some(http)
    }
}

/// The `charset` parameter of a media type.
fn charset_of(media_type: &str) -> Option<String> {
    media_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']).to_string())
            .filter(|v| !v.is_empty())
    })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The payload of a chunked HTTP body; `None` when it is malformed.
fn dechunk(mut body: &[u8]) -> Option<Vec<u8>> {
    let mut payload = Vec::with_capacity(body.len());
    loop {
        let line_end = find(body, b"\r\n")?;
        let size_text = std::str::from_utf8(&body[..line_end]).ok()?;
        let size = usize::from_str_radix(size_text.split(';').next()?.trim(), 16).ok()?;
        body = &body[line_end + 2..];
        if size == 0 {
            return Some(payload);
        }
        payload.extend_from_slice(body.get(..size)?);
        body = body.get(size..)?.strip_prefix(b"\r\n").unwrap_or(&body[size..]);
    }
}

impl<R: BufRead> Iterator for Warc<R> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        while !self.ended {
            // A block passed over that is cut short belongs to the record before; a header
            // that is, to the next.
            let read = self.pass_over_block().and_then(|()| {
                self.records += 1;
                match self.read_header()? {
                    true => self.document(format!("{}:{}", self.name, self.records)),
                    false => {
                        self.ended = true;
                        Ok(None)
                    }
                }
            });
            match read {
                Ok(Some(input)) => return Some(input),
                Ok(None) => {}
                Err(error) => {
                    // A stream that cannot be read (bytes that do not decompress) ends here; a
                    // malformed record is passed over to the next.
                    self.unread = 0;
                    match error {
                        Error::Io { .. } => self.ended = true,
                        _ => self.resync = true,
                    }
                    let source = format!("{}:{}", self.name, self.records.max(1));
                    return Some(Input::unreadable(source, error));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Taken;

    /// A WARC record of this type, with these header fields and block.
    fn record(warc_type: &str, fields: &[(&str, &str)], block: &[u8]) -> Vec<u8> {
        let mut out = format!("WARC/1.1\r\nWARC-Type: {warc_type}\r\n");
        for (name, value) in fields {
            out.push_str(&format!("{name}: {value}\r\n"));
        }
        out.push_str(&format!("Content-Length: {}\r\n\r\n", block.len()));
        let mut out = out.into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn response(url: &str, head: &str, payload: &[u8]) -> Vec<u8> {
        let mut block = format!("HTTP/1.1 {head}\r\n\r\n").into_bytes();
        block.extend_from_slice(payload);
        let id = format!("<urn:uuid:{url}>");
        record(
            "response",
            &[
                ("WARC-Target-URI", url),
                ("WARC-Record-ID", &id),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            &block,
        )
    }

    fn read(stream: &[u8]) -> Vec<Input> {
        Warc::new("crawl.warc", stream).with_max_bytes(1000).collect()
    }

    fn outcome(input: &mut Input) -> Result<Vec<u8>, String> {
        input
            .take_content(usize::MAX)
            .map(|content| content.bytes)
            .map_err(|taken| match taken {
                Taken::Failed(e) => format!("failed: {e}"),
                Taken::Skipped(reason) => format!("skipped: {reason}"),
            })
    }

    #[test]
    fn each_page_record_is_a_document_and_the_others_are_passed_over() {
        let mut stream = record("warcinfo", &[], b"software: a crawler\r\n");
        stream.extend(record(
            "request",
            &[("WARC-Target-URI", "https://e.org/a")],
            b"GET /a HTTP/1.1\r\n\r\n",
        ));
        stream.extend(response(
            "https://e.org/a",
            "200 OK\r\nContent-Type: text/html; charset=windows-1251",
            b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
        ));
        stream.extend(record("metadata", &[], b"fetchTimeMs: 12\r\n"));
        stream.extend(record(
            "conversion",
            &[
                ("WARC-Target-URI", "https://e.org/b"),
                ("WARC-Record-ID", "<urn:uuid:b>"),
            ],
            b"A page's text\nand its menu",
        ));
        stream.extend(record("resource", &[("Content-Type", "text/html")], b"<p>stored</p>"));
        let mut inputs = read(&stream);
        assert_eq!(inputs.len(), 3);
        let page = &mut inputs[0];
        assert_eq!(page.source(), "crawl.warc:3", "records are numbered in the file");
        assert_eq!(
            (page.url(), page.id()),
            (Some("https://e.org/a"), Some("<urn:uuid:https://e.org/a>"))
        );
        assert_eq!(
            (page.kind(), page.hints().charset),
            (Some(Kind::Html), Some("windows-1251"))
        );
        assert_eq!(outcome(page).unwrap(), b"<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>");
        let text = &mut inputs[1];
        assert_eq!(
            (text.source(), text.url(), text.id()),
            ("crawl.warc:5", Some("https://e.org/b"), Some("<urn:uuid:b>"))
        );
        assert_eq!((text.kind(), text.hints().charset), (Some(Kind::Text), Some("utf-8")));
        assert_eq!(outcome(text).unwrap(), b"A page's text\nand its menu");
        assert_eq!(inputs[2].kind(), Some(Kind::Html));
        assert_eq!(outcome(&mut inputs[2]).unwrap(), b"<p>stored</p>");
    }

    #[test]
    fn what_is_not_a_page_is_skipped_with_its_reason() {
        let mut stream = response("https://e.org/p.png", "200 OK\r\nContent-Type: image/png", b"\x89PNG");
        stream.extend(response(
            "https://e.org/old",
            "301 Moved Permanently\r\nLocation: /new",
            b"",
        ));
        let mut pdf = response("https://e.org/d", "200 OK\r\nContent-Type: text/html", b"%PDF-1.4");
        let at = find(&pdf, b"Content-Length").unwrap();
        pdf.splice(
            at..at,
            b"WARC-Identified-Payload-Type: application/pdf\r\n".iter().copied(),
        );
        stream.extend(pdf);
        stream.extend(response(
            "https://e.org/z",
            "200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br",
            b"??",
        ));
        let mut inputs = read(&stream);
        let outcomes: Vec<String> = inputs.iter_mut().map(|i| outcome(i).unwrap_err()).collect();
        assert_eq!(
            outcomes,
            [
                "skipped: not a web page: image/png",
                "skipped: not a page: HTTP status 301",
                "skipped: not a web page: application/pdf",
                "skipped: payload in an encoding not read: br"
            ]
        );
        assert_eq!(
            inputs[0].url(),
            Some("https://e.org/p.png"),
            "a skipped page keeps its identity"
        );
    }

    #[test]
    fn chunked_and_gzipped_payloads_are_read() {
        let chunked = b"4\r\n<p>H\r\n6;ext=1\r\ni all<\r\n3\r\n/p>\r\n0\r\n\r\n";
        let head = "200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, b"<p>zipped</p>").unwrap();
        let mut stream = response("https://e.org/c", head, chunked);
        stream.extend(response(
            "https://e.org/g",
            "200 OK\r\nContent-Encoding: gzip",
            &gz.finish().unwrap(),
        ));
        stream.extend(response("https://e.org/bad", head, b"zz\r\n"));
        let mut inputs = read(&stream);
        assert_eq!(outcome(&mut inputs[0]).unwrap(), b"<p>Hi all</p>");
        assert_eq!(inputs[1].kind(), None, "no type: the bytes are sniffed");
        assert_eq!(outcome(&mut inputs[1]).unwrap(), b"<p>zipped</p>");
        assert_eq!(
            outcome(&mut inputs[2]).unwrap_err(),
            "failed: the response's chunked payload is malformed"
        );
    }

    #[test]
    fn a_record_over_the_limit_fails_alone() {
        let mut stream = response("https://e.org/big", "200 OK\r\nContent-Type: text/html", &[b'a'; 1000]);
        stream.extend(response(
            "https://e.org/small",
            "200 OK\r\nContent-Type: text/html",
            b"<p>small</p>",
        ));
        let mut inputs = read(&stream);
        assert_eq!(inputs.len(), 2);
        assert_eq!(inputs[0].url(), Some("https://e.org/big"));
        assert!(outcome(&mut inputs[0]).unwrap_err().contains("limit of 1000 bytes"));
        assert_eq!(outcome(&mut inputs[1]).unwrap(), b"<p>small</p>");
    }

    #[test]
    fn a_stream_cut_short_ends_with_an_error_for_the_record_cut() {
        let whole = response("https://e.org/a", "200 OK\r\nContent-Type: text/html", b"<p>whole</p>");
        let cut = response(
            "https://e.org/b",
            "200 OK\r\nContent-Type: text/html",
            b"<p>cut short</p>",
        );
        for (keep, reason) in [
            (cut.len() - 10, "the record is cut short: "),
            (30, "the record's header is cut short"),
        ] {
            let mut stream = whole.clone();
            stream.extend_from_slice(&cut[..keep]);
            let mut inputs = read(&stream);
            assert_eq!(inputs.len(), 2);
            assert_eq!(outcome(&mut inputs[0]).unwrap(), b"<p>whole</p>");
            assert_eq!(inputs[1].source(), "crawl.warc:2");
            let error = outcome(&mut inputs[1]).unwrap_err();
            assert!(error.starts_with(&format!("failed: {reason}")), "{error}");
        }
        let mut junk = read(b"<html>not an archive</html>\n");
        assert_eq!(junk.len(), 1);
        assert_eq!(
            outcome(&mut junk[0]).unwrap_err(),
            "failed: no WARC version line where a record should start"
        );
    }

    #[test]
    fn a_malformed_record_gets_its_error_and_the_records_after_it_are_read() {
        let page = |n: &str| {
            response(
                &format!("https://e.org/{n}"),
                "200 OK\r\nContent-Type: text/html",
                format!("<p>{n}</p>").as_bytes(),
            )
        };
        let broken = page("broken");
        let header_end = find(&broken, b"\r\n\r\n").unwrap();
        let length_at = find(&broken, b"Content-Length: ").unwrap() + "Content-Length: ".len();
        let with_length = |length: &str| {
            let mut record = broken[..length_at].to_vec();
            record.extend_from_slice(length.as_bytes());
            record.extend_from_slice(&broken[header_end..]);
            record
        };
        let block_length = broken.len() - header_end - 8;
        let cases: [(&str, Vec<u8>, &str); 5] = [
            (
                "a length that is no number",
                with_length("many"),
                "the record's Content-Length is not a number",
            ),
            (
                "a length too short",
                with_length("12"),
                "the response record holds no HTTP response",
            ),
            (
                "a length too long",
                with_length(&(block_length + 10_000).to_string()),
                "runs past its end",
            ),
            (
                "no version line",
                [b"WARX".as_slice(), &broken[4..]].concat(),
                "no WARC version line",
            ),
            (
                "a header line without a colon",
                [
                    &broken[..length_at - 16],
                    b"no colon here\r\n".as_slice(),
                    &broken[length_at - 16..],
                ]
                .concat(),
                "a header line has no ':'",
            ),
        ];
        for (case, record, reason) in cases {
            let mut stream = page("first");
            stream.extend(record);
            stream.extend(page("third"));
            stream.extend(page("fourth"));
            let mut inputs: Vec<Input> = Warc::new("crawl.warc", &stream[..]).with_max_bytes(100_000).collect();
            assert_eq!(inputs.len(), 4, "{case}");
            assert_eq!(outcome(&mut inputs[0]).unwrap(), b"<p>first</p>", "{case}");
            let error = outcome(&mut inputs[1]).unwrap_err();
            assert!(error.contains(reason), "{case}: {error}");
            assert_eq!(outcome(&mut inputs[2]).unwrap(), b"<p>third</p>", "{case}");
            assert_eq!(outcome(&mut inputs[3]).unwrap(), b"<p>fourth</p>", "{case}");
        }
    }

    #[test]
    fn bytes_given_back_are_read_again_first() {
        let mut reader = Replay {
            pending: Vec::new(),
            at: 0,
            inner: &b"world\n"[..],
        };
        let mut start = [0u8; 3];
        reader.read_exact(&mut start).unwrap();
        assert_eq!(&start, b"wor");
        reader.unread(b"hello wor");
        let mut all = String::new();
        reader.read_to_string(&mut all).unwrap();
        assert_eq!(all, "hello world\n");
    }

    #[test]
    fn media_types_say_what_is_cleaned() {
        assert_eq!(payload_kind(Some("text/html; charset=utf-8")), Ok(Some(Kind::Html)));
        assert_eq!(payload_kind(Some("Application/XHTML+XML")), Ok(Some(Kind::Html)));
        assert_eq!(payload_kind(Some("text/plain")), Ok(Some(Kind::Text)));
        assert_eq!(payload_kind(Some("application/octet-stream")), Ok(None));
        assert_eq!(payload_kind(None), Ok(None));
        assert_eq!(
            payload_kind(Some("image/jpeg")),
            Err("not a web page: image/jpeg".into())
        );
        assert_eq!(charset_of("text/html; Charset=\"KOI8-R\""), Some("KOI8-R".into()));
        assert_eq!(charset_of("text/html; charset="), None);
        assert_eq!(charset_of("text/html"), None);
    }
}
