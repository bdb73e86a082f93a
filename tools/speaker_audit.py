#!/usr/bin/env python3
"""A random audit of the speakers `parallax quotes` gives on unlabelled AllSides news (session 21).

  speaker_audit.py sample [N]       draw the audit: a fixed-seed shuffle of the AllSides articles in
                                    the corpus's first 3,000 lines (which no gold selection draws
                                    from: every blind split starts past them), skipping every article
                                    a data/gold file names; runs the system on them and takes up to
                                    3 of each article's direct quotations at random, until N (200).
                                    Prints one line per sampled quotation (id, byte span, speaker).
  speaker_audit.py show ID B E      the article's paragraphs around the span, the span marked, for
                                    a person to judge
  speaker_audit.py score [LABELS]   re-runs the system on the audit's articles and reports the
                                    precision of its quotations and its speaker accuracy on them
                                    (with a 95% interval), by the labels (data/gold/speaker-audit21.tsv)
  speaker_audit.py pool N OUT       the articles of the first 3,000 lines NOT in any audit and not in
                                    any gold file, the first N of another shuffle, as JSONL (to read a
                                    rule's firings on articles the audits do not hold)
  speaker_audit.py sample2 [N]      audit 2 (session 23, the blind measure of speakers): drawn as
                                    `sample` draws audit 1 but with seed 2026112423 from the corpus's
                                    LAST 7,500 lines (30,054 to 37,553), minus every article a
                                    data/gold file named at 762231a
  speaker_audit.py score2 [-v] [LABELS]  score audit 2 (data/gold/speaker-audit23.tsv); blind in
                                    session 23, read in session 24 (a development set since: -v lists
                                    its errors as `score -v` does audit 1's)
  speaker_audit.py ids2             the article ids audit 2 holds, one a line (for later selections
                                    to skip: see data/gold/README.md)
  speaker_audit.py sample3 [N]      audit 3 (session 24, the blind measure of speakers): drawn as
                                    `sample2` with seed 2026112524 from the corpus's lines 3,001 to
                                    30,053 (0-based [3000, 30053): neither audit 1's head nor audit
                                    2's tail), minus every article a data/gold file named at c0161ab
                                    and every article of audits 1 and 2; prints ids and byte spans
                                    only, never the system's speaker (the labels are written blind)
  speaker_audit.py score3 [-v] [LABELS]  score audit 3 (data/gold/speaker-audit24.tsv); blind in
                                    session 24, read in session 25 (a development set since: -v lists
                                    its errors, with the cause column, as `score2 -v` does audit 2's)
  speaker_audit.py ids3             the article ids audit 3 holds, one a line
  speaker_audit.py sample4 [N]      audit 4 (session 25, the blind measure of speakers): drawn as
                                    `sample3` with seed 2026112525 from EVERY line of the corpus,
                                    minus every article a data/gold file named at 98ab3fb and every
                                    article of audits 1, 2 and 3; ids and byte spans only
  speaker_audit.py score4 [LABELS]  score audit 4 (data/gold/speaker-audit25.tsv); summary only (no -v)
  speaker_audit.py ids4             the article ids audit 4 holds, one a line
  speaker_audit.py ids              the article ids of every audit (1, 2, 3, 4), one a line: later
                                    selections skip them (`all_audit_ids()`)

The label file holds ids, byte spans (offsets into the article body the system builds from the
corpus line: `parallax quotes --format json` begin/end), the judgement and the speaker the guideline
gives; never article text. Environment: PARALLAX (the binary, default build/parallax),
PARALLAX_SHARED (default ../shared next to the repository).
"""
import gzip
import json
import math
import os
import random
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("PARALLAX_SHARED", os.path.join(HERE, "..", "..", "shared"))
CORPUS = os.path.join(SHARED, "data", "allsides-news", "allsides-news.jsonl.gz")
BINARY = os.environ.get("PARALLAX", os.path.join(HERE, "..", "build", "parallax"))
LABELS = os.path.join(HERE, "..", "data", "gold", "speaker-audit21.tsv")
SEED = 2026112421
HEAD = 3000  # the corpus lines the annotate bench reads; no blind selection draws from them
SCRATCH = os.environ.get("SPEAKER_AUDIT_DIR", "/tmp/speakers21")


SAMPLE_GOLD_AT = "56293cf"  # the gold files the audit was drawn against (later gold may take head articles)

