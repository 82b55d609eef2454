//! Measuring text across scripts: where words are not separated by spaces, characters carry
//! more text each, and sentence ends and commas have other shapes.

/// The first character of the scripts [`is_unspaced`] finds.
const FIRST_UNSPACED: char = '\u{0e00}';

/// Characters of scripts written without spaces between words (Han, kana, Thai, Lao, Khmer,
/// Burmese, Tibetan).
pub(crate) fn is_unspaced(c: char) -> bool {
    // Every such script lies above Thai's block: most characters are told by one comparison.
    c >= FIRST_UNSPACED
        && matches!(c,
            '\u{3040}'..='\u{30ff}' // hiragana, katakana
            | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' // Han
            | '\u{20000}'..='\u{2fa1f}'
            | '\u{0e00}'..='\u{0eff}' // Thai, Lao
            | '\u{1780}'..='\u{17ff}' // Khmer
            | '\u{1000}'..='\u{109f}' // Myanmar
            | '\u{0f00}'..='\u{0fff}' // Tibetan
        )
}

/// Blocks of characters common on the web, in order, each with whether all of its characters
/// are letters (none a digit) or none is a letter or a digit: [`is_alphanumeric`] and
/// [`is_numeric`] answer for them without the Unicode tables (the tests check every character).
const KNOWN_BLOCKS: &[(char, char, bool)] = &[
    ('\u{00a0}', '\u{00a9}', false), // Latin-1 punctuation, before ª
    ('\u{00c0}', '\u{00d6}', true),  // Latin-1 letters, without ×
    ('\u{00d8}', '\u{00f6}', true),  // ... and ÷
    ('\u{00f8}', '\u{024f}', true),  // Latin-1, Latin Extended-A and -B
    ('\u{0386}', '\u{0386}', true),  // Greek
    ('\u{0388}', '\u{038a}', true),
    ('\u{038c}', '\u{038c}', true),
    ('\u{038e}', '\u{03a1}', true),
    ('\u{03a3}', '\u{03ce}', true),
    ('\u{0400}', '\u{0481}', true), // Cyrillic
    ('\u{048a}', '\u{052f}', true),
    ('\u{05d0}', '\u{05ea}', true),  // Hebrew
    ('\u{0620}', '\u{064a}', true),  // Arabic
    ('\u{0e01}', '\u{0e30}', true),  // Thai
    ('\u{1e00}', '\u{1eff}', true),  // Latin Extended Additional
    ('\u{2000}', '\u{206f}', false), // general punctuation: dashes, quotation marks, bullets
    ('\u{3000}', '\u{3004}', false), // CJK spaces and punctuation
    ('\u{3008}', '\u{3020}', false),
    ('\u{3041}', '\u{3096}', true),  // Hiragana
    ('\u{30a1}', '\u{30fa}', true),  // Katakana
    ('\u{4e00}', '\u{9fff}', true),  // Han
    ('\u{ac00}', '\u{d7a3}', true),  // Hangul syllables
    ('\u{ff01}', '\u{ff0f}', false), // full-width punctuation
];

/// Whether all of a character's block are letters (`Some(true)`), none is a letter or digit
/// (`Some(false)`), or its block is not one of [`KNOWN_BLOCKS`].
fn known_block(c: char) -> Option<bool> {
    let i = KNOWN_BLOCKS.partition_point(|&(_, last, _)| last < c);
    KNOWN_BLOCKS
        .get(i)
        .filter(|&&(first, _, _)| first <= c)
        .map(|&(_, _, letters)| letters)
}

/// Whether a character is a letter or a digit, as [`char::is_alphanumeric`] says, with the
/// common scripts and punctuation told by a few comparisons: the hottest loops ask it of every
/// character.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    known_block(c).unwrap_or_else(|| c.is_alphanumeric())
}

/// Whether a character is a letter, as [`char::is_alphabetic`] says, told as
/// [`is_alphanumeric`] tells it: a block of letters holds no digit, and a block of neither
/// holds no letter.
pub(crate) fn is_alphabetic(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    known_block(c).unwrap_or_else(|| c.is_alphabetic())
}

/// Whether a character is a digit or another numeric character, as [`char::is_numeric`] says,
/// without the Unicode tables for ASCII and the blocks [`is_alphanumeric`] knows.
pub(crate) fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    known_block(c).is_none() && c.is_numeric()
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
    // ASCII text, the most common, weighs its length.
    if text.is_ascii() {
        return text.len();
    }
    let (later, unspaced) = later_bytes_and_unspaced_leads(text.as_bytes());
    if !unspaced {
        // One unit a character: its bytes but their later bytes.
        return text.len() - later;
    }
    text.chars().map(char_units).sum()
}

