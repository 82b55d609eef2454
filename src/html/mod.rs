//! Stage 3: HTML to article blocks.
//!
//! [`page`] parses the document and walks it once into elements and text blocks, marking what
//! is never content and what is chrome; [`select`] scores containers and chooses the article;
//! [`structured`] weighs the choice against the page's JSON-LD; [`blocks`] judges every block
//! as prose or chrome on its own and adds the prose the containers left out; this module then
//! cuts off the closing matter, drops the title, short boilerplate lines and captions, and
//! hands the blocks on.

mod blocks;
mod markers;
mod page;
mod select;
mod structured;

use crate::document::BlockKind;
use crate::extract::{ExtractedBlock, Extraction, Extractor, Metadata};
use crate::lexicon::Lexicon;
use crate::Options;
use page::Chrome;

/// Headings and short lines are judged by phrasing only up to this many characters.
const SHORT_BLOCK_CHARS: usize = 200;
/// How far up from a block a picture's box is looked for.
const CAPTION_LEVELS: usize = 3;
/// A picture's box holding more text than this is not a caption.
const MAX_CAPTION_BOX_CHARS: usize = 400;
/// A comment block with more of its text in links than this is an author or reply link.
const MAX_COMMENT_LINK_DENSITY: f32 = 0.5;
/// A standfirst paragraph has at least this many characters...
const MIN_STANDFIRST_CHARS: usize = 40;
/// ...and few links.
const MAX_STANDFIRST_LINK_DENSITY: f32 = 0.2;
/// A standfirst is at most this many paragraphs...
const MAX_STANDFIRST_BLOCKS: usize = 2;
/// ...of at most this many characters together.
const MAX_STANDFIRST_CHARS: usize = 1000;

/// The HTML extractor.
pub(crate) struct Html;

impl Extractor for Html {
    fn extract(&self, html: &str, lexicon: &Lexicon, options: &Options) -> Extraction {
        extract(html, lexicon, options)
    }
}

/// Extracts the article from an HTML document, and its readers' comments if the options keep
/// them.
fn extract(html: &str, lexicon: &Lexicon, options: &Options) -> Extraction {
    let keep_comments = options.keep_comments;
    let mut page = page::read(html);
    mark_chrome_sections(&mut page, lexicon);
    let (title, title_h1) = choose_title(&page);
    let title_key = title.as_deref().map(comparable);
    let comments_outside = |page: &page::Page, article: &[usize]| {
        if keep_comments {
            comments(page, article, lexicon)
        } else {
            Vec::new()
        }
    };
    let metadata = Metadata {
        url: page.meta.canonical_url.clone(),
    };
    let mut chosen = select::main_content(&page);
    if let Some(body) = structured::article_body(&page.meta.json_ld) {
        if structured::stands_in(&page, &chosen, &body) {
            return Extraction {
                blocks: body
                    .paragraphs
                    .into_iter()
                    .map(|p| ExtractedBlock::new(BlockKind::Paragraph, p))
                    .collect(),
                comments: comments_outside(&page, &[]),
                title,
                metadata,
                language: None,
                page_blocks: page.blocks.len(),
                page_text: page.blocks.into_iter().map(|b| b.text).collect(),
            };
        }
        chosen = structured::cross_check(&page, chosen, &body);
    }
    let chosen = with_standfirst(&page, chosen, title_h1);
    let language = if options.detect_language {
        crate::lang::detect(&opening(&page, &chosen))
    } else {
        None
    };
    let mut chosen = blocks::complete(&page, chosen, lexicon, title_h1, language.as_ref().map(|l| l.code));
    // What follows a closing label ("Press contact:") is not the article.
    let closing = crate::prose::closing_matter_start(
        chosen
            .iter()
            .map(|&b| (page.blocks[b].text.as_str(), page.blocks[b].chars)),
        lexicon,
    );
    chosen.truncate(closing.unwrap_or(chosen.len()));
    let comments = comments_outside(&page, &chosen);

    let mut blocks: Vec<(&str, BlockKind)> = Vec::with_capacity(chosen.len());
    let mut seen_prose = false;
    for b in chosen {
        let block = &page.blocks[b];
        if let BlockKind::Heading(level) = block.kind {
            let key = comparable(&block.text);
            let is_title = title_key
                .as_deref()
                .is_some_and(|t| !key.is_empty() && (t == key || (level == 1 && t.contains(&key))));
            if is_title || (level == 1 && !seen_prose) {
                continue;
            }
        } else if block.chars >= SHORT_BLOCK_CHARS / 2 {
            seen_prose = true;
        }
        if is_boilerplate_line(block, lexicon) {
            continue;
        }
        if is_caption(&page, b) || (block.chars < SHORT_BLOCK_CHARS && lexicon.is_figure_caption(&block.text)) {
            continue;
        }
        blocks.push((&block.text, block.kind));
    }
    let blocks = without_empty_sections(blocks)
        .into_iter()
        .map(|(text, kind)| ExtractedBlock::new(kind, text))
        .collect();
    Extraction {
        blocks,
        comments,
        title,
        metadata,
        language,
        page_blocks: page.blocks.len(),
        page_text: page.blocks.into_iter().map(|b| b.text).collect(),
    }
}

