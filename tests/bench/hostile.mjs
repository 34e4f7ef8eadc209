// The six hostile families of the linear-time issue, at 100 KB, 1 MB and 4 MB: CPU seconds of
// the release command line (natively: user + system time of the process, from /usr/bin/time)
// and milliseconds of `extract` in Node through the wasm module (best of two, 100 KB and 1 MB).
//   node tests/bench/hostile.mjs [--cli target/release/vn-news-extract] [--json FILE]
// (after `cargo build --release` and `bash scripts/serve.sh --build-only`). A benchmark, not a
// test: the scaling test (tests/scaling.rs) checks the ratios in the test command.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const cli = arg('--cli', path.join(root, 'target/release/vn-news-extract'));
const pkg = path.join(root, 'www/pkg');
const { initSync, extract } = await import(path.join(pkg, 'vn_news_extract.js'));
initSync({ module: fs.readFileSync(path.join(pkg, 'vn_news_extract_bg.wasm')) });
extract('Ngày 2/9/2025, ông Hà tiếp Đại sứ.');

/** `n` bytes (at least) of the repeated piece `f(i)`. */
const repeat = (n, f) => {
  const parts = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const p = f(i);
    parts.push(p);
    len += Buffer.byteLength(p);
  }
  return parts.join('');
};
/** A seeded generator (mulberry32), so the quotation-mark family is the same every run. */
const rng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const families = [
  ['"1" + ".000" * N + ".00"', (n) => '1' + '.000'.repeat(Math.ceil(n / 4)) + '.00'],
  ['"ngày 1 tháng 1 năm 1 " * N', (n) => repeat(n, () => 'ngày 1 tháng 1 năm 1 ')],
  ['f"Chiều {d}/{m}/{y}, ngày {d} tháng {m} "', (n) =>
    repeat(n, (i) => `Chiều ${(i % 28) + 1}/${(i % 12) + 1}/${1990 + (i % 60)}, ngày ${(i % 28) + 1} tháng ${(i % 12) + 1} `)],
  ['"ông Nguyễn Văn An tiếp Đại sứ …" * N', (n) =>
    repeat(n, () => 'ông Nguyễn Văn An tiếp Đại sứ Mông Cổ tại Hà Nội và hợp tác với các đối tác quốc tế ')],
  ['quotation marks and words, seeded', (n) => {
    const r = rng(7);
    const marks = ['“', '”', '"', '«', '»'];
    const words = ['ông', 'nói', 'Hà Nội', 'hợp tác', 'và', 'Đại sứ', 'cho biết'];
    return repeat(n, () => (r() < 0.3 ? marks[Math.floor(r() * marks.length)] : words[Math.floor(r() * words.length)] + ' '));
  }],
  ['f"Nghị quyết {i}/NQ-CP, Quyết định …; "', (n) =>
    repeat(n, (i) => `Nghị quyết ${i}/NQ-CP, Quyết định ${i}-QĐ/TW và Luật số ${i}/2025/QH15; `)],
];
const sizes = [100_000, 1_000_000, 4_000_000];

/** CPU seconds (user + system) of the command line on `text`, best of two. */
const nativeCpu = (text) => {
  const file = path.join(os.tmpdir(), `vn-hostile-${process.pid}.txt`);
  fs.writeFileSync(file, text);
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%U %S', cli, '--quiet', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const line = r.stderr.trim().split('\n').pop();
    const [u, s] = line.split(' ').map(Number);
    best = Math.min(best, u + s);
  }
  fs.unlinkSync(file);
  return best;
};
/** Milliseconds of one `extract` in Node, best of two. */
const nodeMs = (text) => {
  let best = Infinity;
  for (let k = 0; k < 2; k++) {
    const t = performance.now();
    extract(text);
    best = Math.min(best, performance.now() - t);
  }
  return best;
};

const rows = [];
console.log('| input | native 100 KB | native 1 MB | native 4 MB | Node 100 KB | Node 1 MB | Node 4 MB |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, make] of families) {
  const row = { family: name, native_s: [], node_ms: [] };
  for (const n of sizes) {
    const text = make(n);
    row.native_s.push(nativeCpu(text));
    row.node_ms.push(nodeMs(text));
  }
  rows.push(row);
  const s = row.native_s.map((x) => `${x.toFixed(2)} s`);
  const m = row.node_ms.map((x) => `${(x / 1e3).toFixed(2)} s`);
  console.log(`| \`${name}\` | ${s.join(' | ')} | ${m.join(' | ')} |`);
}
const out = arg('--json', null);
if (out) fs.writeFileSync(out, JSON.stringify({ sizes, rows }, null, 1));
