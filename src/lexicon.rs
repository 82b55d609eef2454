//! Word lists the stages share: boilerplate phrasing in many languages, and stopwords.
//!
//! The lists are data (`data/*.txt`, read by [`crate::wordlist`]); stopword lists come from
//! the Stopwords ISO collection, through the `stop-words` crate, completed with jusText's and
//! spaCy's lists for the languages it lacks (`data/stopwords/`). The lexicon is built once per
//! process, on first use, and shared by every cleaner.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, MatchKind};
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::{units, wordlist};

/// Common boilerplate phrasing, one `category<TAB>language<TAB>phrase` per line.
const BOILERPLATE: &str = include_str!("data/boilerplate.txt");
/// Interface labels that are chrome when they are a whole line, one `language<TAB>label` per line.
const LABELS: &str = include_str!("data/labels.txt");
/// Labels that open a piece's closing matter (a press contact, sources), one `language<TAB>label`
/// per line.
const CLOSINGS: &str = include_str!("data/closings.txt");
/// Where readers' comments begin, one `kind<TAB>language<TAB>phrase` per line.
pub(crate) const COMMENTS: &str = include_str!("data/comments.txt");
/// Words that label figures and tables, one `language<TAB>word` per line.
const FIGURES: &str = include_str!("data/figures.txt");
/// Words of a consent notice, one `kind<TAB>language<TAB>word` per line.
const CONSENT: &str = include_str!("data/consent.txt");
/// Words of publication datelines, one `language<TAB>word` per line.
const DATELINES: &str = include_str!("data/datelines.txt");
/// Stopword lists for languages the Stopwords ISO collection lacks, by ISO 639-1 code; each
/// line is a word as [`word_key`] makes it.
const MORE_STOPWORDS: &[(&str, &str)] = &[
    ("am", include_str!("data/stopwords/am.txt")),
    ("az", include_str!("data/stopwords/az.txt")),
    ("be", include_str!("data/stopwords/be.txt")),
    ("cy", include_str!("data/stopwords/cy.txt")),
    ("jv", include_str!("data/stopwords/jv.txt")),
    ("ka", include_str!("data/stopwords/ka.txt")),
    ("kn", include_str!("data/stopwords/kn.txt")),
    ("mk", include_str!("data/stopwords/mk.txt")),
    ("ml", include_str!("data/stopwords/ml.txt")),
    ("ne", include_str!("data/stopwords/ne.txt")),
    ("si", include_str!("data/stopwords/si.txt")),
    ("sr", include_str!("data/stopwords/sr.txt")),
    ("ta", include_str!("data/stopwords/ta.txt")),
    ("te", include_str!("data/stopwords/te.txt")),
    ("tk", include_str!("data/stopwords/tk.txt")),
    ("uz", include_str!("data/stopwords/uz.txt")),
];
/// Languages whose list the collection files under another code: (our code, its code).
const STOPWORD_ALIASES: &[(&str, &str)] = &[("nb", "no")];
/// A line of more words than this is not looked at as a run of labels.
const MAX_LABEL_RUN_WORDS: usize = 8;
/// The longest word before a tracker that still leaves it opening its paragraph ("these",
/// "questi"), and the same in a script written without spaces ("这些").
const MAX_DETERMINER_CHARS: usize = 8;
const MAX_UNSPACED_DETERMINER_CHARS: usize = 2;
/// The words a bare time may carry.
const TIME_WORDS: &[&str] = &[
    "am", "pm", "uhr", "h", "hrs", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt",
];
/// A line of at least this many words that ends a sentence is prose, not a heading.
const SENTENCE_WORDS: usize = 8;
/// A heading of a section of links has at most this many words.
const MAX_LINKS_HEADING_WORDS: usize = 6;
/// A line naming a comment's author is shorter than this.
const MAX_COMMENT_AUTHOR_BYTES: usize = 160;
/// A closing label is shorter than this; longer lines are not looked up.
const MAX_CLOSING_LABEL_BYTES: usize = 120;
/// A dateline is at most this long, in Latin-equivalent characters.
const MAX_DATELINE_UNITS: usize = 120;

/// What a boilerplate phrase is, as `data/boilerplate.txt` files it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Category {
    Affiliate,
    Author,
    /// The page's notice that the reader's browser lacks what it needs (scripts, a newer
    /// version): standard text of forum and site software.
    Browser,
    Comments,
    Cookies,
    Credits,
    Disclaimer,
    /// Names a section or a link of the site's navigation.
    Nav,
    Newsletter,
    Paywall,
    ReadingTime,
    /// A link to one more piece ("read more", "see also").
    ReadMore,
    /// The heading of a section of links to other pieces ("related articles", "most read").
    Related,
    Rights,
    Share,
}

impl Category {
    fn parse(name: &str) -> Option<Category> {
        Some(match name {
            "affiliate" => Category::Affiliate,
            "author" => Category::Author,
            "browser" => Category::Browser,
            "comments" => Category::Comments,
            "cookies" => Category::Cookies,
            "credits" => Category::Credits,
            "disclaimer" => Category::Disclaimer,
            "nav" => Category::Nav,
            "newsletter" => Category::Newsletter,
            "paywall" => Category::Paywall,
            "readingtime" => Category::ReadingTime,
            "readmore" => Category::ReadMore,
            "related" => Category::Related,
            "rights" => Category::Rights,
            "share" => Category::Share,
            _ => return None,
        })
    }

    /// Phrases that name a section or a link ("most popular", "read more"): inside a sentence
    /// of prose they are the article's own words, so in a line of prose they count only where
    /// a sentence begins ("… this form. Read more letters").
    fn names_a_section(self) -> bool {
        matches!(self, Category::ReadMore | Category::Related | Category::Nav)
    }

    /// Phrases that are never an article's own words where they open a sentence, even in a
    /// long paragraph ("This website uses cookies…", "All rights reserved.").
    fn is_notice(self) -> bool {
        matches!(
            self,
            Category::Browser
                | Category::Comments
                | Category::Cookies
                | Category::Rights
                | Category::Disclaimer
                | Category::Affiliate
                | Category::Newsletter
                | Category::Paywall
                | Category::Share
        )
    }
}

/// Boilerplate phrases and stopword lists, built once and shared by every clean.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// The boilerplate phrases, walked from where one may start (see [`Lexicon::any_phrase_at`]).
    phrases: contiguous::NFA,
    /// Whether each phrase needs word boundaries around it (it starts and ends with letters of a
    /// script that separates words by spaces).
    bounded: Vec<(bool, bool)>,
    /// Each phrase's category.
    categories: Vec<Category>,
    /// The bytes phrases begin with: most places a sentence opens (a space after its stop, a
    /// word no phrase begins like) need no search.
    phrase_first_bytes: [bool; 256],
    /// Interface labels, compared with a line's [`label_key`].
    labels: FxHashSet<&'static str>,
    /// The most words a line may have and still be a label or a run of labels.
    max_label_words: usize,
    /// The first words of the labels: a line whose key opens otherwise is neither a label nor
    /// a run of them, and is not keyed to its end.
    label_openings: FxHashSet<&'static str>,
    /// Closing labels, compared the same way.
    closings: FxHashSet<&'static str>,
    /// The most words a closing label has, and the first words of the closing labels: a line
    /// whose key has more words or opens otherwise is none, and is not keyed to its end.
    max_closing_words: usize,
    closing_openings: FxHashSet<&'static str>,
    /// Where readers' comments begin: count words, heading phrases after a count, and the
    /// verbs that end a line naming a comment's author.
    comment_counts: FxHashSet<&'static str>,
    comment_headings: Vec<&'static str>,
    comment_authors: Vec<&'static str>,
    comment_tallies: FxHashSet<&'static str>,
    /// Words that label figures and tables.
    figures: FxHashSet<&'static str>,
    /// Words of datelines, and whether each needs word boundaries.
    datelines: AhoCorasick,
    dateline_bounded: Vec<(bool, bool)>,
    /// Stopwords by ISO 639-1 code.
    stopwords: FxHashMap<&'static str, Stopwords>,
    /// Which languages of each script each stopword belongs to, made on the script's first use.
    stopword_languages: Vec<(whatlang::Script, OnceLock<StopwordLanguages>)>,
    /// The words of a consent notice.
    consent: ConsentWords,
}

