//! The `dechrome._native` extension module: the library's cleaner, batch and readers, for
//! Python. The `dechrome` package around it (`dechrome/__init__.py`) is the documented API;
//! this module only turns Python values into the library's inputs and its records into dicts,
//! so that Python cleans exactly as the command does.

use dechrome::input::{Fields, Files, Format, JsonFields};
use dechrome::output::{record_object, TextFormat};
use dechrome::{
    Batch, Cleaner as Core, Error, Input, Kind, Normalization, Options, Record, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde_json::Value;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// A cleaner with its options: reusable, and safe to share between threads.
///
/// Options, by keyword, named as the command's flags:
///
/// - ``normalization``: ``"nfc"`` (default) or ``"nfkc"``, the Unicode form of the text.
/// - ``comments``: also keep readers' comments, in a ``comments`` field (default ``False``).
/// - ``languages``: keep the text of documents in these languages only (a list of ISO 639-1
///   codes, or one comma-separated string); others get ``withheld: "language"``.
/// - ``min_chars``: keep the text of documents with at least this many characters (default 0).
/// - ``text_format``: ``"plain"`` (a block per line, default) or ``"markdown"``.
/// - ``site_chrome``: learn the lines that recur on many pages of one site across a batch and
///   remove them (default ``True``).
/// - ``max_bytes``: the largest document read, as stored and once decompressed; a larger one
///   gets a record with an error (default 64 MiB).
/// - ``timeout_ms``: the longest one document may take to clean; one that takes longer gets a
///   record with an error (default 30000; 0 sets no limit).
/// - ``jobs``: worker threads for batches (default 0: all cores).
#[pyclass(module = "dechrome._native", frozen)]
struct Cleaner {
    core: Core,
    text_format: TextFormat,
}

#[pymethods]
impl Cleaner {
    #[new]
    #[pyo3(signature = (
        *,
        normalization = "nfc",
        comments = false,
        languages = None,
        min_chars = 0,
        text_format = "plain",
        site_chrome = true,
        max_bytes = DEFAULT_MAX_BYTES as i64,
        timeout_ms = DEFAULT_TIMEOUT.as_millis() as i64,
        jobs = 0,
    ))]
    #[allow(clippy::too_many_arguments)] // One per option, by keyword, as the command names them.
    fn new(
        normalization: &str,
        comments: bool,
        languages: Option<&Bound<'_, PyAny>>,
        min_chars: i64,
        text_format: &str,
        site_chrome: bool,
        max_bytes: i64,
        timeout_ms: i64,
        jobs: i64,
    ) -> PyResult<Cleaner> {
        let normalization = match normalization {
            "nfc" => Normalization::Nfc,
            "nfkc" => Normalization::Nfkc,
            other => return Err(not_one_of("normalization", other, &["nfc", "nfkc"])),
        };
        let text_format = match text_format {
            "plain" => TextFormat::Plain,
            "markdown" => TextFormat::Markdown,
            other => return Err(not_one_of("text_format", other, &["plain", "markdown"])),
        };
        let options = Options::default()
            .with_normalization(normalization)
            .with_comments(comments)
            .with_languages(language_codes(languages)?)
            .with_min_chars(at_least("min_chars", min_chars, 0)?)
            .with_site_chrome(site_chrome)
            .with_max_bytes(at_least("max_bytes", max_bytes, 1)?)
            .with_timeout(match at_least("timeout_ms", timeout_ms, 0)? {
                0 => None,
                ms => Some(Duration::from_millis(ms as u64)),
            })
            .with_threads(at_least("jobs", jobs, 0)?);
        Ok(Cleaner {
            core: Core::new(options),
            text_format,
        })
    }

    /// One document's record: ``data`` is bytes (decoded as the page says, or detected) or a
    /// string (Unicode already); ``kind`` is ``"html"`` or ``"text"`` (detected when left out);
    /// ``url``, ``charset`` (the HTTP header's) and ``id`` are what you know of it. Bad input
    /// gives a record with ``error``; it never raises.
    #[pyo3(signature = (data, *, kind = None, url = None, charset = None, id = None))]
    fn clean<'py>(
        &self,
        py: Python<'py>,
        data: &Bound<'py, PyAny>,
        kind: Option<&str>,
        url: Option<String>,
        charset: Option<String>,
        id: Option<String>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let mut input = document(data, "0", "data")?;
        if let Some(kind) = kind {
            input = input.with_kind(kind_named(kind)?);
        }
        if let Some(url) = url {
            input = input.with_url(url);
        }
        if let Some(charset) = charset {
            input = input.with_charset(charset);
        }
        if let Some(id) = id {
            input = input.with_id(id);
        }
        let core = &self.core;
        let record = py.detach(|| core.batch([input]).next());
        match record {
            Some(record) => self.dict(py, &record),
            None => unreachable!("a batch gives a record for each input"),
        }
    }

    /// The records of many documents, one per item and in their order, cleaned on every core
    /// with the GIL released, site chrome learned across them as the command does.
    ///
    /// An item is bytes or a string (one document), or a dict as a JSON Lines line holds one:
    /// its ``html_field`` cleaned as HTML, else its ``text_field`` as a text dump, its
    /// ``id_field`` and ``url_field`` kept, every other field passed through. A record's
    /// ``source`` is its item's position. With ``input_format="jsonl"`` every item is one
    /// line of JSON Lines (bytes or a string), read as the command reads a line.
    #[pyo3(signature = (items, *, input_format = "auto", html_field = "html", text_field = "text", id_field = "id", url_field = "url"))]
    #[allow(clippy::too_many_arguments)] // The field names, by keyword, as the command names them.
    fn clean_batch<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        input_format: &str,
        html_field: &str,
        text_field: &str,
        id_field: &str,
        url_field: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let fields = json_fields(html_field, text_field, id_field, url_field);
        let lines = match input_format {
            "auto" => false,
            "jsonl" => true,
            other => return Err(not_one_of("input_format", other, &["auto", "jsonl"])),
        };
        let mut inputs = Vec::new();
        for (index, item) in items.try_iter()?.enumerate() {
            let item = item?;
            inputs.push(match lines {
                true => line_input(&item, index, &fields)?,
                false => item_input(&item, index, &fields)?,
            });
        }
        let core = &self.core;
        let records: Vec<Record> = py.detach(|| core.batch(inputs).collect());
        let list = PyList::empty(py);
        for record in &records {
            list.append(self.dict(py, record)?)?;
        }
        Ok(list)
    }

    /// The records of the documents a file or directory holds, read as they are cleaned: an
    /// iterator that keeps memory flat however large the archive. ``input_format`` is
    /// ``"auto"`` (by name and content), ``"html"``, ``"text"``, ``"jsonl"`` or ``"warc"``.
    #[pyo3(signature = (path, *, input_format = "auto", html_field = "html", text_field = "text", id_field = "id", url_field = "url"))]
    fn clean_file(
        &self,
        path: PathBuf,
        input_format: &str,
        html_field: &str,
        text_field: &str,
        id_field: &str,
        url_field: &str,
    ) -> PyResult<Records> {
        let fields = json_fields(html_field, text_field, id_field, url_field);
        self.records(Files::new([path]), input_format, fields)
    }

    /// The records of the documents a binary file object holds (an open file, an fsspec or
    /// S3 stream: anything with ``read(n)`` returning bytes), read as they are cleaned. ``name``
    /// names it in records and says, by its ending as for a file (``crawl.warc.gz``), what it
    /// holds; ``input_format`` as for :meth:`clean_file`.
    #[pyo3(signature = (stream, *, name = "-", input_format = "auto", html_field = "html", text_field = "text", id_field = "id", url_field = "url"))]
    #[allow(clippy::too_many_arguments)] // The field names, by keyword, as the command names them.
    fn clean_stream(
        &self,
        stream: Py<PyAny>,
        name: &str,
        input_format: &str,
        html_field: &str,
        text_field: &str,
        id_field: &str,
        url_field: &str,
    ) -> PyResult<Records> {
        let fields = json_fields(html_field, text_field, id_field, url_field);
        self.records(Files::from_reader(name, PyReader(stream)), input_format, fields)
    }
}

