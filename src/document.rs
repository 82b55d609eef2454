//! The cleaned document and what is known about it.

use std::fmt;

use crate::units;

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

/// What kind of page an HTML page is, as its structured data, its URL and its shape tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PageType {
    /// A news story, a blog post, a feature: prose under a headline.
    Article,
    /// A forum thread or a question with its answers: a sequence of posts.
    Forum,
    /// One product for sale: its name, price, description and details.
    Product,
    /// A shop's category: a grid of products.
    Collection,
    /// An index of other pages: a section front, a tag page, search results, a directory.
    Listing,
    /// Documentation: a manual's page, a reference, a guide with code.
    Documentation,
    /// A page about a business's offer: a landing, service, pricing or about page.
    Service,
}

impl PageType {
    /// Every type, in the order of the variants.
    pub const ALL: [PageType; 7] = [
        PageType::Article,
        PageType::Forum,
        PageType::Product,
        PageType::Collection,
        PageType::Listing,
        PageType::Documentation,
        PageType::Service,
    ];

    /// The type's name as it appears in output records: `"article"`, `"forum"`, …
    pub fn as_str(self) -> &'static str {
        match self {
            PageType::Article => "article",
            PageType::Forum => "forum",
            PageType::Product => "product",
            PageType::Collection => "collection",
            PageType::Listing => "listing",
            PageType::Documentation => "documentation",
            PageType::Service => "service",
        }
    }
}

impl fmt::Display for PageType {
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

/// What kind of block of text a line (or, for a block with line breaks of its own, several
/// lines) of a [`Document`]'s text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BlockKind {
    /// A paragraph, or a line of a text dump.
    Paragraph,
    /// A heading of this level, 1 to 6.
    Heading(u8),
    /// An item of a list (or a term or description of a description list).
    ListItem,
    /// An item of a numbered list (`<ol>`).
    NumberedItem,
    /// A row of a table, its cells joined by ` | `.
    TableRow,
    /// A quotation set apart.
    Quote,
    /// Preformatted text, such as code.
    Code,
}

/// One block of a [`Document`]'s text, as [`Document::blocks`] gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Block<'a> {
    /// What kind of block it is.
    pub kind: BlockKind,
    /// Its text: one line, or several for a block with line breaks of its own (`<br>`).
    pub text: &'a str,
}

/// Where one block lies in a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct BlockSpan {
    kind: BlockKind,
    start: usize,
    end: usize,
}

/// A cleaned document: the article body and what dechrome learned about it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Document {
    /// The article body, block by block (paragraphs, headings, list items, table rows, quotes,
    /// code), a line break between blocks; a block with line breaks of its own (`<br>`) takes
    /// several lines, and no line is empty. [`Document::blocks`] gives each block with its
    /// kind. Empty when no article text was found.
    pub text: String,
    /// Where each block lies in `text`.
    blocks: Vec<BlockSpan>,
    /// Readers' comments, one block per line, when [`Options::with_comments`] asked for them
    /// (empty when none were found); `None` otherwise.
    ///
    /// [`Options::with_comments`]: crate::Options::with_comments
    pub comments: Option<String>,
    /// The article's title, when there is one, kept out of `text`: a page's headline or
    /// `<title>`, a dump's headline.
    pub title: Option<String>,
    /// Who wrote the article, when the document says: a name, or several joined by `"; "`.
    /// From a page's structured data, `<meta>` tags, microdata, byline markup, or a visible
    /// byline near the headline (a dump's only witness); a generic name ("Admin") only when
    /// no other is found.
    pub author: Option<String>,
    /// When the article was published, as ISO 8601 `YYYY-MM-DD`, from the same witnesses (a
    /// dump's: a dateline near its headline) or a date in the document's URL; the date of a
    /// later change only when no other is found.
    pub date: Option<String>,
    /// The name of the site the page is on, when it says (`og:site_name`, structured data;
    /// HTML only).
    pub sitename: Option<String>,
    /// The page's summary of itself, when it has one (`<meta name="description">`,
    /// `og:description`; HTML only).
    pub description: Option<String>,
    /// What kind of page it is (HTML only): an article, a forum thread, a product, a shop's
    /// category, a listing, documentation or a service page.
    pub page_type: Option<PageType>,
    /// The URL the caller gave ([`Hints::url`](crate::Hints::url)), as given.
    pub url: Option<String>,
    /// The page's own URL, when it states one (`<link rel="canonical">`, `og:url`) other
    /// than `url`.
    pub canonical_url: Option<String>,
    /// The article's language, judged on its text (in HTML, on the opening of the article as
    /// chosen); `None` when there is too little text to judge, or when
    /// [`Options::with_language_detection`](crate::Options::with_language_detection) is off.
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
}

impl Document {
    /// A document of these (normalised, non-empty) blocks, with nothing else known yet.
    pub(crate) fn new(blocks: Vec<(BlockKind, String)>, encoding: &'static str, kind: Kind) -> Document {
        let mut doc = Document {
            text: String::new(),
            blocks: Vec::new(),
            comments: None,
            title: None,
            author: None,
            date: None,
            sitename: None,
            description: None,
            page_type: None,
            url: None,
            canonical_url: None,
            lang: None,
            encoding,
            kind,
            counts: Counts::default(),
            withheld: None,
        };
        doc.set_blocks(blocks);
        doc
    }