/// The words of a consent notice, each with its kind and whether it needs word boundaries.
#[derive(Debug)]
struct ConsentWords {
    /// The trackers' words as a text may write them (any case in ASCII, lower or capitalised
    /// in other scripts): most paragraphs name none, and are judged no further.
    trackers: AhoCorasick,
    /// The same lowercased, for texts lowercased: few and in one case, they are looked for a
    /// few bytes at a time rather than through every byte.
    lowercase_trackers: AhoCorasick,
    automaton: AhoCorasick,
    words: Vec<(ConsentWord, (bool, bool))>,
}

/// What a word of a consent notice says: that the paragraph names a tracker, that the site
/// speaks of itself, or what the notice is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ConsentWord {
    Tracker,
    We,
    Subject,
}

/// One language's stopwords, made into a set the first time the language is met: a process
/// that sees a few languages does not pay for sixty.
#[derive(Debug)]
struct Stopwords {
    words: StopwordSource,
    /// Looked up once for every word of every line judged: a fast hash.
    set: OnceLock<StopwordSet>,
}

/// A language's stopwords as a set, the short ones (most, and most words of a text) as numbers:
/// a number is hashed and compared at once, where a text is hashed and compared byte by byte.
#[derive(Debug, Default)]
struct StopwordSet {
    /// The words of at most [`PACKED_WORD_BYTES`], each as [`packed_word`] makes it.
    short: FxHashSet<u64>,
    /// The longer words.
    long: FxHashSet<&'static str>,
}

/// The longest word [`packed_word`] makes into a number.
const PACKED_WORD_BYTES: usize = 7;

/// A word of at most [`PACKED_WORD_BYTES`] as one number: its bytes, and its length in the
/// highest byte, so that no two words are one number.
fn packed_word(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > PACKED_WORD_BYTES {
        return None;
    }
    let mut packed = [0; 8];
    packed[..bytes.len()].copy_from_slice(bytes);
    packed[7] = bytes.len() as u8;
    Some(u64::from_le_bytes(packed))
}

impl StopwordSet {
    fn contains(&self, word: &str) -> bool {
        match packed_word(word) {
            Some(packed) => self.short.contains(&packed),
            None => self.long.contains(word),
        }
    }
}

impl FromIterator<&'static str> for StopwordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> StopwordSet {
        let mut set = StopwordSet::default();
        for word in words {
            match packed_word(word) {
                Some(packed) => set.short.insert(packed),
                None => set.long.insert(word),
            };
        }
        set
    }
}

/// The languages of every stopword, for the languages of one script the detector tells apart:
/// a line that shows no other language's stopwords is not worth asking the detector about.
#[derive(Debug)]
struct StopwordLanguages {
    /// The languages; a language is its index here.
    langs: Vec<whatlang::Lang>,
    /// Each stopword's languages, one bit per index of `langs`.
    languages_of: FxHashMap<&'static str, u128>,
    /// The languages whose lists count words by their frequency in an encyclopedia rather than
    /// by their function (`data/stopwords/`): they hold other languages' words too ("the").
    by_frequency: u128,
}

impl StopwordLanguages {
    /// How many of a text's words are stopwords of each language (by index of `langs`), and how
    /// many words it has, counting only the words `counted` takes.
    fn tally(&self, text: &str, counted: impl Fn(&str) -> bool) -> ([u16; 128], usize) {
        let mut counts = [0u16; 128];
        let mut words = 0usize;
        for_each_keyed_word(text, |word| {
            if !counted(word) {
                return;
            }
            words += 1;
            let mut languages = self.languages_of.get(word).copied().unwrap_or(0);
            while languages != 0 {
                let language = languages.trailing_zeros() as usize;
                counts[language] = counts[language].saturating_add(1);
                languages &= languages - 1;
            }
        });
        (counts, words)
    }
}

/// The language whose stopwords a text shows most, and by how much.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StopwordLead {
    pub(crate) lang: whatlang::Lang,
    /// The text's words.
    pub(crate) words: usize,
    /// Those that are stopwords of `lang`...
    pub(crate) leader: usize,
    /// ...and of the language with the most after it...
    pub(crate) second: usize,
    /// ...and of the language with the most whose list is made by frequency.
    pub(crate) by_frequency: usize,
}

/// Where a language's stopwords come from.
#[derive(Debug, Clone, Copy)]
enum StopwordSource {
    /// The Stopwords ISO collection.
    Collection(&'static [&'static str]),
    /// A list of `data/stopwords/`, a word a line.
    Data(&'static str),
}

impl Stopwords {
    fn new(words: StopwordSource) -> Stopwords {
        Stopwords {
            words,
            set: OnceLock::new(),
        }
    }

    fn set(&self) -> &StopwordSet {
        self.set.get_or_init(|| self.words.words().collect())
    }
}

impl StopwordSource {
    fn words(self) -> Box<dyn Iterator<Item = &'static str>> {
        match self {
            StopwordSource::Collection(words) => Box::new(words.iter().copied()),
            StopwordSource::Data(list) => Box::new(list.lines()),
        }
    }
}

