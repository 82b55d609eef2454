//! Every number the HTML extractor decides by, in one place, by the step that uses it.
//!
//! Lengths are in Latin-equivalent characters (see `units`), whitespace left out; link
//! density is the share of a block's or a box's text inside links. Where one number follows
//! from another, it is written so.

// --- Link density: how much of a text is links -------------------------------------------

/// A block or box with more of its text in links than this is navigation, not prose: it is
/// left out of the article, it is no comment, and a list or a box named as content with more
/// is pruned from the article.
pub(super) const NAVIGATION_LINK_DENSITY: f32 = 0.5;
/// Prose has at most this much of its text in links: a block with more is chrome to the block
/// view, a standfirst has less, and a box with no good name and more is pruned.
pub(super) const PROSE_LINK_DENSITY: f32 = 0.2;
/// When chrome marks are ignored (a fallback pass), a box may have this much more in links
/// before it is pruned.
pub(super) const RELAXED_EXTRA_LINK_DENSITY: f32 = 0.1;
/// A box or paragraph that continues the article (a twin of its container, a sibling
/// paragraph) has less than this in links.
pub(super) const CONTINUATION_LINK_DENSITY: f32 = 0.25;
/// A repeated element (an item of a list) with more than this in links is a teaser.
pub(super) const TEASER_LINK_DENSITY: f32 = 0.15;
/// A list item with at least this much of its text in links is a link (a menu's entry).
pub(super) const LINKED_ITEM_DENSITY: f32 = 0.8;
/// A list item of the article with text beside its links ("*Title* by Author", "*Install* and
/// set up the agent.") stays in it below this much of links; one that is all links is a menu's.
pub(super) const ANNOTATED_ITEM_DENSITY: f32 = 0.95;
/// A link to a place on the same page (a table of contents, a footnote) counts this much
/// towards link density: it does not lead away from the article.
pub(super) const FRAGMENT_LINK_WEIGHT: f32 = 0.3;

// --- Reading the page ---------------------------------------------------------------------

/// Deeper elements are not walked, only their text read into the block around: no real page
/// nests this deep, and hostile ones must not exhaust the stack.
pub(super) const MAX_DEPTH: usize = 256;
/// The parser opens at most this many elements at once, as browsers do (Blink and WebKit stop
/// at 512); deeper start tags are dropped and their text goes to the deepest element open.
pub(super) const MAX_OPEN_ELEMENTS: usize = 512;
/// A block's kind is read from its element and its ancestors, this many levels in all.
pub(super) const BLOCK_KIND_LEVELS: usize = 3;
/// Siblings sharing a tag and class make up a list (teasers, cards) when there are this many.
pub(super) const MIN_REPEATED_SIBLINGS: usize = 3;
/// The score a class or id word adds (content) or takes away (chrome), and what an
/// `<article>` adds. A box named as content more than as chrome has at least this.
pub(super) const CLASS_WEIGHT: i32 = 25;

// --- Choosing the container (Readability's scores) ---------------------------------------

/// Blocks shorter than this do not vote for their containers.
pub(super) const MIN_SCORED_CHARS: usize = 25;
/// Table rows shorter than this do not vote either: a data table's rows are not prose.
pub(super) const MIN_SCORED_ROW_CHARS: usize = 100;
/// A block's vote: one point, one per comma, and one per this many characters...
pub(super) const VOTE_CHARS_PER_POINT: f32 = 100.0;
/// ...up to this many.
pub(super) const MAX_VOTE_LENGTH_POINTS: f32 = 3.0;
/// How many ancestors a block votes for, and what its vote is divided by at each: in full for
/// its parent, half for the grandparent, then a third of the level's number (Readability's
/// rule).
pub(super) const VOTE_DIVIDERS: [f32; 5] = [1.0, 2.0, 6.0, 9.0, 12.0];
/// Containers with at least this much text get the full weight of their tag and names.
pub(super) const FULL_PRIOR_CHARS: f32 = 500.0;
/// Up to this many of the next-best containers are weighed as parts of one article...
pub(super) const ALTERNATIVES_LOOKED_AT: usize = 4;
/// ...when they score within this share of the best...
pub(super) const ALTERNATIVE_SHARE: f32 = 0.75;
/// ...and at least this many of them share an ancestor.
pub(super) const MIN_ALTERNATIVES: usize = 3;
/// The choice climbs to a parent that scores better, past parents that keep at least this
/// share of its score.
pub(super) const CLIMB_MIN_SHARE: f32 = 1.0 / 3.0;
/// Siblings join the article when their score reaches this share of its score...
pub(super) const SIBLING_SHARE: f32 = 0.2;
/// ...and this score.
pub(super) const MIN_SIBLING_SCORE: f32 = 10.0;
/// A box of sentences (a note, a tip) stays in the article with up to this share of links,
/// past prose's share: one link weighs much on one short sentence.
pub(super) const NOTE_LINK_DENSITY: f32 = 0.3;
/// A sibling wrapped deep (a page builder's section) scores as the box it wraps when less
/// than this share of its text is links: a river of teasers wrapped the same way has more.
pub(super) const WRAPPED_SECTION_LINK_DENSITY: f32 = 0.1;
/// A sibling paragraph up to this long joins when it has no links and ends a sentence; a
/// longer one when it has few links.
pub(super) const SHORT_SIBLING_CHARS: usize = 80;
/// How many levels above the best container its twins (boxes of the same class) are looked for.
pub(super) const TWIN_LEVELS: usize = 4;
/// A twin holds at least this much text.
pub(super) const MIN_TWIN_CHARS: usize = 200;
/// Boxes with fewer commas than this are checked for link lists and chrome inside the article.
pub(super) const CONDITIONAL_COMMAS: usize = 10;
/// A box holding more list items than this many per paragraph, and more than
/// [`MIN_LIST_HEAVY_ITEMS`], is judged as a list.
pub(super) const LIST_HEAVY_ITEMS_PER_PARAGRAPH: usize = 2;
pub(super) const MIN_LIST_HEAVY_ITEMS: usize = 2;
/// Below this, the chosen article is too small to trust: chrome marks are lifted and the
/// choice made again.
pub(super) const MIN_ARTICLE_CHARS: usize = 250;
/// Pruning inside the article that leaves less than this fraction of its text, or of
/// [`MIN_ARTICLE_CHARS`], took the article itself: only link lists go then.
pub(super) const PRUNED_TO_NOTHING: usize = 4;
/// A choice made again, with chrome marks lifted or ignored, replaces the first when it holds
/// more than this many times its text.
pub(super) const FALLBACK_GAIN: usize = 2;

