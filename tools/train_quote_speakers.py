#!/usr/bin/env python3
"""Fits the quote-speaker model (models/quote-speakers.tsv, docs/formats/quote-speakers.md).

  train_quote_speakers.py train OUT DUMP... [--splits a,b,...] [--epochs N] [--algo perceptron|logistic]
                          [--l2 X] [--ruled 1]
  train_quote_speakers.py check DUMP... [--splits ...] [--holdout SPLIT]
  train_quote_speakers.py cv DUMP... [--splits ...] [--folds a,b,...] [--eval build/parallax-eval-quotes]

DUMP files come from `build/parallax-eval-quotes GOLD --split all --dump-candidates FILE`
(one JSON line per gold quotation the speaker model saw: the gold speaker and the scored
candidates with their features; the abstaining candidate has no name). Only the splits named
by --splits are read (default: the development splits; never a blind split).

The model is an averaged perceptron ranking the candidates of one quotation: the target is
a candidate whose name matches the gold speaker as the scorer counts it (tools/eval_quotes.cc:
case, a leading "the" and middle initials ignored, `|` alternatives; a gold description matches
any candidate of the same source type), else the abstaining candidate. `check` trains on every
split but --holdout and reports the ranking accuracy on it (leave-one-split-out).

`cv` is the model's estimate on unseen news: for every split of --folds (default: the AllSides
development splits) it fits the model on the other development splits, writes the weights to a
temporary file and scores the held-out split end to end with `parallax-eval-quotes --model`
(speaker accuracy over matched quotations, as the figures in docs/quotes.md); it prints each
split's figure, the mean over the folds and the pooled figure (all held-out quotations together).
"""
import json
import math
import os
import random
import re
import subprocess
import sys
import tempfile

# The development splits; never a blind one (allsides-blind21 in session 24) nor wcl-blind4.
# allsides-blind15, blind in session 15, is a development split from session 16 on; allsides-blind16,
# blind in session 16, from session 17 on; allsides-blind17, blind in session 17, from session 18 on;
# allsides-blind18, blind in session 18, from session 19 on; allsides-blind19, blind in sessions 19
# and 20, from session 21 on; allsides-blind20, blind in sessions 21 and 22, from session 23 on.
ALLSIDES_DEV = ["allsides-blind%d" % n for n in range(4, 21)]
DEV_SPLITS = ["dev", "heldout", "newswcl50", "wcl-heldout"] + ALLSIDES_DEV
MAGIC = "# parallax quote-speaker model v1"


def norm(s):
    words = []
    for w in s.lower().split(" "):
        if not w or (len(w) == 2 and w[1] == "."):
            continue
        if not words and w == "the":
            continue
        words.append(w)
    return " ".join(words)


def description(name):
    first = norm(name).split(" ")[0] if norm(name) else ""
    dets = {"a", "an", "one", "another", "some", "two", "several", "statements", "letter", "statement", "memo", "report"}
    return first in dets or name.startswith("the ") or (name[:1].islower())


def matches(cand, gold, gold_type):
    if not cand["name"]:
        return False
    for alt in gold.split("|"):
        if norm(cand["name"]) == norm(alt):
            return True
        if description(alt) and cand["type"] == gold_type:
            return True
    return False


def load(paths, splits, training=False, ruled=False):
    """The dumped quotations of `splits`, each as (record, candidates' features, target indices).
    For training (`training`), only the quotations where the model decides: those the rules left
    unnamed ("any") whose gold speaker is among the candidates (when none is, abstaining is as
    wrong as any pick and only taught the model to abstain) and the documents' authors ("author");
    with `ruled` also the quotations the rules named ("any:ruled", the setting until session 15)."""
    data = []
    for p in paths:
        for line in open(p, encoding="utf-8"):
            r = json.loads(line)
            if r["split"] not in splits:
                continue
            cands = r["candidates"]
            if r["need"] == "author" and r["gold_type"] != "document":
                continue
            gold = [i for i, c in enumerate(cands) if matches(c, r["gold_speaker"], r["gold_type"])]
            if training and r["need"] == "any:ruled" and not ruled:
                continue
            if training and r["need"] == "any" and not gold and not ruled:
                continue
            none = [i for i, c in enumerate(cands) if not c["name"]]
            data.append((r, [c["features"] for c in cands], gold or none))
    return data


