// <vn-news-extract>: a text box and the extraction of what is typed or pasted in it, computed in
// a Web Worker. Importing this module defines the element.
//
//   <script type="module" src="/node_modules/vn-news-extract/element.js"></script>
//   <vn-news-extract lang="vi" reference-date="2025-12-23"></vn-news-extract>
//
// Attributes: lang ("vi" | "en"), reference-date ("YYYY-MM-DD"), placeholder, manual (no live
// extraction: only the button), no-input (results only; set the text with the `value` property
// or as the element's text content), kinds (comma-separated lists to show, e.g. "dates,figures"),
// views (pictures to show above the tables: "map", "graph" or "map graph").
// Property: value (the text), extraction (the last result), extract() -> Promise<Extraction>.
// Event: "extracted" (detail: { extraction, text }), "extract-error" (detail: { error }).
// Styling: CSS custom properties --vnx-* (see README) and parts: container, label, input,
// toolbar, button, status, summary, legend, legend-item, text, mark, mark-<kind>, views, map,
// graph, results, section, heading, table, table-wrap, tooltip.
// By default every element of a page and createExtractor() share one worker (index.js).
import { createExtractor } from './index.js';
import {
  LISTS, LIMITS, liveDelay, paletteCss, Slicer, words, el, renderHighlighted, renderTable, renderLegend, attachTooltip, selectMentions,
} from './render.js';
import { renderMap, renderGraph, countryCounts, viewsCss } from './views.js';

let shared = null;
/**
 * Uses this extractor (from createExtractor) for every <vn-news-extract> element. Not needed to
 * share one worker: by default the elements use createExtractor(), which shares one per page.
 */
export function setExtractor(extractor) {
  shared = extractor;
}
function extractor() {
  shared ??= createExtractor();
  return shared;
}

