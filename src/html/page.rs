//! The page model: the HTML tree walked once into elements and text blocks, and what the
//! `<head>` says about the page.
//!
//! Elements are kept in document (pre-order) position, so an element's subtree is the
//! contiguous range `index..end` and its parent always comes before it. Each text block
//! belongs to the nearest block-level element around it. Chrome is recorded, not removed:
//! selection decides what to do with it, and can think again when too little is left.

use super::markers::{self, NameVerdict, ValueVerdict, CHROME_ROLES, CODE_LINE_CLASSES};
use super::metadata::{self, Clue, Item, Marks};
use super::tree::{self, Edge, Node, NodeRef, Tree};
use super::tuning::{
    BLOCK_KIND_LEVELS, CARD_PART_LEVELS, CLASS_WEIGHT, FRAGMENT_LINK_WEIGHT, LAYOUT_NAME_MIN_ELEMENTS,
    LAYOUT_NAME_TEXT_SHARE, LINKED_ITEM_DENSITY, MAX_DEPTH, MAX_QUESTION_BYTES, MIN_REPEATED_SIBLINGS,
    NAVIGATION_LINK_DENSITY,
};
use crate::document::BlockKind;
use crate::lexicon::Lexicon;
use crate::units::whitespace_len_at;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

/// Why an element is chrome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chrome {
    /// Not chrome by itself.
    No,
    /// By its tag (nav, aside, header or footer outside an article, figcaption).
    Tag,
    /// By its class or id words, or its ARIA role.
    Name,
    /// A form: chrome unless it holds most of the page (some sites wrap the page in one).
    Form,
}

/// One element of the page.
#[derive(Debug, Clone)]
pub(crate) struct Element {
    /// The tag's name: static for the tags the extractor knows, copied for others.
    pub tag: Cow<'static, str>,
    pub parent: Option<usize>,
    /// One past the last element of this one's subtree.
    pub end: usize,
    pub own_chrome: Chrome,
    /// Chrome itself or inside chrome (resolved after the walk).
    pub in_chrome: bool,
    /// Class and id score adjustment.
    pub weight: i32,
    /// The class attribute, to compare siblings; elements bearing the same value share it.
    pub class: Option<Rc<str>>,
    /// One of three or more siblings of the same tag and class: an item of a list (teasers
    /// on an index page, cards in a grid), whose name describes the item, not the page.
    pub repeated: bool,
    /// The group of siblings it is in: the children of its parent with its tag and first
    /// class (or, without a class, its tag alone), numbered from 0 across the page in order of
    /// appearance, so that rows are compared by number. `None` for the root.
    pub sibling_group: Option<usize>,
    /// Named as a standfirst (a lead, an abstract, a deck).
    pub standfirst: bool,
    /// Named as a picture's box.
    pub picture: bool,
    /// Chrome by a name of readers' comments.
    pub comments: bool,
    /// Named as customers' reviews.
    pub reviews: bool,
    /// The page's main region: a `<main>`, or an element whose role says so.
    pub main_landmark: bool,
    /// A dialog over the page (`role="dialog"` or `"alertdialog"`, `aria-modal="true"`): a
    /// consent form, a sign-in box. Never the page's content, however much it says.
    pub dialog: bool,
    /// Text in the subtree in Latin-equivalent characters (see `units`), chrome included.
    pub all_chars: usize,
}

/// Text measures of one element's subtree, counting only the blocks a pass looks at.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Measure {
    /// Text in Latin-equivalent characters (see `units`).
    pub chars: usize,
    /// Weighted link characters.
    pub link_chars: f32,
    pub commas: usize,
    /// Paragraph and list-item blocks.
    pub paragraphs: usize,
    /// Items of lists and rows of tables.
    pub list_items: usize,
    /// Items and rows that are nothing but a link (a menu's or a related list's entries).
    pub linked_items: usize,
}

impl Element {
    /// The row of like siblings the element is in: its [`Element::sibling_group`], for an
    /// element with a class. Like siblings share their parent, their tag and their first class
    /// (list items often carry their own numbered classes after the shared one).
    pub fn row(&self) -> Option<usize> {
        let class = self.class.as_deref()?;
        if class.bytes().all(|b| b.is_ascii_whitespace()) {
            return None;
        }
        self.sibling_group
    }
}

impl Measure {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            (self.link_chars / self.chars as f32).min(1.0)
        }
    }
}

/// Measures every element's subtree, leaving out blocks under `excluded` elements.
pub(crate) fn measure(page: &Page, excluded: &[bool]) -> Vec<Measure> {
    let mut m = vec![Measure::default(); page.elements.len()];
    for block in &page.blocks {
        if excluded[block.element] {
            continue;
        }
        let e = &mut m[block.element];
        e.chars += block.chars;
        e.link_chars += block.link_chars;
        e.commas += block.commas;
        match block.kind {
            BlockKind::Paragraph => e.paragraphs += 1,
            // A table's rows are items as a list's are: a table of links is a menu, one with
            // text beside its links (a reference's names and what each does) is content.
            BlockKind::ListItem | BlockKind::NumberedItem | BlockKind::TableRow => {
                e.list_items += 1;
                if block.link_density() >= LINKED_ITEM_DENSITY {
                    e.linked_items += 1;
                }
            }
            _ => {}
        }
    }
    for i in (0..page.elements.len()).rev() {
        if let Some(p) = page.elements[i].parent {
            let child = m[i];
            let parent = &mut m[p];
            parent.chars += child.chars;
            parent.link_chars += child.link_chars;
            parent.commas += child.commas;
            parent.paragraphs += child.paragraphs;
            parent.list_items += child.list_items;
            parent.linked_items += child.linked_items;
        }
    }
    m
}

/// A run of text inside one block-level element.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    pub kind: BlockKind,
    /// The block-level element it belongs to.
    pub element: usize,
    /// Length in Latin-equivalent characters (see `units`), whitespace left out.
    pub chars: usize,
    pub link_chars: f32,
    pub commas: usize,
}

impl Block {
    pub fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            (self.link_chars / self.chars as f32).min(1.0)
        }
    }
}

/// What the `<head>` says about the page.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    pub og_title: Option<String>,
    /// What `og:type` says the page is (`article`, `product`, `website`), lower-case.
    pub og_type: Option<String>,
    pub canonical_url: Option<String>,
    /// The page's canonical link when it is relative (`/a-story`, `viewtopic.php?id=7`): made
    /// absolute against the page's own URL when that is known, and its path read as the URL's
    /// when it is not.
    pub canonical_href: Option<String>,
    /// The texts of the page's JSON-LD scripts (structured data), as written.
    pub json_ld: Vec<String>,
    /// The texts of JSON-LD scripts inside hidden elements: they describe the page as well,
    /// but are no evidence of what it shows.
    pub hidden_json_ld: Vec<String>,
    /// The schema.org types of the page's microdata items (`Product`, `Comment`), in order.
    pub item_types: Vec<String>,
    /// The `<meta>` tags that say who wrote the page, when, on what site and about what:
    /// their names or properties (lower-case) and contents, in the page's order.
    pub tags: Vec<(String, String)>,
}

