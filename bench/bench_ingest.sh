#!/usr/bin/env bash
# Ingest throughput: text, HTML, WARC (and JSONL) corpora of COUNT articles
# (default 100,000) resampled from real news, each ingested into a fresh
# database by one `parallax ingest` process (single-threaded). Prints the
# ingest's own figures (articles/s, MB/s, CPU time, peak RSS) per format.
# Usage: bench/bench_ingest.sh [COUNT] [FORMATS...]   (BENCH_DIR to choose the scratch folder)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
[ $# -gt 0 ] && shift
if [ $# -gt 0 ]; then formats=("$@"); else formats=(text html warc); fi
scratch="${BENCH_DIR:-/tmp/parallax-bench}"
bin="$root/build/parallax"
[ -x "$bin" ] || { echo "build first: cmake --build build" >&2; exit 1; }
mkdir -p "$scratch"
for fmt in "${formats[@]}"; do
  corpus="$scratch/corpus-$fmt-$count"
  if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    python3 "$root/bench/make_corpus.py" "$fmt" "$count" "$corpus"
    touch "$corpus/.done"
  fi
  db="$scratch/bench-$fmt.db"
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== ingest $fmt: $count articles ($(du -sh "$corpus" | cut -f1) on disk)"
  "$bin" ingest --quiet --stats --db "$db" "$corpus" | sed 's/^/  /'
done
