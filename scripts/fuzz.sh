#!/usr/bin/env bash
# Fuzz `extract` with cargo-fuzz (libFuzzer) for SECONDS (default 600), the corpus seeded from
# the dev and test articles (tests/fuzz/seeds/). Installs cargo-fuzz when missing. cargo-fuzz
# needs nightly compiler flags: on a stable toolchain RUSTC_BOOTSTRAP=1 enables them, and the
# sanitizer is off (-s none) since its runtime needs nightly's standard library.
#
#   bash scripts/fuzz.sh [SECONDS]
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
secs="${1:-600}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p tests/fuzz/corpus/extract
cp -n tests/fuzz/seeds/* tests/fuzz/corpus/extract/ 2>/dev/null || true
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz -s none -O extract tests/fuzz/corpus/extract -- \
  -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 2>&1 | tail -n 25
