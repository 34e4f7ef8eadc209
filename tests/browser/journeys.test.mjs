// What an analyst does on the page: switch language, toggle a kind, hover and focus highlights,
// drop two files and compare them, export CSV / JSON / clipboard, print, paste megabytes.
import { devText, ready, dropFiles, download, setText, pasteText } from './helpers.mjs';

export const tests = [
  {
    name: 'switch to English, toggle a kind, hover and focus a highlight',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await setText(page, devText(root, '003'));
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length > 0);
      const nDates = await page.locator('mark.hl-date').count();
      const nFigures = await page.locator('mark.hl-figure').count();

      await page.getByRole('button', { name: 'Switch the interface to English' }).click();
      // the interface's parts say their language; <html> keeps the texts' (a change of the root's
      // lang would restyle the whole page, the text box included)
      assert.equal(await page.getAttribute('h1', 'lang'), 'en');
      assert.equal(await page.getAttribute('#status', 'lang'), 'en');
      assert.equal(await page.locator('#panels thead th').first().getAttribute('lang'), 'en');
      assert.equal(await page.getAttribute('#highlighted', 'lang'), 'vi');
      assert.equal(await page.getAttribute('html', 'lang'), 'vi');
      assert.equal(await page.locator('h1').textContent(), 'Vietnamese news extractor');
      await page.getByRole('button', { name: 'Extract', exact: true }).waitFor();
      assert.match(await page.locator('#legend').textContent(), /Dates \(\d+\)/);
      assert.ok((await page.locator('#panels').textContent()).includes('What is counted'), 'table headers are in English');
      assert.ok((await page.locator('#article').textContent()).includes('Headline'));

      // hide the dates: their highlights go, the figures stay
      const datesToggle = page.locator('#legend button[data-kind="dates"]');
      await datesToggle.click();
      assert.equal(await datesToggle.getAttribute('aria-pressed'), 'false');
      assert.equal(await page.locator('mark.hl-date').count(), 0);
      assert.equal(await page.locator('mark.hl-figure').count(), nFigures);
      // hover a figure: the tooltip tells the number, its qualifier and its year
      await page.locator('mark.hl-figure', { hasText: 'hơn 40 đoàn cấp cao nước ngoài' }).hover();
      const tip = page.locator('#tip');
      await tip.waitFor({ state: 'visible' });
      assert.equal(await tip.textContent(), 'more than 40 · đoàn cấp cao nước ngoài · year 2024');
      await shot(page, 'journey-en-dates-hidden-hover');

      // keyboard: Space on the focused toggle shows the dates again; Tab into the text focuses a highlight
      await datesToggle.focus();
      await page.keyboard.press('Space');
      assert.equal(await datesToggle.getAttribute('aria-pressed'), 'true');
      assert.equal(await page.locator('mark.hl-date').count(), nDates);
      await page.mouse.move(0, 0);
      await page.locator('#highlighted').focus();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement.textContent);
      assert.equal(focused, '10 dấu ấn ngoại giao');
      await tip.waitFor({ state: 'visible' });
      assert.match(await tip.textContent(), /^10 · dấu ấn ngoại giao · year 2024$/);
      // on through the highlights to the dateline
      for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement.textContent)) !== '12/01/2025 12:52 GMT+7'; i++) {
        await page.keyboard.press('Tab');
      }
      assert.equal(await page.evaluate(() => document.activeElement.textContent), '12/01/2025 12:52 GMT+7');
      assert.equal(await tip.textContent(), '2025-01-12T12:52 · minute');
      assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), 'tip');
      await shot(page, 'journey-en-focus-date');

      // the choice is remembered
      await page.reload();
      await ready(page);
      assert.equal(await page.getAttribute('h1', 'lang'), 'en');
      await page.getByRole('button', { name: 'Chuyển giao diện sang tiếng Việt' }).click();
      assert.equal(await page.locator('h1').textContent(), 'Trích xuất tin tức tiếng Việt');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'drop two .txt files and read the cross-article table of figures by year',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await dropFiles(page, '#text', [
        { name: 'tong-ket-2024.txt', text: devText(root, '003') },
        { name: 'tong-ket-2017.txt', text: devText(root, '004') },
      ]);
      await page.locator('#tabs [role=tab]').nth(2).waitFor();
      assert.deepEqual(await page.locator('#tabs [role=tab]').allTextContents(),
        ['Tổng hợp (2 bài)', '1. tong-ket-2024.txt', '2. tong-ket-2017.txt']);
      assert.match(await page.locator('#text').inputValue(), /\n---\n/);
      const table = page.locator('#figures-by-year');
      const heads = await table.locator('thead th').allTextContents();
      assert.deepEqual(heads, ['Đối tượng đếm', '2017', '2024']);
      const cells = async (unit) => table.locator('tbody tr', { has: page.locator('th', { hasText: unit }) }).locator('td').allTextContents();
      assert.deepEqual(await cells('đoàn cấp cao nước ngoài'), ['—', 'hơn 40[1]']);
      assert.deepEqual(await cells('đoàn khách quốc tế'), ['155[2]', '—']);
      assert.deepEqual(await cells('cuộc tiếp khách quốc tế'), ['hơn 260[2]', '—']);
      await shot(page, 'journey-two-files-summary');

      // the table as CSV: BOM, UTF-8 Vietnamese, one column per year
      const csv = await download(page, () => page.locator('[data-csv="figures-by-year"]').click());
      assert.equal(csv.name, 'figures-by-year.csv');
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const lines = csv.text.slice(1).split('\r\n');
      assert.equal(lines[0], 'Đối tượng đếm,2017,2024');
      assert.ok(lines.includes('đoàn cấp cao nước ngoài,,hơn 40 [1]'), lines.join('\n'));
      // every figure of both articles, with the file name of its article
      const all = await download(page, () => page.locator('[data-csv="all-figures"]').click());
      const rows = all.text.slice(1).trim().split('\r\n');
      assert.equal(rows[0], 'Bài,Số,Định lượng,Đối tượng đếm,Năm,Trong văn bản,Vị trí');
      const perArticle = await page.locator('#summary table').first().locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Number(tr.cells[4].textContent)));
      assert.equal(rows.length, 1 + perArticle[0] + perArticle[1], 'one row per figure of both articles');
      // words in the interface language, numbers as numbers
      assert.ok(rows.some((r) => r.startsWith('tong-ket-2017.txt,155,chính xác,đoàn khách quốc tế,2017,')), rows.join('\n'));

      // the JSON of several articles: each with its name, its text and its extraction (spans into that text)
      const json = JSON.parse((await download(page, () => page.locator('#download').click())).text);
      assert.deepEqual(json.map((d) => d.name), ['tong-ket-2024.txt', 'tong-ket-2017.txt']);
      for (const d of json) {
        assert.ok(d.extraction.figures.length > 0 && d.extraction.figures.every((f) => d.text.slice(f.span.start, f.span.end) === f.span.text), `${d.name}: spans into its own text`);
      }
      // open the second article with the keyboard (arrow keys move between tabs)
      await page.locator('#tabs [role=tab]').first().focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await page.locator('#tabs [aria-selected=true]').textContent(), '2. tong-ket-2017.txt');
      await page.locator('mark.hl-figure', { hasText: '155 đoàn khách quốc tế' }).waitFor();
      assert.ok(!(await page.locator('#single-view').isHidden()));
      await shot(page, 'journey-two-files-article-2');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'export a table as CSV, copy the JSON, print view',
    async run({ base, newPage, shot, assert, root }) {
      const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(base);
      await ready(page);
      await setText(page, devText(root, '003'));
      await page.waitForFunction(() => document.querySelectorAll('mark.hl-figure').length > 0);
      const csv = await download(page, () => page.getByRole('button', { name: 'Tải CSV: Số liệu' }).click());
      assert.equal(csv.name, 'figures.csv');
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const lines = csv.text.slice(1).trim().split('\r\n');
      assert.equal(lines[0], 'Số,Định lượng,Đối tượng đếm,Năm,Trong văn bản,Vị trí');
      assert.ok(lines.includes('40,hơn,đoàn cấp cao nước ngoài,2024,hơn 40 đoàn cấp cao nước ngoài,' + csv.text.slice(1).split('hơn 40 đoàn cấp cao nước ngoài,')[1].split('\r\n')[0]));
      const dates = await download(page, () => page.getByRole('button', { name: 'Tải CSV: Thời gian' }).click());
      assert.ok(dates.text.includes('\r\n2024-11-27,ngày,,không,vào ngày 27.11.2024,'), dates.text);

      await page.getByRole('button', { name: 'Sao chép JSON' }).click();
      await page.locator('#status', { hasText: 'Đã sao chép' }).waitFor();
      const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
      assert.equal(copied.version, 1);
      assert.ok(copied.figures.some((f) => f.value === 40 && f.qualifier === 'more_than'));
      assert.equal(lines.length, 1 + copied.figures.length, 'the CSV has one row per figure');
      await page.getByRole('button', { name: 'Sao chép bảng: Số liệu' }).click();
      const tsv = await page.evaluate(() => navigator.clipboard.readText());
      assert.ok(tsv.split('\n')[0].startsWith('Số\tĐịnh lượng\tĐối tượng đếm'), tsv);

      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('#input-section').isHidden(), 'the input is not printed');
      assert.ok(await page.locator('.toolbar').isHidden());
      assert.ok(await page.locator('#highlighted').isVisible());
      await shot(page, 'journey-print-view');
      await page.emulateMedia({ media: 'screen' });
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'a long paste is held in a card: run on it, edit it (warned) or clear it; opened files too; a small paste stays in the box',
    async run({ newPage, base, shot, assert, root }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const one = devText(root, '003');
      await pasteText(page, one);
      assert.equal(await page.locator('#text').inputValue(), one, 'a small paste goes into the box');
      assert.ok(await page.locator('#held').isHidden());
      await page.locator('#live').uncheck();
      const long = Array.from({ length: Math.ceil(210000 / one.length) }, () => one).join('\n\n');
      await page.locator('#text').fill('');
      await pasteText(page, long);
      assert.ok(await page.locator('#text').isHidden(), 'the box steps aside');
      const card = page.getByRole('group', { name: /ký tự đã dán$/ });
      assert.match(await card.getAttribute('aria-labelledby'), /held-count/);
      assert.equal(await page.locator('#held-count').textContent(), `${long.length.toLocaleString('vi-VN')} ký tự đã dán`);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'held');
      await shot(page, 'held-card', { fullPage: false });
      // the run, the status and the results are about the held text
      await page.getByRole('button', { name: 'Trích xuất', exact: true }).click();
      await page.waitForFunction((n) => document.getElementById('status').textContent.includes(`(${n} ký tự)`), long.length.toLocaleString('vi-VN'), { timeout: 120000 });
      await page.waitForFunction(() => document.querySelectorAll('#highlighted .hl-block').length > 1 && !document.body.dataset.rendering);
      // "Sửa" asks first; Escape (or "Thôi") keeps the card, the focus back on "Sửa"
      await page.getByRole('button', { name: /^Sửa: đưa [\d.]+ ký tự vào ô nhập$/ }).click();
      assert.ok(await page.locator('#held-confirm').isVisible());
      assert.equal(await page.evaluate(() => document.activeElement.id), 'held-edit-yes');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.locator('#input-section').scrollIntoViewIfNeeded();
      await page.evaluate(() => document.getElementById('input-h').scrollIntoView());
      await shot(page, 'held-card-confirm-phone', { fullPage: false });
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.keyboard.press('Escape');
      assert.ok(await page.locator('#held-confirm').isHidden());
      assert.equal(await page.evaluate(() => document.activeElement.id), 'held-edit');
      await page.getByRole('button', { name: 'Switch the interface to English' }).click();
      assert.equal(await page.locator('#held-count').textContent(), `${long.length.toLocaleString('en-US')} characters pasted`);
      await page.getByRole('button', { name: /^Edit: put the [\d,]+ characters in the text box$/ }).click();
      await page.getByRole('button', { name: 'Edit anyway' }).click();
      assert.ok(await page.locator('#held').isHidden() && await page.locator('#text').isVisible());
      assert.equal((await page.locator('#text').inputValue()).length, long.length, 'the whole text is in the box');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
      // opened (or dropped) files as long: held too, their names kept; "Clear" empties everything
      await page.locator('#text').fill('');
      await dropFiles(page, '#text', [{ name: 'dai.txt', text: long }]);
      await page.locator('#held').waitFor();
      assert.match(await page.locator('#held-count').textContent(), /^[\d,]+ characters from 1 opened file$/);
      await page.getByRole('button', { name: 'Clear the pasted text' }).click();
      assert.ok(await page.locator('#held').isHidden() && await page.locator('#text').isVisible());
      assert.equal(await page.locator('#text').inputValue(), '');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'a multi-megabyte paste shows progress and never freezes the page',
    async run({ browser, base, newPage, shot, assert, root }) {
      // What the page controls, measured so that a busy machine does not fail it: the CPU time of
      // each task of the page's thread (Chromium's trace, thread time: what another process
      // takes from the machine does not count), the progress shown in the results area, input
      // accepted while the worker runs, and a language switch that relabels the results in place.
      // The wall-clock long tasks (PerformanceObserver 'longtask') are printed beside them.
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      const one = devText(root, '003');
      const big = Array.from({ length: Math.ceil(3e6 / one.length) }, () => one).join('\n\n');
      await page.evaluate(() => {
        window.__progress = [];
        const p = document.getElementById('progress');
        new MutationObserver(() => {
          if (!p.hidden) window.__progress.push({ text: document.getElementById('progress-text').textContent, inResults: !!p.closest('#results'), status: !document.getElementById('status').hidden });
        }).observe(p, { attributes: true, attributeFilter: ['hidden'], subtree: true, childList: true, characterData: true });
        window.__long = [];
        new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask' });
        // the drawing of the first results starts once the browser has laid out the pasted text
        // (its own work on the text box, seconds on a busy machine): marked for the trace
        new MutationObserver(() => {
          if (document.body.dataset.rendering && !window.__drawAt) { window.__drawAt = performance.now(); performance.mark('vnx-test:draw'); }
          if (!document.body.dataset.rendering && window.__drawAt && !window.__drawnAt) window.__drawnAt = performance.now();
        }).observe(document.body, { attributes: true, attributeFilter: ['data-rendering'] });
      });
      // (the 3 MB string reaches the page before the trace: its way in through the test's
      // protocol, 0.25 s of CPU, is no task of the page's)
      await page.evaluate((t) => { window.__big = t; }, big);
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel', ...(process.env.VNX_CATS ? process.env.VNX_CATS.split(',') : [])] });
      // the paste itself: a paste event with the clipboard's text, the page's handler holds it
      await page.evaluate(() => {
        const ta = document.getElementById('text');
        ta.focus();
        performance.mark('vnx-test:paste');
        window.__pasteAt = performance.now();
        const dt = new DataTransfer();
        dt.setData('text/plain', window.__big);
        ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        delete window.__big;
      });
      // held out of the text box (whose layout took 1.5-2.2 s of CPU): a card with its size and beginning
      const card = await page.evaluate(() => ({
        box: document.getElementById('text').hidden, value: document.getElementById('text').value.length,
        count: document.getElementById('held-count').textContent, preview: document.getElementById('held-preview').textContent,
        focus: document.activeElement.id,
      }));
      assert.ok(card.box && card.value === 0, 'the long text is not put in the text box');
      assert.match(card.count, /^3\.0\d\d\.\d{3} ký tự đã dán$/);
      assert.ok(card.preview.length > 100 && card.preview.length < 700 && big.startsWith(card.preview.slice(0, 100)), card.preview);
      assert.equal(card.focus, 'held', 'the focus moves from the hidden box to the card');
      await page.waitForFunction(() => /\(3\.0\d\d\.\d{3} ký tự\)/.test(document.getElementById('status').textContent)
        && document.body.dataset.running !== 'true' && !document.body.dataset.rendering, null, { timeout: 240000, polling: 100 });
      // a second run of the same text (another reference date: the text box is not laid out again,
      // and the results on screen are replaced); the page answers while the worker works: a kind
      // switched off, the live box unticked
      await page.evaluate(() => {
        const d = document.getElementById('refdate');
        d.value = '2025-01-12';
        d.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await page.locator('#progress').waitFor({ state: 'visible', timeout: 60000 });
      const toggle = page.locator('#legend button[data-kind="figures"]');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'a click on the legend is taken during the run');
      await page.locator('#live').uncheck();
      assert.equal(await page.locator('#live').isChecked(), false, 'a click on a box is taken during the run');
      assert.ok(await page.evaluate(() => document.body.dataset.running === 'true'), `all that while the worker was running: ${await page.locator('#status').textContent()}`);
      // (caret: 'initial': hiding the caret, Playwright adds a style sheet, and the browser restyles
      // the 3 MB text box: a task of the test's, not the page's)
      await shot(page, 'journey-big-paste-progress', { fullPage: false, caret: 'initial' });
      await toggle.click();
      await page.waitForFunction(() => document.body.dataset.running !== 'true' && !document.body.dataset.rendering, null, { timeout: 240000, polling: 100 });
      // the first run's panels, retired when the second began, are gone: their removal (background
      // steps of the slicer) survived the second drawing's reset
      assert.equal(await page.locator('#panels .retired').count(), 0, 'the old panels were removed');
      const figures = await page.locator('#panels [data-kind=figures] tbody tr').count();
      assert.ok(figures >= 500, `figures rendered: ${figures}`);
      // the language switch relabels in place: the same rows, now in English, at once
      const sw = await page.evaluate(async () => {
        const row = document.querySelector('#panels [data-kind=figures] tbody tr');
        performance.mark('vnx-test:lang');
        const t0 = performance.now();
        document.getElementById('lang').click();
        const ms = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        await new Promise((r) => setTimeout(r, 500)); // (the relabelling of the rows below the view, in slices)
        return { ms, t0, same: row.isConnected, head: document.querySelector('#panels [data-kind=figures] thead').textContent, q: row.cells[1].textContent };
      });
      assert.ok(sw.same, 'the rows are relabelled, not drawn again');
      assert.match(sw.head, /What is counted/);
      assert.match(await page.locator('#held-count').textContent(), /^3,0\d\d,\d{3} characters pasted$/);
      assert.ok(['exact', 'more than', 'about', 'less than', 'at least', 'at most'].includes(sw.q), sw.q);
      // scroll the highlighted text to its end: the blocks are drawn as they come into view
      const lastMarks = await page.evaluate(async () => {
        const box = document.getElementById('highlighted');
        box.scrollTop = box.scrollHeight;
        await new Promise((r) => setTimeout(r, 300));
        box.scrollTop = box.scrollHeight;
        await new Promise((r) => setTimeout(r, 300));
        const blocks = box.querySelectorAll('.hl-block');
        performance.mark('vnx-test:end');
        return { blocks: blocks.length, lastDrawn: !!blocks[blocks.length - 1].dataset.drawn, marks: blocks[blocks.length - 1].querySelectorAll('mark').length };
      });
      assert.ok(lastMarks.blocks > 100 && lastMarks.lastDrawn && lastMarks.marks > 0, JSON.stringify(lastMarks));
      const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
      // (VNX_TRACE=file.json keeps the trace, to open in the browser's performance panel;
      // VNX_CATS=a,b adds trace categories, e.g. disabled-by-default-devtools.timeline.invalidationTracking)
      if (process.env.VNX_TRACE) (await import('node:fs')).writeFileSync(process.env.VNX_TRACE, JSON.stringify(trace));
      const m = await page.evaluate(() => ({ long: window.__long, progress: window.__progress, pasteAt: window.__pasteAt, drawAt: window.__drawAt, drawnAt: window.__drawnAt }));
      assert.ok(m.progress.length > 0, 'the progress was shown');
      assert.match(m.progress[m.progress.length - 1].text, /^(Đang xử lý [\d.]+ ký tự…|Working on [\d,]+ characters…)$/);
      assert.ok(m.progress.every((p) => p.inResults && !p.status), 'the progress is in the results area, the stale status hidden');
      const t = pageTasks(trace);
      const phases = ['the paste, until the drawing starts', 'drawing the results of both runs (the second replacing the first)', 'the language switch and the scroll of the text'];
      const worst = t.tasks.reduce((a, e) => (e.cpu > a.cpu ? e : a), { cpu: 0 });
      const wall = (from, to) => Math.max(0, ...m.long.filter((e) => e.start >= from && e.start < to).map((e) => e.duration));
      const langEnd = t.marks.end ? sw.t0 + (t.marks.end - t.marks.lang) / 1000 : Infinity;
      console.log(`     ${(big.length / 1e6).toFixed(1)} M characters; the page's tasks after the paste (CPU time, longest per phase): `
        + phases.map((what, i) => `${what} ${Math.max(0, ...t.tasks.filter((e) => e.phase === i).map((e) => e.cpu)).toFixed(0)} ms`).join(', ')
        + `; language switch ${sw.ms.toFixed(1)} ms in its click`
        + `; paste to first results drawn ${(m.drawnAt - m.pasteAt).toFixed(0)} ms`
        + `; longest long task (wall clock): the paste ${wall(m.pasteAt - 1, m.drawAt).toFixed(0)} ms, while drawing ${wall(m.drawAt, sw.t0).toFixed(0)} ms, after the switch ${wall(sw.t0, langEnd).toFixed(0)} ms`
        + `, of any cause ${Math.max(0, ...m.long.map((e) => e.duration)).toFixed(0)} ms`);
      for (const e of t.tasks.filter((x) => x.cpu > 35)) console.log(`       ${e.cpu.toFixed(0)} ms CPU (${e.wall.toFixed(0)} ms wall): ${e.what}`);
      // The page's slices are ~5 ms of script, and the browser's style, layout and paint of what
      // one slice added cost up to a few times as much (tables). CPU time is what a busy machine
      // does not change much (the same tasks took 2-5x longer in wall-clock time with both cores
      // busy). Measured: 22-35 ms at most per run (a frame that lays out the cells one slice
      // added), the paste's own task 10-25 ms since a long text is held out of the text box (whose
      // layout took 1.5-2.2 s); earlier 30-59 ms, 120-160 ms before the slicer shared by the drawing
      // and the removal, and the first measure was 0.5-0.9 s. The wall-clock long tasks are
      // printed, not asserted: 2-4x the CPU time on this shared machine (56-126 ms seen for tasks
      // of 25-35 ms CPU), which is the machine's load, not the page's.
      assert.ok(t.marks.paste && t.marks.draw && t.marks.lang && t.marks.end, `the trace holds the test's marks: ${JSON.stringify(Object.keys(t.marks))}`);
      assert.ok(worst.cpu < 50, `a task of the page's took ${worst.cpu.toFixed(0)} ms of CPU time: ${worst.what}`);
      // the switch relabels what is on screen and leaves the rest to slices: its own task is short
      // (17-47 ms measured with both cores busy; 100 ms is the bound)
      assert.ok(sw.ms < 100, `the language switch took ${sw.ms.toFixed(0)} ms`);
      await shot(page, 'journey-big-paste-done', { fullPage: false, caret: 'initial' });
      page.checkClean();
      await page.context().close();
    },
  },
];

