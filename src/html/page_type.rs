//! What kind of page a page is: an article, a forum thread, a product, a shop's category, a
//! listing, documentation or a service page.
//!
//! A page says it in several ways, none alone enough: the schema.org types of its structured
//! data and microdata (`DiscussionForumPosting`, `Product` with an `Offer`, `ItemList`), its
//! `og:type`, the words of its URL's path (`/threads/`, `/docs/`, `/products/`), and its shape:
//! long paragraphs of prose, code blocks, prices, a row of dated teasers, a row of short
//! sections under headings; and its byline. The evidence is weighed in order, the most certain
//! first; the word lists are data (`data/page-types.txt`).

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use super::metadata::PUBLISHED_KEYS;
use super::page::{measure, sibling_group_sizes, Block, Page};
use super::structured::Facts;
use super::tuning::{
    COLLECTION_PRICES, DOCUMENTATION_CODE_BLOCKS, DOCUMENTATION_CODE_SPANS, ID_DIGITS, LISTING_LINK_DENSITY,
    LONG_READ_PARAGRAPHS, MAX_PRESENTATION_SECTION_UNITS, MAX_TEASER_UNITS, MIN_REPEATED_SIBLINGS, MODEL_OVERRIDE,
    MODEL_OVERRIDE_INTO_INDEX, NAVIGATION_LINK_DENSITY, PRESENTATION_HEADINGS, PRICED_ROW_CARDS, PRICE_GRID,
    PROSE_PARAGRAPHS, PROSE_PARAGRAPH_UNITS, SERVICE_MAX_PATH_DEPTH, SLUG_HYPHENS, TEASERS_PER_PROSE, TEASER_CARDS,
    TEASER_LINK_DENSITY, TEASER_TEXT_SHARE, THREAD_TIMES, URL_CODE_SPANS, URL_COLLECTION_PRICES,
};
use crate::document::BlockKind;
use crate::wordlist;
use crate::PageType;

const PAGE_TYPES: &str = include_str!("../data/page-types.txt");

/// The lists of `data/page-types.txt`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum List {
    SchemaForum,
    SchemaDocumentation,
    SchemaArticle,
    SchemaProduct,
    SchemaOffer,
    SchemaItems,
    SchemaService,
    SchemaRating,
    SchemaWebPage,
    SchemaQuestion,
    SchemaEvent,
    SchemaVideo,
    SchemaBreadcrumbs,
    SchemaOrganization,
    OgArticle,
    OgWebsite,
    OgProduct,
    OgItems,
    UrlThread,
    UrlForum,
    UrlDocumentation,
    UrlProduct,
    UrlCollection,
    UrlIndex,
    UrlListing,
    UrlService,
    UrlArticle,
    BodyArticle,
    BodyProduct,
    BodyItems,
    BodyCollection,
}

/// The words of every list, each with its list.
fn lists() -> &'static FxHashSet<(List, &'static str)> {
    static LISTS: OnceLock<FxHashSet<(List, &'static str)>> = OnceLock::new();
    LISTS.get_or_init(|| {
        wordlist::bundled("page-types.txt", PAGE_TYPES, ["list", "word"])
            .into_iter()
            .map(|[list, word]| {
                let list = match list {
                    "schema-forum" => List::SchemaForum,
                    "schema-documentation" => List::SchemaDocumentation,
                    "schema-article" => List::SchemaArticle,
                    "schema-product" => List::SchemaProduct,
                    "schema-offer" => List::SchemaOffer,
                    "schema-items" => List::SchemaItems,
                    "schema-service" => List::SchemaService,
                    "schema-rating" => List::SchemaRating,
                    "schema-webpage" => List::SchemaWebPage,
                    "schema-question" => List::SchemaQuestion,
                    "schema-event" => List::SchemaEvent,
                    "schema-video" => List::SchemaVideo,
                    "schema-breadcrumbs" => List::SchemaBreadcrumbs,
                    "schema-organization" => List::SchemaOrganization,
                    "og-website" => List::OgWebsite,
                    "og-article" => List::OgArticle,
                    "og-product" => List::OgProduct,
                    "og-items" => List::OgItems,
                    "url-thread" => List::UrlThread,
                    "url-forum" => List::UrlForum,
                    "url-documentation" => List::UrlDocumentation,
                    "url-product" => List::UrlProduct,
                    "url-collection" => List::UrlCollection,
                    "url-index" => List::UrlIndex,
                    "url-listing" => List::UrlListing,
                    "url-service" => List::UrlService,
                    "url-article" => List::UrlArticle,
                    "body-article" => List::BodyArticle,
                    "body-product" => List::BodyProduct,
                    "body-items" => List::BodyItems,
                    "body-collection" => List::BodyCollection,
                    other => panic!("src/data/page-types.txt: unknown list {other:?}"),
                };
                (list, word)
            })
            .collect()
    })
}

impl PageType {
    /// Whether the page's content is many parts side by side rather than one container: a
    /// service page's row of sections, a listing's or a shop's grid of cards, a product's
    /// description, details and reviews, a manual's sections (synopsis, options, examples).
    pub(super) fn has_many_parts(self) -> bool {
        matches!(
            self,
            PageType::Service | PageType::Listing | PageType::Collection | PageType::Product | PageType::Documentation
        )
    }

    /// Whether the page's content is a set of items (a listing's teasers, a shop's cards, a
    /// product's specifications), each as short as a name can be.
    pub(super) fn shows_items(self) -> bool {
        matches!(self, PageType::Listing | PageType::Collection | PageType::Product)
    }

    /// Whether the page's items are links to other pages (a listing's teasers, a shop's cards).
    pub(super) fn items_are_links(self) -> bool {
        matches!(self, PageType::Listing | PageType::Collection)
    }
}

/// What the page says of itself and how it is built, as the classification reads it.
struct Evidence<'a> {
    /// Schema.org types of its structured data and microdata.
    types: Vec<&'a str>,
    og_type: Option<&'a str>,
    /// The class names of its `<body>`, where content systems say which template drew the
    /// page (`single-post`, `single-product`, `archive`).
    body_classes: Vec<&'a str>,
    /// The path segments of its URL, lower-cased; `None` when the page does not say its URL.
    path: Option<Vec<String>>,
    /// Whether its structured data or `<meta>` tags say when it was published.
    dated: bool,
    /// Paragraphs long enough to be prose.
    prose_paragraphs: usize,
    code_blocks: usize,
    code_spans: usize,
    prices: usize,
    /// `<time>` elements: a post's date each, on a thread.
    times: usize,
    /// Whether it names its author: a byline in the body, or an author in its structured data.
    signed: bool,
    /// Headings outside chrome that are not links: each names a section of the page, where a
    /// teaser's heading leads to another page.
    headings: usize,
    /// The text outside chrome, in Latin-equivalent characters.
    text_chars: usize,
    /// The share of the text outside chrome that is links.
    link_density: f32,
    /// The row of teaser cards the page shows, if any.
    teasers: Teasers,
}

