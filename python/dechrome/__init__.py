"""dechrome: web documents into clean article text.

HTML in any encoding, plain-text dumps that kept a site's chrome, web archives (WARC, WET) and
JSON Lines go in; records come out as dicts with the article's ``text`` and its ``title``,
``author``, ``date``, ``sitename``, ``description``, ``lang``, ``lang_confidence``,
``encoding``, ``kind``, ``page_type`` and ``error`` -- the fields of the ``dechrome`` command's JSON Lines
records, cleaned by the same library.

>>> import dechrome
>>> record = dechrome.clean(b"<html><body><nav>Home | News</nav><article><p>The river rose "
...     b"to a record level on Sunday, after three days of rain, and the town closed two "
...     b"bridges while crews cleared the debris.</p></article></body></html>")
>>> record["text"][:15], record["error"]
('The river rose ', None)

Bad input never raises: its record says what went wrong in ``error``. A wrong option or
argument type raises ``ValueError`` or ``TypeError`` naming it.
"""

from __future__ import annotations

import os
from typing import Any, Dict, Iterable, Iterator, Optional, Union

from ._native import DEFAULT_MAX_BYTES, Cleaner, Records

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Cleaner",
    "Records",
    "clean",
    "clean_batch",
    "clean_file",
    "iter_jsonl",
    "iter_warc",
]
__version__ = "0.1.0"

Record = Dict[str, Any]
Path = Union[str, "os.PathLike[str]"]


def clean(
    data: Union[bytes, str],
    *,
    kind: Optional[str] = None,
    url: Optional[str] = None,
    charset: Optional[str] = None,
    id: Optional[str] = None,
    **options: Any,
) -> Record:
    """Cleans one document; ``options`` are those of :class:`Cleaner`.

    ``data`` is the page's bytes (decoded as its charset says, or as detected) or a string
    (Unicode already). ``kind`` is ``"html"`` or ``"text"`` (detected when left out), ``url``
    the page's address, ``charset`` the encoding its HTTP header named, ``id`` your identifier
    for it, kept in the record.
    """
    return Cleaner(**options).clean(data, kind=kind, url=url, charset=charset, id=id)


def clean_batch(items: Iterable[Union[bytes, str, Dict[str, Any]]], **options: Any) -> list[Record]:
    """Cleans many documents on every core: one record per item, in order.

    Items are bytes or strings (one document each) or dicts as a JSON Lines line holds them
    (``html`` or ``text``, ``id``, ``url``; other fields pass through). Options are those of
    :class:`Cleaner`, ``input_format="jsonl"`` (every item a line of JSON Lines) and the field
    names of :meth:`Cleaner.clean_batch`.
    """
    fields = _take(options, (*_FIELD_NAMES, "input_format"))
    return Cleaner(**options).clean_batch(items, **fields)


def clean_file(path: Path, *, input_format: str = "auto", **options: Any) -> Records:
    """The records of a file or directory, read and cleaned as you iterate.

    A directory is read recursively in sorted order; each file is one HTML page or text dump,
    a JSON Lines stream (``.jsonl``, ``.ndjson``) or a web archive (``.warc``, ``.wet``), each
    optionally ``.gz`` or ``.zst``. ``input_format`` (``auto``, ``html``, ``text``, ``jsonl``,
    ``warc``) says it for every file instead. Options are those of :class:`Cleaner` and the
    JSON Lines field names (``html_field``, ``text_field``, ``id_field``, ``url_field``).
    """
    fields = _take(options, _FIELD_NAMES)
    return Cleaner(**options).clean_file(path, input_format=input_format, **fields)


def iter_warc(path: Path, **options: Any) -> Iterator[Record]:
    """The records of a WARC or WET file (``.warc``, ``.warc.gz``, ``.warc.zst``): a record per
    response, resource or conversion record, in order; non-HTML responses get one with
    ``skipped`` saying why."""
    return clean_file(path, input_format="warc", **options)


def iter_jsonl(
    path: Path,
    *,
    html_field: str = "html",
    text_field: str = "text",
    id_field: str = "id",
    url_field: str = "url",
    **options: Any,
) -> Iterator[Record]:
    """The records of a JSON Lines file, a record per line, other fields passed through."""
    return clean_file(
        path,
        input_format="jsonl",
        html_field=html_field,
        text_field=text_field,
        id_field=id_field,
        url_field=url_field,
        **options,
    )


# The JSON Lines field names a reader takes, apart from the cleaner's options.
_FIELD_NAMES = ("html_field", "text_field", "id_field", "url_field")


def _take(options: Dict[str, Any], names: Iterable[str]) -> Dict[str, Any]:
    """The options of these names, taken out of ``options``."""
    return {name: options.pop(name) for name in names if name in options}
