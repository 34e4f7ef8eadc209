// Safe with any pasted text: markup in the text, in file names, and in result values (the last
// with a hand-made Extraction, as the core does not fill people yet) is shown as text and never runs.
import { ready, dropFiles, setText, spans, emptyExtraction, showMock } from './helpers.mjs';

const EVIL = `<img src=x onerror="window.__pwned=1;alert(1)">
<script>window.__pwned = 2; alert(2)</script>
<svg onload="window.__pwned=3;alert(3)"></svg><iframe src="javascript:alert(4)"></iframe>
Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao <b onmouseover="alert(5)">đậm</b>.`;

export const tests = [
  {
    name: 'pasted <img onerror> and <script> text is shown as text and nothing executes',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await setText(page, EVIL);
      await page.locator('mark.hl-figure').waitFor();
      const hl = await page.locator('#highlighted').textContent();
      assert.equal(hl, EVIL, 'the text is shown exactly as pasted');
      // raw JSON, tooltips and file names too
      await page.locator('#raw summary').click();
      // the JSON panel shows the pasted markup as text (escaped JSON strings), once the run is done
      await page.waitForFunction(() => document.querySelector('#json').textContent.includes('\\"window.__pwned=1;alert(1)\\"'));
      await dropFiles(page, '#text', [
        { name: '<img src=x onerror=alert(6)>.txt', text: EVIL },
        { name: '<script>alert(7)</script>.txt', text: 'Năm 2024 có <i>96</i> tổ chức.' },
      ]);
      await page.locator('#tabs [role=tab]').nth(2).waitFor();
      assert.equal(await page.locator('#tabs [role=tab]').nth(1).textContent(), '1. <img src=x onerror=alert(6)>.txt');
      await page.locator('#tabs [role=tab]').nth(1).click();
      await page.locator('mark.hl-figure').hover();
      await shot(page, 'safety-markup-as-text');

      // a hand-made Extraction whose values carry markup (rendering test)
      const x = emptyExtraction();
      const text = 'Ông <img src=x onerror=alert(8)> gặp đoàn <script>alert(9)</script>.';
      x.article.title = '<img src=x onerror=alert(10)>';
      x.people = [{ name: '<img src=x onerror=alert(8)>', titles: ['<script>alert(11)</script>'], honorific: 'ông', mentions: spans(text, '<img src=x onerror=alert(8)>') }];
      x.organizations = [{ name: '<script>alert(9)</script>', acronym: '<b>', kind: 'other', country: null, mentions: spans(text, '<script>alert(9)</script>') }];
      await showMock(page, [{ name: '<svg onload=alert(12)>', text, x }, { name: 'b', text, x }]);
      await page.locator('#tabs [role=tab]').nth(1).click();
      await page.locator('mark.hl-person').hover();
      assert.equal(await page.locator('#tip').textContent(), '<img src=x onerror=alert(8)> (ông) · <script>alert(11)</script>');
      await page.locator('#tabs [role=tab]').first().click();
      assert.ok((await page.locator('#people-index').textContent()).includes('<script>alert(11)</script>'));

      const found = await page.evaluate(() => ({
        pwned: window.__pwned,
        elements: document.querySelectorAll('#results img, #results script, #results svg:not([data-view] > svg), #results iframe, #results b, #results i').length,
      }));
      assert.deepEqual(found, { pwned: undefined, elements: 0 });
      page.checkClean(); // also fails on any alert() dialog
      await page.context().close();
    },
  },
];
