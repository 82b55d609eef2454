//! Prints what the page-type model weighs of each HTML page in a folder, one JSON object a
//! line (`{"id": …, "features": {…}}`), for `benches/train_page_types.py` to learn from.
//!
//!     cargo run --release --example page_type_features -- ../shared/bench/wcxb/html > features.jsonl

use std::io::{Read, Write};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let folder = std::env::args().nth(1).ok_or("usage: page_type_features FOLDER")?;
    let mut paths: Vec<_> = std::fs::read_dir(&folder)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.to_str()
                .is_some_and(|s| s.ends_with(".html") || s.ends_with(".html.gz"))
        })
        .collect();
    paths.sort();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for path in paths {
        let html = dechrome::stages::decode(&read(&path)?);
        let walked = dechrome::stages::walk(&dechrome::stages::parse(&html));
        let features = dechrome::stages::page_type_features(walked, None);
        let id = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let id = id.split('.').next().unwrap_or_default();
        let record = serde_json::json!({
            "id": id,
            "features": features
                .into_iter()
                .map(|(name, value)| (name.to_string(), serde_json::Value::from(value)))
                .collect::<serde_json::Map<_, _>>(),
        });
        writeln!(out, "{record}")?;
    }
    Ok(())
}

/// A file's bytes, gunzipped when its name says so.
fn read(path: &Path) -> std::io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    if path.extension().is_some_and(|e| e == "gz") {
        let mut inflated = Vec::new();
        flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut inflated)?;
        Ok(inflated)
    } else {
        Ok(bytes)
    }
}