const CSS = `
:host {
  --_fg: var(--vnx-fg, #1d1d1f); --_bg: var(--vnx-bg, #ffffff); --_muted: var(--vnx-muted, #5f6368);
  --_border: var(--vnx-border, #c9c9c6); --_radius: var(--vnx-radius, 6px); --_accent: var(--vnx-accent, #0b57d0);
  --_accent-fg: var(--vnx-accent-fg, #ffffff); --_focus: var(--vnx-focus, #b35c00);
  display: block; color: var(--_fg); background: var(--_bg); font-family: var(--vnx-font, system-ui, sans-serif);
  font-size: var(--vnx-font-size, 1rem); line-height: 1.5; border: 1px solid var(--_border); border-radius: var(--_radius);
  padding: var(--vnx-padding, 0.8rem); box-sizing: border-box;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
textarea { width: 100%; min-height: var(--vnx-input-height, 9rem); font: inherit; color: inherit; background: var(--_bg);
  border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem; resize: vertical; }
:host([no-input]) label, :host([no-input]) textarea, :host([no-input]) button.go, :host([no-input]) .held { display: none; }
textarea[hidden], .held[hidden], .held [hidden] { display: none; }
.held { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem 0.7rem; }
.held p { margin: 0 0 0.4rem; }
.held pre { margin: 0 0 0.5rem; max-height: 4.5em; overflow: hidden; white-space: pre-wrap; font: inherit; font-size: 0.9em; color: var(--_muted); }
.held button { border: 1px solid var(--_border); background: var(--_bg); color: var(--_fg); margin-right: 0.4rem; }
.bar { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; margin: 0.5rem 0; }
button { font: inherit; cursor: pointer; border-radius: var(--_radius); padding: 0.3rem 0.9rem; }
button.go { background: var(--_accent); color: var(--_accent-fg); border: 1px solid var(--_accent); }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.status { color: var(--_muted); font-size: 0.9em; }
.summary { margin: 0.3rem 0; }
.summary:empty { display: none; }
.legend { display: flex; flex-wrap: wrap; gap: 0.35rem; margin: 0.4rem 0; }
.legend:empty { display: none; }
.legend button { font-size: 0.85em; padding: 0.1rem 0.5rem; border: 1px solid var(--_border); color: var(--_fg); }
.legend button[aria-pressed="false"] { background: transparent !important; text-decoration: line-through; color: var(--_muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; max-height: var(--vnx-text-max-height, 22rem); overflow: auto;
  border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.6rem; line-height: 1.7; }
.text:empty { display: none; }
mark { color: inherit; border-radius: 3px; padding: 0 1px; cursor: help; }
mark mark { box-shadow: inset 0 -2px 0 rgba(0,0,0,.35); }
mark.hl-active { outline: 3px solid var(--vnx-active, #b3261e); outline-offset: 1px; }
.item-link { background: none; border: 0; padding: 0; font: inherit; color: inherit; text-align: left; cursor: pointer; text-decoration: underline dotted; }
.boiler { color: var(--_muted); text-decoration: line-through; }
.results { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); gap: 0.6rem; margin-top: 0.6rem; }
section { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.4rem 0.6rem; overflow: auto; }
h3 { font-size: 1em; margin: 0 0 0.3rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.88em; }
th, td { text-align: left; padding: 0.2rem 0.35rem; border-bottom: 1px solid var(--_border); vertical-align: top; }
th { color: var(--_muted); }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.empty, .more { color: var(--_muted); margin: 0.2rem 0; }
.tip { position: fixed; z-index: 10; background: var(--vnx-tip-bg, #1d1d1f); color: var(--vnx-tip-fg, #ffffff); padding: 0.3rem 0.55rem;
  border-radius: 4px; font-size: 0.85em; pointer-events: none; max-width: 22rem; }
.tip[hidden] { display: none; }
.table-wrap { overflow-x: auto; }
.clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; cursor: pointer; }
.clamp.open { display: block; }
.views { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 0.6rem; margin-top: 0.6rem; }
.views:empty { display: none; }
.hl-block { display: block; }
.legend .swatch { display: none; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS + paletteCss(':host') + viewsCss());
  }
  return sheet;
}

let uid = 0;

export class VnNewsExtractElement extends HTMLElement {
  static get observedAttributes() { return ['lang', 'reference-date', 'placeholder', 'kinds', 'views']; }

  #root; #input; #button; #status; #summary; #legend; #text; #views; #results; #tip; #label; #tooltip;
  #x = null; #shownText = ''; #hidden = new Set(); #timer = 0; #seq = 0; #started = false; #slicer = new Slicer(8);
  /** A long pasted text held out of the text box (LIMITS.hold), or null; its card and the card's parts. */
  #held = null; #card; #count; #preview; #edit; #clear; #confirm; #warn; #yes; #no;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    this.#root.adoptedStyleSheets = [styles()];
    const id = `vnx-${++uid}`;
    this.#label = el('label', { for: 'input', part: 'label' });
    this.#input = el('textarea', { id: 'input', part: 'input', spellcheck: 'false' });
    this.#button = el('button', { type: 'button', class: 'go', part: 'button' });
    this.#status = el('span', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' });
    this.#summary = el('div', { class: 'summary', part: 'summary' });
    this.#legend = el('div', { class: 'legend', part: 'legend', role: 'group' });
    this.#text = el('div', { class: 'text', part: 'text', role: 'region', tabindex: '0', lang: 'vi' });
    this.#views = el('div', { class: 'views', part: 'views' });
    this.#results = el('div', { class: 'results', part: 'results' });
    this.#tip = el('div', { class: 'tip', part: 'tooltip', role: 'tooltip', id: `${id}-tip`, hidden: true });
    this.#count = el('p', { id: 'held-count', class: 'count' });
    this.#preview = el('pre', { lang: 'vi' });
    this.#edit = el('button', { type: 'button' });
    this.#clear = el('button', { type: 'button' });
    this.#warn = el('p', { id: 'held-warn' });
    this.#yes = el('button', { type: 'button', 'aria-describedby': 'held-warn' });
    this.#no = el('button', { type: 'button' });
    this.#confirm = el('div', { hidden: true }, this.#warn, this.#yes, this.#no);
    this.#card = el('div', { class: 'held', part: 'held', role: 'group', 'aria-labelledby': 'held-count', tabindex: '-1', hidden: true },
      this.#count, this.#preview, el('div', {}, this.#edit, this.#clear), this.#confirm);
    this.#root.append(el('div', { part: 'container' }, this.#label, this.#input, this.#card,
      el('div', { class: 'bar', part: 'toolbar' }, this.#button, this.#status),
      this.#summary, this.#legend, this.#text, this.#views, this.#results, this.#tip));
    this.#input.setAttribute('lang', 'vi');
    this.#tooltip = attachTooltip(this.#text, this.#tip);
    this.#button.addEventListener('click', () => { this.extract().catch(() => {}); });
    this.#input.addEventListener('input', () => {
      if (this.hasAttribute('manual')) return;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.extract().catch(() => {}), liveDelay(this.#input.value.length));
    });
    this.#input.addEventListener('paste', (e) => this.#holdPaste(e));
    this.#edit.addEventListener('click', () => { this.#confirm.hidden = false; this.#yes.focus(); });
    this.#yes.addEventListener('click', () => {
      const text = this.#held;
      this.#unhold();
      this.#input.value = text;
      this.#input.focus();
    });
    this.#no.addEventListener('click', () => { this.#confirm.hidden = true; this.#edit.focus(); });
    this.#clear.addEventListener('click', () => { this.value = ''; this.#input.focus(); });
    this.#card.addEventListener('keydown', (e) => { if (e.key === 'Escape' && !this.#confirm.hidden) { e.preventDefault(); this.#no.click(); } });
    // a name in a table shows all its mentions in the text
    this.#results.addEventListener('click', (e) => {
      const b = e.target instanceof Element ? e.target.closest('.item-link') : null;
      if (b) this.#select([{ kind: b.getAttribute('data-kind'), id: b.getAttribute('data-id') }]);
    });
    this.#labels();
  }

  connectedCallback() {
    if (this.#started) return;
    this.#started = true;
    const initial = this.textContent.trim();
    if (initial && !this.#input.value) {
      this.#input.value = initial;
      this.extract().catch(() => {});
    }
  }

  attributeChangedCallback() {
    this.#labels();
    this.#render();
  }

  get #lang() {
    const l = this.getAttribute('lang') || (this.closest('[lang]') || document.documentElement).getAttribute('lang') || 'vi';
    return l.toLowerCase().startsWith('en') ? 'en' : 'vi';
  }

  /** The text (the input's content, or the long text held out of it). Setting it extracts. */
  get value() { return this.#held != null ? this.#held : this.#input.value; }
  set value(v) {
    const s = v == null ? '' : String(v);
    if (s.length >= LIMITS.hold && !this.hasAttribute('no-input')) {
      this.#hold(s);
    } else {
      this.#unhold();
      this.#input.value = s;
    }
    this.extract().catch(() => {});
  }

  /** A paste that would make the text box long: held (a card with its size and beginning) instead of inserted. */
  #holdPaste(e) {
    const s = e.clipboardData && e.clipboardData.getData('text/plain');
    const box = this.#input;
    if (!s || box.textLength - (box.selectionEnd - box.selectionStart) + s.length < LIMITS.hold) return;
    e.preventDefault();
    this.#hold(box.value.slice(0, box.selectionStart) + s + box.value.slice(box.selectionEnd));
    this.#card.focus();
    if (!this.hasAttribute('manual')) this.extract().catch(() => {});
  }

  #hold(text) {
    this.#held = text;
    if (this.#input.textLength) this.#input.value = '';
    this.#input.hidden = true;
    this.#confirm.hidden = true;
    this.#preview.textContent = text.length > 400 ? `${text.slice(0, 400).trimEnd()}…` : text;
    this.#card.hidden = false;
    this.#labels();
  }

  #unhold() {
    if (this.#held == null) return;
    this.#held = null;
    this.#card.hidden = true;
    this.#preview.textContent = '';
    this.#input.hidden = false;
  }

  /** The last Extraction, or null. */
  get extraction() { return this.#x; }

  /** Extracts from the current text; resolves to the Extraction and emits "extracted". */
  async extract() {
    const text = this.value;
    const seq = ++this.#seq;
    const w = words(this.#lang);
    this.#status.textContent = w.working;
    this.setAttribute('aria-busy', 'true');
    const t0 = performance.now();
    try {
      const ref = this.getAttribute('reference-date');
      const x = await extractor().extract(text, { referenceDate: ref || null });
      if (seq !== this.#seq) return x; // a newer text is on its way
      this.#x = x;
      this.#shownText = text;
      this.#render(Math.round(performance.now() - t0));
      this.dispatchEvent(new CustomEvent('extracted', { detail: { extraction: x, text }, bubbles: true, composed: true }));
      return x;
    } catch (error) {
      if (seq === this.#seq) {
        this.#status.textContent = `${w.error}: ${error.message}`;
        this.dispatchEvent(new CustomEvent('extract-error', { detail: { error }, bubbles: true, composed: true }));
      }
      throw error;
    } finally {
      if (seq === this.#seq) this.removeAttribute('aria-busy');
    }
  }

  #labels() {
    const w = words(this.#lang);
    this.#label.textContent = w.input;
    this.#input.placeholder = this.getAttribute('placeholder') || w.placeholder;
    this.#button.textContent = w.extract;
    this.#legend.setAttribute('aria-label', w.legend);
    this.#text.setAttribute('aria-label', w.highlighted);
    this.#results.setAttribute('aria-label', w.results);
    const n = (this.#held || '').length.toLocaleString(this.#lang === 'en' ? 'en-US' : 'vi-VN');
    this.#count.textContent = w.heldCount(n);
    this.#edit.textContent = w.heldEdit;
    this.#edit.setAttribute('aria-label', w.heldEditAria(n));
    this.#clear.textContent = w.heldClear;
    this.#clear.setAttribute('aria-label', w.heldClearAria);
    this.#warn.textContent = w.heldWarn;
    this.#yes.textContent = w.heldEditAnyway;
    this.#no.textContent = w.heldCancel;
  }

  #kinds() {
    const k = (this.getAttribute('kinds') || '').split(',').map((s) => s.trim()).filter(Boolean);
    return k.length ? LISTS.filter((l) => k.includes(l)) : LISTS;
  }

  #select(picks) {
    this.#tooltip.hide();
    selectMentions(this.#text, picks);
  }

  #viewList() {
    const v = (this.getAttribute('views') || '').split(/[\s,]+/).filter(Boolean);
    return ['map', 'graph'].filter((k) => v.includes(k));
  }

  #render(ms) {
    const x = this.#x;
    if (!x) return;
    this.#slicer.reset();
    const lang = this.#lang;
    const w = words(lang);
    const kinds = this.#kinds();
    const n = kinds.reduce((s, k) => s + (x[k] || []).length, 0);
    if (ms != null || this.#status.textContent === w.working) this.#status.textContent = w.items(n, ms);
    else this.#status.textContent = w.items(n);
    const a = x.article;
    this.#summary.replaceChildren(...(a.title || a.published ? [el('strong', {}, a.title || ''), a.published ? ` · ${a.published}` : ''] : []),
      ...(x.warnings.length ? [el('div', { role: 'alert' }, x.warnings.join(' · '))] : []));
    const drawText = () => {
      const hidden = new Set([...this.#hidden, ...LISTS.filter((l) => !kinds.includes(l))]);
      renderHighlighted(this.#text, this.#shownText, x, { hidden, lang, part: true, slicer: this.#slicer });
    };
    const drawLegend = () => renderLegend(this.#legend, x, {
      hidden: this.#hidden, lang, kinds, part: true,
      onToggle: (k) => {
        if (this.#hidden.has(k)) this.#hidden.delete(k); else this.#hidden.add(k);
        drawLegend();
        drawText();
      },
    });
    drawLegend();
    drawText();
    const views = this.#viewList();
    const pics = [];
    if (views.includes('map')) {
      pics.push(el('section', { part: 'section' }, el('h3', { part: 'heading' }, w.map),
        renderMap(countryCounts([{ x }]), { lang, part: true, onPick: (code, picks) => this.#select(picks.map((p) => ({ kind: p.kind, id: p.id }))) })));
    }
    if (views.includes('graph')) {
      pics.push(el('section', { part: 'section' }, el('h3', { part: 'heading' }, w.graph),
        renderGraph(x.actions.map((act, id) => ({ a: act, doc: 0, id })), { lang, part: true, onPick: (doc, id) => this.#select([{ kind: 'actions', id }]) })));
    }
    this.#views.replaceChildren(...pics);
    this.#results.replaceChildren(...kinds.filter((k) => (x[k] || []).length).map((k) => el('section', { part: 'section' },
      el('h3', { part: 'heading' }, `${w.kinds[k]} (${x[k].length})`),
      renderTable(k, x[k], { lang, part: true, max: LIMITS.rows, slicer: this.#slicer }))));
  }
}

if (!customElements.get('vn-news-extract')) customElements.define('vn-news-extract', VnNewsExtractElement);
