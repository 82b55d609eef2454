//! The `dechrome` command as a user runs it: inputs, formats, order, bad input, exit status.

mod util;

use std::fs;
use std::io::Write;
use std::path::Path;
use util::{dechrome, records, PARAGRAPH};

/// The fields of every JSON Lines record, in order.
const FIELDS: [&str; 16] = [
    "source",
    "id",
    "url",
    "canonical_url",
    "title",
    "author",
    "date",
    "sitename",
    "description",
    "text",
    "lang",
    "lang_confidence",
    "encoding",
    "kind",
    "page_type",
    "error",
];

/// A small HTML page whose article is `PARAGRAPH` with a word of its own, behind a menu.
fn page(word: &str) -> String {
    format!(
        "<html><head><title>{word}</title><link rel=canonical href='https://example.org/{word}'></head><body>\
         <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
         <article><p>{word}: {PARAGRAPH}</p><p>{PARAGRAPH}</p></article></body></html>"
    )
}

/// A text dump: a menu line, the article, a comment-form line.
fn dump(word: &str) -> String {
    format!("Home\nNews\n\n{word}: {PARAGRAPH}\n\n{PARAGRAPH}\n\nLeave a Reply\n")
}

/// A word of its own for each number, in letters: pages that differ only in a number share
/// their lines, and lines shared by many pages of a batch are its site chrome.
fn letters(i: usize) -> String {
    format!(
        "doc{}{}",
        char::from(b'a' + (i / 26) as u8),
        char::from(b'a' + (i % 26) as u8)
    )
}

fn write(path: &Path, content: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, content).unwrap();
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn one_document_prints_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.html");
    write(&file, page("alpha"));
    let out = dechrome(&[arg(&file)], b"");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("alpha: The council approved"), "{text}");
    assert!(!text.contains("Home"));
    assert!(out.stderr.is_empty(), "nothing on standard error when all goes well");
}

#[test]
fn several_documents_give_json_lines_with_every_field() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.html"), page("alpha"));
    write(&dir.path().join("b.txt"), dump("beta"));
    let out = dechrome(&[arg(dir.path())], b"");
    assert!(out.status.success(), "{out:?}");
    let lines = String::from_utf8(out.stdout.clone()).unwrap();
    for line in lines.lines() {
        let positions: Vec<usize> = FIELDS
            .iter()
            .map(|f| line.find(&format!("\"{f}\":")).unwrap())
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "fields in schema order: {line}"
        );
    }
    let recs = records(&out);
    assert_eq!(recs.len(), 2);
    for rec in &recs {
        let mut keys: Vec<&str> = rec.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut expected = FIELDS;
        expected.sort_unstable();
        assert_eq!(keys, expected);
        assert!(rec["error"].is_null());
        assert_eq!(rec["lang"], "en");
        assert!(rec["lang_confidence"].as_f64().unwrap() > 0.5);
        assert_eq!(rec["encoding"], "UTF-8");
    }
    assert_eq!(recs[0]["kind"], "html");
    assert_eq!(recs[0]["canonical_url"], "https://example.org/alpha");
    assert_eq!(recs[0]["title"], "alpha");
    assert!(recs[0]["source"].as_str().unwrap().ends_with("a.html"));
    assert_eq!(recs[1]["kind"], "text");
    assert!(recs[1]["url"].is_null());
    assert_eq!(
        recs[1]["text"].as_str().unwrap(),
        format!("beta: {PARAGRAPH}\n{PARAGRAPH}")
    );
}

#[test]
fn format_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.html");
    write(&file, page("alpha"));
    let jsonl = dechrome(&["--format", "jsonl", arg(&file)], b"");
    assert_eq!(records(&jsonl).len(), 1);
    write(&dir.path().join("b.html"), page("beta"));
    let text = dechrome(&["--format", "text", arg(dir.path())], b"");
    let text = String::from_utf8(text.stdout).unwrap();
    let documents: Vec<&str> = text.split("\n\n").collect();
    assert_eq!(documents.len(), 2, "documents are separated by a blank line: {text}");
    assert!(documents[0].starts_with("alpha:") && documents[1].starts_with("beta:"));
}

