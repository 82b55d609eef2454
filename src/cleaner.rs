//! The [`Cleaner`]: one document through the stages, in the one order they run.
//!
//! 1. **Decode** ([`crate::decode`]): bytes to text, with the encoding used.
//! 2. **Extract** ([`crate::extract`]): the extractor for the document's kind reads the
//!    article out of the text ([`crate::html`] parses a page, [`crate::text`] normalises a
//!    dump and judges its lines), with the article's language when it needed it.
//! 3. **Normalise** ([`mod@crate::normalize`]) the extraction's blocks, title and comments.
//! 4. **Language** ([`crate::lang`]): the extractor's reading, else detected on the text.
//! 5. **Filters**: the options' languages and minimum length.
//!
//! Across documents, a [`Batch`](crate::Batch) adds site chrome, from the fingerprints of each
//! page's text that this module takes from the extraction.

use crate::deadline::Deadline;
use crate::document::{BlockKind, Document, Kind, Language, Withheld};
use crate::error::Error;
use crate::extract::{ExtractedBlock, Extraction, Extractor};
use crate::lexicon::Lexicon;
use crate::options::{Hints, Normalization, Options};
use crate::site::{PagePrints, SiteChrome};
use crate::{decode, html, lang, normalize, site, text, units, PageType};
use std::borrow::Cow;

/// Cleans documents. Build one from [`Options`]: the word lists it uses are built once per
/// process and shared, so a cleaner is cheap to create and to clone, and it is `Send + Sync`,
/// so one cleaner serves every thread.
///
/// ```
/// use dechrome::{Cleaner, Hints, Options};
///
/// let cleaner = Cleaner::new(Options::default());
/// let page = b"<html><body><nav><a href='/'>Home</a></nav>
///   <article><p>The river rose to a record level on Sunday, after three days of rain,
///   and the town closed two bridges while crews cleared the debris.</p></article></body></html>";
/// let doc = cleaner.clean(page, &Hints::default()).unwrap();
/// assert!(doc.text.starts_with("The river rose"));
/// assert!(!doc.text.contains("Home"));
/// ```
#[derive(Clone)]
pub struct Cleaner {
    options: Options,
    lexicon: &'static Lexicon,
}

impl std::fmt::Debug for Cleaner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cleaner")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl Default for Cleaner {
    fn default() -> Self {
        Cleaner::new(Options::default())
    }
}

impl Cleaner {
    /// A cleaner with these options.
    pub fn new(options: Options) -> Cleaner {
        Cleaner {
            options,
            lexicon: Lexicon::shared(),
        }
    }

    /// The options this cleaner was built with.
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Cleans bytes of any kind: HTML or text, as `hints.kind` says or as sniffed from the bytes.
    pub fn clean(&self, bytes: &[u8], hints: &Hints) -> Result<Document, Error> {
        Ok(self.run(bytes, hints, hints.kind, false)?.0)
    }

    /// Cleans bytes known to be HTML.
    pub fn clean_html(&self, bytes: &[u8], hints: &Hints) -> Result<Document, Error> {
        Ok(self.run(bytes, hints, Some(Kind::Html), false)?.0)
    }

    /// Cleans bytes known to be plain text, such as a scraper's dump of a page.
    pub fn clean_text(&self, bytes: &[u8], hints: &Hints) -> Result<Document, Error> {
        Ok(self.run(bytes, hints, Some(Kind::Text), false)?.0)
    }

    /// Cleans a document of a batch, with the fingerprints of its page's text when the batch
    /// learns site chrome (`learn`).
    pub(crate) fn clean_in_batch(
        &self,
        bytes: &[u8],
        hints: &Hints,
        learn: bool,
    ) -> Result<(Document, Option<PagePrints>), Error> {
        self.run(bytes, hints, hints.kind, learn)
    }

    /// The stages, in order.
    fn run(
        &self,
        bytes: &[u8],
        hints: &Hints,
        kind: Option<Kind>,
        learn: bool,
    ) -> Result<(Document, Option<PagePrints>), Error> {
        if bytes.len() > self.options.max_bytes {
            return Err(Error::TooLarge {
                limit: self.options.max_bytes,
            });
        }
        let deadline = Deadline::after(self.options.timeout);
        decode::check_bytes(bytes)?;
        let kind = kind.unwrap_or_else(|| decode::sniff_kind(bytes));
        let decoded = decode::decode(bytes, hints, kind)?;
        deadline.check()?;
        let mut extraction = extractor(kind).extract(&decoded.text, hints.url, self.lexicon, &self.options, &deadline);
        deadline.check()?;
        let page_text = std::mem::take(&mut extraction.page_text);
        let mut doc = self.document(extraction, decoded.encoding.name(), kind);
        let fingerprints = learn.then(|| {
            let page_lines: Vec<&str> = page_text.iter().flat_map(|block| units::lines(block)).collect();
            PagePrints::of(&page_lines, doc.lines().map(|(_, line)| line))
        });
        doc.counts.input_bytes = bytes.len();
        doc.url = hints.url.map(str::to_string);
        doc.canonical_url = doc.canonical_url.filter(|own| Some(own.as_str()) != hints.url);
        Ok((doc, fingerprints))
    }

