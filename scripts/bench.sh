#!/usr/bin/env bash
# Every benchmark in one command, then one table: native vs Node vs headless Chromium
# (throughput on the dev articles and on 1 MB / 10 MB concatenations, wasm/native ratio),
# cold start in the browser, the module's size raw and gzipped, 1 KB → 10 MB scaling, memory.
# Numbers vary with the machine and its load: each figure is the best of several runs.
#
#   bash scripts/bench.sh            (results also in target/bench/*.json)
#   bash scripts/bench.sh --archive  only the archive benchmark over ../shared/corpus: the command
#                                    line with 1 and 2 jobs (profiles release and cli), per file
#                                    and JSON Lines, Python's overhead, Dask (tests/bench/archive.py)
set -euo pipefail
source "$(dirname "$0")/setup.sh"
cd "$ROOT"
out="$ROOT/target/bench"
mkdir -p "$out"

if [ "${1:-}" = "--archive" ]; then
  log "archive benchmark: building the command line (profiles release and cli) and the wheel"
  cargo build -q --release --bin vn-news-extract
  build_cli
  build_wheel
  fresh_python_env
  "$PY_DIR/fresh/bin/python" tests/bench/archive.py --release target/release/vn-news-extract \
    --cli target/cli/vn-news-extract --json "$out/archive.json"
  exit 0
fi

log "native benchmark (cargo bench --bench native)"
cargo bench -q --bench native -- --json "$out/native.json"
build_wasm
log "Node benchmark"
node tests/bench/node.mjs --json "$out/node.json"
ensure_chromium
log "Chromium benchmark"
node tests/bench/browser.mjs --json "$out/browser.json"
raw=$(wc -c < www/pkg/vn_news_extract_bg.wasm)
gz=$(gzip -9 -c www/pkg/vn_news_extract_bg.wasm | wc -c)

node - "$out" "$raw" "$gz" <<'EOF'
const fs = require('fs');
const [dir, raw, gz] = process.argv.slice(2);
const read = (f) => JSON.parse(fs.readFileSync(`${dir}/${f}.json`, 'utf8'));
const n = read('native'), js = read('node'), br = read('browser');
const mbps = (b, ms) => (b / 1e6 / (ms / 1e3));
const f1 = (x) => x.toFixed(1);
const row = (label, b, nat, nod, chr) => {
  const a = mbps(b, nat), o = mbps(b, nod), c = chr == null ? null : mbps(b, chr);
  console.log(`| ${label} | ${f1(a)} | ${f1(o)} | ${c == null ? '–' : f1(c)} | ${f1(o / a)} | ${c == null ? '–' : f1(c / a)} |`);
};
console.log('\n## Throughput (MB/s of UTF-8 input, extract only)\n');
console.log('| input | native | Node (wasm) | Chromium (wasm) | Node/native | Chromium/native |');
console.log('|---|---:|---:|---:|---:|---:|');
row(`dev articles (${(n.dev_bytes / 1024).toFixed(0)} KB)`, n.dev_bytes, n.dev_ms, js.dev_ms, br.dev_ms);
row('1 MB', n.mb1_bytes, n.mb1_ms, js.mb1_ms, br.mb1_ms);
row('10 MB', n.mb10_bytes, n.mb10_ms, js.mb10_ms, null);
console.log(`\n## Start-up\n`);
console.log(`- Chromium (${br.browser}), navigation → first result: ${f1(br.cold_ms)} ms (page and glue loaded ${f1(br.module_loaded_ms)}, module fetched, compiled and instantiated ${f1(br.init_ms)}, first extract with lexicons built ${f1(br.first_extract_ms)})`);
console.log(`- Node: module compiled and instantiated in ${f1(js.startup_ms)} ms, first extract ${f1(js.first_extract_ms)} ms`);
console.log(`- native: lexicons built in ${f1(n.init_ms)} ms`);
console.log(`\n## Size\n\n- www/pkg/vn_news_extract_bg.wasm: ${raw} bytes raw, ${gz} bytes gzip -9`);
console.log('\n## Scaling (native)\n');
console.log('| input bytes | time | µs per KB |');
console.log('|---:|---:|---:|');
for (const s of n.scaling) console.log(`| ${s.bytes} | ${s.ms.toFixed(2)} ms | ${(s.ms * 1e3 / (s.bytes / 1024)).toFixed(0)} |`);
console.log('\n## Stages (native, 1 MB)\n');
console.log('| stage | ms |');
console.log('|---|---:|');
for (const s of n.stages) console.log(`| ${s.stage} | ${s.ms.toFixed(1)} |`);
console.log('\n## Memory\n');
if (n.peak_rss_kb) console.log(`- native: peak resident memory of the benchmark process after the 10 MB input ${(n.peak_rss_kb / 1024).toFixed(0)} MiB`);
console.log(`- wasm (Node): linear memory after the 10 MB input ${(js.memory_after_10mb / 1048576).toFixed(0)} MiB`);
EOF
