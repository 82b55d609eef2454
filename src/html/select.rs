//! Choosing the main content: Readability-style container scoring, then pruning inside the
//! chosen containers, then block filters.

use super::page::{BlockKind, Page};

/// Blocks shorter than this do not vote for their containers.
const MIN_SCORED_CHARS: usize = 25;
/// How many ancestors a block's score reaches.
const SCORED_ANCESTORS: usize = 5;
/// A container's candidates within this share of the best are taken as parts of one article.
const ALTERNATIVE_SHARE: f32 = 0.75;
/// How many such alternatives make their common ancestor the article.
const MIN_ALTERNATIVES: usize = 3;
/// Siblings join the article when their score reaches this share of its score (and 10).
const SIBLING_SHARE: f32 = 0.2;
/// Containers with fewer commas than this are checked for link lists and chrome.
const CONDITIONAL_COMMAS: usize = 10;
/// A block whose link density is above this is navigation, not prose.
const MAX_BLOCK_LINK_DENSITY: f32 = 0.5;
/// Below this many characters, the chosen article is too small to trust: chrome by class and
/// id is ignored and the choice made again.
const MIN_ARTICLE_CHARS: usize = 250;

/// The element indices of the blocks chosen as the article, in document order.
pub(crate) fn main_content(page: &Page) -> Vec<usize> {
    let strict = select(page, true);
    let strict_chars: usize = strict.iter().map(|&b| page.blocks[b].chars).sum();
    if strict_chars >= MIN_ARTICLE_CHARS {
        return strict;
    }
    let relaxed = select(page, false);
    let relaxed_chars: usize = relaxed.iter().map(|&b| page.blocks[b].chars).sum();
    if relaxed_chars > strict_chars * 2 {
        relaxed
    } else {
        strict
    }
}

/// Whether a block is outside the chrome that this pass respects.
fn usable(page: &Page, block: usize, respect_chrome: bool) -> bool {
    !respect_chrome || !page.elements[page.blocks[block].element].in_chrome
}

