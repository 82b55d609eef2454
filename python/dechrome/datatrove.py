"""dechrome as datatrove pipeline steps.

Two ways in, for two kinds of pipeline:

- :class:`DechromeWarcReader` reads WARC, WET and JSON Lines files itself and yields documents
  already cleaned, with their metadata. It hands dechrome the raw bytes and the HTTP charset,
  so legacy encodings are detected as the command detects them, and it cleans a window of
  documents at a time on every core, learning each site's chrome. Use it when the pipeline
  starts from web archives.
- :class:`DechromeExtractor` goes where datatrove's ``Trafilatura`` step goes, after any reader
  (``WarcReader``, ``JsonlReader``): it cleans each document's ``text`` as HTML. datatrove's
  ``WarcReader`` has already decoded the bodies (as UTF-8, else by guessing), so use it when
  your reader is fixed, or the documents do not come from archives.

Both take the options of :class:`dechrome.Cleaner` by keyword.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from datatrove.data import Document, DocumentsPipeline
from datatrove.io import DataFileLike, DataFolderLike
from datatrove.pipeline.extractors.base import BaseExtractor
from datatrove.pipeline.readers.base import BaseDiskReader

import dechrome

# Record fields that go into a document's metadata, when they have a value.
_METADATA_FIELDS = (
    "url",
    "canonical_url",
    "title",
    "author",
    "date",
    "sitename",
    "description",
    "lang",
    "lang_confidence",
    "encoding",
    "kind",
    "page_type",
    "withheld",
)


class DechromeExtractor(BaseExtractor):
    """Cleans each document's ``text`` (a page's HTML) into its article text.

    Args:
        timeout: seconds per document, as datatrove's extractors take it.
        kind: ``"html"`` (default: what readers of web pages give), ``"text"`` for text dumps,
            or ``None`` to detect it.
        **options: options of :class:`dechrome.Cleaner` (``normalization``, ``comments``,
            ``languages``, ``min_chars``, ``text_format``, ``max_bytes``, ``timeout_ms``).
    """

    name = "🧹 dechrome"

    def __init__(self, timeout: float = 1, kind: Optional[str] = "html", **options: Any):
        super().__init__(timeout)
        # Each document is cleaned alone: no site is learned from one page.
        options.setdefault("site_chrome", False)
        options.setdefault("jobs", 1)
        # The cleaner stops a document itself within datatrove's time, rather than be stopped.
        options.setdefault("timeout_ms", max(1, int(timeout * 1000)))
        dechrome.Cleaner(**options)  # a wrong option fails here, not in the worker process
        self.kind = kind
        self.options = options
        self._cleaner: Optional[dechrome.Cleaner] = None

    def extract(self, text: str) -> str:
        """The article text of one page; ``""`` for an empty page or one that fails."""
        if not text:
            return ""
        # Built on first use, in the process that runs the step: the pipeline is copied
        # before it runs.
        if self._cleaner is None:
            self._cleaner = dechrome.Cleaner(**self.options)
        return self._cleaner.clean(text, kind=self.kind)["text"]


class DechromeWarcReader(BaseDiskReader):
    """Reads WARC (``.warc``, ``.warc.gz``, ``.warc.zst``), WET and JSON Lines files, and yields
    their documents cleaned: ``text`` is the article, ``id`` the WARC record's id (or the JSON
    Lines ``id``), and ``metadata`` holds the record's ``url``, ``title``, ``author``, ``date``,
    ``lang``, ``encoding`` and the other fields it has.

    Documents that end with no text (non-HTML responses, failures, filtered ones) are not
    yielded; they are counted in the step's stats by reason.

    Args:
        data_folder, paths_file, limit, skip, file_progress, doc_progress, default_metadata,
        recursive, glob_pattern, shuffle_files: as for datatrove's ``WarcReader``.
        input_format: ``"auto"`` (by each file's name and bytes), ``"warc"`` or ``"jsonl"``.
        **options: options of :class:`dechrome.Cleaner`, and ``html_field``, ``text_field``,
            ``id_field``, ``url_field`` for JSON Lines.
    """

    name = "🕷 dechrome"
    _requires_dependencies = []

    def __init__(
        self,
        data_folder: DataFolderLike,
        paths_file: DataFileLike | None = None,
        limit: int = -1,
        skip: int = 0,
        file_progress: bool = False,
        doc_progress: bool = False,
        default_metadata: dict | None = None,
        recursive: bool = True,
        glob_pattern: str | None = None,
        shuffle_files: bool = False,
        input_format: Literal["auto", "warc", "jsonl"] = "auto",
        **options: Any,
    ):
        super().__init__(
            data_folder,
            paths_file,
            limit,
            skip,
            file_progress,
            doc_progress,
            default_metadata=default_metadata,
            recursive=recursive,
            glob_pattern=glob_pattern,
            shuffle_files=shuffle_files,
        )
        self.input_format = input_format
        self.fields = dechrome._take(options, dechrome._FIELD_NAMES)
        dechrome.Cleaner(**options)  # a wrong option fails here
        self.options = options

    def read_file(self, filepath: str) -> DocumentsPipeline:
        cleaner = dechrome.Cleaner(**self.options)
        with self.data_folder.open(filepath, "rb", compression=None) as stream:
            records = cleaner.clean_stream(stream, name=filepath, input_format=self.input_format, **self.fields)
            for index, record in enumerate(records):
                with self.track_time():
                    document = self._document(record, filepath, index)
                if document is not None:
                    yield document

    def _document(self, record: dict, filepath: str, index: int) -> Optional[Document]:
        if record.get("error"):
            self.stat_update("error")
            return None
        if record.get("skipped"):
            self.stat_update("skipped")
            return None
        if not record.get("text"):
            self.stat_update("withheld" if record.get("withheld") else "empty")
            return None
        metadata = {k: record[k] for k in _METADATA_FIELDS if record.get(k) is not None}
        metadata.update(self.default_metadata or {})
        metadata.setdefault("file_path", self.data_folder.resolve_paths(filepath))
        return Document(text=record["text"], id=record.get("id") or f"{filepath}/{index}", metadata=metadata)
