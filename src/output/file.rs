//! Where records go: standard output, or a file compressed as its name says.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

/// An output: a file, compressed when its name ends in `.gz` or `.zst`, or standard output.
/// Call [`Output::finish`] once everything is written: a compressed file is only whole then.
pub enum Output {
    /// Written as it is.
    Plain(BufWriter<Box<dyn Write + Send>>),
    /// gzip (boxed: the encoder's state is large).
    Gzip(Box<flate2::write::GzEncoder<BufWriter<Box<dyn Write + Send>>>>),
    /// Zstandard.
    #[cfg(feature = "zstd")]
    Zstd(zstd::Encoder<'static, BufWriter<Box<dyn Write + Send>>>),
}

impl std::fmt::Debug for Output {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Output::Plain(_) => "Output::Plain",
            Output::Gzip(_) => "Output::Gzip",
            #[cfg(feature = "zstd")]
            Output::Zstd(_) => "Output::Zstd",
        })
    }
}

impl Output {
    /// Standard output, uncompressed.
    pub fn stdout() -> Output {
        Output::Plain(BufWriter::new(Box::new(io::stdout())))
    }

    /// A new file at `path` (replacing any), compressed as its name says.
    pub fn create(path: &Path) -> io::Result<Output> {
        let file = File::create(path)
            .map_err(|e| io::Error::new(e.kind(), format!("cannot create {}: {e}", path.display())))?;
        let out = BufWriter::new(Box::new(file) as Box<dyn Write + Send>);
        let name = path.to_string_lossy().to_lowercase();
        if name.ends_with(".gz") {
            let gzip = flate2::write::GzEncoder::new(out, flate2::Compression::default());
            return Ok(Output::Gzip(Box::new(gzip)));
        }
        if name.ends_with(".zst") {
            #[cfg(feature = "zstd")]
            return Ok(Output::Zstd(zstd::Encoder::new(out, 3)?));
            #[cfg(not(feature = "zstd"))]
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "zstd output needs dechrome's `zstd` feature",
            ));
        }
        Ok(Output::Plain(out))
    }

    /// Ends the output: writes a compressed file's trailer and flushes.
    pub fn finish(self) -> io::Result<()> {
        let mut out = match self {
            Output::Plain(out) => out,
            Output::Gzip(gz) => gz.finish()?,
            #[cfg(feature = "zstd")]
            Output::Zstd(zst) => zst.finish()?,
        };
        out.flush()
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Plain(out) => out.write(buf),
            Output::Gzip(out) => out.write(buf),
            #[cfg(feature = "zstd")]
            Output::Zstd(out) => out.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Plain(out) => out.flush(),
            Output::Gzip(out) => out.flush(),
            #[cfg(feature = "zstd")]
            Output::Zstd(out) => out.flush(),
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
            .starts_with("cannot create /nonexistent-dir/out.jsonl: "));
    }
}
