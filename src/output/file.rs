//! Where records go: standard output, or a file compressed as its name says.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// What a file is called while it is written: its name and this ending. A run that stops
/// before the end never leaves a file under the name asked for.
pub const PARTIAL_SUFFIX: &str = ".partial";

/// An output: a file, compressed when its name ends in `.gz` or `.zst`, or standard output.
///
/// A file is written under its name with [`PARTIAL_SUFFIX`] added, and given its own name by
/// [`Output::finish`], once everything is written (a compressed file is only whole then).
/// Dropped unfinished, it keeps the partial name.
#[derive(Debug)]
pub struct Output {
    sink: Sink,
    /// For a file written under its partial name: the name it is given when finished.
    path: Option<PathBuf>,
}

/// The bytes' way out.
enum Sink {
    /// Written as it is.
    Plain(BufWriter<Box<dyn Write + Send>>),
    /// gzip (boxed: the encoder's state is large).
    Gzip(Box<flate2::write::GzEncoder<BufWriter<Box<dyn Write + Send>>>>),
    /// Zstandard.
    #[cfg(feature = "zstd")]
    Zstd(zstd::Encoder<'static, BufWriter<Box<dyn Write + Send>>>),
}

impl std::fmt::Debug for Sink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Sink::Plain(_) => "Plain",
            Sink::Gzip(_) => "Gzip",
            #[cfg(feature = "zstd")]
            Sink::Zstd(_) => "Zstd",
        })
    }
}

impl Output {
    /// Standard output, uncompressed.
    pub fn stdout() -> Output {
        Output {
            sink: Sink::Plain(BufWriter::new(Box::new(io::stdout()))),
            path: None,
        }
    }

    /// A new file at `path` (replacing any once finished), compressed as its name says.
    ///
    /// Something there that is not a file (`/dev/null`, a named pipe, a terminal), or a link
    /// (`/dev/stdout`), is written to as it is: a file renamed over it would replace it.
    pub fn create(path: &Path) -> io::Result<Output> {
        let in_place = std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_file());
        let written = if in_place {
            path.to_path_buf()
        } else {
            partial_name(path)
        };
        let file = File::create(&written)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot create {}: {e}", written.display())))?;
        let out = BufWriter::new(Box::new(file) as Box<dyn Write + Send>);
        let name = path.to_string_lossy().to_lowercase();
        let sink = if name.ends_with(".gz") {
            Sink::Gzip(Box::new(flate2::write::GzEncoder::new(
                out,
                flate2::Compression::default(),
            )))
        } else if name.ends_with(".zst") {
            #[cfg(feature = "zstd")]
            {
                Sink::Zstd(zstd::Encoder::new(out, 3)?)
            }
            #[cfg(not(feature = "zstd"))]
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "zstd output needs dechrome's `zstd` feature",
            ));
        } else {
            Sink::Plain(out)
        };
        Ok(Output {
            sink,
            path: (!in_place).then(|| path.to_path_buf()),
        })
    }

    /// Where the bytes are being written: a file's partial name, `None` for standard output.
    pub fn partial_path(&self) -> Option<PathBuf> {
        self.path.as_deref().map(partial_name)
    }

    /// Ends the output: writes a compressed file's trailer, flushes, and gives a file its name.
    pub fn finish(self) -> io::Result<()> {
        close(self.sink)?;
        if let Some(path) = &self.path {
            let partial = partial_name(path);
            std::fs::rename(&partial, path).map_err(|e| {
                let (from, to) = (partial.display(), path.display());
                io::Error::new(e.kind(), format!("cannot rename {from} to {to}: {e}"))
            })?;
        }
        Ok(())
    }

    /// Ends the output as [`Output::finish`] does, but leaves a file under its partial name:
    /// for a run that stops before its end, whose records are whole but not all there.
    pub fn finish_partial(self) -> io::Result<()> {
        close(self.sink)
    }
}

