// The extraction worker: loads the WebAssembly module once, then answers messages.
//   { id, op: 'init', wasm? }            -> { id, ok: true, result: { version, maxInputBytes } }
//   { id, op: 'extract', text, options } -> the result in parts (below), then { id, ok: true, parts: 1, wasmBytes }
//   { id, op: 'many', texts, options }   -> for each text: its parts, then { id, progress: { done, total } };
//                                           then { id, ok: true, parts: texts.length, wasmBytes }
//                                           (wasmBytes: the size of the module's memory after the call)
//   { id, op: 'memory' }                 -> { id, ok: true, result: { wasmBytes } } (the module's linear memory)
//   any failure                          -> { id, ok: false, error: message }
// The parts of one Extraction: its lists in slices, { id, chunk: { doc, key, items } } and
// { id, chunk: { doc, key, at, mentions } } (more mentions of item `at`), then the rest with its
// span table, { id, part: { doc, x, spans } }, so that the page never takes in one huge message.
// `wasm` (optional) is the module's bytes or a WebAssembly.Module, or its URL; by default the
// module is fetched from vn_news_extract_bg.wasm beside vn_news_extract.js.
import init, { extract, version, maxInputBytes } from './vn_news_extract.js';

const UNITS = 250; // spans per message: the page takes each in a few ms
let ready = null;
let wasmExports = null;

function load(wasm) {
  if (!ready) {
    ready = (wasm != null ? init({ module_or_path: wasm }) : init()).then((exports) => {
      wasmExports = exports;
      return { version: version(), maxInputBytes: maxInputBytes() };
    });
    ready.catch(() => { ready = null; });
  }
  return ready;
}

// The span table of an Extraction (see render.js spanTable, which reads it): every mention and
// span as (start, end, kind index in SPAN_KINDS, item index), outer spans first. Sorting tens of
// thousands of spans here keeps that work off the page's thread.
const SPAN_KINDS = ['people', 'organizations', 'locations', 'dates', 'figures', 'documents', 'events', 'quotes', 'actions'];
function spanTable(x) {
  const out = [];
  SPAN_KINDS.forEach((key, k) => {
    (x[key] || []).forEach((item, i) => {
      for (const s of item.mentions || (item.span ? [item.span] : [])) {
        if (s && s.end > s.start) out.push([s.start, s.end, k, i]);
      }
    });
  });
  out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const data = new Int32Array(out.length * 4);
  out.forEach((r, i) => data.set(r, i * 4));
  return data;
}

// Sends an Extraction in parts of about UNITS spans each: the lists' items in order (an item with
// many mentions first with a few, then the others as { at, mentions }), the boilerplate spans,
// then what is left with the span table.
function send(id, doc, x) {
  const spans = spanTable(x);
  const post = (chunk) => self.postMessage({ id, chunk: { doc, ...chunk } });
  for (const key of Object.keys(x)) {
    const list = x[key];
    if (!Array.isArray(list) || !list.length) continue;
    let batch = [];
    let units = 0;
    const flush = () => {
      if (batch.length) post({ key, items: batch });
      batch = [];
      units = 0;
    };
    list.forEach((it, i) => {
      const m = it && Array.isArray(it.mentions) ? it.mentions : null;
      if (m && m.length > UNITS) {
        batch.push({ ...it, mentions: m.slice(0, UNITS) });
        flush();
        for (let j = UNITS; j < m.length; j += UNITS) post({ key, at: i, mentions: m.slice(j, j + UNITS) });
      } else {
        batch.push(it);
        units += 1 + (m ? m.length : 0);
        if (units >= UNITS) flush();
      }
    });
    flush();
    x[key] = [];
  }
  const bp = x.article && x.article.boilerplate;
  if (Array.isArray(bp) && bp.length > UNITS) {
    for (let j = 0; j < bp.length; j += UNITS) post({ key: 'boilerplate', items: bp.slice(j, j + UNITS) });
    x.article.boilerplate = [];
  }
  self.postMessage({ id, part: { doc, x, spans: { kinds: SPAN_KINDS, data: spans } } }, [spans.buffer]);
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  const { id, op } = msg;
  try {
    if (op === 'init') {
      self.postMessage({ id, ok: true, result: await load(msg.wasm) });
    } else if (op === 'extract') {
      await load();
      send(id, 0, extract(msg.text, msg.options ?? undefined));
      self.postMessage({ id, ok: true, parts: 1, wasmBytes: wasmExports.memory.buffer.byteLength });
    } else if (op === 'many') {
      await load();
      const texts = msg.texts;
      for (let i = 0; i < texts.length; i++) {
        send(id, i, extract(texts[i], msg.options ?? undefined));
        self.postMessage({ id, progress: { done: i + 1, total: texts.length } });
      }
      self.postMessage({ id, ok: true, parts: texts.length, wasmBytes: wasmExports.memory.buffer.byteLength });
    } else if (op === 'memory') {
      await load();
      self.postMessage({ id, ok: true, result: { wasmBytes: wasmExports.memory.buffer.byteLength } });
    } else {
      throw new Error(`unknown operation ${String(op)}`);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: e && e.message ? e.message : String(e) });
  }
};
