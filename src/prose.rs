//! The judgement of one block of text as prose or chrome, in the spirit of jusText, that the
//! text stage and the HTML block view share: its classes, and the thresholds of length and
//! stopword density they are drawn at, and where an article's closing matter begins.

use crate::lexicon::Lexicon;

/// Blocks shorter than this (in Latin-equivalent characters) are judged by their neighbours.
pub(crate) const SHORT_UNITS: usize = 70;
/// Blocks at least this long with enough stopwords are article text on their own.
pub(crate) const LONG_UNITS: usize = 200;
/// Stopword density from which a long block is article text...
pub(crate) const GOOD_STOPWORD_DENSITY: f64 = 0.32;
/// ...and from which a block is probably article text.
pub(crate) const NEAR_GOOD_STOPWORD_DENSITY: f64 = 0.30;

/// A closing label cuts off what follows only after this share of the article's text.
const CLOSING_AFTER_SHARE: f32 = 0.5;

/// How a block (a line of a dump, a block of a page) is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// No letters at all (counters, calendars, separators): dropped, and ignored as context.
    Noise,
    /// Chrome by its own signals.
    Bad,
    /// Too short to judge alone.
    Short,
    /// Probably article text.
    NearGood,
    /// Article text.
    Good,
}

/// The class a block of at least [`SHORT_UNITS`] earns by its stopword density (`None` where
/// its language has no list or its script no spaces), with the thresholds multiplied by
/// `scale`; `None` when the density is too low to make it prose.
pub(crate) fn by_density(density: Option<f64>, units: usize, scale: f64) -> Option<Class> {
    match density {
        Some(d) if d >= GOOD_STOPWORD_DENSITY * scale && units >= LONG_UNITS => Some(Class::Good),
        Some(d) if d >= NEAR_GOOD_STOPWORD_DENSITY * scale => Some(Class::NearGood),
        Some(_) => None,
        None if units >= LONG_UNITS => Some(Class::Good),
        None => Some(Class::NearGood),
    }
}

/// Where an article's closing matter begins: at the first block that is a closing label
/// ("Press contact:", "Sources") or heads a section of links to other pieces ("Related
/// articles", "Meistgelesen"), and stands after most of the text. The contact details, link
/// lists, source lists and teasers that follow are not the article. `blocks` gives each block's
/// text and the length it adds to the article (0 for a block that is not article text).
pub(crate) fn closing_matter_start<'a>(
    blocks: impl IntoIterator<Item = (&'a str, usize)>,
    lexicon: &Lexicon,
) -> Option<usize> {
    let blocks: Vec<(&str, usize)> = blocks.into_iter().collect();
    let total: usize = blocks.iter().map(|&(_, len)| len).sum();
    let mut before = 0;
    for (i, &(text, len)) in blocks.iter().enumerate() {
        if before as f32 >= total as f32 * CLOSING_AFTER_SHARE
            && before > 0
            && (lexicon.is_closing_label(text) || lexicon.is_links_heading(text))
        {
            return Some(i);
        }
        before += len;
    }
    None
}
