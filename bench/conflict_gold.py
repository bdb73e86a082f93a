#!/usr/bin/env python3
"""Scores the story view's conflicts against the AllSides conflict gold (data/gold/conflicts-allsides.jsonl).

For every month named in the gold, the month's AllSides articles (the `date` field starts with the
month, as in docs/story.md's reviews) are ingested into a database, and `parallax story ID --format
json` is read for every story with two or more articles and every thread with two or more events
(the report shows threads). Each distinct conflict (kind plus the cited sentences of each side) is
matched to the gold: a gold item matches when the kinds agree and two different claims of the
conflict cite, one a sentence of each gold side (same AllSides document, same sentence index or an
overlapping byte span).

Prints the reported conflicts by gold label (true: the outlets disagree on the same fact; update: a
count that moved between two publication days; false: a false alarm; unlabelled: not in the gold,
to be labelled by reading both sides), precision over the labelled ones (strict: true only;
lenient: true and update), and recall over the gold's true and update items (all of them, and the
ones found by reading rather than from the system's own output). With --list the unlabelled
conflicts are printed with their sentences, for the labeller's eyes only (never commit text).

Usage: bench/conflict_gold.py [--gold FILE] [--work DIR] [--months 2019-10,...] [--bin PARALLAX] [--list] [-v]
(--bin: another parallax binary for the views, e.g. the build before a change, with the same --work
databases; the binary should sit in this build directory, where it finds its models.)
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build", "parallax")
ALLSIDES = os.path.join(ROOT, "..", "shared", "data", "allsides-news", "allsides-news.jsonl.gz")
GOLD = os.path.join(ROOT, "data", "gold", "conflicts-allsides.jsonl")
# Months read in full for the gold (a month whose views report no conflict has no item).
MONTHS = ["2012-06", "2013-04", "2013-05", "2014-09", "2016-09", "2018-10", "2019-07", "2019-08", "2019-10", "2019-12", "2020-01", "2020-02", "2020-03",
          "2020-04", "2020-05", "2020-06", "2020-07"]


def run_json(args):
    out = subprocess.run([BIN] + args, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"parallax {' '.join(args)} failed: {out.stderr.strip()}")
    return out.stdout


def ingest_month(month, work):
    db = os.path.join(work, f"m{month}.db")
    if os.path.exists(db):
        return db
    src = os.path.join(work, f"m{month}.jsonl")
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as f, open(src, "w", encoding="utf-8") as out:
        for line in f:
            if json.loads(line)["date"].startswith(month):
                out.write(line)
    subprocess.run([BIN, "ingest", src, "--db", db + ".tmp"], capture_output=True, check=False)
    os.replace(db + ".tmp", db)
    return db


def views(db):
    stories = [json.loads(l) for l in run_json(["stories", "--db", db, "--format", "json", "--limit",
                                                "1000000"]).splitlines() if l.strip()]
    ids = [s["id"] for s in stories if s["articles"] >= 2]
    per_thread, events = {}, {}
    for s in stories:
        per_thread[s["thread_id"]] = per_thread.get(s["thread_id"], 0) + s["articles"]
        events[s["thread_id"]] = events.get(s["thread_id"], 0) + 1
    ids += [t for t in per_thread if per_thread[t] >= 2 and events[t] >= 2]
    for i in ids:
        yield i, json.loads(run_json(["story", i, "--db", db, "--format", "json"]))


def cite_matches(source, doc, gold_cite):
    if doc != gold_cite["doc"]:
        return False
    if source["sentence"] == gold_cite["sentence"]:
        return True
    a, b = source["span"], gold_cite["span"]
    return a[0] < b[1] and b[0] < a[1]


def matches(conflict, docs, item):
    if conflict["kind"] != item["kind"]:
        return False
    claims = conflict["claims"]

    def side(claim, gold_side):
        return any(cite_matches(s, docs[s["article"]], g) for s in claim["sources"] for g in gold_side["cites"])

    a, b = item["sides"][0], item["sides"][1]
    for i, ci in enumerate(claims):
        for j, cj in enumerate(claims):
            if i != j and side(ci, a) and side(cj, b):
                return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=GOLD)
    ap.add_argument("--work", help="keep the month databases here (reused when present)")
    ap.add_argument("--months", help="comma-separated months (default: every month of the gold)")
    ap.add_argument("--bin", help="the parallax binary (default: build/parallax)")
    ap.add_argument("--list", action="store_true", help="print unlabelled conflicts with their text")
    ap.add_argument("-v", action="store_true", help="print every reported conflict's gold item")
    args = ap.parse_args()
    global BIN
    if args.bin:
        BIN = os.path.abspath(args.bin)
    gold = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    months = args.months.split(",") if args.months else sorted(set(MONTHS) | {g["month"] for g in gold})
    work = args.work or tempfile.mkdtemp(prefix="conflict_gold_")
    os.makedirs(work, exist_ok=True)

    reported = {}  # key -> (month, view ids, conflict)
    docs = {}
    for month in months:
        db = ingest_month(month, work)
        for vid, view in views(db):
            for c in view["conflicts"]:
                key = (month, c["kind"], tuple(sorted(tuple(sorted((s["article"], s["sentence"]) for s in cl["sources"]))
                                                      for cl in c["claims"])))
                if key in reported:
                    reported[key][1].append(vid)
                    continue
                reported[key] = (month, [vid], c)
                for cl in c["claims"]:
                    for s in cl["sources"]:
                        if s["article"] not in docs:
                            art = json.loads(run_json(["article", s["article"], "--db", db, "--format", "json"]))
                            docs[s["article"]] = "allsides-news.jsonl.gz#" + art["uri"].split("#", 1)[1]

    counts = {"true": 0, "update": 0, "false": 0, "unlabelled": 0}
    found = set()
    for (month, vids, c) in reported.values():
        hit = [g for g in gold if g["month"] == month and matches(c, docs, g)]
        hit.sort(key=lambda g: not set(g.get("views", [])) & set(vids))
        label = hit[0]["label"] if hit else "unlabelled"
        counts[label] += 1
        found.update(g["id"] for g in hit)
        if args.v or (args.list and not hit):
            print(f"{month} {','.join(vids)} {c['kind']}: {c['subject']} -> {hit[0]['id'] + ' ' + label if hit else label}")
            if args.list and not hit:
                for cl in c["claims"]:
                    print(f"    {cl['value']!r} {cl['outlets']}")
                    for s in cl["sources"]:
                        print(f"      {docs[s['article']]} #{s['sentence']} {s['span']}: {s['text'][:300]}")

    labelled = counts["true"] + counts["update"] + counts["false"]
    total = labelled + counts["unlabelled"]
    print(f"months {','.join(months)}: {total} conflicts reported (stories with 2+ articles, threads with 2+ events)")
    print(f"  true {counts['true']}, update {counts['update']}, false {counts['false']}, unlabelled {counts['unlabelled']}")
    if labelled:
        print(f"  precision strict {counts['true']}/{labelled} = {counts['true'] / labelled:.3f}, "
              f"lenient {counts['true'] + counts['update']}/{labelled} = "
              f"{(counts['true'] + counts['update']) / labelled:.3f}")
    positives = [g for g in gold if g["month"] in months and g["label"] in ("true", "update")]
    reading = [g for g in positives if g["found_by"] == "reading"]
    got = [g for g in positives if g["id"] in found]
    got_reading = [g for g in reading if g["id"] in found]
    print(f"  recall {len(got)}/{len(positives)} over the gold's true and update items; "
          f"{len(got_reading)}/{len(reading)} over those found by reading")
    missed = [g["id"] for g in positives if g["id"] not in found]
    if missed:
        print(f"  missed: {' '.join(missed)}")
    gone = [g["id"] for g in gold if g["month"] in months and g["label"] == "false" and g["id"] not in found]
    if gone:
        print(f"  false alarms no longer reported: {' '.join(gone)}")


if __name__ == "__main__":
    main()