/// How many of these bytes of UTF-8 are a character's later bytes, and whether any may be the
/// first byte of an unspaced script's character. Every such character is of three or four
/// bytes, whose first byte is 0xE0 or more and not 0xE2 (general punctuation: quotation marks,
/// dashes): a text without one (Latin with its typography, Greek, Cyrillic, Arabic, Hebrew) has
/// no unspaced letter. Eight bytes at a time, without branches: the bytes with their top bit
/// set, those of them whose next bit is clear (later bytes), and those whose next two are set
/// (0xE0 or more) and are not 0xE2.
fn later_bytes_and_unspaced_leads(bytes: &[u8]) -> (usize, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = !HIGH;
    const PUNCTUATION: u64 = 0xe2e2_e2e2_e2e2_e2e2;
    let mut chunks = bytes.chunks_exact(8);
    let mut later = 0;
    let mut leads = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let high = word & HIGH;
        // One in each byte that is a later byte, summed into the top byte.
        later += (((high & !(word << 1)) >> 7).wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
        // The top bit of each byte that differs from 0xE2.
        let other = word ^ PUNCTUATION;
        let not_punctuation = ((other & LOW).wrapping_add(LOW) | other) & HIGH;
        leads |= high & (word << 1) & (word << 2) & not_punctuation;
    }
    for &byte in chunks.remainder() {
        later += usize::from(is_continuation(byte));
        leads |= u64::from(byte >= 0xe0 && byte != 0xe2);
    }
    (later, leads != 0)
}

/// Whether a text may have a character of an unspaced script: told from its bytes, without
/// decoding it (see [`later_bytes_and_unspaced_leads`]).
fn may_be_unspaced(text: &str) -> bool {
    !text.is_ascii() && later_bytes_and_unspaced_leads(text.as_bytes()).1
}

/// A text's lines, as [`str::lines`] gives them (a line ends at `\n` or `\r\n`), each end
/// found with memchr's vector search: a dump's lines are read this way by the hundred thousand,
/// and the standard library's search costs more on lines a few dozen bytes long.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    let mut start = 0;
    std::iter::from_fn(move || {
        let line = match ends.next() {
            Some(end) => {
                let line = &text[start..end];
                start = end + 1;
                line.strip_suffix('\r').unwrap_or(line)
            }
            // The last line, unless the text ends with its line's end.
            None if start < text.len() => {
                let line = &text[start..];
                start = text.len();
                line
            }
            None => return None,
        };
        Some(line)
    })
}

/// Where the first byte beyond ASCII is, read eight bytes at a time.
pub(crate) fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & 0x8080_8080_8080_8080;
        if high != 0 {
            return Some(at + high.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&byte| !byte.is_ascii())
        .map(|p| at + p)
}

/// Whether a byte of UTF-8 is one of a character's later bytes.
fn is_continuation(byte: u8) -> bool {
    (byte as i8) < -0x40
}

/// Length of a text in Latin-equivalent characters, not counting whitespace.
pub(crate) fn visible_units(text: &str) -> usize {
    // Whitespace of ASCII is counted a chunk at a time, in byte lanes the compiler vectorises
    // (a chunk's count fits a byte), its bytes or-ed alike to tell whether the text is ASCII.
    let bytes = text.as_bytes();
    let mut ascii_spaces = 0;
    let mut any = 0u8;
    for chunk in bytes.chunks(usize::from(u8::MAX)) {
        let mut spaces = 0u8;
        for &byte in chunk {
            spaces += u8::from(is_ascii_whitespace(byte));
            any |= byte;
        }
        ascii_spaces += usize::from(spaces);
    }
    // ASCII text, the most common, counts its bytes that are not whitespace.
    if any.is_ascii() {
        return text.len() - ascii_spaces;
    }
    // Beyond ASCII, the text's units less its whitespace's: whitespace beyond ASCII is decoded
    // only where one of its few first bytes stands.
    let wide_spaces: usize = (0..bytes.len())
        .filter(|&at| may_start_wide_whitespace(bytes[at]))
        .filter_map(|at| text[at..].chars().next())
        .filter(|c| c.is_whitespace())
        .map(char_units)
        .sum();
    units(text) - ascii_spaces - wide_spaces
}

