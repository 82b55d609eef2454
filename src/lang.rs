//! Stage 5: language identification with whatlang, on the article rather than its chrome.

use crate::document::Language;
use whatlang::{Lang, Script};

/// Text beyond this many bytes adds nothing to the detector's certainty, only time.
const SAMPLE_BYTES: usize = 4096;
/// Blocks shorter than this (in characters) are too short to judge one by one.
pub(crate) const MIN_JUDGED_CHARS: usize = 40;

/// ISO 639-1 code of a whatlang language where one exists, else its ISO 639-3 code.
pub(crate) fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo", Lang::Eng => "en", Lang::Rus => "ru", Lang::Cmn => "zh",
        Lang::Spa => "es", Lang::Por => "pt", Lang::Ita => "it", Lang::Ben => "bn",
        Lang::Fra => "fr", Lang::Deu => "de", Lang::Ukr => "uk", Lang::Kat => "ka",
        Lang::Ara => "ar", Lang::Hin => "hi", Lang::Jpn => "ja", Lang::Heb => "he",
        Lang::Yid => "yi", Lang::Pol => "pl", Lang::Amh => "am", Lang::Jav => "jv",
        Lang::Kor => "ko", Lang::Nob => "nb", Lang::Dan => "da", Lang::Swe => "sv",
        Lang::Fin => "fi", Lang::Tur => "tr", Lang::Nld => "nl", Lang::Hun => "hu",
        Lang::Ces => "cs", Lang::Ell => "el", Lang::Bul => "bg", Lang::Bel => "be",
        Lang::Mar => "mr", Lang::Kan => "kn", Lang::Ron => "ro", Lang::Slv => "sl",
        Lang::Hrv => "hr", Lang::Srp => "sr", Lang::Mkd => "mk", Lang::Lit => "lt",
        Lang::Lav => "lv", Lang::Est => "et", Lang::Tam => "ta", Lang::Vie => "vi",
        Lang::Urd => "ur", Lang::Tha => "th", Lang::Guj => "gu", Lang::Uzb => "uz",
        Lang::Pan => "pa", Lang::Aze => "az", Lang::Ind => "id", Lang::Tel => "te",
        Lang::Pes => "fa", Lang::Mal => "ml", Lang::Ori => "or", Lang::Mya => "my",
        Lang::Nep => "ne", Lang::Sin => "si", Lang::Khm => "km", Lang::Tuk => "tk",
        Lang::Aka => "ak", Lang::Zul => "zu", Lang::Sna => "sn", Lang::Afr => "af",
        Lang::Lat => "la", Lang::Slk => "sk", Lang::Cat => "ca", Lang::Tgl => "tl",
        Lang::Hye => "hy", Lang::Cym => "cy",
        // whatlang may grow; its own ISO 639-3 code is the honest answer then.
        #[allow(unreachable_patterns)]
        other => other.code(),
    }
}

/// Detects the language of a text from (at most) its first few kilobytes.
pub(crate) fn detect(text: &str) -> Option<Language> {
    let info = whatlang::detect(sample(text))?;
    Some(Language {
        code: code(info.lang()),
        confidence: info.confidence(),
    })
}

/// The language whose blocks hold the most text, among blocks long enough to judge: the
/// article's language, not that of its menus and footers.
pub(crate) fn dominant<'a>(blocks: impl Iterator<Item = &'a str>) -> Option<Lang> {
    let mut weight: Vec<(Lang, usize)> = Vec::new();
    let mut judged = 0;
    for block in blocks {
        let chars = block.chars().count();
        if chars < MIN_JUDGED_CHARS {
            continue;
        }
        let Some(info) = whatlang::detect(sample(block)) else { continue };
        match weight.iter_mut().find(|(l, _)| *l == info.lang()) {
            Some((_, w)) => *w += chars,
            None => weight.push((info.lang(), chars)),
        }
        judged += chars;
        if judged > 4 * SAMPLE_BYTES {
            break;
        }
    }
    weight.into_iter().max_by_key(|&(_, w)| w).map(|(l, _)| l)
}

/// The script most of a text's letters are written in.
pub(crate) fn script(text: &str) -> Option<Script> {
    whatlang::detect_script(sample(text))
}

/// A prefix of at most [`SAMPLE_BYTES`], cut at a character boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_iso_639_1_where_they_exist() {
        assert_eq!(code(Lang::Eng), "en");
        assert_eq!(code(Lang::Cmn), "zh");
        assert_eq!(code(Lang::Pes), "fa");
    }

    #[test]
    fn the_article_language_outweighs_chrome() {
        let blocks = [
            "Главная страница новостей и музыкальные новости сегодня",
            "The council approved the new budget on Tuesday after a long debate about schools and roads.",
            "Officials said the plan would be reviewed again next spring, when new figures are published.",
        ];
        assert_eq!(dominant(blocks.into_iter()), Some(Lang::Eng));
    }

    #[test]
    fn detection_reports_code_and_confidence() {
        let lang = detect("Der Rat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.").unwrap();
        assert_eq!(lang.code, "de");
        assert!(lang.confidence > 0.0 && lang.confidence <= 1.0);
    }
}