    /// The document of an extraction: its blocks, title and comments normalised, its
    /// language, and the filters applied.
    fn document(&self, extraction: Extraction, encoding: &'static str, kind: Kind) -> Document {
        let form = self.options.normalization;
        let blocks = match extraction.normalized {
            true => extraction
                .blocks
                .into_iter()
                .map(|block| (block.kind, block.text))
                .collect(),
            false => normalized_blocks(extraction.blocks, form),
        };
        let mut doc = Document::new(blocks, encoding, kind);
        doc.counts.blocks = extraction.page_blocks;
        let text_field =
            |field: Option<String>| field.map(|t| normalize::normalize(&t, form)).filter(|t| !t.is_empty());
        doc.title = text_field(extraction.title);
        let metadata = extraction.metadata;
        doc.canonical_url = metadata.url;
        doc.author = text_field(metadata.author);
        doc.date = metadata.date;
        doc.sitename = text_field(metadata.sitename);
        doc.description = text_field(metadata.description);
        doc.page_type = metadata.page_type;
        doc.comments = self.options.keep_comments.then(|| {
            let comments = normalized_blocks(extraction.comments, form);
            comments
                .into_iter()
                .map(|(_, text)| text)
                .collect::<Vec<_>>()
                .join("\n")
        });
        // The HTML extractor has read the article's language already, unless it had no article.
        doc.lang = if self.options.detect_language {
            extraction.language.or_else(|| lang::detect(&doc.text, self.lexicon))
        } else {
            None
        };
        if let Some(reason) = self.withheld(doc.lang.as_ref(), doc.counts.chars) {
            doc.withhold(reason);
        }
        doc
    }

    /// Which filter of the options, if any, leaves out a document of this language and length.
    fn withheld(&self, lang: Option<&Language>, chars: usize) -> Option<Withheld> {
        let wanted = &self.options.languages;
        if !wanted.is_empty() && !lang.is_some_and(|l| wanted.iter().any(|w| w == l.code)) {
            Some(Withheld::Language)
        } else if chars < self.options.min_chars {
            Some(Withheld::MinChars)
        } else {
            None
        }
    }

    /// Removes from a cleaned document's text the lines that recur on many pages of its site,
    /// as learned by `sites`. A document left shorter than [`Options::with_min_chars`] asks is
    /// then withheld.
    /// `prints` are the fingerprints of the document's lines, in order, as they stood when it
    /// was cleaned.
    pub(crate) fn remove_site_chrome(
        &self,
        sites: &SiteChrome,
        site: &str,
        prints: &[Option<u64>],
        doc: &mut Document,
    ) {
        // A manual's pages share furniture of their own inside the content (a note's label,
        // "Added in version 3.2", the headings every reference page has); the site's chrome
        // around it the page's structure has already left out.
        if doc.withheld.is_some() || doc.page_type == Some(PageType::Documentation) {
            return;
        }
        // Code is the page's own, however many of the site's pages show the same lines of it (an
        // import, a call every example makes); chrome is never set as code.
        if let Some(learned) = sites.learned(site) {
            let chrome = {
                let (kinds, texts): (Vec<BlockKind>, Vec<&str>) = doc.lines().unzip();
                // Lines changed in number since the document was cleaned are hashed again.
                let prints: Cow<[Option<u64>]> = match prints.len() == texts.len() {
                    true => Cow::Borrowed(prints),
                    false => Cow::Owned(texts.iter().map(|line| site::fingerprint(line)).collect()),
                };
                let mut chrome = learned.chrome_lines(&texts, &prints, doc.page_type == Some(PageType::Forum));
                for (flag, kind) in chrome.iter_mut().zip(kinds) {
                    *flag &= kind != BlockKind::Code;
                }
                chrome
            };
            let mut chrome = chrome.into_iter();
            doc.retain_lines(|_, _| !chrome.next().unwrap_or(false));
        }
        if doc.counts.chars < self.options.min_chars {
            doc.withhold(Withheld::MinChars);
        }
    }
}

/// The extractor for a kind of document.
fn extractor(kind: Kind) -> &'static dyn Extractor {
    match kind {
        Kind::Html => &html::Html,
        Kind::Text => &text::Text,
    }
}

