// The page: paste one or several articles, see what the extractor reads out of them.
// Extraction runs in a Web Worker (pkg/index.js createExtractor), so the page stays responsive
// on a multi-megabyte paste. Everything user-provided is rendered as text nodes, never as HTML.
import { createExtractor } from './pkg/index.js';
import {
  KINDS, LISTS, words, el, fmtNumber, countryName, renderHighlighted, renderTable, attachTooltip, kindCsv, kindTsv, toCsv, selectMentions,
} from './pkg/render.js';
import { ui, applyStatic } from './i18n.js';
import { splitArticles, figuresByYear, peopleIndex, placesIndex } from './summary.js';

const $ = (id) => document.getElementById(id);
/** Set by the single-file build: { wasm: Uint8Array, workerSource: string, examples: [{ file, first, text }] }. */
const embedded = globalThis.__VNX_EMBEDDED__ || null;
const HIGHLIGHT_LIMIT = 150000;
const LANG_KEY = 'vn-news-extract.lang';

const state = {
  lang: 'vi',
  hidden: new Set(),
  docs: [], // [{ name, text, x }]
  selected: 0, // 'summary' or an article index
  picked: null, // { text, kind, id }: the item whose mentions are shown (kept across re-renders)
  fileNames: [],
  busy: false,
  queued: false,
  ms: 0,
  shownKey: null, // text, options and file names of the results on screen
};

let extractor = null;

function storedLang() {
  try { return localStorage.getItem(LANG_KEY); } catch { return null; }
}

function t() { return ui(state.lang); }
function w() { return words(state.lang); }
function num(n) { return n.toLocaleString(state.lang === 'en' ? 'en-US' : 'vi-VN'); }

// ---------- running the extractor ----------

let lastProgress = null;
function showProgress(done, total, chars) {
  lastProgress = [done, total, chars];
  $('progress').hidden = false;
  const bar = $('progress-bar');
  if (total) {
    bar.max = total;
    bar.value = done;
    $('progress-text').textContent = t().workingMany(Math.min(done + 1, total), total);
  } else {
    bar.removeAttribute('value');
    $('progress-text').textContent = t().working(num(chars));
  }
  document.body.setAttribute('aria-busy', 'true');
}

function hideProgress() {
  lastProgress = null;
  $('progress').hidden = true;
  document.body.removeAttribute('aria-busy');
}

function docName(i, x) {
  if (state.fileNames[i]) return state.fileNames[i];
  if (x.article.title) return x.article.title;
  return t().articleN(i + 1);
}

async function runOnce() {
  const all = $('text').value;
  const parts = splitArticles(all);
  if (state.fileNames.length && state.fileNames.length !== parts.length) state.fileNames = [];
  const options = { referenceDate: $('refdate').value || null };
  // the same text, options and file names as the results on screen: nothing to do (a live run
  // after a click on "Extract", say, would only re-render and lose the reader's place)
  const key = `${options.referenceDate}\u0000${state.fileNames.join('\u0000')}\u0000${all}`;
  if (key === state.shownKey) return;
  const big = all.length > 100000;
  const t0 = performance.now();
  const timer = setTimeout(() => showProgress(0, parts.length > 1 ? parts.length : 0, all.length), big || parts.length > 1 ? 0 : 300);
  try {
    const xs = parts.length === 1
      ? [await extractor.extract(parts[0], options)]
      : await extractor.extractMany(parts, options, (done, total) => showProgress(done, total, all.length));
    state.ms = Math.round(performance.now() - t0);
    const docs = xs.map((x, i) => ({ name: docName(i, x), text: parts[i], x }));
    showResults(docs);
    state.shownKey = key;
  } catch (e) {
    $('status').textContent = t().failed(e.message);
  } finally {
    clearTimeout(timer);
    hideProgress();
  }
}

/** Runs the extraction of the current text; calls made while one runs are folded into one more run. */
async function run() {
  if (!extractor) return;
  if (state.busy) { state.queued = true; return; }
  state.busy = true;
  try {
    do {
      state.queued = false;
      await runOnce();
    } while (state.queued);
  } finally {
    state.busy = false;
  }
}

