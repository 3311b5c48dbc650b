#!/usr/bin/env python3
"""newslint's benchmark suite: whole-process speed and memory on real news,
against typos and codespell in the same run, written to Benchmarks/RESULTS.md.

  python3 Benchmarks/run.py [--runs 5]

What it measures (median of --runs runs after a warm-up):
  - throughput of `newslint check` with every default rule on 10 MB of English
    news and on 10 MB of mixed English and Vietnamese copy;
  - the same files through typos and codespell (installed from PyPI into
    Benchmarks/.work/venv), run in turns with newslint so the machine's drift hits
    all three alike, printed as ratios newslint/peer (the median of the rounds' ratios);
  - one-article check (start-up, data and lint): wall time;
  - peak memory; scaling at 1, 10 and 100 MB;
  - many files: all cores against one core (in turns, as above);
  - the pipeline step by step, in-process (newslint-benchmark).
The corpus is built from ../shared/corpus/bbc-news-dev.txt (research licence:
never copied into the repository) and Fixtures/; without it the script stops.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
WORK = os.path.join(ROOT, "Benchmarks", ".work")
BINARY = os.path.join(ROOT, ".build", "release", "newslint")
STEPS = os.path.join(ROOT, ".build", "release", "newslint-benchmark")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news-dev.txt")
PEERS = {"typos": "1.52.0", "codespell": "2.4.3"}


def sh(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def timed(command, runs):
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timed_together(commands, runs):
    """Times the commands in turns (one run of each per round, after a warm-up round), so
    the machine's drift hits them alike. Returns each one's median time, and for each the
    median over rounds of its time divided by the first command's."""
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rounds = []
    for _ in range(runs):
        times = []
        for command in commands:
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - start)
        rounds.append(times)
    medians = [statistics.median(r[i] for r in rounds) for i in range(len(commands))]
    ratios = [statistics.median(r[i] / r[0] for r in rounds) for i in range(len(commands))]
    return medians, ratios


def peak_mb(command):
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    return int(result.stderr.strip().splitlines()[-1]) / 1024


def build_file(path, source_text, megabytes):
    with open(path, "w", encoding="utf-8") as f:
        while f.tell() < megabytes * 1_000_000:
            f.write(source_text)
    return os.path.getsize(path) / 1e6


