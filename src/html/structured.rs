//! Structured data: what a page declares about itself in its JSON-LD.
//!
//! Its `articleBody` is evidence for the article. Many publishing systems put the whole
//! article text in a schema.org `Article`. It is used as a witness: when the blocks chosen
//! from the page's layout hold little of it while other blocks of the page hold much, the
//! layout misled the choice. It stands in for the article only when the page's markup does
//! not carry the text at all (pages that render their article with scripts), since it loses
//! headings and lists and is sometimes cut short.
//!
//! Its description of the page's main thing (an article, a forum post, a question, else the
//! web page) gives the page's [`Facts`]: authors, dates, publisher, summary.

use super::page::Page;
use super::tuning::{
    BETWEEN_REACH, MATCH_PREFIX_CHARS, MAX_BETWEEN_CHARS, MAX_SHOWN_SHARE, MAX_STRAY_SHARE, MIN_BODY_CHARS,
    MIN_COVERED_SHARE, MIN_MATCHED_CHARS, NAVIGATION_LINK_DENSITY,
};
use crate::document::BlockKind;
use rustc_hash::FxHashMap;
use serde_json::{Map, Value};

/// What a page's JSON-LD scripts hold: the article's body and the facts about the page.
#[derive(Debug, Default)]
pub(crate) struct Structured {
    pub body: Option<ArticleBody>,
    pub facts: Facts,
}

/// Reads a page's JSON-LD scripts, each parsed once: those the page shows, and those inside
/// hidden elements, which give facts but no body.
pub(crate) fn read(scripts: &[String], hidden: &[String]) -> Structured {
    let parse = |script: &String| {
        // Raw line breaks and tabs inside strings are common and invalid JSON; as spaces they
        // are harmless everywhere.
        let cleaned: String = script.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        serde_json::from_str::<Value>(cleaned.trim()).ok()
    };
    let mut values: Vec<Value> = scripts.iter().filter_map(parse).collect();
    let body = article_body(&values);
    values.extend(hidden.iter().filter_map(parse));
    Structured {
        body,
        facts: facts(&values),
    }
}

/// A page's `articleBody`, in paragraphs.
#[derive(Debug)]
pub(crate) struct ArticleBody {
    pub paragraphs: Vec<String>,
    chars: usize,
    /// The whole body's [`fingerprint`], which blocks are matched against.
    print: String,
}

/// The longest `articleBody` in a page's JSON-LD, split into paragraphs at its line breaks and
/// paragraph tags, with whitespace collapsed.
fn article_body(values: &[Value]) -> Option<ArticleBody> {
    let mut best: Option<(Vec<String>, usize)> = None;
    for value in values {
        let mut bodies = Vec::new();
        collect_bodies(value, &mut bodies);
        for body in bodies {
            let paragraphs: Vec<String> = decode_entities(&strip_tags(body))
                .lines()
                .map(collapse)
                .filter(|p| !p.is_empty())
                .collect();
            let chars = paragraphs.iter().map(|p| p.chars().count()).sum();
            if best.as_ref().is_none_or(|&(_, best_chars)| chars > best_chars) {
                best = Some((paragraphs, chars));
            }
        }
    }
    let (paragraphs, chars) = best.filter(|&(_, chars)| chars >= MIN_BODY_CHARS)?;
    let print = fingerprint(&paragraphs.join(" "));
    Some(ArticleBody {
        paragraphs,
        chars,
        print,
    })
}

fn collect_bodies<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("articleBody", Value::String(s)) => out.push(s),
                    _ => collect_bodies(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_bodies(v, out)),
        _ => {}
    }
}

/// Text with anything between `<` and `>` left out (some sites put HTML in the body):
/// paragraph, line-break, heading and list tags become line breaks, others spaces.
fn strip_tags(text: &str) -> String {
    if !text.contains('<') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut tag: Option<String> = None;
    for c in text.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(name), '>') => {
                let name = name.trim_start_matches('/').to_ascii_lowercase();
                let name = name.split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
                let breaks = matches!(
                    name,
                    "p" | "br" | "div" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
                );
                out.push(if breaks { '\n' } else { ' ' });
                tag = None;
            }
            (Some(name), c) => name.push(c),
            (None, c) => out.push(c),
        }
    }
    out
}

