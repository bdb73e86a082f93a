#!/usr/bin/env python3
"""Re-maps the gold files that point into stored article bodies after a cleaner change (session 23).

Two kinds of gold files point into text:
- into the body `parallax` stores (the cleaned text of src/text/clean.cc): conflicts-allsides.jsonl
  (cites: `doc`, `article` = parallax's article id, a hash of the body, `sentence` index, `span`) and
  speaker-audit*.tsv (corpus id, begin, end). A cleaner change that drops a paragraph moves every
  byte and sentence after it; these are re-mapped here.
- into the canonical text the evaluation tools build themselves, without the cleaner
  (tools/allsides_text.h: the corpus's non-empty lines joined by a blank line; BASIL and NewsWCL50
  likewise in tools/eval_quotes.cc): quotes-*.jsonl, indirect-allsides.jsonl, roles-allsides.jsonl
  (names only) and their label TSVs. No cleaner change moves them; they are listed, not touched.

For every AllSides article a stored-body file cites, the body is built twice, by the binary before the
change (--old) and after it (--new), with `parallax extract --format json --layers --annotate none`.
Where they differ, the paragraphs are aligned by their text (a paragraph dropped or cut by the
cleaner is a deletion), and each entry is placed by its old text: its begin and end must fall in
paragraphs that are the same in both bodies, and the new body must hold the very same bytes at the
new offsets; a cited sentence must be a sentence of the new body with the same text. (Session 24: "the
same" up to soft hyphens, U+00AD, which the cleaner now removes: a paragraph that differs only by them
is the same paragraph, and an entry's new bytes are its old bytes without them.) An entry that
cannot be placed (its text was removed or changed) stops the tool with its file and entry, and
nothing is written. It prints counts and ids only, never article text (blind splits stay blind).

Usage: tools/remap_gold.py --old OLD/parallax --new NEW/parallax [--gold data/gold] [--write]
(without --write it only reports what would change).
"""
import argparse
import difflib
import glob
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "data", "allsides-news", "allsides-news.jsonl.gz")
CANONICAL = ["quotes-allsides.jsonl", "quotes-basil.jsonl", "quotes-newswcl50.jsonl", "indirect-allsides.jsonl",
             "roles-allsides.jsonl", "quotes-allsides-labels.tsv", "quotes-basil-labels.tsv",
             "quotes-newswcl50-labels.tsv", "indirect-allsides-labels.tsv"]


class Unplaced(Exception):
    pass


def corpus_lines(ids):
    out = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in ids:
                out[d["id"]] = line
    return out


