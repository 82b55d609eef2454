//! The page's metadata: who wrote it, when it was published, the site's name and the page's
//! summary.
//!
//! The witnesses: the page's structured data (JSON-LD, read by [`super::structured`]), its
//! `<meta>` tags, and in the body microdata, the markup of bylines and datelines (elements
//! whose class names the author, the byline or the date, links with `rel="author"`, `<time>`),
//! which the walk records as [`Clue`]s, the visible lines near the headline ("By Jane Doe",
//! "4 March 2025"), and a date in the page's URL.
//!
//! - **Author**: a full name in a byline beside the headline, else structured data, the
//!   `<meta>` tags, a handle beside the headline, the other clues. Names are cleaned of what
//!   goes with them ("By", the date, "| Site", credentials) and several are joined by `"; "`;
//!   a name that stands for no one ("Admin", the site's own name) is kept only when no witness
//!   names someone.
//! - **Date**: its witnesses vote, so that independent ones agreeing outweigh one that differs
//!   (see [`Weight`]). Publication dates only: a date said to be an update's ("Updated 5 May
//!   2024", `dateModified`) is taken only when no witness gives another. Written as
//!   `YYYY-MM-DD`; dates that cannot be (the 31st of April, a week after the last change the
//!   metadata states) are passed over.
//! - **Site name and summary**: from the `<meta>` tags, else structured data.

use super::page::{shown_text, Chrome, Meta, Page, Shown};
use super::structured::Facts;
use super::tree::{Node, NodeRef};
use crate::extract::Metadata;
use crate::wordlist;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

// --- Where the head says it ---------------------------------------------------------------

/// `<meta>` names and properties (lower-case) that name the author, best first.
const AUTHOR_KEYS: &[&str] = &[
    "author",
    // Scholarly metadata lists every author, one a tag.
    "citation_author",
    "citation_authors",
    "article:author",
    "og:article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "dcterms.creator",
    "book:author",
    "byl",
];
/// `<meta>` names and properties that give the publication date, best first.
pub(super) const PUBLISHED_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "published_time",
    "datepublished",
    "datecreated",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_online_date",
    "citation_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
];
/// `<meta>` names and properties that give the date of the last change, best first.
const MODIFIED_KEYS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
];
/// `<meta>` names and properties that give the site's name, best first.
const SITE_KEYS: &[&str] = &["og:site_name", "application-name", "apple-mobile-web-app-title"];
/// `<meta>` names and properties that give a summary of the page, best first.
const DESCRIPTION_KEYS: &[&str] = &[
    "description",
    "og:description",
    "twitter:description",
    "dc.description",
    "dcterms.description",
];
/// Labelled values, as search-engine plugins write them (`twitter:label1` "Written by",
/// `twitter:data1` "Jane Doe"): the value names the author when its label is a byline word.
const LABELLED_KEYS: &[(&str, &str)] = &[("twitter:label1", "twitter:data1"), ("twitter:label2", "twitter:data2")];

/// Words of other `<meta>` names and properties that give the publication date
/// (`w-published-date`), and the date of the last change, when none of the known ones does.
const PUBLISHED_KEY_WORDS: &[&str] = &["publish", "pubdate"];
const MODIFIED_KEY_WORDS: &[&str] = &["modified", "updated"];

/// Whether the walk keeps a `<meta>` tag of this name or property (lower-case) for metadata.
pub(crate) fn is_meta_key(key: &str) -> bool {
    [AUTHOR_KEYS, PUBLISHED_KEYS, MODIFIED_KEYS, SITE_KEYS, DESCRIPTION_KEYS]
        .iter()
        .any(|keys| keys.contains(&key))
        || LABELLED_KEYS.iter().any(|&(label, data)| key == label || key == data)
        || PUBLISHED_KEY_WORDS
            .iter()
            .chain(MODIFIED_KEY_WORDS)
            .any(|w| key.contains(w))
}

/// The contents of the `<meta>` tags whose names hold one of these words, in the page's order.
fn meta_like<'a>(meta: &'a Meta, key_words: &'static [&'static str]) -> impl Iterator<Item = &'a str> + 'a {
    meta.tags
        .iter()
        .filter(move |(k, _)| key_words.iter().any(|w| k.contains(w)))
        .map(|(_, v)| v.as_str())
}

// --- Thresholds ----------------------------------------------------------------------------

/// A clue's text is read up to this many bytes: a byline is short, and a box named `author`
/// that holds more is a biography.
const MAX_CLUE_BYTES: usize = 300;
/// An author's name has at most this many characters...
const MAX_NAME_CHARS: usize = 60;
/// ...and this many words.
const MAX_NAME_WORDS: usize = 6;
/// A line is a dateline when it holds at most this many characters besides its date
/// ("Posted on 3 May 2024 by Jane Doe in Gardening").
const MAX_DATELINE_OTHER_CHARS: usize = 80;
/// A byline word is looked for after at most this many words of a line ("This post was
/// written by").
const MAX_BYLINE_PREFIX_WORDS: usize = 4;
/// A dateline's label is no longer than this ("Veröffentlicht am", "Date published").
const MAX_PUBLISHED_LABEL_BYTES: usize = 32;
/// A byline word follows a post's date by at most this many words (another date, a reading
/// time, the marks between).
const MAX_DATE_TO_BYLINE_WORDS: usize = 6;
/// A name shown alone is a byline when a date follows within this many lines.
const DATE_UNDER_NAME_LINES: usize = 3;
/// A name shown alone is a byline at most this many lines after the headline.
const NAME_AFTER_HEADLINE_LINES: usize = 3;
/// A name shown alone, without a byline word, has at most this many words.
const MAX_SHOWN_NAME_WORDS: usize = 4;
/// A line is looked at as a byline or a dateline when it has at most this many characters.
const MAX_LINE_CHARS: usize = 160;
/// Visible bylines and datelines are looked for this many blocks before the headline...
const LINES_BEFORE: usize = 4;
/// ...and this many after it.
const LINES_AFTER: usize = 12;
/// A clue this near the headline, in blocks (see [`distance`]), is a byline beside it: a
/// better witness than the page's metadata, which some systems fill with the account that
/// uploaded the page or the publisher's name.
const NEAR_BLOCKS: usize = 6;
/// Dates before this year are not publication dates of web pages when they come from text or
/// a URL (they are dates the text is about)...
const MIN_TEXT_YEAR: u16 = 1995;
/// ...and before this one not even when a page's metadata states them.
const MIN_STATED_YEAR: u16 = 1900;
/// Dates later than the last change the page's metadata states (see [`last_change`]) by more
/// than this many days are not the page's: time zones shift a date by one, and a change is
/// often stated when it is written and put out some days later.
const FUTURE_SLACK_DAYS: i64 = 7;

/// How much a kind of witness weighs in the vote on the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    /// A date found elsewhere: markup or a visible dateline far from the headline.
    Far = 1,
    /// A `<meta>` tag whose name only looks like a publication date's (`w-published-date`).
    Guessed = 2,
    /// The page's structured data (JSON-LD). It is often written apart from the page, by a
    /// plugin or a template, and keeps a date the page does not show: when a post was first
    /// drafted or imported, when the markup was generated. A date the page shows next to its
    /// headline outweighs it; a `<meta>` tag agreeing with it outweighs that.
    Structured = 3,
    /// A date the page shows next to its headline, or in its URL.
    Shown = 4,
    /// A date a known `<meta>` tag states.
    Stated = 6,
}
/// How far a block is from the anchor, in blocks: those before it count this many times, as
/// a byline or dateline more often follows the headline than precedes it.
const BEFORE_WEIGHT: usize = 3;
/// A site's name has at most this many characters.
const MAX_SITE_CHARS: usize = 100;

// --- How names are written ---------------------------------------------------------------

/// Separators after which a byline goes on with something else ("Jane Doe | March 4").
const NAME_ENDS: &[&str] = &[
    "\n", " | ", " · ", " • ", " — ", " – ", " - ", "|", "•", "·", "»", " / ",
];
/// Words and signs that join several names.
const NAME_JOINS: &[&str] = &[
    ",", ";", " and ", " & ", " und ", " et ", " y ", " e ", " i ", " och ", " og ", " en ", " и ",
];
/// Signs that join several names in metadata, where the words that join names in text are
/// more often part of an organisation's name ("Johnson & Johnson").
const STATED_NAME_JOINS: &[&str] = &[",", ";"];
/// A handle has at most this many dots (`sara.r.peter`).
const MAX_HANDLE_DOTS: usize = 2;
/// Signs that no name holds: a template's placeholder or markup (`{{author}}`, `<b>`).
const NOT_IN_NAMES: &[char] = &['{', '}', '$', '<', '>', '[', ']', '=', '%'];
/// Words after a name in a byline that open where the piece is filed or who published it
/// ("By Jane Doe In Travel", "By Jane Doe At The Paper"): no name's.
const BYLINE_PLACE_WORDS: &[&str] = &["in", "at", "under"];
/// Lower-case words that may stand inside a name (`Ludwig van Beethoven`, `Maria da Silva`).
const NAME_PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "ter", "ten",
    "bin", "ibn", "al", "el", "y",
];

// --- How dates are written ---------------------------------------------------------------

/// Signs that join the numbers of a numeric date.
const DATE_SIGNS: &[char] = &['-', '/', '.'];
/// The letters Chinese, Japanese and Korean put after a date's year and month.
const YEAR_MONTH_MARKS: [(&str, &str); 2] = [("年", "月"), ("년", "월")];
/// Words that stand between a day and its month ("4 de marzo", "4th of March").
const DAY_FILLERS: &[&str] = &["st", "nd", "rd", "th", "de", "of", "the", "er", "º", "o", "a"];

// --- The word lists -------------------------------------------------------------------------

/// Words of bylines and datelines, one `list<TAB>language<TAB>entry` per line.
const WORDS: &str = include_str!("../data/metadata.txt");

/// What a class value says an element shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Named {
    author: bool,
    published: bool,
    date: bool,
    modified: bool,
}

/// The word lists, read once.
struct Words {
    /// Month names, lower-case, to their number.
    months: FxHashMap<&'static str, u8>,
    /// Words that open a byline, longest first.
    bylines: Vec<&'static str>,
    /// Names that stand for no one in particular.
    generic: FxHashSet<&'static str>,
    /// Names and abbreviations of the days of the week.
    weekdays: FxHashSet<&'static str>,
    /// Words that, before a byline word, credit someone other than the author.
    not_bylines: FxHashSet<&'static str>,
    /// Numbers written as words that count comments ("One comment", "Ein Kommentar"): after a
    /// name in a byline, and before what they count, they end the name as digits do.
    counts: FxHashSet<&'static str>,
    /// Words of datelines that give the publication date, and of those that give a later one.
    published: Vec<&'static str>,
    modified: Vec<&'static str>,
    /// Words of labels of dates that are not the page's ("Registered", "Joined", "Founded").
    other_dates: Vec<&'static str>,
    /// ...of which those of a member's registration, shown with each of a thread's posts.
    member_dates: Vec<&'static str>,
    /// Class words, and what each says.
    class_words: FxHashMap<&'static str, Named>,
    /// Finds the class words in a value, before it is split into words.
    class_finder: AhoCorasick,
}

