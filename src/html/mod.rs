//! Stage 2 for HTML: the page to its article's blocks.
//!
//! [`page`] parses the document and walks it once into elements and text blocks, marking what
//! is never content and what is chrome, and reads the head's metadata and the body's bylines
//! and datelines on the way; [`sections`] marks the sections that boilerplate headings open as
//! chrome; [`title`] finds the headline; [`select`] scores containers and chooses the article;
//! [`structured`] reads the page's JSON-LD, and weighs the choice against it, which stands in
//! for the article when the markup does not carry it; [`metadata`] tells who wrote the page,
//! when, and on what site; [`standfirst`] adds the lead set in the headline's box; [`blocks`] judges every
//! block as prose or chrome on its own and adds the prose the containers left out; [`finish`]
//! cuts off the closing matter and drops the title, short boilerplate lines and captions; and
//! [`comments`] keeps readers' comments apart when asked.

mod blocks;
mod comments;
mod finish;
mod markers;
mod metadata;
pub(crate) use metadata::read_lines as read_shown_metadata;
pub(crate) use metadata::{date_line_label, is_byline, is_date_line, labels_a_members_date};
mod page;
mod page_type;
mod parse;
mod sections;
mod select;
mod simple;
mod standfirst;
mod structured;
mod title;
mod tree;
mod tuning;

use crate::deadline::Deadline;
use crate::document::PageType;
use crate::extract::{Extraction, Extractor};
use crate::lexicon::Lexicon;
use crate::Options;
use finish::Candidate;
use title::Title;
use tuning::REVEAL_BELOW_UNITS;

/// The HTML extractor.
pub(crate) struct Html;

impl Extractor for Html {
    fn extract(
        &self,
        html: &str,
        url: Option<&str>,
        lexicon: &Lexicon,
        options: &Options,
        deadline: &Deadline,
    ) -> Extraction {
        extract(html, url, lexicon, options, deadline)
    }
}

/// Extracts the article from an HTML document, and its readers' comments if the options keep
/// them.
fn extract(html: &str, url: Option<&str>, lexicon: &Lexicon, options: &Options, deadline: &Deadline) -> Extraction {
    let document = parse::parse(html, deadline);
    if deadline.passed() {
        return Extraction::default();
    }
    let page = page::walk(&document, false);
    // The tree is kept only for a second reading of what the first left out.
    let concealed = page.concealed.then_some(document);
    // What chrome holds is no content, even where nothing else is shown (a consent form over
    // a page the form hides from screen readers). Measured, as what follows, only for a page
    // that conceals something: the others are read as shown.
    let shown_outside_chrome = concealed.is_some().then(|| {
        (0..page.blocks.len())
            .filter(|&b| !page.block_in_chrome(b))
            .map(|b| page.blocks[b].chars)
            .sum::<usize>()
    });
    let shown = extract_page(page, url, lexicon, options);
    let (Some(document), Some(shown_outside_chrome)) = (concealed, shown_outside_chrome) else {
        return shown;
    };
    let shown_units = text_units(&shown).min(shown_outside_chrome);
    if shown_units >= REVEAL_BELOW_UNITS || deadline.passed() {
        return shown;
    }
    // Little text is shown: the page may keep it where only scripts would show it.
    let revealed = extract_page(page::walk(&document, true), url, lexicon, options);
    let revealed_units = text_units(&revealed);
    if revealed_units >= REVEAL_BELOW_UNITS && revealed_units > 2 * shown_units {
        revealed
    } else {
        shown
    }
}

/// The stage in parts, for `crate::stages` to time each.
pub(crate) mod parts {
    use crate::lexicon::Lexicon;
    use crate::Options;

    pub(crate) use super::page::Page;
    pub(crate) use super::parse::{parse, simple_markup_read_alike};
    pub(crate) use super::tree::Tree;

    /// Walks a parsed document as a browser shows it.
    pub(crate) fn walk(document: &super::tree::Tree) -> Page {
        super::page::walk(document, false)
    }

    /// The number of blocks the first choice of container holds.
    pub(crate) fn select(page: &Page) -> usize {
        super::select::choose(page).blocks.len()
    }

    /// What the page-type model weighs of a walked page, named.
    pub(crate) fn page_type_features(mut page: Page, url: Option<&str>, lexicon: &Lexicon) -> Vec<(&'static str, f32)> {
        super::sections::mark_chrome(&mut page, lexicon);
        let super::structured::Structured { facts, .. } =
            super::structured::read(&page.meta.json_ld, &page.meta.hidden_json_ld);
        let own_url = super::own_url(&mut page, url);
        super::page_type::features(&page, &facts, own_url.as_deref()).0
    }

