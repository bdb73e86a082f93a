#!/usr/bin/env python3
"""Distinct search requests for bench/bench_serve.sh, made from a store's own
headlines, so that a run asks each query once and no answer comes from a
cache (what a public search box sees: many different queries).

Each query is drawn from one headline (chosen at random, seeded): a third are
one name (a capitalised word that does not start the headline), a third two
adjacent content words, a third three content words of the headline. Queries
are lower-cased and deduplicated.

Usage: bench/search_queries.py DB COUNT OUT   (one request path a line)
"""
import random
import re
import sqlite3
import sys
import urllib.parse

STOP = set("""a an and are as at be but by for from has have he her his how i in into is it its
it's of on or our says say said she so than that the their them they this to up us was we were
what when where which who why will with would you your not no new after over about more out
just can could may might than then there these those been being do does did get gets him all one two my me if here now off too amid vs""".split())


def words_of(title):
    title = re.sub(r"\(\d+\)\s*$", "", title)  # the corpus resampler's copy number
    return re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]", title)


def query_for(words, kind, rng):
    content = [w for w in words if w.lower() not in STOP and len(w) > 2]
    if kind == 0:
        names = [w for i, w in enumerate(words) if i > 0 and w[0].isupper() and w.lower() not in STOP]
        return rng.choice(names).lower() if names else None
    if kind == 1:
        pairs = [(a, b) for a, b in zip(words, words[1:])
                 if a.lower() not in STOP and b.lower() not in STOP and len(a) > 2 and len(b) > 2]
        return " ".join(rng.choice(pairs)).lower() if pairs else None
    if len(content) < 3:
        return None
    start = rng.randrange(len(content) - 2)
    return " ".join(content[start:start + 3]).lower()


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    db, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    titles = [r[0] for r in con.execute("SELECT title FROM articles WHERE title <> ''")]
    rng = random.Random(20231122)
    rng.shuffle(titles)
    seen, paths = set(), []
    for i, title in enumerate(titles):
        if len(paths) >= count:
            break
        q = query_for(words_of(title), i % 3, rng)
        if not q or q in seen:
            continue
        seen.add(q)
        paths.append("/api/search?q=" + urllib.parse.quote(q) + "&limit=20")
    with open(out, "w") as f:
        f.write("\n".join(paths) + "\n")
    print(f"{len(paths)} distinct queries from {len(titles)} headlines", file=sys.stderr)


if __name__ == "__main__":
    main()