impl Lexicon {
    /// The lexicon, built on first use and shared for the life of the process.
    pub(crate) fn shared() -> &'static Lexicon {
        static SHARED: OnceLock<Lexicon> = OnceLock::new();
        SHARED.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let boilerplate = wordlist::bundled("boilerplate.txt", BOILERPLATE, ["category", "language", "phrase"]);
        let categories: Vec<Category> = boilerplate
            .iter()
            .map(|[category, ..]| {
                Category::parse(category)
                    .unwrap_or_else(|| panic!("src/data/boilerplate.txt: unknown category {category:?}"))
            })
            .collect();
        let phrases: Vec<&str> = boilerplate.iter().map(|[.., phrase]| *phrase).collect();
        let bounded = phrases.iter().map(|p| boundaries(p)).collect();
        let mut phrase_first_bytes = [false; 256];
        for phrase in &phrases {
            if let Some(&first) = phrase.as_bytes().first() {
                phrase_first_bytes[usize::from(first)] = true;
            }
        }
        let phrases = contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .expect("the boilerplate phrase list builds an automaton");
        let mut sources: FxHashMap<&'static str, StopwordSource> = stop_words::available_languages()
            .iter()
            .filter_map(|&code| Some((code, StopwordSource::Collection(stop_words::lookup(code)?))))
            .collect();
        for &(code, list) in MORE_STOPWORDS {
            sources.insert(code, StopwordSource::Data(list));
        }
        for &(code, listed_as) in STOPWORD_ALIASES {
            if let Some(&words) = sources.get(listed_as) {
                sources.insert(code, words);
            }
        }
        let stopwords = sources
            .into_iter()
            .map(|(code, words)| (code, Stopwords::new(words)))
            .collect();
        let second_column = |file, data| -> Vec<&'static str> {
            wordlist::bundled(file, data, ["language", "entry"])
                .into_iter()
                .map(|[_, entry]| entry)
                .collect()
        };
        let comments = wordlist::bundled("comments.txt", COMMENTS, ["kind", "language", "phrase"]);
        let comments_of = |kind: &str| -> Vec<&'static str> {
            comments
                .iter()
                .filter(|[k, ..]| *k == kind)
                .map(|[.., phrase]| *phrase)
                .collect()
        };
        if let Some([kind, ..]) = comments
            .iter()
            .find(|[kind, ..]| !matches!(*kind, "count" | "heading" | "author" | "tally"))
        {
            panic!("src/data/comments.txt: unknown kind {kind:?}");
        }
        let labels: FxHashSet<&'static str> = second_column("labels.txt", LABELS).into_iter().collect();
        let closings: FxHashSet<&'static str> = second_column("closings.txt", CLOSINGS).into_iter().collect();
        let dateline_words = second_column("datelines.txt", DATELINES);
        let dateline_bounded = dateline_words.iter().map(|w| boundaries(w)).collect();
        let datelines = AhoCorasick::new(&dateline_words).expect("the dateline word list builds an automaton");
        Lexicon {
            phrases,
            bounded,
            categories,
            phrase_first_bytes,
            max_label_words: labels
                .iter()
                .map(|label| label.split(' ').count())
                .fold(MAX_LABEL_RUN_WORDS, usize::max),
            label_openings: labels.iter().filter_map(|label| label.split(' ').next()).collect(),
            labels,
            max_closing_words: closings.iter().map(|label| label.split(' ').count()).max().unwrap_or(0),
            closing_openings: closings.iter().filter_map(|label| label.split(' ').next()).collect(),
            closings,
            comment_counts: comments_of("count").into_iter().collect(),
            comment_headings: comments_of("heading"),
            comment_authors: comments_of("author"),
            comment_tallies: comments_of("tally").into_iter().collect(),
            figures: second_column("figures.txt", FIGURES).into_iter().collect(),
            datelines,
            dateline_bounded,
            stopwords,
            stopword_languages: whatlang::Script::all()
                .iter()
                .map(|&script| (script, OnceLock::new()))
                .collect(),
            consent: consent_words(),
        }
    }

    /// Whether a paragraph of any length is a site's notice about its cookies: it names a
    /// tracker, the site speaking of itself, and the website, data, consent or advertising
    /// ("We and our partners store cookies on your device…"). A recipe's cookies lack the
    /// notice's subject, and a manual's cookie attribute the site's voice.
    pub fn is_consent_notice(&self, text: &str) -> bool {
        self.consent.trackers.is_match(text) && self.names_consent_words(&lowercase(text))
    }

    /// [`Lexicon::is_consent_notice`] of a text already lowercased.
    pub fn is_consent_notice_lowercased(&self, lower: &str) -> bool {
        self.consent.lowercase_trackers.is_match(lower) && self.names_consent_words(lower)
    }

    /// Whether a lowercased text names a tracker, the site and a notice's subject.
    fn names_consent_words(&self, lower: &str) -> bool {
        let mut seen = [false; 3];
        for m in self.consent.automaton.find_overlapping_iter(lower) {
            let (kind, bounded) = self.consent.words[m.pattern().as_usize()];
            if whole_words(lower, &m, bounded) {
                seen[kind as usize] = true;
                // A paragraph about the trackers themselves, opening with them ("These cookies
                // allow a website to…", "Cookies collect…"): a consent dialog's description of
                // a kind of cookie, which speaks of the site in the third person.
                if kind == ConsentWord::Tracker && opens_paragraph(&lower[..m.start()]) {
                    seen[ConsentWord::We as usize] = true;
                }
                if seen == [true; 3] {
                    return true;
                }
            }
        }
        false
    }

    /// Whether a (short) text contains common boilerplate phrasing, or is nothing but an
    /// interface label.
    pub fn is_boilerplate(&self, text: &str) -> bool {
        self.is_boilerplate_lowercased(&lowercase(text))
    }

    /// [`Lexicon::is_boilerplate`] of a text already lowercased.
    pub fn is_boilerplate_lowercased(&self, lower: &str) -> bool {
        label_key(lower, self.max_label_words, |first| self.label_openings.contains(first))
            .is_some_and(|key| self.is_label_run(&key))
            || self.has_phrase(lower)
    }

    /// Whether a label key is one interface label or a few in a row ("share tweet email", "bild
    /// anzeigen bild schließen"): a share bar or a toolbar flattened into one line.
    fn is_label_run(&self, key: &str) -> bool {
        if self.labels.contains(key) {
            return true;
        }
        // Where each word starts and ends in the key: the words set apart by one space each,
        // a run of them is the key from the first one's start to the last one's end.
        let mut words = [(0, 0); MAX_LABEL_RUN_WORDS];
        let mut count = 0;
        let mut start = 0;
        for word in key.split(' ') {
            if count == MAX_LABEL_RUN_WORDS {
                return false;
            }
            words[count] = (start, start + word.len());
            count += 1;
            start += word.len() + 1;
        }
        if count < 2 {
            return false;
        }
        // ends[i]: whether the first i words split into labels.
        let mut ends = [false; MAX_LABEL_RUN_WORDS + 1];
        ends[0] = true;
        for i in 1..=count {
            ends[i] = (0..i).any(|j| ends[j] && self.labels.contains(&key[words[j].0..words[i - 1].1]));
        }
        ends[count]
    }

    /// Whether a line opens a piece's closing matter: a closing label ("Press contact:",
    /// "Weitere Informationen", "Sources") or a heading of links to other pieces ("Related
    /// articles", "You may also like").
    pub fn opens_closing_matter(&self, line: &str) -> bool {
        self.opens_closing_matter_lowercased(&lowercase(line))
    }

    /// [`Lexicon::opens_closing_matter`] of a line given lowercased.
    pub fn opens_closing_matter_lowercased(&self, lower: &str) -> bool {
        self.is_closing_label_lowercased(lower) || self.is_links_heading_lowercased(lower)
    }

    /// Whether a line is a label that opens a piece's closing matter ("Press contact:",
    /// "Weitere Informationen", "Sources").
    fn is_closing_label_lowercased(&self, lower: &str) -> bool {
        lower.len() < MAX_CLOSING_LABEL_BYTES
            && label_key(lower, self.max_closing_words, |first| {
                self.closing_openings.contains(first)
            })
            .is_some_and(|key| self.closings.contains(key.as_str()))
    }

    /// Whether a short line heads a section of links to other pieces ("Related articles", "You
    /// may also like"): such a heading is most of it.
    fn is_links_heading_lowercased(&self, lower: &str) -> bool {
        // Lowercasing changes no sentence end. A colon or an ellipsis ends a heading as often
        // ("Related posts:", "You may also like..."), leading to what follows.
        let end = lower.trim_end();
        if crate::units::ends_sentence(end) && !end.ends_with([':', '：', '…']) && !end.ends_with("...") {
            return false;
        }
        // A line of more words than a heading's label key holds has none, and no phrase in it
        // makes it a heading: told by its words, before the phrases are looked for.
        if more_lettered_words_than(lower, MAX_LINKS_HEADING_WORDS) {
            return false;
        }
        // The label key is made only for a line with a heading's phrase (few lines have one).
        let mut key: Option<Option<String>> = None;
        self.any_phrase_match(lower, |m, category| {
            category == Category::Related
                && key
                    .get_or_insert_with(|| label_key(lower, MAX_LINKS_HEADING_WORDS, |_| true))
                    .as_ref()
                    .is_some_and(|key| 2 * (m.end() - m.start()) >= key.len())
        })
    }

    /// Whether a line is the heading of readers' comments: a count and a heading phrase, then
    /// the quoted title or nothing ("34 responses to “…”", "Ein Gedanke zu „…“"). The line
    /// comes lowercased, as the text stage keeps it.
    pub fn is_comments_heading(&self, lower: &str) -> bool {
        let Some(rest) = self.after_comment_count(lower.trim_start_matches(|c: char| !c.is_alphanumeric())) else {
            return false;
        };
        let rest = rest.trim_start();
        self.comment_headings.iter().any(|heading| {
            rest.strip_prefix(heading).is_some_and(|after| {
                let after = after.trim_start();
                after.is_empty()
                    || after.starts_with(['"', '\'', '“', '”', '„', '«', '»', '‘', '’', '‹', '›', '「', '『'])
            })
        })
    }

    /// Whether a line is only a count of comments ("109 Comments", "3 Kommentare"). Lists of
    /// teasers show such a count under each; alone it says where comments begin only when a
    /// comment follows it. The line comes lowercased.
    pub fn is_comment_tally(&self, lower: &str) -> bool {
        // A link's brackets may hold it ("[ 167 comments ]", "(3)" after a heading).
        self.after_comment_count(lower.trim_matches(|c: char| !c.is_alphanumeric()))
            .is_some_and(|rest| self.comment_tallies.contains(rest.trim()))
    }

    /// What follows the count a (lowercased) text opens with, digits or a count word and a
    /// space ("34 responses to", "one comment"); `None` where it opens with no count.
    fn after_comment_count<'a>(&self, lower: &'a str) -> Option<&'a str> {
        let (count, rest) = lower.split_once(char::is_whitespace)?;
        (count.chars().all(|c| c.is_ascii_digit()) || self.comment_counts.contains(count)).then_some(rest)
    }

    /// What a line naming a comment's author says before its verb, lowercased ("anna" of "Anna
    /// says:", "jan on 3 may 2021 at 9:14" of "Jan on 3 May 2021 at 9:14 said:"); `None` where
    /// the line names no comment's author: it is short and ends with a verb of saying and a
    /// colon.
    pub fn comment_author(&self, line: &str) -> Option<String> {
        // Lowercasing changes neither a colon nor whitespace: most lines, without the colon at
        // their end, are not lowercased.
        if line.len() >= MAX_COMMENT_AUTHOR_BYTES || !line.trim_end().ends_with(':') {
            return None;
        }
        let lower = lowercase(line);
        let before_colon = lower.trim_end().strip_suffix(':')?.trim_end();
        self.comment_authors.iter().find_map(|verb| {
            before_colon
                .strip_suffix(verb)
                .filter(|name| name.ends_with(char::is_whitespace) && name.trim().chars().any(char::is_alphabetic))
                .map(|name| name.trim().to_string())
        })
    }

    /// Whether a (short) text is a figure's caption by its label: a figure word and a number
    /// ("Figure 3: Rainfall in May", "Abb. 2 –", "Tabelle 1.").
    pub fn is_figure_caption(&self, text: &str) -> bool {
        let mut words = text.split_whitespace();
        let (Some(label), Some(number)) = (words.next(), words.next()) else {
            return false;
        };
        // The number first: most lines have none there, and their first word need not be keyed.
        number.starts_with(|c: char| c.is_ascii_digit()) && self.figures.contains(word_key(label).as_ref())
    }

    /// Whether a (short) text contains common boilerplate phrasing ("Related articles",
    /// "Leave a reply"); bare labels such as "More" do not count.
    pub fn has_boilerplate_phrase(&self, text: &str) -> bool {
        self.has_phrase(&lowercase(text))
    }

    /// Whether a paragraph of any length is a site's notice: one of its sentences opens with
    /// the phrasing of a cookie or consent notice, a copyright line, a disclaimer, an affiliate
    /// disclosure, a comment policy or a newsletter or share prompt ("This website uses cookies
    /// to improve…", "© 2019 … All rights reserved.").
    ///
    /// The text is given lowercased, as the phrases are.
    pub fn is_notice_lowercased(&self, lower: &str) -> bool {
        units::sentence_openings(lower).any(|at| self.notice_opens_at(lower, at))
    }

    /// Whether a notice's phrase starts at `at` of a lowercased text, as whole words.
    fn notice_opens_at(&self, lower: &str, at: usize) -> bool {
        self.phrase_first_bytes[usize::from(lower.as_bytes()[at])]
            && self.any_phrase_at(lower, at, |m| {
                let id = m.pattern().as_usize();
                self.categories[id].is_notice() && whole_words(lower, &m, self.bounded[id])
            })
    }

    /// Whether `found` holds for one of the boilerplate phrases that start at `at` of a
    /// lowercased text (whether or not they stand as whole words there), shortest first.
    fn any_phrase_at(&self, lower: &str, at: usize, mut found: impl FnMut(aho_corasick::Match) -> bool) -> bool {
        let nfa = &self.phrases;
        let Ok(mut state) = nfa.start_state(Anchored::Yes) else {
            return false;
        };
        for (end, &byte) in lower.as_bytes().iter().enumerate().skip(at) {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if !nfa.is_special(state) {
                continue;
            }
            if nfa.is_dead(state) {
                return false;
            }
            for i in 0..nfa.match_len(state) {
                let pattern = nfa.match_pattern(state, i);
                // A state also lists the phrases that end its own, which start later.
                if end + 1 - nfa.pattern_len(pattern) == at && found(aho_corasick::Match::new(pattern, at..end + 1)) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether `found` holds for one of the boilerplate phrases found in a lowercased text,
    /// given with its category, where it stands as whole words as its phrase needs.
    ///
    /// A phrase that opens with a letter of a spaced script matches only where a word starts,
    /// so the phrases are walked from those places and from every other character: that reads
    /// the first bytes of each word, where a search through the text follows the automaton's
    /// failure links at every byte (the largest single cost of a dump's lines).
    fn any_phrase_match(&self, lower: &str, mut found: impl FnMut(aho_corasick::Match, Category) -> bool) -> bool {
        any_phrase_start(lower, |at| {
            self.phrase_first_bytes[usize::from(lower.as_bytes()[at])]
                && self.any_phrase_at(lower, at, |m| {
                    let id = m.pattern().as_usize();
                    whole_words(lower, &m, self.bounded[id]) && found(m, self.categories[id])
                })
        })
    }

    fn has_phrase(&self, lower: &str) -> bool {
        // Whether the line is a sentence of prose: asked only when a section or link name is found.
        let sentence = || lower.split_whitespace().count() >= SENTENCE_WORDS && crate::units::ends_sentence(lower);
        self.any_phrase_match(lower, |m, category| {
            !category.names_a_section() || !sentence() || opens_sentence(lower, &m)
        })
    }

    /// Whether a text is a publication dateline: short, with a digit, not ending like a
    /// sentence, and with a word of publishing or updating ("Published Monday, 18 November 2019", "Aktualisiert am 3.5.2021").
    pub fn is_dateline(&self, text: &str) -> bool {
        // A sentence that mentions publishing ends like one; a dateline does not. Most texts
        // have no digit, which is the quickest to see.
        if !units::has_numeric(text)
            || crate::units::units(text) > MAX_DATELINE_UNITS
            || crate::units::ends_sentence(text)
        {
            return false;
        }
        let lower = lowercase(text);
        // A bare time ("3:59 PM", "14:05 Uhr") stamps a post as well as any word would.
        let bare_time = lower.contains(':')
            && lower
                .split(|c: char| !crate::units::is_alphabetic(c))
                .all(|w| w.is_empty() || TIME_WORDS.contains(&w));
        bare_time
            || self
                .datelines
                .find_overlapping_iter(&lower)
                .any(|m| whole_words(&lower, &m, self.dateline_bounded[m.pattern().as_usize()]))
    }

    /// Share of a text's words that are stopwords of the language with this ISO 639-1 code;
    /// `None` when there is no list for it or the text has no words.
    pub fn stopword_density(&self, text: &str, lang: &str) -> Option<f64> {
        let list = self.stopwords.get(lang)?.set();
        let mut words = 0usize;
        let mut stops = 0usize;
        for_each_keyed_word(text, |word| {
            words += 1;
            stops += usize::from(list.contains(word));
        });
        (words > 0).then(|| stops as f64 / words as f64)
    }
}

impl Lexicon {
    /// The index of the stopwords of this script's languages. Made per script: the lists of
    /// all languages hold ten times the words of one script's (jusText's are long).
    fn stopword_languages(&self, script: whatlang::Script) -> Option<&StopwordLanguages> {
        let (_, index) = self.stopword_languages.iter().find(|(s, _)| *s == script)?;
        Some(index.get_or_init(|| {
            let langs: Vec<whatlang::Lang> = script
                .langs()
                .iter()
                .copied()
                .filter(|&lang| self.stopwords.contains_key(crate::lang::code(lang)))
                .collect();
            assert!(langs.len() <= 128, "one bit per language in a u128");
            let mut languages_of: FxHashMap<&'static str, u128> = FxHashMap::default();
            for (index, &lang) in langs.iter().enumerate() {
                // From the lists as they are: sets of every language would be built for nothing.
                for word in self.stopwords[crate::lang::code(lang)].words.words() {
                    *languages_of.entry(word).or_default() |= 1 << index;
                }
            }
            let by_frequency = (0..langs.len())
                .filter(|&i| {
                    matches!(
                        self.stopwords[crate::lang::code(langs[i])].words,
                        StopwordSource::Data(_)
                    )
                })
                .fold(0u128, |mask, i| mask | 1 << i);
            StopwordLanguages {
                langs,
                languages_of,
                by_frequency,
            }
        }))
    }

    /// The language of this script whose function words a text shows most, with how many of
    /// the text's words are its stopwords, and how many are those of the language with the most
    /// after it. Lists made by frequency (which hold other languages' words too) lead nothing;
    /// the most any of them counts is `by_frequency`. `None` where the script's languages have
    /// no stopword lists.
    pub(crate) fn stopword_lead(&self, text: &str, script: whatlang::Script) -> Option<StopwordLead> {
        let index = self.stopword_languages(script)?;
        // Numbers say nothing of a language, though some lists hold the digits.
        let (counts, words) = index.tally(text, |word| word.chars().any(crate::units::is_alphabetic));
        let counts = &counts[..index.langs.len()];
        let by_frequency = |i: usize| index.by_frequency & (1 << i) != 0;
        let most = |keep: &dyn Fn(usize) -> bool| (0..counts.len()).filter(|&i| keep(i)).map(|i| counts[i]).max();
        let leader = (0..counts.len())
            .filter(|&i| !by_frequency(i))
            .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))?;
        Some(StopwordLead {
            lang: index.langs[leader],
            words,
            leader: usize::from(counts[leader]),
            second: usize::from(most(&|i| i != leader && !by_frequency(i)).unwrap_or(0)),
            by_frequency: usize::from(most(&by_frequency).unwrap_or(0)),
        })
    }

    /// The languages of this script other than `own` whose stopwords make at least `min_share`
    /// of a text's words: those it may be written in instead.
    pub fn other_languages(
        &self,
        text: &str,
        own: whatlang::Lang,
        script: whatlang::Script,
        min_share: f64,
    ) -> Vec<whatlang::Lang> {
        let Some(index) = self.stopword_languages(script) else {
            return Vec::new();
        };
        let (mut counts, words) = index.tally(text, |_| true);
        if let Some(own) = index.langs.iter().position(|&lang| lang == own) {
            counts[own] = 0;
        }
        if words == 0 {
            return Vec::new();
        }
        (0..index.langs.len())
            .filter(|&i| f64::from(counts[i]) >= min_share * words as f64)
            .map(|i| index.langs[i])
            .collect()
    }
}

