//! Stage 2 for text dumps: a dump, normalised, to its article's lines.
//!
//! A dump is split into lines (lines wrapped inside a sentence are joined again); each line is
//! classified on its own signals, in the spirit of jusText (length, stopword density in the
//! document's language, letters at all, a script or language other than the article's, common
//! boilerplate phrasing), then by the document (a line it repeats is a template; sentences in a
//! row are prose), and then by its neighbours: short lines between article paragraphs are
//! article (headings, list items, sign-offs), short lines among chrome are chrome.

use std::collections::hash_map::Entry;
use std::ops::Range;

// Lines and their fingerprints are hashed by the hundred thousand, in tables no outside input
// can flood: a fast hash for them.
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};

use crate::classify::{self, Class, Context, Unit, LONG_UNITS, SHORT_UNITS};
use crate::deadline::Deadline;
use crate::document::{BlockKind, Language};
use crate::extract::{ExtractedBlock, Extraction, Extractor, Metadata};
use crate::html;
use crate::lang;
use crate::lexicon::{self, Lexicon};
use crate::normalize::normalize;
use crate::titles;
use crate::units;
use crate::Options;

/// A short line right after article text with at most this many words is a closing line
/// (a signature, a sign-off).
const CLOSING_LINE_WORDS: usize = 4;
/// Lines of at most this many words without a sentence end look like menu entries.
const MENU_LINE_WORDS: usize = 2;
/// A short line with at least this share of the document language's stopwords is in that
/// language: detection would say so too.
const OWN_LANGUAGE_STOPWORD_DENSITY: f64 = 0.2;
/// ...and is asked about its language only with at least this share of another language's.
const OTHER_LANGUAGE_STOPWORD_DENSITY: f64 = 0.2;
/// A line too short to be prose alone, with at least this share of the stopword density of
/// probable prose, is a list's item or a table's row, for its neighbours to judge.
const ROW_DENSITY_SHARE: f64 = 0.5;
/// Marks that set a line's fields apart, with a space on either side.
const FIELD_SEPARATORS: [&str; 3] = [" • ", " | ", " · "];
/// A wrapped line is at least this long.
const MIN_WRAPPED_UNITS: usize = 40;
/// This many lines of prose in a row are article text, though none is long enough alone.
const PROSE_RUN_LINES: usize = 2;
/// A short line is prose when it is a sentence of at least this many words.
const PROSE_SENTENCE_WORDS: usize = 6;
/// A service page's sections each say in a sentence or two what they offer, under a heading and
/// over a button: their prose comes back at least this many times in a row...
const MIN_SECTION_ROWS: usize = 3;
/// ...with at most this many other lines between two of them (a heading, a button, a figure
/// and its label)...
const MAX_SECTION_GAP_LINES: usize = 4;
/// ...of which at most this many are chrome by their own signals (a button that every section
/// repeats, "Learn more"): more is a menu or a footer between two blocks of text.
const MAX_SECTION_GAP_CHROME: usize = 1;
/// A line of at least this many words that occurs more than once in a document is a template.
const REPEATED_LINE_WORDS: usize = 2;
/// Chrome shown again is shown as a run of at least this many lines in a row (a menu, a footer).
const REPEATED_RUN_LINES: usize = 2;
/// A line that recurs at least this many times, a few lines apart each time, separates the
/// items of a list ("Add to cart", "Mark as watched", "Reply").
const MIN_LIST_ITEMS: usize = 3;
/// A list whose separators recur only in shape (their numbers differ) is the page's content
/// when its items hold this many times the article's text: a teaser river after an article
/// has that shape too.
const SHAPED_LIST_OVER_ARTICLE: f64 = 2.0;
/// A byline ("by Anna Berg") is at most this many words.
const MAX_BYLINE_WORDS: usize = 8;
/// An item of a list is at most this many lines.
const MAX_ITEM_LINES: usize = 12;
/// An index's letter shown again within this many lines heads the same section.
const INDEX_LETTER_AGAIN_LINES: usize = 3;
/// A field's label ("Weight:", "Heel to Toe Drop:") is at most this many words: a longer line
/// ending in a colon introduces what follows (a sentence, a list).
const MAX_FIELD_LABEL_WORDS: usize = 4;
/// A record of a list whose items each show the same fields (a shop's card: name, price,
/// "Weight:", "Support:"...) is at most this many lines: more than a list's item, as each field
/// takes two lines, but a record no longer repeats its fields where a menu and a footer show
/// the same labels.
const MAX_RECORD_LINES: usize = 40;
/// The most lines between two kept lines over which a figure between them is kept.
const FIGURE_GAP_LINES: usize = 3;
/// A run of field lines ("Sensor: 24.2MP APS-C") is the article's when a kept line stands at
/// most this many shown lines before it and after it.
const FIELD_RUN_REACH: usize = 3;
/// The longest line read as a figure ("$ 13,799.99").
const MAX_FIGURE_BYTES: usize = 16;
/// The marks that may follow a list head's number.
const NUMBER_MARKS: [char; 5] = ['.', ')', ':', '-', '–'];
/// A list is the page's content when its items hold at least this much text (in
/// Latin-equivalent characters), and more than the article found besides.
const MIN_LIST_UNITS: usize = 300;
/// A list after this much of the article's text (in Latin-equivalent characters, about 250
/// words) is what the page adds after its article, not its content.
const ARTICLE_BEFORE_LIST_UNITS: usize = 1500;
/// A dateline stands at most this many lines above the article's first line.
const DATELINE_ABOVE_LINES: usize = 3;
/// A byline is looked for at most this many lines above the article's first line...
const BYLINE_ABOVE_LINES: usize = 12;
/// ...and its date at most this many lines from it.
const BYLINE_DATE_LINES: usize = 2;
/// A run of a listing's items after its introduction may pass over at most this many lines in
/// a row that are no items (a title shown twice, a "Listen" or "36 mins" between teasers):
/// more, and the run has left the list for the page's chrome.
const MAX_ITEM_RUN_GAP: usize = 2;
/// ...and at least this share of the lines it spans (the lines kept aside) are its items: a
/// sidebar's or a footer's unique lines come with as many names, labels and buttons.
const MIN_ITEM_RUN_DENSITY: f64 = 0.8;
/// The items of such a run are on average at least this long (in Latin-equivalent
/// characters), as the titles and teasers of articles, products or events are: a tag cloud's
/// entries ("Contracts (34)") and a menu's are shorter.
const MIN_RUN_ITEM_UNITS: usize = 30;
/// Kept lines with at least this many dropped lines between them are apart: a page's
/// chrome (a footer, a menu, a review section's furniture) stands between them.
const TRAILING_GAP_LINES: usize = 10;
/// Kept lines with at least this many dropped lines on each side are set apart: a box.
const ISLAND_GAP_LINES: usize = 3;
/// A box after the article holding less than this share of the article's largest group of
/// kept lines is no part of it.
const ISLAND_SHARE: f64 = 0.05;
/// Kept lines apart from the largest group of them and after it are trailing matter (a
/// review, a policy, a teaser) when they hold less than this share of the text before them.
const TRAILING_SHARE: f64 = 0.5;
/// The dates of a river of teasers stand at most this many lines apart...
const MAX_RIVER_DATE_GAP: usize = 8;
/// ...the first at least this many dropped lines after the article's last kept line...
const RIVER_GAP_LINES: usize = 5;
/// ...and with at least this share of the kept text before it.
const ARTICLE_BEFORE_RIVER_SHARE: f64 = 0.3;
/// A teaser's excerpt is kept within this many lines after its date.
const RIVER_EXCERPT_LINES: usize = 3;
/// The dropped lines right before a group of kept lines that head it (an item's furniture).
const MAX_HEAD_LINES: usize = 12;
/// A dump's title has at least this many letters or digits.
const MIN_TITLE_CHARS: usize = 2;
/// A group of kept lines headed by at least this many lines of the same shape as those heading
/// the largest group is another item of the same list (a reply in a thread).
const MIN_SHARED_HEAD_LINES: usize = 2;
/// Where the lines kept hold less text than this (in Latin-equivalent characters), no article
/// was found: the page's content is in lines too short to judge alone (a product's name, price
/// and details; a grid of cards), and those its neighbours dropped are kept after all.
const NEARLY_EMPTY_UNITS: usize = 300;
/// A quotation cut short is recognised as an earlier line's start from this many bytes on.
const MIN_QUOTED_BYTES: usize = 20;
/// A table of contents lists at least this many of the dump's section headings.
const MIN_CONTENTS_LINES: usize = 3;
/// A line of code holds a bracket or an operator for at most this many words.
const CODE_WORDS_PER_MARK: usize = 10;
/// The lines in which a comment names its author and its date.
const COMMENT_OPENING_LINES: usize = 3;
/// A remark under a post signs itself on a line of its own, a dash and a name of at most this
/// many words ("– anna"), with the time it was written on it or on one of the next
/// [`STAMP_REACH_LINES`] lines of at most [`MAX_STAMP_WORDS`] words...
const MAX_SIGNATURE_WORDS: usize = 6;
const STAMP_REACH_LINES: usize = 2;
const MAX_STAMP_WORDS: usize = 8;
/// ...and the remark itself is the kept line among the this many shown lines above it.
const SIGNED_REMARK_REACH: usize = 2;
/// A thread's posts are dated: a date or a stamp stands within this many shown lines of the
/// furniture that parts them, on at least two thirds of the times it is shown...
const THREAD_DATE_REACH: usize = 6;
/// ...and no post holds more than this share of the posts' text: one that does is an article
/// framed as a card, with teasers after it.
const MAX_POST_SHARE: f64 = 0.9;
/// A page with little prose (no run of more than this many lines that are article text by
/// their own signals) may present what it offers as feature rows...
const MAX_PROSE_RUN_FOR_FEATURES: usize = 2;
/// ...at least this many headings in a row, each of at most [`MAX_FEATURE_HEAD_WORDS`] words,
/// over a line of at least [`MIN_FEATURE_TEXT_WORDS`]...
const MIN_FEATURE_ROWS: usize = 4;
const MAX_FEATURE_HEAD_WORDS: usize = 6;
const MIN_FEATURE_TEXT_WORDS: usize = 8;
/// ...within this many lines of the text kept.
const FEATURE_ROWS_REACH: usize = 5;
/// A kept line of at least this many words ending in a colon announces a list ("The kit
/// includes:")...
const MIN_ANNOUNCING_WORDS: usize = 3;
/// ...of at least two and at most this many short lines right after it.
const MAX_ANNOUNCED_ITEMS: usize = 15;
/// A kept line of at least this many runs of words ([`COPY_GRAM_WORDS`] each) is dropped as a
/// copy of the article when the other kept lines hold [`COPY_SHARE`] of its runs.
const MIN_COPY_GRAMS: usize = 300;
const COPY_GRAM_WORDS: usize = 4;
const COPY_SHARE: f64 = 0.6;
/// A kept line at least this long (in Latin-equivalent characters) that an earlier kept line
/// says word for word is a copy.
const MIN_REPEAT_UNITS: usize = SHORT_UNITS;
/// The headline a dump shows is looked for up to this many lines into its article.
const HEADLINE_LINES_INTO_ARTICLE: usize = 2;
/// A first line longer than this is no `<title>` (in Latin-equivalent characters): shops
/// write long ones, with the product's every feature.
const MAX_TITLE_UNITS: usize = 2 * LONG_UNITS;
/// Kept lines from one that opens with the name of the author a byline gave ("Anna Berg is a
/// science writer...", "Anna Berg" over her photo) on are a note about the author, not the
/// article, when they hold less than this share of the text before them: a bio box closes a
/// post, while an interview or a profile names its author early and goes on long after.
const AUTHOR_NOTE_SHARE: f64 = 0.25;
/// A bio that opens with the author's first name alone ("Anna is a science writer") is a
/// paragraph at least this long (in Latin-equivalent characters): a shorter line opening with
/// a first name is a caption, a quote's attribution or a heading.
const MIN_FIRST_NAME_NOTE_UNITS: usize = LONG_UNITS;
/// A note about the author is headed by at most this many short lines kept right before it
/// ("About the author", "Written by", "Author", "Recent posts").
const AUTHOR_NOTE_HEAD_LINES: usize = 3;

/// A line's words are counted only as far as the thresholds above read them: a long line's
/// count stops there.
const COUNTED_WORDS: usize = 1 + largest(&[
    CLOSING_LINE_WORDS,
    MENU_LINE_WORDS,
    PROSE_SENTENCE_WORDS,
    REPEATED_LINE_WORDS,
    MAX_BYLINE_WORDS,
    MAX_SIGNATURE_WORDS,
    MAX_STAMP_WORDS,
    MAX_FEATURE_HEAD_WORDS,
    MIN_FEATURE_TEXT_WORDS,
]);

/// The largest of some numbers, for constants.
const fn largest(numbers: &[usize]) -> usize {
    let mut most = 0;
    let mut n = 0;
    while n < numbers.len() {
        if numbers[n] > most {
            most = numbers[n];
        }
        n += 1;
    }
    most
}

/// A table for as many keys as a dump has lines, made that large at once: growing it would hash
/// every line again each time it doubles. (Only for tables whose order nothing reads: the
/// order of a table's entries depends on its size.)
fn lines_map<K, V>(lines: usize) -> FxHashMap<K, V> {
    FxHashMap::with_capacity_and_hasher(lines, Default::default())
}

/// Where each of a dump's texts occurs, in the dump's order: a table from each text to its
/// occurrences, which are kept in one array for all texts rather than a vector for each (most
/// texts occur once).
struct Occurrences<'a> {
    /// Each text's index in `ranges`.
    index: FxHashMap<&'a str, usize>,
    /// Each text's occurrences, as a range of `positions`.
    ranges: Vec<Range<usize>>,
    positions: Vec<usize>,
}

impl<'a> Occurrences<'a> {
    /// The occurrences of these texts (each with its position, in the dump's order), with
    /// `index` (an empty table, as large as the caller makes it) filled as a table of them.
    fn new(texts: impl Iterator<Item = (usize, &'a str)>, mut index: FxHashMap<&'a str, usize>) -> Occurrences<'a> {
        let mut counts: Vec<usize> = Vec::new();
        let mut texts_at: Vec<(usize, usize)> = Vec::new();
        for (i, text) in texts {
            let new = counts.len();
            let n = *index.entry(text).or_insert(new);
            if n == new {
                counts.push(0);
            }
            counts[n] += 1;
            texts_at.push((i, n));
        }
        let mut ranges = Vec::with_capacity(counts.len());
        let mut start = 0;
        for count in counts {
            ranges.push(start..start);
            start += count;
        }
        let mut positions = vec![0; start];
        for (i, n) in texts_at {
            positions[ranges[n].end] = i;
            ranges[n].end += 1;
        }
        Occurrences {
            index,
            ranges,
            positions,
        }
    }

    /// Where each shown line's text occurs (all but noise).
    fn of_shown(lines: &'a [Line]) -> Occurrences<'a> {
        let shown = lines.iter().enumerate().filter(|(_, l)| l.class != Class::Noise);
        Occurrences::new(shown.map(|(i, l)| (i, l.key.as_str())), FxHashMap::default())
    }

    /// Where a text occurs, unless it was not given.
    fn get(&self, text: &str) -> Option<&[usize]> {
        self.index.get(text).map(|&n| &self.positions[self.ranges[n].clone()])
    }

    /// Each text's occurrences, in the order of the table (which only the texts given, in their
    /// order, and its size as made decide).
    fn values(&self) -> impl Iterator<Item = &[usize]> {
        self.index.values().map(|&n| &self.positions[self.ranges[n].clone()])
    }
}

impl std::ops::Index<&str> for Occurrences<'_> {
    type Output = [usize];

    fn index(&self, text: &str) -> &[usize] {
        self.get(text).expect("a text given")
    }
}

/// A line of the dump.
#[derive(Debug)]
struct Line {
    text: String,
    /// Its text lower-cased, by which lines recur.
    key: String,
    class: Class,
    /// Its length, in Latin-equivalent characters.
    units: usize,
    /// Its words, up to [`COUNTED_WORDS`].
    words: usize,
    /// Few words and no sentence end, like a menu entry.
    menu_like: bool,
    phrasing: Phrasing,
    /// A label the page repeats with each of its items (a button under each product, a reply's
    /// title over each post, the same terms under two offers): chrome, though no sign that what
    /// stands beside it is.
    template: bool,
    /// Chrome by its own signals only for its few stopwords: code, a table's row, a list of
    /// references are as sparse in them as a menu run into one line.
    sparse: bool,
}

/// What a line's phrasing says of it, whatever the document's language.
#[derive(Debug, Clone)]
struct Phrasing {
    /// A short line that is chrome by its phrasing: an address, common boilerplate, a
    /// dateline, a figure's caption.
    short_chrome: bool,
    /// Whether it has common boilerplate phrasing, where that was read (short lines).
    boilerplate: Option<bool>,
    /// A site's notice: a long line opening like one, or a consent notice of any length.
    notice: bool,
    /// A consent notice.
    consent: bool,
}

impl Phrasing {
    fn of(text: &str, lower: &str, size: usize, lexicon: &Lexicon) -> Phrasing {
        let mut boilerplate = None;
        let short_chrome = size < LONG_UNITS
            && (is_address(text)
                || *boilerplate.insert(lexicon.is_boilerplate_lowercased(lower))
                || lexicon.is_dateline(text)
                || lexicon.is_figure_caption(text));
        let consent = lexicon.is_consent_notice_lowercased(lower);
        Phrasing {
            short_chrome,
            boilerplate,
            notice: (size >= LONG_UNITS && lexicon.is_notice_lowercased(lower)) || consent,
            consent,
        }
    }

    /// Whether a line is a site's phrasing (boilerplate, a consent notice).
    fn is_sites(&self, lower: &str, lexicon: &Lexicon) -> bool {
        self.consent
            || self
                .boilerplate
                .unwrap_or_else(|| lexicon.is_boilerplate_lowercased(lower))
    }
}

/// The text-dump extractor.
pub(crate) struct Text;

impl Extractor for Text {
    fn extract(
        &self,
        text: &str,
        url: Option<&str>,
        lexicon: &Lexicon,
        options: &Options,
        deadline: &Deadline,
    ) -> Extraction {
        // A dump's lines are what this stage judges, so they are normalised first.
        extract(&normalize(text, options.normalization), url, lexicon, options, deadline)
    }
}

/// The article lines of a normalised text dump.
fn extract(text: &str, url: Option<&str>, lexicon: &Lexicon, options: &Options, deadline: &Deadline) -> Extraction {
    let (texts, sizes) = join_wrapped(text);
    // Lowercased once: the phrase lists read lines so, and lines recur by it.
    let keys: Vec<String> = texts.iter().map(|t| lexicon::lowercase(t)).collect();
    // Read from the lines lowercased, as the stopword lists are.
    let mut line_densities = LineDensities::new(&keys, lexicon);
    let mut languages = Languages::new(&texts, lexicon, *deadline);
    let (mut dominant, unjudged) = match options.detect_language {
        true => languages.judge_document(&sizes, &mut line_densities),
        false => (None, Vec::new()),
    };
    // The density thresholds follow the dump's own prose, as for a page's article.
    let mut densities_and_scale = |dominant: Option<(whatlang::Lang, whatlang::Script)>| {
        let densities = stopword_densities(&sizes, dominant.map(|(l, _)| lang::code(l)), &mut line_densities);
        let scale = classify::density_scale(prose_density(&texts, &sizes, &densities));
        (densities, scale)
    };
    let (mut densities, mut scale) = densities_and_scale(dominant);
    // What each line's phrasing says is the same in any language: read once, and once for
    // all the copies of a line the dump repeats (a menu shown twice, a button under each post).
    let mut first_at: FxHashMap<&str, usize> = lines_map(texts.len());
    let mut phrasings: Vec<Phrasing> = Vec::with_capacity(texts.len());
    for i in 0..texts.len() {
        let phrasing = match first_at.entry(texts[i].as_str()) {
            Entry::Occupied(first) => phrasings[*first.get()].clone(),
            Entry::Vacant(first) => {
                first.insert(i);
                Phrasing::of(&texts[i], &keys[i], sizes[i], lexicon)
            }
        };
        phrasings.push(phrasing);
    }
    // The lines whose language was left to judge: only where it can change their class (a line
    // that is chrome in any language is), unless they could tip the document's language.
    let own_class = |i: usize, judged: &[Option<whatlang::Info>], dominant, densities: &[Option<f64>], scale| {
        judge_line(
            LineView {
                text: &texts[i],
                size: sizes[i],
                phrasing: &phrasings[i],
            },
            judged[i].as_ref(),
            densities[i],
            dominant,
            scale,
        )
    };
    let one_script = dominant.is_some_and(|(l, s)| lang::scripts_of(l, &s).len() == 1);
    let (needed, unneeded): (Vec<usize>, Vec<usize>) = unjudged
        .into_iter()
        .partition(|&i| one_script && own_class(i, &languages.judged, dominant, &densities, scale) != Class::Bad);
    // The detector is asked about a line only where it shows another language's stopwords:
    // told apart without them (a headline, a name, a table's row), lines in the document's
    // language are as often taken for another one as lines that are not.
    // It is asked only whether the line is in the document's language or in one of those:
    // a question about a few languages, not all of them.
    if let Some((own, script)) = dominant {
        for &i in &needed {
            let others = lexicon.other_languages(&keys[i], own, script, OTHER_LANGUAGE_STOPWORD_DENSITY);
            if !others.is_empty() {
                languages.judge_among(i, own, others);
            }
        }
    }
    let mut unneeded_bytes: usize = unneeded.iter().map(|&i| texts[i].len()).sum();
    if !languages.settles(dominant, unneeded_bytes) {
        // The longest first, until those left could no longer change which language leads:
        // the lines are chrome whatever their language, and only the document's is sought.
        let mut unneeded = unneeded;
        unneeded.sort_by_key(|&i| std::cmp::Reverse(texts[i].len()));
        for &i in &unneeded {
            if one_script && languages.settles(languages.dominant(), unneeded_bytes) {
                break;
            }
            languages.judge(i);
            unneeded_bytes -= texts[i].len();
        }
        let judged_dominant = languages.dominant();
        if judged_dominant != dominant {
            dominant = judged_dominant;
            (densities, scale) = densities_and_scale(dominant);
        }
    }
    let classes: Vec<Class> = (0..texts.len())
        .map(|i| own_class(i, &languages.judged, dominant, &densities, scale))
        .collect();
    // The lines that only their few stopwords make chrome (a line of code, a table's row, a
    // list of references): by every other signal they could be the article's.
    let no_densities: Vec<Option<f64>> = vec![None; texts.len()];
    let sparse: Vec<bool> = (0..texts.len())
        .map(|i| {
            classes[i] == Class::Bad && own_class(i, &languages.judged, dominant, &no_densities, scale) != Class::Bad
        })
        .collect();
    let language = languages.of_document(dominant);

    if deadline.passed() {
        return Extraction::default();
    }
    let mut lines: Vec<Line> = texts
        .into_iter()
        .zip(keys)
        .zip(sizes)
        .zip(classes)
        .zip(phrasings)
        .zip(sparse)
        .map(|(((((text, key), units), class), phrasing), sparse)| {
            let words = units::words(&text, COUNTED_WORDS);
            let menu_like = words <= MENU_LINE_WORDS && !units::ends_sentence(&text);
            Line {
                key,
                text,
                class,
                units,
                words,
                menu_like,
                phrasing,
                template: false,
                sparse,
            }
        })
        .collect();
    let own_signals: Vec<Class> = lines.iter().map(|l| l.class).collect();
    mark_repeated(&mut lines);
    mark_prose_runs(&mut lines);
    mark_section_rows(&mut lines);
    let own: Vec<Class> = lines.iter().map(|l| l.class).collect();
    revise(&mut lines);
    let reach = headline_reach(&lines);
    let shown_headline = headline(&lines, reach);
    let headline_at = shown_headline.as_ref().and_then(|(_, said)| said.get(1).copied());
    keep_item_list(&mut lines, lexicon, headline_at.unwrap_or(0));
    keep_field_records(&mut lines, lexicon);
    keep_sparse_runs_inside_the_article(&mut lines, &own);
    keep_field_runs_inside_the_article(&mut lines);
    keep_numbered_heads(&mut lines, lexicon);
    keep_short_lines_when_nearly_empty(&mut lines, &own);
    keep_item_runs_after_kept_text(&mut lines, &own);
    keep_figures_among_kept_lines(&mut lines);
    keep_labels_between_kept_lines(&mut lines);
    // The lines kept since may have moved the article's first line, and so how far the
    // headline is looked for.
    let mut headline = match headline_reach(&lines) {
        same if same == reach => shown_headline,
        moved => headline(&lines, moved),
    };
    if headline.as_ref().is_none_or(|(_, said)| said.len() < 2) {
        headline = headline_after_kept_chrome(&mut lines).or(headline);
    } else if let Some(&at) = headline.as_ref().and_then(|(_, said)| said.get(1)) {
        // The headline found apart from the lines kept above it (the line right above it not
        // kept) opens the article, and they are chrome.
        let set_apart = previous(&lines, at).is_some_and(|p| lines[p].class != Class::Good);
        if set_apart && !lines[at].template && lines[at].units < LONG_UNITS {
            drop_kept_chrome_above(&mut lines, at);
        }
    }
    // The article begins at the headline the dump shows, else at its first line kept: bylines
    // and datelines stand near.
    let first_kept = lines.iter().position(|l| l.class == Class::Good);
    let headline_at = headline.as_ref().and_then(|(_, said)| said.get(1).copied());
    let anchor = headline_at.or(first_kept).unwrap_or(0);
    let shown: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    let (mut author, mut date) = html::read_shown_metadata(&shown, anchor, url);
    // Without a date near where the article begins, the headline may be shown farther into the
    // dump than it is looked for (after a kept block of chrome, or again above the article),
    // with the dateline and byline beside it; after the article's last line, it is a footer's
    // or a list's. Only a full name is taken there: a handle may be any poster's.
    if date.is_none() {
        if let Some((title, said)) = &headline {
            let last_kept = lines.iter().rposition(|l| l.class == Class::Good).unwrap_or(0);
            // The headline said again holds its longest word: the lines without it are passed
            // over unread.
            let title_key = titles::comparable(title);
            let longest = title_key.split(' ').max_by_key(|w| w.len()).unwrap_or_default();
            let elsewhere = (1..last_kept)
                .filter(|&i| i != anchor && !said.contains(&i) && lines[i].key.contains(longest))
                .map(|i| (i, shown[i]));
            if let Some((again, _)) = titles::best_agreeing(elsewhere, &[title.as_str()], None, |_| true) {
                let (author_there, date_there) = html::read_shown_metadata(&shown, again, None);
                author = author.or(author_there.filter(|a| a.contains(' ')));
                date = date.or(date_there);
            }
        }
    }
    // Without a date still, the article's first line may stand well after its headline (a
    // share bar and a list of categories between, or a headline reworded from the title and
    // not found), with its dateline just above it. Only the lines above it are read: below,
    // dates are the article's own or its replies'.
    if date.is_none() {
        if let Some(start) = first_kept.filter(|&s| s != anchor) {
            let above = start.saturating_sub(DATELINE_ABOVE_LINES)..start;
            if !above.is_empty() {
                let last = above.len() - 1;
                date = html::read_shown_metadata(&shown[above], last, None).1;
            }
        }
    }
    // Without a date still, the article's byline may stand above its first line, farther than
    // a dateline is looked for, with its date beside it ("By Jane Doe" over "Dec 18, 2025"):
    // the nearest byline a few lines above the article dates it, and names it when nothing
    // else did.
    if date.is_none() {
        if let Some(start) = first_kept {
            let byline = (start.saturating_sub(BYLINE_ABOVE_LINES)..start)
                .rev()
                .find(|&i| html::is_byline(shown[i]));
            if let Some(i) = byline {
                let around = i.saturating_sub(BYLINE_DATE_LINES)..(i + BYLINE_DATE_LINES + 1).min(shown.len());
                let (author_there, date_there) =
                    html::read_shown_metadata(&shown[around.clone()], i - around.start, None);
                date = date_there;
                if date.is_some() {
                    author = author.or(author_there);
                }
            }
        }
    }
    // The headline is the title, not the article's text, as for a page.
    let title = headline.map(|(title, said)| {
        // ...unless it is all the article there is.
        let rest = (0..lines.len()).any(|i| lines[i].class == Class::Good && !said.contains(&i));
        if rest {
            for i in said {
                lines[i].class = Class::Bad;
            }
        }
        title
    });
    // A thread of posts parted by the same furniture is the page's content: its posts are kept,
    // and neither a closing label nor a group apart from the largest ends the article before
    // its last post's furniture.
    let thread_end = match thread_frame(&lines, &own_signals) {
        Some(frame) => {
            keep_posts(&mut lines, &frame, &own_signals);
            frame.marks[frame.marks.len() - 1]
        }
        None => 0,
    };
    let mut end = comments_start(&lines, lexicon).unwrap_or(lines.len());
    // Closing labels and related-links headings are chrome themselves: look for them among all
    // lines, with only the article's lines counting towards its length. A label the dump shows
    // under item after item ("Comments" under each answer, "Contact:" on each card) is the
    // items' furniture, not the end of the article.
    // Only prose counts (a line kept by its own signals): a grid of items kept above the
    // label ("You May Also Like" under a carousel of cards) is no article for it to close.
    let lengths: Vec<usize> = lines[..end]
        .iter()
        .zip(&own_signals)
        .map(|(l, own)| match (l.class, own) {
            (Class::Good, Class::Good | Class::NearGood) => l.units,
            _ => 0,
        })
        .collect();
    let closing = classify::closing_matter_start(&lengths, |i| {
        i >= thread_end
            && lexicon.opens_closing_matter_lowercased(&lines[i].key)
            && lines
                .iter()
                .filter(|l| l.key == lines[i].key)
                .nth(MIN_LIST_ITEMS - 1)
                .is_none()
            && !prose_resumes_after(&lines[..end], &own_signals, &lengths, i)
    });
    end = closing.unwrap_or(end);
    end = trailing_matter_start(&lines[..end], thread_end).unwrap_or(end);
    end = rating_summary_start(&lines[..end]).unwrap_or(end);
    end = teaser_river_start(&lines[..end]).unwrap_or(end);
    let own_language = dominant.map(|(l, _)| lang::code(l));
    end = author_note_start(&lines[..end], author.as_deref(), own_language, lexicon).unwrap_or(end);
    end = reviews_start(&lines[..end]).unwrap_or(end);
    end = footer_start(&lines[..end]).unwrap_or(end);
    end = dated_river_start(&lines[..end], lexicon).unwrap_or(end);
    keep_dated_list(&mut lines[..end], lexicon, headline_at.unwrap_or(0));
    keep_announced_lists(&mut lines[..end], &own_signals);
    drop_islands_after_the_article(&mut lines[..end]);
    keep_feature_rows(&mut lines[..end], &own_signals, headline_at);
    drop_signed_remarks(&mut lines[..end]);
    drop_note_over_the_copyright(&mut lines[..end]);
    drop_copies(&mut lines[..end]);
    drop_repeats(&mut lines[..end]);
    let blocks = lines[..end]
        .iter()
        .filter(|l| l.class == Class::Good)
        .map(|l| ExtractedBlock::new(BlockKind::Paragraph, l.text.clone()))
        .collect();
    Extraction {
        blocks,
        title,
        metadata: Metadata {
            author,
            date,
            ..Metadata::default()
        },
        page_blocks: lines.len(),
        page_text: lines.into_iter().map(|l| l.text).collect(),
        language,
        normalized: true,
        ..Extraction::default()
    }
}

/// A closing label is an inline box's (related links set inside the article) when the
/// article's prose resumes within this many shown lines after it...
const RESUMED_PROSE_REACH: usize = 10;
/// ...with at least this many of the first [`RESUMED_PROSE_LINES`] lines from there prose by
/// their own signals...
const MIN_RESUMED_PROSE_LINES: usize = 2;
const RESUMED_PROSE_LINES: usize = 3;
/// ...and the prose after the label is at least this share of the prose before it: a box of
/// teasers with their excerpts is far shorter than the article it closes.
const MIN_RESUMED_PROSE_SHARE: f64 = 0.3;

/// Whether the article's prose resumes right after a closing label at line `i` ("Related
/// articles", "You may also like" over a teaser or two set inside the article): a run of lines
/// that are prose by their own signals soon after it, as long as a good part of the article
/// before it. `lengths` are the lines' prose, as the closing label is looked for.
fn prose_resumes_after(lines: &[Line], own_signals: &[Class], lengths: &[usize], i: usize) -> bool {
    let before: usize = lengths[..i].iter().sum();
    let after: usize = lengths[i..].iter().sum();
    if (after as f64) < MIN_RESUMED_PROSE_SHARE * before as f64 {
        return false;
    }
    let shown: Vec<usize> = (i + 1..lines.len())
        .filter(|&j| lines[j].class != Class::Noise)
        .collect();
    shown
        .iter()
        .take(RESUMED_PROSE_REACH)
        .position(|&j| own_signals[j] == Class::Good)
        .is_some_and(|first| {
            shown[first..]
                .iter()
                .take(RESUMED_PROSE_LINES)
                .filter(|&&j| own_signals[j] == Class::Good)
                .count()
                >= MIN_RESUMED_PROSE_LINES
        })
}

