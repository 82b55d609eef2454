#![doc = include_str!("../README.md")]

mod batch;
mod classify;
mod cleaner;
mod deadline;
mod decode;
mod document;
mod error;
mod extract;
mod html;
pub mod input;
mod lang;
mod lexicon;
mod markdown;
mod mojibake;
mod normalize;
mod options;
pub mod output;
mod site;
#[doc(hidden)]
pub mod stages;
mod text;
mod titles;
mod units;
mod wordlist;

pub use batch::{Batch, Outcome, Record};
pub use cleaner::Cleaner;
pub use document::{Block, BlockKind, Counts, Document, Kind, Language, PageType, Withheld};
pub use error::Error;
pub use input::Input;
pub use normalize::normalize;
pub use options::{Hints, Normalization, Options, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT};
pub use site::site_of;
