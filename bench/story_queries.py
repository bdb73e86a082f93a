#!/usr/bin/env python3
"""Distinct story-view requests for bench/bench_serve.sh: COUNT different
stories of a store (drawn at random, seeded), one request path a line, so a
run asks each story once and every view is rendered (nothing comes from the
view cache): what GET /api/stories/{id} costs when a crawler or many readers
open different stories.

Usage: bench/story_queries.py DB COUNT OUT
"""
import random
import sqlite3
import sys


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    db, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    ids = [r[0] for r in con.execute("SELECT id FROM stories ORDER BY id")]
    rng = random.Random(20231123)
    rng.shuffle(ids)
    paths = ["/api/stories/" + i for i in ids[:count]]
    with open(out, "w") as f:
        f.write("\n".join(paths) + "\n")
    print(f"{len(paths)} distinct stories of {len(ids)}", file=sys.stderr)


if __name__ == "__main__":
    main()
