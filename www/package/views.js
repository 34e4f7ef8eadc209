// Two pictures of a result, shared by the page and <vn-news-extract views="map graph">:
//   - a world map of the countries an article (or a batch) mentions, shaded by how often, with
//     Vietnam marked; the country shapes are SVG paths projected at build time (world.js, made
//     by scripts/build-map.mjs from Natural Earth data), so nothing is projected here; world.js
//     (about 250 KB) is imported when a first map with a country on it is drawn, not before;
//   - a graph of the diplomatic actions: actors on the left, counterparts on the right, one edge
//     per action coloured by its type, its date and place in the edge's label.
// Both are SVG built as DOM nodes (no markup parsed), keyboard reachable, and call back with the
// mentions to select when a country or an edge is clicked.
import { ACTION_COLORS, words, el, countryOnly, flag } from './render.js';

/** The country shapes (world.js), once loaded. */
let WORLD = null;
let loading = null;
/** The maps drawn before the shapes were there, each waiting for them. */
const pending = new Set();

/**
 * Loads the country shapes (world.js, a dynamic import: a page that never shows a map never
 * fetches them). Resolves to them; called by renderMap, or early by a page that knows a map is coming.
 */
export function loadWorld() {
  if (!loading) {
    loading = import('./world.js').then((m) => { WORLD = m.default; return WORLD; });
    loading.catch(() => { loading = null; });
  }
  return loading;
}

/** Resolves when every map returned by renderMap so far has its shapes drawn. */
export function mapsDrawn() {
  return Promise.all([...pending]).then(() => {});
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null && v !== false) e.setAttribute(k, String(v));
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

/** The styles of the two pictures (a constructed stylesheet for the page and inside the element). */
export function viewsCss() {
  return `
.vnx-map, .vnx-graph { margin: 0; position: relative; }
.vnx-map svg, .vnx-graph svg { display: block; width: 100%; height: auto; }
.vnx-map figcaption, .vnx-graph figcaption { font-size: 0.85rem; color: var(--vnx-muted, #55595e); margin: 0.2rem 0 0.3rem; }
.vnx-map .land { fill: var(--vnx-map-land, #e4e6e1); stroke: var(--vnx-map-border, #ffffff); stroke-width: 0.6; vector-effect: non-scaling-stroke; }
.vnx-map .sea { fill: var(--vnx-map-sea, #f2f6fa); }
.vnx-map .l1 { fill: #c6dbef; } .vnx-map .l2 { fill: #9ecae1; } .vnx-map .l3 { fill: #6baed6; }
.vnx-map .l4 { fill: #3182bd; } .vnx-map .l5 { fill: #08519c; }
.vnx-map .hit { cursor: pointer; }
.vnx-map .hit:hover, .vnx-map .hit:focus { stroke: #202124; stroke-width: 1.5; outline: none; }
.vnx-map .picked { stroke: #b3261e; stroke-width: 2.2; }
.vnx-map .vn { stroke: #d93025; stroke-width: 1.5; }
.vnx-map .vn-mark { fill: #d93025; stroke: #ffffff; stroke-width: 1; pointer-events: none; }
.vnx-map .vn-label { font: 600 13px system-ui, sans-serif; fill: #b3261e; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; pointer-events: none; }
.vnx-map .dot { stroke: #ffffff; stroke-width: 0.8; }
.vnx-scale { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; align-items: center; font-size: 0.8rem; color: var(--vnx-muted, #55595e); margin-top: 0.3rem; }
.vnx-scale .sw { display: inline-block; width: 0.9rem; height: 0.9rem; border-radius: 2px; vertical-align: -0.15rem; margin-right: 0.25rem; border: 1px solid rgba(0,0,0,.15); }
.vnx-scale .sw.l1 { background: #c6dbef; } .vnx-scale .sw.l2 { background: #9ecae1; } .vnx-scale .sw.l3 { background: #6baed6; }
.vnx-scale .sw.l4 { background: #3182bd; } .vnx-scale .sw.l5 { background: #08519c; }
.vnx-tip { position: absolute; z-index: 5; background: #1d1d1f; color: #fff; padding: 0.2rem 0.5rem; border-radius: 4px; font-size: 0.82rem; pointer-events: none; white-space: nowrap; }
.vnx-tip[hidden] { display: none; }
.vnx-graph .node rect { fill: var(--vnx-bg, #ffffff); stroke: var(--vnx-border, #9aa0a6); rx: 5; }
.vnx-graph .node text { font: 12px system-ui, sans-serif; fill: var(--vnx-fg, #1d1d1f); }
.vnx-graph .edge { fill: none; stroke-width: 2.6; pointer-events: none; }
.vnx-graph .edge-hit { fill: none; stroke: transparent; stroke-width: 14; cursor: pointer; pointer-events: stroke; }
.vnx-graph .edge-hit:hover + .edge, .vnx-graph .edge-hit:focus + .edge { stroke-width: 5; }
.vnx-graph .edge-hit:focus { outline: none; }
.vnx-graph .picked + .edge { stroke-width: 5.5; }
.vnx-graph .edge-label { font: 11px system-ui, sans-serif; fill: var(--vnx-muted, #55595e); pointer-events: none; }
.vnx-empty { color: var(--vnx-muted, #55595e); margin: 0.2rem 0; }
.vnx-map .vnx-wait { aspect-ratio: 960 / 500; background: var(--vnx-map-sea, #f2f6fa); border-radius: 8px; }
`;
}

