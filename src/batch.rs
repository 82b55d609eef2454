//! Many documents: a [`Batch`] cleans a stream of [`Input`]s on every core and yields one
//! [`Record`] per input, in input order, learning each site's chrome as it goes.
//!
//! Inputs are taken in windows of a fixed size. A window is cleaned in parallel; then, in
//! input order, what each page shows is counted with its site, and the lines that recur on
//! many pages of a site are removed from each of its pages. The windows' size never depends
//! on the number of threads, so neither do the records.

use crate::document::{Document, Kind};
use crate::error::Error;
use crate::input::{Content, Fields, Identity, Input, Taken};
use crate::site::{site_of, PagePrints, SiteChrome};
use crate::Cleaner;
use rayon::prelude::*;

/// How many documents are cleaned before their records are yielded: enough to keep every
/// core busy and to learn a site's chrome from, few enough to keep memory flat on a batch of
/// any size. Fixed, so that what is learned never depends on the number of threads.
const DOCUMENTS_PER_WINDOW: usize = 512;
/// A window also ends once its inputs hold this many bytes (as given, compressed or not), so
/// that a stream of large documents keeps memory as flat as one of small ones.
const BYTES_PER_WINDOW: usize = 64 << 20;

/// What a batch gives back for one input: what became of the document, with what the input
/// said of it.
#[derive(Debug)]
#[non_exhaustive]
pub struct Record {
    /// How the input named the document (a path, `-` for standard input, a line of a stream).
    pub source: String,
    /// The document's identifier, as its input gave it (a JSON Lines `id`, a WARC record's
    /// id).
    pub id: Option<String>,
    /// The URL the input gave, as given.
    pub url: Option<String>,
    /// What became of the document.
    pub outcome: Outcome,
    /// Fields of the input carried through unchanged (the other fields of a JSON Lines line).
    pub fields: Option<Fields>,
    /// Why the document's bytes end early, when its compressed input was cut short or broken
    /// part way: what could be read was cleaned.
    pub truncated: Option<String>,
    /// The kind the input was given as, reported for a document that was not cleaned.
    given_kind: Option<Kind>,
}

/// What became of one document of a batch.
#[derive(Debug)]
#[non_exhaustive]
// Nearly every record holds a cleaned document: boxing it would cost an allocation each and
// save nothing.
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    /// It was cleaned (its text may still be withheld by a filter: see
    /// [`Document::withheld`]).
    Cleaned(Document),
    /// It is not a document to clean, for this reason (a picture in a web archive); it has no
    /// text.
    Skipped(String),
    /// It could not be read or cleaned.
    Failed(Error),
}

impl Record {
    /// The record of a document: what became of it, and what its input said of it.
    pub(crate) fn new(identity: Identity, outcome: Outcome, given_kind: Option<Kind>) -> Record {
        Record {
            source: identity.source,
            id: identity.id,
            url: identity.url,
            outcome,
            fields: identity.fields,
            truncated: None,
            given_kind,
        }
    }

    /// The cleaned document, if it was cleaned.
    pub fn document(&self) -> Option<&Document> {
        match &self.outcome {
            Outcome::Cleaned(doc) => Some(doc),
            _ => None,
        }
    }

    /// Why the document could not be cleaned, if it failed.
    pub fn error(&self) -> Option<&Error> {
        match &self.outcome {
            Outcome::Failed(error) => Some(error),
            _ => None,
        }
    }

    /// Why the document was skipped, if it was.
    pub fn skipped(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Skipped(reason) => Some(reason),
            _ => None,
        }
    }

    /// Whether the document was cleaned as HTML or text; for one that was not, the kind it
    /// was given as, if any.
    pub fn kind(&self) -> Option<Kind> {
        match &self.outcome {
            Outcome::Cleaned(doc) => Some(doc.kind),
            _ => self.given_kind,
        }
    }
}

