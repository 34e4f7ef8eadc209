// The npm package: `npm pack` on www/pkg makes a tarball with the module, the worker, the element
// and complete TypeScript types; a host site that unpacks it uses all three entry points.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const tests = [
  {
    name: 'npm pack makes a tarball that a host page uses: init/extract, createExtractor, <vn-news-extract>',
    async run({ newPage, shot, assert, root, startServer }) {
      const pkgDir = path.join(root, 'www/pkg');
      const out = path.join(root, 'target/npm');
      fs.rmSync(out, { recursive: true, force: true });
      fs.mkdirSync(out, { recursive: true });
      const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
      const tgz = path.join(out, packed.filename);
      const size = fs.statSync(tgz).size;
      console.log(`     ${packed.filename}: ${size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.files.length} files`);
      assert.deepEqual(packed.files.map((f) => f.path).sort(), ['README.md', 'element.d.ts', 'element.js', 'index.d.ts', 'index.js', 'package.json',
        'render.js', 'views.js', 'vn_news_extract.js', 'vn_news_extract_bg.wasm', 'worker.js', 'world.js']);
      const manifest = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
      assert.equal(manifest.name, 'vn-news-extract');
      assert.match(manifest.version, /^\d+\.\d+\.\d+/);
      assert.equal(manifest.types, './index.d.ts');
      assert.deepEqual(Object.keys(manifest.exports), ['.', './element', './worker', './vn_news_extract_bg.wasm', './package.json']);
      // the declarations cover the whole Extraction, without `any`
      const dts = fs.readFileSync(path.join(pkgDir, 'index.d.ts'), 'utf8');
      const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      assert.ok(!/\bany\b/.test(code), 'no `any` in index.d.ts');
      for (const t of ['Span', 'Article', 'Person', 'Organization', 'Location', 'DateMention', 'Figure', 'DocumentRef', 'EventRef', 'Quote', 'Action', 'Extraction']) {
        assert.match(code, new RegExp(`export interface ${t} \\{`), `${t} is declared`);
      }
      for (const f of ['people: Person[]', 'organizations: Organization[]', 'locations: Location[]', 'dates: DateMention[]', 'figures: Figure[]',
        'documents: DocumentRef[]', 'events: EventRef[]', 'quotes: Quote[]', 'actions: Action[]', 'warnings: string[]', 'version: 1']) {
        assert.ok(code.includes(f), `Extraction has ${f}`);
      }

      // a host site with the unpacked package in node_modules/
      const site = path.join(out, 'site');
      const mod = path.join(site, 'node_modules/vn-news-extract');
      fs.mkdirSync(mod, { recursive: true });
      execFileSync('tar', ['-xzf', tgz, '-C', mod, '--strip-components=1']);
      fs.writeFileSync(path.join(site, 'index.html'), `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="module" src="node_modules/vn-news-extract/element.js"></script><script type="module" src="main.js"></script></head>
<body><h1>Trang chủ của cổng</h1><pre id="out"></pre><vn-news-extract lang="en" manual no-input>Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.</vn-news-extract></body></html>`);
      fs.writeFileSync(path.join(site, 'main.js'), `import { init, extract, version, createExtractor } from './node_modules/vn-news-extract/index.js';
await init();
const a = extract('Năm 2024, Thành phố đón hơn 40 đoàn cấp cao.');
const ex = createExtractor();
const b = await ex.extract('Sáng 13/12/2025, hội nghị có khoảng 300 đại biểu.');
let progress = 0;
const many = await ex.extractMany(['Ngày 1/1/2025.', 'Ngày 2/1/2025.', 'Ngày 3/1/2025.'], null, () => { progress++; });
ex.terminate();
document.getElementById('out').textContent = JSON.stringify({ version: version(), a: a.figures[0].span.text, b: b.dates[0].value, many: many.map((x) => x.dates[0].value), progress });
document.body.dataset.done = 'true';
`);
      const { server, url } = await startServer({ root: site, port: 0, csp: true });
      try {
        const page = await newPage();
        await page.goto(url);
        await page.waitForFunction(() => document.body.dataset.done === 'true');
        const r = JSON.parse(await page.locator('#out').textContent());
        assert.deepEqual({ ...r, version: typeof r.version }, {
          version: 'string', a: 'hơn 40 đoàn cấp cao', b: '2025-12-13', many: ['2025-01-01', '2025-01-02', '2025-01-03'], progress: 3,
        });
        await page.waitForFunction(() => document.querySelector('vn-news-extract').extraction !== null);
        assert.equal(await page.locator('vn-news-extract mark.hl-figure').textContent(), 'hơn 80 đoàn cấp cao');
        assert.equal(await page.locator('vn-news-extract textarea').isVisible(), false, 'no-input hides the input');
        assert.ok(await page.locator('vn-news-extract [part=legend-item][data-kind=dates]').isVisible(), 'the legend stays');
        await shot(page, 'package-host-page');
        page.checkClean(new URL(url).origin);
        await page.context().close();
      } finally {
        server.close();
      }
    },
  },
];