impl Cleaner {
    fn records(&self, files: Files, input_format: &str, fields: JsonFields) -> PyResult<Records> {
        let mut files = files
            .with_json_fields(fields)
            .with_max_bytes(self.core.options().max_bytes());
        match input_format {
            "auto" => {}
            "html" => files = files.with_format(Format::Html),
            "text" => files = files.with_format(Format::Text),
            "jsonl" => files = files.with_format(Format::JsonLines),
            "warc" => files = files.with_format(Format::Warc),
            other => {
                return Err(not_one_of(
                    "input_format",
                    other,
                    &["auto", "html", "text", "jsonl", "warc"],
                ))
            }
        }
        Ok(Records {
            batch: Mutex::new(self.core.batch(files)),
            text_format: self.text_format,
        })
    }

    fn dict<'py>(&self, py: Python<'py>, record: &Record) -> PyResult<Bound<'py, PyDict>> {
        record_dict(py, record, self.text_format)
    }
}

/// A record as the dict of its JSON Lines fields, its text as `text_format` says.
fn record_dict<'py>(py: Python<'py>, record: &Record, text_format: TextFormat) -> PyResult<Bound<'py, PyDict>> {
    object_to_python(py, &record_object(record, text_format))
}

/// The records of a file, one per document, in order: an iterator that reads and cleans a
/// window of documents at a time, with the GIL released.
#[pyclass(module = "dechrome._native", frozen)]
struct Records {
    batch: Mutex<Batch<Files>>,
    text_format: TextFormat,
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let batch = &self.batch;
        let record = py.detach(|| {
            // A panic inside the library is caught per document there; a poisoned lock can
            // only follow one here, and the records read so far stay good.
            let mut batch = batch.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            batch.next()
        });
        record
            .map(|record| record_dict(py, &record, self.text_format))
            .transpose()
    }
}

