//! Stage 4: language identification with whatlang, on the article rather than its chrome; the
//! extractors use it too, to judge blocks by the stopwords of the article's language.

use crate::document::Language;
use crate::lexicon::Lexicon;
use whatlang::{Info, Lang, Script};

/// Text beyond this many bytes adds nothing to the detector's certainty, only time: a page's
/// article, or a dump's long lines taken together, are judged from at most this much.
pub(crate) const SAMPLE_BYTES: usize = 2048;
/// A block's language is judged from at most this many bytes of it.
const BLOCK_SAMPLE_BYTES: usize = 512;
/// Blocks shorter than this (in characters) are too short to judge one by one.
pub(crate) const MIN_JUDGED_CHARS: usize = 40;
/// A sample's language is told by its stopwords alone where they leave no doubt: it has this
/// many words at least...
const MIN_STOPWORD_SAMPLE_WORDS: usize = 40;
/// ...this share of them are one language's stopwords...
const MIN_LEADING_STOPWORD_SHARE: f64 = 0.3;
/// ...and that language's stopwords outnumber any other's this many times.
const MIN_STOPWORD_LEAD: f64 = 2.0;

/// ISO 639-1 code of a whatlang language where one exists, else its ISO 639-3 code.
pub(crate) fn code(lang: Lang) -> &'static str {
    match lang {
        Lang::Epo => "eo",
        Lang::Eng => "en",
        Lang::Rus => "ru",
        Lang::Cmn => "zh",
        Lang::Spa => "es",
        Lang::Por => "pt",
        Lang::Ita => "it",
        Lang::Ben => "bn",
        Lang::Fra => "fr",
        Lang::Deu => "de",
        Lang::Ukr => "uk",
        Lang::Kat => "ka",
        Lang::Ara => "ar",
        Lang::Hin => "hi",
        Lang::Jpn => "ja",
        Lang::Heb => "he",
        Lang::Yid => "yi",
        Lang::Pol => "pl",
        Lang::Amh => "am",
        Lang::Jav => "jv",
        Lang::Kor => "ko",
        Lang::Nob => "nb",
        Lang::Dan => "da",
        Lang::Swe => "sv",
        Lang::Fin => "fi",
        Lang::Tur => "tr",
        Lang::Nld => "nl",
        Lang::Hun => "hu",
        Lang::Ces => "cs",
        Lang::Ell => "el",
        Lang::Bul => "bg",
        Lang::Bel => "be",
        Lang::Mar => "mr",
        Lang::Kan => "kn",
        Lang::Ron => "ro",
        Lang::Slv => "sl",
        Lang::Hrv => "hr",
        Lang::Srp => "sr",
        Lang::Mkd => "mk",
        Lang::Lit => "lt",
        Lang::Lav => "lv",
        Lang::Est => "et",
        Lang::Tam => "ta",
        Lang::Vie => "vi",
        Lang::Urd => "ur",
        Lang::Tha => "th",
        Lang::Guj => "gu",
        Lang::Uzb => "uz",
        Lang::Pan => "pa",
        Lang::Aze => "az",
        Lang::Ind => "id",
        Lang::Tel => "te",
        Lang::Pes => "fa",
        Lang::Mal => "ml",
        Lang::Ori => "or",
        Lang::Mya => "my",
        Lang::Nep => "ne",
        Lang::Sin => "si",
        Lang::Khm => "km",
        Lang::Tuk => "tk",
        Lang::Aka => "ak",
        Lang::Zul => "zu",
        Lang::Sna => "sn",
        Lang::Afr => "af",
        Lang::Lat => "la",
        Lang::Slk => "sk",
        Lang::Cat => "ca",
        Lang::Tgl => "tl",
        Lang::Hye => "hy",
        Lang::Cym => "cy",
        // whatlang may grow; its own ISO 639-3 code is the honest answer then.
        #[allow(unreachable_patterns)]
        other => other.code(),
    }
}

/// Detects the language of a text from (at most) its first few kilobytes.
pub(crate) fn detect(text: &str, lexicon: &Lexicon) -> Option<Language> {
    let info = judge_sample(text, lexicon)?;
    Some(Language {
        code: code(info.lang()),
        confidence: info.confidence(),
    })
}

/// Judges the language of one block, from at most its first half kilobyte; `None` when the block
/// is too short to judge or the detector has no answer.
pub(crate) fn judge(block: &str) -> Option<Info> {
    if !is_judged(block) {
        return None;
    }
    whatlang::detect(prefix(block, BLOCK_SAMPLE_BYTES))
}

