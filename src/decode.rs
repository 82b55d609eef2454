//! Stage 1: bytes to a string, with the encoding that was used.
//!
//! The order of evidence follows browsers, with one correction for the web as crawled: a
//! byte-order mark; then the charset the caller (the transport) declared; then a `<meta>` or XML
//! declaration in the first bytes of an HTML page; and when nothing is declared, or the
//! declaration is UTF-8 but the bytes are not, the encoding is detected from the bytes, with
//! the URL's top-level domain as a hint. A declared legacy encoding loses to UTF-8 when the
//! bytes are valid UTF-8 with non-ASCII in them, because mislabelled UTF-8 pages are common and
//! valid multi-byte UTF-8 by chance is not.

use crate::document::Kind;
use crate::error::Error;
use crate::options::Hints;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252, X_USER_DEFINED};
use std::borrow::Cow;

/// How many leading bytes are searched for a `<meta>` charset declaration. Browsers look at
/// 1024; pages with long `<head>` scripts put it later, so a little more is searched.
const META_SCAN_BYTES: usize = 4096;
/// How many leading bytes are examined to tell binary data from text.
const BINARY_SCAN_BYTES: usize = 8192;
/// Share of control bytes above which input is taken for binary data.
const BINARY_CONTROL_SHARE: f64 = 0.10;
/// The same share when the bytes are not UTF-8 either: text in a legacy encoding has almost no
/// control bytes, while random bytes (compressed or encrypted data) have about one in ten.
const BINARY_CONTROL_SHARE_NOT_UTF8: f64 = 0.02;
/// Share of a byte position's bytes that are zero for UTF-16 without a byte-order mark: text
/// mostly in Latin script has a zero as every other byte, on the side its byte order says.
const UTF16_ZERO_SHARE: f64 = 0.3;
/// Share of the other byte position's bytes that may be zero in such text.
const UTF16_OTHER_ZERO_SHARE: f64 = 0.02;
/// Valid multi-byte UTF-8 sequences per invalid one above which bytes are taken for UTF-8
/// with a few broken characters (replaced), not for a legacy encoding: legacy text is
/// almost never valid UTF-8 beyond a sequence or two by chance.
const UTF8_VALID_PER_INVALID: usize = 10;
/// How many leading bytes are searched for HTML markers when the kind is not given.
const SNIFF_BYTES: usize = 4096;

/// Text decoded from the input bytes: borrowed from them where they are UTF-8 already (most
/// pages), so that a page is not copied whole only to be read.
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
}

/// Rejects input that is empty or binary; returns nothing when the bytes can be decoded.
pub(crate) fn check_bytes(bytes: &[u8]) -> Result<(), Error> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::Empty);
    }
    if Encoding::for_bom(bytes).is_some_and(|(enc, _)| enc == UTF_16LE || enc == UTF_16BE) {
        return Ok(());
    }
    if utf16_without_bom(bytes).is_some() {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(BINARY_SCAN_BYTES)];
    let controls = control_bytes(head);
    let share = controls as f64 / head.len() as f64;
    let limit = if share > BINARY_CONTROL_SHARE_NOT_UTF8 && utf8_sequences(head).invalid > 0 {
        BINARY_CONTROL_SHARE_NOT_UTF8
    } else {
        BINARY_CONTROL_SHARE
    };
    if share > limit {
        return Err(Error::Binary {
            share_percent: (share * 100.0).round() as u32,
        });
    }
    Ok(())
}

/// How many of `bytes` are control characters other than whitespace. ESC (0x1b) is left out:
/// ISO-2022-JP text uses it.
fn control_bytes(bytes: &[u8]) -> usize {
    count_bytes(bytes, |b| matches!(b, 0x00..=0x08 | 0x0e..=0x1a | 0x1c..=0x1f))
}

