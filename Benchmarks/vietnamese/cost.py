#!/usr/bin/env python3
"""What the Vietnamese and Unicode-form rules add to `check`: the same file checked with every
default rule and with those rules ignored, runs interleaved so that the machine's drift falls on
both alike; median wall and CPU time of each, and the ratio.

  python3 Benchmarks/vietnamese/cost.py [--runs 7] [FILE...]

Default files: Benchmarks/.work/mixed-10.txt (10 MB of English news with a Vietnamese
paragraph after every fourth, built by Benchmarks/run.py) and, when present, the clean
Vietnamese text of clean-text.py. Needs a release build: swift build -c release --static-swift-stdlib.
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "newslint")
WORK = os.path.join(ROOT, "Benchmarks", ".work")
# The rules of issue 5: every rule of category vietnamese, and the Unicode-form ones it added.
RULES = ["misplaced-tone-mark", "mixed-tone-style", "lookalike-letter", "broken-diacritic", "mojibake",
         "mixed-script", "invalid-syllable", "mixed-i-y-spelling", "accented-name-in-english",
         "mixed-name-forms", "not-nfc"]


def run(command):
    """Wall and CPU (user + system) seconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or [p for p in [os.path.join(WORK, "mixed-10.txt"), os.path.join(WORK, "vi-maint-guide.txt")]
                           if os.path.exists(p)]
    if not files:
        sys.exit("no input: run Benchmarks/run.py once to build Benchmarks/.work/mixed-10.txt, or name files")
    ignored = [argument for rule in RULES for argument in ("--ignore", rule)]
    print("| file | MB | with (wall / CPU s) | without (wall / CPU s) | added wall | added CPU |")
    print("|---|---:|---:|---:|---:|---:|")
    for path in files:
        with_rules = [BINARY, "check", "--format", "json", "--no-progress", path]
        without = with_rules[:-1] + ignored + [path]
        run(with_rules), run(without)  # warm-up
        samples = {"with": [], "without": []}
        for _ in range(args.runs):
            samples["with"].append(run(with_rules))
            samples["without"].append(run(without))
        wall = {k: statistics.median(s[0] for s in v) for k, v in samples.items()}
        cpu = {k: statistics.median(s[1] for s in v) for k, v in samples.items()}
        print(f"| {os.path.basename(path)} | {os.path.getsize(path) / 1e6:.1f} "
              f"| {wall['with']:.2f} / {cpu['with']:.2f} | {wall['without']:.2f} / {cpu['without']:.2f} "
              f"| {100 * (wall['with'] / wall['without'] - 1):+.1f}% | {100 * (cpu['with'] / cpu['without'] - 1):+.1f}% |")


if __name__ == "__main__":
    main()
