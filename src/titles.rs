//! Titles as pages write them: the parts of a head's title ("Floods close bridges | News |
//! The Paper"), the site's name among them, and how far two titles say the same. The HTML
//! stage and the text stage choose their titles with these.

use crate::units;

/// Two titles say the same headline when their word F1 reaches this: the same words,
/// reworded for search results or set beside the section and site.
pub(crate) const MIN_HEADLINE_AGREEMENT: f32 = 0.5;

/// Separators between the parts of a head's title: the page's own title, its section, the
/// site's name ("Floods close bridges | News | The Paper").
pub(crate) const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The marks of [`TITLE_SEPARATORS`] between their spaces: a title without any is one part.
const SEPARATOR_MARKS: &[char] = &['|', '-', '–', '—', ':', '·', '»', '/'];

/// A title's first part, as [`parts`] splits it; empty for a title of none. Split as it does,
/// by each separator in turn, but only as far as the first part.
pub(crate) fn first_part(title: &str) -> &str {
    fn first_of<'a>(piece: &'a str, separators: &[&str]) -> Option<&'a str> {
        match separators.split_first() {
            None => Some(piece.trim()).filter(|p| !p.is_empty()),
            // A piece without the separator is one sub-piece, itself: passed on unsplit.
            Some((separator, rest)) if !may_hold(piece, separator) => first_of(piece, rest),
            Some((separator, rest)) => piece.split(separator).find_map(|sub| first_of(sub, rest)),
        }
    }
    if !title.contains(SEPARATOR_MARKS) {
        return title.trim();
    }
    first_of(title, TITLE_SEPARATORS).unwrap_or_default()
}

/// Whether a text may hold a separator: whether it holds the separator's mark. A mark is looked
/// for as one character, which is quick; splitting by the separator itself sets up a substring
/// search each time, which costs more than most lines (a hyphenated word, a time) take to read.
fn may_hold(text: &str, separator: &str) -> bool {
    separator.trim().chars().next().is_some_and(|mark| text.contains(mark))
}

/// A head's title's first part that is not the site's name.
pub(crate) fn first_part_but_site(title: &str, site: Option<&str>) -> String {
    let parts = parts(title);
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .find(|&(i, part)| !((i == 0 || i == last) && is_site(part, site)))
        .or(parts.first().map(|p| (0, p)))
        .map_or_else(String::new, |(_, part)| part.to_string())
}

/// A headline without the site's name some pages put before or after it ("The Paper |
/// Floods close bridges"). Its other parts stay: a short part may as well be its own ("Part 2").
pub(crate) fn without_site_at_ends(headline: &str, site: Option<&str>) -> String {
    let parts = parts(headline);
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return headline.to_string();
    };
    if parts.len() < 2 {
        return headline.to_string();
    }
    // The parts are slices of the headline, so they say where they are in it.
    let offset = |part: &str| part.as_ptr() as usize - headline.as_ptr() as usize;
    let from = if is_site(first, site) { offset(parts[1]) } else { 0 };
    let to = if is_site(last, site) {
        offset(parts[parts.len() - 2]) + parts[parts.len() - 2].len()
    } else {
        headline.len()
    };
    headline
        .get(from..to)
        .filter(|t| !t.is_empty())
        .unwrap_or(headline)
        .to_string()
}

pub(crate) fn is_site(part: &str, site: Option<&str>) -> bool {
    site.is_some_and(|s| site_key(part) == s)
}

/// Whether a heading's words are those of the last of several parts of a head's title, and not
/// of its first: the site's name ("The Paper" in "Floods close bridges | The Paper").
pub(crate) fn names_the_site(key: &str, head_title: &str) -> bool {
    site_part(head_title).is_some_and(|site| site.named_by(key))
}

/// The first and last parts of a head's title of several, as [`comparable`] makes them: the
/// last is likely to be the site's name.
struct SitePart {
    first: String,
    last: String,
}

impl SitePart {
    /// Whether a heading's words (`key`) are the site's part and not the title's own.
    fn named_by(&self, key: &str) -> bool {
        self.last == key && self.first != key
    }
}

/// The parts of a head's title [`names_the_site`] compares with; `None` for a title of one part.
fn site_part(head_title: &str) -> Option<SitePart> {
    let parts = parts(head_title);
    (parts.len() > 1).then(|| SitePart {
        first: comparable(parts[0]),
        last: comparable(parts[parts.len() - 1]),
    })
}