/// Guesses whether bytes of unknown kind are HTML or text.
pub(crate) fn sniff_kind(bytes: &[u8]) -> Kind {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let start = head
        .iter()
        .position(|b| !b.is_ascii_whitespace() && !matches!(b, 0xef | 0xbb | 0xbf))
        .unwrap_or(head.len());
    if head.get(start) == Some(&b'<') {
        return Kind::Html;
    }
    let markers: [&[u8]; 5] = [b"<!doctype html", b"<html", b"<head", b"<body", b"<meta "];
    if markers.iter().any(|m| find_ascii_ci(head, m).is_some()) {
        Kind::Html
    } else {
        Kind::Text
    }
}

/// Decodes `bytes` of the given kind, choosing the encoding as the module documentation says.
pub(crate) fn decode<'a>(bytes: &'a [u8], hints: &Hints, kind: Kind) -> Result<Decoded<'a>, Error> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return Ok(decode_with(encoding, &bytes[bom_len..]));
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        return Ok(decode_with(encoding, bytes));
    }
    let declared = match hints.charset {
        Some(label) => Some(
            Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::UnknownCharset {
                label: label.to_string(),
            })?,
        ),
        None if kind == Kind::Html => meta_charset(bytes),
        None => None,
    };
    // encoding_rs's check, vectorised, is several times faster than the standard library's.
    let utf8_valid = Encoding::utf8_valid_up_to(bytes) == bytes.len();
    let encoding = match declared {
        Some(enc) if enc == UTF_8 && !utf8_valid && !utf8_sequences(bytes).nearly_all_valid() => {
            detect(bytes, hints.url)
        }
        Some(enc) if enc != UTF_8 && utf8_valid && !bytes.is_ascii() => UTF_8,
        Some(enc) => enc,
        None if utf8_valid || utf8_sequences(bytes).nearly_all_valid() => UTF_8,
        None => detect(bytes, hints.url),
    };
    Ok(decode_with(encoding, bytes))
}

/// UTF-16 in the byte order its zero bytes show, for bytes without a byte-order mark whose
/// text is mostly in Latin script (markup is): every other byte zero, on one side only, and
/// the whole decodes without a broken character.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(BINARY_SCAN_BYTES) & !1];
    let pairs = head.len() / 2;
    // Most text holds no zero byte at all, which one vectorised search tells.
    if pairs < 2 || memchr::memchr(0, head).is_none() {
        return None;
    }
    // The zero bytes on each side, summed a run of pairs at a time in bytes (the head is of
    // pairs, and so is each run), for the compiler to vectorise.
    let (even_zeros, odd_zeros) = head.chunks(2 * COUNTED_RUN).fold((0, 0), |(even, odd), run| {
        let (run_even, run_odd) = run.chunks_exact(2).fold((0u8, 0u8), |(e, o), pair| {
            (e + u8::from(pair[0] == 0), o + u8::from(pair[1] == 0))
        });
        (even + usize::from(run_even), odd + usize::from(run_odd))
    });
    let (even, odd) = (even_zeros as f64 / pairs as f64, odd_zeros as f64 / pairs as f64);
    let encoding = if odd >= UTF16_ZERO_SHARE && even <= UTF16_OTHER_ZERO_SHARE {
        UTF_16LE
    } else if even >= UTF16_ZERO_SHARE && odd <= UTF16_OTHER_ZERO_SHARE {
        UTF_16BE
    } else {
        return None;
    };
    // A surrogate pair cut at the head's end is not a fault of the text.
    let checked = &head[..head.len().saturating_sub(2)];
    let text = encoding.decode_without_bom_handling_and_without_replacement(checked)?;
    // Binary data with zero bytes on one side (sound, pictures) decodes too, to control
    // characters.
    let controls = text.chars().filter(|c| c.is_control() && !c.is_whitespace()).count();
    (controls as f64 <= text.chars().count() as f64 * BINARY_CONTROL_SHARE).then_some(encoding)
}

/// The most bytes counted into one byte's sum: runs too short to overflow it.
const COUNTED_RUN: usize = u8::MAX as usize;

/// How many of these bytes match: summed a run at a time in bytes, for the compiler to
/// vectorise.
fn count_bytes(bytes: &[u8], matches: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(COUNTED_RUN)
        .map(|run| usize::from(run.iter().fold(0u8, |sum, &b| sum + u8::from(matches(b)))))
        .sum()
}

