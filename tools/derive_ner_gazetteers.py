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
  * usb.ids and pci.ids (/usr/share/misc, the USB and PCI ID repositories; GPL-2+ or
    BSD-3-Clause): product names -> prod. From the device names (one line per device
    model, e.g. "iPod Classic", "PowerShot A520", "ThinkPad Keyboard") only the words
    shaped like a coined product name are kept: a lower-case letter followed by an
    upper-case one and then a lower-case one ("iPod", "PowerShot", "nForce", "PlayStation";
    not acronyms such as "GbE" or "VoIP"), and only when allsides-news does not write the
    word in lower case more often than capitalised (the K counts of the clusters file:
    drops compounds such as "WebCam" or "SmartPhone"), the word is no WordNet common noun
    ("GearBox", "SiGma"), no WordNet noun outside noun.artifact ("kHz"), no name of the
    lists above ("VeNice"), not shaped like a Mc/Mac surname ("McKinley") and no word of a
    vendor (company) name of either file ("nVidia", "MediaTek"). The trainer adds the prod
    list to the train-harvested MISC list with every fold (CoNLL-2003 tags products MISC;
    docs/ner.md, "Session 15").

Output: a header line "parallax-ner-gazetteers<TAB>1", then "list<TAB>phrase" lines,
sorted and deduplicated; phrases keep their case (the trainer lowercases and tokenises
them like text). Single words and names only, no running text.

Usage: python3 tools/derive_ner_gazetteers.py [CLUSTERS_TSV] > models/ner-gazetteers-en.tsv
(CLUSTERS_TSV defaults to models/ner-clusters-en.tsv, read for its K lines only.)
"""
import os
import re
import sys

WN = "/usr/share/wordnet"
TZ = "/usr/share/zoneinfo/zone1970.tab"
IDS = ["/usr/share/misc/usb.ids", "/usr/share/misc/pci.ids"]
PRODUCT_SHAPE = re.compile(r"[a-z][A-Z][a-z]")
SURNAME_SHAPE = re.compile(r"Ma?c[A-Z]")

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


def lowercase_words(clusters_path):
    # Lowercased words that allsides-news writes in lower case more often than
    # capitalised (K lines: word, capitalised count, lower-case count).
    low = set()
    with open(clusters_path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("K\t"):
                _, word, cap, lower = line.rstrip("\n").split("\t")
                if int(lower) > int(cap):
                    low.add(word)
    return low


def common_nouns():
    # Nouns WordNet writes all in lower case ("gearbox", "sigma"), and every noun
    # outside noun.artifact ("kHz" is a quantity); "iPod", an artifact, stays. The
    # index files lowercase every lemma, so the synset lines are read instead.
    nouns = set()
    for lexfile, words, _ in synsets(os.path.join(WN, "data.noun")):
        nouns.update(w.lower() for w in words if w == w.lower() or lexfile != 6)
    return nouns


def product_names(ids_path, excluded):
    # Device lines of an ID file: one tab, four hex digits, two spaces, the name.
    # The files end with class and other tables, whose lines never have that shape
    # under a vendor line, so they are skipped by the same test. Returns the product
    # words and the lowercased words of the vendor lines (no tab; companies).
    names = set()
    vendors = set()
    with open(ids_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            v = re.match(r"^[0-9a-fA-F]{4}  (.*)$", line.rstrip("\n"))
            if v:
                vendors.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", v.group(1)))
                continue
            m = re.match(r"^\t[0-9a-fA-F]{4}  (.*)$", line.rstrip("\n"))
            if not m:
                continue
            name = re.sub(r"\[[^]]*\]|\([^)]*\)", " ", m.group(1))
            for word in re.findall(r"[A-Za-z][A-Za-z0-9]*", name):
                if PRODUCT_SHAPE.search(word) and not SURNAME_SHAPE.match(word) and word.lower() not in excluded:
                    names.add(word)
    return names, vendors


def main():
    clusters = sys.argv[1] if len(sys.argv) > 1 else "models/ner-clusters-en.tsv"
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
    # Product words: not written lower case in news, no common noun, no other list's name.
    excluded = lowercase_words(clusters) | common_nouns() | {p.lower() for _, p in out}
    products, vendors = set(), set()
    for path in IDS:
        names, vendor_words = product_names(path, excluded)
        products |= names
        vendors |= vendor_words
    for word in products:
        if word.lower() not in vendors:  # a company ("nVidia" is NVIDIA Corporation)
            out.add(("prod", word))
    sys.stdout.write("parallax-ner-gazetteers\t1\n")
    for lst, phrase in sorted(out):
        sys.stdout.write(f"{lst}\t{phrase}\n")


if __name__ == "__main__":
    main()
