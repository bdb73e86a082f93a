#!/usr/bin/env bash
# Main-text extraction throughput: parallax_html vs Mozilla Readability.js
# (on jsdom), same pages, same run, one core each.
# Usage: bench/html_vs_readability.sh [PAGES_DIR] [BUILD_DIR] [LIMIT] [PEER_OUT_DIR]
#   PAGES_DIR defaults to the trafilatura evaluation pages (gzipped; they are
#   decoded to UTF-8 once and both sides read the decoded copies). LIMIT takes
#   the first N pages in name order (Readability needs ~1 s per page).
#   PEER_OUT_DIR keeps Readability's extracted texts, which
#   `parallax-eval-extract DATA_DIR --score-dir PEER_OUT_DIR` scores with the
#   same segment metric as our own output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pages="${1:-$here/../../shared/data/trafilatura-eval/html}"
build="${2:-$here/../build}"
limit="${3:-100000}"
peer_out="${4:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
peer_dir="$("$here/../../shared/peers/setup.sh")"
ours="$("$build/bench/bench_html" "$pages" --write-utf8 "$work/pages" --repeat 3 --limit "$limit")"
echo "$ours"
peer="$(node "$peer_dir/readability.js" "$work/out" "$work"/pages/*.html 2>&1 >/dev/null | grep '^readability' | tail -1)"
echo "$peer"
if [ -n "$peer_out" ]; then mkdir -p "$peer_out" && cp "$work"/out/*.txt "$peer_out"/; fi
python3 - "$ours" "$peer" <<'PY'
import re, sys
ours = dict(re.findall(r'(\w+)=([\d.]+)', sys.argv[1]))
peer = dict(re.findall(r'(\w+)=([\d.]+)', sys.argv[2]))
o = float(ours['files']) / float(ours['seconds'])
p = float(peer['files']) / float(peer['seconds'])
print(f"parallax_html {o:.1f} docs/s, readability.js {p:.1f} docs/s, ratio {o / p:.1f}x (per core)")
PY
