//! The file reader: paths as a command line gives them, directories read recursively in
//! sorted order, `-` for standard input; each file one document, or a stream of them.

use super::{decoder, read_bounded, Compression, Input, JsonFields, JsonLines, Warc};
use crate::Kind;
use std::collections::HashSet;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// One HTML page.
    Html,
    /// One text dump.
    Text,
    /// JSON Lines: a document per line (see [`JsonLines`]).
    JsonLines,
    /// A web archive, WARC or WET: a document per page record (see [`Warc`]).
    Warc,
}

/// Documents from files, directories and standard input, in order: each file as given, each
/// directory recursively in sorted order (a directory reached again through a link is read
/// once), `-` as standard input.
///
/// A file's name says what it holds: `.html`, `.htm` or `.xhtml` one HTML page, `.txt` one
/// text dump, `.jsonl` or `.ndjson` a JSON Lines stream, `.warc` or `.wet` a web archive,
/// each with a trailing `.gz` or `.zst` decompressed first. Any other file, and standard
/// input, is a web archive if its bytes (decompressed, if they are gzip or zstd) start as
/// one, else one document of the kind its bytes show. [`Files::with_format`] says it for
/// every file instead. A stream is read a document at a time; a file of one document is read
/// when its turn comes, and decompressed by the worker that cleans it.
pub struct Files {
    sources: std::vec::IntoIter<Source>,
    format: Option<Format>,
    json_fields: JsonFields,
    max_bytes: usize,
    /// The stream being read, if any.
    stream: Option<Stream>,
}

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Files")
            .field("sources", &self.sources)
            .field("format", &self.format)
            .field("reading_a_stream", &self.stream.is_some())
            .finish_non_exhaustive()
    }
}

/// One file (or standard input) of the listing.
enum Source {
    /// A stream already open (standard input, `-`), named like a file.
    Reader(String, Box<dyn Read + Send>),
    File(PathBuf),
    /// A directory that could not be listed, with the reason.
    Unlistable(PathBuf, io::Error),
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Reader(name, _) => f.debug_tuple("Reader").field(name).finish(),
            Source::File(path) => f.debug_tuple("File").field(path).finish(),
            Source::Unlistable(path, error) => f.debug_tuple("Unlistable").field(path).field(error).finish(),
        }
    }
}

fn stdin() -> Source {
    Source::Reader("-".to_string(), Box::new(io::stdin()))
}

/// A stream of documents being read.
type Stream = Box<dyn Iterator<Item = Input> + Send>;

impl Files {
    /// The documents these paths name; no paths means standard input.
    pub fn new<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Files {
        let mut sources = Vec::new();
        for path in paths {
            let path = path.as_ref();
            if path.as_os_str() == "-" {
                sources.push(stdin());
            } else if path.is_dir() {
                walk_dir(path, &mut sources, &mut HashSet::new());
            } else {
                sources.push(Source::File(path.to_path_buf()));
            }
        }
        if sources.is_empty() {
            sources.push(stdin());
        }
        Files::of(sources)
    }

    /// The documents of a stream already open, named `name` in records: one document, or a
    /// JSON Lines stream or web archive, by the name's ending as for a file (`crawl.warc.gz`),
    /// else by its bytes.
    pub fn from_reader(name: impl Into<String>, reader: impl Read + Send + 'static) -> Files {
        Files::of(vec![Source::Reader(name.into(), Box::new(reader))])
    }

    fn of(sources: Vec<Source>) -> Files {
        Files {
            sources: sources.into_iter(),
            format: None,
            json_fields: JsonFields::default(),
            max_bytes: crate::DEFAULT_MAX_BYTES,
            stream: None,
        }
    }

    /// Takes every file (and standard input) as holding this, whatever its name. Default: by
    /// name, else one document of the kind its bytes show.
    #[must_use]
    pub fn with_format(mut self, format: Format) -> Files {
        self.format = Some(format);
        self
    }

    /// The fields of JSON Lines objects that hold the documents. Default:
    /// [`JsonFields::default`].
    #[must_use]
    pub fn with_json_fields(mut self, fields: JsonFields) -> Files {
        self.json_fields = fields;
        self
    }

    /// The largest document read, in bytes (as stored, and in a stream once decompressed); a
    /// larger one gets an error. Default: [`DEFAULT_MAX_BYTES`](crate::DEFAULT_MAX_BYTES).
    #[must_use]
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Files {
        self.max_bytes = max_bytes;
        self
    }

