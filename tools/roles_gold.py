#!/usr/bin/env python3
"""Selects the AllSides articles of the role gold set (data/gold/roles-allsides.jsonl) and shows
their text for labelling; docs/ner.md "Session 15: roles measured" holds the guideline.

  roles_gold.py select     list the articles of the splits roles-dev and roles-blind (fixed seed)
  roles_gold.py select-blind2
                           list the articles of the split roles-blind2 (session 16): skips every
                           article and every outlet the role and quotation gold files hold
  roles_gold.py show ID    print article ID's paragraphs (the text parallax-eval-roles annotates)
  roles_gold.py check      check data/gold/roles-allsides.jsonl against the selection

The selection: a fixed-seed shuffle of the corpus past its first 3,000 lines (the ones
bench_annotate reads), skipping every article a quotation gold file holds, one article per
outlet, 1,500 to 4,500 characters of text (so that a person can read every one of them),
at most 5 articles per year, until 25 articles. Every third article selected goes to roles-blind
(scored only untouched and at the end), the others to roles-dev. The gold file holds labels
only; article text stays in ../shared/data and is read by id.
"""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("PARALLAX_SHARED", os.path.join(HERE, "..", "..", "shared"))
ALLSIDES = "allsides-news/allsides-news.jsonl.gz"
GOLD = os.path.join(HERE, "..", "data", "gold", "roles-allsides.jsonl")
SEED = 20261124
TARGET = 25


def articles():
    with gzip.open(os.path.join(SHARED, "data", ALLSIDES), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                yield json.loads(line)


def quote_labelled():
    ids = set()
    path = os.path.join(HERE, "..", "data", "gold", "quotes-allsides-labels.tsv")
    for line in open(path, encoding="utf-8"):
        parts = line.split("\t")
        if len(parts) > 1 and parts[1].startswith("as:"):
            ids.add(parts[1][3:])
    return ids


def gold_labelled(split_prefix=""):
    """Ids of the AllSides articles the quotation and role gold files (data/gold/*.jsonl) hold;
    with split_prefix, only those of the role gold splits whose name starts with it."""
    ids = set()
    files = ["roles-allsides.jsonl"] + ([] if split_prefix else ["quotes-allsides.jsonl"])
    for name in files:
        path = os.path.join(HERE, "..", "data", "gold", name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            g = json.loads(line)
            if g["doc"].startswith(ALLSIDES + "#") and g["split"].startswith(split_prefix):
                ids.add(g["doc"][len(ALLSIDES) + 1:])
    return ids


def year_of(date):
    for tok in date.replace(",", " ").replace("-", " ").split():
        if len(tok) == 4 and tok.isdigit() and tok.startswith(("19", "20")):
            return tok
    return "?"


def selection():
    arts = [(a["id"], a["outlet"], a["text"], a.get("date", "")) for a in articles()]
    used = quote_labelled()
    random.Random(SEED).shuffle(arts)
    outlets, years, out = set(), {}, []
    for doc_id, outlet, text, date in arts:
        if len(out) >= TARGET:
            break
        y = year_of(date)
        if doc_id in used or outlet in outlets or not 1500 <= len(text) <= 4500 or years.get(y, 0) >= 5:
            continue
        outlets.add(outlet)
        years[y] = years.get(y, 0) + 1
        split = "roles-blind" if len(out) % 3 == 2 else "roles-dev"
        out.append((split, doc_id, outlet, date))
    return out


BLIND2_SEED = SEED + 16
BLIND2_TARGET = 11


def selection_blind2():
    """roles-blind2 (session 16): the same shuffle rules with their own seed, skipping every
    article and every outlet of the quotation gold files and of the splits roles-dev and
    roles-blind, so that no one has read its outlets for roles or quotations; at most 2
    articles per year."""
    arts = [(a["id"], a["outlet"], a["text"], a.get("date", "")) for a in articles()]
    used = quote_labelled() | (gold_labelled() - gold_labelled("roles-blind2"))
    outlets = {o for d, o, _, _ in arts if d in used}
    random.Random(BLIND2_SEED).shuffle(arts)
    years, out = {}, []
    for doc_id, outlet, text, date in arts:
        if len(out) >= BLIND2_TARGET:
            break
        y = year_of(date)
        if doc_id in used or outlet in outlets or not 1500 <= len(text) <= 4500 or years.get(y, 0) >= 2:
            continue
        outlets.add(outlet)
        years[y] = years.get(y, 0) + 1
        out.append(("roles-blind2", doc_id, outlet, date))
    return out


def paragraphs(text):
    return [p.strip(" \t\r\f\v") for p in text.split("\n") if p.strip(" \t\r\f\v")]


def show(doc_id):
    for a in articles():
        if a["id"] == doc_id:
            print(a["title"])
            print("==", a["outlet"], a.get("date", ""))
            print("\n\n".join(paragraphs(a["text"])))
            return
    sys.exit("no article " + doc_id)


def check():
    want = {(s, f"{ALLSIDES}#{d}") for s, d, _, _ in selection() + selection_blind2()}
    have = set()
    for line in open(GOLD, encoding="utf-8"):
        g = json.loads(line)
        have.add((g["split"], g["doc"]))
        for p in g["people"]:
            assert p["name"], g["doc"]
            for r in p["roles"]:
                assert r["role"] and r.get("scope", "") in ("", "former", "then", "acting", "incoming",
                                                              "outgoing", "interim", "late"), (g["doc"], r)
    print("missing:", sorted(want - have))
    print("extra:", sorted(have - want))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "select":
        for row in selection():
            print(*row, sep="\t")
    elif cmd == "select-blind2":
        for row in selection_blind2():
            print(*row, sep="\t")
    elif cmd == "show":
        show(sys.argv[2])
    elif cmd == "check":
        check()
    else:
        print(__doc__)
        sys.exit(2)
