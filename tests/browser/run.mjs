// Browser tests: serve www/ on 127.0.0.1, drive Debian's Chromium with playwright-core, run
// every *.test.mjs here, save screenshots to target/screenshots/, print a summary.
//
//   node tests/browser/run.mjs [filter]
//
// Each test file exports `tests`: [{ name, run: async (ctx) => {} }], where ctx has
// { browser, base, newPage, shot, assert, root }. `newPage()` opens a page that records console
// errors, page errors and every request; `page.checkClean()` asserts none was an error and
// no request left 127.0.0.1.
import { chromium } from '../../scripts/node_modules/playwright-core/index.mjs';
import { startServer } from '../../scripts/serve.mjs';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const shotsDir = path.join(root, 'target', 'screenshots');
fs.mkdirSync(shotsDir, { recursive: true });

if (!fs.existsSync(path.join(root, 'www/pkg/vn_news_extract_bg.wasm'))) {
  console.error('www/pkg is missing: run `bash scripts/serve.sh --build-only` first');
  process.exit(2);
}

const filter = process.argv[2] || '';
const { server, url: base } = await startServer({ root: path.join(root, 'www'), port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function newPage(opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, ...opts });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.problems = problems;
  page.requests = requests;
  page.checkClean = () => {
    assert.deepEqual(problems, [], 'no console or page errors');
    const origin = new URL(base).origin;
    const off = requests.filter((u) => !(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(off, [], 'no request leaves the page origin');
  };
  return page;
}

async function shot(page, name) {
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const files = fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort();
let passed = 0;
const failed = [];
for (const f of files) {
  const mod = await import(path.join(here, f));
  for (const t of mod.tests) {
    const name = `${f.replace('.test.mjs', '')}: ${t.name}`;
    if (filter && !name.includes(filter)) continue;
    const t0 = Date.now();
    try {
      await t.run({ browser, base, newPage, shot, assert, root });
      passed++;
      console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed.push(name);
      console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 6).join('\n     ')}`);
    }
  }
}
await browser.close();
server.close();
console.log(`\nbrowser tests: ${passed} passed, ${failed.length} failed; screenshots in ${path.relative(process.cwd(), shotsDir)}/`);
process.exit(failed.length ? 1 : 0);
