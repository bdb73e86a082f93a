#!/usr/bin/env bash
# End-to-end story pipeline throughput (docs/story.md): generates COUNT
# (default 100,000) articles resampled from real news with story structure
# (bench_cluster --write-jsonl) and runs bench_story on them (one core).
# Usage: bench/bench_story.sh [COUNT]   (BENCH_DIR to choose the scratch folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
scratch="${BENCH_DIR:-/tmp/parallax-bench}"
mkdir -p "$scratch"
corpus="$scratch/stories-$count.jsonl"
[ -f "$corpus" ] || "$root/build/bench/bench_cluster" --write-jsonl "$corpus" --write-count "$count" --generate-only
/usr/bin/time -v "$root/build/bench/bench_story" "$corpus" 2> "$scratch/bench_story.time" | sed 's/^/  /'
grep -E "Maximum resident|User time|Elapsed" "$scratch/bench_story.time" | sed 's/^\s*/  /'