/// A text lowercased, as [`str::to_lowercase`] does it, with the case tables asked only about
/// the characters beyond ASCII other than general punctuation (the quotation marks and dashes
/// that prose sets among its ASCII): the text is copied a run at a time, the characters whose
/// case changes replaced, and its ASCII lowercased at the end.
pub(crate) fn lowercase(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut lower = String::with_capacity(text.len());
    // `text[..copied]` is in `lower`.
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = units::first_non_ascii(&bytes[at..]) {
        at += offset;
        let c = text[at..].chars().next().expect("a character starts here");
        let end = at + c.len_utf8();
        if GENERAL_PUNCTUATION.contains(&c) {
            at = end;
            continue;
        }
        // A capital sigma lowercases by the letters around it: as the standard library does it.
        if c == 'Σ' {
            return text.to_lowercase();
        }
        let mut mapped = c.to_lowercase();
        if mapped.len() != 1 || mapped.next() != Some(c) {
            lower.push_str(&text[copied..at]);
            lower.extend(c.to_lowercase());
            copied = end;
        }
        at = end;
    }
    lower.push_str(&text[copied..]);
    // No character lowercases to an ASCII capital.
    lower.make_ascii_lowercase();
    lower
}

/// Dashes, quotation marks, bullets and invisible marks, which have no case.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// Calls `each` with a text's words as stopword lists are matched, those of punctuation alone
/// left out: each of [`str::split_whitespace`]'s words as [`word_key`] makes it. Read in one
/// pass over the bytes, where a word of ASCII (most words, even in a line with quotation marks
/// and dashes) is split, trimmed and lowercased without decoding it; a word with other
/// characters is made by [`word_key`].
fn for_each_keyed_word(text: &str, mut each: impl FnMut(&str)) {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let space = match WORD_BYTES[usize::from(byte)] {
            SPACE => 1,
            BEYOND_ASCII => units::whitespace_len_at(text, at),
            _ => 0,
        };
        if space > 0 {
            at += space;
            continue;
        }
        // The word runs to the next whitespace; what its bytes are is gathered on the way.
        let start = at;
        let mut seen = 0;
        while let Some(&byte) = bytes.get(at) {
            let class = WORD_BYTES[usize::from(byte)];
            if class & (SPACE | BEYOND_ASCII) != 0 && (class == SPACE || units::whitespace_len_at(text, at) > 0) {
                break;
            }
            seen |= class;
            at += 1;
        }
        let raw = &text[start..at];
        let word = match seen & BEYOND_ASCII != 0 {
            true => word_key(raw),
            false => {
                // Trimmed of what is not a letter or a digit, a byte at a time.
                let raw_bytes = raw.as_bytes();
                let Some(first) = raw_bytes.iter().position(u8::is_ascii_alphanumeric) else {
                    continue;
                };
                let last = raw_bytes
                    .iter()
                    .rposition(u8::is_ascii_alphanumeric)
                    .expect("one was found");
                let word = &raw[first..=last];
                match seen & CAPITAL != 0 {
                    true => Cow::Owned(word.to_ascii_lowercase()),
                    false => Cow::Borrowed(word),
                }
            }
        };
        // One call for every kind of word: the caller's closure (a word looked up) is then
        // inlined here, where with a call for each kind the compiler may leave it a call.
        if !word.is_empty() {
            each(&word);
        }
    }
}

