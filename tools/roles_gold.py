#!/usr/bin/env python3
"""Selects the AllSides articles of the role gold set (data/gold/roles-allsides.jsonl) and shows
their text for labelling; docs/ner.md "Session 15: roles measured" holds the guideline.

  roles_gold.py select     list the articles of the splits roles-dev and roles-blind (fixed seed)
  roles_gold.py select-blind2
                           list the articles of the split roles-blind2 (session 16): skips every
                           article and every outlet the role and quotation gold files hold
  roles_gold.py select-blind3
                           list the articles of the split roles-blind3 (session 17): skips every
                           article and outlet of every gold file (roles, quotations, indirect
                           speech, story-view conflicts) and of allsides-blind17's selection
  roles_gold.py select-blind4
                           list the articles of the split roles-blind4 (session 18): the rules of
                           select-blind3 with its own seed, also skipping roles-blind3 and the
                           articles allsides-blind18's selection may take
  roles_gold.py select-blind5
                           list the articles of the split roles-blind5 (session 19): the rules of
                           select-blind4 with its own seed, also skipping roles-blind4 and the
                           articles allsides-blind19's selection may take
  roles_gold.py select-blind6
                           list the articles of the split roles-blind6 (session 21): the rules of
                           select-blind5 with its own seed, also skipping roles-blind5 and the
                           articles allsides-blind20's selection may take
  roles_gold.py select-blind7
                           list the articles of the split roles-blind7 (session 23): the rules of
                           select-blind6 with its own seed, also skipping roles-blind6 and
                           indirect-blind5 (no quotation split is drawn in session 23)
  roles_gold.py select-blind8
                           list the articles of the split roles-blind8 (session 24): the rules of
                           select-blind7 with its own seed, also skipping roles-blind7,
                           indirect-blind6, the articles allsides-blind21's selection may take and
                           every speaker audit's articles and outlets (audits 1 to 3)
  roles_gold.py select-blind9
                           list the articles of the split roles-blind9 (session 25): the rules of
                           select-blind8 with its own seed, also skipping roles-blind8,
                           indirect-blind7 and the articles allsides-blind22's selection may take
  roles_gold.py show ID    print article ID's paragraphs (the text parallax-eval-roles annotates)
  roles_gold.py check      check data/gold/roles-allsides.jsonl against the selection

The selection: a fixed-seed shuffle of the corpus past its first 3,000 lines (the ones
bench_annotate reads), skipping every article a quotation gold file holds, one article per
outlet, 1,500 to 4,500 characters of text (so that a person can read every one of them),
at most 5 articles per year, until 25 articles. Every third article selected goes to roles-blind
(scored only untouched and at the end), the others to roles-dev. The gold file holds labels
only; article text stays in ../shared/data and is read by id.
"""
import gzip
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get("PARALLAX_SHARED", os.path.join(HERE, "..", "..", "shared"))
ALLSIDES = "allsides-news/allsides-news.jsonl.gz"
GOLD = os.path.join(HERE, "..", "data", "gold", "roles-allsides.jsonl")
SEED = 20261124
TARGET = 25


