#!/usr/bin/env python3
"""Runs the Vietnamese encoding and look-alike rules over clean real Vietnamese text, where
they must find nothing.

  python3 Benchmarks/vietnamese/clean-text.py

The text is the Vietnamese translation of the Debian New Maintainers' Guide (Debian package
maint-guide-vi 1.2.53, GPL-2.0+), downloaded with `apt-get download` and turned into plain
text here; it is used for measuring only and never committed. It is technical prose with
commands in it: about 31,000 words. Needs a release build: swift build -c release --static-swift-stdlib.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.path.join(ROOT, ".build", "release", "newslint")
WORK = os.path.join(ROOT, "Benchmarks", ".work")
RULES = ["mojibake", "lookalike-letter", "broken-diacritic", "misplaced-tone-mark", "mixed-tone-style"]


def vietnamese_text():
    path = os.path.join(WORK, "vi-maint-guide.txt")
    if os.path.exists(path):
        return path
    os.makedirs(WORK, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["apt-get", "download", "maint-guide-vi"], cwd=folder, check=True, capture_output=True)
        deb = glob.glob(os.path.join(folder, "*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(folder, "x")], check=True)
        text = []
        for page in sorted(glob.glob(os.path.join(folder, "x", "usr", "share", "doc", "maint-guide-vi", "html", "*.html"))):
            with open(page, encoding="utf-8") as f:
                markup = f.read()
            markup = re.sub(r"(?s)<(script|style|pre)\b.*?</\1>", " ", markup)
            plain = html.unescape(re.sub(r"<[^>]+>", " ", markup))
            text.append("\n".join(line.strip() for line in plain.splitlines() if line.strip()))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(text) + "\n")
    return path


def main():
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --static-swift-stdlib")
    path = vietnamese_text()
    with open(path, encoding="utf-8") as f:
        words = len(re.findall(r"\w+", f.read()))
    arguments = [BINARY, "check", "--format", "json", "--language", "vi"]
    for rule in RULES:
        arguments += ["--select", rule]
    result = subprocess.run(arguments + [path], capture_output=True, text=True)
    findings = [d for f in json.loads(result.stdout)["files"] for d in f["diagnostics"]]
    print(f"{os.path.relpath(path, ROOT)}: {words} words of Vietnamese (maint-guide-vi 1.2.53)")
    for rule in RULES:
        found = [d["text"] for d in findings if d["rule"] == rule]
        print(f"  {rule}: {len(found)} findings {found[:10]}")


if __name__ == "__main__":
    main()
