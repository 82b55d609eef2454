//! `Cleaner::clean_html` on pages built from a tree of the elements, attributes, class names,
//! structured data and prose that the extractor decides by, so that the fuzzer reaches deep
//! into the walk, the choice of the article, the metadata and the page's type. The tree is
//! rendered as HTML, with a doctype and a `<meta>` charset when it asks.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use dechrome::Cleaner;
use dechrome_fuzz::{check, hints, options};
use libfuzzer_sys::fuzz_target;
use std::fmt::Write;

const TAGS: &[&str] = &[
    "div",
    "p",
    "span",
    "a",
    "article",
    "main",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "thead",
    "tbody",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "code",
    "br",
    "hr",
    "img",
    "figure",
    "figcaption",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "input",
    "button",
    "time",
    "address",
    "iframe",
    "template",
    "svg",
    "math",
    "select",
    "option",
    "textarea",
    "b",
    "i",
    "em",
    "strong",
    "sup",
    "small",
    "label",
    "details",
    "summary",
    "title",
    "meta",
    "link",
    "script",
    "style",
    "noscript",
    "head",
    "body",
    "html",
    "caption",
    "picture",
    "source",
    "video",
    "cite",
    "q",
    "abbr",
    "wbr",
    "center",
    "font",
    "frameset",
    "frame",
    "object",
    "plaintext",
    "xmp",
    "listing",
    "image",
    "marquee",
    "dialog",
];

const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "itemprop",
    "itemtype",
    "itemscope",
    "property",
    "content",
    "name",
    "rel",
    "href",
    "lang",
    "hidden",
    "style",
    "role",
    "aria-hidden",
    "datetime",
    "charset",
    "http-equiv",
    "type",
    "src",
    "alt",
    "title",
    "dir",
    "data-testid",
    "rev",
    "pubdate",
    "value",
];

const VALUES: &[&str] = &[
    "article",
    "content",
    "entry-content",
    "post-body",
    "story",
    "main",
    "nav",
    "navbar",
    "menu",
    "footer",
    "header",
    "sidebar",
    "share",
    "social",
    "related",
    "comments",
    "comment-body",
    "reply",
    "byline",
    "author",
    "vcard",
    "fn",
    "date",
    "published",
    "updated",
    "sr-only",
    "hidden",
    "ad",
    "advert",
    "promo",
    "cookie-banner",
    "newsletter",
    "breadcrumb",
    "caption",
    "credit",
    "widget",
    "teaser",
    "card",
    "product",
    "price",
    "forum",
    "post",
    "answer",
    "question",
    "toc",
    "docs",
    "display:none",
    "visibility:hidden",
    "true",
    "canonical",
    "author",
    "description",
    "og:title",
    "og:site_name",
    "og:url",
    "og:description",
    "og:type",
    "article:published_time",
    "article:author",
    "twitter:title",
    "datePublished",
    "headline",
    "http://schema.org/Article",
    "https://schema.org/NewsArticle",
    "https://schema.org/Product",
    "https://schema.org/Person",
    "https://schema.org/DiscussionForumPosting",
    "application/ld+json",
    "text/html; charset=windows-1251",
    "Content-Type",
    "utf-8",
    "shift_jis",
    "2024-05-03T08:00:00Z",
    "3 May 2024",
    "https://example.com/2024/05/03/story",
    "/",
    "#top",
    "en",
    "ru",
    "ar",
    "rtl",
    "main",
    "complementary",
    "navigation",
    "contentinfo",
    "banner",
    "dialog",
];

const WORDS: &[&str] = &[
    "the",
    "river",
    "rose",
    "to",
    "a",
    "record",
    "level",
    "on",
    "Sunday,",
    "after",
    "three",
    "days",
    "of",
    "rain",
    "and",
    "town",
    "closed",
    "two",
    "bridges.",
    "Home",
    "Share",
    "Menu",
    "Log in",
    "Read more",
    "Comments",
    "By",
    "Jane Doe",
    "Reply",
    "Posted",
    "3 May 2024",
    "©",
    "2024",
    "cookies",
    "Accept",
    "Подписаться",
    "новости",
    "مقالة",
    "ข่าว",
    "新闻",
    "ニュース",
    "é",
    "e\u{301}",
    "\u{200b}",
    "\u{a0}",
    "\t",
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&lt;p&gt;",
    "|",
    "—",
    "…",
    ".",
    ",",
    "?",
    "!",
    "$19.99",
    "1.",
    "•",
    "\u{feff}",
    "\u{2028}",
    "\r\n",
];

const KEYS: &[&str] = &[
    "@context",
    "@type",
    "@graph",
    "@id",
    "author",
    "name",
    "headline",
    "datePublished",
    "dateModified",
    "publisher",
    "mainEntity",
    "articleBody",
    "url",
    "image",
    "offers",
    "price",
    "text",
    "acceptedAnswer",
    "suggestedAnswer",
    "itemListElement",
    "description",
    "creator",
    "comment",
    "givenName",
    "familyName",
];

