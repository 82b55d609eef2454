//! What marks an element as chrome or as content: tag names, class and id tokens, roles.
//!
//! Word lists are data here, apart from the logic that uses them. Class and id values are
//! split into words at `-`, `_`, spaces and lower-to-upper case changes (`articleShare` is
//! `article`, `share`), then matched word by word.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Elements whose content is never article text; their subtrees are skipped.
pub(crate) const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
    "select", "option", "button", "input", "textarea", "dialog", "head", "map", "frameset", "frame", "applet",
];

/// Elements that start and end a text block.
pub(crate) const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "caption",
    "noframes",
];

/// Elements that are site chrome wherever they are.
pub(crate) const CHROME_TAGS: &[&str] = &["nav", "aside", "menu", "figcaption"];

/// Elements that are chrome outside an article, and page furniture inside one.
pub(crate) const CHROME_OUTSIDE_ARTICLE_TAGS: &[&str] = &["header", "footer"];

/// ARIA roles of chrome.
pub(crate) const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alertdialog",
    "tablist",
];

/// Whole class or id values of text meant only for screen readers ("Share on X", "Opens in a
/// new window") and of elements hidden by convention.
pub(crate) const HIDDEN_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader-text",
    "screen-reader-only",
    "hidden",
    "hide",
    "is-hidden",
    "u-hidden",
    "a11y-hidden",
    "offscreen",
];

/// Words of class and id values that mark chrome: menus, ads, share bars, comments, related
/// links, cookie banners, newsletters, captions and credits.
pub(crate) const CHROME_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "share",
    "shares",
    "sharing",
    "sharebar",
    "social",
    "socials",
    "respond",
    "related",
    "recommended",
    "recommendations",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "advert",
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "adslot",
    "adunit",
    "sponsor",
    "sponsored",
    "promo",
    "promoted",
    "popup",
    "overlay",
    "modal",
    "footer",
    "masthead",
    "skip",
    "toolbar",
    "tags",
    "tagcloud",
    "caption",
    "credit",
    "credits",
    "copyright",
    "banner",
    "outbrain",
    "trending",
    "popular",
    "teaser",
    "teasers",
    "pagination",
    "pager",
    "disclaimer",
    "byline",
    "dateline",
    "author",
    "bio",
    "print",
    "rating",
    "toc",
];

/// Words of class and id values that mark readers' comments, in several languages. They are
/// chrome and lower a container's score; the comments option keeps what they hold.
pub(crate) const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "kommentar",
    "kommentare",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "commento",
    "commenti",
    "komentarz",
    "komentarze",
    "reacties",
    "disqus",
];

/// Words that mark the main content; a class value holding one is not chrome unless a chrome
/// word is its last word (`article-share` is a share bar, `article-body` is the article).
pub(crate) const CONTENT_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "main",
    "post",
    "entry",
    "story",
    "text",
    "blog",
    "column",
    "hentry",
    "prose",
    "richtext",
    "wysiwyg",
];

/// Words of other languages that mark the main content and raise a container's score, as
/// [`CONTENT_WORDS`] and [`POSITIVE_WORDS`] do in English.
pub(crate) const OTHER_LANGUAGE_CONTENT_WORDS: &[&str] = &[
    "artikel",
    "inhalt",
    "beitrag",
    "articulo",
    "artículo",
    "contenido",
    "cuerpo",
    "texto",
    "noticia",
    "conteudo",
    "conteúdo",
    "materia",
    "matéria",
    "contenu",
    "corps",
    "articolo",
    "contenuto",
    "testo",
    "artykul",
    "tresc",
    "treść",
    "tekst",
];

/// Class and id words of a standfirst: the lead paragraph under a headline, in the names
/// content systems give it in several languages.
pub(crate) const STANDFIRST_WORDS: &[&str] = &[
    "lead",
    "leadin",
    "intro",
    "introduction",
    "teaser",
    "abstract",
    "deck",
    "dek",
    "standfirst",
    "summary",
    "excerpt",
    "subtitle",
    "subheadline",
    "subhead",
    "description",
    "perex",
    "chapo",
    "chapeau",
    "vorspann",
    "sapo",
    "entradilla",
    "occhiello",
    "bajada",
    "copete",
    "sumario",
    "sommario",
    "lede",
    "wstep",
    "zajawka",
];

/// Class and id words of a picture's box: text in a small one is its caption or credit.
pub(crate) const PICTURE_WORDS: &[&str] = &[
    "image",
    "img",
    "photo",
    "picture",
    "figure",
    "gallery",
    "media",
    "thumbnail",
    "thumb",
    "slideshow",
];

/// Class and id words that raise a container's score, in the spirit of Readability's weights.
pub(crate) const POSITIVE_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "hentry",
    "main",
    "page",
    "post",
    "text",
    "blog",
    "story",
    "prose",
    "richtext",
];

/// Class and id words that lower a container's score.
pub(crate) const NEGATIVE_WORDS: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "contact",
    "foot",
    "footer",
    "footnote",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "ad",
    "ads",
    "nav",
    "menu",
    "social",
    "byline",
    "author",
    "date",
    "caption",
    "credit",
];