/// Whether a byte may start a whitespace character beyond ASCII: only characters whose first
/// byte is 0xC2 (U+0085, U+00A0), 0xE1 (U+1680), 0xE2 (U+2000 to U+205F) or 0xE3 (U+3000) can
/// be.
fn may_start_wide_whitespace(byte: u8) -> bool {
    matches!(byte, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Whether an ASCII byte is whitespace as [`char::is_whitespace`] says (which, unlike
/// [`u8::is_ascii_whitespace`], counts the vertical tab).
pub(crate) const fn is_ascii_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The length of the whitespace character (as [`char::is_whitespace`] says) that starts at
/// byte `at` of `text`, or 0 where none does: `at` may fall inside a character, whose later
/// bytes start nothing. Told from the byte for all but a few (see
/// [`may_start_wide_whitespace`]), so text is split into words without decoding it.
pub(crate) fn whitespace_len_at(text: &str, at: usize) -> usize {
    match text.as_bytes()[at] {
        byte if byte.is_ascii() => usize::from(is_ascii_whitespace(byte)),
        byte if may_start_wide_whitespace(byte) => match text[at..].chars().next() {
            Some(c) if c.is_whitespace() => c.len_utf8(),
            _ => 0,
        },
        _ => 0,
    }
}

/// Whether a text has a digit or another numeric character (as [`char::is_numeric`] says):
/// ASCII digits told from the bytes, and only a text beyond ASCII without one decoded.
pub(crate) fn has_numeric(text: &str) -> bool {
    has_ascii_digit(text.as_bytes()) || (!text.is_ascii() && text.chars().any(is_numeric))
}

/// Whether these bytes hold an ASCII digit, read eight bytes at a time: a byte below 0x80 is a
/// digit where adding 0x50 to it reaches 0x80 and adding 0x46 does not (no sum of a byte below
/// 0x80 carries into the next byte).
pub(crate) fn has_ascii_digit(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const FROM_ZERO: u64 = 0x5050_5050_5050_5050;
    const PAST_NINE: u64 = 0x4646_4646_4646_4646;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let low = word & !HIGH;
        if (low + FROM_ZERO) & !(low + PAST_NINE) & !word & HIGH != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(u8::is_ascii_digit)
}

/// Characters of an unspaced script that make about one word, for counting words where no
/// spaces separate them: a Chinese word is one or two characters, a Thai or Japanese one
/// three to five (a Thai character weighs one unit, a Han or kana character three).
const UNITS_PER_UNSPACED_WORD: usize = 5;

/// How many words a text has, in any script, counted up to `most` (a text of more has `most`):
/// each space-separated token is one word, and a token of an unspaced script (a Chinese
/// sentence, a Thai phrase) as many as its length makes, so that word-count thresholds mean
/// about the same everywhere.
pub(crate) fn words(text: &str, most: usize) -> usize {
    // ASCII text, the most common, is counted a byte at a time: a word starts after whitespace.
    if text.is_ascii() {
        let mut after_space = true;
        let mut count = 0;
        for byte in text.bytes() {
            let space = is_ascii_whitespace(byte);
            count += usize::from(after_space && !space);
            if count == most {
                break;
            }
            after_space = space;
        }
        return count;
    }
    // Without unspaced letters (most other text), a word is a token: counted a byte at a time
    // too, only the bytes that may start whitespace beyond ASCII decoded.
    if !may_be_unspaced(text) || !text.chars().any(is_unspaced) {
        let bytes = text.as_bytes();
        let mut after_space = true;
        let mut count = 0;
        let mut at = 0;
        while let Some(&byte) = bytes.get(at) {
            // ASCII told here, the rest by the lead bytes of whitespace.
            let space = match byte.is_ascii() {
                true => usize::from(is_ascii_whitespace(byte)),
                false => whitespace_len_at(text, at),
            };
            count += usize::from(after_space && space == 0);
            if count == most {
                break;
            }
            after_space = space > 0;
            at += space.max(1);
        }
        return count;
    }
    let mut count = 0;
    for token in text.split_whitespace() {
        let unspaced: usize = token.chars().filter(|&c| is_unspaced(c)).map(char_units).sum();
        count += (unspaced / UNITS_PER_UNSPACED_WORD).max(1);
        if count >= most {
            return most;
        }
    }
    count
}

/// Whether most letters of a text are of scripts written without spaces between words: its
/// space-separated tokens are sentences or phrases, so counting stopwords among them says
/// nothing.
pub(crate) fn mostly_unspaced(text: &str) -> bool {
    // Most text has no unspaced letters, and no letter need be told.
    if !may_be_unspaced(text) || !text.chars().any(is_unspaced) {
        return false;
    }
    let (mut letters, mut unspaced) = (0usize, 0usize);
    for c in text.chars().filter(|&c| is_alphabetic(c)) {
        letters += 1;
        unspaced += usize::from(is_unspaced(c));
    }
    unspaced * 2 > letters
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

/// Currency signs a price is written with, before or after its amount.
pub(crate) const CURRENCY_SIGNS: &[char] = &['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', '฿', '₫', '₱'];

/// Whether a text ends like a sentence, in any script.
pub(crate) fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(follows_sentence_end).ends_with(SENTENCE_ENDS)
}

/// Whether a character may stand after a sentence's end without hiding it: a space, a closing
/// quotation mark or parenthesis.
fn follows_sentence_end(c: char) -> bool {
    c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | '」' | '』' | ')' | '）')
}

/// Where a text's sentences may open: every position before its first letter or digit, and
/// every position after a sentence's end (or the spaces and closing marks that follow it).
/// Exactly the positions `p` where `text[..p]` has no letter or digit or [`ends_sentence`].
pub(crate) fn sentence_openings(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut letters_before = false;
    let mut after_end = false;
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            // Inside a sentence nothing opens before the next stop: ASCII up to it is skipped
            // unread.
            if letters_before && !after_end {
                at += bytes[at..]
                    .iter()
                    .position(|&byte| !byte.is_ascii() || is_ascii_sentence_end(byte))
                    .unwrap_or(bytes.len() - at);
            }
            let &byte = bytes.get(at)?;
            let start = at;
            let opens = !letters_before || after_end;
            // ASCII, the most common, a byte at a time without the tables.
            if byte.is_ascii() {
                at += 1;
                match byte {
                    _ if byte.is_ascii_alphanumeric() => (letters_before, after_end) = (true, false),
                    _ if is_ascii_sentence_end(byte) => after_end = true,
                    _ if follows_sentence_end(char::from(byte)) => {}
                    _ => after_end = false,
                }
            } else {
                let c = text[start..].chars().next().expect("a character starts here");
                at += c.len_utf8();
                letters_before |= is_alphanumeric(c);
                if !follows_sentence_end(c) {
                    after_end = SENTENCE_ENDS.contains(&c);
                }
            }
            if opens {
                return Some(start);
            }
        }
    })
}