/// A container's score from its tag, before its blocks vote (Readability's weights).
pub(super) fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

// --- Structured data ------------------------------------------------------------------------

/// Below this many characters, an `articleBody` is too short to be evidence (a summary).
pub(super) const MIN_BODY_CHARS: usize = 500;
/// Blocks are matched to the body by up to this many letters and digits from their start.
pub(super) const MATCH_PREFIX_CHARS: usize = 50;
/// Blocks shorter than this are not matched (short lines match anywhere).
pub(super) const MIN_MATCHED_CHARS: usize = 30;
/// A short block (a heading, a list item) between matched ones is shorter than this.
pub(super) const MAX_BETWEEN_CHARS: usize = MIN_MATCHED_CHARS * 4;
/// ...and has a matched block within this many blocks before and after it.
pub(super) const BETWEEN_REACH: usize = 3;
/// Paragraphs missing from the body are dropped only when they are at most this share of the
/// chosen text; more means the body is a summary or cut short.
pub(super) const MAX_STRAY_SHARE: f32 = 0.3;
/// The layout's choice stands when it holds at least this share of the matched text.
pub(super) const MIN_COVERED_SHARE: f32 = 0.5;
/// The body stands in for the article when the page's blocks hold less than this share of
/// it and the chosen text is shorter than this share of it.
pub(super) const MAX_SHOWN_SHARE: f32 = 0.25;

// --- The block view (jusText's judgement, completing the choice) ---------------------------

/// Fewer words per character than this, and a text is not written with spaces between its
/// words: counting its stopwords says nothing.
pub(super) const MIN_WORDS_PER_CHAR: f64 = 1.0 / 25.0;
/// A short heading is judged with the text that follows it, up to this many characters on.
pub(super) const HEADING_REACH_CHARS: usize = 200;
/// A lead is looked for under the article's ancestor this many levels up, as far as a block's
/// vote reaches in the container view.
pub(super) const LEAD_LEVELS: usize = VOTE_DIVIDERS.len();

// --- The standfirst -------------------------------------------------------------------------

/// A standfirst paragraph has at least this many characters...
pub(super) const MIN_STANDFIRST_CHARS: usize = 40;
/// ...and is one of at most this many paragraphs...
pub(super) const MAX_STANDFIRST_BLOCKS: usize = 2;
/// ...of at most this many characters together.
pub(super) const MAX_STANDFIRST_CHARS: usize = 1000;
/// A standfirst's name is looked for this many levels up from its block: its element and the
/// nearest ancestors below the title.
pub(super) const STANDFIRST_NAME_LEVELS: usize = 3;

// --- Names that say nothing -----------------------------------------------------------------

/// A class name on at least this many elements...
pub(super) const LAYOUT_NAME_MIN_ELEMENTS: usize = 3;
/// ...that together hold at least this share of the page's text is a layout's, not a part's.
pub(super) const LAYOUT_NAME_TEXT_SHARE: f32 = 0.5;

// --- Text only scripts would show ----------------------------------------------------------

/// An article shorter than this (in Latin-equivalent characters) is looked for again with
/// `<noscript>` and hidden elements shown, and that reading wins when it finds at least this
/// much and twice as much.
pub(super) const REVEAL_BELOW_UNITS: usize = 600;

// --- What kind of page it is --------------------------------------------------------------