# Audit 2 (session 23): its own seed, the corpus's last 7,500 lines (0-based [30053, 37553)), the gold
# files as of session 23's start; labels in data/gold/speaker-audit23.tsv.
SEED2 = 2026112423
LINES2 = (30053, 37553)
SAMPLE2_GOLD_AT = "762231a"
LABELS2 = os.path.join(HERE, "..", "data", "gold", "speaker-audit23.tsv")

# Audit 3 (session 24): its own seed, the lines between audit 1's head and audit 2's tail (0-based
# [3000, 30053)), the gold files as of session 24's start and the articles of audits 1 and 2 skipped;
# labels in data/gold/speaker-audit24.tsv.
SEED3 = 2026112524
LINES3 = (3000, 30053)
SAMPLE3_GOLD_AT = "c0161ab"
LABELS3 = os.path.join(HERE, "..", "data", "gold", "speaker-audit24.tsv")

# Audit 4 (session 25): its own seed, every line of the corpus, the gold files as of session 25's start
# and the articles of audits 1, 2 and 3 skipped; labels in data/gold/speaker-audit25.tsv.
SEED4 = 2026112525
LINES4 = (0, 1 << 30)
SAMPLE4_GOLD_AT = "98ab3fb"
LABELS4 = os.path.join(HERE, "..", "data", "gold", "speaker-audit25.tsv")


def gold_ids(at=None):
    """Every AllSides id any data/gold file names (as:<id> or ...jsonl.gz#<id>), except the audit's
    own label files (so that `sample` draws the same quotations once they are committed); `at`: the
    files as of that commit of the repository (git), else the working tree's."""
    ids = set()
    gold = os.path.join(HERE, "..", "data", "gold")
    if at:
        names = subprocess.run(["git", "-C", os.path.join(HERE, ".."), "ls-tree", "--name-only", f"{at}:data/gold"],
                               capture_output=True, text=True, check=True).stdout.split()
    else:
        names = os.listdir(gold)
    for name in names:
        if name.startswith("speaker-audit"):
            continue
        if at:
            text = subprocess.run(["git", "-C", os.path.join(HERE, ".."), "show", f"{at}:data/gold/{name}"], capture_output=True,
                                  text=True, encoding="utf-8", check=True).stdout
        else:
            text = open(os.path.join(gold, name), encoding="utf-8").read()
        ids.update(re.findall(r"as:([A-Za-z0-9]{16})", text))
        ids.update(re.findall(r"jsonl\.gz#([A-Za-z0-9]{16})", text))
    return ids


def head_articles(lines=(0, HEAD)):
    """(id, corpus line) of the corpus's 0-based lines [lines[0], lines[1])."""
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= lines[1]:
                break
            if i >= lines[0]:
                out.append((json.loads(line)["id"], line))
    return out


def shuffled(seed, at=None, lines=(0, HEAD), also_skip=frozenset()):
    skip = gold_ids(at) | set(also_skip)
    arts = [(d, line) for d, line in head_articles(lines) if d not in skip]
    random.Random(seed).shuffle(arts)
    return arts


def run_quotes(lines, name):
    os.makedirs(SCRATCH, exist_ok=True)
    path = os.path.join(SCRATCH, name)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(lines)
    out = subprocess.run([BINARY, "quotes", "--format", "json", path], capture_output=True, text=True,
                         encoding="utf-8").stdout
    return {a["uri"].rsplit("#", 1)[-1]: a for a in json.loads(out)}  # uri: FILE#<corpus id>


def sample(n=200, per_article=3, batch=40, seed=SEED, at=SAMPLE_GOLD_AT, lines=(0, HEAD), also_skip=frozenset()):
    """(id, begin, end, speaker, type) of the audit: articles in shuffled order, up to
    per_article direct quotations of each drawn at random (seeded by the article id); also_skip:
    more article ids to leave out."""
    arts = shuffled(seed, at, lines, also_skip)
    out, pos = [], 0
    while len(out) < n and pos < len(arts):
        chunk = arts[pos:pos + batch]
        pos += batch
        got = run_quotes([line for _, line in chunk], "sample-batch.jsonl")
        for doc_id, _ in chunk:
            a = got.get(doc_id)
            if not a:
                continue
            qs = [q for q in a["quotes"] if q["direct"]]
            rng = random.Random(f"{seed}:{doc_id}")
            pick = sorted(rng.sample(range(len(qs)), min(per_article, len(qs))))
            for i in pick:
                if len(out) < n:
                    q = qs[i]
                    out.append((doc_id, q["begin"], q["end"], q["speaker"], q["source_type"]))
    return out


