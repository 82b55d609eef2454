//! What marks an element as chrome or as content: tag names, class and id tokens, roles.
//!
//! Tags and roles are the HTML standard's and ARIA's vocabulary, listed here; the words of
//! class and id values are data (`data/class-words.txt`). Class and id values are split into
//! words at `-`, `_`, spaces and lower-to-upper case changes (`articleShare` is `article`,
//! `share`), then matched word by word.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::OnceLock;

use super::tuning::CLASS_WEIGHT;
use crate::wordlist;

/// Elements whose content is never article text; their subtrees are skipped.
pub(crate) const SKIPPED_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
    "select", "option", "button", "input", "textarea", "dialog", "map", "frameset", "frame", "applet",
    // A title misplaced in the body names the page, as in the head; browsers never show it.
    "title",
    // A ruby's reading (and the parentheses that browsers without ruby show around it) is a
    // gloss over the text, not a word of it: "漢字(かんじ)" would read the word twice.
    "rt", "rp",
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

/// Elements whose own text is one block (a paragraph, an item, a cell, a heading): text
/// standing loose in any other container is that container's paragraph.
pub(crate) const TEXT_BLOCK_TAGS: &[&str] = &[
    "p",
    "li",
    "dt",
    "dd",
    "tr",
    "td",
    "th",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Elements that are site chrome wherever they are.
pub(crate) const CHROME_TAGS: &[&str] = &["nav", "aside", "menu", "figcaption"];

/// Elements that are chrome outside an article, and page furniture inside one.
pub(crate) const CHROME_OUTSIDE_ARTICLE_TAGS: &[&str] = &["header", "footer"];

/// Class names that syntax highlighters give each line of a code block (Shiki's `line`,
/// markdown previews' `code-line`): a style sheet shows each on a line of its own, and the
/// markup often has no line feed between them.
pub(crate) const CODE_LINE_CLASSES: &[&str] = &["line", "code-line"];

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

/// Tags of HTML on none of the lists above, common enough that their elements are given a
/// static name rather than a copy of theirs.
const OTHER_TAGS: &[&str] = &[
    "a", "abbr", "area", "b", "bdi", "bdo", "big", "br", "cite", "code", "col", "colgroup", "data", "del", "dfn", "em",
    "font", "head", "i", "img", "ins", "kbd", "label", "link", "mark", "meta", "nobr", "picture", "q", "rp", "rt",
    "ruby", "s", "samp", "small", "source", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
];

/// What the walk asks of an element's tag, looked up once.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct TagFacts {
    /// The tag's name, if it is on a list or common.
    pub name: Option<&'static str>,
    /// On [`SKIPPED_TAGS`].
    pub skipped: bool,
    /// On [`BLOCK_TAGS`].
    pub block: bool,
    /// On [`CHROME_TAGS`].
    pub chrome: bool,
    /// On [`CHROME_OUTSIDE_ARTICLE_TAGS`].
    pub chrome_outside_article: bool,
}

/// What the lists say of a tag.
pub(crate) fn tag_facts(tag: &str) -> TagFacts {
    static FACTS: OnceLock<FxHashMap<&'static str, TagFacts>> = OnceLock::new();
    let facts = FACTS.get_or_init(|| {
        let mut facts = FxHashMap::default();
        fn entry<'a>(facts: &'a mut FxHashMap<&'static str, TagFacts>, name: &'static str) -> &'a mut TagFacts {
            facts.entry(name).or_insert_with(|| TagFacts {
                name: Some(name),
                ..TagFacts::default()
            })
        }
        for &name in SKIPPED_TAGS {
            entry(&mut facts, name).skipped = true;
        }
        for &name in BLOCK_TAGS {
            entry(&mut facts, name).block = true;
        }
        for &name in CHROME_TAGS {
            entry(&mut facts, name).chrome = true;
        }
        for &name in CHROME_OUTSIDE_ARTICLE_TAGS {
            entry(&mut facts, name).chrome_outside_article = true;
        }
        for &name in OTHER_TAGS {
            entry(&mut facts, name);
        }
        facts
    });
    facts.get(tag).copied().unwrap_or_default()
}

/// Words of class and id values and the lists they are on, one `list<TAB>word` per line.
const CLASS_WORDS: &str = include_str!("../data/class-words.txt");

