#!/usr/bin/env python3
"""Derives the external NER gazetteers (models/ner-gazetteers-en.tsv) from Debian data.

Sources (read from the installed Debian packages, nothing downloaded):
  * wordnet-base (/usr/share/wordnet, WordNet 3.0, Princeton licence):
      - instance nouns (synsets with an instance-hypernym pointer "@i"), typed by
        their lexicographer file: noun.person -> per; noun.location and
        noun.object (rivers, mountains, islands) -> loc; noun.group -> org;
        noun.act, noun.event, noun.communication, noun.time -> misc;
        noun.artifact (bridges, universities, exchanges, ships) -> fac;
      - capitalised non-instance nouns of noun.group (organisations such as
        "Democratic Party") -> org, and of noun.person ("Republican",
        "Frenchman") -> misc (CoNLL tags nationality/party words MISC);
      - capitalised adjectives ("American", "Byzantine") -> misc.
  * tzdata (/usr/share/zoneinfo/zone1970.tab): the city part of zone names -> loc.

Output: a header line "parallax-ner-gazetteers<TAB>1", then "list<TAB>phrase" lines,
sorted and deduplicated; phrases keep their case (the trainer lowercases and tokenises
them like text). Single words and names only, no running text.

Usage: python3 tools/derive_ner_gazetteers.py > models/ner-gazetteers-en.tsv
"""
import os
import re
import sys

WN = "/usr/share/wordnet"
TZ = "/usr/share/zoneinfo/zone1970.tab"

INSTANCE_LISTS = {18: "per", 15: "loc", 17: "loc", 14: "org",
                  4: "misc", 11: "misc", 10: "misc", 28: "misc", 6: "fac"}


def clean(lemma):
    lemma = re.sub(r"\([a-z]+\)$", "", lemma)  # adjective position markers
    return lemma.replace("_", " ").strip()


def is_name(phrase):
    # A name: starts with an upper-case letter and has at least one letter.
    return bool(phrase) and phrase[0].isupper() and any(c.isalpha() for c in phrase)


def synsets(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            lexfile = int(fields[1])
            n_words = int(fields[3], 16)
            words = [clean(fields[4 + 2 * i]) for i in range(n_words)]
            rest = fields[4 + 2 * n_words:]
            n_ptrs = int(rest[0])
            ptrs = [rest[1 + 4 * i] for i in range(n_ptrs)]
            yield lexfile, words, ptrs


def main():
    out = set()
    for lexfile, words, ptrs in synsets(os.path.join(WN, "data.noun")):
        instance = "@i" in ptrs
        if instance and lexfile in INSTANCE_LISTS:
            lst = INSTANCE_LISTS[lexfile]
        elif not instance and lexfile == 14:
            lst = "org"
        elif not instance and lexfile == 18:
            lst = "misc"
        else:
            continue
        for w in words:
            if is_name(w):
                out.add((lst, w))
    for lexfile, words, ptrs in synsets(os.path.join(WN, "data.adj")):
        for w in words:
            if is_name(w):
                out.add(("misc", w))
    with open(TZ, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 3:
                city = cols[2].split("/")[-1].replace("_", " ")
                if is_name(city):
                    out.add(("loc", city))
    sys.stdout.write("parallax-ner-gazetteers\t1\n")
    for lst, phrase in sorted(out):
        sys.stdout.write(f"{lst}\t{phrase}\n")


if __name__ == "__main__":
    main()
