"""The dev corpus as the evaluation scripts use it: articles (separated by an empty line in
../shared/corpus/bbc-news-dev.txt) written one file each, since the rules use the story as
evidence."""
import os
import re
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
DEFAULT = os.path.join(ROOT, "..", "shared", "corpus", "bbc-news-dev.txt")
BINARY = os.path.join(ROOT, ".build", "release", "newslint")


def load_articles(path):
    with open(path, encoding="utf-8") as f:
        return [a.strip("\n") + "\n" for a in f.read().split("\n\n") if a.strip()]


def write_articles(folder, articles):
    for index, article in enumerate(articles):
        with open(os.path.join(folder, f"{index:04}.txt"), "w", encoding="utf-8") as f:
            f.write(article)


def articles_or_skip(path):
    """The articles and their count of words, or None (saying why) when the
    corpus is absent, which is not an error; exits when newslint is not built."""
    if not os.path.exists(path):
        print(f"corpus not found at {path}; nothing measured")
        return None
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release --static-swift-stdlib")
    articles = load_articles(path)
    return articles, sum(len(re.findall(r"[A-Za-z]+", a)) for a in articles)