/// How many multi-byte UTF-8 sequences the bytes hold, valid and invalid.
#[derive(Debug, Default, PartialEq, Eq)]
struct Utf8Sequences {
    valid: usize,
    invalid: usize,
}

impl Utf8Sequences {
    /// Whether the bytes are UTF-8 with a few broken characters, rather than another encoding.
    fn nearly_all_valid(&self) -> bool {
        self.valid > 0 && self.valid >= self.invalid * UTF8_VALID_PER_INVALID
    }
}

/// Counts the multi-byte UTF-8 sequences of `bytes`; a sequence cut short at the end counts as
/// neither, since a prefix of the bytes is often what is looked at.
fn utf8_sequences(bytes: &[u8]) -> Utf8Sequences {
    let mut counts = Utf8Sequences::default();
    let mut rest = bytes;
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(text) => (text, None),
            Err(e) => (
                // The prefix up to the error is valid UTF-8 by the error's own account.
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        counts.valid += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(error) = error else { return counts };
        let Some(len) = error.error_len() else { return counts };
        counts.invalid += 1;
        rest = &rest[error.valid_up_to() + len..];
    }
}

fn decode_with<'a>(encoding: &'static Encoding, bytes: &'a [u8]) -> Decoded<'a> {
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    // UTF-8 that was once read as a legacy encoding shows it in its characters.
    let text = match encoding == UTF_8 {
        true => crate::mojibake::repaired(text),
        false => text,
    };
    Decoded { text, encoding }
}

/// Detects the encoding of undeclared bytes, helped by the URL's top-level domain.
fn detect(bytes: &[u8], url: Option<&str>) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Allow);
    detector.feed(bytes, true);
    let tld = url.and_then(top_level_domain);
    detector.guess(tld.as_deref().map(str::as_bytes), chardetng::Utf8Detection::Allow)
}

/// The last label of a URL's host, lower-cased, when it is plain ASCII letters.
fn top_level_domain(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?;
    let tld = host.trim_end_matches('.').rsplit('.').next()?;
    (!tld.is_empty() && tld.bytes().all(|b| b.is_ascii_alphabetic())).then(|| tld.to_ascii_lowercase())
}

/// The encoding a `<meta charset>`, `<meta http-equiv="Content-Type">` or XML declaration in
/// the first bytes names, mapped as the HTML standard says (UTF-16 to UTF-8, x-user-defined to
/// windows-1252).
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(META_SCAN_BYTES)];
    let mut at = 0;
    while let Some(found) = find_ascii_ci(&head[at..], b"<meta") {
        let tag_start = at + found;
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| tag_start + p);
        if let Some(enc) = charset_in(&head[tag_start..tag_end]) {
            return Some(match enc {
                e if e == UTF_16LE || e == UTF_16BE => UTF_8,
                e if e == X_USER_DEFINED => WINDOWS_1252,
                e => e,
            });
        }
        at = tag_end;
    }
    if head.starts_with(b"<?xml") {
        let end = head.iter().position(|&b| b == b'>').unwrap_or(head.len());
        let decl = &head[..end];
        if let Some(p) = find_ascii_ci(decl, b"encoding=") {
            return label_at(&decl[p + b"encoding=".len()..]);
        }
    }
    None
}

/// The encoding named by `charset=` inside one tag's bytes.
fn charset_in(tag: &[u8]) -> Option<&'static Encoding> {
    let p = find_ascii_ci(tag, b"charset")?;
    let rest = &tag[p + b"charset".len()..];
    let rest = rest.trim_ascii_start().strip_prefix(b"=")?;
    label_at(rest)
}

/// Reads an encoding label (quoted or not) at the start of `bytes`.
fn label_at(bytes: &[u8]) -> Option<&'static Encoding> {
    let bytes = bytes.trim_ascii_start();
    let bytes = bytes
        .strip_prefix(b"\"")
        .or_else(|| bytes.strip_prefix(b"'"))
        .unwrap_or(bytes);
    let end = bytes
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>' | b'?') || b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    Encoding::for_label(&bytes[..end])
}

