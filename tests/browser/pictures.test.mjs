// The pictures and the phone: the world map and the actions graph for one diplomatic article and
// for a batch of five, in Vietnamese and English, a click on either selecting the mentions; the
// first screen before any input; each panel at 390×844 (screenshots in target/screenshots/).
import { devText, ready, setText, spans, emptyExtraction, showMock, tipOf } from './helpers.mjs';

const A = `Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản

Chiều 7/11/2024, Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản tại TP.HCM. Ngày 8/11/2024, ông Võ Văn Hoan thăm Lào và hội đàm với Thủ đô Viêng Chăn. Đoàn cũng ký kết bản ghi nhớ với Singapore.`;

function mock(text) {
  const x = emptyExtraction();
  x.article = { ...x.article, title: text.split('\n')[0] };
  x.people = [{ name: 'Võ Văn Hoan', titles: ['Phó Chủ tịch UBND TP.HCM'], honorific: null, mentions: spans(text, 'Võ Văn Hoan') }];
  x.locations = [
    { name: 'Thành phố Hồ Chí Minh', kind: 'province', countryCode: 'VN', mentions: spans(text, 'TP.HCM') },
    { name: 'Nhật Bản', kind: 'country', countryCode: 'JP', mentions: spans(text, 'Nhật Bản') },
    { name: 'Lào', kind: 'country', countryCode: 'LA', mentions: spans(text, 'Lào') },
    { name: 'Viêng Chăn', kind: 'city', countryCode: 'LA', mentions: spans(text, 'Viêng Chăn') },
    { name: 'Singapore', kind: 'country', countryCode: 'SG', mentions: spans(text, 'Singapore') },
  ];
  x.actions = [
    { type: 'receive', actor: 'Võ Văn Hoan', counterpart: 'Đại sứ Nhật Bản', location: 'TP.HCM', date: '2024-11-07', span: spans(text, 'Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản tại TP.HCM')[0] },
    { type: 'visit', actor: 'Võ Văn Hoan', counterpart: null, location: 'Lào', date: '2024-11-08', span: spans(text, 'ông Võ Văn Hoan thăm Lào')[0] },
    { type: 'talks', actor: 'Võ Văn Hoan', counterpart: 'Thủ đô Viêng Chăn', location: 'Lào', date: '2024-11-08', span: spans(text, 'hội đàm với Thủ đô Viêng Chăn')[0] },
    { type: 'sign', actor: 'Đoàn', counterpart: 'Singapore', location: null, date: null, span: spans(text, 'Đoàn cũng ký kết bản ghi nhớ với Singapore')[0] },
  ];
  return x;
}

/**
 * At the page's width: the elements of `root` that stick out of the viewport without being in a
 * box that scrolls sideways (inside the viewport), and the tables that scroll without a hint
 * (the shadow at the edge, the sticky first column).
 */
async function overflow(page, root) {
  return page.evaluate((sel) => {
    const vw = document.documentElement.clientWidth;
    const bad = [];
    for (const e of document.querySelectorAll(`${sel} *`)) {
      const r = e.getBoundingClientRect();
      if (!r.width || r.right <= vw + 1) continue;
      let ok = false;
      for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
        if (/auto|scroll|hidden/.test(getComputedStyle(p).overflowX) && p.getBoundingClientRect().right <= vw + 1) { ok = true; break; }
      }
      if (!ok) bad.push(`${e.tagName.toLowerCase()}.${e.className} right ${Math.round(r.right)}`);
    }
    const unhinted = [...document.querySelectorAll(`${sel} table`)].filter((t) => {
      const wrap = t.closest('.table-wrap');
      if (!wrap || wrap.scrollWidth <= wrap.clientWidth + 1) return false;
      const hint = /radial-gradient/.test(getComputedStyle(wrap).backgroundImage);
      const sticky = getComputedStyle(t.rows[t.rows.length - 1].cells[0]).position === 'sticky';
      return !(hint && sticky);
    }).map((t) => t.id || t.className);
    return { bad: bad.slice(0, 10), pageWide: document.documentElement.scrollWidth > vw, unhinted };
  }, root);
}

