//! The `dechrome` command: a thin shell over the library. Arguments become [`Options`] once;
//! the file reader's inputs go through a [`Cleaner::batch`], and its records to a writer.

use clap::{Parser, ValueEnum};
use dechrome::input::{self, Files, JsonFields};
use dechrome::output::{JsonLines, Output, PlainText, Stats, TextFormat, Writer};
use dechrome::{Cleaner, Normalization, Options, Record};
use indicatif::{ProgressBar, ProgressStyle};
use signal_hook::consts::{SIGINT, SIGTERM};
use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

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
        dechrome crawl.warc.gz -o out.jsonl     every page of a web archive\n  \
        cat docs.jsonl | dechrome --input-format jsonl --html-field raw\n  \
        curl -s URL | dechrome                  clean standard input\n  \
        dechrome -j 8 -o out.jsonl crawl/       8 threads, records to a file\n\n\
        Exit status: 0 when every document was cleaned, 1 when some failed (each still has a \
        record, with \"error\" set), 2 for usage errors, 130 or 143 when stopped by SIGINT or \
        SIGTERM (the records written are whole; a second signal stops at once)."
)]
struct Args {
    /// Files or directories to clean; directories are read recursively, in sorted order.
    /// `-` or nothing reads standard input. Names ending in .html/.htm are one HTML page,
    /// .txt one text dump, .jsonl/.ndjson a document per line, .warc/.wet a web archive, each
    /// with an optional .gz or .zst; any other file (and standard input) is a web archive if
    /// it starts as one, else one document, sniffed.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Output format. Default: text for one document, jsonl for several or for a stream (JSON
    /// Lines, a web archive, known by its name or by its first bytes).
    #[arg(long, value_enum)]
    format: Option<Format>,

    /// Take every input (standard input too) as holding this, instead of going by its name
    /// or content.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input_format: InputFormat,

    /// JSON Lines: the field holding a page's HTML.
    #[arg(long, value_name = "NAME", default_value = "html")]
    html_field: String,

    /// JSON Lines: the field holding a text dump, cleaned when a line has no HTML field.
    #[arg(long, value_name = "NAME", default_value = "text")]
    text_field: String,

    /// JSON Lines: the field holding the document's id, kept in its record.
    #[arg(long, value_name = "NAME", default_value = "id")]
    id_field: String,

    /// JSON Lines: the field holding the document's URL, kept in its record.
    #[arg(long, value_name = "NAME", default_value = "url")]
    url_field: String,

    /// The largest document read, in bytes, as stored and once decompressed; a larger one
    /// gets a record with an error.
    #[arg(long, value_name = "N", default_value_t = dechrome::DEFAULT_MAX_BYTES)]
    max_bytes: usize,

    /// The longest one document may take to clean, in milliseconds; one that takes longer is
    /// stopped and gets a record with an error. 0 sets no limit.
    #[arg(long, value_name = "MS", default_value_t = dechrome::DEFAULT_TIMEOUT.as_millis() as u64)]
    timeout_ms: u64,

    /// Worker threads. Default: all cores.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,

    /// Write to FILE instead of standard output; a name ending in .gz or .zst is compressed.
    /// The file is written as FILE.partial and renamed FILE when the run is complete (what
    /// is not a file, such as /dev/null or a named pipe, or is a link, is written in place).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,

    /// Write a JSON summary of the run to FILE: documents in, cleaned, skipped and failed (by
    /// reason), withheld, languages, bytes in and out, seconds.
    #[arg(long, value_name = "FILE")]
    stats: Option<PathBuf>,

    /// No progress bar and no summary on standard error (errors of single documents in text
    /// output are still reported). The bar is shown only when standard error is a terminal.
    #[arg(short, long)]
    quiet: bool,

    /// Unicode normal form of the output text.
    #[arg(long, value_enum, default_value_t = NormalForm::Nfc)]
    normalization: NormalForm,

