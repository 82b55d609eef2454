//! The command on streams of documents: web archives (WARC, WET) and JSON Lines, from files
//! and standard input. The fixtures are in `tests/fixtures/archive/` (see its `make.py`).

mod util;

use serde_json::Value;
use std::path::{Path, PathBuf};
use util::{dechrome, records};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/archive")
        .join(name)
}

fn fixture_arg(name: &str) -> String {
    fixture(name).display().to_string()
}

fn texts_of(records: &[Value]) -> Vec<&str> {
    records.iter().map(|r| r["text"].as_str().unwrap()).collect()
}

#[test]
fn a_web_archive_gives_a_record_per_page_response() {
    let out = dechrome(&[&fixture_arg("crawl.warc.gz")], b"");
    assert_eq!(out.status.code(), Some(1), "the record cut short failed: {out:?}");
    let recs = records(&out);
    let urls: Vec<&str> = recs.iter().map(|r| r["url"].as_str().unwrap_or("-")).collect();
    assert_eq!(
        urls,
        [
            "https://harbour-news.example/2026/ferry",
            "https://harbour-news.example/2026/market",
            "https://harbour-news.example/2026/most",
            "https://harbour-news.example/2026/leuchtturm",
            "https://harbour-news.example/logo.png",
            "https://harbour-news.example/old-news",
            "-",
        ],
        "requests, metadata and warcinfo are no documents"
    );
    assert!(recs[0]["id"].as_str().unwrap().starts_with("<urn:uuid:"));
    assert!(recs[0]["source"].as_str().unwrap().ends_with("crawl.warc.gz:3"));
    assert!(texts_of(&recs)[0].starts_with("The night ferry to the islands returns"));
    // Declared in the HTTP header only.
    assert_eq!(recs[2]["encoding"], "windows-1251");
    assert_eq!(recs[2]["lang"], "ru");
    assert!(texts_of(&recs)[2].starts_with("Строительство нового пешеходного моста"));
    assert_eq!(recs[4]["skipped"], "not a web page: image/png");
    assert_eq!(recs[5]["skipped"], "not a page: HTTP status 301");
    assert!(recs[4]["error"].is_null() && recs[4]["text"] == "");
    assert!(recs[6]["error"].as_str().unwrap().starts_with("cannot read: "));
}

#[test]
fn a_wet_file_gives_each_page_s_text_cleaned_as_text() {
    let out = dechrome(&[&fixture_arg("crawl.warc.wet.gz")], b"");
    assert!(out.status.success(), "{out:?}");
    let recs = records(&out);
    assert_eq!(recs.len(), 4);
    assert!(recs
        .iter()
        .all(|r| r["kind"] == "text" && r["id"].as_str().unwrap().starts_with("<urn:uuid:")));
    assert_eq!(recs[3]["url"], "https://harbour-news.example/2026/leuchtturm");
    assert!(texts_of(&recs)[3].contains("Der alte Leuchtturm am Ende der Mole"));
}

#[test]
fn an_archive_on_standard_input_is_recognised() {
    let archive = std::fs::read(fixture("crawl.warc.gz")).unwrap();
    let out = dechrome(&["--format", "jsonl"], &archive);
    assert_eq!(records(&out).len(), 7);
    let forced = dechrome(&["--input-format", "warc", "--format", "jsonl"], &archive);
    assert_eq!(records(&forced).len(), 7);
    // An archive is many documents: JSON Lines unless asked otherwise.
    assert_eq!(records(&dechrome(&[], &archive)).len(), 7);
    let page = b"<html><body><p>The night ferry to the islands returns this summer after four years in dry dock.</p></body></html>";
    let one = String::from_utf8(dechrome(&[], page).stdout).unwrap();
    assert!(
        one.starts_with("The night ferry"),
        "one page read ahead is still read whole: {one}"
    );
}

#[test]
fn json_lines_keep_their_fields_and_each_bad_line_gets_its_error() {
    let out = dechrome(&[&fixture_arg("docs.jsonl")], b"");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let recs = records(&out);
    assert_eq!(recs.len(), 5, "a record per line, in order");
    let ids: Vec<&Value> = recs.iter().map(|r| &r["id"]).collect();
    assert_eq!(
        ids,
        [
            &Value::from("d1"),
            &Value::from("2"),
            &Value::Null,
            &Value::from("d4"),
            &Value::from("d5")
        ]
    );
    assert_eq!(
        recs[0]["crawl"],
        serde_json::json!({"batch": 7, "tags": ["news", "ferry"]})
    );
    assert_eq!(recs[0]["score"], 0.93);
    assert!(recs[0].get("html").is_none(), "the document itself is not repeated");
    assert_eq!(recs[0]["kind"], "html");
    assert_eq!(recs[1]["kind"], "text");
    assert_eq!(recs[1]["source_dataset"], "harbour");
    assert!(recs[2]["error"].as_str().unwrap().starts_with("line 3 is not JSON"));
    assert_eq!(
        recs[3]["error"],
        r#"line 4 has no document: neither "html" nor "text" is a string field"#
    );
    assert!(recs[4]["license"].is_null() && recs[4].as_object().unwrap().contains_key("license"));
    assert!(texts_of(&recs)[4].starts_with("Der alte Leuchtturm"));
}

