//! The WARC and WET reader on any bytes: every record read, and each document the reader
//! yields cleaned by a batch and written as JSON Lines, as the command does.
#![no_main]

use dechrome::input::Warc;
use dechrome::Cleaner;
use dechrome_fuzz::{check_record, options, split, MAX_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, archive) = split(data);
    let options = options(flags);
    let form = options.normalization();
    // A small limit too, so that records over it are passed over.
    let max_bytes = if flags & 0x80 != 0 { 64 } else { MAX_BYTES };
    let inputs = Warc::new("fuzz.warc", archive).with_max_bytes(max_bytes);
    for record in Cleaner::new(options).batch(inputs) {
        check_record(&record, form);
    }
});