fn words() -> &'static Words {
    static WORDS_READ: OnceLock<Words> = OnceLock::new();
    WORDS_READ.get_or_init(|| {
        let rows = wordlist::bundled("metadata.txt", WORDS, ["list", "language", "entry"]);
        let mut words = Words {
            months: FxHashMap::default(),
            bylines: Vec::new(),
            generic: FxHashSet::default(),
            weekdays: FxHashSet::default(),
            not_bylines: FxHashSet::default(),
            counts: wordlist::bundled("comments.txt", crate::lexicon::COMMENTS, ["kind", "language", "phrase"])
                .into_iter()
                .filter(|[kind, ..]| *kind == "count")
                .map(|[.., count]| count)
                .collect(),
            published: Vec::new(),
            modified: Vec::new(),
            other_dates: Vec::new(),
            member_dates: Vec::new(),
            class_words: FxHashMap::default(),
            class_finder: AhoCorasick::new([""; 0]).expect("an empty automaton builds"),
        };
        for [list, language, entry] in rows {
            match list {
                "months" => {
                    let names: Vec<&str> = entry.split_whitespace().collect();
                    assert_eq!(
                        names.len(),
                        12,
                        "src/data/metadata.txt: the months of {language}: {entry}"
                    );
                    for (number, name) in (1u8..).zip(names) {
                        let previous = words.months.insert(name, number);
                        assert!(
                            previous.is_none_or(|p| p == number),
                            "src/data/metadata.txt: {name} names two months"
                        );
                    }
                }
                "byline" => words.bylines.push(entry),
                "not-byline" => {
                    words.not_bylines.insert(entry);
                }
                "weekdays" => {
                    let names: Vec<&str> = entry.split_whitespace().collect();
                    assert_eq!(
                        names.len(),
                        7,
                        "src/data/metadata.txt: the weekdays of {language}: {entry}"
                    );
                    words.weekdays.extend(names);
                }
                "generic" => {
                    words.generic.insert(entry);
                }
                "published" => words.published.push(entry),
                "modified" => words.modified.push(entry),
                "other-date" => words.other_dates.push(entry),
                "member-date" => {
                    words.other_dates.push(entry);
                    words.member_dates.push(entry);
                }
                "author-class" | "published-class" | "date-class" | "modified-class" => {
                    let named = words.class_words.entry(entry).or_default();
                    match list {
                        "author-class" => named.author = true,
                        "published-class" => named.published = true,
                        "date-class" => named.date = true,
                        _ => named.modified = true,
                    }
                }
                _ => panic!("src/data/metadata.txt: unknown list {list}"),
            }
        }
        words.bylines.sort_by_key(|b| std::cmp::Reverse(b.len()));
        words.bylines.dedup();
        // Every element's class is searched: a DFA is the fastest to ask.
        let class_words: Vec<&str> = words.class_words.keys().copied().collect();
        words.class_finder = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(AhoCorasickKind::DFA))
            .build(class_words)
            .expect("the class words build an automaton");
        words
    })
}

impl Words {
    /// What an element's class value says it shows.
    fn named(&self, class: &str) -> Named {
        let mut named = Named::default();
        if self.class_finder.is_match(class) {
            for_each_word(class, |word| {
                if let Some(n) = self.class_words.get(word) {
                    named.author |= n.author;
                    named.published |= n.published;
                    named.date |= n.date;
                    named.modified |= n.modified;
                }
            });
        }
        named
    }

    /// What follows the byline word a text opens with ("By Jane Doe" gives "Jane Doe"; "By"
    /// alone gives nothing). A phrase of several words may run into the name ("Written
    /// byJane Doe", where the page sets them apart only by style).
    fn after_byline<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.bylines.iter().find_map(|word| {
            let rest = strip_prefix_ignoring_case(text, word)?;
            let follows = match rest.chars().next() {
                None => true,
                Some(next) => next.is_whitespace() || next == ':' || (word.contains(' ') && next.is_uppercase()),
            };
            follows.then(|| rest.trim_start_matches(|c: char| c == ':' || c.is_whitespace()))
        })
    }

    /// What follows a byline word that opens a text or follows its first few words ("Recipe
    /// by Jane Doe", "This post was written by Jane Doe"), unless those words credit someone
    /// else ("Photo by", "Reviewed by").
    fn after_inner_byline<'a>(&self, text: &'a str) -> Option<&'a str> {
        let starts = std::iter::once(0).chain(
            text.char_indices()
                .filter(|&(_, c)| c.is_whitespace())
                .map(|(at, c)| at + c.len_utf8())
                .take(MAX_BYLINE_PREFIX_WORDS),
        );
        for start in starts {
            let prefix = &text[..start];
            if prefix.contains('\n') {
                break;
            }
            if let Some(rest) = self.after_byline(&text[start..]) {
                return (!prefix.split_whitespace().any(|w| self.credits_another(w))).then_some(rest);
            }
        }
        None
    }

    /// Whether a word names a month or a day of the week ("Dec.", "Sat"), never a person.
    fn is_calendar_word(&self, word: &str) -> bool {
        let lower = word.trim_end_matches('.').to_lowercase();
        self.months.contains_key(lower.as_str()) || self.weekdays.contains(lower.as_str())
    }

    /// Whether a word credits someone other than the author ("Photo", "Reviewed").
    fn credits_another(&self, word: &str) -> bool {
        self.not_bylines.contains(
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .as_str(),
        )
    }

    /// Where the last of these words that a text in lower case holds as a whole word ends.
    fn last_said(&self, lower: &str, list: &[&str]) -> Option<usize> {
        // The bytes the text holds, read once: a word with a byte the text lacks is not in it,
        // and no searcher (whose making costs more than a short label takes to read) is made
        // for it.
        let mut held = [false; 256];
        for &byte in lower.as_bytes() {
            held[usize::from(byte)] = true;
        }
        list.iter()
            // Nor for a word longer than the text.
            .filter(|word| word.len() <= lower.len() && word.bytes().all(|b| held[usize::from(b)]))
            .flat_map(|word| {
                lower.match_indices(word).filter_map(|(at, _)| {
                    let end = at + word.len();
                    let before = lower[..at].chars().next_back();
                    let after = lower[end..].chars().next();
                    (!before.is_some_and(char::is_alphabetic) && !after.is_some_and(char::is_alphabetic)).then_some(end)
                })
            })
            .max()
    }
}

/// The rest of a text after a lower-case prefix, ignoring the text's case.
fn strip_prefix_ignoring_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let mut expected = prefix.chars();
    let mut want = expected.next();
    for (at, c) in text.char_indices() {
        let Some(w) = want else { return Some(&text[at..]) };
        let mut lower = c.to_lowercase();
        if lower.next() != Some(w) || lower.next().is_some() {
            return None;
        }
        want = expected.next();
    }
    want.is_none().then_some("")
}

/// Calls `each` with the lower-case words of a class value, split at anything but
/// letters, at digits and at lower-to-upper case changes (`postAuthor` is `post`, `author`).
fn for_each_word(value: &str, mut each: impl FnMut(&str)) {
    let mut word = String::new();
    let mut prev_lower = false;
    for c in value.chars() {
        if (!c.is_alphabetic() || (c.is_uppercase() && prev_lower)) && !word.is_empty() {
            each(&word);
            word.clear();
        }
        prev_lower = c.is_lowercase();
        if c.is_alphabetic() {
            word.extend(c.to_lowercase());
        }
    }
    if !word.is_empty() {
        each(&word);
    }
}

// --- Clues: what the walk records -----------------------------------------------------------

/// What an element of the body says about the page's author or date, best witness first
/// within authors and within dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum ClueKind {
    /// Microdata naming the author (`itemprop="author"`).
    AuthorProp,
    /// A link to the author's page (`rel="author"`).
    AuthorLink,
    /// An element named for the author (`class="author"`, `class="byline"`).
    AuthorName,
    /// Microdata giving the publication date (`itemprop="datePublished"`).
    PublishedProp,
    /// An element named for the publication date (`class="published"`, `<time pubdate>`).
    PublishedName,
    /// A `<time>`, or an element named for a date.
    DateName,
    /// An element named for both the author and the date (`class="author-date"`).
    Byline,
    /// Microdata giving the date of the last change (`itemprop="dateModified"`).
    ModifiedProp,
    /// An element named for the date of the last change (`class="updated"`).
    ModifiedName,
}

impl ClueKind {
    pub(crate) fn is_author(self) -> bool {
        matches!(
            self,
            ClueKind::AuthorProp | ClueKind::AuthorLink | ClueKind::AuthorName | ClueKind::Byline
        )
    }

    fn is_date(self) -> bool {
        !matches!(self, ClueKind::AuthorProp | ClueKind::AuthorLink | ClueKind::AuthorName)
    }

    fn is_modified(self) -> bool {
        matches!(self, ClueKind::ModifiedProp | ClueKind::ModifiedName)
    }
}

/// An element of the body that names the author or dates the page.
#[derive(Debug, Clone)]
pub(crate) struct Clue {
    pub kind: ClueKind,
    /// What it says: an attribute's value (`content`, `datetime`) or its text, on lines.
    pub text: String,
    /// The element, or for one inside a hidden element, the nearest element walked.
    pub element: usize,
    /// The number of blocks before it: its place in the page's text.
    pub block: usize,
    /// The microdata item it is part of.
    pub item: Item,
}

/// The microdata item (`itemscope`) an element is part of, best first: one describing the
/// page's main thing (an article, a post, the page), none, or another (a comment, a review, a
/// product).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Item {
    Main,
    #[default]
    None,
    Other,
}

/// The item an `itemscope` of this `itemtype` makes.
pub(crate) fn item_of(itemtype: Option<&str>) -> Item {
    match itemtype {
        Some(types)
            if types
                .split_ascii_whitespace()
                .any(|t| super::structured::rank(t).is_some()) =>
        {
            Item::Main
        }
        Some(_) => Item::Other,
        None => Item::None,
    }
}

/// The attributes of an element that can make it a clue.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Marks<'a> {
    pub tag: &'a str,
    pub itemprop: Option<&'a str>,
    pub rel: Option<&'a str>,
    /// What the class attribute says (see [`class_clues`]). (Ids name the same boxes less
    /// often, and reading them costs as much.)
    pub class: Option<Named>,
    /// The old `pubdate` attribute of `<time>`.
    pub pubdate: bool,
}

/// What a class value says of the element that bears it, as a clue.
pub(crate) fn class_clues(class: &str) -> Named {
    words().named(class)
}

/// What kind of clue an element is, if any.
pub(crate) fn clue_kind(marks: &Marks) -> Option<ClueKind> {
    if let Some(props) = marks.itemprop {
        for prop in props.split_ascii_whitespace() {
            let kind = if prop.eq_ignore_ascii_case("author") || prop.eq_ignore_ascii_case("creator") {
                ClueKind::AuthorProp
            } else if ["datePublished", "dateCreated", "uploadDate"]
                .iter()
                .any(|p| prop.eq_ignore_ascii_case(p))
            {
                ClueKind::PublishedProp
            } else if prop.eq_ignore_ascii_case("dateModified") {
                ClueKind::ModifiedProp
            } else {
                continue;
            };
            return Some(kind);
        }
    }
    if marks
        .rel
        .is_some_and(|rel| rel.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("author")))
    {
        return Some(ClueKind::AuthorLink);
    }
    // The names of the page's outermost elements describe the page (`class="author-archive"`).
    if marks.class.is_none() && marks.tag != "time" || matches!(marks.tag, "body" | "html") {
        return None;
    }
    let named = marks.class.unwrap_or_default();
    let is_time = marks.tag == "time";
    if named.author && (named.date || named.published) {
        Some(ClueKind::Byline)
    } else if named.author {
        Some(ClueKind::AuthorName)
    } else if named.published || (is_time && marks.pubdate) {
        Some(ClueKind::PublishedName)
    } else if named.modified {
        Some(ClueKind::ModifiedName)
    } else if named.date || is_time {
        Some(ClueKind::DateName)
    } else {
        None
    }
}