impl Evidence<'_> {
    fn has_type(&self, list: List) -> bool {
        self.types.iter().any(|t| lists().contains(&(list, *t)))
    }

    fn body_is(&self, list: List) -> bool {
        self.body_classes.iter().any(|c| lists().contains(&(list, *c)))
    }

    fn og_is(&self, list: List) -> bool {
        self.og_type.is_some_and(|t| lists().contains(&(list, t)))
    }

    fn url_has(&self, list: List) -> bool {
        self.segments().iter().any(|s| lists().contains(&(list, s.as_str())))
    }

    fn segments(&self) -> &[String] {
        self.path.as_deref().unwrap_or_default()
    }

    /// Whether its URL names one item: a slug of several words (`/a-story-of-four-words`,
    /// `/a_story_of_four`), an id or a date among its segments, or a file (`story.html`,
    /// `item.php`).
    fn names_one_item(&self) -> bool {
        let segments = self.segments();
        let slug = segments
            .last()
            .is_some_and(|s| s.matches(['-', '_']).count() >= SLUG_HYPHENS);
        let number = segments.iter().any(|s| {
            s.as_bytes()
                .windows(ID_DIGITS)
                .any(|w| w.iter().all(u8::is_ascii_digit))
        });
        let file = segments.last().is_some_and(|s| {
            !s.starts_with("index.") && [".html", ".htm", ".php", ".aspx"].iter().any(|end| s.ends_with(end))
        });
        slug || number || file
    }

    /// Whether it presents something rather than tells a story: no author and no article in
    /// what it says of itself or in its URL, a URL naming no one item, and its text a row of
    /// short sections, each under a heading, without a grid of prices (a shop's).
    fn presents(&self) -> bool {
        !self.signed
            && !self.has_type(List::SchemaArticle)
            && !self.url_has(List::UrlArticle)
            && !self.names_one_item()
            && self.headings >= PRESENTATION_HEADINGS
            && self.text_chars < MAX_PRESENTATION_SECTION_UNITS * self.headings
            && self.prices < PRICE_GRID
    }

    /// What an index of things the page is: a shop's category when it shows prices, else a
    /// listing.
    fn index_kind(&self) -> PageType {
        if self.prices >= COLLECTION_PRICES {
            PageType::Collection
        } else {
            PageType::Listing
        }
    }

    /// How deep its URL's path goes, when it is known, not counting the segments that name a
    /// language or a country (`en`, `en-us`).
    fn depth(&self) -> Option<usize> {
        self.path
            .as_ref()
            .map(|path| path.iter().filter(|s| !names_locale(s)).count())
    }
}

/// The kind of `page`, from its own evidence, what its structured data says (`facts`) and its
/// URL.
///
/// The rules below weigh the evidence in order, the most certain first; a model trained on
/// labelled pages (`data/page-type-model.txt`) weighs it all at once, the rules' verdict
/// among it, and overrides them where it is sure ([`MODEL_OVERRIDE`]), surer to make an index
/// of a page the rules do not take for one ([`MODEL_OVERRIDE_INTO_INDEX`]): an index is read
/// as cards, and a story read so loses its text.
pub(super) fn classify(page: &Page, facts: &Facts, url: Option<&str>) -> PageType {
    let (features, rules) = features(page, facts, url);
    let model = model();
    let mut scores = model.bias;
    for (name, value) in features {
        if let Some(weights) = model.weights.get(name) {
            for (score, weight) in scores.iter_mut().zip(weights) {
                *score += weight * value;
            }
        }
    }
    // The highest score; of equals, the first type.
    let best = (0..PageType::ALL.len())
        .rev()
        .max_by(|&a, &b| scores[a].total_cmp(&scores[b]))
        .unwrap_or(0);
    let model_type = PageType::ALL[best];
    let probability = 1.0 / scores.iter().map(|s| (s - scores[best]).exp()).sum::<f32>();
    let needed = match model_type.items_are_links() && !rules.items_are_links() {
        true => MODEL_OVERRIDE_INTO_INDEX,
        false => MODEL_OVERRIDE,
    };
    match probability >= needed {
        true => model_type,
        false => rules,
    }
}

