// Runs www/bench.html in headless Chromium (Debian's, via playwright-core) against a local
// server, with a cold cache, three times; prints the best cold start and warm throughput.
//   node tests/bench/browser.mjs [--json FILE]      (after bash scripts/serve.sh --build-only)
import { chromium } from '../../scripts/node_modules/playwright-core/index.mjs';
import { startServer } from '../../scripts/serve.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { server, url } = await startServer({ root: path.join(root, 'www'), port: 0, csp: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const runs = [];
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext(); // a fresh profile: nothing cached
  const page = await context.newPage();
  await page.goto(`${url}bench.html`);
  await page.waitForFunction(() => window.benchResult, null, { timeout: 120000 });
  runs.push(await page.evaluate(() => window.benchResult));
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(runs[runs.length - 1]));
  await context.close();
}
await browser.close();
server.close();
if (runs.some((r) => r.error)) throw new Error(runs.find((r) => r.error).error);
const coldest = runs.reduce((a, b) => (b.cold_ms < a.cold_ms ? b : a));
const r = {
  cold_ms: coldest.cold_ms, module_loaded_ms: coldest.module_loaded_ms, init_ms: coldest.init_ms, first_extract_ms: coldest.first_extract_ms,
  dev_bytes: runs[0].dev_bytes, dev_ms: Math.min(...runs.map((x) => x.dev_ms)),
  mb1_bytes: runs[0].mb1_bytes, mb1_ms: Math.min(...runs.map((x) => x.mb1_ms)),
  browser: runs[0].userAgent.match(/Chrome\/[\d.]+/)?.[0] || runs[0].userAgent,
};
const mbps = (b, ms) => (b / 1e6 / (ms / 1e3)).toFixed(1);
console.log(`${r.browser}: cold start ${r.cold_ms.toFixed(1)} ms (script and module fetched ${r.module_loaded_ms.toFixed(1)}, compiled and instantiated ${r.init_ms.toFixed(1)}, first extract ${r.first_extract_ms.toFixed(1)}); dev ${mbps(r.dev_bytes, r.dev_ms)} MB/s, 1 MB ${mbps(r.mb1_bytes, r.mb1_ms)} MB/s`);
const i = process.argv.indexOf('--json');
if (i > 0) fs.writeFileSync(process.argv[i + 1], JSON.stringify(r));
