//! The last passes over the article, whether its blocks come from the page's markup or from
//! its structured data: what follows a closing label goes; then the title's heading, short
//! lines of boilerplate and publication datelines, and pictures' captions; then the headings
//! whose sections lost everything.

use rustc_hash::FxHashMap;
use std::collections::hash_map::Entry;

use super::page::{Block, Page};
use super::sections;
use super::title::Title;
use super::tuning::{CAPTION_LEVELS, EDGE_FRAGMENT_CHARS, MAX_CAPTION_BOX_CHARS, PROSE_BLOCK_CHARS, SHORT_BLOCK_CHARS};
use crate::classify;
use crate::document::BlockKind;
use crate::extract::ExtractedBlock;
use crate::lexicon::Lexicon;

/// A block of the article as the last passes see it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate<'a> {
    pub text: &'a str,
    pub kind: BlockKind,
    /// Length in Latin-equivalent characters, whitespace left out.
    pub chars: usize,
    /// The page's block, when the candidate comes from the page's markup.
    pub block: Option<usize>,
}

impl<'a> Candidate<'a> {
    /// A block of the page.
    pub(super) fn of_page(page: &'a Page, block: usize) -> Candidate<'a> {
        let b = &page.blocks[block];
        Candidate {
            text: &b.text,
            kind: b.kind,
            chars: b.chars,
            block: Some(block),
        }
    }

    /// A paragraph of the page's structured data.
    pub(super) fn of_structured_data(text: &'a str) -> Candidate<'a> {
        Candidate {
            text,
            kind: BlockKind::Paragraph,
            chars: crate::units::visible_units(text),
            block: None,
        }
    }
}

/// Cuts off what follows a closing label ("Press contact:"): it is not the article.
pub(super) fn cut_closing_matter(candidates: &mut Vec<Candidate>, lexicon: &Lexicon) {
    let lengths: Vec<usize> = candidates.iter().map(|c| c.chars).collect();
    let closing = classify::closing_matter_start(&lengths, |i| lexicon.opens_closing_matter(candidates[i].text));
    candidates.truncate(closing.unwrap_or(candidates.len()));
}

/// The article's blocks after the last passes: the title's heading, short boilerplate lines,
/// datelines and captions dropped, fragments at its edges too unless the page is made of
/// items, then the headings of emptied sections.
pub(super) fn article(
    page: &Page,
    candidates: Vec<Candidate>,
    title: &Title,
    lexicon: &Lexicon,
    made_of_items: bool,
) -> Vec<ExtractedBlock> {
    let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
    let mut seen_prose = false;
    // Long blocks kept, in lower case, with the box holding each: a page may show a paragraph
    // twice, in a box for each size of screen (its case changed by a style), or quote a post
    // in a later one, and the article holds it once.
    let mut long_texts: FxHashMap<String, Option<usize>> = FxHashMap::default();
    for candidate in candidates {
        let parent = candidate
            .block
            .and_then(|b| page.elements[page.blocks[b].element].parent);
        if candidate.chars >= SHORT_BLOCK_CHARS {
            match long_texts.entry(crate::lexicon::lowercase(candidate.text)) {
                Entry::Occupied(first) if *first.get() != parent => continue,
                Entry::Occupied(_) => {}
                Entry::Vacant(new) => {
                    new.insert(parent);
                }
            }
        }
        if let BlockKind::Heading(level) = candidate.kind {
            // The title is the document's title, not a line of its text; an `<h1>` before any
            // prose is a headline too.
            if title.is_said_by(candidate.text, level) || (level == 1 && !seen_prose) {
                continue;
            }
        } else if candidate.chars >= PROSE_BLOCK_CHARS {
            seen_prose = true;
        }
        let boilerplate = match candidate.block {
            Some(b) => page.is_boilerplate_block(b, lexicon),
            None => is_boilerplate(candidate.text, candidate.chars, lexicon),
        };
        if boilerplate {
            continue;
        }
        let captioned = candidate.block.is_some_and(|b| is_caption(page, b));
        if captioned || (candidate.chars < SHORT_BLOCK_CHARS && lexicon.is_figure_caption(candidate.text)) {
            continue;
        }
        kept.push(candidate);
    }
    if !made_of_items {
        without_edge_fragments(&mut kept);
    }
    // A heading as long as prose is prose set large: it is content of its own.
    let kind = |c: &Candidate| match c.kind {
        BlockKind::Heading(_) if c.chars >= PROSE_BLOCK_CHARS => BlockKind::Paragraph,
        kind => kind,
    };
    sections::without_empty(kept, kind, |c| c.block)
        .into_iter()
        .map(|c| ExtractedBlock::new(c.kind, c.text))
        .collect()
}

/// Drops the fragments at the article's start and end: short paragraphs of one line that do not
/// end like a sentence ([`crate::units::ends_sentence`], a colon too) or go on into what follows
/// (a comma of any script, a closing bracket or quotation mark). Whatever its words, such a
/// line at the edge is the page's (a date, a credit, "Share this", a category) rather than the
/// article's, whose text opens and closes with sentences. A page made of items is not asked:
/// its items are short names. The article keeps at least one block.
fn without_edge_fragments(kept: &mut Vec<Candidate>) {
    /// Closing brackets and quotes: what they close goes on into what follows.
    const GOES_ON: [char; 6] = [')', ']', '"', '”', '’', '»'];
    let fragment = |c: &Candidate| {
        c.kind == BlockKind::Paragraph
            && c.chars <= EDGE_FRAGMENT_CHARS
            && !c.text.contains('\n')
            && !crate::units::ends_sentence(c.text)
            && !c
                .text
                .trim_end()
                .ends_with(|end: char| crate::units::COMMAS.contains(&end) || GOES_ON.contains(&end))
    };
    kept.truncate(kept.iter().rposition(|c| !fragment(c)).map_or(1, |last| last + 1));
    // Past the truncation a block that is no fragment is left, unless at most one block is.
    let start = kept.iter().position(|c| !fragment(c)).unwrap_or(0);
    kept.drain(..start);
}

/// Whether a block is a short line of boilerplate phrasing, an interface label or a
/// publication dateline.
pub(super) fn is_boilerplate_line(block: &Block, lexicon: &Lexicon) -> bool {
    // Code quotes what a program shows ("Loading...", "Read more"); it is no line of the page's.
    block.kind != BlockKind::Code && is_boilerplate(&block.text, block.chars, lexicon)
}

fn is_boilerplate(text: &str, chars: usize, lexicon: &Lexicon) -> bool {
    chars < SHORT_BLOCK_CHARS && (lexicon.is_boilerplate(text) || lexicon.is_dateline(text))
}

/// Whether a block is the caption or credit of a picture: text in a small box named for a
/// picture, within a few levels.
fn is_caption(page: &Page, block: usize) -> bool {
    let block = &page.blocks[block];
    if matches!(block.kind, BlockKind::Heading(_)) {
        return false;
    }
    for e in page.ancestors(block.element).take(CAPTION_LEVELS) {
        let element = &page.elements[e];
        if element.all_chars > MAX_CAPTION_BOX_CHARS {
            return false;
        }
        if element.picture {
            // A card named for its picture holds a heading and its text: not a caption.
            return !page.holds_heading(e);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::page::read;
    use super::*;

    /// The texts the last passes keep of all of a page's blocks.
    fn finished(html: &str) -> Vec<String> {
        finished_as(html, false)
    }

    /// Characters that are not white space, as the short-block threshold counts them.
    fn visible(text: &str) -> usize {
        text.chars().filter(|c| !c.is_whitespace()).count()
    }

    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring.";

    #[test]
    fn code_that_shows_an_interface_s_words_is_no_boilerplate_line() {
        let code = "if (user === null) {\n  return 'Loading...';\n}";
        let kept = finished(&format!(
            "<html><body><p>{PROSE}</p><pre><code>{code}</code></pre></body></html>"
        ));
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert!(kept[1].contains("return 'Loading...';"));
        // The same words as a line of the page are its furniture.
        let notice = finished(&format!("<html><body><p>{PROSE}</p><p>Loading...</p></body></html>"));
        assert_eq!(notice, [PROSE]);
    }

    #[test]
    fn a_long_paragraph_shown_twice_is_kept_once_and_short_lines_as_often_as_shown() {
        let long = format!("{PROSE} {PROSE}");
        assert!(visible(&long) >= SHORT_BLOCK_CHARS);
        let page = format!(
            "<html><body><p>{long}</p><p>Step one</p><div class='mobile'><p>{}</p><p>Step one</p></div><p>{PROSE}</p></body></html>",
            long.to_uppercase()
        );
        assert_eq!(finished(&page), [long.as_str(), "Step one", "Step one", PROSE]);
    }

    #[test]
    fn the_title_s_heading_and_headlines_before_the_prose_go() {
        let page =
            |body: &str| format!("<html><head><title>Council meets | Paper</title></head><body>{body}</body></html>");
        // A heading saying the title goes at any level; an `<h1>` before any prose is a headline.
        assert_eq!(
            finished(&page(&format!("<h2>Council meets</h2><p>{PROSE}</p>"))),
            [PROSE]
        );
        assert_eq!(finished(&page(&format!("<h1>Paper</h1><p>{PROSE}</p>"))), [PROSE]);
        assert_eq!(
            finished(&page(&format!(
                "<h2>Background</h2><p>{PROSE}</p><h1>Part two</h1><p>{PROSE}</p>"
            ))),
            ["Background", PROSE, "Part two", PROSE],
            "after prose, an h1 is a heading of the article"
        );
        // A short sentence is no prose: an `<h1>` after it is still a headline.
        assert_eq!(
            finished(&page(&format!(
                "<p>The council met in Leeds.</p><h1>Paper</h1><p>{PROSE}</p>"
            ))),
            ["The council met in Leeds.", PROSE]
        );
    }

    #[test]
    fn captions_go_by_their_label_or_their_box_when_short() {
        let start = "Figure 3 shows how";
        let long = format!("{start} {}", "x".repeat(SHORT_BLOCK_CHARS - visible(start)));
        assert_eq!(visible(&long), SHORT_BLOCK_CHARS);
        assert_eq!(
            finished(&format!("<p>{PROSE}</p><p>Figure 3: Rainfall in May</p><p>{long}</p>")),
            [PROSE, long.as_str()],
            "a long paragraph that starts like a caption is prose"
        );
        // A picture's box of up to 400 characters holds a caption; a bigger one holds prose.
        let caption = |chars: usize| "x".repeat(chars);
        let boxed = |text: &str| format!("<p>{PROSE}</p><div class='photo'><p>{text}</p></div>");
        assert_eq!(finished(&boxed(&caption(MAX_CAPTION_BOX_CHARS))), [PROSE]);
        let big = caption(MAX_CAPTION_BOX_CHARS + 1);
        assert_eq!(finished(&boxed(&big)), [PROSE, big.as_str()]);
    }

    #[test]
    fn boilerplate_is_judged_in_short_blocks_only() {
        let short = "Leave a comment and tell us what you think of the new rules.";
        // Exactly as long as a short block can be, and not shorter.
        let long = format!("{short} {}", "x".repeat(SHORT_BLOCK_CHARS - visible(short)));
        assert_eq!(visible(&long), SHORT_BLOCK_CHARS);
        assert_eq!(finished(&format!("<p>{PROSE}</p><p>{short}</p>")), [PROSE]);
        assert_eq!(
            finished(&format!("<p>{PROSE}</p><p>{long}</p>")),
            [PROSE, long.as_str()]
        );
    }

    #[test]
    fn a_heading_as_long_as_prose_is_kept_as_prose_while_a_short_one_over_nothing_goes() {
        let long = format!("{PROSE} {PROSE}");
        assert!(visible(&long) >= PROSE_BLOCK_CHARS);
        let page = read(&format!(
            "<html><body><h6>{long}</h6><p><a href='/a'>Menu</a></p><h6>{long}</h6><p><a href='/b'>Menu</a></p>\
             <h6>Short title</h6><p><a href='/c'>Menu</a></p></body></html>"
        ));
        let title = Title::choose(&page, None, None);
        // The links between them were left out: every heading stands over nothing kept.
        let candidates = [0, 2, 4].map(|b| Candidate::of_page(&page, b)).to_vec();
        let kept: Vec<String> = article(&page, candidates, &title, crate::lexicon::Lexicon::shared(), false)
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert_eq!(kept, [long.as_str(), long.as_str()]);
    }

    /// The texts the last passes keep of a page's blocks, on a page made of items or not.
    fn finished_as(html: &str, made_of_items: bool) -> Vec<String> {
        let page = read(html);
        let title = Title::choose(&page, None, None);
        let candidates = (0..page.blocks.len()).map(|b| Candidate::of_page(&page, b)).collect();
        article(
            &page,
            candidates,
            &title,
            crate::lexicon::Lexicon::shared(),
            made_of_items,
        )
        .into_iter()
        .map(|b| b.text)
        .collect()
    }

    #[test]
    fn fragments_at_the_article_s_edges_go_by_their_shape() {
        // Words no phrase list holds, in a date's, a credit's and a label's shape.
        let page = format!(
            "<p>Lokales</p><p>Tuesday 14 May</p><p>{PROSE}</p><p>Words in between</p><p>{PROSE}</p>\
             <p>Pictures: Ana Roth</p><p>Zoning, Council</p>"
        );
        assert_eq!(
            finished(&page),
            [PROSE, "Words in between", PROSE],
            "inside the article, a short line stays"
        );
        // A shop's or a listing's items are short names: its edges are items too.
        assert_eq!(finished_as(&page, true).len(), 7);
    }

    #[test]
    fn a_short_line_at_the_edge_that_ends_like_a_sentence_or_goes_on_stays() {
        let kept = finished(&format!(
            "<p>Dear readers,</p><p>{PROSE}</p><p>Thanks for reading!</p><p>See you soon (maybe)</p>"
        ));
        assert_eq!(
            kept,
            ["Dear readers,", PROSE, "Thanks for reading!", "See you soon (maybe)"]
        );
        // A comma of any script goes on.
        let kept = finished(&format!("<p>亲爱的读者，</p><p>{PROSE}</p>"));
        assert_eq!(kept, ["亲爱的读者，", PROSE]);
        // A block of several lines (an address, a timetable) is no fragment either.
        let lines = finished(&format!("<p>{PROSE}</p><p>Platform 4<br>Doors close at 22:05</p>"));
        assert_eq!(lines, [PROSE, "Platform 4\nDoors close at 22:05"]);
        // One block of the same shape is kept whole: the article keeps a block.
        assert_eq!(finished("<p>Tuesday 14 May</p>"), ["Tuesday 14 May"]);
    }

    #[test]
    fn a_short_line_as_long_as_an_edge_fragment_goes_and_a_longer_one_stays() {
        let at_most = "x".repeat(EDGE_FRAGMENT_CHARS);
        let longer = "x".repeat(EDGE_FRAGMENT_CHARS + 1);
        assert_eq!(finished(&format!("<p>{PROSE}</p><p>{at_most}</p>")), [PROSE]);
        assert_eq!(
            finished(&format!("<p>{PROSE}</p><p>{longer}</p>")),
            [PROSE, longer.as_str()]
        );
    }

    #[test]
    fn a_heading_left_over_nothing_by_the_edge_fragments_goes_with_them() {
        let kept = finished(&format!("<p>{PROSE}</p><h3>More on this</h3><p>Council, Zoning</p>"));
        assert_eq!(kept, [PROSE]);
    }
}
