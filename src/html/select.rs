//! Choosing the main content: Readability-style container scoring, then pruning inside the
//! chosen containers, then block filters.

use super::markers::TEXT_BLOCK_TAGS;
use super::page::{measure, Block, Chrome, Element, Measure, Page};
use super::tuning::*;
use crate::document::BlockKind;
use rustc_hash::{FxHashMap, FxHashSet};

/// What one selection pass looks at: which elements it leaves out as chrome, the text measures
/// of every subtree without them, and how strictly it prunes.
struct View<'a> {
    page: &'a Page,
    excluded: Vec<bool>,
    m: Vec<Measure>,
    /// Whether chrome is respected (the first pass) or largely ignored (a fallback).
    strict: bool,
    /// Whether the page is a manual's: its boxes of notes, examples and sections are its
    /// parts whatever their names and links, and only link lists are pruned.
    manual: bool,
}

impl<'a> View<'a> {
    fn new(page: &'a Page, excluded: Vec<bool>, strict: bool, manual: bool) -> View<'a> {
        let m = measure(page, &excluded);
        View {
            page,
            excluded,
            m,
            strict,
            manual,
        }
    }

    /// Whether a block is outside what this pass leaves out.
    fn usable(&self, block: usize) -> bool {
        !self.excluded[self.page.blocks[block].element]
    }
}

/// The blocks chosen as the article, and the chrome marks they were chosen under.
pub(crate) struct Choice {
    /// The element indices of the chosen blocks, in document order.
    pub blocks: Vec<usize>,
    /// Whether each element is chrome, as the choice saw it: the page's own marks, or those
    /// with a wrapper's lifted. Widening the choice keeps to the same marks.
    pub chrome: Vec<bool>,
}

/// The element indices of the blocks chosen as the article, in document order.
#[cfg(test)]
pub(crate) fn main_content(page: &Page) -> Vec<usize> {
    choose(page).blocks
}

/// The article's blocks, and the marks they were chosen under.
///
/// The first pass respects every chrome mark. When it finds too little, the page's best
/// container is looked for with chrome ignored, and only the chrome marks around that container
/// are lifted (a layout wrapper named for its sidebar, a "header-style" page wrapper): share
/// bars and comments inside the article stay marked. Ignoring chrome altogether is the last
/// resort.
pub(crate) fn choose(page: &Page) -> Choice {
    choose_as(page, false)
}

/// The article's blocks as [`choose`] finds them, on a manual's page (`manual`) pruning only
/// link lists inside the chosen container.
pub(crate) fn choose_as(page: &Page, manual: bool) -> Choice {
    let chars_of = |blocks: &[usize]| -> usize { blocks.iter().map(|&b| page.blocks[b].chars).sum() };
    let marked: Vec<bool> = page.elements.iter().map(|e| e.in_chrome).collect();
    let strict = select(&View::new(page, marked.clone(), true, manual));
    let strict_chars = chars_of(&strict);
    // Without the page's chrome marks, but never with a dialog: a consent form's many words
    // are not an article for want of one.
    let unmarked = View::new(page, in_dialogs(page), false, manual);
    let page_marks = |blocks| Choice {
        blocks,
        chrome: marked.clone(),
    };
    let Some(best) = best_candidate(&unmarked) else {
        return page_marks(strict);
    };
    let lifted_marks = chrome_without_wrappers_of(page, best);
    if strict_chars >= MIN_ARTICLE_CHARS && lifted_marks == marked {
        return page_marks(strict);
    }
    let lifted = select(&View::new(page, lifted_marks.clone(), true, manual));
    let lifted_chars = chars_of(&lifted);
    let with_lifted = |blocks| Choice {
        blocks,
        chrome: lifted_marks,
    };
    if strict_chars >= MIN_ARTICLE_CHARS {
        return if lifted_chars > strict_chars * FALLBACK_GAIN {
            with_lifted(lifted)
        } else {
            page_marks(strict)
        };
    }
    // The first choice had too little; one with enough is taken.
    if lifted_chars >= MIN_ARTICLE_CHARS {
        return with_lifted(lifted);
    }
    let relaxed = select(&unmarked);
    if chars_of(&relaxed) > strict_chars.max(lifted_chars) * FALLBACK_GAIN {
        page_marks(relaxed)
    } else if lifted_chars > strict_chars {
        with_lifted(lifted)
    } else {
        page_marks(strict)
    }
}

/// Chrome marks with those on `element`, its ancestors, and the descendants holding most of
/// its text lifted.
fn chrome_without_wrappers_of(page: &Page, element: usize) -> Vec<bool> {
    let elements = &page.elements;
    let mut lifted = vec![false; elements.len()];
    for a in page.ancestors(element) {
        lifted[a] = true;
    }
    for inner in element + 1..elements[element].end {
        lifted[inner] = elements[inner].all_chars * 2 > elements[element].all_chars;
    }
    let mut excluded = vec![false; elements.len()];
    for i in 0..elements.len() {
        let own = elements[i].own_chrome != Chrome::No && !lifted[i] && {
            // Keep the page's own verdict on forms (chrome unless they hold most of the page).
            elements[i].own_chrome != Chrome::Form || elements[i].in_chrome
        };
        excluded[i] = own || elements[i].dialog || elements[i].parent.is_some_and(|p| excluded[p]);
    }
    excluded
}

/// Whether each element is a dialog over the page or inside one.
fn in_dialogs(page: &Page) -> Vec<bool> {
    let elements = &page.elements;
    let mut inside = vec![false; elements.len()];
    for i in 0..elements.len() {
        inside[i] = elements[i].dialog || elements[i].parent.is_some_and(|p| inside[p]);
    }
    inside
}

/// The page's main region (`<main>` or `role="main"`, else the body) in place of the chosen
/// blocks, when they hold less than [`MAIN_REGION_SHARE`] of its text on pages of
/// `many_parts`, whose content is no one container, or [`SMALL_PART_SHARE`] on others, whose
/// chosen container may be one box of many. Chrome, as the choice saw it, stays out, and link
/// lists too unless `items_are_links`.
///
/// The region is the one around the chosen blocks; when pruning left none, the page's one
/// main region outside chrome, else its body.
pub(crate) fn widened_to_main_region(
    page: &Page,
    choice: Choice,
    many_parts: bool,
    items_are_links: bool,
) -> Vec<usize> {
    let Choice { blocks: chosen, chrome } = choice;
    let mains: Vec<usize> = (0..page.elements.len())
        .filter(|&e| page.elements[e].main_landmark && !page.elements[e].in_chrome)
        .collect();
    let region = match chosen.first() {
        Some(&first) => {
            let around = page.blocks[first].element;
            page.ancestors(around)
                .find(|&a| page.elements[a].main_landmark)
                .or_else(|| page.ancestors(around).find(|&a| page.elements[a].tag == "body"))
        }
        None => match mains[..] {
            [main] => Some(main),
            _ => page.elements.iter().position(|e| e.tag == "body"),
        },
    };
    let wide = |region: usize| -> Vec<usize> {
        let inside = region..page.elements[region].end;
        page.blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| inside.contains(&b.element) && !chrome[b.element])
            .filter(|(_, b)| items_are_links || b.link_density() <= NAVIGATION_LINK_DENSITY)
            .map(|(i, _)| i)
            .collect()
    };
    let chars = |blocks: &[usize]| blocks.iter().map(|&b| page.blocks[b].chars).sum::<usize>() as f32;
    // Chrome outside the page's main region, which a fallback took for want of better (a
    // dialog's terms, a footer), is not the content: the main region is.
    if !chosen.is_empty() {
        // The page's main region with the most text, when it has several.
        let largest = mains
            .iter()
            .max_by_key(|&&m| (page.elements[m].all_chars, std::cmp::Reverse(m)));
        if let Some(&main) = largest {
            let inside = main..page.elements[main].end;
            let outside_in_chrome = chosen
                .iter()
                .all(|&b| !inside.contains(&page.blocks[b].element) && page.block_in_chrome(b));
            let wide = wide(main);
            if outside_in_chrome && chars(&wide) >= MIN_ARTICLE_CHARS as f32 {
                return wide;
            }
        }
    }
    let Some(region) = region else {
        return chosen;
    };
    let wide = wide(region);
    let share = if many_parts {
        MAIN_REGION_SHARE
    } else {
        SMALL_PART_SHARE
    };
    if chars(&chosen) >= share * chars(&wide) {
        chosen
    } else {
        wide
    }
}

/// A container's score before its blocks vote: its tag's and its class and id words' weights.
/// A good name is worth its full weight only over enough text, so that a well-named box with
/// a line in it does not beat the article next door.
fn prior(element: &Element, m: &Measure) -> f32 {
    let chars = m.chars;
    // An item of a list of links (teasers on an index page) is named for what it is (a post,
    // an entry), not for being the article.
    let name_weight = if element.repeated && m.link_density() > TEASER_LINK_DENSITY {
        element.weight.min(0)
    } else {
        element.weight
    };
    let prior = tag_weight(&element.tag) + name_weight as f32;
    if prior > 0.0 {
        prior * (chars as f32 / FULL_PRIOR_CHARS).min(1.0)
    } else {
        prior
    }
}

