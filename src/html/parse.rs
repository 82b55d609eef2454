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
//!
//! The tree built is our own compact one ([`Tree`]); the tests build scraper's from the same
//! tokens and hold the two side by side.

use super::page::is_json_ld_type;
use super::tree::{Sink, Tree};
use super::tuning::MAX_OPEN_ELEMENTS;
use html5ever::interface::{create_element, Tracer};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{local_name, ns, LocalName, QualName, TokenizerResult};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::marker::PhantomData;

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
pub(crate) fn parse(html: &str) -> Tree {
    parse_into(Sink::document(), html)
}

/// Parses `markup` as the content of a `<body>`, as [`parse`] parses a document.
pub(crate) fn parse_fragment(markup: &str) -> Tree {
    parse_fragment_into(Sink::fragment(), markup)
}

/// Parses `html` as [`parse`] does, into the tree `sink` builds.
fn parse_into<S: TreeSink>(sink: S, html: &str) -> S::Output {
    run(
        TreeBuilder::new(sink, TreeBuilderOpts::default()),
        TokenizerOpts::default(),
        html,
    )
}

/// Parses `markup` as [`parse_fragment`] does, into the tree `sink` builds.
fn parse_fragment_into<S: TreeSink>(sink: S, markup: &str) -> S::Output {
    let body = create_element(&sink, QualName::new(None, ns!(html), local_name!("body")), Vec::new());
    let builder = TreeBuilder::new_for_fragment(sink, body, None, TreeBuilderOpts::default());
    let options = TokenizerOpts {
        initial_state: Some(builder.tokenizer_state_for_context_elem(false)),
        ..TokenizerOpts::default()
    };
    run(builder, options, markup)
}