    /// The blocks of the text, in order, each with its kind.
    ///
    /// ```
    /// use dechrome::{BlockKind, Cleaner, Hints};
    ///
    /// let page = b"<article><h2>Why now</h2><p>The line closed in 2009, after years of losses, and it opens again this spring.</p>\
    ///   <ul><li>Cabins for two</li><li>Seats</li></ul></article>";
    /// let doc = Cleaner::default().clean(page, &Hints::default()).unwrap();
    /// let kinds: Vec<BlockKind> = doc.blocks().map(|b| b.kind).collect();
    /// assert_eq!(kinds, [BlockKind::Heading(2), BlockKind::Paragraph, BlockKind::ListItem, BlockKind::ListItem]);
    /// ```
    pub fn blocks(&self) -> impl Iterator<Item = Block<'_>> + '_ {
        // `text` is public: if a caller changed it, spans that no longer fit are skipped.
        self.blocks.iter().filter_map(|span| {
            Some(Block {
                kind: span.kind,
                text: self.text.get(span.start..span.end)?,
            })
        })
    }

    /// Sets the text to these blocks, a line break between them.
    pub(crate) fn set_blocks(&mut self, blocks: Vec<(BlockKind, String)>) {
        self.text.clear();
        self.blocks.clear();
        for (kind, text) in blocks {
            if !self.text.is_empty() {
                self.text.push('\n');
            }
            let start = self.text.len();
            self.text.push_str(&text);
            self.blocks.push(BlockSpan {
                kind,
                start,
                end: self.text.len(),
            });
        }
        self.counts.kept_blocks = self.blocks.len();
        self.counts.chars = self.text.chars().count();
    }

    /// The lines of the text, in order, each with its block's kind.
    pub(crate) fn lines(&self) -> impl Iterator<Item = (BlockKind, &str)> + '_ {
        self.blocks()
            .flat_map(|block| units::lines(block.text).map(move |line| (block.kind, line)))
    }

    /// Keeps only the lines of the text that `keep` accepts, given each with its block's kind;
    /// a block left without lines goes. Returns how many lines went.
    pub(crate) fn retain_lines(&mut self, mut keep: impl FnMut(BlockKind, &str) -> bool) -> usize {
        // Judged first, so that a document that loses no line (most) is not rebuilt.
        let kept: Vec<bool> = self.lines().map(|(kind, line)| keep(kind, line)).collect();
        let removed = kept.iter().filter(|&&k| !k).count();
        if removed == 0 {
            return 0;
        }
        let mut kept = kept.into_iter();
        let mut blocks = Vec::with_capacity(self.blocks.len());
        for block in self.blocks() {
            let lines: Vec<&str> = units::lines(block.text).filter(|_| kept.next() == Some(true)).collect();
            if !lines.is_empty() {
                blocks.push((block.kind, lines.join("\n")));
            }
        }
        self.set_blocks(blocks);
        removed
    }

    /// Leaves out the text for this reason: a withheld document keeps nothing of its text.
    pub(crate) fn withhold(&mut self, reason: Withheld) {
        self.withheld = Some(reason);
        self.set_blocks(Vec::new());
        if let Some(comments) = &mut self.comments {
            comments.clear();
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Document {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The document's public fields, with its blocks as a list.
        #[derive(serde::Serialize)]
        struct Fields<'a> {
            text: &'a str,
            blocks: Vec<Block<'a>>,
            comments: Option<&'a str>,
            title: Option<&'a str>,
            author: Option<&'a str>,
            date: Option<&'a str>,
            sitename: Option<&'a str>,
            description: Option<&'a str>,
            page_type: Option<PageType>,
            url: Option<&'a str>,
            canonical_url: Option<&'a str>,
            lang: Option<&'a Language>,
            encoding: &'static str,
            kind: Kind,
            counts: &'a Counts,
            withheld: Option<Withheld>,
        }
        Fields {
            text: &self.text,
            blocks: self.blocks().collect(),
            comments: self.comments.as_deref(),
            title: self.title.as_deref(),
            author: self.author.as_deref(),
            date: self.date.as_deref(),
            sitename: self.sitename.as_deref(),
            description: self.description.as_deref(),
            page_type: self.page_type,
            url: self.url.as_deref(),
            canonical_url: self.canonical_url.as_deref(),
            lang: self.lang.as_ref(),
            encoding: self.encoding,
            kind: self.kind,
            counts: &self.counts,
            withheld: self.withheld,
        }
        .serialize(serializer)
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

#[cfg(all(test, feature = "serde"))]
mod tests {
    use crate::{Cleaner, Hints};

    #[test]
    fn a_document_serialises_with_its_blocks() {
        let page = b"<article><h2>Why now</h2><p>The line closed in 2009, after years of losses, and it opens again this spring.</p></article>";
        let doc = Cleaner::default().clean(page, &Hints::default()).unwrap();
        let json = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["text"], doc.text.as_str());
        assert_eq!(
            json["blocks"][0],
            serde_json::json!({"kind": {"heading": 2}, "text": "Why now"})
        );
        assert_eq!(json["blocks"][1]["kind"], "paragraph");
        assert_eq!(json["kind"], "html");
        assert_eq!(json["lang"]["code"], "en");
        assert_eq!(json["counts"]["kept_blocks"], 2);
        assert!(json["withheld"].is_null());
    }
}
