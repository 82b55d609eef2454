//! What the fuzz targets share: the options a target's first byte picks, and the checks that
//! every cleaned document must pass.

use dechrome::output::{JsonLines, Writer};
use dechrome::{Document, Hints, Normalization, Options, Record};

/// The largest input a target cleans: small enough that each run is fast, large enough for
/// pages with structure.
pub const MAX_BYTES: usize = 1 << 20;

/// Options picked by the bits of one byte, so that the fuzzer reaches the paths each option
/// turns on.
pub fn options(flags: u8) -> Options {
    Options::default()
        .with_max_bytes(MAX_BYTES)
        .with_comments(flags & 1 != 0)
        .with_normalization(if flags & 2 != 0 {
            Normalization::Nfkc
        } else {
            Normalization::Nfc
        })
        .with_language_detection(flags & 4 == 0)
        .with_min_chars(if flags & 8 != 0 { 40 } else { 0 })
        .with_languages(if flags & 16 != 0 { vec!["en", "de"] } else { Vec::new() })
        .with_threads(1)
}

/// A URL the caller may give, picked by a byte: none, or one whose path and top-level domain
/// tell the page's type and encoding.
pub fn url(pick: u8) -> Option<&'static str> {
    const URLS: [&str; 7] = [
        "https://news.example.ru/2024/05/03/the-river-rose-again",
        "https://shop.example.jp/products/blue-kettle",
        "https://forum.example.com/threads/1234",
        "https://docs.example.org/guide/install/",
        "http://example.cn/",
        "https://example.com/tag/rivers?page=2",
        "not a url",
    ];
    URLS.get(usize::from(pick)).copied()
}

/// Hints with the URL `pick` names.
pub fn hints(pick: u8) -> Hints<'static> {
    match url(pick) {
        Some(url) => Hints::default().with_url(url),
        None => Hints::default(),
    }
}

/// Checks what the library promises of every cleaned document's text (see `Document::text`
/// and the normalisation stage): no empty line, no character that normalising removes, the
/// counts matching the text, the blocks making up the text, and normalising changing nothing.
pub fn check(doc: &Document, form: Normalization) {
    check_normalised(&doc.text, form);
    assert!(
        !doc.text.starts_with('\n') && !doc.text.ends_with('\n') && !doc.text.contains("\n\n"),
        "an empty line in {:?}",
        doc.text
    );
    assert_eq!(doc.counts.chars, doc.text.chars().count());
    let blocks: Vec<&str> = doc.blocks().map(|b| b.text).collect();
    assert_eq!(doc.counts.kept_blocks, blocks.len());
    assert!(blocks.iter().all(|b| !b.is_empty()), "an empty block in {blocks:?}");
    assert_eq!(blocks.join("\n"), doc.text);
    for field in [&doc.title, &doc.author, &doc.sitename, &doc.description, &doc.comments]
        .into_iter()
        .flatten()
    {
        check_normalised(field, form);
    }
    if doc.withheld.is_some() {
        assert!(doc.text.is_empty());
    }
    let _ = doc.markdown();
}

/// Checks that `text` holds no control character but the line break, no character that
/// normalising removes or turns into a space or line break, and that normalising it again
/// changes nothing.
pub fn check_normalised(text: &str, form: Normalization) {
    for c in text.chars() {
        assert!(
            c == '\n' || c == ' ' || !(c.is_control() || c.is_whitespace() || removed(c)),
            "{c:?} in {text:?}"
        );
    }
    assert!(!text.contains("  "), "a run of spaces in {text:?}");
    assert!(
        text.lines().all(|line| line.trim_matches(' ') == line),
        "a line with spaces at an end in {text:?}"
    );
    assert_eq!(dechrome::normalize(text, form), text);
}

/// The invisible characters that normalising removes (besides control characters).
fn removed(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'
            | '\u{2060}'..='\u{2064}'
            | '\u{feff}'
            | '\u{ad}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{180e}'
    )
}

/// Checks a batch's record and writes it as JSON Lines, as the command does.
pub fn check_record(record: &Record, form: Normalization) {
    if let Some(doc) = record.document() {
        check(doc, form);
    }
    let mut writer = JsonLines::new(Vec::new());
    writer.write(record).expect("writing to memory");
    writer.finish().expect("writing to memory");
    let _ = record.kind();
}

/// Splits a target's input into its first byte (the options) and the rest.
pub fn split(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&flags, rest)) => (flags, rest),
        None => (0, data),
    }
}
