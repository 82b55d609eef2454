//! `Cleaner::clean_html` on any bytes; the first byte picks the options and the URL.
#![no_main]

use dechrome::Cleaner;
use dechrome_fuzz::{check, hints, options, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, page) = split(data);
    let options = options(flags);
    let form = options.normalization();
    if let Ok(doc) = Cleaner::new(options).clean_html(page, &hints(flags >> 5)) {
        check(&doc, form);
    }
});