const MODEL: &str = include_str!("../data/page-type-model.txt");

/// The features that say which type the rules gave, in the order of [`PageType::ALL`].
const RULE_FEATURES: [&str; PageType::ALL.len()] = [
    "rule-article",
    "rule-forum",
    "rule-product",
    "rule-collection",
    "rule-listing",
    "rule-documentation",
    "rule-service",
];

/// The page-type model: per type, a bias and a weight for each feature of [`features`].
struct Model {
    bias: [f32; PageType::ALL.len()],
    weights: FxHashMap<&'static str, [f32; PageType::ALL.len()]>,
}

fn model() -> &'static Model {
    static MODEL_READ: OnceLock<Model> = OnceLock::new();
    MODEL_READ.get_or_init(|| {
        let mut model = Model {
            bias: [0.0; PageType::ALL.len()],
            weights: FxHashMap::default(),
        };
        for [kind, feature, weight] in wordlist::bundled("page-type-model.txt", MODEL, ["type", "feature", "weight"]) {
            let at = PageType::ALL
                .iter()
                .position(|t| t.as_str() == kind)
                .unwrap_or_else(|| panic!("src/data/page-type-model.txt: unknown type {kind:?}"));
            let weight: f32 = weight
                .parse()
                .unwrap_or_else(|_| panic!("src/data/page-type-model.txt: weight {weight:?} is no number"));
            match feature {
                "bias" => model.bias[at] = weight,
                _ => model.weights.entry(feature).or_default()[at] = weight,
            }
        }
        model
    })
}

/// The evidence as numbers, named, for a model to weigh: each list's word present or not, the
/// page's measures on a log scale, and the rules' verdict; and that verdict.
pub(super) fn features(page: &Page, facts: &Facts, url: Option<&str>) -> (Vec<(&'static str, f32)>, PageType) {
    use List::*;
    let e = evidence(page, facts, url);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let log = |n: usize| (n as f32).ln_1p();
    let mut named: Vec<(&'static str, f32)> = Vec::new();
    let lists = [
        ("schema-forum", e.has_type(SchemaForum)),
        ("schema-documentation", e.has_type(SchemaDocumentation)),
        ("schema-article", e.has_type(SchemaArticle)),
        ("schema-product", e.has_type(SchemaProduct)),
        ("schema-offer", e.has_type(SchemaOffer)),
        ("schema-items", e.has_type(SchemaItems)),
        ("schema-service", e.has_type(SchemaService)),
        ("schema-rating", e.has_type(SchemaRating)),
        ("schema-webpage", e.has_type(SchemaWebPage)),
        ("schema-question", e.has_type(SchemaQuestion)),
        ("schema-event", e.has_type(SchemaEvent)),
        ("schema-video", e.has_type(SchemaVideo)),
        ("schema-breadcrumbs", e.has_type(SchemaBreadcrumbs)),
        ("schema-organization", e.has_type(SchemaOrganization)),
        ("og-article", e.og_is(OgArticle)),
        ("og-product", e.og_is(OgProduct)),
        ("og-items", e.og_is(OgItems)),
        ("og-website", e.og_is(OgWebsite)),
        ("url-thread", e.url_has(UrlThread)),
        ("url-forum", e.url_has(UrlForum)),
        ("url-documentation", e.url_has(UrlDocumentation)),
        ("url-product", e.url_has(UrlProduct)),
        ("url-collection", e.url_has(UrlCollection)),
        ("url-index", e.url_has(UrlIndex)),
        ("url-listing", e.url_has(UrlListing)),
        ("url-service", e.url_has(UrlService)),
        ("url-article", e.url_has(UrlArticle)),
        ("body-article", e.body_is(BodyArticle)),
        ("body-product", e.body_is(BodyProduct)),
        ("body-items", e.body_is(BodyItems)),
        ("body-collection", e.body_is(BodyCollection)),
    ];
    for (name, present) in lists {
        named.push((name, flag(present)));
    }
    let depth = e.depth();
    let measures = [
        ("no-types", flag(e.types.is_empty())),
        ("no-url", flag(e.path.is_none())),
        ("depth-0", flag(depth == Some(0))),
        ("depth-1", flag(depth == Some(1))),
        ("depth-2", flag(depth == Some(2))),
        ("depth-3+", flag(depth.is_some_and(|d| d >= 3))),
        ("one-item-url", flag(e.names_one_item())),
        ("dated", flag(e.dated)),
        ("signed", flag(e.signed)),
        ("presents", flag(e.presents())),
        ("teasers-dominate", flag(e.teasers.dominate())),
        ("prose-paragraphs", log(e.prose_paragraphs)),
        ("code-blocks", log(e.code_blocks)),
        ("code-spans", log(e.code_spans)),
        ("prices", log(e.prices)),
        ("times", log(e.times)),
        ("headings", log(e.headings)),
        ("text", log(e.text_chars)),
        ("link-density", e.link_density),
        ("teaser-cards", log(e.teasers.cards)),
        (
            "teaser-share",
            e.teasers.chars as f32 / e.teasers.page_chars.max(1) as f32,
        ),
        (
            "prose-outside-share",
            e.teasers.prose_outside as f32 / e.teasers.page_chars.max(1) as f32,
        ),
    ];
    for (name, value) in measures {
        named.push((name, value));
    }
    // How the page is built, beyond what the rules read.
    let count_tags = |tags: &[&str]| {
        page.elements
            .iter()
            .filter(|el| tags.contains(&el.tag.as_ref()))
            .count()
    };
    let outside: Vec<&Block> = (0..page.blocks.len())
        .filter(|&b| !page.block_in_chrome(b))
        .map(|b| &page.blocks[b])
        .collect();
    let share = |of: &dyn Fn(&Block) -> bool| {
        outside.iter().filter(|b| of(b)).map(|b| b.chars).sum::<usize>() as f32 / e.text_chars.max(1) as f32
    };
    let paragraphs: Vec<usize> = outside
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph)
        .map(|b| b.chars)
        .collect();
    let built = [
        ("article-elements", log(count_tags(&["article"]))),
        ("inputs", log(count_tags(&["input", "select", "textarea"]))),
        ("images", log(count_tags(&["img"]))),
        ("h1s", log(page.h1s.len())),
        ("blocks", log(outside.len())),
        (
            "list-share",
            share(&|b| matches!(b.kind, BlockKind::ListItem | BlockKind::NumberedItem)),
        ),
        ("table-share", share(&|b| b.kind == BlockKind::TableRow)),
        ("heading-share", share(&|b| matches!(b.kind, BlockKind::Heading(_)))),
        (
            "paragraph-mean",
            log(paragraphs.iter().sum::<usize>() / paragraphs.len().max(1)),
        ),
        ("comments-named", flag(page.elements.iter().any(|el| el.comments))),
        ("reviews-named", flag(page.elements.iter().any(|el| el.reviews))),
        ("main-landmark", flag(page.elements.iter().any(|el| el.main_landmark))),
    ];
    for (name, value) in built {
        named.push((name, value));
    }
    let rules = weigh(&e);
    for (kind, name) in PageType::ALL.into_iter().zip(RULE_FEATURES) {
        named.push((name, flag(rules == kind)));
    }
    (named, rules)
}

/// What a page shows of its kind.
fn evidence<'a>(page: &'a Page, facts: &'a Facts, url: Option<&str>) -> Evidence<'a> {
    let types = facts
        .types
        .iter()
        .chain(&page.meta.item_types)
        .map(String::as_str)
        .collect();
    let count_tag = |tag: &str| page.elements.iter().filter(|e| e.tag == tag).count();
    let outside = page
        .blocks
        .iter()
        .enumerate()
        .filter(|&(b, _)| !page.block_in_chrome(b))
        .map(|(_, b)| b);
    let (link_chars, text_chars) = outside
        .clone()
        .fold((0.0, 0usize), |(l, c), b| (l + b.link_chars, c + b.chars));
    let body_classes = page
        .elements
        .iter()
        .find(|e| e.tag == "body")
        .and_then(|body| body.class.as_deref())
        .map(|class| class.split_ascii_whitespace().collect())
        .unwrap_or_default();
    Evidence {
        types,
        og_type: page.meta.og_type.as_deref(),
        body_classes,
        path: url.map(path_segments),
        dated: facts.published.is_some()
            || page
                .meta
                .tags
                .iter()
                .any(|(key, _)| PUBLISHED_KEYS.contains(&key.as_str())),
        prose_paragraphs: page
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Paragraph && b.chars >= PROSE_PARAGRAPH_UNITS)
            .count(),
        code_blocks: count_tag("pre"),
        code_spans: count_tag("code"),
        prices: page.blocks.iter().map(|b| prices_in(&b.text)).sum(),
        times: count_tag("time"),
        signed: !facts.authors.is_empty() || page.clues.iter().any(|c| c.kind.is_author()),
        headings: outside
            .clone()
            .filter(|b| matches!(b.kind, BlockKind::Heading(_)) && b.link_density() <= NAVIGATION_LINK_DENSITY)
            .count(),
        text_chars,
        link_density: if text_chars == 0 {
            0.0
        } else {
            link_chars / text_chars as f32
        },
        teasers: teasers(page),
    }
}