def score(w, feats):
    return sum(w.get(f, 0.0) for f in feats)


def train(data, epochs=20, seed=20261123):
    w, total, stamp, step = {}, {}, {}, 0
    rng = random.Random(seed)
    order = list(range(len(data)))

    def update(f, delta):
        total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * w.get(f, 0.0)
        stamp[f] = step
        w[f] = w.get(f, 0.0) + delta

    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            _, feats, targets = data[i]
            step += 1
            best = max(range(len(feats)), key=lambda k: (score(w, feats[k]), -k))
            if best in targets:
                continue
            target = max(targets, key=lambda k: score(w, feats[k]))
            for f in feats[target]:
                update(f, 1.0)
            for f in feats[best]:
                update(f, -1.0)
    avg = {}
    for f in w:
        total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * w[f]
        avg[f] = total[f] / step
    return {f: v for f, v in avg.items() if abs(v) >= 0.0005}


def train_logistic(data, epochs=30, l2=0.01, rate=0.5, seed=20261123):
    """Conditional logit over the candidates of each quotation (softmax of the linear scores),
    the likelihood of the target candidates maximised by AdaGrad; the L2 penalty `l2` pulls
    the weights of a quotation's features towards 0 each time the quotation is visited."""
    w, g2 = {}, {}
    rng = random.Random(seed)
    order = list(range(len(data)))
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            _, feats, targets = data[i]
            scores = [score(w, f) for f in feats]
            top = max(scores)
            ex = [math.exp(x - top) for x in scores]
            z = sum(ex)
            zt = sum(ex[k] for k in targets)
            grad = {}
            for k, f in enumerate(feats):
                delta = (ex[k] / zt if k in targets else 0.0) - ex[k] / z
                if delta:
                    for x in f:
                        grad[x] = grad.get(x, 0.0) + delta
            for x, gx in grad.items():
                gx -= l2 * w.get(x, 0.0)
                g2[x] = g2.get(x, 0.0) + gx * gx
                w[x] = w.get(x, 0.0) + rate * gx / math.sqrt(g2[x] + 1e-8)
    return {f: v for f, v in w.items() if abs(v) >= 0.0005}


def fit(data, opts):
    if opts["algo"] == "logistic":
        return train_logistic(data, int(opts["epochs"]), float(opts["l2"]))
    return train(data, int(opts["epochs"]))


def accuracy(w, data):
    ok = 0
    for _, feats, targets in data:
        best = max(range(len(feats)), key=lambda k: (score(w, feats[k]), -k))
        ok += best in targets
    return ok, len(data)


def write_model(path, w, splits, opts, ok, n):
    with open(path, "w", encoding="utf-8") as f:
        f.write(MAGIC + "\n")
        f.write("# Weights of the quote-speaker candidate model (src/annotate/quotes/speaker_model.h),\n")
        how = (f"conditional logit, {opts['epochs']} epochs, L2 {opts['l2']}" if opts["algo"] == "logistic"
               else f"averaged perceptron, {opts['epochs']} epochs")
        f.write(f"# fitted by tools/train_quote_speakers.py ({how}) on the splits {','.join(splits)}\n")
        f.write(f"# ({n} quotations; training ranking accuracy {ok}/{n}). Features only, no article text.\n")
        for k in sorted(w):
            f.write(f"{k}\t{w[k]:.4f}\n")


def gold_file(split):
    if split.startswith("allsides-"):
        return "data/gold/quotes-allsides.jsonl"
    if split in ("newswcl50", "wcl-heldout", "wcl-blind4"):
        return "data/gold/quotes-newswcl50.jsonl"
    return "data/gold/quotes-basil.jsonl"


