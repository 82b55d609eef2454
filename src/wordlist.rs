//! Reading the word-list files of `src/data/`: tab-separated rows, one entry a line, `#`
//! starting a comment. Each row is read whole, so a row with a column missing is an error that
//! names its file and line, never a list shifted against another.

use std::fmt;

/// A malformed row of a word-list file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RowError {
    file: &'static str,
    line: usize,
    problem: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "src/data/{}, line {}: {}", self.file, self.line, self.problem)
    }
}

/// The rows of a word-list file, each of exactly `N` non-empty columns (trimmed). `columns`
/// names them, for the error message.
pub(crate) fn rows<const N: usize>(
    file: &'static str,
    data: &'static str,
    columns: [&str; N],
) -> Result<Vec<[&'static str; N]>, RowError> {
    let mut out = Vec::new();
    for (index, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let error = |problem: String| RowError {
            file,
            line: index + 1,
            problem,
        };
        let fields: Vec<&'static str> = line.split('\t').map(str::trim).collect();
        let row: [&'static str; N] = fields.as_slice().try_into().map_err(|_| {
            error(format!(
                "expected {N} tab-separated columns ({}), found {}",
                columns.join(", "),
                fields.len()
            ))
        })?;
        if let Some(empty) = row.iter().position(|field| field.is_empty()) {
            return Err(error(format!("the {} column is empty", columns[empty])));
        }
        out.push(row);
    }
    Ok(out)
}

/// The rows of a word-list file bundled with the crate: a malformed one is a defect of the
/// build, reported with its file and line.
pub(crate) fn bundled<const N: usize>(
    file: &'static str,
    data: &'static str,
    columns: [&str; N],
) -> Vec<[&'static str; N]> {
    rows(file, data, columns).unwrap_or_else(|e| panic!("{e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_read_whole() {
        let data = "# a comment\n\nen\tshare\t \nde\tteilen\n";
        let err = rows("x.txt", data, ["language", "label"]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "src/data/x.txt, line 3: expected 2 tab-separated columns (language, label), found 3"
        );
        let err = rows("x.txt", "en\t \n", ["language", "label"]).unwrap_err();
        assert_eq!(err.to_string(), "src/data/x.txt, line 1: the label column is empty");
        assert_eq!(
            rows("x.txt", "# c\nen\t share \n", ["language", "label"]).unwrap(),
            [["en", "share"]]
        );
    }
}