export const tests = [
  {
    name: 'map and graph of one diplomatic article (hand-made Extraction): shading, Vietnam marked, a click selects the mentions, in both languages',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await showMock(page, [{ name: 'A', text: A, x: mock(A) }]);
      const map = page.locator('#pictures [data-view=map]');
      // Laos: Lào and Viêng Chăn, 2 mentions; Japan 2; Singapore, too small for its shape, a dot
      assert.equal(await map.locator('path[data-cc=LA]').getAttribute('aria-label'), '🇱🇦 Lào: 2 lần nhắc');
      assert.match(await map.locator('path[data-cc=VN]').getAttribute('class'), /\bvn\b/);
      assert.equal(await map.locator('.vn-label').textContent(), 'Việt Nam');
      assert.equal(await map.locator('circle.dot[data-cc=SG]').count(), 1);
      assert.equal(await map.locator('path[data-cc=FR]').getAttribute('tabindex'), null, 'a country not mentioned is not a button');
      await map.locator('path[data-cc=LA]').hover();
      assert.equal(await map.locator('.vnx-tip').textContent(), '🇱🇦 Lào: 2 lần nhắc');
      await map.locator('path[data-cc=LA]').click();
      assert.deepEqual((await page.locator('#highlighted mark.hl-active').allTextContents()).sort(), ['Lào', 'Viêng Chăn']);
      // the graph: one node per actor and counterpart, one edge per action
      const graph = page.locator('#pictures [data-view=graph]');
      assert.equal(await graph.locator('.edge').count(), 4);
      assert.deepEqual(await graph.locator('.node text').allTextContents(), ['Võ Văn Hoan', 'Đoàn', 'Đại sứ Nhật Bản', 'Lào', 'Thủ đô Viêng Chăn', 'Singapore']);
      const edge = graph.locator('.edge-hit').nth(3);
      assert.equal(await edge.getAttribute('aria-label'), 'ký kết: Đoàn → Singapore');
      await edge.focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await page.locator('#highlighted mark.hl-action.hl-active').allTextContents(), ['Đoàn cũng ký kết bản ghi nhớ với Singapore']);
      await graph.locator('.edge-hit').nth(1).dispatchEvent('click'); // (a straight edge has no height: Playwright would not call it visible)
      assert.deepEqual(await page.locator('#highlighted mark.hl-action.hl-active').allTextContents(), ['ông Võ Văn Hoan thăm Lào']);
      assert.equal(await tipOf(page.locator('#highlighted mark.hl-action').nth(1)), 'thăm · Võ Văn Hoan · 2024-11-08 · Lào');
      await page.mouse.move(0, 0);
      await page.locator('#pictures').screenshot({ path: `${process.cwd()}/target/screenshots/pictures-article-vi.png` });
      // in English
      await page.locator('#lang').click();
      assert.equal(await page.locator('#pic-map').textContent(), 'Countries mentioned');
      assert.equal(await page.locator('#pictures [data-view=map] path[data-cc=LA]').getAttribute('aria-label'), '🇱🇦 Laos: 2 mentions');
      assert.equal(await page.locator('#pictures [data-view=graph] .edge-hit').nth(3).getAttribute('aria-label'), 'sign: Đoàn → Singapore');
      await page.locator('#pictures [data-view=map] path[data-cc=JP]').focus();
      await page.keyboard.press('Enter');
      assert.deepEqual(await page.locator('#highlighted mark.hl-active').allTextContents(), ['Nhật Bản', 'Nhật Bản']);
      await page.mouse.move(0, 0);
      await page.locator('#pictures').screenshot({ path: `${process.cwd()}/target/screenshots/pictures-article-en.png` });
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'map and graph of a batch of five real articles: a click opens the article and selects the mentions',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const texts = ['000', '001', '002', '003', '004'].map((n) => devText(root, n));
      await setText(page, texts.join('\n\n---\n\n'));
      await page.locator('#tabs [role=tab]').nth(5).waitFor();
      await page.waitForFunction(() => !document.body.dataset.rendering && document.body.dataset.running !== 'true');
      const map = page.locator('#summary [data-view=map]');
      const mentioned = await map.locator('.hit').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-cc')));
      assert.ok(mentioned.includes('VN') && mentioned.length >= 3, mentioned.join(' '));
      const graph = page.locator('#summary [data-view=graph]');
      const edges = await graph.locator('.edge-hit').count();
      assert.ok(edges >= 5, `edges: ${edges}`);
      await page.mouse.move(0, 0);
      await page.locator('#summary .pictures').screenshot({ path: `${process.cwd()}/target/screenshots/pictures-batch-vi.png` });
      await page.locator('#lang').click();
      await page.locator('#summary [data-view=map] figcaption', { hasText: 'Darker' }).waitFor();
      await page.mouse.move(0, 0);
      await page.locator('#summary .pictures').screenshot({ path: `${process.cwd()}/target/screenshots/pictures-batch-en.png` });
      // a foreign country: the first article that mentions it opens with its mentions selected
      const foreign = mentioned.find((c) => c !== 'VN');
      await page.locator(`#summary [data-view=map] [data-cc=${foreign}]`).first().click();
      await page.locator('#single-view').waitFor({ state: 'visible' });
      const active = await page.locator('#highlighted mark.hl-active').count();
      assert.ok(active > 0, `mentions of ${foreign} selected`);
      assert.ok(await page.locator('#tabs [aria-selected=true]').evaluate((t) => t.dataset.tab !== 'summary'));
      // an edge of the batch graph: its article opens with the sentence selected
      await page.locator('#tabs [data-tab=summary]').click();
      const e = page.locator('#summary [data-view=graph] .edge-hit').first();
      const doc = Number(await e.getAttribute('data-doc'));
      await e.click();
      assert.equal(await page.locator('#tabs [aria-selected=true]').getAttribute('data-tab'), String(doc));
      assert.equal(await page.locator('#highlighted mark.hl-action.hl-active').count(), 1);
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'first screen: what the page does, the examples by their headlines, nothing "not found" before anything was asked',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(base);
      await ready(page);
      const body = await page.locator('body').textContent();
      assert.ok(!/Không tìm thấy|0 mục trong/.test(body), 'no "nothing found" before any input');
      assert.ok(await page.locator('#welcome').isVisible());
      const titles = await page.locator('#welcome-examples .example-title').allTextContents();
      assert.equal(titles.length, 5);
      assert.ok(titles.includes('10 dấu ấn ngoại giao của TP.HCM năm 2024'), titles.join(' | '));
      assert.ok(titles.every((t) => !/^(TIN LIÊN QUAN|TRANG CHỦ|date \d)/.test(t)), titles.join(' | '));
      await shot(page, 'first-screen-phone', { fullPage: false });
      const shapes = () => page.requests.filter((u) => new URL(u).pathname === '/pkg/world.js').length;
      assert.equal(shapes(), 0, 'the map\'s shapes (world.js) are not fetched before a map is shown');
      // an example: the results come into view, the welcome goes
      await page.locator('#welcome-examples button', { hasText: '10 dấu ấn' }).click();
      await page.waitForFunction(() => document.querySelectorAll('#highlighted mark').length > 10 && !document.body.dataset.rendering);
      assert.ok(await page.locator('#welcome').isHidden());
      assert.ok(await page.locator('#pictures [data-view=map] path[data-cc=VN]').count(), 'the map is drawn');
      assert.equal(shapes(), 1, 'world.js is fetched once, when the first map is shown');
      const top = await page.locator('#results').evaluate((r) => r.getBoundingClientRect().top);
      assert.ok(top < 100, `the results are in view (top at ${top})`);
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'phone 390×844: every panel scrolls with a hint instead of losing columns, five actions within a screen',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(base);
      await ready(page);
      await setText(page, devText(root, '003'));
      await page.waitForFunction(() => document.querySelectorAll('#panels .panel').length >= 6 && !document.body.dataset.rendering);
      const tables = await page.locator('#panels table').evaluateAll((ts) => ts.map((t) => {
        const wrap = t.closest('.table-wrap');
        return {
          kind: t.className, wide: t.offsetWidth > wrap.clientWidth + 1, scrolls: getComputedStyle(wrap).overflowX === 'auto',
          inside: t.getBoundingClientRect().left >= wrap.getBoundingClientRect().left - 1, sticky: getComputedStyle(t.rows[1].cells[0]).position,
        };
      }));
      for (const t of tables) {
        assert.ok(t.scrolls && t.inside, `${t.kind}: a wide table scrolls in its box`);
        if (t.wide) assert.equal(t.sticky, 'sticky', `${t.kind}: the first column stays while it scrolls`);
      }
      const rows = await page.locator('#panels .t-actions tbody tr').evaluateAll((trs) => trs.map((r) => r.getBoundingClientRect().height));
      assert.ok(rows.length >= 5, `actions: ${rows.length}`);
      const five = rows.slice(0, 5).reduce((a, b) => a + b, 0);
      assert.ok(five <= 844, `five actions take ${Math.round(five)} px`);
      // a long sentence is two lines until tapped
      const clamp = page.locator('#panels .t-actions .clamp').first();
      if (await clamp.count()) {
        const h0 = await clamp.evaluate((c) => c.getBoundingClientRect().height);
        await clamp.click();
        assert.ok((await clamp.evaluate((c) => c.getBoundingClientRect().height)) > h0, 'a tap shows the whole sentence');
      }
      // (the tap above scrolled the actions table sideways: the pictures show the tables as they first come)
      await page.locator('#panels .table-wrap').evaluateAll((ws) => { for (const w of ws) w.scrollLeft = 0; });
      for (const k of ['dates', 'figures', 'people', 'organizations', 'locations', 'documents', 'events', 'actions']) {
        const p = page.locator(`#panels section[data-kind=${k}]`);
        if (await p.count()) await p.screenshot({ path: `${process.cwd()}/target/screenshots/phone-panel-${k}.png` });
      }
      await page.locator('#pictures').screenshot({ path: `${process.cwd()}/target/screenshots/phone-pictures.png` });
      await page.locator('#single-view').screenshot({ path: `${process.cwd()}/target/screenshots/phone-article-text.png` });
      const geo = await overflow(page, '#results');
      assert.deepEqual(geo, { bad: [], pageWide: false, unhinted: [] }, 'nothing wider than the phone without a scroll hint');
      console.log(`     phone: ${tables.filter((t) => t.wide).length} of ${tables.length} tables scroll sideways; five actions in ${Math.round(five)} px`);
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'phone 390×844: the summary of five articles, every panel within the width or scrolling with a hint',
    async run({ base, newPage, assert, root }) {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(base);
      await ready(page);
      await setText(page, ['000', '001', '002', '003', '004'].map((n) => devText(root, n)).join('\n\n---\n\n'));
      await page.locator('#tabs [role=tab]').nth(5).waitFor();
      await page.waitForFunction(() => !document.body.dataset.rendering && document.body.dataset.running !== 'true');
      const top = await page.locator('#results').evaluate((r) => r.getBoundingClientRect().top);
      assert.ok(top < 100, `the results are in view after the paste (top at ${top})`);
      const sections = page.locator('#summary > section, #summary > .pictures');
      const n = await sections.count();
      assert.ok(n >= 5, `summary panels: ${n}`);
      for (let i = 0; i < n; i++) await sections.nth(i).screenshot({ path: `${process.cwd()}/target/screenshots/phone-summary-${i}.png` });
      const geo = await overflow(page, '#results');
      assert.deepEqual(geo, { bad: [], pageWide: false, unhinted: [] }, 'nothing wider than the phone without a scroll hint');
      // the first column of the key figures stays readable (not squeezed to a few characters)
      const first = await page.locator('#figures-by-year tbody th').first().evaluate((c) => c.getBoundingClientRect().width);
      assert.ok(first >= 100, `figures by year: first column ${Math.round(first)} px`);
      page.checkClean();
      await page.context().close();
    },
  },
];
