//! The JSON Lines reader: one document per line, as the previous step of a pipeline wrote it.

use super::{Fields, Input};
use crate::error::Error;
use crate::Kind;
use serde_json::Value;
use std::io::{self, BufRead, Read};

/// Which fields of a JSON Lines object hold what. A line with an HTML field is cleaned as
/// HTML, one with only a text field as text; every other field is carried through to the
/// record unchanged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonFields {
    /// The field holding a page's HTML. Default: `html`.
    pub html: String,
    /// The field holding a text dump. Default: `text`.
    pub text: String,
    /// The field holding the document's identifier (a string or a number). Default: `id`.
    pub id: String,
    /// The field holding the document's URL. Default: `url`.
    pub url: String,
}

impl Default for JsonFields {
    fn default() -> Self {
        JsonFields {
            html: "html".into(),
            text: "text".into(),
            id: "id".into(),
            url: "url".into(),
        }
    }
}

impl JsonFields {
    /// The document a line of JSON Lines holds (see [`JsonFields::input`]), or an error saying
    /// the line is not a JSON object. `place` says where the line was (`line 4`).
    pub fn input_of_line(&self, source: impl Into<String>, place: &str, line: &[u8]) -> Input {
        let source = source.into();
        let reason = match serde_json::from_slice::<Value>(line) {
            Ok(Value::Object(object)) => return self.input(source, place, object),
            Ok(_) => format!("{place} is not a JSON object"),
            Err(e) => format!("{place} is not JSON: {e}"),
        };
        Input::unreadable(source, Error::Malformed { reason })
    }

