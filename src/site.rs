//! Site chrome learned across documents: lines that recur on many pages of one site (a menu, a
//! sidebar's "about me", a footer's disclaimer) are chrome, however much they look like prose
//! on any one page.
//!
//! A batch takes the fingerprints of the text each page showed, chrome included (every line of
//! a text dump, every block of an HTML page). [`SiteChrome`] counts on how many pages of a site
//! each fingerprint occurs; a [`Batch`](crate::Batch) then removes the recurring lines from a
//! document's text. Only 64-bit hashes are kept, never text, and their number is bounded per
//! site and in all.

use crate::units;
use rustc_hash::FxHashMap;

/// A line is site chrome once it has been seen on at least this many pages of its site...
const MIN_PAGES: u32 = 2;
/// ...and on at least this share of the site's pages seen so far. A batch of unrelated pages
/// in one directory (no site at all) has few lines that recur on a quarter of its pages, and
/// those are generic chrome ("Share", "Menu").
const MIN_PAGE_SHARE: f64 = 0.25;
/// A line of prose is chrome only on at least this share of its site's pages: a sidebar's blurb
/// or a disclaimer stands on most of them, while an article shown under two addresses (a
/// category and its alias, a product in two colours) stands on a few, among pages that share
/// little else.
const MIN_PROSE_PAGE_SHARE: f64 = 0.5;
/// A line with fewer letters and digits than this carries no evidence ("|", "»", "1").
const MIN_KEY_CHARS: usize = 2;
/// Distinct lines remembered per site. When a site's table is full, the lines seen on one page
/// only are forgotten: a site's chrome recurs from its first pages on, so it is never among them.
const LINES_PER_SITE: usize = 1 << 15;
/// Sites remembered at once; when more come, the one seen longest ago is forgotten.
const MAX_SITES: usize = 1024;

/// A page that shares this share of its lines, and of its lines of prose, with one page seen
/// before on its site repeats it (the same article twice, under two addresses): it is not
/// learned from. Pages of a site that differ share their menus and prose-like chrome (a
/// sidebar's blurb, a disclaimer), not their articles.
const REPEATED_SHARE: f64 = 0.8;
/// The pages of a site remembered whole, to tell a page seen again: the latest.
const PAGES_COMPARED: usize = 8;

/// A text is a grid of items (a shop's category, a listing of events or jobs) when it has at
/// least this many lines...
const MIN_GRID_LINES: usize = 20;
/// ...and at least this share of them are short: names, prices, a card's fields.
const MIN_GRID_SHORT_SHARE: f64 = 0.85;

/// The fingerprints of a document's input lines, sorted and without repeats, and those of its
/// lines of prose length.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Fingerprints {
    lines: Vec<u64>,
    prose: Vec<u64>,
}

impl Fingerprints {
    /// The fingerprints of these lines.
    #[cfg(test)]
    pub(crate) fn of<'a>(lines: impl IntoIterator<Item = &'a str>) -> Fingerprints {
        Fingerprints::of_hashed(lines.into_iter().map(|line| (line, fingerprint(line))))
    }

    /// The fingerprints of these lines, each given with its own [`fingerprint`].
    fn of_hashed<'a>(lines: impl IntoIterator<Item = (&'a str, Option<u64>)>) -> Fingerprints {
        let mut all = Vec::new();
        let mut prose = Vec::new();
        for (line, hash) in lines {
            if let Some(hash) = hash {
                all.push(hash);
                if !is_short(line) {
                    prose.push(hash);
                }
            }
        }
        for hashes in [&mut all, &mut prose] {
            hashes.sort_unstable();
            hashes.dedup();
        }
        Fingerprints { lines: all, prose }
    }
}

/// What a batch reads of a cleaned page for its site's chrome: the fingerprints of all the page
/// showed, to learn from, and those of its document's lines in order, to remove the chrome from.
#[derive(Debug)]
pub(crate) struct PagePrints {
    pub(crate) page: Fingerprints,
    /// Each of the document's lines' [`fingerprint`], in order.
    pub(crate) document: Vec<Option<u64>>,
}

