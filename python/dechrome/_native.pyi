"""Types of the extension module; the documented API is the ``dechrome`` package."""

import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

DEFAULT_MAX_BYTES: int

Record = Dict[str, Any]

class Cleaner:
    def __init__(
        self,
        *,
        normalization: str = "nfc",
        comments: bool = False,
        languages: Optional[Union[str, Sequence[str]]] = None,
        min_chars: int = 0,
        text_format: str = "plain",
        site_chrome: bool = True,
        max_bytes: int = ...,
        timeout_ms: int = 30000,
        jobs: int = 0,
    ) -> None: ...
    def clean(
        self,
        data: Union[bytes, str],
        *,
        kind: Optional[str] = None,
        url: Optional[str] = None,
        charset: Optional[str] = None,
        id: Optional[str] = None,
    ) -> Record: ...
    def clean_batch(
        self,
        items: Iterable[Union[bytes, str, Dict[str, Any]]],
        *,
        input_format: str = "auto",
        html_field: str = "html",
        text_field: str = "text",
        id_field: str = "id",
        url_field: str = "url",
    ) -> List[Record]: ...
    def clean_file(
        self,
        path: Union[str, "os.PathLike[str]"],
        *,
        input_format: str = "auto",
        html_field: str = "html",
        text_field: str = "text",
        id_field: str = "id",
        url_field: str = "url",
    ) -> "Records": ...

class Records(Iterator[Record]):
    def __iter__(self) -> "Records": ...
    def __next__(self) -> Record: ...
