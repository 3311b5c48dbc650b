#!/usr/bin/env python3
"""Measures the misspelling rule on real news: precision and recall on copy with
typos injected, correctness of the safe fixes, and false alarms on the clean copy.

  python3 Benchmarks/misspelling/evaluate.py [--corpus PATH] [--rate 0.01] [--seed 7]
                                             [--kind single|realistic|both]

Typos are put into lowercase words of four letters or more, never making a word the
lexicon knows (the rule only sees unknown words: a real-word error is out of its reach):
  single     one random edit: a letter inserted, deleted or replaced, or two neighbours swapped;
  realistic  the slips typists make: a keyboard neighbour struck, two letters swapped, a
             letter doubled or a double dropped, a vowel for a vowel, a letter left out.
Articles (separated by an empty line in the corpus, default ../shared/corpus/bbc-news-dev.txt,
research-licensed and kept outside the repository) are linted one file each with every
default rule, as a newsroom would run it; only misspelling findings are scored. Needs a
release build: swift build -c release --static-swift-stdlib.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpus import BINARY, DEFAULT as DEFAULT_CORPUS, ROOT, articles_or_skip, write_articles  # noqa: E402
DICTIONARIES = os.path.join(ROOT, "Rules", "dictionaries")
WORD = re.compile(r"(?<![\w\-'’@#./])([a-z]{4,})(?![\w\-@/'’])")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOWELS = "aeiou"
ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def neighbours():
    near = {c: set() for c in LETTERS}
    for r, row in enumerate(ROWS):
        for i, c in enumerate(row):
            if i + 1 < len(row):
                near[c].add(row[i + 1]); near[row[i + 1]].add(c)
            if r + 1 < len(ROWS):
                below = ROWS[r + 1]
                for j in (i - 1, i):
                    if 0 <= j < len(below):
                        near[c].add(below[j]); near[below[j]].add(c)
    return {c: sorted(s) for c, s in near.items()}


NEAR = neighbours()


def single_edit(word, rng):
    i = rng.randrange(len(word))
    op = rng.choice(["insert", "delete", "replace", "swap"])
    if op == "insert":
        return word[:i] + rng.choice(LETTERS) + word[i:]
    if op == "delete":
        return word[:i] + word[i + 1:]
    if op == "replace":
        return word[:i] + rng.choice(LETTERS.replace(word[i], "")) + word[i + 1:]
    i = min(i, len(word) - 2)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def realistic_slip(word, rng):
    # Typists rarely get the first letter wrong: slips fall after it.
    i = rng.randrange(1, len(word))
    op = rng.choice(["neighbour", "swap", "double", "undouble", "vowel", "drop"])
    if op == "neighbour":
        return word[:i] + rng.choice(NEAR[word[i]]) + word[i + 1:]
    if op == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "undouble":
        doubles = [j for j in range(1, len(word)) if word[j] == word[j - 1]]
        if doubles:
            j = rng.choice(doubles)
            return word[:j] + word[j + 1:]
    if op == "double":
        return word[:i] + word[i] + word[i:]
    if op == "vowel" and word[i] in VOWELS:
        return word[:i] + rng.choice(VOWELS.replace(word[i], "")) + word[i + 1:]
    return word[:i] + word[i + 1:]


def known_words():
    known = set()
    with open(os.path.join(DICTIONARIES, "english.tsv"), encoding="utf-8") as f:
        known.update(line.split("\t")[0] for line in f)
    with open(os.path.join(DICTIONARIES, "names.txt"), encoding="utf-8") as f:
        known.update(line.strip().lower() for line in f)
    return known


def damage(text, rate, rng, make_typo, known):
    """Returns the damaged text and the gold typos as (start byte, end byte, typo, original)."""
    out, gold, position, out_bytes = [], [], 0, 0
    for match in WORD.finditer(text):
        if rng.random() >= rate:
            continue
        original = match.group(1)
        typo = make_typo(original, rng)
        if typo == original or typo in known or len(typo) < 3:
            continue
        before = text[position:match.start()]
        out.append(before)
        out_bytes += len(before.encode())
        gold.append((out_bytes, out_bytes + len(typo), typo, original))
        out.append(typo)
        out_bytes += len(typo)
        position = match.end()
    out.append(text[position:])
    return "".join(out), gold


def run_check(folder):
    result = subprocess.run([BINARY, "check", "--format", "json", folder], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"newslint failed: {result.stderr}")
    report = json.loads(result.stdout)
    return {os.path.basename(f["path"]): [d for d in f["diagnostics"] if d["rule"] == "misspelling"]
            for f in report["files"]}


def corpus_errors():
    with open(os.path.join(os.path.dirname(__file__), "corpus-errors.txt"), encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def score(articles, kind, make_typo, args, known, clean):
    rng = random.Random(args.seed)
    damaged_articles, golds = zip(*(damage(a, args.rate, rng, make_typo, known) for a in articles))
    with tempfile.TemporaryDirectory() as folder:
        write_articles(folder, damaged_articles)
        found = run_check(folder)
    tp = fp = 0
    safe_total = safe_correct = 0
    misses, false_alarms, wrong = [], [], []
    gold_count = sum(len(g) for g in golds)
    for index, gold in enumerate(golds):
        name = f"{index:04}.txt"
        by_start = {g[0]: g for g in gold}
        already = {d["text"] for d in clean.get(name, [])}
        hit = set()
        for d in found.get(name, []):
            g = by_start.get(d["offset"])
            if not g and d["text"] in already:
                continue  # found in the clean copy too: judged there, not here
            if g and d["offset"] + d["length"] == g[1]:
                tp += 1
                hit.add(g[0])
            else:
                fp += 1
                false_alarms.append(d["text"])
            fix = d.get("fix")
            if fix and fix["applicability"] == "safe":
                safe_total += 1
                if g and fix["edits"][0]["replacement"] == g[3]:
                    safe_correct += 1
                else:
                    wrong.append((d["text"], fix["edits"][0]["replacement"], g[3] if g else "(no typo)"))
        misses += [(g[2], g[3]) for g in gold if g[0] not in hit]
    print(f"{kind}: {gold_count} typos (rate {args.rate}, seed {args.seed})")
    print(f"  detection: precision {tp / max(1, tp + fp):.4f} ({tp}/{tp + fp}), "
          f"recall {tp / max(1, gold_count):.4f} ({tp}/{gold_count})")
    print(f"  safe fixes: {safe_correct}/{safe_total} correct ({safe_correct / max(1, safe_total):.4f}); "
          f"share of typos fixed safely {safe_correct / max(1, gold_count):.4f}")
    for title, items in (("missed", misses), ("false alarms", false_alarms), ("wrong safe fixes", wrong)):
        if items:
            print(f"  {title}: {items[:args.show]}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--rate", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kind", choices=["single", "realistic", "both"], default="both")
    parser.add_argument("--show", type=int, default=20, help="examples of each kind of error to print")
    args = parser.parse_args()
    loaded = articles_or_skip(args.corpus)
    if loaded is None:
        return
    articles, words = loaded
    known = known_words()

    with tempfile.TemporaryDirectory() as folder:
        write_articles(folder, articles)
        clean = run_check(folder)
    findings = [d for ds in clean.values() for d in ds]
    genuine_words = corpus_errors()
    genuine = [d for d in findings if d["text"] in genuine_words]
    alarms = [d["text"] for d in findings if d["text"] not in genuine_words]
    genuine_safe = [d for d in genuine if d["fix"] and d["fix"]["applicability"] == "safe"]
    print(f"corpus: {len(articles)} articles, {words} words")
    print(f"clean copy: {len(findings)} findings: {len(genuine)} on the corpus's own misspellings "
          f"({len(genuine_safe)} with a safe fix: {[(d['text'], d['fix']['edits'][0]['replacement']) for d in genuine_safe]}),")
    print(f"  {len(alarms)} false alarms ({len(alarms) / words * 10000:.2f} per 10,000 words): {alarms}")
    if args.kind in ("single", "both"):
        score(articles, "single edits", single_edit, args, known, clean)
    if args.kind in ("realistic", "both"):
        score(articles, "realistic slips", realistic_slip, args, known, clean)


if __name__ == "__main__":
    main()