/// Whether an ASCII byte is one of [`SENTENCE_ENDS`].
fn is_ascii_sentence_end(byte: u8) -> bool {
    matches!(byte, b'.' | b'!' | b'?' | b':' | b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_openings_are_where_what_comes_before_ends_a_sentence() {
        for text in [
            "First one. Second one! «Third» (fourth.) “Fifth?” sixth",
            "  © 2024 — all rights.  Reserved",
            "它是。这是！“那是？”好",
            "",
            "no end at all",
            "Ends here.",
            "one.two:three;  four",
        ] {
            let openings: Vec<usize> = sentence_openings(text).collect();
            let expected: Vec<usize> = text
                .char_indices()
                .map(|(at, _)| at)
                .filter(|&at| !text[..at].chars().any(char::is_alphanumeric) || ends_sentence(&text[..at]))
                .collect();
            assert_eq!(openings, expected, "{text:?}");
        }
    }

    #[test]
    fn letters_and_digits_are_told_as_the_standard_library_tells_them() {
        for c in (0..=0x2ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?} U+{:04X}", c as u32);
        }
        for pair in KNOWN_BLOCKS.windows(2) {
            assert!(pair[0].1 < pair[1].0, "blocks in order, apart: {pair:?}");
        }
        for &(first, last, letters) in KNOWN_BLOCKS {
            assert!(
                (first..=last).all(|c| c.is_alphabetic() == letters && !c.is_numeric()),
                "{first:?}..={last:?}"
            );
        }
    }

    #[test]
    fn whitespace_is_told_from_bytes_as_the_standard_library_tells_it() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("{c}a");
            let expected = if c.is_whitespace() { c.len_utf8() } else { 0 };
            assert_eq!(whitespace_len_at(&text, 0), expected, "U+{:04X}", c as u32);
            // No byte inside a character starts whitespace.
            for at in 1..c.len_utf8() {
                assert_eq!(whitespace_len_at(&text, at), 0, "U+{:04X} at {at}", c as u32);
            }
        }
    }

    #[test]
    fn ascii_digits_are_found_at_every_place_of_a_word() {
        for byte in 0..=u8::MAX {
            for at in 0..9 {
                let mut bytes = [b'a'; 9];
                bytes[at] = byte;
                assert_eq!(has_ascii_digit(&bytes), byte.is_ascii_digit(), "{byte:#x} at {at}");
            }
        }
    }

    #[test]
    fn numerals_are_found_as_the_standard_library_finds_them() {
        for text in [
            "",
            "no digits",
            "page 3",
            "٣ أيام",
            "½ cup",
            "ⅻ",
            "Größe",
            "二〇二一年",
            "3",
        ] {
            assert_eq!(has_numeric(text), text.chars().any(char::is_numeric), "{text:?}");
        }
    }

    #[test]
    fn every_character_weighs_as_its_script() {
        // At every place in the eight bytes read at once.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            for before in 0..8 {
                let text = format!("{}{c}“abcdefgh", "é".repeat(before));
                assert_eq!(units(&text), before + 9 + char_units(c), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn the_first_byte_beyond_ascii_is_found_anywhere() {
        for len in 0..20 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if at < len {
                    bytes[at] = 0xc3;
                }
                let expected = (at < len).then_some(at);
                assert_eq!(first_non_ascii(&bytes), expected, "{len} {at}");
            }
        }
    }

    #[test]
    fn unspaced_scripts_weigh_more() {
        assert_eq!(units("ab cd"), 5);
        assert_eq!(units("日本語"), 9);
        for text in [
            "Ελληνικά",
            "Главная страница сайта",
            "العربية هي لغة",
            "தமிழ்",
            "ไทย",
            "မြန်မာ",
            "中文 and",
            "😀 é",
            "abcdefg ж",
            "Ωabcdefghijklmnop 日",
        ] {
            assert_eq!(units(text), text.chars().map(char_units).sum::<usize>(), "{text}");
        }
    }

    #[test]
    fn lines_are_those_the_standard_library_gives() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\n\nb\r",
            "\r\n\r\n",
            "a\rb\n",
            "ж\nж\r\n",
            "a\r",
        ] {
            assert_eq!(
                lines(text).collect::<Vec<_>>(),
                text.lines().collect::<Vec<_>>(),
                "{text:?}"
            );
        }
    }

    #[test]
    fn words_are_counted_in_every_script() {
        assert_eq!(words("The ferry returns this summer.", usize::MAX), 5);
        assert_eq!(words("The ferry returns this summer.", 3), 3);
        for ascii in ["", " ", "  a  b\t\nc ", "a\x0bb\x0c c\r\nd", "one", "\x1c\x1f"] {
            assert_eq!(words(ascii, usize::MAX), ascii.split_whitespace().count(), "{ascii:?}");
            let visible = ascii.chars().filter(|c| !c.is_whitespace()).count();
            assert_eq!(visible_units(ascii), visible, "{ascii:?}");
        }
        assert_eq!(words("首页", usize::MAX), 1, "a menu entry");
        assert_eq!(words("渡轮将于今年夏天恢复通航，港务局周一表示。", usize::MAX), 11);
        assert_eq!(words("渡轮将于今年夏天恢复通航，港务局周一表示。", 4), 4);
        assert_eq!(words("เรือข้ามฟากจะกลับมาให้บริการ ในฤดูร้อนนี้", usize::MAX), 7, "Thai phrases");
        assert_eq!(words("Kindle 电子书", usize::MAX), 2);
        assert_eq!(words("Kindle – Reader", 1), 1);
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("“a{c}b c”\u{a0}d {c}");
            let expected: usize = text
                .split_whitespace()
                .map(|token| {
                    let unspaced: usize = token.chars().filter(|&c| is_unspaced(c)).map(char_units).sum();
                    (unspaced / UNITS_PER_UNSPACED_WORD).max(1)
                })
                .sum();
            assert_eq!(words(&text, usize::MAX), expected, "U+{:04X}", c as u32);
            assert!(
                may_be_unspaced(&text) || !text.chars().any(is_unspaced),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn texts_are_unspaced_by_their_letters() {
        assert!(mostly_unspaced("渡轮将于今年夏天恢复通航 (Harbour News)"));
        assert!(mostly_unspaced("เรือข้ามฟากจะกลับมาให้บริการ ในฤดูร้อนนี้"));
        assert!(!mostly_unspaced("The ferry returns, 渡轮"));
        assert!(!mostly_unspaced("2026"));
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
