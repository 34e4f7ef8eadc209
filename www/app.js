// The page: paste one or several articles, see what the extractor reads out of them.
// Extraction runs in a Web Worker (pkg/index.js createExtractor), so the page stays responsive
// on a multi-megabyte paste. Everything user-provided is rendered as text nodes, never as HTML.
import { createExtractor } from './pkg/index.js';
import {
  LISTS, LIMITS, liveDelay, paletteCss, Slicer, yieldToBrowser, words, word, el, fmtNumber, countryName, renderHighlighted, renderTable,
  renderLegend, relabel, setTextLang, attachTooltip, kindCsv, kindTsv, toCsv, selectMentions,
} from './pkg/render.js';
import { renderMap, renderGraph, countryCounts, viewsCss, mapsDrawn } from './pkg/views.js';
import { ui, applyStatic } from './i18n.js';
import { splitArticles, figuresByYear, peopleIndex, placesIndex } from './summary.js';

const $ = (id) => document.getElementById(id);
/** Set by the single-file build: { wasm: Uint8Array, workerSource: string, examples: [{ file, first, text }] }. */
const embedded = globalThis.__VNX_EMBEDDED__ || null;
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
  held: null, // a long text kept out of the text box (see hold), or null: the text box holds the input
  heldFiles: 0, // how many opened files the held text came from (0: pasted)
};

let extractor = null;
/** Spreads the drawing of results over short tasks (see render.js Slicer). */
const slicer = new Slicer(5);
let tooltip = null;

function storedLang() {
  try { return localStorage.getItem(LANG_KEY); } catch { return null; }
}

function t() { return ui(state.lang); }
function w() { return words(state.lang); }
function num(n) { return n.toLocaleString(state.lang === 'en' ? 'en-US' : 'vi-VN'); }

// ---------- the input: the text box, or a long text held out of it ----------

/**
 * From this many characters on, a paste, a drop or opened files are not put in the text box: the
 * browser's layout of a multi-megabyte <textarea> takes the page's thread for seconds. The text
 * is held here, and a card shows its size and beginning, with "Edit" (into the box, warned) and "Clear".
 */
export const HOLD_AT = LIMITS.hold;
const PREVIEW_CHARS = 600;

/** The text to extract from: the held text, or the text box's. */
function inputText() {
  return state.held != null ? state.held : $('text').value;
}

/** Puts `text` in the input: held out of the text box if it is long, in the box otherwise. */
function setInput(text, files = 0) {
  if (text.length >= HOLD_AT) {
    hold(text, files);
  } else {
    unhold();
    $('text').value = text;
  }
}