/// The evidence weighed, the most certain first.
fn weigh(e: &Evidence) -> PageType {
    use List::*;
    let prose = e.prose_paragraphs >= PROSE_PARAGRAPHS;
    // Content systems say `og:type` "article" of every page; with structured data that names
    // no article and no date, it says nothing.
    let says_article =
        e.has_type(SchemaArticle) || e.body_is(BodyArticle) || (e.og_is(OgArticle) && (e.dated || e.types.is_empty()));
    let lists_things = e.has_type(SchemaItems) || e.og_is(OgItems) || e.body_is(BodyItems);
    // A thread's posts are dated as a river of teasers is: a page whose text is mostly in
    // teaser cards, with a URL that names no one piece, lists pieces (a news site's topic).
    let index_of_pieces = e.teasers.dominate() && !e.names_one_item();
    if e.has_type(SchemaForum)
        || e.url_has(UrlThread)
        || (e.url_has(UrlForum) && e.times >= THREAD_TIMES && !index_of_pieces)
    {
        return PageType::Forum;
    }
    let offered = e.has_type(SchemaOffer) || e.og_is(OgProduct);
    if e.og_is(OgProduct) || e.body_is(BodyProduct) || (e.has_type(SchemaProduct) && offered && !lists_things && !prose)
    {
        return PageType::Product;
    }
    if e.body_is(BodyCollection) {
        return PageType::Collection;
    }
    let code = e.code_blocks >= DOCUMENTATION_CODE_BLOCKS || e.code_spans >= DOCUMENTATION_CODE_SPANS;
    if e.has_type(SchemaDocumentation)
        || (code && !says_article)
        || (e.url_has(UrlDocumentation) && e.code_spans >= URL_CODE_SPANS)
    {
        return PageType::Documentation;
    }
    // The template of one post drew it, whatever teasers it shows beside the post.
    if e.body_is(BodyArticle) {
        return PageType::Article;
    }
    // Most of the page's text in a row of teaser cards, and little prose besides: an index,
    // whatever the page says of itself.
    if e.teasers.dominate() {
        return e.index_kind();
    }
    let undated_page = !e.dated && !e.has_type(SchemaArticle) && !e.url_has(UrlArticle);
    if e.url_has(UrlService) && undated_page {
        return PageType::Service;
    }
    // A site's front page is no article, whatever its teasers' dates say: it lists the site's
    // latest pieces, or presents the site.
    if e.depth() == Some(0) && !e.has_type(SchemaArticle) {
        return match e.link_density >= LISTING_LINK_DENSITY {
            true => e.index_kind(),
            false => PageType::Service,
        };
    }
    let presents = e.presents();
    if prose
        && !presents
        && (says_article || e.dated || e.url_has(UrlArticle) || e.prose_paragraphs >= LONG_READ_PARAGRAPHS)
    {
        return PageType::Article;
    }
    if lists_things {
        return e.index_kind();
    }
    // Links make up much of a page without prose whose URL names no one item: an index.
    if e.link_density >= LISTING_LINK_DENSITY && !prose && e.path.is_some() && !e.names_one_item() {
        return e.index_kind();
    }
    if e.url_has(UrlProduct) && e.prices >= 1 {
        return PageType::Product;
    }
    if (e.prices >= PRICE_GRID && !prose) || (e.url_has(UrlCollection) && e.prices >= URL_COLLECTION_PRICES) {
        return PageType::Collection;
    }
    // A business, what it offers or its customers' questions, without prices in a grid.
    if e.has_type(SchemaService) && undated_page {
        return PageType::Service;
    }
    let near_root = e.depth().is_some_and(|d| d <= SERVICE_MAX_PATH_DEPTH);
    let last_is_listing = e
        .segments()
        .last()
        .is_some_and(|s| lists().contains(&(UrlListing, s.as_str())));
    if e.url_has(UrlIndex) || last_is_listing {
        return PageType::Listing;
    }
    // A page's date, or `og:type`, is no byline: content systems date every page they serve.
    if presents {
        return PageType::Service;
    }
    if says_article || e.dated || e.url_has(UrlArticle) {
        return PageType::Article;
    }
    // A site's front page, with no article on it, presents the site.
    if e.depth() == Some(0) {
        return PageType::Service;
    }
    if !prose && near_root {
        return PageType::Service;
    }
    PageType::Article
}

