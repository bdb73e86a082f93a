#!/usr/bin/env bash
# Installs dependencies, builds, and runs the main job on the embedded default:
# ingest the example corpus into parallax.db and print what was found: the
# articles, then how they group into stories; then write report.html, the
# story report (timeline, coverage, conflicts, framing) of the example corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target parallax
./build/parallax ingest examples/
echo; echo "Articles:"
./build/parallax articles
echo; echo "Stories:"
./build/parallax stories
echo; echo "Story report:"
./build/parallax report examples/ -o report.html
echo "open report.html in a browser (one self-contained page)"