#[test]
fn json_lines_on_standard_input_with_fields_named() {
    let stream = concat!(
        r#"{"doc": 1, "link": "https://e.org/a", "raw": "<p>The night ferry to the islands returns this summer after four years in dry dock.</p>"}"#,
        "\n",
        r#"{"doc": 2, "raw": "<p>The fish market moves into the restored grain hall next month, the traders say.</p>"}"#,
        "\n"
    );
    let out = dechrome(
        &[
            "--input-format",
            "jsonl",
            "--html-field",
            "raw",
            "--id-field",
            "doc",
            "--url-field",
            "link",
        ],
        stream.as_bytes(),
    );
    assert!(out.status.success(), "{out:?}");
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "JSON Lines give JSON Lines, one record per line");
    assert_eq!(
        (&recs[0]["id"], &recs[0]["url"]),
        (&Value::from("1"), &Value::from("https://e.org/a"))
    );
    assert_eq!(recs[0]["doc"], 1, "the id field is carried through too");
    assert!(texts_of(&recs)[1].starts_with("The fish market moves"));
}

#[test]
fn a_document_over_the_size_limit_gets_an_error_and_the_rest_go_on() {
    let out = dechrome(&["--max-bytes", "700", &fixture_arg("docs.jsonl")], b"");
    let recs = records(&out);
    assert_eq!(recs.len(), 5);
    assert!(
        recs[0]["error"].as_str().unwrap().contains("limit of 700 bytes"),
        "{:?}",
        recs[0]
    );
    assert!(recs[1]["error"].is_null());
}

#[test]
fn output_is_compressed_as_its_name_says_and_stats_sum_up_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("out.jsonl.zst");
    let stats_path = dir.path().join("stats.json");
    let out = dechrome(
        &[
            &fixture_arg("crawl.warc.gz"),
            "-o",
            out_path.to_str().unwrap(),
            "--stats",
            stats_path.to_str().unwrap(),
            "--quiet",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "quiet: {out:?}");
    let jsonl = zstd::stream::decode_all(&std::fs::read(&out_path).unwrap()[..]).unwrap();
    assert_eq!(String::from_utf8(jsonl).unwrap().lines().count(), 7);
    let stats: Value = serde_json::from_slice(&std::fs::read(&stats_path).unwrap()).unwrap();
    assert_eq!(
        (&stats["documents"], &stats["cleaned"]),
        (&Value::from(7), &Value::from(4))
    );
    assert_eq!(stats["skipped"]["not a web page: image/png"], 1);
    assert_eq!(stats["skipped"]["not a page: HTTP status 301"], 1);
    assert_eq!(stats["failed"]["io"], 1);
    assert_eq!(
        (&stats["languages"]["en"], &stats["languages"]["ru"]),
        (&Value::from(2), &Value::from(1))
    );
    assert!(stats["bytes_in"].as_u64().unwrap() > stats["bytes_out"].as_u64().unwrap());
    assert!(stats["seconds"].as_f64().unwrap() > 0.0);
}

#[test]
fn markdown_marks_each_block_in_either_output_format() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/article.html");
    let page = page.to_str().unwrap();
    let text = dechrome(&["--text-format", "markdown", page], b"");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("\n\n## Why now\n\n"), "{text}");
    assert!(
        text.contains("\n- Four stops: the capital, two valley towns and the coast\n- Cabins"),
        "{text}"
    );
    let jsonl = dechrome(&["--text-format", "markdown", "--format", "jsonl", page], b"");
    let plain = dechrome(&["--format", "jsonl", page], b"");
    let (marked, plain) = (&records(&jsonl)[0], &records(&plain)[0]);
    assert_eq!(marked["text"].as_str().unwrap(), text);
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .count()
    };
    assert_eq!(
        words(marked["text"].as_str().unwrap()),
        words(plain["text"].as_str().unwrap()),
        "no word lost"
    );
}

#[test]
fn records_of_a_stream_do_not_depend_on_threads() {
    let archive = fixture_arg("crawl.warc.gz");
    let one = dechrome(&["-j", "1", &archive, &fixture_arg("docs.jsonl")], b"");
    let three = dechrome(&["-j", "3", &archive, &fixture_arg("docs.jsonl")], b"");
    assert_eq!(records(&one).len(), 12);
    assert_eq!(one.stdout, three.stdout);
}
