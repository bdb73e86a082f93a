#!/usr/bin/env bash
# Temporal tagging throughput: Parallax vs chrono-node on the same news texts,
# in the same run. Usage: bench/time_vs_chrono.sh [N_ARTICLES] [BUILD_DIR]
# Texts: the first N articles (default 2000) of the AllSides news corpus,
# written as plain-text files to a temporary folder (deleted on exit).
set -euo pipefail
n="${1:-2000}"
build="${2:-build}"
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/../shared/data/allsides-news/allsides-news.jsonl.gz"
peers="$(bash "$here/../shared/peers/setup.sh")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work" "$n" <<'PY'
import gzip, json, sys, os
corpus, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with gzip.open(corpus, 'rt', encoding='utf-8') as f:
    for i, line in enumerate(f):
        if i >= n:
            break
        doc = json.loads(line)
        with open(os.path.join(out, f"{i:06d}.txt"), 'w', encoding='utf-8') as o:
            o.write(doc.get('title', '') + '\n\n' + doc.get('text', ''))
PY
files=("$work"/*.txt)
ours="$("$build/bench/bench_time" 2023-07-06 "${files[@]}")"
theirs="$(node "$peers/chrono.js" 2023-07-06 "${files[@]}" 2>&1 >/dev/null | grep '^chrono-node')"
echo "$ours"
echo "$theirs"
python3 - "$ours" "$theirs" <<'PY'
import sys
def fields(line):
    return {k: v for k, v in (p.split('=', 1) for p in line.split() if '=' in p)}
a, b = fields(sys.argv[1]), fields(sys.argv[2])
ours = int(a['bytes']) / float(a['seconds']) / 1e6
theirs = int(b['bytes']) / float(b['seconds']) / 1e6
print(f"parallax {ours:.1f} MB/s, chrono-node {theirs:.2f} MB/s, ratio {ours / theirs:.1f}x "
      f"(same {a['files']} files, {a['bytes']} bytes)")
PY
