//! Settings for a [`Cleaner`](crate::Cleaner), and what a caller knows about one input.

use crate::document::Kind;
use std::time::Duration;

/// Unicode normalisation form applied to all output text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Normalization {
    /// Canonical composition: letters are never changed, only their encoding unified.
    #[default]
    Nfc,
    /// Compatibility composition: also folds ligatures, full-width forms, superscripts and the
    /// like into their plain forms. Useful for search indexes; lossy for typography.
    Nfkc,
}

/// How a [`Cleaner`](crate::Cleaner) cleans. Build it with [`Options::default`] and the
/// `with_*` setters; each setter's documentation gives its default.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub(crate) normalization: Normalization,
    pub(crate) detect_language: bool,
    pub(crate) keep_comments: bool,
    /// Languages to keep (ISO codes as in [`Language::code`](crate::Language::code)); all
    /// when empty.
    pub(crate) languages: Vec<String>,
    pub(crate) min_chars: usize,
    pub(crate) site_chrome: bool,
    pub(crate) threads: usize,
    pub(crate) max_bytes: usize,
    pub(crate) timeout: Option<Duration>,
}

/// The default of [`Options::with_max_bytes`]: far more than any web page, little enough that
/// a few documents of this size in flight fit in memory.
pub const DEFAULT_MAX_BYTES: usize = 64 << 20;

/// The default of [`Options::with_timeout`]: several times what the largest document allowed
/// takes on a slow core, so that only a pathological one reaches it.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

impl Default for Options {
    fn default() -> Self {
        Options {
            normalization: Normalization::Nfc,
            detect_language: true,
            keep_comments: false,
            languages: Vec::new(),
            min_chars: 0,
            site_chrome: true,
            threads: 0,
            max_bytes: DEFAULT_MAX_BYTES,
            timeout: Some(DEFAULT_TIMEOUT),
        }
    }
}

impl Options {
    /// The Unicode normalisation form of the output. Default: [`Normalization::Nfc`].
    #[must_use]
    pub fn with_normalization(mut self, normalization: Normalization) -> Self {
        self.normalization = normalization;
        self
    }

    /// Whether to detect the article's language. Without it, `lang` is always `None` and text
    /// blocks are judged without stopwords. Default: `true`.
    #[must_use]
    pub fn with_language_detection(mut self, detect: bool) -> Self {
        self.detect_language = detect;
        self
    }

    /// Whether to keep readers' comments, in [`Document::comments`](crate::Document::comments)
    /// (never in `text`). Comments are found in HTML only, in the sections pages name for
    /// them. Default: `false`.
    #[must_use]
    pub fn with_comments(mut self, keep: bool) -> Self {
        self.keep_comments = keep;
        self
    }

    /// Keeps the text of documents in these languages only, given as the codes of
    /// [`Language::code`](crate::Language::code) (`"en"`, `"de"`, `"ceb"`). Any other
    /// document, including one whose language could not be told (or was not looked for, see
    /// [`Options::with_language_detection`]), comes back with an empty `text` and
    /// [`Document::withheld`](crate::Document::withheld) set. Default: every language.
    #[must_use]
    pub fn with_languages<I, S>(mut self, codes: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.languages = codes.into_iter().map(|c| c.as_ref().trim().to_lowercase()).collect();
        self
    }

    /// Keeps the text of documents with at least this many characters of it; shorter ones come
    /// back with an empty `text` and [`Document::withheld`](crate::Document::withheld) set.
    /// Default: 0, every document.
    #[must_use]
    pub fn with_min_chars(mut self, chars: usize) -> Self {
        self.min_chars = chars;
        self
    }

    /// Whether a [`Batch`](crate::Batch) learns site chrome: lines that recur on many pages of
    /// one site (the same host, or the same directory when there is no URL) are removed from
    /// each page's text, in HTML and in text alike. A single document is never changed by it.
    /// Default: `true`.
    #[must_use]
    pub fn with_site_chrome(mut self, learn: bool) -> Self {
        self.site_chrome = learn;
        self
    }

    /// How many worker threads a [`Batch`](crate::Batch) cleans with. Records never depend on
    /// it. Default: 0, rayon's global pool (one thread per core).
    #[must_use]
    pub fn with_threads(mut self, threads: usize) -> Self {
        self.threads = threads;
        self
    }

    /// The largest document cleaned, in bytes, as read and once decompressed; a larger one
    /// gets [`Error::TooLarge`](crate::Error::TooLarge) and is not read further. Readers of
    /// streams are given it too, so that no document is held whole beyond it. Default:
    /// [`DEFAULT_MAX_BYTES`], 64 MiB.
    #[must_use]
    pub fn with_max_bytes(mut self, bytes: usize) -> Self {
        self.max_bytes = bytes;
        self
    }

    /// The longest one document may take to clean; one that takes longer is stopped and gets
    /// [`Error::Timeout`](crate::Error::Timeout), so that no document holds a worker for long.
    /// `None` sets no limit. The stages look at the time between them and in their long loops,
    /// so a document may overrun the limit a little. Default: [`DEFAULT_TIMEOUT`], 30 seconds.
    #[must_use]
    pub fn with_timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// The Unicode normalisation form of the output.
    pub fn normalization(&self) -> Normalization {
        self.normalization
    }

    /// Whether the article's language is detected.
    pub fn language_detection(&self) -> bool {
        self.detect_language
    }

    /// Whether readers' comments are kept.
    pub fn comments(&self) -> bool {
        self.keep_comments
    }

    /// The languages whose documents keep their text; all when empty.
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// The fewest characters of text a document keeps its text with.
    pub fn min_chars(&self) -> usize {
        self.min_chars
    }

    /// Whether batches learn site chrome.
    pub fn site_chrome(&self) -> bool {
        self.site_chrome
    }

    /// How many threads a batch cleans with; 0 for rayon's global pool.
    pub fn threads(&self) -> usize {
        self.threads
    }

    /// The largest document cleaned, in bytes.
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    /// The longest one document may take to clean, if there is a limit.
    pub fn timeout(&self) -> Option<Duration> {
        self.timeout
    }
}

/// What the caller already knows about one input. Every field is optional; what is left
/// out is worked out from the bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Hints<'a> {
    /// The URL the document came from. Its top-level domain helps to guess an undeclared
    /// encoding, and it is reported when the page does not state its own.
    pub url: Option<&'a str>,
    /// The charset the transport declared, as in an HTTP `Content-Type` header
    /// (`"windows-1251"`). It overrides any declaration inside the document.
    pub charset: Option<&'a str>,
    /// Whether the bytes are HTML or text. Sniffed from the bytes when `None`.
    pub kind: Option<Kind>,
}

impl<'a> Hints<'a> {
    /// Hints with the URL set.
    #[must_use]
    pub fn with_url(mut self, url: &'a str) -> Self {
        self.url = Some(url);
        self
    }

    /// Hints with the transport's charset set.
    #[must_use]
    pub fn with_charset(mut self, charset: &'a str) -> Self {
        self.charset = Some(charset);
        self
    }

    /// Hints with the kind set.
    #[must_use]
    pub fn with_kind(mut self, kind: Kind) -> Self {
        self.kind = Some(kind);
        self
    }
}
