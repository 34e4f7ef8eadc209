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
# Slow inputs are findings too: the target fails a unit whose extract costs more CPU time than
# FUZZ_US_PER_BYTE µs per byte (default 20, some 40× linear) + 20 ms; libFuzzer's -timeout
# catches a hang outright and -report_slow_units reports (and keeps, as slow-unit-*) any unit
# over a second. The slowest units are listed at the end, with their size.
art=tests/fuzz/artifacts/extract
mkdir -p "$art"
export FUZZ_US_PER_BYTE="${FUZZ_US_PER_BYTE:-20}"
RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz -s none -O extract tests/fuzz/corpus/extract -- \
  -max_total_time="$secs" -max_len=65536 -timeout=10 -report_slow_units=1 -rss_limit_mb=4096 \
  -artifact_prefix="$art/" -print_final_stats=1 2>&1 | tee target/fuzz.log | grep -E 'Slowest unit|slow unit|stat::|ERROR|Done|DONE|#[0-9]+ *DONE' | tail -n 25
echo "slow and failing units kept in $art/:"
ls -lS "$art" 2>/dev/null | head -n 12
