#!/usr/bin/env python3
"""Writes a worst-case story for synthesis as JSONL (parallax ingest's format).

Every article is one paragraph of near-identical invented sentences ("The city
council met on Tuesday to discuss item 17 of the budget, said Mayor Ann Lee."),
so every sentence shares most of its words with every sentence of the other
articles: the input that makes a pass quadratic in the story's sentences if
anything in synthesis is.

With --bags, each sentence is instead ten words drawn (seeded) from a
vocabulary of twelve ("The fire court road water ... said Mayor Ann Lee on
Monday."): every two sentences share several stems, the densest similarity
graph there is.

Usage: make_repetitive_story.py --sentences 20000 [--articles 2] [--bags] > story.jsonl
"""
import argparse
import json
import random
import sys

PLACES = ["council", "board", "committee", "assembly", "panel"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
WORDS = ["budget", "water", "court", "fire", "mayor", "city", "school", "park", "road", "vote",
         "police", "tax"]


def sentence(article, n):
    place = PLACES[(n + article) % len(PLACES)]
    day = DAYS[(n * 7 + article) % len(DAYS)]
    return (f"The city {place} met on {day} to discuss item {n} of the budget, "
            f"said Mayor Ann Lee.")


def bag_sentence(rng):
    words = " ".join(rng.choice(WORDS) for _ in range(10))
    return f"The {words} said Mayor Ann Lee on Monday."


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sentences", type=int, default=20000)
    ap.add_argument("--articles", type=int, default=2)
    ap.add_argument("--bags", action="store_true")
    args = ap.parse_args()
    rng = random.Random(12)
    for a in range(args.articles):
        if args.bags:
            text = " ".join(bag_sentence(rng) for _ in range(args.sentences))
        else:
            text = " ".join(sentence(a, n) for n in range(args.sentences))
        rec = {"id": f"rep{a}", "title": "City budget items discussed", "date": "2024-03-05",
               "outlet": f"Outlet {a}", "url": f"https://example{a}.com/budget", "story": 0,
               "text": text}
        sys.stdout.write(json.dumps(rec) + "\n")


if __name__ == "__main__":
    main()
