"""The package's calls: one document, a batch, files and streams, options and bad input."""

import io

import pytest

import dechrome
from conftest import ARCHIVE, SAMPLES, without

PROSE = (
    "The river rose to a record level on Sunday, after three days of rain, and the town "
    "closed two bridges while crews cleared the debris from the banks."
)
PAGE = (
    "<html><head><title>Rivers rise | The Paper</title>"
    "<meta property='og:site_name' content='The Paper'></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
    f"<article><h1>Rivers rise</h1><p>{PROSE}</p><p>{PROSE}</p></article>"
    "<footer>Copyright The Paper</footer></body></html>"
)

RECORD_FIELDS = [
    "source", "id", "url", "canonical_url", "title", "author", "date", "sitename",
    "description", "text", "lang", "lang_confidence", "encoding", "kind", "page_type", "error",
]


def test_clean_gives_a_record_with_the_command_s_fields():
    record = dechrome.clean(PAGE.encode(), url="https://paper.example/rivers", id="r1")
    assert list(record) == RECORD_FIELDS
    assert record["text"] == f"{PROSE}\n{PROSE}"
    assert record["title"] == "Rivers rise"
    assert record["sitename"] == "The Paper"
    assert (record["url"], record["id"], record["kind"], record["error"]) == (
        "https://paper.example/rivers", "r1", "html", None,
    )
    assert record["lang"] == "en" and record["lang_confidence"] > 0.5


def test_bytes_in_a_legacy_encoding_are_decoded():
    russian = "Река поднялась до рекордного уровня в воскресенье после трёх дней дождей, и город закрыл два моста."
    page = f"<html><head><meta charset='windows-1251'></head><body><p>{russian}</p><p>{russian}</p></body></html>"
    record = dechrome.clean(page.encode("cp1251"))
    assert record["encoding"] == "windows-1251"
    assert record["text"].startswith("Река поднялась")
    # The HTTP header's charset, when the page declares none.
    undeclared = f"<html><body><p>{russian}</p></body></html>".encode("cp1251")
    assert dechrome.clean(undeclared, charset="windows-1251")["text"] == russian


def test_a_string_is_unicode_whatever_the_page_declares():
    page = PAGE.replace("<head>", "<head><meta charset='iso-8859-1'>").replace("record", "récord")
    record = dechrome.clean(page)
    assert "récord" in record["text"]
    assert record["encoding"] == "UTF-8"


def test_kind_says_what_the_document_is():
    dump = "Home | News | Sport\n" + PROSE + "\n" + PROSE + "\n"
    assert dechrome.clean(dump, kind="text")["kind"] == "text"
    assert dechrome.clean(PAGE, kind="html")["kind"] == "html"


def test_bad_input_gives_a_record_with_an_error_and_never_raises():
    empty = dechrome.clean(b"")
    assert empty["text"] == "" and "empty" in empty["error"]
    binary = dechrome.clean(bytes(range(256)) * 8)
    assert "binary" in binary["error"]
    assert "larger than the limit" in dechrome.clean(PAGE.encode(), max_bytes=100)["error"]
    assert dechrome.Cleaner(timeout_ms=0).clean(PAGE)["error"] is None
    assert "unknown charset" in dechrome.clean(PAGE.encode(), charset="no-such-charset")["error"]


def test_wrong_options_and_types_raise_naming_them():
    with pytest.raises(TypeError, match="nomalization"):
        dechrome.Cleaner(nomalization="nfc")
    with pytest.raises(ValueError, match="normalization"):
        dechrome.Cleaner(normalization="nfd")
    with pytest.raises(ValueError, match="text_format"):
        dechrome.clean(PAGE, text_format="html")
    with pytest.raises(ValueError, match="min_chars"):
        dechrome.Cleaner(min_chars=-1)
    with pytest.raises(TypeError, match="comments"):
        dechrome.Cleaner(comments="yes")
    with pytest.raises(TypeError, match="languages"):
        dechrome.Cleaner(languages=3)
    with pytest.raises(ValueError, match="kind"):
        dechrome.clean(PAGE, kind="pdf")
    with pytest.raises(TypeError, match="data must be bytes"):
        dechrome.clean(42)
    with pytest.raises(TypeError, match="item 1"):
        dechrome.clean_batch([PAGE, 42])


def test_options_change_the_records():
    assert dechrome.clean(PAGE, languages=["de"])["withheld"] == "language"
    assert dechrome.clean(PAGE, languages="de,en").get("withheld") is None
    assert dechrome.clean(PAGE, min_chars=10_000)["withheld"] == "min_chars"
    markdown = dechrome.clean(PAGE.replace("<p>", "<ul><li>", 1).replace("</p>", "</li></ul>", 1), text_format="markdown")
    assert markdown["text"].startswith("- The river rose")
    assert dechrome.clean("<p>ﬁne ﬁsh and ﬁelds, ﬁve of them, ﬁlled the ﬁrst ﬂoor of the ﬁrm.</p>", normalization="nfkc")["text"].startswith("fine fish")