    /// The rest of the stage after the walk; the number of blocks kept.
    pub(crate) fn extract(page: Page, lexicon: &Lexicon, options: &Options) -> usize {
        super::extract_page(page, None, lexicon, options).blocks.len()
    }
}

/// How much text an extraction holds, in Latin-equivalent characters.
fn text_units(extraction: &Extraction) -> usize {
    extraction.blocks.iter().map(|b| crate::units::units(&b.text)).sum()
}

/// `href` made absolute against `base`, an absolute URL; `None` when `base` is not one.
fn resolved(base: &str, href: &str) -> Option<String> {
    let (scheme, rest) = base.split_once("://")?;
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    let without_fragment = base.split('#').next().unwrap_or(base);
    let without_query = without_fragment.split('?').next().unwrap_or(without_fragment);
    Some(if let Some(network) = href.strip_prefix("//") {
        format!("{scheme}://{network}")
    } else if href.starts_with('/') {
        format!("{origin}{href}")
    } else if href.starts_with('?') {
        format!("{without_query}{href}")
    } else if href.starts_with('#') {
        format!("{without_fragment}{href}")
    } else {
        // Beside the base's last segment, with `.` and `..` segments taken as they say.
        let path = &without_query[origin.len()..];
        let mut segments: Vec<&str> = path.split('/').skip(1).collect();
        segments.pop();
        let (href_path, tail) = href.find(['?', '#']).map_or((href, ""), |i| href.split_at(i));
        for segment in href_path.split('/') {
            match segment {
                "." => {}
                ".." => {
                    segments.pop();
                }
                other => segments.push(other),
            }
        }
        format!("{origin}/{}{tail}", segments.join("/"))
    })
}

/// Extracts the article from a walked page that `url` says it comes from.
fn extract_page(mut page: page::Page, url: Option<&str>, lexicon: &Lexicon, options: &Options) -> Extraction {
    sections::mark_chrome(&mut page, lexicon);
    let structured::Structured { body, facts } = structured::read(&page.meta.json_ld, &page.meta.hidden_json_ld);
    let sitename = metadata::sitename(&page, &facts);
    let title = Title::choose(&page, facts.headline.as_deref(), sitename.as_deref());
    let own_url = own_url(&mut page, url);
    let kind = page_type::classify(&page, &facts, own_url.as_deref());
    // On a page of cards, a card's parts are the card's, whatever their names say.
    if kind.items_are_links() {
        page.free_card_parts();
    }
    // A product's page is the product: what its customers say of it is the shop's, and so are
    // the other products it offers beside it (a row of priced cards). Both stay out before and
    // after the choice is widened (a choice of nothing but reviews widens to the main region),
    // and after the block view completes it (a review between two parts of the description is
    // prose in a gap).
    let other_products = match kind {
        PageType::Product => page_type::in_priced_rows(&page),
        _ => Vec::new(),
    };
    let product_only = |mut blocks: Vec<usize>| {
        if kind == PageType::Product {
            blocks.retain(|&b| !page.block_in_reviews(b) && !other_products[page.blocks[b].element]);
        }
        blocks
    };
    let mut choice = select::choose_as(&page, kind == PageType::Documentation);
    choice.blocks = product_only(choice.blocks);
    // A page of many parts is its main region unless the choice holds most of it; any page is,
    // when the choice holds little of it.
    let mut chosen = product_only(select::widened_to_main_region(
        &page,
        choice,
        kind.has_many_parts(),
        kind.items_are_links(),
    ));
    // The article begins at its headline, else at its first block: bylines stand near.
    let anchor = title
        .heading
        .and_then(|h| {
            let end = page.elements[h].end;
            page.blocks.iter().position(|b| (h..end).contains(&b.element))
        })
        .or_else(|| chosen.first().copied());
    let mut metadata = metadata::read(&page, &facts, sitename, anchor, page.meta.canonical_url.clone());
    metadata.page_type = Some(kind);
    let stand_in = body.as_ref().filter(|body| structured::stands_in(&page, &chosen, body));
    let (mut candidates, language) = match stand_in {
        // The markup does not carry the article: its structured data does.
        Some(body) => (
            body.paragraphs
                .iter()
                .map(|p| Candidate::of_structured_data(p))
                .collect(),
            None,
        ),
        None => {
            if let Some(body) = &body {
                chosen = structured::cross_check(&page, chosen, body);
            }
            let chosen = standfirst::with_standfirst(&page, chosen, title.heading);
            let language = if options.detect_language {
                crate::lang::detect(&opening(&page, &chosen), lexicon)
            } else {
                None
            };
            let chosen = product_only(blocks::complete(
                &page,
                chosen,
                lexicon,
                title.heading,
                language.as_ref().map(|l| l.code),
            ));
            (chosen.iter().map(|&b| Candidate::of_page(&page, b)).collect(), language)
        }
    };
    finish::cut_closing_matter(&mut candidates, lexicon);
    // Readers' comments are looked for outside the article's blocks of the page.
    let comments = options.keep_comments.then(|| {
        let article: Vec<usize> = candidates.iter().filter_map(|c| c.block).collect();
        comments::outside(&page, &article, lexicon)
    });
    let blocks = finish::article(&page, candidates, &title, lexicon, kind.shows_items());
    Extraction {
        blocks,
        comments: comments.unwrap_or_default(),
        title: title.text,
        metadata,
        language,
        page_blocks: page.blocks.len(),
        page_text: page.blocks.into_iter().map(|b| b.text).collect(),
        normalized: false,
    }
}

