//! The article's title: chosen from the page's `<h1>`s and the head's titles, and the heading
//! that shows it on the page, which the article then leaves out.

use super::page::Page;
use super::tuning::H1S_LOOKED_AT;
use crate::document::BlockKind;
use crate::titles::{
    best_agreeing, comparable, first_part_but_site, names_the_site, one_line, site_key, without_site_at_ends,
};

/// The article's title, and where the page shows it.
#[derive(Debug, Default)]
pub(super) struct Title {
    /// The title, on one line, without the site's name.
    pub text: Option<String>,
    /// The heading element that shows the title on the page, if one does.
    pub heading: Option<usize>,
    /// The title as [`comparable`] words.
    key: Option<String>,
}

impl Title {
    /// The article title: a headline the page shows in an `<h1>` and the head's titles agree
    /// with (`og:title`, `<title>`, the structured data's headline), else the head's title,
    /// else the first `<h1>`. With it, the heading element that shows it on the page, if one
    /// does.
    ///
    /// A headline keeps its words but for the site's name at either end. The head's title,
    /// written for browser tabs and search results, gives its first part that is not the
    /// site's name ("Floods close bridges" of "Floods close bridges | News | The Paper").
    pub(super) fn choose(page: &Page, structured_headline: Option<&str>, sitename: Option<&str>) -> Title {
        let head_titles: Vec<&str> = [
            page.meta.og_title.as_deref(),
            page.meta.title.as_deref(),
            structured_headline,
        ]
        .into_iter()
        .flatten()
        .collect();
        let site = sitename.map(site_key).filter(|s| !s.is_empty());
        let site = site.as_deref();
        let (text, heading) = match agreeing_h1(page, &head_titles, site) {
            Some((element, h1)) => (Some(without_site_at_ends(&one_line(h1), site)), Some(element)),
            None => {
                let text = page
                    .meta
                    .og_title
                    .as_deref()
                    .or(page.meta.title.as_deref())
                    .map(|head| first_part_but_site(&one_line(head), site))
                    .filter(|t| !comparable(t).is_empty())
                    .or_else(|| {
                        page.h1s
                            .first()
                            .map(|(_, h1)| without_site_at_ends(&one_line(h1), site))
                    })
                    .filter(|t| !t.is_empty());
                let heading = text.as_deref().and_then(|t| shown_at(page, t));
                (text, heading)
            }
        };
        Title {
            key: text.as_deref().map(comparable),
            text,
            heading,
        }
    }

    /// Whether a heading of the article says the title: a heading saying just that, or an
    /// `<h1>` saying part of it.
    pub(super) fn is_said_by(&self, heading: &str, level: u8) -> bool {
        let key = comparable(heading);
        self.key
            .as_deref()
            .is_some_and(|t| !key.is_empty() && (t == key || (level == 1 && t.contains(&key))))
    }
}

/// Of the page's first `<h1>`s, the one that agrees best with the head's titles.
fn agreeing_h1<'p>(page: &'p Page, head_titles: &[&str], site: Option<&str>) -> Option<(usize, &'p str)> {
    let h1s = page
        .h1s
        .iter()
        .take(H1S_LOOKED_AT)
        .map(|(element, h1)| (*element, h1.as_str()));
    best_agreeing(h1s, head_titles, site, |_| true)
}

