//! Decoding: `Cleaner::clean` with the kind sniffed or given and a declared charset, on any
//! bytes. The first byte picks the charset the transport declares, the second the kind and
//! the URL whose top-level domain hints at an encoding; `stages::decode` decodes as the
//! cleaner does with no hints.
#![no_main]

use dechrome::{Cleaner, Hints, Kind};
use dechrome_fuzz::{check, options, split, url};
use libfuzzer_sys::fuzz_target;

/// Labels a transport may declare: WHATWG labels of every family, a label in odd spelling,
/// and ones that name no encoding.
const CHARSETS: [&str; 24] = [
    "utf-8",
    "UTF8",
    " utf-16le ",
    "utf-16be",
    "utf-16",
    "windows-1251",
    "windows-1252",
    "iso-8859-1",
    "latin1",
    "iso-8859-8-i",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "iso-2022-jp",
    "gbk",
    "gb18030",
    "big5",
    "euc-kr",
    "x-user-defined",
    "replacement",
    "macintosh",
    "windows-874",
    "no-such-charset",
    "",
];

fuzz_target!(|data: &[u8]| {
    let (charset, rest) = split(data);
    let (pick, bytes) = split(rest);
    let mut hints = Hints::default();
    if let Some(label) = CHARSETS.get(usize::from(charset)) {
        hints = hints.with_charset(label);
    }
    match pick & 3 {
        1 => hints = hints.with_kind(Kind::Html),
        2 => hints = hints.with_kind(Kind::Text),
        _ => {}
    }
    if let Some(url) = url(pick >> 2) {
        hints = hints.with_url(url);
    }
    let options = options(0).with_language_detection(false);
    let form = options.normalization();
    if let Ok(doc) = Cleaner::new(options).clean(bytes, &hints) {
        check(&doc, form);
    }
    let _ = dechrome::stages::decode(bytes);
});