let liveTimer = 0;
function scheduleLive() {
  if (!$('live').checked) return;
  clearTimeout(liveTimer);
  const n = $('text').value.length;
  liveTimer = setTimeout(run, n > 1e6 ? 800 : n > 1e5 ? 400 : 250);
}

// ---------- rendering ----------

/** Shows results: docs = [{ name, text, x }]. Exported for rendering tests with hand-made Extractions. */
export function showResults(docs) {
  state.shownKey = null;
  const prevCount = state.docs.length;
  state.docs = docs;
  if (docs.length > 1) {
    if (prevCount !== docs.length || (state.selected !== 'summary' && state.selected >= docs.length)) state.selected = 'summary';
  } else {
    state.selected = 0;
  }
  renderAll();
  const n = docs.reduce((s, d) => s + LISTS.reduce((a, k) => a + d.x[k].length, 0), 0);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  state.statusArgs = [n, state.ms, chars, docs.length];
  showStatus();
  document.body.dataset.ready = 'true';
}

function showStatus() {
  if (!state.statusArgs) return;
  const [n, ms, chars, count] = state.statusArgs;
  $('status').textContent = t().status(num(n), num(ms), num(chars), count);
}

function renderAll() {
  renderTabs();
  renderView();
  if ($('raw').open) renderJson();
}

function renderTabs() {
  const box = $('tabs');
  const docs = state.docs;
  if (docs.length < 2) {
    box.hidden = true;
    box.replaceChildren();
    $('view').removeAttribute('role');
    $('view').removeAttribute('aria-labelledby');
    return;
  }
  box.hidden = false;
  const items = [{ id: 'summary', label: t().summaryTab(docs.length) },
    ...docs.map((d, i) => ({ id: i, label: t().articleTab(i + 1, d.name) }))];
  box.replaceChildren(...items.map((it) => {
    const sel = state.selected === it.id;
    const b = el('button', {
      type: 'button', role: 'tab', id: `tab-${it.id}`, 'aria-selected': String(sel), 'aria-controls': 'view',
      tabindex: sel ? '0' : '-1', 'data-tab': String(it.id), title: it.label,
    }, it.label);
    b.addEventListener('click', () => selectTab(it.id));
    return b;
  }));
  $('view').setAttribute('role', 'tabpanel');
  $('view').setAttribute('aria-labelledby', `tab-${state.selected}`);
}

function selectTab(id, focus = false) {
  state.selected = id;
  renderTabs();
  renderView();
  if (focus) $(`tab-${id}`).focus();
}

function renderView() {
  const docs = state.docs;
  if (!docs.length) return;
  const summary = state.selected === 'summary';
  $('summary').hidden = !summary;
  $('single-view').hidden = summary;
  if (summary) renderSummary();
  else renderDoc(docs[state.selected]);
}

function renderDoc(doc) {
  const { x, text } = doc;
  renderArticle(x.article);
  renderLegend(x);
  renderHighlighted($('highlighted'), text, x, { hidden: state.hidden, lang: state.lang, limit: HIGHLIGHT_LIMIT });
  repick(text);
  for (const b of $('highlighted').querySelectorAll('[data-boiler]')) b.title = t().boiler;
  const note = $('view-note');
  note.hidden = text.length <= HIGHLIGHT_LIMIT;
  note.textContent = note.hidden ? '' : t().truncatedView(num(HIGHLIGHT_LIMIT));
  renderPanels(doc);
}

function renderArticle(a) {
  const c = t().card;
  const dl = el('dl');
  const item = (k, v) => {
    const empty = v == null || v === '' || (Array.isArray(v) && !v.length);
    dl.append(el('dt', {}, c[k]), el('dd', {}, empty ? '—' : Array.isArray(v) ? v.join(', ') : v));
  };
  item('title', a.title);
  item('published', a.published);
  item('authors', a.authors);
  item('source', a.source);
  item('photoCredits', a.photoCredits);
  item('referenceDate', a.referenceDate);
  $('article').replaceChildren(dl);
}

