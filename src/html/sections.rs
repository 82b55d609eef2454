//! Sections of a page, as its headings open them: a section opened by a heading in
//! boilerplate phrasing is chrome, and a heading whose section lost everything goes.

use super::page::Page;
use super::tuning::{MIN_REPEATED_SIBLINGS, SHORT_BLOCK_CHARS};
use crate::document::BlockKind;
use crate::lexicon::Lexicon;

/// A heading in boilerplate phrasing ("Related articles", "Leave a reply", "Read next") opens
/// a section of chrome: the heading and what follows it in its parent, up to the next heading
/// of its level, are marked as such.
pub(super) fn mark_chrome(page: &mut Page, lexicon: &Lexicon) {
    let headings: Vec<usize> = page
        .blocks
        .iter()
        .filter(|b| {
            matches!(b.kind, BlockKind::Heading(_))
                && b.chars < SHORT_BLOCK_CHARS
                && lexicon.has_boilerplate_phrase(&b.text)
        })
        .map(|b| b.element)
        .collect();
    let level = |tag: &str| -> Option<u8> {
        match tag.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
            _ => None,
        }
    };
    for heading in headings {
        let Some(parent) = page.elements[heading].parent else {
            continue;
        };
        let Some(own_level) = level(&page.elements[heading].tag) else {
            continue;
        };
        let end = page.elements[parent].end;
        page.mark_chrome(heading);
        // The section runs to the next heading of the same or a higher level.
        let mut sibling = page.elements[heading].end;
        while sibling < end && level(&page.elements[sibling].tag).is_none_or(|l| l > own_level) {
            let next = page.elements[sibling].end;
            page.mark_chrome(sibling);
            sibling = next;
        }
    }
}

/// Drops headings whose sections kept nothing: a heading followed by one of the same or a
/// higher level, or by the end, introduced something that was left out (a related-links list,
/// a comment section, a gallery). A heading that the next one follows right away on the page
/// lost nothing, and stays: a row of cards titled in headings, a banner's heading over its
/// subheading. When the blocks are nothing but headings, those in a row of at least
/// [`MIN_REPEATED_SIBLINGS`] of one level side by side on the page all stay, the last one too:
/// the content is a grid of cards that are only their titles (a shop's categories), and would
/// otherwise be emptied from its end. `kind` says what kind of block each item is, `place`
/// where it stands among the page's blocks, if it is one.
pub(super) fn without_empty<T>(
    blocks: Vec<T>,
    kind: impl Fn(&T) -> BlockKind,
    place: impl Fn(&T) -> Option<usize>,
) -> Vec<T> {
    let only_headings = blocks.iter().all(|b| matches!(kind(b), BlockKind::Heading(_)));
    let in_row = match only_headings {
        true => headings_in_rows(&blocks, &kind, &place),
        false => vec![false; blocks.len()],
    };
    let mut kept: Vec<T> = Vec::with_capacity(blocks.len());
    // Walk backwards so that a section emptied by this rule empties its parent too.
    for (block, in_row) in blocks.into_iter().zip(in_row).rev() {
        if let BlockKind::Heading(level) = kind(&block) {
            let has_content = in_row
                || match kept.last() {
                    None => false,
                    Some(next) => match kind(next) {
                        BlockKind::Heading(n) if n <= level => right_after(place(&block), place(next)),
                        _ => true,
                    },
                };
            if !has_content {
                continue;
            }
        }
        kept.push(block);
    }
    kept.reverse();
    kept
}

/// Whether a block's place on the page (`then`) is right after another's (`at`), both known.
fn right_after(at: Option<usize>, then: Option<usize>) -> bool {
    matches!((at, then), (Some(at), Some(then)) if then == at + 1)
}

/// Which blocks are headings in a row of at least [`MIN_REPEATED_SIBLINGS`] headings of one
/// level at consecutive places on the page.
fn headings_in_rows<T>(blocks: &[T], kind: impl Fn(&T) -> BlockKind, place: impl Fn(&T) -> Option<usize>) -> Vec<bool> {
    let mut in_row = vec![false; blocks.len()];
    let mut start = 0;
    while start < blocks.len() {
        let BlockKind::Heading(level) = kind(&blocks[start]) else {
            start += 1;
            continue;
        };
        let mut end = start + 1;
        while end < blocks.len()
            && kind(&blocks[end]) == BlockKind::Heading(level)
            && right_after(place(&blocks[end - 1]), place(&blocks[end]))
        {
            end += 1;
        }
        if end - start >= MIN_REPEATED_SIBLINGS {
            in_row[start..end].fill(true);
        }
        start = end;
    }
    in_row
}

#[cfg(test)]
mod tests {
    use super::super::page::read;
    use super::*;