/// Whether a block is a short line of boilerplate phrasing, an interface label or a
/// publication dateline.
fn is_boilerplate_line(block: &page::Block, lexicon: &Lexicon) -> bool {
    block.chars < SHORT_BLOCK_CHARS && (lexicon.is_boilerplate(&block.text) || lexicon.is_dateline(&block.text))
}

/// The opening of the chosen article, as much as the language detector reads.
fn opening(page: &page::Page, chosen: &[usize]) -> String {
    let mut text = String::new();
    for &b in chosen {
        if text.len() >= crate::lang::SAMPLE_BYTES {
            break;
        }
        text.push_str(&page.blocks[b].text);
        text.push('\n');
    }
    text
}

/// Readers' comments: the prose blocks inside elements named for comments, outside the article
/// and outside any other chrome (the comment form, share bars). Author links, "Reply" links
/// and comment counts are left out as link lists and labels.
fn comments(page: &page::Page, article: &[usize], lexicon: &Lexicon) -> Vec<ExtractedBlock> {
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
                    BlockKind::Paragraph | BlockKind::Quote | BlockKind::ListItem | BlockKind::Code
                )
                && block.link_density() <= MAX_COMMENT_LINK_DENSITY
                && !is_boilerplate_line(block, lexicon)
                && in_comments(block.element)
        })
        .map(|(_, block)| ExtractedBlock::new(block.kind, block.text.clone()))
        .collect()
}

/// Drops headings whose sections kept nothing: a heading followed by one of the same or a
/// higher level, or by the end, introduced something that was left out (a related-links list,
/// a comment section, a gallery).
fn without_empty_sections(blocks: Vec<(&str, BlockKind)>) -> Vec<(&str, BlockKind)> {
    let mut kept: Vec<(&str, BlockKind)> = Vec::with_capacity(blocks.len());
    // Walk backwards so that a section emptied by this rule empties its parent too.
    for (text, kind) in blocks.into_iter().rev() {
        if let BlockKind::Heading(level) = kind {
            let has_content = match kept.last() {
                None => false,
                Some((_, BlockKind::Heading(next))) => *next > level,
                Some(_) => true,
            };
            if !has_content {
                continue;
            }
        }
        kept.push((text, kind));
    }
    kept.reverse();
    kept
}

