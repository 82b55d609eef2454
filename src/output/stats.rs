//! A run's summary: how many documents went in, and what became of them.

use crate::{Outcome, Record};
use std::collections::BTreeMap;

/// What became of the documents of a run, counted record by record with [`Stats::add`].
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Stats {
    /// Documents in: one per record.
    pub documents: usize,
    /// Documents cleaned, those withheld included.
    pub cleaned: usize,
    /// Documents skipped, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Documents that failed, by kind of error ([`Error::code`](crate::Error::code)).
    pub failed: BTreeMap<&'static str, usize>,
    /// Documents whose compressed input was cut short or broken part way, cleaned from what
    /// could be read.
    pub truncated: usize,
    /// Documents cleaned whose text a filter withheld, by filter.
    pub withheld: BTreeMap<&'static str, usize>,
    /// Documents cleaned, by language (`und` when it could not be told).
    pub languages: BTreeMap<&'static str, usize>,
    /// Bytes of the documents cleaned, decompressed.
    pub bytes_in: usize,
    /// Bytes of the text kept (and of comments, when kept).
    pub bytes_out: usize,
    /// Seconds the run took, as the caller measured them.
    pub seconds: f64,
    /// The signal that stopped the run before its end (`SIGINT`, `SIGTERM`), if one did.
    pub interrupted: Option<&'static str>,
    /// When the run was stopped: the source of the last record written, after which it
    /// stopped.
    pub last_source: Option<String>,
}

impl Stats {
    /// Counts one record.
    pub fn add(&mut self, record: &Record) {
        self.documents += 1;
        self.truncated += usize::from(record.truncated.is_some());
        match &record.outcome {
            Outcome::Cleaned(doc) => {
                self.cleaned += 1;
                self.bytes_in += doc.counts.input_bytes;
                self.bytes_out += doc.text.len() + doc.comments.as_ref().map_or(0, String::len);
                if let Some(withheld) = doc.withheld {
                    *self.withheld.entry(withheld.as_str()).or_default() += 1;
                }
                let lang = doc.lang.as_ref().map_or("und", |l| l.code);
                *self.languages.entry(lang).or_default() += 1;
            }
            Outcome::Skipped(reason) => *self.skipped.entry(reason.clone()).or_default() += 1,
            Outcome::Failed(error) => *self.failed.entry(error.code()).or_default() += 1,
        }
    }

    /// How many documents failed.
    pub fn failures(&self) -> usize {
        self.failed.values().sum()
    }

    /// How many documents had their text withheld.
    pub fn withheld_count(&self) -> usize {
        self.withheld.values().sum()
    }
}