/// A dump's kept lines in groups, a group ending where at least a given number of shown lines
/// that are not kept stand before the next kept line, with what each group holds.
struct KeptGroups {
    groups: Vec<Vec<usize>>,
    /// The text each group holds (in Latin-equivalent characters).
    sizes: Vec<usize>,
    /// The largest group; of equals, the first.
    largest: usize,
}

impl KeptGroups {
    fn of(lines: &[Line], gap: usize) -> Option<KeptGroups> {
        let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (n, &i) in kept.iter().enumerate() {
            let apart = n == 0 || dropped_between(lines, kept[n - 1], i) >= gap;
            match groups.last_mut() {
                Some(group) if !apart => group.push(i),
                _ => groups.push(vec![i]),
            }
        }
        let sizes: Vec<usize> = groups.iter().map(|g| g.iter().map(|&i| lines[i].units).sum()).collect();
        let largest = (0..groups.len()).max_by_key(|&j| (sizes[j], std::cmp::Reverse(j)))?;
        Some(KeptGroups { groups, sizes, largest })
    }
}

/// The dropped lines that head each group of kept lines, by their shape: a thread's posts each
/// open with the same furniture (the author's post count, "Quote", "Reply").
struct GroupHeads {
    heads: Vec<FxHashSet<u64>>,
    /// How many groups each shape heads.
    heading: FxHashMap<u64, usize>,
}

impl GroupHeads {
    fn of(lines: &[Line], groups: &[Vec<usize>]) -> GroupHeads {
        let heads: Vec<FxHashSet<u64>> = groups.iter().map(|g| furniture_before(lines, g[0])).collect();
        let mut heading: FxHashMap<u64, usize> = FxHashMap::default();
        for &shape in heads.iter().flatten() {
            *heading.entry(shape).or_default() += 1;
        }
        GroupHeads { heads, heading }
    }

    /// Whether groups `j` and `k` are items of one list: headed by the same furniture, which
    /// heads at least [`MIN_LIST_ITEMS`] of the groups.
    fn shared(&self, j: usize, k: usize) -> bool {
        self.heads[j]
            .intersection(&self.heads[k])
            .filter(|shape| self.heading[*shape] >= MIN_LIST_ITEMS)
            .count()
            >= MIN_SHARED_HEAD_LINES
    }
}

/// The shown lines that are not kept between lines `a` and `b`.
fn dropped_between(lines: &[Line], a: usize, b: usize) -> usize {
    (a + 1..b).filter(|&j| lines[j].class != Class::Noise).count()
}

/// Where the text kept after the article's body begins to be trailing matter: kept lines are
/// grouped where [`TRAILING_GAP_LINES`] dropped lines stand between two, and after the largest
/// group, the first group from which on the kept text is less than [`TRAILING_SHARE`] of the
/// text before it starts what the page adds after its content (reviews, a policy, teasers).
/// A group headed as the largest one is another item of its list, not matter after it, and so
/// is a group before line `from` (a thread's last post).
fn trailing_matter_start(lines: &[Line], from: usize) -> Option<usize> {
    let KeptGroups { groups, sizes, largest } = KeptGroups::of(lines, TRAILING_GAP_LINES)?;
    let heads = GroupHeads::of(lines, &groups);
    // ...or a reply of a thread: replies open with the same furniture as the reply before or
    // after them, whatever heads the first post, and end their sentences, as a river of
    // teasers, each headed alike, does not.
    let same_list = |j: usize| {
        heads.shared(j, largest)
            || (groups[j].iter().any(|&i| units::ends_sentence(&lines[i].text))
                && [j - 1, j + 1]
                    .into_iter()
                    .any(|k| k > largest && k < groups.len() && heads.shared(j, k)))
    };
    (largest + 1..groups.len())
        .find(|&j| {
            groups[j][0] >= from
                && !same_list(j)
                && (sizes[j..].iter().sum::<usize>() as f64) < TRAILING_SHARE * sizes[..j].iter().sum::<usize>() as f64
        })
        .map(|j| groups[j][0])
}

/// Small boxes kept after the article (a note on the author, a promotion, a lone teaser):
/// groups of kept lines after the largest, with at least [`ISLAND_GAP_LINES`] dropped lines on
/// each side (or the dump's end after), holding less than [`ISLAND_SHARE`] of the largest
/// group's text, and not headed as it is (another item of its list, a reply).
fn drop_islands_after_the_article(lines: &mut [Line]) {
    let Some(KeptGroups { groups, sizes, largest }) = KeptGroups::of(lines, ISLAND_GAP_LINES) else {
        return;
    };
    let small_and_apart: Vec<usize> = (largest + 1..groups.len())
        .filter(|&j| {
            let apart_after = groups
                .get(j + 1)
                .is_none_or(|next| dropped_between(lines, groups[j][groups[j].len() - 1], next[0]) >= ISLAND_GAP_LINES);
            (sizes[j] as f64) < ISLAND_SHARE * sizes[largest] as f64 && apart_after
        })
        .collect();
    // The groups' furniture is read only where some group may be a box.
    if small_and_apart.is_empty() {
        return;
    }
    let heads = GroupHeads::of(lines, &groups);
    for j in small_and_apart.into_iter().filter(|&j| !heads.shared(j, largest)) {
        for &i in &groups[j] {
            lines[i].class = Class::Bad;
        }
    }
}

/// Excerpts that make a river of teasers: at least this many kept lines cut short with an
/// ellipsis, each at most [`MAX_EXCERPT_GAP`] kept lines after the one before (a teaser's title
/// and date stand between).
const MIN_TEASER_EXCERPTS: usize = 3;
const MAX_EXCERPT_GAP: usize = 3;
/// A line cut short is an excerpt from this length on; shorter, it may be a label ("More...").
const MIN_EXCERPT_UNITS: usize = 16;
/// The share of the kept text, and the least of it, that must stand before a river of teasers
/// for it to follow an article rather than be the page's own list under its introduction.
const ARTICLE_BEFORE_TEASERS_SHARE: f64 = 0.3;
const ARTICLE_BEFORE_TEASERS_UNITS: usize = 500;

/// Whether a text is cut short with an ellipsis, as an excerpt of another page is.
fn is_cut_short(text: &str) -> bool {
    let text = text.trim_end();
    text.ends_with("...") || text.ends_with('…')
}

/// Where a river of teasers begins after the article: excerpts of other pages, each cut short
/// with an ellipsis ("The most common way to take asthma medicine is with an inhal..."), which
/// an article's own paragraphs are not; the title over the first excerpt goes with them.
fn teaser_river_start(lines: &[Line]) -> Option<usize> {
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
    // A program's output cut short ("Computing factorial(2), i=2...") is no teaser.
    let is_excerpt =
        |i: usize| lines[i].units >= MIN_EXCERPT_UNITS && is_cut_short(&lines[i].text) && !is_code(&lines[i].text);
    let total: usize = kept.iter().map(|&i| lines[i].units).sum();
    let mut n = 0;
    while n < kept.len() {
        if !is_excerpt(kept[n]) {
            n += 1;
            continue;
        }
        // The run of excerpts from this one.
        let mut last = n;
        let mut excerpts = 1;
        let mut m = n + 1;
        while m < kept.len() && m <= last + MAX_EXCERPT_GAP {
            if is_excerpt(kept[m]) {
                last = m;
                excerpts += 1;
            }
            m += 1;
        }
        if excerpts >= MIN_TEASER_EXCERPTS {
            let titled = n > 0 && {
                let above = &lines[kept[n - 1]];
                above.units < LONG_UNITS && !units::ends_sentence(&above.text)
            };
            let start = if titled { n - 1 } else { n };
            let before: usize = kept[..start].iter().map(|&i| lines[i].units).sum();
            if before >= ARTICLE_BEFORE_TEASERS_UNITS && before as f64 >= ARTICLE_BEFORE_TEASERS_SHARE * total as f64 {
                return Some(kept[start]);
            }
        }
        n = last + 1;
    }
    None
}

/// Lines a rating bar may span: its star count, and its count or share of reviews.
const MAX_RATING_BAR_WORDS: usize = 4;
/// Lines apart two bars of a rating summary may stand (a bar's count on a line of its own).
const MAX_RATING_BAR_GAP: usize = 2;
/// Bars that must show a count or share besides their star count: a countdown ("5 months
/// out" ... "1 month out") steps down as a summary does, but counts nothing.
const MIN_COUNTED_BARS: usize = 3;
/// Lines before its bars a rating summary's head may hold (its heading, the average, the
/// number of reviews, how many recommend).
const MAX_RATING_HEAD_LINES: usize = 6;

/// A short line's star count: its last one-digit number from 1 to 5 ("4 stars", "94% 4 Stars",
/// "106 4 stars", "5 1 stars"), and whether it shows another figure besides (a count, a share).
fn rating_bar(line: &Line) -> Option<(u8, bool)> {
    // Most lines hold no digit from 1 to 5, and are no bar: told a byte at a time.
    if line.class == Class::Noise
        || line.words > MAX_RATING_BAR_WORDS
        || !line.text.bytes().any(|b| matches!(b, b'1'..=b'5'))
    {
        return None;
    }
    let numbers = line
        .text
        .split(|c: char| !c.is_ascii_digit() && c != '.' && c != ',')
        .map(|n| n.trim_matches(|c| c == '.' || c == ','))
        .filter(|n| !n.is_empty());
    // The count stands before the star count when both are one digit ("5 1 stars"): the last
    // such digit is the star count.
    let (mut star, mut count) = (None, 0);
    for number in numbers {
        count += 1;
        if let [digit @ b'1'..=b'5'] = number.as_bytes() {
            star = Some(digit - b'0');
        }
    }
    Some((star?, count > 1))
}

/// Where the reviews shown after the article begin: at a rating summary, five short lines
/// stepping down from five stars to one, most of which count their reviews; the lines just
/// before it that hold a figure or few words are its head ("Reviews", "4.4", "159 reviews").
/// Reviews shown after a product's description are the shoppers' text, not the page's.
fn rating_summary_start(lines: &[Line]) -> Option<usize> {
    let first_good = lines.iter().position(|l| l.class == Class::Good)?;
    let bars: Vec<Option<(u8, bool)>> = lines.iter().map(rating_bar).collect();
    let summary = (first_good + 1..lines.len()).find(|&i| {
        if bars[i].map(|(star, _)| star) != Some(5) {
            return false;
        }
        let (mut at, mut counted) = (i, usize::from(bars[i].is_some_and(|(_, c)| c)));
        for star in (1..5).rev() {
            let next = (at + 1..(at + 1 + MAX_RATING_BAR_GAP).min(lines.len()))
                .find(|&j| bars[j].is_some_and(|(s, _)| s == star));
            match next {
                Some(j) => {
                    at = j;
                    counted += usize::from(bars[j].is_some_and(|(_, c)| c));
                }
                None => return false,
            }
        }
        counted >= MIN_COUNTED_BARS
    })?;
    let mut start = summary;
    for _ in 0..MAX_RATING_HEAD_LINES {
        match previous(lines, start) {
            Some(j)
                if j > first_good && (lines[j].menu_like || lines[j].text.contains(|c: char| c.is_ascii_digit())) =>
            {
                start = j
            }
            _ => break,
        }
    }
    Some(start)
}

/// Most words of a review's score line, with the review's title beside it ("5.0 out of 5
/// stars Durable and customizable fit with great sound").
const MAX_SCORE_WORDS: usize = 12;
/// Lines below its score within which a review's text begins.
const REVIEW_TEXT_REACH: usize = 3;
/// Most lines from one review's score to the next.
const MAX_REVIEW_GAP_LINES: usize = 20;
/// Fewest reviews in a row that end the page's content.
const MIN_REVIEWS: usize = 2;
/// Least kept text above the reviews: a description of the product.
const MIN_UNITS_ABOVE_REVIEWS: usize = 900;

/// Where shoppers' reviews begin after a product's description: at the first of
/// [`MIN_REVIEWS`] reviews in a row, each a score line of its own ("5.0 out of 5 stars", "4.7
/// / 5", "5 von 5 Sternen") that is not kept, with kept text of a sentence's length below it
/// before the next score. A table of one product's scores has no text between them; a grid of
/// rated products has no sentences. The reviews are the shoppers' text, not the page's.
fn reviews_start(lines: &[Line]) -> Option<usize> {
    let first_good = lines.iter().position(|l| l.class == Class::Good)?;
    let scores: Vec<usize> = (first_good + 1..lines.len())
        .filter(|&i| lines[i].class != Class::Good && lines[i].units < LONG_UNITS && is_score_line(&lines[i].text))
        .collect();
    let reviews: Vec<usize> = scores
        .iter()
        .enumerate()
        .filter(|&(n, &i)| {
            let next = scores.get(n + 1).map_or(lines.len(), |&j| j);
            (i + 1..next.min(i + 1 + REVIEW_TEXT_REACH))
                .any(|j| lines[j].class == Class::Good && lines[j].units >= SHORT_UNITS)
        })
        .map(|(_, &i)| i)
        .collect();
    // The first review of each run of reviews close enough together.
    let mut start = 0;
    for n in 0..reviews.len() {
        if n > 0 && reviews[n] - reviews[n - 1] > MAX_REVIEW_GAP_LINES {
            start = n;
        }
        if n + 1 - start == MIN_REVIEWS && kept_units(&lines[..reviews[start]]) >= MIN_UNITS_ABOVE_REVIEWS {
            return Some(reviews[start]);
        }
    }
    None
}

/// Whether a short line gives a score out of five: a figure up to five, then a slash or one or
/// two words, then the five ("4.7 / 5", "4.5/5", "Rated 4 out of 5", "5 von 5 Sternen").
fn is_score_line(text: &str) -> bool {
    // Most lines hold no five, which is the quickest to see.
    if !text.contains('5') {
        return false;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    if tokens.len() > MAX_SCORE_WORDS {
        return false;
    }
    let token = |k: usize| tokens.get(k).copied().unwrap_or_default();
    let is_word = |t: &str| !t.is_empty() && t.chars().all(char::is_alphabetic);
    (0..tokens.len()).any(|i| {
        if let Some((score, scale)) = tokens[i].split_once('/') {
            return is_score(score) && (is_five(scale) || scale.is_empty() && is_five(token(i + 1)));
        }
        is_score(tokens[i])
            && match token(i + 1) {
                "/" => is_five(token(i + 2)),
                next => match next.strip_prefix('/') {
                    Some(scale) => is_five(scale),
                    None => is_word(next) && (is_five(token(i + 2)) || is_word(token(i + 2)) && is_five(token(i + 3))),
                },
            }
    })
}

/// Whether a token is a score out of five: "4", "4.5", "4,5", "(5".
fn is_score(token: &str) -> bool {
    match token.strip_prefix('(').unwrap_or(token).as_bytes() {
        [whole] => (b'0'..=b'5').contains(whole),
        [whole, b'.' | b',', tenth] => (b'0'..=b'5').contains(whole) && tenth.is_ascii_digit(),
        _ => false,
    }
}

/// Whether a token is the scale's five, with nothing but a closing mark after it ("5", "5)").
fn is_five(token: &str) -> bool {
    token.strip_prefix('5').is_some_and(|rest| {
        rest.chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '.' | ',' | ':' | '/')))
    })
}

/// A site's note kept right over its copyright line (a disclaimer) is at most this many lines,
/// with the copyright line among the next this many shown.
const MAX_COPYRIGHT_NOTE_LINES: usize = 2;
const COPYRIGHT_AFTER_NOTE_LINES: usize = 2;
/// Lines just above a footer's copyright line that are read for whether it stands apart.
const FOOTER_ABOVE_LINES: usize = 5;
/// Of those, how many at least are not kept: the footer's menus, not the article.
const MIN_FOOTER_ABOVE_DROPPED: usize = 3;
/// The least share of the kept text that stands above the footer: a page whose dump shows its
/// footer near the top keeps its article below it.
const MIN_ABOVE_FOOTER_SHARE: f64 = 0.2;

/// Where the page's footer begins: at its copyright line, a short line with a year and a
/// copyright sign or word, not kept, with most of the lines just above it not kept either (a
/// photo's credit stands inside the article), and a fifth of the kept text at least above it.
/// What a dump shows after the footer is what the page opened over itself (a consent dialog, a
/// policy, a form) or its footnotes, not its content.
fn footer_start(lines: &[Line]) -> Option<usize> {
    let first_good = lines.iter().position(|l| l.class == Class::Good)?;
    let total = kept_units(lines);
    let mut above = 0;
    for (i, line) in lines.iter().enumerate().skip(first_good) {
        if line.class == Class::Good {
            above += line.units;
            continue;
        }
        if !is_footer_copyright(line) {
            continue;
        }
        let dropped_above = lines[i.saturating_sub(FOOTER_ABOVE_LINES)..i]
            .iter()
            .filter(|l| l.class != Class::Good)
            .count();
        if dropped_above >= MIN_FOOTER_ABOVE_DROPPED
            && above < total
            && above as f64 >= MIN_ABOVE_FOOTER_SHARE * total as f64
        {
            return Some(i);
        }
    }
    None
}

/// Whether a line is a footer's copyright line: short ("© 2025 The Paper. All rights
/// reserved."), where a sentence that mentions a copyright is prose.
fn is_footer_copyright(line: &Line) -> bool {
    line.units < LONG_UNITS && is_copyright_line(&line.key)
}

/// Whether a lower-cased line claims a copyright: a year, and the sign, "(c)" or the word
/// ("© 2025 The Paper", "Copyright 1995-2025 ...").
fn is_copyright_line(key: &str) -> bool {
    // Most lines hold no year, which is the quickest to see.
    holds_year(key)
        && (key.contains('©')
            || key.contains("(c)")
            || key.split(|c: char| !c.is_alphanumeric()).any(|w| w == "copyright"))
}

/// Whether a text holds a year of these centuries as a number of its own ("2025", "1995-2025").
fn holds_year(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut digits = 0;
    for (i, b) in bytes.iter().enumerate() {
        if b.is_ascii_digit() {
            digits += 1;
            continue;
        }
        if digits == 4 && matches!(&bytes[i - 4..i - 2], b"19" | b"20") {
            return true;
        }
        digits = 0;
    }
    digits == 4 && matches!(&bytes[bytes.len() - 4..bytes.len() - 2], b"19" | b"20")
}

/// Where a note about the article's author begins among its last kept lines: at the first kept
/// line that opens with the full name the byline gave (two words at least: one word may be any
/// word), or, for a paragraph, with that name's first word when it is no stopword of the
/// document's language ("Anna is a science writer..."), and after which the kept text is less
/// than [`AUTHOR_NOTE_SHARE`] of the text before it.
fn author_note_start(lines: &[Line], author: Option<&str>, language: Option<&str>, lexicon: &Lexicon) -> Option<usize> {
    let names: Vec<&str> = author?
        .split([';', ','])
        .map(str::trim)
        .filter(|name| name.split_whitespace().nth(1).is_some())
        .collect();
    if names.is_empty() {
        return None;
    }
    // A name's first word, where it is a name and not a word of the language ("The", "From").
    let first_names: Vec<&str> = names
        .iter()
        .filter_map(|name| name.split_whitespace().next())
        .filter(|first| first.chars().next().is_some_and(char::is_uppercase))
        .filter(|first| language.is_some_and(|lang| lexicon.stopword_density(first, lang) == Some(0.0)))
        .collect();
    let opens_with = |text: &str, name: &str| {
        text.strip_prefix(name)
            .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    };
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
    let total: usize = kept.iter().map(|&i| lines[i].units).sum();
    let mut before = 0;
    for &i in &kept {
        let line = &lines[i];
        let after = total - before;
        if before > 0 && (after as f64) < AUTHOR_NOTE_SHARE * before as f64 {
            let named = names.iter().any(|name| opens_with(&line.text, name))
                || (line.units >= MIN_FIRST_NAME_NOTE_UNITS
                    && first_names
                        .iter()
                        .any(|first| opens_with(&line.text, first) && line.text[first.len()..].starts_with(' ')));
            if named {
                // The note's heading goes with it: short kept lines right before, no sentence.
                let heads = kept
                    .iter()
                    .rev()
                    .skip_while(|&&k| k >= i)
                    .take(AUTHOR_NOTE_HEAD_LINES)
                    .take_while(|&&k| lines[k].words <= MAX_BYLINE_WORDS && !units::ends_sentence(&lines[k].text))
                    .last();
                return Some(heads.copied().unwrap_or(i));
            }
        }
        before += line.units;
    }
    None
}

/// A line's shape: its text lower-cased with every digit a `0` ("posts: 000"), hashed.
fn line_shape(key: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = FxHasher::default();
    for c in key.chars() {
        hasher.write_u32(if units::is_numeric(c) { '0' } else { c } as u32);
    }
    hasher.finish()
}

/// Drops a kept line of prose's length that an earlier kept line says word for word: the
/// second time a page shows a paragraph is a copy (a reply quoting the post it answers, the
/// content laid out again for another screen), and the text is the page's once.
fn drop_repeats(lines: &mut [Line]) {
    let mut seen: FxHashSet<&str> = FxHashSet::default();
    let repeats: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class == Class::Good && lines[i].units >= MIN_REPEAT_UNITS)
        .filter(|&i| !seen.insert(lines[i].key.as_str()))
        .collect();
    for i in repeats {
        lines[i].class = Class::Bad;
    }
}

/// Drops a long kept line that the other kept lines already say: a page that offers its
/// article for republishing, or as Markdown, shows it a second time on one line. Longest
/// first, so that the copy goes and the paragraphs it repeats stay.
fn drop_copies(lines: &mut [Line]) {
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
    // Most dumps have no line long enough to be a copy, and nothing to count; a line alone
    // copies nothing.
    let copy_words = MIN_COPY_GRAMS + COPY_GRAM_WORDS - 1;
    // (Words are apart, so a line of that many is at least twice as many bytes long, less one.)
    if kept.len() < 2
        || !kept
            .iter()
            .any(|&i| lines[i].key.len() >= 2 * copy_words - 1 && words_of(&lines[i].key).nth(copy_words - 1).is_some())
    {
        return;
    }
    let grams: Vec<Vec<u64>> = kept.iter().map(|&i| word_grams(&lines[i].key)).collect();
    let mut count: FxHashMap<u64, usize> = FxHashMap::default();
    for gram in grams.iter().flatten() {
        *count.entry(*gram).or_default() += 1;
    }
    let mut longest: Vec<usize> = (0..kept.len()).filter(|&k| grams[k].len() >= MIN_COPY_GRAMS).collect();
    longest.sort_by_key(|&k| std::cmp::Reverse(grams[k].len()));
    for k in longest {
        // A gram counts once in its own line; others must hold it too.
        let mut own: FxHashMap<u64, usize> = FxHashMap::default();
        for gram in &grams[k] {
            *own.entry(*gram).or_default() += 1;
        }
        let said = grams[k].iter().filter(|gram| count[gram] > own[gram]).count();
        if said as f64 >= COPY_SHARE * grams[k].len() as f64 {
            lines[kept[k]].class = Class::Bad;
            for gram in &grams[k] {
                *count.get_mut(gram).expect("counted") -= 1;
            }
        }
    }
}

/// A text's words, as runs of letters and digits, for telling copies.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !units::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
}

/// The hashes of a text's runs of [`COPY_GRAM_WORDS`] words.
fn word_grams(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    // The last few words, in a window that moves along the text: a line may be megabytes.
    let mut gram = [""; COPY_GRAM_WORDS];
    let mut grams = Vec::new();
    for (n, word) in words_of(text).enumerate() {
        gram.rotate_left(1);
        gram[COPY_GRAM_WORDS - 1] = word;
        if n + 1 >= COPY_GRAM_WORDS {
            let mut hasher = FxHasher::default();
            gram.as_slice().hash(&mut hasher);
            grams.push(hasher.finish());
        }
    }
    grams
}

/// Each run of a recurring line's occurrences that come every few lines: where they stop
/// doing so (a label that also stands in a menu, an item without it, two lists with the same
/// button), one list ends and another may begin.
fn regular_runs(positions: &[usize]) -> Vec<&[usize]> {
    let mut runs = Vec::new();
    let mut start = 0;
    for n in 1..=positions.len() {
        let regular = n < positions.len() && (2..=MAX_ITEM_LINES).contains(&(positions[n] - positions[n - 1]));
        if !regular {
            if n - start >= MIN_LIST_ITEMS {
                runs.push(&positions[start..n]);
            }
            start = n;
        }
    }
    runs
}

/// Each run of an index's letters: single letters in alphabetical order, each over entries
/// of its own, however many (the contents' row of letters, one to a line, is not a run).
fn index_runs<'a>(positions: &'a [usize], lines: &[Line]) -> Vec<&'a [usize]> {
    let letter = |i: usize| lines[i].key.trim().chars().next();
    let mut runs = Vec::new();
    let mut start = 0;
    for n in 1..=positions.len() {
        let follows = n < positions.len()
            && positions[n] - positions[n - 1] >= 2
            && letter(positions[n]) > letter(positions[n - 1]);
        if !follows {
            if n - start >= MIN_LIST_ITEMS {
                runs.push(&positions[start..n]);
            }
            start = n;
        }
    }
    runs
}

/// A listing's items: where a line recurs every few lines (a button, a label after each item),
/// the lines between its occurrences are the items of a list. Item lines are short and the
/// separators repeat, so line by line they all look like chrome; when the items hold more text
/// than the article found besides, the list is the page's content (a shop's products, a
/// chart, search results, a thread's posts) and its items are kept: the lines the page shows
/// once, and those that recur only inside the list and on fewer items than all (a label some
/// items carry, a job's place, a stock note). A list that ends before `headline_at`, the line
/// where the page shows its headline, is its menus' (a shop's brands from A to Z). When the
/// largest list starts after an article ([`ARTICLE_BEFORE_LIST_UNITS`] and most of the text
/// kept so far before it), it is what the page adds after its article (more news, each piece
/// with its byline), and no list is kept.
fn keep_item_list(lines: &mut [Line], lexicon: &Lexicon, headline_at: usize) {
    let at = Occurrences::of_shown(lines);
    // Separators may also differ line to line in their numbers, or be an index's letters:
    // lines of one shape recur.
    let shapes: Vec<Option<(String, Heads)>> = lines.iter().map(separator_shape).collect();
    let mut shaped: FxHashMap<&str, (Vec<usize>, Heads)> = FxHashMap::default();
    for (i, shape) in shapes.iter().enumerate().filter(|&(i, shape)| {
        // A line without letters separates items by its figures' shape (each item's price).
        lines[i].class != Class::Noise || shape.as_ref().is_some_and(|(_, heads)| *heads == Heads::Nothing)
    }) {
        if let Some((shape, heads)) = shape {
            let positions = &mut shaped.entry(shape.as_str()).or_insert((Vec::new(), *heads)).0;
            // An index's letter shown again a few lines on heads the same entries (a heading,
            // then its anchor after an "edit" link): one head, not two.
            let again = *heads == Heads::Item
                && positions
                    .last()
                    .is_some_and(|&j| i - j <= INDEX_LETTER_AGAIN_LINES && lines[j].key == lines[i].key);
            if !again {
                positions.push(i);
            }
        }
    }
    // Each run, with how many times the article's text its items must exceed (a line
    // recurring as it is marks a list more surely than lines of one shape) and the lines its
    // items span. In the dump's order, so that the choice never depends on the table's.
    let span = |positions: &[usize], heads: Heads| item_span(positions, heads, lines.len());
    let recurring: Vec<Separators> = at
        .values()
        .filter(|p| p.len() >= MIN_LIST_ITEMS)
        .flat_map(|p| regular_runs(p))
        .map(|run| Separators::verbatim(run, span(run, Heads::Nothing)))
        .chain(
            shaped
                .values()
                .filter(|(p, _)| p.len() >= MIN_LIST_ITEMS)
                .flat_map(|(p, heads)| {
                    let runs = match heads {
                        Heads::Item => index_runs(p, lines),
                        Heads::Nothing | Heads::Byline => regular_runs(p),
                    };
                    runs.into_iter().map(|run| (run, *heads))
                })
                .map(|(run, heads)| Separators {
                    positions: run,
                    verbatim: false,
                    span: span(run, heads),
                    heads,
                }),
        )
        .collect();
    largest_list(lines, lexicon, headline_at, &at, recurring, 0.0).keep(lines);
}

/// Lines after a thread's first stamp within which its next ones are looked for.
const THREAD_STAMP_LINES: usize = 40;
/// How many lines before a list's last item a thread after it may begin (the list's span may
/// reach into the thread's first post).
const THREAD_BEFORE_LIST_END: usize = 2;

/// Whether a line is a post's stamp: a few words with a clock time ("Jul 28, 2008 09:08PM").
fn is_stamp(line: &Line) -> bool {
    line.words <= MAX_STAMP_WORDS && shows_clock_time(&line.text)
}

/// Where threads of readers' posts begin: a stamp not kept with [`MIN_LIST_ITEMS`] stamps in
/// all within [`THREAD_STAMP_LINES`] lines.
fn thread_starts(lines: &[Line], stamped: &[bool]) -> Vec<usize> {
    (0..lines.len())
        .filter(|&i| {
            stamped[i]
                && lines[i].class != Class::Good
                && stamped[i + 1..].iter().take(THREAD_STAMP_LINES).filter(|&&s| s).count() + 1 >= MIN_LIST_ITEMS
        })
        .collect()
}

/// The list [`largest_list`] chooses: its items, and where the thread of comments it won over
/// begins, if it won only without it.
#[derive(Debug, Default)]
struct ChosenList {
    items: Vec<usize>,
    comments_from: Option<usize>,
}

impl ChosenList {
    /// Keeps the list's items and drops the comments it won over.
    fn keep(self, lines: &mut [Line]) {
        for i in self.items {
            lines[i].class = Class::Good;
        }
        if let Some(from) = self.comments_from {
            for line in &mut lines[from..] {
                if line.class == Class::Good {
                    line.class = Class::Bad;
                }
            }
        }
    }
}

/// The lines a list's items span, from the runs of its separators: each item after its head
/// (the last as far as the others reach), or before the line that closes it (the first as far
/// as the others reach, or from the dump's first line).
fn item_span(positions: &[usize], heads: Heads, lines: usize) -> Range<usize> {
    let (first, last) = (positions[0], positions[positions.len() - 1]);
    match heads {
        Heads::Item => first + 1..(last + last - positions[positions.len() - 2]).min(lines),
        Heads::Nothing | Heads::Byline => (first + 1).saturating_sub(positions[1] - first)..last,
    }
}

/// The text of the lines that `counts` before each line, and of all of them last.
fn units_before(lines: &[Line], counts: impl Fn(&Line) -> bool) -> Vec<usize> {
    std::iter::once(0)
        .chain(lines.iter().scan(0, |sum, l| {
            *sum += if counts(l) { l.units } else { 0 };
            Some(*sum)
        }))
        .collect()
}

/// A run of a list's separators.
struct Separators<'a> {
    /// The lines that are its separators.
    positions: &'a [usize],
    /// Whether they are one line recurring as it is, rather than lines of one shape.
    verbatim: bool,
    /// The lines its items span.
    span: Range<usize>,
    /// What the separators are to the items.
    heads: Heads,
}

