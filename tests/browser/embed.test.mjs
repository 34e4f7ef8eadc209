// The embedding examples: a mock portal with the <vn-news-extract> element, themed from outside,
// and a mock newsroom CMS that tags articles with the worker API.
import { devText } from './helpers.mjs';

export const tests = [
  {
    name: 'portal page embeds <vn-news-extract>, styles it, and reads its "extracted" event',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(`${base}examples/portal-element.html`);
      const input = page.locator('vn-news-extract textarea');
      await input.fill(devText(root, '003'));
      await page.waitForFunction(() => Number(document.body.dataset.extracted) > 0);
      const side = await page.locator('#side-facts').textContent();
      assert.ok(side.includes('10 dấu ấn ngoại giao của TP.HCM năm 2024'), side);
      assert.ok(side.includes('hơn 40 đoàn cấp cao nước ngoài'));
      // the host's theme reaches inside: custom properties and ::part()
      const looks = await page.evaluate(() => {
        const root = document.querySelector('vn-news-extract').shadowRoot;
        return {
          button: getComputedStyle(root.querySelector('[part=button]')).textTransform,
          accent: getComputedStyle(root.querySelector('[part=button]')).backgroundColor,
          date: getComputedStyle(root.querySelector('mark.hl-date')).backgroundColor,
        };
      });
      assert.deepEqual(looks, { button: 'uppercase', accent: 'rgb(139, 26, 26)', date: 'rgb(253, 231, 198)' });
      const el = page.locator('vn-news-extract');
      assert.ok(await el.evaluate((e) => e.extraction.figures.some((f) => f.value === 40)));
      await el.locator('mark.hl-figure', { hasText: 'hơn 40 đoàn cấp cao nước ngoài' }).hover();
      await el.locator('[part=tooltip]').waitFor({ state: 'visible' });
      assert.equal(await el.locator('[part=tooltip]').textContent(), 'hơn 40 · đoàn cấp cao nước ngoài · năm 2024');
      // views="map graph": the pictures are parts of the element; a click selects in its text
      const map = el.locator('[part~=map]');
      await map.waitFor();
      const foreign = await map.locator('.hit').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-cc')).filter((c) => c !== 'VN'));
      assert.ok(foreign.length >= 3, `countries on the element's map: ${foreign.join(' ')}`);
      await map.locator(`[data-cc=${foreign[0]}]`).first().focus();
      await page.keyboard.press('Enter');
      assert.ok((await el.locator('mark.hl-active').count()) > 0, 'the country\'s mentions are selected in the element');
      const edges = el.locator('[part~=graph] .edge-hit');
      assert.ok((await edges.count()) >= 5, 'the graph has the actions');
      await edges.first().focus();
      await page.keyboard.press('Enter');
      assert.equal(await el.locator('mark.hl-action.hl-active').count(), 1, 'the action\'s sentence is selected');
      await el.locator('[part~=views]').screenshot({ path: `${process.cwd()}/target/screenshots/embed-element-views.png` });
      await shot(page, 'embed-element-portal');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.mouse.move(0, 0);
      await shot(page, 'embed-element-phone', { fullPage: false });
      await page.setViewportSize({ width: 1400, height: 1000 });
      // English labels, a kind toggled off
      await el.evaluate((e) => e.setAttribute('lang', 'en'));
      assert.equal(await el.locator('[part=button]').textContent(), 'Extract');
      assert.equal(await el.locator('[part~=map] figcaption').textContent(), 'Darker: mentioned more often. Click a country to highlight its mentions.');
      await el.locator('[part=legend-item][data-kind=dates]').click();
      assert.equal(await el.locator('mark.hl-date').count(), 0);
      // markup in the element's text stays text
      await el.evaluate((e) => { e.value = '<img src=x onerror="window.__pwned=1"> Năm 2024 có hơn 40 đoàn.'; });
      await page.waitForFunction(() => document.querySelector('vn-news-extract').extraction.figures.length === 1);
      assert.equal(await page.evaluate(() => window.__pwned), undefined);
      assert.equal(await el.locator('img').count(), 0);
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'the element holds a long paste in a card (size, beginning, edit warned, clear) and extracts from it',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(`${base}examples/portal-element.html`);
      const one = devText(root, '003');
      const long = Array.from({ length: Math.ceil(210000 / one.length) }, () => one).join('\n\n');
      const el = page.locator('vn-news-extract');
      await el.evaluate((e, t) => {
        const ta = e.shadowRoot.querySelector('textarea');
        ta.focus();
        const dt = new DataTransfer();
        dt.setData('text/plain', t);
        ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      }, long);
      assert.ok(await el.locator('textarea').isHidden(), 'the long text is not put in the text box');
      const card = el.getByRole('group', { name: `${long.length.toLocaleString('vi-VN')} ký tự đã dán` });
      await card.waitFor();
      await page.waitForFunction((n) => document.querySelector('vn-news-extract').value.length === n
        && (document.querySelector('vn-news-extract').extraction?.figures.length || 0) > 100, long.length, { timeout: 120000 });
      await el.getByRole('button', { name: /^Sửa: đưa [\d.]+ ký tự vào ô nhập$/ }).click();
      await el.getByRole('button', { name: 'Vẫn sửa' }).waitFor();
      await el.locator('[part=held]').screenshot({ path: `${process.cwd()}/target/screenshots/embed-element-held.png` });
      await el.evaluate((e) => e.setAttribute('lang', 'en'));
      await el.getByRole('button', { name: 'Cancel' }).click();
      await el.getByRole('button', { name: 'Clear the pasted text' }).click();
      assert.ok(await el.locator('[part=held]').isHidden() && await el.locator('textarea').isVisible());
      assert.equal(await el.evaluate((e) => e.value), '');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'newsroom CMS tags five articles with createExtractor().extractMany and shows progress',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage({ viewport: { width: 1200, height: 800 } });
      await page.goto(`${base}examples/portal-worker.html`);
      const button = page.getByRole('button', { name: 'Gắn thẻ tất cả' });
      await button.click();
      await page.waitForFunction(() => document.body.dataset.tagged === '5');
      assert.equal(await page.locator('#cms-progress').evaluate((p) => `${p.value}/${p.max}`), '5/5');
      const rows = await page.locator('#cms-rows tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
      assert.equal(rows.length, 5);
      assert.equal(rows[3][1], '10 dấu ấn ngoại giao của TP.HCM năm 2024');
      assert.equal(rows[3][2], '2025-01-12T12:52+07:00');
      assert.ok(rows[3][3].includes('2024'));
      assert.ok(rows[4][4].includes('155 đoàn khách quốc tế'));
      assert.match(await page.locator('#cms-status').textContent(), /^Đã gắn thẻ 5 bài \(phiên bản \d+\.\d+\.\d+\)\.$/);
      await shot(page, 'embed-worker-cms');
      page.checkClean();
      await page.context().close();
    },
  },
];
