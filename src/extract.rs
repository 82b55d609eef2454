//! What an extractor gives back, whatever kind of page it reads: the [`Extraction`] that every
//! [`Extractor`] returns, and that the cleaner turns into a [`Document`](crate::Document).

use crate::deadline::Deadline;
use crate::document::{BlockKind, Language};
use crate::lexicon::Lexicon;
use crate::options::Options;

/// One block of a page's text, with what kind of block it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExtractedBlock {
    pub kind: BlockKind,
    /// The block's text; a block may hold line breaks (`<br>`).
    pub text: String,
}

impl ExtractedBlock {
    pub(crate) fn new(kind: BlockKind, text: impl Into<String>) -> ExtractedBlock {
        ExtractedBlock {
            kind,
            text: text.into(),
        }
    }
}

/// What the page says about itself, beside its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    /// The page's own URL, when it states one (`<link rel="canonical">`, `og:url`).
    pub url: Option<String>,
    /// Who wrote it: a name, or several joined by `"; "`.
    pub author: Option<String>,
    /// When it was published, as `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The name of the site it is on.
    pub sitename: Option<String>,
    /// Its summary, as the page gives it.
    pub description: Option<String>,
    /// What kind of page it is.
    pub page_type: Option<crate::PageType>,
}

/// The article an extractor found in a page, and what it read on the way.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Extraction {
    /// The article's blocks, in reading order.
    pub blocks: Vec<ExtractedBlock>,
    /// Readers' comments, when the options keep them.
    pub comments: Vec<ExtractedBlock>,
    /// The article's title, kept out of `blocks`.
    pub title: Option<String>,
    pub metadata: Metadata,
    /// The article's language, when the extractor read it to judge the page's blocks.
    pub language: Option<Language>,
    /// How many blocks of text the page had, chrome included.
    pub page_blocks: usize,
    /// Every block of text the page showed, chrome included: what site chrome is learned from.
    pub page_text: Vec<String>,
    /// Whether `blocks` are in the options' normal form already, as a dump's lines are: it is
    /// normalised before they are judged.
    pub normalized: bool,
}

/// Reads the article out of a decoded document of one kind.
pub(crate) trait Extractor: Sync {
    /// The article of `text`, judged with these word lists and options; `url` is where the
    /// caller says the document comes from, when it says. Past the deadline, the extractor
    /// stops early and what it gives is not to be used.
    fn extract(
        &self,
        text: &str,
        url: Option<&str>,
        lexicon: &Lexicon,
        options: &Options,
        deadline: &Deadline,
    ) -> Extraction;
}