function renderLegend(x) {
  const box = $('legend');
  box.replaceChildren(...KINDS.map((k) => {
    const on = !state.hidden.has(k.key);
    const b = el('button', {
      type: 'button', class: `legend-item hl-${k.cls}`, 'aria-pressed': String(on), 'data-kind': k.key,
    }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), `${w().kinds[k.key]} (${x[k.key].length})`);
    b.addEventListener('click', () => {
      if (state.hidden.has(k.key)) state.hidden.delete(k.key); else state.hidden.add(k.key);
      const doc = state.docs[state.selected];
      renderLegend(doc.x);
      renderHighlighted($('highlighted'), doc.text, doc.x, { hidden: state.hidden, lang: state.lang, limit: HIGHLIGHT_LIMIT });
      repick(doc.text);
      box.querySelector(`[data-kind="${k.key}"]`).focus();
    });
    return b;
  }));
}

function tableTools(label, csvName, csv, tsv) {
  const dl = el('button', { type: 'button', class: 'small', 'aria-label': t().csvAria(label), 'data-csv': csvName }, t().csv);
  dl.addEventListener('click', () => downloadText(csv(), `${csvName}.csv`, 'text/csv;charset=utf-8'));
  const cp = el('button', { type: 'button', class: 'small', 'aria-label': t().copyAria(label) }, t().copy);
  cp.addEventListener('click', () => copyText(tsv()));
  return el('span', { class: 'tools' }, dl, cp);
}

function panel(kind, title, count, body, docs) {
  const id = `panel-${kind}`;
  return el('section', { class: 'panel', 'aria-labelledby': id, 'data-kind': kind },
    el('div', { class: 'panel-head' },
      el('h3', { id }, `${title} `, el('span', { class: 'count' }, `${count}`)),
      count ? tableTools(title, kind, () => kindCsv(kind, docs, state.lang), () => kindTsv(kind, docs, state.lang)) : null),
    body);
}

function timeline(dates) {
  if (!dates.length) return el('p', { class: 'empty' }, w().none);
  const sorted = dates.slice().sort((a, b) => a.value.localeCompare(b.value) || a.span.start - b.span.start);
  const shown = sorted.slice(0, 500);
  const list = el('ol', { class: 'timeline' }, shown.map((d) => el('li', {},
    el('span', { class: 'when' }, d.value),
    el('span', { class: 'chip' }, w().grain[d.grain] || d.grain),
    d.partOfDay ? el('span', { class: 'chip' }, w().partOfDay[d.partOfDay] || d.partOfDay) : null,
    d.relative ? el('span', { class: 'chip' }, w().relative) : null,
    el('span', { class: 'quote-text' }, `“${d.span.text}”`))));
  return sorted.length > shown.length ? el('div', {}, list, el('p', { class: 'more' }, w().more(sorted.length - shown.length))) : list;
}

/** After a re-render of the same text, show the picked item's mentions again. */
function repick(text) {
  const p = state.picked;
  if (p && p.text === text) selectMentions($('highlighted'), p.kind, p.id, { scroll: false });
  else state.picked = null;
}

function renderPanels(doc) {
  const x = doc.x;
  const docs = [{ name: doc.name, x }];
  const box = $('panels');
  const out = [];
  if (x.warnings.length) out.push(el('p', { class: 'warning', role: 'alert' }, x.warnings.join(' · ')));
  const empty = LISTS.filter((k) => !x[k].length);
  for (const k of LISTS.filter((l) => x[l].length)) {
    const body = k === 'dates' ? timeline(x.dates) : renderTable(k, x[k], { lang: state.lang, caption: w().kinds[k] });
    out.push(panel(k, w().kinds[k], x[k].length, body, docs));
  }
  if (empty.length) out.push(el('p', { class: 'empty-kinds' }, t().emptyKinds, ' ', empty.map((k) => w().kinds[k]).join(' · ')));
  box.replaceChildren(...out);
}

function docRef(i) {
  return el('sup', { class: 'ref', title: state.docs[i].name }, `[${i + 1}]`);
}