/// Character references as HTML writes them, for bodies that carry them escaped.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The name between `&` and `;`, if a short one follows.
        let name = rest[1..]
            .find(';')
            .filter(|&len| len <= 10)
            .map(|len| &rest[1..1 + len]);
        let decoded = name.and_then(|name| {
            let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok()
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok()
            } else {
                NAMED_ENTITIES.iter().find(|(n, _)| *n == name).map(|&(_, c)| c as u32)
            };
            Some((char::from_u32(code?)?, name.len() + 2))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The named references common in article text.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("nbsp", '\u{a0}'),
    ("amp", '&'),
    ("quot", '"'),
    ("apos", '\''),
    ("lt", '<'),
    ("gt", '>'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
];

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Letters and digits only, lower-cased: what survives the ways a text can be written
/// differently in markup and in structured data (quotes, spaces, dashes).
fn fingerprint(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether a block's text appears in the body's fingerprint.
fn in_body(text: &str, body: &str) -> bool {
    let print = fingerprint(text);
    let end = print
        .char_indices()
        .nth(MATCH_PREFIX_CHARS)
        .map_or(print.len(), |(i, _)| i);
    !print.is_empty() && body.contains(&print[..end])
}

/// Checks the chosen blocks against the page's `articleBody` and, when they hold too little of
/// the text the page's blocks share with it, chooses again: the blocks found in the body, and
/// the short blocks (headings, list items) that stand between them.
pub(crate) fn cross_check(page: &Page, chosen: Vec<usize>, body: &ArticleBody) -> Vec<usize> {
    let body = body.print.as_str();
    let usable = |b: usize| !page.block_in_chrome(b);
    let matched: Vec<bool> = page
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| block.chars >= MIN_MATCHED_CHARS && usable(b) && in_body(&block.text, body))
        .collect();
    let matched_chars: usize = (0..page.blocks.len())
        .filter(|&b| matched[b])
        .map(|b| page.blocks[b].chars)
        .sum();
    let covered_chars: usize = chosen
        .iter()
        .filter(|&&b| matched[b])
        .map(|&b| page.blocks[b].chars)
        .sum();
    if matched_chars == 0 {
        return chosen;
    }
    if covered_chars as f32 >= matched_chars as f32 * MIN_COVERED_SHARE {
        return without_strays(page, chosen, &matched);
    }
    let (Some(first), Some(last)) = (matched.iter().position(|&m| m), matched.iter().rposition(|&m| m)) else {
        return chosen;
    };
    (first..=last)
        .filter(|&b| {
            let block = &page.blocks[b];
            matched[b]
                || (usable(b)
                    && block.chars < MAX_BETWEEN_CHARS
                    && block.link_density() <= NAVIGATION_LINK_DENSITY
                    && matches!(
                        block.kind,
                        BlockKind::Heading(_)
                            | BlockKind::ListItem
                            | BlockKind::NumberedItem
                            | BlockKind::Paragraph
                            | BlockKind::Quote
                    )
                    && between_matches(&matched, b))
        })
        .collect()
}

/// Whether the body should stand in for the article: the page's blocks hold little of it
/// (the markup does not carry the text) and the blocks chosen are much shorter than it.
pub(crate) fn stands_in(page: &Page, chosen: &[usize], body: &ArticleBody) -> bool {
    let limit = body.chars as f32 * MAX_SHOWN_SHARE;
    let chosen_chars: usize = chosen.iter().map(|&b| page.blocks[b].chars).sum();
    if chosen_chars as f32 >= limit {
        return false;
    }
    let shown_chars: usize = page
        .blocks
        .iter()
        .filter(|b| b.chars >= MIN_MATCHED_CHARS && in_body(&b.text, &body.print))
        .map(|b| b.chars)
        .sum();
    (shown_chars as f32) < limit
}

/// When the body holds nearly all of the chosen paragraphs, the few it does not hold are not
/// the article's: captions, teasers, promotions set among its paragraphs.
/// Paragraphs after the last one the body holds are kept: the body may be cut short.
fn without_strays(page: &Page, chosen: Vec<usize>, matched: &[bool]) -> Vec<usize> {
    let Some(last_matched) = chosen.iter().rev().copied().find(|&b| matched[b]) else {
        return chosen;
    };
    let stray = |b: usize| {
        let block = &page.blocks[b];
        b < last_matched && block.kind == BlockKind::Paragraph && block.chars >= MIN_MATCHED_CHARS && !matched[b]
    };
    let long_chars: usize = chosen
        .iter()
        .filter(|&&b| page.blocks[b].chars >= MIN_MATCHED_CHARS)
        .map(|&b| page.blocks[b].chars)
        .sum();
    let stray_chars: usize = chosen
        .iter()
        .filter(|&&b| stray(b))
        .map(|&b| page.blocks[b].chars)
        .sum();
    if stray_chars == 0 || stray_chars as f32 > long_chars as f32 * MAX_STRAY_SHARE {
        return chosen;
    }
    chosen.into_iter().filter(|&b| !stray(b)).collect()
}

/// Whether a matched block comes within a few blocks before and after `b`.
fn between_matches(matched: &[bool], b: usize) -> bool {
    let before = (b.saturating_sub(BETWEEN_REACH)..b).any(|i| matched[i]);
    let after = (b + 1..(b + 1 + BETWEEN_REACH).min(matched.len())).any(|i| matched[i]);
    before && after
}

// --- Facts about the page ----------------------------------------------------------------

/// What a page's structured data says about its main thing, as written (entities decoded,
/// whitespace collapsed).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Facts {
    /// The names of its authors, one a name (several for several authors).
    pub authors: Vec<String>,
    /// When it was published, and when last changed, as written.
    pub published: Option<String>,
    pub modified: Option<String>,
    /// The name of its publisher.
    pub publisher: Option<String>,
    /// The name of the web site it is part of.
    pub site_name: Option<String>,
    /// Its summary.
    pub description: Option<String>,
    /// Its headline.
    pub headline: Option<String>,
    /// The schema.org types named anywhere in the structured data (`Product`, `Offer`), in
    /// their short form.
    pub types: Vec<String>,
}

