// A newsroom CMS tags its pending articles with the worker API: one worker, promises, progress.
import { createExtractor } from '../pkg/index.js';

const extractor = createExtractor();
const $ = (id) => document.getElementById(id);
const td = (text) => { const c = document.createElement('td'); c.textContent = text; return c; };

const items = await (await fetch('../pkg/examples/index.json')).json();
const texts = await Promise.all(items.map(async (it) => (await fetch(`../pkg/examples/${encodeURIComponent(it.file)}`)).text()));
const rows = items.map((it, i) => {
  const tr = document.createElement('tr');
  tr.append(td(String(i + 1)), td(it.first), td('—'), td('—'), td('—'));
  return tr;
});
$('cms-rows').replaceChildren(...rows);
$('cms-status').textContent = `${items.length} bài chờ gắn thẻ.`;
$('tag-all').disabled = false;

$('tag-all').addEventListener('click', async () => {
  $('tag-all').disabled = true;
  $('cms-progress').max = texts.length;
  const results = await extractor.extractMany(texts, null, (done, total) => {
    $('cms-progress').value = done;
    $('cms-status').textContent = `Đã xử lý ${done}/${total} bài…`;
  });
  results.forEach((x, i) => {
    const cells = rows[i].children;
    if (x.article.title) cells[1].textContent = x.article.title;
    cells[2].textContent = x.article.published || '—';
    const years = [...new Set(x.dates.map((d) => d.value.slice(0, 4)).filter((y) => /^\d{4}$/.test(y)))].sort();
    cells[3].replaceChildren(...years.map((y) => { const s = document.createElement('span'); s.className = 'tag'; s.textContent = y; return s; }));
    cells[4].textContent = x.figures.slice(0, 2).map((f) => f.span.text).join('; ') || '—';
  });
  $('cms-status').textContent = `Đã gắn thẻ ${results.length} bài (phiên bản ${await extractor.version()}).`;
  document.body.dataset.tagged = String(results.length);
  $('tag-all').disabled = false;
});
