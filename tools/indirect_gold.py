#!/usr/bin/env python3
"""Builds the indirect-speech gold set (data/gold/indirect-allsides.jsonl) from hand labels.

The gold file holds references only (document id, byte offsets of each report's cue word in the
document's canonical text, speaker, source type), never article text; the text is read from
../shared/data. Guideline: docs/quotes.md, "Session 16: indirect speech measured".

  indirect_gold.py select           list the articles of the splits indirect-dev and
                                    indirect-blind (fixed seed; no article or outlet of any
                                    quotation or role gold file, nor of allsides-blind16)
  indirect_gold.py select2          list the articles of indirect-blind2 (session 17): another
                                    seed, no article or outlet of any gold file (quotations,
                                    roles, conflicts, indirect), of allsides-blind16 or of the
                                    articles allsides-blind17's selection may take
  indirect_gold.py select3          list the articles of indirect-blind3 (session 18): another
                                    seed, skipping every article and outlet of any gold file,
                                    of allsides-blind16 and of the articles allsides-blind17's
                                    or allsides-blind18's selection may take
  indirect_gold.py select4          list the articles of indirect-blind4 (session 19): a fourth
                                    seed, skipping as select3 does and also the articles
                                    allsides-blind19's selection may take
  indirect_gold.py select5          list the articles of indirect-blind5 (session 21): a fifth
                                    seed, skipping as select4 does and also the articles
                                    allsides-blind20's selection may take
  indirect_gold.py select6          list the articles of indirect-blind6 (session 23): a sixth
                                    seed, skipping as select5 does and also every AllSides
                                    article any data/gold file names (the speaker audit's too),
                                    up to 7,000 characters (no shorter article of a fresh
                                    outlet is left)
  indirect_gold.py select7          list the articles of indirect-blind7 (session 24): a seventh
                                    seed, skipping what select6 skips (the gold files as of
                                    c0161ab) and every speaker audit's articles (audit 3 too);
                                    articles of outlets no skipped article has come first, then
                                    other outlets fill the split (one article per outlet)
  indirect_gold.py select8          list the articles of indirect-blind8 (session 25): an eighth
                                    seed, skipping what select7 skips, every article a gold file
                                    names at session 25's start (98ab3fb: indirect-blind7 too) and
                                    every speaker audit's articles (audit 4 too); filled as select7
  indirect_gold.py show DOC         print DOC's canonical text with numbered paragraphs [pN]
                                    for a person to label
  indirect_gold.py build LABELS OUT labels -> gold JSONL with byte offsets

Label lines (tab-separated): SPLIT, DOC (as:<id>), pN (paragraph), CUE#K (the K-th occurrence,
from 1, of the cue word or words in that paragraph, whole words, case ignored), SPEAKER, TYPE.
A paragraph with no report needs no line; an article with none has one line whose
paragraph and cue are `-` (so it is still scored for spurious reports).

The canonical text of an AllSides article is the non-empty lines of its `text`, trimmed of ASCII
spaces, joined by a blank line (tools/allsides_text.h; the text parallax-eval-indirect scores).
"""
import gzip
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
import quotes_gold  # noqa: E402

SHARED = quotes_gold.SHARED
ALLSIDES = quotes_gold.ALLSIDES
GOLD_DIR = os.path.join(os.path.dirname(__file__), "..", "data", "gold")
SEED = 20261160
DEV, BLIND = 8, 4


def paragraphs(text):
    return [p for p in (line.strip(" \t\r\f\v") for line in text.split("\n")) if p]


def used_ids():
    """Ids of the AllSides articles a quotation or role gold file holds."""
    ids = quotes_gold.allsides_labelled()
    for line in open(os.path.join(GOLD_DIR, "roles-allsides.jsonl"), encoding="utf-8"):
        ids.add(json.loads(line)["doc"].split("#")[1])
    return ids


def blind16_ids():
    """The articles of allsides-blind16 (another helper's blind split, maybe not labelled yet)."""
    target, fresh = quotes_gold.ALLSIDES_SPLITS[16]
    return quotes_gold.selected_ids("allsides-blind16", 20261122 + 16, fresh_outlets=True, target=target,
                                    fresh_months=fresh)