/// Judges one block's language as [`judge`] does, where the question is whether it is in
/// `own` or in one of `others`: the detector compares it with their profiles alone, a fraction
/// of the work of comparing it with every language of its script. Between a few languages it
/// is surer than among all, so an answer other than `own` is checked among all.
pub(crate) fn judge_among(block: &str, own: Lang, mut others: Vec<Lang>) -> Option<Info> {
    if !is_judged(block) {
        return None;
    }
    let text = prefix(block, BLOCK_SAMPLE_BYTES);
    others.push(own);
    let among = whatlang::Detector::with_allowlist(others).detect(text)?;
    match among.is_reliable() && among.lang() != own {
        true => judge(block),
        false => Some(among),
    }
}

/// Whether a block is long enough to be judged one by one.
pub(crate) fn is_judged(block: &str) -> bool {
    block.chars().take(MIN_JUDGED_CHARS).count() == MIN_JUDGED_CHARS
}

/// A judgement as it is, for another block of the same text (the detector's answers are not
/// `Clone`).
pub(crate) fn copy(info: &Info) -> Info {
    Info::new(info.script(), info.lang(), info.confidence())
}

/// Judges the language of a sample of a document's text, from at most its first few kilobytes;
/// `None` for an empty sample or where the detector has no answer.
pub(crate) fn judge_sample(text: &str, lexicon: &Lexicon) -> Option<Info> {
    let sample = prefix(text, SAMPLE_BYTES);
    by_stopwords(sample, lexicon).or_else(|| whatlang::detect(sample))
}

/// A sample's language where its stopwords settle it (with full confidence): a few kilobytes of
/// prose show their language's function words in every sentence, and this costs a look-up a
/// word where the detector compares the sample with every language of its script. Close
/// languages share function words, and where a script's lists say nothing clearly the
/// detector is asked.
fn by_stopwords(sample: &str, lexicon: &Lexicon) -> Option<Info> {
    let script = script_of(sample)?;
    let lead = lexicon.stopword_lead(sample, script)?;
    let clear = lead.words >= MIN_STOPWORD_SAMPLE_WORDS
        && lead.leader as f64 >= MIN_LEADING_STOPWORD_SHARE * lead.words as f64
        && lead.leader as f64 >= MIN_STOPWORD_LEAD * lead.second as f64
        && lead.leader > lead.by_frequency;
    clear.then(|| Info::new(script, lead.lang, 1.0))
}

/// The language and script holding the most text among judged blocks (block length, judgement):
/// the article's, not that of its menus and footers; of equals, the last met. With it, by how
/// much text it leads the next (all of its own when it is alone).
pub(crate) fn lead<'a>(judged: impl Iterator<Item = (usize, &'a Info)>) -> Option<((Lang, Script), usize)> {
    let mut weight: Vec<(Lang, Script, usize)> = Vec::new();
    for (chars, info) in judged {
        match weight.iter_mut().find(|(l, _, _)| *l == info.lang()) {
            Some((_, _, w)) => *w += chars,
            None => weight.push((info.lang(), info.script(), chars)),
        }
    }
    let leader = (0..weight.len()).max_by_key(|&i| weight[i].2)?;
    let next = (0..weight.len()).filter(|&i| i != leader).map(|i| weight[i].2).max();
    let (lang, script, most) = weight[leader];
    Some(((lang, script), most - next.unwrap_or(0)))
}

/// Languages written in more than one script: Japanese sets Han characters among its kana,
/// Korean some among its Hangul. A line in any of them may be the document's own.
const SCRIPTS_OF: &[(Lang, &[Script])] = &[
    (Lang::Jpn, &[Script::Hiragana, Script::Katakana, Script::Mandarin]),
    (Lang::Kor, &[Script::Hangul, Script::Mandarin]),
];

/// The scripts a language is written in: its own (`script`, as detected), or several.
pub(crate) fn scripts_of(lang: Lang, script: &Script) -> &[Script] {
    SCRIPTS_OF
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(std::slice::from_ref(script), |(_, scripts)| scripts)
}

/// The script most of a text's letters are written in.
pub(crate) fn script(text: &str) -> Option<Script> {
    script_of(prefix(text, BLOCK_SAMPLE_BYTES))
}

/// The script most of a sample's letters are written in, as the detector tells it.
fn script_of(sample: &str) -> Option<Script> {
    // In ASCII, Latin-1 and Latin Extended, with general punctuation (most Western text), the
    // detector counts only Latin letters: its answer without the count. ASCII (most lines) is
    // told so without decoding it.
    if sample.is_ascii()
        || sample
            .chars()
            .all(|c| c < LATIN_END || GENERAL_PUNCTUATION.contains(&c))
    {
        return sample.chars().any(is_counted_latin).then_some(Script::Latin);
    }
    whatlang::detect_script(sample)
}

/// The end of the Latin-1 and Latin Extended blocks, whose letters and signs the detector
/// counts as Latin.
const LATIN_END: char = '\u{250}';
/// Dashes, quotation marks and the like, which the detector counts in no script.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{20ff}';

