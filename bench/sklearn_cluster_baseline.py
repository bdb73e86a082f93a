#!/usr/bin/python3
"""scikit-learn peer for bench_cluster: TF-IDF + streaming nearest neighbour.

Reads the JSONL written by `bench_cluster --write-jsonl` (id, title, text, date,
story). Fits a TfidfVectorizer (sublinear tf, English stop words, min_df=2) on
the whole corpus (a batch advantage our streaming clusterer does not get), then
streams the documents in order: each document is compared by cosine with the
previous WINDOW documents (sparse matrix products in chunks) and joins the
cluster of its nearest neighbour when the similarity reaches the threshold,
else opens a new cluster (the classic first-story-detection baseline).
Prints CPU-time throughput and BCubed F1 against the generator's stories for a
few thresholds (the best one is reported, another advantage to the peer).
Usage: sklearn_cluster_baseline.py CORPUS.jsonl [--window 20000] [--chunk 1000]
"""
import argparse
import json
import time
from collections import Counter

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def bcubed(gold, pred):
    n = len(gold)
    both = Counter(zip(gold, pred))
    gs, ps = Counter(gold), Counter(pred)
    p = sum(both[(g, q)] / ps[q] for g, q in zip(gold, pred)) / n
    r = sum(both[(g, q)] / gs[g] for g, q in zip(gold, pred)) / n
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--window", type=int, default=20000)
    ap.add_argument("--chunk", type=int, default=1000)
    args = ap.parse_args()
    docs = [json.loads(line) for line in open(args.corpus, encoding="utf-8")]
    texts = [d["title"] + "\n" + d["text"] for d in docs]
    gold = [d["story"] for d in docs]

    cpu0, wall0 = time.process_time(), time.perf_counter()
    x = TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2,
                        dtype=np.float32).fit_transform(texts).tocsr()
    n = x.shape[0]
    best_sim = np.zeros(n, dtype=np.float32)
    best_nb = np.full(n, -1, dtype=np.int64)
    for lo in range(0, n, args.chunk):
        hi = min(n, lo + args.chunk)
        start = max(0, lo - args.window)
        sims = (x[lo:hi] @ x[start:hi].T).toarray()
        # only earlier documents are visible to each document
        rows = np.arange(hi - lo)[:, None]
        cols = np.arange(hi - start)[None, :]
        sims[cols >= rows + (lo - start)] = -1.0
        nb = sims.argmax(axis=1)
        best_nb[lo:hi] = nb + start
        best_sim[lo:hi] = sims[np.arange(hi - lo), nb]
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0

    results = []
    for thr in (0.2, 0.3, 0.4, 0.5):
        label = np.empty(n, dtype=np.int64)
        for i in range(n):
            label[i] = label[best_nb[i]] if best_nb[i] >= 0 and best_sim[i] >= thr else i
        results.append((bcubed(gold, label.tolist()), thr))
    (p, r, f), thr = max(results, key=lambda t: t[0][2])
    print(f"sklearn docs={n} cpu_seconds={cpu:.2f} wall_seconds={wall:.2f} "
          f"articles_per_s={n / cpu:.0f}")
    print(f"sklearn best threshold={thr} BCubed P={p:.4f} R={r:.4f} F1={f:.4f}")


if __name__ == "__main__":
    main()