/// A Python binary file object read from Rust, taking the GIL for each read.
struct PyReader(Py<PyAny>);

impl Read for PyReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        Python::attach(|py| {
            let chunk = self
                .0
                .call_method1(py, "read", (buf.len(),))
                .map_err(|e| io::Error::other(e.to_string()))?;
            let chunk = chunk.bind(py);
            let bytes = chunk.cast::<PyBytes>().map_err(|_| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!(
                        "the stream's read() gave {}, not bytes: open it in binary mode",
                        type_name(chunk)
                    ),
                )
            })?;
            let bytes = bytes.as_bytes();
            // A stream may give less than asked, never more.
            let Some(to) = buf.get_mut(..bytes.len()) else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the stream's read() gave more bytes than asked",
                ));
            };
            to.copy_from_slice(bytes);
            Ok(bytes.len())
        })
    }
}

/// The input a batch item gives: bytes or a string are a document; a dict is an object as a
/// JSON Lines line holds it.
fn item_input(item: &Bound<'_, PyAny>, index: usize, fields: &JsonFields) -> PyResult<Input> {
    let source = index.to_string();
    if let Ok(dict) = item.cast::<PyDict>() {
        return Ok(match dict_to_json(dict) {
            Ok(object) => fields.input(source, &format!("item {index}"), object),
            Err(reason) => Input::unreadable(
                source,
                Error::Malformed {
                    reason: format!("item {index}: {reason}"),
                },
            ),
        });
    }
    document(item, &source, &format!("item {index}"))
}

/// The input of an item that is one line of JSON Lines.
fn line_input(item: &Bound<'_, PyAny>, index: usize, fields: &JsonFields) -> PyResult<Input> {
    let place = format!("item {index}");
    if let Ok(bytes) = item.cast::<PyBytes>() {
        Ok(fields.input_of_line(index.to_string(), &place, bytes.as_bytes()))
    } else if let Ok(text) = item.cast::<PyString>() {
        let text = text.to_string_lossy();
        Ok(fields.input_of_line(index.to_string(), &place, text.as_bytes()))
    } else {
        Err(PyTypeError::new_err(format!(
            "{place} must be a line of JSON (bytes or str), not {}",
            type_name(item)
        )))
    }
}

/// A document given as bytes (decoded as the page says, or detected) or as a string (Unicode
/// already, whatever charset the page declares).
fn document(data: &Bound<'_, PyAny>, source: &str, name: &str) -> PyResult<Input> {
    if let Ok(bytes) = data.cast::<PyBytes>() {
        return Ok(Input::new(source, bytes.as_bytes().to_vec()));
    }
    if let Ok(text) = data.cast::<PyString>() {
        return Ok(Input::new(source, text.to_string_lossy().into_owned().into_bytes()).with_charset("utf-8"));
    }
    Err(PyTypeError::new_err(format!(
        "{name} must be bytes, str or (in a batch) a dict, not {}",
        type_name(data)
    )))
}

