#!/usr/bin/env python3
"""Do two running servers answer the same searches the same way? Asks each
path of a file (at most 200) of both (e.g. `serve --search-engine memory` and
`serve --search-engine fts5 --search-window 0`) and prints how many top pages
are identical in order, as sets, and in `total`, and the mean overlap.

Usage: bench/search_engine_agreement.py BASE_A BASE_B PATHS_FILE
"""
import json, sys, urllib.request
mbase, fbase, qfile = sys.argv[1], sys.argv[2], sys.argv[3]
paths = [p for p in open(qfile).read().split("\n") if p][:200]
same = same_set = n = 0; tot_same = 0; overlap = 0.0
for p in paths:
    m = json.load(urllib.request.urlopen(mbase + p))
    f = json.load(urllib.request.urlopen(fbase + p))
    a = [h["id"] for h in m["hits"]]; b = [h["id"] for h in f["hits"]]
    n += 1; same += a == b; same_set += set(a) == set(b); tot_same += (m["total"] == f["total"])
    overlap += len(set(a) & set(b)) / max(1, len(b))
print(f"{n} queries: identical top-20 order {same}, same set {same_set}, same total {tot_same}, mean overlap {overlap/n:.4f}")
