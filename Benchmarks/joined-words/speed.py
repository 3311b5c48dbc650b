#!/usr/bin/env python3
"""Speed of joined-words, whole process, release build:

  - a 10 MB corpus (the dev corpus repeated) checked with only a trivial rule
    (the cost of reading, tokenizing and sentence splitting) and with
    joined-words, median of N runs each, interleaved so machine noise hits both;
  - one article (Fixtures/vna-wire-sample.txt) checked with every default rule,
    start-up and lexicon included, median of N runs.

  python3 Benchmarks/joined-words/speed.py [--runs 7]

Without ../shared/corpus the corpus part is skipped. Builds with
`swift build -c release --static-swift-stdlib` first.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "newslint")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news-dev.txt")
SAMPLE = os.path.join(ROOT, "Fixtures", "vna-wire-sample.txt")


def timed(arguments):
    start = time.perf_counter()
    subprocess.run([BINARY] + arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "newslint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)

    for _ in range(3):  # warm-up: page cache, ICU data
        timed(["check", SAMPLE])
    single = [timed(["check", SAMPLE]) for _ in range(args.runs)]
    print(f"one article, all default rules: median {statistics.median(single) * 1000:.1f} ms "
          f"(min {min(single) * 1000:.1f}, {args.runs} runs)")

    if not os.path.exists(CORPUS):
        print("corpus not found; 10 MB measurement skipped")
        return
    with open(CORPUS, encoding="utf-8") as f:
        text = f.read()
    with tempfile.TemporaryDirectory() as folder:
        big = os.path.join(folder, "corpus10.txt")
        with open(big, "w", encoding="utf-8") as f:
            while f.tell() < 10_000_000:
                f.write(text)
        size = os.path.getsize(big) / 1e6
        baseline, joined = [], []
        for _ in range(args.runs):
            baseline.append(timed(["check", "--select", "trailing-space", big]))
            joined.append(timed(["check", "--select", "joined-words", big]))
    b, j = statistics.median(baseline), statistics.median(joined)
    print(f"{size:.1f} MB: tokenize + trivial rule {b:.2f} s ({size / b:.1f} MB/s); "
          f"with joined-words {j:.2f} s ({size / j:.1f} MB/s); ratio {j / b:.2f}")


if __name__ == "__main__":
    sys.exit(main())