/// What a clue says: for a date, its `content` or `datetime` attribute; for an author, its
/// `content` attribute or the text of the name inside it (`itemprop="name"`); else its text.
pub(crate) fn clue_text(node: NodeRef<'_>, kind: ClueKind) -> String {
    let Node::Element(el) = node.value() else {
        return String::new();
    };
    let attribute = if kind.is_author() {
        el.attr("content")
    } else {
        el.attr("datetime").or_else(|| el.attr("content"))
    };
    if let Some(value) = attribute.map(str::trim).filter(|v| !v.is_empty()) {
        return value.to_string();
    }
    if kind == ClueKind::AuthorProp {
        let name = node.descendants().skip(1).find(|n| {
            n.as_element()
                .and_then(|e| e.attr("itemprop"))
                .is_some_and(|p| p.split_ascii_whitespace().any(|p| p.eq_ignore_ascii_case("name")))
        });
        if let Some(name) = name {
            let content = name.as_element().and_then(|e| e.attr("content"));
            return content.map_or_else(|| text_of(name), |c| c.trim().to_string());
        }
    }
    text_of(node)
}

/// The text of an element, up to [`MAX_CLUE_BYTES`], its blocks on lines of their own.
fn text_of(node: NodeRef<'_>) -> String {
    let mut out = String::new();
    for piece in shown_text(node) {
        if out.len() >= MAX_CLUE_BYTES {
            break;
        }
        match piece {
            Shown::Break => out.push('\n'),
            Shown::Text(t) => {
                let room = MAX_CLUE_BYTES.saturating_sub(out.len());
                let cut = t.char_indices().nth(room).map_or(t.len(), |(i, _)| i);
                out.push_str(&t[..cut]);
            }
        }
    }
    out
}

// --- Reading it all -------------------------------------------------------------------------

/// The site's name, as its head or structured data state it.
pub(crate) fn sitename(page: &Page, facts: &Facts) -> Option<String> {
    first_of(&page.meta, SITE_KEYS)
        .or(facts.site_name.as_deref())
        .or(facts.publisher.as_deref())
        .map(one_line)
        .filter(|s| !s.is_empty() && s.chars().count() <= MAX_SITE_CHARS)
}

/// The page's metadata, from its head, its structured data, its clues and the lines near
/// `anchor`, the block where the article (its headline, else its text) begins.
pub(crate) fn read(
    page: &Page,
    facts: &Facts,
    sitename: Option<String>,
    anchor: Option<usize>,
    url: Option<String>,
) -> Metadata {
    let words = words();
    let meta = &page.meta;
    let description = first_of(meta, DESCRIPTION_KEYS)
        .or(facts.description.as_deref())
        .map(one_line)
        .filter(|s| !s.is_empty());
    let clues = usable_clues(page, anchor);
    let author = author(page, facts, &clues, anchor, sitename.as_deref(), words);
    let date = date(page, facts, &clues, anchor, url.as_deref(), words);
    Metadata {
        url,
        author,
        date,
        sitename,
        description,
        page_type: None,
    }
}

/// Who wrote a text dump and when it was published, from its lines alone: the bylines and
/// datelines near `anchor`, the line where its article begins (its headline, else its first
/// line), as for a page without markup to say more, a name alone over a date just after it,
/// and a date in its URL.
pub(crate) fn read_lines(lines: &[&str], anchor: usize, url: Option<&str>) -> (Option<String>, Option<String>) {
    let words = words();
    let near_lines = lines_around(near(anchor, lines.len()).map(|i| (i, lines[i])), anchor);
    let (full, handles) = full_names_apart(shown_names(&near_lines, Bylines::AlsoAfterDates, words));
    // A name over a date is looked for just after the headline: before it, and further on, a
    // section's label or a tag over a date often stands.
    let after = anchor + 1..(anchor + 1 + NAME_AFTER_HEADLINE_LINES + DATE_UNDER_NAME_LINES).min(lines.len());
    let after_lines = lines_around(after.map(|i| (i, lines[i])), anchor);
    // A scraper saves the page's title as the dump's first line.
    let over_dates = names_over_dates(&after_lines, lines.first().copied(), lines.iter().copied(), words);
    let stamped = posters_of_stamps(&after_lines, lines.iter().copied(), words);
    let author = first_named(
        full.into_iter().chain(handles).chain(over_dates).chain(stamped),
        None,
        words,
    );
    // The order matters only to a date written in numbers: the dump is read for it only then.
    let order = if near_lines.iter().any(|(line, _)| !numeric_dates(line).is_empty()) {
        numeric_order(lines.iter().copied())
    } else {
        Order::Unknown
    };
    let line_dates = line_dates(&near_lines, Date::LAST, order, words);
    let is_near = |distance: usize| distance <= NEAR_BLOCKS;
    let published = vote([
        (Weight::Shown, published_in_lines(&line_dates, true, is_near)),
        (Weight::Shown, url.and_then(|u| date_in_url(u, Date::LAST, words))),
        (Weight::Far, published_in_lines(&line_dates, false, is_near)),
    ]);
    let date = published.or_else(|| modified_in_lines(&line_dates));
    (author, date.map(|d| d.to_string()))
}

/// Whether a line is a date and little more ("July 14, 2015 at 3:53 pm", "Posted 3 May 2021"),
/// as a post or a comment is stamped.
pub(crate) fn is_date_line(line: &str) -> bool {
    date_line_label(line).is_some()
}

/// What stands before the date of a line that is a date and little more ("Published On" of
/// "Published On 6 Mar 2026", nothing of "Mar 7, 2026 | 4 min read"); `None` for any other line.
pub(crate) fn date_line_label(line: &str) -> Option<&str> {
    if !line.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let (_, start, end) = find_date(line, MIN_TEXT_YEAR, Date::LAST, Order::Unknown, words())?;
    little_besides(line, &line[start..end]).then(|| &line[..start])
}

/// Whether a field's label, lower-cased, ends with the words of a member's registration
/// ("Joined", "Mitglied seit"), found as a dateline's label words are: a thread shows it with
/// each post.
pub(crate) fn labels_a_members_date(label: &str) -> bool {
    let words = words();
    words.last_said(label, &words.member_dates) == Some(label.len())
}

/// Whether a line holds little besides the date written in it: a dateline, a stamp, a byline,
/// not a sentence that mentions a date.
fn little_besides(line: &str, date: &str) -> bool {
    line.chars().count() - date.chars().count() <= MAX_DATELINE_OTHER_CHARS
}

/// The first non-empty content of a `<meta>` tag of these keys, in the keys' order.
fn first_of<'a>(meta: &'a Meta, keys: &[&'static str]) -> Option<&'a str> {
    keys.iter().find_map(|key| all_of(meta, key).next())
}

/// The contents of the `<meta>` tags of a key, in the page's order.
fn all_of<'a>(meta: &'a Meta, key: &'static str) -> impl Iterator<Item = &'a str> + 'a {
    meta.tags
        .iter()
        .filter(move |(k, _)| k == key)
        .map(|(_, v)| v.as_str())
        .filter(|v| !v.trim().is_empty())
}

/// The clues outside the site's chrome and readers' comments, nearest the anchor first within
/// each kind.
fn usable_clues(page: &Page, anchor: Option<usize>) -> Vec<&Clue> {
    let mut clues: Vec<&Clue> = page.clues.iter().filter(|clue| !is_aside(page, clue.element)).collect();
    let anchor = anchor.unwrap_or(0);
    clues.sort_by_key(|c| (c.kind, c.item, distance(c.block, anchor)));
    clues
}

fn distance(block: usize, anchor: usize) -> usize {
    if block >= anchor {
        block - anchor
    } else {
        (anchor - block) * BEFORE_WEIGHT
    }
}

/// The lines near the anchor, where a visible byline or dateline stands, in the page's order:
/// each with its distance from the anchor.
fn lines_near(page: &Page, anchor: Option<usize>) -> Vec<(&str, usize)> {
    let Some(anchor) = anchor else { return Vec::new() };
    lines_around(
        near(anchor, page.blocks.len())
            .filter(|&b| !is_aside(page, page.blocks[b].element))
            .map(|b| (b, page.blocks[b].text.as_str())),
        anchor,
    )
}

/// The blocks near the anchor, of `count`, where a visible byline or dateline stands.
fn near(anchor: usize, count: usize) -> std::ops::Range<usize> {
    anchor.saturating_sub(LINES_BEFORE)..(anchor + LINES_AFTER + 1).min(count)
}

/// The lines of these blocks short enough to be a byline or a dateline, each with its block's
/// distance from the anchor.
fn lines_around<'a>(blocks: impl Iterator<Item = (usize, &'a str)>, anchor: usize) -> Vec<(&'a str, usize)> {
    blocks
        .flat_map(|(b, text)| text.lines().map(move |line| (line, distance(b, anchor))))
        .filter(|(line, _)| line.chars().count() <= MAX_LINE_CHARS)
        .collect()
}

/// Whether an element is in the site's chrome apart from the page's header (navigation,
/// sidebars, the footer) or in readers' comments: what it says is about other pages.
fn is_aside(page: &Page, element: usize) -> bool {
    let mut ancestors = page.ancestors(element);
    while let Some(e) = ancestors.next() {
        let e = &page.elements[e];
        if e.comments {
            return true;
        }
        if e.own_chrome == Chrome::Tag && e.tag != "header" {
            // An aside within an article is about the article (its date, its author).
            return !(e.tag == "aside" && ancestors.any(|a| page.elements[a].tag == "article"));
        }
    }
    false
}

/// What follows a byline word that comes after a date, [`MAX_DATE_TO_BYLINE_WORDS`] words at
/// most after it ("October 11, 2023 by Jane Doe", "Posted on 3 May 2021 by jdoe", "March 15,
/// 2022 · 3 min read · By Jane Doe"): the stamp of a post, its date first.
fn after_dated_byline<'a>(line: &'a str, words: &Words) -> Option<&'a str> {
    let (_, _, date_end) = find_date(line, MIN_TEXT_YEAR, Date::LAST, Order::Unknown, words)?;
    let after = &line[date_end..];
    std::iter::once(0)
        .chain(
            after
                .char_indices()
                .filter(|&(_, c)| c.is_whitespace())
                .map(|(at, c)| at + c.len_utf8()),
        )
        .take(MAX_DATE_TO_BYLINE_WORDS + 1)
        .find_map(|at| words.after_byline(after[at..].trim_start()))
}

/// What follows the byline word of a line read as `bylines` says: empty for a byline word
/// alone, whose name is on the next line.
fn byline_rest<'a>(line: &'a str, bylines: Bylines, words: &Words) -> Option<&'a str> {
    words.after_byline(line).or_else(|| match bylines {
        Bylines::AlsoAfterDates => after_dated_byline(line, words),
        Bylines::Opening => None,
    })
}

/// Whether a line of a dump is a byline with its name ("By Jane Doe", "March 4, 2025 by
/// jdoe").
pub(crate) fn is_byline(line: &str) -> bool {
    let words = words();
    line.chars().count() <= MAX_LINE_CHARS
        && byline_rest(line, Bylines::AlsoAfterDates, words)
            .is_some_and(|rest| !names(rest, Strictness::Shown, words).is_empty())
}

/// Which lines are read as bylines.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Bylines {
    /// Those that open with a byline word.
    Opening,
    /// Those too where the byline word follows a date: a text dump's, where no markup marks
    /// a post's stamp. On a page, the markup does, and the text of inline elements may run
    /// together there ("Jane Doein Travel").
    AlsoAfterDates,
}

