// Offline use: the service worker serves the page and the module once the server is gone; the
// single-file build opens from file:// with no server at all.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { devText, ready, tipOf } from './helpers.mjs';

export const tests = [
  {
    name: 'load once, go offline (server stopped too), reload and extract',
    async run({ newPage, shot, assert, root, startServer }) {
      const { server, url } = await startServer({ root: path.join(root, 'www'), port: 0, csp: true });
      const page = await newPage();
      try {
        await page.goto(url);
        await ready(page);
        // the service worker has taken control and cached the page and the module
        const cached = await page.evaluate(async () => {
          await navigator.serviceWorker.ready;
          for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 100));
          const keys = await (await caches.open('vn-news-extract-v2')).keys();
          return { controlled: !!navigator.serviceWorker.controller, files: keys.map((r) => new URL(r.url).pathname) };
        });
        assert.ok(cached.controlled, 'the service worker controls the page');
        for (const f of ['/', '/app.js', '/pkg/worker.js', '/pkg/views.js', '/pkg/world.js', '/pkg/vn_news_extract.js', '/pkg/vn_news_extract_bg.wasm']) {
          assert.ok(cached.files.includes(f), `${f} is cached: ${cached.files.join(' ')}`);
        }
      } finally {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
      await page.context().setOffline(true);
      await page.reload();
      await ready(page);
      await page.locator('#text').click();
      await page.keyboard.type('Sáng 13/12/2025, Sở Ngoại vụ tiếp khoảng 30 đoàn.');
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-date').length === 1 && document.querySelectorAll('mark.hl-figure').length === 1);
      assert.equal(await tipOf(page.locator('mark.hl-date')), '2025-12-13 · ngày · sáng');
      // an example article comes from the cache too
      await page.locator('button.example').nth(3).click();
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length === 7);
      await shot(page, 'offline-reloaded');
      page.checkClean(new URL(url).origin);
      await page.context().close();
    },
  },
  {
    name: 'the single-file build opens from file:// with no server and extracts in a worker',
    async run({ newPage, shot, assert, root }) {
      const file = pathToFileURL(path.join(root, 'www/pkg/vn-news-extract.html')).href;
      const page = await newPage({ viewport: { width: 1200, height: 900 } });
      await page.goto(file);
      await ready(page);
      assert.equal(await page.evaluate(() => document.body.dataset.worker), 'true');
      await page.locator('#text').click();
      await page.keyboard.type('Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.');
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length === 1);
      await page.locator('#text').fill(devText(root, '003'));
      await page.getByRole('button', { name: 'Trích xuất' }).click();
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length === 7);
      assert.ok((await page.locator('#article').textContent()).includes('10 dấu ấn ngoại giao của TP.HCM năm 2024'));
      await page.locator('button.example').first().click();
      await page.waitForFunction(() => document.getElementById('text').value.trim().startsWith('date 2025-12-23'));
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length === 5);
      await shot(page, 'single-file-from-file-url');
      const off = page.requests.filter((u) => u !== file && !u.startsWith('blob:') && !u.startsWith('data:'));
      assert.deepEqual(off, [], 'the single file loads nothing else');
      page.checkClean('file://');
      await page.context().close();
    },
  },
];