function renderSummary() {
  const docs = state.docs;
  const T = t();
  const W = w();
  const box = $('summary');
  const out = [el('h3', { class: 'summary-h' }, T.summaryH(docs.length))];

  // the articles
  const artRows = docs.map((d, i) => el('tr', {},
    el('td', { class: 'num' }, `${i + 1}`),
    el('td', {}, d.name),
    el('td', {}, d.x.article.published || '—'),
    ...['dates', 'figures', 'people', 'locations'].map((k) => el('td', { class: 'num' }, `${d.x[k].length}`))));
  out.push(el('section', { class: 'panel wide', 'aria-labelledby': 'sum-articles' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-articles' }, T.articlesTable)),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, W.cols.name),
      el('th', { scope: 'col' }, T.card.published), ...['dates', 'figures', 'people', 'locations'].map((k) => el('th', { scope: 'col' }, W.kinds[k])))),
    el('tbody', {}, artRows))));

  // key figures by year and by what is counted
  const fy = figuresByYear(docs);
  const yearLabel = (y) => (y === null ? T.yearUnknown : y);
  const cellText = (entries) => entries.map((e) => `${e.f.qualifier === 'exact' ? '' : `${W.qualifier[e.f.qualifier]} `}${fmtNumber(e.f.value, state.lang)} [${e.doc + 1}]`).join('; ');
  const fyTable = fy.rows.length
    ? el('table', { id: 'figures-by-year', class: 'pivot' },
      el('caption', { class: 'visually-hidden' }, T.figuresByYear),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, W.cols.unit), fy.years.map((y) => el('th', { scope: 'col', class: 'num' }, yearLabel(y))))),
      el('tbody', {}, fy.rows.map((r) => el('tr', {}, el('th', { scope: 'row' }, r.unit),
        fy.years.map((y) => {
          const entries = r.cells.get(y) || [];
          return el('td', { class: 'num' }, entries.length ? entries.flatMap((e, j) => [j ? '; ' : null,
            `${e.f.qualifier === 'exact' ? '' : `${W.qualifier[e.f.qualifier]} `}${fmtNumber(e.f.value, state.lang)}`, docRef(e.doc)]) : '—');
        })))))
    : el('p', { class: 'empty' }, W.none);
  const fyCsv = () => toCsv([W.cols.unit, ...fy.years.map(yearLabel)], fy.rows.map((r) => [r.unit, ...fy.years.map((y) => cellText(r.cells.get(y) || []))]));
  const fyTsv = () => [[W.cols.unit, ...fy.years.map(yearLabel)].join('\t'), ...fy.rows.map((r) => [r.unit, ...fy.years.map((y) => cellText(r.cells.get(y) || []))].join('\t'))].join('\n') + '\n';
  out.push(el('section', { class: 'panel wide', 'aria-labelledby': 'sum-fy' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-fy' }, T.figuresByYear), fy.rows.length ? tableTools(T.figuresByYear, 'figures-by-year', fyCsv, fyTsv) : null),
    el('p', { class: 'muted small-note' }, T.figuresByYearNote), el('div', { class: 'scroll' }, fyTable)));

  // people index
  const people = peopleIndex(docs);
  const refs = (ds) => ds.map((d) => `${d + 1}`).join(', ');
  const pCols = [W.cols.name, W.cols.titles, T.inArticles, W.cols.mentions];
  const pRows = people.map((p) => [p.honorific ? `${p.name} (${p.honorific})` : p.name, p.titles.join('; '), refs(p.docs), p.mentions]);
  out.push(el('section', { class: 'panel', 'aria-labelledby': 'sum-people' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-people' }, T.peopleIndex, ' ', el('span', { class: 'count' }, `${people.length}`)),
      people.length ? tableTools(T.peopleIndex, 'people-index', () => toCsv(pCols, pRows), () => [pCols, ...pRows].map((r) => r.join('\t')).join('\n') + '\n') : null),
    simpleTable('people-index', pCols, pRows)));

  // places index and chart
  const places = placesIndex(docs);
  const lCols = [W.cols.name, W.cols.kind, W.cols.country, T.inArticles, W.cols.mentions];
  const lRows = places.map((l) => [l.name, W.locKind[l.kind] || l.kind, countryName(l.countryCode, state.lang), refs(l.docs), l.mentions]);
  const lCsvRows = places.map((l) => [l.name, l.kind, l.countryCode, refs(l.docs), l.mentions]);
  out.push(el('section', { class: 'panel', 'aria-labelledby': 'sum-places' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-places' }, T.placesIndex, ' ', el('span', { class: 'count' }, `${places.length}`)),
      places.length ? tableTools(T.placesIndex, 'places-index', () => toCsv(lCols, lCsvRows), () => [lCols, ...lRows].map((r) => r.join('\t')).join('\n') + '\n') : null),
    placesChart(places), simpleTable('places-index', lCols, lRows)));

  // CSV of every kind over all articles
  out.push(el('div', { class: 'all-csv' }, el('span', { class: 'muted' }, T.allCsv), ' ',
    LISTS.map((k) => {
      const b = el('button', { type: 'button', class: 'small', 'aria-label': T.csvAria(W.kinds[k]), 'data-csv': `all-${k}` }, W.kinds[k]);
      b.addEventListener('click', () => downloadText(kindCsv(k, docs, state.lang), `${k}-all.csv`, 'text/csv;charset=utf-8'));
      return b;
    })));
  box.replaceChildren(...out);
}

