//! The judgement of blocks of text as prose or chrome, in the spirit of jusText, that the text
//! extractor and the HTML block view share: the classes, the thresholds of length and stopword
//! density they are drawn at, the context pass that settles short and near-good blocks by
//! their neighbours, and where an article's closing matter begins.

/// Blocks shorter than this (in Latin-equivalent characters) are judged by their neighbours.
pub(crate) const SHORT_UNITS: usize = 70;
/// Blocks at least this long with enough stopwords are article text on their own.
pub(crate) const LONG_UNITS: usize = 200;
/// Stopword density from which a long block is article text...
pub(crate) const GOOD_STOPWORD_DENSITY: f64 = 0.32;
/// ...and from which a block is probably article text.
pub(crate) const NEAR_GOOD_STOPWORD_DENSITY: f64 = 0.30;

/// The stopword density of prose the thresholds above are made for. Where a text's own prose
/// is sparser in listed stopwords (languages that attach them to words, or whose lists are
/// short), the thresholds are scaled down with it.
const REFERENCE_STOPWORD_DENSITY: f64 = 0.4;

/// A closing label cuts off what follows only after this share of the article's text.
const CLOSING_AFTER_SHARE: f32 = 0.5;

/// How a block (a line of a dump, a block of a page) is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// No letters at all (counters, calendars, separators): dropped, and ignored as context.
    Noise,
    /// Chrome by its own signals.
    Bad,
    /// Too short to judge alone.
    Short,
    /// Probably article text.
    NearGood,
    /// Article text.
    Good,
}

/// The class a block of at least [`SHORT_UNITS`] earns by its stopword density (`None` where
/// its language has no list or its script no spaces), with the thresholds multiplied by
/// `scale`; `None` when the density is too low to make it prose.
pub(crate) fn by_density(density: Option<f64>, units: usize, scale: f64) -> Option<Class> {
    match density {
        Some(d) if d >= GOOD_STOPWORD_DENSITY * scale && units >= LONG_UNITS => Some(Class::Good),
        Some(d) if d >= NEAR_GOOD_STOPWORD_DENSITY * scale => Some(Class::NearGood),
        Some(_) => None,
        None if units >= LONG_UNITS => Some(Class::Good),
        None => Some(Class::NearGood),
    }
}

/// What the density thresholds are multiplied by for a text whose prose has this stopword
/// density (`None`: unknown, the thresholds as they are).
pub(crate) fn density_scale(prose_density: Option<f64>) -> f64 {
    prose_density.map_or(1.0, |d| (d / REFERENCE_STOPWORD_DENSITY).min(1.0))
}

/// What the context pass knows of one block: its class by its own signals, and what the
/// extractor says of its place (all `false` where it says nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unit {
    pub class: Class,
    /// A short block that may open the article: before its first good block, with nothing
    /// like a menu entry or chrome between.
    pub may_lead: bool,
    /// A short block that may close the article right after good text (a signature).
    pub may_close: bool,
    /// A short block that is a sentence of prose: before article text after chrome, it is the
    /// article's lead.
    pub sentence: bool,
}

impl Unit {
    /// A block known by its class alone.
    pub(crate) fn of(class: Class) -> Unit {
        Unit {
            class,
            may_lead: false,
            may_close: false,
            sentence: false,
        }
    }
}

/// How the context pass reads a document's edges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Context {
    /// Whether the edges of the document count as chrome (an HTML page's blocks, where the
    /// edges are its header and footer) or as no evidence (a dump's lines).
    pub edges_are_chrome: bool,
}

/// For every block, the class of the nearest decisive block before it (`forward` false) or
/// after it: good or bad, or near-good too when `near_good_counts`. `None` at the document's
/// edge. One pass, however long the runs of undecided blocks.
fn nearest(classes: &[Class], forward: bool, near_good_counts: bool) -> Vec<Option<Class>> {
    let decisive = |c: Class| matches!(c, Class::Good | Class::Bad) || (near_good_counts && c == Class::NearGood);
    let mut nearest = vec![None; classes.len()];
    let mut last = None;
    let mut visit = |i: usize| {
        nearest[i] = last;
        if decisive(classes[i]) {
            last = Some(classes[i]);
        }
    };
    if forward {
        (0..classes.len()).rev().for_each(&mut visit);
    } else {
        (0..classes.len()).for_each(&mut visit);
    }
    nearest
}

