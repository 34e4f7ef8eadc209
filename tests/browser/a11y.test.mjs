// Accessibility as a keyboard user and a low-vision reader meet it: every control has a name,
// the page is usable with Tab/Enter/Space/arrows alone, focus is visible, and text contrast
// reaches WCAG AA (4.5:1) against its actual background.
import { devText, ready, setText } from './helpers.mjs';

// runs in the page: [{ text, ratio }] for every element with its own text whose contrast is below `min`
function lowContrast(min) {
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const bgOf = (e) => {
    for (let n = e; n; n = n.parentElement) {
      const c = parse(getComputedStyle(n).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const bad = [];
  for (const e of document.querySelectorAll('body *')) {
    if (!e.checkVisibility || !e.checkVisibility()) continue;
    if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    if (e.closest('[aria-pressed="false"]')) continue; // a kind switched off is shown struck through on purpose
    const fg = parse(getComputedStyle(e).color).slice(0, 3);
    const l1 = lum(fg);
    const l2 = lum(bgOf(e));
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (ratio < min) bad.push({ text: e.textContent.trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 });
  }
  return bad;
}

function unnamedControls() {
  const name = (e) => (e.getAttribute('aria-label') || (e.labels && [...e.labels].map((l) => l.textContent).join(' ')) || e.textContent || e.title || '').trim();
  return [...document.querySelectorAll('button, a[href], input:not([type=hidden]):not([hidden]), textarea, select, [role=tab]')]
    .filter((e) => !e.hidden && !name(e)).map((e) => e.outerHTML.slice(0, 80));
}

export const tests = [
  {
    name: 'names on every control, keyboard only, visible focus, AA contrast (Vietnamese and English)',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await setText(page, `${devText(root, '003')}\n---\n${devText(root, '004')}`);
      await page.locator('#tabs [role=tab]').nth(2).waitFor();
      assert.deepEqual(await page.evaluate(unnamedControls), []);
      assert.deepEqual(await page.evaluate(lowContrast, 4.5), []);

      // keyboard only: skip link, then into the results
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // -> the export toolbar
      assert.equal(await page.evaluate(() => document.activeElement.id), 'download');
      const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineWidth);
      assert.equal(ring, 'solid 3px', 'focus is visible');
      // the article tabs with arrow keys, the second article's first highlight with Tab
      await page.locator('#tabs [aria-selected=true]').focus();
      await page.keyboard.press('End');
      assert.equal(await page.locator('#tabs [aria-selected=true]').getAttribute('data-tab'), '1');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      assert.equal(await page.locator('#tabs [aria-selected=true]').getAttribute('data-tab'), '0');
      await page.locator('#highlighted').focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
      assert.ok(await page.locator('#tip').isVisible());
      await shot(page, 'a11y-keyboard-focus', { fullPage: false });

      await page.locator('#lang').click();
      await page.locator('#tabs [role=tab]').nth(2).waitFor();
      assert.deepEqual(await page.evaluate(unnamedControls), []);
      assert.deepEqual(await page.evaluate(lowContrast, 4.5), []);
      page.checkClean();
      await page.context().close();
    },
  },
];
