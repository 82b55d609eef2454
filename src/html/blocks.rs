//! The block view: every text block of the page judged as prose or chrome on its own signals
//! and then by its neighbours, in the spirit of jusText, whatever container holds it.
//!
//! A block is article text by itself when it is long, has few links and is dense in the
//! stopwords of the page's language; chrome when it is link-heavy, phrased like boilerplate or
//! poor in stopwords; short blocks (headings, one-line paragraphs) take the verdict of the text
//! around them.
//!
//! The container view ([`super::select`]) decides what the article is; this view completes it.
//! Containers miss prose that the page sets apart from the body: a lead in its own box above
//! it, or the body's first paragraphs cut off by a figure into a box of their own. The block
//! view finds such prose where the article's shape says it belongs.

use rustc_hash::FxHashMap;

use super::page::{Block, Page};
use super::tuning::{HEADING_REACH_CHARS, LEAD_LEVELS, MIN_WORDS_PER_CHAR, PROSE_LINK_DENSITY};
use crate::classify::{self, Class, Context, Unit, SHORT_UNITS};
use crate::document::BlockKind;
use crate::lexicon::Lexicon;

/// The block view's verdicts on a page: each block's class on its own, and after its
/// neighbours were heard.
struct Verdicts {
    own: Vec<Class>,
    revised: Vec<Class>,
}

impl Verdicts {
    /// Prose by its own signals and still prose in its context.
    fn prose(&self, block: usize) -> bool {
        self.revised[block] == Class::Good && self.own[block] != Class::Short
    }

    /// Article text in its context, short or not.
    fn good(&self, block: usize) -> bool {
        self.revised[block] == Class::Good
    }
}

/// Adds to the chosen article blocks what the block view finds to be more of it: prose just
/// before it, up to its headline (a lead, the first paragraphs set apart by a figure), prose
/// in the gaps between its blocks, and prose elsewhere in paragraphs shaped like the
/// article's own. `headline` is the element of the title's heading, if the page shows one;
/// `language` the ISO 639-1 code of the page's language, if known.
pub(crate) fn complete(
    page: &Page,
    chosen: Vec<usize>,
    lexicon: &Lexicon,
    headline: Option<usize>,
    language: Option<&str>,
) -> Vec<usize> {
    let Some(&first) = chosen.first() else {
        return chosen;
    };
    let verdicts = judge(page, &chosen, lexicon, language);
    let in_chrome = |b: usize| page.block_in_chrome(b);
    let mut kept = vec![false; page.blocks.len()];
    for &b in &chosen {
        kept[b] = true;
    }

    // The lead: prose right before the article, after the headline and within the article's
    // neighbourhood (a box in another column is something else).
    let scope = page
        .ancestors(page.blocks[first].element)
        .take(LEAD_LEVELS + 1)
        .last()
        .unwrap_or(page.blocks[first].element);
    let after_headline = |b: usize| headline.is_none_or(|h| page.blocks[b].element > h);
    for b in (0..first).rev() {
        let element = page.blocks[b].element;
        if !after_headline(b) || !(scope..page.elements[scope].end).contains(&element) {
            break;
        }
        // Chrome between the lead and the body (a share bar, a picture's caption) is passed
        // over; so are short lines in the lead's company (a date, a kicker), which are not taken.
        if in_chrome(b) {
            continue;
        }
        if !verdicts.good(b) {
            break;
        }
        kept[b] |= verdicts.prose(b);
    }

    // Paragraphs shaped like the article's: where a figure or an advertisement cuts the body
    // in two, the halves' paragraphs have the same tags and classes.
    if let Some(shape) = article_shape(page, &chosen) {
        for (b, keep) in kept.iter_mut().enumerate() {
            *keep |= verdicts.prose(b) && !in_chrome(b) && paragraph_shape(page, b).as_ref() == Some(&shape);
        }
    }
    // Gaps: prose by its own signals between the article's first and last blocks, which the
    // containers left out (an embedded post, a box of questions and answers), unless it sits in
    // one of a row of like boxes (teaser cards).
    let last = chosen.last().copied().unwrap_or(first);
    for (b, keep) in kept.iter_mut().enumerate().take(last).skip(first) {
        *keep |= matches!(verdicts.own[b], Class::Good | Class::NearGood) && !in_chrome(b) && !in_card(page, b);
    }
    (0..page.blocks.len()).filter(|&b| kept[b]).collect()
}