/// Whether a path segment names a language or a country and language: `en`, `en-us`, `pt_br`.
fn names_locale(segment: &str) -> bool {
    let is_code = |part: &str| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic());
    let mut parts = segment.split(['-', '_']);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(language), None, None) => is_code(language),
        (Some(language), Some(country), None) => is_code(language) && is_code(country),
        _ => false,
    }
}

/// The teaser cards of a page: like siblings (the same tag and first class, or both without
/// one) outside chrome, each short and with some of its text in links, a story's or a thing's
/// card on an index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Teasers {
    /// How many cards, those inside another card not counted.
    cards: usize,
    /// Their text, in Latin-equivalent characters.
    chars: usize,
    /// The text of the page outside chrome.
    page_chars: usize,
    /// The text of paragraphs outside the cards and chrome that are not links.
    prose_outside: usize,
}

impl Teasers {
    /// Whether the cards are what the page is: enough of them, holding most of its text, and
    /// no article beside them (paragraphs holding a tenth of their text).
    fn dominate(&self) -> bool {
        self.cards >= TEASER_CARDS
            && self.chars as f32 >= TEASER_TEXT_SHARE * self.page_chars as f32
            && self.prose_outside * TEASERS_PER_PROSE < self.chars
    }
}

/// Finds the teaser cards of a page.
fn teasers(page: &Page) -> Teasers {
    let elements = &page.elements;
    let chrome: Vec<bool> = elements.iter().map(|e| e.in_chrome).collect();
    let m = measure(page, &chrome);
    let group_sizes = sibling_group_sizes(elements);
    let mut in_card = vec![false; elements.len()];
    let mut teasers = Teasers {
        page_chars: m.first().map_or(0, |m| m.chars),
        ..Teasers::default()
    };
    for (i, e) in elements.iter().enumerate() {
        if e.parent.is_some_and(|p| in_card[p]) {
            in_card[i] = true;
            continue;
        }
        let card = !e.in_chrome
            && (1..=MAX_TEASER_UNITS).contains(&m[i].chars)
            && m[i].link_density() >= TEASER_LINK_DENSITY
            && e.sibling_group.is_some_and(|g| group_sizes[g] >= MIN_REPEATED_SIBLINGS);
        if card {
            in_card[i] = true;
            teasers.cards += 1;
            teasers.chars += m[i].chars;
        }
    }
    teasers.prose_outside = page
        .blocks
        .iter()
        .filter(|b| {
            b.kind == BlockKind::Paragraph
                && b.link_density() <= NAVIGATION_LINK_DENSITY
                && !in_card[b.element]
                && !elements[b.element].in_chrome
        })
        .map(|b| b.chars)
        .sum();
    teasers
}