/// The walked page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub elements: Vec<Element>,
    pub blocks: Vec<Block>,
    pub meta: Meta,
    /// The `<h1>` elements with their texts, in order.
    pub h1s: Vec<(usize, String)>,
    /// Elements that name the author or date the page (bylines, `<time>`, microdata).
    pub clues: Vec<Clue>,
    /// Whether the walk left out anything a browser's scripts might show: a `<noscript>`, or
    /// an element hidden by attribute or inline style.
    pub concealed: bool,
    /// Per block, whether it is a short line of boilerplate: several steps ask it of every
    /// block, and it is judged once.
    boilerplate: Vec<OnceCell<bool>>,
}

/// Counts the commas of every script.
pub(crate) fn count_commas(text: &str) -> usize {
    // The comma of ASCII is the only one of a byte: it is counted by byte, and only a text
    // beyond ASCII is decoded for the others.
    let ascii = text.bytes().filter(|&b| b == b',').count();
    if text.is_ascii() {
        return ascii;
    }
    ascii
        + text
            .chars()
            .filter(|c| !c.is_ascii() && crate::units::COMMAS.contains(c))
            .count()
}

impl Page {
    /// An element and its ancestors, nearest first.
    pub fn ancestors(&self, element: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(Some(element), |&e| self.elements[e].parent)
    }

    /// Whether a block stands inside an element named as customers' reviews. An element
    /// holding a headline is more than its reviews, whatever its names say (a theme names its
    /// settings on the `<body>`: "single-product-reviews-01").
    pub fn block_in_reviews(&self, block: usize) -> bool {
        self.ancestors(self.blocks[block].element).any(|e| {
            let element = &self.elements[e];
            element.reviews && !self.holds_h1(e)
        })
    }

    /// The blocks inside an element. Blocks are in document order, as elements are, so they
    /// are found by halving.
    pub fn blocks_in(&self, element: usize) -> &[Block] {
        &self.blocks[self.block_range(element)]
    }

    /// The indices of the blocks inside an element, found as [`Page::blocks_in`] finds them.
    pub fn block_range(&self, element: usize) -> std::ops::Range<usize> {
        let end = self.elements[element].end;
        let first = self.blocks.partition_point(|b| b.element < element);
        let last = self.blocks.partition_point(|b| b.element < end);
        first..last
    }

    /// Whether an element holds an `<h1>` (in document order, as elements are).
    pub fn holds_h1(&self, element: usize) -> bool {
        let end = self.elements[element].end;
        let at = self.h1s.partition_point(|&(h1, _)| h1 < element);
        self.h1s.get(at).is_some_and(|&(h1, _)| h1 < end)
    }

    /// Whether an element holds a heading block.
    pub fn holds_heading(&self, element: usize) -> bool {
        self.blocks_in(element)
            .iter()
            .any(|b| matches!(b.kind, BlockKind::Heading(_)))
    }

    /// The level of the heading an element opens with: its first block, if that is a heading.
    pub fn opening_heading(&self, element: usize) -> Option<u8> {
        match self.blocks_in(element).first()?.kind {
            BlockKind::Heading(level) => Some(level),
            _ => None,
        }
    }

    /// Whether a block is a short line of boilerplate phrasing, an interface label or a
    /// publication dateline (see [`super::finish::is_boilerplate_line`]), judged once.
    pub fn is_boilerplate_block(&self, block: usize, lexicon: &Lexicon) -> bool {
        let judge = || super::finish::is_boilerplate_line(&self.blocks[block], lexicon);
        match self.boilerplate.get(block) {
            Some(judged) => *judged.get_or_init(judge),
            None => judge(),
        }
    }

    /// Whether a block's element is chrome or inside chrome.
    pub fn block_in_chrome(&self, block: usize) -> bool {
        self.elements[self.blocks[block].element].in_chrome
    }

    /// Lifts chrome marks by name from the parts of cards: on a page whose content is a grid
    /// of cards (a listing, a shop's category), a card's teaser, meta line, rating and tags are
    /// the card's, whatever their names say ("teaser", "meta", "rating", "tags"). A card is an
    /// element repeated among its siblings, at most [`CARD_PART_LEVELS`] above the part; a
    /// menu's or a sidebar's cards stay chrome with the box they are in, and readers' comments
    /// and reviews stay chrome.
    pub fn free_card_parts(&mut self) {
        let Page { elements, blocks, .. } = self;
        let mut lifted = false;
        for i in 0..elements.len() {
            let in_card = std::iter::successors(Some(i), |&e| elements[e].parent)
                .take(CARD_PART_LEVELS + 1)
                .any(|e| elements[e].repeated);
            let remarks = elements[i].comments || elements[i].reviews;
            if elements[i].own_chrome == Chrome::Name && in_card && !remarks {
                elements[i].own_chrome = Chrome::No;
                lifted = true;
            }
        }
        if lifted {
            let link_chars = subtree_link_chars(elements, blocks);
            spread_chrome(elements, &link_chars);
        }
    }

    /// Marks an element as chrome by name, with everything under it.
    pub fn mark_chrome(&mut self, element: usize) {
        if self.elements[element].own_chrome == Chrome::No {
            self.elements[element].own_chrome = Chrome::Name;
        }
        let end = self.elements[element].end;
        for e in &mut self.elements[element..end] {
            e.in_chrome = true;
        }
    }
}

/// Parses `html` and walks it into a [`Page`] as a browser shows it.
#[cfg(test)]
pub(crate) fn read(html: &str) -> Page {
    walk(&super::parse::parse(html, &crate::deadline::Deadline::none()), false)
}

/// Walks a parsed document into a [`Page`]: as a browser shows it, or (`reveal`) also with
/// what scripts would show: `<noscript>` read as markup, and elements hidden by attribute or
/// inline style walked as visible. Some pages keep all their text there (a thread served in
/// `<noscript>` for crawlers, a page streamed into a hidden container and revealed by a
/// script). When the page has layout names (see [`layout_names`]), its elements are judged
/// again without them.
pub(crate) fn walk(document: &Tree, reveal: bool) -> Page {
    // The ids of the elements that the page's toggles show and hide (`aria-controls`), read
    // once for both walks: from the document's attributes, whichever elements bear them.
    let controlled: FxHashSet<String> = document
        .attr_values(&html5ever::local_name!("aria-controls"))
        .flat_map(str::split_ascii_whitespace)
        .map(str::to_string)
        .collect();
    let (mut page, namings) = walk_naming(document, reveal, FxHashSet::default(), &controlled);
    let layout = layout_names(&page, &namings);
    let mut page = if layout.is_empty() {
        page
    } else if layout.iter().any(|name| markers::judge_names(Some(name), None).hides()) {
        // Without a name that hides its element, the page shows more: it is walked again.
        walk_naming(document, reveal, layout, &controlled).0
    } else {
        // The same elements and blocks as a walk without the names would make: only what
        // their names say changes.
        judge_without(&mut page, &namings, &layout);
        page
    };
    // The blocks' texts are final: what is judged of them can be remembered.
    page.boilerplate = vec![OnceCell::new(); page.blocks.len()];
    page
}

/// Judges the names of a walked page's elements again without its layout names, as a walk
/// without them would.
fn judge_without(page: &mut Page, namings: &[Naming], layout_names: &FxHashSet<String>) {
    let mut telling = String::new();
    for (element, naming) in page.elements.iter_mut().zip(namings) {
        let Some(class) = element.class.as_deref() else {
            continue;
        };
        if !class.split_ascii_whitespace().any(|name| layout_names.contains(name)) {
            continue;
        }
        without_layout_names(class, layout_names, &mut telling);
        let names = NameVerdict::of(Some(markers::judge_class(&telling)), naming.id);
        naming.apply(&names, element);
    }
    let link_chars = subtree_link_chars(&page.elements, &page.blocks);
    spread_chrome(&mut page.elements, &link_chars);
}