/**
 * Countries mentioned by the places of `docs` ([{ x }]): Map(code -> { count, picks: [{ doc, kind, id }] }),
 * a place counting once per mention (Ulaanbaatar counts for Mongolia).
 */
export function countryCounts(docs) {
  const m = new Map();
  docs.forEach((d, doc) => {
    (d.x.locations || []).forEach((l, id) => {
      if (!l.countryCode) return;
      if (!m.has(l.countryCode)) m.set(l.countryCode, { count: 0, picks: [] });
      const e = m.get(l.countryCode);
      e.count += l.mentions.length;
      e.picks.push({ doc, kind: 'locations', id });
    });
  });
  return m;
}

function attachTip(fig, tip, target, text) {
  const show = (e) => {
    tip.textContent = text;
    tip.hidden = false;
    const r = fig.getBoundingClientRect();
    const p = e && e.clientX != null ? { x: e.clientX, y: e.clientY } : (() => { const b = target.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top }; })();
    tip.style.left = `${Math.max(0, Math.min(p.x - r.left + 10, r.width - tip.offsetWidth - 4))}px`;
    tip.style.top = `${Math.max(0, p.y - r.top - 34)}px`;
  };
  target.addEventListener('mousemove', show);
  target.addEventListener('focus', () => show(null));
  target.addEventListener('mouseleave', () => { tip.hidden = true; });
  target.addEventListener('blur', () => { tip.hidden = true; });
}

function activate(target, fn) {
  target.addEventListener('click', fn);
  target.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); }
  });
}

/**
 * The map of `counts` (countryCounts) as a <figure>. onPick(code, picks) is called when a
 * mentioned country is clicked (or chosen with Enter). Returns the figure at once; before the
 * shapes are loaded (loadWorld) it holds a box of the map's size and the map is drawn into it
 * when they come (mapsDrawn() tells when). No country mentioned: a note, no shapes.
 */
export function renderMap(counts, opts = {}) {
  const { lang = 'vi', part = false } = opts;
  const w = words(lang);
  const fig = el('figure', { class: 'vnx-map', part: part ? 'map' : null, 'data-view': 'map' });
  if (!counts.size) {
    // nothing to shade: the note alone, and no shapes to fetch
    fig.append(el('figcaption', {}, w.mapNote), el('div', { class: 'vnx-scale' }, el('span', { class: 'vnx-empty' }, w.noPlaces)));
    return fig;
  }
  if (WORLD) {
    drawMap(fig, counts, opts);
    return fig;
  }
  // the shapes are not loaded yet: a box of the map's size now, the map when they come
  fig.setAttribute('aria-busy', 'true');
  fig.append(el('figcaption', {}, w.mapNote), el('div', { class: 'vnx-wait' }));
  const p = loadWorld().then(() => {
    fig.replaceChildren();
    fig.removeAttribute('aria-busy');
    drawMap(fig, counts, opts);
  }, (e) => {
    fig.removeAttribute('aria-busy');
    fig.replaceChildren(el('p', { class: 'vnx-empty' }, `${w.error}: ${e && e.message ? e.message : e}`));
  }).finally(() => pending.delete(p));
  pending.add(p);
  return fig;
}