/// Readability's container scores: each block of enough text votes for its nearest
/// ancestors, and a container's score shrinks with its link density. `None` for containers
/// no block voted for.
fn scores(view: &View) -> Vec<Option<f32>> {
    let elements = &view.page.elements;
    let mut score: Vec<Option<f32>> = vec![None; elements.len()];
    for (b, block) in view.page.blocks.iter().enumerate() {
        let min_chars = match block.kind {
            BlockKind::ListItem | BlockKind::NumberedItem => continue,
            // A row of a data table is not prose; a layout table's cell holding an article is.
            BlockKind::TableRow => MIN_SCORED_ROW_CHARS,
            _ => MIN_SCORED_CHARS,
        };
        if block.chars < min_chars || !view.usable(b) {
            continue;
        }
        let vote = 1.0
            + block.commas as f32
            + (block.chars as f32 / VOTE_CHARS_PER_POINT)
                .floor()
                .min(MAX_VOTE_LENGTH_POINTS);
        // Text standing loose in a container (a div holding text between images and line
        // breaks) is that container's paragraph: the container gets the first vote.
        let element = &elements[block.element];
        let loose = !TEXT_BLOCK_TAGS.contains(&&*element.tag);
        let mut at = if loose { Some(block.element) } else { element.parent };
        for divider in VOTE_DIVIDERS {
            let Some(a) = at else { break };
            let base = prior(&elements[a], &view.m[a]);
            *score[a].get_or_insert(base) += vote / divider;
            at = elements[a].parent;
        }
    }
    for (s, m) in score.iter_mut().zip(&view.m) {
        if let Some(s) = s {
            *s *= 1.0 - m.link_density();
        }
    }
    score
}

/// Scored containers outside what the view leaves out, best first.
fn ranked(view: &View, score: &[Option<f32>]) -> Vec<usize> {
    let mut candidates: Vec<usize> = (0..score.len())
        .filter(|&i| score[i].is_some() && !view.excluded[i])
        .collect();
    let key = |i: usize| score[i].unwrap_or(f32::MIN);
    candidates.sort_by(|&a, &b| key(b).total_cmp(&key(a)).then(a.cmp(&b)));
    candidates
}

/// The best-scoring container of a view.
fn best_candidate(view: &View) -> Option<usize> {
    ranked(view, &scores(view)).first().copied()
}