/// The link text in each element's subtree.
fn subtree_link_chars(elements: &[Element], blocks: &[Block]) -> Vec<f32> {
    let mut link_chars = vec![0.0f32; elements.len()];
    for block in blocks {
        link_chars[block.element] += block.link_chars;
    }
    for i in (0..elements.len()).rev() {
        if let Some(p) = elements[i].parent {
            link_chars[p] += link_chars[i];
        }
    }
    link_chars
}

/// A class value without the page's layout names, its names set apart by single spaces.
fn without_layout_names(class: &str, layout_names: &FxHashSet<String>, out: &mut String) {
    out.clear();
    for name in class
        .split_ascii_whitespace()
        .filter(|name| !layout_names.contains(*name))
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(name);
    }
}

/// What an element's names are weighed with besides its class value, kept so that the value
/// can be judged again.
#[derive(Debug, Clone, Copy)]
struct Naming {
    /// The verdict of its id, when the id is judged.
    id: Option<ValueVerdict>,
    /// Chrome whatever its names say (by its tag, or as a form), else [`Chrome::No`].
    unnamed_chrome: Chrome,
    /// Whether its names or its role can make it chrome: it is no article, body or html.
    nameable: bool,
    /// Chrome by its ARIA role.
    role_chrome: bool,
    is_article: bool,
    /// A name of its class counts against it by itself: the class may hold a layout name.
    class_counts_against: bool,
}

impl Naming {
    /// Sets on an element what its names say.
    fn apply(&self, names: &NameVerdict, element: &mut Element) {
        element.own_chrome = if self.unnamed_chrome != Chrome::No {
            self.unnamed_chrome
        } else if (names.chrome || self.role_chrome) && self.nameable {
            Chrome::Name
        } else {
            Chrome::No
        };
        element.weight = names.weight;
        if self.is_article {
            element.weight += CLASS_WEIGHT;
        }
        element.standfirst = names.standfirst;
        element.picture = names.picture;
        element.comments = names.comments;
        element.reviews = names.reviews;
    }
}

/// Class names that say nothing of the elements they are on: names a page builder puts on
/// every section, column and widget ("elementor-widget-container"), repeated on several
/// elements that together hold most of the page's text, and counting against them. A word in
/// them that marks chrome or lowers a score ("widget") would mark the article too.
fn layout_names(page: &Page, namings: &[Naming]) -> FxHashSet<String> {
    let total = page.elements.first().map_or(0, |e| e.all_chars);
    // Per name: the elements bearing it, and the text of the outermost ones (those not inside
    // another element of the same name), with the end of the last such element. Only the
    // names of classes with a name that counts against its element are counted: no other
    // name is a layout name.
    let mut seen: FxHashMap<&str, (usize, usize, usize)> = FxHashMap::default();
    for (i, (element, naming)) in page.elements.iter().zip(namings).enumerate() {
        let Some(class) = element.class.as_deref().filter(|_| naming.class_counts_against) else {
            continue;
        };
        for name in class.split_ascii_whitespace() {
            let (count, chars, end) = seen.entry(name).or_default();
            *count += 1;
            if i >= *end {
                *chars += element.all_chars;
                *end = element.end;
            }
        }
    }
    seen.into_iter()
        .filter(|&(name, (count, chars, _))| {
            count >= LAYOUT_NAME_MIN_ELEMENTS
                && chars as f32 >= LAYOUT_NAME_TEXT_SHARE * total as f32
                && markers::judge_names(Some(name), None).counts_against()
        })
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Walks a parsed document into a [`Page`], judging class names without `layout_names`, with
/// what each element's names are weighed with.
fn walk_naming(
    document: &Tree,
    reveal: bool,
    layout_names: FxHashSet<String>,
    controlled: &FxHashSet<String>,
) -> (Page, Vec<Naming>) {
    // Room for every element at once: the walk makes one of nearly every element of the tree.
    let mut page = Page::default();
    page.elements.reserve(document.element_count());
    let mut walker = Walker {
        page,
        owners: Vec::new(),
        buffer: String::new(),
        buffer_link_chars: 0.0,
        pending_space: false,
        cell_open: false,
        reveal,
        layout_names,
        controlled,
        classes: FxHashMap::default(),
        namings: Vec::with_capacity(document.element_count()),
    };
    walker.walk(document.root(), None, 0, Flags::default());
    walker.flush();
    let mut page = walker.page;
    resolve(&mut page);
    (page, walker.namings)
}

/// What a class value says of the elements that bear it, found once per page: its elements
/// share a few values.
#[derive(Debug, Clone, Copy)]
struct ClassFacts {
    /// What its names say (layout names included).
    names: ValueVerdict,
    /// What it says of bylines and datelines.
    clues: metadata::Named,
}

#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    in_article: bool,
    /// Inside a `<section>` or the page's `<main>`, where a `<header>` heads the section, not
    /// the site.
    in_section: bool,
    in_pre: bool,
    link_weight: Option<f32>,
    /// The microdata item around, as metadata ranks it.
    item: Item,
}

struct Walker<'d> {
    page: Page,
    /// Block-level elements open around the current position; the last owns new text.
    owners: Vec<usize>,
    buffer: String,
    buffer_link_chars: f32,
    pending_space: bool,
    /// Cell separators go in only between cells of one row.
    cell_open: bool,
    /// Whether `<noscript>` and hidden elements are walked as visible.
    reveal: bool,
    /// Class names that say nothing of their elements, left out when judging names.
    layout_names: FxHashSet<String>,
    /// The ids of the elements that the page's toggles show and hide (`aria-controls`).
    controlled: &'d FxHashSet<String>,
    /// The class values met so far, with what they say.
    classes: FxHashMap<Rc<str>, ClassFacts>,
    /// What each element's names are weighed with, by element.
    namings: Vec<Naming>,
}