/** Draws the map of `counts` into the empty figure `fig` (the shapes are loaded). */
function drawMap(fig, counts, { lang = 'vi', onPick = null } = {}) {
  const w = words(lang);
  const max = Math.max(0, ...[...counts].filter(([c]) => c !== 'VN').map(([, v]) => v.count));
  // five shades on a log scale from one mention to the most mentioned country (Vietnam aside: it
  // is marked, and would wash out the others)
  const level = (n) => (n <= 0 ? 0 : max <= 1 ? 3 : 1 + Math.min(4, Math.floor((4 * Math.log(n)) / Math.log(max) + 1e-9)));
  const tip = el('div', { class: 'vnx-tip', role: 'tooltip', hidden: true });
  // the view: the countries mentioned (with Vietnam), with a margin, at least a third of the world wide
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const code of [...counts.keys(), 'VN']) {
    const b = WORLD.countries[code] && WORLD.countries[code].b;
    if (!b || code === 'RU' || code === 'US' || code === 'CA') continue; // (their far-flung corners would zoom out to the world)
    box[0] = Math.min(box[0], b[0]); box[1] = Math.min(box[1], b[1]); box[2] = Math.max(box[2], b[2]); box[3] = Math.max(box[3], b[3]);
  }
  const ratio = WORLD.height / WORLD.width;
  let vw = Math.max(box[2] - box[0] + 80, WORLD.width / 3);
  let vh = Math.max(box[3] - box[1] + 60, vw * ratio);
  vw = Math.max(vw, vh / ratio);
  vh = vw * ratio;
  vw = Math.min(vw, WORLD.width);
  vh = Math.min(vh, WORLD.height);
  const vx = Math.max(0, Math.min(WORLD.width - vw, (box[0] + box[2]) / 2 - vw / 2));
  const vy = Math.max(0, Math.min(WORLD.height - vh, (box[1] + box[3]) / 2 - vh / 2));
  const root = svg('svg', { viewBox: `${vx.toFixed(1)} ${vy.toFixed(1)} ${vw.toFixed(1)} ${vh.toFixed(1)}`, role: 'group', 'aria-label': w.map });
  root.append(svg('rect', { class: 'sea', x: 0, y: 0, width: WORLD.width, height: WORLD.height, rx: 8 }));
  const dots = [];
  const missing = [];
  const label = (code, n) => `${flag(code)} ${countryOnly(code, lang)}: ${w.mentionsN(n)}`;
  for (const [code, shape] of Object.entries(WORLD.countries)) {
    const c = counts.get(code);
    const lv = c ? level(c.count) : 0;
    const cls = ['land', lv ? `l${lv}` : null, code === 'VN' ? 'vn' : null, c ? 'hit' : null].filter(Boolean).join(' ');
    if (shape.d) {
      const p = svg('path', { d: shape.d, class: cls, 'data-cc': code });
      if (c) {
        p.setAttribute('tabindex', '0');
        p.setAttribute('role', 'button');
        p.setAttribute('aria-label', label(code, c.count));
        attachTip(fig, tip, p, label(code, c.count));
        if (onPick) activate(p, () => { mark(code); onPick(code, c.picks); });
      }
      root.append(p);
    }
    // a country too small to see gets a dot where it is
    if (c && shape.n < 12 && code !== 'VN') dots.push([code, shape, c, lv]);
  }
  for (const [code] of counts) if (!WORLD.countries[code]) missing.push(code);
  for (const [code, shape, c, lv] of dots) {
    const d = svg('circle', { cx: shape.c[0], cy: shape.c[1], r: Math.min(4, vw / 100), class: `land l${lv || 3} hit dot`, 'data-cc': code, tabindex: '0', role: 'button', 'aria-label': label(code, c.count) });
    attachTip(fig, tip, d, label(code, c.count));
    if (onPick) activate(d, () => { mark(code); onPick(code, c.picks); });
    root.append(d);
  }
  const vn = WORLD.countries.VN;
  if (vn) {
    // sized for a map about 360 px wide, whatever the zoom
    const u = Math.min(1, vw / 360);
    const vl = svg('text', { class: 'vn-label', x: vn.c[0] + 14 * u, y: vn.c[1] + 4 * u }, w.vietnam);
    vl.style.fontSize = `${(11 * u).toFixed(1)}px`;
    vl.style.strokeWidth = `${(3 * u).toFixed(2)}px`;
    root.append(svg('circle', { class: 'vn-mark', cx: vn.c[0], cy: vn.c[1], r: 3.5 * u }), vl);
  }
  const mark = (code) => {
    for (const e of root.querySelectorAll('.picked')) e.classList.remove('picked');
    for (const e of root.querySelectorAll(`[data-cc="${code}"]`)) e.classList.add('picked');
  };
  fig.append(el('figcaption', {}, w.mapNote), root, tip);
  const legend = el('div', { class: 'vnx-scale' });
  if (max > 0) {
    const steps = [1, 2, 3, 4, 5].filter((l) => [...counts].some(([c, v]) => c !== 'VN' && level(v.count) === l));
    legend.append(...steps.map((l) => el('span', {}, el('span', { class: `sw l${l}`, 'aria-hidden': 'true' }),
      `${Math.max(1, Math.ceil(Math.exp(((l - 1) * Math.log(max)) / 4)))}+`)));
  }
  if (missing.length) legend.append(el('span', {}, `${w.notOnMap} ${missing.map((c) => `${countryOnly(c, lang)} (${counts.get(c).count})`).join(', ')}`));
  fig.append(legend);
}