    /// Whether the reader yields exactly one document: one file or stream that is not a JSON
    /// Lines stream or web archive by its format, its name, or, when these say nothing (as
    /// for standard input), its first bytes, which this reads ahead.
    pub fn is_one_document(&mut self) -> bool {
        let mut sources: Vec<Source> = std::mem::take(&mut self.sources).collect();
        let one = match sources.as_mut_slice() {
            [source] => {
                let (compression, named) = named(source);
                match self.format.or(named) {
                    Some(format) => !matches!(format, Format::JsonLines | Format::Warc),
                    None => !starts_as_archive(source, compression),
                }
            }
            _ => false,
        };
        self.sources = sources.into_iter();
        one
    }

    /// The document of a file whose name says nothing of what it holds, or the web archive it
    /// turns out to be.
    fn sniffed(
        &mut self,
        name: String,
        mut reader: BufReader<Box<dyn Read + Send>>,
        site: Option<String>,
    ) -> Option<Input> {
        if starts_as_warc(&mut reader) {
            self.stream = Some(Box::new(Warc::new(name, reader).with_max_bytes(self.max_bytes)));
            return None;
        }
        Some(self.document(name, reader, 0, Compression::None, None, site))
    }

    /// One document, all of `raw` (up to the limit), of the kind its format says if any.
    fn document(
        &self,
        name: String,
        raw: impl Read,
        size: u64,
        compression: Compression,
        format: Option<Format>,
        site: Option<String>,
    ) -> Input {
        let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).min(self.max_bytes));
        let input = match read_bounded(raw, &mut bytes, self.max_bytes) {
            Ok(()) => Input::new(name, bytes).with_compression(compression),
            Err(e) => Input::unreadable(name, e),
        };
        let input = match format {
            Some(Format::Html) => input.with_kind(Kind::Html),
            Some(Format::Text) => input.with_kind(Kind::Text),
            _ => input,
        };
        match site {
            Some(site) => input.with_site(site),
            None => input,
        }
    }

    /// The next file's document, or the stream it holds.
    fn open(&mut self, source: Source) -> Option<Input> {
        let (compression, named) = named(&source);
        let (name, site) = match &source {
            Source::Reader(name, _) => (name.clone(), None),
            Source::Unlistable(dir, error) => {
                let reason = io::Error::new(error.kind(), format!("cannot list the directory: {error}"));
                return Some(Input::unreadable(dir.display().to_string(), reason.into()));
            }
            Source::File(path) => {
                let site = path.parent().map(|dir| format!("{}/", dir.display()));
                (path.display().to_string(), site)
            }
        };
        let (raw, size): (Box<dyn Read + Send>, u64) = match source {
            Source::File(path) => match fs::File::open(path) {
                Ok(file) => {
                    let size = file.metadata().map_or(0, |m| m.len());
                    (Box::new(file), size)
                }
                Err(e) => return Some(Input::unreadable(name, e.into())),
            },
            Source::Reader(_, reader) => (reader, 0),
            Source::Unlistable(..) => unreachable!("answered above"),
        };
        let format = self.format.or(named);
        if matches!(format, Some(Format::JsonLines | Format::Warc) | None) {
            let reader = match decompressed(raw, compression) {
                Ok(reader) => reader,
                Err(e) => return Some(Input::unreadable(name, e.into())),
            };
            match format {
                Some(Format::JsonLines) => {
                    let stream = JsonLines::new(name, reader, self.json_fields.clone());
                    self.stream = Some(Box::new(stream.with_max_bytes(self.max_bytes)));
                }
                Some(_) => self.stream = Some(Box::new(Warc::new(name, reader).with_max_bytes(self.max_bytes))),
                None => return self.sniffed(name, reader, site),
            }
            return None;
        }
        Some(self.document(name, raw, size, compression, format, site))
    }
}

impl Iterator for Files {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if let Some(input) = self.stream.as_mut().and_then(Iterator::next) {
                return Some(input);
            }
            self.stream = None;
            let source = self.sources.next()?;
            if let Some(input) = self.open(source) {
                return Some(input);
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        // A stream holds any number of documents.
        let files = self.sources.len();
        match (&self.stream, self.format) {
            (None, Some(Format::Html | Format::Text)) => (files, Some(files)),
            _ => (files, None),
        }
    }
}

/// Compression and format, from the name of a file or of a named stream (standard input's
/// says nothing).
fn named(source: &Source) -> (Compression, Option<Format>) {
    match source {
        Source::File(path) => format_from_name(path),
        Source::Reader(name, _) if name != "-" => format_from_name(Path::new(name)),
        _ => (Compression::None, None),
    }
}

/// The bytes of `raw` decompressed as its name says, else, without a compression in its name,
/// as its first bytes say.
fn decompressed(raw: Box<dyn Read + Send>, compression: Compression) -> io::Result<BufReader<Box<dyn Read + Send>>> {
    match compression {
        Compression::None => sniff_compression(BufReader::new(raw)),
        _ => decoder(BufReader::new(raw), compression).map(BufReader::new),
    }
}

