//! Text dumps in scripts other than Latin: the article's lines stay and the chrome goes,
//! whether words are separated by spaces (Arabic), by nothing (Chinese, Japanese) or phrases by
//! spaces (Thai). Each dump in tests/fixtures/scripts/ has its article's lines beside it.

use dechrome::{Cleaner, Hints, Kind};
use std::collections::HashSet;
use std::path::Path;

/// The dump's lines kept, and the share of the article's lines among them and of them kept.
fn cleaned(name: &str) -> (Vec<String>, f64, f64) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/scripts");
    let dump = std::fs::read(dir.join(format!("{name}.txt"))).unwrap();
    let article = std::fs::read_to_string(dir.join(format!("{name}.article.txt"))).unwrap();
    let article: HashSet<&str> = article.lines().collect();
    let doc = Cleaner::default()
        .clean(&dump, &Hints::default().with_kind(Kind::Text))
        .unwrap();
    let kept: Vec<String> = doc.text.lines().map(str::to_string).collect();
    let right = kept.iter().filter(|l| article.contains(l.as_str())).count() as f64;
    (
        kept.clone(),
        right / kept.len().max(1) as f64,
        right / article.len() as f64,
    )
}

fn assert_article_kept(name: &str, min_precision: f64) {
    let (kept, precision, recall) = cleaned(name);
    assert_eq!(recall, 1.0, "{name}: every article line stays: {kept:#?}");
    assert!(
        precision >= min_precision,
        "{name}: little chrome stays ({precision:.2}): {kept:#?}"
    );
}

#[test]
fn a_chinese_dump_loses_its_menus_and_keeps_its_article() {
    assert_article_kept("zh", 0.8);
}

#[test]
fn a_japanese_dump_keeps_lines_of_han_characters_among_its_kana() {
    assert_article_kept("ja", 1.0);
}

#[test]
fn a_thai_dump_keeps_its_phrases_spaced_article() {
    assert_article_kept("th", 1.0);
}

#[test]
fn an_arabic_dump_is_cleaned_like_a_latin_one() {
    assert_article_kept("ar", 1.0);
}