/// Position of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
fn find_ascii_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len()).find(|&i| hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_html<'a>(bytes: &'a [u8], hints: &Hints) -> Decoded<'a> {
        decode(bytes, hints, Kind::Html).unwrap()
    }

    #[test]
    fn bom_wins_over_everything() {
        let mut bytes = vec![0xef, 0xbb, 0xbf];
        bytes.extend_from_slice("<meta charset=koi8-r>é".as_bytes());
        let d = decode_html(&bytes, &Hints::default().with_charset("windows-1251"));
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.ends_with('é') && !d.text.starts_with('\u{feff}'));
    }

    #[test]
    fn meta_charset_and_http_equiv_are_read() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("<meta charset=\"windows-1251\"><p>Привет, мир</p>");
        assert_eq!(decode_html(&bytes, &Hints::default()).encoding.name(), "windows-1251");
        let page = "<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'><p>Привет</p>";
        let (bytes, _, _) = encoding_rs::KOI8_R.encode(page);
        let d = decode_html(&bytes, &Hints::default());
        assert_eq!(d.encoding.name(), "KOI8-R");
        assert!(d.text.contains("Привет"));
    }

    #[test]
    fn caller_charset_overrides_meta() {
        let (bytes, _, _) = encoding_rs::KOI8_R.encode("<meta charset=windows-1251><p>Привет</p>");
        let d = decode_html(&bytes, &Hints::default().with_charset("koi8-r"));
        assert!(d.text.contains("Привет"));
    }

    #[test]
    fn unknown_caller_charset_is_an_error() {
        let err = decode(b"abc", &Hints::default().with_charset("klingon-8"), Kind::Text);
        assert!(matches!(err, Err(Error::UnknownCharset { .. })));
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let text = "Съешь же ещё этих мягких французских булок, да выпей чаю. ".repeat(5);
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
        let d = decode(&bytes, &Hints::default(), Kind::Text).unwrap();
        assert_eq!(d.encoding.name(), "windows-1251");
        assert_eq!(d.text, text);
    }

    #[test]
    fn utf8_declared_but_invalid_is_detected() {
        let (bytes, _, _) =
            encoding_rs::SHIFT_JIS.encode("<meta charset=utf-8><p>日本語の文章です。これはテストです。</p>");
        let d = decode_html(&bytes, &Hints::default());
        assert_eq!(d.encoding.name(), "Shift_JIS");
        assert!(d.text.contains("日本語の文章です"));
    }

    #[test]
    fn declared_utf8_with_a_few_broken_bytes_stays_utf8() {
        let mut bytes = b"<meta charset=utf-8><p>".to_vec();
        bytes.extend("Café crème, naïve façade: déjà vu. ".repeat(10).as_bytes());
        bytes.extend(b"caf\xe9 \xff");
        bytes.extend("Noël à Besançon.</p>".as_bytes());
        bytes.push(0xc3);
        let d = decode_html(&bytes, &Hints::default());
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("naïve façade") && d.text.contains("Noël à Besançon"));
        assert_eq!(d.text.matches('\u{fffd}').count(), 3);
        // Undeclared, the same bytes are still UTF-8.
        assert_eq!(
            decode(&bytes[20..], &Hints::default(), Kind::Html).unwrap().encoding,
            UTF_8
        );
    }

    #[test]
    fn valid_and_invalid_utf8_sequences_are_counted() {
        assert_eq!(
            utf8_sequences("aé€😀".as_bytes()),
            Utf8Sequences { valid: 3, invalid: 0 }
        );
        assert_eq!(
            utf8_sequences(b"a\xe9b\xff\xc3\xa9"),
            Utf8Sequences { valid: 1, invalid: 2 }
        );
        // Cut short at the end: neither.
        assert_eq!(utf8_sequences(b"ab\xe2\x82"), Utf8Sequences { valid: 0, invalid: 0 });
        assert!(!Utf8Sequences { valid: 9, invalid: 1 }.nearly_all_valid());
        assert!(Utf8Sequences { valid: 10, invalid: 1 }.nearly_all_valid());
        assert!(!Utf8Sequences::default().nearly_all_valid());
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_found_by_its_zero_bytes() {
        let page = "<html><head><meta charset=utf-16><title>Größe</title></head><body><p>Straße, Ärger und Öl.</p></body></html>";
        for (encoding, encode) in [
            (UTF_16LE, u16::to_le_bytes as fn(u16) -> [u8; 2]),
            (UTF_16BE, u16::to_be_bytes),
        ] {
            let bytes: Vec<u8> = page.encode_utf16().flat_map(encode).collect();
            assert!(check_bytes(&bytes).is_ok(), "{}", encoding.name());
            let d = decode_html(&bytes, &Hints::default());
            assert_eq!(d.encoding, encoding);
            assert_eq!(d.text, page);
        }
        // Zero bytes on both sides are not UTF-16, nor are zero bytes on one side between
        // control bytes (16-bit samples of a quiet sound).
        assert_eq!(utf16_without_bom(&[0, 0, 0, 0, b'a', 0, 0, b'b']), None);
        let samples: Vec<u8> = (0..64u8).flat_map(|i| [i % 7, 0]).collect();
        assert_eq!(utf16_without_bom(&samples), None);
        assert!(check_bytes(&samples).is_err());
    }

    #[test]
    fn random_bytes_are_binary_though_few_are_control_bytes() {
        // A linear congruential generator: bytes spread evenly, about one in ten a control byte.
        let mut state = 12345u32;
        let random: Vec<u8> = (0..8192)
            .map(|_| {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                (state >> 16) as u8
            })
            .collect();
        assert!(matches!(check_bytes(&random), Err(Error::Binary { .. })));
        // Legacy text with the odd control byte is still text.
        let text = "Съешь же ещё этих мягких булок. ".repeat(20);
        let mut cyrillic = encoding_rs::WINDOWS_1251.encode(&text).0.into_owned();
        cyrillic.extend([0x01, 0x02]);
        assert!(check_bytes(&cyrillic).is_ok());
    }

    #[test]
    fn valid_utf8_beats_a_wrong_legacy_declaration() {
        let d = decode_html("<meta charset=iso-8859-1><p>Größe</p>".as_bytes(), &Hints::default());
        assert_eq!(d.encoding, UTF_8);
        assert!(d.text.contains("Größe"));
    }

    #[test]
    fn the_url_s_top_level_domain_tips_an_ambiguous_guess() {
        // One accented letter: Western European by default, Central European on a Czech site.
        let bytes = b"caf\xe9 au lait";
        let guess = |hints: &Hints| decode(bytes, hints, Kind::Text).unwrap().encoding.name();
        assert_eq!(guess(&Hints::default()), "windows-1252");
        assert_eq!(
            guess(&Hints::default().with_url("https://www.example.cz/a")),
            "windows-1250"
        );
    }

    #[test]
    fn top_level_domain_is_taken_from_the_host() {
        assert_eq!(
            top_level_domain("https://user@news.example.ru:8080/a.html").as_deref(),
            Some("ru")
        );
        assert_eq!(top_level_domain("example.jp/path").as_deref(), Some("jp"));
        assert_eq!(top_level_domain("http://127.0.0.1/"), None);
    }

    #[test]
    fn empty_and_binary_input_are_rejected() {
        assert!(matches!(check_bytes(b" \n\t"), Err(Error::Empty)));
        let garbage: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
        assert!(matches!(check_bytes(&garbage), Err(Error::Binary { .. })));
        assert!(check_bytes("plain words".as_bytes()).is_ok());
    }

    #[test]
    fn the_share_of_control_bytes_decides_binary() {
        // 10 control bytes in 100: at the limit, still text; one more, binary.
        let mut bytes = vec![b'a'; 90];
        bytes.extend([0x01; 10]);
        assert!(check_bytes(&bytes).is_ok());
        bytes[0] = 0x02;
        assert!(matches!(check_bytes(&bytes), Err(Error::Binary { share_percent: 11 })));
        assert!(matches!(
            check_bytes(&[0u8; 50]),
            Err(Error::Binary { share_percent: 100 })
        ));
        // Only the head is looked at.
        let mut long = vec![b'a'; BINARY_SCAN_BYTES];
        long.extend(vec![0u8; BINARY_SCAN_BYTES]);
        assert!(check_bytes(&long).is_ok());
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text_and_other_marks_are_no_pass() {
        for (bom, encode) in [
            ([0xff, 0xfe], u16::to_le_bytes as fn(u16) -> [u8; 2]),
            ([0xfe, 0xff], u16::to_be_bytes),
        ] {
            let mut bytes = bom.to_vec();
            bytes.extend("Привет, мир".encode_utf16().flat_map(encode));
            assert!(check_bytes(&bytes).is_ok());
            let d = decode(&bytes, &Hints::default(), Kind::Text).unwrap();
            assert_eq!(d.text, "Привет, мир");
        }
        let mut utf8 = vec![0xef, 0xbb, 0xbf];
        utf8.extend([0u8; 64]);
        assert!(matches!(check_bytes(&utf8), Err(Error::Binary { .. })));
    }

    #[test]
    fn declarations_in_markup_are_read_only_in_html() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<meta charset=\"koi8-r\"> Съешь же ещё этих мягких французских булок, да выпей чаю.");
        assert_eq!(
            decode(&bytes, &Hints::default(), Kind::Html).unwrap().encoding.name(),
            "KOI8-R"
        );
        assert_eq!(
            decode(&bytes, &Hints::default(), Kind::Text).unwrap().encoding.name(),
            "windows-1251"
        );
    }

    #[test]
    fn declared_utf16_and_x_user_defined_are_mapped_as_browsers_do() {
        for label in ["utf-16", "utf-16be"] {
            let page = format!("<meta charset={label}><p>Plain words</p>");
            let d = decode_html(page.as_bytes(), &Hints::default());
            assert_eq!(d.encoding, UTF_8, "{label}");
            assert!(d.text.contains("Plain words"));
        }
        let d = decode_html(b"<meta charset=x-user-defined><p>caf\xe9</p>", &Hints::default());
        assert_eq!(d.encoding, WINDOWS_1252);
        assert!(d.text.contains("café"));
    }

    #[test]
    fn an_xml_declaration_names_an_encoding_detection_would_not_guess() {
        let bytes = b"<?xml version='1.0' encoding='iso-8859-2'?><html><p>caf\xe9</p></html>";
        assert_eq!(
            decode(&bytes[38..], &Hints::default(), Kind::Html).unwrap().encoding,
            WINDOWS_1252
        );
        let d = decode_html(bytes, &Hints::default());
        assert_eq!(d.encoding.name(), "ISO-8859-2");
    }

    #[test]
    fn an_xml_declaration_names_the_encoding() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<?xml version=\"1.0\" encoding=\"windows-1251\"?><html><p>Привет</p></html>");
        let d = decode_html(&bytes, &Hints::default());
        assert_eq!(d.encoding.name(), "windows-1251");
        assert!(d.text.contains("Привет"));
    }

    #[test]
    fn ascii_search_ignores_case_and_fits_exactly() {
        assert_eq!(find_ascii_ci(b"<META", b"<meta"), Some(0));
        assert_eq!(find_ascii_ci(b"x<Meta charset", b"<meta"), Some(1));
        assert_eq!(find_ascii_ci(b"<met", b"<meta"), None);
    }

    #[test]
    fn kind_is_sniffed() {
        assert_eq!(sniff_kind(b"\n  <div>Hello</div>"), Kind::Html);
        assert_eq!(sniff_kind(b"\xef\xbb\xbf<div>Hello</div>"), Kind::Html);
        assert_eq!(sniff_kind(b"  <!DOCTYPE html><p>x"), Kind::Html);
        assert_eq!(sniff_kind(b"Title\n\nSome text <b> here <html>"), Kind::Html);
        assert_eq!(sniff_kind(b"Title\n\nSome text with 3 < 4."), Kind::Text);
    }
}
