//! Measuring text across scripts: where words are not separated by spaces, characters carry
//! more text each, and sentence ends and commas have other shapes.

/// Characters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
/// Burmese, Tibetan).
pub(crate) fn is_unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30ff}' // hiragana, katakana
        | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // Han
        | '\u{20000}'..='\u{2fa1f}'
        | '\u{0e00}'..='\u{0eff}' // Thai, Lao
        | '\u{1780}'..='\u{17ff}' // Khmer
        | '\u{1000}'..='\u{109f}' // Myanmar
        | '\u{0f00}'..='\u{0fff}' // Tibetan
    )
}

/// How many Latin-text characters one character of an unspaced script is worth, so that
/// length thresholds mean about the same amount of text in every script.
const UNSPACED_WEIGHT: usize = 3;

/// How many Latin-text characters one character is worth.
pub(crate) fn char_units(c: char) -> usize {
    if is_unspaced(c) && !matches!(c, '\u{0e00}'..='\u{0eff}') {
        UNSPACED_WEIGHT
    } else {
        1
    }
}

/// Length of a text in Latin-equivalent characters.
pub(crate) fn units(text: &str) -> usize {
    text.chars().map(char_units).sum()
}

/// Length of a text in Latin-equivalent characters, not counting whitespace.
pub(crate) fn visible_units(text: &str) -> usize {
    text.chars().filter(|c| !c.is_whitespace()).map(char_units).sum()
}

/// Marks that end a sentence (or close a clause as firmly), in the scripts that have them:
/// Latin and most others, CJK full and half width, Arabic and Urdu, Devanagari and Bengali,
/// Myanmar, Ethiopic, Armenian, Tibetan, Khmer, Mongolian. Thai and Lao end sentences with a
/// space, which no mark can tell.
const SENTENCE_ENDS: &[char] = &[
    '.', '!', '?', '…', ':', ';', '‼', '⁇', '⁈', '⁉', // Latin and shared
    '。', '！', '？', '｡', '．', '：', '；', // CJK
    '۔', '؟', // Arabic, Urdu
    '।', '॥', // Devanagari, Bengali
    '။', // Myanmar
    '።', '፧', '፨', // Ethiopic
    '։', // Armenian
    '།', '༎', // Tibetan
    '។', '៕', // Khmer
    '᠃', '᠉', // Mongolian
];

/// Commas of every script that has its own: they count as commas do in Latin text.
pub(crate) const COMMAS: &[char] = &[',', '،', '，', '、', '፣', '၊', '՝', '､'];

/// Whether a text ends like a sentence, in any script.
pub(crate) fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | '」' | '』' | ')' | '）')
    });
    t.ends_with(SENTENCE_ENDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unspaced_scripts_weigh_more() {
        assert_eq!(units("ab cd"), 5);
        assert_eq!(units("日本語"), 9);
    }

    #[test]
    fn sentence_ends_of_many_scripts() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“He left.”"));
        assert!(ends_sentence("日本語です。"));
        assert!(ends_sentence("क्या हाल है।"));
        assert!(ends_sentence("Բարեւ։"));
        assert!(ends_sentence("សួស្តី។"));
        assert!(ends_sentence("ཡིན།"));
        assert!(ends_sentence("ሰላም ነው።"));
        assert!(!ends_sentence("Read more"));
    }
}
