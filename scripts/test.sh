#!/usr/bin/env bash
# Run every test of the project and print a summary:
#   0. formatting (cargo fmt --check) and lints (cargo clippy --all-targets -- -D warnings)
#   1. native: unit tests, golden test on the dev texts, conformance files, example cases,
#      layering, property tests
#   2. the release WebAssembly module is built into www/pkg/, and its size checked against the
#      budget (460 KB gzipped)
#   3. wasm tests in Node (wasm-bindgen-test-runner)
#   4. the JS API in Node: wrong argument types, lone surrogates, memory over 10 000 extractions,
#      the same results as the native CLI on the dev texts
#   5. browser tests in headless Chromium (Debian's chromium, installed when missing)
#   6. if ../shared/eval is beside the project: the official scorer on the dev texts
#   7. the command line as shipped (profile cli, no dev-dependency features) reads every dev text
#      and case sentence; the Python wheel (maturin) is built; the wheel is
#      installed offline into a fresh virtual environment and its pytest tests run (results
#      equal to the command line's, types, bad input, 10 MB, the Dask recipe on a LocalCluster
#      of two worker processes; over ../shared/corpus when present)
# Installs what is missing first (wasm32 target, wasm-bindgen CLI, npm tools, Chromium, the
# Python tools of scripts/python-requirements.txt into target/python/).
#
#   bash scripts/test.sh
set -uo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"

declare -a NAMES=() RESULTS=() TIMES=()
step() {
  local name="$1"; shift
  log "$name"
  local t0=$SECONDS
  if "$@"; then RESULTS+=("ok"); else RESULTS+=("FAILED"); fi
  NAMES+=("$name"); TIMES+=("$((SECONDS - t0))s")
}

format_check() { cargo fmt --check; }
lints() { cargo clippy -q --all-targets -- -D warnings; }
native_tests() { cargo test --release --all-targets 2>&1 | tee target/native-tests.log | grep -E '^(test result|running|test .* FAILED|failures:)|panicked' ; return "${PIPESTATUS[0]}"; }
golden_table() { cargo test --release --test golden -q -- --nocapture 2>/dev/null | sed -n '/^field/,/^spans/p'; return "${PIPESTATUS[0]}"; }
wasm_tests() { CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --target wasm32-unknown-unknown --test wasm; }
node_tests() { node tests/node/api.test.mjs; }
browser_tests() { ensure_chromium && ensure_vite_cache && node tests/browser/run.mjs; }
official_scorer() {
  local shared="$ROOT/../shared/eval"
  if [ ! -f "$shared/score.py" ]; then echo "(../shared/eval not present: skipped)"; return 0; fi
  local out="$ROOT/target/dev-pred"
  rm -rf "$out" && cargo run --release -q -- --out "$out" "$shared"/dev/texts/*.txt &&
    python3 "$shared/score.py" --gold "$shared/dev/gold" --pred "$out" --text "$shared/dev/texts" \
      --min dates=0.95 --min figures=0.90 --min people=0.95 --min organizations=0.85 --min locations=0.90 --min documents=0.90 --min events=0.80 --min quotes=0.90 --min actions=0.70
}
python_tests() {
  fresh_python_env || return 1
  VNX_CLI="$ROOT/target/cli/vn-news-extract" "$PY_DIR/fresh/bin/python" -m pytest -q -p no:cacheprovider \
    -s tests/python 2>&1 | tee target/python-tests.log | grep -vE '^\s*$' | tail -30
  return "${PIPESTATUS[0]}"
}

# The release builds outside `cargo test`: dev-dependencies can switch on features of shared
# crates (regex's Unicode classes once hid a pattern that panics without them), so the command
# line as shipped reads every dev text and every case sentence, and must answer each of them.
shipped_cli() {
  build_cli || return 1
  python3 - "$ROOT" <<'PY' | "$ROOT/target/cli/vn-news-extract" --quiet --jsonl - > "$ROOT/target/shipped-cli.jsonl"
import glob, json, os, sys
root = sys.argv[1]
for f in sorted(glob.glob(os.path.join(root, "tests/data/dev*/texts/*.txt"))):
    print(json.dumps({"id": os.path.relpath(f, root), "text": open(f, encoding="utf-8").read()}))
for f in sorted(glob.glob(os.path.join(root, "tests/data/cases/*.jsonl"))):
    for n, line in enumerate(open(f, encoding="utf-8"), 1):
        if line.strip() and not line.startswith("//"):
            print(json.dumps({"id": f"{os.path.basename(f)}:{n}", "text": json.loads(line)["text"]}))
PY
  local status=("${PIPESTATUS[@]}")
  [ "${status[0]}" = 0 ] && [ "${status[1]}" = 0 ] || return 1
  python3 - "$ROOT/target/shipped-cli.jsonl" <<'PY'
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
bad = [l["id"] for l in lines if "extraction" not in l]
print(f"{len(lines)} texts read by the shipped command line, {len(bad)} without a result")
sys.exit(1 if bad or not lines else 0)
PY
}

# The .wasm budget of the project: 460 KB gzipped (gzip -9, as served compressed).
WASM_GZIP_BUDGET=460000
wasm_size() {
  local wasm="$ROOT/www/pkg/vn_news_extract_bg.wasm" raw gz
  [ -f "$wasm" ] || { echo "no $wasm"; return 1; }
  raw=$(wc -c < "$wasm"); gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "vn_news_extract_bg.wasm: $raw bytes raw, $gz bytes gzip -9 (budget $WASM_GZIP_BUDGET)"
  [ "$gz" -le "$WASM_GZIP_BUDGET" ]
}

lexicon_check() { python3 scripts/lexicons/regen.py --check; }

mkdir -p target
ensure_wasm_target
ensure_wasm_bindgen
ensure_node_tools
step "formatting (cargo fmt --check)" format_check
step "lints (cargo clippy --all-targets -- -D warnings)" lints
step "lexicons reproduced by their generators (scripts/lexicons/regen.py --check)" lexicon_check
step "native tests (unit, golden, conformance, cases, properties)" native_tests
step "dev-set table (golden test)" golden_table
step "build the release module (www/pkg)" build_wasm
step ".wasm size within the budget (460 KB gzip)" wasm_size
step "wasm tests in Node" wasm_tests
step "JS API and memory in Node" node_tests
step "browser tests in Chromium" browser_tests
step "official scorer on ../shared dev texts" official_scorer
step "the shipped command line (profile cli) on every dev text and case" shipped_cli
step "Python wheel (maturin, target/wheels)" build_wheel
step "Python package in a fresh venv (pytest, Dask)" python_tests

echo
printf '%-55s %-8s %s\n' "step" "result" "time"
fail=0
for i in "${!NAMES[@]}"; do
  printf '%-55s %-8s %s\n' "${NAMES[$i]}" "${RESULTS[$i]}" "${TIMES[$i]}"
  [ "${RESULTS[$i]}" = ok ] || fail=1
done
if [ $fail = 0 ]; then echo "ALL TESTS PASSED"; else echo "SOME TESTS FAILED"; fi
exit $fail