impl Walker<'_> {
    fn walk(&mut self, node: NodeRef<'_>, parent: Option<usize>, depth: usize, flags: Flags) {
        match node.value() {
            Node::Text(text) => self.push_text(text, flags),
            Node::Element(_) if depth > MAX_DEPTH => self.push_flat_text(node, flags),
            Node::Element(el) => {
                let tag = el.name();
                let facts = markers::tag_facts(tag);
                // The head holds no text of the page, only what is said about it.
                if tag == "head" {
                    return read_head(node, &mut self.page.meta);
                }
                if tag == "title" {
                    return read_title(node, &mut self.page.meta);
                }
                if facts.skipped && !(self.reveal && tag == "noscript") && !is_panel_toggle(el) {
                    if tag == "script" && is_json_ld(el) {
                        self.page.meta.json_ld.push(script_text(node));
                    }
                    self.page.concealed |= tag == "noscript";
                    return;
                }
                let attrs = Attributes::of(el);
                // Asked only of hidden elements: it reads a sibling's text.
                let collapsed = |walker: &Self| walker.is_collapsed_panel(&attrs) || answers_the_question_before(node);
                if is_hidden(&attrs) && !self.reveal && !collapsed(self) {
                    self.page.concealed = true;
                    return self.read_hidden(node, parent, flags);
                }
                if tag == "meta" {
                    // Misplaced in the body. Microdata here is about the element around it: a
                    // clue, not the page's.
                    read_meta_tag(el, false, &mut self.page.meta);
                }
                match tag {
                    "br" => return self.push_line_break(),
                    "td" | "th" => {
                        if self.cell_open && !self.buffer.is_empty() {
                            self.buffer.push_str(" | ");
                            self.pending_space = false;
                        }
                        self.cell_open = true;
                    }
                    _ => {}
                }
                if flags.in_pre
                    && attrs
                        .class
                        .is_some_and(|c| c.split_ascii_whitespace().any(|name| CODE_LINE_CLASSES.contains(&name)))
                {
                    self.push_line_break();
                }
                let heading = matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                // A heading's id is usually an anchor made from its own words ("share-prices-
                // rise"), which says nothing about what the heading is.
                let id = if heading { None } else { attrs.id };
                let class = attrs.class.map(|class| self.class_facts(class));
                let class_names = match attrs.class {
                    Some(class) if !self.layout_names.is_empty() => {
                        let mut telling = String::new();
                        without_layout_names(class, &self.layout_names, &mut telling);
                        Some(markers::judge_class(&telling))
                    }
                    _ => class.as_ref().map(|(_, facts)| facts.names),
                };
                let id = id.map(markers::judge_value);
                let names = NameVerdict::of(class_names, id);
                if names.hidden && !collapsed(self) {
                    return self.read_hidden(node, parent, flags);
                }
                if names.concealed && !self.reveal && !collapsed(self) {
                    self.page.concealed = true;
                    return self.read_hidden(node, parent, flags);
                }
                let is_article = tag == "article"
                    || attrs.itemprop.is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
                    || attrs.role.is_some_and(|r| r.eq_ignore_ascii_case("article"));
                let role_chrome = attrs
                    .role
                    .is_some_and(|r| CHROME_ROLES.iter().any(|c| c.eq_ignore_ascii_case(r)));
                let unnamed_chrome = if facts.chrome
                    || (facts.chrome_outside_article && !flags.in_article && !(tag == "header" && flags.in_section))
                {
                    Chrome::Tag
                } else if tag == "form" {
                    Chrome::Form
                } else {
                    Chrome::No
                };
                let naming = Naming {
                    id,
                    unnamed_chrome,
                    // A heading's names are its anchor's and its table of contents' ("anchorWithStickyNavbar",
                    // "hide-from-toc"); a sidebar's heading goes with the sidebar it stands in.
                    nameable: !is_article && !heading && tag != "body" && tag != "html",
                    role_chrome,
                    is_article,
                    class_counts_against: class
                        .as_ref()
                        .is_some_and(|(_, facts)| facts.names.has_name_counting_against()),
                };
                let index = self.page.elements.len();
                let mut element = Element {
                    tag: facts.name.map_or_else(|| Cow::Owned(tag.to_string()), Cow::Borrowed),
                    parent,
                    end: index + 1,
                    own_chrome: Chrome::No,
                    in_chrome: false,
                    weight: 0,
                    class: class.as_ref().map(|(value, _)| value.clone()),
                    repeated: false,
                    sibling_group: None,
                    standfirst: false,
                    picture: false,
                    comments: false,
                    reviews: false,
                    main_landmark: tag == "main" || attrs.role.is_some_and(|r| r.eq_ignore_ascii_case("main")),
                    dialog: attrs.aria_modal
                        || attrs
                            .role
                            .is_some_and(|r| r.eq_ignore_ascii_case("dialog") || r.eq_ignore_ascii_case("alertdialog")),
                    all_chars: 0,
                };
                naming.apply(&names, &mut element);
                self.page.elements.push(element);
                self.namings.push(naming);
                let marks = Marks {
                    tag,
                    itemprop: attrs.itemprop,
                    rel: attrs.rel,
                    class: class.map(|(_, facts)| facts.clues),
                    pubdate: attrs.pubdate,
                };
                if let Some(kind) = metadata::clue_kind(&marks) {
                    self.page.clues.push(Clue {
                        kind,
                        text: metadata::clue_text(node, kind),
                        element: index,
                        block: self.page.blocks.len(),
                        item: flags.item,
                    });
                }
                let block = facts.block;
                if block {
                    self.flush();
                    self.owners.push(index);
                }
                let blocks_before = self.page.blocks.len();
                let mut child_flags = flags;
                if attrs.itemscope {
                    child_flags.item = metadata::item_of(attrs.itemtype);
                    if let Some(name) = attrs
                        .itemtype
                        .and_then(|t| t.rsplit(['/', '#']).find(|s| !s.is_empty()))
                    {
                        self.page.meta.item_types.push(name.trim().to_string());
                    }
                }
                child_flags.in_article |= is_article;
                child_flags.in_section |= matches!(tag, "section" | "main");
                child_flags.in_pre |= tag == "pre";
                if tag == "a" {
                    if let Some(href) = attrs.href {
                        let w = if href.starts_with('#') {
                            FRAGMENT_LINK_WEIGHT
                        } else {
                            1.0
                        };
                        child_flags.link_weight = Some(w);
                    }
                }
                if tag == "tr" {
                    self.cell_open = false;
                }
                if self.reveal && tag == "noscript" {
                    // A browser running scripts keeps a `<noscript>`'s markup as text: it is
                    // parsed on its own, so that an element it leaves open (an `<iframe />`)
                    // cannot swallow the rest of the page.
                    let markup: String = node.children().filter_map(|c| c.as_text()).collect();
                    let fragment = super::parse::parse_fragment(&markup);
                    for child in fragment.root_element().iter().flat_map(NodeRef::children) {
                        self.walk(child, Some(index), depth + 1, child_flags);
                    }
                } else {
                    for child in node.children() {
                        self.walk(child, Some(index), depth + 1, child_flags);
                    }
                }
                self.page.elements[index].end = self.page.elements.len();
                if block {
                    self.flush();
                    self.owners.pop();
                }
                if tag == "h1" {
                    // Recorded by text so that the title can be chosen and kept out of the body;
                    // the text may sit in a block of its own inside (`<h1><div>…</div></h1>`).
                    let text: Vec<&str> = self.page.blocks[blocks_before..]
                        .iter()
                        .map(|b| b.text.as_str())
                        .collect();
                    if !text.is_empty() {
                        self.page.h1s.push((index, text.join(" ")));
                    }
                }
            }
            Node::Document | Node::Fragment => {
                for child in node.children() {
                    self.walk(child, parent, depth, flags);
                }
            }
            _ => {}
        }
    }

    /// A class value, shared with the elements met before that bear it, and what it says.
    fn class_facts(&mut self, class: &str) -> (Rc<str>, ClassFacts) {
        if let Some((value, &facts)) = self.classes.get_key_value(class) {
            return (value.clone(), facts);
        }
        let facts = ClassFacts {
            names: markers::judge_class(class),
            clues: metadata::class_clues(class),
        };
        let value: Rc<str> = class.into();
        self.classes.insert(value.clone(), facts);
        (value, facts)
    }

    /// Whether an element is a panel that a toggle of the page shows (an accordion's answer, a
    /// disclosure's details) or a tab's panel: hidden until a reader asks, it is the page's
    /// text, folded.
    fn is_collapsed_panel(&self, attrs: &Attributes) -> bool {
        attrs.id.is_some_and(|id| self.controlled.contains(id))
            || attrs.role.is_some_and(|r| r.eq_ignore_ascii_case("tabpanel"))
    }

    /// Reads what a hidden element holds about the page: structured data, and the clues of
    /// its author and date (some pages hide everything until a script shows it). Its text is
    /// not the page's.
    fn read_hidden(&mut self, node: NodeRef<'_>, parent: Option<usize>, flags: Flags) {
        let Some(parent) = parent else { return };
        for n in node.descendants() {
            let Node::Element(el) = n.value() else { continue };
            if el.name() == "script" {
                if is_json_ld(el) {
                    self.page.meta.hidden_json_ld.push(script_text(n));
                }
                continue;
            }
            let attrs = Attributes::of(el);
            // Microdata, `rel="author"` and `<time>` only: hidden boxes named for dates (date
            // pickers, templates) are many, and reading every hidden class costs time.
            let marks = Marks {
                tag: el.name(),
                itemprop: attrs.itemprop,
                rel: attrs.rel,
                class: None,
                pubdate: attrs.pubdate,
            };
            if let Some(kind) = metadata::clue_kind(&marks) {
                // The item around: the nearest inside the hidden element, else the walk's.
                let item = n
                    .ancestors()
                    .take_while(|a| a.id() != node.id())
                    .chain(std::iter::once(node))
                    .filter_map(|a| a.as_element())
                    .find(|&a| attr(a, "itemscope").is_some())
                    .map_or(flags.item, |a| metadata::item_of(attr(a, "itemtype")));
                self.page.clues.push(Clue {
                    kind,
                    text: metadata::clue_text(n, kind),
                    element: parent,
                    block: self.page.blocks.len(),
                    item,
                });
            }
        }
    }

    /// Adds the text under an element too deep to walk (a hostile page, or one nested past
    /// reason) to the current block, without walking into it; what is never shown stays out.
    fn push_flat_text(&mut self, node: NodeRef<'_>, flags: Flags) {
        for piece in shown_text(node) {
            if let Shown::Text(text) = piece {
                self.push_text(text, flags);
            }
        }
    }

    fn push_text(&mut self, text: &str, flags: Flags) {
        if let Some(weight) = flags.link_weight {
            let chars = crate::units::visible_units(text);
            self.buffer_link_chars += chars as f32 * weight;
        }
        if flags.in_pre {
            if self.pending_space && !self.buffer.is_empty() {
                self.buffer.push(' ');
            }
            self.pending_space = false;
            self.buffer.push_str(text);
        } else {
            // Words of two elements that meet as no word is written (a capital after a small
            // letter, or starting a word after capitals or digits: "HOKAClifton",
            // "StatusActive") are two words the page's style sets apart: a brand and a name, a
            // label and its value.
            let mut next = text.chars();
            let meets_in_case = match (self.buffer.chars().next_back(), next.next(), next.next()) {
                (Some(last), Some(first), second) if first.is_uppercase() => {
                    last.is_lowercase() || (last.is_alphanumeric() && second.is_some_and(char::is_lowercase))
                }
                _ => false,
            };
            self.pending_space |= meets_in_case;
            // Word by word: whitespace of any kind and length becomes one space between words.
            // Words are found a byte at a time: most text is read without decoding it. Words
            // that single spaces part are copied together, as they stand.
            let bytes = text.as_bytes();
            let mut at = 0;
            loop {
                let run_start = skip_whitespace(text, at);
                self.pending_space |= run_start != at;
                if run_start == text.len() {
                    break;
                }
                let mut run_end = run_start + 1;
                loop {
                    while run_end < text.len() && whitespace_len_at(text, run_end) == 0 {
                        run_end += 1;
                    }
                    let single_space_then_word =
                        run_end + 1 < text.len() && bytes[run_end] == b' ' && whitespace_len_at(text, run_end + 1) == 0;
                    if !single_space_then_word {
                        break;
                    }
                    run_end += 2;
                }
                if self.pending_space && !self.buffer.is_empty() && !self.buffer.ends_with('\n') {
                    self.buffer.push(' ');
                }
                self.pending_space = false;
                self.buffer.push_str(&text[run_start..run_end]);
                at = run_end;
            }
        }
    }

    fn push_line_break(&mut self) {
        if !self.buffer.is_empty() && !self.buffer.ends_with('\n') {
            self.buffer.push('\n');
        }
        self.pending_space = false;
    }

    /// Ends the current block, if it holds any text.
    fn flush(&mut self) {
        self.pending_space = false;
        self.cell_open = false;
        let link_chars = std::mem::take(&mut self.buffer_link_chars);
        // The buffer is cleared, not taken: it keeps its room for the next block, where most
        // blocks would grow one from nothing.
        let Some(&element) = self.owners.last() else {
            self.buffer.clear();
            return;
        };
        let text = tidy_block(&self.buffer);
        self.buffer.clear();
        if text.is_empty() {
            return;
        }
        let chars = crate::units::visible_units(&text);
        if chars == 0 {
            return;
        }
        let kind = block_kind(&self.page.elements, element);
        self.page.blocks.push(Block {
            commas: count_commas(&text),
            text,
            kind,
            element,
            chars,
            link_chars: link_chars.min(chars as f32),
        });
    }
}