impl<'a> Separators<'a> {
    /// A run of one line recurring as it is, each after its item.
    fn verbatim(positions: &'a [usize], span: Range<usize>) -> Separators<'a> {
        Separators {
            positions,
            verbatim: true,
            span,
            heads: Heads::Nothing,
        }
    }

    /// How many times the article's text its items must exceed: a line recurring as it is
    /// marks a list more surely than lines of one shape.
    fn over_article(&self) -> f64 {
        match self.verbatim {
            true => 1.0,
            false => SHAPED_LIST_OVER_ARTICLE,
        }
    }
}

/// The items of the largest list that is the page's content, of the lists these runs of
/// separators mark: its items (the lines shown once in its span, or only there) hold more text
/// than the article found so far ([`MIN_LIST_UNITS`] at least), and at least `min_new_share`
/// of that text is not kept yet. `at` holds where each line's text is shown.
///
/// A thread of readers' posts right after a list, with nothing kept between, is the list's
/// comments, not an article it must outweigh (unless the list is a thread itself, stamped as
/// they are); where the list wins only without them, they go. The other runs of the chosen
/// list's separator after the headline are more of its items: one list parted by headings (an
/// award's categories, an index's letters).
fn largest_list(
    lines: &[Line],
    lexicon: &Lexicon,
    headline_at: usize,
    at: &Occurrences,
    mut recurring: Vec<Separators>,
    min_new_share: f64,
) -> ChosenList {
    let article_units = kept_units(lines);
    // The text kept before each line.
    let kept_before = units_before(lines, |l| l.class == Class::Good);
    // The stamps and threads, read only when a list may win.
    let stamps: std::cell::OnceCell<(Vec<bool>, Vec<usize>)> = std::cell::OnceCell::new();
    // The text kept that a list must outweigh, and the thread of comments after it left out.
    let rival = |positions: &[usize], span: &Range<usize>| -> (usize, Option<usize>) {
        let (stamped, threads) = stamps.get_or_init(|| {
            let stamped: Vec<bool> = lines.iter().map(is_stamp).collect();
            let threads = thread_starts(lines, &stamped);
            (stamped, threads)
        });
        let last = positions[positions.len() - 1];
        let stamps_its_items =
            positions.iter().any(|&p| shows_clock_time(&lines[p].text)) || span.clone().any(|k| stamped[k]);
        let from = span.end.max(last + 1).saturating_sub(THREAD_BEFORE_LIST_END);
        let comments = threads
            .iter()
            .copied()
            .find(|&t| t >= from && t > last && kept_before[t] == kept_before[last])
            .filter(|&t| !stamps_its_items && kept_before[lines.len()] > kept_before[t]);
        match comments {
            Some(t) => (kept_before[t], Some(t)),
            None => (article_units, None),
        }
    };
    let unique = |i: usize| at.get(lines[i].key.as_str()).is_some_and(|p| p.len() == 1);
    // Whether a line is a site's phrasing (boilerplate, a consent notice), asked once however
    // many candidate lists hold it.
    let sites: Vec<std::cell::OnceCell<bool>> = vec![std::cell::OnceCell::new(); lines.len()];
    // The items of a run's list: the lines shown once in its span, or only there, but for the
    // site's phrasing.
    let items_of = |positions: &[usize], span: &Range<usize>| -> Vec<usize> {
        let attribute = |i: usize| {
            let at = &at[lines[i].key.as_str()];
            at.len() < positions.len() && at.iter().all(|j| span.contains(j))
        };
        span.clone()
            .filter(|&i| lines[i].class != Class::Noise && (unique(i) || attribute(i)))
            .filter(|&i| !*sites[i].get_or_init(|| lines[i].phrasing.is_sites(&lines[i].key, lexicon)))
            .collect()
    };
    let size_of = |items: &[usize]| items.iter().map(|&i| lines[i].units).sum::<usize>();
    recurring.sort_unstable_by_key(|run| (run.span.start, run.positions[0], run.span.end));
    // The largest list that is the content: its size, its items, the run that marks it and the
    // comments after it left out.
    let mut best: Option<(usize, Vec<usize>, usize, Option<usize>)> = None;
    // A list whose separators are figures alone (each item's price) is the content only where
    // no list separated by words is.
    let mut best_by_figures: Option<(usize, Vec<usize>, usize, Option<usize>)> = None;
    // The text of the lines shown up to each line: what a list spanning some lines could hold
    // at most, so that a list that could not win is not read item by item.
    let shown_units = units_before(lines, |l| l.class != Class::Noise);
    for (n, run) in recurring.iter().enumerate() {
        let (positions, span, over_article) = (run.positions, &run.span, run.over_article());
        if span.end <= headline_at {
            continue;
        }
        let at_most = shown_units[span.end] - shown_units[span.start];
        let by_figures = lines[positions[0]].class == Class::Noise;
        let best_yet = if by_figures { &best_by_figures } else { &best };
        if at_most < MIN_LIST_UNITS || best_yet.as_ref().is_some_and(|(largest, ..)| at_most <= *largest) {
            continue;
        }
        let (rival_units, comments) = rival(positions, span);
        if at_most as f64 <= over_article * rival_units as f64 {
            continue;
        }
        // Bylines are the separators of a list of pieces, each of which says something: a
        // menu's entries sharing a word are not.
        if run.heads == Heads::Byline && !items_hold_prose(lines, positions) {
            continue;
        }
        let items = items_of(positions, span);
        let size = size_of(&items);
        let new: usize = items
            .iter()
            .filter(|&&i| lines[i].class != Class::Good)
            .map(|&i| lines[i].units)
            .sum();
        let content = size >= MIN_LIST_UNITS
            && size as f64 > over_article * rival_units as f64
            && new as f64 >= min_new_share * size as f64;
        // The largest list that is the content; of equals, the first.
        let best = if by_figures { &mut best_by_figures } else { &mut best };
        if content && best.as_ref().is_none_or(|(largest, ..)| size > *largest) {
            // The comments go only where the list wins over the text before them alone.
            let wins_only_without = size as f64 <= over_article * article_units as f64;
            *best = Some((size, items, n, comments.filter(|_| wins_only_without)));
        }
    }
    // The other runs of the best list's separator, after the headline and apart from its span.
    if let Some((_, items, n, _)) = best.as_mut() {
        let chosen = &recurring[*n];
        // Separators recurring verbatim are one by their text, others by their shape.
        let separator = |p: usize| match chosen.verbatim {
            true => Some(lines[p].key.clone()),
            false => separator_shape(&lines[p]).map(|(shape, _)| shape),
        };
        let its_separator = separator(chosen.positions[0]);
        let more: Vec<usize> = recurring
            .iter()
            .filter(|other| {
                other.positions[0] != chosen.positions[0]
                    && other.verbatim == chosen.verbatim
                    && other.span.start >= headline_at
                    && (other.span.end <= chosen.span.start || chosen.span.end <= other.span.start)
                    && separator(other.positions[0]) == its_separator
            })
            .map(|other| items_of(other.positions, &other.span))
            .filter(|other_items| size_of(other_items) >= MIN_LIST_UNITS)
            .flatten()
            .collect();
        items.extend(more);
    }
    // A list whose first separator comes after an article (most of the text kept so far, and
    // an article's length, before it) is what the page lists after its article (more news,
    // each piece with its byline and date): no content however long.
    let follows_an_article = |first: usize| {
        let before = kept_units(&lines[..first]);
        before >= ARTICLE_BEFORE_LIST_UNITS && 2 * before >= article_units
    };
    best.or(best_by_figures)
        .filter(|(_, _, n, _)| !follows_an_article(recurring[*n].positions[0]))
        .map(|(_, items, _, comments_from)| ChosenList { items, comments_from })
        .unwrap_or_default()
}

/// Most words of the label before a dated list's date, unless the line is a dateline or a
/// byline: a thread's field ("Start date Jul 18, 2024") dates no item.
const MAX_DATE_LABEL_WORDS: usize = 1;
/// The least share of a dated list's text not kept yet: a thread whose posts are kept already
/// would gain only their furniture.
const MIN_NEW_DATED_LIST_SHARE: f64 = 0.4;

/// Keeps a list of cards or teasers that each close with a date, worded as it may be ("Mar 07,
/// 2026 | 4 min read", "Mar 07, 2026 · 4 min read", "By Ann Lee • Dec. 19, 2025"): together,
/// short date lines separate the items as one line recurring would, where each wording alone
/// recurs too little. Read among the article's lines, once its end is found: a river of dated
/// teasers after an article lies past it.
fn keep_dated_list(lines: &mut [Line], lexicon: &Lexicon, headline_at: usize) {
    let dated: Vec<usize> = (0..lines.len())
        .filter(|&i| closes_an_item_with_its_date(lines, i, lexicon))
        .collect();
    if dated.len() < MIN_LIST_ITEMS {
        return;
    }
    let at = Occurrences::of_shown(lines);
    let runs: Vec<Separators> = regular_runs(&dated)
        .into_iter()
        .map(|run| Separators::verbatim(run, item_span(run, Heads::Nothing, lines.len())))
        .collect();
    largest_list(lines, lexicon, headline_at, &at, runs, MIN_NEW_DATED_LIST_SHARE).keep(lines);
}

/// Where a river of dated teasers begins after the article: at least [`MIN_LIST_ITEMS`] item
/// dates not kept, each at most [`MAX_RIVER_DATE_GAP`] lines after the one before and each
/// followed within [`RIVER_EXCERPT_LINES`] lines by a kept paragraph (the teaser's excerpt),
/// the first set apart from the kept text above it by at least [`RIVER_GAP_LINES`] dropped
/// lines, with at least [`ARTICLE_BEFORE_RIVER_SHARE`] of the kept text above it. A listing's own dated items
/// follow its introduction closely, or outweigh it.
fn dated_river_start(lines: &[Line], lexicon: &Lexicon) -> Option<usize> {
    // A date is read only over a kept excerpt.
    let dated: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].class != Class::Good
                && lines[i + 1..]
                    .iter()
                    .take(RIVER_EXCERPT_LINES)
                    .any(|l| l.class == Class::Good && l.units >= SHORT_UNITS)
        })
        .filter(|&i| closes_an_item_with_its_date(lines, i, lexicon))
        .collect();
    if dated.len() < MIN_LIST_ITEMS {
        return None;
    }
    let total = kept_units(lines);
    let mut n = 0;
    while n + MIN_LIST_ITEMS <= dated.len() {
        let mut m = n;
        while m + 1 < dated.len() && dated[m + 1] - dated[m] <= MAX_RIVER_DATE_GAP {
            m += 1;
        }
        let at = dated[n];
        if m + 1 - n >= MIN_LIST_ITEMS {
            let before = kept_units(&lines[..at]);
            let apart = lines[..at]
                .iter()
                .rposition(|l| l.class == Class::Good)
                .is_some_and(|p| dropped_between(lines, p, at) >= RIVER_GAP_LINES);
            if apart && before > 0 && before as f64 >= ARTICLE_BEFORE_RIVER_SHARE * total as f64 {
                return Some(at);
            }
        }
        n = m + 1;
    }
    None
}

/// Whether line `i` is an item's date: a short date line that is not a post's stamp (with a
/// clock time), a field ("Joined:" over it, a label of its own before it) or a member's date.
fn closes_an_item_with_its_date(lines: &[Line], i: usize, lexicon: &Lexicon) -> bool {
    let line = &lines[i];
    // Every date read has its year: most lines have none, which is the quickest to see.
    if line.class == Class::Noise || line.units >= SHORT_UNITS || !holds_year(&line.text) {
        return false;
    }
    let text = line.text.trim();
    let Some(label) = html::date_line_label(text) else {
        return false;
    };
    let labelled = || {
        units::words(label, MAX_DATE_LABEL_WORDS + 1) > MAX_DATE_LABEL_WORDS
            && !lexicon.is_dateline(text)
            && !html::is_byline(text)
    };
    let members =
        || previous(lines, i).is_some_and(|p| html::labels_a_members_date(lines[p].key.trim().trim_end_matches(':')));
    !shows_clock_time(text) && field_parts(text).is_none() && !labelled() && !members()
}

/// A list of records that each show the same fields, a label on one line and its value on the
/// next ("Weight:" over "2 oz", "Support:" over "Neutral"): a shop's cards with their details,
/// a catalogue's entries. The records are too long, field by field, for [`keep_item_list`]'s
/// items, and each line is too short to judge alone. A label that recurs [`MIN_LIST_ITEMS`]
/// times, every few lines ([`MAX_RECORD_LINES`] at most), each time over a value (not always
/// the same one), opens a field of each record; the lines from one of its occurrences to the
/// next are a record: its fields with their values, and the lines the page shows once (the
/// next card's name, its price). When the records hold more text than the article found
/// besides, they are the page's content.
fn keep_field_records(lines: &mut [Line], lexicon: &Lexicon) {
    let shown: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Noise).collect();
    let is_label = |l: &Line| {
        let text = l.text.trim_end();
        l.units < SHORT_UNITS
            && text.ends_with(':')
            && units::words(text, MAX_FIELD_LABEL_WORDS + 1) <= MAX_FIELD_LABEL_WORDS
    };
    // Each field: its label's position and its value's.
    let fields: Vec<(usize, usize)> = shown
        .windows(2)
        .filter(|pair| {
            let (label, value) = (&lines[pair[0]], &lines[pair[1]]);
            is_label(label) && !is_label(value) && value.units < SHORT_UNITS && !is_sentence(value)
        })
        .map(|pair| (pair[0], pair[1]))
        .collect();
    if fields.len() < MIN_LIST_ITEMS {
        return;
    }
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for &i in &shown {
        *count.entry(lines[i].key.as_str()).or_default() += 1;
    }
    let mut at_label: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for &(label, _) in &fields {
        at_label.entry(lines[label].key.as_str()).or_default().push(label);
    }
    // Each label's value, by the label's position; and the values.
    let value_at: FxHashMap<usize, usize> = fields.iter().copied().collect();
    let values: FxHashSet<usize> = value_at.values().copied().collect();
    let article_units = kept_units(lines);
    let mut best: Option<(usize, Vec<usize>)> = None;
    // In the dump's order, so that the choice never depends on the table's.
    let mut labels: Vec<&Vec<usize>> = at_label.values().filter(|p| p.len() >= MIN_LIST_ITEMS).collect();
    labels.sort_unstable_by_key(|p| p[0]);
    for positions in labels {
        let regular = positions
            .windows(2)
            .all(|pair| (2..=MAX_RECORD_LINES).contains(&(pair[1] - pair[0])));
        // A field's value differs from record to record; a label always over the same line is
        // a widget's ("Share this:" over "Facebook", each time the share bar is shown).
        let value_of = |label: usize| lines[value_at[&label]].key.as_str();
        let first_value = value_of(positions[0]);
        let varies = positions.iter().any(|&p| value_of(p) != first_value);
        if !regular || !varies {
            continue;
        }
        let (first, last) = (positions[0], positions[positions.len() - 1]);
        let end = (last + last - positions[positions.len() - 2]).min(lines.len());
        let belongs = |i: usize| {
            let line = &lines[i];
            let field = values.contains(&i) || (is_label(line) && count[line.key.as_str()] >= MIN_LIST_ITEMS);
            (field || count[line.key.as_str()] == 1) && !line.phrasing.is_sites(&line.key, lexicon)
        };
        let shown_in = |range: Range<usize>| range.filter(|&i| lines[i].class != Class::Noise);
        // The last record goes on as far as the others reach, up to the first line it cannot
        // hold (the page's own furniture after the list).
        let items: Vec<usize> = shown_in(first..last)
            .filter(|&i| belongs(i))
            .chain(shown_in(last..end).take_while(|&i| belongs(i)))
            .collect();
        let size: usize = items.iter().map(|&i| lines[i].units).sum();
        let content = size >= MIN_LIST_UNITS && size > article_units;
        if content && best.as_ref().is_none_or(|(largest, ..)| size > *largest) {
            best = Some((size, items));
        }
    }
    for i in best.map(|(_, items)| items).unwrap_or_default() {
        lines[i].class = Class::Good;
    }
}

/// Whether the lines of one shape that separate a list's items head them, close them, or
/// name who wrote each (and then the items must be pieces that say something).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Heads {
    Item,
    Nothing,
    Byline,
}

/// Whether most of a list's items, between its separators, hold a sentence.
fn items_hold_prose(lines: &[Line], positions: &[usize]) -> bool {
    let with_prose = positions
        .windows(2)
        .filter(|pair| lines[pair[0] + 1..pair[1]].iter().any(is_sentence))
        .count();
    2 * with_prose >= positions.len() - 1
}

/// The shape by which a list's separators recur though their text differs, and whether they
/// head their items: a short line with each number in it as one digit ("3 days ago", "12 days
/// ago"; "48 reviews / 4.5 average"), which closes its item, and a line of one letter, which
/// heads an index's entries. `None` for a long line, and for a line without numbers: its
/// shape is itself.
fn separator_shape(line: &Line) -> Option<(String, Heads)> {
    let mut letters = line.text.trim().chars();
    if letters.next().is_some_and(units::is_alphabetic) && letters.next().is_none() {
        return Some(("a".to_string(), Heads::Item));
    }
    if line.units >= LONG_UNITS {
        return None;
    }
    // An ASCII digit is a byte of its own in UTF-8: looked for without decoding.
    if !units::has_ascii_digit(line.text.as_bytes()) {
        return byline_shape(line).map(|shape| (shape, Heads::Byline));
    }
    let mut shape = String::with_capacity(line.text.len());
    let mut in_number = false;
    for c in line.key.chars() {
        // A number's separators ("1,299.00") belong to it.
        let of_number = c.is_ascii_digit() || (in_number && matches!(c, '.' | ','));
        if !in_number || !of_number {
            shape.push(if c.is_ascii_digit() { '0' } else { c });
        }
        in_number = of_number;
    }
    Some((shape, Heads::Nothing))
}

/// The shape of a short line that names someone in a fixed frame ("by Anna Berg", "by Tom Li
/// and Eva Roth"): each run of capitalised words as one, the rest as it is. `None` for a
/// longer line, a sentence, or a line of capitalised words alone (a menu's entries).
fn byline_shape(line: &Line) -> Option<String> {
    if line.words > MAX_BYLINE_WORDS || units::ends_sentence(&line.text) {
        return None;
    }
    // Most short lines are capitalised words alone (a menu's entries): told before any shape.
    if all_words_capitalised(&line.text) {
        return None;
    }
    let is_name = |word: &str| word.starts_with(char::is_uppercase);
    let mut shape = String::with_capacity(line.text.len());
    let mut after_name = false;
    for word in line.text.split_whitespace() {
        let name = is_name(word);
        if !(name && after_name) {
            if !shape.is_empty() {
                shape.push(' ');
            }
            shape.push_str(if name { "A" } else { word });
        }
        after_name = name;
    }
    Some(shape.to_lowercase())
}

/// Whether every word of a text (as [`str::split_whitespace`] parts them) starts with an
/// uppercase letter. A short line is most often ASCII: read a byte at a time while it is, a
/// word starting after whitespace, without splitting it into words; a text with other
/// characters is split.
fn all_words_capitalised(text: &str) -> bool {
    let mut word_starts = true;
    for &byte in text.as_bytes() {
        if !byte.is_ascii() {
            return text.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
        }
        // ASCII's whitespace as `char::is_whitespace` tells it, the vertical tab included.
        if matches!(byte, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ') {
            word_starts = true;
        } else if std::mem::replace(&mut word_starts, false) && !byte.is_ascii_uppercase() {
            return false;
        }
    }
    true
}

/// Keeps the lines between two kept lines where nothing but their few stopwords speaks against
/// them: a run of short lines and lines sparse in stopwords (code, a table's rows, references)
/// inside the article is the article's, where it holds at least one sparse line (short lines
/// alone the context pass has judged) and no more menu entries than other lines (a form's
/// choices, a sidebar's links). Chrome by its phrasing, its language or its repetition still
/// parts the article from what stands beside it. `own` holds the lines' classes before the
/// context pass.
fn keep_sparse_runs_inside_the_article(lines: &mut [Line], own: &[Class]) {
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
    for pair in kept.windows(2) {
        let between = pair[0] + 1..pair[1];
        let said = |i: &usize| own[*i] != Class::Noise;
        let open = between
            .clone()
            .all(|i| lines[i].sparse || matches!(own[i], Class::Noise | Class::Short | Class::NearGood));
        let menus = between.clone().filter(said).filter(|&i| lines[i].menu_like).count();
        let others = between.clone().filter(said).count() - menus;
        if open && between.clone().any(|i| lines[i].sparse) && menus <= others {
            for i in between.filter(said) {
                lines[i].class = Class::Good;
            }
        }
    }
}

/// Keeps runs of at least [`MIN_LIST_ITEMS`] lines in a row that each give a field its value
/// ("Location: Boston", "Sensor: 24.2MP APS-C", "Step 1: Get quotes") where kept lines stand
/// within [`FIELD_RUN_REACH`] lines on both sides: a specification, a fact box or a summary
/// inside the article, whose lines are too short or too sparse in stopwords to be kept alone,
/// or recur as a label every item carries would (two cameras with one sensor). A menu or a
/// footer's contact block has no article on both sides.
fn keep_field_runs_inside_the_article(lines: &mut [Line]) {
    let shown: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Noise).collect();
    let near_kept = |range: &[usize]| range.iter().any(|&i| lines[i].class == Class::Good);
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    for n in 0..=shown.len() {
        if n < shown.len() && is_field(&lines[shown[n]]) {
            continue;
        }
        if n - start >= MIN_LIST_ITEMS {
            let before = &shown[start.saturating_sub(FIELD_RUN_REACH)..start];
            let after = &shown[n..(n + FIELD_RUN_REACH).min(shown.len())];
            // A run that dates a member's registration is a post's furniture ("Posts: 12",
            // "Joined: May 2019" between two posts). So is a run with a line chrome by its
            // phrasing: a picture's credit, a post's categories, a consent form's purposes.
            let furniture = shown[start..n].iter().any(|&i| {
                let line = &lines[i];
                line.phrasing.short_chrome
                    || line.phrasing.notice
                    || field_label(&line.key).is_some_and(html::labels_a_members_date)
            });
            if near_kept(before) && near_kept(after) && !furniture {
                runs.push(start..n);
            }
        }
        start = n + 1;
    }
    for run in runs {
        for &i in &shown[run] {
            lines[i].class = Class::Good;
        }
    }
}

/// Whether a line gives a field its value: a label of at most [`MAX_FIELD_LABEL_WORDS`]
/// words that ends no sentence, a colon, and a value, in a line shorter than a paragraph. A
/// time ("10:30") and an address's scheme ("https://") have no label.
fn is_field(line: &Line) -> bool {
    line.units < LONG_UNITS
        && field_parts(&line.text).is_some_and(|(label, value)| {
            let in_a_time =
                label.ends_with(|c: char| c.is_ascii_digit()) && value.starts_with(|c: char| c.is_ascii_digit());
            !label.is_empty()
                && !value.is_empty()
                && !in_a_time
                && !value.starts_with("//")
                && !units::ends_sentence(label)
                && units::words(label, MAX_FIELD_LABEL_WORDS + 1) <= MAX_FIELD_LABEL_WORDS
        })
}

/// A line's label and value, either side of its first colon, if it has one.
fn field_parts(text: &str) -> Option<(&str, &str)> {
    let text = text.trim();
    let (at, colon) = first_colon(text)?;
    Some((text[..at].trim_end(), text[at + colon.len()..].trim_start()))
}

/// Where a text's first colon is, ASCII or full-width, and which. Looked for by its bytes with
/// memchr's vector search rather than a character at a time: most lines have none, and are read
/// to their end. The full-width colon's first byte leads other characters too, so its whole
/// sequence is checked.
fn first_colon(text: &str) -> Option<(usize, &'static str)> {
    const FULL_WIDTH: &str = "：";
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b':', FULL_WIDTH.as_bytes()[0], bytes).find_map(|at| match bytes[at] {
        b':' => Some((at, ":")),
        _ => bytes[at..]
            .starts_with(FULL_WIDTH.as_bytes())
            .then_some((at, FULL_WIDTH)),
    })
}

/// The label of a line lower-cased (its key), if it has one.
fn field_label(key: &str) -> Option<&str> {
    field_parts(key).map(|(label, _)| label)
}

/// Keeps the heads of a numbered list that the article holds ("1. Multimeter", "2) Pliers"):
/// short lines numbered in order from one, each over an item of its own, read alone like a
/// menu's entries. A list that follows a kept line, or whose items the article's lines fill,
/// is the article's; one that follows a heading of its own and holds nothing kept (a table of
/// contents, a sidebar's most read) is not.
fn keep_numbered_heads(lines: &mut [Line], lexicon: &Lexicon) {
    let heads: Vec<(usize, u32, char)> = (0..lines.len())
        .filter(|&i| lines[i].class != Class::Noise)
        .filter_map(|i| numbered_head(&lines[i].text).map(|(number, mark)| (i, number, mark)))
        .collect();
    let mut start = 0;
    while start < heads.len() {
        let mut end = start + 1;
        if heads[start].1 == 1 {
            while end < heads.len()
                && heads[end].1 == heads[end - 1].1 + 1
                && heads[end].2 == heads[start].2
                && heads[end].0 - heads[end - 1].0 <= MAX_ITEM_LINES
            {
                end += 1;
            }
        }
        let run: Vec<usize> = heads[start..end].iter().map(|&(i, _, _)| i).collect();
        start = end;
        if run.len() < MIN_LIST_ITEMS {
            continue;
        }
        let follows_kept = previous(lines, run[0]).is_some_and(|p| lines[p].class == Class::Good);
        let filled = run
            .windows(2)
            .filter(|pair| lines[pair[0] + 1..pair[1]].iter().any(|l| l.class == Class::Good))
            .count();
        if !follows_kept && 2 * filled < run.len() - 1 {
            continue;
        }
        for i in run {
            let line = &lines[i];
            if !line.template && !line.phrasing.is_sites(&line.key, lexicon) {
                lines[i].class = Class::Good;
            }
        }
    }
}

/// The number and the mark after it that open a list's head ("3. Pliers", "12) Taboo"), where
/// words follow; a decimal ("1.5 mm") or a section number ("1.2 Setup") is not one.
fn numbered_head(text: &str) -> Option<(u32, char)> {
    let text = text.trim_start();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let mut rest = text[digits..].chars();
    let mark = rest.next().filter(|c| NUMBER_MARKS.contains(c))?;
    if !rest.as_str().trim_start().starts_with(char::is_alphabetic) {
        return None;
    }
    Some((text[..digits].parse().ok()?, mark))
}

/// Keeps the lines too short to judge alone, when what was kept is nearly nothing: a page
/// without prose is its short lines, and a dump cleaned to a line says nothing of it.
/// `own` holds the lines' classes by their own signals, before the context pass.
fn keep_short_lines_when_nearly_empty(lines: &mut [Line], own: &[Class]) {
    if kept_units(lines) >= NEARLY_EMPTY_UNITS {
        return;
    }
    for (line, class) in lines.iter_mut().zip(own) {
        if matches!(class, Class::Short | Class::NearGood) {
            line.class = Class::Good;
        }
    }
}

/// Keeps a listing's items that follow its kept introduction one to a line: a category's
/// article or recipe titles, teasers' titles and descriptions. Nothing repeats between them
/// for [`keep_item_list`] to find, and each is short, without a sentence's end, so the context
/// pass drops them as it drops a menu after an article. A run of such lines right after a kept
/// line, each shown once in the dump and no menu entry (the lines kept among them go with
/// them), is the page's content when its items hold more text than the article found besides,
/// as for [`keep_item_list`]: a teaser river after an article holds less. `own` holds the
/// lines' classes before the context pass: items are lines too short to judge alone, or chrome
/// only for their few stopwords (a title of names).
fn keep_item_runs_after_kept_text(lines: &mut [Line], own: &[Class]) {
    let article_units = kept_units(lines);
    let mut count: FxHashMap<&str, usize> = lines_map(lines.len());
    for line in lines.iter() {
        *count.entry(line.key.as_str()).or_default() += 1;
    }
    let is_item = |i: usize| {
        let line = &lines[i];
        (matches!(own[i], Class::Short | Class::NearGood) || line.sparse)
            && !line.menu_like
            && count[line.key.as_str()] == 1
    };
    let mut runs: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].class != Class::Good {
            i += 1;
            continue;
        }
        // The run's items, and the lines it passes over between them.
        let (mut items, mut passed) = (Vec::new(), 0);
        let (mut gap, mut end) = (0, i + 1);
        for j in i + 1..lines.len() {
            if own[j] == Class::Noise {
                continue;
            }
            if lines[j].class == Class::Good || is_item(j) {
                if lines[j].class != Class::Good {
                    items.push(j);
                }
                passed += gap;
                gap = 0;
                end = j + 1;
            } else if gap == MAX_ITEM_RUN_GAP {
                break;
            } else {
                gap += 1;
            }
        }
        let size: usize = items.iter().map(|&k| lines[k].units).sum();
        // Lines framed alike ("Parking and Directions", "Maps and Directions") are a menu's
        // entries, made from one template; titles each say something of their own.
        let mut frames: FxHashMap<String, usize> = FxHashMap::default();
        for &k in &items {
            if let Some(frame) = byline_shape(&lines[k]) {
                *frames.entry(frame).or_default() += 1;
            }
        }
        let framed = frames.values().any(|&n| 2 * n >= items.len());
        let listing = !framed
            && items.len() >= MIN_LIST_ITEMS
            && items.len() as f64 >= MIN_ITEM_RUN_DENSITY * (items.len() + passed) as f64
            && size >= MIN_RUN_ITEM_UNITS * items.len()
            && size >= MIN_LIST_UNITS
            && size > article_units;
        if listing {
            runs.extend(items);
        }
        i = end;
    }
    for i in runs {
        lines[i].class = Class::Good;
    }
}

/// Keeps a line that is only a figure (a rank "2.", a score "9.1", a price "$24.99") where kept
/// lines stand close on both sides: the numbers of a ranking or of a price list are its items'.
fn keep_figures_among_kept_lines(lines: &mut [Line]) {
    let kept: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class == Class::Good).collect();
    for pair in kept.windows(2) {
        if pair[1] - pair[0] > 1 + FIGURE_GAP_LINES {
            continue;
        }
        for line in &mut lines[pair[0] + 1..pair[1]] {
            if is_figure(&line.text) {
                line.class = Class::Good;
            }
        }
    }
}

/// A label the dump repeats (see [`mark_repeated`]) standing between two of the kept lines is
/// the article's own where it stands: a heading its contents list or a menu shows again, an
/// item's name a sidebar lists too. Unless another of its copies stands beside the kept lines
/// as well: then it recurs with the article (a prompt after two paragraphs, a button under each
/// item).
fn keep_labels_between_kept_lines(lines: &mut [Line]) {
    // Whether a line is kept, or is no line (the dump's either end).
    let kept_or_none = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(|l| l.class == Class::Good);
    let mut alone_copies: FxHashMap<&str, usize> = FxHashMap::default();
    let mut between = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !line.template || line.units >= SHORT_UNITS || line.phrasing.short_chrome {
            continue;
        }
        let (above, below) = (i.checked_sub(1), Some(i + 1).filter(|&b| b < lines.len()));
        if kept_or_none(above) && kept_or_none(below) {
            *alone_copies.entry(line.key.as_str()).or_default() += 1;
            if above.is_some() && below.is_some() {
                between.push(i);
            }
        }
    }
    let alone: Vec<usize> = between
        .into_iter()
        .filter(|&i| alone_copies[lines[i].key.as_str()] == 1)
        .collect();
    for i in alone {
        lines[i].class = Class::Good;
    }
}

/// A figure that is a value rather than a count: a price ("$24.99"), a score or a measure with
/// decimals ("9.1", "29,90"), a rank ("2."). A bare whole number ("1317", "0") counts reviews,
/// likes or posts under an item as often as it says anything of it.
fn is_figure(text: &str) -> bool {
    let text = text.trim();
    let shape = text.len() <= MAX_FIGURE_BYTES
        && text.contains(|c: char| c.is_ascii_digit())
        && text
            .chars()
            .all(|c| c.is_ascii_digit() || " .,+%".contains(c) || units::CURRENCY_SIGNS.contains(&c));
    let priced = text.contains(units::CURRENCY_SIGNS);
    let rank = text
        .strip_suffix('.')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    shape && (priced || rank || ends_in_decimals(text))
}

/// Whether a number ends in one or two decimals ("9.1", "29,90"): three after a point or a
/// comma group thousands ("1,046").
fn ends_in_decimals(text: &str) -> bool {
    let number = text.trim_end_matches(|c: char| !c.is_ascii_digit());
    let whole = number.trim_end_matches(|c: char| c.is_ascii_digit());
    (1..=2).contains(&(number.len() - whole.len()))
        && whole
            .strip_suffix(['.', ','])
            .is_some_and(|w| w.ends_with(|c: char| c.is_ascii_digit()))
}

/// How much text the lines kept so far hold, in Latin-equivalent characters.
fn kept_units(lines: &[Line]) -> usize {
    lines.iter().filter(|l| l.class == Class::Good).map(|l| l.units).sum()
}

/// How far the dump's headline is looked for: up to [`HEADLINE_LINES_INTO_ARTICLE`] lines
/// into the article (its first line kept so far), else through the whole dump.
fn headline_reach(lines: &[Line]) -> usize {
    lines
        .iter()
        .position(|l| l.class == Class::Good)
        .map_or(lines.len(), |g| g + HEADLINE_LINES_INTO_ARTICLE + 1)
        .min(lines.len())
}

