#!/usr/bin/env bash
# API latency under load: `parallax serve` on loopback over a store of COUNT
# articles (default 100,000) resampled from real news (bench/make_corpus.py),
# driven by wrk (Debian package; scripts/setup.sh --bench) on the story list,
# story views and search. Per endpoint it prints the achieved rate, wrk's
# latency percentiles (p50/p75/p90/p99) and the server's CPU time (user+sys)
# per request.
#
# The load is paced (bench/pace.lua): wrk's connections send on a fixed
# schedule adding up to RATE requests/s, rather than back to back, so the
# latencies are those at that offered rate; when the server cannot keep up,
# the achieved rate falls below RATE (read it next to the percentiles). wrk
# times a request from when it is sent, so a server that falls behind looks
# better than it is (coordinated omission); compare the rates.
# Usage: bench/bench_serve.sh [COUNT]
#   env: BENCH_DIR scratch folder, DURATION s (10), RATE req/s (1000), CONNS (32),
#        THREADS server connection threads (64), DB an existing store to use instead of building one,
#        PARALLAX the binary (build/parallax), SERVE_ARGS more server options, ONLY a regex: run only the runs whose name matches
# The distinct-search run asks DURATION*RATE different queries made from the
# store's headlines (bench/search_queries.py), each once: no answer is cached;
# the distinct-story run as many different stories (bench/story_queries.py).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
count="${1:-100000}"
scratch="${BENCH_DIR:-/tmp/parallax-bench}"
duration="${DURATION:-10}"
conns="${CONNS:-32}"
rate="${RATE:-1000}"
bin="${PARALLAX:-$root/build/parallax}"
[ -x "$bin" ] || { echo "build first: cmake --build build" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: scripts/setup.sh --bench" >&2; exit 1; }
mkdir -p "$scratch"
db="${DB:-$scratch/serve-$count.db}"
if [ -z "${DB:-}" ] && [ ! -f "$db.done" ]; then
  corpus="$scratch/corpus-jsonl-$count"
  if [ ! -f "$corpus/.done" ]; then
    rm -rf "$corpus"
    python3 "$root/bench/make_corpus.py" jsonl "$count" "$corpus"
    touch "$corpus/.done"
  fi
  rm -f "$db" "$db-wal" "$db-shm"
  echo "== building the store: $count articles"
  "$bin" ingest --quiet --annotate none --db "$db" "$corpus"
  touch "$db.done"
fi
log="$scratch/serve.log"
"$bin" serve --db "$db" --port 0 --threads "${THREADS:-64}" ${SERVE_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "http://" "$log" && break; sleep 0.1; done
base="$(grep -o 'http://[0-9.:]*' "$log")"
[ -n "$base" ] || { cat "$log" >&2; exit 1; }
# 200 different stories for the cold-view run, one of them for the warm run.
stories="$scratch/story-paths.txt"
curl -s "$base/api/stories?limit=200&offset=200" |
  python3 -c 'import json,sys; [print("/api/stories/" + s["id"]) for s in json.load(sys.stdin)["stories"]]' >"$stories"
story="$(sed -n 100p "$stories")"
# The memory search index is built in the background at start; wait for it
# (health says search.building until it has caught up).
t0=$(date +%s)
while curl -s "$base/api/health" | grep -q '"building":true'; do sleep 1; done
echo "search index ready after $(( $(date +%s) - t0 )) s more; server CPU so far $(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$server/stat") s, RSS $(awk '/VmRSS/ {print $2 / 1024 " MB"}' "/proc/$server/status")"
echo "server $base, $(curl -s "$base/api/health"); load: $(uptime | sed 's/.*load average/load average/')"
interval="$(python3 -c "print(2 * 1000 / $rate)")"  # ms between requests of each of wrk's 2 threads
cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
run() {
  local name="$1" path="$2" paths="${3:-}"
  local before after out requests
  [[ -z "${ONLY:-}" || "$name" =~ $ONLY ]] || return 0
  before="$(cpu_ticks)"
  out="$(wrk -t2 -c"$conns" -d"${duration}s" --latency -s "$root/bench/pace.lua" "$base$path" -- "$interval" $paths)"
  after="$(cpu_ticks)"
  requests="$(echo "$out" | awk '/requests in/ {print $1}')"
  echo "== $name"
  echo "$out" | grep -E "Requests/sec|^ +(50|75|90|99)%|Non-2xx|Socket errors" || true
  python3 -c "import os; t=os.sysconf('SC_CLK_TCK'); print(f'  server CPU: {($after-$before)*1000/t/max($requests,1):.2f} ms/request (user+sys, {$requests} requests)')"
}
# Uncached: the first request of each search, and 20 story views never
# asked for before, one at a time (what a request costs when the caches miss).
first() { curl -s -o /dev/null -w "%{time_total}\n" "$base$1"; }
if [ -z "${ONLY:-}" ]; then
echo "== uncached first requests, one at a time (seconds)"
for q in "q=climate%20talks" "q=president" "q=%22supreme%20court%22&outlet=CNN"; do
  echo "  search $q: $(first "/api/search?$q&limit=20")"
done
sed -n 181,200p "$stories" | while read -r p; do first "$p"; done | sort -n |
  awk '{t[NR]=$1} END {printf "  story views (20 stories): median %s, max %s\n", t[int((NR+1)/2)], t[NR]}'
fi
run "story list (first page)" "/api/stories?limit=50"
run "story list (page 20, filtered by date)" "/api/stories?limit=50&offset=1000&since=2020-01-01"
[ -s "$stories" ] && run "story views, 200 different stories (first requests render, later ones are cached)" "/" "$stories"
[ -n "$story" ] && run "one story view, repeated ($story)" "$story"
run "search: two words" "/api/search?q=climate%20talks&limit=20"
run "search: common word" "/api/search?q=president&limit=20"
run "search: phrase + outlet filter" "/api/search?q=%22supreme%20court%22&outlet=CNN&limit=20"
# Distinct requests (each asked once, so every one misses the caches): the
# last 500 one at a time (KEY selects this with ONLY), then the rest paced.
distinct_count="$(python3 -c "print(int($duration * $rate) + 500)")"
serial() {
  local key="$1" title="$2" paths="$3"
  [[ -z "${ONLY:-}" || "$key" =~ $ONLY ]] || return 0
  echo "== $title: 500 distinct, uncached, one at a time"
  tail -n 500 "$paths" >"$paths.serial"
  python3 "$root/bench/serial_requests.py" "$base" "$paths.serial" "$server"
}
queries="$scratch/search-paths.txt"
python3 "$root/bench/search_queries.py" "$db" "$distinct_count" "$queries"
serial "serial" "search: queries from headlines" "$queries"
run "search: distinct queries from headlines, each asked once (uncached)" "/" "$queries 2"
story_paths="$scratch/story-distinct-paths.txt"
python3 "$root/bench/story_queries.py" "$db" "$distinct_count" "$story_paths"
serial "story serial" "story views: stories" "$story_paths"
run "story views: distinct stories, each asked once (uncached)" "/" "$story_paths 2"