/// Lower-cased words of a text, for comparing titles and headings.
fn comparable(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Separators between a page's title and its site name.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The article title: an `<h1>` the head's titles agree with, else `og:title`, else the
/// `<title>` with the site name stripped, else the first `<h1>`. With it, the heading element
/// that shows it on the page, if one does.
fn choose_title(page: &page::Page) -> (Option<String>, Option<usize>) {
    let stripped = page.meta.title.as_deref().map(strip_site_name);
    let head_titles: Vec<String> = [page.meta.og_title.as_deref(), page.meta.title.as_deref()]
        .into_iter()
        .flatten()
        .map(comparable)
        .collect();
    // An `<h1>` saying only the site's name is not the headline: it must cover at least half
    // of the title without the site name.
    let min_key_len = stripped.as_deref().map_or(0, |t| comparable(t).len() / 2);
    for (element, h1) in page.h1s.iter().take(3) {
        let key = comparable(h1);
        if !key.is_empty() && key.len() >= min_key_len && head_titles.iter().any(|t| t.contains(&key)) {
            return (Some(one_line(h1)), Some(*element));
        }
    }
    let title = page
        .meta
        .og_title
        .clone()
        .or(stripped)
        .or_else(|| page.h1s.first().map(|(_, h)| one_line(h)))
        .filter(|t| !t.is_empty());
    // Where the page shows it: an `<h1>` it contains, else a heading of any level saying just
    // that (some pages set the headline in an `<h2>` and keep `<h1>` for the site's name).
    let shown = title.as_deref().map(comparable).and_then(|key| {
        page.h1s
            .iter()
            .find(|(_, h)| !h.trim().is_empty() && key.contains(&comparable(h)))
            .map(|(e, _)| *e)
            .or_else(|| {
                page.blocks
                    .iter()
                    .find(|b| matches!(b.kind, BlockKind::Heading(_)) && !key.is_empty() && comparable(&b.text) == key)
                    .map(|b| b.element)
            })
    });
    (title, shown)
}

/// A heading in boilerplate phrasing ("Related articles", "Leave a reply", "Read next") opens
/// a section of chrome: the heading and what follows it in its parent, up to the next heading
/// of its level, are marked as such.
fn mark_chrome_sections(page: &mut page::Page, lexicon: &Lexicon) {
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
        while sibling < end && level(&page.elements[sibling].tag).map_or(true, |l| l > own_level) {
            let next = page.elements[sibling].end;
            page.mark_chrome(sibling);
            sibling = next;
        }
    }
}

/// Whether a block is the caption or credit of a picture: text in a small box named for a
/// picture, within a few levels.
fn is_caption(page: &page::Page, block: usize) -> bool {
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
            return true;
        }
    }
    false
}

/// Whether an element, or one of its two nearest ancestors below `outer`, is named as a
/// standfirst.
fn named_standfirst(page: &page::Page, element: usize, outer: usize) -> bool {
    page.ancestors(element)
        .take(3)
        .take_while(|&e| e > outer)
        .any(|e| page.elements[e].standfirst)
}

/// Whether an element is chrome for a reason other than being named as a standfirst
/// ("teaser" names both a lead and a box of links to other stories).
fn chrome_besides_standfirst_names(page: &page::Page, element: usize) -> bool {
    page.ancestors(element).any(|e| {
        let el = &page.elements[e];
        el.own_chrome != Chrome::No && !(el.own_chrome == Chrome::Name && el.standfirst)
    })
}