/// The dump's headline, and the lines that say it. A scraper saves a page's `<title>` first
/// ("Floods close bridges | News | The Paper"), and the page shows its headline after the
/// menus, near the article: the line there that agrees best with the first (shares half its
/// words), else the first line's own first part, when the first line reads as a title (short,
/// no full stop).
fn headline(lines: &[Line], reach: usize) -> Option<(String, Vec<usize>)> {
    let first = lines.first()?;
    // A title's own part ends without a full stop; the site's motto after it may have one.
    let is_title = |l: &Line, max_units: usize| {
        l.class != Class::Noise && l.units < max_units && !ends_with_full_stop(titles::first_part(&l.text))
    };
    if !is_title(first, MAX_TITLE_UNITS) {
        return None;
    }
    let agreeing = |title: &str| {
        let candidates = (1..reach).map(|i| (i, lines[i].text.as_str()));
        titles::best_agreeing(candidates, &[title], None, |&i| is_title(&lines[i], LONG_UNITS)).map(|(i, _)| i)
    };
    let shown = agreeing(&first.text);
    // A line that agrees with the first line's other parts but holds few of its first part's
    // words repeats its section or site ("Learn web development" for "Flexbox - Learn web
    // development | MDN"): the line that agrees with the first part is the headline.
    let own = titles::first_part(&first.text);
    let shown = match shown {
        Some(i) if own.len() < first.text.trim().len() && !titles::holds_most_words_of(&lines[i].text, own) => {
            agreeing(own).or(shown)
        }
        shown => shown,
    };
    let title = match shown {
        Some(i) => titles::without_site_at_ends(&titles::one_line(&lines[i].text), None),
        None => titles::first_part_but_site(&titles::one_line(&first.text), None),
    };
    let said: Vec<usize> = std::iter::once(0).chain(shown).collect();
    // A letter alone ("A", "x") names nothing.
    (title.chars().filter(|&c| units::is_alphanumeric(c)).count() >= MIN_TITLE_CHARS).then_some((title, said))
}

/// The least words of a title's part that, said again alone on a line, is the headline
/// wherever it stands.
const MIN_FAR_HEADLINE_WORDS: usize = 3;

/// The headline shown past the lines it is looked for in, because chrome kept as prose stands
/// above it (a menu's descriptions of products, a promotion): a line saying exactly one of the
/// first line's parts (not its last, the site's), with more kept text below than above. The
/// kept lines above it are chrome, and go. Where a line of article length is kept above it,
/// the line right above the headline must not be kept: a title said again under an article
/// (over its comments) follows the article's last line.
fn headline_after_kept_chrome(lines: &mut [Line]) -> Option<(String, Vec<usize>)> {
    let first = lines.first()?;
    // The first line is a title: no sentence (kept, it may be, beside chrome kept as prose), no
    // label the page repeats ("Add to cart"), no longer than a title.
    if first.class == Class::Noise
        || ends_with_full_stop(&first.text)
        || first.template
        || first.units >= MAX_TITLE_UNITS
    {
        return None;
    }
    let parts = titles::parts(&first.text);
    // Of several parts, the last is the site's.
    let own = match parts.split_last() {
        Some((_, own)) if !own.is_empty() => own,
        _ => &parts[..],
    };
    let keys: Vec<String> = own
        .iter()
        .filter(|p| p.split_whitespace().count() >= MIN_FAR_HEADLINE_WORDS)
        .map(|p| titles::comparable(p))
        .collect();
    if keys.is_empty() {
        return None;
    }
    // A line saying a part holds its longest word: the lines without any are passed over unread.
    let longest: Vec<&str> = keys
        .iter()
        .filter_map(|k| k.split(' ').max_by_key(|w| w.len()))
        .collect();
    let mut long_above = false;
    let mut at = None;
    for (i, line) in lines.iter().enumerate().skip(1) {
        if line.units < LONG_UNITS
            && longest.iter().any(|w| line.key.contains(w))
            && keys.contains(&titles::comparable(&line.text))
        {
            at = Some(i);
            break;
        }
        long_above |= line.class == Class::Good && line.units >= LONG_UNITS;
    }
    let at = at?;
    if long_above && previous(lines, at).is_some_and(|p| lines[p].class == Class::Good) {
        return None;
    }
    drop_kept_chrome_above(lines, at).then(|| (titles::one_line(&lines[at].text), vec![0, at]))
}

/// Drops the lines kept above the headline, at line `at`, when more text is kept below it than
/// above: chrome kept as prose (a menu's descriptions, a promotion, a teaser) before the
/// article its headline opens. Whether it did.
fn drop_kept_chrome_above(lines: &mut [Line], at: usize) -> bool {
    let (above, below) = (kept_units(&lines[..at]), kept_units(&lines[at..]));
    if above == 0 || below <= above {
        return false;
    }
    for line in &mut lines[..at] {
        if line.class == Class::Good {
            line.class = Class::Bad;
        }
    }
    true
}

/// Whether a line ends with a full stop, as prose does and titles do not (a question or an
/// exclamation may be either). An initialism's last stop ("U.S.A.") ends no sentence.
fn ends_with_full_stop(text: &str) -> bool {
    let text = text.trim_end();
    units::ends_sentence(text) && !text.ends_with(['?', '!', '？', '！']) && !ends_with_initialism(text)
}

/// Whether a text ends with an initialism: single letters each followed by a stop, at least two
/// ("U.S.", "e.g.").
fn ends_with_initialism(text: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let Some(letters) = last.strip_suffix('.') else {
        return false;
    };
    let parts: Vec<&str> = letters.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(units::is_alphabetic))
}

/// Non-empty lines, with lines that a wrap split inside a sentence joined again, and their
/// lengths in Latin-equivalent characters.
fn join_wrapped(text: &str) -> (Vec<String>, Vec<usize>) {
    let mut out: Vec<String> = Vec::new();
    let mut sizes: Vec<usize> = Vec::new();
    let mut joinable = false;
    for line in units::lines(text) {
        let line = line.trim();
        if line.is_empty() {
            joinable = false;
            continue;
        }
        let size = units::units(line);
        let continues = line.chars().next().is_some_and(char::is_lowercase);
        match (out.last_mut(), sizes.last_mut()) {
            (Some(prev), Some(prev_size)) if joinable && continues => {
                prev.push(' ');
                prev.push_str(line);
                // A space weighs one unit.
                *prev_size += 1 + size;
            }
            _ => {
                out.push(line.to_string());
                sizes.push(size);
            }
        }
        let last = out.last().expect("a line was just pushed");
        // A line of fields set apart by marks ("By Anna Berg • March 4, 2025 • 5 min read") is
        // no sentence cut by a wrap: prose sets no such marks between its words.
        joinable = size >= MIN_WRAPPED_UNITS
            && !units::ends_sentence(last)
            && !FIELD_SEPARATORS.iter().any(|mark| line.contains(mark));
    }
    (out, sizes)
}

/// The languages of a dump's lines, judged where they tell something, and of the document.
struct Languages<'a> {
    texts: &'a [String],
    /// Each line's language, where it was judged.
    judged: Vec<Option<whatlang::Info>>,
    /// The language of the long lines taken together, with their length.
    sample: Option<(usize, whatlang::Info)>,
    /// Where each text judged was first: a line the dump repeats (a menu's entry, a label) is
    /// judged once.
    first_at: FxHashMap<&'a str, usize>,
    lexicon: &'a Lexicon,
    deadline: Deadline,
}

impl<'a> Languages<'a> {
    fn new(texts: &'a [String], lexicon: &'a Lexicon, deadline: Deadline) -> Languages<'a> {
        Languages {
            texts,
            judged: texts.iter().map(|_| None).collect(),
            sample: None,
            first_at: FxHashMap::default(),
            lexicon,
            deadline,
        }
    }

    /// Judges the document's language, and returns it with the lines left to judge.
    ///
    /// Detection is the costliest step, so it runs where it tells something: once on long lines
    /// taken together, enough text to know the document's language, then on lines short enough
    /// to be chrome, unless their script or stopwords already show them in the document's
    /// language. Those are left to the caller to judge where their class depends on it. Without
    /// long lines, the short ones taken together are the sample. `densities` are of the lines
    /// lowercased, as stopwords are read.
    fn judge_document(
        &mut self,
        sizes: &[usize],
        densities: &mut LineDensities<'_>,
    ) -> (Option<(whatlang::Lang, whatlang::Script)>, Vec<usize>) {
        let texts = self.texts;
        let keys = densities.keys;
        let long: Vec<bool> = sizes.iter().map(|&size| size >= LONG_UNITS).collect();
        // The sample is of prose, which ends its sentences: a long line of words without (a
        // language picker's names, a tag cloud) says little of the document's language.
        let prose = |i: usize| long[i] && units::ends_sentence(&texts[i]);
        let sampled: Vec<bool> = match (0..texts.len()).any(prose) {
            true => (0..texts.len()).map(prose).collect(),
            false => long.clone(),
        };
        self.judge_sample((0..texts.len()).filter(|&i| sampled[i]));
        let from_long = self.dominant();
        let unjudged: Vec<usize> = (0..texts.len())
            .filter(|&i| {
                !long[i]
                    && lang::is_judged(&texts[i])
                    && from_long
                        .is_none_or(|(l, s)| !says_its_language(&keys[i], l, &s, || densities.of(i, lang::code(l))))
            })
            .collect();
        if from_long.is_some() {
            return (from_long, unjudged);
        }
        // No long line: the short ones taken together say the document's language, as the
        // long ones would.
        self.judge_sample(unjudged.iter().copied());
        let from_short = self.dominant();
        let unjudged = match from_short {
            Some((l, s)) => unjudged
                .into_iter()
                .filter(|&i| !says_its_language(&keys[i], l, &s, || densities.of(i, lang::code(l))))
                .collect(),
            None => unjudged,
        };
        (from_short, unjudged)
    }

    /// Judges the language of these lines taken together, up to the detector's sample size.
    fn judge_sample(&mut self, lines: impl Iterator<Item = usize>) {
        let mut sample = String::new();
        for i in lines {
            if sample.len() >= lang::SAMPLE_BYTES {
                break;
            }
            if !sample.is_empty() {
                sample.push('\n');
            }
            sample.push_str(&self.texts[i]);
        }
        self.sample = lang::judge_sample(&sample, self.lexicon).map(|info| (sample.len(), info));
    }

    /// Judges one line's language, unless the deadline has passed: detection is what can take
    /// long on a dump of many short lines.
    fn judge(&mut self, i: usize) {
        self.judge_by(i, lang::judge);
    }

    /// Judges one line's language as [`Languages::judge`] does, asking only whether it is
    /// `own` or one of `others`.
    fn judge_among(&mut self, i: usize, own: whatlang::Lang, others: Vec<whatlang::Lang>) {
        self.judge_by(i, |text| lang::judge_among(text, own, others));
    }

    fn judge_by(&mut self, i: usize, detect: impl FnOnce(&str) -> Option<whatlang::Info>) {
        if self.deadline.passed() {
            return;
        }
        self.judged[i] = match self.first_at.entry(self.texts[i].as_str()) {
            Entry::Occupied(first) => self.judged[*first.get()].as_ref().map(lang::copy),
            Entry::Vacant(first) => {
                first.insert(i);
                detect(&self.texts[i])
            }
        };
    }

    /// The document's language as the record gives it, with the sample's confidence: the
    /// article's prose is what the sample reads, so the cleaner need not read the article
    /// again. `None` where the sample does not say the document's language reliably.
    fn of_document(&self, dominant: Option<(whatlang::Lang, whatlang::Script)>) -> Option<Language> {
        let (_, info) = self.sample.as_ref()?;
        (info.is_reliable() && Some(info.lang()) == dominant.map(|(l, _)| l)).then(|| Language {
            code: lang::code(info.lang()),
            confidence: info.confidence(),
        })
    }

    /// The document's language: the sample and every line judged, weighed by their length.
    fn dominant(&self) -> Option<(whatlang::Lang, whatlang::Script)> {
        self.lead().map(|(dominant, _)| dominant)
    }

    fn lead(&self) -> Option<((whatlang::Lang, whatlang::Script), usize)> {
        let lines = self
            .texts
            .iter()
            .zip(&self.judged)
            .filter_map(|(t, info)| Some((t.len(), info.as_ref()?)));
        lang::lead(self.sample.iter().map(|(len, info)| (*len, info)).chain(lines))
    }

    /// Whether the document's language is `dominant` however lines of `unjudged_bytes` in all
    /// would be judged: it leads the others by more.
    fn settles(&self, dominant: Option<(whatlang::Lang, whatlang::Script)>, unjudged_bytes: usize) -> bool {
        unjudged_bytes == 0
            || self
                .lead()
                .is_some_and(|(lead, margin)| Some(lead) == dominant && margin > unjudged_bytes)
    }
}

/// Whether a line shows itself in the document's language without detection: in its script,
/// and (where the language's words are spaced) with as many of its stopwords as prose has:
/// `density` is its stopword density in the language.
fn says_its_language(
    text: &str,
    lang: whatlang::Lang,
    script: &whatlang::Script,
    density: impl FnOnce() -> Option<f64>,
) -> bool {
    let Some(line_script) = lang::script(text) else {
        return true; // no letters to judge
    };
    if !lang::scripts_of(lang, script).contains(&line_script) {
        return false; // another script: judged to find out which
    }
    if units::mostly_unspaced(text) {
        return true;
    }
    density().is_some_and(|d| d >= OWN_LANGUAGE_STOPWORD_DENSITY)
}

/// The stopword densities of a dump's lines (lowercased) in one language, each read once
/// however many steps ask: whether a short line says the document's language, and how it
/// is judged then.
struct LineDensities<'a> {
    keys: &'a [String],
    lexicon: &'a Lexicon,
    /// The language of the densities read, by its code.
    code: Option<&'static str>,
    /// Each line's density, where it was read.
    read: Vec<Option<Option<f64>>>,
}

impl<'a> LineDensities<'a> {
    fn new(keys: &'a [String], lexicon: &'a Lexicon) -> LineDensities<'a> {
        LineDensities {
            keys,
            lexicon,
            code: None,
            read: vec![None; keys.len()],
        }
    }

    /// The stopword density of line `i` in the language with this code, as
    /// [`Lexicon::stopword_density`] gives it.
    fn of(&mut self, i: usize, code: &'static str) -> Option<f64> {
        if self.code != Some(code) {
            self.code = Some(code);
            self.read.fill(None);
        }
        *self.read[i].get_or_insert_with(|| self.lexicon.stopword_density(&self.keys[i], code))
    }
}

/// The stopword density of each line long enough to be judged by it, in the document's
/// language; `None` where it says nothing: shorter lines, a language without a list, and
/// scripts without spaces between words, where a "word" is a sentence or a phrase (length and
/// sentence ends judge those lines).
fn stopword_densities(
    sizes: &[usize],
    code: Option<&'static str>,
    densities: &mut LineDensities<'_>,
) -> Vec<Option<f64>> {
    let keys = densities.keys;
    (0..keys.len())
        .map(|i| {
            code.filter(|_| sizes[i] >= SHORT_UNITS && !units::mostly_unspaced(&keys[i]))
                .and_then(|code| densities.of(i, code))
        })
        .collect()
}

/// The stopword density of a dump's long lines of prose, weighed by their length, from the
/// lines' `densities`. `None` without such lines in a script of spaced words.
fn prose_density(texts: &[String], sizes: &[usize], densities: &[Option<f64>]) -> Option<f64> {
    let (mut weight, mut sum) = (0.0, 0.0);
    for ((text, &size), density) in texts.iter().zip(sizes).zip(densities) {
        // Prose ends its sentences; a menu run into one long line does not, and its few
        // stopwords would lower the thresholds until it passed.
        if let Some(density) = density.filter(|_| size >= LONG_UNITS && units::ends_sentence(text)) {
            weight += text.len() as f64;
            sum += density * text.len() as f64;
        }
    }
    (weight > 0.0).then(|| sum / weight)
}

/// A line as [`judge_line`] reads it.
#[derive(Clone, Copy)]
struct LineView<'a> {
    text: &'a str,
    /// Its length, in Latin-equivalent characters.
    size: usize,
    phrasing: &'a Phrasing,
}

/// Judges one line on its own signals: its text and length, its language as judged,
/// and its stopword density in the document's language.
fn judge_line(
    line: LineView<'_>,
    info: Option<&whatlang::Info>,
    density: Option<f64>,
    dominant: Option<(whatlang::Lang, whatlang::Script)>,
    scale: f64,
) -> Class {
    let LineView { text, size, phrasing } = line;
    if !text.chars().any(units::is_alphabetic) {
        return Class::Noise;
    }
    if phrasing.short_chrome {
        return Class::Bad;
    }
    if size < LONG_UNITS {
        if let Some((doc_lang, doc_script)) = dominant {
            let scripts = lang::scripts_of(doc_lang, &doc_script);
            let script = info.map(|i| i.script()).or_else(|| lang::script(text));
            if script.is_some_and(|s| !scripts.contains(&s)) {
                return Class::Bad;
            }
            // In a language of several scripts, a line mostly in one of them is told for
            // another language (a Japanese line of Han characters for Chinese): its script
            // alone says it belongs.
            if scripts.len() == 1 && info.is_some_and(|i| i.is_reliable() && i.lang() != doc_lang) {
                return Class::Bad;
            }
        }
    }
    if phrasing.notice {
        return Class::Bad;
    }
    if size < SHORT_UNITS {
        return Class::Short;
    }
    match classify::by_density(density, size, scale) {
        Some(class) => class,
        // Dense, noun-heavy prose has few stopwords but still ends its sentences.
        None if units::ends_sentence(text) => Class::Short,
        // A list's item or a table's row has some of the language's stopwords, but fewer than
        // prose: its neighbours judge it. A line of names and figures has none.
        None if size < LONG_UNITS
            && density.is_some_and(|d| d >= ROW_DENSITY_SHARE * classify::NEAR_GOOD_STOPWORD_DENSITY * scale) =>
        {
            Class::Short
        }
        None => Class::Bad,
    }
}

/// A line that is only a web or e-mail address, or a bare domain name.
fn is_address(text: &str) -> bool {
    let mut tokens = text.split_whitespace();
    let (Some(token), None) = (tokens.next(), tokens.next()) else {
        return false;
    };
    let lower = token.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    let token = lower.trim_end_matches(['/', '.']);
    match token.rsplit_once('.') {
        Some((name, tld)) => {
            !name.is_empty()
                && tld.len() >= 2
                && tld.chars().all(char::is_alphabetic)
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '@' | '_'))
        }
        None => false,
    }
}

/// Lines too short to be article text alone that occur more than once in a document are its
/// templates, not its text: a teaser river's dates and bylines, a section label over every
/// list, a headline in two lists of links. They are chrome, and they break the runs of short
/// lines that context would keep. A sentence is the exception where it first occurs: pages
/// show their content twice (for small screens and large) and forums quote the post a reply
/// answers, and the text is still the page's once.
fn mark_repeated(lines: &mut [Line]) {
    let keys: Vec<Option<&str>> = lines
        .iter()
        .map(|l| {
            (matches!(l.class, Class::Short | Class::NearGood) && l.words >= REPEATED_LINE_WORDS)
                .then_some(l.key.as_str())
        })
        .collect();
    let at = Occurrences::new(
        keys.iter().enumerate().filter_map(|(i, key)| Some((i, (*key)?))),
        lines_map(keys.len()),
    );
    let (contents, headings) = contents_headings(lines, &keys, &at);
    let mut seen: FxHashSet<&str> = FxHashSet::with_capacity_and_hasher(keys.len(), Default::default());
    let templates: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            keys[i]
                // A field's label ("Deliverables:") recurs with what differs after it.
                .filter(|k| at[*k].len() > 1 && !headings.contains(&i) && !k.trim_end().ends_with(':'))
                .is_some_and(|key| !(seen.insert(key) && is_sentence(&lines[i])))
        })
        .collect();
    // A label every item carries recurs with the items, and so does one shown twice alone among
    // lines that differ (the same terms under two offers). A line shown twice with its
    // neighbours (a teaser in two boxes, a menu shown again) is no such label: that is chrome.
    let in_runs = in_repeated_runs(lines);
    let labels: Vec<bool> = templates
        .iter()
        .map(|&i| !in_runs[i] || keys[i].is_some_and(|key| at[key].len() >= MIN_LIST_ITEMS))
        .collect();
    for (i, label) in templates.into_iter().zip(labels) {
        lines[i].class = Class::Bad;
        lines[i].template = label;
    }
    // A table of contents says again what its headings say: it neither is the article nor
    // parts it from its first section. The headings it confirms are probably the article's.
    for i in contents {
        lines[i].class = Class::Noise;
    }
    for i in headings {
        lines[i].class = Class::NearGood;
    }
}

/// Which lines are in a run of [`REPEATED_RUN_LINES`] lines in a row (lines without letters
/// aside) that the dump shows more than once, in the same order: a menu or a footer shown again
/// repeats so, where content's recurring lines (a label under each item) recur one by one.
fn in_repeated_runs(lines: &[Line]) -> Vec<bool> {
    let shown: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].class != Class::Noise).collect();
    let run_keys =
        |run: &[usize]| -> [&str; REPEATED_RUN_LINES] { std::array::from_fn(|n| lines[run[n]].key.as_str()) };
    let mut count: FxHashMap<[&str; REPEATED_RUN_LINES], usize> = lines_map(shown.len());
    for run in shown.windows(REPEATED_RUN_LINES) {
        *count.entry(run_keys(run)).or_default() += 1;
    }
    let mut in_runs = vec![false; lines.len()];
    for run in shown
        .windows(REPEATED_RUN_LINES)
        .filter(|run| count[&run_keys(run)] > 1)
    {
        for &i in run {
            in_runs[i] = true;
        }
    }
    in_runs
}

/// The section headings a table of contents repeats: where [`MIN_CONTENTS_LINES`] lines in a
/// row each recur exactly once further on, in the same order and with lines between them,
/// they are a table of contents (its entries are returned first) and their second occurrences
/// head the sections.
fn contents_headings(lines: &[Line], keys: &[Option<&str>], at: &Occurrences<'_>) -> (Vec<usize>, FxHashSet<usize>) {
    // Where line `i`'s text occurs the second and last time, when `i` is its first.
    let second = |i: usize| {
        let positions = &at[keys[i]?];
        (positions.len() == 2 && positions[0] == i).then(|| positions[1])
    };
    let (mut contents, mut headings) = (Vec::new(), FxHashSet::default());
    let mut i = 0;
    while i < lines.len() {
        let Some(mut last) = second(i) else {
            i += 1;
            continue;
        };
        let mut run = vec![last];
        let mut entries = vec![i];
        let mut j = i + 1;
        while j < lines.len() {
            if lines[j].class != Class::Noise {
                match second(j) {
                    // Each heading over a section of its own: a menu shown twice lists
                    // its entries in a row both times.
                    Some(later) if later > last + 1 => {
                        entries.push(j);
                        run.push(later);
                        last = later;
                    }
                    _ => break,
                }
            }
            j += 1;
        }
        if run.len() >= MIN_CONTENTS_LINES {
            contents.extend(entries);
            headings.extend(run);
        }
        i = j;
    }
    (contents, headings)
}

/// Whether a short line closes a text as its writer would: a sentence ("Thanks for reading.")
/// or a signature set off by a dash ("– Anna"). Short lines without either after an article
/// are far more often a site's (a credit, a wire's name, "Quick links").
fn is_sign_off(text: &str) -> bool {
    units::ends_sentence(text) || text.trim_start().starts_with(['-', '–', '—', '~'])
}

/// Whether a short line is a sentence of prose, by its words and its end.
fn is_sentence(line: &Line) -> bool {
    line.words >= PROSE_SENTENCE_WORDS && units::ends_sentence(&line.text)
}

/// Whether a line too short to be article text alone is probably prose, or a sentence of it.
fn is_probable_sentence(line: &Line) -> bool {
    match line.class {
        Class::NearGood => units::ends_sentence(&line.text),
        Class::Short => is_sentence(line),
        _ => false,
    }
}

/// News is often written one sentence to a paragraph: no line is long enough to be article
/// text alone, but [`PROSE_RUN_LINES`] sentences in a row are prose, where a teaser's headline
/// and description or a menu are not, nor are questions alone (the titles of other threads or
/// of a FAQ's entries).
fn mark_prose_runs(lines: &mut [Line]) {
    let in_run = is_probable_sentence;
    let mut start = 0;
    while start < lines.len() {
        if !in_run(&lines[start]) {
            start += 1;
            continue;
        }
        // The run goes on over lines without letters (a photo counter between paragraphs).
        let mut end = start;
        let mut count = 0;
        for (i, line) in lines.iter().enumerate().skip(start) {
            if in_run(line) {
                count += 1;
                end = i + 1;
            } else if line.class != Class::Noise {
                break;
            }
        }
        let questions = lines[start..end]
            .iter()
            .all(|l| l.class == Class::Noise || l.text.trim_end().ends_with(['?', '？']));
        if count >= PROSE_RUN_LINES && !questions {
            for line in lines[start..end].iter_mut().filter(|l| l.class != Class::Noise) {
                line.class = Class::Good;
            }
        }
        start = end;
    }
}

/// A service page is a row of sections, each a heading, a sentence or two on what it offers and
/// a button: no line is long enough to be article text alone, and the headings and buttons
/// stand between its sentences, so that neither [`mark_prose_runs`] nor the context pass finds
/// prose beside them. Probable prose that comes back every few lines ([`MAX_SECTION_GAP_LINES`]
/// at most, with at most [`MAX_SECTION_GAP_CHROME`] lines of chrome between), at least
/// [`MIN_SECTION_ROWS`] times and once at least probable by its stopwords, is such a row, and
/// its prose is the article's when it holds at least as much text as the article lines found so
/// far: a teaser list after an article and a menu's descriptions have the same shape, but are
/// smaller than the article they stand beside. A dump without article lines is left to the
/// context pass, which takes all its probable prose.
fn mark_section_rows(lines: &mut [Line]) {
    let article_units = kept_units(lines);
    if article_units == 0 {
        return;
    }
    let mut rows: Vec<Vec<usize>> = vec![Vec::new()];
    let (mut gap, mut chrome) = (0, 0);
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.class != Class::Noise) {
        let row = rows.last_mut().expect("a row is always open");
        if is_probable_sentence(line) {
            row.push(i);
            (gap, chrome) = (0, 0);
            continue;
        }
        gap += 1;
        chrome += usize::from(line.class == Class::Bad);
        // Article text itself parts two rows: the context pass judges what stands beside it.
        if (gap > MAX_SECTION_GAP_LINES || chrome > MAX_SECTION_GAP_CHROME || line.class == Class::Good)
            && !row.is_empty()
        {
            rows.push(Vec::new());
        }
    }
    for row in rows {
        let size: usize = row.iter().map(|&i| lines[i].units).sum();
        let probable = row.iter().any(|&i| lines[i].class == Class::NearGood);
        if row.len() >= MIN_SECTION_ROWS && probable && size >= article_units {
            for i in row {
                lines[i].class = Class::Good;
            }
        }
    }
}

/// Where readers' comments begin, after the article's first line: at a comment section's
/// heading ("34 responses to “…”"), or at the first of two lines naming a comment's author
/// ("Anna says:"); one such line alone may be the article introducing a quotation. Such a line
/// followed by a line the dump showed before heads a quotation in a forum's reply ("Anna
/// said:" over the post it answers): the replies are the thread, not comments on it. So is
/// one naming an author whose name the dump showed on a line of its own before it (a post's
/// author over it), even where the quotation is only a part of that post.
fn comments_start(lines: &[Line], lexicon: &Lexicon) -> Option<usize> {
    let first_good = lines.iter().position(|l| l.class == Class::Good)?;
    let mut first_author = None;
    // A quotation may be cut short ("…what are you drinking??" of a longer line).
    let quotes_earlier_line = |i: usize| {
        following(lines, i).map(|j| &lines[j]).is_some_and(|next| {
            let quoted = next.text.trim();
            lines[..i].iter().any(|l| {
                l.text == next.text || (quoted.len() >= MIN_QUOTED_BYTES && l.text.trim_start().starts_with(quoted))
            })
        })
    };
    // A comment opens with its author and its date: a count of comments over one is their heading.
    let dated_entry_follows = |i: usize| {
        lines[i + 1..]
            .iter()
            .filter(|l| l.class != Class::Noise)
            .take(COMMENT_OPENING_LINES)
            .any(|l| html::is_date_line(&l.text))
    };
    // Only a count the dump shows once: teasers show one each.
    let mut tallies = (0..lines.len()).filter(|&i| lexicon.is_comment_tally(&lines[i].key));
    let lone_tally = tallies.next().filter(|_| tallies.next().is_none());
    // The lines shown before, by their text: a thread heads each post with its author's name on
    // a line of its own ("Anna" over her post), and a reply quoting a post names that author
    // ("Anna wrote:", "2 hours ago, Anna said:"). A blog's comment names a reader the page has
    // not shown before. Gathered only up to a line naming an author, when there is one: most
    // dumps have none.
    let mut shown: FxHashSet<&str> = FxHashSet::default();
    let mut shown_up_to = 0;
    let names_a_poster = |author: &str, shown: &FxHashSet<&str>| {
        // The name is what follows the author line's date, if it has one.
        let tails = author
            .match_indices([' ', ','])
            .map(|(at, sep)| &author[at + sep.len()..]);
        std::iter::once(author)
            .chain(tails)
            .any(|name| !name.is_empty() && shown.contains(name.trim_start()))
    };
    for (i, line) in lines.iter().enumerate().skip(first_good + 1) {
        if lexicon.is_comments_heading(&line.key) || (lone_tally == Some(i) && dated_entry_follows(i)) {
            return Some(i);
        }
        let Some(author) = lexicon.comment_author(&line.text) else {
            continue;
        };
        shown.extend(lines[shown_up_to..i].iter().map(|l| l.key.as_str()));
        shown_up_to = i;
        if !names_a_poster(&author, &shown) && !quotes_earlier_line(i) {
            if first_author.is_some() {
                return first_author;
            }
            first_author = Some(i);
        }
    }
    None
}

/// The nearest line that is not noise, before `i`.
fn previous(lines: &[Line], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| lines[j].class != Class::Noise)
}

/// The nearest line that is not noise, after `i`.
fn following(lines: &[Line], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| lines[j].class != Class::Noise)
}

/// The context pass: short and near-good lines take the class their neighbours suggest.
///
/// The edges of a document are no evidence by themselves. Before the first article line, short
/// lines are kept back to the first one that looks like a menu entry (a headline, a standfirst
/// and a date stay; a menu goes), and a sentence right before the article stays even after
/// chrome. After the last article line, only a closing line directly after it stays (a
/// signature).
fn revise(lines: &mut [Line]) {
    if !lines.iter().any(|l| l.class == Class::Good) {
        // No line is article text by itself: the probable ones are the article.
        for line in lines.iter_mut().filter(|l| l.class == Class::NearGood) {
            line.class = Class::Good;
        }
    }
    let Some(first_good) = lines.iter().position(|l| l.class == Class::Good) else {
        // Nothing but short lines: a short document is its own article.
        for line in lines.iter_mut().filter(|l| l.class == Class::Short) {
            line.class = Class::Good;
        }
        return;
    };
    // Within the article, a template line says nothing of its neighbours: every item of a grid
    // and every post of a thread carries one, and the items between them are the content.
    // Before and after the article it still parts chrome from content (a teaser list's labels).
    // Nor does a line of code, chrome only for its few stopwords, anywhere: a documentation
    // page's or a post's examples stand between its sentences. Unless a menu's entry stands
    // beside it: then it parts the article from a sidebar's links.
    let last_good = lines.iter().rposition(|l| l.class == Class::Good).unwrap_or(first_good);
    let beside_menu = |i: usize| {
        [previous(lines, i), following(lines, i)]
            .into_iter()
            .flatten()
            .any(|j| lines[j].menu_like)
    };
    let silent: Vec<bool> = (0..lines.len())
        .map(|i| {
            lines[i].class == Class::Bad
                && ((lines[i].template && (first_good..=last_good).contains(&i))
                    || (lines[i].sparse && is_code(&lines[i].text) && !beside_menu(i)))
        })
        .collect();
    let mut units: Vec<Unit> = (0..lines.len())
        .map(|i| Unit::of(if silent[i] { Class::Noise } else { lines[i].class }))
        .collect();
    // Lines that may lead: back from the first article line, up to a menu entry or chrome.
    let mut clear = true;
    for j in (0..first_good).rev() {
        if lines[j].class == Class::Noise {
            continue;
        }
        clear &= !lines[j].menu_like && lines[j].class != Class::Bad;
        units[j].may_lead = clear;
    }
    for (i, unit) in units.iter_mut().enumerate() {
        unit.may_close = lines[i].words <= CLOSING_LINE_WORDS
            && is_sign_off(&lines[i].text)
            && previous(lines, i).is_some_and(|p| matches!(lines[p].class, Class::Good | Class::NearGood));
        unit.sentence = is_sentence(&lines[i]);
    }
    let context = Context {
        edges_are_chrome: false,
    };
    let near_good: Vec<bool> = lines.iter().map(|l| l.class == Class::NearGood).collect();
    for ((line, class), silent) in lines.iter_mut().zip(classify::revise(&units, context)).zip(silent) {
        if !silent {
            line.class = class;
        }
    }
    keep_posts_of_a_thread(lines, &near_good);
}

