"""dechrome's datatrove steps in datatrove's own executor, on the WARC fixture."""

import gzip
import json

import pytest

pytest.importorskip("datatrove", reason="datatrove is not installed: pip install 'datatrove[io]'")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import WarcReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from conftest import ARCHIVE  # noqa: E402
from dechrome.datatrove import DechromeExtractor, DechromeWarcReader  # noqa: E402


def run(pipeline, out, logs):
    LocalPipelineExecutor(pipeline=pipeline, tasks=1, logging_dir=str(logs)).run()
    docs = []
    for path in sorted(out.glob("*.jsonl.gz")):
        with gzip.open(path, "rt") as f:
            docs += [json.loads(line) for line in f]
    return docs


def test_warc_reader_then_extractor(cli, tmp_path):
    docs = run(
        [
            # warcio reads the gzip members itself: the fixture's last one is cut short, which
            # a whole-file decompressor would fail on before the first record.
            WarcReader(str(ARCHIVE), glob_pattern="crawl.warc.gz", compression=None),
            DechromeExtractor(timeout=5),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tmp_path / "out",
        tmp_path / "logs",
    )
    expected = {r["id"]: r["text"] for r in cli("--no-site-chrome", ARCHIVE / "crawl.warc.gz") if r["text"]}
    assert docs, "the pipeline wrote documents"
    by_id = {d["id"]: d["text"] for d in docs}
    # datatrove's reader decoded each body before the step saw it; the pages in UTF-8 come
    # out as the command cleans them.
    same = [i for i in by_id if by_id[i] == expected.get(i)]
    assert len(same) >= len(expected) - 1, (by_id, expected)


def test_dechrome_warc_reader(cli, tmp_path):
    docs = run(
        [DechromeWarcReader(str(ARCHIVE), glob_pattern="crawl.warc.gz"), JsonlWriter(str(tmp_path / "out"))],
        tmp_path / "out",
        tmp_path / "logs",
    )
    expected = [r for r in cli(ARCHIVE / "crawl.warc.gz") if r["text"]]
    assert [(d["id"], d["text"]) for d in docs] == [(r["id"], r["text"]) for r in expected]
    first = docs[0]["metadata"]
    assert first["url"] == expected[0]["url"] and first["lang"] == expected[0]["lang"]
    assert any(d["metadata"]["encoding"] == "windows-1251" for d in docs), "raw bytes, detected as the command does"


def test_extractor_warms_up_on_empty_text_and_is_built_lazily():
    extractor = DechromeExtractor(languages=["en"])
    assert extractor._cleaner is None
    assert extractor.extract("") == ""
    assert extractor.extract("<html><body><p>" + "The ferry returns to the islands this summer. " * 4 + "</p></body></html>").startswith("The ferry")
    with pytest.raises(ValueError, match="normalization"):
        DechromeExtractor(normalization="x")