impl Cleaner {
    /// Cleans a stream of inputs on every core: one [`Record`] per input, in input order, with
    /// site chrome learned across them as the options say. See [`Batch`].
    pub fn batch<I: IntoIterator<Item = Input>>(&self, inputs: I) -> Batch<I::IntoIter> {
        Batch::new(self.clone(), inputs.into_iter())
    }
}

/// The records of a stream of inputs, in input order; made by [`Cleaner::batch`].
///
/// Each input yields exactly one record: a document that cannot be read or cleaned gets one
/// with its error, and the batch goes on. With [`Options::with_site_chrome`] (the default),
/// lines that recur on many pages of one site are removed from each (see the crate's
/// documentation); a batch of one document is never changed by it.
///
/// ```
/// use dechrome::{Cleaner, Input};
///
/// let about = "We are two friends who love to cook at home, and we write here every week about it.";
/// let inputs = ["tomatoes", "beans", "leeks", "plums"].map(|food| {
///     let dump = format!("{about}\nThe market was full of ripe {food} today, so we made a soup that the children ate to the last drop.\n");
///     Input::new(food, dump.into_bytes()).with_url(format!("https://cooking.example/{food}"))
/// });
/// let records: Vec<_> = Cleaner::default().batch(inputs).collect();
/// assert_eq!(records.len(), 4);
/// let doc = records[0].document().unwrap();
/// assert!(doc.text.starts_with("The market was full of ripe tomatoes"), "the line every page repeats is gone");
/// ```
///
/// [`Options::with_site_chrome`]: crate::Options::with_site_chrome
pub struct Batch<I> {
    cleaner: Cleaner,
    inputs: std::iter::Fuse<I>,
    sites: SiteChrome,
    ready: std::vec::IntoIter<Record>,
    pool: Option<rayon::ThreadPool>,
    started: bool,
}

impl<I> std::fmt::Debug for Batch<I> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batch")
            .field("cleaner", &self.cleaner)
            .finish_non_exhaustive()
    }
}

impl<I: Iterator<Item = Input>> Batch<I> {
    fn new(cleaner: Cleaner, inputs: I) -> Batch<I> {
        Batch {
            cleaner,
            inputs: inputs.fuse(),
            sites: SiteChrome::new(),
            ready: Vec::new().into_iter(),
            pool: None,
            started: false,
        }
    }

    /// The records cleaned already and not given out yet, without cleaning more: for a caller
    /// that stops before the end and keeps what is done.
    pub fn take_cleaned(&mut self) -> Vec<Record> {
        std::mem::take(&mut self.ready).collect()
    }

    /// The next inputs to clean together: up to a window's documents, or its bytes.
    fn next_window(&mut self) -> Vec<Input> {
        let mut window = Vec::new();
        let mut bytes = 0;
        while window.len() < DOCUMENTS_PER_WINDOW && bytes < BYTES_PER_WINDOW {
            let Some(input) = self.inputs.next() else {
                break;
            };
            bytes += input.held_bytes();
            window.push(input);
        }
        window
    }