/// Whether a line is shaped like code (a call, an assignment, markup): at least two kinds of
/// brackets or operators (`()`, `{}`, `[]`, `=`, `;`, `<>`), and one such mark for every
/// [`CODE_WORDS_PER_MARK`] words. Prose, menus and tables' rows in any script use them rarely.
fn is_code(text: &str) -> bool {
    let marks = text
        .chars()
        .filter(|c| matches!(c, '(' | ')' | '{' | '}' | '[' | ']' | '=' | ';' | '<' | '>'))
        .count();
    let kinds = [['(', ')'], ['{', '}'], ['[', ']'], ['=', '='], [';', ';'], ['<', '>']]
        .iter()
        .filter(|pair| text.contains(pair[0]) || text.contains(pair[1]))
        .count();
    kinds >= 2 && marks * CODE_WORDS_PER_MARK >= text.split_whitespace().count().max(1)
}

/// The dropped lines right before line `i`, by their shape, up to [`MAX_HEAD_LINES`]: before
/// a run of kept lines, an item's furniture.
fn furniture_before(lines: &[Line], i: usize) -> FxHashSet<u64> {
    (0..i)
        .rev()
        .filter(|&j| lines[j].class != Class::Noise)
        .take_while(|&j| lines[j].class != Class::Good)
        .take(MAX_HEAD_LINES)
        .map(|j| line_shape(&lines[j].key))
        .collect()
}

/// A list the article announces ("You will need:") is its own: the short lines right after a
/// kept line of [`MIN_ANNOUNCING_WORDS`] or more ending in a colon, up to the next kept line,
/// when they are 2 to [`MAX_ANNOUNCED_ITEMS`] lines too short to judge alone, none a menu's
/// entry, an address (of a page or a place), chrome by its phrasing or a line the dump repeats.
fn keep_announced_lists(lines: &mut [Line], own_signals: &[Class]) {
    let mut announced = Vec::new();
    for i in 0..lines.len() {
        let line = &lines[i];
        if line.class != Class::Good
            || line.words < MIN_ANNOUNCING_WORDS
            || !line.text.trim_end().ends_with([':', '：'])
        {
            continue;
        }
        let mut items = Vec::new();
        for j in (i + 1..lines.len()).filter(|&j| lines[j].class != Class::Noise) {
            let item = &lines[j];
            let short = matches!(own_signals[j], Class::Short | Class::NearGood);
            let chrome = item.menu_like
                || item.text.contains("://")
                || item.phrasing.short_chrome
                || item.phrasing.notice
                || item.phrasing.boilerplate == Some(true)
                || item.template;
            if item.class == Class::Good || !short || chrome || items.len() > MAX_ANNOUNCED_ITEMS {
                break;
            }
            items.push(j);
        }
        if (2..=MAX_ANNOUNCED_ITEMS).contains(&items.len()) {
            announced.extend(items);
        }
    }
    for i in announced {
        lines[i].class = Class::Good;
    }
}

/// A service or landing page with little prose presents what it offers as feature rows, a
/// heading of a few words over a line of text, again and again ("Free delivery" over "Orders
/// over $50 ship free to any address in the country"): too short to be prose, no row is kept
/// for itself. [`MIN_FEATURE_ROWS`] such rows in a row, after the headline's line and within
/// [`FEATURE_ROWS_REACH`] lines of the text kept, are the page's. Rows of teasers (an excerpt
/// cut short, a date under a title) and the rows of a page with prose of its own (a run of
/// more than [`MAX_PROSE_RUN_FOR_FEATURES`] lines that are article text by their own signals,
/// `own_signals`) are not.
fn keep_feature_rows(lines: &mut [Line], own_signals: &[Class], headline_at: Option<usize>) {
    let (Some(first_kept), Some(last_kept)) = (
        lines.iter().position(|l| l.class == Class::Good),
        lines.iter().rposition(|l| l.class == Class::Good),
    ) else {
        return;
    };
    let mut run = 0;
    for class in own_signals.iter().filter(|&&c| c != Class::Noise) {
        run = if *class == Class::Good { run + 1 } else { 0 };
        if run > MAX_PROSE_RUN_FOR_FEATURES {
            return;
        }
    }
    let is_heading = |i: usize| {
        let line = &lines[i];
        matches!(own_signals[i], Class::Short | Class::NearGood)
            && !line.template
            && (1..=MAX_FEATURE_HEAD_WORDS).contains(&line.words)
            && !line.text.trim_end().ends_with(['.', '!'])
    };
    let is_text = |i: usize| {
        let line = &lines[i];
        !line.template
            && line.words >= MIN_FEATURE_TEXT_WORDS
            && match own_signals[i] {
                Class::Good => true,
                Class::Short | Class::NearGood => units::ends_sentence(&line.text),
                Class::Bad | Class::Noise => false,
            }
    };
    let is_teaser = |i: usize| {
        is_cut_short(&lines[i].text)
            || (lines[i].words <= MAX_FEATURE_HEAD_WORDS && html::is_date_line(lines[i].text.trim_end()))
    };
    let shown: Vec<usize> = (0..lines.len()).filter(|&i| own_signals[i] != Class::Noise).collect();
    let mut kept = Vec::new();
    let mut p = 0;
    while p + 1 < shown.len() {
        let rows = shown[p..]
            .chunks_exact(2)
            .take_while(|pair| is_heading(pair[0]) && is_text(pair[1]))
            .count();
        if rows < MIN_FEATURE_ROWS {
            p += 1;
            continue;
        }
        let row_lines = &shown[p..p + 2 * rows];
        p += 2 * rows;
        let (start, stop) = (row_lines[0], row_lines[row_lines.len() - 1]);
        let placed = headline_at.is_none_or(|h| start > h)
            && stop + FEATURE_ROWS_REACH >= first_kept
            && start <= last_kept + FEATURE_ROWS_REACH;
        if placed && !row_lines.iter().any(|&i| is_teaser(i)) {
            kept.extend_from_slice(row_lines);
        }
    }
    if kept.is_empty() {
        return;
    }
    // A menu's entries with their descriptions are shown again (a mega-menu, the same menu in
    // the footer): a row whose text the dump shows twice is not the page's own.
    let mut shown_times: FxHashMap<&str, usize> = lines_map(lines.len());
    for line in lines.iter() {
        *shown_times.entry(line.key.as_str()).or_default() += 1;
    }
    let own_rows: Vec<usize> = kept
        .chunks_exact(2)
        .filter(|row| shown_times[lines[row[1]].key.as_str()] == 1)
        .flatten()
        .copied()
        .collect();
    for i in own_rows {
        lines[i].class = Class::Good;
    }
}

/// A site's note kept over its copyright line: the last group of kept lines, at most
/// [`MAX_COPYRIGHT_NOTE_LINES`], apart from the text above it ([`ISLAND_GAP_LINES`] dropped
/// lines between) and with the copyright line among the [`COPYRIGHT_AFTER_NOTE_LINES`] shown
/// lines after it ("Products referenced are for general information only..." over "© 2023
/// ...").
fn drop_note_over_the_copyright(lines: &mut [Line]) {
    let Some(KeptGroups { groups, .. }) = KeptGroups::of(lines, ISLAND_GAP_LINES) else {
        return;
    };
    let [.., _, last] = &groups[..] else {
        return;
    };
    if last.len() > MAX_COPYRIGHT_NOTE_LINES {
        return;
    }
    let over_copyright = lines[last[last.len() - 1] + 1..]
        .iter()
        .filter(|l| l.class != Class::Noise)
        .take(COPYRIGHT_AFTER_NOTE_LINES)
        .any(is_footer_copyright);
    if over_copyright {
        for &i in last {
            lines[i].class = Class::Bad;
        }
    }
}

/// Readers' remarks under a question and its answers, each signed on a line of its own with a
/// dash, a name and the time it was written ("– anna", "Mar 5 at 20:37"): the posts are the
/// thread, the remarks on them are not. Signatures so shaped, [`MIN_LIST_ITEMS`] times or more,
/// go with the remark each signs.
fn drop_signed_remarks(lines: &mut [Line]) {
    // Each signature, with the line that stamps its time when that is another.
    let signature = |j: usize| {
        let line = &lines[j];
        let name = line.text.trim_start().strip_prefix(['-', '–', '—']).map(str::trim);
        if name.is_none_or(str::is_empty) || line.words > MAX_SIGNATURE_WORDS {
            return None;
        }
        if shows_clock_time(&line.text) {
            return Some((j, None));
        }
        (j + 1..lines.len())
            .take(STAMP_REACH_LINES)
            .find(|&k| is_stamp(&lines[k]))
            .map(|stamp| (j, Some(stamp)))
    };
    let signatures: Vec<(usize, Option<usize>)> = (0..lines.len()).filter_map(signature).collect();
    if signatures.len() < MIN_LIST_ITEMS {
        return;
    }
    for (j, stamp) in signatures {
        let remark = (0..j)
            .rev()
            .filter(|&i| lines[i].class != Class::Noise)
            .take(SIGNED_REMARK_REACH)
            .find(|&i| lines[i].class == Class::Good);
        for i in [Some(j), stamp, remark].into_iter().flatten() {
            lines[i].class = Class::Bad;
        }
    }
}

/// Whether a text shows a time of day: one or two digits, a colon and two digits ("9:05",
/// "20:37"), not inside a longer run of digits.
fn shows_clock_time(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    bytes.iter().enumerate().any(|(i, &b)| {
        let hours = (1..=2).take_while(|&n| i >= n && digit(i - n)).count();
        b == b':' && hours > 0 && !(i > hours && digit(i - hours - 1)) && digit(i + 1) && digit(i + 2) && !digit(i + 3)
    })
}

/// The furniture that parts a thread's posts: short lines of a few shapes that recur once for
/// each post, in the same order ("Share", "Follow" under each answer; "Joined", "Messages" by
/// each author's name), whatever words a site uses for them.
struct ThreadFrame {
    /// The furniture's lines, in order.
    marks: Vec<usize>,
    /// The lines between two of them that hold posts.
    posts: Vec<Range<usize>>,
}

/// The furniture of the thread that is the page's content, if the dump shows one: the shapes
/// (see [`line_shape`]) of short lines that are no prose by their own signals and recur at
/// least [`MIN_LIST_ITEMS`] times, as often as one of them and each once between two of its
/// occurrences, in the same order each time. Of the gaps between their lines, those after the
/// same one of them that hold the most prose are the posts; of the frames each shape would
/// open, the one whose posts hold the most prose is the thread's, when at least two thirds of
/// its posts hold prose. It is the page's content when its posts hold at least as much prose
/// as what the dump shows before them (an article whose comments follow holds more), none holds
/// nearly all of it ([`MAX_POST_SHARE`]), and its posts are dated: at least two thirds of the
/// times the furniture is shown, a date or a stamp stands within [`THREAD_DATE_REACH`] lines
/// (a share bar shown above and below an article is not). `own` holds the lines' classes by
/// their own signals.
fn thread_frame(lines: &[Line], own: &[Class]) -> Option<ThreadFrame> {
    let is_prose = |i: usize| matches!(own[i], Class::Good | Class::NearGood);
    let prose = |r: Range<usize>| -> usize { r.filter(|&i| is_prose(i)).map(|i| lines[i].units).sum() };
    // The shape of each short line that is no prose, hashed once.
    let shape_of: Vec<Option<u64>> = (0..lines.len())
        .map(|i| {
            (own[i] != Class::Noise && !is_prose(i) && lines[i].words <= MAX_STAMP_WORDS)
                .then(|| line_shape(&lines[i].key))
        })
        .collect();
    let mut at: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, shape) in shape_of.iter().enumerate() {
        if let Some(shape) = shape {
            at.entry(*shape).or_default().push(i);
        }
    }
    let mut shapes: Vec<Vec<usize>> = at.into_values().filter(|p| p.len() >= MIN_LIST_ITEMS).collect();
    shapes.sort_unstable_by_key(|p| p[0]);
    // (marks, the gap between them that holds the posts, the posts' prose, a period)
    let mut best: Option<(Vec<usize>, usize, usize, usize)> = None;
    for lead in &shapes {
        let n = lead.len();
        let members: Vec<&Vec<usize>> = shapes
            .iter()
            .filter(|p| p.len() == n && (0..n).all(|k| lead[k] <= p[k] && (k + 1 == n || p[k] < lead[k + 1])))
            .collect();
        let period = members.len();
        if period < MIN_SHARED_HEAD_LINES {
            continue;
        }
        let mut marks: Vec<usize> = members.into_iter().flatten().copied().collect();
        marks.sort_unstable();
        let shape = |j: usize| shape_of[marks[j]];
        if (period..marks.len()).any(|j| shape(j) != shape(j - period)) {
            continue;
        }
        let mut by_gap = vec![0; period];
        for j in 0..marks.len() - 1 {
            by_gap[j % period] += prose(marks[j] + 1..marks[j + 1]);
        }
        let Some(post_gap) = (0..period).max_by_key(|&t| (by_gap[t], std::cmp::Reverse(t))) else {
            continue;
        };
        let posts = (0..marks.len() - 1).filter(|&j| j % period == post_gap);
        let full = posts.clone().filter(|&j| prose(marks[j] + 1..marks[j + 1]) > 0).count();
        let count = posts.count();
        if count < 2 || full * 3 < count * 2 {
            continue;
        }
        if best.as_ref().is_none_or(|b| by_gap[post_gap] > b.2) {
            best = Some((marks, post_gap, by_gap[post_gap], period));
        }
    }
    let (marks, post_gap, post_prose, period) = best?;
    let posts: Vec<Range<usize>> = (0..marks.len() - 1)
        .filter(|&j| j % period == post_gap)
        .map(|j| marks[j] + 1..marks[j + 1])
        .collect();
    let largest = posts.iter().map(|r| prose(r.clone())).max().unwrap_or(0);
    if prose(0..marks[0]) > post_prose || largest as f64 > MAX_POST_SHARE * post_prose as f64 {
        return None;
    }
    let dated =
        |i: usize| is_stamp(&lines[i]) || (lines[i].words <= MAX_STAMP_WORDS && html::is_date_line(&lines[i].text));
    let shown: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class != Class::Noise || dated(i))
        .collect();
    let shows = marks.len() / period;
    let dated_shows = (0..marks.len())
        .filter(|&j| j % period == (post_gap + 1) % period)
        .filter(|&j| {
            let last = marks[(j + period - 1).min(marks.len() - 1)];
            let from = shown
                .partition_point(|&x| x < marks[j])
                .saturating_sub(THREAD_DATE_REACH);
            let to = (shown.partition_point(|&x| x <= last) + THREAD_DATE_REACH).min(shown.len());
            shown[from..to].iter().any(|&i| dated(i))
        })
        .count();
    (dated_shows * 3 >= shows * 2).then_some(ThreadFrame { marks, posts })
}

/// Keeps the lines of a thread's posts that are prose by their own signals (`own`) and that
/// the context pass dropped among the posts' furniture (a reply of a line between two blocks
/// of counts and buttons), unless the page repeats them.
fn keep_posts(lines: &mut [Line], frame: &ThreadFrame, own: &[Class]) {
    for i in frame.posts.iter().flat_map(|r| r.clone()) {
        if matches!(own[i], Class::Good | Class::NearGood) && lines[i].class == Class::Bad && !lines[i].template {
            lines[i].class = Class::Good;
        }
    }
}

