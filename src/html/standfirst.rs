//! The standfirst: the lead paragraph that pages set in the headline's box rather than in the
//! article's body.

use super::page::{Chrome, Page};
use super::tuning::{
    MAX_STANDFIRST_BLOCKS, MAX_STANDFIRST_CHARS, MIN_STANDFIRST_CHARS, PROSE_LINK_DENSITY, STANDFIRST_NAME_LEVELS,
};
use crate::document::BlockKind;

/// Whether an element, or one of its two nearest ancestors below `outer`, is named as a
/// standfirst.
fn named_standfirst(page: &Page, element: usize, outer: usize) -> bool {
    page.ancestors(element)
        .take(STANDFIRST_NAME_LEVELS)
        .take_while(|&e| e > outer)
        .any(|e| page.elements[e].standfirst)
}

/// Whether an element is chrome for a reason other than being named as a standfirst
/// ("teaser" names both a lead and a box of links to other stories).
fn chrome_besides_standfirst_names(page: &Page, element: usize) -> bool {
    page.ancestors(element).any(|e| {
        let el = &page.elements[e];
        el.own_chrome != Chrome::No && !(el.own_chrome == Chrome::Name && el.standfirst)
    })
}

/// Adds the standfirst: prose between the title's `<h1>` and the chosen article, which pages
/// often set in the headline's box rather than in the body (a lead, an abstract, a deck).
/// Only a few short, link-free paragraphs named as such qualify; more text there is something
/// else.
pub(super) fn with_standfirst(page: &Page, mut chosen: Vec<usize>, title_h1: Option<usize>) -> Vec<usize> {
    let (Some(h1), Some(&first)) = (title_h1, chosen.first()) else {
        return chosen;
    };
    let article_start = page.blocks[first].element;
    if h1 >= article_start {
        return chosen;
    }
    let between: Vec<usize> = (0..first)
        .filter(|&b| {
            let e = page.blocks[b].element;
            e > h1 && e < article_start
        })
        .collect();
    let lead: Vec<usize> = between
        .iter()
        .copied()
        .filter(|&b| {
            let block = &page.blocks[b];
            !chrome_besides_standfirst_names(page, block.element)
                && named_standfirst(page, block.element, h1)
                && matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading(_))
                && block.chars >= MIN_STANDFIRST_CHARS
                && block.link_density() < PROSE_LINK_DENSITY
        })
        .collect();
    let lead_chars: usize = lead.iter().map(|&b| page.blocks[b].chars).sum();
    if lead.is_empty() || lead.len() > MAX_STANDFIRST_BLOCKS || lead_chars > MAX_STANDFIRST_CHARS {
        return chosen;
    }
    let mut with = lead;
    with.append(&mut chosen);
    with
}
