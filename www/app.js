// The page: paste an article, see what the extractor reads out of it.
// Everything the user pasted is rendered with textContent, never as HTML.
import init, { extract, version } from './pkg/vn_news_extract.js';

const $ = (id) => document.getElementById(id);

const KINDS = [
  { key: 'people', label: 'Người', cls: 'person' },
  { key: 'organizations', label: 'Tổ chức', cls: 'org' },
  { key: 'locations', label: 'Địa danh', cls: 'loc' },
  { key: 'dates', label: 'Thời gian', cls: 'date' },
  { key: 'figures', label: 'Số liệu', cls: 'figure' },
  { key: 'documents', label: 'Văn bản', cls: 'doc' },
  { key: 'events', label: 'Sự kiện', cls: 'event' },
  { key: 'quotes', label: 'Trích dẫn', cls: 'quote' },
];

const QUALIFIERS = {
  exact: '', more_than: 'hơn', less_than: 'gần/dưới', about: 'khoảng', at_least: 'ít nhất', at_most: 'tối đa',
};
const GRAINS = {
  second: 'giây', minute: 'phút', hour: 'giờ', day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý',
  year: 'năm', period: 'giai đoạn',
};
const ACTIONS = {
  visit: 'thăm', receive: 'tiếp', talks: 'hội đàm', sign: 'ký', award: 'trao tặng',
  establish_relations: 'thiết lập quan hệ', attend: 'dự',
};

let last = null;
let lastText = '';

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function fmtNumber(v) {
  return Number.isFinite(v) ? v.toLocaleString('vi-VN') : String(v);
}

/** Every span of the result with its kind and a tooltip, for highlighting. */
function spansOf(x) {
  const out = [];
  const add = (span, cls, tip) => { if (span && span.end > span.start) out.push({ ...span, cls, tip }); };
  x.dates.forEach((d) => add(d.span, 'date', `${d.value} (${GRAINS[d.grain] || d.grain})`));
  x.figures.forEach((f) => add(f.span, 'figure', `${QUALIFIERS[f.qualifier] || ''} ${fmtNumber(f.value)} ${f.unit}${f.year ? ' · ' + f.year : ''}`.trim()));
  x.people.forEach((p) => p.mentions.forEach((m) => add(m, 'person', [p.name, ...p.titles].join(' — '))));
  x.organizations.forEach((o) => o.mentions.forEach((m) => add(m, 'org', `${o.name} (${o.kind})`)));
  x.locations.forEach((l) => l.mentions.forEach((m) => add(m, 'loc', `${l.name}${l.countryCode ? ' · ' + l.countryCode : ''}`)));
  x.documents.forEach((d) => d.mentions.forEach((m) => add(m, 'doc', `${d.kind}${d.number ? ' ' + d.number : ''}`)));
  x.events.forEach((e) => e.mentions.forEach((m) => add(m, 'event', e.name)));
  x.quotes.forEach((q) => add(q.span, 'quote', q.speaker ? `— ${q.speaker}` : 'trích dẫn'));
  // longest first at the same start; overlapping later spans are dropped
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let end = 0;
  for (const s of out) {
    if (s.start >= end) { kept.push(s); end = s.end; }
  }
  return kept;
}

function renderHighlighted(text, x) {
  const box = $('highlighted');
  box.replaceChildren();
  const boiler = (x.article.boilerplate || []).slice().sort((a, b) => a.start - b.start);
  const spans = spansOf(x);
  let pos = 0;
  const pushText = (from, to) => {
    // dim boilerplate ranges inside plain text
    let p = from;
    for (const b of boiler) {
      if (b.end <= p || b.start >= to) continue;
      if (b.start > p) box.append(document.createTextNode(text.slice(p, b.start)));
      const s = Math.max(b.start, p), e = Math.min(b.end, to);
      box.append(el('span', { class: 'boiler', title: 'Không phải nội dung bài (liên kết, nút chia sẻ…)' }, text.slice(s, e)));
      p = e;
    }
    if (p < to) box.append(document.createTextNode(text.slice(p, to)));
  };
  for (const s of spans) {
    if (s.start > pos) pushText(pos, s.start);
    const m = el('mark', { class: `hl hl-${s.cls}`, title: s.tip, tabindex: '0', 'data-kind': s.cls }, text.slice(s.start, s.end));
    box.append(m);
    pos = s.end;
  }
  if (pos < text.length) pushText(pos, text.length);
}

function renderLegend(x) {
  const box = $('legend');
  box.replaceChildren();
  for (const k of KINDS) {
    box.append(el('span', { class: `legend-item hl-${k.cls}` }, `${k.label} (${x[k.key].length})`));
  }
}

function row(...cells) {
  return el('tr', {}, ...cells.map((c) => el('td', {}, c == null ? '—' : c)));
}

function table(headers, rows) {
  if (!rows.length) return el('p', { class: 'empty' }, 'Không có.');
  return el('table', {}, el('thead', {}, el('tr', {}, ...headers.map((h) => el('th', { scope: 'col' }, h)))), el('tbody', {}, ...rows));
}

function panel(title, count, body) {
  return el('section', { class: 'panel' }, el('h3', {}, `${title} `, el('span', { class: 'count' }, `${count}`)), body);
}

function renderArticle(a) {
  const box = $('article');
  box.replaceChildren();
  const dl = el('dl');
  const item = (k, v) => dl.append(el('dt', {}, k), el('dd', {}, v == null || v === '' || (Array.isArray(v) && !v.length) ? '—' : Array.isArray(v) ? v.join(', ') : v));
  item('Tiêu đề', a.title);
  item('Xuất bản', a.published);
  item('Tác giả', a.authors);
  item('Nguồn', a.source);
  item('Ảnh', a.photoCredits);
  item('Ngày tham chiếu', a.referenceDate);
  box.append(dl);
}