#[test]
fn directories_are_read_recursively_in_sorted_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // Created in an order unlike the sorted one.
    for name in ["z.html", "b/2.txt", "a.txt", "b/1.html", "b/c/0.txt"] {
        write(
            &root.join(name),
            if name.ends_with(".txt") { dump(name) } else { page(name) },
        );
    }
    let out = dechrome(&[arg(root)], b"");
    let sources: Vec<String> = records(&out)
        .iter()
        .map(|r| {
            let source = r["source"].as_str().unwrap();
            Path::new(source)
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(sources, ["a.txt", "b/1.html", "b/2.txt", "b/c/0.txt", "z.html"]);
}

#[test]
fn record_order_does_not_depend_on_threads() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..40 {
        let name = format!("{i:02}.{}", if i % 3 == 0 { "txt" } else { "html" });
        let word = letters(i);
        write(
            &dir.path().join(name),
            if i % 3 == 0 { dump(&word) } else { page(&word) },
        );
    }
    let one = records(&dechrome(&["-j", "1", arg(dir.path())], b""));
    let four = records(&dechrome(&["--jobs", "4", arg(dir.path())], b""));
    assert_eq!(one.len(), 40);
    assert_eq!(one, four);
    for (i, rec) in one.iter().enumerate() {
        assert!(
            rec["text"].as_str().unwrap().starts_with(&format!("{}:", letters(i))),
            "{rec}"
        );
    }
}

#[test]
fn standard_input_is_read_for_dash_or_no_input() {
    let html = page("gamma");
    for args in [&[][..], &["-"][..]] {
        let out = dechrome(args, html.as_bytes());
        assert!(out.status.success());
        assert!(String::from_utf8(out.stdout).unwrap().starts_with("gamma: "));
    }
    let out = dechrome(&["--format", "jsonl"], dump("delta").as_bytes());
    let recs = records(&out);
    assert_eq!(recs[0]["source"], "-");
    assert_eq!(recs[0]["kind"], "text", "the kind of standard input is sniffed");
}

#[test]
fn kind_comes_from_the_name_or_the_override() {
    let dir = tempfile::tempdir().unwrap();
    let html = page("epsilon");
    // HTML saved under a text name is cleaned as text: its tags stay.
    let as_txt = dir.path().join("page.txt");
    write(&as_txt, &html);
    let recs = records(&dechrome(&["--format", "jsonl", arg(&as_txt)], b""));
    assert_eq!(recs[0]["kind"], "text");
    let recs = records(&dechrome(
        &["--format", "jsonl", "--input-format", "html", arg(&as_txt)],
        b"",
    ));
    assert_eq!(recs[0]["kind"], "html");
    assert!(recs[0]["text"].as_str().unwrap().starts_with("epsilon: "));
    // Without a known extension, the bytes decide.
    let unnamed = dir.path().join("page.data");
    write(&unnamed, &html);
    let recs = records(&dechrome(&["--format", "jsonl", arg(&unnamed)], b""));
    assert_eq!(recs[0]["kind"], "html");
    let htm = dir.path().join("page.htm");
    write(&htm, dump("zeta"));
    let recs = records(&dechrome(&["--format", "jsonl", arg(&htm)], b""));
    assert_eq!(recs[0]["kind"], "html");
    let recs = records(&dechrome(
        &["--format", "jsonl", "--input-format", "text", arg(&htm)],
        b"",
    ));
    assert_eq!(recs[0]["kind"], "text");
}