/** Holds a long text out of the text box and shows its card (the focus moves to the card if it was in the box). */
function hold(text, files = 0) {
  const box = $('text');
  const hadFocus = document.activeElement === box;
  state.held = text;
  state.heldFiles = files;
  if (box.textLength) box.value = '';
  box.hidden = true;
  $('held-confirm').hidden = true;
  $('held-preview').textContent = text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS).trimEnd()}…` : text;
  labelHeld();
  $('held').hidden = false;
  if (hadFocus) $('held').focus();
}

/** The card's words that depend on the held text (its size), in the interface language. */
function labelHeld() {
  if (state.held == null) return;
  $('held-count').textContent = t().heldCount(num(state.held.length), state.heldFiles);
  $('held-edit').setAttribute('aria-label', t().heldEditAria(num(state.held.length)));
}

/** Back to the text box (empty unless the caller fills it). */
function unhold() {
  if (state.held == null) return;
  state.held = null;
  state.heldFiles = 0;
  $('held').hidden = true;
  $('held-preview').textContent = '';
  $('text').hidden = false;
  if (!$('text').textLength) $('text').placeholder = t().placeholder;
}

/** "Edit anyway": the held text goes into the text box (the results on screen stay: the same text). */
function editHeld() {
  const text = state.held;
  unhold();
  $('text').value = text;
  $('text').focus();
  $('text').setSelectionRange(0, 0);
}

/** Clears the input, held or not, and focuses the empty text box. */
function clearInput() {
  unhold();
  $('text').value = '';
  $('text').placeholder = t().placeholder;
  state.fileNames = [];
  run();
  $('text').focus();
}

/** A paste (or a drop of text) that would make the box long: held instead of inserted. */
function holdInsert(e, data) {
  const s = data && data.getData('text/plain');
  if (!s) return false;
  const box = $('text');
  const [a, b] = e.type === 'paste' ? [box.selectionStart, box.selectionEnd] : [box.textLength, box.textLength];
  if (box.textLength - (b - a) + s.length < HOLD_AT) return false;
  e.preventDefault();
  state.fileNames = [];
  hold(box.value.slice(0, a) + s + box.value.slice(b));
  if ($('live').checked) {
    clearTimeout(liveTimer);
    showResultsArea();
    run();
  }
  return true;
}

function setupHeld() {
  const box = $('text');
  box.addEventListener('paste', (e) => holdInsert(e, e.clipboardData));
  box.addEventListener('drop', (e) => {
    if (e.dataTransfer && ![...e.dataTransfer.types].includes('Files')) holdInsert(e, e.dataTransfer);
  });
  $('held-edit').addEventListener('click', () => {
    $('held-confirm').hidden = false;
    $('held-edit-yes').focus();
  });
  $('held-edit-yes').addEventListener('click', editHeld);
  const cancel = () => { $('held-confirm').hidden = true; $('held-edit').focus(); };
  $('held-edit-no').addEventListener('click', cancel);
  $('held-clear').addEventListener('click', clearInput);
  $('held').addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('held-confirm').hidden) { e.preventDefault(); cancel(); }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); showResultsArea(); run(); }
  });
}

// ---------- running the extractor ----------

let lastProgress = null;
function showProgress(done, total, chars) {
  lastProgress = [done, total, chars];
  $('progress').hidden = false;
  // the results on screen are about another text: they step aside for the progress
  $('status').hidden = true;
  $('view').classList.add('stale');
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
  $('status').hidden = false;
  $('view').classList.remove('stale');
  document.body.removeAttribute('aria-busy');
}

function docName(i, x) {
  if (state.fileNames[i]) return state.fileNames[i];
  if (x.article.title) return x.article.title;
  return t().articleN(i + 1);
}

async function runOnce() {
  const all = inputText();
  const options = { referenceDate: $('refdate').value || null };
  const key = `${options.referenceDate}\u0000${state.fileNames.join('\u0000')}\u0000${all}`;
  // the same text, options and file names as the results on screen: nothing to do (a live run
  // after a click on "Extract", say, would only re-render and lose the reader's place)
  if (key === state.shownKey) return;
  if (!all.trim()) {
    state.shownKey = key;
    showWelcome();
    return;
  }
  const parts = splitArticles(all);
  if (state.fileNames.length && state.fileNames.length !== parts.length) state.fileNames = [];
  const big = all.length > 100000;
  const t0 = performance.now();
  const timer = setTimeout(() => showProgress(0, parts.length > 1 ? parts.length : 0, all.length), big || parts.length > 1 ? 0 : 300);
  try {
    const xs = parts.length === 1
      ? [await extractor.extract(parts[0], options)]
      : await extractor.extractMany(parts, options, (done, total) => showProgress(done, total, all.length));
    state.ms = Math.round(performance.now() - t0);
    clearTimeout(timer);
    await yieldToBrowser(); // the drawing starts in a task of its own, not in the worker's answer
    const docs = xs.map((x, i) => ({ name: docName(i, x), text: parts[i], x }));
    await showResults(docs);
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
  document.body.dataset.running = 'true';
  try {
    do {
      state.queued = false;
      await runOnce();
    } while (state.queued);
  } finally {
    state.busy = false;
    delete document.body.dataset.running;
  }
}

let liveTimer = 0;
function scheduleLive() {
  if (!$('live').checked) return;
  clearTimeout(liveTimer);
  liveTimer = setTimeout(run, liveDelay(inputText().length));
}

// ---------- rendering ----------

/** Before anything was asked: what the page does and the examples, no "nothing found". */
function showWelcome() {
  slicer.reset();
  state.docs = [];
  state.statusArgs = null;
  $('status').textContent = '';
  $('welcome').hidden = false;
  $('tabs').hidden = true;
  $('view').hidden = true;
  $('results-tools').hidden = true;
  document.body.dataset.ready = 'true';
}

/**
 * Shows results: docs = [{ name, text, x }]. The drawing is spread over short tasks; the promise
 * resolves when it is done. Exported for rendering tests with hand-made Extractions.
 */
export async function showResults(docs) {
  state.shownKey = null;
  const prevCount = state.docs.length;
  state.docs = docs;
  if (docs.length > 1) {
    if (prevCount !== docs.length || (state.selected !== 'summary' && state.selected >= docs.length)) state.selected = 'summary';
  } else {
    state.selected = 0;
  }
  $('welcome').hidden = true;
  $('view').hidden = false;
  $('results-tools').hidden = false;
  const n = docs.reduce((s, d) => s + LISTS.reduce((a, k) => a + d.x[k].length, 0), 0);
  const chars = docs.reduce((s, d) => s + d.text.length, 0);
  state.statusArgs = [n, state.ms, chars, docs.length];
  showStatus();
  await renderAll();
  document.body.dataset.ready = 'true';
}

function showStatus() {
  if (!state.statusArgs) return;
  const [n, ms, chars, count] = state.statusArgs;
  $('status').textContent = t().status(num(n), num(ms), num(chars), count);
}

async function renderAll() {
  slicer.reset();
  document.body.dataset.rendering = 'true';
  renderTabs();
  renderView();
  if ($('raw').open) renderJson();
  await slicer.idle();
  await mapsDrawn(); // (the first map waits for its shapes, world.js)
  if (!slicer.busy) delete document.body.dataset.rendering;
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

async function selectTab(id, focus = false) {
  state.selected = id;
  slicer.reset();
  renderTabs();
  renderView();
  if (focus) $(`tab-${id}`).focus();
  await slicer.idle();
  await mapsDrawn();
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

function currentDoc() {
  return state.docs[typeof state.selected === 'number' ? state.selected : 0];
}

function renderText(doc) {
  renderHighlighted($('highlighted'), doc.text, doc.x, { hidden: state.hidden, lang: state.lang, boilerTitle: t().boiler, slicer });
  repick(doc.text);
}

function renderDoc(doc) {
  const { x } = doc;
  renderArticle(x.article);
  drawLegend(x);
  $('view-note').hidden = true;
  if (doc.text.length < LIMITS.lazyText) {
    renderText(doc);
    renderPictures($('pictures'), [doc], state.selected);
    renderPanels(doc);
  } else {
    // a long text: its first block in the next task, the pictures and the panels after it
    $('highlighted').replaceChildren();
    $('pictures').replaceChildren();
    retireChildren($('panels'));
    const i = state.selected;
    slicer.add(() => { renderText(doc); return false; });
    renderPictures($('pictures'), [doc], i, { sliced: true });
    slicer.add(() => { renderPanels(doc); return false; });
  }
}

/**
 * The map of the countries mentioned and the graph of the actions of `docs` (one article, whose
 * index is `only`, or all of them: only = null). A click selects the mentions in the article's text.
 */
function renderPictures(box, docs, only, { sliced = false } = {}) {
  const at = (d) => (only == null ? d : only);
  const drawMapPanel = () => {
    const map = renderMap(countryCounts(docs), {
      lang: state.lang,
      onPick: (code, picks) => {
        const d = at(picks[0].doc);
        pick(d, picks.filter((p) => p.doc === picks[0].doc).map((p) => ({ kind: p.kind, id: p.id })));
      },
    });
    return el('section', { class: 'panel picture', 'aria-labelledby': 'pic-map' }, el('h3', { id: 'pic-map' }, w().map), map);
  };
  const drawGraphPanel = () => {
    const actions = docs.flatMap((d, doc) => d.x.actions.map((a, id) => ({ a, doc, id })));
    const graph = renderGraph(actions, { lang: state.lang, onPick: (doc, id) => pick(at(doc), [{ kind: 'actions', id }]) });
    return el('section', { class: 'panel picture', 'aria-labelledby': 'pic-graph' }, el('h3', { id: 'pic-graph' }, w().graph), graph);
  };
  if (!sliced) {
    box.replaceChildren(drawMapPanel(), drawGraphPanel());
    return;
  }
  // a long text: the map (hundreds of shapes) and the graph in a task each; the old pictures stay
  // until the new map takes their place
  let graphPanel = null;
  slicer.add(() => { graphPanel = drawGraphPanel(); return false; });
  slicer.add(() => { box.replaceChildren(drawMapPanel(), graphPanel); return false; });
}

function renderArticle(a) {
  const c = t().card;
  const dl = el('dl');
  const item = (k, v) => {
    const empty = v == null || v === '' || (Array.isArray(v) && !v.length);
    dl.append(el('dt', { 'data-card': k }, c[k]), el('dd', {}, empty ? '—' : Array.isArray(v) ? v.join(', ') : v));
  };
  item('title', a.title);
  item('published', a.published);
  item('authors', a.authors);
  item('source', a.source);
  item('photoCredits', a.photoCredits);
  item('referenceDate', a.referenceDate);
  $('article').replaceChildren(dl);
}

function drawLegend(x) {
  renderLegend($('legend'), x, {
    hidden: state.hidden,
    lang: state.lang,
    onToggle: (key) => {
      if (state.hidden.has(key)) state.hidden.delete(key); else state.hidden.add(key);
      const doc = currentDoc();
      drawLegend(doc.x);
      renderText(doc);
    },
  });
}

function tableTools(kindLabel, csvName, csv, tsv) {
  const dl = el('button', { type: 'button', class: 'small', 'aria-label': t().csvAria(kindLabel()), 'data-csv': csvName }, t().csv);
  dl.addEventListener('click', () => downloadText(csv(), `${csvName}.csv`, 'text/csv;charset=utf-8'));
  const cp = el('button', { type: 'button', class: 'small', 'aria-label': t().copyAria(kindLabel()), 'data-copy': csvName }, t().copy);
  cp.addEventListener('click', () => copyText(tsv()));
  toolLabels.set(dl, () => t().csvAria(kindLabel()));
  toolLabels.set(cp, () => t().copyAria(kindLabel()));
  return el('span', { class: 'tools' }, dl, cp);
}
/** The aria-labels of the CSV and copy buttons, recomputed when the language changes. */
const toolLabels = new Map();

function panel(kind, count, body, docs) {
  const id = `panel-${kind}`;
  return el('section', { class: 'panel', 'aria-labelledby': id, 'data-kind': kind },
    el('div', { class: 'panel-head' },
      el('h3', { id }, word('span', `kinds.${kind}`, state.lang), ' ', el('span', { class: 'count' }, `${count}`)),
      count ? tableTools(() => w().kinds[kind], kind, () => kindCsv(kind, docs, state.lang), () => kindTsv(kind, docs, state.lang)) : null),
    body);
}

function timeline(dates) {
  const L = state.lang;
  const sorted = dates.slice().sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.span.start - b.span.start));
  const n = Math.min(sorted.length, LIMITS.rows);
  const row = (d) => el('li', {},
    el('span', { class: 'when' }, d.value),
    word('span', `grain.${d.grain}`, L, { class: 'chip' }),
    d.partOfDay ? word('span', `partOfDay.${d.partOfDay}`, L, { class: 'chip' }) : null,
    d.relative ? word('span', 'relative', L, { class: 'chip' }) : null,
    el('span', { class: 'quote-text' }, `“${d.span.text}”`));
  const list = el('ol', { class: 'timeline' }, sorted.slice(0, 20).map(row));
  let i = Math.min(20, n);
  if (i < n) {
    slicer.add(() => {
      const frag = document.createDocumentFragment();
      for (const end = Math.min(n, i + 15); i < end; i++) frag.append(row(sorted[i]));
      list.append(frag);
      return i < n;
    });
  }
  if (sorted.length <= n) return list;
  const more = el('p', { class: 'more', 'data-more': String(sorted.length - n) }, w().more(sorted.length - n));
  return el('div', {}, list, more);
}

/** After a re-render of the same text, show the picked item's mentions again. */
function repick(text) {
  const p = state.picked;
  if (p && p.text === text) selectMentions($('highlighted'), p.picks, null, { scroll: false });
  else state.picked = null;
}

/** Selects the mentions `picks` ([{ kind, id }]) in the text of article `docIndex`. */
async function pick(docIndex, picks) {
  if (state.selected !== docIndex) await selectTab(docIndex);
  const doc = state.docs[docIndex];
  state.picked = { text: doc.text, picks };
  if (tooltip) tooltip.hide();
  selectMentions($('highlighted'), picks);
}

/**
 * Hides the children of `box` at once and removes them in the slicer's background steps (they take turns with the drawing): the panels
 * of a 3 MB text hold tens of thousands of nodes, and removing them in one go took the page's
 * thread for ~50 ms. (A retired node is out of the flow and not rendered: see style.css.)
 */
function retireChildren(box) {
  const old = [...box.children].filter((c) => !c.classList.contains('retired'));
  for (const c of old) {
    c.classList.add('retired');
    c.setAttribute('aria-hidden', 'true');
    c.removeAttribute('id');
    c.removeAttribute('data-kind');
    slicer.add(() => {
      const rows = c.querySelectorAll('tr, li');
      if (!rows.length) { c.remove(); return false; }
      for (let i = rows.length - 1; i >= Math.max(0, rows.length - 150); i--) rows[i].remove();
      return true;
    }, { background: true });
  }
}

/** Empties `box` of what was drawn, leaving the retired nodes to the slicer's background steps. */
function clearDrawn(box) {
  for (const c of [...box.children]) if (!c.classList.contains('retired')) c.remove();
}

function renderPanels(doc) {
  const x = doc.x;
  const docs = [{ name: doc.name, x }];
  const box = $('panels');
  const head = [];
  if (x.warnings.length) head.push(el('p', { class: 'warning', role: 'alert' }, x.warnings.join(' · ')));
  clearDrawn(box);
  box.append(...head);
  // one panel per task of the slicer: the first ones are on screen while the others are built
  const kinds = LISTS.filter((l) => x[l].length);
  const empty = LISTS.filter((k) => !x[k].length);
  let i = 0;
  const step = () => {
    if (i < kinds.length) {
      const k = kinds[i++];
      const body = k === 'dates' ? timeline(x.dates) : renderTable(k, x[k], { lang: state.lang, caption: w().kinds[k], slicer });
      box.append(panel(k, x[k].length, body, docs));
      return true;
    }
    if (empty.length) {
      box.append(el('p', { class: 'empty-kinds' }, el('span', { 'data-w-page': 'emptyKinds' }, t().emptyKinds), ' ',
        empty.flatMap((k, j) => [j ? ' · ' : null, word('span', `kinds.${k}`, state.lang)])));
    }
    return false;
  };
  if (x.dates.length + x.figures.length + x.people.length < 400) while (step());
  else slicer.add(step);
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
  const pictures = el('div', { class: 'pictures wide' });
  renderPictures(pictures, docs, null);
  out.push(pictures);

  // the articles
  const artRows = docs.map((d, i) => el('tr', {},
    el('td', { class: 'num' }, `${i + 1}`),
    el('td', {}, el('button', { type: 'button', class: 'item-link', 'data-open': String(i) }, d.name)),
    el('td', {}, d.x.article.published || '—'),
    ...['dates', 'figures', 'people', 'locations'].map((k) => el('td', { class: 'num' }, `${d.x[k].length}`))));
  out.push(el('section', { class: 'panel wide', 'aria-labelledby': 'sum-articles' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-articles' }, T.articlesTable)),
    el('div', { class: 'table-wrap' }, el('table', { class: 't-articles' }, el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, W.cols.name),
      el('th', { scope: 'col' }, T.card.published), ...['dates', 'figures', 'people', 'locations'].map((k) => el('th', { scope: 'col' }, W.kinds[k])))),
    el('tbody', {}, artRows)))));

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
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-fy' }, T.figuresByYear), fy.rows.length ? tableTools(() => t().figuresByYear, 'figures-by-year', fyCsv, fyTsv) : null),
    el('p', { class: 'muted small-note' }, T.figuresByYearNote), el('div', { class: 'table-wrap' }, fyTable)));

  // people index
  const people = peopleIndex(docs);
  const refs = (ds) => ds.map((d) => `${d + 1}`).join(', ');
  const pCols = [W.cols.name, W.cols.titles, T.inArticles, W.cols.mentions];
  const pRows = people.map((p) => [p.honorific ? `${p.name} (${p.honorific})` : p.name, p.titles.join('; '), refs(p.docs), p.mentions]);
  out.push(el('section', { class: 'panel', 'aria-labelledby': 'sum-people' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-people' }, T.peopleIndex, ' ', el('span', { class: 'count' }, `${people.length}`)),
      people.length ? tableTools(() => t().peopleIndex, 'people-index', () => toCsv(pCols, pRows), () => [pCols, ...pRows].map((r) => r.join('\t')).join('\n') + '\n') : null),
    simpleTable('people-index', pCols, pRows)));

  // places index and chart
  const places = placesIndex(docs);
  const lCols = [W.cols.name, W.cols.kind, W.cols.country, T.inArticles, W.cols.mentions];
  const lRows = places.map((l) => [l.name, W.locKind[l.kind] || l.kind, countryName(l.countryCode, state.lang), refs(l.docs), l.mentions]);
  const lCsvRows = places.map((l) => [l.name, W.locKind[l.kind] || l.kind, countryName(l.countryCode, state.lang, false), refs(l.docs), l.mentions]);
  out.push(el('section', { class: 'panel', 'aria-labelledby': 'sum-places' },
    el('div', { class: 'panel-head' }, el('h3', { id: 'sum-places' }, T.placesIndex, ' ', el('span', { class: 'count' }, `${places.length}`)),
      places.length ? tableTools(() => t().placesIndex, 'places-index', () => toCsv(lCols, lCsvRows), () => [lCols, ...lRows].map((r) => r.join('\t')).join('\n') + '\n') : null),
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
  return el('div', { class: 'table-wrap' }, el('table', { id },
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col' }, c)))),
    el('tbody', {}, rows.slice(0, LIMITS.rows).map((r) => el('tr', {}, r.map((v) => el('td', { class: typeof v === 'number' ? 'num' : null }, v == null || v === '' ? '—' : v)))))));
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

const RAW_SHOWN = 400000;
let jsonSeq = 0;
async function renderJson() {
  const seq = ++jsonSeq;
  const s = await jsonText(exportValue());
  if (seq !== jsonSeq) return;
  $('json').textContent = s.length > RAW_SHOWN ? `${s.slice(0, RAW_SHOWN)}\n…` : s;
  $('json-note').hidden = s.length <= RAW_SHOWN;
  $('json-note').textContent = $('json-note').hidden ? '' : t().jsonCut(num(RAW_SHOWN), num(s.length));
}

// ---------- export ----------

/** What "Download JSON" gives: one Extraction, or for several articles [{ name, text, extraction }]. */
function exportValue() {
  if (state.docs.length === 1) return state.docs[0].x;
  return state.docs.map((d) => ({ name: d.name, text: d.text, extraction: d.x }));
}

/**
 * JSON.stringify(value, null, 2), built item by item in short tasks (a 3 MB article's result
 * is tens of MB of JSON: in one go it would freeze the page).
 */
async function jsonText(value) {
  const parts = [];
  let t0 = performance.now();
  const tick = async () => {
    if (performance.now() - t0 > 8) { await yieldToBrowser(); t0 = performance.now(); }
  };
  const ind = (s, pad) => s.replace(/\n/g, `\n${pad}`);
  const list = async (arr, pad) => {
    if (!arr.length) return '[]';
    const out = [];
    for (const it of arr) {
      out.push(`${pad}  ${ind(JSON.stringify(it, null, 2), `${pad}  `)}`);
      await tick();
    }
    return `[\n${out.join(',\n')}\n${pad}]`;
  };
  const object = async (o, pad) => {
    const out = [];
    for (const [k, v] of Object.entries(o)) {
      const s = Array.isArray(v) && v.length > 50 ? await list(v, `${pad}  `)
        : v && typeof v === 'object' && !Array.isArray(v) && k === 'extraction' ? await object(v, `${pad}  `)
          : ind(JSON.stringify(v, null, 2), `${pad}  `);
      out.push(`${pad}  ${JSON.stringify(k)}: ${s}`);
      await tick();
    }
    return `{\n${out.join(',\n')}\n${pad}}`;
  };
  if (Array.isArray(value)) {
    for (const d of value) { parts.push(`  ${await object(d, '  ')}`); await tick(); }
    return `[\n${parts.join(',\n')}\n]`;
  }
  return object(value, '');
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
  const open = async (it) => {
    const text = it.text != null ? it.text : await (await fetch(`pkg/examples/${encodeURIComponent(it.file)}`)).text();
    state.fileNames = [];
    setInput(text);
    showResultsArea();
    run();
  };
  // the examples, by their headlines: in a short row above the text box, and as cards on the first screen
  $('examples').replaceChildren(...items.map((it, i) => {
    const b = el('button', { type: 'button', class: 'example', 'data-file': it.file, title: it.title || it.first }, `${i + 1}. ${short(it.title || it.first, 38)}`);
    b.addEventListener('click', () => open(it));
    return b;
  }));
  $('welcome-examples').replaceChildren(...items.map((it) => {
    const b = el('button', { type: 'button', class: 'example-card', 'data-file': it.file },
      el('span', { class: 'example-title' }, it.title || it.first),
      it.published ? el('span', { class: 'example-meta' }, it.published.slice(0, 10)) : null);
    b.addEventListener('click', () => open(it));
    return el('li', {}, b);
  }));
}

function short(s, n) {
  return s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s;
}

/** On a narrow screen the results are below the text box: bring them into view. */
function showResultsArea() {
  if (window.matchMedia('(max-width: 900px)').matches) $('results').scrollIntoView({ block: 'start' });
}

async function loadFiles(fileList) {
  const files = [...fileList].filter((f) => /\.txt$/i.test(f.name) || f.type.startsWith('text/'));
  if (!files.length) {
    $('status').textContent = t().noTxt;
    return;
  }
  const texts = await Promise.all(files.map((f) => f.text()));
  state.fileNames = files.map((f) => f.name);
  setInput(texts.map((s) => s.replace(/\s+$/, '')).join('\n\n---\n\n'), files.length);
  $('status').textContent = t().filesLoaded(files.length);
  showResultsArea();
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

/**
 * Switches the interface language. The results on screen are relabelled in place (every word
 * of the tables carries its key, see render.js relabel); only the small parts (legend, card,
 * tabs, status) and the summary of several articles are drawn again.
 */
function setLang(lang, remember = true) {
  state.lang = lang === 'en' ? 'en' : 'vi';
  applyStatic(state.lang);
  $('lang').lang = state.lang === 'en' ? 'vi' : 'en';
  if (remember) {
    try { localStorage.setItem(LANG_KEY, state.lang); } catch { /* private mode */ }
  }
  if (lastProgress) showProgress(...lastProgress);
  labelHeld();
  if (!state.docs.length) return;
  relabel($('results'), state.lang, { slicer });
  for (const e of $('results').querySelectorAll('[data-w-page]')) e.textContent = t()[e.dataset.wPage];
  for (const [b, f] of toolLabels) {
    if (b.isConnected) b.setAttribute('aria-label', f()); else toolLabels.delete(b);
  }
  setTextLang($('highlighted'), state.lang);
  if (tooltip) tooltip.hide();
  renderTabs();
  if (state.selected === 'summary') {
    slicer.reset();
    renderSummary();
  } else {
    // (the legend is relabelled above: drawing it again would move the focus, and a focus() after
    // a language change makes the browser restyle the whole page at once)
    for (const e of $('article').querySelectorAll('[data-card]')) e.textContent = t().card[e.dataset.card];
    if ($('pictures').childElementCount) {
      const doc = currentDoc();
      const i = state.selected;
      slicer.add(() => { if (currentDoc() === doc) renderPictures($('pictures'), [doc], i, { sliced: true }); return false; });
    }
  }
  if ($('raw').open) renderJson();
  if (!lastProgress) showStatus();
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
    const url = URL.createObjectURL(new Blob([embedded.workerSource], { type: 'text/javascript' }));
    // a function, so that a worker that read a long input can be replaced by a fresh one
    return createExtractor({ worker: () => new Worker(url), wasm: embedded.wasm });
  }
  return createExtractor();
}

/** The colours of the highlights (render.js paletteCss, shared with the element). */
function adoptPalette() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(paletteCss(':root') + viewsCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

async function main() {
  adoptPalette();
  setLang(storedLang() || 'vi', false);
  $('status').textContent = t().loading;
  tooltip = attachTooltip($('highlighted'), $('tip'));
  $('lang').addEventListener('click', () => setLang(state.lang === 'vi' ? 'en' : 'vi'));
  $('run').addEventListener('click', () => { showResultsArea(); run(); });
  $('open').addEventListener('click', () => $('files').click());
  $('files').addEventListener('change', () => { loadFiles($('files').files); $('files').value = ''; });
  $('clear').addEventListener('click', clearInput);
  $('download').addEventListener('click', async () => {
    if (state.docs.length) downloadText(await jsonText(exportValue()), state.docs.length > 1 ? 'trich-xuat-nhieu-bai.json' : 'trich-xuat.json', 'application/json');
  });
  $('copy-json').addEventListener('click', async () => { if (state.docs.length) copyText(await jsonText(exportValue())); });
  $('print').addEventListener('click', () => window.print());
  // a name in a table shows all its mentions in the text
  $('panels').addEventListener('click', (e) => {
    const b = e.target.closest('.item-link');
    if (!b) return;
    pick(typeof state.selected === 'number' ? state.selected : 0, [{ kind: b.dataset.kind, id: b.dataset.id }]);
  });
  $('summary').addEventListener('click', (e) => {
    const b = e.target.closest('[data-open]');
    if (b) selectTab(Number(b.dataset.open));
  });
  $('raw').addEventListener('toggle', () => { if ($('raw').open && state.docs.length) renderJson(); });
  setupHeld();
  $('text').addEventListener('input', (e) => {
    if (!$('text').textLength) $('text').placeholder = t().placeholder;
    const whole = /^insertFrom(Paste|Drop)$/.test(e.inputType || '');
    // a long text that reached the box anyway (a paste the paste event did not see): held from now on
    if (whole && $('text').textLength >= HOLD_AT) hold($('text').value);
    // a paste or a drop is a whole text: extract at once; typing waits for a pause
    if ($('live').checked && whole) {
      clearTimeout(liveTimer);
      showResultsArea();
      run();
    } else {
      scheduleLive();
    }
  });
  $('text').addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); showResultsArea(); run(); } });
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

/** For the browser tests: the size of the worker's WebAssembly memory now ({ wasmBytes }). */
export function workerMemory() {
  return extractor.memory();
}

main().catch((e) => {
  $('status').textContent = t().loadFailed(e.message);
});