/// The context pass: short and near-good blocks take the class their neighbours suggest.
///
/// A short block between good ones is good, and so is one that may lead or close the article
/// where it stands, or a sentence right before article text. Between good text and chrome, a
/// short block is good when a near-good block stands between it and the chrome. A near-good
/// block is good when the nearest good-or-bad block on either side is good (short blocks
/// between do not speak: on a page, whose edges are chrome, they would say the same). Everything
/// else undecided is chrome.
pub(crate) fn revise(units: &[Unit], context: Context) -> Vec<Class> {
    let classes: Vec<Class> = units.iter().map(|u| u.class).collect();
    let edge = |c: Option<Class>| {
        if context.edges_are_chrome {
            c.or(Some(Class::Bad))
        } else {
            c
        }
    };
    let (before, after) = (nearest(&classes, false, false), nearest(&classes, true, false));
    let (before_near, after_near) = (nearest(&classes, false, true), nearest(&classes, true, true));
    let mut revised = classes.clone();
    for (i, unit) in units.iter().enumerate() {
        if unit.class != Class::Short {
            continue;
        }
        revised[i] = match (edge(before[i]), edge(after[i])) {
            (Some(Class::Good), Some(Class::Good)) => Class::Good,
            (None, Some(Class::Good)) if unit.may_lead => Class::Good,
            (Some(Class::Good), _) if unit.may_close => Class::Good,
            (Some(Class::Good), Some(Class::Bad)) if after_near[i] == Some(Class::NearGood) => Class::Good,
            // A sentence right before article text is its lead or standfirst, or goes on
            // after a caption.
            (Some(Class::Bad), Some(Class::Good)) if unit.sentence => Class::Good,
            (Some(Class::Bad), Some(Class::Good)) if before_near[i] == Some(Class::NearGood) => Class::Good,
            _ => Class::Bad,
        };
    }
    for (i, class) in classes.iter().enumerate() {
        if *class == Class::NearGood {
            let good_beside = before[i] == Some(Class::Good) || after[i] == Some(Class::Good);
            revised[i] = if good_beside { Class::Good } else { Class::Bad };
        }
    }
    revised
}

