//! Parsing a document as a browser does, in time linear in its length.
//!
//! html5ever looks through its stack of open elements for every end tag and every formatting
//! element, so a page nested n deep costs n² (200,000 nested `<div>` take minutes). Browsers
//! bound the nesting they build (Blink and WebKit at 512 elements); so does this parser: a
//! filter between html5ever's tokenizer and its tree builder stops opening elements once that
//! many are open. Their text still flows into the deepest open element, so nothing is lost, and
//! the end tags of the elements never opened are dropped with them, so that they cannot close
//! the elements that were.
//!
//! The same filter keeps out of the tree the text of scripts and style sheets, half the bytes
//! of a typical page, which nothing reads: only a script of structured data (JSON-LD) keeps its
//! text.

use super::page::is_json_ld_type;
use super::tuning::MAX_OPEN_ELEMENTS;
use ego_tree::NodeId;
use html5ever::interface::{create_element, Tracer};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{local_name, ns, LocalName, QualName, TokenizerResult};
use scraper::{Html, HtmlTreeSink};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Start tags that never open an element (void elements), and those whose content the
/// tokenizer reads as raw text when the tree builder asks it to: letting these through keeps
/// scripts and styles out of the text however deep they are.
const ALWAYS_PASSED: &[&str] = &[
    "area",
    "base",
    "basefont",
    "bgsound",
    "br",
    "col",
    "embed",
    "frame",
    "hr",
    "img",
    "input",
    "keygen",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
    "script",
    "style",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "textarea",
    "title",
    "plaintext",
];

/// Tokens between two exact counts of the open elements, however the estimate stands: the
/// tree builder also opens elements no tag names (a table's body, formatting reopened).
const RECOUNT_EVERY_TOKENS: usize = 1024;

/// Parses `html` as a browser does, with at most [`MAX_OPEN_ELEMENTS`] elements open at once.
pub(crate) fn parse(html: &str) -> Html {
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), TreeBuilderOpts::default());
    run(builder, TokenizerOpts::default(), html)
}

/// Parses `markup` as the content of a `<body>`, as [`parse`] parses a document.
pub(crate) fn parse_fragment(markup: &str) -> Html {
    let sink = HtmlTreeSink::new(Html::new_fragment());
    let body = create_element(&sink, QualName::new(None, ns!(html), local_name!("body")), Vec::new());
    let builder = TreeBuilder::new_for_fragment(sink, body, None, TreeBuilderOpts::default());
    let options = TokenizerOpts {
        initial_state: Some(builder.tokenizer_state_for_context_elem(false)),
        ..TokenizerOpts::default()
    };
    run(builder, options, markup)
}

/// Feeds `html` through the filter to `builder`, and gives the document it built.
fn run(builder: TreeBuilder<NodeId, HtmlTreeSink>, options: TokenizerOpts, html: &str) -> Html {
    let tokenizer = Tokenizer::new(DepthCap::new(builder), options);
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // The tokenizer pauses at a script's end for it to run, and at a declared encoding for the
    // input to be decoded again; neither applies to text already decoded, so it goes on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink.finish()
}

/// The filter between the tokenizer and the tree builder.
struct DepthCap {
    builder: TreeBuilder<NodeId, HtmlTreeSink>,
    /// Open elements as counted from the tags seen since the last exact count: start tags less
    /// end tags. It overcounts where end tags are implied (`<p>`, `<li>`), which only brings
    /// the next exact count sooner.
    estimate: Cell<usize>,
    /// Tokens since the last exact count.
    since_count: Cell<usize>,
    /// Per tag name, the start tags dropped whose end tags are still to come.
    dropped: RefCell<HashMap<LocalName, usize>>,
    /// Inside a script or style sheet whose text is not kept: the tokenizer reads it as raw
    /// text, so the next tag is its end.
    in_unread_text: Cell<bool>,
}

impl DepthCap {
    fn new(builder: TreeBuilder<NodeId, HtmlTreeSink>) -> Self {
        DepthCap {
            builder,
            estimate: Cell::new(0),
            since_count: Cell::new(0),
            dropped: RefCell::new(HashMap::new()),
            in_unread_text: Cell::new(false),
        }
    }

    /// The elements the tree builder holds: those open, the formatting elements it may reopen,
    /// and a few more (the document, its head). An upper bound of those open.
    fn held_elements(&self) -> usize {
        let counter = Counter(Cell::new(0));
        self.builder.trace_handles(&counter);
        self.since_count.set(0);
        counter.0.get()
    }

    /// Whether a start tag would open one element too many; counts exactly only when the
    /// estimate says it might, or when it is old.
    fn too_deep(&self) -> bool {
        if self.estimate.get() < MAX_OPEN_ELEMENTS && self.since_count.get() < RECOUNT_EVERY_TOKENS {
            return false;
        }
        let held = self.held_elements();
        self.estimate.set(held);
        held >= MAX_OPEN_ELEMENTS
    }

    /// Whether to hand a tag on to the tree builder, keeping the count.
    fn passes(&self, tag: &Tag) -> bool {
        match tag.kind {
            TagKind::StartTag if ALWAYS_PASSED.contains(&&*tag.name) => true,
            TagKind::StartTag => {
                if self.too_deep() {
                    *self.dropped.borrow_mut().entry(tag.name.clone()).or_default() += 1;
                    return false;
                }
                self.estimate.set(self.estimate.get() + 1);
                true
            }
            TagKind::EndTag => {
                if let Some(count) = self.dropped.borrow_mut().get_mut(&tag.name).filter(|c| **c > 0) {
                    *count -= 1;
                    return false;
                }
                self.estimate.set(self.estimate.get().saturating_sub(1));
                true
            }
        }
    }
}