def test_clean_batch_keeps_order_passes_fields_through_and_learns_site_chrome():
    about = "We are two friends who love to cook at home, and we write here every week about it."
    items = [
        {"id": i, "url": f"https://cooking.example/{food}", "text": f"{about}\nThe market was full of ripe {food} today, so we made a soup that the children ate to the last drop.\n", "tag": [food, {"n": i}]}
        for i, food in enumerate(["tomatoes", "beans", "leeks", "plums"])
    ]
    items.append(PAGE.encode())
    items.append({"title": "no document here"})
    records = dechrome.clean_batch(items)
    assert [r["source"] for r in records] == ["0", "1", "2", "3", "4", "5"]
    assert records[0]["text"].startswith("The market was full of ripe tomatoes"), "the line every page repeats is gone"
    assert records[1]["tag"] == ["beans", {"n": 1}] and records[1]["id"] == "1"
    assert records[4]["text"] == f"{PROSE}\n{PROSE}"
    assert records[5]["error"].startswith('item 5 has no document: neither "html" nor "text"')
    assert records[5]["title"] is None
    alone = dechrome.clean_batch(items[:4], site_chrome=False)
    assert alone[0]["text"].startswith(about)


def test_a_field_that_is_no_json_value_gives_an_error_record():
    import datetime

    records = dechrome.clean_batch([{"html": PAGE, "when": datetime.date(2026, 1, 1)}, PAGE])
    assert "field \"when\"" in records[0]["error"]
    assert records[1]["error"] is None


def test_a_cleaner_is_reused_and_its_batch_matches_one_at_a_time():
    cleaner = dechrome.Cleaner(site_chrome=False, jobs=2)
    pages = [PAGE.replace("Sunday", day) for day in ("Monday", "Tuesday", "Friday")]
    one_by_one = [without([cleaner.clean(p)], "source")[0] for p in pages]
    assert without(cleaner.clean_batch(pages), "source") == one_by_one


def test_iter_warc_streams_an_archive(cli):
    records = list(dechrome.iter_warc(ARCHIVE / "crawl.warc.gz"))
    assert records == cli(ARCHIVE / "crawl.warc.gz")
    assert any(r.get("skipped") for r in records)
    assert any(r["encoding"] == "windows-1251" for r in records)
    assert records[-1]["error"], "the record cut short"
    wet = list(dechrome.iter_warc(ARCHIVE / "crawl.warc.wet.gz"))
    assert wet == cli(ARCHIVE / "crawl.warc.wet.gz")
    assert {r["kind"] for r in wet if not r["error"]} == {"text"}


def test_iter_jsonl_passes_fields_through(cli, tmp_path):
    records = list(dechrome.iter_jsonl(ARCHIVE / "docs.jsonl"))
    assert records == cli(ARCHIVE / "docs.jsonl")
    assert records[0]["crawl"] and records[0]["id"] == "d1"
    renamed = tmp_path / "raw.jsonl"
    renamed.write_text((ARCHIVE / "docs.jsonl").read_text().replace('"html"', '"raw"'))
    by_field = list(dechrome.iter_jsonl(renamed, html_field="raw"))
    assert without(by_field, "source", "error") == without(records, "source", "error")
    assert 'neither "raw" nor "text"' in by_field[3]["error"]


def test_clean_stream_reads_a_file_object_by_its_name(cli):
    data = (ARCHIVE / "crawl.warc.gz").read_bytes()
    records = list(dechrome.Cleaner().clean_stream(io.BytesIO(data), name="crawl.warc.gz"))
    assert without(records, "source") == without(cli(ARCHIVE / "crawl.warc.gz"), "source")
    assert records[0]["source"].startswith("crawl.warc.gz:")
    sniffed = list(dechrome.Cleaner().clean_stream(io.BytesIO(data)))
    assert without(sniffed, "source") == without(records, "source"), "gzip and WARC found by their bytes"
    with pytest.raises(ValueError, match="input_format"):
        dechrome.Cleaner().clean_stream(io.BytesIO(data), input_format="pdf")
    text_mode = list(dechrome.Cleaner().clean_stream(io.StringIO("text")))
    assert "binary mode" in text_mode[0]["error"]


def test_clean_file_equals_the_command_on_the_samples(cli):
    records = list(dechrome.clean_file(SAMPLES))
    assert records == cli(SAMPLES)
    assert len(records) >= 6 and all(r["error"] is None for r in records)
    markdown = list(dechrome.clean_file(SAMPLES / "article.html", text_format="markdown"))
    assert markdown == cli("--text-format", "markdown", SAMPLES / "article.html")
    assert list(dechrome.clean_file(SAMPLES / "missing.html"))[0]["error"].startswith("cannot read")


def test_the_package_s_own_examples_run():
    import doctest

    failed, tried = doctest.testmod(dechrome)
    assert tried > 0 and failed == 0