/// Calls `each` with the lower-case words of one class name, split at `-`, `_`, digits and
/// case changes, generated hashes left out; `word` is scratch space, reused to spare
/// allocations on every element.
fn for_each_word(name: &str, word: &mut String, mut each: impl FnMut(&str)) {
    for part in name.split(|c: char| !c.is_alphanumeric()).filter(|p| !is_generated(p)) {
        word.clear();
        let mut prev_lower = false;
        for c in part.chars() {
            if c.is_ascii_digit() {
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
}

/// Whether a part of a name is a generated hash ("0ad7", "8bd8f3"), whose letters are no
/// word: hexadecimal digits, both figures and letters.
fn is_generated(part: &str) -> bool {
    part.len() >= 4
        && part.bytes().all(|b| b.is_ascii_hexdigit())
        && part.bytes().any(|b| b.is_ascii_digit())
        && part.bytes().any(|b| b.is_ascii_alphabetic())
}

/// The lists a class or id word is on, as bits.
const CHROME: u8 = 1;
const CONTENT: u8 = 2;
const POSITIVE: u8 = 4;
const NEGATIVE: u8 = 8;
const STANDFIRST: u8 = 16;
const PICTURE: u8 = 32;
const COMMENTS: u8 = 64;
const REVIEWS: u8 = 128;

/// What the class and id words of the data say: which lists each word is on, and the class
/// values that hide an element whole.
struct ClassWords {
    lists: FxHashMap<&'static str, u8>,
    /// Lower-cased, compared with a value ignoring its case: screen-reader text...
    hidden: Vec<&'static str>,
    /// ...and what a script shows later.
    concealed: Vec<&'static str>,
    /// Words that deny the word after them ("card--no-image" names no picture).
    negations: Vec<&'static str>,
}

/// The class words, read once from the data.
fn class_words() -> &'static ClassWords {
    static WORDS: OnceLock<ClassWords> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = ClassWords {
            lists: FxHashMap::default(),
            hidden: Vec::new(),
            concealed: Vec::new(),
            negations: Vec::new(),
        };
        for [list, word] in wordlist::bundled("class-words.txt", CLASS_WORDS, ["list", "word"]) {
            let bits = match list {
                "hidden" => {
                    words.hidden.push(word);
                    continue;
                }
                "concealed" => {
                    words.concealed.push(word);
                    continue;
                }
                "negation" => {
                    words.negations.push(word);
                    continue;
                }
                "chrome" => CHROME,
                "content" => CONTENT,
                "content-scored" => CONTENT | POSITIVE,
                "positive" => POSITIVE,
                "negative" => NEGATIVE,
                "standfirst" => STANDFIRST,
                "picture" => PICTURE,
                "comments" => CHROME | NEGATIVE | COMMENTS,
                "reviews" => REVIEWS,
                other => panic!("src/data/class-words.txt: unknown list {other:?}"),
            };
            *words.lists.entry(word).or_default() |= bits;
        }
        words
    })
}

/// What the class and id values of one element say.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct NameVerdict {
    /// The element is chrome by its names.
    pub chrome: bool,
    /// The element is hidden by convention (screen-reader text and the like).
    pub hidden: bool,
    /// The element is hidden until a script shows it.
    pub concealed: bool,
    /// Score adjustment: [`CLASS_WEIGHT`] per positive value, minus as much per negative one.
    pub weight: i32,
    /// The element is named as a standfirst.
    pub standfirst: bool,
    /// The element is named as a picture's box (and not also as content).
    pub picture: bool,
    /// The element is chrome by a name of readers' comments.
    pub comments: bool,
    /// The element is named as customers' reviews.
    pub reviews: bool,
}

impl NameVerdict {
    /// Whether the names hide their element, for good or until a script shows it.
    pub fn hides(&self) -> bool {
        self.hidden || self.concealed
    }

    /// Whether the names count against their element: chrome, or a lower score.
    pub fn counts_against(&self) -> bool {
        self.chrome || self.weight < 0
    }

    /// Puts together the verdicts of an element's class and id values.
    pub(crate) fn of(class: Option<ValueVerdict>, id: Option<ValueVerdict>) -> NameVerdict {
        let mut verdict = NameVerdict::default();
        let mut chrome_class = false;
        let mut comment_class = false;
        let mut content_class = false;
        for value in [class, id].into_iter().flatten() {
            verdict.hidden |= value.hidden;
            verdict.concealed |= value.concealed;
            chrome_class |= value.chrome;
            comment_class |= value.comments;
            content_class |= value.content;
            let any = value.lists;
            verdict.standfirst |= any & STANDFIRST != 0;
            verdict.picture |= any & PICTURE != 0 && any & CONTENT == 0;
            verdict.reviews |= any & REVIEWS != 0;
            if any & NEGATIVE != 0 {
                verdict.weight -= CLASS_WEIGHT;
            }
            if any & POSITIVE != 0 {
                verdict.weight += CLASS_WEIGHT;
            }
        }
        verdict.chrome = chrome_class && !content_class;
        verdict.comments = verdict.chrome && comment_class;
        verdict
    }
}

/// Judges an element by its class and id values.
pub(crate) fn judge_names(class: Option<&str>, id: Option<&str>) -> NameVerdict {
    NameVerdict::of(class.map(judge_value), id.map(judge_value))
}

/// What the words of one class or id value say, before an element's values are put together.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ValueVerdict {
    /// A name of the value hides its element by convention...
    hidden: bool,
    /// ...or until a script shows it.
    concealed: bool,
    /// A name of the value is chrome, and its content words do not outweigh that.
    chrome: bool,
    /// ...and that chrome is readers' comments.
    comments: bool,
    /// A name of the value is content.
    content: bool,
    /// The lists the value's words are on, as bits.
    lists: u8,
    /// A name of the value counts against its element by itself (see
    /// [`NameVerdict::counts_against`]): a page's layout names are such names.
    name_counts_against: bool,
}