/// The visible bylines near the anchor, nearest first: a line that opens with a byline word
/// and goes on with a name, or a byline word alone and the name on the next line.
fn bylines_near<'a>(lines: &[(&'a str, usize)], bylines: Bylines, words: &Words) -> Vec<&'a str> {
    let mut found: Vec<(&str, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, &(line, distance))| {
            let rest = byline_rest(line, bylines, words)?;
            let name = if rest.is_empty() { lines.get(i + 1)?.0 } else { rest };
            Some((name, distance))
        })
        .collect();
    found.sort_by_key(|&(_, distance)| distance);
    found.into_iter().map(|(name, _)| name).collect()
}

/// The author: a full name in a byline beside the headline, then structured data, the
/// `<meta>` tags, a name alone over a date below the headline, a handle beside the headline,
/// and the other clues. A name that stands for
/// no one ("Admin", the site's own name) is kept only when no witness names someone.
fn author(
    page: &Page,
    facts: &Facts,
    clues: &[&Clue],
    anchor: Option<usize>,
    sitename: Option<&str>,
    words: &Words,
) -> Option<String> {
    let near = |clue: &Clue| anchor.is_some_and(|a| distance(clue.block, a) <= NEAR_BLOCKS);
    let clue_names = |clue: &Clue| {
        let strictness = if clue.kind == ClueKind::AuthorProp {
            Strictness::Stated
        } else {
            Strictness::Marked
        };
        names(&clue.text, strictness, words)
    };
    // Links to authors' pages, or microdata authors, at one place are one byline's names
    // ("<a rel=author>A</a>, <a rel=author>B</a>"); boxes named `author` there may be a name
    // and a job title.
    let grouped = |near_ones: bool| {
        let mut clues = clues
            .iter()
            .filter(move |c| c.kind.is_author() && near(c) == near_ones)
            .peekable();
        std::iter::from_fn(move || {
            let first = clues.next()?;
            let mut names = clue_names(first);
            let one_name_each = matches!(first.kind, ClueKind::AuthorLink | ClueKind::AuthorProp);
            while let Some(next) = clues.next_if(|c| one_name_each && c.kind == first.kind && c.block == first.block) {
                for name in clue_names(next) {
                    if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                        names.push(name);
                    }
                }
            }
            Some(names)
        })
    };
    let stated = |text: &str| names(text, Strictness::Stated, words);
    let lines = lines_near(page, anchor);
    // A full name beside the headline is the byline; a handle there (`jdoe42`) may be the
    // account that posted the page, and yields to the page's metadata.
    let (full, handles) = full_names_apart(shown_names(&lines, Bylines::Opening, words).chain(grouped(true)));
    let structured = std::iter::once(facts.authors.iter().flat_map(|a| stated(a)).collect());
    let meta = AUTHOR_KEYS
        .iter()
        .map(|key| all_of(&page.meta, key).flat_map(stated).collect());
    let labelled = LABELLED_KEYS
        .iter()
        .filter(|(label, _)| first_of(&page.meta, &[label]).is_some_and(|l| words.after_byline(l.trim()) == Some("")))
        .map(|(_, data)| all_of(&page.meta, data).flat_map(stated).collect());
    let elsewhere = grouped(false);
    let all = page.blocks.iter().flat_map(|b| b.text.lines());
    let after_lines: Vec<(&str, usize)> = anchor
        .map(|a| {
            lines_around(
                (a + 1..(a + 1 + NAME_AFTER_HEADLINE_LINES + DATE_UNDER_NAME_LINES).min(page.blocks.len()))
                    .filter(|&b| !is_aside(page, page.blocks[b].element))
                    .map(|b| (b, page.blocks[b].text.as_str())),
                a,
            )
        })
        .unwrap_or_default();
    let over_dates: Vec<Vec<String>> = names_over_dates(&after_lines, page.meta.title.as_deref(), all, words).collect();
    let witnesses = full
        .into_iter()
        .chain(structured)
        .chain(meta)
        .chain(labelled)
        .chain(over_dates)
        .chain(handles)
        .chain(elsewhere);
    first_named(witnesses, sitename, words)
}

/// The names the visible bylines among these lines give, nearest first.
fn shown_names<'a>(
    lines: &[(&'a str, usize)],
    bylines: Bylines,
    words: &'a Words,
) -> impl Iterator<Item = Vec<String>> + 'a {
    bylines_near(lines, bylines, words)
        .into_iter()
        .map(|line| names(line, Strictness::Shown, words))
}

/// The names shown alone over a date among these lines, nearest first; `title` is the page's
/// title and `all` are the text's lines, in which the words of a name are looked for in lower
/// case.
fn names_over_dates<'a, 't>(
    lines: &[(&'a str, usize)],
    title: Option<&str>,
    all: impl Iterator<Item = &'t str> + Clone,
    words: &'a Words,
) -> impl Iterator<Item = Vec<String>> + 'a {
    named_over_dates(lines, title, all, words)
        .into_iter()
        .map(|line| names(name_of(line), Strictness::Shown, words))
}

/// The lines near the anchor that are a person's name and nothing else, with a date on one of
/// the next lines, nearest first: a byline without its byline word ("Jane Doe" over "March 3,
/// 2025", "Jane Doe, MD" over "Updated 3 May"). Only a full name of a few words counts, none
/// of which the text writes elsewhere in lower case: a section's label over a date is made of
/// common words ("Mobile App Development", "Top Agencies").
fn named_over_dates<'a, 't>(
    lines: &[(&'a str, usize)],
    title: Option<&str>,
    all: impl Iterator<Item = &'t str> + Clone,
    words: &Words,
) -> Vec<&'a str> {
    // The parts of the page's title between its first and last ("Thread - Category - Forum")
    // are the page's section, not its author. Read for the rare line that could be a name.
    let in_title = |name: &str| {
        let title_parts = title.map(crate::titles::parts).unwrap_or_default();
        title_parts.len() > 2
            && title_parts[1..title_parts.len() - 1]
                .iter()
                .any(|p| p.eq_ignore_ascii_case(name))
    };
    // A word alone over the line labels it as a field ("Developer", "Location:").
    let labelled = |i: usize| i > 0 && !lines[i - 1].0.trim().contains(char::is_whitespace);
    let mut found: Vec<(&str, usize)> = lines
        .iter()
        .enumerate()
        .filter(|&(i, &(line, distance))| {
            distance <= NAME_AFTER_HEADLINE_LINES
                && is_name_alone(line, words)
                && lines[i + 1..]
                    .iter()
                    .take(DATE_UNDER_NAME_LINES)
                    .any(|&(next, _)| opens_with_date(next, words))
                && !in_title(name_of(line))
                && !labelled(i)
                && !name_of(line)
                    .split_whitespace()
                    .any(|w| written_in_lower_case(w, all.clone()))
        })
        .map(|(_, &found)| found)
        .collect();
    found.sort_by_key(|&(_, distance)| distance);
    found.into_iter().map(|(name, _)| name).collect()
}

/// Whether a line is a dateline that opens with its date, or with a dateline's words and its
/// date ("March 3, 2025", "Updated on 3 May"): a date after other words ("jdoe March 3") has
/// its own byline.
fn opens_with_date(line: &str, words: &Words) -> bool {
    let Some((_, start, end)) = find_date(line, MIN_TEXT_YEAR, Date::LAST, Order::Unknown, words) else {
        return false;
    };
    let before = line[..start]
        .trim()
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    little_besides(line, &line[start..end])
        && (before.is_empty()
            || words
                .published
                .iter()
                .chain(&words.modified)
                .any(|w| before.starts_with(w) && before[w.len()..].split_whitespace().count() <= 1)
            || before.split_whitespace().all(|w| words.is_calendar_word(w)))
}

/// The posters of the stamps among these lines, nearest first: a post's stamp is its poster's
/// handle or name and then its date, and little else ("jdoe42 March 4, 2025, 3:22pm 1",
/// "jdoe42 (Jane Doe) 4 May 2025", "Jane Doe · 03/03/2026 19:44"). Just below a thread's
/// title, it is the first post's, whose poster is the thread's author.
fn posters_of_stamps<'a, 't>(
    lines: &[(&'a str, usize)],
    all: impl Iterator<Item = &'t str> + Clone,
    words: &'a Words,
) -> impl Iterator<Item = Vec<String>> + 'a {
    let mut found: Vec<(String, usize)> = lines
        .iter()
        .filter(|&&(_, distance)| distance <= NAME_AFTER_HEADLINE_LINES)
        .filter_map(|&(line, distance)| Some((poster_of_stamp(line, words)?, distance)))
        // A common word stands in lower case elsewhere; a name does not.
        .filter(|(poster, _)| !poster.split_whitespace().any(|w| written_in_lower_case(w, all.clone())))
        .collect();
    found.sort_by_key(|(_, distance)| *distance);
    found.into_iter().map(|(poster, _)| vec![poster])
}

/// The poster a stamp names before its date: a handle (one word written as no word is: with a
/// digit, an underscore or a capital inside, "jdoe42", "DaleJack"), its display name in
/// brackets after it left out, or a full name alone. A place before a date ("HAMBURG, 3 May")
/// is a dateline's, and a word like any other ("Updated", "Stand") is no handle.
fn poster_of_stamp(line: &str, words: &Words) -> Option<String> {
    // A stamp opens with its poster and holds a date's digits; most lines are passed over so.
    if line.starts_with(|c: char| c.is_ascii_digit()) || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (_, start, end) = find_date(line, MIN_TEXT_YEAR, Date::LAST, Order::Unknown, words)?;
    if start == 0 || !little_besides(line, &line[start..end]) {
        return None;
    }
    let before = line[..start].trim_end_matches(|c: char| c.is_whitespace() || "·•|-–—".contains(c));
    // A display name in brackets after the handle: "jdoe42 (Jane Doe)".
    let before = match before.strip_suffix(')').and_then(|b| b.rsplit_once(" (")) {
        Some((handle, _)) => handle.trim(),
        None => before.trim(),
    };
    let lower = before.to_lowercase();
    // A dateline's or a byline's words ("Posted", "Written by") are no poster.
    let labelled = words
        .published
        .iter()
        .chain(&words.modified)
        .any(|w| lower.starts_with(w))
        || words.after_byline(before).is_some();
    let acceptable = !labelled
        && !before.contains([',', ':', '@', '/'])
        && !before.split_whitespace().any(|w| words.is_calendar_word(w))
        && before.chars().count() <= MAX_NAME_CHARS
        && (is_handle(before) || is_name_alone(before, words));
    acceptable.then(|| before.to_string())
}

/// Whether a word is written as a handle and as no word is: letters with a digit or an
/// underscore among them, or a capital after a small letter ("jdoe42", "jane_d", "DaleJack").
fn is_handle(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    !word.contains(char::is_whitespace)
        && chars.iter().any(|c| c.is_alphabetic())
        && (chars.iter().any(|&c| c.is_ascii_digit() || c == '_')
            || chars.windows(2).any(|p| p[0].is_lowercase() && p[1].is_uppercase()))
}

/// A line's name: what stands before its credentials ("Jane Doe, MD").
fn name_of(line: &str) -> &str {
    line.split(',').next().unwrap_or_default().trim()
}

/// Whether a line is a person's full name alone, credentials after a comma aside: two to
/// [`MAX_SHOWN_NAME_WORDS`] words, each written as a name's, and no label's colon.
fn is_name_alone(line: &str, words: &Words) -> bool {
    let name = name_of(line);
    let count = name.split_whitespace().count();
    let mut seen: Vec<&str> = Vec::with_capacity(count);
    // A name has no word twice and none in the possessive ("Today's Hours").
    let plain = name.split_whitespace().all(|w| {
        let fresh = !seen.contains(&w);
        seen.push(w);
        fresh && !w.ends_with("'s") && !w.ends_with("’s")
    });
    (2..=MAX_SHOWN_NAME_WORDS).contains(&count)
        && plain
        && !name.contains(':')
        && written_as_name(name)
        && name_words(name, words).0.len() == count
        && !name.split_whitespace().any(|w| words.is_calendar_word(w))
}

/// Whether a capitalised word stands somewhere in these lines in lower case, as a common word
/// does and a name does not. A word of a script without case says nothing.
fn written_in_lower_case<'t>(word: &str, mut lines: impl Iterator<Item = &'t str>) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = word.to_lowercase();
    if lower == word {
        return false;
    }
    // Most lines hold no such word at all: a substring search rules them out quickly. An
    // address or a handle is written in lower case whatever it holds (`jane@doe.com`, `@jdoe`,
    // `doe.com/jane`): only words in prose count.
    lines.any(|line| {
        line.contains(lower.as_str())
            && line
                .split_whitespace()
                .filter(|token| !token.contains(['@', '/']) && !token.starts_with("www."))
                .flat_map(|token| token.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
                .any(|w| w == lower)
    })
}

/// Witnesses that give a full name, and those that give only handles (`jdoe42`, `Anna`), each
/// in their order.
fn full_names_apart(witnesses: impl Iterator<Item = Vec<String>>) -> (Vec<Vec<String>>, Vec<Vec<String>>) {
    witnesses
        .filter(|names| !names.is_empty())
        .partition(|names| names.iter().any(|n| n.contains(' ')))
}

/// The names of the first witness that names someone, joined by `"; "`; else those of the
/// first that names anything ("Admin", the site's own name).
fn first_named(witnesses: impl Iterator<Item = Vec<String>>, sitename: Option<&str>, words: &Words) -> Option<String> {
    let mut generic: Option<Vec<String>> = None;
    for names in witnesses.filter(|names: &Vec<String>| !names.is_empty()) {
        let (no_one, people): (Vec<String>, Vec<String>) =
            names.into_iter().partition(|n| is_generic(n, sitename, words));
        if !people.is_empty() {
            return Some(people.join("; "));
        }
        generic.get_or_insert(no_one);
    }
    generic.map(|names| names.join("; "))
}

/// Whether a name stands for no one in particular: a generic word, or the site's own name.
fn is_generic(name: &str, sitename: Option<&str>, words: &Words) -> bool {
    let lower = name.to_lowercase();
    words.generic.contains(lower.as_str()) || sitename.is_some_and(|s| s.to_lowercase() == lower)
}

/// How much a witness of names is trusted to give nothing but names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strictness {
    /// Metadata meant to name the author: any short text is a name (forum users have handles
    /// like `jdoe42`).
    Stated,
    /// An element named for the author: a handle of one word, or words written as a name.
    Marked,
    /// A visible line: only words written as a name.
    Shown,
}

/// The names a witness gives: a byline word and what follows the names cut off, split where
/// names are joined, credentials after a name left out ("Jane Doe, MD"), handles and URLs
/// refused.
fn names(text: &str, strictness: Strictness, words: &Words) -> Vec<String> {
    let text = one_line_keeping_breaks(text);
    // From the line that opens with a byline word, if one does ("Post\nby jdoe » 3 May"); a
    // byline word on a line of its own leaves the name to the next ("Written by\nJane Doe").
    let mut line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1));
    let mut text = line_starts
        .find_map(|at| {
            if strictness == Strictness::Marked {
                words.after_inner_byline(&text[at..])
            } else {
                words.after_byline(&text[at..])
            }
        })
        .unwrap_or(&text);
    // A byline goes on with the date or the site after a separator.
    if let Some(at) = NAME_ENDS.iter().filter_map(|sep| text.find(sep)).min() {
        text = &text[..at];
    }
    if text.contains("://") || text.starts_with("www.") || text.contains('@') && strictness != Strictness::Stated {
        return Vec::new();
    }
    let joins = if strictness == Strictness::Stated {
        STATED_NAME_JOINS
    } else {
        NAME_JOINS
    };
    let mut parts = vec![text];
    for join in joins {
        parts = parts.into_iter().flat_map(|p| p.split(join)).collect();
    }
    let mut out: Vec<String> = Vec::new();
    for (i, part) in parts.into_iter().enumerate() {
        let part = part.trim_matches(|c: char| c.is_whitespace() || ",;:.(".contains(c));
        let part = part.trim_start_matches('@');
        // In text, the name ends where words not written as a name begin, and so does the list.
        let (part, goes_on) = if strictness == Strictness::Stated {
            (part.to_string(), false)
        } else {
            let (name, ends_well) = name_words(part, words);
            let rest = part.split_whitespace().nth(name.len());
            // One word that other words follow is a sentence's or a label's first ("This post
            // was...", "Personal finance"), and a name is no one's credit ("Fact Checked").
            if name.len() == 1 && !ends_well || name.iter().any(|w| words.credits_another(w)) {
                if i > 0 {
                    break;
                }
                return Vec::new();
            }
            (name.join(" "), rest.is_some())
        };
        if part.is_empty() {
            // After the first name, anything that is not a name ends the list.
            if i > 0 {
                break;
            }
            continue;
        }
        if i > 0 && is_credential(&part) {
            continue;
        }
        let handle = !part.contains(' ') && part.chars().count() <= MAX_NAME_CHARS;
        // A dotted identifier (`page.head.extra.author`) is a template's, not a handle.
        let identifier = handle && part.matches('.').count() > MAX_HANDLE_DOTS;
        // Initials alone ("NB") stand for a picture of the author, whose name follows.
        let initials = handle && part.chars().count() <= 3 && part.chars().all(char::is_uppercase);
        let acceptable = part.chars().count() <= MAX_NAME_CHARS
            && part.split_whitespace().count() <= MAX_NAME_WORDS
            && part.chars().any(char::is_alphabetic)
            && !part.contains(NOT_IN_NAMES)
            && !identifier
            && !part.split_whitespace().all(|w| words.is_calendar_word(w))
            && match strictness {
                Strictness::Stated => true,
                Strictness::Marked => !initials && (handle || written_as_name(&part)),
                Strictness::Shown => !initials && written_as_name(&part),
            };
        if !acceptable {
            if i > 0 {
                break;
            }
            return Vec::new();
        }
        if !out.iter().any(|o| o.eq_ignore_ascii_case(&part)) {
            out.push(part);
        }
        if goes_on {
            break;
        }
    }
    out
}

