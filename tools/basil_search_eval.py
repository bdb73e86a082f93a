#!/usr/bin/env python3
"""Search quality smoke test on BASIL (development years 2010-2015, ../shared/data/basil).

Each BASIL event is reported by three outlets (NYT, Fox News, HuffPost). The articles are ingested
into a fresh store (`parallax ingest`, no annotators), then for every event the query is its
main entities plus the content words of its one-line description ("main-event"); an event is a
hit when all three of its articles are in the top K results of `parallax search`. Prints the hit
rate, the mean number of the event's articles found in the top K, and the misses.

With --query title the query is instead the content words of one report's headline: can a reader
of one report find the event's other two?

Usage: tools/basil_search_eval.py [--parallax build/parallax] [--basil DIR] [--k 5] [--db FILE]
                                  [--query description|title]
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

STOP = set("""a an the of to in on at for by with from and or but as is are was were be been being has have had
do does did not no it its this that these those he she they his her their them we our you your i
over after before into about against between during under than then so if while says said say
will would could should may might can set new""".split())


def events(basil):
    by_event = {}
    for path in sorted(glob.glob(os.path.join(basil, "articles", "*", "*.json"))):
        with open(path, encoding="utf-8") as f:
            a = json.load(f)
        key = a.get("triplet-uuid") or a.get("pair-uuid")
        e = by_event.setdefault(key, {"entities": a.get("main-entities", []), "event": a.get("main-event", ""),
                                      "titles": set()})
        e["titles"].add((a["title"].strip(), a.get("date", "")[:10]))
    return by_event


def title_query(e):
    """What a reader of one report types to find the others: its headline's content words."""
    for title, _ in sorted(e["titles"]):
        words = [w for w in re.findall(r"[\w']+", title) if w.lower() not in STOP and not w.isdigit()]
        if words:
            return " ".join(words)
    return ""


def query(e):
    words = []
    for ent in e["entities"]:
        words += re.findall(r"[\w']+", ent)
    for w in re.findall(r"[\w']+", e["event"]):
        if w.lower() not in STOP and not w.isdigit() and w.lower() not in (x.lower() for x in words):
            words.append(w)
    return " ".join(words)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser()
    p.add_argument("--parallax", default=os.path.join(root, "build", "parallax"))
    p.add_argument("--basil", default=os.path.join(root, "..", "shared", "data", "basil"))
    p.add_argument("--k", type=int, default=5)
    p.add_argument("--db", default="")
    p.add_argument("--engine", choices=["fts5", "memory"], default="fts5",
                   help="parallax search --engine (memory: the in-memory index `serve` uses)")
    p.add_argument("--query", choices=["description", "title"], default="description",
                   help="description: main entities + event description words (annotators' words); "
                        "title: one report's headline, to find the event's other reports")
    args = p.parse_args()
    tmp = tempfile.mkdtemp(prefix="basil-search-")
    db = args.db or os.path.join(tmp, "basil.db")
    if not os.path.exists(db):
        subprocess.run([args.parallax, "ingest", "--quiet", "--annotate", "none", "--db", db,
                        os.path.join(args.basil, "articles")], check=True, stdout=subprocess.DEVNULL)
    evs = events(args.basil)
    hits, found_total, misses = 0, 0, []
    for key, e in evs.items():
        q = title_query(e) if args.query == "title" else query(e)
        out = subprocess.run([args.parallax, "search", "--db", db, "--format", "json", "--limit", str(args.k),
                              "--engine", args.engine, q],
                             check=True, capture_output=True, text=True).stdout
        got = {(h["title"].strip(), h["published"][:10]) for h in json.loads(out)["hits"]}
        found = len(got & e["titles"])
        found_total += found
        if found >= len(e["titles"]):
            hits += 1
        else:
            misses.append((found, len(e["titles"]), q))
    n = len(evs)
    print(f"BASIL dev events ({args.query} queries): {n}; all articles of the event in the top {args.k}: {hits}/{n} = {hits / n:.1%}; "
          f"mean found {found_total / n:.2f} of 3")
    for found, total, q in misses:
        print(f"  miss ({found}/{total}): {q}")


if __name__ == "__main__":
    sys.exit(main())