/**
 * The tasks of the page's main thread in a Chromium trace between the test's marks
 * (vnx-test:paste, :draw, :lang, :end): [{ phase (0: the task of the paste..draw, 1: draw..lang,
 * 2: lang..end), cpu, wall (ms), what }],
 * with `what` the biggest parts of the task (layout, style, paint, scripts).
 */
function pageTasks(trace) {
  const ev = trace.traceEvents || trace;
  const marks = {};
  let main = null;
  for (const e of ev) {
    const k = /^vnx-test:(\w+)$/.exec(e.name || '');
    if (k && marks[k[1]] == null) { marks[k[1]] = e.ts; main = `${e.pid}:${e.tid}`; }
  }
  const own = ev.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const tasks = [];
  const bounds = [marks.paste, marks.draw, marks.lang, marks.end];
  for (const e of own) {
    // (the paste's own task holds the mark: it counts from its start)
    if (e.name !== 'RunTask' || e.tdur == null || e.ts + e.dur < bounds[0] || e.ts >= bounds[3]) continue;
    if (e.tdur < 20000) continue;
    const parts = {};
    for (const c of own) {
      if (c.ts < e.ts || c.ts >= e.ts + e.dur || c === e) continue;
      if (['Layout', 'UpdateLayoutTree', 'Paint', 'PrePaint', 'FunctionCall', 'EventDispatch', 'TimerFire', 'MajorGC', 'MinorGC', 'BlinkScheduler_PerformMicrotaskCheckpoint'].includes(c.name)) {
        parts[c.name] = (parts[c.name] || 0) + (c.tdur || 0) / 1000;
      }
    }
    // where the task was posted from (category 'toplevel'): names the browser's own tasks, such as
    // RenderFrameImpl's StartDelayedSyncTimer, which saved the form state (a 3 MB text box's value)
    // for the session history a second after each change, until the box had autocomplete="off"
    const from = own.find((c) => c.name === 'ThreadControllerImpl::RunTask' && c.ts >= e.ts && c.ts < e.ts + e.dur && c.args && c.args.src_func);
    const what = Object.entries(parts).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${v.toFixed(0)} ms`)
      .concat(from ? [`posted from ${from.args.src_func}`] : []).join(', ');
    tasks.push({ phase: e.ts < bounds[1] ? 0 : e.ts < bounds[2] ? 1 : 2, cpu: e.tdur / 1000, wall: e.dur / 1000, what });
  }
  return { tasks, marks };
}
