//! The samples: each cleaned output must equal its reviewed expected output, and the seeds'
//! acceptance checks must hold line by line.

mod util;

use dechrome::{Cleaner, Hints};
use std::fs;
use util::{sample, sample_starting};

fn clean_file(path: &std::path::Path) -> dechrome::Document {
    let bytes = fs::read(path).unwrap();
    Cleaner::default().clean(&bytes, &Hints::default()).unwrap()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

#[test]
fn every_sample_matches_its_expected_output() {
    let dir = sample("");
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.ends_with(".txt") || name.ends_with(".html")) {
            continue;
        }
        let expected_path = dir.join("expected").join(format!(
            "{}.txt",
            name.trim_end_matches(".txt").trim_end_matches(".html")
        ));
        let expected =
            fs::read_to_string(&expected_path).unwrap_or_else(|_| panic!("{} exists", expected_path.display()));
        let doc = clean_file(&path);
        assert_eq!(lines(&doc.text), lines(&expected), "{name}");
        checked += 1;
    }
    assert!(checked >= 6, "all samples were checked ({checked})");
}

/// Non-empty lines of a sample, as the cleaner sees them (spaces normalised).
fn input_lines(prefix: &str) -> Vec<String> {
    let text = fs::read_to_string(sample_starting(prefix)).unwrap();
    dechrome::normalize(&text, dechrome::Normalization::Nfc)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn clean_seeds_are_kept_whole_their_headline_as_the_title() {
    for prefix in ["000_", "003_"] {
        let doc = clean_file(&sample_starting(prefix));
        let input = input_lines(prefix);
        assert_eq!(doc.title.as_deref(), Some(input[0].as_str()), "{prefix}");
        assert_eq!(lines(&doc.text), input[1..], "{prefix}");
        assert_eq!(doc.lang.unwrap().code, "en");
    }
}

#[test]
fn foreign_chrome_around_an_english_article_goes() {
    let doc = clean_file(&sample_starting("001_"));
    let kept = lines(&doc.text);
    for line in input_lines("001_") {
        let is_chrome = !line.chars().any(|c| c.is_ascii_alphabetic())
            || line.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
            || line.starts_with("(Image credit")
            || !line.contains(' ');
        assert_eq!(kept.contains(&line.as_str()), !is_chrome, "{line}");
    }
    assert_eq!(doc.lang.unwrap().code, "en");
}

#[test]
fn disclosure_and_comment_form_go_while_the_memo_stays() {
    let doc = clean_file(&sample_starting("002_"));
    let kept = lines(&doc.text);
    let gone = |start: &str| !kept.iter().any(|l| l.starts_with(start));
    assert!(gone("Reading time"));
    assert!(gone("Readers help support"));
    assert!(gone("Read our disclosure page"));
    assert!(gone("Leave a Reply"));
    assert!(gone("Your email address will not be published"));
    for short in [
        "Read the full internal memo below:",
        "From: Daniel Rausch",
        "Team,",
        "-Daniel",
    ] {
        assert!(kept.contains(&short), "{short}");
    }
    assert!(kept.iter().any(|l| l.starts_with("Subject: ")));
    assert_eq!(
        doc.title.as_deref(),
        Some("Amazon layoffs continue as company switches its focus to generative AI, internal memo says"),
        "the headline, though chrome follows it"
    );
    let paragraphs = input_lines("002_").into_iter().filter(|l| l.len() > 200).count();
    assert_eq!(kept.iter().filter(|l| l.len() > 200).count(), paragraphs);
}

#[test]
fn headings_and_list_items_stay_and_the_call_to_action_goes() {
    let doc = clean_file(&sample_starting("004_"));
    let kept = lines(&doc.text);
    let input = input_lines("004_");
    assert_eq!(kept.last().copied(), input.iter().rev().nth(1).map(String::as_str));
    assert!(!kept.iter().any(|l| l.starts_with("Follow for updates")));
    let items: Vec<&String> = input.iter().filter(|l| l.starts_with("– ")).collect();
    assert_eq!(items.len(), 4);
    assert_eq!(doc.title.as_deref(), Some(input[0].as_str()));
    for line in input[1..].iter().filter(|l| !l.starts_with("Follow for updates")) {
        assert!(kept.contains(&line.as_str()), "{line}");
    }
}

#[test]
fn the_html_sample_loses_its_chrome() {
    let doc = clean_file(&sample("article.html"));
    assert_eq!(doc.title.as_deref(), Some("Night trains return to the valley line"));
    assert_eq!(
        doc.canonical_url.as_deref(),
        Some("https://gazette.example/transport/night-trains-return")
    );
    for chrome in [
        "cookies",
        "Home",
        "Share on",
        "Photo:",
        "Related",
        "Most read",
        "rights reserved",
        "By A. Writer",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome}");
    }
    for kept in ["Why now", "Cabins for two or four people", "“People have asked us"] {
        assert!(doc.text.contains(kept), "{kept}");
    }
    assert!(
        !doc.text.contains("Night trains return"),
        "the title is kept out of the text"
    );
}
