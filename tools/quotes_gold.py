#!/usr/bin/env python3
"""Builds the quotation gold set (data/gold/quotes-basil.jsonl) from hand labels.

The gold file holds references only (document path, byte offsets, speaker,
source type), never article text; the text is read from /work/shared/data.

  quotes_gold.py select            list the documents of each split (fixed seed)
  quotes_gold.py select-wcl        list the NewsWCL50 documents of the splits newswcl50,
                                   wcl-heldout (session 3) and wcl-blind4 (session 4), fixed
                                   seed, about 60 candidate spans each
  quotes_gold.py select-allsides   list the AllSides articles of the split allsides-blind4
                                   (fixed seed, about 100 candidate spans; label files: "as:<id>")
  quotes_gold.py select-allsides5  the same for allsides-blind5 (session 5): another seed, no
                                   article or outlet of an earlier split
  quotes_gold.py select-allsides6  the same for allsides-blind6 (session 6), a third seed
  quotes_gold.py select-allsides7  the same for allsides-blind7 (session 7), a fourth seed
  quotes_gold.py select-allsides8  the same for allsides-blind8 (session 8), a fifth seed
  quotes_gold.py select-allsides9  the same for allsides-blind9 (session 9), a sixth seed
  quotes_gold.py select-allsides10 the same for allsides-blind10 (session 10), a seventh seed,
                                   also skipping every month (YYYY-MM) an earlier split holds
  quotes_gold.py select-allsides11 the same for allsides-blind11 (session 11), an eighth seed,
                                   skipping every article, outlet and month of an earlier split
  quotes_gold.py select-allsides12 the same for allsides-blind12 (session 12), a ninth seed,
                                   skipping every article, outlet and month of an earlier split
  quotes_gold.py select-allsides13 the same for allsides-blind13 (session 13), a tenth seed,
                                   skipping every article, outlet and month of an earlier split
  quotes_gold.py select-allsides14 the same for allsides-blind14 (session 14), an eleventh seed,
                                   skipping every article, outlet and month of an earlier split
  quotes_gold.py select-allsides15 the same for allsides-blind15 (session 15), a twelfth seed,
                                   skipping every article, outlet and month of an earlier split
  quotes_gold.py select-allsides16 the same for allsides-blind16 (session 16), a thirteenth seed,
                                   fresh months first, then any month (as for blind15)
  quotes_gold.py select-allsides17 the same for allsides-blind17 (session 17), a fourteenth
                                   seed, also skipping the indirect and roles gold articles
  quotes_gold.py select-allsides18 the same for allsides-blind18 (session 18), a fifteenth seed
  quotes_gold.py select-allsides19 the same for allsides-blind19 (session 19), a sixteenth seed
  quotes_gold.py select-allsides20 the same for allsides-blind20 (session 21), a seventeenth seed
  quotes_gold.py select-allsides21 the same for allsides-blind21 (session 24), an eighteenth seed,
                                   also skipping every article any data/gold file names (the
                                   conflicts gold, the speaker audits) and those files' outlets
                                   (the audits' articles only, not their outlets)
  quotes_gold.py select-allsides22 the same for allsides-blind22 (session 25), a nineteenth seed,
                                   also skipping speaker audit 4's articles (data/gold/speaker-audit25.tsv)
  quotes_gold.py show DOC          print DOC's text with every double-quoted span
                                   numbered, for a person to label (see docs/quotes.md)
  quotes_gold.py build LABELS OUT  labels (DOC TAB qN[+qM] TAB speaker TAB type, or
                                   DOC TAB qN TAB -) -> gold JSONL with offsets

The canonical text of a BASIL article (the one offsets refer to, and the one
parallax-eval-quotes annotates) is its paragraphs joined by a blank line,
each paragraph's sentences joined by one space. A NewsWCL50 document is named
"newswcl50/NewsWCL50.conll#<doc id>" (label files: "wcl:<doc id>"); its text is
detokenized by build/parallax-eval-quotes --print-text (tools/conll_text.h), the
one implementation of those spacing rules.
"""
import json
import os
import random
import subprocess
import sys

