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

#[cfg(test)]
mod tests {
    use super::super::page::read;
    use super::super::select::main_content;
    use super::super::title::Title;
    use super::*;

    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time.";
    const LEAD: &str = "The council will decide on the budget tonight, after weeks of talks.";
    /// Paragraphs of the article's body, enough that a long lead does not outweigh it.
    const BODY: usize = 10;

    /// The body's paragraphs, after what comes before them.
    fn with_body(before: &[&str]) -> Vec<String> {
        let mut texts: Vec<String> = before.iter().map(|t| t.to_string()).collect();
        texts.extend(std::iter::repeat_n(PROSE.to_string(), BODY));
        texts
    }

    /// The texts chosen from a page whose headline box holds `head` after the `<h1>`, with the
    /// standfirst added.
    fn article(head: &str) -> Vec<String> {
        let html = format!(
            "<html><head><title>Council meets | Paper</title></head><body><div class='top'><h1>Council meets</h1>\
             {head}</div><div class='body'>{}</div></body></html>",
            format!("<p>{PROSE}</p>").repeat(BODY)
        );
        let page = read(&html);
        let title = Title::choose(&page, None, None);
        with_standfirst(&page, main_content(&page), title.heading)
            .into_iter()
            .map(|b| page.blocks[b].text.clone())
            .collect()
    }

    #[test]
    fn a_lead_named_as_such_joins_the_article() {
        assert_eq!(article(&format!("<p class='lead'>{LEAD}</p>")), with_body(&[LEAD]));
        assert_eq!(
            article(&format!("<div class='intro'><div><p>{LEAD}</p></div></div>")),
            with_body(&[LEAD]),
            "named two levels up"
        );
        assert_eq!(
            article(&format!("<div class='intro'><div><div><p>{LEAD}</p></div></div></div>")),
            with_body(&[])
        );
    }

    #[test]
    fn prose_not_named_as_a_standfirst_or_in_chrome_stays_out() {
        assert_eq!(article(&format!("<p class='meta-note'>{LEAD}</p>")), with_body(&[]));
        assert_eq!(
            article(&format!("<aside class='intro'><p>{LEAD}</p></aside>")),
            with_body(&[])
        );
        assert_eq!(
            article(&format!("<div class='share'><p class='lead'>{LEAD}</p></div>")),
            with_body(&[])
        );
    }

    #[test]
    fn a_standfirst_is_short_and_nearly_free_of_links() {
        assert_eq!(article("<p class='lead'>Too short to be a lead.</p>"), with_body(&[]));
        // A fifth of its text in links is too much.
        let linked = "<p class='lead'>Aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd <a href='/x'>eeeeeeeeee</a></p>";
        assert_eq!(article(linked), with_body(&[]));
        let two = format!("<p class='lead'>{LEAD}</p><p class='lead'>{LEAD}</p>");
        assert_eq!(article(&two), with_body(&[LEAD, LEAD]));
        let three = format!("<p class='lead'>{LEAD}</p>").repeat(3);
        assert_eq!(article(&three), with_body(&[]), "three paragraphs are something else");
        let visible = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
        let long = "x".repeat(MAX_STANDFIRST_CHARS - visible(LEAD));
        let full = format!("<p class='lead'>{LEAD}</p><p class='lead'>{long}</p>");
        assert_eq!(
            article(&full),
            with_body(&[LEAD, &long]),
            "a thousand characters are a standfirst"
        );
        let over = format!("<p class='lead'>{LEAD}</p><p class='lead'>{long}x</p>");
        assert_eq!(article(&over), with_body(&[]));
    }

    #[test]
    fn only_what_stands_between_the_headline_and_the_article_is_looked_at() {
        let html = format!(
            "<html><head><title>Council meets | Paper</title></head><body><p class='teaser'>{LEAD}</p>\
             <div class='top'><h1>Council meets</h1></div><div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let page = read(&html);
        let chosen = main_content(&page);
        assert_eq!(
            with_standfirst(&page, chosen.clone(), Title::choose(&page, None, None).heading),
            chosen
        );
        // The headline's own name does not make what it holds a standfirst.
        let inside = article(&format!("<div class='deck'><h2>{LEAD}</h2></div>"));
        assert_eq!(inside, with_body(&[LEAD]), "a deck set as a heading");
        let html = format!(
            "<html><head><title>Council meets | Paper</title></head><body><div class='top'>\
             <h1 class='deck'>Council meets<div>{LEAD}</div></h1></div><div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        );
        let page = read(&html);
        let chosen = main_content(&page);
        assert_eq!(
            with_standfirst(&page, chosen.clone(), Title::choose(&page, None, None).heading),
            chosen
        );
    }
}
