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
use crate::units;
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
    let (normal, changed) = compose(&cleaned, form);
    // Compatibility forms can decompose to spaces (U+00A8 to space and diaeresis), which the
    // whitespace rules must see again.
    if form == Normalization::Nfkc && changed {
        clean_whitespace(&normal)
    } else {
        normal
    }
}

/// A text in a normal form, and whether the quick check found any of it not in the form
/// already. Composed a run at a time: a character of ASCII composes with nothing before it and
/// nothing is reordered across it, so the text splits before each into runs normalised alone;
/// only the runs with characters beyond ASCII (each with the ASCII character before it, which
/// may compose with what follows) are given to the normaliser, and then only where the quick
/// check does not say they are in the form.
fn compose(text: &str, form: Normalization) -> (String, bool) {
    let bytes = text.as_bytes();
    let mut normal = String::with_capacity(text.len());
    let mut changed = false;
    // `text[..at]` is in `normal`.
    let mut at = 0;
    while let Some(offset) = units::first_non_ascii(&bytes[at..]) {
        let beyond_ascii = at + offset;
        // The ASCII character before it (none at the start, or right after an earlier run).
        let start = if offset > 0 { beyond_ascii - 1 } else { beyond_ascii };
        // An ASCII byte is never inside a character.
        let end = bytes[beyond_ascii..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |n| beyond_ascii + n);
        normal.push_str(&text[at..start]);
        let run = &text[start..end];
        let quick = match form {
            Normalization::Nfc => is_nfc_quick(run.chars()),
            Normalization::Nfkc => is_nfkc_quick(run.chars()),
        };
        let in_form = quick == IsNormalized::Yes;
        match form {
            _ if in_form => normal.push_str(run),
            Normalization::Nfc => normal.extend(run.nfc()),
            Normalization::Nfkc => normal.extend(run.nfkc()),
        }
        changed |= !in_form;
        at = end;
    }
    normal.push_str(&text[at..]);
    (normal, changed)
}

/// The whitespace and invisible-character half of [`normalize`].
fn clean_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        // A run of characters kept as they are (a word, in most texts) is copied at once.
        let run = kept_run(rest);
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

/// What [`kept_run`] makes of a byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// Printable ASCII, a later byte of a character, or the first byte of a character that is
    /// always kept.
    Kept,
    /// A plain space.
    Space,
    /// The first byte of a character beyond ASCII that may be a space or invisible: 0xC2
    /// (U+0080 to U+00BF: controls, the no-break space, the soft hyphen), 0xE1 (U+1680,
    /// U+180E), 0xE2 (U+2000 to U+2FFF: spaces, separators, invisible marks), 0xE3 (U+3000)
    /// and 0xEF (U+FEFF).
    Decoded,
    /// Other ASCII whitespace, and control characters.
    Mapped,
}

const BYTE_CLASSES: [ByteClass; 256] = {
    let mut classes = [ByteClass::Kept; 256];
    let mut byte = 0;
    while byte < 256 {
        classes[byte] = match byte as u8 {
            b' ' => ByteClass::Space,
            0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => ByteClass::Decoded,
            0x00..=0x1f | 0x7f => ByteClass::Mapped,
            _ => ByteClass::Kept,
        };
        byte += 1;
    }
    classes
};

/// The length in bytes of the run at the start of `text` that [`clean_whitespace`] copies as
/// it is: characters [`map_char`] keeps, and single spaces between two of them (which stay as
/// they are). The characters are told from their bytes, and only those whose first byte
/// [`ByteClass::Decoded`] names are decoded: a line of prose in any script is one run.
fn kept_run(text: &str) -> usize {
    let bytes = text.as_bytes();
    let class = |at: usize| bytes.get(at).map(|&byte| BYTE_CLASSES[usize::from(byte)]);
    let mut at = 0;
    loop {
        match class(at) {
            Some(ByteClass::Kept) => at += 1,
            // After a kept character, before another.
            Some(ByteClass::Space) if at > 0 && class(at + 1) == Some(ByteClass::Kept) => at += 2,
            Some(ByteClass::Decoded) => {
                let c = text[at..].chars().next().expect("a character starts here");
                if !matches!(map_char(c), Mapped::Keep) {
                    return at;
                }
                at += c.len_utf8();
            }
            _ => return at,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nfc(s: &str) -> String {
        normalize(s, Normalization::Nfc)
    }

    #[test]
    fn kept_runs_end_where_a_character_is_not_kept() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("é{c}a");
            let expected = match map_char(c) {
                _ if c == ' ' => text.len(),
                Mapped::Keep => text.len(),
                _ => 'é'.len_utf8(),
            };
            assert_eq!(kept_run(&text), expected, "U+{:04X}", c as u32);
        }
        assert_eq!(kept_run("ab cd  e"), 5, "single spaces between kept characters");
        assert_eq!(kept_run(" ab"), 0);
        assert_eq!(kept_run("ab \u{a0}c"), 2);
        assert_eq!(kept_run("ab \u{e9}c"), 6);
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
    fn texts_composed_a_run_at_a_time_are_as_composed_whole() {
        let samples = [
            "plain",
            "e\u{301}",
            "\u{301}e",
            "a\u{301}\u{316} b",
            "\u{316}\u{301}x\u{301}\u{316}",
            "\u{fb01}ne \u{ff21}",
            "caf\u{e9} \u{2001} \u{ac00}\u{11a8}",
            "\u{1100}\u{1161}\u{11a8}x\u{1100}\u{1161}",
            "x \u{3099}\u{304b}\u{3099}",
            "\u{37e}\u{301} \u{212b}",
        ];
        for s in samples {
            let nfc: String = s.nfc().collect();
            let nfkc: String = s.nfkc().collect();
            assert_eq!(
                compose(s, Normalization::Nfc),
                (nfc.clone(), is_nfc_quick(s.chars()) != IsNormalized::Yes)
            );
            assert_eq!(
                compose(s, Normalization::Nfkc),
                (nfkc.clone(), is_nfkc_quick(s.chars()) != IsNormalized::Yes)
            );
        }
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
