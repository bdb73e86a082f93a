#!/usr/bin/env python3
"""Writes two generated articles (JSONL for bench_story) of N near-identical sentences in one
paragraph: the worst case for stages whose work grows with a paragraph or an article (invented
text). Usage: bench/long_paragraph.py N KIND > out.jsonl, KIND one of
plain, quoted, named, said, openq, openqn, report, mixed."""
import json
import sys

NAMES = ["Dana Holt", "Mark Reyes", "Lena Ford", "Omar Patel", "Kim Barros", "Ruth Adler"]
PLACES = ["ferry", "bridge", "school", "market", "harbor", "station"]

KINDS = {
    "plain": lambda i: f"The council met on Tuesday to discuss item {i} of the {PLACES[i % 6]} budget.",
    "quoted": lambda i: f"\"We will look at item {i} of the budget,\" said Mayor {NAMES[i % 6]}.",
    "named": lambda i: f"Mayor {NAMES[i % 6]} told the council on Tuesday that item {i} of the "
                       f"{PLACES[i % 6]} budget would pass.",
    "said": lambda i: f"The {PLACES[i % 6]} budget will cover item {i}, {NAMES[i % 6]} said.",
    # A quotation mark opens every sentence and none closes.
    "openq": lambda i: f"\"The council met on Tuesday to discuss item {i} of the budget.",
    "openqn": lambda i: f"\"Mayor {NAMES[i % 6]} met Gov. {NAMES[(i + 1) % 6]} on Tuesday to discuss "
                        f"item {i} of the budget.",
    # Every quote is credited to a document the article names again and again.
    "report": lambda i: f"\"Item {i} of the {PLACES[i % 6]} budget is late,\" the audit report said.",
}
KINDS["mixed"] = lambda i: KINDS[["plain", "quoted", "named", "said"][i % 4]](i)


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in KINDS:
        sys.exit(__doc__)
    n, kind = int(sys.argv[1]), KINDS[sys.argv[2]]
    for a in range(2):
        text = " ".join(kind(i) for i in range(n))
        print(json.dumps({"id": f"w{a}", "date": f"2024-03-0{a + 1}", "title": f"Budget session {a}", "text": text}))


if __name__ == "__main__":
    main()
