#!/usr/bin/env bash
# Installs dependencies, builds, and runs the main job on the embedded default:
# ingest the example corpus into parallax.db and print what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target parallax
./build/parallax ingest examples/
./build/parallax articles