/// Calls `each` with the lower-case words of one class name, split at `-`, `_`, digits and
/// case changes; `word` is scratch space, reused to spare allocations on every element.
fn for_each_word(name: &str, word: &mut String, mut each: impl FnMut(&str)) {
    word.clear();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() || c.is_ascii_digit() {
            if !word.is_empty() {
                each(word);
                word.clear();
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !word.is_empty() {
            each(word);
            word.clear();
        }
        prev_lower = c.is_lowercase();
        if c.is_ascii() {
            word.push(c.to_ascii_lowercase());
        } else {
            word.extend(c.to_lowercase());
        }
    }
    if !word.is_empty() {
        each(word);
    }
}

/// The lists a class or id word is on, as bits.
const CHROME: u8 = 1;
const CONTENT: u8 = 2;
const POSITIVE: u8 = 4;
const NEGATIVE: u8 = 8;
const STANDFIRST: u8 = 16;
const PICTURE: u8 = 32;
const COMMENTS: u8 = 64;

/// Which word lists each known word is on, built once from the lists above.
fn word_table() -> &'static HashMap<&'static str, u8> {
    static TABLE: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&'static str, u8> = HashMap::new();
        for (list, bit) in [
            (CHROME_WORDS, CHROME),
            (CONTENT_WORDS, CONTENT),
            (OTHER_LANGUAGE_CONTENT_WORDS, CONTENT | POSITIVE),
            (POSITIVE_WORDS, POSITIVE),
            (NEGATIVE_WORDS, NEGATIVE),
            (STANDFIRST_WORDS, STANDFIRST),
            (PICTURE_WORDS, PICTURE),
            (COMMENT_WORDS, CHROME | NEGATIVE | COMMENTS),
        ] {
            for word in list {
                *table.entry(word).or_default() |= bit;
            }
        }
        table
    })
}

/// What the class and id values of one element say.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameVerdict {
    /// The element is chrome by its names.
    pub chrome: bool,
    /// The element is hidden by convention (screen-reader text and the like).
    pub hidden: bool,
    /// Score adjustment: +25 per positive value, -25 per negative one.
    pub weight: i32,
    /// The element is named as a standfirst.
    pub standfirst: bool,
    /// The element is named as a picture's box (and not also as content).
    pub picture: bool,
    /// The element is chrome by a name of readers' comments.
    pub comments: bool,
}

/// Judges an element by its class and id values.
pub(crate) fn judge_names(class: Option<&str>, id: Option<&str>) -> NameVerdict {
    let table = word_table();
    let mut verdict = NameVerdict::default();
    let mut chrome_class = false;
    let mut comment_class = false;
    let mut content_class = false;
    let mut word = String::with_capacity(32);
    for value in [class, id].into_iter().flatten() {
        let mut any = 0u8;
        for raw in value.split_ascii_whitespace() {
            if HIDDEN_CLASSES.iter().any(|h| raw.eq_ignore_ascii_case(h)) {
                verdict.hidden = true;
            }
            let mut bits = 0u8;
            let mut last = 0u8;
            for_each_word(raw, &mut word, |w| {
                last = table.get(w).copied().unwrap_or(0);
                bits |= last;
            });
            // `article-share` is a share bar, `article-body` is the article.
            if bits & CHROME != 0 && (bits & CONTENT == 0 || last & CHROME != 0) {
                chrome_class = true;
                comment_class |= bits & COMMENTS != 0;
            } else if bits & CONTENT != 0 {
                content_class = true;
            }
            any |= bits;
        }
        verdict.standfirst |= any & STANDFIRST != 0;
        verdict.picture |= any & PICTURE != 0 && any & CONTENT == 0;
        if any & NEGATIVE != 0 {
            verdict.weight -= 25;
        }
        if any & POSITIVE != 0 {
            verdict.weight += 25;
        }
    }
    verdict.chrome = chrome_class && !content_class;
    verdict.comments = verdict.chrome && comment_class;
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_words() {
        let split = |name: &str| {
            let mut words = Vec::new();
            for_each_word(name, &mut String::new(), |w| words.push(w.to_string()));
            words
        };
        assert_eq!(split("articleShare_bar-2"), ["article", "share", "bar"]);
        assert_eq!(split("NAV"), ["nav"]);
    }

    #[test]
    fn chrome_and_content_names_are_told_apart() {
        assert!(judge_names(Some("article-share"), None).chrome);
        assert!(judge_names(Some("post-comments"), None).chrome);
        assert!(judge_names(None, Some("cookieBanner")).chrome);
        assert!(!judge_names(Some("article-body"), None).chrome);
        assert!(!judge_names(Some("content comments-open"), None).chrome);
        assert!(
            !judge_names(Some("shadow loaded"), None).chrome,
            "ad is a word, not a substring"
        );
        assert!(judge_names(Some("sr-only"), None).hidden);
        assert!(judge_names(None, Some("kommentare")).comments);
        assert!(!judge_names(Some("share-bar"), None).comments);
        assert!(judge_names(Some("entry-content"), Some("post-12")).weight > 0);
        assert!(judge_names(Some("sidebar"), None).weight < 0);
    }
}
