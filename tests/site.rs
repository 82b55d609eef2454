//! Site chrome learned across documents: a small blog whose sidebar, newsletter call and
//! disclaimer read like prose on every page, so no page alone gives them away.

mod util;

use std::path::{Path, PathBuf};
use util::{dechrome, records};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// Lines of prose that every page of the blog repeats.
const SIDEBAR: &str = "I am a retired teacher who has spent the last twenty years";
const DISCLAIMER: &str = "All the advice on this blog comes from my own plot";
const NEWSLETTER: &str = "If you would like to know when a new post goes up";

fn texts(args: &[&str]) -> Vec<String> {
    let output = dechrome(args, b"");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    records(&output)
        .iter()
        .map(|r| r["text"].as_str().expect("every record has a text").to_string())
        .collect()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

#[test]
fn one_page_alone_keeps_what_looks_like_prose() {
    let page = fixture("site/1.txt");
    let text = texts(&["--format", "jsonl", arg(&page)]).remove(0);
    assert!(text.contains(SIDEBAR) && text.contains(NEWSLETTER), "{text}");
}

#[test]
fn two_pages_of_a_site_are_enough_and_the_same_page_twice_is_not() {
    let (one, two) = (fixture("site/1.txt"), fixture("site/2.txt"));
    for text in texts(&["--format", "jsonl", arg(&one), arg(&two)]) {
        assert_eq!(text.lines().count(), 3, "the article's three paragraphs: {text}");
        assert!(!text.contains(SIDEBAR) && !text.contains(NEWSLETTER), "{text}");
    }
    let twice = texts(&["--format", "jsonl", arg(&one), arg(&one)]);
    assert!(twice[1].starts_with("This year half of my leeks"), "{}", twice[1]);
    assert!(twice[1].contains(SIDEBAR), "nothing is learned from a page seen again");
}

#[test]
fn a_batch_of_one_site_drops_what_recurs_and_keeps_each_article() {
    let dir = fixture("site");
    let cleaned = texts(&[arg(&dir)]);
    assert_eq!(cleaned.len(), 5);
    let articles = [
        "This year half of my leeks",
        "Broad beans sown in November",
        "For years my compost heap",
        "Saving your own tomato seed",
        "Every gardener has a theory about slugs",
    ];
    for (text, opening) in cleaned.iter().zip(articles) {
        assert!(text.starts_with(opening), "{text}");
        assert_eq!(
            text.lines().count(),
            3,
            "the three paragraphs of the article stay: {text}"
        );
        for chrome in [SIDEBAR, DISCLAIMER, NEWSLETTER, "Recent posts"] {
            assert!(!text.contains(chrome), "{chrome:?} recurs on every page: {text}");
        }
    }
}

#[test]
fn site_chrome_can_be_switched_off() {
    let dir = fixture("site");
    for text in texts(&["--no-site-chrome", arg(&dir)]) {
        assert!(text.contains(SIDEBAR), "{text}");
    }
}

#[test]
fn learning_does_not_depend_on_threads() {
    let dir = fixture("site");
    assert_eq!(texts(&["-j", "1", arg(&dir)]), texts(&["-j", "3", arg(&dir)]));
}

#[test]
fn html_pages_of_one_host_are_learned_together_across_directories() {
    // Each directory holds at most two pages; their canonical URLs share one host.
    let dir = fixture("site-html");
    let alone = texts(&["--no-site-chrome", arg(&dir)]);
    let together = texts(&[arg(&dir)]);
    assert_eq!(together.len(), 5);
    for (before, after) in alone.iter().zip(&together) {
        assert!(before.contains(DISCLAIMER) && before.contains(NEWSLETTER), "{before}");
        assert!(!after.contains(DISCLAIMER) && !after.contains(NEWSLETTER), "{after}");
        assert_eq!(after.lines().count(), before.lines().count() - 2, "{after}");
    }
}

#[test]
fn lines_of_code_every_page_of_a_site_shows_are_its_content() {
    // Three posts of a blog's tutorial series: each its own prose and example, every example
    // opening with the same import, every post closing with the same call to subscribe. (A
    // manual's pages keep all they share: see the next test.)
    let dir = tempfile::tempdir().unwrap();
    let topics = ["reading files", "writing files", "walking directories"];
    for (i, topic) in topics.iter().enumerate() {
        let prose = format!(
            "This chapter explains {topic}, step by step, with an example you can run as it is, and \
             then the options that change what it does when something goes wrong on the way."
        );
        let page = format!(
            "<html><head><link rel='canonical' href='https://blog.example.org/posts/{i}'>\
             <script type='application/ld+json'>{{\"@type\": \"BlogPosting\"}}</script></head><body>\
             <main><h1>Guide: {topic}</h1><p>{prose}</p><p>{prose} It is part {i} of the guide.</p>\
             <pre><code>import pathlib\nresult = pathlib.Path('data').{}()\n</code></pre>\
             <p>{NEWSLETTER}, leave your address below.</p></main></body></html>",
            ["read_text", "write_text", "iterdir"][i]
        );
        std::fs::write(dir.path().join(format!("{i}.html")), page).unwrap();
    }
    for text in texts(&[dir.path().to_str().unwrap()]) {
        assert!(text.contains("import pathlib"), "{text}");
        assert!(!text.contains(NEWSLETTER), "{text}");
    }
}

#[test]
fn a_manual_s_own_furniture_that_recurs_on_its_pages_stays() {
    // Three reference pages of one manual, each with a note under the same label and the same
    // line of its version history: the manual's own, though every page shows them. The same
    // pages as a blog's posts lose them as the site's.
    let pages = |schema_type: &str| {
        let dir = tempfile::tempdir().unwrap();
        for (i, topic) in ["sockets", "timers", "signals"].iter().enumerate() {
            let prose = format!(
                "This page describes how the runtime handles {topic}, what each call returns, and \
                 which errors a program must be ready for when the system refuses a request."
            );
            let page = format!(
                "<html><head><link rel='canonical' href='https://manual.example.org/ref/{topic}'>\
                 <script type='application/ld+json'>{{\"@type\": \"{schema_type}\"}}</script></head><body>\
                 <main><h1>Reference: {topic}</h1><p>{prose}</p><p>{prose} See part {i}.</p>\
                 <p>Note</p><p>Calls made before the runtime starts fail with an error.</p>\
                 <p>Added in version 2.4 of the runtime.</p></main></body></html>"
            );
            std::fs::write(dir.path().join(format!("{i}.html")), page).unwrap();
        }
        texts(&[dir.path().to_str().unwrap()])
    };
    for text in pages("TechArticle") {
        assert!(
            text.contains("\nNote\n") && text.contains("Added in version 2.4"),
            "{text}"
        );
    }
    for text in pages("BlogPosting") {
        assert!(
            !text.contains("\nNote\n") && !text.contains("Added in version 2.4"),
            "{text}"
        );
    }
}