    /// What the text of each document is written as: plain (a block per line) or markdown
    /// (headings, lists, tables, quotes and code marked).
    #[arg(long, value_enum, default_value_t = TextForm::Plain)]
    text_format: TextForm,

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
    /// One HTML page.
    Html,
    /// One text dump.
    Text,
    /// JSON Lines: a document per line; every field but the document's is carried through.
    Jsonl,
    /// A web archive (WARC, or WET): a document per page record.
    Warc,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum TextForm {
    /// A block per line.
    Plain,
    /// Markdown.
    Markdown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum NormalForm {
    /// Canonical composition (letters untouched).
    Nfc,
    /// Compatibility composition (folds ligatures, full-width forms and the like).
    Nfkc,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let stop = match Stop::on_signals() {
        Ok(stop) => stop,
        Err(e) => {
            eprintln!("dechrome: cannot watch for signals: {e}");
            return ExitCode::from(1);
        }
    };
    match run(&args, &stop) {
        Ok(Ended::Interrupted(signal)) => ExitCode::from(128 + signal as u8),
        Ok(Ended::Complete { failed: 0 }) => ExitCode::SUCCESS,
        Ok(Ended::Complete { failed }) => {
            if !args.quiet {
                eprintln!("dechrome: {failed} document(s) could not be cleaned; their records say why");
            }
            ExitCode::from(1)
        }
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dechrome: {e}");
            ExitCode::from(1)
        }
    }
}

/// The options the arguments ask for.
fn options(args: &Args) -> Options {
    let normalization = match args.normalization {
        NormalForm::Nfc => Normalization::Nfc,
        NormalForm::Nfkc => Normalization::Nfkc,
    };
    Options::default()
        .with_normalization(normalization)
        .with_comments(args.comments)
        .with_languages(&args.lang)
        .with_min_chars(args.min_chars)
        .with_site_chrome(!args.no_site_chrome)
        .with_threads(args.jobs.map_or(0, usize::from))
        .with_max_bytes(args.max_bytes)
        .with_timeout((args.timeout_ms > 0).then(|| Duration::from_millis(args.timeout_ms)))
}

/// How a run ended.
enum Ended {
    /// Every input has its record; this many documents failed.
    Complete { failed: usize },
    /// A signal (its number) stopped the run between two records.
    Interrupted(i32),
}

/// The signal that asked the run to stop, once one has.
struct Stop(Arc<AtomicUsize>);

impl Stop {
    /// Watches for SIGINT and SIGTERM: the first asks the run to stop after the record it is
    /// writing; a second ends the process at once.
    fn on_signals() -> io::Result<Stop> {
        let signal = Arc::new(AtomicUsize::new(0));
        let signalled = Arc::new(AtomicBool::new(false));
        for number in [SIGINT, SIGTERM] {
            // Registered first, so that it sees the flag as the signal before this one left it.
            signal_hook::flag::register_conditional_shutdown(number, 128 + number, Arc::clone(&signalled))?;
            signal_hook::flag::register(number, Arc::clone(&signalled))?;
            signal_hook::flag::register_usize(number, Arc::clone(&signal), number as usize)?;
        }
        Ok(Stop(signal))
    }

    /// The signal received, if any.
    fn signal(&self) -> Option<i32> {
        match self.0.load(Ordering::Relaxed) {
            0 => None,
            number => i32::try_from(number).ok(),
        }
    }
}

/// The name of a signal this command stops on.
fn signal_name(number: i32) -> &'static str {
    match number {
        SIGINT => "SIGINT",
        SIGTERM => "SIGTERM",
        _ => "a signal",
    }
}

