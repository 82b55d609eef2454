//! The article's title: chosen from the page's `<h1>`s and the head's titles, and the heading
//! that shows it on the page, which the article then leaves out.

use super::page::Page;
use super::tuning::H1S_LOOKED_AT;
use crate::document::BlockKind;

/// Separators between a page's title and its site name.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The article's title, and where the page shows it.
#[derive(Debug, Default)]
pub(super) struct Title {
    /// The title, on one line.
    pub text: Option<String>,
    /// The heading element that shows the title on the page, if one does.
    pub heading: Option<usize>,
    /// The title as [`comparable`] words.
    key: Option<String>,
}

impl Title {
    /// The article title: an `<h1>` the head's titles agree with, else `og:title`, else the
    /// `<title>` with the site name stripped, else the first `<h1>`. With it, the heading
    /// element that shows it on the page, if one does.
    pub(super) fn choose(page: &Page) -> Title {
        let (text, heading) = choose(page);
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

fn choose(page: &Page) -> (Option<String>, Option<usize>) {
    let stripped = page.meta.title.as_deref().map(strip_site_name);
    let head_titles: Vec<String> = [page.meta.og_title.as_deref(), page.meta.title.as_deref()]
        .into_iter()
        .flatten()
        .map(comparable)
        .collect();
    // An `<h1>` saying only the site's name is not the headline: it must cover at least half
    // of the title without the site name.
    let min_key_len = stripped.as_deref().map_or(0, |t| comparable(t).len() / 2);
    for (element, h1) in page.h1s.iter().take(H1S_LOOKED_AT) {
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

/// Lower-cased words of a text, for comparing titles and headings.
fn comparable(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
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

    #[test]
    fn site_names_are_stripped_from_titles() {
        assert_eq!(strip_site_name("A long headline here - Site"), "A long headline here");
        assert_eq!(
            strip_site_name("Site | Section | The actual headline"),
            "The actual headline"
        );
    }

    #[test]
    fn an_h1_the_head_agrees_with_is_the_title_and_its_heading() {
        let page = super::super::page::read(
            "<head><title>Site name | Floods close bridges</title></head><body><h1>Site name</h1>\
             <h1>Floods  close bridges</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page);
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
    fn an_h1_covering_half_the_title_is_the_headline_in_its_own_words() {
        let page = super::super::page::read(
            "<head><title>Floods close bridges in the valley | Paper</title></head><body>\
             <h1>Floods close bridges</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page);
        assert_eq!(title.text.as_deref(), Some("Floods close bridges"));
        assert_eq!(title.heading, Some(page.h1s[0].0));
    }

    #[test]
    fn an_h1_saying_less_than_half_the_title_still_shows_it() {
        let page = super::super::page::read(
            "<head><title>Council meets tonight after months of talks about the budget</title></head>\
             <body><h1>Council meets</h1><p>Text.</p></body>",
        );
        let title = Title::choose(&page);
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
        let title = Title::choose(&page);
        assert_eq!(title.text.as_deref(), Some("Council meets"));
        let h2 = page.blocks.iter().find(|b| b.text == "Council meets").unwrap().element;
        assert_eq!(title.heading, Some(h2));
    }
}