/// A paragraph's shape: its element's tag and class, and its parent's.
type Shape<'a> = (&'a str, Option<&'a str>, &'a str, Option<&'a str>);

/// A block's paragraph shape, when its element or its parent has a class and the parent is not
/// one of a row of like boxes (teaser cards, whose paragraphs all look alike and are other
/// articles').
fn paragraph_shape(page: &Page, block: usize) -> Option<Shape<'_>> {
    let element = &page.elements[page.blocks[block].element];
    let parent = &page.elements[element.parent?];
    if (element.class.is_none() && parent.class.is_none()) || in_card(page, block) {
        return None;
    }
    Some((
        &element.tag,
        element.class.as_deref(),
        &parent.tag,
        parent.class.as_deref(),
    ))
}

/// Whether a block's parent is one of a row of like boxes: teaser cards, tiles of a grid.
fn in_card(page: &Page, block: usize) -> bool {
    page.elements[page.blocks[block].element]
        .parent
        .is_some_and(|p| page.elements[p].repeated)
}

/// The shape of most of the chosen article's text, if that text has one.
fn article_shape<'a>(page: &'a Page, chosen: &[usize]) -> Option<Shape<'a>> {
    let mut chars: FxHashMap<Option<Shape>, usize> = FxHashMap::default();
    for &b in chosen {
        *chars.entry(paragraph_shape(page, b)).or_default() += page.blocks[b].chars;
    }
    chars
        .into_iter()
        .max_by(|(a, x), (b, y)| x.cmp(y).then_with(|| a.cmp(b)))
        .and_then(|(shape, _)| shape)
}

/// Judges every block of the page, in the page's language (an ISO 639-1 code); how dense its
/// prose is in that language's stopwords is read from the chosen article.
fn judge(page: &Page, chosen: &[usize], lexicon: &Lexicon, language: Option<&str>) -> Verdicts {
    let in_chrome = |b: usize| page.block_in_chrome(b);
    let mut in_article = vec![false; page.blocks.len()];
    for &b in chosen {
        in_article[b] = true;
    }
    // Stopword densities where they are consulted: the article's prose, and prose outside chrome.
    let densities: Vec<Option<f64>> = page
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| {
            let consulted = block.chars >= SHORT_UNITS && (in_article[b] || !in_chrome(b));
            language
                .filter(|_| consulted)
                .and_then(|code| stopword_density(lexicon, &block.text, block.chars, code))
        })
        .collect();
    let (mut weight, mut sum) = (0.0, 0.0);
    for &b in chosen {
        if let Some(d) = densities[b] {
            weight += page.blocks[b].chars as f64;
            sum += d * page.blocks[b].chars as f64;
        }
    }
    let reference = (weight > 0.0).then(|| sum / weight);
    let own = own_classes(page, lexicon, &densities, reference);
    // Chrome the page marks (a share bar, a menu) is taken out of the context pass: it is
    // neither article text nor evidence against the prose beside it. It is never added.
    let visible: Vec<usize> = (0..page.blocks.len()).filter(|&b| !in_chrome(b)).collect();
    let blocks: Vec<&Block> = visible.iter().map(|&b| &page.blocks[b]).collect();
    let own_visible: Vec<Class> = visible.iter().map(|&b| own[b]).collect();
    let mut revised = vec![Class::Bad; page.blocks.len()];
    for (&b, class) in visible.iter().zip(revise(&blocks, &own_visible)) {
        revised[b] = class;
    }
    Verdicts { own, revised }
}

/// Stopword density of a block, `None` where it says nothing (no list for the language, or a
/// script written without spaces).
fn stopword_density(lexicon: &Lexicon, text: &str, chars: usize, language: &str) -> Option<f64> {
    let words = text.split_whitespace().count();
    if (words as f64) < chars as f64 * MIN_WORDS_PER_CHAR {
        return None;
    }
    lexicon.stopword_density(text, language)
}