    /// Cleans the next window of inputs.
    fn clean_window(&mut self, window: Vec<Input>) -> Vec<Record> {
        // One document alone has no site to learn from.
        let alone = !self.started && window.len() == 1;
        self.started = true;
        let learn = self.cleaner.options().site_chrome() && !alone;
        // A pool of its own only when a number of threads is asked for, and only once there is
        // more than one document to share out (a caller cleaning one page at a time starts no
        // threads); if the system refuses one, rayon's global pool does the work.
        let threads = self.cleaner.options().threads();
        if self.pool.is_none() && threads > 0 && window.len() > 1 {
            self.pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().ok();
        }
        let cleaner = &self.cleaner;
        let sites = &mut self.sites;
        let work = move || {
            let clean = |input| clean_one(cleaner, input, learn);
            // One document is cleaned on the caller's thread: no pool is woken for it.
            let mut cleaned: Vec<Cleaned> = match window.len() {
                1 => window.into_iter().map(clean).collect(),
                _ => window.into_par_iter().map(clean).collect(),
            };
            if learn {
                // Learned in input order, then removed: the same result on any number of threads.
                for c in &cleaned {
                    if let (Some(site), Some(prints)) = (&c.site, &c.prints) {
                        sites.learn(site, &prints.page);
                    }
                }
                let sites = &*sites;
                cleaned.par_iter_mut().for_each(|c| {
                    if let (Some(site), Some(prints), Outcome::Cleaned(doc)) =
                        (&c.site, &c.prints, &mut c.record.outcome)
                    {
                        cleaner.remove_site_chrome(sites, site, &prints.document, doc);
                    }
                });
            }
            cleaned.into_iter().map(|c| c.record).collect()
        };
        match &self.pool {
            Some(pool) => pool.install(work),
            None => work(),
        }
    }
}

impl<I: Iterator<Item = Input>> Iterator for Batch<I> {
    type Item = Record;

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(record) = self.ready.next() {
                return Some(record);
            }
            let window = self.next_window();
            if window.is_empty() {
                return None;
            }
            self.ready = self.clean_window(window).into_iter();
        }
    }
}

/// A record, with the site its document is counted with and what its page showed.
struct Cleaned {
    record: Record,
    /// The page's URL's host, else the input's own site.
    site: Option<String>,
    /// The fingerprints of the page's text and of its document's lines, when the batch learns
    /// site chrome.
    prints: Option<PagePrints>,
}

