#!/usr/bin/env bash
# API latency under load: `parallax serve` on loopback over a store of COUNT
# articles (default 100,000) resampled from real news (bench/make_corpus.py),
# driven by wrk (Debian package; scripts/setup.sh --bench) on the story list,
# one story view and search. Prints wrk's throughput and latency percentiles
# (p50/p75/p90/p99) per endpoint.
#
# wrk is closed-loop: CONNS connections send back to back, so the achieved
# rate is the server's capacity at that concurrency; when it is above the
# 1,000 req/s target, the latencies are upper bounds for a 1,000 req/s load.
# Usage: bench/bench_serve.sh [COUNT] (BENCH_DIR scratch folder, DURATION s, CONNS, THREADS)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
scratch="${BENCH_DIR:-/tmp/parallax-bench}"
duration="${DURATION:-10}"
conns="${CONNS:-8}"
bin="$root/build/parallax"
[ -x "$bin" ] || { echo "build first: cmake --build build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: scripts/setup.sh --bench" >&2; exit 1; }
mkdir -p "$scratch"
corpus="$scratch/corpus-jsonl-$count"
if [ ! -f "$corpus/.done" ]; then
  rm -rf "$corpus"
  python3 "$root/bench/make_corpus.py" jsonl "$count" "$corpus"
  touch "$corpus/.done"
fi
db="$scratch/serve-$count.db"
if [ ! -f "$db.done" ]; then
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== building the store: $count articles"
  "$bin" ingest --quiet --annotate none --db "$db" "$corpus"
  touch "$db.done"
fi
log="$scratch/serve.log"
"$bin" serve --db "$db" --port 0 --threads "${THREADS:-4}" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "http://" "$log" && break; sleep 0.1; done
base="$(grep -o 'http://[0-9.:]*' "$log")"
[ -n "$base" ] || { cat "$log" >&2; exit 1; }
story="$(curl -s "$base/api/stories?limit=100" | python3 -c 'import json,sys; s=json.load(sys.stdin)["stories"]; print(s[len(s)//2]["id"] if s else "")')"
echo "server $base, $(curl -s "$base/api/health")"
run() {
  echo "== $1"
  wrk -t2 -c"$conns" -d"${duration}s" --latency "$base$2" | grep -E "Requests/sec|^ +(50|75|90|99)%|Non-2xx|Socket errors"
}
run "story list (first page)" "/api/stories?limit=50"
run "story list (page 20, filtered by date)" "/api/stories?limit=50&offset=1000&since=2020-01-01"
[ -n "$story" ] && run "one story view ($story)" "/api/stories/$story"
run "search: two words" "/api/search?q=climate%20talks&limit=20"
run "search: common word" "/api/search?q=president&limit=20"
run "search: phrase + outlet filter" "/api/search?q=%22supreme%20court%22&outlet=CNN&limit=20"
