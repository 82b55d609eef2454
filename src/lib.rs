#![doc = include_str!("../README.md")]

mod batch;
mod decode;
mod document;
mod error;
mod html;
pub mod input;
mod lang;
mod lexicon;
mod normalize;
mod options;
pub mod output;
mod prose;
mod site;
mod text;
mod units;
mod wordlist;

pub use batch::{Batch, Record};
pub use document::{Counts, Document, Kind, Language, Withheld};
pub use error::Error;
pub use input::Input;
pub use normalize::normalize;
pub use options::{Hints, Normalization, Options};
pub use site::site_of;

use site::SiteChrome;

use lexicon::Lexicon;

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
        decode::check_bytes(bytes)?;
        let kind = hints.kind.unwrap_or_else(|| decode::sniff_kind(bytes));
        self.clean_as(bytes, hints, kind)
    }

    /// Cleans bytes known to be HTML.
    pub fn clean_html(&self, bytes: &[u8], hints: &Hints) -> Result<Document, Error> {
        decode::check_bytes(bytes)?;
        self.clean_as(bytes, hints, Kind::Html)
    }

    /// Cleans bytes known to be plain text, such as a scraper's dump of a page.
    pub fn clean_text(&self, bytes: &[u8], hints: &Hints) -> Result<Document, Error> {
        decode::check_bytes(bytes)?;
        self.clean_as(bytes, hints, Kind::Text)
    }

    /// Cleans a stream of inputs on every core: one [`Record`] per input, in input order, with
    /// site chrome learned across them as the options say. See [`Batch`].
    pub fn batch<I: IntoIterator<Item = Input>>(&self, inputs: I) -> Batch<I::IntoIter> {
        Batch::new(self.clone(), inputs.into_iter())
    }

    /// Cleans a document of a batch: bytes of any kind, with the fingerprints of its lines
    /// when the batch learns site chrome.
    pub(crate) fn clean_in_batch(&self, bytes: &[u8], hints: &Hints, learn: bool) -> Result<Document, Error> {
        if learn == self.options.site_chrome {
            return self.clean(bytes, hints);
        }
        let cleaner = Cleaner::new(self.options.clone().with_site_chrome(learn));
        cleaner.clean(bytes, hints)
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

    /// The pipeline: decode, then extract by kind, then normalise and detect the language.
    fn clean_as(&self, bytes: &[u8], hints: &Hints, kind: Kind) -> Result<Document, Error> {
        let decoded = decode::decode(bytes, hints, kind)?;
        let form = self.options.normalization;
        let keep_comments = self.options.keep_comments;
        let (blocks, title, url, total_blocks, comments, lang, fingerprints) = match kind {
            Kind::Html => {
                let found = html::extract(&decoded.text, self.lexicon, &self.options);
                (
                    found.blocks,
                    found.title,
                    found.url,
                    found.total_blocks,
                    found.comments,
                    found.language,
                    found.fingerprints,
                )
            }
            Kind::Text => {
                let input = normalize::normalize(&decoded.text, form);
                let (blocks, total, fingerprints) = text::extract(&input, self.lexicon, &self.options);
                (blocks, None, None, total, Vec::new(), None, fingerprints)
            }
        };
        let text = without_empty_lines(normalize::normalize(&blocks.join("\n"), form));
        // The HTML stage has read the article's language already, unless it had no article.
        let lang = if self.options.detect_language {
            lang.or_else(|| lang::detect(&text))
        } else {
            None
        };
        let chars = text.chars().count();
        let withheld = self.withheld(lang.as_ref(), chars);
        let mut doc = Document {
            counts: Counts {
                input_bytes: bytes.len(),
                blocks: total_blocks,
                kept_blocks: blocks.len(),
                chars,
            },
            text,
            withheld: None,
            comments: keep_comments.then(|| without_empty_lines(normalize::normalize(&comments.join("\n"), form))),
            title: title.map(|t| normalize::normalize(&t, form)).filter(|t| !t.is_empty()),
            url: url.or_else(|| hints.url.map(str::to_string)),
            lang,
            encoding: decoded.encoding.name(),
            kind,
            fingerprints,
        };
        if let Some(reason) = withheld {
            doc.withhold(reason);
        }
        Ok(doc)
    }

    /// Removes from a cleaned document's text the lines that recur on many pages of its site,
    /// as learned by `sites` (see [`SiteChrome`]). A document left shorter than
    /// [`Options::with_min_chars`] asks is then withheld.
    pub(crate) fn remove_site_chrome(&self, sites: &SiteChrome, site: &str, doc: &mut Document) {
        if doc.withheld.is_some() {
            return;
        }
        let lines: Vec<&str> = doc.text.lines().filter(|line| !sites.is_chrome(site, line)).collect();
        let removed = doc.text.lines().count() - lines.len();
        if removed == 0 {
            return;
        }
        doc.text = lines.join("\n");
        doc.counts.kept_blocks = doc.counts.kept_blocks.saturating_sub(removed);
        doc.counts.chars = doc.text.chars().count();
        if doc.counts.chars < self.options.min_chars {
            doc.withhold(Withheld::MinChars);
        }
    }
}

/// A text without the lines that normalising emptied (a line of nothing but invisible
/// characters): the output has one block, or one line of a block, per line.
fn without_empty_lines(text: String) -> String {
    if !text.contains("\n\n") && !text.starts_with('\n') && !text.ends_with('\n') {
        return text;
    }
    text.lines()
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
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
    fn text_and_html_are_told_apart() {
        let cleaner = Cleaner::default();
        let doc = cleaner.clean(b"Just a line of text.", &Hints::default()).unwrap();
        assert_eq!(doc.kind, Kind::Text);
        assert_eq!(doc.text, "Just a line of text.");
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
    fn lines_emptied_by_normalising_leave_no_blank_line() {
        let prose =
            "The river rose to a record level on Sunday, after three days of rain, and the town closed two bridges.";
        let page = format!(
            "<article><p>{prose}</p><p>\u{200b}</p><p>Line one<br>\u{ad}<br>line two.</p><p>{prose}</p></article>"
        );
        let doc = Cleaner::default().clean(page.as_bytes(), &Hints::default()).unwrap();
        assert_eq!(doc.text, format!("{prose}\nLine one\nline two.\n{prose}"));
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
}