/// One selection pass over a view.
fn select(view: &View) -> Vec<usize> {
    let page = view.page;
    let elements = &page.elements;
    if elements.is_empty() {
        return Vec::new();
    }
    let raw = scores(view);
    let candidates = ranked(view, &raw);
    let Some(&best) = candidates.first() else {
        return fallback(view);
    };
    let touched: Vec<bool> = raw.iter().map(Option::is_some).collect();
    let score: Vec<f32> = raw.iter().map(|s| s.unwrap_or(0.0)).collect();
    let mut top = best;

    // Several near-equal candidates are parts of one article: take their common ancestor.
    let alternatives: Vec<usize> = candidates
        .iter()
        .skip(1)
        .take(ALTERNATIVES_LOOKED_AT)
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
    let threshold = last * CLIMB_MIN_SHARE;
    let mut at = elements[top].parent;
    while let Some(a) = at {
        if matches!(&*elements[a].tag, "body" | "html") {
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
        if matches!(&*elements[p].tag, "body" | "html") || view.m[p].chars != view.m[top].chars {
            break;
        }
        top = p;
    }

    // Siblings that look like more of the article join it.
    let mut roots = vec![top];
    if let Some(parent) = elements[top].parent {
        let top_score = score[top];
        let threshold = (top_score * SIBLING_SHARE).max(MIN_SIBLING_SCORE);
        // The sibling with text right before the chosen container: the one that may head it.
        let mut right_before = None;
        let mut child = parent + 1;
        while child < elements[parent].end {
            let e = &elements[child];
            let m = &view.m[child];
            if child != top && !view.excluded[child] && m.chars > 0 {
                let bonus = if e.class.is_some() && e.class == elements[top].class {
                    top_score * SIBLING_SHARE
                } else {
                    0.0
                };
                // A section a page builder wraps deep scores as its innermost box, when it is prose.
                let own_score = if m.link_density() < WRAPPED_SECTION_LINK_DENSITY {
                    wrapped_score(view, &score, child)
                } else {
                    score[child]
                };
                let joins = if own_score + bonus >= threshold {
                    true
                } else if e.tag == "p" {
                    let ld = m.link_density();
                    let text = blocks_text(page, child);
                    (m.chars > SHORT_SIBLING_CHARS && ld < CONTINUATION_LINK_DENSITY)
                        || (m.chars <= SHORT_SIBLING_CHARS && ld == 0.0 && (text.contains(". ") || text.ends_with('.')))
                } else {
                    continues_sections(view, top, child)
                };
                if joins {
                    roots.push(child);
                }
                if child < top {
                    right_before = Some(child);
                }
            }
            child = e.end;
        }
        if let Some(head) = right_before.filter(|head| !roots.contains(head) && heads_the_article(view, *head)) {
            roots.push(head);
        }
        roots.sort_unstable();
    }
    roots = with_twins(view, roots, best, &candidates);

    let removed = conditional_removals(view, &roots, &score);
    let kept = kept_blocks(view, &roots, &removed);
    let roots_chars: usize = roots.iter().map(|&r| view.m[r].chars).sum();
    let kept_chars: usize = kept.iter().map(|&b| page.blocks[b].chars).sum();
    let whole_page = roots.iter().any(|&r| matches!(&*elements[r].tag, "body" | "html"));
    if !whole_page && kept_chars * PRUNED_TO_NOTHING < roots_chars.min(MIN_ARTICLE_CHARS * PRUNED_TO_NOTHING) {
        // Pruning took (nearly) all of a container: its boxes, each too small or too plainly
        // named to stand on its own, are the article's parts. Only link lists go.
        let lenient = kept_blocks(view, &roots, &navigation_removals(view, &roots));
        if lenient.iter().map(|&b| page.blocks[b].chars).sum::<usize>() > kept_chars {
            return lenient;
        }
    }
    kept
}

/// An element's score, or that of the box it wraps: page builders nest each section's text
/// in wrappers (a column in a row in a section) deeper than any paragraph's vote reaches, so
/// the outer box of a section scores as the innermost box that holds all its text.
fn wrapped_score(view: &View, score: &[f32], element: usize) -> f32 {
    let elements = &view.page.elements;
    let mut best = score[element];
    let mut at = element;
    loop {
        let mut holding_text = None;
        let mut child = at + 1;
        while child < elements[at].end {
            if view.m[child].chars > 0 {
                if holding_text.is_some() {
                    return best;
                }
                holding_text = Some(child);
            }
            child = elements[child].end;
        }
        match holding_text {
            Some(only) if view.m[only].chars == view.m[at].chars => {
                best = best.max(score[only]);
                at = only;
            }
            _ => return best,
        }
    }
}

/// The usable blocks under `roots`, less those in `removed` ranges and link-heavy ones.
fn kept_blocks(view: &View, roots: &[usize], removed: &[(usize, usize)]) -> Vec<usize> {
    let page = view.page;
    // A page may have thousands of roots (short paragraphs beside the article) and of
    // removed boxes: each block finds its range by halving.
    let roots = outermost(roots.iter().map(|&r| (r, page.elements[r].end)).collect());
    let removed = outermost(removed.to_vec());
    let inside = |b: usize| {
        let e = page.blocks[b].element;
        view.usable(b) && covers(&roots, e) && !covers(&removed, e)
    };
    let prose = |b: usize| {
        let block = &page.blocks[b];
        let density = block.link_density();
        let navigation = match block.kind {
            BlockKind::ListItem | BlockKind::NumberedItem => !view.manual && density >= ANNOTATED_ITEM_DENSITY,
            _ => density > NAVIGATION_LINK_DENSITY,
        };
        inside(b) && !navigation
    };
    (0..page.blocks.len())
        .filter(|&b| prose(b) || (inside(b) && is_card_title(page, b) && prose(b + 1)))
        .collect()
}

/// Whether a sibling of the chosen container is another part of one outline: the chosen
/// container is a `<section>` in a parent that opens with a heading of a higher rank, and the
/// sibling is a `<section>` that opens with a heading of the chosen one's level and has few
/// links. A manual set as nested sections, one per heading, scores section by section, and its
/// best section alone is not the document. Boxes that are not sections (a landing page's
/// panels under its headline) are left to the scores: a page's title over its panels makes no
/// outline of them.
fn continues_sections(view: &View, top: usize, sibling: usize) -> bool {
    let page = view.page;
    let Some(parent) = page.elements[top].parent else {
        return false;
    };
    let level = page.opening_heading(top);
    let outline = matches!((page.opening_heading(parent), level), (Some(outer), Some(inner)) if outer < inner);
    outline
        && page.elements[top].tag == "section"
        && page.elements[sibling].tag == "section"
        && page.opening_heading(sibling) == level
        && view.m[sibling].link_density() < CONTINUATION_LINK_DENSITY
}

/// Whether the sibling right before the chosen container (no box with text between them) is
/// the article's head: it opens with the page's headline (an `<h1>`), holds a paragraph of
/// prose that ends a sentence, and has few links. Documentation and landing pages set the
/// headline and the opening paragraphs in a header box of their own, apart from the body the
/// votes chose.
fn heads_the_article(view: &View, sibling: usize) -> bool {
    let page = view.page;
    page.opening_heading(sibling) == Some(1)
        && view.m[sibling].link_density() < CONTINUATION_LINK_DENSITY
        && page.blocks_in(sibling).iter().any(|b| {
            b.kind == BlockKind::Paragraph
                && b.chars > SHORT_SIBLING_CHARS
                && b.link_density() < CONTINUATION_LINK_DENSITY
                && crate::units::ends_sentence(&b.text)
        })
}

/// Whether a block is a heading that is a link over the text of its own card: the next block
/// shares its box (its parent or grandparent) and is no heading.
///
/// A description list's term is a title over its text too: a reference names each property
/// or function with a link to its page, then says what it does.
fn is_card_title(page: &Page, b: usize) -> bool {
    let block = &page.blocks[b];
    let Some(next) = page.blocks.get(b + 1) else {
        return false;
    };
    let term = &*page.elements[block.element].tag == "dt"
        && page
            .ancestors(next.element)
            .take(CARD_LEVELS)
            .any(|e| &*page.elements[e].tag == "dd");
    term || matches!(block.kind, BlockKind::Heading(_))
        && !matches!(next.kind, BlockKind::Heading(_))
        && page
            .ancestors(block.element)
            .skip(1)
            .take(CARD_LEVELS)
            .any(|card| card < next.element && next.element < page.elements[card].end)
}

/// The boxes and lists inside the article that are mostly links, outermost first, but for
/// those holding most of it: what pruning takes when its full measure would leave nothing.
fn navigation_removals(view: &View, roots: &[usize]) -> Vec<(usize, usize)> {
    let elements = &view.page.elements;
    let mut removed: Vec<(usize, usize)> = Vec::new();
    for &root in roots {
        let mut i = root + 1;
        while i < elements[root].end {
            let e = &elements[i];
            let m = &view.m[i];
            let checked = is_list(&e.tag) || is_pruned_box(&e.tag);
            let most = m.chars * 2 > view.m[root].chars;
            if checked && m.chars > 0 && !most && m.link_density() > NAVIGATION_LINK_DENSITY {
                removed.push((i, e.end));
                i = e.end;
            } else {
                i += 1;
            }
        }
    }
    removed
}

/// Whether an element is a list, which pruning judges by its items.
fn is_list(tag: &str) -> bool {
    matches!(tag, "ul" | "ol" | "dl")
}

/// Whether pruning judges an element of this tag as a box (lists aside).
fn is_pruned_box(tag: &str) -> bool {
    matches!(
        tag,
        "div" | "section" | "table" | "form" | "header" | "footer" | "aside" | "nav"
    )
}

/// Adds the best container's twins: containers nearby with the very same class, plenty of
/// text and few links. Articles broken up by a figure, a quote or an advertisement often
/// continue in a second box of the same kind that is not a sibling of the first.
fn with_twins(view: &View, mut roots: Vec<usize>, best: usize, candidates: &[usize]) -> Vec<usize> {
    let elements = &view.page.elements;
    let Some(class) = elements[best].class.as_ref() else {
        return roots;
    };
    let mut neighbourhood = best;
    for _ in 0..TWIN_LEVELS {
        match elements[neighbourhood].parent {
            Some(p) if !matches!(&*elements[p].tag, "body" | "html") => neighbourhood = p,
            _ => break,
        }
    }
    let inside = |r: usize, e: usize| r <= e && e < elements[r].end;
    for &c in candidates {
        let m = &view.m[c];
        let twin = elements[c].class.as_ref() == Some(class)
            && inside(neighbourhood, c)
            && m.chars >= MIN_TWIN_CHARS
            && m.link_density() < CONTINUATION_LINK_DENSITY
            && !roots.iter().any(|&r| inside(r, c) || inside(c, r));
        if twin {
            roots.push(c);
        }
    }
    roots.sort_unstable();
    roots
}

/// Text of the blocks directly in one element's subtree.
fn blocks_text(page: &Page, element: usize) -> String {
    page.blocks_in(element)
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Subtrees inside the article that look like link lists or chrome, in the spirit of
/// Readability's conditional cleaning: as element ranges `start..end`. Inner subtrees are
/// judged first, and what they lose no longer counts against their ancestors, so a link-heavy
/// share bar does not take the paragraphs beside it down with it.
fn conditional_removals(view: &View, roots: &[usize], score: &[f32]) -> Vec<(usize, usize)> {
    let elements = &view.page.elements;
    let mut removed: Vec<(usize, usize)> = Vec::new();
    for &root in roots {
        let span = root..elements[root].end;
        let rows = rows_of_like_boxes(view, root);
        // Characters, link characters and commas already removed below each element.
        let mut lost = vec![(0usize, 0.0f32, 0usize); span.len()];
        for i in span.clone().skip(1).rev() {
            let e = &elements[i];
            let m = &view.m[i];
            let is_list = is_list(&e.tag);
            let checked = is_list || is_pruned_box(&e.tag);
            let (lost_chars, lost_links, lost_commas) = lost[i - root];
            let chars = m.chars.saturating_sub(lost_chars);
            let commas = m.commas.saturating_sub(lost_commas);
            let ld = if chars == 0 {
                0.0
            } else {
                ((m.link_chars - lost_links).max(0.0) / chars as f32).min(1.0)
            };
            // A subtree holding most of the article is the article, whatever it looks like; so
            // is a box of a row of like boxes that hold most of it together (a grid of cards,
            // each a linked heading over its text).
            let most = chars * 2 > view.m[root].chars || rows.contains(&i);
            let judged_to_go = checked && chars > 0 && !most && commas < CONDITIONAL_COMMAS && {
                let weight = e.weight;
                // A list is judged by its items: a menu's are links, while a list of
                // ingredients or facts has text around its links.
                let mostly_linked_items = m.linked_items * 2 > m.list_items;
                if view.manual && !is_list {
                    ld > NAVIGATION_LINK_DENSITY
                } else if weight as f32 + score[i] < 0.0 && weight < 0 {
                    true
                } else if is_list {
                    !view.manual && ld > NAVIGATION_LINK_DENSITY && (m.list_items == 0 || mostly_linked_items)
                } else if m.list_items > m.paragraphs * LIST_HEAVY_ITEMS_PER_PARAGRAPH
                    && m.list_items > MIN_LIST_HEAVY_ITEMS
                {
                    ld > PROSE_LINK_DENSITY && mostly_linked_items
                } else if weight < CLASS_WEIGHT {
                    // Not named as content: held to prose's measure.
                    let relaxed = if view.strict { 0.0 } else { RELAXED_EXTRA_LINK_DENSITY };
                    ld > PROSE_LINK_DENSITY + relaxed && !(ld <= NOTE_LINK_DENSITY && is_note(view, i))
                } else {
                    ld > NAVIGATION_LINK_DENSITY
                }
            };
            // A box of nothing but code is the code's, whatever its name says (a manual's
            // example in a "widget" with its copy button): asked only of the boxes that would go.
            let drop = judged_to_go && !is_code_box(view, i);
            if drop {
                removed.push((i, e.end));
                let links = (m.link_chars - lost_links).max(0.0);
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
    outermost(removed)
}

/// Element ranges `start..end` in order, those inside another left out.
fn outermost(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut outer: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for range in ranges {
        if outer.last().is_some_and(|last| range.0 < last.1) {
            continue;
        }
        outer.push(range);
    }
    outer
}

/// Whether one of `ranges` (in order, none inside another) holds `element`.
fn covers(ranges: &[(usize, usize)], element: usize) -> bool {
    let after = ranges.partition_point(|&(start, _)| start <= element);
    after > 0 && element < ranges[after - 1].1
}

/// Whether an element holds blocks that a pass looks at, and every one of them is `such`.
fn only_blocks(view: &View, element: usize, such: impl Fn(&Block) -> bool) -> bool {
    let mut blocks = view
        .page
        .blocks_in(element)
        .iter()
        .filter(|b| !view.excluded[b.element])
        .peekable();
    blocks.peek().is_some() && blocks.all(such)
}

/// Whether an element's blocks are sentences of prose, each long enough to stand alone: a
/// note, a tip, a warning, whose one link weighs on its short text.
fn is_note(view: &View, element: usize) -> bool {
    only_blocks(view, element, |b| {
        b.kind == BlockKind::Paragraph && b.chars > SHORT_SIBLING_CHARS && crate::units::ends_sentence(&b.text)
    })
}

/// Whether an element's blocks are all code.
fn is_code_box(view: &View, element: usize) -> bool {
    only_blocks(view, element, |b| b.kind == BlockKind::Code)
}

/// The boxes under `root` that are one of a row of at least [`MIN_REPEATED_SIBLINGS`] siblings
/// of one tag and class, which together hold most of `root`'s text.
fn rows_of_like_boxes(view: &View, root: usize) -> FxHashSet<usize> {
    let elements = &view.page.elements;
    // By row and whole class value: a row's boxes share their first class, these all of it.
    let mut rows: FxHashMap<(usize, &str), (Vec<usize>, usize)> = FxHashMap::default();
    // Such boxes are repeated siblings (`Element::repeated`, by their first class) to begin with.
    let boxes = elements
        .iter()
        .enumerate()
        .take(elements[root].end)
        .skip(root + 1)
        .filter(|(_, e)| e.repeated);
    for (i, e) in boxes {
        if let (Some(row), Some(class), true) = (e.row(), e.class.as_deref(), is_pruned_box(&e.tag)) {
            let (boxes, chars) = rows.entry((row, class)).or_default();
            boxes.push(i);
            *chars += view.m[i].chars;
        }
    }
    rows.into_values()
        .filter(|(boxes, chars)| boxes.len() >= MIN_REPEATED_SIBLINGS && chars * 2 > view.m[root].chars)
        .flat_map(|(boxes, _)| boxes)
        .collect()
}

/// When no container earns a score (very short pages), keep the prose-like blocks.
fn fallback(view: &View) -> Vec<usize> {
    (0..view.page.blocks.len())
        .filter(|&b| view.usable(b) && view.page.blocks[b].link_density() <= NAVIGATION_LINK_DENSITY)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::page::read;
    use super::*;

    const PROSE: &str = "The committee met again on Thursday, after a week of hearings, and agreed that the new rules would apply from the spring, although several members asked for more time.";

    /// The texts of the blocks chosen from a page.
    fn chosen(html: &str) -> Vec<String> {
        let page = read(html);
        main_content(&page)
            .into_iter()
            .map(|b| page.blocks[b].text.clone())
            .collect()
    }

    #[test]
    fn the_sections_of_an_outline_join_its_best_section() {
        // A manual in nested sections: the first part's paragraphs outvote the short second
        // part, which is the manual all the same; a section of links is not.
        let short = "Handlers send each record on, to a file or a socket.";
        let links = "<ul><li><a href='/a'>Loggers</a></li><li><a href='/b'>Filters</a></li></ul>";
        let page = format!(
            "<html><body><section><h1>Logging</h1>\
             <section><h2>Basics</h2><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></section>\
             <section><h2>Handlers</h2><p>{short}</p></section>\
             <section><h2>See also</h2>{links}</section></section></body></html>"
        );
        let texts = chosen(&page);
        assert!(texts.iter().any(|t| t == "Handlers"), "{texts:?}");
        assert!(texts.iter().any(|t| t == short), "{texts:?}");
        assert!(!texts.iter().any(|t| t == "Loggers"), "{texts:?}");
        // Panels that are not sections of an outline stay to the scores.
        let panels = page
            .replace("<section><h2>", "<div><h2>")
            .replace("</section><div>", "</div><div>");
        assert!(!chosen(&panels).iter().any(|t| t == short));
    }

    #[test]
    fn a_manual_keeps_its_lists_of_links_and_its_notes_and_prunes_only_link_boxes() {
        // A manual's section is a list of links to its pages, and a tip is a box with a link
        // in its short text: both are the manual's. A box that is all links is navigation.
        let page = format!(
            "<html><body><div class='doc'><h1>Data types</h1><p>{PROSE}</p>\
             <h2>Strings</h2><ul><li><a href='/s'>Overview of strings</a></li>\
             <li><a href='/sr'>String command reference</a></li></ul>\
             <div class='tip'><p>Tip</p><p>Read <a href='/lists'>the lists guide</a> first: sets build on lists.</p></div>\
             <h2>Lists</h2><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>\
             <div class='pager'><a href='/prev'>Previous page</a> <a href='/next'>Next page</a></div>\
             </div></body></html>"
        );
        let page = read(&page);
        let texts = |manual: bool| -> Vec<String> {
            choose_as(&page, manual)
                .blocks
                .into_iter()
                .map(|b| page.blocks[b].text.clone())
                .collect()
        };
        let manual = texts(true);
        assert!(manual.iter().any(|t| t == "Overview of strings"), "{manual:?}");
        assert!(
            manual.iter().any(|t| t.starts_with("Read the lists guide")),
            "{manual:?}"
        );
        assert!(!texts(false).iter().any(|t| t.starts_with("Read the lists guide")));
        assert!(!manual.iter().any(|t| t.contains("Next page")), "{manual:?}");
        let article = texts(false);
        assert!(!article.iter().any(|t| t == "Overview of strings"), "{article:?}");
    }

    #[test]
    fn a_box_with_some_links_stays_when_named_as_content_and_goes_when_not() {
        // A third of each box's text is in links: too much for prose, too little for navigation.
        let linked = "Read the minutes of the meeting <a href='/m'>on the council site</a> today";
        let page = format!(
            "<html><body><div class='story'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>\
             <div class='entry-content'><p>Named: {linked}</p></div>\
             <div class='box'><p>Unnamed: {linked}</p></div><p>{PROSE}</p></div></body></html>"
        );
        let texts = chosen(&page);
        assert!(texts.iter().any(|t| t.starts_with("Named:")), "{texts:?}");
        assert!(!texts.iter().any(|t| t.starts_with("Unnamed:")), "{texts:?}");
        assert_eq!(texts.len(), 5);
    }

    #[test]
    fn an_article_in_a_wrapper_named_for_chrome_is_found_and_its_own_chrome_stays_out() {
        let share = "Share this article with your friends and family on every network that you use today";
        let aside = "In other news, the library opens late on Fridays, and the pool is closed for a week.";
        let page = format!(
            "<html><body><div class='sidebar-layout'><div class='main-column'><p>{PROSE}</p><p>{PROSE}</p>\
             <aside><p>{aside}</p></aside><p>{PROSE}</p><div class='share-box'><p>{share}</p></div></div></div>\
             </body></html>"
        );
        assert_eq!(chosen(&page), [PROSE, PROSE, PROSE]);
    }

    #[test]
    fn the_box_that_holds_most_of_the_best_container_s_text_is_lifted_with_it() {
        // The paragraphs' own box is named for a sidebar, which costs it the vote; its parent,
        // named as the story, is the best container, and the box is lifted with it. A menu beside
        // the story, which ignoring chrome would take in, stays out.
        let menu = "Browse the sections of the paper, the archive, the shop, the events, and the podcasts.";
        let page = format!(
            "<html><body><div class='story'><div class='sidebar-inner'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>\
             </div></div><nav><p>{menu}</p><p>{menu}</p></nav></body></html>"
        );
        assert_eq!(chosen(&page), [PROSE, PROSE, PROSE]);
    }

    #[test]
    fn a_small_choice_behind_lifted_marks_beats_a_smaller_one() {
        // Everything is inside a wrapper named for chrome: nothing is chosen respecting the marks,
        // lifting them finds the paragraph, and ignoring them all adds too little to count.
        let page = format!(
            "<html><body><div class='sidebar-x'><div class='content'><p>{PROSE}</p>\
             <aside><p>A short aside, with a comma.</p></aside></div></div></body></html>"
        );
        assert_eq!(chosen(&page), [PROSE]);
    }

    #[test]
    fn a_choice_gives_way_to_one_behind_lifted_marks_only_with_twice_its_text() {
        let intro = "A short note opens the page, with a comma, and another, and one more after that, to be prose.";
        let wrapped = |paragraphs: usize| {
            format!(
                "<html><body><div class='intro'>{}</div>\
                 <div class='sidebar-layout'><div class='main-column'>{}</div></div></body></html>",
                format!("<p>{intro}</p>").repeat(4),
                format!("<p>{PROSE}</p>").repeat(paragraphs)
            )
        };
        // The notes (300 characters without spaces) are chosen first; lifting the marks finds
        // the notes again and two paragraphs (578), not twice as much: the notes stay.
        let texts = chosen(&wrapped(2));
        assert!(texts.iter().all(|t| t == intro), "{texts:?}");
        // With five paragraphs (700), the article wins.
        let texts = chosen(&wrapped(5));
        assert_eq!(texts.iter().filter(|t| *t == PROSE).count(), 5, "{texts:?}");
    }

    #[test]
    fn near_equal_parts_of_one_article_are_taken_with_their_common_ancestor() {
        // Four boxes, each named its own way and nested deep.
        // Climbing from one box stops on the way: the levels above it hold too little of its score.
        let part = |i: usize| {
            format!(
                "<div class='x{i}'><div><div><div class='box{i}'><p>{PROSE}</p><p>{PROSE}</p></div></div></div></div>"
            )
        };
        let page = format!(
            "<html><body><div class='wrap'>{}</div><div class='note'><p>{PROSE}</p></div></body></html>",
            (1..=4).map(part).collect::<String>()
        );
        assert_eq!(chosen(&page), vec![PROSE; 8]);
    }

    #[test]
    fn a_box_of_the_same_class_that_no_paragraph_voted_for_is_no_twin() {
        // Named widgets, the boxes around the article do not draw the choice up to them.
        let items: String = (1..=6)
            .map(|i| format!("<li>Item number {i} of a list that sits in a box of the same class</li>"))
            .collect();
        let page = format!(
            "<html><body><div class='widget-area'><div class='widget-a'><div class='post-body'><p>{PROSE}</p><p>{PROSE}</p></div></div>\
             <div class='widget-b'><div class='post-body'><ul>{items}</ul></div></div></div></body></html>"
        );
        assert_eq!(chosen(&page), [PROSE, PROSE]);
    }

    #[test]
    fn the_marks_lifted_are_those_around_the_best_container_however_much_else_the_page_holds() {
        // More text than the article, but long paragraphs without commas vote little.
        let footer = "Our paper covers the town and the valley and the hills and the river and the coast every day of the week. ".repeat(4);
        let page = format!(
            "<html><body><div class='sidebar-layout'><div class='main-column'><p>{PROSE}</p><p>{PROSE}</p>\
             <p>{PROSE}</p></div></div><footer>{}</footer></body></html>",
            format!("<p>{footer}</p>").repeat(2)
        );
        assert_eq!(chosen(&page), [PROSE, PROSE, PROSE]);
    }

    #[test]
    fn a_container_named_as_content_takes_the_short_boxes_inside_it() {
        // Short boxes score too little to join the paragraphs' box as siblings, but the box
        // around them all is named as the content and outscores it.
        let note = "A note beside the story, with a comma";
        let page = format!(
            "<html><body><div class='content'><div><p>{PROSE}</p><p>{PROSE}</p></div>{}</div></body></html>",
            format!("<div>{note}</div>").repeat(3)
        );
        let texts = chosen(&page);
        assert_eq!(texts.iter().filter(|t| *t == note).count(), 3, "{texts:?}");
    }

    #[test]
    fn a_wrapper_holding_nothing_but_the_article_is_the_article_and_its_siblings_join() {
        let sibling = "The paragraph after the article's box is more of the article, as the layout set it apart.";
        let page = format!(
            "<html><body><div class='outer'><div class='inner'><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p></div></div>\
             <p>{sibling}</p></body></html>"
        );
        assert_eq!(chosen(&page), [PROSE, PROSE, PROSE, sibling]);
    }

    #[test]
    fn siblings_join_by_score_class_or_the_shape_of_their_paragraphs() {
        let long = "A long paragraph beside the story, with no links in it at all, which reads as more of the story.";
        let linked = "A long paragraph beside the story, <a href='/x'>with a third of its text in links</a>, which is not the story.";
        let page = format!(
            "<html><body><div class='story'>{}</div><p>{long}</p><p>{linked}</p><p>Short sentence here.</p>\
             <p>Short label</p><div class='story'><p>Continued.</p></div><div class='other'><p>{PROSE}</p></div></body></html>",
            format!("<p>{PROSE}</p>").repeat(5)
        );
        let mut expected = vec![PROSE; 5];
        expected.extend([long, "Short sentence here.", "Continued."]);
        assert_eq!(chosen(&page), expected);
    }

    #[test]
    fn twins_are_near_long_and_nearly_free_of_links() {
        const OTHER: &str = "Another box nearby holds as much text as a twin, with commas, and no links, but its class is not the article's.";
        let twin = |text: &str| format!("<div class='w'><div class='post-body'>{text}</div></div>");
        let body = format!("<p>{PROSE}</p><p>{PROSE}</p>");
        let short = "<p>Short text in a twin box.</p>".to_string();
        let linked = format!("<p>{PROSE} <a href='/x'>{PROSE}</a></p>");
        let page = format!(
            "<html><body><main><section><div class='post-body'>{body}{body}</div></section>\
             <aside><p>Menu</p></aside>{}{}{}<div class='box-x'><p>{OTHER}</p><p>{OTHER}</p></div></main></body></html>",
            twin(&body),
            twin(&short),
            twin(&linked)
        );
        assert_eq!(
            chosen(&page),
            vec![PROSE; 6],
            "the first twin only, and no box of another class"
        );
    }

    #[test]
    fn a_search_form_inside_the_article_stays_out_when_marks_are_lifted() {
        let search = "Search the archive of the paper for stories, names and places that you remember.";
        let page = format!(
            "<html><body><div class='sidebar-layout'><div class='main-column'><p>{PROSE}</p>\
             <form><p>{search}</p></form><p>{PROSE}</p><p>{PROSE}</p></div></div></body></html>"
        );
        assert_eq!(chosen(&page), [PROSE, PROSE, PROSE]);
    }

    #[test]
    fn a_box_with_most_but_not_all_of_the_best_container_s_text_is_lifted() {
        let page = format!(
            "<html><body><div class='story'><p>{PROSE}</p><p>{PROSE}</p><div class='sidebar-inner'><p>{PROSE}</p>\
             <p>{PROSE}</p><p>{PROSE}</p></div></div></body></html>"
        );
        assert_eq!(chosen(&page), vec![PROSE; 5]);
    }

    #[test]
    fn every_paragraph_has_a_vote_and_commas_add_to_it() {
        let plain = "The council met on Tuesday and the mayor spoke about the budget for the next year";
        let commas = "Apples, pears, plums, figs, and dates.";
        let page = format!(
            "<html><body><div class='a'>{}</div><div class='b'><p>{commas}</p></div></body></html>",
            format!("<p>{plain}</p>").repeat(4)
        );
        assert_eq!(chosen(&page), vec![plain; 4]);
    }

    #[test]
    fn when_every_choice_is_small_chrome_is_ignored_altogether() {
        // The article's paragraphs each sit in a box marked as chrome, side by side: lifting the
        // marks around the best container does not reach them.
        let page = format!(
            "<html><body><div class='sidebar-x'><div class='content'><aside><p>{PROSE}</p></aside>\
             <aside><p>{PROSE}</p></aside><aside><p>{PROSE}</p></aside><p>Updated on Monday.</p></div></div>\
             </body></html>"
        );
        let texts = chosen(&page);
        assert_eq!(texts.iter().filter(|t| *t == PROSE).count(), 3, "{texts:?}");
        // The same without the wrapper: nothing around the best container is lifted at all.
        let bare = page
            .replace("<div class='sidebar-x'>", "")
            .replace("</div></div>", "</div>");
        let texts = chosen(&bare);
        assert_eq!(texts.iter().filter(|t| *t == PROSE).count(), 3, "{texts:?}");
    }

    /// Blocks chosen under the page's own chrome marks.
    fn under_page_marks(page: &Page, blocks: Vec<usize>) -> Choice {
        let chrome = page.elements.iter().map(|e| e.in_chrome).collect();
        Choice { blocks, chrome }
    }

    fn element(tag: &str, weight: i32, repeated: bool) -> Element {
        Element {
            tag: tag.to_string().into(),
            parent: None,
            end: 1,
            own_chrome: Chrome::No,
            in_chrome: false,
            weight,
            class: None,
            repeated,
            sibling_group: None,
            standfirst: false,
            picture: false,
            comments: false,
            reviews: false,
            main_landmark: tag == "main",
            dialog: false,
            all_chars: 0,
        }
    }

    fn measure(chars: usize, link_chars: f32) -> Measure {
        Measure {
            chars,
            link_chars,
            ..Measure::default()
        }
    }

    #[test]
    fn a_container_s_prior_is_its_tag_and_names_worth_over_enough_text() {
        let full = FULL_PRIOR_CHARS as usize;
        assert_eq!(
            prior(&element("div", CLASS_WEIGHT, false), &measure(full * 2, 0.0)),
            30.0
        );
        assert_eq!(
            prior(&element("div", CLASS_WEIGHT, false), &measure(full / 2, 0.0)),
            15.0
        );
        assert_eq!(
            prior(&element("h2", -CLASS_WEIGHT, false), &measure(10, 0.0)),
            -30.0,
            "never scaled down"
        );
        assert_eq!(prior(&element("li", 0, false), &measure(full, 0.0)), -3.0);
        assert_eq!(prior(&element("td", 0, false), &measure(full, 0.0)), 3.0);
        assert_eq!(prior(&element("span", 0, false), &measure(full, 0.0)), 0.0);
        // An item of a list with links is a teaser: its good name counts for nothing...
        let teaser = element("div", CLASS_WEIGHT, true);
        assert_eq!(prior(&teaser, &measure(full, full as f32 * 0.2)), 5.0);
        // ...but a bad one still counts, and one with few links keeps its name.
        assert_eq!(
            prior(&element("div", -CLASS_WEIGHT, true), &measure(full, full as f32 * 0.2)),
            -20.0
        );
        assert_eq!(
            prior(&teaser, &measure(100, 15.0)),
            6.0,
            "at the teaser threshold, not past it"
        );
        assert_eq!(
            prior(&element("div", CLASS_WEIGHT, false), &measure(full, full as f32 * 0.2)),
            30.0
        );
    }

    #[test]
    fn list_items_do_not_vote() {
        let item = "A long item of the list, with commas, and more commas, and yet more, to tempt the scorer";
        let page = format!(
            "<html><body><div class='a'><p>{PROSE}</p><p>{PROSE}</p></div><div class='b'><ul>{}</ul></div></body></html>",
            format!("<li>{item}</li>").repeat(20)
        );
        assert_eq!(chosen(&page), [PROSE, PROSE]);
    }

    #[test]
    fn a_menu_inside_the_article_goes() {
        let menu: String = (1..=8)
            .map(|i| format!("<li><a href='/s/{i}'>Section {i}</a></li>"))
            .collect();
        let page = format!("<html><body><article><p>{PROSE}</p><ul>{menu}</ul><p>{PROSE}</p></article></body></html>");
        assert_eq!(chosen(&page), [PROSE, PROSE]);
    }

    /// `n` visible characters: `word` over and over, spaces between, the last one cut short.
    fn filler(word: &str, n: usize) -> String {
        let pieces: Vec<&str> = (0..n)
            .step_by(word.len())
            .map(|i| &word[..word.len().min(n - i)])
            .collect();
        pieces.join(" ")
    }

    /// A paragraph's inner HTML: `plain` characters of `word`, then `links` more in a link.
    fn linked(word: &str, plain: usize, links: usize) -> String {
        format!("{} <a href='/x'>{}</a>", filler(word, plain), filler(word, links))
    }

    /// A page whose article holds three paragraphs of prose, then `inner`.
    fn article(inner: &str) -> String {
        format!("<html><body><article><p>{PROSE}</p><p>{PROSE}</p><p>{PROSE}</p>{inner}</article></body></html>")
    }

    /// The first words of the blocks chosen from a page, its paragraphs of prose left out.
    fn kept(html: &str) -> Vec<String> {
        chosen(html)
            .into_iter()
            .filter(|t| t != PROSE)
            .map(|t| t.split(' ').next().unwrap_or_default().to_string())
            .collect()
    }

    /// Link characters that make `density` of `chars`.
    fn links_at(density: f32, chars: usize) -> usize {
        (density * chars as f32).round() as usize
    }

    #[test]
    fn a_box_in_the_article_goes_with_more_than_prose_s_share_of_links() {
        // One box at the limit, two side by side past it, and one more after a paragraph.
        let at = links_at(PROSE_LINK_DENSITY, 100);
        let boxes = [
            linked("limit", 100 - at, at),
            linked("above", 99 - at, at + 1),
            linked("beside", 99 - at, at + 1),
        ]
        .map(|text| format!("<div><p>{text}</p></div>"))
        .concat();
        let later = linked("later", 99 - at, at + 1);
        let page = article(&format!("{boxes}<p>{PROSE}</p><div><p>{later}</p></div>"));
        assert_eq!(kept(&page), ["limit"]);
    }

    #[test]
    fn a_box_named_as_content_stays_with_up_to_half_its_text_in_links() {
        let half = links_at(NAVIGATION_LINK_DENSITY, 100);
        let page = article(&format!(
            "<div class='entry-content'><p>{}</p></div><div class='entry-content'><p>{}</p><p>{}</p></div>",
            linked("half", 100 - half, half),
            linked("mostly", 30, 70),
            linked("beside", 55, 45)
        ));
        assert_eq!(kept(&page), ["half"]);
    }

    #[test]
    fn a_list_in_the_article_is_judged_by_its_items_and_its_links() {
        let link = format!("<li><a href='/x'>{}</a></li>", filler("link", 5));
        let list = |links: usize, text: String| format!("<ul>{}<li>{text}</li></ul>", link.repeat(links));
        let page = article(
            &[
                // Mostly links, and most items links: a menu, whatever its one line of text.
                list(3, filler("menu", 10)),
                // Mostly links, but half the items text: facts with links in them.
                list(1, linked("half", 7, 3)),
                // Most items links, but half the text not: at the limit.
                list(2, filler("limit", 10)),
                // ...and below it.
                list(2, filler("below", 30)),
            ]
            .concat(),
        );
        assert_eq!(kept(&page), ["half", "limit", "below"]);
    }

    #[test]
    fn a_table_is_judged_by_its_rows_as_a_list_by_its_items() {
        // Rows of a name that links and what it does, in a quarter of links: a reference table.
        let row = |name: &str, text: &str| format!("<tr><td><a href='/{name}'>{name}</a></td><td>{text}</td></tr>");
        let reference: String = ["open", "read", "write", "close"]
            .map(|name| row(name, &filler("does", 3 * name.len())))
            .concat();
        // Rows of nothing but links, as many: a table laid out as a menu.
        let menu: String = ["home", "news", "shop", "help"]
            .map(|name| format!("<tr><td><a href='/{name}'>{}</a></td></tr>", filler(name, 20)))
            .concat();
        let page = article(&format!("<table>{reference}</table><table>{menu}</table>"));
        assert_eq!(kept(&page), ["open", "read", "write", "close"]);
    }

    #[test]
    fn a_description_list_s_linked_terms_stay_over_their_descriptions() {
        let term = |name: &str| format!("<dt><a href='/{name}'><code>Socket.{name}</code></a></dt>");
        let described: String = ["send", "close"]
            .map(|name| format!("{}<dd><p>What {name} does to the connection.</p></dd>", term(name)))
            .concat();
        // Terms with nothing said of them are a list of links.
        let bare: String = ["open", "flush"].map(term).concat();
        let page = article(&format!("<dl>{described}</dl><dl>{bare}</dl>"));
        assert_eq!(kept(&page), ["Socket.send", "What", "Socket.close", "What"]);
    }

    #[test]
    fn a_list_item_with_text_beside_its_links_stays_and_one_of_links_alone_goes() {
        // A reading list: each title a link, then its author; a list's items are the text
        // that names what the links lead to, not a menu.
        let item = |word: &str, density: f32| {
            let link = links_at(density, 60);
            format!("<li>{}</li>", linked(word, 60 - link, link))
        };
        let list = [
            item("seventy", 0.7),
            item("ninety", 0.9),
            item("bare", 1.0),
            item("half", 0.5),
        ]
        .concat();
        assert_eq!(
            kept(&article(&format!("<ul>{list}</ul>"))),
            ["seventy", "ninety", "half"]
        );
    }

    #[test]
    fn a_box_of_code_stays_whatever_its_name_says() {
        // `widget` lowers a box's score: a sidebar's boxes are widgets, and so is a manual's
        // box of code with its copy button.
        let page = article(
            "<div class='widget'><pre><code>services:\n  web:\n    build: .</code></pre></div>\
             <div class='widget'><p>Swipe for more</p></div>",
        );
        assert_eq!(kept(&page), ["services:\nweb:\nbuild:"]);
    }

    #[test]
    fn a_box_of_sentences_holds_more_links_than_prose_s_share_before_it_goes() {
        // A tip: one sentence, long enough to stand alone, a quarter of it a link.
        let sentence = |links: f32, end: &str| {
            let link = links_at(links, 100);
            format!("<div><p>{}{end}</p></div>", linked("note", 100 - link, link))
        };
        let page = article(&[sentence(0.25, "."), sentence(0.25, ""), sentence(0.4, ".")].concat());
        assert_eq!(kept(&page), ["note"], "a sentence with a quarter of links stays");
    }

    #[test]
    fn a_box_of_list_items_is_judged_as_a_list_with_more_than_two_and_two_per_paragraph() {
        // Every line has a third of its text in links: too much for prose, not for a list.
        let line = |word: &str| linked(word, 7, 3);
        let p = |word: &str| format!("<p>{}</p>", line(word));
        let items = |word: &str, n: usize| format!("<ul>{}</ul>", format!("<li>{}</li>", line(word)).repeat(n));
        let page = article(&format!(
            "<div>{}{}</div><div>{}{}</div><div>{}</div>",
            p("pair").repeat(2),
            items("pair", 4),
            p("three"),
            items("three", 3),
            items("two", 2)
        ));
        assert_eq!(kept(&page), vec!["three"; 4]);
    }

    #[test]
    fn a_box_judged_as_a_list_goes_with_most_items_links_and_prose_s_share_of_links() {
        let link = format!("<li><a href='/x'>{}</a></li>", filler("link", 5));
        // Two linked items and a line of text, whose length sets the box's link density.
        let list = |word: &str, text: usize| format!("<div><ul>{link}{link}<li>{}</li></ul></div>", filler(word, text));
        let limit = (10.0 / PROSE_LINK_DENSITY).round() as usize - 10;
        let page = article(&[list("limit", limit), list("below", limit * 2), list("above", limit - 1)].concat());
        assert_eq!(kept(&page), ["limit", "below"]);
    }

    #[test]
    fn a_box_with_as_many_commas_as_prose_stays_whatever_its_links() {
        let text = |word: &str, commas: usize| format!("{}{}", format!("{word}, ").repeat(commas), linked(word, 0, 30));
        let page = article(&format!(
            "<div><p>{}</p></div><div><p>{}</p></div>",
            text("many", CONDITIONAL_COMMAS),
            text("fewer", CONDITIONAL_COMMAS - 1)
        ));
        assert_eq!(kept(&page), ["many,"]);
    }

    #[test]
    fn a_box_named_for_metadata_goes_while_a_list_of_short_paragraphs_stays() {
        // Each line is long enough to vote for its box, which scores below nothing.
        let line = "Filed under politics, by the newsroom";
        let page = article(&format!(
            "<div class='meta'><p>Box: {line}</p></div><ul class='meta'><li><p>Listed: {line}</p></li></ul>\
             <ul><li><p>Items: {line}</p></li></ul>"
        ));
        assert_eq!(kept(&page), ["Items:"]);
    }

    #[test]
    fn a_box_with_more_than_half_of_the_article_is_the_article_whatever_its_links() {
        let half = 2 * crate::units::visible_units(PROSE);
        let page = |chars: usize| {
            let links = links_at(0.3, chars);
            format!(
                "<html><body><article><p>{PROSE}</p><p>{PROSE}</p><div><p>{}</p></div></article></body></html>",
                linked("box", chars - links, links)
            )
        };
        assert_eq!(kept(&page(half)), Vec::<String>::new(), "half of it is not most");
        assert_eq!(kept(&page(half + 1)), ["box"]);
    }

    /// A box holding a further box, which holds a share bar and a paragraph a third links, then
    /// a paragraph of its own with `links` of its 40 characters in links.
    fn nested_boxes(word: &str, links: usize) -> String {
        let share = format!("<div><p><a href='/s'>{}</a></p></div>", "share, ".repeat(5));
        let further = format!("{}{}", "more, ".repeat(5), linked("more", 3, 12));
        article(&format!(
            "<div><div><p>{further}</p>{share}</div><p>{}</p></div>",
            linked(word, 40 - links, links)
        ))
    }

    #[test]
    fn what_inner_boxes_lose_no_longer_counts_against_the_box_around_them() {
        // The share bar goes, then the box around it, now a third links; the paragraph beside
        // them, with no links, stays with its box...
        assert_eq!(kept(&nested_boxes("stays", 0)), ["stays"]);
        // ...and one with a little more than prose's share of links goes with it, though the
        // box as a whole has commas enough and few links.
        assert_eq!(kept(&nested_boxes("goes", 9)), Vec::<String>::new());
    }

    #[test]
    fn with_chrome_ignored_altogether_a_box_may_hold_a_little_more_in_links() {
        let limit = links_at(PROSE_LINK_DENSITY + RELAXED_EXTRA_LINK_DENSITY, 100);
        let page = format!(
            "<html><body><div class='sidebar-x'><div class='content'>{}<div><p>{}</p></div><div><p>{}</p></div>\
             </div></div></body></html>",
            format!("<aside><p>{PROSE}</p></aside>").repeat(3),
            linked("limit", 100 - limit, limit),
            linked("above", 99 - limit, limit + 1)
        );
        assert_eq!(kept(&page), ["limit"]);
    }

    #[test]
    fn a_page_too_short_to_score_keeps_its_lines_but_its_links() {
        let page = format!(
            "<html><body><p>Opening hours</p><p><a href='/'>Home</a></p><p>{}</p></body></html>",
            linked("half", 5, 5)
        );
        assert_eq!(kept(&page), ["Opening", "half"]);
    }

    #[test]
    fn a_paragraph_votes_from_the_minimum_length_up() {
        // A box with one paragraph that votes is the article; without one, every line is kept.
        let page = |chars: usize| {
            format!(
                "<html><body><div><p>{}</p></div><div>Menu line</div></body></html>",
                filler("vote", chars)
            )
        };
        assert_eq!(kept(&page(MIN_SCORED_CHARS)), ["vote"]);
        assert_eq!(kept(&page(MIN_SCORED_CHARS - 1)), ["vote", "Menu"]);
    }

    #[test]
    fn a_sibling_paragraph_joins_when_long_with_few_links_or_short_and_a_sentence() {
        let long = SHORT_SIBLING_CHARS + 1;
        let some = links_at(CONTINUATION_LINK_DENSITY, long);
        let quarter = links_at(CONTINUATION_LINK_DENSITY, 100);
        let siblings = [
            linked("long", long - some, some),
            linked("quarter", 100 - quarter, quarter),
            "Short label".to_string(),
            "Next one.".to_string(),
            filler("unended", SHORT_SIBLING_CHARS),
        ]
        .map(|text| format!("<p>{text}</p>"))
        .concat();
        let page = format!(
            "<html><body><div class='story'>{}</div>{siblings}</body></html>",
            format!("<p>{PROSE}</p>").repeat(5)
        );
        assert_eq!(kept(&page), ["long", "Next"]);
    }

    #[test]
    fn a_header_box_with_the_headline_and_opening_prose_right_before_the_body_joins_it() {
        // A reference page: the headline and the opening paragraph in a header box, a table of
        // contents beside it, the sections in a body box that the votes choose.
        let opening = "Streams read a file in parts, one buffer at a time, so that a large file never has to fit in memory all at once.";
        let toc = "<nav><ul><li><a href='#a'>Reading</a></li><li><a href='#b'>Writing</a></li></ul></nav>";
        let body = format!("<div class='body'>{}</div>", format!("<p>{PROSE}</p>").repeat(8));
        let page = |head: &str, between: &str| {
            format!(
                "<html><body><main><div class='head'><h1>Streams</h1>{head}</div>{between}{body}</main></body></html>"
            )
        };
        let with_opening = chosen(&page(&format!("<p>{opening}</p>"), toc));
        assert_eq!(with_opening[..2], ["Streams", opening]);
        // A head with no sentence of prose, or one that a box of text separates from the body,
        // stays out.
        let label_only = chosen(&page("<p>Updated daily</p>", toc));
        assert_eq!(label_only[0], PROSE);
        let apart = chosen(&page(
            &format!("<p>{opening}</p>"),
            "<div><p>Sign up for our weekly letter</p></div>",
        ));
        assert_eq!(apart[0], PROSE);
    }

    #[test]
    fn a_page_builder_s_sections_wrapped_deep_join_the_best_one_and_its_teasers_do_not() {
        // Each section's text sits four boxes down, past the reach of its paragraphs' votes.
        let wrapped = |inner: String| {
            format!("<div class='e-con'><div class='e-inner'><div class='e-widget'><div class='e-container'>{inner}</div></div></div></div>")
        };
        let intro = "Our office forms companies of every kind, and a lawyer answers each question you have about the filing, the fees, the licences and the taxes, from the first call to the day the company opens.";
        let more = "We have formed hundreds of companies in the city, for shops, studios, clinics and builders, and we know which forms each office asks for, which fees it charges and how long it takes.";
        let teaser = |n: usize| {
            format!("<p><a href='/story-{n}'>Another story on the site, number {n}, with its headline as a link</a> and a line about it.</p>")
        };
        let page = format!(
            "<html><body><div class='builder'>{}{}{}</div></body></html>",
            wrapped(format!("<h2>Forming a company</h2><p>{intro}</p><p>{more}</p>")),
            wrapped(format!("<p>{PROSE}</p>").repeat(6)),
            wrapped((1..=6).map(teaser).collect()),
        );
        let kept = chosen(&page);
        assert_eq!(kept[..3], ["Forming a company", intro, more]);
        assert_eq!(kept.len(), 9, "{kept:?}");
    }

    #[test]
    fn the_choice_climbs_to_an_ancestor_that_scores_better_past_one_that_scores_less() {
        // The paragraphs' box is the best; the box around it scores less, the one around that
        // more, for a paragraph of its own: it is the article, with the short note in it.
        let page = format!(
            "<html><body><div><div><div>{}</div></div><p>{PROSE}</p><div>A note, in short.</div></div></body></html>",
            format!("<p>{PROSE}</p>").repeat(3)
        );
        assert_eq!(kept(&page), ["A"]);
    }

    #[test]
    fn a_box_of_the_article_s_class_beside_it_joins_on_a_fifth_of_its_score() {
        // Named as the story, the article's box scores more than a point per paragraph.
        let page = |paragraphs: usize| {
            format!(
                "<html><body><div class='story'>{}</div><div class='story'><p>Continued.</p></div></body></html>",
                format!("<p>{PROSE}</p>").repeat(paragraphs)
            )
        };
        assert_eq!(kept(&page(5)), ["Continued."]);
        assert_eq!(
            kept(&page(2)),
            Vec::<String>::new(),
            "a fifth of a low score is too little"
        );
    }

    #[test]
    fn twins_are_boxes_of_the_article_s_class_near_it_but_not_around_it() {
        // The article's box is four levels down; the box around it is named as it is, and holds
        // a note besides.
        let article = format!(
            "<div class='post-body'><div><div><div class='post-body'>{}</div></div></div>\
             <div>Photo, by the desk.</div></div>",
            format!("<p>{PROSE}</p>").repeat(3)
        );
        let quarter = links_at(CONTINUATION_LINK_DENSITY, MIN_TWIN_CHARS);
        let boxes = [
            ("post-body", filler("twin", MIN_TWIN_CHARS)),
            ("post-body", linked("quarter", MIN_TWIN_CHARS - quarter, quarter)),
            ("panel", filler("other", MIN_TWIN_CHARS)),
        ]
        .map(|(class, text)| format!("<div class='{class}'><p>{text}</p></div>"))
        .concat();
        // Past the neighbourhood: right after it, and in another part of the page.
        let page = format!(
            "<html><body><div>{article}{boxes}</div><div class='post-body'><p>{}</p></div>\
             <section><div class='post-body'><p>{}</p></div></section></body></html>",
            filler("after", MIN_TWIN_CHARS),
            filler("elsewhere", MIN_TWIN_CHARS)
        );
        assert_eq!(kept(&page), ["twin"]);
        // Near the top of the page, the neighbourhood stops below the body.
        let shallow = format!(
            "<html><body><main><div class='post-body'>{}</div></main><section><div class='post-body'><p>{}</p></div>\
             <p>Photo, by the desk.</p></section></body></html>",
            format!("<p>{PROSE}</p>").repeat(3),
            filler("elsewhere", MIN_TWIN_CHARS)
        );
        assert_eq!(kept(&shallow), Vec::<String>::new());
    }

    #[test]
    fn near_equal_parts_are_taken_with_a_common_ancestor_too_far_up_for_a_vote() {
        let part = |i: usize| {
            format!("<div class='x{i}'><div><div><div><div class='box{i}'><p>{PROSE}</p><p>{PROSE}</p></div></div></div></div></div>")
        };
        let page = format!(
            "<html><body><div class='wrap'>{}</div><div class='note'><p>{PROSE}</p></div></body></html>",
            (1..=4).map(part).collect::<String>()
        );
        assert_eq!(chosen(&page), vec![PROSE; 8]);
    }

    /// The texts of the blocks `chosen` widened to the page's main region.
    fn widened(html: &str, chosen: &[&str], many_parts: bool) -> Vec<String> {
        let page = read(html);
        let chosen = (0..page.blocks.len())
            .filter(|&b| chosen.contains(&page.blocks[b].text.as_str()))
            .collect();
        widened_to_main_region(&page, under_page_marks(&page, chosen), many_parts, false)
            .into_iter()
            .map(|b| page.blocks[b].text.clone())
            .collect()
    }

    #[test]
    fn a_choice_holding_little_of_the_main_region_gives_way_to_the_region() {
        // The box holds 100 of the region's 400 characters; the link list and the menu stay out.
        let box_text = filler("box", 100);
        let rest = filler("rest", 300);
        let page = format!(
            "<html><body><nav><p>{}</p></nav><main><div><p>{box_text}</p></div><div><p>{rest}</p></div>\
             <p><a href='/x'>{}</a></p></main><p>{}</p></body></html>",
            filler("menu", 50),
            filler("link", 50),
            filler("outside", 50)
        );
        let both = [box_text.clone(), rest.clone()];
        assert_eq!(
            widened(&page, &[&box_text], true),
            both,
            "a part of a page of many parts"
        );
        assert_eq!(
            widened(&page, &[&box_text], false),
            std::slice::from_ref(&box_text),
            "a quarter is not less than a quarter"
        );
        let more_rest = filler("rest", 500);
        let more = page.replace(&rest, &more_rest);
        assert_eq!(
            widened(&more, &[&box_text], false),
            [box_text.clone(), more_rest],
            "a sixth of an article's page"
        );
        // A choice left empty by pruning holds nothing of the page's one main region.
        assert_eq!(widened(&page, &[], false), both);
        // Without one, it holds nothing of the body.
        let two_mains = page
            .replace("<main>", "<main><main>")
            .replace("</main>", "</main></main>");
        assert_eq!(widened(&two_mains, &[], false), [box_text, rest, filler("outside", 50)]);
    }

    #[test]
    fn a_card_s_title_link_stays_with_its_text_and_a_bare_link_heading_does_not() {
        let cards: String = (1..=5)
            .map(|i| {
                format!(
                    "<div class='card'><h3><a href='/guide/{i}'>Guide number {i}</a></h3><p>Guide {i}: {PROSE}</p></div>"
                )
            })
            .collect();
        let page = format!(
            "<html><body><main><h1>Guides</h1>{cards}<h2><a href='/all'>All the guides</a></h2></main></body></html>"
        );
        let texts = chosen(&page);
        for i in 1..=5 {
            assert!(texts.iter().any(|t| t == &format!("Guide number {i}")), "{texts:?}");
        }
        assert!(!texts.iter().any(|t| t == "All the guides"), "{texts:?}");
    }

    #[test]
    fn a_row_of_like_cards_holding_most_of_the_content_stays_whole() {
        let card = |i: usize, text: &str| {
            format!(
                "<div class='item border'><h2><a href='/topic/{i}'>Topic number {i}, how to set it up</a></h2>\
                 <div class='muted'><p>{text}</p></div></div>"
            )
        };
        let short = "Each topic has a page of its own with the details.";
        let cards: String = (1..=4).map(|i| card(i, short)).collect();
        let page = format!(
            "<html><body><nav><a href='/'>Home</a></nav><main><h1>Topics</h1><p>{PROSE}</p>\
             <div class='list'>{cards}</div></main></body></html>"
        );
        let texts = chosen(&page);
        for i in 1..=4 {
            assert!(
                texts.contains(&format!("Topic number {i}, how to set it up")),
                "{texts:?}"
            );
        }
        assert_eq!(texts.iter().filter(|t| *t == short).count(), 4, "{texts:?}");
        // Teasers after an article hold little of it: they go as before.
        let article = (0..6).map(|_| format!("<p>{PROSE}</p>")).collect::<String>();
        let teasers: String = (1..=3).map(|i| card(i, short)).collect();
        let page = format!(
            "<html><body><main><h1>The news</h1>{article}<div class='related'>{teasers}</div></main></body></html>"
        );
        let texts = chosen(&page);
        assert!(!texts.iter().any(|t| t.starts_with("Topic number")), "{texts:?}");
    }

    #[test]
    fn a_region_whose_role_is_main_is_the_main_region() {
        let box_text = filler("box", 100);
        let rest = filler("rest", 300);
        let page = format!(
            "<html><body><div role='main'><div><p>{box_text}</p></div><div><p>{rest}</p></div></div>\
             <p>{}</p></body></html>",
            filler("outside", 300)
        );
        assert_eq!(widened(&page, &[&box_text], true), [box_text.clone(), rest]);
    }

    #[test]
    fn widening_keeps_to_the_chrome_marks_the_choice_was_made_under() {
        // The page's main region sits in a wrapper named for a sidebar: lifted to choose the
        // box, and lifted to widen it.
        let box_text = filler("box", 100);
        let rest = filler("rest", 300);
        let page = read(&format!(
            "<html><body><div class='sidebar-x'><main><div><p>{box_text}</p></div><div><p>{rest}</p></div>\
             </main></div></body></html>"
        ));
        let chosen: Vec<usize> = (0..page.blocks.len())
            .filter(|&b| page.blocks[b].text == box_text)
            .collect();
        let texts =
            |blocks: Vec<usize>| -> Vec<String> { blocks.into_iter().map(|b| page.blocks[b].text.clone()).collect() };
        let lifted = Choice {
            chrome: chrome_without_wrappers_of(&page, page.blocks[chosen[0]].element),
            blocks: chosen.clone(),
        };
        assert_eq!(
            texts(widened_to_main_region(&page, lifted, true, false)),
            [box_text.clone(), rest]
        );
        // Under the page's own marks the region is all chrome, and the choice stands alone.
        let own = under_page_marks(&page, chosen);
        assert_eq!(texts(widened_to_main_region(&page, own, true, false)), [box_text]);
    }

    #[test]
    fn pruning_that_would_take_the_whole_article_takes_only_its_link_lists() {
        // Each part sits in a box named for a widget, too small to be most of the article: one
        // by one, pruning would take them all.
        let parts: String = (1..=4)
            .map(|i| format!("<div class='widget'><p>Part {i}. {PROSE}</p></div>"))
            .collect();
        let links: String = (1..=6)
            .map(|i| format!("<li><a href='/topic/{i}'>Topic number {i}</a></li>"))
            .collect();
        let page = format!(
            "<html><body><div class='story'>{parts}<div class='widget'><ul>{links}</ul></div></div></body></html>"
        );
        let texts = chosen(&page);
        assert_eq!(texts.len(), 4, "{texts:?}");
        assert!(texts
            .iter()
            .enumerate()
            .all(|(i, t)| t.starts_with(&format!("Part {}.", i + 1))));
        // With parts that stand on their own, pruning keeps its full measure (and a name on
        // two boxes is no layout's).
        let page = page.replacen("<div class='widget'><p>Part", "<div><p>Part", 3);
        let texts = chosen(&page);
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[2].starts_with("Part 3."));
    }

    #[test]
    fn chrome_a_fallback_took_outside_main_gives_way_to_main_on_any_page() {
        let specs: String = (1..=8)
            .map(|i| format!("<li>Feature {i}: a handle that stays cool, glazed inside</li>"))
            .collect();
        let page = read(&format!(
            "<html><body><main><h1>Blue mug</h1><p>$12.99</p><ul>{specs}</ul></main>\
             <div class='modal'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        ));
        let in_modal: Vec<usize> = (0..page.blocks.len()).filter(|&b| page.block_in_chrome(b)).collect();
        assert_eq!(in_modal.len(), 2);
        let widened: Vec<&str> = widened_to_main_region(&page, under_page_marks(&page, in_modal.clone()), true, false)
            .into_iter()
            .map(|b| page.blocks[b].text.as_str())
            .collect();
        assert_eq!(widened.len(), 10, "{widened:?}");
        assert_eq!(widened[..2], ["Blue mug", "$12.99"]);
        // A page of one part (an article's) as well.
        assert_eq!(
            widened_to_main_region(&page, under_page_marks(&page, in_modal.clone()), false, false).len(),
            10
        );
        // Chosen blocks outside chrome stand as they did.
        let outside = read(&format!(
            "<html><body><main><h1>Blue mug</h1><p>$12.99</p><ul>{specs}</ul></main>\
             <div class='box'><p>{PROSE}</p><p>{PROSE}</p></div></body></html>"
        ));
        let in_box = [outside.blocks.len() - 2, outside.blocks.len() - 1];
        let widened = widened_to_main_region(&outside, under_page_marks(&outside, in_box.to_vec()), true, false);
        assert!(in_box.iter().all(|b| widened.contains(b)), "{widened:?}");
    }
}
