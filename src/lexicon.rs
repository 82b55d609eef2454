//! Word lists the stages share: boilerplate phrasing in many languages, and stopwords.
//!
//! The phrase list is data (`data/boilerplate.txt`); stopword lists come from the
//! Stopwords ISO collection, through the `stop-words` crate.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};

/// Common boilerplate phrasing, one `category<TAB>language<TAB>phrase` per line.
const BOILERPLATE: &str = include_str!("data/boilerplate.txt");

/// Boilerplate phrases and stopword lists, built once and shared by every clean.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    phrases: AhoCorasick,
    /// Whether each phrase needs word boundaries around it (it starts and ends with letters of a
    /// script that separates words by spaces).
    bounded: Vec<(bool, bool)>,
    stopwords: HashMap<&'static str, HashSet<&'static str>>,
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::new()
    }
}

impl Lexicon {
    pub fn new() -> Lexicon {
        let phrases: Vec<&str> = BOILERPLATE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| l.split('\t').nth(2))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        let bounded = phrases
            .iter()
            .map(|p| {
                (
                    p.chars().next().is_some_and(spaced_letter),
                    p.chars().last().is_some_and(spaced_letter),
                )
            })
            .collect();
        let phrases = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .expect("the boilerplate phrase list builds an automaton");
        let stopwords = stop_words::available_languages()
            .iter()
            .filter_map(|&code| Some((code, stop_words::lookup(code)?.iter().copied().collect())))
            .collect();
        Lexicon {
            phrases,
            bounded,
            stopwords,
        }
    }

    /// Whether a (short) text contains common boilerplate phrasing.
    pub fn is_boilerplate(&self, text: &str) -> bool {
        let lower = text.to_lowercase();
        self.phrases.find_overlapping_iter(&lower).any(|m| {
            let (left, right) = self.bounded[m.pattern().as_usize()];
            let before_ok = !left
                || !lower[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
            let after_ok = !right || !lower[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
            before_ok && after_ok
        })
    }

    /// Share of a text's words that are stopwords of the language with this ISO 639-1 code;
    /// `None` when there is no list for it or the text has no words.
    pub fn stopword_density(&self, text: &str, lang: &str) -> Option<f64> {
        let list = self.stopwords.get(lang)?;
        let mut words = 0usize;
        let mut stops = 0usize;
        for raw in text.split_whitespace() {
            let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() {
                continue;
            }
            words += 1;
            if list.contains(word) || list.contains(word.to_lowercase().as_str()) {
                stops += 1;
            }
        }
        (words > 0).then(|| stops as f64 / words as f64)
    }
}

/// A letter of a script whose words are separated by spaces (so phrase matches need word
/// boundaries); Han, kana, Thai and the like are matched anywhere.
fn spaced_letter(c: char) -> bool {
    c.is_alphanumeric() && !crate::units::is_unspaced(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_phrases_match_on_word_boundaries() {
        let lex = Lexicon::new();
        assert!(lex.is_boilerplate("Leave a Reply"));
        assert!(lex.is_boilerplate("Alle Rechte vorbehalten."));
        assert!(!lex.is_boilerplate("The river rose after a night of rain."));
    }

    #[test]
    fn stopword_density_uses_the_language_list() {
        let lex = Lexicon::new();
        let d = lex.stopword_density("the cat sat on the mat", "en").unwrap();
        assert!(d > 0.4 && d < 0.9, "{d}");
        assert_eq!(lex.stopword_density("12 34", "en"), Some(0.0));
        assert!(lex.stopword_density("anything", "xx").is_none());
    }
}
