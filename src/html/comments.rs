//! Readers' comments, kept apart from the article when the options ask for them.

use super::finish::is_boilerplate_line;
use super::page::{Chrome, Page};
use super::tuning::NAVIGATION_LINK_DENSITY;
use crate::document::BlockKind;
use crate::extract::ExtractedBlock;
use crate::lexicon::Lexicon;

/// Readers' comments: the prose blocks inside elements named for comments, outside the article
/// and outside any other chrome (the comment form, share bars). Author links, "Reply" links
/// and comment counts are left out as link lists and labels.
pub(super) fn outside(page: &Page, article: &[usize], lexicon: &Lexicon) -> Vec<ExtractedBlock> {
    let in_comments = |element: usize| -> bool {
        let mut named = false;
        for e in page.ancestors(element) {
            let el = &page.elements[e];
            match el.own_chrome {
                Chrome::No => {}
                Chrome::Name if el.comments => named = true,
                _ => return false,
            }
        }
        named
    };
    let mut in_article = vec![false; page.blocks.len()];
    for &b in article {
        in_article[b] = true;
    }
    page.blocks
        .iter()
        .enumerate()
        .filter(|&(b, block)| {
            !in_article[b]
                && matches!(
                    block.kind,
                    BlockKind::Paragraph
                        | BlockKind::Quote
                        | BlockKind::ListItem
                        | BlockKind::NumberedItem
                        | BlockKind::Code
                )
                && block.link_density() <= NAVIGATION_LINK_DENSITY
                && !is_boilerplate_line(block, lexicon)
                && in_comments(block.element)
        })
        .map(|(_, block)| ExtractedBlock::new(block.kind, block.text.clone()))
        .collect()
}