/// Of candidate headlines, in order, each with what the caller knows of it, the one that agrees
/// best with the head's titles: it shares at least half their words (word F1), and names
/// neither the site (`site`, as [`site_key`]) nor, as the last of several parts of a head's
/// title, what is likely to be the site. Of equals, the first. `eligible` is what the caller
/// asks of a candidate besides, asked only of those with the words to agree.
pub(crate) fn best_agreeing<'a, T>(
    candidates: impl IntoIterator<Item = (T, &'a str)>,
    head_titles: &[&str],
    site: Option<&str>,
    eligible: impl Fn(&T) -> bool,
) -> Option<(T, &'a str)> {
    let head_keys: Vec<String> = head_titles.iter().map(|t| comparable(t)).collect();
    // Each head title's words, split once for all candidates, and one buffer to match them.
    let head_split: Vec<Vec<&str>> = head_keys.iter().map(|k| k.split(' ').collect()).collect();
    let head_words: Vec<usize> = head_split.iter().map(Vec::len).collect();
    // Past the longest title's words, a candidate's bound (see `word_f1_bound`) only falls with
    // each word more: once it is below the agreement wanted for every title, the candidate's
    // words are counted no further. The verdict stays the same, and a paragraph is not read to
    // its end.
    let longest = head_words.iter().copied().max().unwrap_or(0);
    let words_enough = (longest.max(1)..)
        .find(|&n| head_words.iter().all(|&h| word_f1_bound(n, h) < MIN_HEADLINE_AGREEMENT))
        .expect("the bound falls towards nothing");
    let mut unmatched = Vec::new();
    // The head titles' parts, split once for all candidates.
    let site_parts: Vec<SitePart> = head_titles.iter().filter_map(|t| site_part(t)).collect();
    let mut best: Option<(f32, T, &'a str)> = None;
    for (tag, candidate) in candidates {
        // Most candidates (a menu's entries, a sentence) have too few or too many words to share
        // half of a title's even if all were common: they are passed over unread.
        let words = words(candidate).take(words_enough).count();
        if !head_words
            .iter()
            .any(|&h| word_f1_bound(words, h) >= MIN_HEADLINE_AGREEMENT)
            || !eligible(&tag)
        {
            continue;
        }
        let key = comparable(candidate);
        if key.is_empty() || is_site(candidate, site) || site_parts.iter().any(|p| p.named_by(&key)) {
            continue;
        }
        let agreement = head_split
            .iter()
            .map(|t| word_f1_against(&key, t, &mut unmatched))
            .fold(0.0, f32::max);
        if agreement >= MIN_HEADLINE_AGREEMENT && best.as_ref().is_none_or(|(most, ..)| agreement > *most) {
            best = Some((agreement, tag, candidate));
        }
    }
    best.map(|(_, tag, candidate)| (tag, candidate))
}

/// The parts of a title between [`TITLE_SEPARATORS`], trimmed, empty ones left out.
pub(crate) fn parts(title: &str) -> Vec<&str> {
    // Most lines hold no separator's mark, and are one part.
    if !title.contains(SEPARATOR_MARKS) {
        let title = title.trim();
        return if title.is_empty() { Vec::new() } else { vec![title] };
    }
    let mut parts = vec![title];
    // A separator the title does not hold would leave each part as it is.
    for sep in TITLE_SEPARATORS.iter().filter(|sep| may_hold(title, sep)) {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// The words of a text as titles are compared: its runs of letters and digits.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !units::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
}

/// Lower-cased words of a text, for comparing titles and headings.
pub(crate) fn comparable(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for word in words(text) {
        if !key.is_empty() {
            key.push(' ');
        }
        // Each word lowercased alone, an ASCII one (most) in place.
        if word.is_ascii() {
            key.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
    key
}

/// A site's name as its letters and digits only, so that "THE PAPER" and "The-Paper" are one.
pub(crate) fn site_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The number of words [`comparable`] makes of a text.
#[cfg(test)]
fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The highest [`word_f1_against`] of two texts of `a` and `b` words: all of the shorter one's words in
/// common.
fn word_f1_bound(a: usize, b: usize) -> f32 {
    2.0 * a.min(b) as f32 / (a + b).max(1) as f32
}

/// The harmonic mean of the shares of each text's words found in the other's (`b`), counting
/// repeats; `unmatched` is a buffer for the words of `b` not yet matched.
fn word_f1_against<'b>(a: &str, b: &[&'b str], unmatched: &mut Vec<&'b str>) -> f32 {
    if b.is_empty() {
        return 0.0;
    }
    unmatched.clear();
    unmatched.extend_from_slice(b);
    let (mut words, mut common) = (0usize, 0usize);
    for word in a.split(' ') {
        words += 1;
        if let Some(i) = unmatched.iter().position(|w| *w == word) {
            unmatched.swap_remove(i);
            common += 1;
        }
    }
    2.0 * common as f32 / (words + b.len()) as f32
}

/// Whether a text holds more than half of another's words, counting repeats.
pub(crate) fn holds_most_words_of(text: &str, other: &str) -> bool {
    let other_key = comparable(other);
    let other_words: Vec<&str> = other_key.split(' ').filter(|w| !w.is_empty()).collect();
    let key = comparable(text);
    let mut unmatched: Vec<&str> = key.split(' ').collect();
    let held = other_words
        .iter()
        .filter(|w| {
            let at = unmatched.iter().position(|u| u == *w);
            at.map(|i| unmatched.swap_remove(i)).is_some()
        })
        .count();
    2 * held > other_words.len()
}

/// A title on one line, without soft hyphens (which only mark where a line may break), nor a
/// separator left hanging at either end ("Index funds /"), which belongs to no part.
pub(crate) fn one_line(text: &str) -> String {
    let text = text.replace('\u{AD}', "");
    let is_separator = |w: &&str| TITLE_SEPARATORS.iter().any(|s| s.trim() == *w);
    let mut words: Vec<&str> = text.split_whitespace().collect();
    while words.last().is_some_and(is_separator) {
        words.pop();
    }
    let start = words.iter().take_while(|w| is_separator(w)).count();
    words[start..].join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_site_s_name_goes_from_either_end_of_a_headline() {
        let site = Some("thepaper");
        assert_eq!(
            without_site_at_ends("Floods close bridges | The Paper", site),
            "Floods close bridges"
        );
        assert_eq!(
            without_site_at_ends("The Paper | Floods close bridges", site),
            "Floods close bridges"
        );
        assert_eq!(
            without_site_at_ends("The Paper", site),
            "The Paper",
            "a headline that is only the site's name stays"
        );
    }

    #[test]
    fn no_two_texts_agree_more_than_their_word_counts_allow() {
        let texts = [
            "Floods close bridges | The Paper",
            "Floods close bridges",
            "Bridges, bridges and floods: the river closes them all again",
            "Home",
            "Ünïcode — Wörter und Brücken 2024",
            "",
            "«»",
        ];
        // A candidate without words is passed over before any comparison.
        for a in texts.into_iter().filter(|a| word_count(a) > 0) {
            for b in texts {
                let b_words: Vec<String> = comparable(b).split(' ').map(str::to_string).collect();
                let b_words: Vec<&str> = b_words.iter().map(String::as_str).collect();
                let f1 = word_f1_against(&comparable(a), &b_words, &mut Vec::new());
                assert!(f1 <= word_f1_bound(word_count(a), word_count(b)), "{a:?} {b:?}");
            }
        }
        assert_eq!(word_count("Floods close bridges | The Paper"), 5);
    }

    #[test]
    fn a_text_holds_most_words_of_another_when_more_than_half_are_in_it() {
        assert!(holds_most_words_of("Budget: the council passes it", "Budget"));
        assert!(holds_most_words_of(
            "Floods close the bridges",
            "Floods close bridges | News"
        ));
        assert!(!holds_most_words_of("Town council news", "Budget"));
        // Half is not most, and a word twice in the other is held only as often as said.
        assert!(!holds_most_words_of("New Jersey", "Affordable New Jersey Movers"));
        assert!(!holds_most_words_of("Bridges", "Bridges and bridges"));
    }

    #[test]
    fn the_first_part_is_the_first_of_the_parts() {
        for title in [
            "Floods close bridges | News | The Paper",
            "a - | b",
            " | Floods close bridges",
            "a | | b - c",
            "The Paper :: News / World » Floods",
            "  ",
            "",
            "No separator here",
            "x |-| y – z",
        ] {
            assert_eq!(
                first_part(title),
                parts(title).first().copied().unwrap_or_default(),
                "{title:?}"
            );
        }
    }

    #[test]
    fn every_separator_has_a_mark() {
        for separator in TITLE_SEPARATORS {
            assert!(separator.contains(SEPARATOR_MARKS), "{separator:?}");
        }
        assert_eq!(parts("  Floods close bridges "), ["Floods close bridges"]);
        assert!(parts(" ").is_empty());
    }

    #[test]
    fn the_site_s_name_is_looked_for_only_at_either_end_of_a_title() {
        // A section named after the site, after the site's name.
        assert_eq!(
            first_part_but_site("The Paper | The Paper | Floods close bridges", Some("thepaper")),
            "The Paper"
        );
        assert_eq!(
            first_part_but_site("The Paper | Floods close bridges | News", Some("thepaper")),
            "Floods close bridges"
        );
    }
}
