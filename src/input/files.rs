//! The file reader: paths as a command line gives them, directories read recursively in
//! sorted order, `-` for standard input.

use super::{Compression, Input};
use crate::Kind;
use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// Documents from files, directories and standard input, in order: each file as given, each
/// directory recursively in sorted order (a directory reached again through a link is read
/// once), `-` as standard input. Names ending in `.html`, `.htm` or `.xhtml` are HTML and
/// `.txt` text, with a trailing `.gz` or `.zst` decompressed first; other names are sniffed.
///
/// Directories are listed when the reader is made, so [`Files::len`] is known before any
/// file is read; each file is read when its turn comes.
#[derive(Debug)]
pub struct Files {
    sources: std::vec::IntoIter<Source>,
    kind: Option<Kind>,
}

/// One document of the listing.
#[derive(Debug)]
enum Source {
    Stdin,
    File(PathBuf),
    /// A directory that could not be listed, with the reason.
    Unlistable(PathBuf, io::Error),
}

impl Files {
    /// The documents these paths name; no paths means standard input.
    pub fn new<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Files {
        let mut sources = Vec::new();
        for path in paths {
            let path = path.as_ref();
            if path.as_os_str() == "-" {
                sources.push(Source::Stdin);
            } else if path.is_dir() {
                walk_dir(path, &mut sources, &mut HashSet::new());
            } else {
                sources.push(Source::File(path.to_path_buf()));
            }
        }
        if sources.is_empty() {
            sources.push(Source::Stdin);
        }
        Files {
            sources: sources.into_iter(),
            kind: None,
        }
    }

    /// Treats every document as this kind, whatever its name. Default: by name, else sniffed.
    #[must_use]
    pub fn with_kind(mut self, kind: Kind) -> Files {
        self.kind = Some(kind);
        self
    }

    /// How many documents are left to read.
    pub fn len(&self) -> usize {
        self.sources.len()
    }

    /// Whether no document is left to read.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Iterator for Files {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        let source = self.sources.next()?;
        Some(match source {
            Source::Stdin => {
                let mut bytes = Vec::new();
                match io::stdin().lock().read_to_end(&mut bytes) {
                    Ok(_) => Input::new("-", bytes),
                    Err(e) => Input::unreadable("-", e.into()),
                }
            }
            Source::Unlistable(dir, error) => Input::unreadable(
                dir.display().to_string(),
                io::Error::new(error.kind(), format!("cannot list the directory: {error}")).into(),
            ),
            Source::File(path) => {
                let (compression, named) = kind_from_name(&path);
                let name = path.display().to_string();
                let input = match fs::read(&path) {
                    Ok(bytes) => Input::new(name, bytes).with_compression(compression),
                    Err(e) => Input::unreadable(name, e.into()),
                };
                let input = match self.kind.or(named) {
                    Some(kind) => input.with_kind(kind),
                    None => input,
                };
                match path.parent() {
                    Some(dir) => input.with_site(format!("{}/", dir.display())),
                    None => input,
                }
            }
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.sources.size_hint()
    }
}

impl ExactSizeIterator for Files {}

/// Lists a directory's files recursively, in sorted order, reading each directory once: a link
/// back to a directory already read (a loop) is not followed again.
fn walk_dir(dir: &Path, sources: &mut Vec<Source>, seen: &mut HashSet<PathBuf>) {
    if let Ok(real) = fs::canonicalize(dir) {
        if !seen.insert(real) {
            return;
        }
    }
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return sources.push(Source::Unlistable(dir.to_path_buf(), e)),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk_dir(&path, sources, seen);
        } else {
            sources.push(Source::File(path));
        }
    }
}

/// Compression and kind, from a file name.
fn kind_from_name(path: &Path) -> (Compression, Option<Kind>) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let (compression, rest) = if let Some(rest) = name.strip_suffix(".gz") {
        (Compression::Gzip, rest)
    } else if let Some(rest) = name.strip_suffix(".zst") {
        (Compression::Zstd, rest)
    } else {
        (Compression::None, name.as_str())
    };
    let kind = if rest.ends_with(".html") || rest.ends_with(".htm") || rest.ends_with(".xhtml") {
        Some(Kind::Html)
    } else if rest.ends_with(".txt") {
        Some(Kind::Text)
    } else {
        None
    };
    (compression, kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_give_compression_and_kind() {
        let of = |name: &str| kind_from_name(Path::new(name));
        assert_eq!(of("a/Page.HTML.gz"), (Compression::Gzip, Some(Kind::Html)));
        assert_eq!(of("b.txt.zst"), (Compression::Zstd, Some(Kind::Text)));
        assert_eq!(of("c.xhtml"), (Compression::None, Some(Kind::Html)));
        assert_eq!(of("d.htm"), (Compression::None, Some(Kind::Html)));
        assert_eq!(of("e.data"), (Compression::None, None));
    }

    #[cfg(unix)]
    #[test]
    fn a_directory_reached_again_through_a_link_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("a/b")).unwrap();
        fs::write(root.join("a/1.txt"), "one").unwrap();
        fs::write(root.join("a/b/2.txt"), "two").unwrap();
        // A loop back to the top, and a second way into a directory already listed.
        std::os::unix::fs::symlink(root.join("a"), root.join("a/b/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("a/b"), root.join("a/again")).unwrap();
        let files = Files::new([root.join("a")]);
        assert_eq!(files.len(), 2);
        let names: Vec<String> = files.map(|input| input.source().to_string()).collect();
        assert_eq!(
            names,
            [
                root.join("a/1.txt").display().to_string(),
                root.join("a/again/2.txt").display().to_string()
            ]
        );
    }

    #[test]
    fn files_are_read_in_turn_with_what_their_names_say() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.html"), "<p>x</p>").unwrap();
        let missing = dir.path().join("missing.txt");
        let mut files = Files::new([dir.path().join("a.html"), missing.clone()]);
        assert_eq!(
            (files.len(), files.size_hint(), files.is_empty()),
            (2, (2, Some(2)), false)
        );
        let mut first = files.next().unwrap();
        assert_eq!(files.size_hint(), (1, Some(1)));
        assert_eq!(first.kind(), Some(Kind::Html));
        assert_eq!(first.site(), Some(format!("{}/", dir.path().display()).as_str()));
        assert_eq!(first.take_bytes().unwrap(), b"<p>x</p>");
        let mut second = files.next().unwrap();
        assert_eq!(second.source(), missing.display().to_string());
        assert_eq!(second.kind(), Some(Kind::Text));
        assert!(second
            .take_bytes()
            .unwrap_err()
            .to_string()
            .starts_with("cannot read: "));
        assert!(files.next().is_none());
        assert!(files.is_empty());
        let forced = Files::new([dir.path().join("a.html")]).with_kind(Kind::Text);
        assert_eq!(forced.map(|i| i.kind()).collect::<Vec<_>>(), [Some(Kind::Text)]);
    }
}