#[test]
fn compressed_inputs_are_decompressed() {
    let dir = tempfile::tempdir().unwrap();
    let gz = dir.path().join("a.html.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(page("eta").as_bytes()).unwrap();
    write(&gz, encoder.finish().unwrap());
    let zst = dir.path().join("b.txt.zst");
    write(&zst, zstd::encode_all(dump("theta").as_bytes(), 3).unwrap());
    let recs = records(&dechrome(&[arg(dir.path())], b""));
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["kind"], "html");
    assert!(recs[0]["text"].as_str().unwrap().starts_with("eta: "));
    assert_eq!(recs[1]["kind"], "text");
    assert!(recs[1]["text"].as_str().unwrap().starts_with("theta: "));
}

#[test]
fn bad_documents_get_error_records_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("1-good.html");
    write(&good, page("iota"));
    let empty = dir.path().join("2-empty.txt");
    write(&empty, b"");
    let binary = dir.path().join("3-binary.html");
    write(&binary, (0..=255u8).cycle().take(8192).collect::<Vec<u8>>());
    let missing = dir.path().join("4-missing.html");
    let broken_gzip = dir.path().join("5-broken.html.gz");
    write(&broken_gzip, b"this is not gzip");
    let last = dir.path().join("6-good.txt");
    write(&last, dump("kappa"));
    let inputs = [&good, &empty, &binary, &missing, &broken_gzip, &last];
    let args: Vec<&str> = inputs.iter().map(|p| arg(p)).collect();
    let out = dechrome(&args, b"");

    assert_eq!(out.status.code(), Some(1), "some documents failed");
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(stderr.contains("4 document(s)"), "the failures are counted: {stderr}");
    let recs = records(&out);
    assert_eq!(recs.len(), inputs.len(), "one record per input, in order");
    for (rec, input) in recs.iter().zip(inputs) {
        assert_eq!(rec["source"], arg(input));
    }
    assert!(recs[0]["error"].is_null() && recs[5]["error"].is_null());
    assert!(recs[5]["text"].as_str().unwrap().starts_with("kappa: "));
    let error = |i: usize| recs[i]["error"].as_str().unwrap().to_string();
    assert!(error(1).contains("empty"), "{}", error(1));
    assert!(error(2).contains("binary"), "{}", error(2));
    assert!(error(3).contains("cannot read"), "{}", error(3));
    assert!(error(4).contains("gzip"), "{}", error(4));
    for failed in &recs[1..5] {
        assert_eq!(failed["text"], "");
    }
}

#[test]
fn invalid_utf8_in_a_text_file_is_decoded_not_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("latin.txt");
    // Windows-1252 bytes (é = 0xE9), not valid UTF-8.
    let mut bytes = format!("{PARAGRAPH} ").into_bytes();
    bytes.extend_from_slice(b"The caf\xe9 on the corner was full again, and the owner said that the new menu had brought more people to the street than ever before.");
    write(&file, bytes);
    let out = dechrome(&["--format", "jsonl", arg(&file)], b"");
    assert!(out.status.success(), "{out:?}");
    let recs = records(&out);
    assert!(recs[0]["error"].is_null());
    assert_ne!(recs[0]["encoding"], "UTF-8");
    assert!(
        recs[0]["text"].as_str().unwrap().contains("café"),
        "{}",
        recs[0]["text"]
    );
}