    /// The document a JSON object holds: its HTML field, else its text field, with its id and
    /// URL; its other fields are carried through. `place` says where the object was (`line
    /// 4`) in the error of one that holds no document.
    pub fn input(&self, source: impl Into<String>, place: &str, mut object: Fields) -> Input {
        let source = source.into();
        let id = match object.get(&self.id) {
            Some(Value::String(id)) => Some(id.clone()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let url = object.get(&self.url).and_then(Value::as_str).map(str::to_string);
        // The field cleaned is taken out; the other is carried through like any field.
        let html = take_string(&mut object, &self.html);
        let text = match html {
            Some(_) => None,
            None => take_string(&mut object, &self.text),
        };
        let mut input = match (html, text) {
            // JSON text is Unicode already, whatever charset the page declares.
            (Some(html), _) => Input::new(source, html.into_bytes())
                .with_kind(Kind::Html)
                .with_charset("utf-8"),
            (None, Some(text)) => Input::new(source, text.into_bytes())
                .with_kind(Kind::Text)
                .with_charset("utf-8"),
            (None, None) => {
                let reason = format!(
                    "{place} has no document: neither {:?} nor {:?} is a string field",
                    self.html, self.text
                );
                Input::unreadable(source, Error::Malformed { reason })
            }
        };
        input.id = id;
        input.url = url;
        input.fields = (!object.is_empty()).then_some(object);
        input
    }
}

/// Documents from a JSON Lines stream, one per line, read a line at a time. Blank lines are
/// not documents. A line that is not a JSON object, holds no document, or is longer than the
/// limit gets an error naming its line number, and the stream goes on; a stream that cannot
/// be read further ends with an error.
///
/// ```
/// use dechrome::input::{JsonFields, JsonLines};
///
/// let stream = "{\"id\": 7, \"html\": \"<p>Hello</p>\", \"lang_hint\": \"en\"}\nnot json\n";
/// let inputs: Vec<_> = JsonLines::new("docs.jsonl", stream.as_bytes(), JsonFields::default()).collect();
/// assert_eq!(inputs.len(), 2);
/// assert_eq!((inputs[0].source(), inputs[0].id()), ("docs.jsonl:1", Some("7")));
/// ```
#[derive(Debug)]
pub struct JsonLines<R> {
    name: String,
    reader: R,
    fields: JsonFields,
    max_bytes: usize,
    line_number: usize,
    line: Vec<u8>,
    ended: bool,
}

impl<R: BufRead> JsonLines<R> {
    /// The documents of `reader`, a stream named `name` in records (`name:LINE`).
    pub fn new(name: impl Into<String>, reader: R, fields: JsonFields) -> JsonLines<R> {
        JsonLines {
            name: name.into(),
            reader,
            fields,
            max_bytes: crate::DEFAULT_MAX_BYTES,
            line_number: 0,
            line: Vec::new(),
            ended: false,
        }
    }

    /// The longest line read, in bytes; a longer one gets an error and is passed over
    /// without being held. Default: [`DEFAULT_MAX_BYTES`](crate::DEFAULT_MAX_BYTES).
    #[must_use]
    pub fn with_max_bytes(mut self, max_bytes: usize) -> JsonLines<R> {
        self.max_bytes = max_bytes;
        self
    }

    /// Reads the next line into `self.line`, without its line break; a line over the limit
    /// is read to its end but not kept.
    fn read_line(&mut self) -> io::Result<Line> {
        self.line.clear();
        let limit = u64::try_from(self.max_bytes).unwrap_or(u64::MAX).saturating_add(1);
        let read = (&mut self.reader).take(limit).read_until(b'\n', &mut self.line)?;
        if read == 0 {
            return Ok(Line::End);
        }
        if self.line.last() == Some(&b'\n') {
            self.line.pop();
            if self.line.last() == Some(&b'\r') {
                self.line.pop();
            }
            return Ok(Line::Read);
        }
        if self.line.len() <= self.max_bytes {
            return Ok(Line::Read); // the last line, without a line break
        }
        // Over the limit: pass over the rest of the line.
        self.line.clear();
        loop {
            let buffer = self.reader.fill_buf()?;
            if buffer.is_empty() {
                break;
            }
            match buffer.iter().position(|&b| b == b'\n') {
                Some(end) => {
                    self.reader.consume(end + 1);
                    break;
                }
                None => {
                    let all = buffer.len();
                    self.reader.consume(all);
                }
            }
        }
        Ok(Line::TooLong)
    }

    /// The document of the line just read.
    fn document(&self, source: String) -> Input {
        self.fields
            .input_of_line(source, &format!("line {}", self.line_number), &self.line)
    }
}

/// What reading a line found.
enum Line {
    Read,
    TooLong,
    End,
}

/// Takes a string field out of an object, leaving any other value in place.
fn take_string(object: &mut Fields, key: &str) -> Option<String> {
    if !object.get(key).is_some_and(Value::is_string) {
        return None;
    }
    match object.shift_remove(key) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        while !self.ended {
            self.line_number += 1;
            let source = format!("{}:{}", self.name, self.line_number);
            match self.read_line() {
                Ok(Line::End) => self.ended = true,
                Ok(Line::TooLong) => {
                    return Some(Input::unreadable(source, Error::TooLarge { limit: self.max_bytes }));
                }
                Ok(Line::Read) if self.line.iter().all(u8::is_ascii_whitespace) => {}
                Ok(Line::Read) => return Some(self.document(source)),
                Err(e) => {
                    // The stream cannot be trusted past an error (a cut-short gzip member).
                    self.ended = true;
                    let reason = format!("line {}: {e}", self.line_number);
                    return Some(Input::unreadable(source, io::Error::new(e.kind(), reason).into()));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Taken;

    fn read(stream: &str, fields: JsonFields) -> Vec<Input> {
        JsonLines::new("s", stream.as_bytes(), fields)
            .with_max_bytes(200)
            .collect()
    }

    fn error(input: &mut Input) -> String {
        match input.take_content(usize::MAX) {
            Err(Taken::Failed(e)) => e.to_string(),
            other => panic!("not an error: {other:?}"),
        }
    }

    #[test]
    fn each_line_is_a_document_with_its_id_url_and_other_fields() {
        let stream = concat!(
            r#"{"id": "a", "url": "https://e.org/a", "html": "<p>Hi</p>", "meta": {"shard": [1, 2]}, "n": null}"#,
            "\r\n\n  \n",
            r#"{"id": 42, "text": "A dump", "html": null}"#,
            "\n",
            r#"{"text": "Last", "html": "<p>Both</p>"}"#
        );
        let mut inputs = read(stream, JsonFields::default());
        assert_eq!(inputs.len(), 3, "blank lines are no documents");
        let sources: Vec<&str> = inputs.iter().map(Input::source).collect();
        assert_eq!(sources, ["s:1", "s:4", "s:5"]);
        let first = &mut inputs[0];
        assert_eq!(
            (first.id(), first.url(), first.kind()),
            (Some("a"), Some("https://e.org/a"), Some(Kind::Html))
        );
        assert_eq!(first.hints().charset, Some("utf-8"));
        assert_eq!(first.take_content(100).unwrap().bytes, b"<p>Hi</p>");
        let kept = first.take_identity().fields.unwrap();
        let keys: Vec<&String> = kept.keys().collect();
        assert_eq!(
            keys,
            ["id", "url", "meta", "n"],
            "in their order, the document itself left out"
        );
        assert_eq!(kept["meta"], serde_json::json!({"shard": [1, 2]}));
        let second = &mut inputs[1];
        assert_eq!((second.id(), second.kind()), (Some("42"), Some(Kind::Text)));
        assert_eq!(second.take_content(100).unwrap().bytes, b"A dump");
        let fields = second.take_identity().fields.unwrap();
        assert_eq!(
            fields["html"],
            Value::Null,
            "a field that holds no document is carried through"
        );
        let third = &mut inputs[2];
        assert_eq!(third.kind(), Some(Kind::Html), "HTML comes first");
        assert_eq!(third.take_content(100).unwrap().bytes, b"<p>Both</p>");
        assert_eq!(third.take_identity().fields.unwrap()["text"], "Last");
    }

    #[test]
    fn fields_can_be_named() {
        let fields = JsonFields {
            html: "raw".into(),
            text: "body".into(),
            id: "doc_id".into(),
            url: "link".into(),
        };
        let mut inputs = read(
            r#"{"doc_id": "x", "link": "https://e.org/", "raw": "<p>R</p>", "html": "no"}"#,
            fields,
        );
        let input = &mut inputs[0];
        assert_eq!((input.id(), input.url()), (Some("x"), Some("https://e.org/")));
        assert_eq!(input.take_content(100).unwrap().bytes, b"<p>R</p>");
    }

    #[test]
    fn a_bad_line_gets_an_error_naming_it_and_the_stream_goes_on() {
        let long = format!(r#"{{"html": "{}"}}"#, "x".repeat(300));
        let stream =
            format!("not json\n[1, 2]\n{{\"title\": \"no document\", \"id\": 3}}\n{long}\n{{\"text\": \"after\"}}");
        let mut inputs = read(&stream, JsonFields::default());
        assert_eq!(inputs.len(), 5);
        assert!(error(&mut inputs[0]).starts_with("line 1 is not JSON: "));
        assert_eq!(error(&mut inputs[1]), "line 2 is not a JSON object");
        assert_eq!(
            error(&mut inputs[2]),
            r#"line 3 has no document: neither "html" nor "text" is a string field"#
        );
        let identity = inputs[2].take_identity();
        assert_eq!(identity.id.as_deref(), Some("3"));
        assert_eq!(
            identity.fields.unwrap()["title"],
            "no document",
            "what the line holds is kept"
        );
        assert!(error(&mut inputs[3]).contains("limit of 200 bytes"));
        assert_eq!(inputs[4].source(), "s:5");
        assert_eq!(inputs[4].take_content(100).unwrap().bytes, b"after");
    }

    #[test]
    fn a_line_of_exactly_the_limit_is_read() {
        let line = format!(r#"{{"text": "{}"}}"#, "y".repeat(200 - 12));
        assert_eq!(line.len(), 200);
        let mut inputs = read(&format!("{line}\n{line}"), JsonFields::default());
        assert!(inputs.iter_mut().all(|i| i.take_content(usize::MAX).is_ok()));
    }

    #[test]
    fn a_stream_that_fails_ends_with_an_error() {
        struct Broken;
        impl Read for Broken {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::UnexpectedEof, "cut short"))
            }
        }
        let stream = io::BufReader::new(b"{\"text\": \"one\"}\n".chain(Broken));
        let mut inputs: Vec<Input> = JsonLines::new("s", stream, JsonFields::default()).collect();
        assert_eq!(inputs.len(), 2);
        assert_eq!(error(&mut inputs[1]), "cannot read: line 2: cut short");
    }
}