def articles():
    with gzip.open(os.path.join(SHARED, "data", ALLSIDES), "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= 3000:
                yield json.loads(line)


def quote_labelled(later=()):
    """Ids of the AllSides articles the quotation labels hold, but for the splits in later."""
    ids = set()
    path = os.path.join(HERE, "..", "data", "gold", "quotes-allsides-labels.tsv")
    for line in open(path, encoding="utf-8"):
        parts = line.split("\t")
        if len(parts) > 1 and parts[1].startswith("as:") and parts[0] not in later:
            ids.add(parts[1][3:])
    return ids


def gold_labelled(split_prefix=""):
    """Ids of the AllSides articles the quotation and role gold files (data/gold/*.jsonl) hold;
    with split_prefix, only those of the role gold splits whose name starts with it."""
    ids = set()
    files = ["roles-allsides.jsonl"] + ([] if split_prefix else ["quotes-allsides.jsonl"])
    for name in files:
        path = os.path.join(HERE, "..", "data", "gold", name)
        if not os.path.exists(path):
            continue
        for line in open(path, encoding="utf-8"):
            g = json.loads(line)
            if g["doc"].startswith(ALLSIDES + "#") and g["split"].startswith(split_prefix):
                ids.add(g["doc"][len(ALLSIDES) + 1:])
    return ids


def year_of(date):
    for tok in date.replace(",", " ").replace("-", " ").split():
        if len(tok) == 4 and tok.isdigit() and tok.startswith(("19", "20")):
            return tok
    return "?"


def selection():
    arts = [(a["id"], a["outlet"], a["text"], a.get("date", "")) for a in articles()]
    used = quote_labelled()
    random.Random(SEED).shuffle(arts)
    outlets, years, out = set(), {}, []
    for doc_id, outlet, text, date in arts:
        if len(out) >= TARGET:
            break
        y = year_of(date)
        if doc_id in used or outlet in outlets or not 1500 <= len(text) <= 4500 or years.get(y, 0) >= 5:
            continue
        outlets.add(outlet)
        years[y] = years.get(y, 0) + 1
        split = "roles-blind" if len(out) % 3 == 2 else "roles-dev"
        out.append((split, doc_id, outlet, date))
    return out


BLIND2_SEED = SEED + 16
BLIND2_TARGET = 11


def selection_blind2():
    """roles-blind2 (session 16): the same shuffle rules with their own seed, skipping every
    article and every outlet of the quotation gold files and of the splits roles-dev and
    roles-blind, so that no one has read its outlets for roles or quotations; at most 2
    articles per year."""
    used = quote_labelled() | (gold_labelled() - gold_labelled("roles-blind2"))
    return pick_blind("roles-blind2", BLIND2_SEED, BLIND2_TARGET, used)


def pick_blind(split, seed, target, used, undated=2, outlets_of=None):
    """The blind role splits' draw: a shuffle of the corpus with its own seed, up to target
    articles of 1,500 to 4,500 characters, none in used, one per outlet no used article has (no
    article of outlets_of, when given), at most 2 per year and `undated` articles with no year."""
    arts = [(a["id"], a["outlet"], a["text"], a.get("date", "")) for a in articles()]
    outlets = {o for d, o, _, _ in arts if d in (used if outlets_of is None else outlets_of)}
    random.Random(seed).shuffle(arts)
    years, out = {}, []
    for doc_id, outlet, text, date in arts:
        if len(out) >= target:
            break
        y = year_of(date)
        if (doc_id in used or outlet in outlets or not 1500 <= len(text) <= 4500 or
                years.get(y, 0) >= (undated if y == "?" else 2)):
            continue
        outlets.add(outlet)
        years[y] = years.get(y, 0) + 1
        out.append((split, doc_id, outlet, date))
    return out


BLIND3_SEED = SEED + 17
BLIND3_TARGET = 11


def all_gold_ids(later=("roles-blind3",)):
    """Ids of the AllSides articles any gold file holds: the quotation labels, every *.jsonl
    under data/gold (roles, quotations, indirect speech) and the articles the story-view conflict
    items cite; but for the splits in later (the one being drawn and those drawn after it, so
    that a selection prints the same lines once they are labelled)."""
    ids = quote_labelled(later)
    gold_dir = os.path.join(HERE, "..", "data", "gold")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".jsonl"):
            continue
        for line in open(os.path.join(gold_dir, name), encoding="utf-8"):
            g = json.loads(line)
            if g.get("split") in later:
                continue
            docs = [g["doc"]] if "doc" in g else [c["doc"] for s in g.get("sides", []) for c in s["cites"]]
            ids.update(d.split("#", 1)[1] for d in docs if "allsides-news" in d and "#" in d)
    return ids


def blind17_ids():
    """The articles of allsides-blind17 (the quotation engineers' blind split of session 17,
    perhaps not labelled yet), selected as tools/quotes_gold.py selects allsides-blind16 with the
    next seed; skipped so that no article is read by both. The quotation labels of the splits
    drawn from session 24 on are taken out of the labels that draw skips (allsides-blind21's
    labels moved it: select-blind8 would have lost an article it was labelled with)."""
    sys.path.insert(0, HERE)
    import quotes_gold
    before = quotes_gold.allsides_labelled
    later = SESSION24_SPLITS + SESSION25_SPLITS

    def without_later(other_gold=False):
        return before(other_gold) - split_ids(later)

    quotes_gold.allsides_labelled = without_later
    try:
        target, fresh = quotes_gold.ALLSIDES_SPLITS.get(17, quotes_gold.ALLSIDES_SPLITS[16])
        return quotes_gold.selected_ids("allsides-blind17", 20261122 + 17, fresh_outlets=True,
                                        target=target, fresh_months=fresh)
    finally:
        quotes_gold.allsides_labelled = before