/// A thread's posts each open with the same furniture (the author's post count, "Quote"): a
/// probable line of prose that such furniture heads, as it heads [`MIN_LIST_ITEMS`] runs of
/// kept lines, is a post too short to be kept alone (a reply of a sentence).
fn keep_posts_of_a_thread(lines: &mut [Line], near_good: &[bool]) {
    let starts: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].class == Class::Good && previous(lines, i).is_none_or(|p| lines[p].class != Class::Good))
        .collect();
    if starts.len() < MIN_LIST_ITEMS {
        return;
    }
    let mut heading: FxHashMap<u64, usize> = FxHashMap::default();
    for &i in &starts {
        for shape in furniture_before(lines, i) {
            *heading.entry(shape).or_default() += 1;
        }
    }
    heading.retain(|_, n| *n >= MIN_LIST_ITEMS);
    if heading.len() < MIN_SHARED_HEAD_LINES {
        return;
    }
    let posts: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            near_good[i]
                && lines[i].class == Class::Bad
                && furniture_before(lines, i)
                    .iter()
                    .filter(|shape| heading.contains_key(*shape))
                    .count()
                    >= MIN_SHARED_HEAD_LINES
        })
        .collect();
    for i in posts {
        lines[i].class = Class::Good;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_told_capitalised_as_split_words_are() {
        for text in [
            "",
            " ",
            "Home",
            "Home About Us",
            "Home  about",
            "by Anna Berg",
            " Home\tNews\x0Bsport",
            "Home\x0BNews",
            "Home\x1Fnews",
            "Home 2024",
            "Über Uns",
            "Home über",
            "Home\u{a0}news",
            "Home\u{3000}News",
            "Ärger im Ort",
            "(News) Home",
        ] {
            let split = text.split_whitespace().all(|word| word.starts_with(char::is_uppercase));
            assert_eq!(all_words_capitalised(text), split, "{text:?}");
        }
    }

    fn clean(text: &str) -> Vec<String> {
        extract(text, None, Lexicon::shared(), &Options::default(), &Deadline::none())
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    fn lowercased(texts: &[String]) -> Vec<String> {
        texts.iter().map(|t| t.to_lowercase()).collect()
    }

    type Dominant = Option<(whatlang::Lang, whatlang::Script)>;

    /// The document's language judged from its lines, with the lines left to judge.
    fn judged_document(texts: &[String]) -> (Languages<'_>, Dominant, Vec<usize>) {
        let sizes: Vec<usize> = texts.iter().map(|t| units::units(t)).collect();
        let mut languages = Languages::new(texts, Lexicon::shared(), Deadline::none());
        let (dominant, unjudged) =
            languages.judge_document(&sizes, &mut LineDensities::new(&lowercased(texts), Lexicon::shared()));
        (languages, dominant, unjudged)
    }

    const PARAGRAPH_A: &str = "The council approved the new budget on Tuesday after a long debate about the state of schools and roads in the district, and the mayor said that the vote was a good day for the town.";
    const PARAGRAPH_B: &str = "Officials said that the plan would be reviewed again in the spring, when the new figures are published, and that they expect the cost of the road works to be lower than it was last year.";

    #[test]
    fn past_the_deadline_no_line_s_language_is_judged() {
        let texts: Vec<String> = ["Home", "Kontakt", "Impressum"].map(String::from).to_vec();
        let passed = Deadline::after(Some(std::time::Duration::ZERO));
        let mut languages = Languages::new(&texts, Lexicon::shared(), passed);
        let (dominant, unjudged) = languages.judge_document(
            &[4, 7, 9],
            &mut LineDensities::new(&lowercased(&texts), Lexicon::shared()),
        );
        assert_eq!(dominant, None);
        assert!(unjudged.is_empty() && languages.judged.iter().all(Option::is_none));
        assert!(
            extract("Home\nKontakt\n", None, Lexicon::shared(), &Options::default(), &passed)
                .blocks
                .is_empty()
        );
    }

    #[test]
    fn a_numbered_list_the_article_announces_is_kept_and_one_beside_it_is_not() {
        let items = [
            "1. Multimeter",
            "2. Wire strippers",
            "3. Needle-nose pliers",
            "4. Fish tape",
        ];
        let most_read = ["1) Storm closes the harbour", "2) New bridge opens", "3) Mayor resigns"];
        let dump = format!(
            "Home\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nThese are the tools the crew takes to every site:\n{}\nShare\nMost read\n{}\n",
            items.join("\n"),
            most_read.join("\n")
        );
        let text = clean(&dump);
        for item in items {
            assert!(text.iter().any(|l| l == item), "{item} kept: {text:?}");
        }
        for item in most_read {
            assert!(!text.iter().any(|l| l == item), "{item} dropped: {text:?}");
        }
    }

    #[test]
    fn the_byline_and_dateline_beside_a_dump_s_headline_give_its_author_and_date() {
        let read = |dump: &str, url: Option<&str>| {
            let out = extract(dump, url, Lexicon::shared(), &Options::default(), &Deadline::none());
            (out.metadata.author, out.metadata.date)
        };
        let dump = format!(
            "Floods close bridges | The Paper\nHome\nNews\nFloods close bridges\nBy Anna Berg and Tom Li\nMarch 4, 2025\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nMost read\n"
        );
        assert_eq!(
            read(&dump, None),
            (Some("Anna Berg; Tom Li".to_string()), Some("2025-03-04".to_string()))
        );
        // A date the article's prose mentions is not the dump's; its address may give one.
        let undated =
            format!("Floods close bridges\n{PARAGRAPH_A} The bridges reopen on 4 March 2025.\n{PARAGRAPH_B}\n");
        assert_eq!(read(&undated, None), (None, None));
        assert_eq!(
            read(&undated, Some("https://news.example/2024/05/06/floods"))
                .1
                .as_deref(),
            Some("2024-05-06")
        );
        // An update's date stands in for the publication's only where no other is shown.
        let updated = dump.replace("March 4, 2025", "Published March 4, 2025 | Updated March 9, 2025");
        assert_eq!(read(&updated, None).1.as_deref(), Some("2025-03-04"));
        let only_updated = dump.replace("March 4, 2025", "Updated March 9, 2025");
        assert_eq!(read(&only_updated, None).1.as_deref(), Some("2025-03-09"));
    }

    #[test]
    fn a_byline_far_above_the_article_dates_it_when_nothing_nearer_does() {
        let read = |dump: &str| {
            let out = extract(dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
            (out.metadata.author, out.metadata.date)
        };
        // The headline is worded unlike the title, and share buttons and tags stand between
        // the byline and the article.
        let dump = format!(
            "A guide to floods | The Paper\nHome\nNews\nWhy the bridges closed\nBy Anna Berg\nMarch 4, 2025\nShare\nPrint\nEmail\nWeather\nRivers\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        assert_eq!(
            read(&dump),
            (Some("Anna Berg".to_string()), Some("2025-03-04".to_string()))
        );
        // A date with no byline beside it there is no stamp of the article's.
        let unsigned = dump.replace("By Anna Berg\n", "");
        assert_eq!(read(&unsigned).1, None);
    }

    #[test]
    fn a_post_s_stamp_with_its_date_before_the_byline_gives_the_author() {
        let read = |stamp: &str| {
            let dump = format!(
                "Floods close bridges | The Paper\nHome\nFloods close bridges\n{stamp}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
            );
            let out = extract(&dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
            (out.metadata.author, out.metadata.date)
        };
        let anna = (Some("Anna Berg".to_string()), Some("2025-03-04".to_string()));
        assert_eq!(read("March 4, 2025 by Anna Berg"), anna);
        assert_eq!(read("Posted on March 4, 2025 by Anna Berg"), anna);
        // The byline goes on with where the piece is filed, or with how many comments it has.
        assert_eq!(read("On March 4, 2025 By Anna Berg In Weather, Travel"), anna);
        assert_eq!(read("4. März 2025 von Anna Berg Ein Kommentar"), anna);
        assert_eq!(read("March 4, 2025 · by Anna Berg · in Weather"), anna);
        assert_eq!(read("March 4, 2025 · 3 min read · By Anna Berg"), anna);
        // A forum's label for who opened the thread is a byline.
        assert_eq!(read("Thread starter Anna Berg\nStart date March 4, 2025").0, anna.0);
        // A stamp that opens with a publication's label is one however long it goes on.
        assert_eq!(
            read("Posted on March 4, 2025 by Anna Berg - 5 Comments on Floods close bridges across the valley as the rivers rise"),
            anna
        );
        // Without a date before it, a byline word inside a line credits no one.
        assert_eq!(read("Photos taken by Anna Berg").0, None);
    }

    #[test]
    fn a_name_alone_between_the_headline_and_its_date_is_the_author_and_a_section_s_label_is_not() {
        let author = |dump: &str| {
            extract(dump, None, Lexicon::shared(), &Options::default(), &Deadline::none())
                .metadata
                .author
        };
        let dump = |title: &str, over_date: &str, dateline: &str| {
            format!("{title}\nHome\nNews\nFloods close bridges\n{over_date}\n{dateline}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nMost read\n")
        };
        let named = dump("Floods close bridges | The Paper", "Anna Berg", "March 4, 2025");
        assert_eq!(author(&named).as_deref(), Some("Anna Berg"));
        let with_role = dump(
            "Floods close bridges | The Paper",
            "Anna Berg, Science Editor",
            "Updated on March 4, 2025",
        );
        assert_eq!(author(&with_role).as_deref(), Some("Anna Berg"));
        // A label made of words the text writes in lower case is a section's.
        let section = dump("Floods close bridges | The Paper", "Bridge Closures", "March 4, 2025")
            .replace("Most read", "All bridge closures this winter");
        assert_eq!(author(&section), None);
        // So is the title's middle part ("Thread - Category - Forum").
        let category = dump(
            "Floods close bridges | Weather Desk | The Paper",
            "Weather Desk",
            "March 4, 2025",
        );
        assert_eq!(author(&category), None);
        // Words in an address or a handle are written in lower case whatever they are.
        let reachable = named.replace("Most read", "Write to anna.berg@paper.example or follow @annaberg");
        assert_eq!(author(&reachable).as_deref(), Some("Anna Berg"));
        // A date after someone's handle is that handle's post: the line above it is no byline.
        let post = dump(
            "Floods close bridges | The Paper",
            "Anna Berg",
            "rivers42 March 4, 2025",
        );
        assert_eq!(author(&post).as_deref(), Some("rivers42"));
        // A word alone over the name labels it as a field ("Developer", "Publisher").
        let field = named.replace(
            "Floods close bridges\nAnna Berg",
            "Floods close bridges\nPublisher\nAnna Berg",
        );
        assert_eq!(author(&field), None);
    }

    #[test]
    fn the_stamp_of_a_thread_s_first_post_names_its_author() {
        let author = |stamp: &str| {
            let dump = format!("Floods close bridges - Town - The Forum\nThe Forum\nFloods close bridges\nTown\n{stamp}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
            extract(&dump, None, Lexicon::shared(), &Options::default(), &Deadline::none())
                .metadata
                .author
        };
        assert_eq!(
            author("river_fan42 March 4, 2025, 3:22pm 1").as_deref(),
            Some("river_fan42")
        );
        assert_eq!(
            author("RiverFan (Anna Berg) March 4, 2025, 3:22pm 1").as_deref(),
            Some("RiverFan")
        );
        assert_eq!(author("Anna Berg · 2025-03-04 19:44").as_deref(), Some("Anna Berg"));
        // A place before the date is a dateline's, and a word written as words are is no handle.
        assert_eq!(author("HAMBURG, March 4, 2025"), None);
        assert_eq!(author("Stand March 4, 2025"), None);
        assert_eq!(author("Posted March 4, 2025"), None);
    }

    #[test]
    fn the_headline_shown_again_farther_into_the_dump_gives_the_date_beside_it() {
        let read = |dump: &str| {
            let out = extract(dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
            (out.metadata.author, out.metadata.date)
        };
        // Paragraphs kept before the menus put the article's start, and the search for its
        // headline and dateline, far above the headline the page shows.
        let early = "The river valley has seen three floods in ten years, and the council has spent more on its defences against the water than any town nearby.\n\
                     Farmers in the lower fields say that the water now comes faster than it did when they were young, and that the old banks no longer hold it back.";
        let menus = "Home\nNews\nSport\nWeather\nOpinion\nCulture\nTravel\nMoney\nScience\nHealth\nPodcasts\nPuzzles\nVideo\nEvents";
        let dump = format!(
            "Floods close bridges | The Paper\n{early}\n{menus}\nFloods close bridges\nBy Anna Berg\nMarch 4, 2025\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nMost read\n"
        );
        assert_eq!(
            read(&dump),
            (Some("Anna Berg".to_string()), Some("2025-03-04".to_string()))
        );
        // Shown again after the article, it is a list's entry: its date is another piece's.
        let listed = format!(
            "Floods close bridges | The Paper\n{early}\n{menus}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nMost read\nFloods close bridges\nMarch 4, 2025\nRoads reopen\n"
        );
        assert_eq!(read(&listed), (None, None));
    }

    #[test]
    fn a_dateline_just_above_the_article_far_below_its_headline_dates_it() {
        let date = |dump: &str| {
            let out = extract(dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
            out.metadata.date
        };
        let categories = "Share it\nFacebook\nEmail\nCategories\nConsulting\nData Science\nInterviewing\nJob Applications\nMarket Research\nNews\nPharmaceutical\nRecruiting\nSalaries";
        let dump = format!(
            "Floods close bridges | The Paper\nHome\nNews\nFloods close bridges\n{categories}\nApril 16, 2019\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        assert_eq!(date(&dump).as_deref(), Some("2019-04-16"));
        // A date among the lines after the article's start is its own text's, or a reply's.
        let inside = format!(
            "Floods close bridges | The Paper\nHome\nNews\nFloods close bridges\n{categories}\n{PARAGRAPH_A}\nApril 16, 2019\n{PARAGRAPH_B}\n"
        );
        assert_eq!(date(&inside), None);
    }

    #[test]
    fn a_list_head_has_its_number_and_words_after_it() {
        assert_eq!(numbered_head("12) Taboo"), Some((12, ')')));
        assert_eq!(numbered_head(" 3. Pliers"), Some((3, '.')));
        assert_eq!(numbered_head("1.5 mm"), None, "a decimal");
        assert_eq!(numbered_head("1.2 Setup"), None, "a section's number");
        assert_eq!(numbered_head("2024. Year in review"), None, "a year");
        assert_eq!(numbered_head("7 days ago"), None, "no mark");
    }

    fn title_and_text(text: &str) -> (Option<String>, Vec<String>) {
        let out = extract(text, None, Lexicon::shared(), &Options::default(), &Deadline::none());
        (out.title, out.blocks.into_iter().map(|b| b.text).collect())
    }

    #[test]
    fn the_headline_shown_after_the_menus_is_the_title_and_leaves_the_text() {
        let dump = format!(
            "Council passes budget | News | The Town Paper\nHome\nNews\nSport\nCouncil passes the budget\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        let (title, text) = title_and_text(&dump);
        assert_eq!(
            title.as_deref(),
            Some("Council passes the budget"),
            "the best agreeing line"
        );
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_line_that_says_the_title_s_section_and_site_is_not_its_headline() {
        // The site's section shown as a line agrees with most of the title's words, but the
        // page's own part of the title is the headline shown after it.
        let dump = format!(
            "Budget - Town council news | The Town Paper\nHome\nTown council news\nBudget\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        let (title, text) = title_and_text(&dump);
        assert_eq!(title.as_deref(), Some("Budget"));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
        // A headline that holds the first part and more is the headline as it stands.
        let dump = format!(
            "Budget - Town council news | The Town Paper\nHome\nTown council news\nBudget: the town council passes it\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        assert_eq!(
            title_and_text(&dump).0.as_deref(),
            Some("Budget: the town council passes it")
        );
    }

    #[test]
    fn an_initialism_ends_a_title_and_a_letter_alone_is_none() {
        let dump =
            format!("Top 10 makers of ovens in the U.S.A. - The Trade Directory\nHome\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(
            title_and_text(&dump).0.as_deref(),
            Some("Top 10 makers of ovens in the U.S.A."),
            "an initialism's stop ends no sentence"
        );
        let letter = format!("A\nHome\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(title_and_text(&letter).0, None);
    }

    #[test]
    fn without_a_line_agreeing_the_first_line_s_own_part_is_the_title() {
        let dump = format!("Council passes budget | The Town Paper\nHome\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(title_and_text(&dump).0.as_deref(), Some("Council passes budget"));
        let motto = format!("The Town Paper – All the news that fits.\n{PARAGRAPH_A}\n");
        assert_eq!(
            title_and_text(&motto).0.as_deref(),
            Some("The Town Paper"),
            "a motto may end a sentence"
        );
    }

    #[test]
    fn the_headline_is_looked_for_up_to_two_lines_into_the_article() {
        let about = "Our newsroom has covered the towns of the valley since it was founded, and it is run by a small team of reporters who live in the towns they write about and who answer every letter that our readers send to them.";
        let shown = |menu: &str| {
            let dump = format!(
                "Council passes budget | News | The Town Paper\n{about}\n{menu}Council passes the budget\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
            );
            title_and_text(&dump).0
        };
        // The first line leads the article here, and the headline is two lines after it.
        assert_eq!(shown("").as_deref(), Some("Council passes the budget"));
        assert_eq!(
            shown("Home\n").as_deref(),
            Some("Council passes budget"),
            "three lines in, the first line's own part"
        );
    }

    #[test]
    fn a_first_line_as_long_as_two_long_lines_is_no_title() {
        let details = ["Trail shoe 5, waterproof leather upper, lined with wool, on a rubber sole"; 5].join(", ");
        let shop = format!("{details}, sizes 36 to 47, in stock");
        let exclaimed = format!("{shop}!");
        assert_eq!(units::units(&exclaimed), MAX_TITLE_UNITS);
        let article = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(title_and_text(&format!("{shop}\n{article}")).0, Some(shop.clone()));
        assert_eq!(title_and_text(&format!("{exclaimed}\n{article}")).0, None);
    }

    #[test]
    fn a_dump_opening_with_prose_has_no_title_and_loses_nothing() {
        let (title, text) = title_and_text(&format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n"));
        assert_eq!(title, None);
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
        let (title, text) = title_and_text("Council passes budget");
        assert_eq!(title.as_deref(), Some("Council passes budget"));
        assert_eq!(
            text,
            ["Council passes budget"],
            "a dump of its title alone keeps it as its text"
        );
    }

    #[test]
    fn short_lines_are_detected_only_where_script_or_stopwords_leave_their_language_open() {
        let (long, other) = (
            format!("{PARAGRAPH_A} {PARAGRAPH_B}"),
            format!("{PARAGRAPH_B} {PARAGRAPH_A}"),
        );
        let texts: Vec<String> = [
            long.as_str(),
            other.as_str(),
            "The mayor said that it was a good day for all of the town.",
            "Alle Rechte vorbehalten, Nachdruck nur mit Genehmigung des Verlags",
            "Всі права захищені, передрук лише з дозволу видавця газети",
        ]
        .map(str::to_string)
        .to_vec();
        let (mut languages, dominant, unjudged) = judged_document(&texts);
        assert_eq!(dominant.map(|(l, _)| l), Some(whatlang::Lang::Eng));
        // Line 2's stopwords say it is English; line 3 has few, line 4 another script.
        assert_eq!(unjudged, [3, 4], "left to judge");
        languages.judge(3);
        assert_eq!(
            languages.judged[3].as_ref().map(|i| i.lang()),
            Some(whatlang::Lang::Deu)
        );
        let (_, text) = title_and_text(&texts.join("\n"));
        assert_eq!(text[..2], texts[..2]);
        assert!(
            !text.iter().any(|l| l.starts_with("Alle") || l.starts_with("Всі")),
            "the footers in other languages go: {text:?}"
        );
    }

    #[test]
    fn without_long_lines_the_short_ones_together_say_the_document_s_language() {
        let texts: Vec<String> = [
            "Wanderschuhe aus Leder, wasserdicht und mit Wolle gefüttert",
            "Die Sohle ist aus Gummi und hält auch auf nassem Stein",
            "Wir liefern innerhalb von drei Tagen an jede Adresse im Land",
            "Sign in to see your orders and the items saved to your list",
        ]
        .map(str::to_string)
        .to_vec();
        assert!(texts.iter().all(|t| units::units(t) < LONG_UNITS));
        let (languages, dominant, unjudged) = judged_document(&texts);
        assert_eq!(dominant.map(|(l, _)| l), Some(whatlang::Lang::Deu));
        assert!(
            languages.judged.iter().all(Option::is_none),
            "one sample, no line judged alone"
        );
        assert_eq!(unjudged, [3], "only the line without German stopwords is left to judge");
    }

    #[test]
    fn a_language_picker_does_not_say_the_document_s_language() {
        // Names of languages, as pickers write them in Latin script, long enough to outweigh
        // the article, with no sentence in them.
        let picker = "Bahasa Indonesia Bahasa Melayu Basa Jawa Basa Sunda Bahasa Bali Bahasa Banjar \
            Bahasa Minangkabau Bahasa Aceh Bahasa Gorontalo Bahasa Bugis Basa Madhura Bahasa Betawi "
            .repeat(4);
        let texts: Vec<String> = vec![picker.trim().to_string(), format!("{PARAGRAPH_A} {PARAGRAPH_B}")];
        let (_, dominant, _) = judged_document(&texts);
        assert_eq!(dominant.map(|(l, _)| l), Some(whatlang::Lang::Eng));
    }

    /// A shop's listing as a scraper saves it: each product a few short lines and a button.
    fn listing(products: &[&str]) -> String {
        let items = listed_items(products, |_| "");
        format!("Home\nShop\nCart\nWinter boots\n{PARAGRAPH_A}\n{items}About us\nContact\nPrivacy policy\n")
    }

    /// A listing's items: a name, a line of details, the item's `label` lines, a price and a
    /// button.
    fn listed_items(products: &[&str], label: impl Fn(usize) -> &'static str) -> String {
        products
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!(
                    "{name}\nWaterproof leather, lined with wool, size {i} to {}\n{}$1{i}9.00\nAdd to cart\n",
                    i + 6,
                    label(i)
                )
            })
            .collect()
    }

    const PRODUCTS: [&str; 5] = [
        "Alpine hiker",
        "Harbour boot",
        "Moss walker",
        "Ridge runner",
        "Fell climber",
    ];

    #[test]
    fn a_ranking_keeps_its_ranks_scores_and_prices_but_not_its_counts() {
        let items: String = PRODUCTS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!(
                    "{}.\n{name}\nWaterproof leather, lined with wool, size {i} to {}\n$1{i}9.00\n3{i}7\n",
                    i + 1,
                    i + 6,
                )
            })
            .collect();
        let text = clean(&format!(
            "Home\nShop\nBest winter boots\n{PARAGRAPH_A}\n{items}About us\nContact\n"
        ));
        // The last item's lines after its name are left to what follows the list.
        for (i, name) in PRODUCTS[..PRODUCTS.len() - 1].iter().enumerate() {
            let at = text
                .iter()
                .position(|l| l == name)
                .unwrap_or_else(|| panic!("{name} stays: {text:?}"));
            // The rank before the first item stands beside the article's last line.
            if i > 0 {
                assert_eq!(text[at - 1], format!("{}.", i + 1), "{text:?}");
            }
            assert_eq!(text[at + 2], format!("$1{i}9.00"), "{text:?}");
            assert!(!text.contains(&format!("3{i}7")), "a count goes: {text:?}");
        }
    }

    #[test]
    fn figures_are_values_and_not_counts() {
        for figure in ["9.1", "8,75", "$24.99", "+ 7,90 €", "$ 13,799.99", "12.5%", "2.", "€5"] {
            assert!(is_figure(figure), "{figure}");
        }
        for other in ["1317", "0", "1,046", "#1", "2024", "$", "12.345", "Top 10", "3.1 Setup"] {
            assert!(!is_figure(other), "{other}");
        }
    }

    #[test]
    fn a_separator_also_in_a_menu_still_marks_the_list_and_labels_some_items_carry_stay() {
        // The button's text stands in the menu too, far from the list.
        let menu = "Add to cart\nHome\nShop\nSale\nBrands\nGift cards\nStores\nHelp\nReturns\nDelivery\nAccount\nWish list\nCompare\nNews\n";
        // Two items carry a label that recurs in the list alone.
        let items = listed_items(&PRODUCTS, |i| if i % 2 == 1 { "Only a few left\n" } else { "" });
        let text = clean(&format!("{menu}Winter boots\n{PARAGRAPH_A}\n{items}"));
        for name in PRODUCTS {
            assert!(text.iter().any(|l| l == name), "{name} stays: {text:?}");
        }
        assert_eq!(text.iter().filter(|l| *l == "Only a few left").count(), 2, "{text:?}");
        assert!(!text.iter().any(|l| l == "Add to cart" || l == "Home"), "{text:?}");
    }

    #[test]
    fn headings_a_table_of_contents_lists_head_their_sections_and_a_menu_twice_does_not() {
        let headings = ["Before the vote", "The debate", "What comes next"];
        let sections: String = headings
            .iter()
            .map(|h| format!("{h}\nOn {h}: {PARAGRAPH_A}\nOn {h}: {PARAGRAPH_B}\n"))
            .collect();
        let intro = "The town's budget for next year passed after three weeks of talks; here is how it went.";
        let text = clean(&format!(
            "Town budget passes | The Town Paper\nHome\nNews\n{PARAGRAPH_A}\n{intro}\nContents\n{}\n{sections}",
            headings.join("\n")
        ));
        for heading in headings {
            assert_eq!(
                text.iter().filter(|l| *l == heading).count(),
                1,
                "{heading} heads its section: {text:?}"
            );
        }
        // A menu shown again in the footer is not a table of contents.
        let menu = "Home\nNews\nSport\nWeather\n";
        let text = clean(&format!("{menu}{PARAGRAPH_A}\n{PARAGRAPH_B}\n{menu}"));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_field_s_label_each_section_repeats_is_not_a_template() {
        let sections: String = ["the first year", "the second year", "the final year"]
            .iter()
            .map(|year| format!("What it covers:\nIn {year}, {PARAGRAPH_A}\n"))
            .collect();
        let text = clean(&format!("{PARAGRAPH_B}\n{sections}"));
        assert_eq!(text.iter().filter(|l| *l == "What it covers:").count(), 3, "{text:?}");
    }

    #[test]
    fn the_article_shown_again_on_one_line_is_kept_once() {
        let paragraphs: Vec<String> = (1..=8)
            .map(|n| format!("In the report of week {n}, {PARAGRAPH_A} {PARAGRAPH_B}"))
            .collect();
        let copy = paragraphs.join(" ");
        let dump = format!("{}\n{copy}\n", paragraphs.join("\n"));
        assert_eq!(clean(&dump), paragraphs);
        // A long paragraph that repeats a little of the others stays.
        let long = format!("{} {}", paragraphs[0], "Residents asked why the school was closed for so long, and the mayor promised an answer in writing before the summer. ".repeat(8));
        let dump = format!("{}\n{long}\n", paragraphs[1..].join("\n"));
        assert_eq!(clean(&dump).len(), 8);
    }

    #[test]
    fn a_list_s_items_with_fewer_stopwords_than_prose_are_judged_by_their_neighbours() {
        let items = [
            "Book the venue six months ahead: deposit, signed contract, cancellation insurance and parking",
            "Choose the photographer in spring: portfolio, price per hour, prints and an album for parents",
            "Send the invitations by August: guest list, postal addresses, dietary needs and seating plan",
        ];
        let dump = format!("{PARAGRAPH_A}\n{}\n{PARAGRAPH_B}\n", items.join("\n"));
        let text = clean(&dump);
        for item in items {
            assert!(text.iter().any(|l| l == item), "{item} stays: {text:?}");
        }
    }

    #[test]
    fn a_cookie_notice_is_never_the_article_however_long() {
        let notice = "We and our partners store cookies and similar technologies on your device to measure \
            how our website is used, to remember your choices and to show you advertising that suits \
            your interests; you may withdraw your consent at any time in the settings of your browser.";
        let recipe = "These are our favourite cookies: we bake them every Sunday with brown butter, a pinch \
            of salt and plenty of dark chocolate, and they keep for a week in a tin.";
        let text = clean(&format!(
            "{notice}\n{notice} {notice}\nHome\nNews\n{PARAGRAPH_A}\n{recipe}\n{PARAGRAPH_B}\n"
        ));
        assert_eq!(text, [PARAGRAPH_A, recipe, PARAGRAPH_B]);
    }

    #[test]
    fn what_follows_the_article_apart_and_smaller_is_trailing_matter() {
        let chrome: String = (1..=12).map(|i| format!("Section {i}\n")).collect();
        let policy = "We use your data to run this site and to show you what you asked for, and we never sell it to anyone; read our policy to learn more about how we keep it safe.";
        let dump = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n{PARAGRAPH_A} {PARAGRAPH_B}\n{chrome}{policy}\n");
        let long = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B, long.as_str()]);
        // Close to the article, or as large as it, it is more of the article.
        let near = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nSection 1\n{policy}\n");
        assert_eq!(clean(&near), [PARAGRAPH_A, PARAGRAPH_B, policy]);
    }

    /// A forum thread's dump: the site's menu and its notice to readers without scripts, then
    /// each post under the same furniture (its author, their join date and post count, the
    /// buttons).
    fn thread(posts: &[&str]) -> String {
        let menu = "Forums\nWhat's new\nLatest posts\nMembers\nLog in\nRegister\n";
        let notice = "JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.";
        let mut dump = format!("{menu}{notice}\nCouncil budget vote\n");
        for (i, post) in posts.iter().enumerate() {
            dump += &format!(
                "member{i}\nWell-known member\nJoined\nMar {i}, 2019\nMessages\n{}\nReaction score\n{}\n\
                 Location\nSpringfield\n#{}\nAdd bookmark\n{post}\nReply\nReport\n",
                100 + 37 * i,
                10 + i,
                i + 1,
            );
        }
        dump + "Share:\nFacebook\nEmail\nTerms and rules\nPrivacy policy\n"
    }

    /// A thread's posts on a vote: a long opening post, then replies long and short.
    fn vote_posts() -> [String; 6] {
        [
            format!("{PARAGRAPH_A} {PARAGRAPH_B}"),
            "I was at the meeting too, and I thought that the vote was fair to the people of the town.".to_string(),
            format!("{PARAGRAPH_B} {PARAGRAPH_A}"),
            "The roads near the school have needed the work for years, so I am glad it passed.".to_string(),
            format!("{PARAGRAPH_B} The schools will get new roofs first, and the roads after that."),
            "We will see in the spring whether the cost of the road works really is lower than last year.".to_string(),
        ]
    }

    #[test]
    fn a_thread_s_replies_are_its_content_however_short() {
        let posts = vote_posts();
        let text = clean(&thread(&posts.each_ref().map(String::as_str)));
        assert_eq!(text, posts, "the posts, less their furniture and the site's notice");
    }

    /// A thread's dump that opens with a summary of the discussion, larger than any post and
    /// under other furniture than theirs, then the posts (see [`thread`]).
    fn summarised_thread(posts: &[&str]) -> String {
        let summary = format!(
            "Discussion overview\n{PARAGRAPH_A} {PARAGRAPH_B}\n\
             Members of the thread disagree on whether the repairs can be paid for without raising the tax on homes, and several of them ask the council to publish the contracts. \
             Others point out that the school roofs come first in the plan, and that the road works will only begin once the roofs are finished, perhaps late in the next year.\n\
             {PARAGRAPH_B} Members of the thread disagree on whether the repairs can be paid for without raising the tax on homes, and several of them ask the council to publish the contracts.\n"
        );
        thread(posts).replacen("Council budget vote\n", &format!("Council budget vote\n{summary}"), 1)
    }

    #[test]
    fn a_thread_s_replies_headed_alike_stay_after_a_larger_summary_headed_otherwise() {
        let posts = [
            "I was at the meeting too, and I thought that the vote was fair to the people of the town and its schools. The debate was long, but everyone who asked to speak at the meeting was heard by the council.",
            "The roads near the school have needed the work for years, so I am glad that the budget finally passed. The repairs should start before the winter comes, and the buses will take another road meanwhile.",
            "We will see in the spring whether the cost of the road works really is lower than it was last year. The figures will be published then, and all of us can read them and judge for ourselves.",
            "My street is on the list for the spring, and the letter from the council says the work will take a month. They also promised that the street would stay open for the residents during the whole of that month.",
        ];
        let text = clean(&summarised_thread(&posts));
        for post in posts {
            assert!(text.iter().any(|l| l == post), "{post:?} stays: {text:?}");
        }
    }

    #[test]
    fn a_thread_s_replies_quoting_its_posters_are_no_comments() {
        // Two replies quote a part of an earlier post, each under a line naming its poster,
        // whose name heads that post: the quotations are no lines the dump showed before.
        let [long, short, again, reply, third, later] = vote_posts();
        let quoting = format!("member0 wrote:\nthe mayor said that the vote was a good day\n{again}");
        let requoting = format!("member1 wrote:\nthe vote was fair to the people\n{third}");
        let posts = [&long, &short, &quoting, &reply, &requoting, &later].map(String::as_str);
        let text = clean(&thread(&posts));
        for post in [&again, &reply, &third, &later] {
            assert!(text.iter().any(|l| l == post), "{post:?} stays: {text:?}");
        }
    }

    #[test]
    fn a_listing_s_items_are_its_content_and_its_buttons_are_not() {
        let text = clean(&listing(&PRODUCTS));
        for name in PRODUCTS {
            assert!(text.iter().any(|l| l == name), "{name} stays: {text:?}");
        }
        assert!(text.iter().any(|l| l.starts_with("Waterproof leather")));
        for chrome in ["Add to cart", "Home", "Privacy policy"] {
            assert!(!text.iter().any(|l| l == chrome), "{chrome} goes: {text:?}");
        }
    }

    /// A shop's products, each a name, a line of details, a price and a button.
    fn products(names: &[&str], material: &str, button: &str) -> String {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                format!(
                    "{name}\nWaterproof {material} upper, lined with wool, on a rubber sole, size {i} to {}\n$1{i}9.00\n{button}\n",
                    i + 6
                )
            })
            .collect()
    }

    const BOOTS: [&str; 5] = [
        "Alpine hiker",
        "Harbour boot",
        "Moss walker",
        "Ridge runner",
        "Fell climber",
    ];

    /// The article is shorter than the listing after it.
    fn listing_after_article(listing: &str) -> String {
        format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nSorted by the lowest price first\n{listing}About us\nContact\nPrivacy policy\n")
    }

    #[test]
    fn a_listing_longer_than_the_article_is_kept_from_its_first_item_to_its_last() {
        let text = clean(&listing_after_article(&products(&BOOTS, "leather", "Add to cart")));
        assert!(
            text.starts_with(&[PARAGRAPH_A.to_string(), PARAGRAPH_B.to_string()]),
            "{text:?}"
        );
        for name in BOOTS {
            assert!(text.iter().any(|l| l == name), "{name} stays: {text:?}");
        }
        assert_eq!(
            text.iter().filter(|l| l.starts_with("Waterproof leather")).count(),
            BOOTS.len(),
            "{text:?}"
        );
        // An item's price stays with it; its button does not.
        assert!(text.iter().any(|l| l == "$109.00"), "{text:?}");
        for chrome in ["Sorted by the lowest price first", "Add to cart", "Privacy policy"] {
            assert!(!text.iter().any(|l| l == chrome), "{chrome} goes: {text:?}");
        }
    }

    /// A category page's recipes, one title to a line: nothing recurs between them.
    const SOUPS: [&str; 12] = [
        "Smoky Red Lentil Soup With Lemon",
        "Creamy Roasted Cauliflower and Leek Soup",
        "Five-Bean Chili for a Crowd (Freezer Friendly)",
        "Quick Miso Soup With Silken Tofu and Greens",
        "Hearty Barley and Mushroom Stew",
        "Spiced Carrot Soup With Toasted Seeds",
        "Classic Chicken Noodle Soup From Scratch",
        "Tomato and White Bean Soup With Rosemary",
        "Green Pea Soup With Mint and Yogurt",
        "Slow-Cooker Beef and Potato Stew",
        "Thai-Style Pumpkin Soup With Coconut Milk",
        "Golden Onion Soup With Cheese Toasts",
    ];

    /// A category page: menus, its introduction, its recipes (one shown twice, as an image's
    /// caption over its title), pages and the footer.
    fn category(intro: &str) -> String {
        let mut titles: Vec<&str> = SOUPS.to_vec();
        titles.insert(3, SOUPS[3]);
        format!(
            "Soup Recipes | The Kitchen\nRecipes\nHow-Tos\nWeeknight Dinners\nSoup Recipes\n{intro}\n{}\nPage 1\nPage 2\nNext page\nAbout Us\nCareers\nTerms of Service\nPrivacy Policy\n",
            titles.join("\n")
        )
    }

    #[test]
    fn a_listing_s_titles_after_its_introduction_are_its_content() {
        let text = clean(&category(&format!("{PARAGRAPH_A}\n{PARAGRAPH_B}")));
        assert!(text.starts_with(&[PARAGRAPH_A.to_string()]), "{text:?}");
        // The title shown twice is passed over, and the run goes on after it.
        for title in SOUPS.iter().filter(|&&t| t != SOUPS[3]) {
            assert!(text.iter().any(|l| l == title), "{title} stays: {text:?}");
        }
        for chrome in ["Weeknight Dinners", "Next page", "Terms of Service", "Privacy Policy"] {
            assert!(!text.iter().any(|l| l == chrome), "{chrome} goes: {text:?}");
        }
        // After an article that holds more, the same titles are a teaser river.
        let article = [PARAGRAPH_A, PARAGRAPH_B]
            .iter()
            .flat_map(|p| [p.to_string(), p.replace("the", "that")])
            .collect::<Vec<_>>()
            .join("\n");
        let text = clean(&category(&article));
        assert!(text.len() >= 4, "{text:?}");
        for title in SOUPS {
            assert!(!text.iter().any(|l| l == title), "{title} goes: {text:?}");
        }
    }

    /// Twenty search results, each a title and a line that recurs with another number each time.
    fn results() -> String {
        let colours = ["Black", "Brown", "Grey", "Olive"];
        colours
            .iter()
            .flat_map(|colour| BOOTS.iter().map(move |boot| format!("{colour} {boot}")))
            .enumerate()
            .map(|(i, title)| format!("{}. {title} in waxed leather\n{} days ago\n", i + 1, 3 * i + 2))
            .collect()
    }

    #[test]
    fn separators_that_differ_in_their_numbers_mark_a_list_that_must_outweigh_the_article_twice() {
        let results = results();
        let intro = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        let listing = clean(&format!(
            "Home\nShop\nNew this week\n{intro}{results}About us\nContact\n"
        ));
        assert!(
            listing.iter().any(|l| l.starts_with("1. Black Alpine hiker")),
            "{listing:?}"
        );
        assert!(
            listing.iter().any(|l| l.starts_with("20. Olive Fell climber")),
            "{listing:?}"
        );
        assert!(!listing.iter().any(|l| l == "About us"), "{listing:?}");
        // After an article more than half as long (though shorter), such a list is a teaser
        // river.
        let article = format!("{intro}{PARAGRAPH_A} {PARAGRAPH_B}\n");
        let teasers = clean(&format!("{article}More stories\n{results}"));
        assert!(!teasers.iter().any(|l| l.contains("Alpine hiker")), "{teasers:?}");
    }

    /// An index's entries from A to `last`, and the index: each entry under its letter.
    fn index_to(last: char) -> (Vec<String>, String) {
        let entries: Vec<String> = ('A'..=last)
            .enumerate()
            .map(|(i, letter)| format!("{letter}-series clamps, hooks and {} rings", i + 3))
            .collect();
        let index = entries.iter().map(|e| format!("{}\n{e}\n", &e[..1])).collect();
        (entries, index)
    }

    #[test]
    fn an_index_s_letters_mark_its_list() {
        let (entries, index) = index_to('P');
        let text = clean(&format!(
            "Home\nCatalogue\nContact\nParts by name\n{PARAGRAPH_A}\n{index}Subscribe\nCareers\n"
        ));
        for entry in &entries {
            assert!(text.contains(entry), "{entry} stays: {text:?}");
        }
        assert!(!text.iter().any(|l| l == "A" || l == "Careers"), "{text:?}");
    }

    #[test]
    fn a_list_that_ends_before_the_page_s_headline_is_its_menu() {
        let (entries, index) = index_to('Z');
        let page = |before: &str, after: &str| {
            format!(
                "Harbour tide clock by Fellcraft - The Shop\nHome\nBrands\n{before}Harbour tide clock\n{after}$89.00\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nAdd to cart\n"
            )
        };
        let text = clean(&page(&index, ""));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B], "{text:?}");
        // The same list after the headline is the page's content.
        let text = clean(&page("", &index));
        assert!(text.contains(&entries[0]), "{text:?}");
    }

    /// A parts index: letters A to F, each over 15 or 2 entries, the letter shown as `head`
    /// makes it; the dump and the entries.
    fn valve_index(head: impl Fn(char) -> String) -> (String, Vec<String>) {
        const KINDS: [&str; 15] = [
            "gate",
            "ball",
            "check",
            "globe",
            "needle",
            "plug",
            "butterfly",
            "pinch",
            "relief",
            "control",
            "float",
            "foot",
            "knife",
            "slide",
            "spool",
        ];
        let letters: Vec<char> = ('A'..='F').collect();
        let sections: Vec<(char, Vec<String>)> = letters
            .iter()
            .enumerate()
            .map(|(i, &letter)| {
                let count = if i % 2 == 0 { 15 } else { 2 };
                let entries = KINDS[..count]
                    .iter()
                    .map(|kind| format!("{letter}-type {kind} valve in brass"));
                (letter, entries.collect())
            })
            .collect();
        let contents: String = letters.iter().map(|l| format!("{l}\n")).collect();
        let index: String = sections
            .iter()
            .map(|(letter, entries)| format!("{}{}\n", head(*letter), entries.join("\n")))
            .collect();
        let dump = format!("Home\nCatalogue\nParts by name\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{contents}{index}Careers\n");
        (dump, sections.into_iter().flat_map(|(_, entries)| entries).collect())
    }

    #[test]
    fn an_index_s_letters_mark_its_list_however_many_entries_each_holds() {
        let (dump, entries) = valve_index(|letter| format!("{letter}\n"));
        let text = clean(&dump);
        for entry in &entries {
            assert!(text.contains(entry), "{entry} stays: {text:?}");
        }
    }

    #[test]
    fn an_index_s_letter_shown_again_beside_its_edit_link_still_marks_its_list() {
        let (dump, entries) = valve_index(|letter| format!("{letter}\n[ edit ]\n{letter}\n"));
        let text = clean(&dump);
        for entry in &entries {
            assert!(text.contains(entry), "{entry} stays: {text:?}");
        }
        assert!(!text.iter().any(|l| l == "[ edit ]"), "{text:?}");
    }

    #[test]
    fn a_river_of_news_after_an_article_is_no_list_of_its_content() {
        let article: String = (1..=7)
            .map(|n| format!("{PARAGRAPH_A} It was meeting number {n} on the subject this year.\n"))
            .collect();
        // More text than the article's, each piece under the same label, byline and date.
        let river: String = (1..=12)
            .map(|n| {
                format!(
                    "Top stories\nHarbour works start in week {n}\nBy the newsroom\nDecember 19, 2025\n\
                     THE HARBOUR WORKS began on Monday in week {n}, and the port authority said that ships \
                     would be guided to the northern quay while the southern one is rebu...\n"
                )
            })
            .collect();
        let text = clean(&format!(
            "Home\nNews\nSport\n{article}Also in the news\n{river}Contact us\n"
        ));
        assert_eq!(text.len(), 7, "the article alone: {text:?}");
        // After an introduction the same river is the page's content.
        let text = clean(&format!("Home\nNews\nSport\n{PARAGRAPH_A}\n{river}Contact us\n"));
        assert!(text.iter().any(|l| l == "Harbour works start in week 1"), "{text:?}");
    }

    #[test]
    fn bylines_mark_a_list_of_pieces_but_a_menu_sharing_a_word_is_none() {
        let authors = ["Anna Berg", "Tom Li and Eva Roth", "Jo Park", "Sam Reed", "Ida Holm"].repeat(2);
        let pieces: Vec<(String, String)> = (2..12)
            .map(|n| {
                (
                    format!("The best tent for {n} people"),
                    format!("We slept in a dozen tents over the summer to find the one that keeps {n} people dry."),
                )
            })
            .collect();
        let river: String = pieces
            .iter()
            .zip(&authors)
            .map(|((headline, teaser), author)| format!("{headline}\nby {author}\n{teaser}\n"))
            .collect();
        let article = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        let text = clean(&format!("Home\nReviews\n{article}{river}Contact\n"));
        for (headline, _) in &pieces {
            assert!(text.contains(headline), "{headline} stays: {text:?}");
        }
        // Entries of a menu framed alike, with nothing said under them, are no list of pieces.
        let places = [
            "Parking",
            "Maps",
            "Hotels",
            "Tours",
            "Dining",
            "Events",
            "Libraries",
            "Museums",
            "Theatres",
            "Gardens",
            "Stadiums",
            "Chapels",
            "Galleries",
            "Bookshops",
            "Clinics",
            "Gyms",
            "Pools",
            "Halls",
            "Labs",
            "Cafes",
        ];
        let menu: String = places
            .iter()
            .map(|p| format!("{p} and Directions at the College\n{p} desk open on weekdays\n"))
            .collect();
        let text = clean(&format!("{article}{menu}"));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_label_every_item_repeats_sinks_no_item_inside_the_article_but_still_parts_what_follows() {
        // A thread: each reply under the same title, some replies a short line. After the
        // article, teasers under one label stay chrome.
        let thread = "Re: The new budget\nAgreed, the roads need it\nRe: The new budget\nNot the schools though\nRe: The new budget";
        let teasers =
            "More in Politics\nFerry fares rise again\nMore in Politics\nNew mayor for the valley\nMore in Politics";
        let text = clean(&format!("{PARAGRAPH_A}\n{thread}\n{PARAGRAPH_B}\n{teasers}\n"));
        assert_eq!(
            text,
            [
                PARAGRAPH_A,
                "Agreed, the roads need it",
                "Not the schools though",
                PARAGRAPH_B
            ]
        );
        // A teaser shown twice, its headline with its standfirst, is no label of items: it
        // still sinks the line beside it.
        let teaser = "Watch live: the vote on the roads\nAll the speeches from the hall";
        let text = clean(&format!(
            "{PARAGRAPH_A}\n{teaser}\nMayor to stand again next year\n{teaser}\n{PARAGRAPH_B}\n"
        ));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn customers_reviews_after_a_product_s_description_are_not_its_text() {
        let review = "I wore these boots every day of a wet winter, on the farm and in town, and they kept my feet dry and warm from the first week to the last.";
        let dump = format!(
            "Alpine hiker\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nCustomer Reviews (12)\n{review}\n{}\n",
            review.replace("boots", "shoes")
        );
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_rating_summary_after_a_product_s_description_opens_its_reviews() {
        let review = "I wore these boots every day of a wet winter, on the farm and in town, and they kept my feet dry and warm from the first week to the last.";
        let dump = format!(
            "Alpine hiker\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nReviews\n4.6\n38 ratings\n5 stars\n29 4 stars\n6 3 stars\n2 2 stars\n1 1 stars\n\
             {review}\n{}\n",
            review.replace("boots", "shoes")
        );
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B]);
        // A countdown steps down as well, but counts nothing.
        let countdown = format!(
            "Alpine hiker\n{PARAGRAPH_A}\n5 months out\n4 months out\n3 months out\n2 months out\n1 month out\n{PARAGRAPH_B}\n"
        );
        assert!(clean(&countdown).iter().any(|l| l == PARAGRAPH_B));
    }

    #[test]
    fn a_river_of_teasers_cut_short_after_the_article_is_no_part_of_it() {
        let paragraph_c = "The new budget also sets aside money for the library, which will open for longer hours, and for a study of how the bus routes could better serve the villages to the north.";
        let teasers = "Bridge repairs start next week\n\
            Work on the old stone bridge over the river begins on Monday and will close the road to traffic for three...\n\
            School roof fixed\n\
            The roof of the primary school, damaged in the storms of last winter, has been repaired in time for...\n\
            Library hours change\n\
            From next month the library opens an hour later on weekdays, and stays open until eight on…\n";
        let article = format!("Home\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{paragraph_c}\nMore from the town\n{teasers}");
        assert_eq!(clean(&article), [PARAGRAPH_A, PARAGRAPH_B, paragraph_c]);
        // Under a short introduction, the teasers are the page's own list.
        let listing = format!("Home\nNews\nThe latest news from the council and the town.\n{teasers}");
        let text = clean(&listing);
        assert!(text.iter().any(|l| l == "School roof fixed"), "{text:?}");
        assert!(text.iter().any(|l| l.starts_with("From next month")), "{text:?}");
    }

    #[test]
    fn a_program_s_output_cut_short_is_no_river_of_teasers() {
        let paragraph_c = "The new budget also sets aside money for the library, which will open for longer hours, and for a study of how the bus routes could better serve the villages to the north.";
        let output = "Computing factorial(1), total = 1 and the loop goes on with i = 2...\n\
            Computing factorial(2), total = 2 and the loop goes on with i = 3...\n\
            Computing factorial(3), total = 6 and the loop goes on with i = 4...\n";
        let reply = "That is what I expected to see, but the loop never stops after the third step, and the program hangs until I kill it by hand.";
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n{paragraph_c}\n{output}{reply}\n");
        let kept = clean(&text);
        assert!(kept.iter().any(|line| line == reply), "{kept:?}");
    }

    #[test]
    fn a_label_between_kept_lines_is_kept_unless_another_copy_stands_beside_them() {
        let paragraph_c = "The new budget also sets aside money for the library, which will open for longer hours, and for a study of how the bus routes could better serve the villages to the north.";
        // The headings a contents list shows above the article recur, but between its
        // paragraphs they are its own.
        let dump = format!(
            "Home\nNews\nRoads and schools\nNext steps\n{PARAGRAPH_A}\nRoads and schools\n{PARAGRAPH_B}\nNext steps\n{paragraph_c}\nShare\n"
        );
        assert_eq!(
            clean(&dump),
            [PARAGRAPH_A, "Roads and schools", PARAGRAPH_B, "Next steps", paragraph_c]
        );
        // A button under each of the kept lines is the page's, not the article's.
        let buttons =
            format!("Home\nNews\n{PARAGRAPH_A}\nSave for later\n{PARAGRAPH_B}\nSave for later\n{paragraph_c}\n");
        assert_eq!(clean(&buttons), [PARAGRAPH_A, PARAGRAPH_B, paragraph_c]);
    }

    #[test]
    fn questions_in_a_row_are_titles_not_prose() {
        let questions = "Hot questions\nWhy does the bridge close every spring?\nHow do I appeal a parking fine?\n\
            Is the library open on public holidays?\nWhat does the new budget mean for schools?\n";
        let dump = format!("Home\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nShare\nReport\nSubscribe\n{questions}About\n");
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B]);
        // Questions among sentences are prose.
        let sentences = [
            "Why does the bridge close every spring?",
            "The river floods it when the snow melts.",
            "Can the town afford a higher one?",
            "The council says it cannot.",
        ];
        let dump = format!("Home\nNews\n{PARAGRAPH_A}\n{}\nShare\n", sentences.join("\n"));
        let text = clean(&dump);
        assert!(text.ends_with(&sentences.map(String::from)), "{text:?}");
    }

    #[test]
    fn prose_kept_above_the_headline_and_set_apart_from_it_is_chrome() {
        let promotion = "Town News is a paper owned by its readers, and for forty years it has told the people of the district what their council does and what it spends their money on. It is written by a small team of reporters who live in the towns and villages they write about.";
        let paragraph_c = "The roads in the north of the district will be mended first, as they were the worst hit by the floods of last winter.";
        let dump = format!(
            "The new budget for schools and roads - Town News\n{promotion}\nHome\nNews\nSport\nWeather\n\
             The new budget for schools and roads\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{paragraph_c}\n"
        );
        let extraction = extract(&dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
        assert_eq!(
            extraction.title.as_deref(),
            Some("The new budget for schools and roads")
        );
        let text: Vec<String> = extraction.blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B, paragraph_c]);
        // The title said again right under the article's last line (over its comments) is no
        // headline: the article stays.
        let comment = "I walked past the bridge this morning and the water was still very high, so I think that they should wait.";
        let dump = format!(
            "The new budget for schools and roads - Town News\nHome\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n\
             The new budget for schools and roads\n{comment}\n"
        );
        let text = clean(&dump);
        assert!(
            text.starts_with(&[PARAGRAPH_A.to_string(), PARAGRAPH_B.to_string()]),
            "{text:?}"
        );
    }

    #[test]
    fn a_headline_under_chrome_kept_as_prose_is_found_and_the_chrome_goes() {
        let menu = "Products\nTeams Share what your team knows in one place that everyone can search.\n\
            Advertising Reach the people who build and run the tools you use every day.\n\
            Log in\nSign up\nHome\nQuestions\nTags\nUsers\n";
        let dump = format!(
            "budget - How will the new budget change the roads? - Town Answers\n{menu}\
             How will the new budget change the roads?\nAsked 2 years ago\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n"
        );
        let extraction = extract(&dump, None, Lexicon::shared(), &Options::default(), &Deadline::none());
        assert_eq!(
            extraction.title.as_deref(),
            Some("How will the new budget change the roads?")
        );
        let text: Vec<String> = extraction.blocks.into_iter().map(|b| b.text).collect();
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn of_two_lists_the_larger_is_the_content() {
        let viewed = "Recently viewed\nWool socks\nView\nLeather laces\nView\nBoot wax\nView\n";
        let dump = listing_after_article(&format!("{}{viewed}", products(&BOOTS, "leather", "Add to cart")));
        let text = clean(&dump);
        assert!(text.iter().any(|l| l == "Alpine hiker"), "{text:?}");
        assert!(!text.iter().any(|l| l == "Boot wax"), "{text:?}");
    }

    #[test]
    fn of_two_lists_as_large_the_first_is_the_content() {
        // Names as long, and details in another material as long.
        let socks = [
            "Alpine socks",
            "Harbour sock",
            "Moss warmer",
            "Ridge liners",
            "Fell slipper",
        ];
        let boots = products(&BOOTS, "leather", "Add to cart");
        let dump = listing_after_article(&format!(
            "{boots}Socks\n{}",
            products(&socks, "textile", "Add to basket")
        ));
        let text = clean(&dump);
        assert!(text.iter().any(|l| l == "Alpine hiker"), "{text:?}");
        assert!(!text.iter().any(|l| l == "Alpine socks"), "{text:?}");
    }

    #[test]
    fn a_grid_whose_items_are_parted_only_by_their_prices_is_the_content() {
        // A shop's grid with no button under each card, only a price, after a few sentences
        // about the shop and a menu to sort by.
        let names: Vec<String> = ["Oak", "Brass", "Linen", "Stoneware", "Walnut"]
            .iter()
            .flat_map(|material| {
                [
                    "candle holder with a wide base",
                    "serving tray for two",
                    "table lamp with a shade",
                    "picture frame for prints",
                    "storage box with a lid",
                    "wall shelf in a plain finish",
                ]
                .map(|object| format!("{material} {object}"))
            })
            .collect();
        let grid: String = names
            .iter()
            .enumerate()
            .map(|(i, name)| format!("{name}\n${}.00\n", 12 + 3 * i))
            .collect();
        let dump = format!(
            "Home\nNew in\nShoes\nSale\nSign in\nCart\nHome decor\n\
             Our home collection is made in small workshops, and every piece is checked by hand before it is packed and sent to you.\n\
             We plant a tree for every order, and the packaging we use can be recycled with paper at home.\n\
             If a piece arrives broken, write to us within a month and we will send a new one at no cost to you.\n\
             Sort by\nFeatured\nPrice: low to high\nNewest\n{grid}About us\nContact\nPrivacy policy\n"
        );
        let text = clean(&dump);
        for name in &names {
            assert!(text.contains(name), "{name} stays: {text:?}");
        }
        assert!(!text.iter().any(|l| l == "About us"), "{text:?}");
    }

    #[test]
    fn a_list_too_small_to_be_the_content_leaves_a_nearly_empty_page_its_short_lines() {
        // A product, a paragraph about its maker, its stock and three related products: the
        // list holds more text than the paragraph, but too little to be the page's content.
        let dump = format!(
            "Trail shoe 5\n{PARAGRAPH_A}\nIn stock, ships in two days\nRelated products\n{}",
            products(&BOOTS[..3], "leather", "Add to cart")
        );
        let text = clean(&dump);
        assert!(text.iter().any(|l| l == "In stock, ships in two days"), "{text:?}");
        assert!(text.iter().any(|l| l == "Alpine hiker"), "{text:?}");
    }

    /// A firm's page: its menu, a row of sections (a heading, a few sentences on what the firm
    /// offers, a button under each: some the same, so that they are chrome, but not under every
    /// section, so that they part no list), a client's word, and its footer.
    fn service_page(sections: &[(&str, &str, &str)], quote: &str) -> String {
        let menu = "Home\nServices\nAbout us\nCareers\nContact\n";
        let mut dump = format!("{menu}Tax advice for small firms\n");
        for (heading, offer, button) in sections {
            dump += &format!("{heading}\n{offer}\n{button}\n");
        }
        dump + &format!("What our clients say\n{quote}\nPrivacy policy\nImprint\n© 2024 Berg & Sons\n")
    }

    const OFFERS: [(&str, &str, &str); 4] = [
        (
            "Bookkeeping",
            "We keep your books in order every month. You always know where your money goes, and what is left for the rest of the year.",
            "Learn more",
        ),
        (
            "Payroll",
            "Our team pays your staff on time. We file all of the forms that the tax office asks for, and we keep a copy of each for you.",
            "Book a call",
        ),
        (
            "Annual accounts",
            "At the end of the year we draw up your accounts. Then we explain them to you in plain words, so that you can plan the next one.",
            "Learn more",
        ),
        (
            "Tax returns",
            "We prepare your returns for you. We answer the questions of the tax office on your behalf, and we tell you what it said.",
            "See our prices",
        ),
    ];

    const FEATURES: [(&str, &str); 4] = [
        (
            "Free delivery",
            "Every order over fifty pounds is delivered to your door at no cost.",
        ),
        (
            "Repairs for life",
            "Bring any bike you bought from us back and we will mend it for free.",
        ),
        (
            "Fitted to you",
            "Our staff measure you in the shop and set the saddle and the bars to your size.",
        ),
        (
            "Trade in your old bike",
            "We take your old bike in part exchange and give you a fair price for it.",
        ),
    ];

    fn feature_page(rows: &[(String, String)]) -> String {
        let rows: String = rows
            .iter()
            .map(|(heading, text)| format!("{heading}\n{text}\n"))
            .collect();
        format!(
            "Harbour Bikes\nHome\nShop\nWorkshop\nContact\nBikes for every road\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nContact us\nPrivacy policy\n{rows}Opening hours\nPrivacy policy\n"
        )
    }

    #[test]
    fn feature_rows_are_a_page_s_content_when_it_has_little_prose() {
        let rows: Vec<(String, String)> = FEATURES.iter().map(|(h, t)| (h.to_string(), t.to_string())).collect();
        let text = clean(&feature_page(&rows));
        for (heading, line) in FEATURES {
            assert!(text.iter().any(|l| l == heading), "{heading}: {text:?}");
            assert!(text.iter().any(|l| l == line), "{line}: {text:?}");
        }
        assert!(!text.iter().any(|l| l == "Contact us" || l == "Workshop"), "{text:?}");
        // Teasers cut short are other pages', not the page's features.
        let teasers: Vec<(String, String)> = rows
            .iter()
            .map(|(h, t)| (h.clone(), format!("{}...", &t[..40])))
            .collect();
        let text = clean(&feature_page(&teasers));
        assert!(!text.iter().any(|l| l == FEATURES[1].0), "{text:?}");
        // Rows a menu shows too, entries with their descriptions, are the menu's.
        let menu: String = rows.iter().map(|(h, t)| format!("{h}\n{t}\n")).collect();
        let text = clean(&format!("{menu}{}", feature_page(&rows)));
        assert!(!text.iter().any(|l| l == FEATURES[1].1), "{text:?}");
    }

    #[test]
    fn a_row_of_sections_is_a_service_page_s_content_and_a_smaller_one_beside_an_article_is_not() {
        let text = clean(&service_page(&OFFERS, &format!("{PARAGRAPH_A} {PARAGRAPH_B}")));
        for (n, (heading, offer, _)) in OFFERS.into_iter().enumerate() {
            assert!(text.iter().any(|l| l == offer), "{offer}: {text:?}");
            // The first heading, a word or two before the first article line, goes as a menu's
            // entry would; the others stand between the row's sentences.
            assert_eq!(text.iter().any(|l| l == heading), n > 0, "{heading}: {text:?}");
        }
        assert!(!text.iter().any(|l| l == "Contact" || l == "Learn more"), "{text:?}");
        // The same row is teasers beside an article that says more than it.
        let article = [PARAGRAPH_A, PARAGRAPH_B].map(|p| format!("{p} {p}")).join("\n");
        let text = clean(&service_page(&OFFERS, &article));
        assert!(!text.iter().any(|l| l == OFFERS[0].1), "{text:?}");
    }

    #[test]
    fn fields_between_the_article_s_paragraphs_are_its_own_and_a_member_s_are_furniture() {
        // Two cameras' specifications, between paragraphs: a line the two share recurs, as a
        // label every item carries does, and stays with its specification.
        let specs = |camera: &str, sensor: &str| {
            format!("{camera}\nSensor: {sensor}\nMount: RF\nWeight: 390 g\nVideo: 4K 30p\n")
        };
        let closing = "Both cameras are sold with a kit lens, and the shops we asked expect the prices to fall again after the holidays, as they did last year when the new models came out.";
        let dump = format!(
            "Home\nCameras\n{PARAGRAPH_A}\n{}{PARAGRAPH_B}\n{}{closing}\nContact\n",
            specs("Canon R50", "24.2MP APS-C"),
            specs("Canon R10", "24.2MP APS-C")
        );
        let text = clean(&dump);
        assert_eq!(
            text.iter().filter(|l| *l == "Sensor: 24.2MP APS-C").count(),
            2,
            "{text:?}"
        );
        // A member who posts twice in a thread is shown with the same count and registration
        // each time: the thread's furniture, however it stands between posts.
        let member = "Posts: 212\nJoined: Mar 2019\nLocation: Leeds\n";
        let thread = format!("{member}{PARAGRAPH_A}\n{member}{PARAGRAPH_B}\n{member}{closing}\n");
        let text = clean(&thread);
        assert!(!text.iter().any(|l| l.starts_with("Posts")), "{text:?}");
    }

    #[test]
    fn a_short_list_beside_a_longer_article_is_not_the_content() {
        let dump = format!(
            "{}{PARAGRAPH_B}\n{PARAGRAPH_A} {PARAGRAPH_B}\n",
            listing(&["Alpine hiker", "Harbour boot", "Moss walker"])
        );
        let text = clean(&dump);
        assert!(!text.iter().any(|l| l == "Alpine hiker"), "{text:?}");
        assert!(text.iter().any(|l| l == PARAGRAPH_B));
    }

    #[test]
    fn a_short_closing_line_stays_only_as_a_sentence_or_a_signature() {
        let article = format!("{PARAGRAPH_A} {PARAGRAPH_B}\n{PARAGRAPH_B}\n");
        for (closing, stays) in [
            ("– Anna", true),
            ("Thanks for reading.", true),
            ("Reuters", false),
            ("Quick links", false),
        ] {
            let text = clean(&format!("{article}{closing}\nHome\nContact\n"));
            assert_eq!(
                text.last().map(String::as_str) == Some(closing),
                stays,
                "{closing}: {text:?}"
            );
        }
    }

    #[test]
    fn the_thresholds_follow_the_dump_s_own_prose() {
        let lexicon = Lexicon::shared();
        let long = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        let menu = "Furniture Sale Living Room Sofas Sectionals TV Stands Coffee Tables End Tables Accent Chairs Office Desks Bookcases Office Chairs Filing Cabinets Bedroom Beds Dressers Nightstands Mattresses Dining Tables Bar Stools Rugs Lighting Outdoor";
        let texts = [
            long.clone(),
            "The council met.".to_string(),
            "渡轮将于今年夏天恢复通航。".repeat(10),
            menu.to_string(),
        ];
        let own = lexicon.stopword_density(&long, "en");
        let prose_density = |texts: &[String]| {
            let sizes: Vec<usize> = texts.iter().map(|t| units::units(t)).collect();
            prose_density(
                texts,
                &sizes,
                &stopword_densities(&sizes, Some("en"), &mut LineDensities::new(texts, lexicon)),
            )
        };
        assert_eq!(prose_density(&texts), own, "long spaced lines of prose only");
        assert_eq!(prose_density(&texts[1..]), None);
        // Sparse prose (a list of stopwords too short, words joined) lowers the thresholds...
        assert_eq!(classify::density_scale(Some(0.2)), 0.5);
        // ...dense prose never raises them.
        assert_eq!(classify::density_scale(Some(0.6)), 1.0);
        assert_eq!(classify::density_scale(None), 1.0);
    }

    #[test]
    fn a_page_without_prose_keeps_its_short_lines() {
        let product = "Our shop has sold shoes for the mountains since 1950, and every pair we sell is made by hand in our own workshop in the valley, where the same families have worked for three generations and still repair every pair they made.\nTrail shoe 5\nWaterproof, lined with wool\nSizes 36 to 47\nIn stock, ships in two days\n";
        let text = clean(product);
        for line in ["Trail shoe 5", "Waterproof, lined with wool", "Sizes 36 to 47"] {
            assert!(text.iter().any(|l| l == line), "{line}: {text:?}");
        }
        let article = format!("{product}{PARAGRAPH_A} {PARAGRAPH_B}\n{PARAGRAPH_B}\n");
        assert!(
            !clean(&article).iter().any(|l| l == "$129.00"),
            "beside an article, short lines are judged by it"
        );
    }

    #[test]
    fn a_separator_on_the_first_line_starts_its_list_there() {
        let mut dump = String::new();
        for name in BOOTS {
            dump.push_str(&format!("Add to cart\n{name}\nWaterproof leather boot\n"));
        }
        let text = clean(&dump);
        assert!(text.iter().any(|l| l == BOOTS[0]), "{text:?}");
    }

    #[test]
    fn wrapped_lines_are_joined() {
        let (lines, sizes) = join_wrapped("This sentence was wrapped by a tool at a width of sixty or so\ncharacters and goes on here.\nA new sentence.\n\nNext paragraph.");
        let measured: Vec<usize> = lines.iter().map(|l| units::units(l)).collect();
        assert_eq!(sizes, measured);
        assert_eq!(
            lines,
            [
                "This sentence was wrapped by a tool at a width of sixty or so characters and goes on here.",
                "A new sentence.",
                "Next paragraph."
            ]
        );
        // A byline's fields and the tags under it are two lines, though the tags open in lower
        // case.
        let (lines, _) =
            join_wrapped("By Anna Berg • March 4, 2025 • 11 min read for subscribers\ngit version-control workflow");
        assert_eq!(lines.len(), 2);
    }

    #[test]
    fn addresses_are_recognised() {
        assert!(is_address("example.net"));
        assert!(is_address("https://example.org/path"));
        assert!(is_address("HTTP://EXAMPLE.ORG"));
        assert!(is_address("www.example"));
        assert!(is_address("news@example.org."));
        assert!(!is_address("Mr. Smith"));
        assert!(!is_address("3.5"));
        assert!(!is_address("example.x"), "a one-letter domain is no domain");
        assert!(!is_address(".org"));
        assert!(!is_address("e.g."));
        assert!(!is_address("a+b.com"));
    }

    #[test]
    fn a_menu_before_the_article_goes_and_its_headline_stays() {
        let headline = "The harvest is in at last";
        let text = format!("Alpha\nBeta\n{headline}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n");
        assert_eq!(clean(&text), [headline, PARAGRAPH_A, PARAGRAPH_B]);
        let dated = format!("Alpha\n{headline}\n12 May 2021\n{PARAGRAPH_A}\n");
        assert_eq!(
            clean(&dated),
            [headline, "12 May 2021", PARAGRAPH_A],
            "a headline and a date lead"
        );
    }

    #[test]
    fn only_a_short_line_right_after_the_article_closes_it() {
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n-Anna\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B, "-Anna"]);
        let longer = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nWritten by Anna Berg in Leeds\n");
        assert_eq!(
            clean(&longer),
            [PARAGRAPH_A, PARAGRAPH_B],
            "more than a signature's words"
        );
        let after_chrome = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nLeave a Reply\n-Anna\n");
        assert_eq!(clean(&after_chrome), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn short_sentences_in_a_row_are_prose_across_lines_without_letters() {
        let long = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        let text =
            format!("{long}\nSign in\nThe council met on Tuesday night.\n6\nThe mayor spoke for an hour.\nMenu\n");
        assert_eq!(
            clean(&text),
            [
                long.as_str(),
                "The council met on Tuesday night.",
                "The mayor spoke for an hour."
            ]
        );
    }

    #[test]
    fn lines_in_another_language_of_the_same_script_go() {
        // The article's language is told by its long lines, though the chrome has more lines.
        let german = [
            "Melden Sie sich jetzt für unseren kostenlosen Newsletter an",
            "Die wichtigsten Nachrichten aus der Region jeden Morgen",
            "Alle Veranstaltungen in der Stadt und im Umland im Überblick",
        ];
        let text = format!(
            "{}\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{}\n",
            german[..2].join("\n"),
            german[2]
        );
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn the_language_of_short_lines_is_judged_after_the_long_ones_are_known() {
        // Long lines past the first few kilobytes are not judged again; short lines always are,
        // however many there are.
        let menu: Vec<String> = (0..200).map(|i| format!("Item {i} of the menu of this site")).collect();
        let long: Vec<String> = (0..15)
            .map(|i| format!("Day {i}: {PARAGRAPH_A} {PARAGRAPH_B}"))
            .collect();
        let body = long[..14].join("\n");
        let german = "Melden Sie sich jetzt für unseren kostenlosen Newsletter an";
        let text = format!("{}\n{body}\n{german}\n{}\n", menu.join("\n"), long[14]);
        let kept = clean(&text);
        assert!(!kept.iter().any(|k| k == german), "{}", kept.len());
        assert!(kept.ends_with(&long));
    }

    #[test]
    fn the_first_kilobytes_of_long_lines_tell_the_document_s_language() {
        let english: Vec<String> = (0..14)
            .map(|i| format!("Day {i}: {PARAGRAPH_A} {PARAGRAPH_B}"))
            .collect();
        let german = "Der Rat hat am Dienstag nach einer langen Debatte über den Zustand der Schulen und der Straßen im Bezirk den neuen Haushalt beschlossen, und der Bürgermeister sagte, dass die Abstimmung ein guter Tag für die Stadt gewesen sei.";
        // About 5 KB of English, then more German than that.
        let text = format!("{}\n{}\n", english.join("\n"), vec![german; 30].join("\n"));
        assert_eq!(clean(&text), english, "the English lines, not the German ones");
    }

    #[test]
    fn the_document_s_language_is_read_once_from_its_prose() {
        let german = "Der Rat hat am Dienstag nach einer langen Debatte über den Zustand der Schulen und der Straßen im Bezirk den neuen Haushalt beschlossen, und der Bürgermeister sagte, dass die Abstimmung ein guter Tag für die Stadt gewesen sei.";
        let text = format!("Startseite\nImpressum\n{german}\n{german}\n");
        let extraction = extract(&text, None, Lexicon::shared(), &Options::default(), &Deadline::none());
        let language = extraction
            .language
            .expect("the record's language comes from the sample");
        assert_eq!(language.code, "de");
        assert!(language.confidence > 0.5);
        // Without prose, the sample says nothing: the cleaner reads the article instead.
        let short = extract(
            "Startseite\nImpressum\n",
            None,
            Lexicon::shared(),
            &Options::default(),
            &Deadline::none(),
        );
        assert!(short.language.is_none());
    }

    #[test]
    fn length_thresholds_hold_at_their_edges() {
        let long = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        // Exactly SHORT_UNITS: judged by its stopwords (probably article), not by its
        // neighbours (a line after the article that is no signature).
        let line = "The town said that it will open the new bridge to all of them in June.";
        assert_eq!(units::units(line), SHORT_UNITS);
        assert_eq!(clean(&format!("{long}\n{line}\n")), [long.as_str(), line]);
        // Exactly LONG_UNITS: long enough that a phrase inside it does not make it chrome.
        let comment = "Readers who leave a comment on this story will be asked to say who they are and where they live, and the editors said that they will read all of the comments before they publish them on the site soon.";
        assert_eq!(units::units(comment), LONG_UNITS);
        assert_eq!(clean(&format!("{long}\n{comment}\n")), [long.as_str(), comment]);
    }

    #[test]
    fn closing_matter_is_measured_by_the_article_s_lines_only() {
        let cookies = "This website uses cookies to improve your experience while you navigate through the website, and the cookies that are categorised as necessary are stored on your browser as they are essential for the working of the basic functions of the website, and also third-party cookies that help us analyse how you use it.";
        let contact = "The press office of the district council answers questions on the budget every weekday morning between nine and twelve, and it can be reached by telephone or by mail at the address of the town hall in the market square.";
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nPress contact:\n{contact}\n{cookies}\n");
        assert_eq!(
            clean(&text),
            [PARAGRAPH_A, PARAGRAPH_B],
            "long chrome after the label does not count"
        );
    }

    #[test]
    fn a_note_about_the_author_the_byline_names_closes_the_article() {
        let third = "Work on the bridge over the river will begin in March, the engineers said, and the road will be closed to heavy lorries for most of the summer while the old steel beams are replaced.";
        let fourth = "Residents who spoke at the meeting asked for a footpath on the new bridge, and the council agreed to study the idea before the contracts are signed later this year.";
        let bio = "Anna Berg is a reporter who has covered local politics, schools and transport in the district for the paper since 2015.";
        let first_name = "Anna covers local politics, schools and transport in the district for the paper, and before that she wrote about farming, markets and rural life for a regional weekly in the north of the country for ten years.";
        let fifth = "The opposition voted against the plan, saying that the money set aside for the schools would not be enough to repair the roofs of the oldest buildings before the next winter.";
        let sixth = "A final decision on the new sports hall was put off until the autumn, when the council expects to know how much the district will receive from the regional fund.";
        let article = format!("Council approves the budget\nBy Anna Berg\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{third}\n{fourth}\n{fifth}\n{sixth}");
        let kept = [PARAGRAPH_A, PARAGRAPH_B, third, fourth, fifth, sixth].map(String::from);
        // The note, and the heading over it, go...
        assert!(clean(&format!("{article}\nAbout the writer\n{bio}\n")).ends_with(&kept));
        // ...also when it names her by her first name only...
        let out = clean(&format!("{article}\n{first_name}\n"));
        assert!(out.ends_with(&kept), "{out:?}");
        // ...but not where much of the article follows it (a profile of its author), nor
        // without a byline to name her.
        let text = format!("{article}\n{bio}\n{PARAGRAPH_A} {third}\n{PARAGRAPH_B} {fourth}\n");
        assert!(clean(&text).iter().any(|line| line == bio));
        let text = format!("Council approves the budget\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{third}\n{fourth}\n{bio}\n");
        assert!(clean(&text).iter().any(|line| line == bio));
    }

    #[test]
    fn a_widget_s_heading_of_recent_posts_ends_the_article() {
        let teaser = "How the town plans to repair the old bridge before the winter storms arrive, and what the works will mean for the drivers who cross it every day.";
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nRecent Posts\n{teaser}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nArticles récents\n{teaser}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_box_of_related_links_set_inside_the_article_ends_nothing() {
        let teaser = "How the town plans to repair the old bridge before the winter storms";
        let more = [
            "Work on the bridge over the river will begin in March, the engineers said, and the road will be closed to heavy lorries for most of the summer.",
            "Residents who spoke at the meeting asked for a footpath on the new bridge, and the council agreed to study the idea before the contracts for the works are signed later this year, and to publish the plans.",
            "The opposition voted against the plan, saying that it was not enough and that the money set aside for the schools would not be enough to repair the roofs of all of the old buildings before the winter.",
        ];
        let before = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}");
        let text = format!(
            "{before}\n{}\nRelated articles\n{teaser}\n{}\n{}\n",
            more[0], more[1], more[2]
        );
        assert!(
            clean(&text).ends_with(&[more[1].to_string(), more[2].to_string()]),
            "the article goes on after the box: {:?}",
            clean(&text)
        );
        // Teasers after the label, however long, are no article resumed...
        let teasers = format!("{teaser}, and what it means for drivers.\n").repeat(3);
        assert_eq!(
            clean(&format!("{before}\nRelated articles\n{teasers}")),
            [PARAGRAPH_A, PARAGRAPH_B]
        );
        // ...nor are excerpts too short to be prose by themselves.
        let long = [PARAGRAPH_A, PARAGRAPH_B, more[0], more[1], more[2]].join("\n");
        let excerpts = "The council also agreed to plant new trees along the river this year.\nThe market will move to the square by the town hall in the spring.";
        let text = format!("{long}\nRelated articles\n{teaser}\n{excerpts}\n");
        assert!(clean(&text).ends_with(&[more[2].to_string()]), "{:?}", clean(&text));
    }

    #[test]
    fn code_is_told_by_its_brackets_and_operators() {
        assert!(is_code(
            "from shop import Model class Item (Model): price: int = Field (gt = 0)"
        ));
        assert!(is_code("<div class=\"box\">{{ title }}</div>"));
        assert!(is_code("for (i = 0; i < n; i++) total += prices[i];"));
        assert!(!is_code(
            "The council (which met on Tuesday) approved the budget for the schools, the roads and the new bridge."
        ));
        assert!(!is_code("Width: 120 cm"));
        assert!(!is_code("Home > News > Sport"));
    }

    #[test]
    fn lines_of_code_among_a_manual_s_sentences_stay() {
        // A manual's page: each section a heading, a sentence or two and an example, the
        // examples' lines chrome by their few stopwords.
        let manual = "Checked by the editor.\nNot checked by the editor.\nOther names\nEven though the shop treats a name and its other name the same when it makes an item, an editor only knows about the other name, and it warns when you give the field by its own name.\nfrom shop import Model, Field class Item (Model): price: int = Field (other_name = 'cost')\nwith:\nfrom shop import Model, Field class Item (Model): price: int = Field (other_name = 'cost', strict = True)\nLimits on a field ¶\nThe Field() function can also be used to set limits on some types:\nfrom decimal import Decimal from shop import Model, Field class Order (Model): count: int = Field (gt = 0, le = 99)\nThe limits for each type (and the way they change the schema) are described in the reference of the types.\nStrict fields ¶\nThe strict argument of the Field() function says whether the field should be checked in strict mode.\nfrom shop import Model, Field class User (Model): name: str = Field (strict = True) age: int = Field (strict = False)\nThis is the default value.\nThe age field is checked in lax mode. Therefore, it can be given as a string.\nThe reference of the types describes the strict behaviour for each type.\nFields of data classes ¶\nSome arguments of the Field() function can be used on data classes:\ninit: Whether the field should be included in the generated __init__() method of the class.\nkw_only: Whether the field should be a keyword-only argument of the class.\nHere is an example:\nfrom shop import Model, Field from shop.classes import dataclass @dataclass class Box: size: int = Field (init = False)\nThe size field is not included in the output, since it is set only when the box is made.\nHow a field is shown ¶\nThe argument repr says whether the field should be included in the text that shows the model when it is printed.\nfrom shop import Model, Field class User (Model): name: str = Field (repr = True) age: int = Field (repr = False)\nThis is the default value.\nFrozen fields ¶\nThe argument frozen makes a field that cannot be changed once the model is made, and the shop raises an error when a program tries to change it after that.\nSee the reference of data classes for more details.\n";
        let kept = clean(manual);
        let code: Vec<&str> = manual.lines().filter(|line| is_code(line)).collect();
        assert_eq!(code.len(), 6);
        for line in code {
            assert!(kept.iter().any(|k| k.contains(line)), "{line}");
        }
    }

    #[test]
    fn a_manual_s_feedback_prompt_ends_its_text() {
        let licence = "Unless otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License, and code samples are licensed under the Apache 2.0 License.";
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nWas this page helpful?\nYes\nNo\n{licence}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_long_line_shown_again_is_kept_once_and_short_ones_between_article_lines_stay() {
        let long = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        let text = format!("{long}\nPhotos\n{PARAGRAPH_B}\nPhotos\n{PARAGRAPH_A}\n{long}\n");
        let long = long.as_str();
        assert_eq!(clean(&text), [long, "Photos", PARAGRAPH_B, "Photos", PARAGRAPH_A]);
    }

    #[test]
    fn lines_poor_in_stopwords_are_prose_only_when_they_end_a_sentence() {
        let list = "Council budget talks continue Tuesday; finance committee members reviewed spending plans";
        let sentence = "Council budget talks continue Tuesday; finance committee members reviewed spending plans.";
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n{list}\nHome\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
        let text = format!("{PARAGRAPH_A}\n{sentence}\n{PARAGRAPH_B}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, sentence, PARAGRAPH_B]);
    }

    #[test]
    fn lines_poor_in_stopwords_inside_the_article_stay_unless_chrome_or_menus_stand_among_them() {
        let (first, last) = (
            format!("{PARAGRAPH_A} {PARAGRAPH_B}"),
            format!("{PARAGRAPH_B} {PARAGRAPH_A}"),
        );
        let code = "def total(basket): items = [item for item in basket.items if item.available]; prices = \
                    [item.price * item.count for item in items]; return sum(prices) + basket.shipping - \
                    basket.discount # total(basket) → 1299";
        // Code, and a table's rows beside it, between two paragraphs are the article's.
        let text = format!("{first}\n{code}\nWidth: 120 cm\nHeight: 75 cm\n{last}\n");
        assert_eq!(
            clean(&text),
            [first.as_str(), code, "Width: 120 cm", "Height: 75 cm", last.as_str()]
        );
        // A line of a site's phrasing among them still parts the article from them...
        let text = format!("{first}\n{code}\nLeave a Reply\n{last}\n");
        assert_eq!(clean(&text), [first.as_str(), last.as_str()]);
        // ...and more menu entries than other lines are a form's choices or a sidebar's links.
        let text = format!("{first}\n{code}\nSport\nWeather\n{last}\n");
        assert_eq!(clean(&text), [first.as_str(), last.as_str()]);
    }

    #[test]
    fn short_lines_between_paragraphs_stay_and_chrome_goes() {
        let text = format!(
            "Home\nNews\nSport\n\n{PARAGRAPH_A}\n\nWhat comes next\n\n{PARAGRAPH_B}\n\n-Anna\n\nLeave a Reply\n\n12\n"
        );
        assert_eq!(clean(&text), [PARAGRAPH_A, "What comes next", PARAGRAPH_B, "-Anna"]);
    }

    #[test]
    fn closing_matter_and_figure_captions_go() {
        let text = format!(
            "{PARAGRAPH_A}\n\nFigure 2: The district's roads in May\n\n{PARAGRAPH_B}\n\nPress contact:\n\nThe press office of the district council answers questions on the budget every weekday morning.\n"
        );
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
        let comments = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\n12 Comments\nI walked past the bridge this morning and the water was still very high, so the council should wait.\n"
        );
        assert_eq!(clean(&comments), [PARAGRAPH_A, PARAGRAPH_B]);
        let teasers = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\nRelated articles\nThe new bridge over the river will open in the spring, a year later than the council had planned when the works began.\n"
        );
        assert_eq!(clean(&teasers), [PARAGRAPH_A, PARAGRAPH_B]);
        // A thread's and a shop's own headings of links to other pieces.
        for heading in ["Similar threads", "Frequently bought together", "More articles"] {
            let text = teasers.replace("Related articles", heading);
            assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B], "{heading}");
        }
    }

    #[test]
    fn a_count_of_comments_over_a_dated_comment_heads_the_comments() {
        let comment = "I walked past the bridge this morning and the water was still very high, so I think that the council should wait a little longer before it opens the road again.";
        let answer = "The road will stay closed until the engineers have checked the bridge, which the council expects to happen by the end of the week.";
        let thanks = "Thank you for the news, and I hope that the engineers find the bridge in a better state than the council fears, because the detour is long.";
        let thread = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\n3 Comments\nriverfan\nJuly 14, 2025 at 3:53 pm\n{comment}\nReply\nAnna Berg\nJuly 15, 2025 at 9:10 am\n{answer}\nReply\nTom Li\nJuly 16, 2025 at 7:02 pm\n{thanks}\nReply\n"
        );
        assert_eq!(clean(&thread), [PARAGRAPH_A, PARAGRAPH_B]);
        let undated = format!("{PARAGRAPH_A}\n12 Comments\n{PARAGRAPH_B}\n");
        assert_eq!(
            clean(&undated),
            [PARAGRAPH_A, PARAGRAPH_B],
            "a count alone cuts nothing"
        );
    }

    #[test]
    fn a_closing_label_under_every_answer_is_their_furniture_and_ends_nothing() {
        let answers = [
            "The road will stay closed until the engineers have checked the bridge, which the council expects to happen by the end of the week.",
            "You can take the ferry instead, which runs every hour from the old harbour and costs about the same as the bus did before the works.",
            "The council has put the timetable for the works on its notice board, and it says that the bridge should open again in the spring.",
        ];
        let thread: String = answers
            .iter()
            .map(|a| format!("{a}\nComments\nAdd a comment\n"))
            .collect();
        let text = clean(&format!("{PARAGRAPH_A}\n{thread}"));
        for answer in answers {
            assert!(text.iter().any(|l| l == answer), "{answer} stays: {text:?}");
        }
        // Said once after the article, the label still opens what follows it.
        let comment = "I walked past the bridge this morning and the water was still very high, so I think that the council should wait a little longer.";
        let text = clean(&format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nComments\n{comment}\n"));
        assert_eq!(text, [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn remarks_signed_with_a_dash_a_name_and_a_time_under_the_posts_go() {
        let answer = "The road will stay closed until the engineers have checked the bridge, which the council expects to happen by the end of the week.";
        let remarks = [
            "Is there any word yet on whether the ferry will run more often while the bridge is closed to traffic?",
            "The notice board at the town hall says that the works should be over by the spring, but nobody believes that.",
            "I asked at the harbour office this morning and they could not tell me anything more about the timetable.",
        ];
        let signed = |remark: &str, name: &str, time: &str| format!("{remark}\n– {name}\nMar 5, 2024 at {time}\n");
        let dump = format!(
            "{PARAGRAPH_A}\n{}{answer}\n{}{PARAGRAPH_B}\n{}",
            signed(remarks[0], "riverfan", "9:05"),
            signed(remarks[1], "Anna Berg", "20:37"),
            signed(remarks[2], "tom", "21:10"),
        );
        assert_eq!(clean(&dump), [PARAGRAPH_A, answer, PARAGRAPH_B]);
        // A quotation's attribution has no time: the quotation stays.
        let quoted = format!("{PARAGRAPH_A}\n{}\n– Anna Berg\n{answer}\n", remarks[1]);
        assert_eq!(clean(&quoted), [PARAGRAPH_A, remarks[1], "– Anna Berg", answer]);
    }

    #[test]
    fn a_small_box_set_apart_after_a_long_article_is_no_part_of_it() {
        let article: Vec<String> = (1..=24)
            .map(|n| format!("{PARAGRAPH_A} It was the meeting number {n} on the subject this year."))
            .collect();
        let note = "Anna Berg has written about the council, its budget and the roads of the district for this paper since 2009, and before that she reported on the schools of the town for twelve years. She lives in the old town.";
        let dump = format!(
            "Home\nNews\n{}\nShare\nPrint\nEmail\n{note}\nPrivacy\nTerms\nContact\n",
            article.join("\n")
        );
        assert_eq!(clean(&dump), article);
        // Beside the article, or as large as a part of it, it stays.
        let dump = format!("Home\nNews\n{}\n{note}\nPrivacy\nTerms\nContact\n", article.join("\n"));
        assert!(clean(&dump).iter().any(|l| l == note));
        let short: Vec<String> = article[..3].to_vec();
        let dump = format!(
            "Home\nNews\n{}\nShare\nPrint\nEmail\n{note}\nPrivacy\nTerms\nContact\n",
            short.join("\n")
        );
        assert!(clean(&dump).iter().any(|l| l == note));
    }

    #[test]
    fn a_list_the_article_announces_with_a_colon_is_its_own() {
        let announcing = "After the vote the mayor said that the money would go first to the projects that the people of the district had asked for most often at the open meetings of the council this year, and he named three of them:";
        let items = [
            "New roofs for two schools",
            "A bridge over the river Alde",
            "Longer opening hours at the library",
        ];
        let dump = format!(
            "Home\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{announcing}\n{}\nShare\nPrint\nMost read\n",
            items.join("\n")
        );
        let text = clean(&dump);
        assert_eq!(text[3..], items, "{text:?}");
        // A menu's entries after it are no items.
        let dump = format!("Home\nNews\n{PARAGRAPH_A}\n{PARAGRAPH_B}\n{announcing}\nHome\nSport\nWeather\nContact\n");
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B, announcing]);
    }

    #[test]
    fn readers_comments_go() {
        let comment = "I walked past the bridge this morning and the water was still very high, so I think that the council should wait a little longer before it opens the road again.";
        let headed = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n2 thoughts on “The budget”\n{comment}\n");
        assert_eq!(clean(&headed), [PARAGRAPH_A, PARAGRAPH_B]);
        let answer = "The road will stay closed until the engineers have checked the bridge, which the council expects to happen by the end of the week.";
        let signed = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\nriverfan says:\n{comment}\nAnna Berg says:\n{answer}\n");
        assert_eq!(clean(&signed), [PARAGRAPH_A, PARAGRAPH_B]);
        let opening = format!("The mayor says:\n{PARAGRAPH_A}\nThe clerk says:\n{comment}\n");
        assert_eq!(
            clean(&opening),
            ["The mayor says:", PARAGRAPH_A, "The clerk says:", comment],
            "the article's first line is not a comment's author"
        );
        let quoting = format!("{PARAGRAPH_A}\nThe mayor says:\n{comment}\n{PARAGRAPH_B}\n");
        assert_eq!(
            clean(&quoting),
            [PARAGRAPH_A, "The mayor says:", comment, PARAGRAPH_B],
            "one author line alone is a quotation"
        );
        let thread =
            format!("{PARAGRAPH_A}\nriverfan said:\n{PARAGRAPH_A}\n{comment}\nAnna Berg said:\n{comment}\n{answer}\n");
        assert_eq!(
            clean(&thread),
            [PARAGRAPH_A, "riverfan said:", comment, "Anna Berg said:", answer],
            "a forum's replies quote the posts they answer, and stay"
        );
        // A quotation may be the start of the post it answers.
        let thanks = "Thank you, that is good to know, and I will tell my neighbours who were asking about the road.";
        let thread = format!(
            "{PARAGRAPH_A}\nriverfan said:\n{PARAGRAPH_A}\n{comment}\nAnna Berg said:\n{}\n{answer}\nriverfan said:\n{}\n{thanks}\n",
            &comment[..40],
            &answer[..40]
        );
        let text = clean(&thread);
        assert_eq!(
            text.last().map(String::as_str),
            Some(thanks),
            "a quotation cut short is a quotation: {text:?}"
        );
    }

    #[test]
    fn one_sentence_paragraphs_are_prose() {
        // Each sentence is too short to be article text alone, and the page has a long
        // paragraph of chrome that context would otherwise follow.
        let sentences = [
            "The council approved the new budget on Tuesday after a long and heated debate.",
            "The mayor said that the vote was a good day for the schools of the town.",
            "Officials said that the plan would be reviewed again in the spring of next year.",
        ];
        let about = "Our newsroom has covered the towns of the valley since it was founded, and it is run by a small team of reporters who live in the towns they write about and who answer every letter that our readers send to them.";
        let text = format!(
            "{about}\nSign in\n{}\n6\n{}\n{}\n",
            sentences[0], sentences[1], sentences[2]
        );
        let kept = clean(&text);
        assert!(kept.ends_with(&sentences.map(String::from)), "{kept:?}");
        assert!(!kept.iter().any(|k| k == "Sign in" || k == "6"), "{kept:?}");
    }

    #[test]
    fn a_lead_sentence_after_chrome_stays() {
        let lead = "The town votes on its budget again next week.";
        // Long enough to be article text by itself.
        let body = format!("{PARAGRAPH_A} {PARAGRAPH_B}");
        let text = format!("Home\nLog in\n{lead}\n{body}\n");
        assert_eq!(clean(&text), [lead, body.as_str()]);
        let label = format!("Home\nLog in\nBudget 2024\n{body}\n");
        assert_eq!(clean(&label), [body.as_str()], "a label after chrome is not a lead");
    }

    /// Checks that a notice's lines after the article go, and that a sentence of the article
    /// holding the same wording stays.
    fn notice_goes_but_not_inside_a_sentence(notice: &str, reported: &str) {
        let text = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n{notice}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
        let text = format!("{PARAGRAPH_A}\n{reported}\n{PARAGRAPH_B}\n");
        assert_eq!(
            clean(&text),
            [PARAGRAPH_A, reported, PARAGRAPH_B],
            "inside a sentence the wording is the article's own"
        );
    }

    #[test]
    fn long_notices_go() {
        notice_goes_but_not_inside_a_sentence(
            "This website uses cookies to improve your experience while you navigate through the website, and the cookies that are categorised as necessary are stored on your browser as they are essential for the working of the basic functions of the website.",
            "The regulator found that the shop told its customers that this website uses cookies only after it had already stored them, and it fined the company for every day on which the notice came too late for the visitors who read it.",
        );
    }

    #[test]
    fn a_sign_up_form_s_consent_lines_go_in_any_length() {
        let sms = "By checking this box, you agree to receive recurring automated marketing text messages at the number provided. Consent is not a condition of purchase. Msg & data rates may apply. Reply STOP to opt out.";
        let email = "Mit dem Absenden des Formulars erkläre ich mich einverstanden, dass meine Angaben zur Beantwortung meiner Anfrage gespeichert werden.";
        notice_goes_but_not_inside_a_sentence(
            &format!("Sign up for texts\n{sms}\nYour email\n{email}"),
            "The carrier told its customers that message and data rates may apply only after they had already been charged for the texts, and the regulator fined it for every month in which the warning came too late.",
        );
    }

    #[test]
    fn the_default_notices_of_software_many_sites_run_on_go_between_paragraphs() {
        // A site builder's form messages, forum software's notices, a content system's link
        // past the menus, a quote's expander: each in the wording every site running it shows.
        for notice in [
            "Thank you! Your submission has been received!",
            "Oops! Something went wrong while submitting the form.",
            "Follow along with the video below to see how to install our site as a web app on your home screen.",
            "Note: This feature may not be available in some browsers.",
            "You should upgrade or use an alternative browser.",
            "Skip to main content",
            "Zum Hauptinhalt springen",
            "Click to expand...",
            "In this article",
            "Footer",
            "Quote",
            "Written by:",
            "Website",
            "Sort",
            "View more",
        ] {
            let text = format!("{PARAGRAPH_A}\n{notice}\n{PARAGRAPH_B}\n");
            assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B], "{notice}");
        }
    }

    #[test]
    fn lines_repeated_in_a_document_go() {
        let text = format!("{PARAGRAPH_A}\nPhoto gallery of the week\n{PARAGRAPH_B}\nPhoto gallery of the week\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
        let once = format!("{PARAGRAPH_A}\nWhat comes next\n{PARAGRAPH_B}\n");
        assert_eq!(clean(&once), [PARAGRAPH_A, "What comes next", PARAGRAPH_B]);
    }

    #[test]
    fn a_line_repeated_alone_among_the_article_s_lines_does_not_part_them() {
        // The same terms under each offer: shown twice, but each time beside other lines.
        let offers = "A week in the mountains for two\nSame terms for every booking apply\nA weekend by the sea for the family\nSame terms for every booking apply";
        let text = format!("{PARAGRAPH_A}\n{offers}\n{PARAGRAPH_B}\n");
        assert_eq!(
            clean(&text),
            [
                PARAGRAPH_A,
                "A week in the mountains for two",
                "A weekend by the sea for the family",
                PARAGRAPH_B
            ]
        );
        // A menu shown twice is chrome, and parts what it stands between.
        let menu = "Our latest offers today\nBook your holiday now";
        let text = format!("{PARAGRAPH_A}\n{menu}\nA week in the mountains for two\n{PARAGRAPH_B}\n{menu}\n");
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn content_shown_twice_is_kept_once() {
        // A shop shows its product's description for small screens and again for large ones;
        // the lines are too short to be article text alone.
        let description = [
            "Each mug is thrown by hand on the wheel from speckled stoneware.",
            "It holds a large cup of tea or coffee and keeps it warm for long.",
            "Safe to use in the dishwasher and in the microwave oven at home.",
            "Every piece differs a little in its colour and in the speckles of its glaze.",
            "Care should be taken when stacking and washing it with other ceramics.",
        ];
        let shown = description.join("\n");
        let text = format!("Speckled mug\n$60.00\n{shown}\nAdd to cart\n{shown}\n");
        assert_eq!(clean(&text), description, "the first showing, without the labels");
    }

    #[test]
    fn foreign_script_chrome_goes() {
        let text = format!(
            "Главные новости дня\n{PARAGRAPH_A}\n{PARAGRAPH_B}\nВсе новости сайта на русском языке каждый день\n"
        );
        assert_eq!(clean(&text), [PARAGRAPH_A, PARAGRAPH_B]);
    }

    #[test]
    fn a_short_text_is_kept_whole() {
        assert_eq!(clean("Hello there.\nSee you soon."), ["Hello there.", "See you soon."]);
    }

    /// A shop's grid of cards, each with its details as fields, a label over its value: the
    /// cards are the page's content though every line is short, and each card is too long for a
    /// list's item; the labels that always show the same value (a share bar) are not fields.
    fn field_cards() -> String {
        let tents = [
            (
                "Ridgeline 2 Backpacking Tent",
                "$249.00",
                "2 lb 14 oz",
                "Two",
                "Aluminum",
                "Freestanding",
            ),
            (
                "Meadow Dome 4 Family Tent",
                "$319.95",
                "9 lb 2 oz",
                "Four",
                "Fiberglass",
                "Freestanding",
            ),
            (
                "Summit Bivy Shelter",
                "$129.50",
                "1 lb 6 oz",
                "One",
                "None",
                "Trekking poles",
            ),
            (
                "Lakeside Cabin 6 Tent",
                "$459.00",
                "17 lb 8 oz",
                "Six",
                "Steel",
                "Freestanding",
            ),
            (
                "Canyon Ultralight 1 Tent",
                "$389.00",
                "1 lb 11 oz",
                "One",
                "Carbon",
                "Semi-freestanding",
            ),
        ];
        let mut dump = String::from(
            "Backpacking Tents | Outdoor Shop\nShop\nDeals\nSign in\nCart\nShare this:\nFacebook\n\
             Members earn a reward on every purchase, and orders over fifty dollars ship for free to \
             any address in the country, so that you can get out on the trail without paying for the \
             delivery of your new gear.\n",
        );
        for (n, (name, price, weight, sleeps, poles, pitch)) in tents.iter().enumerate() {
            dump += &format!(
                "Top Rated\n{name}\n{price}\n({reviews}) {reviews} reviews with an average rating of 4.{n} out of 5 stars\n\
                 Packaged Weight:\n{weight}\nSleeping Capacity:\n{sleeps}\nPole Material:\n{poles}\n\
                 Pitch Type:\n{pitch}\nAdd {name} to Compare\n",
                reviews = 20 + 7 * n,
            );
        }
        dump + "Share this:\nFacebook\nHelp\nContact us\nShare this:\nFacebook\n"
    }

    #[test]
    fn cards_that_show_the_same_fields_are_the_content() {
        let kept = clean(&field_cards());
        for wanted in [
            "Meadow Dome 4 Family Tent",
            "Lakeside Cabin 6 Tent",
            "Packaged Weight:",
            "17 lb 8 oz",
            "Pole Material:",
            "Carbon",
        ] {
            assert!(kept.iter().any(|l| l == wanted), "{wanted} kept: {kept:?}");
        }
        for chrome in ["Top Rated", "Share this:", "Facebook", "Help"] {
            assert!(!kept.iter().any(|l| l == chrome), "{chrome} dropped: {kept:?}");
        }
    }

    #[test]
    fn what_the_dump_shows_after_the_page_s_copyright_line_is_no_part_of_it() {
        let footer = "Home\nWorld\nBusiness\nSport\nWeather\n© 2025 The Paper";
        let policy = [
            "Items bought in the shop may be returned within thirty days of delivery, as long as they are unworn and still have their original tags.",
            "Refunds are paid to the card that was used for the order, and they usually reach the account within five working days of the return.",
        ];
        let dump = format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\n{footer}\nReturns\n{}\n{}\n",
            policy[0], policy[1]
        );
        assert_eq!(clean(&dump), [PARAGRAPH_A, PARAGRAPH_B]);
        // A photo's credit inside the article stands among kept lines, and ends nothing.
        let credited = format!("{PARAGRAPH_A}\n© 2024 Anna Berg\n{}\n{PARAGRAPH_B}\n", policy[0]);
        let text = clean(&credited);
        assert!(
            text.iter().any(|l| l == policy[0]) && text.iter().any(|l| l == PARAGRAPH_B),
            "{text:?}"
        );
        // A dump that shows the footer before most of the article keeps the article below it.
        let meeting = |n: usize| format!("{PARAGRAPH_B} It was the meeting number {n} on the subject this year.");
        let above = [meeting(1), meeting(2)].join("\n");
        let below: Vec<String> = (3..=12).map(meeting).collect();
        let footer_first = format!("Budget vote\n{above}\n{footer}\nNews\n{}\n", below.join("\n"));
        let text = clean(&footer_first);
        assert!(below.iter().all(|p| text.contains(p)), "{text:?}");
    }

    #[test]
    fn cards_closed_by_dates_worded_two_ways_are_a_list() {
        let cards = [
            (
                "#CITY",
                "Why the council took a year to agree on the new budget",
                "Anna Berg",
                "Mar 07, 2026",
                4,
            ),
            (
                "#TRAVEL",
                "The ferry that kept the town moving while the bridge was closed",
                "Tom Hale",
                "Mar 07, 2026",
                13,
            ),
            (
                "#BOOKS",
                "What readers borrowed most in the first week of the new library",
                "Mia Lund",
                "Mar 06, 2026",
                2,
            ),
            (
                "#FOOD",
                "Cheese, bread and honey: the valley's farmers at the spring market",
                "Ola Berg",
                "Mar 06, 2026",
                3,
            ),
            (
                "#SPORT",
                "How the rowing club rebuilt its boathouse after the winter floods",
                "Eva Moss",
                "Mar 05, 2026",
                5,
            ),
        ];
        // The featured cards, then the same stories in the river, their dates worded otherwise:
        // no date line recurs as it is, and each title is shown twice.
        let featured: String = cards
            .iter()
            .map(|(tag, title, author, date, minutes)| {
                format!("{tag}\n{title}\n{author}\n{date} | {minutes} min read\n")
            })
            .collect();
        let river: String = cards
            .iter()
            .map(|(_, title, author, date, minutes)| format!("{title}\nby {author}\n{date} · {minutes} min read\n"))
            .collect();
        let dump =
            format!("Latest stories | The Paper\nHome\nNews\nSport\nSubscribe\n{featured}{river}About us\nContact\n");
        let text = clean(&dump);
        for (_, title, ..) in cards {
            assert!(text.iter().any(|l| l == title), "{title} kept: {text:?}");
        }
    }

    #[test]
    fn shoppers_reviews_under_a_product_s_description_are_not_its_text() {
        let description: Vec<String> = (1..=6)
            .map(|n| format!("{PARAGRAPH_A} The shoe's sole number {n} is made of natural rubber and lasts for years."))
            .collect();
        let reviews = [
            ("5.0 out of 5 stars", "I wore these on a long walk through the hills last weekend and my feet did not hurt at all afterwards. They were dry after the rain, and the soles held well on the wet stones by the river, which is more than I can say for my old pair."),
            ("5.0 out of 5 stars", "The shoes fit well from the first day, although the laces are a little shorter than I would have liked. I have worn them to work every day for a month now and there is no sign of wear on them yet, so I would buy them again."),
            ("3,0 von 5 Sternen", "They look good and feel light, but they are too narrow for my feet, so I had to send them back again. The shop took them back without any questions and the money was on my card within a week, which I thought was very fair of them."),
        ];
        let shown: String = reviews
            .iter()
            .map(|(score, text)| format!("Helpful\nReport\n{score}\nAnna B.\nVerified buyer\n{text}\n"))
            .collect();
        let dump = format!("Trail Runner | The Shop\n{}\n{shown}", description.join("\n"));
        assert_eq!(clean(&dump), description);
        // A table of scores, with no shopper's text under each, ends nothing.
        let scores = "Comfort\n4.5 / 5\nGrip\n4.0 / 5\nWeight\n3.5 / 5";
        let rated = format!(
            "Trail Runner | The Shop\n{}\n{scores}\n{PARAGRAPH_B}\n",
            description.join("\n")
        );
        assert!(clean(&rated).iter().any(|l| l == PARAGRAPH_B));
    }

    #[test]
    fn a_river_of_dated_teasers_set_apart_from_the_article_goes() {
        let third = "Work on the bridge over the river will begin in March, the engineers said, and the road will be closed to heavy lorries for most of the summer.";
        let fourth = "Residents who spoke at the meeting asked for a footpath on the new bridge, and the council agreed to study the idea before the contracts are signed.";
        let teasers = [
            ("Ferry fares rise again", "March 3, 2026", "The company that runs the ferry says that the price of fuel has left it no choice but to charge more for every crossing this spring, and the town's traders fear that fewer visitors will come over from the island."),
            ("New library opens its doors", "March 2, 2026", "Hundreds of families came to see the new library on its first day, and many of them left with a card and a bag full of books for the week, while the children listened to stories read by the mayor."),
            ("Market square to lose its cars", "March 1, 2026", "From the summer on, the market square will be closed to cars on Saturdays so that the stalls of the weekly market can spread out across it, and the car park by the station will be free on that day."),
        ];
        let river: String = teasers.iter().map(|(t, d, e)| format!("{t}\n{d}\n{e}\n")).collect();
        let menu = "More from the paper\nHome\nNews\nSport\nWeather\nOpinion";
        let article = format!("{PARAGRAPH_A}\n{PARAGRAPH_B}\n{third}\n{fourth}");
        assert_eq!(
            clean(&format!("Budget approved\n{article}\n{menu}\n{river}")),
            [PARAGRAPH_A, PARAGRAPH_B, third, fourth]
        );
        // Right under the page's introduction, they are the page's own list.
        let text = clean(&format!("Budget approved\n{article}\n{river}"));
        assert!(teasers.iter().all(|(_, _, e)| text.iter().any(|l| l == e)), "{text:?}");
    }

    #[test]
    fn a_note_kept_over_the_copyright_line_apart_from_the_article_goes() {
        let note = "The products and services mentioned on this site are described for general information only, they are not meant as advice of any kind, and readers should ask a qualified adviser before they decide to buy any of them.";
        let menu = "Home\nNews\nSport\nWeather\nOpinion\nContact us";
        assert_eq!(
            clean(&format!(
                "{PARAGRAPH_A}\n{PARAGRAPH_B}\n{menu}\n{note}\n© 2025 The Paper\n"
            )),
            [PARAGRAPH_A, PARAGRAPH_B]
        );
        // Right under the article, it may be the article's last line.
        let text = clean(&format!(
            "{PARAGRAPH_A}\n{PARAGRAPH_B}\n{note}\n{menu}\n© 2025 The Paper\n"
        ));
        assert!(text.iter().any(|l| l == note), "{text:?}");
    }

    #[test]
    fn a_closing_label_under_a_grid_of_items_closes_no_article() {
        let grid: String = [
            "Slim aluminium card holder in black",
            "Slim aluminium card holder in silver",
            "Carbon fibre card holder with a money clip",
            "Leather key case with a brass ring",
            "Titanium card holder with a cash strap",
            "Canvas travel wallet with a zip pocket",
        ]
        .iter()
        .enumerate()
        .map(|(i, item)| format!("{item}\n${}.00\nAdd to cart\n", 60 + 5 * i))
        .collect();
        let text = clean(&format!("Wallets\n{grid}You may also like\n{PARAGRAPH_A}\n"));
        assert!(text.ends_with(&[PARAGRAPH_A.to_string()]), "{text:?}");
    }

    #[test]
    fn readers_comments_under_a_list_are_no_article_it_must_outweigh() {
        let books = [
            (
                "The Long Winter",
                "A family waits out seven months of storms on the prairie.",
            ),
            (
                "Salt and Iron",
                "Two sisters run a forge in a fishing town that is dying.",
            ),
            (
                "The Quiet Border",
                "A customs officer finds a child asleep in a lorry at night.",
            ),
            (
                "Paper Lanterns",
                "An old printer teaches his grandson the trade before it is lost.",
            ),
            (
                "North of the River",
                "A ferryman keeps a diary of every passenger for forty years.",
            ),
        ];
        let list: String = books
            .iter()
            .map(|(title, blurb)| format!("{title}\n{blurb}\nAdd to list\n"))
            .collect();
        let comments = [
            "I read the first two on this list over the holidays and I could not put either of them down, so I have ordered the rest of them from the library and I hope that they are just as good as these were.",
            "The third one was a disappointment for me, because the ending felt rushed after such a slow start, but I know that many people in my reading group loved it and said that it was the best book they read all year.",
            "Thank you for the list, it is always hard to find new books that are not the ones that everybody else is reading, and I will give the one about the ferryman to my father for his birthday next month.",
        ];
        let thread: String = comments
            .iter()
            .chain(&comments)
            .enumerate()
            .map(|(n, c)| format!("Jul {}, 2025 09:0{n}PM\n{c} I am reader {n}.\n", 20 + n))
            .collect();
        let text = clean(&format!(
            "The best books of the year\nOur editors chose them.\n{list}{thread}"
        ));
        assert!(books.iter().all(|(t, _)| text.iter().any(|l| l == t)), "{text:?}");
        assert!(!text.iter().any(|l| l.contains("I am reader")), "{text:?}");
    }

    #[test]
    fn a_list_parted_by_headings_is_one_list() {
        let studios = [
            "Alder", "Birch", "Cedar", "Dune", "Elm", "Fjord", "Grove", "Heath", "Isle", "Juniper",
        ];
        let cities = [
            "Oslo", "Bergen", "Malmo", "Aarhus", "Tampere", "Tartu", "Riga", "Gdansk", "Turku", "Vilnius",
        ];
        let title = |n: usize| format!("Studio {} for the packaging of everyday goods", studios[n]);
        let item = |n: usize| {
            format!(
                "{}\nDesigned and made by a small team in {}\nHonoree\n",
                title(n),
                cities[n]
            )
        };
        let first: String = (0..5).map(item).collect();
        let second: String = (5..10).map(item).collect();
        let jury = "Anna Berg\nTom Hale\nLi Wei\nSara Kim\nOmar Diaz\nEva Lund\nPaul Roth\nMia Sato\nJan Novak";
        let text = clean(&format!(
            "Home\nAwards\nAbout us\nDesign awards 2025\n{PARAGRAPH_A}\n{first}Best furniture\nThe jury\n{jury}\n{second}Privacy policy\nTerms of use\n"
        ));
        for n in 0..10 {
            assert!(text.iter().any(|l| *l == title(n)), "{}: {text:?}", title(n));
        }
    }

    #[test]
    fn a_thread_keeps_each_post_its_furniture_parts_from_the_others() {
        // Each answer is followed by the same furniture ("Share", "Follow", a dated stamp, a
        // name, "Add a comment"); a reply of one paragraph between two such blocks is a post,
        // though its neighbours are chrome.
        let lines = [
        "How do I keep a sourdough starter alive while travelling? - Bread Exchange",
        "Home",
        "Questions",
        "Tags",
        "Users",
        "How do I keep a sourdough starter alive while travelling?",
        "Asked 2 years ago",
        "Viewed 3k times",
        "I am leaving for three weeks and nobody can feed my starter while I am away. It has been going strong for a year and I would hate to lose it.",
        "What is the most reliable way to keep it alive until I come back home?",
        "sourdough",
        "starter",
        "Share",
        "Improve this question",
        "Follow",
        "asked Jan 4, 2024 at 11:30",
        "Anna Berg",
        "412 4 silver badges",
        "Add a comment |",
        "3 Answers",
        "Sorted by: Highest score",
        "Feed it well, put it in a jar with a tight lid and keep it in the fridge. A mature starter survives a month there without any trouble, and it wakes up after two feedings.",
        "Share",
        "Improve this answer",
        "Follow",
        "answered Jan 4, 2024 at 13:16",
        "Tom Li",
        "1,204 2 gold badges",
        "Nice.",
        "Anna Berg",
        "– Anna Berg",
        "Commented Jan 4, 2024 at 14:00",
        "Really?",
        "Eva Roth",
        "– Eva Roth",
        "Commented Jan 4, 2024 at 15:00",
        "Add a comment |",
        "Dry it.",
        "Share",
        "Improve this answer",
        "Follow",
        "answered Jan 5, 2024 at 09:02",
        "Eva Roth",
        "88 1 bronze badge",
        "Does that work?",
        "Tom Li",
        "– Tom Li",
        "Commented Jan 5, 2024 at 10:02",
        "Yes.",
        "Eva Roth",
        "– Eva Roth",
        "Commented Jan 5, 2024 at 11:02",
        "Thanks!",
        "Anna Berg",
        "– Anna Berg",
        "Commented Jan 5, 2024 at 12:02",
        "Add a comment |",
        "Spread a thin layer on baking paper and let it dry at room temperature for a couple of days. Break it into flakes and store them in a jar; they keep for months.",
        "When you are back, soak a spoonful of flakes in water overnight and feed it as usual for a few days.",
        "Share",
        "Improve this answer",
        "Follow",
        "answered Jan 6, 2024 at 18:40",
        "Li Wei",
        "2,310 3 silver badges",
        "Add a comment |",
        "Your Answer",
        "Post Your Answer",
        "Hot Network Questions",
        "Why is my bread dense?",
        "Best flour for pizza?",
        "About",
        "Privacy",
        "Terms",
        "Explore related questions",
        "sourdough",
        "starter",
        "Related",
        "How to revive an old starter?",
        "Can I freeze a starter?",
        "Why does my starter smell?",
        "Hot Network Questions",
        "Why is my bread dense?",
        "Best flour for pizza?",
        "Is rye better than wheat?",
        "About",
        "Privacy",
        "Terms",
        "Site design © 2026",
        ];
        let kept = clean(&lines.join("\n"));
        assert!(kept.iter().any(|l| l.starts_with("Feed it well")), "{kept:?}");
        assert!(kept.iter().any(|l| l.starts_with("Spread a thin layer")), "{kept:?}");
        assert!(
            kept.iter().all(|l| !l.starts_with("Commented") && l != "Share"),
            "{kept:?}"
        );
    }
}