/// Where an article's closing matter begins: at the first block that is a closing label
/// ("Press contact:", "Sources") or heads a section of links to other pieces ("Related
/// articles", "Meistgelesen"), and stands after most of the text. The contact details, link
/// lists, source lists and teasers that follow are not the article. `lengths` gives the length
/// each block adds to the article (0 for a block that is not article text); `opens` tells
/// whether block `i` opens closing matter ([`Lexicon::opens_closing_matter`]), asked only of
/// blocks after most of the text.
///
/// [`Lexicon::opens_closing_matter`]: crate::lexicon::Lexicon::opens_closing_matter
pub(crate) fn closing_matter_start(lengths: &[usize], opens: impl Fn(usize) -> bool) -> Option<usize> {
    let total: usize = lengths.iter().sum();
    let mut before = 0;
    for (i, &len) in lengths.iter().enumerate() {
        if before as f32 >= total as f32 * CLOSING_AFTER_SHARE && before > 0 && opens(i) {
            return Some(i);
        }
        before += len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use Class::*;

    const PAGE: Context = Context { edges_are_chrome: true };
    const DUMP: Context = Context {
        edges_are_chrome: false,
    };

    fn revised(classes: &[Class], context: Context) -> Vec<Class> {
        let units: Vec<Unit> = classes.iter().map(|&c| Unit::of(c)).collect();
        revise(&units, context)
    }

    #[test]
    fn short_blocks_follow_their_neighbours() {
        for context in [PAGE, DUMP] {
            assert_eq!(
                revised(&[Good, Short, Noise, Short, Good], context),
                [Good, Good, Noise, Good, Good]
            );
            assert_eq!(revised(&[Bad, Short, Bad], context), [Bad, Bad, Bad]);
            assert_eq!(revised(&[Good, Short, Bad], context), [Good, Bad, Bad]);
            // A near-good block between a short one and chrome speaks for the short one...
            assert_eq!(revised(&[Good, Short, NearGood, Bad], context), [Good, Good, Good, Bad]);
            assert_eq!(revised(&[Bad, NearGood, Short, Good], context), [Bad, Good, Good, Good]);
            // ...but not from the other side.
            assert_eq!(revised(&[Good, NearGood, Short, Bad], context)[2], Bad);
            assert_eq!(revised(&[Bad, Short, NearGood, Good], context)[1], Bad);
        }
    }

    #[test]
    fn edges_are_chrome_on_a_page_and_no_evidence_in_a_dump() {
        // Near-good at the very start: a page's edge is chrome, so the short block between it
        // and the article is good; a dump's edge says nothing.
        assert_eq!(revised(&[NearGood, Short, Good], PAGE), [Good, Good, Good]);
        assert_eq!(revised(&[NearGood, Short, Good], DUMP), [Good, Bad, Good]);
        assert_eq!(revised(&[Good, Short, NearGood], PAGE), [Good, Good, Good]);
        assert_eq!(revised(&[Good, Short, NearGood], DUMP), [Good, Bad, Good]);
        assert_eq!(revised(&[Short, Good], PAGE), [Bad, Good]);
        assert_eq!(revised(&[Short, Good], DUMP), [Bad, Good]);
    }

    #[test]
    fn near_good_blocks_are_good_beside_good_text() {
        assert_eq!(revised(&[NearGood, Good], DUMP), [Good, Good]);
        assert_eq!(revised(&[Good, Short, NearGood, Bad], DUMP)[2], Good);
        assert_eq!(revised(&[Bad, NearGood, Bad], PAGE), [Bad, Bad, Bad]);
        assert_eq!(revised(&[NearGood], DUMP), [Bad]);
        assert_eq!(revised(&[Bad, Short, NearGood, Short, Bad], PAGE)[2], Bad);
        // Short blocks do not speak for a near-good one: a dump's short line at its end stays
        // chrome, and the near-good line before it is still good beside the article.
        assert_eq!(revised(&[Good, Short, NearGood], DUMP), [Good, Bad, Good]);
    }

    #[test]
    fn what_the_extractor_knows_of_a_place_counts() {
        let unit = |class, may_lead, may_close, sentence| Unit {
            class,
            may_lead,
            may_close,
            sentence,
        };
        let lead = [unit(Short, true, false, false), Unit::of(Good)];
        assert_eq!(revise(&lead, DUMP), [Good, Good]);
        let no_lead = [unit(Short, false, false, false), Unit::of(Good)];
        assert_eq!(revise(&no_lead, DUMP), [Bad, Good]);
        let close = [Unit::of(Good), unit(Short, false, true, false), Unit::of(Bad)];
        assert_eq!(revise(&close, DUMP), [Good, Good, Bad]);
        let close_at_end = [Unit::of(Good), unit(Short, false, true, false)];
        assert_eq!(revise(&close_at_end, DUMP), [Good, Good]);
        let sentence = [Unit::of(Bad), unit(Short, false, false, true), Unit::of(Good)];
        assert_eq!(revise(&sentence, DUMP), [Bad, Good, Good]);
        let after_chrome = [Unit::of(Bad), unit(Short, true, true, true), Unit::of(Bad)];
        assert_eq!(
            revise(&after_chrome, DUMP)[1],
            Bad,
            "nothing speaks for it between chrome"
        );
    }

    #[test]
    fn closing_matter_starts_at_a_label_after_most_of_the_text() {
        let lexicon = crate::lexicon::Lexicon::shared();
        let start = |blocks: &[(&str, usize)]| {
            let lengths: Vec<usize> = blocks.iter().map(|&(_, len)| len).collect();
            closing_matter_start(&lengths, |i| lexicon.opens_closing_matter(blocks[i].0))
        };
        let text = "The council met on Tuesday.";
        assert_eq!(start(&[(text, 100), ("Press contact:", 0), ("Anna, 0123", 0)]), Some(1));
        assert_eq!(
            start(&[(text, 100), (text, 100), ("Sources", 0), (text, 100)]),
            Some(2),
            "half is most"
        );
        assert_eq!(
            start(&[(text, 100), ("Sources", 0), (text, 100), (text, 100)]),
            None,
            "too early"
        );
        assert_eq!(start(&[("Press contact:", 0), (text, 0)]), None, "no article before it");
        assert_eq!(
            start(&[(text, 100), ("Related articles", 0), ("Another story", 0)]),
            Some(1)
        );
        assert_eq!(start(&[(text, 100), (text, 100)]), None);
    }

    #[test]
    fn density_classes() {
        assert_eq!(by_density(Some(0.4), LONG_UNITS, 1.0), Some(Good));
        assert_eq!(by_density(Some(0.4), LONG_UNITS - 1, 1.0), Some(NearGood));
        assert_eq!(by_density(Some(GOOD_STOPWORD_DENSITY), LONG_UNITS, 1.0), Some(Good));
        assert_eq!(
            by_density(Some(NEAR_GOOD_STOPWORD_DENSITY), LONG_UNITS, 1.0),
            Some(NearGood)
        );
        assert_eq!(by_density(Some(0.29), LONG_UNITS, 1.0), None);
        assert_eq!(by_density(Some(0.2), LONG_UNITS, 0.5), Some(Good), "thresholds scale");
        assert_eq!(by_density(Some(0.16), SHORT_UNITS, 0.5), Some(NearGood));
        assert_eq!(by_density(Some(0.14), SHORT_UNITS, 0.5), None);
        assert_eq!(by_density(None, LONG_UNITS, 1.0), Some(Good));
        assert_eq!(by_density(None, SHORT_UNITS, 1.0), Some(NearGood));
    }
}