/// Writes a compressed stream's trailer, and flushes.
fn close(sink: Sink) -> io::Result<()> {
    let mut out = match sink {
        Sink::Plain(out) => out,
        Sink::Gzip(gz) => gz.finish()?,
        #[cfg(feature = "zstd")]
        Sink::Zstd(zst) => zst.finish()?,
    };
    out.flush()
}

/// The name a file is written under until it is whole.
fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(PARTIAL_SUFFIX);
    PathBuf::from(name)
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.sink {
            Sink::Plain(out) => out.write(buf),
            Sink::Gzip(out) => out.write(buf),
            #[cfg(feature = "zstd")]
            Sink::Zstd(out) => out.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.sink {
            Sink::Plain(out) => out.flush(),
            Sink::Gzip(out) => out.flush(),
            #[cfg(feature = "zstd")]
            Sink::Zstd(out) => out.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn written(name: &str) -> Vec<u8> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        let mut out = Output::create(&path).unwrap();
        out.write_all(b"{\"text\": \"one\"}\n").unwrap();
        out.finish().unwrap();
        std::fs::read(path).unwrap()
    }

    #[test]
    fn a_file_is_compressed_as_its_name_says() {
        assert_eq!(written("out.jsonl"), b"{\"text\": \"one\"}\n");
        let mut text = String::new();
        flate2::read::GzDecoder::new(&written("out.jsonl.GZ")[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "{\"text\": \"one\"}\n");
        #[cfg(feature = "zstd")]
        assert_eq!(
            zstd::stream::decode_all(&written("out.jsonl.zst")[..]).unwrap(),
            b"{\"text\": \"one\"}\n"
        );
    }

    #[test]
    fn a_file_that_cannot_be_created_says_so() {
        let error = Output::create(Path::new("/nonexistent-dir/out.jsonl")).unwrap_err();
        assert!(error
            .to_string()
            .starts_with("cannot create /nonexistent-dir/out.jsonl.partial: "));
    }

    #[test]
    fn a_file_has_its_name_only_once_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        let partial = dir.path().join("out.jsonl.partial");
        std::fs::write(&path, "an earlier run's output\n").unwrap();
        let mut out = Output::create(&path).unwrap();
        assert_eq!(out.partial_path(), Some(partial.clone()));
        out.write_all(b"{}\n").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"an earlier run's output\n");
        out.finish().unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
        assert!(!partial.exists());
        // Stopped before its end: whole, under the partial name.
        let mut out = Output::create(&dir.path().join("stopped.jsonl.gz")).unwrap();
        out.write_all(b"{}\n").unwrap();
        out.finish_partial().unwrap();
        assert!(!dir.path().join("stopped.jsonl.gz").exists());
        let mut text = String::new();
        let partial = std::fs::read(dir.path().join("stopped.jsonl.gz.partial")).unwrap();
        flate2::read::GzDecoder::new(&partial[..])
            .read_to_string(&mut text)
            .unwrap();
        assert_eq!(text, "{}\n");
    }

    #[cfg(unix)]
    #[test]
    fn what_is_not_a_file_or_is_a_link_is_written_in_place_and_stays_what_it_is() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("records");
        let made = std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .expect("mkfifo runs");
        assert!(made.success());
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        let mut out = Output::create(&pipe).unwrap();
        assert_eq!(out.partial_path(), None);
        out.write_all(b"{}\n").unwrap();
        out.finish().unwrap();
        assert_eq!(reader.join().unwrap(), b"{}\n");
        assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo());
        assert!(!dir.path().join("records.partial").exists());
        // A link to a file stays a link, and the file gets the records.
        let target = dir.path().join("target.jsonl");
        let link = dir.path().join("link.jsonl");
        std::fs::write(&target, "").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let mut out = Output::create(&link).unwrap();
        out.write_all(b"{}\n").unwrap();
        out.finish().unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read(&target).unwrap(), b"{}\n");
    }
}
