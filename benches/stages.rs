//! Where a document's time goes: the throughput of whole-document cleaning and of each stage
//! alone, in bytes of input per second, over real pages.
//!
//! The pages are the 76 of the quality gate (`tests/quality/`, 3.3 MB of HTML); the dumps are
//! the same pages as plain-text dumps (`benches/dumps/`). Every stage is timed over all of them
//! and credited with the bytes of the whole input, so that the figures add up: a stage at
//! 200 MB/s in a document cleaned at 50 MB/s takes a quarter of its time.
//!
//! `cargo bench --bench stages` runs it; compare runs on one machine with nothing else busy.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dechrome::{stages, Cleaner, Hints, Kind, Normalization};
use flate2::read::GzDecoder;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The decompressed files under `dir` (recursively) whose names end with `suffix`, sorted.
fn files(dir: &Path, suffix: &str) -> Vec<Vec<u8>> {
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.to_string_lossy().ends_with(suffix) {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let mut out = Vec::new();
            GzDecoder::new(fs::File::open(p).unwrap())
                .read_to_end(&mut out)
                .unwrap();
            out
        })
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn total(docs: &[Vec<u8>]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

fn html(c: &mut Criterion) {
    let pages = files(&root().join("tests/quality"), ".html.gz");
    let texts: Vec<String> = pages.iter().map(|p| stages::decode(p)).collect();
    let parsed: Vec<stages::Parsed> = texts.iter().map(|t| stages::parse(t)).collect();
    let walk_all = || parsed.iter().map(stages::walk).collect::<Vec<_>>();
    let walked = walk_all();
    let cleaner = Cleaner::default();
    let hints = Hints::default().with_kind(Kind::Html);
    let documents = || {
        pages
            .iter()
            .map(|p| cleaner.clean(p, &hints).unwrap())
            .collect::<Vec<_>>()
    };
    let articles: Vec<String> = documents().into_iter().map(|d| d.text).collect();

    let mut group = c.benchmark_group("html");
    group.throughput(Throughput::Bytes(total(&pages)));
    group.sample_size(10);
    group.bench_function("whole document", |b| b.iter(documents));
    group.bench_function("decode", |b| {
        b.iter(|| pages.iter().map(|p| stages::decode(p).len()).sum::<usize>())
    });
    group.bench_function("parse", |b| {
        b.iter(|| texts.iter().map(|t| stages::parse(t)).collect::<Vec<_>>())
    });
    group.bench_function("walk", |b| b.iter(walk_all));
    group.bench_function("select", |b| {
        b.iter(|| walked.iter().map(stages::select).sum::<usize>())
    });
    group.bench_function("after the walk", |b| {
        b.iter_batched(
            walk_all,
            |w| w.into_iter().map(stages::extract).sum::<usize>(),
            BatchSize::LargeInput,
        )
    });
    group.bench_function("language", |b| {
        b.iter(|| articles.iter().filter_map(|a| stages::language(a)).count())
    });
    group.bench_function("render", |b| {
        b.iter_batched(
            documents,
            |docs| docs.into_iter().map(|d| stages::render(d).len()).sum::<usize>(),
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn text(c: &mut Criterion) {
    let dumps = files(&root().join("benches/dumps"), ".txt.gz");
    let texts: Vec<String> = dumps.iter().map(|d| stages::decode(d)).collect();
    let cleaner = Cleaner::default();
    let hints = Hints::default().with_kind(Kind::Text);

    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(total(&dumps)));
    group.sample_size(10);
    group.bench_function("whole document", |b| {
        b.iter(|| {
            dumps
                .iter()
                .map(|d| cleaner.clean(d, &hints).unwrap().text.len())
                .sum::<usize>()
        })
    });
    group.bench_function("decode", |b| {
        b.iter(|| dumps.iter().map(|d| stages::decode(d).len()).sum::<usize>())
    });
    group.bench_function("normalize", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| dechrome::normalize(t, Normalization::Nfc).len())
                .sum::<usize>()
        })
    });
    group.bench_function("text stage", |b| {
        b.iter(|| texts.iter().map(|t| stages::text(t)).sum::<usize>())
    });
    group.bench_function("language", |b| {
        b.iter(|| texts.iter().filter_map(|t| stages::language(t)).count())
    });
    group.finish();
}

criterion_group!(benches, html, text);
criterion_main!(benches);