def reporting_articles(skip, seed, count, max_chars=4500, reuse_outlets=False):
    """The draw every selection shares: a seeded shuffle of the corpus past its first 3,000 lines,
    the first count (id, outlet) pairs of articles not in skip, one per outlet no skipped article
    has, 1,500 to max_chars characters with at least three `said`/`says`/`according to`.
    reuse_outlets: when fewer than count such articles exist, a second pass over the same order
    fills the rest with articles of outlets a skipped article has (still one per outlet)."""
    arts = []
    with gzip.open(os.path.join(SHARED, "data", ALLSIDES), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                a = json.loads(line)
                arts.append((a["id"], a["outlet"], a["text"]))
    used_outlets = {o for d, o, _ in arts if d in skip}
    random.Random(seed).shuffle(arts)
    taken = []
    for second in ((False, True) if reuse_outlets else (False,)):
        for doc_id, outlet, text in arts:
            if len(taken) >= count:
                break
            if doc_id in skip or (outlet in used_outlets and not second):
                continue
            if second and outlet in {o for _, o in taken}:
                continue
            body = "\n\n".join(paragraphs(text))
            cues = len(re.findall(r"\b(said|says|according to)\b", body))
            if not 1500 <= len(body) <= max_chars or cues < 3:
                continue
            used_outlets.add(outlet)
            taken.append((doc_id, outlet))
    return taken


def select():
    """A fixed-seed shuffle of the corpus past its first 3,000 lines (read by the annotate bench),
    one article per outlet no gold file holds, 1,500 to 4,500 characters with at least three
    `said`/`says`/`according to` (so the article reports speech at all; the filter reads the
    text, never the system's output): the first DEV are indirect-dev, the next BLIND
    indirect-blind."""
    taken = reporting_articles(used_ids() | blind16_ids(), SEED, DEV + BLIND)
    for i, (doc_id, outlet) in enumerate(taken):
        print("indirect-dev" if i < DEV else "indirect-blind", "as:" + doc_id, outlet, sep="\t")


def all_gold_ids():
    """Ids of the AllSides articles any gold file holds: quotations, roles, conflicts, indirect."""
    ids = used_ids()
    for name in ("conflicts-allsides.jsonl", "indirect-allsides.jsonl"):
        text = open(os.path.join(GOLD_DIR, name), encoding="utf-8").read()
        ids |= set(re.findall(r"allsides-news\.jsonl\.gz#([A-Za-z0-9_-]+)", text))
    return ids


def blind17_ids():
    """A superset of the articles allsides-blind17 (session 17, another helper's blind split, not
    on main when indirect-blind2 was drawn) can hold: its seed's selection run to three times the
    usual target of candidate spans."""
    return quotes_gold.selected_ids("allsides-blind17", 20261122 + 17, fresh_outlets=True, target=400,
                                    fresh_months="prefer")


def select2(count=6, seed=20261170):
    """indirect-blind2 (session 17): select()'s filter with another seed, skipping every article
    and outlet of any gold file, of allsides-blind16 and of allsides-blind17's possible articles."""
    for doc_id, outlet in reporting_articles(all_gold_ids() | blind16_ids() | blind17_ids(), seed, count):
        print("indirect-blind2", "as:" + doc_id, outlet, sep="\t")


def blind18_ids():
    """A superset of the articles allsides-blind18 (session 18, another helper's blind split, not
    on main when indirect-blind3 was drawn) can hold: its seed's selection, skipping the other gold
    files as blind17 on do, run to three times the usual target of candidate spans."""
    return quotes_gold.selected_ids("allsides-blind18", 20261122 + 18, fresh_outlets=True, target=400,
                                    fresh_months="prefer", other_gold=True)


def select3(count=7, seed=20261180):
    """indirect-blind3 (session 18): select()'s filter with a third seed, skipping every article
    and outlet of any gold file (indirect-blind2 included), of allsides-blind16 and of
    allsides-blind17's and allsides-blind18's possible articles."""
    skip = all_gold_ids() | blind16_ids() | blind17_ids() | blind18_ids()
    for doc_id, outlet in reporting_articles(skip, seed, count):
        print("indirect-blind3", "as:" + doc_id, outlet, sep="\t")


def blind19_ids():
    """A superset of the articles allsides-blind19 (session 19, another helper's blind split, not
    on main when indirect-blind4 was drawn) can hold, drawn as blind18_ids draws blind18's."""
    return quotes_gold.selected_ids("allsides-blind19", 20261122 + 19, fresh_outlets=True, target=400,
                                    fresh_months="prefer", other_gold=True)


def select4(count=8, seed=20261190):
    """indirect-blind4 (session 19): select()'s filter with a fourth seed, skipping what select3
    skips and allsides-blind19's possible articles (and so their outlets)."""
    skip = all_gold_ids() | blind16_ids() | blind17_ids() | blind18_ids() | blind19_ids()
    for doc_id, outlet in reporting_articles(skip, seed, count):
        print("indirect-blind4", "as:" + doc_id, outlet, sep="\t")


def blind20_ids():
    """A superset of the articles allsides-blind20 (session 21, another helper's blind split, drawn
    in the same session as indirect-blind5) can hold, drawn as blind19_ids draws blind19's."""
    return quotes_gold.selected_ids("allsides-blind20", 20261122 + 20, fresh_outlets=True, target=400,
                                    fresh_months="prefer", other_gold=True)


def select5(count=8, seed=20261200):
    """indirect-blind5 (session 21): select()'s filter with a fifth seed, skipping what select4
    skips and allsides-blind20's possible articles (and so their outlets)."""
    skip = all_gold_ids() | blind16_ids() | blind17_ids() | blind18_ids() | blind19_ids() | blind20_ids()
    for doc_id, outlet in reporting_articles(skip, seed, count):
        print("indirect-blind5", "as:" + doc_id, outlet, sep="\t")


def any_gold_ids():
    """Ids of the AllSides articles any file under data/gold names, by either of the two ways the
    files write them (`as:<id>` in label files, `allsides-news.jsonl.gz#<id>` in JSONL gold)."""
    ids = set()
    for name in sorted(os.listdir(GOLD_DIR)):
        text = open(os.path.join(GOLD_DIR, name), encoding="utf-8").read()
        ids |= set(re.findall(r"(?:\bas:|allsides-news\.jsonl\.gz#)([A-Za-z0-9_-]{16})\b", text))
    return ids


def select6(count=8, seed=20261210):
    """indirect-blind6 (session 23): select()'s filter with a sixth seed, skipping what select5
    skips and every article any gold file now names (indirect-blind5 and roles-blind6 included).
    No article of an outlet left has 1,500 to 4,500 characters and three cues any more, so the
    length cap is 7,000 characters (13 articles of fresh outlets pass it)."""
    own = {line.split("\t")[1][3:] for line in open(os.path.join(GOLD_DIR, "indirect-allsides-labels.tsv"),
                                                     encoding="utf-8") if line.startswith("indirect-blind6\t")}
    skip = (all_gold_ids() | any_gold_ids() | blind16_ids() | blind17_ids() | blind18_ids() | blind19_ids()
            | blind20_ids()) - own  # once labelled, the split's own articles do not skip themselves
    for doc_id, outlet in reporting_articles(skip, seed, count, max_chars=7000):
        print("indirect-blind6", "as:" + doc_id, outlet, sep="\t")


SELECT7_GOLD_AT = "c0161ab"  # session 24's start: the gold files indirect-blind7 was drawn against


def gold_ids_at(commit):
    """Every AllSides id any data/gold file names in the repository at commit (git), as
    any_gold_ids reads the working tree's."""
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    run = lambda *a: subprocess.run(["git", "-C", root, *a], capture_output=True, text=True, encoding="utf-8",
                                    check=True).stdout
    ids = set()
    for name in run("ls-tree", "--name-only", f"{commit}:data/gold").split():
        ids |= set(re.findall(r"(?:\bas:|allsides-news\.jsonl\.gz#)([A-Za-z0-9_-]{16})\b",
                              run("show", f"{commit}:data/gold/{name}")))
    return ids


def audit_ids():
    """The articles of every speaker audit (data/gold/speaker-audit*.tsv in the working tree)."""
    ids = set()
    for name in sorted(os.listdir(GOLD_DIR)):
        if name.startswith("speaker-audit") and name.endswith(".tsv"):
            text = open(os.path.join(GOLD_DIR, name), encoding="utf-8").read()
            ids |= set(re.findall(r"\bas:([A-Za-z0-9_-]{16})\b", text))
    extra = os.environ.get("INDIRECT_GOLD_EXTRA_SKIP")  # a file of ids, one a line (before an audit lands)
    if extra:
        ids |= {line.strip() for line in open(extra, encoding="utf-8") if line.strip()}
    return ids


def select7(count=8, seed=20261224):
    """indirect-blind7 (session 24): select()'s filter with a seventh seed, skipping what select6
    skips, with the gold files as of session 24's start (SELECT7_GOLD_AT; so gold landed later this
    session does not move the draw), and every speaker audit's articles (audit 3 included). Only 6
    articles of fresh outlets are left under 7,000 characters, so articles of outlets a skipped
    article has fill the rest (one per outlet, never an article any gold file or audit names)."""
    skip = (gold_ids_at(SELECT7_GOLD_AT) | blind16_ids() | blind17_ids() | blind18_ids()
            | blind19_ids() | blind20_ids() | audit_ids())
    own = {line.split("\t")[1][3:] for line in open(os.path.join(GOLD_DIR, "indirect-allsides-labels.tsv"),
                                                     encoding="utf-8") if line.startswith("indirect-blind7\t")}
    skip -= own  # once labelled, the split's own articles do not skip themselves
    for doc_id, outlet in reporting_articles(skip, seed, count, max_chars=7000, reuse_outlets=True):
        print("indirect-blind7", "as:" + doc_id, outlet, sep="\t")


SELECT8_GOLD_AT = "98ab3fb"  # session 25's start: the gold files indirect-blind8 was drawn against


def select8(count=8, seed=20261225):
    """indirect-blind8 (session 25): select()'s filter with an eighth seed, skipping what select7
    skips, every article a gold file names at session 25's start (SELECT8_GOLD_AT; indirect-blind7's
    articles among them) and every speaker audit's articles (audit 4 included: before its label file
    landed, its article ids were read from INDIRECT_GOLD_EXTRA_SKIP; the draw is the same with the
    label file). Filled as select7 fills (fresh outlets first, then one article per other outlet)."""
    skip = (gold_ids_at(SELECT7_GOLD_AT) | gold_ids_at(SELECT8_GOLD_AT) | blind16_ids() | blind17_ids()
            | blind18_ids() | blind19_ids() | blind20_ids() | audit_ids())
    own = {line.split("\t")[1][3:] for line in open(os.path.join(GOLD_DIR, "indirect-allsides-labels.tsv"),
                                                     encoding="utf-8") if line.startswith("indirect-blind8\t")}
    skip -= own  # once labelled, the split's own articles do not skip themselves
    for doc_id, outlet in reporting_articles(skip, seed, count, max_chars=7000, reuse_outlets=True):
        print("indirect-blind8", "as:" + doc_id, outlet, sep="\t")


def canonical(doc):
    with gzip.open(os.path.join(SHARED, "data", ALLSIDES), "rt", encoding="utf-8") as f:
        for line in f:
            if doc[3:] in line:
                a = json.loads(line)
                if a["id"] == doc[3:]:
                    return paragraphs(a["text"])
    raise SystemExit(f"{doc}: not in the corpus")


def show(doc):
    for i, p in enumerate(canonical(doc)):
        print(f"[p{i}] {p}\n")


def build(labels, out_path):
    by_doc, order = {}, []
    for line in open(labels, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        split, doc, para, cue, speaker, stype = line.split("\t")
        if (split, doc) not in by_doc:
            by_doc[(split, doc)] = []
            order.append((split, doc))
        if para != "-":
            by_doc[(split, doc)].append((int(para[1:]), cue, speaker, stype))
    with open(out_path, "w", encoding="utf-8") as out:
        for split, doc in order:
            paras = canonical(doc)
            starts, pos = [], 0
            for p in paras:
                starts.append(pos)
                pos += len(p.encode("utf-8")) + 2
            reports = []
            for para, cue, speaker, stype in by_doc[(split, doc)]:
                word, _, k = cue.partition("#")
                hits = [m for m in re.finditer(r"\b" + re.escape(word) + r"\b", paras[para], re.IGNORECASE)]
                if len(hits) < int(k or 1):
                    raise SystemExit(f"{doc} p{para}: no occurrence {k} of '{word}'")
                m = hits[int(k or 1) - 1]
                b = starts[para] + len(paras[para][:m.start()].encode("utf-8"))
                e = starts[para] + len(paras[para][:m.end()].encode("utf-8"))
                reports.append({"paragraph": para, "cue_begin": b, "cue_end": e, "cue": word.lower(),
                                "speaker": speaker, "source_type": stype})
            out.write(json.dumps({"doc": quotes_gold.gold_doc(doc), "split": split, "reports": reports},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "select":
        select()
    elif cmd == "select2":
        select2()
    elif cmd == "select3":
        select3()
    elif cmd == "select4":
        select4()
    elif cmd == "select5":
        select5()
    elif cmd == "select6":
        select6()
    elif cmd == "select7":
        select7()
    elif cmd == "select8":
        select8()
    elif cmd == "show" and len(sys.argv) == 3:
        show(sys.argv[2])
    elif cmd == "build" and len(sys.argv) == 4:
        build(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
