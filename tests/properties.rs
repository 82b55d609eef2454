//! Properties that hold for every input: no bytes panic the cleaner, each gives a document or
//! a typed error; normalising twice changes nothing; normalised text holds no control or
//! invisible character; a batch's records do not depend on its number of threads.
//!
//! The case counts are kept small so that `cargo test` stays fast; `PROPTEST_CASES=5000 cargo
//! test --release --test properties` runs them longer. The fuzz targets in `fuzz/` run the
//! same checks for hours.

use dechrome::{Cleaner, Document, Error, Hints, Input, Normalization, Options, Outcome, Record};
use proptest::prelude::*;

/// Pieces of HTML that the parser and the extractor decide by.
const TOKENS: &[&str] = &[
    "<html>", "<head>", "<title>", "</title>", "<body>", "<article>", "</article>", "<main>", "<div>",
    "</div>", "<p>", "</p>", "<br>", "<h1>", "</h1>", "<h2>", "<ul>", "<li>", "</ul>", "<ol>", "<table>",
    "<tr>", "<td>", "</table>", "<pre>", "</pre>", "<blockquote>", "<nav>", "</nav>", "<footer>", "<aside>",
    "<a href='/'>", "</a>", "<script>", "</script>", "<style>", "</style>", "<noscript>", "<template>",
    "<svg>", "<math>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<div class='content'>",
    "<div class='comments'>", "<div class='nav menu'>", "<span class='byline'>", "<time datetime='2024-05-03'>",
    "<meta charset='windows-1251'>", "<meta name='author' content='Jane Doe'>",
    "<meta property='og:title' content='The river'>", "<link rel='canonical' href='https://e.org/a'>",
    "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Jane\"},\"datePublished\":\"2024-05-03\"}</script>",
    "<div hidden>", "<div style='display:none'>", "<p class='sr-only'>", "&amp;", "&nbsp;", "&#0;", "&#xD800;",
    "&shy;", "&#x202E;", "\u{200b}", "\u{feff}", "\u{a0}", "\u{2028}", "\t", "\r\n", "\n", "\x00", "\x1b",
    "The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.",
    "Home", "Share", "Read more", "By Jane Doe", "3 May 2024", "Река поднялась", "ข่าว", "新闻", "e\u{301}",
    "\u{fb01}", "\u{a8}",
];

/// Bytes shaped like a page: tokens and arbitrary strings run together.
fn page() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        4 => prop::sample::select(TOKENS).prop_map(str::to_string),
        1 => any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat().into_bytes())
}

/// Any bytes, or bytes shaped like a page, in any case short enough for a fast test.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![prop::collection::vec(any::<u8>(), 0..512), page()]
}

/// Characters that normalising treats apart, mixed with any characters.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        ' ', '\t', '\n', '\r', '\u{0}', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{a0}', '\u{ad}', '\u{a8}',
        '\u{301}', '\u{308}', '\u{345}', '\u{180e}', '\u{1680}', '\u{2003}', '\u{200b}', '\u{200c}', '\u{200d}',
        '\u{200e}', '\u{2028}', '\u{2029}', '\u{202e}', '\u{202f}', '\u{205f}', '\u{2060}', '\u{2066}', '\u{3000}',
        '\u{feff}', '\u{fb01}', '\u{ff21}', '\u{2126}', '\u{1e9b}', '\u{fdfa}', '\u{3300}', 'e', 'A', 'ſ', 'ａ',
    ]);
    let c = prop_oneof![3 => special, 1 => any::<char>()];
    prop::collection::vec(c, 0..40).prop_map(|chars| chars.into_iter().collect())
}

fn forms() -> impl Strategy<Value = Normalization> {
    prop_oneof![Just(Normalization::Nfc), Just(Normalization::Nfkc)]
}