/// Whether decompressed bytes start as a web archive does.
fn starts_as_warc(reader: &mut BufReader<Box<dyn Read + Send>>) -> bool {
    reader.fill_buf().is_ok_and(|start| start.starts_with(b"WARC/"))
}

/// The bytes of `reader`, decompressed if they start as gzip or zstd does.
fn sniff_compression(mut reader: BufReader<Box<dyn Read + Send>>) -> io::Result<BufReader<Box<dyn Read + Send>>> {
    let start = reader.fill_buf()?;
    let compression = if start.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if start.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        return Ok(reader);
    };
    Ok(BufReader::new(decoder(reader, compression)?))
}

/// Whether a file or stream whose name says nothing of what it holds starts as a web archive,
/// decompressed first. A stream is read ahead, and what was read is kept for reading it.
fn starts_as_archive(source: &mut Source, compression: Compression) -> bool {
    let raw: Box<dyn Read + Send> = match source {
        Source::File(path) => match fs::File::open(&*path) {
            Ok(file) => Box::new(file),
            Err(_) => return false, // its record will say why
        },
        // What is read ahead of a stream is kept decompressed, and a stream's reading would
        // decompress again what its name says is compressed: such a stream is not read ahead.
        Source::Reader(..) if compression != Compression::None => return false,
        Source::Reader(_, reader) => std::mem::replace(reader, Box::new(io::empty())),
        Source::Unlistable(..) => return false,
    };
    let (archive, kept): (bool, Box<dyn Read + Send>) = match decompressed(raw, compression) {
        Ok(mut reader) => (starts_as_warc(&mut reader), Box::new(reader)),
        Err(e) => (false, Box::new(Failed(Some(e)))),
    };
    if let Source::Reader(_, reader) = source {
        *reader = kept;
    }
    archive
}

/// A stream that failed while read ahead: it gives its error when read.
struct Failed(Option<io::Error>);

impl Read for Failed {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        self.0.take().map_or(Ok(0), Err)
    }
}

/// Lists a directory's files recursively, in sorted order, reading each directory once: a link
/// back to a directory already read (a loop) is not followed again.
fn walk_dir(dir: &Path, sources: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) {
    if let Ok(real) = fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return sources.push(Source::Unlistable(dir.to_path_buf(), e)),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, sources, seen);
        } else {
            sources.push(Source::File(path));
        }
    }
}

