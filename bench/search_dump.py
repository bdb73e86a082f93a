#!/usr/bin/env python3
"""Asks a running server each path of a file once and writes the response
bodies, one a line in path order, so that two builds can be checked for
identical answers (`cmp a.txt b.txt`; every byte: ids, order, totals,
scores, snippets, highlights). With a third file it compares instead and
prints how many responses differ (and the first few paths that do).

Usage: bench/search_dump.py BASE_URL PATHS_FILE OUT            # write
       bench/search_dump.py BASE_URL PATHS_FILE OUT --compare  # compare with OUT
"""
import http.client
import sys
import urllib.parse


def fetch_all(base, paths):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port)
    for p in paths:
        conn.request("GET", p)
        resp = conn.getresponse()
        body = resp.read().decode("utf-8", "replace").replace("\n", " ")
        yield f"{resp.status} {body}"


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    base, paths_file, out = sys.argv[1:4]
    paths = [p for p in open(paths_file).read().split("\n") if p]
    bodies = list(fetch_all(base, paths))
    if len(sys.argv) == 4:
        with open(out, "w") as f:
            f.write("\n".join(bodies) + "\n")
        print(f"{len(bodies)} responses written to {out}", file=sys.stderr)
        return
    expected = open(out).read().split("\n")[: len(paths)]
    differ = [p for p, a, b in zip(paths, bodies, expected) if a != b]
    print(f"{len(paths)} requests: {len(paths) - len(differ)} identical responses, {len(differ)} differ")
    for p in differ[:5]:
        print("  differs:", p)
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