def article_lines(ids):
    """The corpus lines of the given ids (any line of the corpus), in corpus order."""
    return [line for d, line in head_articles((0, 1 << 30)) if d in ids]


def bodies(lines, name):
    """id -> the article body the system builds (`parallax extract --format json`), the text the
    byte spans index."""
    os.makedirs(SCRATCH, exist_ok=True)
    out = {}
    for i, line in enumerate(lines):
        path = os.path.join(SCRATCH, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(line)
        a = json.loads(subprocess.run([BINARY, "extract", "--format", "json", "--annotate", "none", path],
                                      capture_output=True, text=True, encoding="utf-8").stdout)
        out[a["uri"].rsplit("#", 1)[-1]] = a["text"]
    return out


def show(doc_id, b, e, before=3, after=1):
    """The paragraphs around byte span [b, e) of the article, the span marked [[...]]."""
    body = bodies(article_lines({doc_id}), "show.jsonl")[doc_id].encode("utf-8")
    marked = (body[:b] + b"[[" + body[b:e] + b"]]" + body[e:]).decode("utf-8", "replace")
    paras = marked.split("\n")
    at = next(i for i, p in enumerate(paras) if "[[" in p)
    close = next(i for i, p in enumerate(paras) if "]]" in p)
    print("\n".join(p for p in paras[max(0, at - before):close + after + 1] if p.strip()))


def load_labels(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        p = line.rstrip("\n").split("\t")
        rows.append({"id": p[0][3:], "begin": int(p[1]), "end": int(p[2]), "quote": p[3] == "1",
                     "speaker": p[4] if len(p) > 4 else "", "type": p[5] if len(p) > 5 else "",
                     "cause": p[6] if len(p) > 6 else ""})
    return rows


# The scorers' speaker comparison (tools/speaker_match.cc), in Python.
def norm_speaker(s):
    s = unicodedata.normalize("NFC", s).replace("\u2019", "'")
    words = [w.lower() for w in s.split(" ") if w]
    out = []
    for w in words:
        if len(w) == 2 and w[1] == ".":
            continue
        if not out and w == "the":
            continue
        out.append(w)
    return " ".join(out)


def description(name):
    first = norm_speaker(name).split(" ")[0] if name else ""
    det = {"a", "an", "one", "another", "some", "two", "several", "statements", "letter", "statement", "memo",
           "report"}
    return first in det or name.startswith("the ") or (bool(name) and name[0].islower())


def speaker_matches(pred_name, pred_type, gold, gold_type):
    for alt in gold.split("|"):
        if norm_speaker(pred_name) == norm_speaker(alt):
            return True
        if description(alt) and pred_type == gold_type:
            return True
    return False


def wilson(k, n, z=1.96):
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def cluster_interval(pairs, seed=7, rounds=2000):
    """A 95% bootstrap interval of sum(k)/sum(n) resampling articles (the quotations of one
    article are not independent)."""
    rng = random.Random(seed)
    vals = []
    for _ in range(rounds):
        draw = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        n = sum(x[1] for x in draw)
        vals.append(sum(x[0] for x in draw) / n if n else 0)
    vals.sort()
    return vals[int(0.025 * rounds)], vals[int(0.975 * rounds) - 1]


def audit_ids(path=LABELS2):
    """The article ids a speaker-audit label file holds (audit 2 by default): later blind selections
    skip them (data/gold/README.md)."""
    return {r["id"] for r in load_labels(path)} if os.path.exists(path) else set()


def all_audit_ids():
    """The article ids of every speaker audit (1, 2, 3 and 4): a selection drawn after session 24 adds
    them to its skip set (data/gold/README.md)."""
    return audit_ids(LABELS) | audit_ids(LABELS2) | audit_ids(LABELS3) | audit_ids(LABELS4)


def score(path, verbose=False):
    rows = load_labels(path)
    ids = {r["id"] for r in rows}
    got = run_quotes(article_lines(ids), "score.jsonl")
    found = real = right = typed = 0
    per_article = {}
    for r in rows:
        a = got.get(r["id"], {"quotes": []})
        # the system's quotation over the labelled span: the one overlapping it most
        best, over = None, 0
        for q in a["quotes"]:
            o = min(q["end"], r["end"]) - max(q["begin"], r["begin"])
            if o > over:
                best, over = q, o
        if best is None:
            if verbose:
                print(f"LOST  as:{r['id']}\t{r['begin']}\t{r['end']}")
            continue
        found += 1
        if not r["quote"]:
            continue
        real += 1
        ok = speaker_matches(best["speaker"], best["source_type"], r["speaker"], r["type"])
        right += ok
        typed += best["source_type"] == r["type"]
        k, n = per_article.get(r["id"], (0, 0))
        per_article[r["id"]] = (k + ok, n + 1)
        if verbose and not ok:
            print(f"WRONG as:{r['id']}\t{r['begin']}\t{r['end']}\t{best['speaker'] or '?'} ({best['source_type']})"
                  f"\tgold {r['speaker']} ({r['type']})\t{r['cause']}")
    lo, hi = wilson(right, real)
    blo, bhi = cluster_interval(list(per_article.values())) if per_article else (0, 0)
    print(f"labelled {len(rows)}, still found {found}, real quotations {real} "
          f"(precision {real / max(found, 1):.3f})")
    print(f"speaker accuracy {right / max(real, 1):.3f} ({right}/{real}), 95% Wilson [{lo:.3f}, {hi:.3f}], "
          f"article bootstrap [{blo:.3f}, {bhi:.3f}]; source type {typed / max(real, 1):.3f}")


def pool(n, out_path):
    # gold_ids skips the audits' label files: every audit's articles are left out here (session 25: audit 4
    # draws from every line, so 6 of its articles lie in the first 3,000; before, only audit 1's did)
    audit = all_audit_ids()
    arts = [(d, line) for d, line in shuffled(SEED + 1) if d not in audit]
    with open(out_path, "w", encoding="utf-8") as f:
        f.writelines(line for _, line in arts[:n])


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "sample":
        for row in sample(int(sys.argv[2]) if len(sys.argv) > 2 else 200):
            print("as:%s\t%d\t%d\t%s\t%s" % row)
    elif cmd == "show":
        show(sys.argv[2].removeprefix("as:"), int(sys.argv[3]), int(sys.argv[4]))
    elif cmd == "score":
        args = [a for a in sys.argv[2:] if a != "-v"]
        score(args[0] if args else LABELS, "-v" in sys.argv)
    elif cmd == "sample2":
        for row in sample(int(sys.argv[2]) if len(sys.argv) > 2 else 200, seed=SEED2, at=SAMPLE2_GOLD_AT,
                          lines=LINES2):
            print("as:%s\t%d\t%d\t%s\t%s" % row)
    elif cmd == "score2":
        args = [a for a in sys.argv[2:] if a != "-v"]
        score(args[0] if args else LABELS2, "-v" in sys.argv)
    elif cmd == "ids2":
        print("\n".join(sorted(audit_ids())))
    elif cmd == "sample3":
        # ids and byte spans only: audit 3 is labelled without the system's speaker and type
        for row in sample(int(sys.argv[2]) if len(sys.argv) > 2 else 200, seed=SEED3, at=SAMPLE3_GOLD_AT,
                          lines=LINES3, also_skip=audit_ids(LABELS) | audit_ids(LABELS2)):
            print("as:%s\t%d\t%d" % row[:3])
    elif cmd == "score3":
        args = [a for a in sys.argv[2:] if a != "-v"]
        score(args[0] if args else LABELS3, "-v" in sys.argv)
    elif cmd == "ids3":
        print("\n".join(sorted(audit_ids(LABELS3))))
    elif cmd == "sample4":
        # ids and byte spans only, as sample3; the skip set is audits 1-3 (frozen: not all_audit_ids())
        for row in sample(int(sys.argv[2]) if len(sys.argv) > 2 else 200, seed=SEED4, at=SAMPLE4_GOLD_AT,
                          lines=LINES4, also_skip=audit_ids(LABELS) | audit_ids(LABELS2) | audit_ids(LABELS3)):
            print("as:%s\t%d\t%d" % row[:3])
    elif cmd == "score4":
        if "-v" in sys.argv:
            sys.exit("audit 4 is the blind measure of speakers: summary only (no -v)")
        score(sys.argv[2] if len(sys.argv) > 2 else LABELS4)
    elif cmd == "ids4":
        print("\n".join(sorted(audit_ids(LABELS4))))
    elif cmd == "ids":
        print("\n".join(sorted(all_audit_ids())))
    elif cmd == "pool":
        pool(int(sys.argv[2]), sys.argv[3])
    else:
        print(__doc__)
        sys.exit(2)