/// How well a schema.org type names the main thing of a page, best first: an article or a
/// post, then other works with an author, then the web page itself.
pub(crate) fn rank(type_name: &str) -> Option<u8> {
    // `schema:Article`, `http://schema.org/Article`.
    let name = type_name.rsplit(['/', ':', '#']).next().unwrap_or(type_name);
    if name.ends_with("Article") || ARTICLE_TYPES.contains(&name) {
        Some(0)
    } else if WORK_TYPES.contains(&name) {
        Some(1)
    } else if name.ends_with("Page") {
        Some(2)
    } else {
        None
    }
}

/// Types of articles and posts whose names do not end in `Article`.
const ARTICLE_TYPES: &[&str] = &[
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "Report",
];
/// Other works with an author and a date of their own.
const WORK_TYPES: &[&str] = &[
    "Question",
    "Recipe",
    "HowTo",
    "VideoObject",
    "PodcastEpisode",
    "CreativeWork",
    "Thesis",
];

/// The facts of a page's JSON-LD: each field from the best-ranked thing that has it, the first
/// of equals.
fn facts(values: &[Value]) -> Facts {
    let mut things = Vec::new();
    for value in values {
        collect_things(value, &mut things);
    }
    let by_id: FxHashMap<&str, &Map<String, Value>> = things
        .iter()
        .filter_map(|thing| Some((thing.get("@id")?.as_str()?, *thing)))
        .collect();
    let mut ranked: Vec<(u8, &Map<String, Value>)> = things
        .iter()
        .filter_map(|thing| Some((types(thing).filter_map(rank).min()?, *thing)))
        .collect();
    ranked.sort_by_key(|&(rank, _)| rank);
    let first = |read: &dyn Fn(&Map<String, Value>) -> Option<String>| ranked.iter().find_map(|(_, t)| read(t));
    let text = |key: &'static str| move |thing: &Map<String, Value>| string(thing.get(key)?);
    let authors = ranked
        .iter()
        .map(|(_, thing)| {
            let mut names = Vec::new();
            for key in ["author", "creator"] {
                if let Some(value) = thing.get(key) {
                    names_in(value, &by_id, &mut names);
                }
            }
            names
        })
        .find(|names| !names.is_empty())
        .unwrap_or_default();
    let site_name = things
        .iter()
        .filter(|thing| types(thing).any(|t| t == "WebSite"))
        .find_map(|thing| string(thing.get("name")?));
    Facts {
        authors,
        published: first(&|t| {
            ["datePublished", "dateCreated", "uploadDate"]
                .iter()
                .find_map(|k| string(t.get(*k)?))
        }),
        modified: first(&text("dateModified")),
        publisher: first(&|t| {
            let mut names = Vec::new();
            names_in(t.get("publisher")?, &by_id, &mut names);
            names.into_iter().next()
        }),
        site_name,
        description: first(&text("description")),
        headline: ranked
            .iter()
            .filter(|(rank, _)| *rank == 0)
            .find_map(|(_, t)| string(t.get("headline")?)),
        types: {
            let mut types = Vec::new();
            values.iter().for_each(|v| collect_types(v, &mut types));
            types
        },
    }
}

