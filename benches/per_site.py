#!/usr/bin/env python3
"""Site chrome learned from a site's few pages: a corpus's sites of two pages or more, each
cleaned as a batch of its own, against the same pages cleaned with `--no-site-chrome`.

    benches/per_site.py DECHROME CORPUS [text|html]

CORPUS is a folder like `../shared/bench/wcxb`: `ground-truth.json` gives each page's URL, and
its pages are `CORPUS/html/ID.*` (html) or `CORPUS/../text/NAME/ID.*` (text dumps, the
default). The pages of each host with two or more are copied into a folder of their own, so
that a batch counts each folder as one site, as a corpus builder cleans one site's crawl. Prints
the scorer's table for both runs (`score.py`, beside CORPUS). Standard library only.
"""

import collections
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile


def host(url):
    name = url.split("://", 1)[-1].split("/", 1)[0].lower()
    return name[4:] if name.startswith("www.") else name


def main(dechrome, corpus, kind="text"):
    corpus = os.path.abspath(corpus)
    truth = json.load(open(os.path.join(corpus, "ground-truth.json"), encoding="utf-8"))
    sites = collections.defaultdict(list)
    for page, entry in truth.items():
        sites[host(entry.get("url") or "")].append(page)
    sites = {site: pages for site, pages in sites.items() if site and len(pages) >= 2}
    pages_dir = os.path.join(corpus, "html") if kind == "html" else os.path.join(
        os.path.dirname(corpus), "text", os.path.basename(corpus))
    with tempfile.TemporaryDirectory() as work:
        inputs = os.path.join(work, "sites")
        for site, pages in sites.items():
            os.makedirs(os.path.join(inputs, site))
            for page in pages:
                for path in glob.glob(os.path.join(pages_dir, page + ".*")):
                    shutil.copy(path, os.path.join(inputs, site))
        subset = os.path.join(work, "corpus")
        os.makedirs(subset)
        with open(os.path.join(subset, "ground-truth.json"), "w", encoding="utf-8") as out:
            json.dump({page: truth[page] for pages in sites.values() for page in pages}, out)
        print(f"{sum(map(len, sites.values()))} pages of {len(sites)} sites with two or more ({kind})")
        score = os.path.join(os.path.dirname(corpus), "score.py")
        for name, flags in (("per-site", []), ("no-site-chrome", ["--no-site-chrome"])):
            records = os.path.join(work, name + ".jsonl")
            with open(records, "w", encoding="utf-8") as out:
                subprocess.run([dechrome, "--format", "jsonl", *flags, inputs], stdout=out,
                               stderr=subprocess.DEVNULL, check=False)
            table = subprocess.run([sys.executable, score, subset, records, "--by", "page_type"],
                                   capture_output=True, text=True, check=True).stdout
            print(table.replace(records, name).rstrip())


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    main(*sys.argv[1:])