function renderPanels(x) {
  const box = $('panels');
  box.replaceChildren();
  // dates as a timeline: sorted by value
  const dates = x.dates.slice().sort((a, b) => a.value.localeCompare(b.value));
  const tl = dates.length
    ? el('ol', { class: 'timeline' }, ...dates.map((d) => el('li', {},
      el('span', { class: 'when' }, d.value),
      el('span', { class: 'grain' }, GRAINS[d.grain] || d.grain),
      d.partOfDay ? el('span', { class: 'grain' }, d.partOfDay) : null,
      d.relative ? el('span', { class: 'grain', title: 'Suy ra từ ngày tham chiếu hoặc ngữ cảnh' }, 'suy ra') : null,
      el('span', { class: 'quote-text' }, `“${d.span.text}”`))))
    : el('p', { class: 'empty' }, 'Không có.');
  box.append(panel('Thời gian', x.dates.length, tl));
  box.append(panel('Số liệu', x.figures.length, table(['Số', 'Định lượng', 'Đơn vị / đối tượng', 'Năm', 'Trong văn bản'],
    x.figures.map((f) => row(fmtNumber(f.value), QUALIFIERS[f.qualifier] || 'chính xác', f.unit, f.year, f.span.text)))));
  box.append(panel('Người', x.people.length, table(['Tên', 'Chức danh', 'Lần nhắc'],
    x.people.map((p) => row(p.honorific ? `${p.name} (${p.honorific})` : p.name, p.titles.join('; '), p.mentions.length)))));
  box.append(panel('Tổ chức', x.organizations.length, table(['Tên', 'Viết tắt', 'Loại', 'Quốc gia', 'Lần nhắc'],
    x.organizations.map((o) => row(o.name, o.acronym, o.kind, o.country, o.mentions.length)))));
  box.append(panel('Địa danh', x.locations.length, table(['Tên', 'Loại', 'Mã quốc gia', 'Lần nhắc'],
    x.locations.map((l) => row(l.name, l.kind, l.countryCode, l.mentions.length)))));
  box.append(panel('Văn bản', x.documents.length, table(['Tên', 'Loại', 'Số hiệu', 'Cơ quan ban hành'],
    x.documents.map((d) => row(d.name, d.kind, d.number, d.issuer)))));
  box.append(panel('Sự kiện', x.events.length, table(['Tên', 'Loại', 'Lần thứ', 'Thời gian'],
    x.events.map((e) => row(e.name, e.kind, e.edition, e.date)))));
  box.append(panel('Trích dẫn', x.quotes.length, table(['Người nói', 'Trích dẫn'],
    x.quotes.map((q) => row(q.speaker, q.span.text)))));
  box.append(panel('Hoạt động đối ngoại', x.actions.length, table(['Loại', 'Chủ thể', 'Đối tác', 'Địa điểm', 'Thời gian'],
    x.actions.map((a) => row(ACTIONS[a.type] || a.type, a.actor, a.counterpart, a.location, a.date)))));
  if (x.warnings.length) box.prepend(el('p', { class: 'warning', role: 'alert' }, x.warnings.join(' · ')));
}

function run() {
  const text = $('text').value;
  const ref = $('refdate').value || null;
  const t0 = performance.now();
  let x;
  try {
    x = extract(text, { referenceDate: ref });
  } catch (e) {
    $('status').textContent = `Lỗi: ${e.message}`;
    return;
  }
  const ms = performance.now() - t0;
  last = x;
  lastText = text;
  renderArticle(x.article);
  renderLegend(x);
  renderHighlighted(text, x);
  renderPanels(x);
  $('json').textContent = JSON.stringify(x, null, 2);
  const n = KINDS.reduce((s, k) => s + x[k.key].length, 0) + x.actions.length;
  $('status').textContent = `${n} mục trong ${ms.toFixed(1)} ms (${text.length.toLocaleString('vi-VN')} ký tự).`;
  document.body.dataset.ready = 'true';
}

function download() {
  if (!last) return;
  const blob = new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: 'trich-xuat.json' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

async function loadExamples() {
  try {
    const res = await fetch('pkg/examples/index.json');
    if (!res.ok) return;
    const items = await res.json();
    const box = $('examples');
    items.forEach((it, i) => {
      const b = el('button', { type: 'button', class: 'example', title: it.first, 'data-file': it.file }, `${i + 1}`);
      b.addEventListener('click', async () => {
        const r = await fetch(`pkg/examples/${encodeURIComponent(it.file)}`);
        $('text').value = await r.text();
        run();
      });
      box.append(b);
    });
  } catch {
    /* examples are optional */
  }
}

let timer = 0;
function scheduleLive() {
  if (!$('live').checked) return;
  clearTimeout(timer);
  timer = setTimeout(run, 250);
}

async function main() {
  await init();
  $('version').textContent = `v${version()}`;
  $('run').addEventListener('click', run);
  $('clear').addEventListener('click', () => { $('text').value = ''; run(); $('text').focus(); });
  $('download').addEventListener('click', download);
  $('text').addEventListener('input', scheduleLive);
  $('refdate').addEventListener('change', run);
  await loadExamples();
  run();
}

main().catch((e) => {
  $('status').textContent = `Không tải được mô-đun: ${e.message}`;
});