/// The URL that says what the page is: its own (canonical) URL best, the one it was fetched
/// from else, a relative canonical link's path at least. A relative canonical link is the
/// page's own URL once made absolute against the one it was fetched from: it is set so.
fn own_url(page: &mut page::Page, url: Option<&str>) -> Option<String> {
    if page.meta.canonical_url.is_none() {
        let href = page.meta.canonical_href.as_deref();
        page.meta.canonical_url = href.zip(url).and_then(|(href, base)| resolved(base, href));
    }
    let relative = |href: &str| match href.starts_with('/') {
        true => href.to_string(),
        false => format!("/{href}"),
    };
    page.meta
        .canonical_url
        .clone()
        .or_else(|| url.map(str::to_string))
        .or_else(|| page.meta.canonical_href.as_deref().map(relative))
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
        let out = super::extract(html, None, lexicon, options, &Deadline::none());
        let texts = |blocks: Vec<crate::extract::ExtractedBlock>| blocks.into_iter().map(|b| b.text).collect();
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
    fn a_ruby_s_reading_is_not_read_as_words_of_the_text() {
        let html = "<html><body><article><p>日本語の<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読むのは\
            楽しいです。これは長い文章で、記事の本文として十分な長さがあります。東京の天気は晴れです。</p>\
            <p>もう一つの段落があります。ここにも十分な文章があり、記事として扱われるべきです。</p></article></body></html>";
        let out = extract(html, lexicon(), &Options::default());
        assert!(out.blocks[0].starts_with("日本語の漢字を読むのは"), "{:?}", out.blocks);
        assert!(!out.blocks.concat().contains("かんじ"), "{:?}", out.blocks);
    }

    #[test]
    fn on_a_page_of_cards_a_card_s_parts_are_content_whatever_their_names_say() {
        let walks = [
            "Ridge walk above the lake",
            "Old mill and the weir",
            "Three bridges loop",
            "Beech woods in autumn",
        ];
        let cards: String = walks
            .iter()
            .map(|walk| {
                format!(
                    "<div class='card'><h2><a href='/walks/{}'>{walk}</a></h2><p class='teaser'>A day out for {walk}, \
                     with views over the valley and a path back through the woods to the village.</p></div>",
                    walk.len()
                )
            })
            .collect();
        const INTRO: &str =
            "Every walk in this guide starts at a bus stop or a station, and each was walked again this \
                             spring, with the times and the state of the paths checked by our readers.";
        let comment = "<div class='comment'><p>We did this one last May with the children, and it took us all day long.</p></div>";
        let page = |schema: &str| {
            format!(
                "<html><head><script type='application/ld+json'>{{\"@type\": \"{schema}\"}}</script></head><body><main>\
                 <h1>Walking guides</h1><p>{INTRO}</p><p>{INTRO}</p><div class='grid'>{cards}</div>\
                 <div class='comments'>{}</div></main></body></html>",
                comment.repeat(3)
            )
        };
        let listing = extract(&page("CollectionPage"), lexicon(), &Options::default()).blocks;
        assert!(
            listing.iter().any(|b| b.starts_with("A day out for Ridge walk")),
            "{listing:?}"
        );
        assert!(!listing.iter().any(|b| b.starts_with("We did this one")), "{listing:?}");
    }

    #[test]
    fn a_heading_is_no_chrome_by_its_own_name_and_is_inside_a_chrome_box() {
        // Themes name headings for their anchors and tables of contents ("anchorWithStickyNavbar",
        // "hide-from-toc"); a sidebar's heading goes with its sidebar.
        let prose = "Several roads were closed in the valley, and the police asked drivers to stay at home, while crews cleared debris from the bridges over the river.";
        let page = format!(
            "<html><body><main><article><h1>Rivers rise</h1><p>{prose}</p>\
             <h2 class='anchorWithStickyNavbar'>Roads closed</h2><p>{prose}</p>\
             <h2 class='hide-from-toc'>Bridges</h2><p>{prose}</p></article>\
             <aside class='sidebar'><h2>Most read</h2><p>{prose}</p></aside></main></body></html>"
        );
        let blocks = extract(&page, lexicon(), &Options::default()).blocks;
        assert!(blocks.iter().any(|b| b == "Roads closed"), "{blocks:?}");
        assert!(blocks.iter().any(|b| b == "Bridges"), "{blocks:?}");
        assert!(!blocks.iter().any(|b| b == "Most read"), "{blocks:?}");
    }

    #[test]
    fn a_relative_reference_is_made_absolute_against_the_base() {
        let base = "https://example.org/forum/topic/page.php?id=3#top";
        let cases = [
            (
                "viewtopic.php?id=7",
                "https://example.org/forum/topic/viewtopic.php?id=7",
            ),
            ("/a-story", "https://example.org/a-story"),
            ("../index.html", "https://example.org/forum/index.html"),
            ("./more/b", "https://example.org/forum/topic/more/b"),
            ("?id=4", "https://example.org/forum/topic/page.php?id=4"),
            ("#reply", "https://example.org/forum/topic/page.php?id=3#reply"),
            ("//cdn.example.net/x", "https://cdn.example.net/x"),
        ];
        for (href, absolute) in cases {
            assert_eq!(resolved(base, href).as_deref(), Some(absolute), "{href}");
        }
        assert_eq!(
            resolved("https://example.org", "b").as_deref(),
            Some("https://example.org/b")
        );
        assert_eq!(resolved("not a url", "/b"), None);
    }

    #[test]
    fn a_relative_canonical_link_is_the_page_s_url_and_tells_its_kind() {
        let page = format!(
            "<html><head><link rel='canonical' href='viewtopic.php?id=7'></head><body><p>{}</p></body></html>",
            "A question about the boiler, which makes a noise every night and then stops, asked by a new member of the board. "
                .repeat(3)
        );
        let fetched = "https://bbs.example.org/viewtopic.php?id=7&p=2";
        let known = super::extract(
            &page,
            Some(fetched),
            Lexicon::shared(),
            &Options::default(),
            &Deadline::none(),
        );
        assert_eq!(
            known.metadata.url.as_deref(),
            Some("https://bbs.example.org/viewtopic.php?id=7")
        );
        assert_eq!(known.metadata.page_type, Some(PageType::Forum));
        // Without the URL it was fetched from, its path still says it is a thread.
        let unknown = super::extract(&page, None, Lexicon::shared(), &Options::default(), &Deadline::none());
        assert_eq!(unknown.metadata.url, None);
        assert_eq!(unknown.metadata.page_type, Some(PageType::Forum));
    }

    #[test]
    fn a_shop_s_grid_of_categories_titled_in_headings_is_its_content() {
        let card = |name: &str, count: u32| {
            format!("<li class='product-category'><a href='/c/{count}/'><img src='c.jpg' alt=''><h2 class='title'>{name} <mark>({count})</mark></h2></a></li>")
        };
        let cards: String = [("Radios", 4), ("Power Banks", 158), ("Speakers", 44), ("Cameras", 10)]
            .iter()
            .map(|&(name, count)| card(name, count))
            .collect();
        let page = format!(
            "<html><head><title>Electronics – Shop</title></head><body>\
             <nav><ul><li><a href='/'>Home</a></li><li><a href='/shop/'>Shop</a></li><li><a href='/about/'>About</a></li></ul></nav>\
             <main><h1>Electronics</h1><ul class='products'>{cards}</ul></main><footer><p>© 2025 Shop</p></footer></body></html>"
        );
        let out = super::extract(
            &page,
            Some("https://shop.example/product-category/electronics/"),
            lexicon(),
            &Options::default(),
            &Deadline::none(),
        );
        let texts: Vec<String> = out.blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(
            texts,
            ["Radios (4)", "Power Banks (158)", "Speakers (44)", "Cameras (10)"]
        );
    }

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
    fn a_page_whose_text_only_scripts_would_show_is_read_as_shown() {
        let posts = format!("<div class='post'><p>{PROSE}</p></div>").repeat(4);
        let for_crawlers = format!(
            "<html><body><div id='app'>Loading…</div><noscript><div class='thread'>{posts}</div></noscript></body></html>"
        );
        assert_eq!(
            extract(&for_crawlers, lexicon(), &Options::default()).blocks,
            [PROSE; 4]
        );
        // A tag manager's `<noscript>` before it, whose frame leaves itself open, does not hide it.
        let revealed_by_script = format!(
            "<html><body><noscript><iframe src='https://example.com/ns.html' style='display: none' /></noscript>\
             <div id='main' hidden><article>{posts}</article></div></body></html>"
        );
        assert_eq!(
            extract(&revealed_by_script, lexicon(), &Options::default()).blocks,
            [PROSE; 4]
        );
        // A page held back behind its preloader by a class, until a script takes the class off.
        let behind_preloader = format!(
            "<html><body><div class='preloader'></div><div class='root hide'><main><article>{posts}</article></main></div>\
             <span class='sr-only'>Opens in a new window</span></body></html>"
        );
        assert_eq!(
            extract(&behind_preloader, lexicon(), &Options::default()).blocks,
            [PROSE; 4]
        );
        // A consent form over the page, which hides the rest from screen readers while open:
        // chrome is all it shows.
        let purposes = "<p>We and our partners use cookies and similar technologies on this website to \
             store and access information on your device, measure its audience, and show you personalised \
             advertising and content, with your consent or on the basis of a legitimate interest.</p>"
            .repeat(4);
        let behind_consent = format!(
            "<html><body><div class='cookie-banner'>{purposes}</div>\
             <div aria-hidden='true'><main><article>{posts}</article></main></div></body></html>"
        );
        assert_eq!(
            extract(&behind_consent, lexicon(), &Options::default()).blocks,
            [PROSE; 4]
        );
        // With an article shown, hidden boxes and `<noscript>` stay out.
        let shown = format!(
            "<html><body><article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></article>\
             <noscript><p>Please enable JavaScript to see the comments, which are loaded by a script after the page itself.</p></noscript>\
             <div style='display: none'><p>{PROSE}</p></div><div class='menu is-hidden'><p>{PROSE}</p></div></body></html>"
        );
        assert_eq!(extract(&shown, lexicon(), &Options::default()).blocks, [PROSE; 4]);
    }

    #[test]
    fn a_product_s_page_leaves_out_its_customers_reviews_and_a_review_article_keeps_them() {
        let description = "This jacket is cut from a waxed cotton that keeps the rain out, lined with wool for the cold months, and finished with brass buttons that last for years.";
        let details = "Hand wash only. Made in Portugal from cotton grown in Spain, and sewn in a family workshop that has made jackets for three generations.";
        let review = "I wore it through a whole winter of rain and wind, and it kept me dry and warm every single day; the buttons are still as good as new.";
        let page = |kind: &str| {
            format!(
                "<html><head><script type='application/ld+json'>\
                 {{\"@type\": \"{kind}\", \"offers\": {{\"@type\": \"Offer\", \"price\": \"120\"}}}}</script></head><body><main>\
                 <h1>Waxed field jacket</h1><p>{description}</p><p>{details}</p>\
                 <section class='product-reviews'><div class='review'><p>{review}</p></div><div class='review'><p>{review} Again.</p></div></section>\
                 </main></body></html>"
            )
        };
        let product = extract(&page("Product"), lexicon(), &Options::default()).blocks;
        assert_eq!(product, [description, details]);
        let article = extract(&page("Article"), lexicon(), &Options::default()).blocks;
        assert!(article.iter().any(|b| b.starts_with("I wore it")), "{article:?}");
    }

    #[test]
    fn a_customer_s_review_between_parts_of_the_product_s_description_stays_out() {
        let description = "This jacket is cut from a waxed cotton that keeps the rain out, lined with wool for the cold months, and finished with brass buttons that last for years.";
        let details = "Hand wash only. Made in Portugal from cotton grown in Spain, and sewn in a family workshop that has made jackets for three generations.";
        let review = "I wore it through a whole winter of rain and wind, and it kept me dry and warm every single day; the buttons are still as good as new.";
        let page = format!(
            "<html><head><script type='application/ld+json'>\
             {{\"@type\": \"Product\", \"offers\": {{\"@type\": \"Offer\", \"price\": \"120\"}}}}</script></head><body><main>\
             <h1>Waxed field jacket</h1><p>{description}</p>\
             <div class='product-reviews'><div class='review'><p>{review}</p></div></div>\
             <p>{details}</p></main></body></html>"
        );
        let product = extract(&page, lexicon(), &Options::default()).blocks;
        assert_eq!(product, [description, details]);
    }

    #[test]
    fn a_row_of_other_priced_products_is_not_the_product_unless_it_holds_the_headline() {
        let description = "This jacket is cut from a waxed cotton that keeps the rain out, lined with wool for the cold months, and finished with brass buttons that last for years.";
        let card = |name: &str, price: u32| {
            format!(
                "<div class='tile'><p>{name}, a jacket in the same waxed cotton, lined for the coldest months of the year.</p><p>${price}.00</p></div>"
            )
        };
        let similar = [
            card("Harbour coat", 140),
            card("Moor parka", 180),
            card("Ridge gilet", 90),
        ]
        .concat();
        let page = |main: &str| {
            format!(
                "<html><head><script type='application/ld+json'>\
                 {{\"@type\": \"Product\", \"offers\": {{\"@type\": \"Offer\", \"price\": \"120\"}}}}</script></head>\
                 <body><main>{main}</main></body></html>"
            )
        };
        let product = format!("<h1>Waxed field jacket</h1><p>{description}</p><p>$120.00</p><h2>Similar items</h2><div class='row'>{similar}</div>");
        let text = extract(&page(&product), lexicon(), &Options::default()).blocks;
        assert!(text.iter().any(|b| b == description), "{text:?}");
        assert!(!text.iter().any(|b| b.starts_with("Harbour coat")), "{text:?}");
        // The product's own column, in a row of columns that each show a price.
        let own = format!("<div class='tile'><h1>Waxed field jacket</h1><p>{description}</p><p>$120.00</p></div>");
        let columns = page(&format!(
            "<div class='row'>{own}{}{}</div>",
            card("Harbour coat", 140),
            card("Moor parka", 180)
        ));
        let text = extract(&columns, lexicon(), &Options::default()).blocks;
        assert!(text.iter().any(|b| b == description), "{text:?}");
    }

    #[test]
    fn a_dialog_over_the_page_is_never_its_content_however_much_it_says() {
        let posts = [
            "Does anyone know what the two clips inside the front panel are for?",
            "They hold the dust filter in place; slide it down and it comes out.",
            "Thanks, that was it. The manual does not mention them at all.",
        ];
        let thread: String = posts
            .iter()
            .map(|p| format!("<div class='post'><span class='name'>Member</span><div class='body'>{p}</div></div>"))
            .collect();
        let purpose = "When you visit a website, it may store or retrieve information on your browser, mostly in \
            the form of small files, and this information might be about you, your preferences or your device.";
        let purposes: String = (1..=6)
            .map(|i| format!("<h4>Purpose {i}</h4><p>{purpose}</p>"))
            .collect();
        let page = format!(
            "<html><body><div class='thread'>{thread}</div>\
             <div class='pc-center' role='dialog' aria-modal='true'><h3>Your choices</h3>{purposes}</div></body></html>"
        );
        let text = extract(&page, lexicon(), &Options::default()).blocks;
        for post in posts {
            assert!(text.iter().any(|t| t.contains(post)), "{post}: {text:?}");
        }
        assert!(!text.iter().any(|t| t.contains("store or retrieve")), "{text:?}");
    }

    #[test]
    fn a_page_of_many_parts_is_its_main_region() {
        let sections = [
            "Plan your events with a team that has organised weddings, conferences and parties for twenty years, in every city of the region, large or small.",
            "Our planners find the venue, the caterers and the music, and they stay with you on the day itself, so that nothing is left to chance or to luck.",
        ];
        let features = [
            "Venues in every city of the region",
            "Caterers we have worked with for years",
            "Music, light and sound for any hall",
            "One planner from the first call to the end",
        ];
        let hero = format!("<div class='hero'><p>{}</p><p>{}</p></div>", sections[0], sections[1]);
        let grid: String = features
            .iter()
            .map(|f| format!("<li>{f}</li>"))
            .collect::<String>()
            .repeat(2);
        let landing = format!(
            "<html><head><link rel='canonical' href='https://events.example/'></head><body>\
             <nav><a href='/'>Home</a> <a href='/about'>About</a></nav><main>{hero}\
             <div class='features'><ul>{grid}</ul></div></main>\
             <footer>Copyright Events Ltd</footer></body></html>"
        );
        let out = super::extract(&landing, None, lexicon(), &Options::default(), &Deadline::none());
        assert_eq!(out.metadata.page_type, Some(crate::PageType::Service));
        let texts: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts[..2], sections, "{texts:?}");
        assert_eq!(
            texts[2..],
            [features, features].concat(),
            "every part, not the best one"
        );
        // An article's page keeps its one container, whatever else its main region holds.
        let story = format!(
            "<html><head><link rel='canonical' href='https://paper.example/news/budget-passes'>\
             <meta property='og:type' content='article'></head><body><main><article>{}</article>\
             <div class='more'><p>{}</p></div></main></body></html>",
            format!("<p>{PROSE}</p>").repeat(3),
            sections[0]
        );
        let out = super::extract(&story, None, lexicon(), &Options::default(), &Deadline::none());
        assert_eq!(out.metadata.page_type, Some(crate::PageType::Article));
        assert_eq!(out.blocks.len(), 3, "{:?}", out.blocks);
    }

    #[test]
    fn a_page_builder_s_names_on_every_box_say_nothing() {
        // Every section, column and widget of the page carries the same names, and a word in
        // them ("widget") marks sidebars elsewhere.
        let boxed = |inner: &str| format!("<div class='pb-widget pb-widget-container'>{inner}</div>");
        let text: String = (0..3).map(|_| boxed(&format!("<p>{PROSE}</p>"))).collect();
        let page = format!(
            "<html><body>{}{}{}{}</body></html>",
            boxed("<a href='/'>Home</a>"),
            boxed("<h1>Rules agreed</h1>"),
            boxed(&boxed(&text)),
            boxed("<p>Copyright The Paper</p>"),
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(out.blocks, [PROSE; 3]);
        // Names that count for their boxes stay telling however often they recur.
        let page = format!(
            "<html><body><div class='sidebar'><p>{PROSE}</p></div>{}</body></html>",
            format!("<div class='entry-content'><p>{PROSE} Again.</p></div>").repeat(3)
        );
        let again = format!("{PROSE} Again.");
        assert_eq!(
            extract(&page, lexicon(), &Options::default()).blocks,
            [again.as_str(); 3]
        );
    }

    #[test]
    fn a_page_whose_choice_holds_little_of_its_main_region_is_that_region_whatever_its_kind() {
        // A page that says it is an article, whose one box of prose holds a fifth of its main
        // region's text: the rest is a list, whose items do not vote for their box.
        let items: String = (1..=40)
            .map(|i| format!("<li>Feature {i} of what we offer</li>"))
            .collect();
        let page = |items: &str| {
            format!(
                "<html><head><meta property='og:type' content='article'></head><body><nav><a href='/'>Home</a></nav>\
                 <main><div class='intro'><p>{PROSE}</p><p>{PROSE}</p></div><div class='more'><ul>{items}</ul></div>\
                 </main></body></html>"
            )
        };
        let out = super::extract(&page(&items), None, lexicon(), &Options::default(), &Deadline::none());
        assert_eq!(out.metadata.page_type, Some(crate::PageType::Article));
        let texts: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts.len(), 42, "{texts:?}");
        assert_eq!(texts[..2], [PROSE, PROSE]);
        assert_eq!(texts[41], "Feature 40 of what we offer");
        // With a third of the region, the box is the article.
        let fewer: String = (1..=20)
            .map(|i| format!("<li>Feature {i} of what we offer</li>"))
            .collect();
        let out = super::extract(&page(&fewer), None, lexicon(), &Options::default(), &Deadline::none());
        let texts: Vec<&str> = out.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, [PROSE, PROSE]);
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
    fn a_manual_is_its_main_region_not_its_largest_section() {
        let section = |name: &str, paragraphs: usize| {
            let text: String = (0..paragraphs)
                .map(|i| format!("<p>{name} {i}: the option sets how the command reads its input, and the default is safe.</p><pre>cmd --{name}-{i}</pre>"))
                .collect();
            format!("<div class='sect1'><h2>{name}</h2><div class='sectionbody'>{text}</div></div>")
        };
        let page = format!(
            "<html><body><nav><a href='/'>Home</a></nav><main><h1>cmd(1)</h1>{}{}{}</main></body></html>",
            section("Synopsis", 2),
            section("Options", 6),
            section("Examples", 2)
        );
        let out = super::extract(&page, None, lexicon(), &Options::default(), &Deadline::none());
        assert_eq!(out.metadata.page_type, Some(crate::PageType::Documentation));
        for part in ["Synopsis 0:", "Options 5:", "Examples 1:"] {
            assert!(
                out.blocks.iter().any(|b| b.text.starts_with(part)),
                "{part}: {:?}",
                out.blocks
            );
        }
    }

    #[test]
    fn a_card_named_for_its_picture_is_no_caption() {
        let cards: String = (1..=4)
            .map(|i| {
                format!(
                    "<article class='tease is-image-left'><img src='{i}.jpg'><h3>Story number {i}</h3>\
                     <p>Story {i}: the council met on Tuesday and the mayor spoke about the schools.</p></article>"
                )
            })
            .collect();
        let page = format!("<html><body><main><h1>Latest stories</h1>{cards}</main></body></html>");
        let out = extract(&page, lexicon(), &Options::default());
        for i in 1..=4 {
            assert!(
                out.blocks.iter().any(|b| b.starts_with(&format!("Story {i}:"))),
                "card {i} stays: {:?}",
                out.blocks
            );
        }
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
        assert_eq!(
            out.blocks,
            [PROSE, PROSE, PROSE],
            "the bar goes, the paragraphs beside it stay"
        );
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

    /// A page with a JSON-LD script whose `articleBody` holds these paragraphs.
    fn with_article_body(paragraphs: &[&str], body: &str) -> String {
        let script = format!(
            "{{\"@type\": \"NewsArticle\", \"articleBody\": \"{}\"}}",
            paragraphs.join("\\n")
        );
        format!("<html><head><script type='application/ld+json'>{script}</script></head><body>{body}</body></html>")
    }

    #[test]
    fn structured_data_corrects_a_choice_the_layout_misled() {
        // A box dense in commas outscores the article; the article body names the other box.
        let article = [
            "The bridge over the river will close for repairs from Monday until the end of the month, the council said in a statement on its website.",
            "Drivers are asked to use the northern road instead, which adds about ten minutes to a trip into town during the morning rush.",
            "Engineers found cracks in two of the supports during an inspection last week and said that waiting any longer would not be safe.",
            "Buses will keep their timetable but stop at a temporary station on the other side of the river until the bridge opens again.",
        ];
        let listing = "Apples, pears, plums, cherries, grapes, lemons, limes, figs, dates, melons, berries, nuts, and more, all fresh, all local, all week.";
        let body = format!(
            "<div class='a'>{}</div><div class='b'>{}</div>",
            format!("<p>{listing}</p>").repeat(6),
            article.map(|p| format!("<p>{p}</p>")).concat()
        );
        let out = extract(&with_article_body(&article, &body), lexicon(), &Options::default());
        assert_eq!(out.blocks, article, "the blocks the body holds are the article");
        let without = extract(
            &format!("<html><body>{body}</body></html>"),
            lexicon(),
            &Options::default(),
        );
        assert!(
            without.blocks.iter().any(|b| b == listing),
            "without it, the layout wins: {:?}",
            without.blocks
        );
    }

    #[test]
    fn paragraphs_the_structured_body_lacks_are_strays() {
        let article = [
            PROSE,
            "Second part. The members said they would vote on the rules in May, after a last round of talks with the city's lawyers, who had asked for the delay.",
            "Third part. The chair thanked the staff, who had prepared the hearings in a few weeks, and closed the session with a word about the next one.",
            "Fourth part. The rules will be printed in the city's gazette and take effect a month later, unless a court stops them before that day.",
        ];
        let stray = "The photo above shows the old bridge at dawn, taken by a reader.";
        let body = format!(
            "<article><p>{}</p><p>{stray}</p>{}</article>",
            article[0],
            article[1..].iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
        );
        let out = extract(&with_article_body(&article, &body), lexicon(), &Options::default());
        assert_eq!(out.blocks, article);
        let without = extract(
            &format!("<html><body>{body}</body></html>"),
            lexicon(),
            &Options::default(),
        );
        assert_eq!(without.blocks.len(), 5, "{:?}", without.blocks);
        // Strays that make up more than a third of the text mean the body is a summary.
        let strays = format!(
            "<article><p>{}</p>{}{}</article>",
            article[0],
            format!("<p>{stray}</p>").repeat(5),
            article[1..].iter().map(|p| format!("<p>{p}</p>")).collect::<String>()
        );
        let out = extract(&with_article_body(&article, &strays), lexicon(), &Options::default());
        assert_eq!(out.blocks.len(), 9, "{:?}", out.blocks);
    }

    #[test]
    fn an_article_from_structured_data_gets_the_last_passes_too() {
        let body = format!("{PROSE}\\nSecond part. {PROSE}\\nPublished on 3 May 2021\\nThird part. {PROSE}\\nPress contact:\\nErika Muster, phone 0123 456");
        let script = format!("{{\"@type\": \"NewsArticle\", \"articleBody\": \"{body}\"}}");
        let page = format!(
            "<html><head><script type='application/ld+json'>{script}</script></head>\
             <body><div id='app'><p>Read the full article in the app.</p></div></body></html>"
        );
        let out = extract(&page, lexicon(), &Options::default());
        assert_eq!(
            out.blocks.len(),
            3,
            "the dateline and the closing matter go: {:?}",
            out.blocks
        );
        assert!(out.blocks[2].starts_with("Third part."));
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
             </section><div class='sidebar'><p>Our newsroom answers letters from readers every week, in print.</p></div>\
             </body></html>"
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
        let detected = super::extract(&page, None, lexicon(), &Options::default(), &Deadline::none());
        assert_eq!(detected.language.map(|l| l.code), Some("en"));
        assert!(
            !detected.blocks.iter().any(|b| b.text == german),
            "{:?}",
            detected.blocks
        );
        let undetected = super::extract(
            &page,
            None,
            lexicon(),
            &Options::default().with_language_detection(false),
            &Deadline::none(),
        );
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