def damaged_copy_findings(english, venv):
    """The dev corpus with 2% of the spaces between words deleted (the
    joined-words evaluation's damage): how many glued words each tool flags."""
    sys.path.insert(0, os.path.join(ROOT, "Benchmarks", "joined-words"))
    import random
    import evaluate
    rng = random.Random(7)
    articles = [a.strip("\n") + "\n" for a in english.split("\n\n") if a.strip()]
    damaged, golds = zip(*(evaluate.damage(a, 0.02, rng) for a in articles))
    glued = {original.replace(" ", "") for gold in golds for (_, _, _, original) in gold}
    path = os.path.join(WORK, "damaged.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(damaged))
    ours = subprocess.run([BINARY, "check", "--select", "joined-words", "--format", "json", path],
                          capture_output=True, text=True).stdout
    import json
    found = {d["text"] for file in json.loads(ours)["files"] for d in file["diagnostics"]}
    typos = subprocess.run([os.path.join(venv, "bin", "typos"), "--format", "brief", path],
                           capture_output=True, text=True).stdout
    typos_words = {line.split("`")[1] for line in typos.splitlines() if "`" in line}
    codespell = subprocess.run([os.path.join(venv, "bin", "codespell"), path], capture_output=True, text=True).stdout
    codespell_words = {line.split(": ", 1)[1].split(" ==>")[0] for line in codespell.splitlines() if " ==> " in line}
    rows = ["| tool | glued words flagged (of %d distinct) | all findings |" % len(glued), "|---|---:|---:|"]
    for name, words in [("newslint joined-words", found), ("typos", typos_words), ("codespell", codespell_words)]:
        rows.append(f"| {name} | {len(words & glued)} | {len(words)} |")
    return "\n".join(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.exists(CORPUS):
        sys.exit(f"corpus not found at {CORPUS}")
    os.makedirs(WORK, exist_ok=True)
    sh(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "newslint"], cwd=ROOT, stdout=subprocess.DEVNULL)
    sh(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "newslint-benchmark"], cwd=ROOT, stdout=subprocess.DEVNULL)
    venv = os.path.join(WORK, "venv")
    if not os.path.exists(os.path.join(venv, "bin", "codespell")):
        sh([sys.executable, "-m", "venv", venv])
        sh([os.path.join(venv, "bin", "pip"), "install", "-q"] + [f"{n}=={v}" for n, v in PEERS.items()])

    english = open(CORPUS, encoding="utf-8").read()
    vietnamese = open(os.path.join(ROOT, "Fixtures", "vietnamese-sample.txt"), encoding="utf-8").read()
    paragraphs = english.split("\n")
    mixed = "\n".join(p + ("\n" + vietnamese.strip() if i % 4 == 0 else "") for i, p in enumerate(paragraphs))
    files = {}
    for name, text, size in [("english-1", english, 1), ("english-10", english, 10), ("english-100", english, 100),
                             ("mixed-10", mixed, 10)]:
        path = os.path.join(WORK, f"{name}.txt")
        files[name] = (path, build_file(path, text, size))

    lines = []
    def say(text=""):
        print(text)
        lines.append(text)

    say(f"# Benchmark results\n")
    say(f"{datetime.date.today()} · {platform.machine()}, {os.cpu_count()} cores · "
        + subprocess.run([BINARY, "--version"], capture_output=True, text=True).stdout.strip()
        + f" · typos {PEERS['typos']} · codespell {PEERS['codespell']} · median of {args.runs} runs\n")

    say("## Throughput, one 10 MB file, every default rule\n")
    say("The three tools run in turns; a ratio is the median of the rounds' ratios.\n")
    say("| input | newslint | typos | codespell | newslint/typos | newslint/codespell |")
    say("|---|---:|---:|---:|---:|---:|")
    for name in ["english-10", "mixed-10"]:
        path, size = files[name]
        (ours, typos, codespell), (_, typos_ratio, codespell_ratio) = timed_together(
            [[BINARY, "check", "--max-file-size", "128", path], [os.path.join(venv, "bin", "typos"), path],
             [os.path.join(venv, "bin", "codespell"), path]], args.runs)
        say(f"| {name} | {size / ours:.1f} MB/s | {size / typos:.1f} MB/s | {size / codespell:.1f} MB/s "
            f"| {typos_ratio:.2f} | {codespell_ratio:.2f} |")

    say("\n## Scaling (english, every default rule)\n")
    say("| size | time | throughput | peak memory |")
    say("|---:|---:|---:|---:|")
    for name in ["english-1", "english-10", "english-100"]:
        path, size = files[name]
        command = [BINARY, "check", "--max-file-size", "128", path]
        seconds = timed(command, max(3, args.runs // 2) if size > 50 else args.runs)
        say(f"| {size:.0f} MB | {seconds:.2f} s | {size / seconds:.1f} MB/s | {peak_mb(command):.0f} MB |")

    sample = os.path.join(ROOT, "Fixtures", "vna-wire-sample.txt")
    single = timed([BINARY, "check", sample], max(args.runs, 15))
    say(f"\n## One article\n\n`newslint check Fixtures/vna-wire-sample.txt` (8 KB), start-up and data included: "
        f"median {single * 1000:.1f} ms; peak memory {peak_mb([BINARY, 'check', sample]):.0f} MB.")

    articles_dir = os.path.join(WORK, "articles")
    shutil.rmtree(articles_dir, ignore_errors=True)
    os.makedirs(articles_dir)
    articles = [a for a in english.split("\n\n") if a.strip()] * 5
    for index, article in enumerate(articles):
        with open(os.path.join(articles_dir, f"{index:05}.txt"), "w", encoding="utf-8") as f:
            f.write(article)
    (many, one_core), (_, speedup) = timed_together(
        [[BINARY, "check", articles_dir], ["taskset", "-c", "0", BINARY, "check", articles_dir]], args.runs)
    say(f"\n## Many files\n\n{len(articles)} articles: {many:.2f} s on all cores, {one_core:.2f} s on one: "
        f"{speedup:.2f}× faster; peak memory {peak_mb([BINARY, 'check', articles_dir]):.0f} MB.")

    say("\n## What each tool finds in damaged copy\n")
    say(damaged_copy_findings(english, venv))

    steps = subprocess.run([STEPS, files["english-10"][0], str(args.runs)], capture_output=True, text=True).stdout
    say("\n## Step by step, in-process (english-10)\n\n```\n" + steps.strip() + "\n```")

    with open(os.path.join(ROOT, "Benchmarks", "RESULTS.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