/// Reads and cleans one input; never fails, never panics the batch: every failure becomes the
/// record's error here.
fn clean_one(cleaner: &Cleaner, mut input: Input, learn: bool) -> Cleaned {
    let given_kind = input.kind();
    let max_bytes = cleaner.options().max_bytes();
    let (outcome, prints, truncated) = match input.take_content(max_bytes) {
        Ok(Content { bytes, truncated }) => {
            let hints = input.hints();
            let (outcome, prints) = match std::panic::catch_unwind(|| cleaner.clean_in_batch(&bytes, &hints, learn)) {
                Ok(Ok((doc, prints))) => (Outcome::Cleaned(doc), prints),
                Ok(Err(error)) => (Outcome::Failed(error), None),
                Err(_) => (Outcome::Failed(Error::Internal), None),
            };
            (outcome, prints, truncated)
        }
        Err(Taken::Failed(error)) => (Outcome::Failed(error), None, None),
        Err(Taken::Skipped(reason)) => (Outcome::Skipped(reason), None, None),
    };
    // A page is counted with the site its own URL names, else the one it was fetched from,
    // else the one its input gives (a file's directory).
    let site = match &outcome {
        Outcome::Cleaned(doc) => doc
            .canonical_url
            .as_deref()
            .or(doc.url.as_deref())
            .and_then(site_of)
            .or_else(|| input.site().map(str::to_string)),
        _ => None,
    };
    Cleaned {
        record: Record {
            truncated,
            ..Record::new(input.take_identity(), outcome, given_kind)
        },
        site,
        prints,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Options, Withheld};

    const ABOUT: &str = "We are two friends who love to cook at home, and we write here every week about what we made and what we learned on the way.";

    /// Four pages of one site: the line every page repeats, then a line of each page's own.
    fn pages(own: impl Fn(&str) -> String) -> Vec<Input> {
        ["tomatoes", "beans", "leeks", "plums"]
            .iter()
            .map(|food| {
                let dump = format!("{ABOUT}\n{}\n", own(food));
                Input::new(*food, dump.into_bytes()).with_url(format!("https://cooking.example/{food}"))
            })
            .collect()
    }

    fn texts(options: Options, inputs: Vec<Input>) -> Vec<String> {
        Cleaner::new(options)
            .batch(inputs)
            .map(|r| r.document().unwrap().text.clone())
            .collect()
    }

    #[test]
    fn what_every_page_of_a_site_repeats_goes() {
        let soup = |food: &str| {
            format!(
                "The market was full of ripe {food} today, so we made a soup that the children ate to the last drop."
            )
        };
        let cleaned = texts(Options::default(), pages(soup));
        assert_eq!(cleaned, ["tomatoes", "beans", "leeks", "plums"].map(soup));
        let kept = texts(Options::default().with_site_chrome(false), pages(soup));
        assert!(kept.iter().all(|t| t.starts_with(ABOUT)), "{kept:?}");
    }

    #[test]
    fn a_page_left_too_short_by_site_chrome_is_withheld() {
        // Each page keeps "Soup of <food>." alone: 17 characters for tomatoes, 14 for the others.
        let records: Vec<Record> = Cleaner::new(Options::default().with_min_chars(15))
            .batch(pages(|food| format!("Soup of {food}.")))
            .collect();
        let withheld: Vec<Option<Withheld>> = records.iter().map(|r| r.document().unwrap().withheld).collect();
        assert_eq!(
            withheld,
            [
                None,
                Some(Withheld::MinChars),
                Some(Withheld::MinChars),
                Some(Withheld::MinChars)
            ]
        );
        let kept = records[0].document().unwrap();
        assert_eq!(kept.text, "Soup of tomatoes.");
        assert!(records[1].document().unwrap().text.is_empty());
        let exactly: Vec<Record> = Cleaner::new(Options::default().with_min_chars(14))
            .batch(pages(|food| format!("Soup of {food}.")))
            .collect();
        assert!(
            exactly.iter().all(|r| r.document().unwrap().withheld.is_none()),
            "the minimum is inclusive"
        );
    }

    #[test]
    fn a_last_window_of_one_page_still_loses_its_site_s_chrome() {
        // Numbers are all alike to site chrome: each page's own line has a word of letters.
        let word = |i: usize| {
            format!(
                "{}{}",
                char::from(b'a' + (i / 26 % 26) as u8),
                char::from(b'a' + (i % 26) as u8)
            )
        };
        let own = |i: usize| {
            format!(
                "Page {}{}: the market was full of ripe fruit today.",
                word(i / 676),
                word(i)
            )
        };
        let inputs: Vec<Input> = (0..=DOCUMENTS_PER_WINDOW)
            .map(|i| {
                let dump = format!("{ABOUT}\n{}\n", own(i));
                Input::new(i.to_string(), dump.into_bytes()).with_site("cooking")
            })
            .collect();
        let options = Options::default().with_language_detection(false);
        let last = texts(options, inputs).pop().unwrap();
        assert_eq!(last, own(DOCUMENTS_PER_WINDOW));
    }

    #[test]
    fn a_window_ends_at_its_documents_or_its_bytes() {
        let sizes = |inputs: Vec<Input>| {
            let mut batch = Cleaner::default().batch(inputs);
            std::iter::from_fn(|| Some(batch.next_window().len()).filter(|&n| n > 0)).collect::<Vec<_>>()
        };
        let small = (0..DOCUMENTS_PER_WINDOW + 1)
            .map(|i| Input::new(i.to_string(), vec![b'a'; 10]))
            .collect();
        assert_eq!(sizes(small), [DOCUMENTS_PER_WINDOW, 1]);
        let mib = 1 << 20;
        let per_window = BYTES_PER_WINDOW / mib;
        let large = (0..per_window + 1)
            .map(|i| Input::new(i.to_string(), vec![b'a'; mib]))
            .collect();
        assert_eq!(sizes(large), [per_window, 1], "a window holds up to its bytes");
    }

    #[test]
    fn a_batch_says_what_it_is() {
        let batch = Cleaner::new(Options::default().with_min_chars(7)).batch(Vec::new());
        assert!(format!("{batch:?}").contains("min_chars: 7"));
    }

    #[test]
    fn records_come_in_input_order_whatever_the_threads() {
        let inputs = |n: usize| -> Vec<Input> {
            (0..n)
                .map(|i| {
                    if i % 7 == 3 {
                        Input::new(format!("{i}"), Vec::new())
                    } else {
                        Input::new(format!("{i}"), format!("Document number {i} says hello.").into_bytes())
                    }
                })
                .collect()
        };
        let n = DOCUMENTS_PER_WINDOW + 40;
        // Order is all this looks at: language detection would only take time.
        let options = Options::default().with_language_detection(false);
        let one: Vec<Record> = Cleaner::new(options.clone().with_threads(1)).batch(inputs(n)).collect();
        let three: Vec<Record> = Cleaner::new(options.with_threads(3)).batch(inputs(n)).collect();
        assert_eq!(one.len(), n);
        for (i, (a, b)) in one.iter().zip(&three).enumerate() {
            assert_eq!(a.source, i.to_string());
            assert_eq!(b.source, i.to_string());
            match (&a.outcome, &b.outcome) {
                (Outcome::Cleaned(x), Outcome::Cleaned(y)) => assert_eq!(x, y),
                (Outcome::Failed(Error::Empty), Outcome::Failed(Error::Empty)) => assert_eq!(i % 7, 3),
                other => panic!("{i}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_failed_input_keeps_its_given_kind() {
        let gone = std::io::Error::new(std::io::ErrorKind::NotFound, "gone");
        let inputs = vec![Input::unreadable("a.html", gone.into()).with_kind(Kind::Html)];
        let record = Cleaner::default().batch(inputs).next().unwrap();
        assert_eq!(record.kind(), Some(Kind::Html));
        assert!(matches!(record.error(), Some(Error::Io { .. })));
        assert!(record.document().is_none() && record.skipped().is_none());
    }

    #[test]
    fn a_record_keeps_what_its_input_said_of_the_document() {
        let mut fields = Fields::new();
        fields.insert("shard".into(), "a-17".into());
        let page = b"<p>The line closed in 2009, after years of losses, and it opens again this spring.</p>".to_vec();
        let inputs = vec![
            Input::new("crawl.warc:1", page)
                .with_id("doc-1")
                .with_url("https://trains.example/line")
                .with_fields(fields.clone()),
            Input::skipped("crawl.warc:2", "not a web page: image/png")
                .with_id("doc-2")
                .with_kind(Kind::Html),
        ];
        let records: Vec<Record> = Cleaner::default().batch(inputs).collect();
        let cleaned = &records[0];
        assert_eq!(
            (cleaned.source.as_str(), cleaned.id.as_deref(), cleaned.url.as_deref()),
            ("crawl.warc:1", Some("doc-1"), Some("https://trains.example/line"))
        );
        assert_eq!(cleaned.fields.as_ref(), Some(&fields));
        let doc = cleaned.document().unwrap();
        assert!(doc.text.starts_with("The line closed"));
        assert_eq!(doc.url.as_deref(), Some("https://trains.example/line"));
        let skipped = &records[1];
        assert_eq!(skipped.skipped(), Some("not a web page: image/png"));
        assert_eq!(
            (skipped.id.as_deref(), skipped.kind()),
            (Some("doc-2"), Some(Kind::Html))
        );
        assert!(skipped.error().is_none() && skipped.document().is_none());
    }

    #[test]
    fn a_document_over_the_limit_fails_alone() {
        let inputs = vec![Input::new("big", vec![b'a'; 101]), Input::new("small", vec![b'a'; 100])];
        let records: Vec<Record> = Cleaner::new(Options::default().with_max_bytes(100))
            .batch(inputs)
            .collect();
        assert!(matches!(records[0].error(), Some(Error::TooLarge { limit: 100 })));
        assert_eq!(records[1].document().unwrap().text, "a".repeat(100));
    }
}
