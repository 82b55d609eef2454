//! Text encoded in UTF-8 twice: a page's UTF-8 bytes once read as Latin-1 or Windows-1252 and
//! written out again as UTF-8 ("â€™" for "’", "Ã©" for "é"). A browser shows the page so, and
//! a corpus wants the characters meant. Each run of such characters is read back to the bytes
//! the first reading took them from, and those bytes as the UTF-8 they were.
//!
//! Legitimate text holds such pairs too ("É»" in French capitals before a guillemet), so a
//! document is repaired only when it shows the sure sign of the mistake: a first byte of a
//! multi-byte character followed by a control character of the C1 range or a punctuation mark
//! that only Windows-1252's reading makes of a continuation byte (`€`, `™`, `”`), at least
//! [`MIN_SURE_SEQUENCES`] times. Then every run that reads back as whole UTF-8 characters is
//! repaired, and what does not is left as it is.

use encoding_rs::WINDOWS_1252;
use std::borrow::Cow;
use std::sync::OnceLock;

/// How many sure signs of double encoding a document must show to be repaired.
const MIN_SURE_SEQUENCES: usize = 3;

/// Windows-1252's characters for the bytes 0x80 to 0x9F, as encoding_rs reads them (where
/// Windows-1252 defines none, the control character Latin-1 has there).
fn windows_1252_high() -> &'static [char; 32] {
    static HIGH: OnceLock<[char; 32]> = OnceLock::new();
    HIGH.get_or_init(|| {
        let bytes: Vec<u8> = (0x80..=0x9F).collect();
        let (text, _) = WINDOWS_1252.decode_without_bom_handling(&bytes);
        let mut high = ['\0'; 32];
        for (slot, c) in high.iter_mut().zip(text.chars()) {
            *slot = c;
        }
        high
    })
}

/// The byte that a Latin-1 or Windows-1252 reading took for this character, if any.
fn byte_of(c: char) -> Option<u8> {
    match c as u32 {
        0..=0x7F => None,
        0x80..=0xFF => Some(c as u32 as u8),
        _ => windows_1252_high()
            .iter()
            .position(|&high| high == c)
            .map(|i| 0x80 + i as u8),
    }
}

/// Whether a character stands for a UTF-8 continuation byte in a way legitimate text almost
/// never writes it: a C1 control, or Windows-1252's reading of a byte from 0x80 to 0x9F.
fn surely_a_continuation(c: char) -> bool {
    matches!(c as u32, 0x80..=0x9F) || (c as u32 > 0xFF && byte_of(c).is_some())
}

/// How many bytes a UTF-8 character that starts with this byte has (`None` for a byte that
/// starts no multi-byte character).
fn sequence_len(first: u8) -> Option<usize> {
    match first {
        0xC2..=0xDF => Some(2),
        0xE0..=0xEF => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// The character that the characters at the start of `chars` stand for, read back as UTF-8,
/// with how many characters it took; `None` where they do not form one.
fn read_back(chars: &[char]) -> Option<(char, usize)> {
    let first = byte_of(*chars.first()?)?;
    let len = sequence_len(first)?;
    let mut bytes = [first, 0, 0, 0];
    for (slot, &c) in bytes[1..len].iter_mut().zip(chars.get(1..len)?) {
        let byte = byte_of(c)?;
        if !(0x80..=0xBF).contains(&byte) {
            return None;
        }
        *slot = byte;
    }
    let text = std::str::from_utf8(&bytes[..len]).ok()?;
    Some((text.chars().next()?, len))
}

/// The text with each run encoded twice read back, where the text shows it was.
pub(crate) fn repaired(text: Cow<'_, str>) -> Cow<'_, str> {
    if sure_signs(&text) < MIN_SURE_SEQUENCES {
        return text;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < chars.len() {
        match read_back(&chars[at..]) {
            Some((c, taken)) => {
                out.push(c);
                at += taken;
            }
            None => {
                out.push(chars[at]);
                at += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// How many times the text shows a character that starts a multi-byte UTF-8 character followed
/// by one that is surely a continuation byte, the two reading back as a whole character;
/// counted up to [`MIN_SURE_SEQUENCES`].
fn sure_signs(text: &str) -> usize {
    let bytes = text.as_bytes();
    // Found by their first byte, without decoding the text (most text has none): U+00C2 to
    // U+00F4 are 0xC3 and 0x82 to 0xB4 in UTF-8.
    memchr::memchr_iter(0xC3, bytes)
        .filter(|&at| matches!(bytes.get(at + 1), Some(0x82..=0xB4)))
        .filter(|&at| {
            let mut window = ['\0'; 4];
            let mut len = 0;
            for (slot, c) in window.iter_mut().zip(text[at..].chars()) {
                *slot = c;
                len += 1;
            }
            let window = &window[..len];
            window.get(1).is_some_and(|&c| surely_a_continuation(c)) && read_back(window).is_some()
        })
        .take(MIN_SURE_SEQUENCES)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text encoded in UTF-8, read as Windows-1252 (or Latin-1 where it defines no character),
    /// and encoded in UTF-8 again.
    fn twice(text: &str) -> String {
        WINDOWS_1252.decode_without_bom_handling(text.as_bytes()).0.into_owned()
    }

    #[test]
    fn text_encoded_twice_is_read_back() {
        let meant = "It’s “café” time — déjà vu, naïve São Paulo, 20 °C, 3 € and 北京.";
        let garbled = twice(meant);
        assert_ne!(garbled, meant);
        assert_eq!(repaired(Cow::Owned(garbled)), meant);
        // Read as Latin-1 (control characters for 0x80 to 0x9F), as some pages were.
        let latin1: String = meant.bytes().map(char::from).collect();
        assert_eq!(repaired(Cow::Owned(latin1)), meant);
    }

    #[test]
    fn text_without_the_sure_signs_is_left_as_it_is() {
        // French capitals before a guillemet and a no-break space read back as UTF-8 too, but
        // show no control character and no Windows-1252 punctuation after a lead.
        for text in [
            "«CAFÉ» et «THÉ» ou «DÉJÀ»",
            "VOILÀ\u{a0}! C’est ÇA\u{a0}: où\u{a0}?",
            "Straße, Größe, Ärger",
        ] {
            assert!(
                matches!(repaired(Cow::Borrowed(text)), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
        // One or two signs are not enough: a quoted word of mojibake in an article about it.
        let quoted = format!("The page showed {} instead of an apostrophe.", twice("’"));
        assert_eq!(repaired(Cow::Owned(quoted.clone())), quoted);
    }
}