def evaluate(binary, split, model_path):
    """Speaker accuracy (right, matched) of `split` scored end to end with the weights in model_path."""
    cmd = [binary, gold_file(split), "--split", split] + (["--model", model_path] if model_path else [])
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.split(" ")[0] == split:
            m = re.search(r"speaker_acc=[0-9.]+ \((\d+)/(\d+)\)", line)
            return int(m.group(1)), int(m.group(2))
    raise RuntimeError(f"no figure for {split} in: {out}")


def cv(dumps, splits, opts):
    folds = opts["folds"].split(",") if opts["folds"] else [s for s in ALLSIDES_DEV if s in splits]
    total_ok = total_n = 0
    rates = []
    with tempfile.TemporaryDirectory() as tmp:
        for held in folds:
            train_data = load(dumps, [s for s in splits if s != held], True, opts["ruled"] == "1")
            w = fit(train_data, opts)
            path = os.path.join(tmp, "model.tsv")
            write_model(path, w, [s for s in splits if s != held], opts, *accuracy(w, train_data))
            ok, n = evaluate(opts["eval"], held, path)
            rank_ok, rank_n = accuracy(w, [d for d in load(dumps, [held]) if d[0]["need"] != "any:ruled"])
            total_ok, total_n = total_ok + ok, total_n + n
            rates.append(ok / n)
            print(f"cv {held}: speaker accuracy {ok / n:.3f} ({ok}/{n}); model-ranked quotations {rank_ok}/{rank_n}",
                  flush=True)
    print(f"cv mean {sum(rates) / len(rates):.4f} over {len(rates)} splits; pooled {total_ok / total_n:.4f} "
          f"({total_ok}/{total_n})")


def args(argv):
    opts = {"splits": ",".join(DEV_SPLITS), "epochs": "20", "holdout": "", "folds": "", "algo": "perceptron",
            "l2": "0.01", "eval": "build/parallax-eval-quotes", "ruled": "0"}
    rest = []
    i = 0
    while i < len(argv):
        if argv[i].startswith("--"):
            opts[argv[i][2:]] = argv[i + 1]
            i += 2
        else:
            rest.append(argv[i])
            i += 1
    return opts, rest


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("train", "check", "cv"):
        print(__doc__)
        sys.exit(2)
    opts, rest = args(sys.argv[2:])
    splits = [s for s in opts["splits"].split(",") if s in DEV_SPLITS]  # never a blind split
    if sys.argv[1] == "train":
        out, dumps = rest[0], rest[1:]
        data = load(dumps, splits, True, opts["ruled"] == "1")
        w = fit(data, opts)
        ok, n = accuracy(w, data)
        write_model(out, w, splits, opts, ok, n)
        print(f"trained on {n} quotations: ranking accuracy {ok}/{n}; {len(w)} weights -> {out}")
    elif sys.argv[1] == "cv":
        cv(rest, splits, opts)
    else:
        dumps = rest
        held = opts["holdout"]
        train_data = load(dumps, [s for s in splits if s != held], True, opts["ruled"] == "1")
        test = load(dumps, [held])
        w = fit(train_data, opts)
        for need in ("any", "any:ruled", "author"):
            sub = [d for d in test if d[0]["need"] == need]
            ok, n = accuracy(w, sub)
            # The rules' own answer is not in the dump: for "any" they named no one (0/n), for
            # "any:ruled" and "author" they kept a description. (Until session 8 this line counted a
            # feature "rule:chosen" that session 6 had removed, so it always printed "rules 0/n".)
            # What bounds the model is whether the gold speaker is among its candidates at all.
            reachable = sum(1 for r, feats, targets in sub if any(len(feats[t]) > 1 for t in targets))
            print(f"holdout {held} {need}: model {ok}/{n}, gold among the candidates {reachable}/{n}")


if __name__ == "__main__":
    main()
