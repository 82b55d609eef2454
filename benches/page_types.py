#!/usr/bin/env python3
"""How well the `page_type` of dechrome's records agrees with a corpus's labels.

    benches/page_types.py GROUND_TRUTH.json RECORDS.jsonl

GROUND_TRUTH.json maps page ids to objects with a `page_type` (as `../shared/bench/wcxb`'s
does); a record's page id is its `id`, else its source file's name less its extensions.
Prints the share of pages typed right, then the confusion matrix (rows: labels, columns:
dechrome's types). Standard library only.
"""

import collections
import json
import os
import sys

TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]


def page_id(record):
    if record.get("id"):
        return str(record["id"])
    return os.path.basename(record["source"]).split(".")[0]


def main(truth_path, records_path):
    truth = json.load(open(truth_path, encoding="utf-8"))
    confusion = collections.Counter()
    with open(records_path, encoding="utf-8") as records:
        for line in records:
            record = json.loads(line)
            label = truth.get(page_id(record), {}).get("page_type")
            if label:
                confusion[(label, record.get("page_type"))] += 1
    total = sum(confusion.values())
    if not total:
        sys.exit("no record matched a labelled page")
    right = sum(n for (label, said), n in confusion.items() if label == said)
    print(f"{right / total:.3f} of {total} pages typed right")
    width = max(len(t) for t in TYPES) + 2
    print("label \\ said".ljust(width) + "".join(t[:6].rjust(8) for t in TYPES) + "  recall")
    for label in TYPES:
        row = [confusion[(label, said)] for said in TYPES]
        n = sum(confusion[(label, said)] for said in TYPES + [None])
        recall = confusion[(label, label)] / n if n else 0.0
        print(label.ljust(width) + "".join(str(c).rjust(8) for c in row) + f"  {recall:.2f}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
