#!/usr/bin/env python3
"""Regenerates Rules/dictionaries/closed-compounds.tsv: words written solid that the lexicon
lacks ("barcode", "dancefloor", "jobseekers"), which joined-words must leave whole although
they split into two known words.

Source: PyPI wordfreq (word frequencies from Wikipedia, subtitles, news, books, web text and
social media; data CC BY-SA 4.0, see Rules/SOURCES.md). A word is kept when

  - it is lowercase ASCII letters, five or more, and neither english.tsv nor names.txt has it;
  - it splits into two counted words of english.tsv, neither a function word ("ofthe",
    "aswell" are the glued pairs this rule exists to find);
  - it is common enough to trust: Zipf frequency >= MIN_ZIPF (about 63 uses in a billion words);
  - written solid it is not much rarer than written as two words: its Zipf frequency is at
    least the pair's (bigrams.tsv, scaled to the same units) minus MAX_PAIR_LEAD. Glued pairs
    that occur solid in web text trail their pair by more ("infact" 2.2, "upto", "theworld"
    far more); real compounds by less ("barcode" 0.9, "jobseekers" 1.2, "smartcard" 1.6).

Output: "word<TAB>zipf" lines sorted by bytes. Reads english.tsv, names.txt and bigrams.tsv, so
run it after build_lexicon.py. Installs wordfreq into a temporary virtualenv.

Run:  python3 Rules/scripts/build_compounds.py
"""
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DICTIONARIES = os.path.join(HERE, "..", "dictionaries")
OUT = os.path.join(DICTIONARIES, "closed-compounds.tsv")
WORDFREQ = "wordfreq==3.1.1"
MIN_ZIPF = 1.8
MAX_PAIR_LEAD = 1.8
MIN_LENGTH = 5
FUNCTION_WORDS = set("""a about after against all also an and are as at been before both but can could did
do does each for from had has have he her his how if into is it its may more most must no not of or
our said says she should so some such than that the their them then there these they this those to
was we were what when which while who will with would you your""".split())


def read_tsv(name):
    with open(os.path.join(DICTIONARIES, name), encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f)


def compounds():
    """Runs inside the virtualenv that has wordfreq."""
    from wordfreq import iter_wordlist, zipf_frequency
    counts = {w: int(c) for w, c in read_tsv("english.tsv").items()}
    with open(os.path.join(DICTIONARIES, "names.txt"), encoding="utf-8") as f:
        names = {line.strip().lower() for line in f}
    pairs = {p: int(c) for p, c in read_tsv("bigrams.tsv").items()}
    # The pair counts come from a larger sample than the word counts: scale them so that a
    # pair's Zipf value is comparable with a word's, by the share of "of the" among pairs
    # against wordfreq's figure for it.
    pair_total = sum(pairs.values())
    offset = zipf_frequency("of the", "en") - math.log10(pairs["of the"] / pair_total * 1e9)
    kept = []
    for word in iter_wordlist("en", "large"):
        zipf = zipf_frequency(word, "en")
        if zipf < MIN_ZIPF:
            break
        if len(word) < MIN_LENGTH or not (word.isascii() and word.isalpha() and word.islower()):
            continue
        if word in counts or word in names:
            continue
        splits = [(word[:i], word[i:]) for i in range(2, len(word) - 1)
                  if counts.get(word[:i], 0) > 0 and counts.get(word[i:], 0) > 0]
        if not splits or any(a in FUNCTION_WORDS or b in FUNCTION_WORDS for a, b in splits):
            continue
        pair_zipf = max((math.log10(pairs[f"{a} {b}"] / pair_total * 1e9) + offset
                         for a, b in splits if f"{a} {b}" in pairs), default=None)
        if pair_zipf is None or zipf >= pair_zipf - MAX_PAIR_LEAD:
            kept.append(f"{word}\t{zipf:.2f}")
    kept.sort(key=lambda line: line.encode("utf-8"))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in kept))
    print(f"{os.path.relpath(OUT)}: {len(kept)} entries")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--inside":
        compounds()
        return
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "venv", folder], check=True)
        python = os.path.join(folder, "bin", "python")
        subprocess.run([python, "-m", "pip", "install", "-q", WORDFREQ], check=True)
        subprocess.run([python, os.path.abspath(__file__), "--inside"], check=True)


if __name__ == "__main__":
    main()