/// Where the page shows a title that no `<h1>` agreed with: an `<h1>` it contains, else a
/// heading of any level saying just that (some pages set the headline in an `<h2>` and keep
/// `<h1>` for the site's name).
fn shown_at(page: &Page, title: &str) -> Option<usize> {
    let key = comparable(title);
    page.h1s
        .iter()
        .map(|(e, h)| (e, comparable(h)))
        .find(|(_, h)| !h.is_empty() && key.contains(h.as_str()) && !names_the_site(h, title))
        .map(|(e, _)| *e)
        .or_else(|| {
            page.blocks
                .iter()
                .find(|b| matches!(b.kind, BlockKind::Heading(_)) && !key.is_empty() && comparable(&b.text) == key)
                .map(|b| b.element)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record_title(head: &str, sitename: Option<&str>) -> Option<String> {
        Title::choose(
            &super::super::page::read(&format!("<head>{head}</head><body><p>Text.</p></body>")),
            None,
            sitename,
        )
        .text
    }

    #[test]
    fn the_head_s_title_gives_its_first_part_that_is_not_the_site_s_name() {
        assert_eq!(
            record_title("<title>Floods close bridges | News | The Paper</title>", None).as_deref(),
            Some("Floods close bridges")
        );
        assert_eq!(
            record_title(
                "<title>THE PAPER - Floods close bridges - News</title>",
                Some("The Paper")
            )
            .as_deref(),
            Some("Floods close bridges"),
            "the site's name goes at either end"
        );
        assert_eq!(
            record_title("<title>The Paper: Floods close bridges</title>", Some("The Paper")).as_deref(),
            Some("The Paper: Floods close bridges"),
            "only at a separator"
        );
        assert_eq!(
            record_title(
                "<meta property='og:title' content='Floods close bridges'><title>Floods - The Paper</title>",
                None
            )
            .as_deref(),
            Some("Floods close bridges"),
            "og:title first"
        );
        assert_eq!(record_title("<title> </title>", None), None);
    }

    #[test]
    fn a_headline_keeps_its_parts_but_not_the_site_s_name() {
        let page = super::super::page::read(
            "<head><title>Recipes - Part 2 | The Paper</title></head><body><h1>The Paper | Recipes - Part 2</h1></body>",
        );
        assert_eq!(
            Title::choose(&page, None, Some("The paper")).text.as_deref(),
            Some("Recipes - Part 2")
        );
    }

    #[test]
    fn an_h1_the_head_agrees_with_is_the_title_and_its_heading() {
        let page = super::super::page::read(
            "<head><title>Floods close bridges | Site name</title></head><body><h1>Site name</h1>\
             <h1>Floods  close bridges</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page, None, None);
        assert_eq!(title.text.as_deref(), Some("Floods close bridges"));
        assert_eq!(
            title.heading,
            Some(page.h1s[1].0),
            "the site's name is not the headline"
        );
        assert!(title.is_said_by("Floods close bridges!", 2));
        assert!(title.is_said_by("Floods", 1), "an h1 may say part of it");
        assert!(!title.is_said_by("Floods", 2));
    }

    #[test]
    fn an_h1_naming_the_site_is_not_the_headline_wherever_the_head_puts_the_name() {
        let page = super::super::page::read(
            "<head><title>Site name | Floods close bridges</title><meta property='og:site_name' content='Site Name'>\
             </head><body><h1>Site name</h1><h1>Floods close bridges</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page, None, Some("Site Name"));
        assert_eq!(title.text.as_deref(), Some("Floods close bridges"));
        assert_eq!(title.heading, Some(page.h1s[1].0));
    }

    #[test]
    fn the_h1_agreeing_best_with_the_head_is_the_headline() {
        let page = super::super::page::read(
            "<head><title>Floods close bridges in the valley</title></head><body>\
             <h1>Floods in the news</h1><h1>Floods close bridges in the valley</h1><p>Text.</p></body>",
        );
        assert_eq!(Title::choose(&page, None, None).heading, Some(page.h1s[1].0));
    }

    #[test]
    fn a_reworded_headline_the_head_half_agrees_with_is_the_title() {
        let page = super::super::page::read(
            "<head><meta property='og:title' content='Bridges closed as floods hit the valley'></head><body>\
             <h1>Floods close bridges in the valley</h1><p>Text.</p></body>",
        );
        assert_eq!(
            Title::choose(&page, None, None).text.as_deref(),
            Some("Floods close bridges in the valley")
        );
        let page = super::super::page::read(
            "<head><title>Home</title></head><body><h1>Floods close bridges in the valley</h1><p>Text.</p></body>",
        );
        assert_eq!(
            Title::choose(&page, None, None).text.as_deref(),
            Some("Home"),
            "no agreement"
        );
        let page = super::super::page::read(
            "<head><title>Home</title></head><body><h1>Floods close bridges in the valley</h1><p>Text.</p></body>",
        );
        assert_eq!(
            Title::choose(&page, Some("Floods close bridges"), None).text.as_deref(),
            Some("Floods close bridges in the valley"),
            "the structured data's headline is a head title too"
        );
    }

    #[test]
    fn soft_hyphens_leave_the_title() {
        let page = super::super::page::read("<body><h1>Home Repair Assis\u{AD}tance</h1></body>");
        assert_eq!(
            Title::choose(&page, None, None).text.as_deref(),
            Some("Home Repair Assistance")
        );
    }

    #[test]
    fn an_h1_covering_half_the_title_is_the_headline_in_its_own_words() {
        let page = super::super::page::read(
            "<head><title>Floods close bridges in the valley | Paper</title></head><body>\
             <h1>Floods close bridges</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page, None, None);
        assert_eq!(title.text.as_deref(), Some("Floods close bridges"));
        assert_eq!(title.heading, Some(page.h1s[0].0));
    }

    #[test]
    fn an_h1_saying_less_than_half_the_title_still_shows_it() {
        let page = super::super::page::read(
            "<head><title>Council meets tonight after months of talks about the budget</title></head>\
             <body><h1>Council meets</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page, None, None);
        assert_eq!(
            title.text.as_deref(),
            Some("Council meets tonight after months of talks about the budget")
        );
        assert_eq!(title.heading, Some(page.h1s[0].0));
    }

    #[test]
    fn without_an_agreeing_h1_the_head_s_title_is_shown_by_a_heading_saying_it() {
        let page = super::super::page::read(
            "<head><meta property='og:title' content='Council meets'><title>Council meets | Paper</title></head>\
             <body><h1>Paper</h1><h2>Council meets</h2></body>",
        );
        let title = Title::choose(&page, None, None);
        assert_eq!(title.text.as_deref(), Some("Council meets"));
        let h2 = page.blocks.iter().find(|b| b.text == "Council meets").unwrap().element;
        assert_eq!(title.heading, Some(h2));
    }
}
