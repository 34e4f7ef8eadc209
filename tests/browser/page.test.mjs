// The page as a user meets it: paste an article, see dates and figures highlighted and
// listed, download the JSON; nothing fetched off 127.0.0.1, no console errors.
import fs from 'node:fs';
import path from 'node:path';
import { tipOf } from './helpers.mjs';

async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

export const tests = [
  {
    name: 'paste an article, see dates and figures, download JSON',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const text = fs.readFileSync(path.join(root, 'tests/data/dev/texts/003_7b32219d2013d163.txt'), 'utf8');
      // paste: the text arrives at once, then the user presses Extract
      await page.locator('#text').fill(text);
      await page.getByRole('button', { name: 'Trích xuất' }).click();
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-date').length > 0);

      const dateMarks = await page.locator('mark.hl-date').allTextContents();
      assert.ok(dateMarks.includes('Ngày 12.1'), `date highlights: ${dateMarks.join(' | ')}`);
      assert.ok(dateMarks.some((t) => t.includes('27.11.2024')));
      const figureMarks = await page.locator('mark.hl-figure').allTextContents();
      assert.ok(figureMarks.includes('hơn 40 đoàn cấp cao nước ngoài'), `figure highlights: ${figureMarks.join(' | ')}`);
      // the highlight tells the normalised value
      const tip = await tipOf(page.locator('mark.hl-date', { hasText: 'Ngày 12.1' }));
      assert.match(tip, /2025-01-12/);

      const panels = await page.locator('#panels').textContent();
      assert.ok(panels.includes('2024-11-27'), 'the timeline lists the resolved date');
      assert.ok(panels.includes('cuộc tiếp khách đối ngoại'), 'the figures table lists the unit');
      const card = await page.locator('#article').textContent();
      assert.ok(card.includes('10 dấu ấn ngoại giao của TP.HCM năm 2024'));
      assert.ok(card.includes('2025-01-12T12:52+07:00'));

      // download the JSON and read it back
      await page.locator('summary', { hasText: 'JSON' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải JSON' }).click()]);
      const file = await download.path();
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.equal(json.version, 1);
      assert.ok(json.dates.some((d) => d.value === '2024-01-12' && d.span.text === '12.1'));
      assert.ok(json.figures.some((f) => f.value === 96 && f.year === '2024'));

      await shot(page, 'page-pasted-003');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'live extraction while typing, examples load with one click',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(base);
      await ready(page);
      await page.locator('#text').click();
      await page.keyboard.type('Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao.');
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length === 1);
      assert.equal(await page.locator('mark.hl-figure').textContent(), 'hơn 80 đoàn cấp cao');
      await page.locator('button.example').first().click();
      await page.waitForFunction(() => document.querySelector('#text').value.length > 1000);
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-date').length > 3);
      await shot(page, 'page-phone-example');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'people, bodies and places: own colours, titles, flags, and a click shows every mention',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const text = fs.readFileSync(path.join(root, 'tests/data/dev/texts/002_3a35af9bd6697f21.txt'), 'utf8');
      await page.locator('#text').fill(text);
      await page.getByRole('button', { name: 'Trích xuất' }).click();
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-person').length > 0);
      // each kind in its own colour
      const colours = await page.evaluate(() => Object.fromEntries(['person', 'org', 'loc'].map((k) => [k, getComputedStyle(document.querySelector(`mark.hl-${k}`)).backgroundColor])));
      assert.equal(new Set(Object.values(colours)).size, 3, JSON.stringify(colours));
      assert.ok((await page.locator('mark.hl-person').allTextContents()).includes('Bùi Thanh Sơn'));
      // the people table lists the titles, the places table the country with its flag
      const people = await page.locator('#panels').textContent();
      assert.ok(people.includes('Ủy viên Trung ương Đảng; Phó Thủ tướng Chính phủ; Bộ trưởng Bộ Ngoại giao'), 'titles listed');
      assert.ok(people.includes('🇻🇳'), 'country flag shown');
      // clicking a person selects every mention of that person in the text
      await page.locator('button.item-link[data-kind="people"]', { hasText: 'Võ Văn Hoan' }).click();
      const active = await page.locator('mark.hl-active').allTextContents();
      assert.ok(active.length >= 3 && active.every((t) => t === 'Võ Văn Hoan'), JSON.stringify(active));
      // then a place: the selection moves to all the city's mentions
      await page.locator('button.item-link[data-kind="locations"]', { hasText: 'Thành phố Hồ Chí Minh' }).click();
      const city = await page.locator('mark.hl-active').allTextContents();
      assert.ok(city.length >= 5 && city.includes('TP.Hồ Chí Minh'), JSON.stringify(city.slice(0, 8)));
      await page.evaluate(() => document.querySelector('mark.hl-active').scrollIntoView({ block: 'center' }));
      await shot(page, 'page-entities-click-selects-mentions');
      page.checkClean();
      await page.context().close();
    },
  },
];
