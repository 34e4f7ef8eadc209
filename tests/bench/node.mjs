// Node benchmark of the wasm module: warm throughput of `extract` through the JS boundary on the
// dev articles and on 1 MB / 10 MB concatenations, module start-up, and memory after 10 MB.
//   node tests/bench/node.mjs [--json FILE]      (after bash scripts/serve.sh --build-only)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(root, 'www/pkg');
const t0 = performance.now();
const { initSync, extract } = await import(path.join(pkg, 'vn_news_extract.js'));
const wasm = initSync({ module: fs.readFileSync(path.join(pkg, 'vn_news_extract_bg.wasm')) });
const t1 = performance.now();
extract('Chiều 22-12, Sở Ngoại vụ TP.HCM đón hơn 80 đoàn cấp cao.');
const t2 = performance.now();

const dir = path.join(root, 'tests/data/dev/texts');
const texts = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const devBytes = texts.reduce((s, t) => s + bytes(t), 0);
const concat = (n) => {
  let s = '';
  for (;;) for (const t of texts) { if (bytes(s) + bytes(t) + 2 > n) return s; s += t + '\n\n'; }
};
const best = (reps, f) => { let b = Infinity; for (let i = 0; i < reps; i++) { const s = performance.now(); f(); b = Math.min(b, performance.now() - s); } return b; };

const dev = best(20, () => { for (const t of texts) extract(t); });
const mb1 = concat(1 << 20);
const t1mb = best(3, () => extract(mb1));
const mb10 = concat(10 << 20);
const t10 = best(1, () => extract(mb10));
const mem10 = wasm.memory.buffer.byteLength;
const r = {
  startup_ms: t1 - t0, first_extract_ms: t2 - t1,
  dev_bytes: devBytes, dev_ms: dev, mb1_bytes: bytes(mb1), mb1_ms: t1mb, mb10_bytes: bytes(mb10), mb10_ms: t10,
  memory_after_10mb: mem10,
};
const mbps = (b, ms) => (b / 1e6 / (ms / 1e3)).toFixed(1);
console.log(`Node ${process.version}: module start ${r.startup_ms.toFixed(1)} ms, first extract ${r.first_extract_ms.toFixed(1)} ms; dev ${mbps(devBytes, dev)} MB/s, 1 MB ${mbps(r.mb1_bytes, t1mb)} MB/s, 10 MB ${mbps(r.mb10_bytes, t10)} MB/s; linear memory after 10 MB: ${(mem10 / 1048576).toFixed(0)} MiB`);
const i = process.argv.indexOf('--json');
if (i > 0) fs.writeFileSync(process.argv[i + 1], JSON.stringify(r));