/// What a byte is to a word, as [`for_each_keyed_word`] reads it: whitespace as
/// [`char::is_whitespace`] says (it ends a word), a capital letter, or a byte beyond ASCII.
const SPACE: u8 = 1;
const CAPITAL: u8 = 2;
const BEYOND_ASCII: u8 = 4;

const WORD_BYTES: [u8; 256] = {
    let mut classes = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let c = byte as u8;
        classes[byte] = match c {
            _ if units::is_ascii_whitespace(c) => SPACE,
            _ if c.is_ascii_uppercase() => CAPITAL,
            _ if !c.is_ascii() => BEYOND_ASCII,
            _ => 0,
        };
        byte += 1;
    }
    classes
};

/// A word as stopword lists are matched: without the punctuation around it, lower-cased.
fn word_key(raw: &str) -> Cow<'_, str> {
    // ASCII, the most common, without the Unicode tables.
    if raw.is_ascii() {
        let word = raw.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        return match word.bytes().any(|b| b.is_ascii_uppercase()) {
            true => Cow::Owned(word.to_ascii_lowercase()),
            false => Cow::Borrowed(word),
        };
    }
    let word = raw.trim_matches(|c: char| !units::is_alphanumeric(c));
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(lowercase(word))
    } else {
        Cow::Borrowed(word)
    }
}

/// A lower-cased line as a label: digits and the punctuation around it dropped, spaces single
/// ("12 Comments »" is "comments"). `None` when it has more than `max_words` words, or its first
/// word is not one that `opens` a key: a line of prose is not read to its end.
fn label_key(lower: &str, max_words: usize, opens: impl Fn(&str) -> bool) -> Option<String> {
    // The key runs from the first letter to the last (digits dropped, what is not alphanumeric
    // trimmed), and is made in one pass.
    let letter = |c: char| units::is_alphanumeric(c) && !units::is_numeric(c);
    let (Some(start), Some(last)) = (lower.find(letter), lower.rfind(letter)) else {
        return Some(String::new());
    };
    let end = last + lower[last..].chars().next().map_or(0, char::len_utf8);
    // A first word without digits is the key's own first word: where it opens no key (most
    // lines), that is told before the key is made.
    let first = &lower[start..end];
    let first = &first[..first.find(char::is_whitespace).unwrap_or(first.len())];
    if !first.chars().any(units::is_numeric) && !opens(first) {
        return None;
    }
    let mut key = String::with_capacity(end - start);
    let mut words = 1;
    let mut space = false;
    for c in lower[start..end].chars().filter(|&c| !units::is_numeric(c)) {
        if c.is_whitespace() {
            space = true;
        } else {
            if std::mem::take(&mut space) {
                if words == max_words || (words == 1 && !opens(&key)) {
                    return None;
                }
                words += 1;
                key.push(' ');
            }
            key.push(c);
        }
    }
    (words > 1 || opens(&key)).then_some(key)
}

/// Whether a lowercased text has more than `max` words (between whitespace) with a letter in
/// them. Each is a word of its [`label_key`] (which may count more: a word of punctuation alone
/// between two), so the key of such a text with at most `max` words is `None`.
fn more_lettered_words_than(lower: &str, max: usize) -> bool {
    let letter = |c: char| units::is_alphanumeric(c) && !units::is_numeric(c);
    lower
        .split_whitespace()
        .filter(|word| word.chars().any(letter))
        .nth(max)
        .is_some()
}

/// Whether what stands before a word leaves it at the opening of its paragraph: nothing, or one
/// short word before it (a determiner: "these ", "diese ", "ces ", or "这些" unspaced).
fn opens_paragraph(before: &str) -> bool {
    if before.is_empty() {
        return true;
    }
    let word = before.trim_end();
    if word.contains(char::is_whitespace) {
        return false;
    }
    let chars = word.chars().count();
    if word.len() < before.len() {
        chars <= MAX_DETERMINER_CHARS
    } else {
        chars <= MAX_UNSPACED_DETERMINER_CHARS && !word.is_ascii()
    }
}

