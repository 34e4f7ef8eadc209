// The README's two embeds, as written: its code blocks are taken from www/package/README.md (the
// README in the tarball) and put in a fresh site; the plain HTML page is served as it is, the
// Vite app is made with the README's commands (offline, from the npm cache that the test command
// fills: scripts/setup.sh ensure_vite_cache) and built. Both run under the strict CSP with one
// worker: the .wasm is fetched once.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The code blocks of the section `title` of the README: [{ lang, file, code }], file from a first-line comment. */
function blocks(readme, title) {
  const start = readme.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`README: no section ${title}`);
  const end = readme.indexOf('\n## ', start + 3);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => {
    const m = code.match(/^(?:<!--\s*([\w.-]+)\s*-->|\/\/\s*([\w.-]+\.\w+)|\/\*\s*([\w.-]+)\s*\*\/)/);
    const file = m ? m[1] || m[2] || m[3] : null;
    return { lang, file, code: file && lang === 'html' ? code.replace(/^<!--[^\n]*-->\n/, '') : code };
  });
}

function pack(root) {
  const out = path.join(root, 'target/npm');
  fs.mkdirSync(out, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', out], { cwd: path.join(root, 'www/pkg'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  return path.join(out, packed.filename);
}

async function visit({ newPage, startServer, assert, shot }, dir, name, check) {
  fs.writeFileSync(path.join(dir, 'favicon.ico'), ''); // (the host site's own; the browser asks for it)
  const { server, url } = await startServer({ root: dir, port: 0, csp: true });
  try {
    const page = await newPage();
    await page.goto(url);
    await check(page);
    const wasm = page.requests.filter((u) => u.endsWith('.wasm'));
    assert.equal(wasm.length, 1, `the .wasm is fetched once (one worker): ${wasm.join(' ')}`);
    await shot(page, name);
    page.checkClean(new URL(url).origin);
    await page.context().close();
  } finally {
    server.close();
  }
}

export const tests = [
  {
    name: 'the README\'s plain HTML embed works as written: element with map and graph, event, one worker',
    async run(ctx) {
      const { root, assert } = ctx;
      const readme = fs.readFileSync(path.join(root, 'www/package/README.md'), 'utf8');
      const files = blocks(readme, 'A plain HTML page (no build step)').filter((b) => b.file);
      assert.deepEqual(files.map((f) => f.file), ['index.html', 'portal.js', 'portal.css']);
      const site = path.join(root, 'target/readme-plain');
      fs.rmSync(site, { recursive: true, force: true });
      const vendor = path.join(site, 'vendor/vn-news-extract');
      fs.mkdirSync(vendor, { recursive: true });
      execFileSync('tar', ['-xzf', pack(root), '-C', vendor, '--strip-components=1']);
      for (const f of files) fs.writeFileSync(path.join(site, f.file), f.code);
      await visit(ctx, site, 'readme-plain-html', async (page) => {
        const el = page.locator('vn-news-extract');
        await el.locator('textarea').fill('Chiều 7/11/2024, ông Võ Văn Hoan tiếp Đại sứ Nhật Bản tại TP.HCM. Hôm sau, ông thăm Lào.');
        await page.waitForFunction(() => document.getElementById('places').textContent.includes('Nhật Bản'));
        assert.ok(await el.locator('[part~=map]').isVisible(), 'the map');
        assert.ok(await el.locator('[part~=graph]').isVisible(), 'the graph');
        await el.locator('[part~=map] path[data-cc=JP]').focus();
        await page.keyboard.press('Enter');
        assert.deepEqual(await el.locator('mark.hl-active').allTextContents(), ['Nhật Bản']);
        // the theme of portal.css reaches inside
        assert.equal(await el.locator('[part=button]').evaluate((b) => getComputedStyle(b).textTransform), 'uppercase');
        const got = [...new Set(page.requests.map((u) => new URL(u).pathname).filter((p) => p.startsWith('/vendor/')).map((p) => p.split('/').pop()))].sort();
        assert.deepEqual(got, ['element.js', 'index.js', 'render.js', 'views.js', 'vn_news_extract.js', 'vn_news_extract_bg.wasm', 'worker.js', 'world.js'],
          'the files the README lists');
        assert.equal(page.requests.filter((u) => u.endsWith('/vn_news_extract.js')).length, 1, 'the glue is loaded once (in the worker)');
      });
    },
  },
  {
    name: 'the README\'s Vite embed works as written: a fresh app from the tarball, built offline, one worker',
    async run(ctx) {
      const { root, assert } = ctx;
      const readme = fs.readFileSync(path.join(root, 'www/package/README.md'), 'utf8');
      const bs = blocks(readme, 'With Vite');
      const sh = bs.find((b) => b.lang === 'sh').code.trim().split('\n');
      const files = bs.filter((b) => b.file);
      assert.deepEqual(files.map((f) => f.file), ['index.html', 'main.js']);
      const app = path.join(root, 'target/readme-vite');
      fs.rmSync(app, { recursive: true, force: true });
      fs.mkdirSync(app, { recursive: true });
      const tgz = pack(root);
      // the README's commands, offline (from the npm cache), with the tarball just built
      for (const line of sh) {
        let cmd = line.replace(/\.\/vn-news-extract-[\d.]+\.tgz/, JSON.stringify(tgz));
        if (/^npm install/.test(cmd)) cmd += ' --offline --no-audit --no-fund --loglevel=error';
        execSync(cmd, { cwd: app, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300000 });
      }
      for (const f of files) fs.writeFileSync(path.join(app, f.file), f.code);
      assert.equal(JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8')).type, 'module');
      execSync('npx --offline vite build --logLevel error', { cwd: app, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300000 });
      const assets = fs.readdirSync(path.join(app, 'dist/assets'));
      assert.ok(assets.some((f) => /^worker-.*\.js$/.test(f)) && assets.some((f) => f.endsWith('.wasm')), assets.join(' '));
      await visit(ctx, path.join(app, 'dist'), 'readme-vite-app', async (page) => {
        await page.waitForFunction(() => document.getElementById('tags').textContent.length > 0);
        const tags = await page.locator('#tags').textContent();
        assert.ok(tags.includes('Nhật Bản') && tags.includes('Lào'), tags);
        const el = page.locator('vn-news-extract');
        await el.evaluate((e) => { e.value = document.getElementById('story').textContent; });
        await page.waitForFunction(() => document.querySelector('vn-news-extract').extraction !== null);
        assert.ok(await el.locator('[part~=map]').isVisible(), 'the element shows its map');
        assert.equal(await el.locator('[part=button]').textContent(), 'Extract');
      });
    },
  },
];