function simpleTable(id, cols, rows) {
  if (!rows.length) return el('p', { class: 'empty' }, w().none);
  return el('table', { id },
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.slice(0, 500).map((r) => el('tr', {}, r.map((v) => el('td', { class: typeof v === 'number' ? 'num' : null }, v == null || v === '' ? '—' : v))))));
}

function placesChart(places) {
  const top = places.slice(0, 12);
  if (!top.length) return null;
  const max = Math.max(...top.map((p) => p.mentions));
  return el('figure', { class: 'chart', id: 'places-chart' },
    el('figcaption', {}, t().placesChart),
    el('ol', { class: 'bars' }, top.map((p) => {
      const bar = el('span', { class: 'bar-fill' });
      bar.style.width = `${Math.max(2, (100 * p.mentions) / max)}%`;
      return el('li', {}, el('span', { class: 'bar-label' }, p.name), el('span', { class: 'bar', 'aria-hidden': 'true' }, bar),
        el('span', { class: 'bar-value' }, `${p.mentions}`));
    })));
}

function renderJson() {
  $('json').textContent = JSON.stringify(exportValue(), null, 2);
}

// ---------- export ----------

function exportValue() {
  if (state.docs.length === 1) return state.docs[0].x;
  return state.docs.map((d) => ({ name: d.name, extraction: d.x }));
}

function downloadText(content, name, type) {
  const blob = new Blob([content], { type });
  const a = el('a', { href: URL.createObjectURL(blob), download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 5000);
}

async function copyText(s) {
  try {
    await navigator.clipboard.writeText(s);
    $('status').textContent = t().copied;
  } catch {
    $('status').textContent = t().copyFailed;
  }
}

// ---------- input: examples, files, language ----------

async function loadExamples() {
  let items = [];
  if (embedded && embedded.examples) {
    items = embedded.examples;
  } else {
    try {
      const res = await fetch('pkg/examples/index.json');
      if (res.ok) items = await res.json();
    } catch { /* examples are optional */ }
  }
  const box = $('examples');
  box.replaceChildren(...items.map((it, i) => {
    const b = el('button', { type: 'button', class: 'example', title: it.first, 'data-file': it.file, 'aria-label': t().exampleAria(i + 1, it.first) }, `${i + 1}`);
    b.addEventListener('click', async () => {
      const text = it.text != null ? it.text : await (await fetch(`pkg/examples/${encodeURIComponent(it.file)}`)).text();
      state.fileNames = [];
      $('text').value = text;
      run();
    });
    return b;
  }));
}

function relabelExamples() {
  $('examples').querySelectorAll('button.example').forEach((b, i) => b.setAttribute('aria-label', t().exampleAria(i + 1, b.title)));
}

async function loadFiles(fileList) {
  const files = [...fileList].filter((f) => /\.txt$/i.test(f.name) || f.type.startsWith('text/'));
  if (!files.length) {
    $('status').textContent = t().noTxt;
    return;
  }
  const texts = await Promise.all(files.map((f) => f.text()));
  state.fileNames = files.map((f) => f.name);
  $('text').value = texts.map((s) => s.replace(/\s+$/, '')).join('\n\n---\n\n');
  $('status').textContent = t().filesLoaded(files.length);
  run();
}

function setupDrop() {
  const wrap = $('drop-wrap');
  const overlay = $('drop-overlay');
  const hasFiles = (e) => e.dataTransfer && [...e.dataTransfer.types].includes('Files');
  let depth = 0;
  document.addEventListener('dragenter', (e) => { if (hasFiles(e)) { depth++; overlay.hidden = false; } });
  document.addEventListener('dragleave', (e) => { if (hasFiles(e) && --depth <= 0) { depth = 0; overlay.hidden = true; } });
  document.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
  document.addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    loadFiles(e.dataTransfer.files);
  });
  wrap.addEventListener('dragover', (e) => { if (hasFiles(e)) e.dataTransfer.dropEffect = 'copy'; });
}

