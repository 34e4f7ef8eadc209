// The JS API of the built module in Node: arguments of the wrong type are clear JS Errors and
// the module keeps working; lone surrogates give a result with a warning; and the wasm linear
// memory does not grow over 10 000 extractions of the dev articles past what one extraction of
// the largest of them needs; and the module gives the same results as the native CLI on every
// dev text (tests/data/dev/texts, and ../shared/eval/dev*/texts when present).
//
//   node tests/node/api.test.mjs      (after bash scripts/serve.sh --build-only)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = path.join(root, 'www/pkg');
if (!fs.existsSync(path.join(pkg, 'vn_news_extract_bg.wasm'))) {
  console.error('www/pkg is missing: run `bash scripts/serve.sh --build-only` first');
  process.exit(2);
}
const { initSync, extract, version } = await import(path.join(pkg, 'vn_news_extract.js'));
const wasm = initSync({ module: fs.readFileSync(path.join(pkg, 'vn_news_extract_bg.wasm')) });

let passed = 0;
const failed = [];
function test(name, f) {
  try {
    f();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed.push(name);
    console.log(`FAIL ${name}\n     ${String(e && e.stack || e).split('\n').slice(0, 4).join('\n     ')}`);
  }
}

test('extract returns a plain object with every key of the contract', () => {
  const x = extract('Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.', { referenceDate: '2025-12-23' });
  assert.equal(Object.getPrototypeOf(x), Object.prototype);
  assert.deepEqual(Object.keys(x), ['version', 'article', 'people', 'organizations', 'locations', 'dates', 'figures', 'documents', 'events', 'quotes', 'actions', 'warnings']);
  assert.equal(x.dates[0].value, '2025-12-22');
  assert.deepEqual(JSON.parse(JSON.stringify(x)), x, 'JSON-compatible: no Map, no undefined');
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('wrong argument types are JS Errors, and the module keeps working', () => {
  for (const bad of [null, undefined, 42, {}, [], true, Symbol('s'), 10n]) {
    assert.throws(() => extract(bad), (e) => e instanceof Error && /text must be a string/.test(e.message), String(typeof bad));
  }
  for (const badOptions of [5, 'x', [], true]) {
    assert.throws(() => extract('Năm 2025', badOptions), (e) => e instanceof Error && /options must be an object/.test(e.message));
  }
  assert.throws(() => extract('Năm 2025', { referenceDate: 20251223 }), (e) => e instanceof Error && /referenceDate/.test(e.message));
  // documented defaults: null/undefined options, a referenceDate that is not a date is ignored with a warning
  assert.equal(extract('Năm 2025', null).dates[0].value, '2025');
  const x = extract('hôm qua', { referenceDate: 'yesterday' });
  assert.equal(x.dates.length, 0);
  assert.match(x.warnings[0], /referenceDate/);
  assert.equal(extract('hôm qua', { referenceDate: '2025-06-15' }).dates[0].value, '2025-06-14');
});

test('lone surrogates: a result, a warning, offsets in UTF-16 units', () => {
  const text = '\uD800 Năm 2025 \uDC00';
  const x = extract(text);
  assert.equal(x.dates[0].span.start, 2);
  assert.equal(text.slice(x.dates[0].span.start, x.dates[0].span.end), x.dates[0].span.text);
  assert.match(x.warnings.join(' '), /surrogates/);
});

test('linear memory does not grow over 10 000 extractions of the dev articles', () => {
  const dir = path.join(root, 'tests/data/dev/texts');
  const texts = fs.readdirSync(dir).sort().map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
  for (const t of texts) extract(t);
  extract(largest);
  const after_one = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 10000; i++) extract(texts[i % texts.length]);
  const after_many = wasm.memory.buffer.byteLength;
  console.log(`     linear memory: ${after_one} bytes after one pass, ${after_many} after 10 000 extractions`);
  assert.equal(after_many, after_one);
});

test('the same results as the native CLI on the dev texts', () => {
  const dirs = [path.join(root, 'tests/data/dev/texts')];
  const shared = path.join(root, '../shared/eval');
  if (fs.existsSync(shared)) {
    for (const d of fs.readdirSync(shared).sort()) {
      if (d.startsWith('dev') && fs.existsSync(path.join(shared, d, 'texts'))) dirs.push(path.join(shared, d, 'texts'));
    }
  }
  const files = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(d, f)));
  assert.ok(files.length >= 5, `dev texts found: ${files.length}`);
  const cli = path.join(root, 'target/release/vn-news-extract');
  const built = spawnSync('cargo', ['build', '--release', '-q', '--bin', 'vn-news-extract'], { cwd: root, stdio: 'inherit' });
  assert.equal(built.status, 0, 'native CLI builds');
  const out = fs.mkdtempSync(path.join(root, 'target/node-vs-cli-'));
  try {
    // distinct stems per folder: one CLI run per folder
    let n = 0;
    for (const d of dirs) {
      const mine = files.filter((f) => path.dirname(f) === d);
      const o = path.join(out, String(n++));
      const r = spawnSync(cli, ['--out', o, ...mine], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      for (const f of mine) {
        const native = JSON.parse(fs.readFileSync(path.join(o, path.basename(f, '.txt') + '.json'), 'utf8'));
        const x = extract(fs.readFileSync(f, 'utf8'));
        assert.deepEqual(x, native, `wasm and native differ on ${f}`);
      }
    }
    console.log(`     ${files.length} texts: wasm in Node and the native CLI give the same JSON`);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

console.log(`\nnode tests: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
