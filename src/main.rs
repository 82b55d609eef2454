//! The `dechrome` command: a thin shell over the library. It turns arguments into
//! [`Options`] once, inputs into documents, documents into records, and records into output.

use clap::{Parser, ValueEnum};
use dechrome::{Cleaner, Document, Hints, Kind, Normalization, Options, SiteChrome, Withheld};
use rayon::prelude::*;
use serde::Serialize;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How many documents are read and cleaned before their records are written: enough to keep
/// every core busy and to learn a site's chrome from, few enough to keep memory flat on any
/// batch size. Fixed, so that what is learned never depends on the number of threads.
const DOCUMENTS_PER_WINDOW: usize = 512;

#[derive(Parser, Debug)]
#[command(
    name = "dechrome",
    version,
    about = "Turn web pages and text dumps into clean article text.",
    long_about = "Turn web pages and text dumps into clean article text.\n\n\
        dechrome reads HTML in any encoding, or plain text in which a scraper kept the site's \
        menus, share bars, cookie notices and footers, and writes the article body with its \
        title, language and encoding. One document in gives plain text out; several give \
        JSON Lines, one record per document, in input order.",
    after_help = "Examples:\n  \
        dechrome page.html                      print the article of one page\n  \
        dechrome samples/                       one JSON record per file, recursively\n  \
        curl -s URL | dechrome                  clean standard input\n  \
        dechrome -j 8 -o out.jsonl crawl/       8 threads, records to a file\n\n\
        Exit status: 0 when every document was cleaned, 1 when some failed (each still has a \
        record, with \"error\" set), 2 for usage errors."
)]
struct Args {
    /// Files or directories to clean; directories are read recursively, in sorted order.
    /// `-` or nothing reads standard input. Names ending in .html/.htm are HTML, .txt is
    /// text, a trailing .gz or .zst is decompressed; other names are sniffed.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Output format. Default: text for one document, jsonl for several.
    #[arg(long, value_enum)]
    format: Option<Format>,

    /// Treat every input as this kind instead of going by its name or content.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,

    /// Worker threads. Default: all cores.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// Write to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Unicode normal form of the output text.
    #[arg(long, value_enum, default_value_t = NormalForm::Nfc)]
    normalization: NormalForm,

    /// Also keep readers' comments (HTML): a "comments" field in JSON Lines; in text output,
    /// after the article and a blank line.
    #[arg(long)]
    comments: bool,

    /// Keep the text of documents in these languages only (ISO 639-1 codes, else 639-3,
    /// comma-separated: en,de). Others get an empty text and "withheld": "language".
    #[arg(long, value_name = "CODES", value_delimiter = ',')]
    lang: Vec<String>,

    /// Keep the text of documents with at least N characters of it. Shorter ones get an empty
    /// text and "withheld": "min_chars".
    #[arg(long, value_name = "N", default_value_t = 0)]
    min_chars: usize,

    /// Do not learn site chrome. By default, when several documents are cleaned, lines that
    /// recur on many pages of one site (the same host in their URLs, else the same directory)
    /// are removed from each page.
    #[arg(long)]
    no_site_chrome: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The article text only; documents separated by a blank line.
    Text,
    /// One JSON object per document and line.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// By file name, else by sniffing the bytes.
    Auto,
    /// HTML.
    Html,
    /// Plain text.
    Text,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum NormalForm {
    /// Canonical composition (letters untouched).
    Nfc,
    /// Compatibility composition (folds ligatures, full-width forms and the like).
    Nfkc,
}

/// One input document: where it comes from.
#[derive(Debug, Clone)]
enum Source {
    Stdin,
    File(PathBuf),
    /// A path that could not be listed, with the reason.
    Unreadable(PathBuf, String),
}

impl Source {
    fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) | Source::Unreadable(p, _) => p.display().to_string(),
        }
    }
}

/// The output record of one document (the JSON Lines schema).
#[derive(Serialize, Debug)]
struct Record {
    source: String,
    url: Option<String>,
    title: Option<String>,
    text: String,
    /// Present only when comments were asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    comments: Option<String>,
    lang: Option<&'static str>,
    lang_confidence: Option<f64>,
    encoding: Option<&'static str>,
    kind: Option<Kind>,
    /// Present only when a filter (`--lang`, `--min-chars`) withheld the text.
    #[serde(skip_serializing_if = "Option::is_none")]
    withheld: Option<Withheld>,
    error: Option<String>,
}