/// Whether the detector counts a character below [`LATIN_END`] as Latin: ASCII letters, and
/// anything beyond ASCII.
fn is_counted_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{80}'..LATIN_END).contains(&c)
}

/// A prefix of at most `bytes`, cut at a character boundary.
fn prefix(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
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
            "Главная страница сайта и все новости региона за сегодня",
            "The council approved the new budget on Tuesday after a long debate about schools and roads.",
            "Officials said the plan would be reviewed again next spring, when new figures are published.",
        ];
        let judged: Vec<(usize, Info)> = blocks.iter().filter_map(|b| Some((b.len(), judge(b)?))).collect();
        let (dominant, margin) = lead(judged.iter().map(|(n, i)| (*n, i))).unwrap();
        assert_eq!(dominant, (Lang::Eng, Script::Latin));
        assert_eq!(margin, blocks[1].len() + blocks[2].len() - blocks[0].len());
    }

    #[test]
    fn western_scripts_are_told_as_the_detector_tells_them() {
        let western = ('\0'..LATIN_END).chain(GENERAL_PUNCTUATION);
        for c in western {
            let text = format!("{c}{c}");
            assert_eq!(script(&text), whatlang::detect_script(&text), "{:?}", c);
        }
        for text in [
            "“Quoted” – and done…",
            "Ærø, Łódź, Șiria",
            "12 × 3 ©",
            "—",
            "Привет, “мир”",
        ] {
            assert_eq!(script(text), whatlang::detect_script(text), "{text}");
        }
    }

    #[test]
    fn a_block_judged_among_a_few_languages_gets_the_answer_judged_among_all() {
        let german = "Alle Rechte vorbehalten, Nachdruck nur mit Genehmigung des Verlags";
        let english = "Sign in to see your orders and the items saved to your list";
        for (block, others) in [(german, vec![Lang::Deu, Lang::Nld]), (english, vec![Lang::Deu])] {
            let among = judge_among(block, Lang::Eng, others).map(|i| (i.lang(), i.is_reliable()));
            let all = judge(block).map(|i| (i.lang(), i.is_reliable()));
            assert_eq!(among, all, "{block}");
        }
        assert!(judge_among("Too short", Lang::Eng, vec![Lang::Deu]).is_none());
    }

    const ENGLISH: &str = "The council approved the new budget on Tuesday after a long debate about \
        the state of schools and roads in the district. Officials said that the plan would be reviewed \
        again in the spring, when the new figures are published, and that they expect the cost of the \
        road works to be lower than it was last year.";
    const GERMAN: &str = "Der Rat hat am Dienstag nach einer langen Debatte über den Zustand der Schulen \
        und Straßen im Bezirk den neuen Haushalt beschlossen. Die Verwaltung sagte, dass der Plan im \
        Frühjahr noch einmal geprüft werde, wenn die neuen Zahlen vorliegen, und dass die Kosten der \
        Straßenarbeiten niedriger sein sollen als im vergangenen Jahr.";

    #[test]
    fn prose_is_told_by_its_stopwords_as_the_detector_tells_it() {
        let lexicon = Lexicon::shared();
        for (text, lang) in [(ENGLISH, Lang::Eng), (GERMAN, Lang::Deu)] {
            let told = by_stopwords(text, lexicon).expect("stopwords settle it");
            assert_eq!((told.lang(), told.confidence()), (lang, 1.0));
            assert_eq!(whatlang::detect(text).map(|i| i.lang()), Some(lang));
            assert_eq!(judge_sample(text, lexicon).map(|i| i.lang()), Some(lang));
        }
    }

    #[test]
    fn stopwords_leave_the_detector_what_they_do_not_settle() {
        let lexicon = Lexicon::shared();
        // Too few words.
        assert!(by_stopwords("The council approved the new budget on Tuesday.", lexicon).is_none());
        // A table of names and numbers under a line of Portuguese: some lists hold the digits,
        // which count for nothing.
        let rows: String = (1..=30)
            .map(|i| format!("{i} | Ana Souza | {} | {} | 1\n", 5040 - i, i % 7))
            .collect();
        let table = format!("Nesta página você terá sempre a classificação atualizada até a última corrida!\n{rows}");
        assert!(
            by_stopwords(&table, lexicon).is_none_or(|i| i.lang() == Lang::Por),
            "{table}"
        );
        // Two languages of one page, neither leading twice over.
        let mixed = format!("{ENGLISH} {GERMAN}");
        assert!(by_stopwords(&mixed, lexicon).is_none());
    }

    #[test]
    fn detection_reports_code_and_confidence() {
        let lang = detect(
            "Der Rat hat am Dienstag nach langer Debatte den neuen Haushalt beschlossen.",
            Lexicon::shared(),
        )
        .unwrap();
        assert_eq!(lang.code, "de");
        assert!(lang.confidence > 0.0 && lang.confidence <= 1.0);
    }
}