/// Where the whitespace (as [`char::is_whitespace`] says) starting at byte `at` of `text`
/// ends: `at` itself where none starts there.
fn skip_whitespace(text: &str, mut at: usize) -> usize {
    while at < text.len() {
        match whitespace_len_at(text, at) {
            0 => break,
            length => at += length,
        }
    }
    at
}

/// Trims each line of a block and drops its empty lines.
fn tidy_block(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for line in raw.lines() {
        let line = line.trim_end();
        let line = line.trim_start_matches([' ', '\t']);
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// The kind of block an element's own text makes, from it and its nearest ancestors.
fn block_kind(elements: &[Element], index: usize) -> BlockKind {
    let mut at = Some(index);
    for _ in 0..BLOCK_KIND_LEVELS {
        let Some(i) = at else { break };
        let kind = match &*elements[i].tag {
            "h1" => Some(BlockKind::Heading(1)),
            "h2" => Some(BlockKind::Heading(2)),
            "h3" => Some(BlockKind::Heading(3)),
            "h4" => Some(BlockKind::Heading(4)),
            "h5" => Some(BlockKind::Heading(5)),
            "h6" => Some(BlockKind::Heading(6)),
            "li" if elements[i].parent.is_some_and(|p| elements[p].tag == "ol") => Some(BlockKind::NumberedItem),
            "li" | "dt" | "dd" => Some(BlockKind::ListItem),
            "tr" => Some(BlockKind::TableRow),
            "blockquote" => Some(BlockKind::Quote),
            "pre" => Some(BlockKind::Code),
            "p" => Some(BlockKind::Paragraph),
            _ => None,
        };
        if let Some(kind) = kind {
            return kind;
        }
        at = elements[i].parent;
    }
    BlockKind::Paragraph
}

/// The attributes the walk reads, gathered in one pass over an element's attributes (looking
/// each up by name would scan them all, every time).
#[derive(Default)]
struct Attributes<'a> {
    class: Option<&'a str>,
    id: Option<&'a str>,
    role: Option<&'a str>,
    itemprop: Option<&'a str>,
    style: Option<&'a str>,
    href: Option<&'a str>,
    rel: Option<&'a str>,
    itemtype: Option<&'a str>,
    itemscope: bool,
    hidden: bool,
    aria_hidden: Option<&'a str>,
    aria_modal: bool,
    pubdate: bool,
}

impl<'a> Attributes<'a> {
    fn of(el: tree::Element<'a>) -> Attributes<'a> {
        let mut a = Attributes::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "role" => a.role = Some(value),
                "itemprop" => a.itemprop = Some(value),
                "style" => a.style = Some(value),
                "href" => a.href = Some(value),
                "rel" => a.rel = Some(value),
                "itemtype" => a.itemtype = Some(value),
                "itemscope" => a.itemscope = true,
                "hidden" => a.hidden = true,
                "pubdate" => a.pubdate = true,
                "aria-hidden" => a.aria_hidden = Some(value),
                "aria-modal" => a.aria_modal = value.eq_ignore_ascii_case("true"),
                _ => {}
            }
        }
        a
    }
}