/// The leading words of a text that are written as a name: up to a date, a dateline word or a
/// word in lower case that is no particle; and whether the text ends there or goes on with a
/// date or a dateline, as a byline does (rather than with other words).
fn name_words<'a>(text: &'a str, words: &Words) -> (Vec<&'a str>, bool) {
    let mut out = Vec::new();
    let all: Vec<&str> = text.split_whitespace().collect();
    for (i, word) in all.iter().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let has_digit = |w: &str| w.chars().any(|c| c.is_ascii_digit());
        // A handle may hold digits (`jdoe42`); a later word with digits is a date or a count.
        let handle = out.is_empty() && bare.starts_with(char::is_alphabetic);
        // A month is a name's ("June Carter") unless a number follows it ("June 3").
        let month = words.months.contains_key(lower.as_str()) && all.get(i + 1).is_some_and(|w| has_digit(w));
        // A dateline's words ("Last updated", "Posted on").
        let rest = all[i..].join(" ").to_lowercase();
        let dateline = words
            .published
            .iter()
            .chain(&words.modified)
            .any(|w| rest.starts_with(w) && !rest[w.len()..].starts_with(char::is_alphabetic));
        // A byline goes on with where the piece is filed, capitalised as the name is ("By Jane
        // Doe In Travel, Tips"): in lower case, such a word ends the name as any other does.
        let filed =
            !out.is_empty() && bare.starts_with(char::is_uppercase) && BYLINE_PLACE_WORDS.contains(&lower.as_str());
        let count = !out.is_empty() && words.counts.contains(lower.as_str()) && i + 1 < all.len();
        if (has_digit(bare) && !handle) || month || dateline || filed || count {
            let taken = out.len();
            let out = written_words(out);
            let ends_well = out.len() == taken;
            return (out, ends_well);
        }
        if bare.is_empty() {
            break;
        }
        out.push(word.trim_end_matches([',', ';', ':']));
    }
    let all_taken = out.len() == all.len();
    let out = written_words(out);
    let ends_well = all_taken && out.len() == all.len();
    (out, ends_well)
}

/// Words up to the first not written as part of a name. A handle of one word may be in lower
/// case; several words must be written as a name.
fn written_words(mut words: Vec<&str>) -> Vec<&str> {
    if words.len() > 1 {
        let end = words.iter().position(|w| !starts_as_name(w)).unwrap_or(words.len());
        words.truncate(end);
        // A particle ends no name: it is the next phrase's ("Jean Dupont le 3 mai").
        while words.len() > 1 && words.last().is_some_and(|w| NAME_PARTICLES.contains(w)) {
            words.pop();
        }
    }
    words
}

/// Whether a word is written as part of a name: a capital (or a script without case), an
/// initial, or a particle.
fn starts_as_name(word: &str) -> bool {
    let first = word.chars().find(|c| c.is_alphabetic());
    first.is_some_and(|c| !c.is_lowercase()) || NAME_PARTICLES.contains(&word)
}

/// Whether text is written as a person's name: one to a few words, each a capital (or of a
/// script without case), an initial or a particle, and no digits.
fn written_as_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= MAX_NAME_WORDS
        && !text.chars().any(|c| c.is_ascii_digit())
        && words.iter().all(|w| starts_as_name(w))
        && words.first().is_some_and(|w| !NAME_PARTICLES.contains(w))
}

/// Whether a part of a list of names is a credential after a name ("MD", "PhD", "RD").
fn is_credential(part: &str) -> bool {
    !part.contains(' ') && part.chars().count() <= 6 && part.chars().filter(|c| c.is_uppercase()).count() >= 2
}

/// The publication date, by a vote of its witnesses: each kind gives its best date, with a
/// weight (see [`Weight`]), and the date with the most weight wins, ties going to the first
/// witness in the order below. Independent witnesses agreeing outweigh one that differs
/// (a time stamp converted to another time zone, a date a system reset). The date of a later
/// change is taken only when no witness gives a publication date.
fn date(
    page: &Page,
    facts: &Facts,
    clues: &[&Clue],
    anchor: Option<usize>,
    url: Option<&str>,
    words: &Words,
) -> Option<String> {
    let latest = last_change(page, facts, words);
    let near_lines = lines_near(page, anchor);
    let date_clues = || clues.iter().filter(|c| c.kind.is_date());
    // The order matters only to a date written in numbers: the page is read for it only then.
    let written_in_numbers = near_lines
        .iter()
        .map(|(line, _)| *line)
        .chain(date_clues().map(|c| c.text.as_str()))
        .any(|text| !numeric_dates(text).is_empty());
    let order = match written_in_numbers {
        true => numeric_order(
            page.blocks
                .iter()
                .map(|b| b.text.as_str())
                .chain(page.clues.iter().map(|c| c.text.as_str())),
        ),
        false => Order::Unknown,
    };
    let stated = |text: &str| parse_date(text, MIN_STATED_YEAR, latest, words);
    let is_near = |distance: usize| anchor.is_some() && distance <= NEAR_BLOCKS;
    let line_dates = line_dates(&near_lines, latest, order, words);
    let meta = PUBLISHED_KEYS
        .iter()
        .find_map(|key| all_of(&page.meta, key).find_map(stated));
    let published_clue = |near: bool| {
        date_clues()
            .filter(|c| !c.kind.is_modified() && is_near(distance(c.block, anchor.unwrap_or(0))) == near)
            .find_map(|c| dates_in(&c.text, latest, order, words).published)
    };
    let published_line = |near: bool| published_in_lines(&line_dates, near, is_near);
    let witnesses = [
        (Weight::Structured, facts.published.as_deref().and_then(stated)),
        (Weight::Stated, meta),
        (
            Weight::Guessed,
            meta.is_none()
                .then(|| meta_like(&page.meta, PUBLISHED_KEY_WORDS).find_map(stated))
                .flatten(),
        ),
        (Weight::Shown, published_clue(true)),
        (Weight::Shown, published_line(true)),
        (Weight::Shown, url.and_then(|u| date_in_url(u, latest, words))),
        (Weight::Far, published_clue(false)),
        (Weight::Far, published_line(false)),
    ];
    let published = vote(witnesses);
    let modified = || {
        facts
            .modified
            .as_deref()
            .and_then(stated)
            .or_else(|| {
                MODIFIED_KEYS
                    .iter()
                    .find_map(|key| all_of(&page.meta, key).find_map(stated))
            })
            .or_else(|| meta_like(&page.meta, MODIFIED_KEY_WORDS).find_map(stated))
            .or_else(|| {
                date_clues().find_map(|c| {
                    let dated = dates_in(&c.text, latest, order, words);
                    if c.kind.is_modified() {
                        dated.published.or(dated.modified)
                    } else {
                        dated.modified
                    }
                })
            })
            .or_else(|| modified_in_lines(&line_dates))
    };
    published.or_else(modified).map(|d| d.to_string())
}

