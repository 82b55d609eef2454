//! gzip and zstd streams through the file reader, by a stream's name (`.gz`, `.zst`) or its
//! first bytes, holding one document, JSON Lines or a web archive. The first byte picks the
//! name and whether the rest is taken as compressed already or compressed here first (and
//! then perhaps cut short, or, for gzip, given as two members), so that the fuzzer reaches
//! both broken streams and what valid ones hold.
#![no_main]

use dechrome::input::Files;
use dechrome::Cleaner;
use dechrome_fuzz::{check_record, options, MAX_BYTES};
use libfuzzer_sys::fuzz_target;
use std::io::{Cursor, Write};

/// Stream names, each with whether its bytes are zstd (else gzip).
const NAMES: [(&str, bool); 8] = [
    ("page.html.gz", false),
    ("dump.txt.zst", true),
    ("docs.jsonl.gz", false),
    ("crawl.warc.gz", false),
    ("crawl.wet.zst", true),
    ("stream", false),
    ("stream", true),
    ("docs.ndjson.zst", true),
];

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(bytes, 1).expect("compressing in memory")
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let (name, is_zstd) = NAMES[usize::from(mode & 7)];
    let bytes = if mode & 8 == 0 {
        rest.to_vec()
    } else {
        let mut compressed = if is_zstd { zstd(rest) } else { gzip(rest) };
        if mode & 0x10 != 0 && !is_zstd {
            // A second member: the reader reads every member.
            let half = rest.len() / 2;
            compressed = [gzip(&rest[..half]), gzip(&rest[half..])].concat();
        }
        if mode & 0x20 != 0 {
            // Cut short, by as many bytes as the input's length says.
            let cut = rest.len() % 17 + 1;
            compressed.truncate(compressed.len().saturating_sub(cut));
        }
        compressed
    };
    let options = options(mode >> 6);
    let form = options.normalization();
    let inputs = Files::from_reader(name, Cursor::new(bytes)).with_max_bytes(MAX_BYTES);
    for record in Cleaner::new(options).batch(inputs) {
        check_record(&record, form);
    }
});