/// Adds the standfirst: prose between the title's `<h1>` and the chosen article, which pages
/// often set in the headline's box rather than in the body (a lead, an abstract, a deck).
/// Only a few short, link-free paragraphs named as such qualify; more text there is something
/// else.
fn with_standfirst(page: &page::Page, mut chosen: Vec<usize>, title_h1: Option<usize>) -> Vec<usize> {
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
                && block.link_density() < MAX_STANDFIRST_LINK_DENSITY
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

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest part of a `<title>` split at the usual site-name separators.
fn strip_site_name(title: &str) -> String {
    let mut parts = vec![title];
    for sep in TITLE_SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(str::trim)
        .max_by_key(|p| p.chars().count())
        .unwrap_or(title)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> &'static Lexicon {
        Lexicon::shared()
    }

    /// What tests look at in an extraction: texts only.
    struct Texts {
        blocks: Vec<String>,
        title: Option<String>,
        comments: Vec<String>,
    }

    fn extract(html: &str, lexicon: &Lexicon, options: &Options) -> Texts {
        let out = super::extract(html, lexicon, options);
        let texts = |blocks: Vec<ExtractedBlock>| blocks.into_iter().map(|b| b.text).collect();
        Texts {
            blocks: texts(out.blocks),
            title: out.title,
            comments: texts(out.comments),
        }
    }

    const ARTICLE: &str = r#"<html><head><title>Rivers rise after storm | The Daily Site</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<div class="layout"><main><article>
<h1>Rivers rise after storm</h1>
<div class="share-bar"><a href="/s/fb">Facebook</a> <a href="/s/x">Share</a></div>
<div class="article-body">
<p>Rivers across the region rose to record levels on Sunday, after three days of rain, forecasters said, and more is expected.</p>
<h2>Roads closed</h2>
<p>Several roads were closed in the valley, and the police asked drivers to stay at home, while crews cleared debris from bridges.</p>
<ul><li>North road: closed</li><li>Valley road: open, with delays</li></ul>
<p>Officials said the water would fall slowly, over the coming week, though some villages may be cut off until Friday.</p>
</div>
<div class="related"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Rain record</a></li></ul></div>
</article></main>
<aside><p>Most read: a long list of other stories, with commas, and more commas, and yet more, to tempt the scorer.</p></aside></div>
<footer><p>Copyright 2024. All rights reserved.</p></footer></body></html>"#;

    #[test]
    fn the_article_is_found_and_chrome_left_out() {
        let out = extract(ARTICLE, lexicon(), &Options::default());
        assert_eq!(out.title.as_deref(), Some("Rivers rise after storm"));
        assert_eq!(
            out.blocks,
            [
                "Rivers across the region rose to record levels on Sunday, after three days of rain, forecasters said, and more is expected.",
                "Roads closed",
                "Several roads were closed in the valley, and the police asked drivers to stay at home, while crews cleared debris from bridges.",
                "North road: closed",
                "Valley road: open, with delays",
                "Officials said the water would fall slowly, over the coming week, though some villages may be cut off until Friday.",
            ]
        );
    }

    #[test]
    fn the_closing_matter_after_a_closing_label_is_cut() {
        let page = format!(
            "<html><body><div class='body'><p>{PROSE}</p><p>Pressekontakt:</p><p>{PROSE}</p><p>{PROSE}</p>\
             <p><strong>Pressekontakt:</strong></p><p>Erika Muster, Telefon 0123 456</p>\
             <p>presse@example.org</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        // The first label stands before most of the text, so it cuts nothing.
        assert_eq!(out.blocks.len(), 4, "{:?}", out.blocks);
        assert_eq!(out.blocks[1], "Pressekontakt:");
    }

    #[test]
    fn the_standfirst_in_the_headline_box_joins_the_article() {
        let page = format!(
            "<html><head><title>Council meets | Paper</title></head><body>\
             <div class='head'><h1>Council meets</h1><p class='meta'>By A. Writer, 3 May</p>\
             <p class='article-lead'>The council will decide on the budget tonight, after weeks of talks.</p>\
             <p class='promo'>Subscribe for the full story and more, only today, at half the price!</p></div>\
             <div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        assert_article(&page, 3, "The council will decide");
    }

    #[test]
    fn a_teaser_named_lead_under_a_headline_in_a_lower_heading_joins_the_article() {
        let page = format!(
            "<html><head><title>Council meets | Paper</title></head><body><h1>Paper</h1>\
             <div class='news'><h2><span>Council meets</span></h2>\
             <div class='teaser'><p>The council will decide on the budget tonight, after weeks of talks.</p></div></div>\
             <div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(out.title.as_deref(), Some("Council meets"));
        assert_eq!(out.blocks.len(), 3, "{:?}", out.blocks);
        assert!(out.blocks[0].starts_with("The council will decide"));
    }

    #[test]
    fn a_headline_set_in_a_box_inside_its_h1_is_the_title() {
        let page = format!(
            "<html><head><title>Council meets - Paper</title></head><body><div class='head'><h1><div>Council meets</div></h1>\
             <p class='lead'>The council will decide on the budget tonight, after weeks of talks.</p>\
             <div class='share'><a href='/s'>Share</a></div></div><div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        assert_article(&page, 3, "The council will decide");
    }

    #[test]
    fn text_without_spaces_is_measured_by_what_it_carries() {
        // Each paragraph is 20 characters: short in Latin terms, a full sentence in Chinese.
        let page = "<html><body><div class='info'><p>Opening hours: Monday to Friday, 9 to 5.</p></div>\
             <div class='text'><p>今天上午市政府召开会议讨论了新的交通计划。</p>\
             <p>会议决定从明年起在市中心增加三条公交线路。</p>\
             <p>市民可以在网上对这一计划提出自己的意见。</p></div></body></html>";
        assert_article(page, 3, "今天上午");
    }

    #[test]
    fn captions_in_picture_boxes_go() {
        let page = format!(
            "<html><body><div class='story'><p>{PROSE}</p>\
             <div class='image-top'><img src='a.jpg'><span>The committee chair speaks at the hearing in March. (Photo agency)</span></div>\
             <div class='media-body'><p>{PROSE}</p></div><p>{PROSE}</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), 3, "{:?}", out.blocks);
        assert!(out.blocks.iter().all(|b| b.starts_with("The committee met")));
    }

    #[test]
    fn an_article_continued_in_a_twin_box_is_whole() {
        let menu: String = (1..=12)
            .map(|i| format!("<li><a href='/s/{i}'>Section {i}</a></li>"))
            .collect();
        let page = format!(
            "<html><body><main><section class='outer'><div class='post-body'><p>Start. {PROSE}</p><p>{PROSE}</p></div></section>\
             <figure><img src='a.jpg'></figure><aside><ul>{menu}</ul></aside>\
             <section class='outer'><div class='wrap'><div class='post-body'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>\
             <p>{PROSE}</p></div></div></section></main></body></html>"
        );
        assert_article(&page, 6, "Start.");
    }

    #[test]
    fn a_related_section_opened_by_its_heading_goes() {
        let page = format!(
            "<html><body><article><h1>Council meets</h1><p>{PROSE}</p><p>{PROSE}</p>\
             <h2>More</h2><p>{PROSE}</p>\
             <h3>Related articles</h3><div class='x'><p>Another story: {PROSE}</p></div><div class='y'><p>And one more: {PROSE}</p></div>\
             <h2>Background</h2><p>Background: {PROSE}</p></article></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        let texts: Vec<&str> = out.blocks.iter().map(|b| &b[..10]).collect();
        assert_eq!(
            texts,
            ["The commit", "The commit", "The commit", "Background", "Background"],
            "a bare label does not open a section; the related section ends at the next heading of its level"
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
        let kept: Vec<&str> = without_empty_sections(blocks).into_iter().map(|(t, _)| t).collect();
        assert_eq!(kept, ["Intro", "Text.", "Part", "Detail", "More text."]);
    }

    #[test]
    fn site_names_are_stripped_from_titles() {
        assert_eq!(strip_site_name("A long headline here - Site"), "A long headline here");
        assert_eq!(
            strip_site_name("Site | Section | The actual headline"),
            "The actual headline"
        );
    }

    /// Asserts that a page's article has this many blocks, the first starting with `first`.
    fn assert_article(page: &str, blocks: usize, first: &str) {
        let out = extract(page, lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), blocks, "{:?}", out.blocks);
        assert!(out.blocks[0].starts_with(first), "{:?}", out.blocks);
    }

    /// A long sentence of prose, for pages built in tests.
    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time.";

    #[test]
    fn loose_text_in_a_container_is_its_paragraph() {
        let menu: String = (1..=30)
            .map(|i| format!("<li><a href='/m/{i}'>Month {i}</a></li>"))
            .collect();
        let page = format!(
            "<html><body><div class='row'><div class='side'><ul>{menu}</ul></div>\
             <div class='col'><p class='t'>Headline</p><img src='a.jpg'>{PROSE}</div></div>\
             <div class='bottom'><div><p>Street 1, Old Town, Country, phone 0123, fax 0456.</p></div></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert!(
            out.blocks.iter().any(|b| b.starts_with("The committee met")),
            "{:?}",
            out.blocks
        );
        assert!(!out.blocks.iter().any(|b| b.contains("Month")), "{:?}", out.blocks);
    }

    #[test]
    fn a_link_heavy_bar_does_not_take_the_paragraphs_beside_it() {
        let links: String = (1..=12)
            .map(|i| format!("<a href='/share/{i}'>Share on network number {i}</a> "))
            .collect();
        let page = format!(
            "<html><body><div class='page'><div class='head'><p>{PROSE}</p></div>\
             <div class='wrap'><div class='bar'>{links}</div>\
             <div class='text'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></div></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert!(out.blocks.len() >= 3, "{:?}", out.blocks);
        assert!(out.blocks.iter().all(|b| b.starts_with("The committee met")));
    }

    #[test]
    fn a_grid_of_well_named_teasers_is_not_the_article() {
        let teasers: String = (1..=4)
            .map(|i| {
                format!(
                    "<article class='post post-{i} hentry' id='post-{i}'><h3><a href='/p/{i}'>Another story number {i}</a></h3>\
                     <p>A short excerpt of story {i}, a line or two, with a comma or three, to tempt a reader.</p></article>"
                )
            })
            .collect();
        let page = format!(
            "<html><body><div class='page-widget-wrap'><div class='page-widget-container'>\
             <p>Start. {PROSE}</p><p>{PROSE}</p></div></div>\
             <div class='grid'>{teasers}</div></body></html>"
        );
        assert_article(&page, 2, "Start.");
    }

    #[test]
    fn a_long_data_table_stays_inside_its_article() {
        let rows: String = (1..=200)
            .map(|i| format!("<tr><td>District {i}</td><td>Member {i}</td><td>member{i}@example.org</td></tr>"))
            .collect();
        let page = format!(
            "<html><body><div class='story'><div class='copy'><p>Start. {PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div>\
             <div class='box'><table><caption>Who to write to</caption>{rows}</table></div><p>{PROSE}</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert!(out.blocks[0].starts_with("Start."), "{:?}", &out.blocks[..3]);
        assert_eq!(out.blocks.len(), 205, "four paragraphs, the caption and the rows");
    }

    #[test]
    fn an_overlay_is_not_the_article() {
        let page = format!(
            "<html><body><div id='browser-overlay'><h2>Dear reader,</h2><p>Your browser is out of date, and this site, \
             its pictures, videos and games, will not work well with it, so please, at your earliest convenience, \
             install another one.</p></div><main><p>Start. {PROSE}</p><p>{PROSE}</p></main></body></html>"
        );
        assert_article(&page, 2, "Start.");
    }

    #[test]
    fn an_article_only_in_structured_data_is_taken_from_there() {
        let body = format!("{PROSE}\\n\\nSecond part. {PROSE}\\n\\nThird part. {PROSE}");
        let script =
            format!("{{\"@type\": \"NewsArticle\", \"headline\": \"Council meets\", \"articleBody\": \"{body}\"}}");
        let page = format!(
            "<html><head><title>Council meets</title><script type='application/ld+json'>{script}</script></head>\
             <body><div id='app'><p>Read the full article in the app.</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), 3, "{:?}", out.blocks);
        assert!(out.blocks[1].starts_with("Second part."));
        // When the markup carries the text, the markup's blocks are the article.
        let shown = page.replace(
            "<p>Read the full article in the app.</p>",
            &format!("<h2>Background</h2><p>{PROSE}</p><p>Second part. {PROSE}</p><p>Third part. {PROSE}</p>"),
        );
        let out = extract(&shown, lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), 4, "{:?}", out.blocks);
        assert_eq!(out.blocks[0], "Background");
    }

    #[test]
    fn comments_are_kept_apart_only_when_asked_for() {
        let page = format!(
            "<html><body><article><p>{PROSE}</p><p>{PROSE}</p></article>\
             <section id='comments'><h2>3 Comments</h2><ol class='comment-list'>\
             <li class='comment'><a href='/u/ann'>Ann</a><p>Thanks, this was a useful summary of the hearings.</p>\
             <a href='#reply-1'>Reply</a></li>\
             <li class='comment'><a href='/u/bo'>Bo</a><p>I disagree with the committee, but the rules are clear.</p></li></ol>\
             <div id='respond'><h3>Leave a Reply</h3><form><p>Your email address will not be published.</p></form></div>\
             </section></body></html>"
        );
        let without = extract(&page, lexicon(), &Options::default());
        assert_eq!(without.blocks.len(), 2, "{:?}", without.blocks);
        assert!(without.comments.is_empty());
        let with = extract(&page, lexicon(), &Options::default().with_comments(true));
        assert_eq!(with.blocks, without.blocks, "comments never enter the article");
        assert_eq!(
            with.comments,
            [
                "Thanks, this was a useful summary of the hearings.",
                "I disagree with the committee, but the rules are clear."
            ]
        );
    }

    #[test]
    fn a_heading_anchored_by_its_own_words_stays() {
        let page = format!(
            "<html><body><article><p>{PROSE}</p><h2 id='share-prices-rise'>Share prices rise</h2><p>{PROSE}</p></article></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), 3, "{:?}", out.blocks);
        assert_eq!(out.blocks[1], "Share prices rise");
    }

    #[test]
    fn a_list_with_text_around_its_links_is_not_a_menu() {
        let items: String = ["Butter", "Sugar", "Flour", "Lemons"]
            .iter()
            .map(|name| format!("<li>200 g <a href='/shop/{name}'>{name}</a>, soft</li>"))
            .collect();
        let menu: String = ["Home", "Recipes", "Cakes", "Contact"]
            .iter()
            .map(|name| format!("<li><a href='/{name}'>{name}</a></li>"))
            .collect();
        let page = format!(
            "<html><body><div class='post'><p>{PROSE}</p><div class='box'><ul>{items}</ul></div>\
             <div class='box'><ul>{menu}</ul></div><p>{PROSE}</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert!(out.blocks.iter().any(|b| b == "200 g Butter, soft"), "{:?}", out.blocks);
        assert!(!out.blocks.iter().any(|b| b == "Recipes"), "{:?}", out.blocks);
    }

    #[test]
    fn without_language_detection_blocks_are_judged_without_stopwords() {
        // A long paragraph in another language sits in a gap of the article: in the article's
        // language it has no stopwords, so it is chrome; judged without a language, it is prose.
        let german = "Die Sitzung des Ausschusses dauerte bis in den späten Abend, weil mehrere Mitglieder zusätzliche Fragen zur Finanzierung stellten, über die bisher niemand öffentlich gesprochen hatte.";
        let page = format!(
            "<html><body><div class='part'><p>{PROSE}</p><p>{PROSE}</p></div>\
             <div class='other'><p>{german}</p></div><div class='part'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let detected = super::extract(&page, lexicon(), &Options::default());
        assert_eq!(detected.language.map(|l| l.code), Some("en"));
        assert!(
            !detected.blocks.iter().any(|b| b.text == german),
            "{:?}",
            detected.blocks
        );
        let undetected = super::extract(&page, lexicon(), &Options::default().with_language_detection(false));
        assert_eq!(undetected.language, None);
        assert!(
            undetected.blocks.iter().any(|b| b.text == german),
            "{:?}",
            undetected.blocks
        );
    }

    #[test]
    fn a_page_without_prose_yields_little() {
        let out = extract(
            "<html><body><nav><a href='/'>Home</a></nav></body></html>",
            lexicon(),
            &Options::default(),
        );
        assert!(out.blocks.is_empty());
    }
}
