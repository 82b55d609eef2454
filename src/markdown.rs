//! A document's text as Markdown: the same words, with the kind of each block marked.

use crate::document::{BlockKind, Document};

impl Document {
    /// The text as Markdown: headings as `#`, list items as `-` (`1.` in a numbered list), table rows as `| a | b |` (a
    /// header rule after each table's first row), quotes as `>`, code fenced, paragraphs as
    /// they are; a blank line between blocks, none between the items of one list or the rows
    /// of one table. The words are those of `text`, in order.
    ///
    /// ```
    /// use dechrome::{Cleaner, Hints};
    ///
    /// let page = b"<article><h2>Why now</h2><p>The line closed in 2009, after years of losses, and it opens again this spring.</p>\
    ///   <ul><li>Cabins for two</li><li>Seats</li></ul></article>";
    /// let doc = Cleaner::default().clean(page, &Hints::default()).unwrap();
    /// assert_eq!(doc.markdown(), "## Why now\n\nThe line closed in 2009, after years of losses, and it opens again this spring.\n\n- Cabins for two\n- Seats\n");
    /// ```
    pub fn markdown(&self) -> String {
        let mut out = String::with_capacity(self.text.len() + self.text.len() / 8);
        let mut previous: Option<BlockKind> = None;
        for block in self.blocks() {
            let continues = matches!(
                (previous, block.kind),
                (Some(BlockKind::ListItem), BlockKind::ListItem)
                    | (Some(BlockKind::NumberedItem), BlockKind::NumberedItem)
                    | (Some(BlockKind::TableRow), BlockKind::TableRow)
            );
            if previous.is_some() {
                out.push_str(if continues { "\n" } else { "\n\n" });
            }
            match block.kind {
                BlockKind::Heading(level) => {
                    out.push_str(&"#".repeat(usize::from(level.clamp(1, 6))));
                    out.push(' ');
                    out.push_str(&block.text.replace('\n', " "));
                }
                BlockKind::ListItem => {
                    out.push_str("- ");
                    out.push_str(&block.text.replace('\n', "\n  "));
                }
                BlockKind::NumberedItem => {
                    // Markdown numbers the items of a list itself.
                    out.push_str("1. ");
                    out.push_str(&block.text.replace('\n', "\n   "));
                }
                BlockKind::TableRow => {
                    let row = format!("| {} |", block.text.replace('\n', " "));
                    out.push_str(&row);
                    if !continues {
                        let cells = block.text.matches(" | ").count() + 1;
                        out.push('\n');
                        out.push_str(&format!("|{}", " --- |".repeat(cells)));
                    }
                }
                BlockKind::Quote => {
                    let quoted: Vec<String> = block.text.lines().map(|line| format!("> {line}")).collect();
                    out.push_str(&quoted.join("\n"));
                }
                BlockKind::Code => {
                    let fence = if block.text.contains("```") { "~~~" } else { "```" };
                    out.push_str(&format!("{fence}\n{}\n{fence}", block.text));
                }
                _ => out.push_str(&escaped(block.text)),
            }
            previous = Some(block.kind);
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out
    }
}

/// A paragraph whose start Markdown would read as markup (`# `, `- `, `> `, `1. `), escaped.
fn escaped(text: &str) -> String {
    let trimmed = text.trim_start();
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if ["#", "- ", "* ", "+ ", ">"].iter().any(|m| trimmed.starts_with(m)) {
        format!("\\{text}")
    } else if digits > 0 && trimmed[digits..].starts_with(". ") {
        // A backslash before the dot: one before a digit would be read as it is.
        let dot = text.len() - trimmed.len() + digits;
        format!("{}\\{}", &text[..dot], &text[dot..])
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    fn doc(blocks: &[(BlockKind, &str)]) -> Document {
        let blocks = blocks.iter().map(|(k, t)| (*k, t.to_string())).collect();
        Document::new(blocks, "UTF-8", Kind::Html)
    }

    #[test]
    fn each_kind_of_block_is_marked() {
        let d = doc(&[
            (BlockKind::Heading(1), "Night trains"),
            (BlockKind::Paragraph, "The line opens again.\nFrom May."),
            (BlockKind::TableRow, "Day | Train"),
            (BlockKind::TableRow, "Monday | 22:10"),
            (BlockKind::Quote, "We waited ten years.\nNow it is here."),
            (BlockKind::ListItem, "Cabins"),
            (BlockKind::ListItem, "Seats\nand bicycles"),
            (BlockKind::NumberedItem, "First"),
            (BlockKind::NumberedItem, "Second\nline"),
            (BlockKind::Code, "let x = 1;"),
            (BlockKind::Heading(9), "Deep"),
        ]);
        assert_eq!(
            d.markdown(),
            "# Night trains\n\nThe line opens again.\nFrom May.\n\n| Day | Train |\n| --- | --- |\n| Monday | 22:10 |\n\n\
             > We waited ten years.\n> Now it is here.\n\n- Cabins\n- Seats\n  and bicycles\n\n1. First\n1. Second\n   line\n\n```\nlet x = 1;\n```\n\n###### Deep\n"
        );
    }

    #[test]
    fn two_tables_get_a_header_rule_each_and_text_that_reads_as_markup_is_escaped() {
        let d = doc(&[
            (BlockKind::TableRow, "a | b | c"),
            (BlockKind::Paragraph, "# not a heading"),
            (BlockKind::TableRow, "x"),
            (BlockKind::Paragraph, "12. December was cold"),
            (BlockKind::Paragraph, "2026 was warm"),
            (BlockKind::Code, "```inner```"),
        ]);
        assert_eq!(
            d.markdown(),
            "| a | b | c |\n| --- | --- | --- |\n\n\\# not a heading\n\n| x |\n| --- |\n\n12\\. December was cold\n\n2026 was warm\n\n~~~\n```inner```\n~~~\n"
        );
        assert_eq!(doc(&[]).markdown(), "");
    }

    #[test]
    fn a_numbered_list_of_a_page_is_numbered() {
        let page = b"<article><p>The line closed in 2009, after years of losses, and it opens again this spring.</p>\
            <ol><li>Buy a ticket</li><li>Board at ten</li></ol><ul><li>Cabins</li></ul></article>";
        let doc = crate::Cleaner::default().clean(page, &crate::Hints::default()).unwrap();
        assert!(
            doc.markdown()
                .ends_with("\n\n1. Buy a ticket\n1. Board at ten\n\n- Cabins\n"),
            "{}",
            doc.markdown()
        );
    }

    #[test]
    fn markdown_keeps_every_word_of_the_text() {
        let d = doc(&[
            (BlockKind::Heading(2), "A title"),
            (BlockKind::ListItem, "one\ntwo"),
            (BlockKind::TableRow, "c | d"),
            (BlockKind::Quote, "e f"),
        ]);
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        };
        assert_eq!(words(&d.markdown()), words(&d.text));
    }
}
