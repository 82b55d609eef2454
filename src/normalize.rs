//! Stage 3: Unicode and whitespace normalisation, of what the extractors give back (and of a
//! text dump before its lines are judged).
//!
//! Line ends become `\n`; tabs, no-break and other Unicode spaces become a plain space; runs
//! of spaces collapse to one and lines lose their leading and trailing spaces; invisible
//! format characters and control characters are removed; then the text is put in NFC (or
//! NFKC). The result is idempotent and no letter is changed other than by the normal form.
//!
//! The zero-width joiner and non-joiner (U+200D, U+200C) are kept: they are part of how
//! Persian, Indic scripts and emoji are spelled, and removing them changes words.

use crate::options::Normalization;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// What one input character becomes.
enum Mapped {
    Keep,
    Space,
    LineEnd,
    Remove,
}

fn map_char(c: char) -> Mapped {
    match c {
        '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => Mapped::LineEnd,
        ' '
        | '\t'
        | '\u{0b}'
        | '\u{0c}'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}' => Mapped::Space,
        // Zero-width space, word joiner, BOM, soft hyphen, bidi marks, embeddings and isolates.
        '\u{200b}'
        | '\u{2060}'..='\u{2064}'
        | '\u{feff}'
        | '\u{ad}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{180e}' => Mapped::Remove,
        c if c.is_control() => Mapped::Remove,
        _ => Mapped::Keep,
    }
}

/// Normalises `text` as the module documentation describes.
pub fn normalize(text: &str, form: Normalization) -> String {
    let cleaned = clean_whitespace(text);
    // ASCII is in every normal form already.
    if cleaned.is_ascii() {
        return cleaned;
    }
    let normal = match form {
        Normalization::Nfc if is_nfc_quick(cleaned.chars()) == IsNormalized::Yes => return cleaned,
        Normalization::Nfc => cleaned.nfc().collect::<String>(),
        Normalization::Nfkc if is_nfkc_quick(cleaned.chars()) == IsNormalized::Yes => return cleaned,
        Normalization::Nfkc => cleaned.nfkc().collect::<String>(),
    };
    // Compatibility forms can decompose to spaces (U+00A8 to space and diaeresis), which the
    // whitespace rules must see again.
    if form == Normalization::Nfkc {
        clean_whitespace(&normal)
    } else {
        normal
    }
}

/// The whitespace and invisible-character half of [`normalize`].
fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // A run of printable ASCII (a word, in most texts) is kept as it is, at once.
        let run = rest.bytes().take_while(u8::is_ascii_graphic).count();
        let (mapped, len) = match run {
            0 => (map_char(c), c.len_utf8()),
            run => (Mapped::Keep, run),
        };
        let taken = &rest[..len];
        rest = &rest[len..];
        match mapped {
            Mapped::Keep => {
                if pending_space && !out.is_empty() && !out.ends_with('\n') {
                    out.push(' ');
                }
                pending_space = false;
                out.push_str(taken);
            }
            Mapped::Space => pending_space = true,
            Mapped::Remove if c == '\r' => {
                rest = rest.strip_prefix('\n').unwrap_or(rest);
                pending_space = false;
                out.push('\n');
            }
            Mapped::Remove => {}
            Mapped::LineEnd => {
                pending_space = false;
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfc(s: &str) -> String {
        normalize(s, Normalization::Nfc)
    }

    #[test]
    fn spaces_are_unified_and_collapsed() {
        assert_eq!(nfc("a\u{a0}\u{a0}b\t c\u{3000}d"), "a b c d");
        assert_eq!(nfc("  lead and trail  \n  next\u{a0}"), "lead and trail\nnext");
    }

    #[test]
    fn line_ends_are_normalised() {
        assert_eq!(nfc("a\r\nb\rc\u{2028}d\n\ne"), "a\nb\nc\nd\n\ne");
    }

    #[test]
    fn invisible_and_control_characters_go_but_joiners_stay() {
        assert_eq!(
            nfc("zero\u{200b}width soft\u{ad}hyphen\u{7}bell\u{feff}"),
            "zerowidth softhyphenbell"
        );
        assert_eq!(nfc("می\u{200c}خواهم"), "می\u{200c}خواهم");
    }

    #[test]
    fn nfc_composes_and_nfkc_folds() {
        assert_eq!(nfc("e\u{301}"), "é");
        assert_eq!(nfc("\u{fb01}"), "\u{fb01}");
        assert_eq!(normalize("\u{fb01}ne \u{ff21}", Normalization::Nfkc), "fine A");
    }

    #[test]
    fn normalising_twice_changes_nothing() {
        let samples = [
            "e\u{ad}\u{301} x\u{a0} \u{a8}\u{a8} \r\n\u{2003}\u{308}y",
            "  \u{200b}\u{301}abc\u{3000}\n\u{2029} \u{a8}",
            "Ա\u{2000}б\u{205f}ج\u{ad}\u{0}ข",
        ];
        for s in samples {
            for form in [Normalization::Nfc, Normalization::Nfkc] {
                let once = normalize(s, form);
                assert_eq!(normalize(&once, form), once, "{s:?} {form:?}");
            }
        }
    }
}