/// The dates each of these lines gives, nearest the anchor first, each line read with the
/// line before it when that is a label ("Last updated:").
fn line_dates(lines: &[(&str, usize)], latest: Date, order: Order, words: &Words) -> Vec<(usize, Dated)> {
    let mut line_dates: Vec<(usize, Dated)> = lines
        .iter()
        .enumerate()
        .map(|(i, &(line, distance))| {
            let label = i
                .checked_sub(1)
                .map(|p| lines[p].0)
                .filter(|p| !p.chars().any(|c| c.is_ascii_digit()));
            let text = match label {
                Some(label) => format!("{label}\n{line}"),
                None => line.to_string(),
            };
            (distance, dates_in(&text, latest, order, words))
        })
        .collect();
    line_dates.sort_by_key(|&(distance, _)| distance);
    line_dates
}

/// The nearest publication date among the lines near the anchor (`near`) or farther.
fn published_in_lines(line_dates: &[(usize, Dated)], near: bool, is_near: impl Fn(usize) -> bool) -> Option<Date> {
    line_dates
        .iter()
        .filter(|(distance, _)| is_near(*distance) == near)
        .find_map(|(_, d)| d.published)
}

/// The nearest date of a later change among the lines.
fn modified_in_lines(line_dates: &[(usize, Dated)]) -> Option<Date> {
    line_dates.iter().find_map(|(_, d)| d.modified)
}

/// The date with the most weight among the witnesses' (see [`Weight`]); of equals, the first
/// witness's.
fn vote(witnesses: impl IntoIterator<Item = (Weight, Option<Date>)>) -> Option<Date> {
    let mut votes: Vec<(Date, u32)> = Vec::new();
    for (weight, date) in witnesses {
        let Some(date) = date else { continue };
        match votes.iter_mut().find(|(d, _)| *d == date) {
            Some((_, total)) => *total += weight as u32,
            None => votes.push((date, weight as u32)),
        }
    }
    votes
        .iter()
        .rev()
        .max_by_key(|&&(_, total)| total)
        .map(|&(date, _)| date)
}

/// The date of the last change the page's metadata states (or of its publication, when that is
/// later): a date the page shows well after it is not the page's own (an event's, a deadline's).
/// A publication date alone bounds nothing, as the page may have changed since. The page itself
/// is the reference rather than the clock, so that a page reads the same whenever it is read.
fn last_change(page: &Page, facts: &Facts, words: &Words) -> Date {
    let stated = |text: &str| parse_date(text, MIN_STATED_YEAR, Date::LAST, words);
    let latest = |keys: &[&'static str], in_facts: Option<&str>| {
        keys.iter()
            .flat_map(|key| all_of(&page.meta, key))
            .chain(in_facts)
            .filter_map(stated)
            .max()
    };
    let Some(modified) = latest(MODIFIED_KEYS, facts.modified.as_deref()) else {
        return Date::LAST;
    };
    latest(PUBLISHED_KEYS, facts.published.as_deref()).map_or(modified, |published| published.max(modified))
}

/// The dates a short text gives: the first it does not say is an update's ("Published 3 May
/// 2024 | Updated 5 May 2024" gives 3 May), and the first it does. A date counts only on a
/// line that is mostly the date (a dateline, a byline), not in a sentence.
fn dates_in(text: &str, latest: Date, order: Order, words: &Words) -> Dated {
    let mut dated = Dated::default();
    // What stands before a date, since the one before it: its label.
    let mut label_from = 0;
    let mut line_start = 0;
    for line in text.split('\n') {
        let line_end = line_start + line.len();
        let mut at = line_start;
        while let Some((date, start, end)) = find_date(&text[at..line_end], MIN_TEXT_YEAR, latest, order, words) {
            let (start, end) = (at + start, at + end);
            // A line that opens with a publication's label and its date is a dateline however
            // it goes on ("Posted on 3 May 2021 by jdoe - 5 Comments on …").
            let labelled = || {
                let before = text[line_start..start].trim().trim_end_matches(':');
                before.len() <= MAX_PUBLISHED_LABEL_BYTES && words.published.contains(&before.to_lowercase().as_str())
            };
            if little_besides(line, &text[start..end]) || labelled() {
                // The label's word nearest the date is the one that names it: "Originally
                // published in March 2022. Last updated on December 20, 2024" dates an update.
                let label = text[label_from..start].to_lowercase();
                let said = |list: &[&str]| words.last_said(&label, list);
                let published = said(&words.published);
                let later = |list: &[&str]| said(list).is_some_and(|at| published.is_none_or(|p| at > p));
                if later(&words.other_dates) {
                    // A member's registration, a company's founding: not the page's date.
                } else if later(&words.modified) {
                    dated.modified.get_or_insert(date);
                } else {
                    dated.published = Some(date);
                    return dated;
                }
            }
            label_from = end;
            at = end;
        }
        line_start = line_end + 1;
    }
    dated
}

/// The order in which a page writes the day and the month of numeric dates (`09.10.2024`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    DayFirst,
    MonthFirst,
    /// The page does not show: each sign has its usual reading.
    Unknown,
}

/// The order of the page's numeric dates, from those it writes that can be read only one way
/// (`24.11.2025` day first, `11.24.2025` month first): a site writes all its dates alike. A
/// page showing both orders (quoting another) shows none.
fn numeric_order<'a>(texts: impl Iterator<Item = &'a str>) -> Order {
    let (mut day_first, mut month_first) = (false, false);
    for (first, second) in texts.flat_map(numeric_dates) {
        day_first |= first > 12;
        month_first |= second > 12;
    }
    match (day_first, month_first) {
        (true, false) => Order::DayFirst,
        (false, true) => Order::MonthFirst,
        _ => Order::Unknown,
    }
}

/// The first two numbers of each date a text writes in numbers (`24.11.2025` gives 24 and 11),
/// whichever order they are in.
fn numeric_dates(text: &str) -> Vec<(u32, u32)> {
    // A numeric date ends with a year of four digits.
    if !has_four_digits(text) {
        return Vec::new();
    }
    tokens(text)
        .windows(5)
        .filter_map(|window| {
            let [(Token::Number(a, an), ..), (Token::Sign(s1), ..), (Token::Number(b, bn), ..), (Token::Sign(s2), ..), (Token::Number(y, 4), ..)] =
                *window
            else {
                return None;
            };
            // A year too early to be a page's is no date (a code, a typo), and tells nothing.
            let date = s1 == s2
                && DATE_SIGNS.contains(&s1)
                && an <= 2
                && bn <= 2
                && (1..=31).contains(&a)
                && (1..=31).contains(&b)
                && y >= u32::from(MIN_TEXT_YEAR);
            date.then_some((a, b))
        })
        .collect()
}

/// The dates of a text: publication and later change.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Dated {
    published: Option<Date>,
    modified: Option<Date>,
}

// --- Dates ----------------------------------------------------------------------------------

/// A day of the calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The last day that can be written: a bound that bounds nothing.
    const LAST: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// A date, when it exists.
    fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year <= 9999 && (1..=days).contains(&day)).then_some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Whether a publication may have this date: not before `min_year`, not well after
    /// `latest`.
    fn is_plausible(self, min_year: u16, latest: Date) -> bool {
        self.year >= min_year && self.days() <= latest.days() + FUTURE_SLACK_DAYS
    }
}

impl std::fmt::Display for Date {
    /// ISO 8601: `2025-03-04`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The first plausible date of a text.
fn parse_date(text: &str, min_year: u16, latest: Date, words: &Words) -> Option<Date> {
    find_date(text, min_year, latest, Order::Unknown, words).map(|(date, _, _)| date)
}

/// A piece of a text, for finding dates.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'a> {
    /// Digits: their value and how many.
    Number(u32, usize),
    /// Letters.
    Word(&'a str),
    /// Any other sign, spaces left out.
    Sign(char),
}

/// Whether a text has a number of four digits, no more (a year).
fn has_four_digits(text: &str) -> bool {
    has_number_of(text, |digits| digits == 4)
}

/// Whether a text has a number (a run of ASCII digits, as [`tokens`] reads it) of as many digits
/// as `wanted` accepts.
fn has_number_of(text: &str, wanted: impl Fn(usize) -> bool) -> bool {
    let mut run = 0;
    for b in text.bytes() {
        if b.is_ascii_digit() {
            run += 1;
        } else if wanted(std::mem::take(&mut run)) {
            return true;
        }
    }
    wanted(run)
}

/// The tokens of a text, each with its byte range.
fn tokens(text: &str) -> Vec<(Token<'_>, usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_ascii_digit() {
            let mut end = start + 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = i + 1;
                chars.next();
            }
            let digits = &text[start..end];
            let value = digits.parse().unwrap_or(u32::MAX);
            out.push((Token::Number(value, digits.len()), start, end));
        } else if crate::units::is_alphabetic(c) {
            let mut end = start + c.len_utf8();
            let mut previous = c;
            while let Some(&(i, d)) = chars.peek() {
                // Han dates ("2025年3月4日") put a sign after each number: one letter a word.
                // Words set apart only by style run together: "HealthDECEMBER".
                if !crate::units::is_alphabetic(d)
                    || crate::units::is_unspaced(d)
                    || crate::units::is_unspaced(c)
                    || (previous.is_lowercase() && d.is_uppercase())
                {
                    break;
                }
                end = i + d.len_utf8();
                previous = d;
                chars.next();
            }
            out.push((Token::Word(&text[start..end]), start, end));
        } else if !c.is_whitespace() {
            out.push((Token::Sign(c), start, start + c.len_utf8()));
        }
    }
    out
}

