#!/usr/bin/env bash
# Installs the Debian packages Parallax builds and tests with. Safe to run repeatedly.
# Usage: scripts/setup.sh            build and test dependencies (as root, or with sudo available)
#        scripts/setup.sh --bench    also the Debian peers the benchmarks compare against
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang
  libgumbo-dev libuchardet-dev libcld2-dev libicu-dev
  libsqlite3-dev zlib1g-dev libzstd-dev nlohmann-json3-dev
  libre2-dev libcli11-dev libfmt-dev libxxhash-dev
  libgtest-dev libgmock-dev libbenchmark-dev libcpp-httplib-dev
  iso-codes
)
if [ "${1:-}" = "--bench" ]; then
  packages+=(python3-sklearn python3-dateparser python3-readability)
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