impl PagePrints {
    /// The fingerprints of a page's lines and of the lines of the document cleaned from it. A
    /// dump's document is lines of the page as they stood, in order: each is found among the
    /// page's lines after the one before it, and its fingerprint taken from there, not hashed
    /// again. A document whose lines were rewritten (a page's blocks normalised) stops the
    /// search at its first line not found, and the rest of its lines are hashed.
    pub(crate) fn of<'a>(page_lines: &[&str], document_lines: impl Iterator<Item = &'a str>) -> PagePrints {
        let hashes: Vec<Option<u64>> = page_lines.iter().map(|line| fingerprint(line)).collect();
        let page = Fingerprints::of_hashed(page_lines.iter().copied().zip(hashes.iter().copied()));
        // The page's line after the last one found.
        let mut next = Some(0);
        let document = document_lines
            .map(|line| {
                if let Some(from) = next {
                    next = page_lines[from..]
                        .iter()
                        .position(|&shown| shown == line)
                        .map(|at| from + at + 1);
                    if let Some(after) = next {
                        return hashes[after - 1];
                    }
                }
                fingerprint(line)
            })
            .collect();
        PagePrints { page, document }
    }
}

/// A letter or digit beyond ASCII of a line as its fingerprint reads it.
enum Key {
    /// Any digit: a number is one 0.
    Digit,
    /// A letter, lowercased as it is hashed.
    Other(char),
}

/// What a fingerprint reads of each ASCII byte: a letter lowercased, `0` for a digit, nothing
/// (`0u8`) for the rest.
const ASCII_KEYS: [u8; 256] = {
    let mut keys = [0; 256];
    let mut byte = 0;
    while byte < 128 {
        keys[byte as usize] = match byte {
            b'0'..=b'9' => b'0',
            _ if byte.is_ascii_alphabetic() => byte.to_ascii_lowercase(),
            _ => 0,
        };
        byte += 1;
    }
    keys
};

/// FNV-1a's start and prime.
const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0100_0000_01b3;
/// The prime to the fourth: an ASCII character's three zero bytes after the first only multiply.
const PRIME_BY_FOUR_BYTES: u64 = PRIME.wrapping_mul(PRIME).wrapping_mul(PRIME).wrapping_mul(PRIME);

/// A fingerprint's hash with a run of ASCII read, given whether the run follows a number's
/// digit; with how many characters it counted and whether it ends in a number. Apart from the
/// rest of [`fingerprint`], its few variables stay in registers.
#[inline(never)]
fn hash_ascii(run: &[u8], mut hash: u64, mut in_number: bool) -> (u64, usize, bool) {
    let mut chars = 0;
    for &byte in run {
        let key = ASCII_KEYS[usize::from(byte)];
        // A letter (most bytes), its key above the digits'.
        if key > b'0' {
            in_number = false;
        } else if key == 0 || std::mem::replace(&mut in_number, true) {
            // Not read, or a number's later digit: a number counts as one digit, 0.
            continue;
        }
        hash = (hash ^ u64::from(key)).wrapping_mul(PRIME_BY_FOUR_BYTES);
        chars += 1;
    }
    (hash, chars, in_number)
}

/// A line's fingerprint: a hash of its letters and digits, lowercased, with every number read as
/// 0 ("12 comments" and "3 comments" are one line of chrome). `None` for a line with too few.
pub(crate) fn fingerprint(line: &str) -> Option<u64> {
    // FNV-1a: fast on short keys, and the same on every run and machine.
    let mut hash = OFFSET;
    let mut chars = 0;
    let mut in_number = false;
    let bytes = line.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII, the most common, a run at a time, each byte told and lowercased without the
        // Unicode tables.
        let ascii = units::first_non_ascii(&bytes[at..]).unwrap_or(bytes.len() - at);
        let read;
        (hash, read, in_number) = hash_ascii(&bytes[at..at + ascii], hash, in_number);
        chars += read;
        at += ascii;
        // Then a character beyond ASCII.
        let Some(c) = line[at..].chars().next() else {
            break;
        };
        at += c.len_utf8();
        let key = match c {
            _ if !units::is_alphanumeric(c) => continue,
            _ if units::is_numeric(c) => Key::Digit,
            _ => Key::Other(c),
        };
        let digit = matches!(key, Key::Digit);
        if digit && std::mem::replace(&mut in_number, true) {
            continue;
        }
        in_number = digit;
        hash = match key {
            Key::Digit => (hash ^ u64::from(b'0')).wrapping_mul(PRIME_BY_FOUR_BYTES),
            Key::Other(c) => c
                .to_lowercase()
                .flat_map(|lower| (lower as u32).to_le_bytes())
                .fold(hash, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(PRIME)),
        };
        chars += 1;
    }
    (chars >= MIN_KEY_CHARS).then_some(hash)
}