impl Record {
    fn cleaned(source: String, doc: Document) -> Record {
        Record {
            source,
            url: doc.url,
            title: doc.title,
            lang: doc.lang.as_ref().map(|l| l.code),
            lang_confidence: doc.lang.as_ref().map(|l| (l.confidence * 1000.0).round() / 1000.0),
            text: doc.text,
            comments: doc.comments,
            encoding: Some(doc.encoding),
            kind: Some(doc.kind),
            withheld: doc.withheld,
            error: None,
        }
    }

    fn from_outcome(outcome: Outcome) -> Record {
        match outcome.result {
            Ok(doc) => Record::cleaned(outcome.name, doc),
            Err((kind, error)) => Record::failed(outcome.name, kind, error),
        }
    }

    fn failed(source: String, kind: Option<Kind>, error: String) -> Record {
        Record {
            source,
            url: None,
            title: None,
            text: String::new(),
            comments: None,
            lang: None,
            lang_confidence: None,
            encoding: None,
            kind,
            withheld: None,
            error: Some(error),
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(&args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("dechrome: {failed} document(s) could not be cleaned; their records say why");
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dechrome: {e}");
            ExitCode::from(1)
        }
    }
}

/// Cleans every input and writes the records; returns how many documents failed.
fn run(args: &Args) -> io::Result<usize> {
    let normalization = match args.normalization {
        NormalForm::Nfc => Normalization::Nfc,
        NormalForm::Nfkc => Normalization::Nfkc,
    };
    let options = Options::default()
        .with_normalization(normalization)
        .with_comments(args.comments)
        .with_languages(&args.lang)
        .with_min_chars(args.min_chars);
    let sources = list_sources(&args.inputs);
    // One document alone has no site to learn from.
    let learn_sites = !args.no_site_chrome && sources.len() > 1;
    let cleaner = Cleaner::new(options.with_site_chrome(learn_sites));
    let mut sites = SiteChrome::new();
    let format = args.format.unwrap_or(if sources.len() == 1 {
        Format::Text
    } else {
        Format::Jsonl
    });
    let mut pool = rayon::ThreadPoolBuilder::new();
    if let Some(jobs) = args.jobs {
        pool = pool.num_threads(jobs.into());
    }
    let pool = pool.build().map_err(io::Error::other)?;

    let sink: Box<dyn Write> = match &args.output {
        Some(path) => Box::new(
            File::create(path)
                .map_err(|e| io::Error::new(e.kind(), format!("cannot create {}: {e}", path.display())))?,
        ),
        None => Box::new(io::stdout().lock()),
    };
    let mut out = BufWriter::new(sink);
    let mut failed = 0;
    let mut withheld = 0;
    let mut written = 0;
    for window in sources.chunks(DOCUMENTS_PER_WINDOW) {
        let mut outcomes: Vec<Outcome> = pool.install(|| {
            window
                .par_iter()
                .map(|s| clean_one(&cleaner, s, args.input_format))
                .collect()
        });
        if learn_sites {
            // Learned in input order, then removed: the same result on any number of threads.
            for outcome in &outcomes {
                if let (Some(site), Ok(doc)) = (&outcome.site, &outcome.result) {
                    sites.learn(site, doc);
                }
            }
            pool.install(|| {
                outcomes.par_iter_mut().for_each(|outcome| {
                    if let (Some(site), Ok(doc)) = (&outcome.site, &mut outcome.result) {
                        cleaner.remove_site_chrome(&sites, site, doc);
                    }
                })
            });
        }
        for record in outcomes.into_iter().map(Record::from_outcome) {
            withheld += usize::from(record.withheld.is_some());
            if let Some(error) = &record.error {
                failed += 1;
                if format == Format::Text {
                    eprintln!("dechrome: {}: {error}", record.source);
                    continue;
                }
            }
            match format {
                Format::Jsonl => {
                    serde_json::to_writer(&mut out, &record)?;
                    out.write_all(b"\n")?;
                }
                Format::Text => {
                    if written > 0 {
                        out.write_all(b"\n")?;
                    }
                    out.write_all(record.text.as_bytes())?;
                    if !record.text.is_empty() {
                        out.write_all(b"\n")?;
                    }
                    if let Some(comments) = record.comments.as_deref().filter(|c| !c.is_empty()) {
                        out.write_all(b"\n")?;
                        out.write_all(comments.as_bytes())?;
                        out.write_all(b"\n")?;
                    }
                }
            }
            written += 1;
        }
    }
    out.flush()?;
    if withheld > 0 {
        eprintln!("dechrome: the text of {withheld} document(s) was withheld by --lang or --min-chars");
    }
    Ok(failed)
}

/// Expands the command line into documents: files as given, directories recursively in
/// sorted order, `-` or nothing as standard input.
fn list_sources(inputs: &[PathBuf]) -> Vec<Source> {
    if inputs.is_empty() {
        return vec![Source::Stdin];
    }
    let mut sources = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if input.is_dir() {
            walk_dir(input, &mut sources);
        } else {
            sources.push(Source::File(input.clone()));
        }
    }
    sources
}