/// The blocks' own classes, before their neighbours are heard: `densities` are their stopword
/// densities in the page's language, where known; `reference` that of its article's prose.
fn own_classes(page: &Page, lexicon: &Lexicon, densities: &[Option<f64>], reference: Option<f64>) -> Vec<Class> {
    let scale = classify::density_scale(reference);
    page.blocks
        .iter()
        .zip(densities)
        .enumerate()
        .map(|(b, (block, density))| {
            // Chrome the page marks is judged no further: it is left out of the context pass.
            if page.elements[block.element].in_chrome || block.link_density() > PROSE_LINK_DENSITY {
                return Class::Bad;
            }
            if page.is_boilerplate_block(b, lexicon) || lexicon.is_consent_notice(&block.text) {
                return Class::Bad;
            }
            if block.chars < SHORT_UNITS {
                return Class::Short;
            }
            classify::by_density(*density, block.chars, scale).unwrap_or(Class::Bad)
        })
        .collect()
}

/// Whether a short heading is followed, within [`HEADING_REACH_CHARS`], by a good block.
fn introduces_good(blocks: &[&Block], classes: &[Class], heading: usize) -> bool {
    let mut distance = 0;
    for (b, class) in classes.iter().enumerate().skip(heading + 1) {
        if *class == Class::Good {
            return true;
        }
        distance += blocks[b].chars;
        if distance > HEADING_REACH_CHARS {
            return false;
        }
    }
    false
}