def selection_blind3():
    """roles-blind3 (session 17): the rules of roles-blind2 with their own seed, skipping every
    article and every outlet that any gold file holds (all_gold_ids) or allsides-blind17 may
    hold; at most 2 articles per year."""
    return pick_blind("roles-blind3", BLIND3_SEED, BLIND3_TARGET, all_gold_ids() | blind17_ids())


BLIND4_SEED = SEED + 18
# The gold splits of session 18, drawn beside roles-blind4 (allsides-blind18's possible articles
# are skipped by blind18_ids).
SESSION18_SPLITS = ("roles-blind4", "indirect-blind3", "allsides-blind18")
BLIND4_TARGET = 12


def blind18_ids():
    """The articles allsides-blind18 (the quotation engineers' blind split of session 18) may
    hold: see blind_quote_ids."""
    return blind_quote_ids(18, SESSION18_SPLITS + SESSION19_SPLITS + SESSION21_SPLITS +
                           SESSION23_SPLITS + SESSION24_SPLITS + SESSION25_SPLITS)


def blind_quote_ids(n, later):
    """The articles allsides-blind<n> (the quotation engineers' blind split of session n) may
    hold: its seed's selection, run with the gold files as they were at that session's start
    (its selection skips every labelled article and outlet and their months, so the articles of
    the splits in later, labelled in that session or after it, are taken out), to three times
    its target so that a selection drawn before or after the split is covered."""
    sys.path.insert(0, HERE)
    import quotes_gold
    before = quotes_gold.allsides_labelled

    def as_at_session_start(other_gold=False):
        return before(other_gold) - split_ids(later)

    quotes_gold.allsides_labelled = as_at_session_start
    try:
        target, fresh = quotes_gold.ALLSIDES_SPLITS.get(n, quotes_gold.ALLSIDES_SPLITS[18])
        return quotes_gold.selected_ids("allsides-blind%d" % n, 20261122 + n, fresh_outlets=True,
                                        target=3 * target, fresh_months=fresh, other_gold=True)
    finally:
        quotes_gold.allsides_labelled = before


def split_ids(splits):
    """Ids of the AllSides articles of the given splits in the quotation, indirect-speech and
    role labels."""
    ids = set()
    gold_dir = os.path.join(HERE, "..", "data", "gold")
    for name in ("quotes-allsides-labels.tsv", "indirect-allsides-labels.tsv"):
        for line in open(os.path.join(gold_dir, name), encoding="utf-8"):
            parts = line.split("\t")
            if len(parts) > 1 and parts[0] in splits and parts[1].startswith("as:"):
                ids.add(parts[1][3:])
    for line in open(GOLD, encoding="utf-8"):
        g = json.loads(line)
        if g["split"] in splits and "#" in g["doc"]:
            ids.add(g["doc"].split("#", 1)[1])
    return ids


def selection_blind4():
    """roles-blind4 (session 18): the rules of roles-blind3 with their own seed, skipping every
    article and every outlet that any gold file holds (roles-blind3 included) or allsides-blind17
    and allsides-blind18 may hold; at most 2 articles per year."""
    used = (all_gold_ids(SESSION18_SPLITS + SESSION19_SPLITS + SESSION21_SPLITS + SESSION23_SPLITS +
                         SESSION24_SPLITS + SESSION25_SPLITS) |
            blind17_ids() |
            blind18_ids())
    return pick_blind("roles-blind4", BLIND4_SEED, BLIND4_TARGET, used)


BLIND5_SEED = SEED + 19
# The gold splits of session 19, drawn beside roles-blind5 (allsides-blind19's possible articles
# are skipped by blind_quote_ids).
SESSION19_SPLITS = ("roles-blind5", "allsides-blind19", "indirect-blind4")
BLIND5_TARGET = 12