fn walk_dir(dir: &Path, sources: &mut Vec<Source>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return sources.push(Source::Unreadable(
                dir.to_path_buf(),
                format!("cannot list directory: {e}"),
            ))
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, sources);
        } else {
            sources.push(Source::File(path));
        }
    }
}

/// Compression and kind, from a file name.
fn kind_from_name(path: &Path) -> (Compression, Option<Kind>) {
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
    let kind = if rest.ends_with(".html") || rest.ends_with(".htm") || rest.ends_with(".xhtml") {
        Some(Kind::Html)
    } else if rest.ends_with(".txt") {
        Some(Kind::Text)
    } else {
        None
    };
    (compression, kind)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Compression {
    None,
    Gzip,
    Zstd,
}

/// One document cleaned, or why it could not be.
struct Outcome {
    name: String,
    /// The site whose pages it is counted with: its URL's host, else its directory.
    site: Option<String>,
    result: Result<Document, (Option<Kind>, String)>,
}

/// Reads and cleans one document; never fails, never panics the batch.
fn clean_one(cleaner: &Cleaner, source: &Source, input_format: InputFormat) -> Outcome {
    let name = source.name();
    let failed = |kind, error| Outcome {
        name: name.clone(),
        site: None,
        result: Err((kind, error)),
    };
    let (compression, named_kind) = match source {
        Source::File(path) => kind_from_name(path),
        Source::Stdin => (Compression::None, None),
        Source::Unreadable(_, reason) => return failed(None, reason.clone()),
    };
    let kind = match input_format {
        InputFormat::Auto => named_kind,
        InputFormat::Html => Some(Kind::Html),
        InputFormat::Text => Some(Kind::Text),
    };
    let bytes = match read_source(source, compression) {
        Ok(bytes) => bytes,
        Err(e) => return failed(kind, format!("cannot read: {e}")),
    };
    let hints = Hints {
        kind,
        ..Hints::default()
    };
    let result = std::panic::catch_unwind(|| cleaner.clean(&bytes, &hints));
    match result {
        Ok(Ok(doc)) => {
            let site = doc.url.as_deref().and_then(dechrome::site_of).or_else(|| match source {
                Source::File(path) => path.parent().map(|dir| format!("{}/", dir.display())),
                _ => None,
            });
            Outcome {
                name,
                site,
                result: Ok(doc),
            }
        }
        Ok(Err(e)) => failed(kind, e.to_string()),
        Err(_) => failed(
            kind,
            "internal error while cleaning this document; please report it with the input".to_string(),
        ),
    }
}

fn read_source(source: &Source, compression: Compression) -> io::Result<Vec<u8>> {
    let mut raw = Vec::new();
    match source {
        Source::Stdin => {
            io::stdin().lock().read_to_end(&mut raw)?;
        }
        Source::File(path) => raw = fs::read(path)?,
        Source::Unreadable(..) => unreachable!("unreadable sources are reported before reading"),
    }
    match compression {
        Compression::None => Ok(raw),
        Compression::Gzip => {
            let mut out = Vec::with_capacity(raw.len() * 4);
            flate2::read::MultiGzDecoder::new(&raw[..])
                .read_to_end(&mut out)
                .map_err(|e| io::Error::new(e.kind(), format!("not valid gzip: {e}")))?;
            Ok(out)
        }
        Compression::Zstd => {
            zstd::stream::decode_all(&raw[..]).map_err(|e| io::Error::new(e.kind(), format!("not valid zstd: {e}")))
        }
    }
}
