#!/usr/bin/env bash
# Streaming story clustering vs a scikit-learn TF-IDF + nearest-neighbour peer on
# the same resampled corpus (default 100k documents). Prints both throughputs
# (CPU time, the machine is shared) and the ratio.
# Usage: bench/cluster_vs_sklearn.sh [BUILD_DIR] [DOCS]
set -euo pipefail
build=${1:-build}
docs=${2:-100000}
corpus=${TMPDIR:-/tmp}/parallax_cluster_${docs}.jsonl
here=$(cd "$(dirname "$0")" && pwd)
ours=$("$build/bench/bench_cluster" --docs "$docs" --write-jsonl "$corpus" --write-count "$docs")
echo "$ours"
"$here/../scripts/setup.sh" --bench
peer=$(/usr/bin/python3 "$here/sklearn_cluster_baseline.py" "$corpus")
echo "$peer"
a=$(echo "$ours" | sed -n 's/^total .*articles_per_s=\([0-9]*\).*/\1/p')
b=$(echo "$peer" | sed -n 's/^sklearn docs.*articles_per_s=\([0-9]*\).*/\1/p')
echo "ratio parallax/sklearn articles_per_s = $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
rm -f "$corpus"
