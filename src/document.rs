//! The cleaned document and what is known about it.

use std::fmt;

/// What kind of document the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Kind {
    /// An HTML page.
    Html,
    /// Plain text, such as a scraper's dump of a page's visible lines.
    Text,
}

impl Kind {
    /// The kind's name as it appears in output records: `"html"` or `"text"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Html => "html",
            Kind::Text => "text",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A language and how sure the detector is of it.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Language {
    /// ISO 639-1 code where the language has one (`"en"`, `"ru"`), else ISO 639-3 (`"ceb"`).
    pub code: &'static str,
    /// The detector's confidence, from 0 to 1.
    pub confidence: f64,
}

/// Counts gathered while cleaning, for reports and for tuning.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Counts {
    /// Bytes of input, after decompression.
    pub input_bytes: usize,
    /// Text blocks (paragraphs, headings, list items, table rows, lines) found in the input.
    pub blocks: usize,
    /// Blocks kept in `text`.
    pub kept_blocks: usize,
    /// Characters (Unicode scalar values) in `text`.
    pub chars: usize,
}

/// A cleaned document: the article body and what dechrome learned about it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// The article body: one block (paragraph, heading, list item, table row, quote or code
    /// line) per line. Empty when no article text was found.
    pub text: String,
    /// Readers' comments, one block per line, when [`Options::with_comments`] asked for them
    /// (empty when none were found); `None` otherwise.
    ///
    /// [`Options::with_comments`]: crate::Options::with_comments
    pub comments: Option<String>,
    /// The article's title, when there is one. In HTML it is kept out of `text`.
    pub title: Option<String>,
    /// The page's own URL when the page states it (`<link rel="canonical">`, `og:url`), else
    /// the URL the caller gave.
    pub url: Option<String>,
    /// The article's language, judged on its text (in HTML, on the opening of the article as
    /// chosen); `None` when there is too little text to judge.
    pub lang: Option<Language>,
    /// The WHATWG name of the encoding the bytes were decoded with (`"UTF-8"`, `"windows-1251"`).
    pub encoding: &'static str,
    /// Whether the input was cleaned as HTML or as text.
    pub kind: Kind,
    /// Counts of what was read and kept.
    pub counts: Counts,
    /// Why the text was withheld, when a filter of the [`Options`](crate::Options) left it
    /// out; `text` and `comments` are empty then, and everything else is filled as usual.
    pub withheld: Option<Withheld>,
    /// The fingerprints of the input's lines, chrome included, for learning site chrome.
    pub(crate) fingerprints: crate::site::Fingerprints,
}

impl Document {
    /// Leaves out the text for this reason: a withheld document keeps nothing of its text.
    pub(crate) fn withhold(&mut self, reason: Withheld) {
        self.withheld = Some(reason);
        self.text.clear();
        if let Some(comments) = &mut self.comments {
            comments.clear();
        }
        self.counts.kept_blocks = 0;
        self.counts.chars = 0;
    }
}

/// Why a document's text was withheld.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Withheld {
    /// Its language is not one of those asked for, or could not be told.
    Language,
    /// It has fewer characters than asked for.
    MinChars,
}

impl Withheld {
    /// The reason's name as it appears in output records: `"language"` or `"min_chars"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Withheld::Language => "language",
            Withheld::MinChars => "min_chars",
        }
    }
}