SHARED = os.environ.get("PARALLAX_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
BASIL = os.path.join(SHARED, "data", "basil", "articles")
OPEN, CLOSE = "\u201c\u201e", "\u201d"
WCL = "newswcl50/NewsWCL50.conll"
ALLSIDES = "allsides-news/allsides-news.jsonl.gz"
EVAL = os.environ.get("PARALLAX_EVAL_QUOTES", os.path.join(os.path.dirname(__file__), "..", "build", "parallax-eval-quotes"))


def gold_doc(doc):
    """The gold file's "doc" value for a label file's document name."""
    if doc.startswith("as:"):
        return f"{ALLSIDES}#{doc[3:]}"
    return f"{WCL}#{doc[4:]}" if doc.startswith("wcl:") else "basil/articles/" + doc


def canonical_text(doc):
    if doc.startswith("wcl:") or doc.startswith("as:"):
        return subprocess.run([EVAL, "--shared", SHARED, "--print-text", gold_doc(doc)], check=True,
                              capture_output=True, text=True, encoding="utf-8").stdout
    d = json.load(open(os.path.join(BASIL, doc), encoding="utf-8"))
    return "\n\n".join(" ".join(s for s in p) for p in d["body-paragraphs"])


def straight_facing(text, j, b, e):
    """Which way a straight mark faces by its neighbours (the finder's rule, quote_finder.cc)."""
    before = j == b or text[j - 1].isspace() or text[j - 1] in "([\u2013\u2014"
    after = j + 1 >= e or text[j + 1].isspace() or text[j + 1] in ",.;:?!)]"
    return "opening" if before and not after else "closing" if after and not before else "either"


def candidates(text):
    """Double-quoted spans: (begin, end) character offsets of the content.
    A paragraph ending inside a quote continues when the next one opens with a mark."""
    out, paras, pos = [], [], 0
    for p in text.split("\n\n"):
        paras.append((pos, pos + len(p)))
        pos += len(p) + 2
    start, glued = None, False
    for i, (b, e) in enumerate(paras):
        cont = start is not None
        for j in range(b, e):
            c = text[j]
            if c not in OPEN + CLOSE + '"':
                continue
            if cont:
                cont = False
                continue
            facing = straight_facing(text, j, b, e) if c == '"' else "either"
            if start is not None and glued and facing == "opening":
                start = j + 1  # the glued mark closed a quote whose opening mark was lost
                continue
            if start is not None and c in CLOSE + '"':
                out.append((start, j)); start = None
            elif c in OPEN + '"':
                if start is not None:
                    out.append((start, j))
                start = j + 1
                glued = c == '"' and facing == "either" and j > b and not text[j - 1].isspace()
        if start is not None:
            nxt = paras[i + 1] if i + 1 < len(paras) else None
            if not (nxt and text[nxt[0]:nxt[1]].lstrip()[:1] in (OPEN + '"')):
                out.append((start, e)); start = None
    trimmed = []
    for b, e in out:
        while b < e and text[b].isspace():
            b += 1
        while e > b and (text[e - 1].isspace() or text[e - 1] in ",:"):
            e -= 1
        if e > b:
            trimmed.append((b, e))
    return trimmed


def select():
    docs = []
    for year in sorted(os.listdir(BASIL)):
        docs += [f"{year}/{f}" for f in sorted(os.listdir(os.path.join(BASIL, year)))]
    rng = random.Random(20261122)
    rng.shuffle(docs)
    splits, counts = {"dev": [], "heldout": []}, {"dev": 0, "heldout": 0}
    for doc in docs:
        n = len(candidates(canonical_text(doc)))
        split = "dev" if counts["dev"] < 100 else "heldout" if counts["heldout"] < 100 else None
        if split is None:
            break
        splits[split].append(doc)
        counts[split] += n
    for split, ds in splits.items():
        for d in ds:
            print(split, d)


def select_wcl():
    ids = []
    for line in open(os.path.join(SHARED, "data", WCL), encoding="utf-8"):
        if line.startswith("#begin document "):
            ids.append(line[len("#begin document "):].split(";")[0])
    random.Random(20261122).shuffle(ids)
    total = 0
    for doc_id in ids:
        if total >= 200:
            break
        n = len(candidates(canonical_text("wcl:" + doc_id)))
        split = "newswcl50" if total < 60 else "wcl-heldout" if total < 120 else "wcl-blind4"
        print(split, "wcl:" + doc_id, n)
        total += n


def selected_ids(split, seed, **options):
    """The article ids select_allsides(split, seed, **options) would print, without printing
    them: the other gold scripts skip the articles of a quotation split that may not be labelled
    yet."""
    import contextlib
    import io
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        select_allsides(split, seed, **options)
    return {line.split()[1][3:] for line in buf.getvalue().splitlines()}


# The first quotation split whose labels the selections of allsides-blind4 to allsides-blind20 do not
# skip: its articles (and those of the splits after it) were drawn after those selections, which print
# the same lines as before it landed (allsides-blind21 on take their own and later splits out themselves:
# audited_and_gold_ids).
FIRST_UNREAD_SPLIT = 22


def allsides_labelled(other_gold=False):
    """Ids of the AllSides articles some label file already holds: the quotation labels (but those of
    allsides-blind<FIRST_UNREAD_SPLIT> on), and with other_gold (allsides-blind17 on) also the
    indirect-speech labels and the roles gold."""
    ids = set()
    gold_dir = os.path.join(os.path.dirname(__file__), "..", "data", "gold")
    files = ["quotes-allsides-labels.tsv"] + (["indirect-allsides-labels.tsv"] if other_gold else [])
    for name in files:
        for line in open(os.path.join(gold_dir, name), encoding="utf-8"):
            parts = line.split("\t")
            if (name.startswith("quotes-") and parts[0].startswith("allsides-blind") and
                    int(parts[0].removeprefix("allsides-blind")) >= FIRST_UNREAD_SPLIT):
                continue
            if len(parts) > 1 and parts[1].startswith("as:"):
                ids.add(parts[1][3:])
    if other_gold:
        for line in open(os.path.join(gold_dir, "roles-allsides.jsonl"), encoding="utf-8"):
            doc = json.loads(line).get("doc", "")
            if "#" in doc:
                ids.add(doc.split("#", 1)[1])
    return ids


def audited_and_gold_ids(n, extra_skip=()):
    """(ids, outlet_ids) for allsides-blind<n>, n >= 21: every AllSides id any data/gold file names
    except the articles of split allsides-blind<n> and later ones (so the selection prints the same
    once its labels are committed), every speaker audit's articles (speaker_audit.all_audit_ids: audit
    3 was drawn while allsides-blind21 was, and the 71 ids it holds are the ones `sample` gives with its
    seed, lines and the c0161ab binary, which the selection skipped before the file landed) and
    extra_skip; outlet_ids: those whose outlets are skipped too (every gold
    file's articles, not the audits')."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import speaker_audit
    later = set()
    labels = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "gold", "quotes-allsides-labels.tsv")
    for line in open(labels, encoding="utf-8"):
        parts = line.split("\t")
        if len(parts) > 1 and parts[0].startswith("allsides-blind") and parts[1].startswith("as:"):
            if int(parts[0].removeprefix("allsides-blind")) >= n:
                later.add(parts[1][3:])
    gold = (speaker_audit.gold_ids() | allsides_labelled(True)) - later
    return gold | speaker_audit.all_audit_ids() | set(extra_skip), gold


def select_allsides(split="allsides-blind4", seed=20261122 + 4, fresh_outlets=False, target=100,
                    fresh_months=False, other_gold=False, skip=None):
    """Articles for an AllSides split: a fixed-seed shuffle of the corpus past its first 3,000
    lines (the ones bench_annotate reads), one article per outlet, 6 to 20 candidate spans each,
    until about 100 candidates. allsides-blind4 (session 4) took the first outlets met;
    allsides-blind5 (session 5), allsides-blind6, allsides-blind7, allsides-blind8 and allsides-blind9 (sessions 6 to 9, fresh_outlets) skip every
    article and every outlet an earlier split holds, so they measure outlets no one has labelled;
    allsides-blind10 (session 10, fresh_months) also skips every month of an earlier split's
    articles, so its stories are news no one has labelled either; allsides-blind11 (session 11),
    allsides-blind12 (session 12), allsides-blind13 (session 13) and allsides-blind14 (session 14)
    do the same with their own seeds; allsides-blind15 (session 15, fresh_months "prefer") too,
    but takes articles of earlier months once the fresh months run out (they did after 4).
    allsides-blind17 on (other_gold) also skip the articles and outlets of the indirect-speech
    and roles gold files; allsides-blind21 on (skip: (ids, outlet_ids) of audited_and_gold_ids)
    skip those ids, and the outlets of outlet_ids."""
    import gzip
    arts = []
    with gzip.open(os.path.join(SHARED, "data", ALLSIDES), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                a = json.loads(line)
                arts.append((a["id"], a["outlet"], a["text"], a.get("date", "")[:7]))
    used_ids = allsides_labelled(other_gold) if fresh_outlets else set()
    outlet_ids = used_ids
    if skip is not None:
        used_ids, outlet_ids = skip
    used_outlets = {o for d, o, _, _ in arts if d in outlet_ids}
    used_months = {m for d, _, _, m in arts if d in used_ids} if fresh_months else set()
    random.Random(seed).shuffle(arts)
    total, outlets = 0, set(used_outlets)
    # fresh_months == "prefer": months no earlier split holds first, then (when those run out
    # before the target) any month, still one article per outlet no earlier split holds.
    for skip_months in ([True, False] if fresh_months == "prefer" else [True]):
        for doc_id, outlet, text, month in arts:
            if total >= target:
                break
            if doc_id in used_ids or outlet in outlets or (skip_months and month in used_months):
                continue
            paras = [p.strip(" \t\r\f\v") for p in text.split("\n")]
            n = len(candidates("\n\n".join(p for p in paras if p)))
            if not 6 <= n <= 20:
                continue
            outlets.add(outlet)
            print(split, "as:" + doc_id, n, outlet, month)
            total += n


def show(doc):
    text = canonical_text(doc)
    cands = candidates(text)
    marked, last = [], 0
    for i, (b, e) in enumerate(cands):
        marked.append(text[last:b] + f"[q{i}:")
        marked.append(text[b:e] + "]")
        last = e
    marked.append(text[last:])
    print("".join(marked))


def utf8_offset(text, char_offset):
    return len(text[:char_offset].encode("utf-8"))


def build(labels, out_path):
    by_doc = {}
    for line in open(labels, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        split, doc, q = parts[0], parts[1], parts[2]
        by_doc.setdefault((split, doc), []).append((q, parts[3:]))
    with open(out_path, "w", encoding="utf-8") as out:
        for (split, doc), entries in sorted(by_doc.items()):
            text = canonical_text(doc)
            cands = candidates(text)
            quotes = []
            for q, rest in entries:
                if q == "none" or rest == ["-"]:
                    continue
                idx = [int(x[1:]) for x in q.split("+")]
                b, e = cands[idx[0]][0], cands[idx[-1]][1]
                quotes.append({"begin": utf8_offset(text, b), "end": utf8_offset(text, e),
                               "speaker": rest[0], "source_type": rest[1]})
            out.write(json.dumps({"doc": gold_doc(doc), "split": split, "quotes": quotes},
                                 ensure_ascii=False) + "\n")


# The blind AllSides splits after allsides-blind4, by session number: (about how many candidate
# spans to collect, whether to skip every month an earlier split holds; "prefer": such months
# first, then any month once they run out, as they did for allsides-blind15). Each skips every article
# and outlet of an earlier split; its seed is 20261122 + the number.
ALLSIDES_SPLITS = {
    5: (100, False), 6: (120, False), 7: (120, False), 8: (100, False), 9: (100, False),
    10: (115, True), 11: (110, True), 12: (110, True), 13: (140, True), 14: (130, True),
    15: (130, "prefer"), 16: (130, "prefer"), 17: (130, "prefer"), 18: (130, "prefer"),
    19: (130, "prefer"), 20: (130, "prefer"), 21: (130, "prefer"), 22: (130, "prefer"),
}


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "select":
        select()
    elif cmd == "select-wcl":
        select_wcl()
    elif cmd == "select-allsides":
        select_allsides()
    elif cmd.removeprefix("select-allsides") in {str(n) for n in ALLSIDES_SPLITS}:
        n = int(cmd.removeprefix("select-allsides"))
        target, fresh_months = ALLSIDES_SPLITS[n]
        select_allsides("allsides-blind%d" % n, 20261122 + n, fresh_outlets=True, target=target,
                        fresh_months=fresh_months, other_gold=n >= 17,
                        skip=audited_and_gold_ids(n) if n >= 21 else None)
    elif cmd == "show":
        show(sys.argv[2])
    elif cmd == "build":
        build(sys.argv[2], sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
