#!/usr/bin/env python3
"""Derives models/first-names-en.tsv: given names and the gender news writing gives them.

Evidence comes from honorifics in a corpus of news articles (default: the
allsides-news corpus, see /work/shared/data/allsides-news/PROVENANCE.md): in an
article that names "Given Surname" and refers to "Mr. Surname" (male) or
"Mrs./Ms./Miss Surname" (female), the given name counts once for that gender;
and when the sentence naming "Given Surname" (and no other full name) is
followed by one opening with "He" or "She", the given name counts once for
that gender.
An article whose surname takes both kinds of honorific gives no evidence.
Names kept: seen in at least MIN_DOCS articles, at least PURITY of them one way,
and not common words (written in lower case more often than the name has
evidence: "Although", "Affordable"), and not words that mostly stand capitalised
with no capitalised word after them (places, peoples, outlets, surnames: "Texas",
"Russian", "Reuters", "Moore"): a given name is nearly always followed by the rest
of the name.
The output holds single names and counts only, no running text.

  derive_name_gender.py [CORPUS.jsonl.gz] > models/first-names-en.tsv
"""
import gzip
import json
import re
import sys
from collections import defaultdict

MIN_DOCS = 3
MIN_DOCS_COMMON = 5
PURITY = 0.8
FULL = re.compile(r"\b([A-Z][a-z]{1,14})\s+(?:[A-Z]\.\s+)?([A-Z][a-zA-Z'\-]{1,20})\b")
NEXT_PRONOUN = re.compile(r"\b([A-Z][a-z]{1,14})\s+(?:[A-Z]\.\s+)?[A-Z][a-zA-Z'\-]{1,20}\b([^.!?\"\u201c\u201d]{0,160})[.!?]\s+(He|She)\b")
LOWER_WORD = re.compile(r"\b[a-z]{2,15}\b")
CAP_WORD = re.compile(r"\b([A-Z][a-z]{1,14})\b([\s-]+[A-Z]|)")
MAX_ALONE = 0.6  # most of a word's capitalised uses with no capitalised word after it
HONOR = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+([A-Z][a-zA-Z'\-]{1,20})\b")
NOT_GIVEN = {"The", "A", "An", "In", "On", "At", "Of", "For", "But", "And", "If", "When", "Mr", "Mrs", "Ms", "Miss",
             "Dr", "Sen", "Rep", "Gov", "President", "Senator", "New", "North", "South", "East", "West", "United",
             "Prime", "Minister", "Secretary", "General", "Chief", "Judge", "Justice", "Saint", "San", "Los", "Las",
             # Session 25: words also written in lower case that the looser test below lets through
             "Advertisement", "Affordable", "Breitbart", "Capitol", "Circuit", "Customs", "El", "Hide", "Homeland",
             "Le", "Palm", "Pope", "Rust", "Treasury", "White"}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/allsides-news/allsides-news.jsonl.gz"
    counts = defaultdict(lambda: [0, 0])  # given name -> [male docs, female docs]
    shared = defaultdict(lambda: [0, 0])  # the part of counts from articles with the surname's two given names
    lower = defaultdict(int)
    capitalised = defaultdict(lambda: [0, 0])  # word -> [uses, uses with no capitalised word after]
    docs = 0
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text", "")
            docs += 1
            for w in LOWER_WORD.findall(text):
                lower[w] += 1
            for w, after in CAP_WORD.findall(text):
                uses = capitalised[w]
                uses[0] += 1
                uses[1] += not after
            for given, middle, pronoun in NEXT_PRONOUN.findall(text):
                if given not in NOT_GIVEN and not FULL.search(middle):
                    counts[given][0 if pronoun == "He" else 1] += 1
            honor = defaultdict(set)
            for h, surname in HONOR.findall(text):
                honor[surname].add("m" if h == "Mr" else "f")
            if not honor:
                continue
            seen = set()
            full = FULL.findall(text)
            # Session 25: a surname the article gives to two given names ("Bill Clinton" and "Hillary
            # Clinton", "Ivanka Trump" and "Donald Trump") says little about which of them the
            # honorific names: when a name's evidence is not PURITY one way, it is read again without
            # such articles (if MIN_DOCS remain): "Lisa", "Michael".
            givens = defaultdict(set)
            for given, surname in full:
                if given not in NOT_GIVEN:
                    givens[surname].add(given)
            for given, surname in full:
                g = honor.get(surname)
                if given in NOT_GIVEN or not g or len(g) != 1 or (given, surname) in seen:
                    continue
                seen.add((given, surname))
                counts[given][0 if "m" in g else 1] += 1
                if len(givens[surname]) > 1:
                    shared[given][0 if "m" in g else 1] += 1
    print("parallax-first-names\t1")
    print(f"# derived by tools/derive_name_gender.py from {docs} articles; name TAB m|f TAB male_docs TAB female_docs")
    for name in sorted(counts):
        m, fe = counts[name]
        pure = max(m, fe) >= PURITY * (m + fe)
        if not pure and m + fe - sum(shared[name]) >= MIN_DOCS:
            m, fe = m - shared[name][0], fe - shared[name][1]
        n = m + fe
        uses, alone = capitalised[name]
        # Session 25: a name also written in lower case ("Michael" in addresses, "Susan", "Frank", "Mark")
        # is kept when its capitalised uses are at least twice its lower-case ones and it has evidence
        # from MIN_DOCS_COMMON articles; words of that kind that are no given names are in NOT_GIVEN.
        low = lower[name.lower()]
        if n < MIN_DOCS or (low > n and (low > uses / 2 or n < MIN_DOCS_COMMON)) or alone > MAX_ALONE * uses:
            continue
        if m >= PURITY * n:
            print(f"{name.lower()}\tm\t{m}\t{fe}")
        elif fe >= PURITY * n:
            print(f"{name.lower()}\tf\t{m}\t{fe}")


if __name__ == "__main__":
    main()
