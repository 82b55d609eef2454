//! Throughput of whole-document cleaning on the bundled samples, in bytes per second, and of
//! the normalisation stage alone.
//!
//! `cargo bench` runs it; compare runs on the same machine, with nothing else busy.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dechrome::{Cleaner, Hints, Normalization};
use std::fs;
use std::path::Path;

fn samples() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
    let mut out: Vec<(String, Vec<u8>)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "html"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                fs::read(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn whole_documents(c: &mut Criterion) {
    let cleaner = Cleaner::default();
    let mut group = c.benchmark_group("clean");
    for (name, bytes) in samples() {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(&name, |b| b.iter(|| cleaner.clean(&bytes, &Hints::default()).unwrap()));
    }
    group.finish();
}

fn normalisation(c: &mut Criterion) {
    let text: String = samples()
        .into_iter()
        .map(|(_, b)| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let mut group = c.benchmark_group("normalize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("nfc", |b| b.iter(|| dechrome::normalize(&text, Normalization::Nfc)));
    group.finish();
}

criterion_group!(benches, whole_documents, normalisation);
criterion_main!(benches);