const STRINGS: &[&str] = &[
    "https://schema.org",
    "NewsArticle",
    "Article",
    "BlogPosting",
    "Product",
    "Offer",
    "QAPage",
    "Question",
    "Answer",
    "DiscussionForumPosting",
    "WebPage",
    "WebSite",
    "Organization",
    "Person",
    "ItemList",
    "CollectionPage",
    "TechArticle",
    "Recipe",
    "Jane Doe",
    "The Paper",
    "2024-05-03",
    "2024-05-03T08:00:00+02:00",
    "03/05/2024",
    "not a date",
    "https://example.com/a",
];

#[derive(Arbitrary, Debug)]
enum Node {
    Element {
        tag: u8,
        attributes: Vec<(u8, Value)>,
        children: Vec<Node>,
    },
    Prose(Vec<u8>),
    Text(String),
    Comment(String),
    JsonLd(Json),
}

#[derive(Arbitrary, Debug)]
enum Value {
    Known(u8),
    Any(String),
}

#[derive(Arbitrary, Debug)]
enum Json {
    Object(Vec<(u8, Json)>),
    Array(Vec<Json>),
    Known(u8),
    Words(Vec<u8>),
    Any(String),
    Number(i64),
    Float(f64),
    Bool(bool),
    Null,
}

#[derive(Arbitrary, Debug)]
struct Page {
    flags: u8,
    doctype: bool,
    charset: Option<u8>,
    nodes: Vec<Node>,
}

fn pick<'a>(list: &[&'a str], i: u8) -> &'a str {
    list[usize::from(i) % list.len()]
}

fn escape(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

fn prose(words: &[u8], out: &mut String) {
    for (n, &w) in words.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        out.push_str(pick(WORDS, w));
    }
}

/// Renders a tree as HTML; past a depth of 600 (beyond the parser's cap), children are left out.
fn render(node: &Node, depth: usize, out: &mut String) {
    match node {
        Node::Element {
            tag,
            attributes,
            children,
        } => {
            let tag = pick(TAGS, *tag);
            let _ = write!(out, "<{tag}");
            for (name, value) in attributes {
                let _ = write!(out, " {}=\"", pick(ATTRIBUTES, *name));
                match value {
                    Value::Known(v) => out.push_str(pick(VALUES, *v)),
                    Value::Any(v) => escape(v, out),
                }
                out.push('"');
            }
            out.push('>');
            if depth < 600 {
                for child in children {
                    render(child, depth + 1, out);
                }
            }
            let _ = write!(out, "</{tag}>");
        }
        Node::Prose(words) => prose(words, out),
        Node::Text(text) => escape(text, out),
        Node::Comment(text) => {
            let _ = write!(out, "<!--{}-->", text.replace("--", ""));
        }
        Node::JsonLd(json) => {
            out.push_str("<script type=\"application/ld+json\">");
            let mut text = String::new();
            json_text(json, 0, &mut text);
            out.push_str(&text.replace("</", "<\\/"));
            out.push_str("</script>");
        }
    }
}

/// A JSON string of `text`.
fn json_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn json_text(json: &Json, depth: usize, out: &mut String) {
    if depth > 100 {
        out.push_str("null");
        return;
    }
    match json {
        Json::Object(members) => {
            out.push('{');
            for (n, (key, value)) in members.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                json_string(pick(KEYS, *key), out);
                out.push(':');
                json_text(value, depth + 1, out);
            }
            out.push('}');
        }
        Json::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                json_text(item, depth + 1, out);
            }
            out.push(']');
        }
        Json::Known(s) => json_string(pick(STRINGS, *s), out),
        Json::Words(words) => {
            let mut text = String::new();
            prose(words, &mut text);
            json_string(&text, out);
        }
        Json::Any(s) => json_string(s, out),
        Json::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Json::Float(f) if f.is_finite() => {
            let _ = write!(out, "{f}");
        }
        Json::Float(_) => out.push_str("1e400"),
        Json::Bool(b) => {
            let _ = write!(out, "{b}");
        }
        Json::Null => out.push_str("null"),
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(page) = Page::arbitrary_take_rest(Unstructured::new(data)) else {
        return;
    };
    let mut html = String::new();
    if page.doctype {
        html.push_str("<!DOCTYPE html>");
    }
    if let Some(charset) = page.charset {
        let _ = write!(html, "<meta charset=\"{}\">", pick(VALUES, charset));
    }
    for node in &page.nodes {
        render(node, 0, &mut html);
    }
    let options = options(page.flags);
    let form = options.normalization();
    if let Ok(doc) = Cleaner::new(options).clean_html(html.as_bytes(), &hints(page.flags >> 5)) {
        check(&doc, form);
    }
});