impl ValueVerdict {
    /// Whether a name of the value counts against its element by itself.
    pub(crate) fn has_name_counting_against(&self) -> bool {
        self.name_counts_against
    }
}

/// Judges one class or id value.
pub(crate) fn judge_value(value: &str) -> ValueVerdict {
    let mut verdict = ValueVerdict::default();
    let mut word = String::with_capacity(32);
    for raw in value.split_ascii_whitespace() {
        verdict.add(judge_name(raw, &mut word));
    }
    verdict
}

/// What one name of a class or id value says.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct NameWords {
    /// The name hides its element by convention...
    hidden: bool,
    /// ...or until a script shows it.
    concealed: bool,
    /// The lists its words are on, as bits.
    lists: u8,
    /// The lists its last word is on.
    last: u8,
    /// The name alone counts against its element (see [`NameWords::alone_counts_against`]).
    counts_against: bool,
}

/// Judges one name; `word` is scratch space.
fn judge_name(raw: &str, word: &mut String) -> NameWords {
    let words = class_words();
    let mut name = NameWords {
        hidden: words.hidden.iter().any(|h| raw.eq_ignore_ascii_case(h)),
        concealed: words.concealed.iter().any(|h| raw.eq_ignore_ascii_case(h)),
        ..NameWords::default()
    };
    let mut denied = false;
    for_each_word(raw, word, |w| {
        name.last = match denied {
            true => 0,
            false => words.lists.get(w).copied().unwrap_or(0),
        };
        name.lists |= name.last;
        denied = words.negations.contains(&w);
    });
    name.counts_against = name.alone_counts_against();
    name
}

impl ValueVerdict {
    /// Adds what one name of the value says.
    fn add(&mut self, name: NameWords) {
        self.add_words(name);
        self.name_counts_against |= name.counts_against;
    }

    /// Adds what one name of the value says of its element.
    fn add_words(&mut self, name: NameWords) {
        self.hidden |= name.hidden;
        self.concealed |= name.concealed;
        let bits = name.lists;
        // `article-share` is a share bar, `article-body` is the article.
        if bits & CHROME != 0 && (bits & CONTENT == 0 || name.last & CHROME != 0) {
            self.chrome = true;
            self.comments |= bits & COMMENTS != 0;
        } else if bits & CONTENT != 0 {
            self.content = true;
        }
        self.lists |= bits;
    }
}

impl NameWords {
    /// Whether the name alone counts against its element, as [`judge_names`] judges a value
    /// of this one name.
    fn alone_counts_against(self) -> bool {
        let mut alone = ValueVerdict::default();
        alone.add_words(self);
        NameVerdict::of(Some(alone), None).counts_against()
    }
}

/// Names remembered by [`judge_class`] on each thread; when more come, all are forgotten.
const MAX_REMEMBERED_NAMES: usize = 1 << 16;
/// Longer names are judged each time, not remembered: real ones are short, and a page of
/// huge generated names must not fill the memory.
const MAX_REMEMBERED_NAME_BYTES: usize = 64;

/// Judges a class value, name by name. Pages share their names ("row", "col-md-6", "flex
/// items-center"), and each thread remembers the verdicts of the names it has met.
pub(crate) fn judge_class(class: &str) -> ValueVerdict {
    thread_local! {
        static NAMES: RefCell<(FxHashMap<Box<str>, NameWords>, String)> = RefCell::default();
    }
    NAMES.with_borrow_mut(|(names, word)| {
        let mut verdict = ValueVerdict::default();
        for raw in class.split_ascii_whitespace() {
            let name = match names.get(raw) {
                Some(&name) => name,
                None => {
                    let name = judge_name(raw, word);
                    if raw.len() <= MAX_REMEMBERED_NAME_BYTES {
                        if names.len() == MAX_REMEMBERED_NAMES {
                            names.clear();
                        }
                        names.insert(raw.into(), name);
                    }
                    name
                }
            };
            verdict.add(name);
        }
        verdict
    })
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
        assert_eq!(split("w-variant-60d3-0ad7"), ["w", "variant"], "a hash has no words");
        assert_eq!(split("ad-slot-2b"), ["ad", "slot", "b"]);
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
        // A modifier that names what an element lacks names none of it.
        assert!(judge_names(Some("card card--image"), None).picture);
        assert!(!judge_names(Some("card card--no-image"), None).picture);
        assert!(judge_names(Some("layout-sidebar"), None).weight < 0);
        assert_eq!(judge_names(Some("layout-without-sidebar"), None).weight, 0);
        let toggled = judge_names(Some("menu-panel is-hidden"), None);
        assert!(toggled.concealed && !toggled.hidden);
        assert!(judge_names(None, Some("kommentare")).comments);
        assert!(!judge_names(Some("share-bar"), None).comments);
        assert!(judge_names(Some("entry-content"), Some("post-12")).weight > 0);
        assert!(judge_names(Some("sidebar"), None).weight < 0);
    }
}