/// Whether a phrase needs word boundaries on its left and right: it starts or ends with a
/// letter of a script that separates words by spaces.
/// The consent-notice words, read from their list: a word written with a closing `*` is the
/// start of a word, and needs no boundary after it.
fn consent_words() -> ConsentWords {
    let rows = wordlist::bundled("consent.txt", CONSENT, ["kind", "language", "word"]);
    let mut words = Vec::with_capacity(rows.len());
    let mut kinds = Vec::with_capacity(rows.len());
    let mut trackers = Vec::new();
    let mut lowercase_trackers: Vec<&str> = Vec::new();
    for [kind, _, word] in rows {
        let kind = match kind {
            "tracker" => ConsentWord::Tracker,
            "we" => ConsentWord::We,
            "subject" => ConsentWord::Subject,
            _ => panic!("src/data/consent.txt: unknown kind {kind:?}"),
        };
        let (stem, prefix) = match word.strip_suffix('*') {
            Some(stem) => (stem, true),
            None => (word, false),
        };
        let (left, right) = boundaries(stem);
        words.push(stem);
        kinds.push((kind, (left, right && !prefix)));
        if kind == ConsentWord::Tracker {
            let mut letters = stem.chars();
            let capitalised: String = letters
                .next()
                .into_iter()
                .flat_map(char::to_uppercase)
                .chain(letters)
                .collect();
            trackers.extend([stem.to_string(), capitalised]);
            lowercase_trackers.push(stem);
        }
    }
    // A word that holds another ("cookies", "cookie") finds nothing more.
    lowercase_trackers.sort_unstable();
    lowercase_trackers.dedup();
    let lowercase_trackers: Vec<&str> = lowercase_trackers
        .iter()
        .copied()
        .filter(|word| {
            !lowercase_trackers
                .iter()
                .any(|other| other != word && word.contains(other))
        })
        .collect();
    let automaton = AhoCorasick::new(&words).expect("the consent word list builds an automaton");
    let trackers = AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .build(&trackers)
        .expect("the consent trackers build an automaton");
    ConsentWords {
        trackers,
        // Leftmost-first, as whether any is there does not care, lets a vector search find them.
        lowercase_trackers: AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(&lowercase_trackers)
            .expect("the consent trackers build an automaton"),
        automaton,
        words: kinds,
    }
}

fn boundaries(phrase: &str) -> (bool, bool) {
    (
        phrase.chars().next().is_some_and(spaced_letter),
        phrase.chars().last().is_some_and(spaced_letter),
    )
}

/// Whether a phrase match opens the text or a sentence of it.
fn opens_sentence(text: &str, m: &aho_corasick::Match) -> bool {
    let before = &text[..m.start()];
    !before.chars().any(crate::units::is_alphanumeric) || crate::units::ends_sentence(before)
}

/// Whether `found` holds at one of the places where a phrase may start in a text, in order:
/// where a word of a spaced script starts, and at every character that is not such a word's
/// letter (Han, kana, a sign, a space).
fn any_phrase_start(text: &str, mut found: impl FnMut(usize) -> bool) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut after_letter = false;
    while let Some(&byte) = bytes.get(at) {
        let start = at;
        let letter = if byte.is_ascii() {
            at += 1;
            byte.is_ascii_alphanumeric()
        } else {
            let Some(c) = text[at..].chars().next() else {
                break;
            };
            at += c.len_utf8();
            spaced_letter(c)
        };
        if letter && after_letter {
            continue;
        }
        after_letter = letter;
        // No phrase starts inside a word: its letters of ASCII (most) are passed over without
        // a character made of each.
        if letter {
            while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
                at += 1;
            }
        }
        if found(start) {
            return true;
        }
    }
    false
}

/// Whether a match stands as whole words where its phrase needs it.
fn whole_words(text: &str, m: &aho_corasick::Match, (left, right): (bool, bool)) -> bool {
    // A word of a spaced script that touches Han or kana ("使用cookie来") stands alone.
    let before_ok = !left || !text[..m.start()].chars().next_back().is_some_and(spaced_letter);
    let after_ok = !right || !text[m.end()..].chars().next().is_some_and(spaced_letter);
    before_ok && after_ok
}