impl TokenSink for DepthCap {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        self.since_count.set(self.since_count.get() + 1);
        match &token {
            Token::CharacterTokens(_) | Token::NullCharacterToken if self.in_unread_text.get() => {
                return TokenSinkResult::Continue;
            }
            Token::TagToken(tag) => {
                self.in_unread_text
                    .set(tag.kind == TagKind::StartTag && has_unread_text(tag));
                if !self.passes(tag) {
                    return TokenSinkResult::Continue;
                }
            }
            _ => {}
        }
        self.builder.process_token(token, line_number)
    }

    fn end(&self) {
        self.builder.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.builder.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// Whether an element's text is never read: a style sheet's, or a script's other than
/// structured data.
fn has_unread_text(tag: &Tag) -> bool {
    match &*tag.name {
        "style" => true,
        "script" => !tag
            .attrs
            .iter()
            .any(|a| &*a.name.local == "type" && is_json_ld_type(&a.value)),
        _ => false,
    }
}

/// Counts the handles the tree builder holds.
struct Counter(Cell<usize>);

impl Tracer for Counter {
    type Handle = NodeId;

    fn trace_handle(&self, _: &NodeId) {
        self.0.set(self.0.get() + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Node;

    /// `inner` inside `n` nested `<div>`.
    fn nested(n: usize, inner: &str) -> String {
        format!("{}{inner}{}", "<div>".repeat(n), "</div>".repeat(n))
    }

    fn deepest_depth(html: &Html) -> usize {
        fn depth(node: ego_tree::NodeRef<'_, Node>) -> usize {
            // Iterative: the tree may be deep.
            let mut deepest = 0;
            let mut stack = vec![(node, 0)];
            while let Some((n, d)) = stack.pop() {
                deepest = deepest.max(d);
                stack.extend(n.children().map(|c| (c, d + 1)));
            }
            deepest
        }
        depth(html.tree.root())
    }

    #[test]
    fn ordinary_pages_parse_as_html5ever_parses_them() {
        let page =
            "<html><head><meta charset=utf-8><title>T</title></head><body><div><p>One<p>Two<table><td>cell</table>\
                    <b><i>bold</b> italic</i><ul><li>a<li>b</ul><script type=application/ld+json>{\"a\": \"<b>\"}</script></div></body></html>";
        assert_eq!(parse(page).html(), Html::parse_document(page).html());
    }

    #[test]
    fn scripts_and_style_sheets_come_empty_but_structured_data() {
        let page = "<head><style>p { color: red }</style><script>var a = '<p>';</script>\
                    <script type='application/ld+json'>{\"@type\": \"Article\"}</script></head>\
                    <body><p>Text</p><script>if (a < b) {}</script><p>More</p></body>";
        let html = parse(page).html();
        assert!(html.contains("<style></style><script></script>"), "{html}");
        assert!(html.contains(r#"{"@type": "Article"}"#), "{html}");
        assert!(html.contains("<p>Text</p><script></script><p>More</p>"), "{html}");
    }

    #[test]
    fn nesting_stops_at_the_cap_and_the_text_is_kept() {
        let n = 20_000;
        let page = format!("{}<p>after</p>", nested(n, "<p>deep words</p>"));
        let html = parse(&page);
        assert!(
            deepest_depth(&html) <= MAX_OPEN_ELEMENTS + 4,
            "depth {}",
            deepest_depth(&html)
        );
        let text: String = html.root_element().text().collect();
        assert!(text.contains("deep words") && text.contains("after"), "{text:?}");
    }

    #[test]
    fn the_end_tags_of_dropped_elements_close_nothing() {
        // Past the cap, the inner <div>s are never opened; their end tags must not close the
        // <section> around them, which holds the second paragraph too.
        let n = MAX_OPEN_ELEMENTS + 50;
        let page = format!(
            "<section>{}<p>still inside</p></section><p>outside</p>",
            nested(n, "<p>inner</p>")
        );
        let html = parse(&page);
        let section = html
            .tree
            .nodes()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() == "section"))
            .unwrap();
        let inside: String = scraper::ElementRef::wrap(section).unwrap().text().collect();
        assert!(
            inside.contains("inner") && inside.contains("still inside"),
            "{inside:?}"
        );
        assert!(!inside.contains("outside"), "{inside:?}");
    }

    #[test]
    fn unclosed_formatting_elements_stop_at_the_cap() {
        let page = format!("<p>{}text</p>", "<b>*".repeat(20_000));
        let html = parse(&page);
        assert!(deepest_depth(&html) <= MAX_OPEN_ELEMENTS + 4);
        let text: String = html.root_element().text().collect();
        assert_eq!(text.matches('*').count(), 20_000);
        assert!(text.ends_with("text"));
    }

    #[test]
    fn text_deeper_than_the_walk_goes_is_read_and_scripts_stay_out() {
        // Deeper than the walk goes, but within the parser's bound.
        let n = 400;
        let page = format!(
            "<body>{}</body>",
            nested(n, "<p>Deep words here.</p><script>var hidden = 1;</script>")
        );
        let text: String = super::super::page::read(&page)
            .blocks
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert!(text.contains("Deep words here."), "{text:?}");
        assert!(!text.contains("hidden"), "{text:?}");
    }

    #[test]
    fn a_page_nested_two_hundred_thousand_deep_keeps_its_paragraph() {
        let n = 200_000;
        let page = format!(
            "<html><body>{}</body></html>",
            nested(n, "<p>The only paragraph of this page, deep inside its boxes.</p>")
        );
        let doc = crate::Cleaner::default()
            .clean(page.as_bytes(), &crate::Hints::default())
            .unwrap();
        assert_eq!(doc.text, "The only paragraph of this page, deep inside its boxes.");
    }
}