    /// The texts of a page's blocks that its chrome sections mark.
    fn marked(html: &str) -> Vec<String> {
        let mut page = read(html);
        mark_chrome(&mut page, Lexicon::shared());
        (0..page.blocks.len())
            .filter(|&b| page.block_in_chrome(b))
            .map(|b| page.blocks[b].text.clone())
            .collect()
    }

    #[test]
    fn a_boilerplate_heading_opens_chrome_up_to_the_next_heading_of_its_level() {
        let html = "<body><h2>Intro</h2><p>a</p><h2>Related articles</h2><p>b</p><h3>Sub</h3><p>c</p>\
                    <h2>Next</h2><p>d</p><h3>Related stories</h3><p>e</p><h1>Top</h1><p>f</p></body>";
        assert_eq!(
            marked(html),
            ["Related articles", "b", "Sub", "c", "Related stories", "e"]
        );
    }

    #[test]
    fn only_short_headings_are_judged_by_their_phrasing() {
        let start = "Related articles";
        let visible = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
        let long = format!("{start} {}", "x".repeat(SHORT_BLOCK_CHARS - visible(start)));
        assert!(marked(&format!("<body><h2>{long}</h2><p>b</p></body>")).is_empty());
        let short = format!("{start} {}", "x".repeat(SHORT_BLOCK_CHARS - visible(start) - 1));
        assert_eq!(
            marked(&format!("<body><h2>{short}</h2><p>b</p></body>")),
            [short.as_str(), "b"]
        );
    }

    #[test]
    fn headings_of_emptied_sections_go() {
        let blocks = vec![
            ("Intro", BlockKind::Heading(2)),
            ("Text.", BlockKind::Paragraph),
            ("Related stories", BlockKind::Heading(2)),
            ("Part", BlockKind::Heading(2)),
            ("Detail", BlockKind::Heading(3)),
            ("More text.", BlockKind::Paragraph),
            ("Comments", BlockKind::Heading(2)),
            ("Older", BlockKind::Heading(3)),
        ];
        let kept: Vec<&str> = without_empty(blocks, |b| b.1, |_| None)
            .into_iter()
            .map(|(t, _)| t)
            .collect();
        assert_eq!(kept, ["Intro", "Text.", "Part", "Detail", "More text."]);
    }

    /// The texts of the blocks kept.
    fn texts(kept: Vec<(&'static str, BlockKind, usize)>) -> Vec<&'static str> {
        kept.into_iter().map(|(t, ..)| t).collect()
    }

    #[test]
    fn headings_that_follow_one_another_on_the_page_lost_nothing() {
        let blocks = vec![
            ("Services", BlockKind::Heading(2), 0),
            ("Design", BlockKind::Heading(3), 1),
            ("Build", BlockKind::Heading(3), 2),
            ("Support", BlockKind::Heading(3), 3),
            ("Contact", BlockKind::Heading(2), 4),
            ("Write to us.", BlockKind::Paragraph, 5),
            // Block 6, a list of links, was left out; so was block 8.
            ("Related", BlockKind::Heading(2), 7),
            ("Shared", BlockKind::Heading(2), 9),
        ];
        assert_eq!(
            texts(without_empty(blocks.clone(), |b| b.1, |b| Some(b.2))),
            ["Services", "Design", "Build", "Support", "Contact", "Write to us."]
        );
        // Where the blocks' places are not known, every heading over another goes.
        assert_eq!(
            texts(without_empty(blocks, |b| b.1, |_| None)),
            ["Contact", "Write to us."]
        );
    }

    #[test]
    fn a_grid_of_cards_that_are_only_their_titles_stays_to_its_last_card() {
        let cards = vec![
            ("Radios (4)", BlockKind::Heading(2), 10),
            ("Power banks (158)", BlockKind::Heading(2), 11),
            ("Speakers (44)", BlockKind::Heading(2), 12),
        ];
        assert_eq!(
            texts(without_empty(cards.clone(), |b| b.1, |b| Some(b.2))),
            ["Radios (4)", "Power banks (158)", "Speakers (44)"]
        );
        // Two titles are no grid; nor are titles apart on the page, or beside other content.
        assert!(without_empty(cards[..2].to_vec(), |b| b.1, |b| Some(b.2)).is_empty());
        assert!(without_empty(cards.clone(), |b| b.1, |b| Some(2 * b.2)).is_empty());
        let mut with_text = cards.clone();
        with_text.insert(0, ("Our shop sells radios.", BlockKind::Paragraph, 9));
        assert_eq!(
            texts(without_empty(with_text, |b| b.1, |b| Some(b.2))),
            ["Our shop sells radios."]
        );
    }
}
