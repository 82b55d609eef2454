//! The JSON Lines reader on any bytes: every line read, and each document it holds cleaned
//! by a batch and written as JSON Lines, as the command does.
#![no_main]

use dechrome::input::{JsonFields, JsonLines};
use dechrome::Cleaner;
use dechrome_fuzz::{check_record, options, split, MAX_BYTES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, stream) = split(data);
    let options = options(flags);
    let form = options.normalization();
    let fields = if flags & 0x20 != 0 {
        JsonFields {
            html: "content".into(),
            text: "content".into(),
            id: "url".into(),
            url: "id".into(),
        }
    } else {
        JsonFields::default()
    };
    // A small limit too, so that lines over it are passed over.
    let max_bytes = if flags & 0x80 != 0 { 32 } else { MAX_BYTES };
    let inputs = JsonLines::new("fuzz.jsonl", stream, fields).with_max_bytes(max_bytes);
    for record in Cleaner::new(options).batch(inputs) {
        check_record(&record, form);
    }
});
