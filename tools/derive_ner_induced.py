#!/usr/bin/env python3
"""Induces a name gazetteer from unlabeled news tagged by the NER model (self-training).

Input: the output of `parallax ner FILE.jsonl` (one JSON line per article with its
mentions: text, type, confidence). A name is kept when
  * it was found with confidence >= MIN_CONF at least MIN_COUNT times, in at least
    MIN_DOCS different articles,
  * one type has >= MIN_SHARE of all its occurrences (confident or not), and
  * it has two or more words; a single word is kept only with at least
    SINGLE_MIN_COUNT confident occurrences and SINGLE_MIN_SHARE type purity
    (lone words are often surnames or common words that only sometimes name).
Output (stdout): "parallax-ner-gazetteers<TAB>1", then "ind-per|ind-org|ind-loc|ind-misc<TAB>name".

Usage:
  zcat /work/shared/data/allsides-news/allsides-news.jsonl.gz > /tmp/allsides.jsonl
  build/parallax ner /tmp/allsides.jsonl > /tmp/allsides.ner
  python3 tools/derive_ner_induced.py /tmp/allsides.ner > models/ner-gazetteers-induced-en.tsv
"""
import collections
import json
import sys

MIN_CONF = 0.4  # beam-softmax confidence at the model temperature (T = 48): ~the top 40 %
MIN_COUNT = 3
MIN_DOCS = 2
MIN_SHARE = 0.9
SINGLE_MIN_COUNT = 20
SINGLE_MIN_SHARE = 0.97
LISTS = {"PER": "ind-per", "ORG": "ind-org", "LOC": "ind-loc", "MISC": "ind-misc"}


def main(path):
    types = collections.defaultdict(collections.Counter)  # name -> type -> all occurrences
    confident = collections.Counter()                     # name -> confident occurrences
    docs = collections.defaultdict(set)
    with open(path, encoding="utf-8") as f:
        for doc_no, line in enumerate(f):
            try:
                article = json.loads(line)
            except ValueError:
                continue
            for m in article.get("mentions", []):
                name = " ".join(m["text"].split())
                if not name or not name[0].isupper():
                    continue
                types[name][m["type"]] += 1
                if m["confidence"] >= MIN_CONF:
                    confident[name] += 1
                    docs[name].add(doc_no)
    out = []
    for name, n in confident.items():
        if n < MIN_COUNT or len(docs[name]) < MIN_DOCS:
            continue
        counts = types[name]
        t, top = counts.most_common(1)[0]
        share = top / sum(counts.values())
        single = " " not in name
        if single and (n < SINGLE_MIN_COUNT or share < SINGLE_MIN_SHARE):
            continue
        if share < MIN_SHARE:
            continue
        out.append((LISTS[t], name))
    sys.stdout.write("parallax-ner-gazetteers\t1\n")
    for lst, name in sorted(out):
        sys.stdout.write(f"{lst}\t{name}\n")


if __name__ == "__main__":
    main(sys.argv[1])