/// Feeds `html` through the filter to `builder`, and gives the document it built.
fn run<S: TreeSink>(builder: TreeBuilder<S::Handle, S>, options: TokenizerOpts, html: &str) -> S::Output {
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
struct DepthCap<S: TreeSink> {
    builder: TreeBuilder<S::Handle, S>,
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

impl<S: TreeSink> DepthCap<S> {
    fn new(builder: TreeBuilder<S::Handle, S>) -> Self {
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
        let counter = Counter(Cell::new(0), PhantomData);
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

impl<S: TreeSink> TokenSink for DepthCap<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
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
struct Counter<H>(Cell<usize>, PhantomData<H>);

impl<H> Tracer for Counter<H> {
    type Handle = H;

    fn trace_handle(&self, _: &H) {
        self.0.set(self.0.get() + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tree::{Edge, Node, NodeRef};
    use super::*;
    use std::path::Path;

    /// `inner` inside `n` nested `<div>`.
    fn nested(n: usize, inner: &str) -> String {
        format!("{}{inner}{}", "<div>".repeat(n), "</div>".repeat(n))
    }

    fn deepest_depth(tree: &Tree) -> usize {
        // Iterative: the tree may be deep.
        let mut deepest = 0;
        let mut stack = vec![(tree.root(), 0)];
        while let Some((n, d)) = stack.pop() {
            deepest = deepest.max(d);
            stack.extend(n.children().map(|c| (c, d + 1)));
        }
        deepest
    }

    /// The text under a node.
    fn text(node: NodeRef<'_>) -> String {
        node.descendants().filter_map(|n| n.as_text()).collect()
    }

    /// The markup of a tree, enough to see what it holds: tags, attributes and text, as
    /// written.
    fn markup(tree: &Tree) -> String {
        let mut out = String::new();
        for edge in tree.root().traverse() {
            match edge {
                Edge::Open(n) => match n.value() {
                    Node::Element(e) => {
                        out.push('<');
                        out.push_str(e.name());
                        for (name, value) in e.attrs() {
                            out.push_str(&format!(" {name}=\"{value}\""));
                        }
                        out.push('>');
                    }
                    Node::Text(t) => out.push_str(t),
                    _ => {}
                },
                Edge::Close(n) => {
                    if let Some(e) = n.as_element() {
                        out.push_str(&format!("</{}>", e.name()));
                    }
                }
            }
        }
        out
    }

    /// One node of either tree, as both can say it: what it is and where its neighbours are,
    /// by their places in the order the nodes were made.
    #[derive(Debug, PartialEq)]
    struct Made {
        what: String,
        links: [Option<usize>; 5],
    }

    fn name_of(name: &QualName) -> String {
        format!("{:?}:{}:{}", name.prefix.as_deref(), &*name.ns, &*name.local)
    }

    fn ours(tree: &Tree) -> Vec<Made> {
        let place: HashMap<_, usize> = tree.nodes().enumerate().map(|(i, n)| (n.id(), i)).collect();
        let at = |n: Option<NodeRef<'_>>| n.map(|n| place[&n.id()]);
        tree.nodes()
            .map(|n| Made {
                what: match n.value() {
                    Node::Document => "document".to_string(),
                    Node::Fragment => "fragment".to_string(),
                    Node::Doctype => "doctype".to_string(),
                    Node::Comment => "comment".to_string(),
                    Node::ProcessingInstruction => "pi".to_string(),
                    Node::Text(t) => format!("text {t:?}"),
                    Node::Element(e) => {
                        let attrs: Vec<String> = e
                            .raw_attrs()
                            .iter()
                            .map(|a| format!("{}={:?}", name_of(&a.name), &*a.value))
                            .collect();
                        format!("element {} {attrs:?}", name_of(e.qual_name()))
                    }
                },
                links: [
                    at(n.parent()),
                    at(n.prev_sibling()),
                    at(n.next_sibling()),
                    at(n.first_child()),
                    at(n.last_child()),
                ],
            })
            .collect()
    }

    fn theirs(html: &scraper::Html) -> Vec<Made> {
        let place: HashMap<_, usize> = html.tree.nodes().enumerate().map(|(i, n)| (n.id(), i)).collect();
        let at = |n: Option<ego_tree::NodeRef<'_, scraper::Node>>| n.map(|n| place[&n.id()]);
        html.tree
            .nodes()
            .map(|n| Made {
                what: match n.value() {
                    scraper::Node::Document => "document".to_string(),
                    scraper::Node::Fragment => "fragment".to_string(),
                    scraper::Node::Doctype(_) => "doctype".to_string(),
                    scraper::Node::Comment(_) => "comment".to_string(),
                    scraper::Node::ProcessingInstruction(_) => "pi".to_string(),
                    scraper::Node::Text(t) => format!("text {:?}", &*t.text),
                    scraper::Node::Element(e) => {
                        let attrs: Vec<String> = e
                            .attrs
                            .iter()
                            .map(|(name, value)| format!("{}={:?}", name_of(name), &**value))
                            .collect();
                        format!("element {} {attrs:?}", name_of(&e.name))
                    }
                },
                links: [
                    at(n.parent()),
                    at(n.prev_sibling()),
                    at(n.next_sibling()),
                    at(n.first_child()),
                    at(n.last_child()),
                ],
            })
            .collect()
    }

    /// Parses `html` into our tree and into scraper's, as a document and as a fragment, and
    /// fails at the first node where they differ.
    fn assert_same_as_scraper(html: &str, what: &str) {
        let pairs = [
            (
                ours(&parse(html)),
                theirs(&parse_into(
                    scraper::HtmlTreeSink::new(scraper::Html::new_document()),
                    html,
                )),
            ),
            (
                ours(&parse_fragment(html)),
                theirs(&parse_fragment_into(
                    scraper::HtmlTreeSink::new(scraper::Html::new_fragment()),
                    html,
                )),
            ),
        ];
        for (ours, theirs) in pairs {
            if let Some(i) = (0..ours.len().max(theirs.len())).find(|&i| ours.get(i) != theirs.get(i)) {
                panic!(
                    "{what}: node {i} of {} (scraper: {}) differs:\n ours   {:?}\n theirs {:?}",
                    ours.len(),
                    theirs.len(),
                    ours.get(i),
                    theirs.get(i)
                );
            }
        }
    }

    /// The pages under `dir` (recursively) whose names end in `.html`, `.htm` or `.txt`, with
    /// an optional `.gz`, with their paths.
    fn pages(dir: &Path) -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut dirs = vec![dir.to_path_buf()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                let name = path.to_string_lossy().into_owned();
                let plain = name.strip_suffix(".gz").unwrap_or(&name);
                if path.is_dir() {
                    dirs.push(path);
                } else if [".html", ".htm", ".txt"].iter().any(|s| plain.ends_with(s)) {
                    let bytes = std::fs::read(&path).unwrap();
                    let bytes = if name.ends_with(".gz") {
                        let mut out = Vec::new();
                        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out).unwrap();
                        out
                    } else {
                        bytes
                    };
                    found.push((name, String::from_utf8_lossy(&bytes).into_owned()));
                }
            }
        }
        found.sort();
        found
    }

    #[test]
    fn the_tree_is_the_one_scraper_builds_for_the_bundled_pages() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut count = 0;
        for dir in ["tests/quality", "benches/dumps", "samples", "tests/fixtures"] {
            for (name, page) in pages(&root.join(dir)) {
                assert_same_as_scraper(&page, &name);
                count += 1;
            }
        }
        assert!(count > 150, "{count} pages");
    }

    /// Pages from elsewhere: `DECHROME_TREE_PAGES=dir cargo test -- --ignored`.
    #[test]
    #[ignore]
    fn the_tree_is_the_one_scraper_builds_for_the_pages_of_a_folder() {
        let dir = std::env::var("DECHROME_TREE_PAGES").expect("DECHROME_TREE_PAGES names a folder");
        let pages = pages(Path::new(&dir));
        assert!(!pages.is_empty());
        for (name, page) in pages {
            assert_same_as_scraper(&page, &name);
        }
    }

    #[test]
    fn the_tree_is_the_one_scraper_builds_where_html5ever_rearranges_it() {
        let cases = [
            // Text and elements moved before a table (foster parenting), texts merged there.
            "<table>a<tr>b<td>c</td>d</tr>e<div>f</div>g</table>h",
            "<p>x<table><tr><td>1</td></tr>y<b>z</b></table>",
            // Misnested formatting elements (the adoption agency).
            "<b>1<p>2</b>3</p><i>4<div>5</i>6</div>",
            "<a href=x>1<table><a href=y>2</table>3</a>",
            // Templates keep their content in a fragment.
            "<template><p>in</p><template>nested</template></template><p>out</p>",
            "<head><template><meta name=a content=b></template></head>",
            // A second html or body tag adds the attributes the first lacks.
            "<html lang=en><body class=a><p>x</p><body id=b class=c><html dir=rtl lang=fr>",
            // A frameset after the body has begun detaches the body.
            "<body><frameset><frame></frameset>",
            "<frameset><frame><noframes>n</noframes></frameset>",
            // Foreign content: namespaces, adjusted names and attributes.
            "<svg viewBox='0 0 1 1'><a href=1 xlink:href=2 xlink:title=t><foreignObject><p>html</p></foreignObject></a></svg>\
             <math><mi>x</mi><annotation-xml encoding='text/html'><div>d</div></annotation-xml></math>",
            // Everything else that is not an element or text.
            "<!DOCTYPE html><!-- c --><?pi x?><html><!--d--><body>t<!--e-->u</body></html><!--f-->",
            "<select><option>1<option>2<optgroup><option>3</select><button><p>a</button>",
            "<li>1<li>2<dd>3<dt>4<ruby>r<rt>t</ruby><form><form><input></form>",
            "<script type='application/ld+json'>{\"a\": \"<b>\"}</script><style>p{}</style><noscript><p>n</p></noscript>",
            "<plaintext><b>all text",
            "",
        ];
        for case in cases {
            assert_same_as_scraper(case, case);
        }
        let deep = format!(
            "<section>{}<p>still inside</p></section><p>outside</p>",
            nested(600, "<b><p>inner</b>")
        );
        assert_same_as_scraper(&deep, "deep");
        assert_same_as_scraper(&format!("<p>{}text</p>", "<b>*".repeat(2_000)), "formatting");
    }

    #[test]
    fn ordinary_pages_parse_as_html5ever_parses_them() {
        let page =
            "<html><head><meta charset=utf-8><title>T</title></head><body><div><p>One<p>Two<table><td>cell</table>\
                    <b><i>bold</b> italic</i><ul><li>a<li>b</ul><script type=application/ld+json>{\"a\": \"<b>\"}</script></div></body></html>";
        assert_eq!(ours(&parse(page)), theirs(&scraper::Html::parse_document(page)));
    }

    #[test]
    fn scripts_and_style_sheets_come_empty_but_structured_data() {
        let page = "<head><style>p { color: red }</style><script>var a = '<p>';</script>\
                    <script type='application/ld+json'>{\"@type\": \"Article\"}</script></head>\
                    <body><p>Text</p><script>if (a < b) {}</script><p>More</p></body>";
        let html = markup(&parse(page));
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
        let text = text(html.root_element().unwrap());
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
            .nodes()
            .find(|n| n.as_element().is_some_and(|e| e.name() == "section"))
            .unwrap();
        let inside = text(section);
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
        let text = text(html.root_element().unwrap());
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