const trim = (s, n) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The graph of `actions` ([{ a: Action, doc, id }]) as a <figure>. onPick(doc, id) is called when
 * an edge is clicked (or chosen with Enter). At most `max` edges are drawn.
 */
export function renderGraph(actions, { lang = 'vi', onPick = null, part = false, max = 60 } = {}) {
  const w = words(lang);
  const fig = el('figure', { class: 'vnx-graph', part: part ? 'graph' : null, 'data-view': 'graph' });
  fig.append(el('figcaption', {}, w.graphNote));
  if (!actions.length) {
    fig.append(el('p', { class: 'vnx-empty' }, w.noActions));
    return fig;
  }
  const shown = actions.slice(0, max);
  const left = [];
  const right = [];
  const index = (list, name) => { let i = list.indexOf(name); if (i < 0) { list.push(name); i = list.length - 1; } return i; };
  const edges = shown.map(({ a, doc, id }) => ({
    a, doc, id, l: index(left, a.actor || '?'), r: index(right, a.counterpart || a.location || w.noCounterpart),
  }));
  const W = 430;
  const ROW = 32;
  const BOX = 150;
  const top = 10;
  const height = top * 2 + Math.max(left.length, right.length) * ROW;
  const y = (i, n) => top + (i + 0.5) * ROW + ((Math.max(left.length, right.length) - n) * ROW) / 2;
  const root = svg('svg', { viewBox: `0 0 ${W} ${height}`, role: 'group', 'aria-label': w.graph });
  const pairs = new Map();
  const tip = el('div', { class: 'vnx-tip', role: 'tooltip', hidden: true });
  for (const e of edges) {
    const k = `${e.l}|${e.r}`;
    const nth = pairs.get(k) || 0;
    pairs.set(k, nth + 1);
    const y1 = y(e.l, left.length);
    const y2 = y(e.r, right.length);
    const bend = nth * 14 * (nth % 2 ? 1 : -1);
    const d = `M${BOX},${y1} C${W / 2 - 20},${y1 + bend} ${W / 2 + 20},${y2 + bend} ${W - BOX},${y2}`;
    const type = w.action[e.a.type] || e.a.type;
    const text = [`${type}: ${e.a.actor || '?'} → ${e.a.counterpart || '—'}`, e.a.date, e.a.location].filter(Boolean).join(' · ');
    const hit = svg('path', { d, class: 'edge-hit', tabindex: '0', role: 'button', 'aria-label': text, 'data-doc': e.doc, 'data-id': e.id });
    const line = svg('path', { d, class: 'edge', stroke: ACTION_COLORS[e.a.type] || '#5f6368' });
    attachTip(fig, tip, hit, text);
    if (onPick) {
      activate(hit, () => {
        for (const p of root.querySelectorAll('.picked')) p.classList.remove('picked');
        hit.classList.add('picked');
        onPick(e.doc, e.id);
      });
    }
    root.append(hit, line);
  }
  const node = (name, x, yy, anchorRight) => {
    const g = svg('g', { class: 'node' });
    g.append(svg('rect', { x, y: yy - 13, width: BOX - 6, height: 26 }),
      svg('text', { x: anchorRight ? x + BOX - 14 : x + 8, y: yy + 4.5, 'text-anchor': anchorRight ? 'end' : 'start' }, trim(name, 19)),
      svg('title', {}, name));
    return g;
  };
  left.forEach((n, i) => root.append(node(n, 2, y(i, left.length), false)));
  right.forEach((n, i) => root.append(node(n, W - BOX + 4, y(i, right.length), true)));
  fig.append(root, tip);
  const types = [...new Set(shown.map((e) => e.a.type))];
  fig.append(el('div', { class: 'vnx-scale' }, types.map((t) => {
    const sw = el('span', { class: 'sw', 'aria-hidden': 'true' });
    sw.style.background = ACTION_COLORS[t] || '#5f6368';
    return el('span', {}, sw, w.action[t] || t);
  }), actions.length > max ? el('span', {}, w.more(actions.length - max)) : null));
  return fig;
}
