// Memory after a very large paste: WebAssembly memory only grows, so the worker that read a
// 10 MB text is replaced once it has answered (index.js FRESH_WORKER_CHARS); the page keeps no
// worker holding more than 64 MB. Sizes come from the workers themselves (memory.buffer.byteLength).
import { devText, ready, setText } from './helpers.mjs';

export const tests = [
  {
    name: 'a 10 MB paste leaves no worker holding more than 64 MB',
    async run({ base, newPage, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const before = await page.evaluate(async () => (await import(new URL('app.js', location.href).href)).workerMemory());
      const one = devText(root, '002');
      const n = Math.ceil(10e6 / Buffer.byteLength(one));
      const big = Array.from({ length: n }, () => one).join('\n\n');
      await setText(page, big);
      await page.waitForFunction(() => /ký tự\)/.test(document.getElementById('status').textContent)
        && document.body.dataset.running !== 'true' && !document.body.dataset.rendering, null, { timeout: 600000 });
      // the old worker goes once it has answered; the new one is started at once
      await page.waitForFunction(async () => (await (await import(new URL('app.js', location.href).href)).workerMemory()).retired.length > 0, null, { timeout: 60000, polling: 500 });
      const after = await page.evaluate(async () => (await import(new URL('app.js', location.href).href)).workerMemory());
      const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
      console.log(`     ${(Buffer.byteLength(big) / 1e6).toFixed(1)} MB pasted: the worker that read it held ${mb(after.retired[0])} and was replaced; `
        + `the worker now holds ${mb(after.wasmBytes)} (before the paste: ${mb(before.wasmBytes)})`);
      assert.ok(after.retired[0] > 64 * 2 ** 20, 'the worker that read 10 MB had grown (else this test measures nothing)');
      assert.ok(after.wasmBytes <= 64 * 2 ** 20, `the worker holds ${mb(after.wasmBytes)}`);
      assert.ok(await page.locator('#panels [data-kind=figures] tbody tr').count() > 100, 'the results are on screen');
      page.checkClean();
      await page.context().close();
    },
  },
];