/// The first plausible date of a text, with its byte range: `2025-03-04`, `04.03.2025`,
/// `March 4, 2025`, `4 March 2025`, `4. März 2025`, `4 de marzo de 2025`, `2025年3月4日`. A
/// numeric date is read day first unless its day is unmistakable (`11.24.2025`) or, with dots,
/// the page's `order` is month first; with slashes, only when its day is unmistakable.
fn find_date(text: &str, min_year: u16, latest: Date, order: Order, words: &Words) -> Option<(Date, usize, usize)> {
    // Every form has a year of four digits, or is eight digits (ISO without signs): a text
    // without such a number (most, a time or a count too) is not read into tokens.
    if !has_number_of(text, |digits| digits == 4 || digits == 8) {
        return None;
    }
    let tokens = tokens(text);
    let number = |i: usize| match tokens.get(i) {
        Some(&(Token::Number(v, n), _, _)) => Some((v, n)),
        _ => None,
    };
    let sign = |i: usize| match tokens.get(i) {
        Some(&(Token::Sign(c), _, _)) => Some(c),
        _ => None,
    };
    let word = |i: usize| match tokens.get(i) {
        Some(&(Token::Word(w), _, _)) => Some(w),
        _ => None,
    };
    let month = |i: usize| {
        // A word in lower case already (most) is looked up as it is, without a copy.
        let w = word(i)?;
        match w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()) {
            true => words.months.get(w).copied(),
            false => words.months.get(w.to_lowercase().as_str()).copied(),
        }
    };
    let year_at = |i: usize| number(i).filter(|&(_, n)| n == 4).map(|(v, _)| v);
    let day_at = |i: usize| {
        number(i)
            .filter(|&(v, n)| n <= 2 && (1..=31).contains(&v))
            .map(|(v, _)| v)
    };
    let is_filler = |i: usize| {
        sign(i).is_some_and(|c| c == '.' || c == ',')
            || word(i).is_some_and(|w| DAY_FILLERS.contains(&w.to_lowercase().as_str()))
    };
    // The first token after `at` that is not a filler, looking at most three fillers on.
    let past_fillers = |at: usize| {
        let mut next = at + 1;
        while next < tokens.len() && next <= at + 3 && is_filler(next) {
            next += 1;
        }
        next
    };
    let accept = |y: u32, m: u32, d: u32| Date::new(y, m, d).filter(|date| date.is_plausible(min_year, latest));
    let span = |from: usize, to: usize| (tokens[from].1, tokens[to.min(tokens.len() - 1)].2);
    for i in 0..tokens.len() {
        // Numeric: year first (ISO), or year last.
        if let Some(y) = year_at(i) {
            if let (Some(s1), Some((m, _)), Some(s2), Some(d)) =
                (sign(i + 1), number(i + 2), sign(i + 3), day_at(i + 4))
            {
                if s1 == s2 && DATE_SIGNS.contains(&s1) && (1..=12).contains(&m) {
                    if let Some(date) = accept(y, m, d) {
                        let (start, end) = span(i, i + 4);
                        return Some((date, start, end));
                    }
                }
            }
            for (year_mark, month_mark) in YEAR_MONTH_MARKS {
                if word(i + 1) == Some(year_mark) && word(i + 3) == Some(month_mark) {
                    if let (Some((m, _)), Some(d)) = (number(i + 2), day_at(i + 4)) {
                        if let Some(date) = accept(y, m, d) {
                            let (start, end) = span(i, i + 4);
                            return Some((date, start, end));
                        }
                    }
                }
            }
        } else if let (Some((v, 8)), 1) = (number(i), tokens.len()) {
            // ISO without signs, as some metadata writes it: 20250304.
            if let Some(date) = accept(v / 10_000, v / 100 % 100, v % 100) {
                let (start, end) = span(i, i);
                return Some((date, start, end));
            }
        }
        if let Some(a) = day_at(i) {
            if let (Some(s1), Some(b), Some(s2), Some(y)) = (sign(i + 1), day_at(i + 2), sign(i + 3), year_at(i + 4)) {
                if s1 == s2 && DATE_SIGNS.contains(&s1) {
                    let (m, d) = if a > 12 {
                        (b, a)
                    } else if b > 12 {
                        (a, b)
                    } else {
                        match (s1, order) {
                            // Dots mostly write the day first (04.03.2025), unless the page
                            // shows it writes the month first.
                            ('.', Order::MonthFirst) => (a, b),
                            ('.', _) => (b, a),
                            // In 03/04/2025 the day and the month cannot be told apart.
                            _ => continue,
                        }
                    };
                    if let Some(date) = accept(y, m, d) {
                        let (start, end) = span(i, i + 4);
                        return Some((date, start, end));
                    }
                }
            }
            // Day first: 4 March 2025, 4. März 2025, 4 de marzo de 2025, 4th of March, 2025.
            let j = past_fillers(i);
            if let Some(m) = month(j) {
                let k = past_fillers(j);
                if let Some(y) = year_at(k) {
                    if let Some(date) = accept(y, u32::from(m), a) {
                        let (start, end) = span(i, k);
                        return Some((date, start, end));
                    }
                }
            }
        }
        // Month first: March 4, 2025; Mar. 4th 2025.
        if let Some(m) = month(i) {
            let mut j = i + 1;
            if sign(j) == Some('.') {
                j += 1;
            }
            if let Some(d) = day_at(j) {
                let k = past_fillers(j);
                if let Some(y) = year_at(k) {
                    if let Some(date) = accept(y, u32::from(m), d) {
                        let (start, end) = span(i, k);
                        return Some((date, start, end));
                    }
                }
            }
        }
    }
    None
}