/// The things a JSON-LD value describes: its objects with a type, the members of a `@graph`
/// and the main entities of pages. Things nested elsewhere (the items of a list, comments,
/// reviews) are about something else.
/// Every `@type` named in a value, at any depth, in its short form (`Offer` for
/// `https://schema.org/Offer`).
fn collect_types(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_types(v, out)),
        Value::Object(map) => {
            for name in types(map) {
                let short = name.rsplit(['/', ':', '#']).next().unwrap_or(name);
                if !out.iter().any(|t| t == short) {
                    out.push(short.to_string());
                }
            }
            map.values().for_each(|v| collect_types(v, out));
        }
        _ => {}
    }
}

fn collect_things<'a>(value: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_things(v, out)),
        Value::Object(map) => {
            if map.contains_key("@type") {
                out.push(map);
            }
            for key in ["@graph", "mainEntity"] {
                if let Some(v) = map.get(key) {
                    collect_things(v, out);
                }
            }
        }
        _ => {}
    }
}

/// The type names of a thing.
fn types<'a>(thing: &'a Map<String, Value>) -> impl Iterator<Item = &'a str> + 'a {
    let value = thing.get("@type");
    let one = value.and_then(Value::as_str);
    let many = value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str);
    one.into_iter().chain(many)
}

/// The names a value gives for people or organisations: a string, an object's `name` (or its
/// given and family names), an object that refers by `@id` to one described elsewhere, or a
/// list of these.
fn names_in(value: &Value, by_id: &FxHashMap<&str, &Map<String, Value>>, out: &mut Vec<String>) {
    match value {
        Value::String(_) => out.extend(string(value)),
        Value::Array(items) => items.iter().for_each(|v| names_in(v, by_id, out)),
        Value::Object(map) => {
            let described = map
                .get("@id")
                .and_then(Value::as_str)
                .and_then(|id| by_id.get(id))
                .filter(|_| !map.contains_key("name"))
                .copied()
                .unwrap_or(map);
            let name = described.get("name").and_then(|n| match n {
                Value::Array(items) => items.first().and_then(string),
                n => string(n),
            });
            let given = || {
                let parts: Vec<String> = ["givenName", "familyName"]
                    .iter()
                    .filter_map(|k| string(described.get(*k)?))
                    .collect();
                (!parts.is_empty()).then(|| parts.join(" "))
            };
            out.extend(name.or_else(given));
        }
        _ => {}
    }
}