/// The context pass ([`classify::revise`]), with the headings' own rule around it: short
/// headings that introduce article text join it.
fn revise(blocks: &[&Block], own: &[Class]) -> Vec<Class> {
    let short_heading = |b: usize| own[b] == Class::Short && matches!(blocks[b].kind, BlockKind::Heading(_));
    // A short heading right before article text is probably article.
    let classes: Vec<Class> = (0..own.len())
        .map(|b| {
            if short_heading(b) && introduces_good(blocks, own, b) {
                Class::NearGood
            } else {
                own[b]
            }
        })
        .collect();
    // A page's edges are its header and footer.
    let context = Context { edges_are_chrome: true };
    let units: Vec<Unit> = classes.iter().map(|&c| Unit::of(c)).collect();
    let mut revised = classify::revise(&units, context);
    // Headings judged bad that still introduce article text are its headings.
    for b in 0..revised.len() {
        if revised[b] == Class::Bad && short_heading(b) && introduces_good(blocks, &revised, b) {
            revised[b] = Class::Good;
        }
    }
    revised
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;

    /// Long sentences of prose, for pages built in tests.
    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time to read them, and the chair said that they would have it before the vote in May.";
    const LEAD: &str = "The harbour opened again this morning after it had been closed for two weeks, and the first boats that came in were those of the fishermen who had waited for it.";
    const FIRST_HALF: &str = "When the storm came in from the sea, most of the town was asleep, and it was only in the morning that the people who lived near the water saw what it had done to their houses and to the boats that they had left in the harbour for the night.";

    fn article(page: &str) -> Vec<String> {
        super::super::Html
            .extract(
                page,
                None,
                Lexicon::shared(),
                &crate::Options::default(),
                &crate::deadline::Deadline::none(),
            )
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    #[test]
    fn a_lead_in_a_box_of_its_own_joins_the_article() {
        let page = format!(
            "<html><head><title>Harbour reopens | Paper</title></head><body><div class='page'>\
             <h1>Harbour reopens</h1><div class='top-box'><div class='inner'><p>{LEAD}</p></div></div>\
             <div class='share'><a href='/s/1'>Facebook</a> <a href='/s/2'>Twitter</a></div>\
             <div class='content'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>\
             </div></body></html>"
        );
        let blocks = article(&page);
        assert_eq!(blocks.first().map(String::as_str), Some(LEAD), "{blocks:?}");
        assert_eq!(blocks.len(), 5);
    }

    #[test]
    fn prose_in_another_column_is_not_a_lead() {
        let page = format!(
            "<html><body><div class='cols'><div class='col-a'><p>{FIRST_HALF}</p></div>\
             <div class='col-b'><div><div><div><div class='content'>{}</div></div></div></div></div></div></body></html>",
            format!("<p>{PROSE}</p>").repeat(4)
        );
        let blocks = article(&page);
        assert_eq!(blocks.len(), 4, "{blocks:?}");
        assert_eq!(blocks[0], PROSE);
    }

    #[test]
    fn prose_in_a_gap_of_the_article_joins_it() {
        let post = "Thank you all for coming out tonight, it was the best crowd that we have played for in years and we will be back soon";
        let page = format!(
            "<html><body><div class='body'><p>{PROSE}</p><p>{PROSE}</p>\
             <div class='embed'><p>{post} <a href='/p/1'>pic.example/abc</a></p>\
             <p><a href='/u/1'>A. Person (@person) May 3, 2019</a></p></div>\
             <p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let blocks = article(&page);
        assert!(blocks.iter().any(|b| b.starts_with(post)), "{blocks:?}");
        assert!(!blocks.iter().any(|b| b.contains("@person")), "{blocks:?}");
    }

    /// An article whose body a figure cuts in two boxes far apart in the tree.
    fn split_body(teasers: &str) -> String {
        let half = |text: &str| format!("<div><div><div><div><div class='text'>{text}</div></div></div></div></div>");
        let first = half(&format!(
            "<p class='para'>{FIRST_HALF}</p><p class='para'>{FIRST_HALF}</p>"
        ));
        let second = half(&format!("<p class='para'>{PROSE}</p>").repeat(5));
        format!(
            "<html><head><title>Storm | Paper</title></head><body><main><h1>Storm</h1>{first}\
             <figure><img src='a.jpg'><figcaption>The harbour on Monday.</figcaption></figure>\
             {second}{teasers}</main></body></html>"
        )
    }

    #[test]
    fn paragraphs_shaped_like_the_article_join_it() {
        let blocks = article(&split_body(""));
        assert_eq!(blocks.len(), 7, "{blocks:?}");
        assert_eq!(blocks[0], FIRST_HALF);
    }

    #[test]
    fn teaser_cards_shaped_like_the_article_stay_out() {
        let card = format!("<div class='text'><p class='para'>{LEAD}</p></div>");
        let blocks = article(&split_body(&format!("<div class='row'>{}</div>", card.repeat(3))));
        assert!(!blocks.iter().any(|b| b == LEAD), "{blocks:?}");
        assert_eq!(blocks[0], FIRST_HALF);
    }

    #[test]
    fn stopword_thresholds_follow_the_article_language_density() {
        let lexicon = Lexicon::shared();
        // Prose sparse in listed stopwords: poor against the usual threshold, good against an
        // article written the same way.
        let sparse = "Council budget talks continue Tuesday; finance committee members reviewed spending plans, school repairs, road maintenance costs and the harbour project, before the mayor presented revised figures to reporters outside the town hall.";
        let page = super::super::page::read(&format!("<html><body><p>{sparse}</p></body></html>"));
        let density = lexicon.stopword_density(sparse, "en").unwrap();
        assert!(density < classify::NEAR_GOOD_STOPWORD_DENSITY, "{density}");
        assert_eq!(own_classes(&page, lexicon, &[Some(density)], None), [Class::Bad]);
        assert_eq!(
            own_classes(&page, lexicon, &[Some(density)], Some(density)),
            [Class::Good]
        );
    }

    #[test]
    fn short_blocks_take_their_neighbours_verdict() {
        use Class::*;
        let page = super::super::page::read(&format!(
            "<html><body><p>{PROSE}</p><h2>Next</h2><p>{PROSE}</p><p>Menu</p><p>Home</p></body></html>"
        ));
        let own = [Good, Short, Good, Short, Short];
        let blocks: Vec<&Block> = page.blocks.iter().collect();
        assert_eq!(revise(&blocks, &own), [Good, Good, Good, Bad, Bad]);
    }
}
