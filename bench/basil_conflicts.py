#!/usr/bin/env python3
"""Lists the conflicts `parallax story` finds in BASIL triplets, for hand-judging precision.

BASIL (../shared/data/basil) holds 100 events, each reported by three outlets (NYT, Fox News,
HuffPost). For every triplet of the chosen years, the three articles are ingested into a fresh
database and shown as one story (`parallax story all`), and each conflict is printed as a
reference line: triplet, kind, subject, and per side the value, the outlets and the cited
sentence (article id prefix and sentence index). Text is printed only with --text (for the judge's
eyes; never commit it).

Usage: bench/basil_conflicts.py [--years 2010-2015] [--text] [--limit N]
"""
import argparse
import glob
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "build", "parallax")
BASIL = os.path.join(ROOT, "..", "shared", "data", "basil", "articles")


def triplets(years):
    groups = {}
    for y in years:
        for path in sorted(glob.glob(os.path.join(BASIL, str(y), "*.json"))):
            uuid = os.path.basename(path).rsplit("_", 1)[0]
            groups.setdefault((y, uuid), []).append(path)
    return sorted(groups.items())


def story(paths):
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "t.db")
        subprocess.run([BIN, "ingest", "-q", "--db", db] + paths, check=False, capture_output=True)
        out = subprocess.run([BIN, "story", "all", "--format", "json", "--db", db], capture_output=True, text=True)
        return json.loads(out.stdout) if out.returncode == 0 and out.stdout else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--years", default="2010-2015")
    ap.add_argument("--text", action="store_true")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.years.split("-"))
    n_triplets = n_conflicts = 0
    kinds = {}
    for (year, uuid), paths in triplets(range(lo, hi + 1)):
        if args.limit and n_triplets >= args.limit:
            break
        view = story(paths)
        if view is None:
            continue
        n_triplets += 1
        for c in view["conflicts"]:
            n_conflicts += 1
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
            print(f"{year} {uuid[:8]} {c['kind']}: {c['subject']}")
            for cl in c["claims"]:
                refs = " ".join(f"{s['article'][:8]}#{s['sentence']}" for s in cl["sources"])
                print(f"    {cl['value']!r} [{', '.join(cl['outlets'])}] {refs}")
                if args.text:
                    for s in cl["sources"][:2]:
                        print(f"        | {s['text'][:300]}")
    print(f"# {n_triplets} triplets, {n_conflicts} conflicts: {kinds}")


if __name__ == "__main__":
    main()