fn json_fields(html: &str, text: &str, id: &str, url: &str) -> JsonFields {
    JsonFields {
        html: html.to_string(),
        text: text.to_string(),
        id: id.to_string(),
        url: url.to_string(),
    }
}

fn kind_named(kind: &str) -> PyResult<Kind> {
    match kind {
        "html" => Ok(Kind::Html),
        "text" => Ok(Kind::Text),
        other => Err(not_one_of("kind", other, &["html", "text"])),
    }
}

/// Language codes given as a list of strings or as one comma-separated string.
fn language_codes(languages: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<String>> {
    let Some(languages) = languages.filter(|l| !l.is_none()) else {
        return Ok(Vec::new());
    };
    let codes: Vec<String> = if let Ok(codes) = languages.cast::<PyString>() {
        codes.to_string_lossy().split(',').map(str::to_string).collect()
    } else {
        languages.extract().map_err(|_| {
            PyTypeError::new_err(format!(
                "languages must be a list of language codes or a comma-separated string, not {}",
                type_name(languages)
            ))
        })?
    };
    Ok(codes
        .into_iter()
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect())
}

fn at_least(name: &str, value: i64, least: i64) -> PyResult<usize> {
    if value < least {
        return Err(PyValueError::new_err(format!(
            "{name} must be at least {least}, not {value}"
        )));
    }
    usize::try_from(value).map_err(|_| PyValueError::new_err(format!("{name} is too large: {value}")))
}

fn not_one_of(name: &str, value: &str, allowed: &[&str]) -> PyErr {
    PyValueError::new_err(format!("{name} must be one of {allowed:?}, not {value:?}"))
}

fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "an unknown type".to_string(), |n| n.to_string())
}

// --- Between JSON and Python values ---------------------------------------------------------

fn object_to_python<'py>(py: Python<'py>, object: &Fields) -> PyResult<Bound<'py, PyDict>> {
    let dict = PyDict::new(py);
    for (key, value) in object {
        dict.set_item(key, to_python(py, value)?)?;
    }
    Ok(dict)
}

fn to_python<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.into_pyobject(py)?.into_any(),
            (None, Some(u)) => u.into_pyobject(py)?.into_any(),
            _ => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(to_python(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(object) => object_to_python(py, object)?.into_any(),
    })
}

/// A dict as a JSON object, or what in it is no JSON value.
fn dict_to_json(dict: &Bound<'_, PyDict>) -> Result<Fields, String> {
    let mut object = Fields::new();
    for (key, value) in dict.iter() {
        let key = key
            .cast::<PyString>()
            .map_err(|_| format!("a key is not a string but {}", type_name(&key)))?
            .to_string_lossy()
            .into_owned();
        let value = to_json(&value).map_err(|reason| format!("field {key:?}: {reason}"))?;
        object.insert(key, value);
    }
    Ok(object)
}

fn to_json(value: &Bound<'_, PyAny>) -> Result<Value, String> {
    if value.is_none() {
        Ok(Value::Null)
    } else if let Ok(b) = value.cast::<PyBool>() {
        Ok(Value::Bool(b.is_true()))
    } else if let Ok(i) = value.cast::<PyInt>() {
        if let Ok(i) = i.extract::<i64>() {
            Ok(Value::from(i))
        } else if let Ok(u) = i.extract::<u64>() {
            Ok(Value::from(u))
        } else {
            Err("an integer too large for JSON".to_string())
        }
    } else if let Ok(f) = value.cast::<PyFloat>() {
        Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number))
    } else if let Ok(s) = value.cast::<PyString>() {
        Ok(Value::String(s.to_string_lossy().into_owned()))
    } else if let Ok(d) = value.cast::<PyDict>() {
        dict_to_json(d).map(Value::Object)
    } else if value.cast::<PyList>().is_ok() || value.cast::<PyTuple>().is_ok() {
        let mut items = Vec::new();
        for item in value.try_iter().map_err(|e| e.to_string())? {
            items.push(to_json(&item.map_err(|e| e.to_string())?)?);
        }
        Ok(Value::Array(items))
    } else {
        Err(format!("a {} is not a JSON value", type_name(value)))
    }
}

/// The module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Cleaner>()?;
    m.add_class::<Records>()?;
    m.add("DEFAULT_MAX_BYTES", DEFAULT_MAX_BYTES)?;
    Ok(())
}
