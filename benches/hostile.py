#!/usr/bin/env python3
"""The hostile batch: fourteen inputs built to break an extractor, cleaned in one run.

    python3 benches/hostile.py [target/release/dechrome]

Writes the inputs afresh into a temporary directory (about 40 MB on disk, and a gzip bomb of
2 GiB once decompressed), runs the command over them on all cores, checks that every input
got its right record, in order, and prints the wall time and the peak resident memory of the
whole run. Exits non-zero when a record is wrong.
"""

import gzip
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zlib


def paragraph(word):
    return (
        f"<p>This is the only paragraph of the {word} page, and it should survive whatever "
        f"happens around it in the tree of that {word} document.</p>"
    )


SENTENCE = (
    "The committee met on Tuesday to discuss the budget, and after a long debate it decided "
    "to postpone the vote until the next session. "
)
GERMAN = (
    "<html><head><meta charset=utf-16><title>Ein Titel</title></head><body><article><p>Dies ist "
    "ein Absatz mit genügend Wörtern, damit er als Text erkannt wird, und er enthält Umlaute: "
    "äöü ß.</p><p>Und hier ist noch ein zweiter Absatz, der ebenfalls lang genug ist, um "
    "behalten zu werden.</p></article></body></html>"
)


def gzip_bomb(path, mib):
    """`mib` MiB of one letter, compressed as it is written."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"a" * (1 << 20)
    with open(path, "wb") as out:
        for _ in range(mib):
            out.write(compressor.compress(chunk))
        out.write(compressor.flush())


def build(root):
    """Writes the inputs; returns their names with a check of each one's record."""
    random.seed(1)
    inputs = []

    def add(name, content, check):
        path = os.path.join(root, name)
        if callable(content):
            content(path)
        else:
            with open(path, "wb") as f:
                f.write(content if isinstance(content, bytes) else content.encode())
        inputs.append((name, check))

    def text_has(words):
        return lambda r: r["error"] is None and words in r["text"]

    def error_has(words):
        return lambda r: r["error"] is not None and words in r["error"]

    add("01-empty.html", b"", error_has("empty"))
    add("02-binary.html", bytes(random.getrandbits(8) for _ in range(200_000)), error_has("binary"))
    deep = "<html><body>" + "<div>" * 200_000 + paragraph("deep") + "</div>" * 200_000 + "</body></html>"
    add("03-deep.html", deep, text_has("that deep document"))
    spans = "<html><body><article>" + "<span>w </span>" * 1_000_000 + paragraph("spans") + "</article></body></html>"
    add("04-spans.html", spans, text_has("that spans document"))
    line = (SENTENCE * (20_000_000 // len(SENTENCE) + 1))[:20_000_000] + "\n"
    add("05-long-line.txt", line, lambda r: r["error"] is None and len(r["text"]) > 19_000_000)
    nul = "<html><body><article><h1>Title</h1>" + paragraph("nul").replace("only", "on\0ly") + "</article></body></html>"
    add("06-nul.html", nul, text_has("the only paragraph of the nul page"))
    add("07-utf16le-no-bom.html", GERMAN.encode("utf-16-le"), text_has("Umlaute: äöü ß"))
    broken = (
        '<html><head><meta charset="utf-8"></head><body><article>'
        + "<p>Café crème, naïve façade: the quick brown fox jumps over the lazy dog again and again.</p>" * 20
    ).encode()
    broken = broken[:300] + b"\xe9\xff" + broken[300:] + b"</article></body></html>"
    add("08-invalid-utf8.html", broken, lambda r: r["encoding"] == "UTF-8" and "naïve façade" in r["text"])
    whole = gzip.compress(
        ("<html><body><article>" + "".join(paragraph(f"truncated {i}") for i in range(2000)) + "</article></body></html>").encode()
    )
    add(
        "09-truncated.html.gz",
        whole[: len(whole) // 2],
        lambda r: r["error"] is None and r.get("truncated") and "truncated 0 page" in r["text"],
    )
    add("10-bomb.html.gz", lambda path: gzip_bomb(path, 2048), error_has("larger than the limit"))
    unclosed = "<html><body><article>" + "<b>x " * 20_000 + paragraph("unclosed") + "</article></body></html>"
    add("11-unclosed.html", unclosed, text_has("that unclosed document"))
    script = "<html><head><script>" + "var a=1;" * 10_000 + "</script></head><body><script>document.write('hi')</script></body></html>"
    add("12-script-only.html", script, lambda r: r["error"] is None and r["text"] == "")
    good = (
        "<html><head><title>Night trains</title></head><body><nav><a href='/'>Home</a></nav><article>"
        "<h1>Night trains return to the valley</h1><p>After a break of eleven years, sleeper trains will run "
        "again on the valley line from December, the regional transport authority said on Monday.</p></article></body></html>"
    )
    add("13-good.html", good, text_has("sleeper trains will run again"))
    # Siblings of the article each judged against it: a cost per sibling that grows with the
    # page would make this page quadratic.
    short = "<html><body><main><div>" + paragraph("short") * 3 + "</div>" + "<p>A short line.</p>" * 60_000 + "</main></body></html>"
    add("14-short-paragraphs.html", short, text_has("that short document"))
    return inputs


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/dechrome"
    with tempfile.TemporaryDirectory() as root:
        inputs = build(root)
        started = time.monotonic()
        run = subprocess.run([binary, "-q", "--format", "jsonl", root], capture_output=True, check=False)
        seconds = time.monotonic() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        records = [json.loads(line) for line in run.stdout.decode().splitlines()]
    wrong = 0
    if len(records) != len(inputs):
        print(f"{len(records)} records for {len(inputs)} inputs")
        wrong += 1
    for record, (name, check) in zip(records, inputs):
        right = os.path.basename(record["source"]) == name and check(record)
        wrong += not right
        shown = record["error"] or record.get("truncated") or f"{len(record['text']):,} characters"
        print(f"{'ok   ' if right else 'WRONG'} {name:<26} {shown[:90]}")
    print(f"{len(records)} records in {seconds:.2f} s, peak resident memory {peak_mib:.0f} MiB, exit {run.returncode}")
    sys.exit(1 if wrong else 0)


if __name__ == "__main__":
    main()