/// On a page of many parts, a chosen container holding less than this share of the main
/// region's text is one part of it: the region is the content.
pub(super) const MAIN_REGION_SHARE: f32 = 0.7;
/// On any other page, a chosen container holding less than this share of the main region's
/// text is one box of many (a landing page's sections, its questions and answers): the region
/// is the content there too.
pub(super) const SMALL_PART_SHARE: f32 = 0.25;
/// A paragraph this long (in Latin-equivalent characters) is prose...
pub(super) const PROSE_PARAGRAPH_UNITS: usize = 200;
/// ...and a page with this many such paragraphs has an article's prose, or a service page's.
pub(super) const PROSE_PARAGRAPHS: usize = 8;
/// A page with this many is an article whatever else it says.
pub(super) const LONG_READ_PARAGRAPHS: usize = 15;
/// This many code blocks (`<pre>`) or code spans make documentation, unless the page says it
/// is an article...
pub(super) const DOCUMENTATION_CODE_BLOCKS: usize = 3;
pub(super) const DOCUMENTATION_CODE_SPANS: usize = 15;
/// ...and under a documentation path, this many code spans do.
pub(super) const URL_CODE_SPANS: usize = 3;
/// A forum's path with this many dated posts is a thread.
pub(super) const THREAD_TIMES: usize = 3;
/// On a product's page, a row of like boxes of which this many each show a price is other
/// products offered beside it.
pub(super) const PRICED_ROW_CARDS: usize = 3;
/// A list of things showing this many prices is a shop's category.
pub(super) const COLLECTION_PRICES: usize = 5;
/// A page without prose showing this many prices is a grid of products...
pub(super) const PRICE_GRID: usize = 10;
/// ...and under a shop's category path, this many.
pub(super) const URL_COLLECTION_PRICES: usize = 3;
/// A page without prose whose text outside chrome is this much links is an index, unless its
/// URL names one item: a last segment of this many hyphens and more, or this many digits in a
/// row (an id, a year).
pub(super) const LISTING_LINK_DENSITY: f32 = 0.3;
pub(super) const SLUG_HYPHENS: usize = 3;
pub(super) const ID_DIGITS: usize = 4;
/// A page with this many teaser cards (like siblings, each with some text in links)...
pub(super) const TEASER_CARDS: usize = 5;
/// ...of at most this many characters each...
pub(super) const MAX_TEASER_UNITS: usize = 1000;
/// ...holding this share of its text outside chrome...
pub(super) const TEASER_TEXT_SHARE: f32 = 0.5;
/// ...and this many times the text of the paragraphs beside them, is an index of them: a
/// listing, or a shop's category.
pub(super) const TEASERS_PER_PROSE: usize = 10;
/// A page that names no author and no article, at a URL naming no one item, presents something
/// (a service, a course, a product line) when its text is a row of sections: this many headings
/// at least...
pub(super) const PRESENTATION_HEADINGS: usize = 4;
/// ...with less text than this per heading, in Latin-equivalent characters (an article's
/// sections run longer).
pub(super) const MAX_PRESENTATION_SECTION_UNITS: usize = 300;
/// A page without prose this near the site's root presents the site: a service page. Listing
/// words this near the root name an index.
pub(super) const SERVICE_MAX_PATH_DEPTH: usize = 2;
/// The page-type model overrides the rules where it gives its type at least this probability,
/// and this one to make an index (a listing, a shop's category) of a page the rules take for
/// something else: a story read as cards loses its text. Cross-validated on `wcxb` by site,
/// 0.82 of pages are typed right so, where the rules alone type 0.78 and the model alone 0.83.
pub(super) const MODEL_OVERRIDE: f32 = 0.6;
pub(super) const MODEL_OVERRIDE_INTO_INDEX: f32 = 0.8;

// --- The last passes ------------------------------------------------------------------------

/// Headings and short lines are judged by their phrasing only up to this many characters.
pub(super) const SHORT_BLOCK_CHARS: usize = 200;
/// A block this long is prose: an `<h1>` after it is not a headline.
pub(super) const PROSE_BLOCK_CHARS: usize = SHORT_BLOCK_CHARS / 2;
/// A paragraph at the article's start or end this short that does not end like a sentence is
/// a fragment of the page around it (a date, a credit, a prompt, a label), not the article's.
pub(super) const EDGE_FRAGMENT_CHARS: usize = 32;
/// How far up from a block a picture's box is looked for.
pub(super) const CAPTION_LEVELS: usize = 3;
/// A picture's box holding more text than this is not a caption.
pub(super) const MAX_CAPTION_BOX_CHARS: usize = 400;
/// An `<h1>` agrees with the head's titles among the page's first this many.
pub(super) const H1S_LOOKED_AT: usize = 3;

/// A heading that is a link is a card's title when the text after it shares its box within
/// this many levels above it.
pub(super) const CARD_LEVELS: usize = 2;
/// On a page of cards, a part named as chrome is the card's when a repeated element (the card)
/// is at most this many levels above it.
pub(super) const CARD_PART_LEVELS: usize = 3;

/// A question before a folded answer is at most this long, in bytes.
pub(super) const MAX_QUESTION_BYTES: usize = 300;
