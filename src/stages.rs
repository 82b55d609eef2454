//! The stages of cleaning one at a time, so that `benches/stages.rs` can time each and show
//! where a document's time goes. Not part of the stable API: hidden from the documentation, and
//! free to change with the stages.

use crate::deadline::Deadline;
use crate::extract::Extractor;
use crate::html::parts;
use crate::lexicon::Lexicon;
use crate::options::{Hints, Options};
use crate::{decode, lang};

/// A parsed HTML document.
pub struct Parsed(parts::Tree);

/// A page walked into elements and blocks.
pub struct Walked(parts::Page);

/// Decoding: bytes to text, the encoding sniffed or declared.
pub fn decode(bytes: &[u8]) -> String {
    let kind = decode::sniff_kind(bytes);
    decode::decode(bytes, &Hints::default(), kind).map_or_else(|_| String::new(), |d| d.text.into_owned())
}

/// Parsing HTML into a tree.
pub fn parse(html: &str) -> Parsed {
    Parsed(parts::parse(html, &Deadline::none()))
}

/// Whether HTML parses into the same tree whether its simple markup is read by the parser's
/// shortcut or by html5ever's tokenizer; where it does not, both trees, for the fuzzer.
pub fn simple_markup_read_alike(html: &str) -> Result<(), (String, String)> {
    parts::simple_markup_read_alike(html)
}

/// Walking the tree into elements and blocks of text.
pub fn walk(parsed: &Parsed) -> Walked {
    Walked(parts::walk(&parsed.0))
}

/// Choosing the article's container; the number of blocks chosen.
pub fn select(walked: &Walked) -> usize {
    parts::select(&walked.0)
}

/// Everything after the walk: selection, metadata, the blocks' judgement, the article's
/// finish and its language; the number of blocks kept.
pub fn extract(walked: Walked) -> usize {
    parts::extract(walked.0, Lexicon::shared(), &Options::default())
}

/// What the page-type model weighs of a walked page, named, for training it
/// (`benches/train_page_types.py`).
pub fn page_type_features(walked: Walked, url: Option<&str>) -> Vec<(&'static str, f32)> {
    parts::page_type_features(walked.0, url, Lexicon::shared())
}

/// Language detection on a text, as the cleaner runs it on an article.
pub fn language(text: &str) -> Option<&'static str> {
    lang::detect(text, Lexicon::shared()).map(|l| l.code)
}

/// The text-dump stage: normalising and judging a dump's lines; the number of blocks kept.
pub fn text(dump: &str) -> usize {
    crate::text::Text
        .extract(dump, None, Lexicon::shared(), &Options::default(), &Deadline::none())
        .blocks
        .len()
}

/// Rendering a cleaned document as its JSON Lines record.
#[cfg(feature = "serde")]
pub fn render(document: crate::Document) -> Vec<u8> {
    use crate::output::{JsonLines, Writer};
    let identity = crate::input::Identity {
        source: String::new(),
        id: None,
        url: None,
        fields: None,
    };
    let record = crate::Record::new(identity, crate::Outcome::Cleaned(document), None);
    let mut writer = JsonLines::new(Vec::new());
    writer.write(&record).expect("writing to memory");
    writer.into_inner()
}