/// Blocks normalised, without the lines that normalising emptied (a line of nothing but
/// invisible characters) and the blocks left empty.
fn normalized_blocks(blocks: Vec<ExtractedBlock>, form: Normalization) -> Vec<(BlockKind, String)> {
    blocks
        .into_iter()
        .filter_map(|block| {
            let text = normalize::normalize(&block.text, form);
            let text = if text.contains("\n\n") || text.starts_with('\n') || text.ends_with('\n') {
                text.lines()
                    .filter(|line| !line.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                text
            };
            (!text.is_empty()).then_some((block.kind, text))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cleaner_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
        assert_send_sync::<Document>();
        assert_send_sync::<Error>();
    }

    #[test]
    fn a_document_past_the_time_limit_is_an_error_and_no_limit_sets_none() {
        let page = b"<p>The river rose to a record level on Sunday, after three days of rain.</p>";
        let dump = b"Home\nThe river rose to a record level on Sunday, after three days of rain.\n";
        let hurried = Cleaner::new(Options::default().with_timeout(Some(std::time::Duration::ZERO)));
        for bytes in [&page[..], &dump[..]] {
            let error = hurried.clean(bytes, &Hints::default()).unwrap_err();
            assert!(matches!(error, Error::Timeout { limit_ms: 0 }), "{error}");
            assert_eq!(error.code(), "timeout");
            let unhurried = Cleaner::new(Options::default().with_timeout(None));
            assert!(unhurried
                .clean(bytes, &Hints::default())
                .unwrap()
                .text
                .contains("river rose"));
        }
    }

    #[test]
    fn text_and_html_are_told_apart() {
        let cleaner = Cleaner::default();
        let doc = cleaner.clean(b"Just a line of text.", &Hints::default()).unwrap();
        assert_eq!(doc.kind, Kind::Text);
        assert_eq!(doc.text, "Just a line of text.");
        let doc = cleaner
            .clean(b"Home\nJust a line of text.\n\nAnd one more line.", &Hints::default())
            .unwrap();
        assert_eq!(doc.counts.blocks, 3, "the dump's lines");
        let doc = cleaner.clean(b"<p>Just a paragraph.</p>", &Hints::default()).unwrap();
        assert_eq!(doc.kind, Kind::Html);
        assert_eq!(doc.encoding, "UTF-8");
    }

    #[test]
    fn filters_withhold_the_text_and_say_why() {
        let page = b"<html><body><article><p>The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges while crews cleared the debris from the banks.</p></article></body></html>";
        let clean = |options: Options| Cleaner::new(options).clean(page, &Hints::default()).unwrap();
        let kept = clean(Options::default().with_languages(["de", "EN"]).with_min_chars(50));
        assert!(kept.text.starts_with("The river rose"));
        assert_eq!(kept.withheld, None);
        let other = clean(Options::default().with_languages(["de"]));
        assert_eq!(other.withheld, Some(Withheld::Language));
        assert!(other.text.is_empty());
        assert_eq!(other.lang.map(|l| l.code), Some("en"), "the language is still reported");
        let short = clean(Options::default().with_min_chars(1000));
        assert_eq!(short.withheld, Some(Withheld::MinChars));
        assert_eq!(short.counts.chars, 0);
        let undetected = clean(Options::default().with_language_detection(false).with_languages(["en"]));
        assert_eq!(undetected.withheld, Some(Withheld::Language));
    }

    #[test]
    fn the_cleaner_keeps_its_options_and_the_minimum_is_inclusive() {
        let options = Options::default().with_min_chars(20).with_comments(true);
        let cleaner = Cleaner::new(options.clone());
        assert_eq!(cleaner.options(), &options);
        assert!(format!("{cleaner:?}").contains("min_chars: 20"), "{cleaner:?}");
        let exactly = cleaner.clean_text(b"Twenty chars, right.", &Hints::default()).unwrap();
        assert_eq!(exactly.counts.chars, 20);
        assert_eq!(exactly.withheld, None);
        assert_eq!(exactly.comments.as_deref(), Some(""), "asked for, none found");
        let fewer = cleaner.clean_text(b"Nineteen chars, yes", &Hints::default()).unwrap();
        assert_eq!(fewer.withheld, Some(Withheld::MinChars));
    }

    #[test]
    fn lines_emptied_by_normalising_leave_no_blank_line() {
        let prose =
            "The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.";
        let page = format!(
            "<article><p>{prose}</p><p>\u{200b}</p><p>Line one<br>\u{ad}<br>line two.</p>\
             <p>\u{200b}<br>Line three</p><p>Line four<br>\u{200b}</p><p>{prose}</p></article>"
        );
        let doc = Cleaner::default().clean(page.as_bytes(), &Hints::default()).unwrap();
        assert_eq!(
            doc.text,
            format!("{prose}\nLine one\nline two.\nLine three\nLine four\n{prose}")
        );
        let blocks: Vec<&str> = doc.blocks().map(|b| b.text).collect();
        assert_eq!(blocks, [prose, "Line one\nline two.", "Line three", "Line four", prose]);
        assert_eq!(doc.counts.kept_blocks, 5);
    }

    #[test]
    fn language_detection_can_be_switched_off_for_every_kind() {
        let cleaner = Cleaner::new(Options::default().with_language_detection(false));
        let page = b"<article><p>The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.</p></article>";
        let dump =
            b"The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.";
        for doc in [
            cleaner.clean_html(page, &Hints::default()).unwrap(),
            cleaner.clean_text(dump, &Hints::default()).unwrap(),
        ] {
            assert!(doc.text.starts_with("The river rose"));
            assert_eq!(doc.lang, None, "{:?}", doc.kind);
        }
        let detected = Cleaner::default().clean_text(dump, &Hints::default()).unwrap();
        assert_eq!(detected.lang.map(|l| l.code), Some("en"));
    }

    #[test]
    fn blocks_keep_their_kinds_and_site_chrome_goes_line_by_line() {
        let page = b"<article><h2>Why now</h2><p>The line closed in 2009, after years of losses, and it opens again this spring.</p>\
            <p>First line<br>Doors close early</p><ul><li>Cabins for two</li><li>Seats</li></ul></article>";
        let mut doc = Cleaner::default().clean(page, &Hints::default()).unwrap();
        let kinds: Vec<BlockKind> = doc.blocks().map(|b| b.kind).collect();
        use BlockKind::*;
        assert_eq!(kinds, [Heading(2), Paragraph, Paragraph, ListItem, ListItem]);
        assert_eq!(doc.counts.kept_blocks, 5);
        assert_eq!(
            doc.retain_lines(|_, line| line != "Doors close early" && line != "Seats"),
            2
        );
        let blocks: Vec<(BlockKind, &str)> = doc.blocks().map(|b| (b.kind, b.text)).collect();
        assert_eq!(
            blocks,
            [
                (Heading(2), "Why now"),
                (
                    Paragraph,
                    "The line closed in 2009, after years of losses, and it opens again this spring."
                ),
                (Paragraph, "First line"),
                (ListItem, "Cabins for two"),
            ]
        );
        assert_eq!(doc.counts.kept_blocks, 4);
        assert_eq!(doc.counts.chars, doc.text.chars().count());
        assert!(doc.text.ends_with("First line\nCabins for two"));
    }

    #[test]
    fn bad_input_gets_a_typed_error() {
        let cleaner = Cleaner::default();
        assert!(matches!(cleaner.clean(b"", &Hints::default()), Err(Error::Empty)));
        assert!(matches!(
            cleaner.clean(&[0u8; 64], &Hints::default()),
            Err(Error::Binary { .. })
        ));
    }

    #[test]
    fn the_page_s_metadata_is_copied_and_a_dump_has_what_its_lines_say() {
        let page = b"<html><head><meta name='author' content='Jane\xc2\xa0Doe'><meta property='og:site_name' content='The Paper'>\
            <meta name='description' content='A summary.'><meta property='article:published_time' content='2025-05-03T08:00:00Z'>\
            </head><body><article><p>The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.</p></article></body></html>";
        let doc = Cleaner::default().clean(page, &Hints::default()).unwrap();
        assert_eq!(doc.author.as_deref(), Some("Jane Doe"), "normalised like the text");
        assert_eq!(doc.date.as_deref(), Some("2025-05-03"));
        assert_eq!(doc.sitename.as_deref(), Some("The Paper"));
        assert_eq!(doc.description.as_deref(), Some("A summary."));
        let dump = Cleaner::default()
            .clean_text(
                b"By Jane Doe\n3 May 2025\nThe river rose to a record level on Sunday, after three days of rain.",
                &Hints::default(),
            )
            .unwrap();
        assert_eq!(
            (dump.author, dump.date, dump.sitename, dump.description),
            (Some("Jane Doe".to_string()), Some("2025-05-03".to_string()), None, None)
        );
    }

    #[test]
    fn the_url_the_caller_gives_tells_the_page_type_when_the_page_states_none() {
        let page = b"<html><body><nav><a href='/'>Home</a></nav><main><h2>What we do</h2>\
            <p>We plan weddings, conferences and parties in every city of the region.</p></main></body></html>";
        let cleaner = Cleaner::new(Options::default());
        let typed = |hints: &Hints| cleaner.clean_html(page, hints).unwrap().page_type;
        assert_eq!(typed(&Hints::default()), Some(crate::PageType::Article));
        let front = Hints::default().with_url("https://events.example/");
        assert_eq!(typed(&front), Some(crate::PageType::Service));
    }
}