fn tag_weight(tag: &str) -> f32 {
    match tag {
        "div" | "article" | "section" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// One selection pass; `respect_chrome` leaves out blocks under chrome.
fn select(page: &Page, respect_chrome: bool) -> Vec<usize> {
    let elements = &page.elements;
    let n = elements.len();
    if n == 0 {
        return Vec::new();
    }
    // Readability's scores: each block of enough text votes for its ancestors.
    let mut score = vec![0.0f32; n];
    let mut touched = vec![false; n];
    for (b, block) in page.blocks.iter().enumerate() {
        if block.chars < MIN_SCORED_CHARS || !usable(page, b, respect_chrome) || block.kind == BlockKind::ListItem {
            continue;
        }
        let vote = 1.0 + block.commas as f32 + (block.chars as f32 / 100.0).floor().min(3.0);
        // Text standing loose in a container (a div holding text between images and line
        // breaks) is that container's paragraph: the container gets the first vote.
        let element = &elements[block.element];
        let loose = !matches!(
            element.tag.as_str(),
            "p" | "li" | "dt" | "dd" | "tr" | "td" | "th" | "blockquote" | "pre"
        ) && !element.tag.starts_with('h');
        let mut at = if loose { Some(block.element) } else { element.parent };
        for level in 0..SCORED_ANCESTORS {
            let Some(a) = at else { break };
            if !touched[a] {
                touched[a] = true;
                score[a] += tag_weight(&elements[a].tag) + elements[a].weight as f32;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[a] += vote / divider;
            at = elements[a].parent;
        }
    }
    for i in 0..n {
        if touched[i] {
            score[i] *= 1.0 - elements[i].link_density();
        }
    }
    let mut candidates: Vec<usize> = (0..n)
        .filter(|&i| touched[i] && !(respect_chrome && elements[i].in_chrome))
        .collect();
    candidates.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    let Some(&best) = candidates.first() else {
        return fallback(page, respect_chrome);
    };
    let mut top = best;

    // Several near-equal candidates are parts of one article: take their common ancestor.
    let alternatives: Vec<usize> = candidates
        .iter()
        .skip(1)
        .take(4)
        .copied()
        .filter(|&c| score[c] >= score[best] * ALTERNATIVE_SHARE)
        .collect();
    if alternatives.len() >= MIN_ALTERNATIVES {
        let mut at = elements[top].parent;
        while let Some(a) = at {
            if elements[a].tag == "body" {
                break;
            }
            let holds = alternatives.iter().filter(|&&c| a <= c && c < elements[a].end).count();
            if holds >= MIN_ALTERNATIVES {
                top = a;
                break;
            }
            at = elements[a].parent;
        }
    }

    // Climb while the parent scores better, as long as it keeps a third of the score.
    let mut last = score[top];
    let threshold = last / 3.0;
    let mut at = elements[top].parent;
    while let Some(a) = at {
        if matches!(elements[a].tag.as_str(), "body" | "html") {
            break;
        }
        if !touched[a] {
            at = elements[a].parent;
            continue;
        }
        if score[a] < threshold {
            break;
        }
        if score[a] > last {
            top = a;
            break;
        }
        last = score[a];
        at = elements[a].parent;
    }
    // A wrapper that holds nothing but the article is the article.
    while let Some(p) = elements[top].parent {
        if matches!(elements[p].tag.as_str(), "body" | "html") || elements[p].chars != elements[top].chars {
            break;
        }
        top = p;
    }

    // Siblings that look like more of the article join it.
    let mut roots = vec![top];
    if let Some(parent) = elements[top].parent {
        let top_score = score[top];
        let threshold = (top_score * SIBLING_SHARE).max(10.0);
        let mut child = parent + 1;
        while child < elements[parent].end {
            let e = &elements[child];
            if child != top && !(respect_chrome && e.in_chrome) && e.chars > 0 {
                let bonus = if e.class.is_some() && e.class == elements[top].class {
                    top_score * SIBLING_SHARE
                } else {
                    0.0
                };
                let joins = if score[child] + bonus >= threshold {
                    true
                } else if e.tag == "p" {
                    let ld = e.link_density();
                    let text = blocks_text(page, child);
                    (e.chars > 80 && ld < 0.25)
                        || (e.chars <= 80 && ld == 0.0 && (text.contains(". ") || text.ends_with('.')))
                } else {
                    false
                };
                if joins {
                    roots.push(child);
                }
            }
            child = e.end;
        }
        roots.sort_unstable();
    }

    let removed = conditional_removals(page, &roots, &score, respect_chrome);
    let mut chosen = Vec::new();
    for (b, block) in page.blocks.iter().enumerate() {
        let e = block.element;
        if !usable(page, b, respect_chrome) || !roots.iter().any(|&r| r <= e && e < elements[r].end) {
            continue;
        }
        if removed.iter().any(|&(start, end)| start <= e && e < end) {
            continue;
        }
        if block.link_density() > MAX_BLOCK_LINK_DENSITY {
            continue;
        }
        chosen.push(b);
    }
    chosen
}

/// Text of the blocks directly in one element's subtree.
fn blocks_text(page: &Page, element: usize) -> String {
    let end = page.elements[element].end;
    page.blocks
        .iter()
        .filter(|b| element <= b.element && b.element < end)
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Subtrees inside the article that look like link lists or chrome, in the spirit of
/// Readability's conditional cleaning: as element ranges `start..end`. Inner subtrees are
/// judged first, and what they lose no longer counts against their ancestors, so a link-heavy
/// share bar does not take the paragraphs beside it down with it.
fn conditional_removals(page: &Page, roots: &[usize], score: &[f32], respect_chrome: bool) -> Vec<(usize, usize)> {
    let elements = &page.elements;
    let mut removed: Vec<(usize, usize)> = Vec::new();
    for &root in roots {
        let span = root..elements[root].end;
        // Characters, link characters and commas already removed below each element.
        let mut lost = vec![(0usize, 0.0f32, 0usize); span.len()];
        for i in span.clone().skip(1).rev() {
            let e = &elements[i];
            let is_list = matches!(e.tag.as_str(), "ul" | "ol" | "dl");
            let checked = is_list
                || matches!(
                    e.tag.as_str(),
                    "div" | "section" | "table" | "form" | "header" | "footer" | "aside" | "nav"
                );
            let (lost_chars, lost_links, lost_commas) = lost[i - root];
            let chars = e.chars.saturating_sub(lost_chars);
            let commas = e.commas.saturating_sub(lost_commas);
            let ld = if chars == 0 {
                0.0
            } else {
                ((e.link_chars - lost_links).max(0.0) / chars as f32).min(1.0)
            };
            let drop = checked && chars > 0 && commas < CONDITIONAL_COMMAS && {
                let weight = e.weight;
                if weight as f32 + score[i] < 0.0 && weight < 0 {
                    true
                } else if is_list {
                    ld > 0.5
                } else if e.list_items > e.paragraphs * 2 && e.list_items > 2 && ld > 0.2 {
                    true
                } else if weight < 25 {
                    ld > 0.2 + if respect_chrome { 0.0 } else { 0.1 }
                } else {
                    ld > 0.5
                }
            };
            if drop {
                removed.push((i, e.end));
                let links = (e.link_chars - lost_links).max(0.0);
                let mut at = e.parent;
                while let Some(a) = at {
                    if a < root {
                        break;
                    }
                    let l = &mut lost[a - root];
                    l.0 += chars;
                    l.1 += links;
                    l.2 += commas;
                    at = elements[a].parent;
                }
            }
        }
    }
    // Keep the outermost ranges only.
    removed.sort_unstable();
    let mut outer: Vec<(usize, usize)> = Vec::with_capacity(removed.len());
    for range in removed {
        if outer.last().is_some_and(|last| range.0 < last.1) {
            continue;
        }
        outer.push(range);
    }
    outer
}

/// When no container earns a score (very short pages), keep the prose-like blocks.
fn fallback(page: &Page, respect_chrome: bool) -> Vec<usize> {
    (0..page.blocks.len())
        .filter(|&b| usable(page, b, respect_chrome) && page.blocks[b].link_density() <= MAX_BLOCK_LINK_DENSITY)
        .collect()
}