/// A date in a URL's path: `/2025/03/04/`, `/2025-03-04-title`, `/2023/october/03/`.
fn date_in_url(url: &str, latest: Date, words: &Words) -> Option<Date> {
    let url = percent_decoded(url);
    let url = url.as_str();
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.find('/').map_or("", |at| &path[at..]);
    let path = path.split(['?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = path.split(['/', '-', '_', '+', '.']).collect();
    parts.windows(3).find_map(|w| {
        let [y, m, d] = [w[0], w[1], w[2]];
        let month = match m.parse::<u32>() {
            Ok(number) if m.len() == 2 => number,
            _ => u32::from(*words.months.get(m.to_lowercase().as_str())?),
        };
        if y.len() != 4 || d.len() != 2 {
            return None;
        }
        let date = Date::new(y.parse().ok()?, month, d.parse().ok()?)?;
        date.is_plausible(MIN_TEXT_YEAR, latest).then_some(date)
    })
}

/// A URL with its escaped ASCII signs written out (`%2F` as `/`): some pages escape a whole
/// URL, the slashes between its parts too. Other escapes are kept as they are.
fn percent_decoded(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    let mut rest = url;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let escaped = rest
            .get(at + 1..at + 3)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .filter(|b| b.is_ascii() && !b.is_ascii_control());
        match escaped {
            Some(b) => {
                out.push(char::from(b));
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text on one line, its whitespace collapsed.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with each line's whitespace collapsed and empty lines dropped.
fn one_line_keeping_breaks(text: &str) -> String {
    text.lines()
        .map(one_line)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::Options;

    /// A long sentence of prose, for an article to stand around.
    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time.";

    /// The metadata and title of a page with this head and this body before its article.
    fn read_page(head: &str, byline: &str) -> (Metadata, Option<String>) {
        let html = format!(
            "<html><head>{head}</head><body><nav><a href='/'>Home</a></nav><article><h1>Council meets</h1>\
             {byline}<p>{PROSE}</p><p>{PROSE}</p></article><aside><p>By Someone Else | 1 June 2020</p></aside></body></html>"
        );
        let out = super::super::extract(
            &html,
            None,
            Lexicon::shared(),
            &Options::default(),
            &crate::deadline::Deadline::none(),
        );
        (out.metadata, out.title)
    }

    fn date_of(text: &str) -> Option<String> {
        parse_date(text, MIN_STATED_YEAR, Date::new(2026, 1, 1).unwrap(), words()).map(|d| d.to_string())
    }

    #[test]
    fn a_page_without_metadata_has_none() {
        let (meta, _) = read_page("<title>Council meets</title>", "");
        let said = Metadata {
            page_type: None,
            ..meta
        };
        assert_eq!(said, Metadata::default(), "the aside's byline is about another page");
    }

    #[test]
    fn meta_tags_are_read_best_first() {
        let head = "<meta property='article:author' content='https://social.example/jane'>\
                    <meta name='author' content='Jane Doe'>\
                    <meta name='date' content='2024-01-09'>\
                    <meta property='article:published_time' content='2024-05-03T08:00:00+02:00'>\
                    <meta name='application-name' content='Paper App'><meta property='og:site_name' content='The Paper'>\
                    <meta property='og:description' content='Second.'><meta name='description' content=' The  summary. '>";
        let (meta, _) = read_page(head, "");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"), "a URL is no name");
        assert_eq!(
            meta.date.as_deref(),
            Some("2024-05-03"),
            "article:published_time before date"
        );
        assert_eq!(meta.sitename.as_deref(), Some("The Paper"));
        assert_eq!(meta.description.as_deref(), Some("The summary."));
    }

    #[test]
    fn a_search_plugin_s_labelled_author_is_read() {
        let head = "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Jane Doe'>\
                    <meta name='twitter:label2' content='Est. reading time'><meta name='twitter:data2' content='3 minutes'>";
        assert_eq!(read_page(head, "").0.author.as_deref(), Some("Jane Doe"));
        let unlabelled = "<meta name='twitter:data2' content='3 minutes'>";
        assert_eq!(read_page(unlabelled, "").0.author, None);
    }

    #[test]
    fn a_visible_byline_beside_the_headline_gives_author_and_date() {
        let (meta, _) = read_page("", "<p>By Jane Doe and John Roe | March 4, 2025</p>");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe; John Roe"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-04"));
        let (meta, _) = read_page("", "<p class='meta'>Von Erika Muster, 4. März 2025</p>");
        assert_eq!(meta.author.as_deref(), Some("Erika Muster"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-04"));
        // A byline word on a line of its own, the name on the next.
        let (meta, _) = read_page("", "<div><p>Written by</p><p>Jane Doe</p></div>");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        // A sentence that opens with a byline word is no byline.
        let (meta, _) = read_page("", "<p>By the end of the week the council will decide.</p>");
        assert_eq!(meta.author, None);
    }

    #[test]
    fn a_name_alone_over_the_date_below_the_headline_is_the_author_after_the_metadata() {
        let (meta, _) = read_page("", "<p>Jane Doe</p><p>March 4, 2025</p>");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        // The page's metadata names the author first.
        let (meta, _) = read_page(
            "<meta name='author' content='John Roe'>",
            "<p>Jane Doe</p><p>March 4, 2025</p>",
        );
        assert_eq!(meta.author.as_deref(), Some("John Roe"));
        // A label the page writes in lower case elsewhere names no one.
        let (meta, _) = read_page("", "<p>Committee Hearings</p><p>March 4, 2025</p>");
        assert_eq!(meta.author, None);
    }

    #[test]
    fn byline_markup_is_read_and_cleaned() {
        let (meta, _) = read_page(
            "",
            "<div class='post-meta'><span class='byline'>Posted by <a rel='author' href='/a/jd'>Jane Doe</a></span> \
             <time datetime='2023-11-02T09:00:00Z'>2 Nov</time></div>",
        );
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.date.as_deref(), Some("2023-11-02"));
        let (meta, _) = read_page("", "<p class='author'>Dr. Jane Doe, MD, PhD</p>");
        assert_eq!(meta.author.as_deref(), Some("Dr. Jane Doe"), "credentials are left out");
        let (meta, _) = read_page("", "<p class='author-name'>Photo by Jane Doe</p>");
        assert_eq!(meta.author, None, "a credit for a picture");
    }

    #[test]
    fn a_generic_name_gives_way_to_a_person() {
        let structured =
            "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"author\": \"admin\"}</script>";
        let (meta, _) = read_page(&format!("{structured}<meta name='author' content='Jane Doe'>"), "");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        let (meta, _) = read_page(structured, "");
        assert_eq!(meta.author.as_deref(), Some("admin"), "kept when no one else is named");
        let site = "<meta property='og:site_name' content='The Paper'><meta name='author' content='The Paper'>";
        let (meta, _) = read_page(site, "<p>By Jane Doe</p>");
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn a_modified_date_is_not_taken_as_published() {
        let head = "<meta property='article:modified_time' content='2025-06-01'>\
                    <script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"dateModified\": \"2025-06-01\", \"datePublished\": \"2025-05-03\"}</script>";
        assert_eq!(read_page(head, "").0.date.as_deref(), Some("2025-05-03"));
        let (meta, _) = read_page(
            "",
            "<p>Updated: June 1, 2025</p><p><time class='published' datetime='2025-05-03'>3 May</time></p>",
        );
        assert_eq!(meta.date.as_deref(), Some("2025-05-03"));
        let (meta, _) = read_page(
            "",
            "<p>Last updated:</p><p>June 1, 2025</p><p>Published May 3, 2025</p>",
        );
        assert_eq!(
            meta.date.as_deref(),
            Some("2025-05-03"),
            "a label on the line before counts"
        );
        let dated = dates_in(
            "Originally published in March 2022. Last updated on December 20, 2024.",
            Date::LAST,
            Order::Unknown,
            words(),
        );
        assert_eq!(
            (dated.published, dated.modified),
            (None, Date::new(2024, 12, 20)),
            "the label's word nearest the date names it"
        );
        // With no publication date, the date of the change is all there is.
        let (meta, _) = read_page("<meta property='article:modified_time' content='2025-06-01'>", "");
        assert_eq!(meta.date.as_deref(), Some("2025-06-01"));
    }

    #[test]
    fn dates_of_other_things_are_not_the_page_s() {
        let (meta, _) = read_page("", "<p>Joined: March 2, 2019</p><p>Registered: 2019-03-02</p>");
        assert_eq!(meta.date, None);
    }

    #[test]
    fn independent_witnesses_outvote_one() {
        // A time stamp converted to UTC falls on the next day; the page shows its own.
        let head = "<meta property='article:published_time' content='2025-12-19T02:00:00+00:00'>\
                    <link rel='canonical' href='https://example.org/2025/12/18/council-meets/'>";
        let (meta, _) = read_page(head, "<p>December 18, 2025</p>");
        assert_eq!(meta.date.as_deref(), Some("2025-12-18"));
        let (meta, _) = read_page(head, "");
        assert_eq!(
            meta.date.as_deref(),
            Some("2025-12-19"),
            "stated outweighs the URL alone"
        );
    }

    #[test]
    fn a_shown_date_outweighs_structured_data_alone() {
        let structured = "<script type='application/ld+json'>{\"@type\": \"BlogPosting\", \"datePublished\": \"2024-01-09\"}</script>";
        let (meta, _) = read_page(structured, "<p>March 4, 2025</p>");
        assert_eq!(meta.date.as_deref(), Some("2025-03-04"));
        let head = format!("{structured}<meta property='article:published_time' content='2024-01-09'>");
        let (meta, _) = read_page(&head, "<p>March 4, 2025</p>");
        assert_eq!(
            meta.date.as_deref(),
            Some("2024-01-09"),
            "a <meta> tag agreeing outweighs it"
        );
    }

    #[test]
    fn a_page_writing_the_month_first_reads_its_dotted_dates_so() {
        let (meta, _) = read_page("", "<p>09.10.2024</p>");
        assert_eq!(meta.date.as_deref(), Some("2024-10-09"), "dots write the day first");
        let (meta, _) = read_page("", "<p>09.10.2024</p><p>Earlier: 11.24.2023</p>");
        assert_eq!(
            meta.date.as_deref(),
            Some("2024-09-10"),
            "a date that can be read only month first shows the page's order"
        );
        let (meta, _) = read_page("", "<p>09.10.2024</p><p>11.24.2023</p><p>24.11.2023</p>");
        assert_eq!(meta.date.as_deref(), Some("2024-10-09"), "both orders show none");
    }

    #[test]
    fn dates_are_normalised_in_many_forms() {
        for text in [
            "2025-03-04",
            "2025-03-04T23:10:00-05:00",
            "2025/03/04",
            "20250304",
            "March 4, 2025",
            "Mar. 4th, 2025",
            "4 March 2025",
            "Tue, 04 Mar 2025 10:00:00 GMT",
            "04.03.2025",
            "4. März 2025",
            "4 de marzo de 2025",
            "4 mars 2025",
            "4 marca 2025",
            "4 марта 2025",
            "2025年3月4日",
            "2025. 3. 4.",
            "Posted on 03/04/2025 at 9:00",
            "HealthMARCH 4, 2025",
        ] {
            let want = if text.contains('/') && !text.starts_with('2') {
                None
            } else {
                Some("2025-03-04".to_string())
            };
            assert_eq!(date_of(text), want, "{text}");
        }
        assert_eq!(date_of("13/03/2025").as_deref(), Some("2025-03-13"), "the day is clear");
        assert_eq!(date_of("03/13/2025").as_deref(), Some("2025-03-13"));
    }

    #[test]
    fn impossible_dates_are_refused() {
        for text in [
            "2025-02-29",
            "31 April 2025",
            "2025-13-01",
            "2026-01-09",
            "0.4.2025",
            "1850-01-01",
        ] {
            assert_eq!(date_of(text), None, "{text}");
        }
        assert_eq!(date_of("2024-02-29").as_deref(), Some("2024-02-29"), "a leap day");
        assert_eq!(
            date_of("1901-05-06").as_deref(),
            Some("1901-05-06"),
            "stated, an old date may be"
        );
        let latest = Date::new(2026, 1, 1).unwrap();
        assert_eq!(
            parse_date("1901-05-06", MIN_TEXT_YEAR, latest, words()),
            None,
            "in text, not"
        );
        assert_eq!(
            date_of("2026-01-08").as_deref(),
            Some("2026-01-08"),
            "a week after the bound"
        );
    }

    #[test]
    fn dates_well_after_the_stated_ones_are_not_the_page_s() {
        // An event the page announces, after the page's own dates.
        let head = "<meta property='article:modified_time' content='2025-03-02'>";
        let (meta, _) = read_page(head, "<p>June 5, 2025</p>");
        assert_eq!(meta.date.as_deref(), Some("2025-03-02"));
        let (meta, _) = read_page(head, "<p>March 5, 2025</p>");
        assert_eq!(
            meta.date.as_deref(),
            Some("2025-03-05"),
            "days after: a post dated when written"
        );
        // With no stated date, nothing bounds them: the page reads the same whatever the day.
        let (meta, _) = read_page("", "<p>June 5, 2031</p>");
        assert_eq!(meta.date.as_deref(), Some("2031-06-05"));
    }

    #[test]
    fn dates_in_urls() {
        let latest = Date::new(2026, 1, 1).unwrap();
        let date = |url: &str| date_in_url(url, latest, words()).map(|d| d.to_string());
        assert_eq!(date("https://e.org/2025/03/04/title/").as_deref(), Some("2025-03-04"));
        assert_eq!(
            date("https://e.org/blog/2025-03-04-title").as_deref(),
            Some("2025-03-04")
        );
        assert_eq!(
            date("https://e.org/2023/october/03/title").as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(date("https://2025.e.org/item/12/34/56"), None);
        assert_eq!(date("https://e.org/2025/title"), None);
        assert_eq!(
            date("https://e.org%2Fblog%2F2025-03-04%2Btitle").as_deref(),
            Some("2025-03-04"),
            "escaped"
        );
        assert_eq!(
            date("https://e.org/%E2%80%94/2025-03-04-%").as_deref(),
            Some("2025-03-04")
        );
    }

    #[test]
    fn names_are_cleaned() {
        let w = words();
        let shown = |text: &str| names(text, Strictness::Shown, w);
        assert_eq!(shown("Jane Doe | The Paper"), ["Jane Doe"]);
        assert_eq!(shown("Jane Doe on March 4, 2025"), ["Jane Doe"]);
        assert_eq!(
            shown("Ludwig van Beethoven & Maria da Silva"),
            ["Ludwig van Beethoven", "Maria da Silva"]
        );
        assert_eq!(shown("Jane Doe, Senior Editor"), ["Jane Doe", "Senior Editor"]);
        assert_eq!(shown("Reuters November 19, 2019"), ["Reuters"]);
        assert_eq!(shown("Jane Doe Last updated: 2 May"), ["Jane Doe"]);
        assert_eq!(shown("June Carter"), ["June Carter"], "a month that no number follows");
        assert!(shown("This post 2024").is_empty());
        assert_eq!(shown("Jean Dupont le 3 mai 2024"), ["Jean Dupont"]);
        assert!(shown("Personal finance").is_empty());
        assert!(shown("jdoe42").is_empty(), "a visible line's name is written as one");
        assert!(shown("Sun Dec 17").is_empty());
        let marked = |text: &str| names(text, Strictness::Marked, w);
        assert_eq!(marked("\n  Post\n by jdoe42 » Sat Feb 24, 2024 \n"), ["jdoe42"]);
        assert_eq!(marked("Article by:\nJane Doe\nRN, BSN"), ["Jane Doe"]);
        assert_eq!(marked("Recipe by Jane Doe"), ["Jane Doe"]);
        assert!(marked("Last Updated: June 1").is_empty());
        assert!(marked("NB").is_empty(), "initials on an avatar");
        let stated = |text: &str| names(text, Strictness::Stated, w);
        assert_eq!(stated("By Jane Doe"), ["Jane Doe"]);
        assert_eq!(stated("Johnson & Johnson"), ["Johnson & Johnson"]);
        assert_eq!(stated("jane.doe_42"), ["jane.doe_42"]);
        assert!(stated("page.head.extra.author").is_empty());
        assert!(stated("{{ author }}").is_empty());
        assert!(stated("https://social.example/jane").is_empty());
    }

    #[test]
    fn microdata_in_a_hidden_box_names_the_author() {
        let (meta, _) = read_page(
            "",
            "<div itemscope itemtype='https://schema.org/DiscussionForumPosting'><div class='hidden'>\
             <div itemprop='author' itemscope itemtype='https://schema.org/Person'><span itemprop='name'>jdoe42</span></div>\
             <meta itemprop='datePublished' content='2024-01-03T10:00:00Z'></div></div>",
        );
        assert_eq!(meta.author.as_deref(), Some("jdoe42"));
        assert_eq!(meta.date.as_deref(), Some("2024-01-03"));
    }

    #[test]
    fn the_title_loses_the_site_s_name() {
        let head = "<title>Council meets at last | The Paper</title><meta property='og:site_name' content='The Paper'>";
        let html =
            format!("<html><head>{head}</head><body><article><p>{PROSE}</p><p>{PROSE}</p></article></body></html>");
        let out = super::super::extract(
            &html,
            None,
            Lexicon::shared(),
            &Options::default(),
            &crate::deadline::Deadline::none(),
        );
        assert_eq!(out.title.as_deref(), Some("Council meets at last"));
    }

    #[test]
    fn the_word_lists_are_sound() {
        let w = words();
        assert_eq!(w.months.get("märz"), Some(&3));
        assert_eq!(w.months.get("listopada"), Some(&11));
        assert!(w.bylines.windows(2).all(|p| p[0].len() >= p[1].len()), "longest first");
        assert!(w.is_calendar_word("Sat") && w.is_calendar_word("Dec."));
        assert!(w.named("entry-author vcard").author);
        assert!(w.named("postDate").date);
        assert_eq!(w.named("candidate validated"), Named::default(), "whole words only");
    }
}
