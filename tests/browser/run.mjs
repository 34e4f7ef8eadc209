// Browser tests: serve www/ on 127.0.0.1, drive Debian's Chromium with playwright-core, run
// every *.test.mjs here, save screenshots to target/screenshots/, print a summary.
//
//   node tests/browser/run.mjs [filter]
//
// www/ is served with the strict Content-Security-Policy the module documents (serve.mjs --csp),
// so every test also checks that the page works under it.
// Each test file exports `tests`: [{ name, run: async (ctx) => {} }], where ctx has
// { browser, base, newPage, shot, assert, root, startServer }. `newPage(contextOptions)` opens a
// page (in a new context) that records console errors, page errors, dialogs (alert/confirm…) and
// every request; `page.checkClean()` asserts there was none of the first three and no request
// left the page's origin.
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
const { server, url: base } = await startServer({ root: path.join(root, 'www'), port: 0, csp: true });
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
  page.on('dialog', (d) => { problems.push(`dialog: ${d.type()} ${d.message()}`); d.dismiss().catch(() => {}); });
  page.problems = problems;
  page.requests = requests;
  page.checkClean = (origin = new URL(base).origin) => {
    assert.deepEqual(problems, [], 'no console or page errors, no dialogs');
    const off = requests.filter((u) => !(u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')));
    assert.deepEqual(off, [], 'no request leaves the page origin');
  };
  return page;
}

async function shot(page, name, { fullPage = true, caret = 'hide' } = {}) {
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage, caret });
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
      await t.run({ browser, base, newPage, shot, assert, root, startServer });
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
