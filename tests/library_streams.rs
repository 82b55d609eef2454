//! The library cleans a stream of documents without the command: a reader of the stream
//! feeds a batch, and each document comes back as a record, in order.

use dechrome::input::{JsonFields, JsonLines, Warc};
use dechrome::{Cleaner, Options, Outcome, Record};
use std::fs::File;
use std::io::BufReader;
use std::path::Path;

#[test]
fn a_web_archive_is_cleaned_record_by_record() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/archive/crawl.warc.gz");
    let file = File::open(path).unwrap();
    let archive = BufReader::new(flate2::read::MultiGzDecoder::new(file));
    let records: Vec<Record> = Cleaner::new(Options::default().with_threads(2))
        .batch(Warc::new("crawl", archive))
        .collect();
    let outcomes: Vec<&str> = records
        .iter()
        .map(|r| match &r.outcome {
            Outcome::Cleaned(_) => "cleaned",
            Outcome::Skipped(_) => "skipped",
            Outcome::Failed(_) => "failed",
            _ => "other",
        })
        .collect();
    assert_eq!(
        outcomes,
        ["cleaned", "cleaned", "cleaned", "cleaned", "skipped", "skipped", "failed"]
    );
    let most = records[2].document().unwrap();
    assert_eq!(
        (most.encoding, most.lang.as_ref().unwrap().code),
        ("windows-1251", "ru")
    );
    assert_eq!(
        records[2].url.as_deref(),
        Some("https://harbour-news.example/2026/most")
    );
}

#[test]
fn json_lines_are_cleaned_line_by_line() {
    let stream =
        "{\"id\": \"a\", \"text\": \"Tickets go on sale in April; the first crossing leaves at ten.\", \"n\": 1}\n{}\n";
    let records: Vec<Record> = Cleaner::default()
        .batch(JsonLines::new("stdin", stream.as_bytes(), JsonFields::default()))
        .collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].id.as_deref(), Some("a"));
    assert_eq!(records[0].fields.as_ref().unwrap()["n"], 1);
    assert!(records[0].document().unwrap().text.starts_with("Tickets go on sale"));
    assert!(records[1]
        .error()
        .unwrap()
        .to_string()
        .starts_with("line 2 has no document"));
}