/// The key under which pages of one site are counted together: the host of a URL, lowercased
/// and without a leading `www.`. `None` when the URL has no host.
///
/// ```
/// assert_eq!(dechrome::site_of("https://WWW.Example.org/news/1.html").as_deref(), Some("example.org"));
/// assert_eq!(dechrome::site_of("not a url"), None);
/// ```
pub fn site_of(url: &str) -> Option<String> {
    let (_, rest) = url.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?.to_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// What one site's pages have shown so far.
#[derive(Debug, Default)]
pub(crate) struct Site {
    pages: u32,
    /// Fingerprint → on how many pages it occurred.
    lines: FxHashMap<u64, u32>,
    /// The latest pages learned from, oldest first.
    latest: std::collections::VecDeque<Fingerprints>,
    /// When the site was last learned from, to forget the stalest site first.
    last_seen: u64,
}

impl Site {
    /// Which of a document's lines, given in order, are the site's chrome. In a grid of items
    /// the site's items and their fields recur across its pages (a best seller in every
    /// category, "Weight:" on every card), while the chrome the extraction left stands around
    /// the grid: there a short line is chrome only before the first line that is not the
    /// site's or after the last one. A line of prose the site repeats inside the grid is its
    /// blurb (an offer, a field's explanation), not an item. A thread's posts are no grid:
    /// each carries the site's furniture ("Quote", "Reply", a signature) inside the content.
    /// `prints` are the lines' fingerprints, in the same order.
    pub(crate) fn chrome_lines(&self, lines: &[&str], prints: &[Option<u64>], thread: bool) -> Vec<bool> {
        let mut chrome: Vec<bool> = lines
            .iter()
            .zip(prints)
            .map(|(line, &print)| self.is_chrome_printed(line, print))
            .collect();
        let first = chrome.iter().position(|&c| !c).unwrap_or(chrome.len());
        let last = chrome.iter().rposition(|&c| !c).unwrap_or(0);
        // Most pages have no chrome of their site inside: they are not read as a grid.
        let inside = if first < last { first + 1..last } else { 0..0 };
        if !thread && chrome[inside.clone()].contains(&true) && is_grid_of_items(lines) {
            for (flag, line) in chrome[inside.clone()].iter_mut().zip(&lines[inside]) {
                *flag &= !is_short(line);
            }
        }
        chrome
    }

    /// Whether this line recurs on enough of the site's pages to be its chrome.
    #[cfg(test)]
    fn is_chrome(&self, line: &str) -> bool {
        self.is_chrome_printed(line, fingerprint(line))
    }

    /// Whether this line, of this [`fingerprint`], recurs on enough of the site's pages to be
    /// its chrome.
    fn is_chrome_printed(&self, line: &str, print: Option<u64>) -> bool {
        let Some(hash) = print else {
            return false;
        };
        let pages = self.lines.get(&hash).copied().unwrap_or(0);
        if pages < MIN_PAGES {
            return false;
        }
        let share = match !is_short(line) {
            true => MIN_PROSE_PAGE_SHARE,
            false => MIN_PAGE_SHARE,
        };
        f64::from(pages) >= share * f64::from(self.pages)
    }
}

/// Whether lines are a grid of items: many, nearly all short.
fn is_grid_of_items(lines: &[&str]) -> bool {
    let short = lines.iter().filter(|line| is_short(line)).count();
    lines.len() >= MIN_GRID_LINES && short as f64 >= MIN_GRID_SHORT_SHARE * lines.len() as f64
}

/// Whether a line is shorter than prose: a name, a price, a field.
fn is_short(line: &str) -> bool {
    units::units(line) < crate::classify::SHORT_UNITS
}

/// Lines that recur across the pages of each site, learned from cleaned documents.
///
/// Learn from a window of documents, then remove what recurs from each of them; what was
/// learned stays for the next windows. The result depends only on the documents and their
/// order, never on threads.
#[derive(Debug, Default)]
pub(crate) struct SiteChrome {
    sites: FxHashMap<String, Site>,
    clock: u64,
}

impl SiteChrome {
    /// Nothing learned yet.
    pub(crate) fn new() -> SiteChrome {
        SiteChrome::default()
    }

    /// Counts the fingerprints of one page's text (chrome included) as a page of `site`.
    pub(crate) fn learn(&mut self, site: &str, page: &Fingerprints) {
        self.clock += 1;
        if !self.sites.contains_key(site) && self.sites.len() >= MAX_SITES {
            let stalest = self
                .sites
                .iter()
                .min_by_key(|(_, s)| s.last_seen)
                .map(|(key, _)| key.clone());
            if let Some(key) = stalest {
                self.sites.remove(&key);
            }
        }
        let entry = self.sites.entry(site.to_string()).or_default();
        entry.last_seen = self.clock;
        // Lines recur only across pages that differ: a page seen again would make its own
        // article the site's chrome.
        let shares_most = |mine: &[u64], theirs: &[u64]| {
            // Read until the lines not shared are too many for the rest to make up the share:
            // most pages differ from most others early on.
            let least = REPEATED_SHARE * mine.len() as f64;
            let mut unshared = 0;
            for hash in mine {
                if theirs.binary_search(hash).is_err() {
                    unshared += 1;
                    if ((mine.len() - unshared) as f64) < least {
                        return false;
                    }
                }
            }
            true
        };
        let repeats = |earlier: &Fingerprints| {
            shares_most(&page.lines, &earlier.lines) && shares_most(&page.prose, &earlier.prose)
        };
        if entry.latest.iter().any(repeats) {
            return;
        }
        if entry.latest.len() == PAGES_COMPARED {
            entry.latest.pop_front();
        }
        entry.latest.push_back(page.clone());
        entry.pages += 1;
        if entry.lines.len() + page.lines.len() > LINES_PER_SITE {
            entry.lines.retain(|_, pages| *pages > 1);
        }
        for &hash in &page.lines {
            if let Some(pages) = entry.lines.get_mut(&hash) {
                *pages += 1;
            } else if entry.lines.len() < LINES_PER_SITE {
                entry.lines.insert(hash, 1);
            }
        }
    }

    /// What this site's pages have shown, once they are enough to tell its chrome: of a site
    /// seen on fewer pages than a line of chrome needs, no line is, and its lines are not hashed.
    /// Looked up once a document, not once a line.
    pub(crate) fn learned(&self, site: &str) -> Option<&Site> {
        self.sites.get(site).filter(|entry| entry.pages >= MIN_PAGES)
    }

    /// Whether this line recurs on enough of the site's pages to be its chrome.
    #[cfg(test)]
    fn is_chrome(&self, site: &str, line: &str) -> bool {
        self.learned(site).is_some_and(|learned| learned.is_chrome(line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_ignore_case_punctuation_and_numbers() {
        assert_eq!(fingerprint("12 Comments"), fingerprint("3 comments »"));
        assert_ne!(fingerprint("Home"), fingerprint("House"));
        assert_eq!(fingerprint("| »"), None);
        assert_eq!(fingerprint("Главная"), fingerprint("ГЛАВНАЯ"));
        assert_ne!(
            fingerprint("page 1 of 2"),
            fingerprint("page of"),
            "a number is read as 0, not dropped"
        );
        assert_eq!(fingerprint("page 12 of 345"), fingerprint("Page 3 of 4"));
        assert!(fingerprint("a1").is_some(), "a number counts as one character");
        assert_eq!(fingerprint("ab"), fingerprint("a b"));
        assert_eq!(fingerprint("a"), None, "one letter is too little");
        // FNV-1a over each lowercased character's four bytes.
        let fnv = |text: &str| {
            text.chars()
                .flat_map(|c| (c as u32).to_le_bytes())
                .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
                    (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
                })
        };
        assert_eq!(fingerprint("Ab Ü-9"), Some(fnv("abü0")));
    }

    #[test]
    fn hosts_are_site_keys() {
        assert_eq!(
            site_of("http://user@news.example.com:8080/a?b").as_deref(),
            Some("news.example.com")
        );
        assert_eq!(site_of("https://www.example.com").as_deref(), Some("example.com"));
        assert_eq!(site_of("example.com/page"), None);
    }

    fn page(lines: &[&str]) -> Fingerprints {
        Fingerprints::of(lines.iter().copied())
    }

    /// A distinct word for each number, made of letters only (digits all fingerprint alike).
    fn word(mut i: usize) -> String {
        let mut w = String::from("w");
        loop {
            w.push(char::from(b'a' + (i % 26) as u8));
            i /= 26;
            if i == 0 {
                return w;
            }
        }
    }

    #[test]
    fn a_line_is_chrome_on_enough_pages_and_share_of_them() {
        let mut sites = SiteChrome::new();
        sites.learn("a", &page(&["Menu", "Story one"]));
        assert!(!sites.is_chrome("a", "Menu"), "one page is not enough");
        sites.learn("a", &page(&["Menu", "Story two"]));
        assert!(sites.is_chrome("a", "Menu"), "two pages that differ are");
        assert!(!sites.is_chrome("a", "Story two"));
        assert!(!sites.is_chrome("b", "Menu"), "sites are counted apart");
        for i in 0..20 {
            sites.learn("a", &page(&[&format!("Another story, {}", word(i))]));
        }
        assert!(!sites.is_chrome("a", "Menu"), "2 of 22 pages is too small a share");
    }

    #[test]
    fn a_page_seen_again_is_not_learned_from() {
        let prose: Vec<String> = (0..4)
            .map(|i| {
                format!(
                    "{} {}",
                    word(i),
                    "the committee met again on Thursday and agreed on the rules. ".repeat(4)
                )
            })
            .collect();
        let mut article: Vec<&str> = prose.iter().map(String::as_str).collect();
        article.push("Menu");
        let mut sites = SiteChrome::new();
        sites.learn("a", &page(&article));
        sites.learn("a", &page(&article));
        assert!(!sites.is_chrome("a", &prose[0]), "the same article twice is no chrome");
        assert!(!sites.is_chrome("a", "Menu"));
        // One long line seen before (a cookie notice) does not make a page a repeat.
        sites.learn("a", &page(&[prose[0].as_str(), "Menu", "A story of its own"]));
        assert!(sites.is_chrome("a", "Menu"));
    }

    #[test]
    fn in_a_grid_of_items_only_the_short_lines_around_it_are_chrome() {
        let blurb = "Members earn a reward on every purchase, and shipping is free on orders over fifty dollars.";
        // A shop's two categories: a sort bar above each grid, a footer below; the same
        // best seller and the same card fields in both grids, and an offer between the cards.
        let category = |name: &str| -> Vec<String> {
            let mut lines = vec!["Sort: Best Match".to_string()];
            for i in 0..12 {
                let item = if i == 5 {
                    "Trail Runner Pack".to_string()
                } else {
                    format!("{name} {}", word(i))
                };
                lines.extend([
                    item,
                    "Weight:".to_string(),
                    format!("{name} of {} grams", word(i + 100)),
                ]);
                if i == 6 {
                    lines.push(blurb.to_string());
                }
            }
            lines.push("Privacy Policy".to_string());
            lines
        };
        let (packs, boots) = (category("Pack"), category("Boot"));
        let mut sites = SiteChrome::new();
        for lines in [&packs, &boots] {
            sites.learn("shop", &page(&lines.iter().map(String::as_str).collect::<Vec<_>>()));
        }
        let site = sites.learned("shop").unwrap();
        let lines: Vec<&str> = packs.iter().map(String::as_str).collect();
        let prints = |lines: &[&str]| lines.iter().map(|line| fingerprint(line)).collect::<Vec<_>>();
        let chrome = site.chrome_lines(&lines, &prints(&lines), false);
        let removed: Vec<&str> = lines.iter().zip(&chrome).filter(|(_, &c)| c).map(|(l, _)| *l).collect();
        assert_eq!(removed, ["Sort: Best Match", blurb, "Privacy Policy"]);
        // The same lines as a thread's posts: the furniture inside is the site's.
        let chrome = site.chrome_lines(&lines, &prints(&lines), true);
        assert!(lines.iter().zip(&chrome).any(|(&l, &c)| l == "Weight:" && c));
        // A page of the site's lines alone, or of none, is all chrome or none.
        assert_eq!(
            site.chrome_lines(
                &["Sort: Best Match", "Privacy Policy"],
                &prints(&["Sort: Best Match", "Privacy Policy"]),
                false
            ),
            [true, true]
        );
        assert_eq!(site.chrome_lines(&[], &[], false), Vec::<bool>::new());
        // Too few lines are no grid.
        let few = [
            "Sort: Best Match",
            "Pack wb",
            "Trail Runner Pack",
            "Weight:",
            "Pack wc",
            "Privacy Policy",
        ];
        assert_eq!(
            site.chrome_lines(&few, &prints(&few), false),
            [true, false, true, true, false, true]
        );
    }

    #[test]
    fn pages_sharing_their_menus_but_not_their_articles_are_learned_from() {
        let menu = [
            "Home", "News", "Sport", "Weather", "Opinion", "Culture", "Travel", "Video", "Contact",
        ];
        let article = |i: usize| {
            format!(
                "{} {}",
                word(i),
                "the committee met again on Thursday and agreed on the rules. ".repeat(2)
            )
        };
        let mut sites = SiteChrome::new();
        for i in 0..2 {
            let story = article(i);
            let mut lines = menu.to_vec();
            lines.push(&story);
            sites.learn("a", &page(&lines));
        }
        assert!(
            sites.is_chrome("a", "Weather"),
            "nine lines of ten shared, but no prose"
        );
        assert!(!sites.is_chrome("a", &article(0)));
    }

    #[test]
    fn a_page_seen_again_after_others_is_not_learned_from() {
        let story = |i: usize| format!("{} {}", word(i), "the council met and agreed on the budget. ".repeat(3));
        let (first, second) = (story(0), story(1));
        let mut sites = SiteChrome::new();
        sites.learn("a", &page(&["Menu", &first]));
        sites.learn("a", &page(&["Menu", &second]));
        sites.learn("a", &page(&["Menu", &first]));
        assert!(!sites.is_chrome("a", &first), "the same article twice is no chrome");
        assert!(sites.is_chrome("a", "Menu"));
    }

    #[test]
    fn prose_is_chrome_on_half_of_the_sites_pages() {
        let prose = |topic: &str| {
            format!(
                "{topic} {}",
                "the committee met again on Thursday and agreed on the rules. ".repeat(2)
            )
        };
        let (blurb, article) = (prose("about"), prose("sofas"));
        let mut sites = SiteChrome::new();
        // Six pages of a shop, each with its own items; the first two show one article (a
        // category under two addresses), every page the shop's blurb.
        for i in 0..6 {
            let items: Vec<String> = (0..10).map(|j| format!("Item {}", word(i * 10 + j))).collect();
            let mut lines: Vec<&str> = items.iter().map(String::as_str).collect();
            lines.extend(["Menu", blurb.as_str()]);
            if i < 2 {
                lines.push(&article);
            }
            sites.learn("a", &page(&lines));
        }
        assert!(sites.is_chrome("a", &blurb));
        assert!(sites.is_chrome("a", "Menu"));
        assert!(!sites.is_chrome("a", &article), "prose on 2 of 6 pages is no chrome");
        // A short line on as many pages is: a label or a menu's entry.
        let mut short = SiteChrome::new();
        for i in 0..6 {
            let label = if i < 2 { "Sale" } else { "Story" };
            short.learn("a", &page(&[label, &format!("Item {}", word(i))]));
        }
        assert!(short.is_chrome("a", "Sale"));
    }

    #[test]
    fn a_full_table_forgets_the_lines_seen_once_to_learn_new_ones() {
        let many: Vec<String> = (0..LINES_PER_SITE).map(word).collect();
        let mut sites = SiteChrome::new();
        sites.learn("a", &page(&["Footer", "Menu"]));
        sites.learn("a", &page(&["Footer"]));
        // A page of new lines fills the table to the brim.
        let mut big: Vec<&str> = many.iter().map(String::as_str).collect();
        big.truncate(LINES_PER_SITE - 2);
        sites.learn("a", &page(&big));
        assert_eq!(sites.sites["a"].lines.len(), LINES_PER_SITE);
        // The next page's new line finds room: the lines seen once are forgotten, those seen
        // twice are kept.
        for i in 0..3 {
            sites.learn("a", &page(&["Sidebar", "Footer", &format!("Story {}", word(i))]));
        }
        let lines = &sites.sites["a"].lines;
        assert!(lines.len() < 12, "{}", lines.len());
        assert!(
            sites.is_chrome("a", "Sidebar"),
            "a line that came after the table filled up"
        );
        assert!(sites.is_chrome("a", "Footer"));
        assert!(
            !lines.contains_key(&fingerprint("Menu").unwrap()),
            "seen once, forgotten"
        );
    }

    #[test]
    fn memory_is_bounded() {
        let mut sites = SiteChrome::new();
        for i in 0..(MAX_SITES + 10) {
            sites.learn(&format!("site{i}"), &page(&["Menu"]));
        }
        assert_eq!(sites.sites.len(), MAX_SITES);
        assert!(!sites.sites.contains_key("site0"), "the stalest site was forgotten");
        let many: Vec<String> = (0..LINES_PER_SITE + 100).map(word).collect();
        let mut big = SiteChrome::new();
        for i in 0..3 {
            big.learn("a", &page(&["Menu", &format!("Story {}", word(i))]));
        }
        big.learn("a", &page(&many.iter().map(String::as_str).collect::<Vec<_>>()));
        assert!(big.sites["a"].lines.len() <= LINES_PER_SITE);
        assert!(big.is_chrome("a", "Menu"), "recurring lines survive the pruning");
    }
}