/// The segments of a URL's path, lower-cased: `https://e.org/Docs/intro?x=1` has `docs`,
/// `intro`.
fn path_segments(url: &str) -> Vec<String> {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    path.split('/')
        .filter(|s| !s.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// How many prices a text shows: a currency sign next to a figure (`$12.99`, `12,99 €`).
/// Whether each element is in a row of other products: a member, or inside one, of a row of
/// like siblings of which at least [`PRICED_ROW_CARDS`] each show a price ("Customers also
/// bought", "Similar items" beside a product's own description).
pub(super) fn in_priced_rows(page: &Page) -> Vec<bool> {
    let elements = &page.elements;
    // Each block's text is read once: `priced_before[b]` counts the blocks before `b` that
    // show a price, so that a box's count is a difference, however deep boxes nest.
    let mut priced_before = Vec::with_capacity(page.blocks.len() + 1);
    priced_before.push(0usize);
    for block in &page.blocks {
        let last = priced_before[priced_before.len() - 1];
        priced_before.push(last + usize::from(prices_in(&block.text) > 0));
    }
    // Per row: how many of its boxes show a price, and whether one holds the page's headline
    // (the product's own column in a row of columns).
    let mut priced: Vec<(usize, bool)> = vec![(0, false); elements.len()];
    for (i, element) in elements.iter().enumerate().filter(|(_, e)| e.repeated) {
        if let Some(row) = element.row() {
            let blocks = page.block_range(i);
            let (count, headline) = &mut priced[row];
            *count += usize::from(priced_before[blocks.end] > priced_before[blocks.start]);
            *headline |= page.holds_h1(i);
        }
    }
    let mut inside = vec![false; elements.len()];
    for i in 0..elements.len() {
        let member = elements[i].repeated
            && elements[i].row().is_some_and(|row| {
                let (count, headline) = priced[row];
                count >= PRICED_ROW_CARDS && !headline
            });
        inside[i] = member || elements[i].parent.is_some_and(|p| inside[p]);
    }
    inside
}

/// The smallest first byte of a character of more than one byte in UTF-8.
const FIRST_MULTIBYTE_LEAD: u8 = 0xC0;

fn prices_in(text: &str) -> usize {
    // The figure follows the sign, or comes before it, a space between at most.
    fn figure_next(mut chars: impl Iterator<Item = char>) -> bool {
        match chars.next() {
            Some(' ') => chars.next(),
            other => other,
        }
        .is_some_and(|c| c.is_ascii_digit())
    }
    // All signs but the dollar's are outside ASCII, as most of a text is not: a character is
    // decoded only where a dollar or a character beyond ASCII starts.
    let bytes = text.as_bytes();
    (0..bytes.len())
        .filter(|&at| bytes[at] == b'$' || bytes[at] >= FIRST_MULTIBYTE_LEAD)
        .filter_map(|at| Some((at, text[at..].chars().next()?)))
        .filter(|&(_, c)| c == '$' || (!c.is_ascii() && crate::units::CURRENCY_SIGNS.contains(&c)))
        .filter(|&(at, c)| figure_next(text[at + c.len_utf8()..].chars()) || figure_next(text[..at].chars().rev()))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::page;

    /// The rules' verdict on a page (the model's is tested on real pages, in
    /// `tests/quality.rs`).
    fn kind(html: &str, types: &[&str], url: &str) -> PageType {
        let page = page::read(html);
        let facts = Facts {
            types: types.iter().map(|t| t.to_string()).collect(),
            ..Facts::default()
        };
        weigh(&evidence(&page, &facts, Some(url)))
    }

    #[test]
    fn the_model_weighs_only_what_a_page_gives_and_every_type() {
        let page = page::read(&article_body(3));
        let (features, _) = features(&page, &Facts::default(), Some("https://e.org/news/a-story-of-four"));
        let names: FxHashSet<&str> = features.iter().map(|(name, _)| *name).collect();
        for feature in model().weights.keys() {
            assert!(
                names.contains(feature),
                "the model weighs {feature:?}, which no page gives"
            );
        }
        assert!(model().bias.iter().all(|b| *b != 0.0), "a bias for every type");
    }

    const PROSE: &str = "<p>The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time to read them before the vote. The chair said that the rules were fair and that they would be reviewed after a year.</p>";

    fn article_body(paragraphs: usize) -> String {
        format!(
            "<html><body><h1>Rules agreed</h1>{}</body></html>",
            PROSE.repeat(paragraphs)
        )
    }

    #[test]
    fn the_template_a_content_system_names_on_the_body_tells_the_kind() {
        let with_body_class =
            |class: &str, inner: &str| format!("<html><body class='{class} logged-out'>{inner}</body></html>");
        let short = "<p>Hello</p>";
        let url = "https://e.org/x/1";
        assert_eq!(
            kind(&with_body_class("single-product", short), &[], url),
            PageType::Product
        );
        assert_eq!(
            kind(&with_body_class("archive tax-product_cat", short), &[], url),
            PageType::Collection
        );
        assert_eq!(
            kind(&with_body_class("archive category", short), &[], url),
            PageType::Listing
        );
        // One post, whatever row of teasers it shows beside it.
        let teasers: String = (0..8)
            .map(|i| format!("<div class='card'><a href='/p/{i}'>Another story from the valley, number {i}</a><p>A short line on it.</p></div>"))
            .collect();
        let post = format!("<h1>Rules agreed</h1>{PROSE}<div class='more'>{teasers}</div>");
        assert_eq!(
            kind(&with_body_class("single-post", &post), &[], url),
            PageType::Article
        );
        // A class that names no template says nothing.
        assert_eq!(
            kind(&with_body_class("theme-dark", short), &[], url),
            kind(&format!("<html><body>{short}</body></html>"), &[], url)
        );
    }

    #[test]
    fn structured_data_names_threads_products_and_documentation() {
        let short = "<html><body><p>Hello</p></body></html>";
        assert_eq!(
            kind(short, &["DiscussionForumPosting"], "https://e.org/x/1"),
            PageType::Forum
        );
        assert_eq!(
            kind(short, &["Product", "Offer"], "https://e.org/x/1"),
            PageType::Product
        );
        assert_eq!(
            kind(short, &["TechArticle"], "https://e.org/x/1"),
            PageType::Documentation
        );
        // A product named in a review's prose is not the page's.
        assert_eq!(
            kind(&article_body(10), &["Product", "Offer", "Article"], "https://e.org/x/1"),
            PageType::Article
        );
    }

    #[test]
    fn a_business_or_its_questions_in_structured_data_make_a_service_page_unless_dated() {
        let url = "https://e.org/a/b/c";
        assert_eq!(kind(&article_body(2), &[], url), PageType::Article);
        assert_eq!(kind(&article_body(2), &["LocalBusiness"], url), PageType::Service);
        assert_eq!(kind(&article_body(2), &["FAQPage"], url), PageType::Service);
        assert_eq!(
            kind(&article_body(2), &["FAQPage", "BlogPosting"], url),
            PageType::Article
        );
    }

    #[test]
    fn a_site_s_front_page_is_no_article_whatever_its_dates() {
        let dated = "<meta property='article:published_time' content='2025-05-03'>";
        let front = format!("<html><head>{dated}</head><body>{}</body></html>", PROSE.repeat(10));
        assert_eq!(kind(&front, &[], "https://e.org/2025/05/rules"), PageType::Article);
        assert_eq!(kind(&front, &[], "https://e.org/"), PageType::Service);
        let teasers: String = (1..=40)
            .map(|i| format!("<li><a href='/2025/05/story-{i}'>The council votes on the budget, part {i}</a></li>"))
            .collect();
        let river = front.replace("<body>", &format!("<body><ul>{teasers}</ul>"));
        assert_eq!(kind(&river, &[], "https://e.org/"), PageType::Listing);
    }

    #[test]
    fn prose_makes_an_article_and_its_absence_a_service_page() {
        assert_eq!(
            kind(&article_body(10), &["NewsArticle"], "https://e.org/2025/rules"),
            PageType::Article
        );
        assert_eq!(kind(&article_body(2), &[], "https://e.org/"), PageType::Service);
        assert_eq!(kind(&article_body(2), &[], "https://e.org/pricing"), PageType::Service);
        let unknown_url = weigh(&evidence(&page::read(&article_body(2)), &Facts::default(), None));
        assert_eq!(
            unknown_url,
            PageType::Article,
            "a page that does not say its URL is no front page"
        );
        let dated = "<html><head><meta property='article:published_time' content='2025-05-03'></head><body><p>Short.</p></body></html>";
        assert_eq!(kind(dated, &[], "https://e.org/rules"), PageType::Article);
    }

    #[test]
    fn the_url_and_the_page_s_shape_tell_the_rest() {
        let code = format!(
            "<html><body>{}{}</body></html>",
            PROSE,
            "<pre>let x = 1;</pre>".repeat(4)
        );
        assert_eq!(kind(&code, &[], "https://e.org/guide/start"), PageType::Documentation);
        let grid = format!(
            "<html><body>{}</body></html>",
            "<div class='card'><h3>Blue mug</h3><p>$12.99</p></div>".repeat(12)
        );
        assert_eq!(kind(&grid, &[], "https://e.org/mugs"), PageType::Collection);
        assert_eq!(kind(&grid, &["ItemList"], "https://e.org/mugs"), PageType::Collection);
        // A paragraph beside the teasers, so that they are not all the page (see below).
        let teasers = format!(
            "<html><body>{PROSE}{}</body></html>",
            "<article><h2><a href='/a'>Rules agreed</a></h2><time>3 May</time></article>".repeat(6)
        );
        assert_eq!(kind(&teasers, &[], "https://e.org/section/politics"), PageType::Listing);
        assert_eq!(kind(&teasers, &[], "https://e.org/politics/news"), PageType::Listing);
        assert_eq!(
            kind(&teasers, &[], "https://e.org/news/rules-agreed-by-the-council"),
            PageType::Article
        );
        assert_eq!(kind(&teasers, &[], "https://e.org/threads/rules.12/"), PageType::Forum);
        // Teasers and nothing else are an index, whatever the URL.
        let only_teasers = teasers.replace(PROSE, "");
        assert_eq!(
            kind(&only_teasers, &[], "https://e.org/news/rules-agreed"),
            PageType::Listing
        );
        // Dated teasers under a forum's word are a news site's topic, unless the URL names one
        // thread (a slug, its words apart by hyphens or underscores).
        assert_eq!(
            kind(&only_teasers, &[], "https://e.org/topic/councils"),
            PageType::Listing
        );
        assert_eq!(
            kind(
                &only_teasers,
                &[],
                "https://e.org/r/towns/comments/how_the_rules_were_agreed"
            ),
            PageType::Forum
        );
    }

    #[test]
    fn a_page_that_is_a_row_of_teaser_cards_is_an_index_whatever_it_says() {
        let card = |i: usize, price: &str| {
            format!(
                "<div class='card'><a href='/s/{i}'><h3>Story number {i} of the day</h3>\
                 <p>The first lines of story {i}, a sentence or two to tempt a reader to click.{price}</p></a></div>"
            )
        };
        let cards: String = (1..=8).map(|i| card(i, "")).collect();
        let says_article = "<head><meta property='og:type' content='article'></head>";
        let index = format!("<html>{says_article}<body><h1>Latest</h1><div class='grid'>{cards}</div></body></html>");
        assert_eq!(kind(&index, &[], "https://e.org/latest"), PageType::Listing);
        let priced: String = (1..=8).map(|i| card(i, " $12.99")).collect();
        let shop = format!("<html>{says_article}<body><h1>Mugs</h1><div class='grid'>{priced}</div></body></html>");
        assert_eq!(kind(&shop, &[], "https://e.org/mugs"), PageType::Collection);
        // Beside an article's prose, the same cards are its related stories.
        let story = format!(
            "<html>{says_article}<body><h1>Rules agreed</h1>{}<div class='grid'>{cards}</div></body></html>",
            PROSE.repeat(3)
        );
        assert_eq!(
            kind(&story, &[], "https://e.org/news/rules-agreed-by-the-council"),
            PageType::Article
        );
        // Fewer cards than a row are no index by their shape (at a URL naming one item).
        let few: String = (1..=4).map(|i| card(i, "")).collect();
        let short = format!("<html>{says_article}<body><h1>Latest</h1><div class='grid'>{few}</div></body></html>");
        assert_eq!(
            kind(&short, &[], "https://e.org/latest/rules-agreed-by-the-council"),
            PageType::Article
        );
    }

    #[test]
    fn a_page_of_links_is_an_index_unless_its_url_names_one_item() {
        // Links in one block, not a row of cards.
        let teasers = format!(
            "<html><body><h1>Science</h1><p>{}</p></body></html>",
            "<a href='/a'>Rivers rise after the storm</a>: what the flood did to the valley.<br>".repeat(8)
        );
        assert_eq!(kind(&teasers, &[], "https://e.org/science/"), PageType::Listing);
        assert_eq!(
            kind(&teasers, &[], "https://e.org/science/rivers-rise-after-storm"),
            PageType::Service
        );
        assert_eq!(
            kind(&teasers, &[], "https://e.org/science/2025/rivers"),
            PageType::Article
        );
        assert_eq!(kind(&teasers, &[], "https://e.org/a/b/c/story.html"), PageType::Article);
    }

    #[test]
    fn prices_are_a_sign_next_to_a_figure() {
        assert_eq!(prices_in("Now $12.99, was 15 €, or £ 9"), 3);
        assert_eq!(prices_in("Pay in $ or €, save 20%"), 0);
    }

    #[test]
    fn a_business_s_pages_are_told_by_their_path_and_locales_do_not_count() {
        let page = article_body(10);
        assert_eq!(
            kind(&page, &[], "https://e.org/en-us/services/data-analytics"),
            PageType::Service
        );
        assert_eq!(
            kind(&article_body(2), &[], "https://e.org/en-us/data/analytics"),
            PageType::Service
        );
        assert_eq!(
            kind(&article_body(2), &[], "https://e.org/data/analytics/tools"),
            PageType::Article
        );
        // `og:type` "article" beside structured data that names no article is no article.
        let web_page = format!(
            "<html><head><meta property='og:type' content='article'></head>{}",
            &page["<html>".len()..]
        );
        assert_eq!(
            kind(&web_page, &["WebPage"], "https://e.org/a/b/c"),
            PageType::Article,
            "by its prose"
        );
        assert_eq!(kind(&web_page, &["WebPage"], "https://e.org/about"), PageType::Service);
        assert!(names_locale("en") && names_locale("pt_BR".to_lowercase().as_str()));
        assert!(!names_locale("news") && !names_locale("a-b-c"));
    }

    #[test]
    fn a_row_of_short_sections_without_an_author_presents_something_whatever_its_date() {
        // As content systems serve every page: `og:type` "article" and a publication date.
        let head = "<head><meta property='og:type' content='article'>\
                    <meta property='article:published_time' content='2025-05-03'></head>";
        let section = |name: &str| {
            format!(
                "<section><h2>{name}</h2><p>Our analysts turn your raw records into dashboards \
                 your teams read every morning, and keep them current as your business grows.</p>\
                 <p><a href='/contact'>Talk to an expert</a></p></section>"
            )
        };
        let sections: String = [
            "Strategy",
            "Data engineering",
            "Dashboards",
            "Forecasting",
            "Training",
            "Support",
        ]
        .iter()
        .map(|name| section(name))
        .collect();
        let page = |byline: &str| {
            format!("<html>{head}<body><main><h1>Data analytics</h1>{byline}{sections}</main></body></html>")
        };
        let url = "https://e.org/data-analytics";
        assert_eq!(kind(&page(""), &[], url), PageType::Service);
        assert_eq!(
            kind(&page("<p class='byline'>By Jane Doe</p>"), &[], url),
            PageType::Article,
            "a byline makes it a story"
        );
        assert_eq!(
            kind(
                &page(""),
                &[],
                "https://e.org/insights/how-we-read-your-data-every-morning"
            ),
            PageType::Article,
            "a URL naming one story"
        );
        // An article's sections run longer than a line or two under each heading.
        let long_sections: String = ["Hearings", "The vote", "What follows", "Reactions"]
            .iter()
            .map(|name| format!("<h2>{name}</h2>{}", PROSE.repeat(2)))
            .collect();
        let story = format!("<html>{head}<body><h1>Rules agreed</h1>{long_sections}</body></html>");
        assert_eq!(kind(&story, &[], url), PageType::Article);
    }

    #[test]
    fn paths_are_split_into_lower_case_segments() {
        assert_eq!(path_segments("https://e.org/Docs/intro?x=1#a"), ["docs", "intro"]);
        assert!(path_segments("https://e.org").is_empty());
        assert!(path_segments("https://e.org/?q=1").is_empty());
    }
}