/// A piece of the text an element shows.
pub(super) enum Shown<'a> {
    Text(&'a str),
    /// Where a line break or a block-level element starts or ends a line.
    Break,
}

/// The text an element shows, in order, without walking it into elements: what is never
/// shown (scripts, styles, the other [`markers::SKIPPED_TAGS`]) is left out.
pub(super) fn shown_text<'a>(node: NodeRef<'a>) -> impl Iterator<Item = Shown<'a>> {
    let mut skipping = 0usize;
    node.traverse().filter_map(move |edge| match edge {
        Edge::Open(n) => match n.value() {
            Node::Element(e) => {
                let name = e.name();
                if skipping > 0 || markers::SKIPPED_TAGS.contains(&name) {
                    skipping += 1;
                    None
                } else {
                    (name == "br" || markers::BLOCK_TAGS.contains(&name)).then_some(Shown::Break)
                }
            }
            Node::Text(text) if skipping == 0 => Some(Shown::Text(text)),
            _ => None,
        },
        Edge::Close(n) => {
            let e = n.as_element()?;
            if skipping > 0 {
                skipping -= 1;
                None
            } else {
                markers::BLOCK_TAGS.contains(&e.name()).then_some(Shown::Break)
            }
        }
    })
}

/// An element's attribute by its local name, in any namespace (an SVG link's `xlink:href`
/// answers for `href` when it has no plain one: attributes are sorted, plain names first).
fn attr<'a>(el: tree::Element<'a>, name: &str) -> Option<&'a str> {
    el.attrs().find(|&(n, _)| n == name).map(|(_, value)| value)
}

/// Whether an element is a button that shows and hides a panel: its label is the panel's
/// heading (an accordion's question), not a control's word.
fn is_panel_toggle(el: tree::Element<'_>) -> bool {
    el.name() == "button" && (attr(el, "aria-controls").is_some() || attr(el, "aria-expanded").is_some())
}

/// Whether an element comes right after a question, as an accordion's folded answer does
/// (a heading or a button asking "How long does delivery take?").
fn answers_the_question_before(node: NodeRef<'_>) -> bool {
    let Some(before) = node.prev_siblings().find(|n| n.as_element().is_some()) else {
        return false;
    };
    let mut text = String::new();
    for piece in before.descendants().filter_map(|n| n.as_text()) {
        text.push_str(piece);
        if text.len() > MAX_QUESTION_BYTES {
            return false;
        }
    }
    text.trim_end().ends_with(['?', '？', '؟'])
}

/// Whether an element is hidden by attribute or inline style.
fn is_hidden(attrs: &Attributes) -> bool {
    if (attrs.hidden && !attrs.id.is_some_and(is_streamed_segment))
        || attrs.aria_hidden.is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    attrs.style.is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

/// Whether an element's id names a segment that a page rendered as a stream sends hidden,
/// after the page's frame, for a script to move into its place (`S:` and a hexadecimal
/// number, which React's streaming renderer writes): the segment is shown as soon as it
/// comes, and is often the page's content.
fn is_streamed_segment(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Reads a `<title>`, unless the page's title is known already: the first one names the page.
fn read_title(title: NodeRef<'_>, meta: &mut Meta) {
    if meta.title.is_some() {
        return;
    }
    let text: String = title.descendants().filter_map(|n| n.as_text()).collect();
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if !text.is_empty() {
        meta.title = Some(text);
    }
}

/// Reads what the `<head>` says: the title, `og:title`, the canonical URL, the `<meta>` tags
/// of metadata and structured data.
fn read_head(head: NodeRef<'_>, meta: &mut Meta) {
    for node in head.descendants() {
        let Node::Element(el) = node.value() else { continue };
        match el.name() {
            "title" => read_title(node, meta),
            "meta" => {
                let key = attr(el, "property").or_else(|| attr(el, "name")).unwrap_or("");
                let content = attr(el, "content").map(str::trim).filter(|c| !c.is_empty());
                if key.eq_ignore_ascii_case("og:title") && meta.og_title.is_none() {
                    meta.og_title = content.map(str::to_string);
                } else if key.eq_ignore_ascii_case("og:type") && meta.og_type.is_none() {
                    meta.og_type = content.map(str::to_ascii_lowercase);
                } else if key.eq_ignore_ascii_case("og:url") && meta.canonical_url.is_none() {
                    meta.canonical_url = content.filter(|c| c.contains("://")).map(str::to_string);
                }
                read_meta_tag(el, true, meta);
            }
            "link" => {
                let canonical =
                    attr(el, "rel").is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case("canonical")));
                if canonical {
                    match attr(el, "href").map(str::trim).filter(|h| !h.is_empty()) {
                        Some(href) if href.contains("://") => meta.canonical_url = Some(href.to_string()),
                        Some(href) => meta.canonical_href = Some(href.to_string()),
                        None => {}
                    }
                }
            }
            "script" if is_json_ld(el) => meta.json_ld.push(script_text(node)),
            _ => {}
        }
    }
}

/// Keeps a `<meta>` tag that metadata reads, by its name or property, or (with `itemprop`)
/// its microdata property.
fn read_meta_tag(el: tree::Element<'_>, itemprop: bool, meta: &mut Meta) {
    let Some(content) = attr(el, "content").map(str::trim).filter(|c| !c.is_empty()) else {
        return;
    };
    let microdata = attr(el, "itemprop").filter(|_| itemprop);
    for key in [attr(el, "property"), attr(el, "name"), microdata]
        .into_iter()
        .flatten()
    {
        let key = key.trim().to_ascii_lowercase();
        if metadata::is_meta_key(&key) {
            meta.tags.push((key, content.to_string()));
            return;
        }
    }
}

/// Whether a script element holds JSON-LD structured data.
fn is_json_ld(el: tree::Element<'_>) -> bool {
    attr(el, "type").is_some_and(is_json_ld_type)
}

/// Whether a script's `type` is that of JSON-LD structured data.
pub(super) fn is_json_ld_type(value: &str) -> bool {
    value.trim().eq_ignore_ascii_case("application/ld+json")
}

/// The text inside a script element.
fn script_text(node: NodeRef<'_>) -> String {
    node.children().filter_map(|n| n.as_text()).collect()
}

/// Settles chrome (forms holding most of the page are not chrome), spreads chrome down the
/// tree, sums text lengths up it, and finds repeated siblings.
fn resolve(page: &mut Page) {
    let Page { elements, blocks, .. } = page;
    group_siblings(elements);
    mark_repeated(elements);
    for block in blocks.iter() {
        elements[block.element].all_chars += block.chars;
    }
    for i in (0..elements.len()).rev() {
        if let Some(p) = elements[i].parent {
            let chars = elements[i].all_chars;
            elements[p].all_chars += chars;
        }
    }
    let link_chars = subtree_link_chars(elements, blocks);
    spread_chrome(elements, &link_chars);
}