def extract(binary, lines):
    """id -> (body bytes, [paragraph spans], [sentence spans], article id) as `binary` builds them."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "docs.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(lines)
        out = subprocess.run([binary, "extract", "--format", "json", "--layers", "--annotate", "none", path],
                             capture_output=True, text=True, encoding="utf-8")
        if out.returncode != 0:
            sys.exit(f"{binary} extract failed: {out.stderr.strip()}")
    docs, dec, t, i = {}, json.JSONDecoder(), out.stdout, 0
    while True:
        while i < len(t) and t[i].isspace():
            i += 1
        if i >= len(t):
            break
        d, i = dec.raw_decode(t, i)
        docs[d["uri"].rsplit("#", 1)[-1]] = (d["text"].encode("utf-8"), [tuple(p["span"]) for p in d["paragraphs"]],
                                             [tuple(s["span"]) for s in d["sentences"]], d["id"])
    return docs


# Session 24: the cleaner removes soft hyphens (U+00AD) inside paragraphs (src/text/soft_hyphens.h). A
# paragraph that differs from its old text only by them is the same paragraph; offsets in it move back by
# the soft hyphens before them, and an entry's new text is its old text without them.
SOFT_HYPHEN = "\u00ad".encode("utf-8")


def plain(text):
    return text.replace(SOFT_HYPHEN, b"")


class Mapping:
    """Byte offsets of the old body to the new one, through paragraphs whose text is unchanged (up to
    soft hyphens)."""

    def __init__(self, old, new):
        self.old, self.new = old, new
        op, np_ = [plain(old[0][b:e]) for b, e in old[1]], [plain(new[0][b:e]) for b, e in new[1]]
        self.pairs = {}  # old paragraph index -> new paragraph index
        for block in difflib.SequenceMatcher(None, op, np_, autojunk=False).get_matching_blocks():
            for k in range(block.size):
                self.pairs[block.a + k] = block.b + k
        self.soft = sum(1 for b, e in old[1] if SOFT_HYPHEN in old[0][b:e])  # paragraphs with soft hyphens

    def para(self, at, end):
        for k, (b, e) in enumerate(self.old[1]):
            if b <= at and (at < e or (end and at == e)):
                return k
        raise Unplaced(f"byte {at} lies outside every paragraph")

    def offset(self, at, end=False):
        k = self.para(at, end)
        if k not in self.pairs:
            raise Unplaced(f"paragraph {k} was removed or changed")
        start = self.old[1][k][0]
        return self.new[1][self.pairs[k]][0] + len(plain(self.old[0][start:at]))

    def span(self, b, e):
        nb, ne = self.offset(b), self.offset(e, end=True)
        if self.new[0][nb:ne] != plain(self.old[0][b:e]):
            raise Unplaced("the text at the new offsets differs")
        return nb, ne

    def sentence(self, index):
        if index >= len(self.old[2]):
            raise Unplaced(f"sentence {index} is past the old body's sentences")
        b, e = self.span(*self.old[2][index])
        for k, s in enumerate(self.new[2]):
            if s == (b, e):
                return k
        raise Unplaced(f"sentence {index} is no sentence of the new body")


def conflicts_ids(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        for side in json.loads(line)["sides"]:
            ids.update(c["doc"].rsplit("#", 1)[-1] for c in side["cites"])
    return ids


def remap_conflicts(path, maps, olds, stats):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8")):
        d = json.loads(line)
        changed = False
        for side in d["sides"]:
            for c in side["cites"]:
                doc = c["doc"].rsplit("#", 1)[-1]
                # An id older than the old binary's (recall items were cited by hand) is kept unless
                # the body changes.
                stats["stale ids"] += c["article"] != olds[doc][3]
                if doc not in maps:
                    continue
                m = maps[doc]
                try:
                    s = m.sentence(c["sentence"])
                    span = list(m.span(*c["span"]))
                except Unplaced as e:
                    raise Unplaced(f"{os.path.basename(path)} item {d['id']} cite {doc}: {e}")
                new = {"article": m.new[3], "sentence": s, "span": span}
                if any(c[k] != v for k, v in new.items()):
                    stats["moved"] += c["sentence"] != s or c["span"] != span
                    c.update(new)
                    changed = True
                stats["cites"] += 1
        out.append(json.dumps(d, ensure_ascii=False) + "\n" if changed else line)
    return out


def audit_ids(path):
    return {l.split("\t")[0][3:] for l in open(path, encoding="utf-8") if l.startswith("as:")}


def remap_audit(path, maps, stats):
    out = []
    for n, line in enumerate(open(path, encoding="utf-8")):
        cols = line.rstrip("\n").split("\t")
        if not line.startswith("as:") or cols[0][3:] not in maps:
            out.append(line)
            continue
        try:
            b, e = maps[cols[0][3:]].span(int(cols[1]), int(cols[2]))
        except Unplaced as err:
            raise Unplaced(f"{os.path.basename(path)} line {n + 1} ({cols[0]}): {err}")
        stats["cites"] += 1
        stats["moved"] += (b, e) != (int(cols[1]), int(cols[2]))
        cols[1], cols[2] = str(b), str(e)
        out.append("\t".join(cols) + "\n")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", required=True, help="parallax binary before the cleaner change")
    ap.add_argument("--new", required=True, help="parallax binary after it")
    ap.add_argument("--gold", default=os.path.join(ROOT, "data", "gold"))
    ap.add_argument("--write", action="store_true", help="rewrite the gold files (else report only)")
    args = ap.parse_args()

    stored = {}
    for path in sorted(glob.glob(os.path.join(args.gold, "*"))):
        name = os.path.basename(path)
        if name.startswith("conflicts-") and name.endswith(".jsonl"):
            stored[path] = ("conflicts", conflicts_ids(path))
        elif name.startswith("speaker-audit") and name.endswith(".tsv"):
            stored[path] = ("audit", audit_ids(path))
        elif name in CANONICAL:
            print(f"{name}: canonical text (no cleaner), unchanged")
        elif name != "README.md":
            sys.exit(f"{name}: unknown gold file; say in tools/remap_gold.py what it points into")
    ids = set().union(*(i for _, i in stored.values()))
    lines = corpus_lines(ids)
    missing = ids - set(lines)
    if missing:
        sys.exit(f"not in the corpus: {sorted(missing)}")
    olds, news = extract(args.old, lines.values()), extract(args.new, lines.values())
    maps = {i: Mapping(olds[i], news[i]) for i in ids if olds[i][0] != news[i][0]}
    print(f"{len(ids)} articles cited by stored-body gold files; {len(maps)} change body: {' '.join(sorted(maps))}")
    soft = sorted(i for i, m in maps.items() if m.soft)
    if soft:
        print(f"{len(soft)} of them had soft hyphens (U+00AD) in their old body: {' '.join(soft)}")
    rewritten = {}
    try:
        for path, (kind, file_ids) in stored.items():
            stats = {"cites": 0, "moved": 0, "stale ids": 0}
            fm = {i: m for i, m in maps.items() if i in file_ids}
            out = remap_conflicts(path, fm, olds, stats) if kind == "conflicts" else remap_audit(path, fm, stats)
            print(f"{os.path.basename(path)}: {len(file_ids)} articles, {len(fm)} changed; "
                  f"{stats['cites']} entries in them, {stats['moved']} moved"
                  + (f"; {stats['stale ids']} article ids older than --old's" if stats["stale ids"] else ""))
            if out != open(path, encoding="utf-8").readlines():
                rewritten[path] = out
    except Unplaced as e:
        sys.exit(f"cannot place: {e}; nothing written")
    for path, out in rewritten.items():
        if args.write:
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(out)
        print(f"{'rewrote' if args.write else 'would rewrite'} {os.path.basename(path)}")


if __name__ == "__main__":
    main()
