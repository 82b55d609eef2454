#!/usr/bin/env python3
"""Trains the page-type model: a multinomial logistic regression over the evidence the
classifier reads (`examples/page_type_features.rs`), the rules' verdict among it.

    cargo run --release --example page_type_features -- ../shared/bench/wcxb/html > /tmp/features.jsonl
    benches/train_page_types.py ../shared/bench/wcxb/ground-truth.json /tmp/features.jsonl [--write src/data/page-type-model.txt]

Prints the accuracy of the rules alone and of the model, by five-fold cross-validation with
the pages of one site always in the same fold (a site's pages look alike: a model must be
judged on sites it has not seen), and per type, for a few pairs of the probabilities the
model must reach to override the rules, and to make an index of a page the rules do not take
for one (the pair in use is `MODEL_OVERRIDE` and `MODEL_OVERRIDE_INTO_INDEX` in
`src/html/tuning.rs`). With --write, trains on every page and writes the weights. Standard
library only; deterministic.
"""

import argparse
import collections
import json
import math
import random
from urllib.parse import urlparse

TYPES = ["article", "forum", "product", "collection", "listing", "documentation", "service"]
L2 = 0.01
EPOCHS = 300
RATE = 0.5
FOLDS = 5


def load(truth_path, features_path):
    truth = json.load(open(truth_path, encoding="utf-8"))
    pages = []
    for line in open(features_path, encoding="utf-8"):
        record = json.loads(line)
        label = truth[record["id"]]
        host = urlparse(label.get("url") or "").netloc or record["id"]
        pages.append((record["id"], host, record["features"], TYPES.index(label["page_type"])))
    names = list(pages[0][2])
    return names, pages


def standardise(rows):
    n = len(rows)
    means = [sum(r[j] for r in rows) / n for j in range(len(rows[0]))]
    stds = [math.sqrt(sum((r[j] - means[j]) ** 2 for r in rows) / n) or 1.0 for j in range(len(rows[0]))]
    return means, stds


def train(rows, labels):
    """Softmax regression by full-batch gradient descent on standardised features; returns
    weights and biases on the raw features."""
    means, stds = standardise(rows)
    xs = [[(v - m) / s for v, m, s in zip(r, means, stds)] for r in rows]
    k, f, n = len(TYPES), len(rows[0]), len(rows)
    w = [[0.0] * f for _ in range(k)]
    b = [0.0] * k
    for _ in range(EPOCHS):
        gw = [[0.0] * f for _ in range(k)]
        gb = [0.0] * k
        for x, y in zip(xs, labels):
            p = softmax([sum(wi * xi for wi, xi in zip(w[c], x)) + b[c] for c in range(k)])
            for c in range(k):
                d = p[c] - (1.0 if c == y else 0.0)
                if d:
                    gb[c] += d
                    row = gw[c]
                    for j, xj in enumerate(x):
                        row[j] += d * xj
        for c in range(k):
            b[c] -= RATE * gb[c] / n
            for j in range(f):
                w[c][j] -= RATE * (gw[c][j] / n + L2 * w[c][j])
    # Folded back onto the raw features: w·(x - m)/s + b = (w/s)·x + (b - Σ w m/s).
    raw_w = [[w[c][j] / stds[j] for j in range(f)] for c in range(k)]
    raw_b = [b[c] - sum(w[c][j] * means[j] / stds[j] for j in range(f)) for c in range(k)]
    return raw_w, raw_b


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def probabilities(w, b, x):
    return softmax([sum(wi * xi for wi, xi in zip(w[c], x)) + b[c] for c in range(len(TYPES))])


INDEXES = [TYPES.index("listing"), TYPES.index("collection")]


def overridden(rule, probs, threshold, index_threshold):
    """The model's type where it is at least `threshold` sure of it (`index_threshold` to
    make an index of a page the rules do not take for one), else the rules'."""
    best = max(range(len(TYPES)), key=lambda c: probs[c])
    needed = index_threshold if best in INDEXES and rule not in INDEXES else threshold
    return best if probs[best] >= needed else rule


def report(name, labels, predicted):
    right = sum(p == y for p, y in zip(predicted, labels))
    per = []
    for c, t in enumerate(TYPES):
        n = sum(y == c for y in labels)
        per.append(f"{t} {sum(p == y == c for p, y in zip(predicted, labels)) / n:.2f}")
    print(f"{name}: {right / len(labels):.3f} ({right}/{len(labels)}); " + ", ".join(per))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("features")
    ap.add_argument("--write", help="train on every page and write the model here")
    args = ap.parse_args()
    names, pages = load(args.truth, args.features)
    rows = [[p[2][name] for name in names] for p in pages]
    labels = [p[3] for p in pages]
    rule_columns = [names.index(f"rule-{t}") for t in TYPES]
    report("rules", labels, [max(range(len(TYPES)), key=lambda c: r[rule_columns[c]]) for r in rows])
    hosts = sorted({p[1] for p in pages})
    random.Random(0).shuffle(hosts)
    fold_of = {h: i % FOLDS for i, h in enumerate(hosts)}
    rules = [max(range(len(TYPES)), key=lambda c: r[rule_columns[c]]) for r in rows]
    probs = [None] * len(pages)
    for fold in range(FOLDS):
        train_at = [i for i, p in enumerate(pages) if fold_of[p[1]] != fold]
        w, b = train([rows[i] for i in train_at], [labels[i] for i in train_at])
        for i, p in enumerate(pages):
            if fold_of[p[1]] == fold:
                probs[i] = probabilities(w, b, rows[i])
    for threshold, index_threshold in ((0.0, 0.0), (0.6, 0.6), (0.6, 0.8), (0.6, 0.9), (0.5, 0.9)):
        predicted = [overridden(rule, p, threshold, index_threshold) for rule, p in zip(rules, probs)]
        report(f"model over {threshold:.1f} ({index_threshold:.1f} into an index), {FOLDS}-fold by site", labels, predicted)
    if args.write:
        w, b = train(rows, labels)
        with open(args.write, "w", encoding="utf-8") as out:
            out.write("# The page-type model: a multinomial logistic regression, trained by\n")
            out.write("# benches/train_page_types.py on ../shared/bench/wcxb's labelled pages.\n")
            out.write("# Format: <type>\\t<feature>\\t<weight>; the feature \"bias\" is added as it is.\n")
            for c, t in enumerate(TYPES):
                out.write(f"{t}\tbias\t{b[c]:.6g}\n")
                for j, name in enumerate(names):
                    if w[c][j]:
                        out.write(f"{t}\t{name}\t{w[c][j]:.6g}\n")


if __name__ == "__main__":
    main()
