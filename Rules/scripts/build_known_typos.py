#!/usr/bin/env python3
"""Regenerates Rules/dictionaries/known-typos.tsv, the table of known misspellings
the misspelling rule checks first.

Source: the English misspelling list of PyPI `codespell` (codespell_lib/data/dictionary.txt),
a derivative of English Wikipedia's lists of common misspellings, CC BY-SA 3.0 (see
Rules/SOURCES.md). This script downloads the wheel with pip and keeps an entry when:
  - the misspelling is lowercase ASCII letters and not an ordinary word of newslint's lexicon
    (a name such as the town "Teh" still blocks the capitalised form: the rule only looks up
    words the lexicon does not know);
  - every word of each correction is known to the lexicon (the rest of a correction is dropped);
  - at least one correction remains.
An entry whose misspelling is also a function word glued to a common word ("conflictin":
"conflicting" or "conflict in") is never sure: in wire copy a lost space is as likely as the
slip, so the split is added as a second correction.

Output, sorted by bytes: "typo<TAB>correction[,correction…]". One correction and no trailing
comma means the list is sure of it (a safe fix); several corrections, or one with a trailing
comma (codespell's "do not fix automatically"), are suggestions only.

Run after build_lexicon.py:  python3 Rules/scripts/build_known_typos.py
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "dictionaries")
CODESPELL = "2.4.3"
TYPO = re.compile(r"^[a-z]+$")
GLUE = set("a an and are as at be by for from in into is it of on or the to was with".split())
COMMON_COUNT = 1_000_000


def known_words():
    words, names, common = set(), set(), set()
    with open(os.path.join(OUT, "english.tsv"), encoding="utf-8") as f:
        for line in f:
            word, count = line.rstrip("\n").split("\t")
            words.add(word)
            if int(count) >= COMMON_COUNT:
                common.add(word)
    with open(os.path.join(OUT, "names.txt"), encoding="utf-8") as f:
        names.update(line.strip() for line in f)
    with open(os.path.join(OUT, "news-vocabulary.txt"), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                names.update(re.split(r"[ \-]+", line.strip()))
    return words, names, common


def glued_reading(typo, common):
    """The typo read as a function word glued to a common word, or None."""
    for i in range(1, len(typo)):
        first, second = typo[:i], typo[i:]
        if (first in GLUE and second in common and len(second) >= 3) or \
                (second in GLUE and first in common and len(first) >= 3):
            return f"{first} {second}"
    return None


def codespell_lines():
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder,
                        f"codespell=={CODESPELL}"], check=True)
        wheel = next(name for name in os.listdir(folder) if name.endswith(".whl"))
        with zipfile.ZipFile(os.path.join(folder, wheel)) as archive:
            return archive.read("codespell_lib/data/dictionary.txt").decode("utf-8").splitlines()


def main():
    words, names, common = known_words()

    def known(phrase):
        return all(w in words or w in names for w in phrase.split(" "))

    entries = []
    for line in codespell_lines():
        typo, _, corrections = line.partition("->")
        if not TYPO.match(typo) or typo in words:
            continue
        parts = [p.strip() for p in corrections.split(",")]
        sure = len(parts) == 1
        kept = [p for p in parts if p and known(p)]
        if not kept:
            continue
        sure = sure and len(kept) == 1
        glued = glued_reading(typo, common)
        if glued:
            sure = False
            if glued not in kept:
                kept.append(glued)
        entries.append(f"{typo}\t{','.join(kept)}{'' if sure else ','}")
    entries.sort(key=lambda s: s.encode("utf-8"))
    path = os.path.join(OUT, "known-typos.tsv")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(entries) + "\n")
    print(f"{os.path.relpath(path)}: {len(entries)} entries, {sum(not e.endswith(',') for e in entries)} sure")


if __name__ == "__main__":
    main()