/// Whether normalising keeps no trace of `c`: the invisible characters it removes.
fn invisible(c: char) -> bool {
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

/// What normalising promises of its output: no control character but the line break, no
/// other whitespace but a single space inside a line, no invisible character, and nothing
/// left for a second pass to change.
fn assert_normalised(text: &str, form: Normalization) -> Result<(), TestCaseError> {
    for c in text.chars() {
        prop_assert!(
            c == '\n' || c == ' ' || !(c.is_control() || c.is_whitespace() || invisible(c)),
            "{:?} in {:?}",
            c,
            text
        );
    }
    prop_assert!(!text.contains("  "), "a run of spaces in {:?}", text);
    for line in text.lines() {
        prop_assert_eq!(line.trim_matches(' '), line, "spaces at a line's end in {:?}", text);
    }
    prop_assert_eq!(dechrome::normalize(text, form), text);
    Ok(())
}

/// What every cleaned document promises: its text and fields normalised, no empty line, its
/// blocks making up its text, and its counts matching.
fn assert_document(doc: &Document, form: Normalization) -> Result<(), TestCaseError> {
    assert_normalised(&doc.text, form)?;
    prop_assert!(!doc.text.starts_with('\n') && !doc.text.ends_with('\n') && !doc.text.contains("\n\n"));
    let blocks: Vec<&str> = doc.blocks().map(|b| b.text).collect();
    prop_assert!(blocks.iter().all(|b| !b.is_empty()));
    prop_assert_eq!(blocks.join("\n"), doc.text.as_str());
    prop_assert_eq!(doc.counts.kept_blocks, blocks.len());
    prop_assert_eq!(doc.counts.chars, doc.text.chars().count());
    for field in [&doc.title, &doc.author, &doc.sitename, &doc.description, &doc.comments]
        .into_iter()
        .flatten()
    {
        assert_normalised(field, form)?;
    }
    Ok(())
}

/// The errors cleaning one document's bytes may give, with no charset declared.
fn assert_expected_error(error: &Error) -> Result<(), TestCaseError> {
    prop_assert!(
        matches!(error, Error::Empty | Error::Binary { .. } | Error::TooLarge { .. }),
        "unexpected error: {:?}",
        error
    );
    Ok(())
}

fn options(form: Normalization, comments: bool) -> Options {
    Options::default()
        .with_normalization(form)
        .with_comments(comments)
        .with_max_bytes(4096)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_bytes_cleaned_as_html_give_a_document_or_an_error(bytes in bytes(), form in forms(), comments: bool) {
        let cleaner = Cleaner::new(options(form, comments));
        match cleaner.clean_html(&bytes, &Hints::default()) {
            Ok(doc) => {
                assert_document(&doc, form)?;
                prop_assert_eq!(doc.counts.input_bytes, bytes.len());
            }
            Err(error) => assert_expected_error(&error)?,
        }
    }

    #[test]
    fn any_bytes_cleaned_as_text_give_a_document_or_an_error(bytes in bytes(), form in forms()) {
        let cleaner = Cleaner::new(options(form, false));
        match cleaner.clean_text(&bytes, &Hints::default()) {
            Ok(doc) => assert_document(&doc, form)?,
            Err(error) => assert_expected_error(&error)?,
        }
    }

    #[test]
    fn bytes_over_the_limit_are_too_large(extra in 1usize..64, html: bool) {
        let cleaner = Cleaner::new(Options::default().with_max_bytes(100));
        let bytes = vec![b'a'; 100 + extra];
        let result = if html {
            cleaner.clean_html(&bytes, &Hints::default())
        } else {
            cleaner.clean_text(&bytes, &Hints::default())
        };
        prop_assert!(matches!(result, Err(Error::TooLarge { limit: 100 })), "{:?}", result);
    }

    #[test]
    fn cleaning_the_same_bytes_twice_gives_the_same_document(bytes in page()) {
        let cleaner = Cleaner::default();
        let first = cleaner.clean(&bytes, &Hints::default()).ok();
        let second = cleaner.clean(&bytes, &Hints::default()).ok();
        prop_assert_eq!(first, second);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalising_twice_changes_nothing(text in text(), form in forms()) {
        let once = dechrome::normalize(&text, form);
        prop_assert_eq!(dechrome::normalize(&once, form), once);
    }

    #[test]
    fn normalised_text_holds_no_control_or_invisible_character(text in text(), form in forms()) {
        assert_normalised(&dechrome::normalize(&text, form), form)?;
    }

    #[test]
    fn normalising_keeps_every_line_break_of_plain_lines(lines in prop::collection::vec("[a-z]{1,8}", 1..6)) {
        let text = lines.join("\r\n");
        prop_assert_eq!(dechrome::normalize(&text, Normalization::Nfc), lines.join("\n"));
    }
}

/// Lines that many pages of a site share, so that a batch learns them as chrome.
const CHROME: [&str; 3] = [
    "Home | News | Sport | Contact",
    "We are a small paper that has covered the valley and its towns since 1921, every day.",
    "© 2024 The Valley Paper",
];

/// An input of a batch: a page of a site, as HTML or a dump, with its own lines and some of
/// the site's chrome, or bytes of any kind.
fn input() -> impl Strategy<Value = (u8, u8, Vec<String>, Vec<u8>)> {
    (
        0u8..3,
        0u8..8,
        prop::collection::vec("[A-Za-z ,.]{0,120}", 0..4),
        prop::collection::vec(any::<u8>(), 0..64),
    )
}

fn build(n: usize, (site, shape, lines, noise): (u8, u8, Vec<String>, Vec<u8>)) -> Input {
    let chrome = CHROME.iter().take(usize::from(shape % 4));
    let url = format!("https://site{site}.example/{n}");
    let input = match shape {
        0..=2 => {
            let body: String = lines.iter().map(|l| format!("<p>{l}</p>")).collect();
            let nav: String = chrome.map(|c| format!("<p>{c}</p>")).collect();
            Input::new(
                n.to_string(),
                format!("<html><body>{nav}<article>{body}</article></body></html>").into_bytes(),
            )
        }
        3..=5 => {
            let dump: Vec<&str> = chrome.copied().chain(lines.iter().map(String::as_str)).collect();
            Input::new(n.to_string(), dump.join("\n").into_bytes())
        }
        _ => Input::new(n.to_string(), noise),
    };
    input.with_url(url)
}

/// What a record says, in a form that can be compared.
fn summary(record: Record) -> (String, Option<String>, Result<Document, String>) {
    let outcome = match record.outcome {
        Outcome::Cleaned(doc) => Ok(doc),
        Outcome::Skipped(reason) => Err(format!("skipped: {reason}")),
        Outcome::Failed(error) => Err(format!("{}: {error}", error.code())),
        _ => Err("another outcome".to_string()),
    };
    (record.source, record.url, outcome)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn a_batch_s_records_do_not_depend_on_its_number_of_threads(inputs in prop::collection::vec(input(), 1..10)) {
        let records = |threads: usize| -> Vec<_> {
            let cleaner = Cleaner::new(Options::default().with_threads(threads));
            let batch = inputs.iter().cloned().enumerate().map(|(n, input)| build(n, input));
            cleaner.batch(batch).map(summary).collect()
        };
        let one = records(1);
        prop_assert_eq!(one.len(), inputs.len());
        for (_, _, outcome) in &one {
            if let Ok(doc) = outcome {
                assert_document(doc, Normalization::Nfc)?;
            }
        }
        prop_assert_eq!(&records(2), &one);
        prop_assert_eq!(&records(3), &one);
    }
}

/// A line of a JSON Lines stream: a page, a dump, JSON that holds no document, or no JSON.
fn json_line() -> impl Strategy<Value = String> {
    prop_oneof![
        page().prop_map(|p| serde_json::json!({ "html": String::from_utf8_lossy(&p) }).to_string()),
        text().prop_map(|t| serde_json::json!({ "text": t, "id": 7 }).to_string()),
        Just("[1, 2]".to_string()),
        Just("{\"html\": 5}".to_string()),
        Just(" \t ".to_string()),
        "[^\n]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Every line that is not blank is a document, and gets its record, named by its line, in
    /// order, whatever the line holds.
    #[test]
    fn each_json_lines_line_that_is_not_blank_gets_one_record_in_order(lines in prop::collection::vec(json_line(), 0..12)) {
        let stream = lines.join("\n");
        let expected: Vec<String> = lines
            .iter()
            .enumerate()
            .filter(|(_, line)| !line.bytes().all(|b| b.is_ascii_whitespace()))
            .map(|(i, _)| format!("s:{}", i + 1))
            .collect();
        let reader = dechrome::input::JsonLines::new("s", stream.as_bytes(), Default::default());
        let sources: Vec<String> = Cleaner::new(Options::default().with_threads(1))
            .batch(reader)
            .map(|record| record.source)
            .collect();
        prop_assert_eq!(sources, expected);
    }

    /// A web archive of any bytes gives records named by increasing record numbers, without
    /// panicking, and ends.
    #[test]
    fn any_bytes_read_as_a_web_archive_give_records_in_order(bytes in prop::collection::vec(any::<u8>(), 0..2048), head: bool) {
        let mut stream = if head { b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n".to_vec() } else { Vec::new() };
        stream.extend(bytes);
        let numbers: Vec<usize> = dechrome::input::Warc::new("a", &stream[..])
            .map(|input| input.source().rsplit(':').next().unwrap().parse().unwrap())
            .collect();
        prop_assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{:?}", numbers);
    }
}