/// Settles which elements are chrome or inside chrome, from what each is by itself, and the link
/// text in each one's subtree.
fn spread_chrome(elements: &mut [Element], link_chars: &[f32]) {
    let total = elements.first().map_or(0, |e| e.all_chars);
    // The text of the main region each element is in (the page's, outside any).
    let mut main_chars = vec![total; elements.len()];
    for i in 0..elements.len() {
        main_chars[i] = match (elements[i].main_landmark, elements[i].parent) {
            (true, _) => elements[i].all_chars,
            (false, Some(p)) => main_chars[p],
            (false, None) => total,
        };
    }
    for i in 0..elements.len() {
        let e = &elements[i];
        // A box holding most of what the page marks as its main region is that region's
        // content, whatever its name says ("node--promoted", "DiscussionBoard"), unless it is
        // mostly links (a menu of languages opened over the page).
        let most_of_main = main_chars[i] < total
            && e.all_chars * 2 > main_chars[i]
            && link_chars[i] <= NAVIGATION_LINK_DENSITY * e.all_chars as f32;
        let own = match e.own_chrome {
            Chrome::No => false,
            Chrome::Form => e.all_chars * 2 <= total,
            Chrome::Name => !most_of_main,
            Chrome::Tag => true,
        };
        let inherited = elements[i].parent.is_some_and(|p| elements[p].in_chrome);
        elements[i].in_chrome = own || inherited;
    }
}

/// Numbers the groups of like siblings (see [`Element::sibling_group`]). Their strings are
/// hashed here once, and the passes that compare rows compare numbers.
fn group_siblings(elements: &mut [Element]) {
    // Room for a group per element at once: grown from nothing, the table would be hashed
    // again each time it doubles.
    let mut groups: FxHashMap<(usize, &str, &str), usize> =
        FxHashMap::with_capacity_and_hasher(elements.len(), Default::default());
    let mut numbers = Vec::with_capacity(elements.len());
    for e in elements.iter() {
        numbers.push(e.parent.map(|parent| {
            let first = e.class.as_deref().and_then(|c| c.split_ascii_whitespace().next());
            let next = groups.len();
            *groups.entry((parent, &*e.tag, first.unwrap_or(""))).or_insert(next)
        }));
    }
    for (e, number) in elements.iter_mut().zip(numbers) {
        e.sibling_group = number;
    }
}

/// How many elements each group of siblings has, by [`Element::sibling_group`].
pub(crate) fn sibling_group_sizes(elements: &[Element]) -> Vec<usize> {
    let mut sizes = vec![0; elements.len()];
    for group in elements.iter().filter_map(|e| e.sibling_group) {
        sizes[group] += 1;
    }
    sizes
}