function setLang(lang, remember = true) {
  state.lang = lang === 'en' ? 'en' : 'vi';
  applyStatic(state.lang);
  $('lang').lang = state.lang === 'en' ? 'vi' : 'en';
  if (remember) {
    try { localStorage.setItem(LANG_KEY, state.lang); } catch { /* private mode */ }
  }
  relabelExamples();
  if (lastProgress) showProgress(...lastProgress);
  if (state.docs.length) {
    renderAll();
    if (!lastProgress) showStatus();
  }
}

function onTabsKey(e) {
  const tabs = [...$('tabs').querySelectorAll('[role=tab]')];
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  let j = null;
  if (e.key === 'ArrowRight') j = (i + 1) % tabs.length;
  else if (e.key === 'ArrowLeft') j = (i - 1 + tabs.length) % tabs.length;
  else if (e.key === 'Home') j = 0;
  else if (e.key === 'End') j = tabs.length - 1;
  if (j == null) return;
  e.preventDefault();
  const id = tabs[j].dataset.tab;
  selectTab(id === 'summary' ? 'summary' : Number(id), true);
}

function makeExtractor() {
  if (embedded) {
    const blob = new Blob([embedded.workerSource], { type: 'text/javascript' });
    return createExtractor({ worker: new Worker(URL.createObjectURL(blob)), wasm: embedded.wasm });
  }
  return createExtractor();
}

async function main() {
  setLang(storedLang() || 'vi', false);
  $('status').textContent = t().loading;
  attachTooltip($('highlighted'), $('tip'));
  $('lang').addEventListener('click', () => setLang(state.lang === 'vi' ? 'en' : 'vi'));
  $('run').addEventListener('click', run);
  $('open').addEventListener('click', () => $('files').click());
  $('files').addEventListener('change', () => { loadFiles($('files').files); $('files').value = ''; });
  $('clear').addEventListener('click', () => { $('text').value = ''; state.fileNames = []; run(); $('text').focus(); });
  $('download').addEventListener('click', () => {
    if (state.docs.length) downloadText(JSON.stringify(exportValue(), null, 2), state.docs.length > 1 ? 'trich-xuat-nhieu-bai.json' : 'trich-xuat.json', 'application/json');
  });
  $('copy-json').addEventListener('click', () => { if (state.docs.length) copyText(JSON.stringify(exportValue(), null, 2)); });
  $('print').addEventListener('click', () => window.print());
  // a name in a table shows all its mentions in the text
  $('panels').addEventListener('click', (e) => {
    const b = e.target.closest('.item-link');
    if (!b) return;
    const doc = state.docs[typeof state.selected === 'number' ? state.selected : 0];
    state.picked = { text: doc ? doc.text : null, kind: b.dataset.kind, id: b.dataset.id };
    selectMentions($('highlighted'), b.dataset.kind, b.dataset.id);
  });
  $('raw').addEventListener('toggle', () => { if ($('raw').open && state.docs.length) renderJson(); });
  $('text').addEventListener('input', (e) => {
    // a paste or a drop is a whole text: extract at once; typing waits for a pause
    if ($('live').checked && /^insertFrom(Paste|Drop)$/.test(e.inputType || '')) {
      clearTimeout(liveTimer);
      run();
    } else {
      scheduleLive();
    }
  });
  $('text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
  $('refdate').addEventListener('change', run);
  $('tabs').addEventListener('keydown', onTabsKey);
  if (embedded) $('single').hidden = true;
  setupDrop();
  extractor = makeExtractor();
  const examples = loadExamples();
  const info = await extractor.ready;
  document.body.dataset.worker = 'true';
  $('version').textContent = `v${info.version}`;
  await examples;
  await run();
  if ('serviceWorker' in navigator && /^https?:$/.test(location.protocol) && !embedded) {
    navigator.serviceWorker.register('sw.js').catch(() => { /* offline use is a bonus */ });
  }
}

main().catch((e) => {
  $('status').textContent = t().loadFailed(e.message);
});
