#!/usr/bin/env bash
# Installs the Debian packages Parallax builds and tests with. Safe to run repeatedly.
# Usage: scripts/setup.sh            build and test dependencies (as root, or with sudo available)
#        scripts/setup.sh --bench    also the Debian peers the benchmarks compare against
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang
  libgumbo-dev libuchardet-dev libcld2-dev libicu-dev
  libsqlite3-dev zlib1g-dev libzstd-dev nlohmann-json3-dev libsimdjson-dev libmimalloc-dev
  libre2-dev libcli11-dev libfmt-dev libxxhash-dev
  libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev
  iso-codes wordnet-base tzdata usb.ids pci.ids
  chromium nodejs
)
# Debian's npm; a nodejs from elsewhere (e.g. NodeSource) already bundles it.
command -v npm >/dev/null || packages+=(npm)
if [ "${1:-}" = "--bench" ]; then
  packages+=(python3-sklearn python3-dateparser python3-readability wrk)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# npm packages for the browser end-to-end tests (tests/e2e), outside the repository's tracked files:
# playwright-core drives the system chromium (no browser download).
e2e_dir="${PARALLAX_E2E_DIR:-$(cd "$(dirname "$0")/.." && pwd)/build/e2e}"
if [ ! -d "$e2e_dir/node_modules/playwright-core" ]; then
  mkdir -p "$e2e_dir"
  (cd "$e2e_dir" && npm install --silent --no-audit --no-fund --prefix . playwright-core@1 >/dev/null)
fi