def selection_blind5():
    """roles-blind5 (session 19): the rules of roles-blind4 with their own seed, skipping every
    article and every outlet that any gold file holds (roles-blind4 included) or allsides-blind17,
    allsides-blind18 and allsides-blind19 may hold; at most 2 articles per year."""
    later = SESSION19_SPLITS + SESSION21_SPLITS + SESSION23_SPLITS + SESSION24_SPLITS + SESSION25_SPLITS
    used = (all_gold_ids(later) | blind17_ids() | blind18_ids() | blind_quote_ids(19, later))
    return pick_blind("roles-blind5", BLIND5_SEED, BLIND5_TARGET, used)


BLIND6_SEED = SEED + 20
# The gold splits of session 21, drawn beside roles-blind6 (allsides-blind20's possible articles
# are skipped by blind_quote_ids; indirect-blind5 was not on main when roles-blind6 was drawn).
SESSION21_SPLITS = ("roles-blind6", "allsides-blind20", "indirect-blind5")
BLIND6_TARGET = 12


def selection_blind6():
    """roles-blind6 (session 21): the rules of roles-blind5 with their own seed, skipping every
    article and every outlet that any gold file holds (roles-blind5 included) or allsides-blind17
    to allsides-blind20 may hold; at most 2 articles per year."""
    later = SESSION21_SPLITS + SESSION23_SPLITS + SESSION24_SPLITS + SESSION25_SPLITS
    used = (all_gold_ids(later) | blind17_ids() | blind18_ids() |
            blind_quote_ids(19, SESSION19_SPLITS + later) | blind_quote_ids(20, later))
    return pick_blind("roles-blind6", BLIND6_SEED, BLIND6_TARGET, used)


BLIND7_SEED = SEED + 21
# The gold splits of session 23, drawn beside roles-blind7 (no quotation split is drawn in session
# 23; indirect-blind6 is drawn at the same time by another helper, so later selections take it out).
SESSION23_SPLITS = ("roles-blind7", "indirect-blind6")
BLIND7_TARGET = 12


def selection_blind7():
    """roles-blind7 (session 23): the rules of roles-blind6 with their own seed, skipping every
    article and every outlet that any gold file holds (roles-blind6 and indirect-blind5 included)
    or allsides-blind17 to allsides-blind20 may hold; at most 2 articles per year."""
    later = SESSION23_SPLITS + SESSION24_SPLITS + SESSION25_SPLITS
    used = (all_gold_ids(later) | blind17_ids() | blind18_ids() |
            blind_quote_ids(19, SESSION19_SPLITS + SESSION21_SPLITS + later) |
            blind_quote_ids(20, SESSION21_SPLITS + later))
    return pick_blind("roles-blind7", BLIND7_SEED, BLIND7_TARGET, used)


BLIND8_SEED = SEED + 22
# The gold splits of session 24, drawn beside roles-blind8 by other helpers at the same time: the
# selection takes them out of the gold it skips (allsides-blind21's possible articles are skipped by
# blind_quote_ids), so that it prints the same lines whichever lands first.
SESSION24_SPLITS = ("roles-blind8", "allsides-blind21", "indirect-blind7")
BLIND8_TARGET = 12


# The label files of speaker audits 1 to 3 (sessions 21, 23, 24). Audit 4 (session 25) is drawn
# beside roles-blind9 and is skipped by no role selection drawn so far, so that select-blind8 and
# select-blind9 print the same lines once it lands.
AUDITS_1_TO_3 = ("speaker-audit21.tsv", "speaker-audit23.tsv", "speaker-audit24.tsv")


def speaker_audit_ids(names):
    """The articles of the speaker audits whose label files (data/gold/) are named (audit 3 draws
    from the untouched system's quotations with gold as of c0161ab, so its articles do not depend
    on these selections)."""
    sys.path.insert(0, HERE)
    import speaker_audit
    gold_dir = os.path.join(HERE, "..", "data", "gold")
    ids = set()
    for name in names:
        ids |= speaker_audit.audit_ids(os.path.join(gold_dir, name))
    return ids


def selection_blind8():
    """roles-blind8 (session 24): the rules of roles-blind7 with their own seed, skipping every
    article and every outlet that any gold file holds (roles-blind7 and indirect-blind6 included),
    that allsides-blind17 to allsides-blind21 may hold, or that a speaker audit holds; at most 2
    articles per year. Only 23 outlets are left with an article of 1,500 to 4,500 characters, 16 of
    them undated, so up to 5 undated articles are taken (2 would give 9 articles)."""
    later = SESSION24_SPLITS + SESSION25_SPLITS
    used = (all_gold_ids(later) | blind17_ids() | blind18_ids() |
            blind_quote_ids(19, SESSION19_SPLITS + SESSION21_SPLITS + SESSION23_SPLITS + later) |
            blind_quote_ids(20, SESSION21_SPLITS + SESSION23_SPLITS + later) |
            blind_quote_ids(21, later) | speaker_audit_ids(AUDITS_1_TO_3))
    return pick_blind("roles-blind8", BLIND8_SEED, BLIND8_TARGET, used, undated=5)