/// A letter of a script whose words are separated by spaces (so phrase matches need word
/// boundaries); Han, kana, Thai and the like are matched anywhere.
fn spaced_letter(c: char) -> bool {
    // Unspaced characters are told by a few comparisons, before the letters' tables are read.
    !crate::units::is_unspaced(c) && crate::units::is_alphanumeric(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_start_where_a_word_starts_and_at_every_other_character() {
        let by_characters = |text: &str| {
            let mut after_letter = false;
            text.char_indices()
                .filter(|&(_, c)| {
                    let letter = if c.is_ascii() {
                        c.is_ascii_alphanumeric()
                    } else {
                        spaced_letter(c)
                    };
                    let starts = !(letter && after_letter);
                    after_letter = letter;
                    starts
                })
                .map(|(at, _)| at)
                .collect::<Vec<_>>()
        };
        for text in [
            "",
            "a",
            "read more",
            "  read-more >> 12 comments",
            "über uns",
            "straße2go now",
            "über2über x",
            "使用cookie来 改善",
            "новости дня, 2024",
            "x\u{a0}y\u{3000}z",
        ] {
            let mut starts = Vec::new();
            any_phrase_start(text, |at| {
                starts.push(at);
                false
            });
            assert_eq!(starts, by_characters(text), "{text:?}");
        }
    }

    #[test]
    fn texts_are_lowercased_as_the_standard_library_lowercases_them() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("A{c}b “É”");
            assert_eq!(lowercase(&text), text.to_lowercase(), "U+{:04X}", c as u32);
        }
        for text in [
            "ΟΔΟΣ",
            "ΟΔΟΣ ΣΑΣ",
            "Σ",
            "ὈΔΥΣΣΕΎΣ — Ἰθάκη",
            "İstanbul",
            "ǅemal",
            "ẞ",
            "",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn keyed_words_are_each_whitespace_separated_word_as_its_key() {
        let spaces: Vec<char> = (0..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let mut texts: Vec<String> = spaces
            .iter()
            .map(|space| format!("{space}The (“quoted”){space}{space}WORD, é-Été 3rd…{space}"))
            .collect();
        texts.extend(["", " ", "...", "A. b! Ünd \u{c2}\u{a0}x"].map(String::from));
        for text in texts {
            let mut words = Vec::new();
            for_each_keyed_word(&text, |word| words.push(word.to_string()));
            let expected: Vec<String> = text
                .split_whitespace()
                .map(word_key)
                .filter(|word| !word.is_empty())
                .map(|word| word.into_owned())
                .collect();
            assert_eq!(words, expected, "{text:?}");
        }
    }

    #[test]
    fn consent_notices_need_a_tracker_the_sites_voice_and_a_subject() {
        let lex = Lexicon::shared();
        assert!(lex.is_consent_notice(
            "We and our 100 partners store and/or access information on a device, such as unique IDs in cookies."
        ));
        assert!(lex.is_consent_notice("Wir verwenden Cookies, um unsere Website für Sie zu verbessern."));
        assert!(lex.is_consent_notice("我们使用Cookie来改善您在本网站上的体验。"));
        // A recipe's cookies, and a manual's, are not a notice.
        assert!(!lex.is_consent_notice("These are our favourite cookies: we bake them every Sunday."));
        assert!(!lex.is_consent_notice("The browser sends the cookie with every request to the site's data API."));
        // A consent dialog's description of a kind of cookie speaks of the site in the third
        // person, opening with the cookies; a recipe's cookies have no website.
        assert!(lex.is_consent_notice("These cookies allow a website to remember choices you have made in the past."));
        assert!(lex.is_consent_notice("Cookies collect information about how you use a website."));
        assert!(lex.is_consent_notice("Diese Cookies helfen, die Website nutzerfreundlicher zu machen."));
        assert!(lex.is_consent_notice("这些Cookie用于分析网站的访问数据。"));
        assert!(
            !lex.is_consent_notice("用这些Cookie分析网站的访问数据。"),
            "three characters before"
        );
        assert!(!lex.is_consent_notice("These cookies keep for a week in a tin."));
        assert!(!lex.is_consent_notice("Bake the cookies while the website of the bakery loads."));
        // Lowercased, the same texts are told the same.
        for text in [
            "We use COOKIES to improve our website and your experience of it.",
            "Wir verwenden Cookies, um unsere Website für Sie zu verbessern.",
            "Nous utilisons des Témoins pour améliorer notre site.",
            "我们使用Cookie来改善您在本网站上的体验。",
            "These are our favourite cookies: we bake them every Sunday.",
            "Vi använder kakor för att förbättra vår webbplats.",
        ] {
            let lower = text.to_lowercase();
            assert_eq!(
                lex.is_consent_notice_lowercased(&lower),
                lex.is_consent_notice(text),
                "{text}"
            );
        }
    }

    #[test]
    fn boilerplate_phrases_match_on_word_boundaries() {
        let lex = Lexicon::shared();
        assert!(lex.is_boilerplate("Leave a Reply"));
        assert!(lex.is_boilerplate("Alle Rechte vorbehalten."));
        assert!(lex.is_boilerplate("Source: the city council"));
        assert!(lex.is_boilerplate("Fuente: elaboración propia"));
        assert!(lex.is_boilerplate("Schlagwörter: Wetter Hochwasser"));
        assert!(lex.is_boilerplate("Lea también: El puerto vuelve a abrir"));
        assert!(lex.is_boilerplate("Diese Website verwendet Akismet, um Spam zu reduzieren."));
        assert!(!lex.is_boilerplate("Am Samstag: ein Fest am Fluss"));
        assert!(!lex.is_boilerplate("The river rose after a night of rain."));
    }

    #[test]
    fn section_names_inside_a_sentence_are_the_article_s_words() {
        let lex = Lexicon::shared();
        assert!(lex.is_boilerplate("Most popular"));
        assert!(lex.is_boilerplate("Send us your letter by post or by mail. Read more letters to the editor."));
        assert!(!lex.is_boilerplate("We tested the most popular ones on our own beds over the summer."));
        assert!(
            lex.is_boilerplate("We tested the most popular ones. Leave a comment below and tell us yours."),
            "other phrasing counts anywhere"
        );
    }

    #[test]
    fn notices_open_a_sentence_with_their_phrasing() {
        let lex = Lexicon::shared();
        assert!(lex.is_notice_lowercased(
            &"Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.".to_lowercase()
        ));
        assert!(lex.is_notice_lowercased(
            &"Photos by the agency. © 2019 The Daily Paper. All rights reserved. No copying.".to_lowercase()
        ));
        assert!(!lex.is_notice_lowercased(
            &"The court ruled that the shop's claim that all rights reserved to it were void.".to_lowercase()
        ));
        assert!(
            !lex.is_notice_lowercased(
                &"Read more about the town. The mayor will answer questions next week.".to_lowercase()
            ),
            "section and link names are not notices"
        );
    }

    #[test]
    fn notices_are_found_at_sentence_openings_as_a_search_through_would_find_them() {
        let lex = Lexicon::shared();
        // Every notice phrase where a sentence opens, inside one, and running into a word.
        let through =
            |lower: &str| lex.any_phrase_match(lower, |m, category| category.is_notice() && opens_sentence(lower, &m));
        let boilerplate = wordlist::bundled("boilerplate.txt", BOILERPLATE, ["category", "language", "phrase"]);
        let phrases = boilerplate
            .iter()
            .filter(|[category, ..]| Category::parse(category).is_some_and(Category::is_notice))
            .map(|[.., phrase]| *phrase);
        let mut notices = 0;
        for phrase in phrases {
            for text in [
                format!("{phrase} and the rest."),
                format!("«{phrase}» now. the next one."),
                format!("the town said. “{phrase}, then more.”"),
                format!("the town said {phrase} again."),
                format!("the town said. {phrase}x more."),
                format!("— {phrase}"),
            ] {
                assert_eq!(lex.is_notice_lowercased(&text), through(&text), "{text:?}");
                notices += usize::from(through(&text));
            }
        }
        assert!(notices > 1000, "the texts hold notices: {notices}");
        // The shortest phrase at an opening runs into a word, a longer one stands alone.
        assert!(lex.is_notice_lowercased("amazon associates earn from qualifying purchases, as we do here."));
    }

    #[test]
    fn phrases_are_found_from_word_starts_as_a_search_through_every_byte_finds_them() {
        let lex = Lexicon::shared();
        let boilerplate = wordlist::bundled("boilerplate.txt", BOILERPLATE, ["category", "language", "phrase"]);
        let search = AhoCorasick::new(boilerplate.iter().map(|[.., phrase]| phrase)).expect("the phrases build");
        let through = |lower: &str| -> Vec<(usize, usize, usize)> {
            let mut found: Vec<_> = search
                .find_overlapping_iter(lower)
                .filter(|m| whole_words(lower, m, lex.bounded[m.pattern().as_usize()]))
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            found.sort_unstable();
            found
        };
        let from_starts = |lower: &str| -> Vec<(usize, usize, usize)> {
            let mut found = Vec::new();
            lex.any_phrase_match(lower, |m, _| {
                found.push((m.start(), m.end(), m.pattern().as_usize()));
                false
            });
            found.sort_unstable();
            found
        };
        let mut matches = 0;
        for [.., phrase] in &boilerplate {
            // At the start, after a word, inside one, beside Han and signs, twice overlapping.
            for text in [
                phrase.to_string(),
                format!("the news {phrase} today"),
                format!("x{phrase}y"),
                format!("使用{phrase}来。"),
                format!("«{phrase}»—({phrase})"),
                format!("{phrase}{phrase} é{phrase}"),
            ] {
                let found = through(&text);
                assert_eq!(from_starts(&text), found, "{text:?}");
                matches += found.len();
            }
        }
        assert!(matches > 5 * boilerplate.len(), "the texts hold phrases: {matches}");
    }

    #[test]
    fn a_site_s_notice_to_readers_without_scripts_or_with_an_old_browser_is_a_notice() {
        let lex = Lexicon::shared();
        for notice in [
            "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.",
            "You are using an out of date browser. It may not display this or other websites correctly.",
            "JavaScript ist deaktiviert. Für eine bessere Darstellung aktiviere bitte JavaScript in deinem Browser.",
        ] {
            assert!(lex.is_notice_lowercased(&lowercase(notice)), "{notice}");
        }
        let prose =
            "The new browser runs JavaScript faster than the old one, and it is disabled by default on older phones.";
        assert!(!lex.is_notice_lowercased(&lowercase(prose)));
    }

    #[test]
    fn links_headings_are_short_lines_that_name_a_section_of_links() {
        let lex = Lexicon::shared();
        assert!(lex.opens_closing_matter("Related Articles"));
        assert!(lex.opens_closing_matter("Das könnte Sie auch interessieren"));
        assert!(lex.opens_closing_matter("Lo más visto"));
        assert!(
            lex.opens_closing_matter("Related posts:"),
            "a colon introduces the links, it ends no sentence"
        );
        assert!(lex.opens_closing_matter("Das könnte Sie auch interessieren："));
        assert!(lex.opens_closing_matter("You may also like..."));
        assert!(lex.opens_closing_matter("Você pode gostar…"));
        assert!(!lex.opens_closing_matter("You may also like it."));
        assert!(!lex.opens_closing_matter("We wrote about this in related posts:"));
        assert!(
            !lex.opens_closing_matter("Read more"),
            "a link to one piece, often inside an article"
        );
        assert!(!lex.opens_closing_matter("We compared the most popular garden tools of the year."));
        assert!(!lex.opens_closing_matter("Most popular tools for a small garden in the north of the country"));
    }

    #[test]
    fn comment_sections_are_recognised_by_their_headings_and_authors() {
        let lex = Lexicon::shared();
        let heading = |line: &str| lex.is_comments_heading(&line.to_lowercase());
        assert!(heading("34 responses to “Floods close bridges”"));
        assert!(heading("One thought on “Floods close bridges”"));
        assert!(heading("Ein Gedanke zu „Hochwasser am Fluss“"));
        assert!(heading("12 commentaires sur « Le pont »"));
        assert!(!heading("34 comments"));
        let tally = |line: &str| lex.is_comment_tally(&line.to_lowercase());
        assert!(tally("109 Comments") && tally("3 Kommentare") && tally("One comment"));
        assert!(tally("[ 167 comments ]") && tally("(12 Kommentare)"));
        assert!(
            !tally("Comments") && !tally("76 Replies"),
            "a forum counts the replies over its thread"
        );
        assert!(!tally("34 comments on “Floods close bridges”"));
        assert!(!heading(
            "Two thoughts on the budget came up at the meeting, said the mayor."
        ));
        let author = |line: &str| lex.comment_author(line);
        assert_eq!(author("riverfan88 says:").as_deref(), Some("riverfan88"));
        assert_eq!(
            author("Jan Kowalski on 3 May 2021 at 9:14 pm said:").as_deref(),
            Some("jan kowalski on 3 may 2021 at 9:14 pm")
        );
        assert_eq!(author("Marie dit :").as_deref(), Some("marie"));
        assert_eq!(author("says:"), None);
        assert_eq!(author("The mayor says"), None);
    }

    #[test]
    fn interface_labels_match_whole_lines_only() {
        let lex = Lexicon::shared();
        assert!(lex.is_boilerplate("Advertisement"));
        assert!(lex.is_boilerplate("12 Comments »"));
        assert!(lex.is_boilerplate("Anzeige"));
        assert!(lex.is_boilerplate("広告"));
        assert!(!lex.is_boilerplate("An advertisement for the show ran on Sunday."));
        assert!(!lex.is_boilerplate("Share prices fell"));
        assert_eq!(label_key("« 3 shares ›", 8, |_| true).as_deref(), Some("shares"));
        assert_eq!(
            label_key("– print 2 \t this\n page –", 3, |_| true).as_deref(),
            Some("print this page")
        );
        assert_eq!(label_key("– print 2 \t this\n page –", 2, |_| true), None);
        assert_eq!(label_key("12 » 3", 1, |_| true).as_deref(), Some(""));
        let opens_with_share = |first: &str| first == "share";
        assert_eq!(
            label_key("3 share this", 8, opens_with_share).as_deref(),
            Some("share this")
        );
        assert_eq!(label_key("« share »", 8, opens_with_share).as_deref(), Some("share"));
        assert_eq!(
            label_key("shares 3", 8, opens_with_share),
            None,
            "a key's first word is whole"
        );
        assert_eq!(label_key("read this", 8, opens_with_share), None);
        assert!(lex.is_boilerplate("Share Tweet Email"));
        assert!(lex.is_boilerplate("Drucken Teilen"));
        assert!(!lex.is_boilerplate("Share the news"));
    }

    #[test]
    fn figure_captions_start_with_a_label_and_a_number() {
        let lex = Lexicon::shared();
        assert!(lex.is_figure_caption("Figure 3: Rainfall in May"));
        assert!(lex.is_figure_caption("Abb. 2 – Der Fluss im Winter"));
        assert!(lex.is_figure_caption("Рис. 4. Схема"));
        assert!(!lex.is_figure_caption("Figure skating returns in May"));
        assert!(!lex.is_figure_caption("The table 3 members booked was free"));
    }

    #[test]
    fn closing_labels_match_whole_lines() {
        let lex = Lexicon::shared();
        assert!(lex.opens_closing_matter("Pressekontakt:"));
        assert!(lex.opens_closing_matter("Media contacts"));
        assert!(lex.opens_closing_matter("Más información:"));
        assert!(!lex.opens_closing_matter("Contact the author for more information."));
    }

    #[test]
    fn datelines_are_short_dated_lines_about_publishing() {
        let lex = Lexicon::shared();
        assert!(lex.is_dateline("Published Monday, November 18, 2019 8:22AM EST"));
        assert!(lex.is_dateline("12/03/2021 - Publicado por: Ana Souza"));
        assert!(lex.is_dateline("Aktualisiert am 3. Mai 2021, 14:05 Uhr"));
        assert!(lex.is_dateline("Fecha de publicación: 3 de mayo de 2021"));
        assert!(lex.is_dateline("3:59 PM"));
        assert!(
            !lex.is_dateline("Chapter 3: 12 days"),
            "a time needs nothing but time words"
        );
        assert!(!lex.is_dateline("Published by the council"), "no date");
        assert!(!lex.is_dateline("Republished 3 times"), "whole words only");
        assert!(!lex.is_dateline("I published this post in 2017."), "a sentence");
        assert!(!lex.is_dateline(&format!(
            "The study was published on 12 May in a journal, {}",
            "and it goes on. ".repeat(8)
        )));
    }

    #[test]
    fn every_language_written_with_spaces_has_a_stopword_list() {
        // whatlang's languages without a list in either source; Burmese and Khmer are written
        // without spaces between words, so stopwords are not counted for them anyway.
        const WITHOUT: &[&str] = &["ak", "km", "my", "or", "pa", "sn", "yi"];
        let lex = Lexicon::shared();
        for &lang in whatlang::Lang::all() {
            let code = crate::lang::code(lang);
            assert_eq!(
                lex.stopwords.contains_key(code),
                !WITHOUT.contains(&code),
                "{code} ({})",
                lang.eng_name()
            );
        }
        assert!(
            lex.stopword_density("Ово је један кратак текст и он је на српском.", "sr")
                .unwrap()
                > 0.3
        );
        assert!(
            lex.stopword_density("Mae hwn yn destun byr yn y Gymraeg ac mae'n dda.", "cy")
                .unwrap()
                > 0.3
        );
    }

    #[test]
    fn stopword_density_uses_the_language_list() {
        let lex = Lexicon::shared();
        let d = lex.stopword_density("the cat sat on the mat", "en").unwrap();
        assert!(d > 0.4 && d < 0.9, "{d}");
        assert_eq!(lex.stopword_density("12 34", "en"), Some(0.0));
        assert!(lex.stopword_density("anything", "xx").is_none());
    }

    #[test]
    fn stopword_sets_hold_their_words_short_and_long_alone() {
        let lex = Lexicon::shared();
        let mut probes: Vec<&str> = vec!["", "a", "abcdefg", "abcdefgh", "the\0", "über", "ž"];
        for stopwords in lex.stopwords.values() {
            probes.extend(stopwords.words.words());
        }
        for stopwords in lex.stopwords.values() {
            let plain: FxHashSet<&str> = stopwords.words.words().collect();
            for word in &probes {
                assert_eq!(stopwords.set().contains(word), plain.contains(word), "{word:?}");
            }
        }
    }

    #[test]
    fn the_stopword_lead_counts_words_not_numbers_and_no_list_made_by_frequency_leads() {
        use whatlang::{Lang, Script};
        let lex = Lexicon::shared();
        let lead = lex
            .stopword_lead("the cat and the dog sat on the mat 1 2 3 4 5 6", Script::Latin)
            .unwrap();
        assert_eq!((lead.lang, lead.words), (Lang::Eng, 9));
        assert!(lead.leader > lead.second);
        // A list made by frequency holds "the", "of" and "and": it counts them, but leads nothing.
        assert!(lead.by_frequency > 0);
        let uzbek = "va bilan uchun ham bir bu boshqa deb yoki eng esa uning edi tashkil turli";
        let lead = lex.stopword_lead(uzbek, Script::Latin).unwrap();
        assert_ne!(lead.lang, Lang::Uzb);
        assert!(lead.by_frequency > lead.leader, "{lead:?}");
    }

    #[test]
    fn other_languages_leave_out_the_documents_own() {
        use whatlang::{Lang, Script};
        let lex = Lexicon::shared();
        let english = "Please log in using one of these methods to post your comment";
        let others = |text, own| lex.other_languages(text, own, Script::Latin, 0.2);
        assert!(
            others(english, Lang::Deu).contains(&Lang::Eng),
            "English on a German page"
        );
        assert!(
            !others(english, Lang::Eng).contains(&Lang::Eng),
            "English's own stopwords do not count on an English page"
        );
        assert!(
            lex.other_languages(english, Lang::Deu, Script::Latin, 0.9).is_empty(),
            "not nine words in ten"
        );
        assert!(others("Nespresso Essenza Mini", Lang::Eng).is_empty());
        assert!(others("12 34", Lang::Eng).is_empty());
        let russian = "пожалуйста, войдите, чтобы оставить комментарий к этой статье";
        assert!(lex
            .other_languages(russian, Lang::Ukr, Script::Cyrillic, 0.2)
            .contains(&Lang::Rus));
    }
}