/// Compression and format, from a file name.
fn format_from_name(path: &Path) -> (Compression, Option<Format>) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (compression, rest) = if let Some(rest) = name.strip_suffix(".gz") {
        (Compression::Gzip, rest)
    } else if let Some(rest) = name.strip_suffix(".zst") {
        (Compression::Zstd, rest)
    } else {
        (Compression::None, name.as_str())
    };
    let ends = |extensions: &[&str]| extensions.iter().any(|e| rest.ends_with(e));
    let format = if ends(&[".html", ".htm", ".xhtml"]) {
        Some(Format::Html)
    } else if ends(&[".txt"]) {
        Some(Format::Text)
    } else if ends(&[".jsonl", ".ndjson"]) {
        Some(Format::JsonLines)
    } else if ends(&[".warc", ".wet"]) {
        Some(Format::Warc)
    } else {
        None
    };
    (compression, format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_compression_and_format() {
        let of = |name: &str| format_from_name(Path::new(name));
        assert_eq!(of("a/Page.HTML.gz"), (Compression::Gzip, Some(Format::Html)));
        assert_eq!(of("b.txt.zst"), (Compression::Zstd, Some(Format::Text)));
        assert_eq!(of("c.xhtml"), (Compression::None, Some(Format::Html)));
        assert_eq!(of("d.htm"), (Compression::None, Some(Format::Html)));
        assert_eq!(of("e.data"), (Compression::None, None));
        assert_eq!(of("f.jsonl.gz"), (Compression::Gzip, Some(Format::JsonLines)));
        assert_eq!(of("g.ndjson"), (Compression::None, Some(Format::JsonLines)));
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_reached_again_through_a_link_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::write(root.join("a/1.txt"), "one").unwrap();
        fs::write(root.join("a/b/2.txt"), "two").unwrap();
        // A loop back to the top, and a second way into a directory already listed.
        std::os::unix::fs::symlink(root.join("a"), root.join("a/b/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a/b"), root.join("a/again")).unwrap();
        let files = Files::new([root.join("a")]);
        assert_eq!(files.size_hint(), (2, None));
        let names: Vec<String> = files.map(|input| input.source().to_string()).collect();
        assert_eq!(
            names,
            [
                root.join("a/1.txt").display().to_string(),
                root.join("a/again/2.txt").display().to_string()
            ]
        );
    }

    fn content(input: &mut Input) -> Result<Vec<u8>, String> {
        input
            .take_content(usize::MAX)
            .map(|content| content.bytes)
            .map_err(|taken| format!("{taken:?}"))
    }

    #[test]
    fn files_are_read_in_turn_with_what_their_names_say() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.html"), "<p>x</p>").unwrap();
        let missing = dir.path().join("missing.txt");
        let mut files = Files::new([dir.path().join("a.html"), missing.clone()]);
        assert_eq!(files.size_hint(), (2, None));
        assert!(!files.is_one_document());
        let mut first = files.next().unwrap();
        assert_eq!(first.kind(), Some(Kind::Html));
        assert_eq!(first.site(), Some(format!("{}/", dir.path().display()).as_str()));
        assert_eq!(content(&mut first).unwrap(), b"<p>x</p>");
        let mut second = files.next().unwrap();
        assert_eq!(second.source(), missing.display().to_string());
        assert!(content(&mut second).unwrap_err().contains("NotFound"));
        assert!(files.next().is_none());
        let mut forced = Files::new([dir.path().join("a.html")]).with_format(Format::Text);
        assert!(forced.is_one_document());
        assert_eq!(forced.size_hint(), (1, Some(1)));
        assert_eq!(forced.map(|i| i.kind()).collect::<Vec<_>>(), [Some(Kind::Text)]);
    }

    #[test]
    fn a_file_over_the_limit_is_not_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "abcd").unwrap();
        let read = |max: usize| {
            Files::new([dir.path().join("a.txt")])
                .with_max_bytes(max)
                .next()
                .unwrap()
        };
        assert_eq!(content(&mut read(4)).unwrap(), b"abcd");
        assert!(content(&mut read(3)).unwrap_err().contains("TooLarge { limit: 3 }"));
    }

    #[test]
    fn a_json_lines_file_is_a_stream_of_documents_between_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(
            &mut gz,
            b"{\"id\": 1, \"text\": \"one\"}\n{\"id\": 2, \"html\": \"<p>two</p>\"}\n",
        )
        .unwrap();
        fs::write(dir.path().join("b.jsonl.gz"), gz.finish().unwrap()).unwrap();
        fs::write(dir.path().join("a.txt"), "first").unwrap();
        fs::write(dir.path().join("c.txt"), "last").unwrap();
        fs::write(dir.path().join("d.data"), "{\"text\": \"forced\"}").unwrap();
        let mut files = Files::new([dir.path()]);
        assert!(!files.is_one_document());
        let mut inputs: Vec<Input> = files.collect();
        let sources: Vec<String> = inputs
            .iter()
            .map(|i| i.source().rsplit('/').next().unwrap().to_string())
            .collect();
        assert_eq!(sources, ["a.txt", "b.jsonl.gz:1", "b.jsonl.gz:2", "c.txt", "d.data"]);
        assert_eq!(inputs[1].id(), Some("1"));
        assert_eq!(
            inputs[1].site(),
            None,
            "a stream's documents are counted by their URLs only"
        );
        assert_eq!(content(&mut inputs[2]).unwrap(), b"<p>two</p>");
        let forced: Vec<Input> = Files::new([dir.path().join("d.data")])
            .with_format(Format::JsonLines)
            .collect();
        assert_eq!(forced[0].kind(), Some(Kind::Text));
        assert!(!Files::new([dir.path().join("b.jsonl.gz")]).is_one_document());
    }

    #[test]
    fn a_source_whose_name_says_nothing_is_one_document_unless_its_bytes_start_an_archive() {
        let warc = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n".to_vec();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        io::Write::write_all(&mut gz, &warc).unwrap();
        let mut archive = Files::from_reader("-", io::Cursor::new(gz.finish().unwrap()));
        assert!(!archive.is_one_document(), "gzip, then WARC");
        assert_eq!(archive.count(), 0, "a warcinfo record is no document");

        let mut page = Files::from_reader("-", io::Cursor::new(b"<p>Read ahead, then read whole.</p>".to_vec()));
        assert!(page.is_one_document());
        let mut input = page.next().unwrap();
        assert_eq!(content(&mut input).unwrap(), b"<p>Read ahead, then read whole.</p>");

        let dir = tempfile::tempdir().unwrap();
        let named = dir.path().join("crawl.data");
        fs::write(&named, &warc).unwrap();
        assert!(!Files::new([&named]).is_one_document(), "a file is looked into too");
        assert!(Files::new([&named]).with_format(Format::Html).is_one_document());
    }
}