#[test]
fn one_failing_document_alone_exits_one_with_the_reason_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nowhere.html");
    let out = dechrome(&[arg(&missing)], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "text output carries nothing for a failed document"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("nowhere.html") && stderr.contains("cannot read"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_two_with_nothing_on_stdout() {
    for args in [
        &["--no-such-flag"][..],
        &["--jobs", "0"][..],
        &["--format", "xml"][..],
        &["--input-format", "pdf"][..],
    ] {
        let out = dechrome(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn output_goes_to_a_file_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/a.html"), page("lambda"));
    write(&dir.path().join("in/b.txt"), dump("mu"));
    let target = dir.path().join("out.jsonl");
    let out = dechrome(&["-o", arg(&target), arg(&dir.path().join("in"))], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    let written = fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), 2);
    let first: serde_json::Value = serde_json::from_str(written.lines().next().unwrap()).unwrap();
    assert!(first["text"].as_str().unwrap().starts_with("lambda: "));
}

#[test]
fn help_explains_inputs_options_and_exit_status() {
    let out = dechrome(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in [
        "INPUT",
        "--format",
        "--input-format",
        "--jobs",
        "--output",
        "--normalization",
        "standard input",
        ".gz",
        "Exit status",
    ] {
        assert!(help.contains(needle), "--help mentions {needle}");
    }
}

#[test]
fn nfkc_folds_compatibility_characters_and_nfc_keeps_them() {
    let text = format!("The ﬁrst ＡＢＣ report. {PARAGRAPH}\n");
    let nfc = String::from_utf8(dechrome(&["--input-format", "text"], text.as_bytes()).stdout).unwrap();
    assert!(nfc.contains("ﬁrst ＡＢＣ"), "{nfc}");
    let nfkc =
        String::from_utf8(dechrome(&["--normalization", "nfkc", "--input-format", "text"], text.as_bytes()).stdout)
            .unwrap();
    assert!(nfkc.contains("first ABC"), "{nfkc}");
}

#[test]
fn comments_are_a_field_of_their_own_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.html");
    let html = page("alpha").replace(
        "</article>",
        "</article><div class='comments'><p>A reader writes: thanks for the report, it was clear.</p></div>",
    );
    write(&file, html);
    let plain = dechrome(&["--format", "jsonl", arg(&file)], b"");
    let recs = records(&plain);
    assert!(recs[0].get("comments").is_none(), "no comments field unless asked for");
    assert!(!recs[0]["text"].as_str().unwrap().contains("A reader writes"));
    let asked = dechrome(&["--comments", "--format", "jsonl", arg(&file)], b"");
    let recs = records(&asked);
    assert_eq!(
        recs[0]["comments"],
        "A reader writes: thanks for the report, it was clear."
    );
    assert!(!recs[0]["text"].as_str().unwrap().contains("A reader writes"));
    let text = dechrome(&["--comments", arg(&file)], b"");
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.trim_end()
            .ends_with("\n\nA reader writes: thanks for the report, it was clear."),
        "{text}"
    );
}

#[test]
fn filters_withhold_text_but_keep_every_record() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.html"), page("alpha"));
    write(&dir.path().join("b.txt"), "Kurz.\n");
    let out = dechrome(&["--lang", "de,fr", arg(dir.path())], b"");
    assert!(out.status.success(), "withholding is not a failure: {out:?}");
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "every document keeps its record");
    assert_eq!(recs[0]["withheld"], "language");
    assert_eq!(recs[0]["text"], "");
    assert_eq!(recs[0]["lang"], "en", "the language is still reported");
    assert!(String::from_utf8_lossy(&out.stderr).contains("withheld"));

    let out = dechrome(&["--lang", "en", "--min-chars", "100", arg(dir.path())], b"");
    let recs = records(&out);
    assert!(recs[0].get("withheld").is_none(), "{:?}", recs[0]);
    assert!(recs[0]["text"].as_str().unwrap().starts_with("alpha: "));
    assert!(
        recs[1]["withheld"].is_string(),
        "too short, or too short to tell its language"
    );
    assert_eq!(recs[1]["text"], "");

    let plain = dechrome(&[arg(dir.path())], b"");
    assert!(
        records(&plain).iter().all(|r| r.get("withheld").is_none()),
        "no filters, no field"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_gives_each_document_one_record() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("crawl");
    write(&root.join("a.html"), page("nu"));
    write(&root.join("sub/b.txt"), dump("xi"));
    std::os::unix::fs::symlink(&root, root.join("sub/back-to-top")).unwrap();
    let out = dechrome(&[arg(&root)], b"");
    assert!(out.status.success(), "{out:?}");
    let recs = records(&out);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(recs[1]["text"].as_str().unwrap().starts_with("xi: "));
}