/// Cleans every input and writes the records, until done or stopped.
fn run(args: &Args, stop: &Stop) -> io::Result<Ended> {
    let fields = JsonFields {
        html: args.html_field.clone(),
        text: args.text_field.clone(),
        id: args.id_field.clone(),
        url: args.url_field.clone(),
    };
    let mut inputs = Files::new(&args.inputs)
        .with_json_fields(fields)
        .with_max_bytes(args.max_bytes);
    match args.input_format {
        InputFormat::Auto => {}
        InputFormat::Html => inputs = inputs.with_format(input::Format::Html),
        InputFormat::Text => inputs = inputs.with_format(input::Format::Text),
        InputFormat::Jsonl => inputs = inputs.with_format(input::Format::JsonLines),
        InputFormat::Warc => inputs = inputs.with_format(input::Format::Warc),
    }
    let format = args.format.unwrap_or(if inputs.is_one_document() {
        Format::Text
    } else {
        Format::Jsonl
    });
    let text_format = match args.text_format {
        TextForm::Plain => TextFormat::Plain,
        TextForm::Markdown => TextFormat::Markdown,
    };
    let mut out = match &args.output {
        Some(path) => Output::create(path)?,
        None => Output::stdout(),
    };
    let mut writer: Box<dyn Writer + '_> = match format {
        Format::Jsonl => Box::new(JsonLines::new(&mut out).with_text_format(text_format)),
        Format::Text => Box::new(PlainText::new(&mut out).with_text_format(text_format)),
    };
    let started = Instant::now();
    let progress = Progress::new(args.quiet);
    let mut stats = Stats::default();
    let mut interrupted = None;
    let mut last_source = None;
    let mut batch = Cleaner::new(options(args)).batch(inputs);
    while let Some(record) = batch.next() {
        interrupted = stop.signal();
        // Once stopped, the records cleaned already are written, and no more are cleaned.
        let cleaned = match interrupted {
            Some(_) => batch.take_cleaned(),
            None => Vec::new(),
        };
        for record in std::iter::once(record).chain(cleaned) {
            last_source = Some(write_record(record, format, writer.as_mut(), &mut stats)?);
        }
        progress.show(&stats);
        if interrupted.is_some() {
            break;
        }
    }
    writer.finish()?;
    drop(writer);
    progress.finish();
    if let Some(signal) = interrupted {
        let kept_in = out
            .partial_path()
            .map(|partial| format!("; their records are in {}", partial.display()))
            .unwrap_or_default();
        out.finish_partial()?;
        stats.interrupted = Some(signal_name(signal));
        stats.last_source = last_source;
        let after = stats.last_source.as_deref().unwrap_or_default();
        eprintln!(
            "dechrome: stopped by {} after {} document(s), the last {after}{kept_in}",
            signal_name(signal),
            stats.documents
        );
    } else {
        out.finish()?;
    }
    stats.seconds = started.elapsed().as_secs_f64();
    if let Some(path) = &args.stats {
        let summary = serde_json::to_string_pretty(&stats).map_err(io::Error::other)?;
        std::fs::write(path, summary + "\n")
            .map_err(|e| io::Error::new(e.kind(), format!("cannot write {}: {e}", path.display())))?;
    }
    if stats.withheld_count() > 0 && !args.quiet {
        eprintln!(
            "dechrome: the text of {} document(s) was withheld by --lang or --min-chars",
            stats.withheld_count()
        );
    }
    Ok(match interrupted {
        Some(signal) => Ended::Interrupted(signal),
        None => Ended::Complete {
            failed: stats.failures(),
        },
    })
}

/// Writes one record and counts it; in text output, says on standard error what went wrong
/// with it. Gives back the record's source.
fn write_record(record: Record, format: Format, writer: &mut dyn Writer, stats: &mut Stats) -> io::Result<String> {
    stats.add(&record);
    if format == Format::Text {
        if let Some(error) = record.error() {
            eprintln!("dechrome: {}: {error}", record.source);
        }
        if let Some(reason) = &record.truncated {
            eprintln!(
                "dechrome: {}: cut short ({reason}); cleaned what could be read",
                record.source
            );
        }
    }
    writer.write(&record)?;
    Ok(record.source)
}

/// A progress bar on standard error, when it is a terminal and not silenced.
struct Progress(Option<ProgressBar>);

impl Progress {
    fn new(quiet: bool) -> Progress {
        if quiet || !io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(std::time::Duration::from_millis(200));
        Progress(Some(bar))
    }

    fn show(&self, stats: &Stats) {
        if let Some(bar) = &self.0 {
            bar.set_position(stats.documents as u64);
            if stats.documents % 64 == 1 {
                let mib = stats.bytes_in as f64 / f64::from(1 << 20);
                let rate = mib / bar.elapsed().as_secs_f64().max(0.001);
                bar.set_message(format!(
                    "{mib:.0} MiB in ({rate:.1} MiB/s), {} skipped, {} failed",
                    stats.skipped.values().sum::<usize>(),
                    stats.failures()
                ));
            }
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