/// Marks elements that are one of several siblings in a row (see [`Element::row`]).
fn mark_repeated(elements: &mut [Element]) {
    let sizes = sibling_group_sizes(elements);
    for e in elements.iter_mut() {
        e.repeated = e.row().is_some_and(|row| sizes[row] >= MIN_REPEATED_SIBLINGS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_walk_says_whether_it_left_out_what_scripts_might_show() {
        assert!(!read("<html><body><div><p>Plain</p></div></body></html>").concealed);
        assert!(read("<html><body><noscript><p>For crawlers</p></noscript></body></html>").concealed);
        assert!(read("<html><body><div hidden><p>Later</p></div></body></html>").concealed);
        assert!(read("<html><body><div style='display: none'><p>Later</p></div></body></html>").concealed);
        assert!(read("<html><body><div class='root hide'><p>Later</p></div></body></html>").concealed);
        // Screen-reader text is hidden by convention, and no script shows it.
        assert!(!read("<html><body><span class='sr-only'>Skip</span></body></html>").concealed);
    }

    #[test]
    fn blocks_follow_block_elements_and_line_breaks() {
        let page = read("<html><body><div>Intro <b>bold</b> text<p>Para one.</p>tail<br>next line</div><pre>a  b\n  c</pre></body></html>");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        // Indentation goes, as normalisation would take it anyway; the lines stay.
        assert_eq!(texts, ["Intro bold text", "Para one.", "tail\nnext line", "a  b\nc"]);
        assert_eq!(page.blocks[3].kind, BlockKind::Code);
    }

    #[test]
    fn a_highlighted_code_block_keeps_a_line_per_line_element() {
        // Shiki's markup, as some sites serve it: no line feed between the lines.
        let page = read(concat!(
            r#"<pre><code><span class="line"><span>npm</span><span> create app</span></span>"#,
            r#"<span class="line"><span>cd</span><span> app</span></span></code></pre>"#,
            // With the line feeds, no line is doubled.
            r#"<pre><code><span class="line">a = 1</span>"#,
            "\n",
            r#"<span class="line diff-add">b = 2</span></code></pre>"#,
            // Outside a code block the same class says nothing of lines.
            r#"<p>One <span class="line">and</span> two</p>"#,
        ));
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["npm create app\ncd app", "a = 1\nb = 2", "One and two"]);
    }

    #[test]
    fn table_rows_are_one_line_each() {
        let page = read("<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>31</td></tr></table>");
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Name | Age", "Ann | 31"]);
        assert!(page.blocks.iter().all(|b| b.kind == BlockKind::TableRow));
    }

    #[test]
    fn skipped_and_hidden_elements_leave_no_text() {
        let page = read("<p>kept<script>x()</script><span style='display: none'>gone</span><span hidden>gone</span><span class='sr-only'>gone</span></p>");
        assert_eq!(page.blocks.len(), 1);
        assert_eq!(page.blocks[0].text, "kept");
    }

    #[test]
    fn a_streamed_segment_is_shown_though_sent_hidden() {
        let page = read(
            "<main><template id='B:0'></template><p>Loading</p></main>\
             <div hidden id='S:0'><p>The segment</p></div><div hidden id='S:1f'><p>Another</p></div>\
             <div hidden id='S:'><p>gone</p></div><div hidden id='S:x'><p>gone</p></div><div hidden id='menu'><p>gone</p></div>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Loading", "The segment", "Another"]);
    }

    #[test]
    fn a_title_in_the_body_names_the_page_and_shows_nothing() {
        let page = read(
            "<head><meta charset=utf-8><div></div><title>Floods close bridges</title></head><body><p>kept</p></body>",
        );
        assert_eq!(
            page.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["kept"]
        );
        assert_eq!(page.meta.title.as_deref(), Some("Floods close bridges"));
        let page = read("<head><title>Head</title></head><body><p>kept<title>Body</title></p></body>");
        assert_eq!(
            page.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>(),
            ["kept"]
        );
        assert_eq!(
            page.meta.title.as_deref(),
            Some("Head"),
            "the first title names the page"
        );
    }

    #[test]
    fn chrome_is_marked_and_inherited() {
        let page = read("<body><nav><ul><li>Home</li></ul></nav><article><footer>tags</footer><p>Body</p></article><footer>site</footer></body>");
        let chrome: Vec<(&str, bool)> = page
            .blocks
            .iter()
            .map(|b| (b.text.as_str(), page.elements[b.element].in_chrome))
            .collect();
        assert_eq!(
            chrome,
            [("Home", true), ("tags", false), ("Body", false), ("site", true)]
        );
    }

    #[test]
    fn a_form_around_the_whole_page_is_not_chrome() {
        let page = read("<body><form><p>All of the article is inside this form, as some sites do.</p></form><form><input><p>Search</p></form></body>");
        let flags: Vec<bool> = page.blocks.iter().map(|b| page.elements[b.element].in_chrome).collect();
        assert_eq!(flags, [false, true]);
    }

    #[test]
    fn a_box_named_as_chrome_holding_most_of_the_main_region_is_not_chrome() {
        let prose = "The whole recipe is in this box, which its site names as a promoted node.";
        let flags = |inside: &str| {
            let page = read(&format!(
                "<body><nav><p>Home</p></nav><main><h1>Bread</h1><div class='node--promoted'>{inside}</div>\
                 <p>A short note.</p></main><footer><p>The site's own footer, with its address and its hours.</p></footer></body>"
            ));
            let chrome = |text: &str| {
                page.blocks
                    .iter()
                    .any(|b| b.text == text && page.elements[b.element].in_chrome)
            };
            (chrome(prose), chrome("Home"))
        };
        assert_eq!(
            flags(&format!("<p>{prose}</p>")),
            (false, true),
            "the box is the main region's content"
        );
        let links: String = (0..8).map(|i| format!("<a href='/l/{i}'>Language {i}</a> ")).collect();
        let page = read(&format!(
            "<body><main><div class='node--promoted'><p>{links}</p></div><p>A short note.</p></main></body>"
        ));
        let links_chrome = page
            .blocks
            .iter()
            .any(|b| b.text.starts_with("Language 0") && page.elements[b.element].in_chrome);
        assert!(links_chrome, "a box of links stays chrome");
        // Outside a main region, the name decides as before.
        let page = read(&format!(
            "<body><div class='node--promoted'><p>{prose}</p></div><p>A short note.</p></body>"
        ));
        assert!(page
            .blocks
            .iter()
            .any(|b| b.text == prose && page.elements[b.element].in_chrome));
    }

    #[test]
    fn links_are_measured() {
        let page = read("<p>one <a href='/x'>two</a> <a href='#n'>three</a></p>");
        let b = &page.blocks[0];
        assert_eq!(b.chars, 11);
        assert!((b.link_chars - (3.0 + 5.0 * 0.3)).abs() < 1e-4);
    }

    #[test]
    fn head_metadata_is_read() {
        let page = read("<head><title> A  title | Site </title><meta property='og:title' content='A title'><link rel='canonical' href='https://e.org/a'></head><body><h1>A title</h1></body>");
        assert_eq!(page.meta.title.as_deref(), Some("A title | Site"));
        assert_eq!(page.meta.og_title.as_deref(), Some("A title"));
        assert_eq!(page.meta.canonical_url.as_deref(), Some("https://e.org/a"));
        assert_eq!(
            page.h1s.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>(),
            ["A title"]
        );
    }

    #[test]
    fn metadata_tags_and_clues_are_recorded() {
        use super::super::metadata::ClueKind;
        let page = read(
            "<head><meta name='Author' content=' Jane Doe '><meta name='viewport' content='width=device-width'>\
             <meta itemprop='datePublished' content='2025-05-03'></head><body>\
             <p>Intro.</p><p class='byline'>By <a rel='author' href='/jd'>Jane Doe</a></p>\
             <div class='hidden'><script type='application/ld+json'>{}</script><span itemprop='author'>J. D.</span></div>\
             <meta name='publish-date' content='2025-05-04'><meta itemprop='dateModified' content='2025-06-01'></body>",
        );
        let tags: Vec<(&str, &str)> = page.meta.tags.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            tags,
            [
                ("author", "Jane Doe"),
                ("datepublished", "2025-05-03"),
                ("publish-date", "2025-05-04")
            ],
            "keys lower-cased; microdata in the body is a clue, not the page's tag"
        );
        assert_eq!(page.meta.hidden_json_ld, ["{}"]);
        assert!(
            page.meta.json_ld.is_empty(),
            "hidden structured data is no evidence of the text"
        );
        let clues: Vec<(ClueKind, &str, usize)> = page.clues.iter().map(|c| (c.kind, c.text.trim(), c.block)).collect();
        assert_eq!(
            clues,
            [
                (ClueKind::AuthorName, "By Jane Doe", 1),
                (ClueKind::AuthorLink, "Jane Doe", 1),
                (ClueKind::AuthorProp, "J. D.", 2),
                (ClueKind::ModifiedProp, "2025-06-01", 2),
            ]
        );
        assert!(
            page.blocks.iter().all(|b| !b.text.contains("J. D.")),
            "hidden text stays out"
        );
    }

    #[test]
    fn a_folded_answer_after_its_question_is_walked() {
        let page = read(
            "<body><div class='faq'><h3>How long does delivery take?</h3>\
             <div class='faq__answer' style='display:none'><p>Three days in most countries.</p></div></div>\
             <div class='faq'><h3>Delivery times</h3><div style='display:none'><p>A template.</p></div></div></body>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "How long does delivery take?",
                "Three days in most countries.",
                "Delivery times"
            ]
        );
    }

    #[test]
    fn panels_that_toggles_or_tabs_show_are_walked_and_other_hidden_boxes_are_not() {
        let page = read(
            "<body><h3><a href='#a1' aria-controls='a1 a2' aria-expanded='false'>What does it cost?</a></h3>\
             <div id='a1' hidden><p>Nothing at all.</p></div><div id='a2' class='collapse hidden'><p>Not even later.</p></div>\
             <div role='tabpanel' style='display: none'><p>The second tab.</p></div>\
             <div id='a3' aria-hidden='true'><p>Not named by a toggle.</p></div>\
             <div class='hidden'><p>A template.</p></div></body>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "What does it cost?",
                "Nothing at all.",
                "Not even later.",
                "The second tab."
            ]
        );
    }

    #[test]
    fn words_of_two_elements_that_meet_as_no_word_is_written_are_set_apart() {
        let page = read(
            "<body><div><a><span>HOKA</span><span>Clifton 10</span></a><span>Status</span><b>Active</b></div>\
             <p>The <i>un</i>fair, <b>N</b>ASA-backed <b>2</b>nd report.</p></body>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["HOKA Clifton 10 Status Active", "The unfair, NASA-backed 2nd report."]
        );
    }

    #[test]
    fn a_header_heads_the_site_unless_it_stands_in_a_section_or_the_main_region() {
        let page = read(
            "<body><header><p>Shop the sale</p></header><main><header><h1>Convert more customers</h1></header>\
             <section><header><p>Plans for teams of every size</p></header><p>Pay as you grow.</p></section></main>\
             <footer><p>All rights reserved</p></footer></body>",
        );
        let chrome: Vec<(&str, bool)> = (0..page.blocks.len())
            .map(|b| (page.blocks[b].text.as_str(), page.block_in_chrome(b)))
            .collect();
        assert_eq!(
            chrome,
            [
                ("Shop the sale", true),
                ("Convert more customers", false),
                ("Plans for teams of every size", false),
                ("Pay as you grow.", false),
                ("All rights reserved", true),
            ]
        );
    }

    #[test]
    fn a_button_that_toggles_a_panel_is_its_heading_and_other_buttons_say_nothing() {
        let page = read(
            "<body><h3><button aria-expanded='false' aria-controls='q1'>Can I return a gift?</button></h3>\
             <div id='q1' hidden><p>Yes, within a month.</p></div>\
             <p>Questions left? <button type='submit'>Send</button></p></body>",
        );
        let texts: Vec<&str> = page.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            ["Can I return a gift?", "Yes, within a month.", "Questions left?"]
        );
    }
}