/// A string value, entities decoded and whitespace collapsed; `None` when empty.
fn string(value: &Value) -> Option<String> {
    let text = collapse(&decode_entities(value.as_str()?));
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::super::page::read;
    use super::super::select::main_content;

    const PARAGRAPHS: [&str; 6] = [
        "The bridge over the river will close for repairs from Monday until the end of the month, the council said.",
        "Drivers are asked to use the northern road instead, which adds about ten minutes to a trip into town.",
        "Engineers found cracks in two of the supports during an inspection last week and said that waiting was not safe.",
        "Buses will keep their timetable but stop at a temporary station on the other side of the river for now.",
        "Shops near the bridge said they expect fewer customers, and the council promised to help them through the works.",
        "The bridge was built in 1931 and was last repaired twenty years ago, when it closed for six weeks in the summer.",
    ];

    /// A page with an `articleBody` of these paragraphs and this body.
    fn page_with_body(paragraphs: &[&str], body: &str) -> Page {
        let script = format!(
            "{{\"@type\": \"NewsArticle\", \"articleBody\": \"{}\"}}",
            paragraphs.join("\\n")
        );
        read(&format!(
            "<html><head><script type='application/ld+json'>{script}</script></head><body>{body}</body></html>"
        ))
    }

    fn body_of(scripts: &[String]) -> Option<ArticleBody> {
        super::read(scripts, &[]).body
    }

    fn texts(page: &Page, blocks: &[usize]) -> Vec<String> {
        blocks.iter().map(|&b| page.blocks[b].text.clone()).collect()
    }

    #[test]
    fn a_choice_made_again_from_the_body_takes_the_short_blocks_between_its_matches() {
        let listing =
            "Apples, pears, plums, cherries, grapes, lemons, limes, figs, dates, melons, berries, nuts, and more.";
        let [a1, a2, a3, a4, a5, a6] = PARAGRAPHS;
        let visible = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
        let fits = format!("Note {}", "x".repeat(MAX_BETWEEN_CHARS - 1 - visible("Note")));
        let too_long = format!("Note {}", "x".repeat(MAX_BETWEEN_CHARS - visible("Note")));
        let body = format!(
            "<div class='a'>{}</div><div class='b'><p>{a1}</p><h3>Roads</h3><p>{a2}</p>\
             <ul><li><a href='/x'>A linked item in a list</a></li></ul><p>{a3}</p>\
             <table><tr><td>Row one</td><td>two</td></tr></table><p>{a4}</p><aside><p>An aside line</p></aside>\
             <p>{fits}</p><p>{a5}</p><h4>Facts</h4><p>{too_long}</p><p>Bus times</p><p>Far away</p><p>Later</p><p>{a6}</p></div>",
            format!("<p>{listing}</p>").repeat(10)
        );
        let page = page_with_body(&PARAGRAPHS, &body);
        let article_body = body_of(&page.meta.json_ld).unwrap();
        let chosen = main_content(&page);
        assert_eq!(texts(&page, &chosen)[0], listing, "the layout is misled");
        assert!(!stands_in(&page, &chosen, &article_body));
        let checked = cross_check(&page, chosen, &article_body);
        assert_eq!(
            texts(&page, &checked),
            [a1, "Roads", a2, a3, a4, &fits, a5, "Bus times", a6],
            "short blocks with a match at most three blocks away on each side (\"Bus times\": three \
             before and three after)"
        );
    }

    #[test]
    fn the_body_stands_in_only_when_the_markup_does_not_carry_it() {
        // Links are never chosen, so the chosen text stays short either way; what the links
        // say decides.
        let tiny = "<main><p>Read the full article in the app.</p></main>";
        let menu = "<nav><p><a href='/s'>Browse the sections of the paper: the news of the town, the sport of the weekend, the letters of our readers, the puzzles, the weather and the shop.</a></p></nav>";
        let page = page_with_body(&PARAGRAPHS, &format!("{menu}{menu}{tiny}"));
        let body = body_of(&page.meta.json_ld).unwrap();
        assert!(
            stands_in(&page, &main_content(&page), &body),
            "long text that is not the body does not count"
        );
        let linked = PARAGRAPHS.map(|p| format!("<p><a href='/more'>{p}</a></p>")).concat();
        let page = page_with_body(&PARAGRAPHS, &format!("<div class='teasers'>{linked}</div>{tiny}"));
        assert!(
            !stands_in(&page, &main_content(&page), &body),
            "the markup carries the body, if only in links"
        );
    }

    #[test]
    fn of_bodies_as_long_the_first_is_taken() {
        let first = format!("{{\"articleBody\": \"{}\"}}", "a ".repeat(300));
        let second = format!("{{\"articleBody\": \"{}\"}}", "b ".repeat(300));
        let longer = format!("{{\"articleBody\": \"{}\"}}", "c ".repeat(301));
        let body = body_of(&[first.clone(), second]).unwrap();
        assert!(body.paragraphs[0].starts_with('a'));
        let body = body_of(&[first, longer]).unwrap();
        assert!(body.paragraphs[0].starts_with('c'));
    }

    #[test]
    fn tags_in_a_body_break_lines_or_words() {
        assert_eq!(
            strip_tags("one<br/>two<BR class='x'>three<b>four</b>"),
            "one\ntwo\nthree four "
        );
        assert_eq!(strip_tags("<p>a</p><span>b</span>"), "\na\n b ");
    }

    #[test]
    fn the_longest_article_body_is_found_in_any_shape() {
        let long = "word ".repeat(150);
        let scripts = vec![
            "not json".to_string(),
            format!("{{\"@graph\": [{{\"@type\": \"WebPage\"}}, {{\"@type\": \"NewsArticle\", \"articleBody\": \"<p>{long}</p>\nend\"}}]}}"),
            "{\"articleBody\": \"short summary\"}".to_string(),
        ];
        let body = body_of(&scripts).expect("the body is found despite the raw line break");
        assert_eq!(
            body.paragraphs.len(),
            2,
            "the paragraph tag and the line break split it"
        );
        assert!(body.paragraphs[0].starts_with("word word") && body.paragraphs[1] == "end");
        assert!(body.paragraphs.iter().all(|p| !p.contains('<')));
        assert!(body_of(&["{\"articleBody\": \"too short\"}".to_string()]).is_none());
    }

    #[test]
    fn references_are_decoded_and_matching_ignores_punctuation() {
        assert_eq!(
            decode_entities("US&nbsp;President &amp; &#8220;Co&#x201D; &bogus; & more"),
            "US\u{a0}President & “Co” &bogus; & more"
        );
        let body = fingerprint("“We had some issues,” the executive said — and then left.");
        assert!(in_body(
            "\"We had some issues\", the executive said - and then left.",
            &body
        ));
        assert!(!in_body("A caption about something else entirely.", &body));
    }

    #[test]
    fn facts_come_from_the_page_s_main_thing() {
        let script = r#"{"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "datePublished": "2020-01-01", "description": "The page &amp; more."},
            {"@type": ["Article", "NewsArticle"], "headline": "Council meets",
             "author": {"@id": "https://e.org/#jane"}, "publisher": {"@id": "https://e.org/#org"},
             "datePublished": "2025-05-03T08:00:00+02:00", "dateModified": "2025-06-01",
             "comment": [{"@type": "Comment", "author": {"@type": "Person", "name": "A Reader"}}]},
            {"@type": "Person", "@id": "https://e.org/#jane", "name": "Jane Doe"},
            {"@type": "Organization", "@id": "https://e.org/#org", "name": "The Paper"},
            {"@type": "WebSite", "name": "The Paper Online"}]}"#;
        let facts = super::read(&[script.to_string()], &[]).facts;
        assert_eq!(
            facts.authors,
            ["Jane Doe"],
            "by reference; a comment's author is not the page's"
        );
        assert_eq!(
            facts.published.as_deref(),
            Some("2025-05-03T08:00:00+02:00"),
            "the article's, not the page's"
        );
        assert_eq!(facts.modified.as_deref(), Some("2025-06-01"));
        assert_eq!(facts.publisher.as_deref(), Some("The Paper"));
        assert_eq!(facts.site_name.as_deref(), Some("The Paper Online"));
        assert_eq!(
            facts.description.as_deref(),
            Some("The page & more."),
            "the page's, as the article has none"
        );
        assert_eq!(facts.headline.as_deref(), Some("Council meets"));
    }

    #[test]
    fn authors_are_read_in_every_form() {
        let authors = |value: &str| {
            let script = format!("{{\"@type\": \"BlogPosting\", \"author\": {value}}}");
            super::read(&[script], &[]).facts.authors
        };
        assert_eq!(authors("\"Jane Doe\""), ["Jane Doe"]);
        assert_eq!(
            authors("{\"@type\": \"Person\", \"name\": \" Jane  Doe \"}"),
            ["Jane Doe"]
        );
        assert_eq!(
            authors("[{\"name\": \"Jane Doe\"}, \"John Roe\", {\"givenName\": \"Erika\", \"familyName\": \"Muster\"}]"),
            ["Jane Doe", "John Roe", "Erika Muster"]
        );
        assert_eq!(authors("{\"name\": [\"Jane Doe\", \"J. Doe\"]}"), ["Jane Doe"]);
        assert!(
            authors("{\"@id\": \"#nobody\"}").is_empty(),
            "a reference to nothing described"
        );
        // A question's asker, on a page of questions and answers.
        let qa = r#"{"@type": "QAPage", "mainEntity": {"@type": "Question", "author": {"name": "jdoe42"},
            "dateCreated": "2024-02-01", "suggestedAnswer": [{"@type": "Answer", "author": {"name": "helper"}}]}}"#;
        let facts = super::read(&[qa.to_string()], &[]).facts;
        assert_eq!(facts.authors, ["jdoe42"]);
        assert_eq!(facts.published.as_deref(), Some("2024-02-01"));
        let listed = r#"{"@type": "ItemList", "itemListElement": [{"@type": "Article", "author": "Someone"}]}"#;
        assert!(
            super::read(&[listed.to_string()], &[]).facts.authors.is_empty(),
            "an item of a list"
        );
    }

    #[test]
    fn hidden_scripts_give_facts_but_no_body() {
        let script = format!(
            "{{\"@type\": \"NewsArticle\", \"author\": \"Jane Doe\", \"articleBody\": \"{}\"}}",
            "word ".repeat(150)
        );
        let hidden = super::read(&[], std::slice::from_ref(&script));
        assert!(hidden.body.is_none());
        assert_eq!(hidden.facts.authors, ["Jane Doe"]);
        assert!(super::read(&[script], &[]).body.is_some());
    }
}
