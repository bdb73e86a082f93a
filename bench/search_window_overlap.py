#!/usr/bin/env python3
"""What ranking window by window (SearchQuery::rank_window) changes: asks two
running servers, one with the window (`--search-window W`) and one exact
(`--search-window 0`), the same queries and prints how many queries were
windowed and, for those, the share of the exact top 20 also in the windowed
top 20 (the rest are older matches the window put after newer ones), by
article id and by headline (the bench corpus resamples articles: the same
report under several ids, older copies of which a window passes over).

Usage: bench/search_window_overlap.py WINDOWED_BASE EXACT_BASE PATHS_FILE [COUNT]
"""
import json
import re
import sys
import urllib.request


def hits(base, path):
    with urllib.request.urlopen(base + path) as r:
        j = json.load(r)
    titles = [re.sub(r"\s*\(\d+\)$", "", h["title"]) for h in j["hits"]]
    return j.get("rank_window", 0), [h["id"] for h in j["hits"]], titles


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    windowed, exact, paths_file = sys.argv[1:4]
    paths = [p for p in open(paths_file).read().split("\n") if p]
    if len(sys.argv) > 4:
        paths = paths[: int(sys.argv[4])]
    n_windowed, kept, kept_titles, total = 0, 0, 0, 0
    for p in paths:
        w, a, ta = hits(windowed, p)
        _, b, tb = hits(exact, p)
        if not w:
            if a != b:
                print(f"  differs without a window: {p}", file=sys.stderr)
            continue
        n_windowed += 1
        kept += len(set(a) & set(b))
        kept_titles += sum(1 for t in tb if t in set(ta))
        total += len(b)
    share = lambda k: f"{100.0 * k / total:.1f} %" if total else "n/a"
    print(f"  {len(paths)} queries, {n_windowed} ranked window by window; of their exact top-20 hits, "
          f"{share(kept)} are in the windowed top 20 ({share(kept_titles)} by headline)")


if __name__ == "__main__":
    main()
