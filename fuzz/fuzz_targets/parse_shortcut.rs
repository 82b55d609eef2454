//! The parser's shortcut for simple markup against html5ever's tokenizer: any text parses into
//! the same tree whether the shortcut reads its plain tags, text, comments and references or
//! the tokenizer reads them all.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    if let Err((read, tokenized)) = dechrome::stages::simple_markup_read_alike(&html) {
        panic!("{html:?} parses differently:\n read by the shortcut: {read}\n tokenized: {tokenized}");
    }
});