BLIND9_SEED = SEED + 23
# The gold splits of session 25, drawn beside roles-blind9 by other helpers at the same time (the
# quotation split allsides-blind22 and indirect-blind8): taken out of the gold every selection
# skips, so that each prints the same lines whichever lands first.
SESSION25_SPLITS = ("roles-blind9", "allsides-blind22", "indirect-blind8")
BLIND9_TARGET = 12


def selection_blind9():
    """roles-blind9 (session 25): the rules of roles-blind8 with their own seed, skipping also
    roles-blind8, indirect-blind7, the articles allsides-blind21 and allsides-blind22's selections
    may take, and the articles and outlets of speaker audits 1 to 3 (audit 4, drawn in the same
    session, had not landed at the draw; see data/gold/README.md); undated articles as many as
    there are, then outlets that only non-role gold files hold."""
    later = SESSION25_SPLITS
    used = (all_gold_ids(later) | blind17_ids() | blind18_ids() |
            blind_quote_ids(19, SESSION19_SPLITS + SESSION21_SPLITS + SESSION23_SPLITS +
                            SESSION24_SPLITS + later) |
            blind_quote_ids(20, SESSION21_SPLITS + SESSION23_SPLITS + SESSION24_SPLITS + later) |
            blind_quote_ids(21, SESSION24_SPLITS + later) | blind_quote_ids(22, later) |
            speaker_audit_ids(AUDITS_1_TO_3))
    first = pick_blind("roles-blind9", BLIND9_SEED, BLIND9_TARGET, used, undated=BLIND9_TARGET)
    # Only 10 outlets are left that no gold file or audit holds (8 of them undated): the rest comes
    # from outlets that no role split holds (only quotation, indirect-speech or audit files do),
    # never an article any of them holds, one per outlet, at most 2 per year.
    taken = {d for _, d, _, _ in first}
    rest = pick_blind("roles-blind9", BLIND9_SEED + 1000, BLIND9_TARGET - len(first), used | taken,
                      outlets_of=(gold_labelled("roles") - split_ids(later)) | taken)
    return first + rest


def paragraphs(text):
    return [p.strip(" \t\r\f\v") for p in text.split("\n") if p.strip(" \t\r\f\v")]


def show(doc_id):
    for a in articles():
        if a["id"] == doc_id:
            print(a["title"])
            print("==", a["outlet"], a.get("date", ""))
            print("\n\n".join(paragraphs(a["text"])))
            return
    sys.exit("no article " + doc_id)


def check():
    want = {(s, f"{ALLSIDES}#{d}") for s, d, _, _ in selection() + selection_blind2() + selection_blind3() +
                                                     selection_blind4() + selection_blind5() +
                                                     selection_blind6() + selection_blind7() +
                                                     selection_blind8() + selection_blind9()}
    have = set()
    for line in open(GOLD, encoding="utf-8"):
        g = json.loads(line)
        have.add((g["split"], g["doc"]))
        for p in g["people"]:
            assert p["name"], g["doc"]
            for r in p["roles"]:
                assert r["role"] and r.get("scope", "") in ("", "former", "then", "acting", "incoming",
                                                              "outgoing", "interim", "late"), (g["doc"], r)
    print("missing:", sorted(want - have))
    print("extra:", sorted(have - want))


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    selections = {"select": selection, "select-blind2": selection_blind2, "select-blind3": selection_blind3,
                  "select-blind4": selection_blind4, "select-blind5": selection_blind5, "select-blind6": selection_blind6,
                  "select-blind7": selection_blind7, "select-blind8": selection_blind8,
                  "select-blind9": selection_blind9}
    if cmd in selections:
        for row in selections[cmd]():
            print(*row, sep="\t")
    elif cmd == "show":
        show(sys.argv[2])
    elif cmd == "check":
        check()
    else:
        print(__doc__)
        sys.exit(2)
