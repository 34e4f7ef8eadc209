// The browser benchmark (www/bench.html): cold start from navigation to the first result
// (fetch, compile, instantiate, first extract), then warm throughput on the example articles
// and a 1 MB concatenation. Timestamps are performance.now(): milliseconds since navigation.
import init, { extract } from './pkg/vn_news_extract.js';

const SAMPLE = 'Chiều 22-12, Sở Ngoại vụ TP.HCM tổ chức hội nghị tổng kết công tác năm 2025, đón hơn 80 đoàn cấp cao.';

async function main() {
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  const first = extract(SAMPLE);
  const cold = performance.now();
  const index = await (await fetch('pkg/examples/index.json')).json();
  const texts = await Promise.all(index.map(async (it) => (await fetch(`pkg/examples/${encodeURIComponent(it.file)}`)).text()));
  const enc = new TextEncoder();
  const bytes = (s) => enc.encode(s).length;
  const devBytes = texts.reduce((s, t) => s + bytes(t), 0);
  const best = (reps, f) => { let b = Infinity; for (let i = 0; i < reps; i++) { const s = performance.now(); f(); b = Math.min(b, performance.now() - s); } return b; };
  const dev = best(20, () => { for (const t of texts) extract(t); });
  let mb1 = '';
  outer: for (;;) for (const t of texts) { if (bytes(mb1) + bytes(t) + 2 > 1 << 20) break outer; mb1 += `${t}\n\n`; }
  const tMb1 = best(3, () => extract(mb1));
  const r = { module_loaded_ms: t0, init_ms: t1 - t0, first_extract_ms: cold - t1, cold_ms: cold, dates_in_sample: first.dates.length, dev_bytes: devBytes, dev_ms: dev, mb1_bytes: bytes(mb1), mb1_ms: tMb1, userAgent: navigator.userAgent };
  const mbps = (b, ms) => (b / 1e6 / (ms / 1e3)).toFixed(1);
  document.getElementById('out').textContent = `cold start ${cold.toFixed(1)} ms\ndev articles ${mbps(devBytes, dev)} MB/s\n1 MB ${mbps(r.mb1_bytes, tMb1)} MB/s`;
  window.benchResult = r;
}

main().catch((e) => { document.getElementById('out').textContent = `error: ${e.message}`; window.benchResult = { error: e.message }; });
