// vn-news-extract: Vietnamese news extraction in the browser (Rust compiled to WebAssembly).
//
//   import { init, extract } from 'vn-news-extract';        // on the calling thread
//   await init();
//   const x = extract(text, { referenceDate: '2025-12-23' });
//
//   import { createExtractor } from 'vn-news-extract';      // in a Web Worker, with promises
//   const ex = createExtractor();
//   const x = await ex.extract(text);
//
// The WebAssembly file is vn_news_extract_bg.wasm beside this module (served as application/wasm;
// a page's CSP needs script-src 'wasm-unsafe-eval'). Every createExtractor() without options and
// every <vn-news-extract> of a page share one worker.
// The wasm-bindgen glue is loaded by init() only: a page that uses createExtractor() or the
// element does not load it on its own thread (the worker has its own copy).
let glue = null;
const need = () => {
  if (!glue) throw new Error('vn-news-extract: call `await init()` before extract(), version() or maxInputBytes()');
  return glue;
};

/** Loads the WebAssembly module (once). `wasm` may be its URL, a Response, its bytes or a WebAssembly.Module. */
export async function init(wasm) {
  const g = await import('./vn_news_extract.js');
  await (wasm != null ? g.default({ module_or_path: wasm }) : g.default());
  glue = g;
}

/** Extracts everything from one article, synchronously. Call `init()` first. */
export function extract(text, options) {
  return need().extract(text, options ?? undefined);
}

/** The version of the extractor. Call `init()` first. */
export function version() {
  return need().version();
}

/** Input above this many UTF-8 bytes is truncated (with a warning in the result). Call `init()` first. */
export function maxInputBytes() {
  return need().maxInputBytes();
}

// the key of the span table the worker sends with each Extraction (render.js SPAN_TABLE)
const SPAN_TABLE = Symbol.for('vn-news-extract.spans');

/**
 * Inputs longer than this (UTF-16 units, in one call) make the worker that ran them be replaced
 * once it has answered: WebAssembly memory only grows, and a worker that read 10 MB would keep
 * hundreds of MB for the rest of the page's life.
 */
export const FRESH_WORKER_CHARS = 1000000;

// One worker and its calls. A Core is shared by every handle of createExtractor() without a
// `worker` option (and by <vn-news-extract>), so a page loads the module once.
class Core {
  constructor(opts) {
    this.opts = opts;
    this.worker = null;
    this.readyPromise = null;
    this.pending = new Map();
    this.nextId = 1;
    this.dead = false;
    this.retired = []; // the memory of each worker replaced after a long input (bytes)
  }

  fail(message, ids = null) {
    for (const [id, p] of this.pending) {
      if (ids && !ids.has(id)) continue;
      p.reject(new Error(message));
      this.pending.delete(id);
      if (p.owner) p.owner.delete(id);
    }
  }

  start() {
    if (this.dead) throw new Error('vn-news-extract: the extractor was terminated');
    if (this.worker) return this.worker;
    const o = this.opts.worker;
    let w;
    if (typeof Worker !== 'undefined' && o instanceof Worker) w = o;
    else if (typeof o === 'function') w = o();
    else if (o) w = new Worker(o, { type: 'module' });
    else w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.worker = w;
    w.onmessage = (e) => this.onMessage(e.data || {});
    w.onerror = (e) => {
      e.preventDefault?.();
      this.fail(`vn-news-extract: the worker failed${e.message ? `: ${e.message}` : ''}`);
      // a crashed worker is replaced on the next call (unless it was handed over as a Worker)
      this.drop();
      if (typeof Worker !== 'undefined' && o instanceof Worker) this.dead = true;
    };
    return w;
  }

  drop() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
    this.readyPromise = null;
  }

  onMessage(m) {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.progress) {
      if (p.onProgress) p.onProgress(m.progress.done, m.progress.total);
      return;
    }
    if (m.chunk) {
      // each slice joins its list as it comes (the work spread over the messages, none long)
      const c = m.chunk;
      const lists = (p.chunks[c.doc] ??= {});
      const list = (lists[c.key] ??= []);
      if (c.at != null) for (const s of c.mentions) list[c.at].mentions.push(s);
      else for (const it of c.items) list.push(it);
      return;
    }
    if (m.part) {
      const x = m.part.x;
      for (const [key, list] of Object.entries(p.chunks[m.part.doc] || {})) {
        if (key === 'boilerplate') x.article.boilerplate = list; else x[key] = list;
      }
      p.chunks[m.part.doc] = null;
      // the spans sorted by the worker, for render.js (a symbol key: not part of the JSON)
      if (m.part.spans) Object.defineProperty(x, SPAN_TABLE, { value: m.part.spans, enumerable: false });
      p.parts[m.part.doc] = x;
      return;
    }
    this.pending.delete(m.id);
    if (p.owner) p.owner.delete(m.id);
    if (!m.ok) { p.reject(new Error(m.error)); return; }
    p.resolve(m.parts != null ? p.parts : m.result);
    // a worker that read a long input is replaced, so that its grown memory is given back
    if (p.big && this.pending.size === 0 && !(typeof Worker !== 'undefined' && this.opts.worker instanceof Worker)) {
      setTimeout(() => {
        if (this.pending.size || this.dead) return;
        this.retired.push(m.wasmBytes);
        this.drop();
        this.ready().catch(() => {});
      }, 0);
    }
  }

  call(msg, { onProgress = null, owner = null, big = false } = {}) {
    return new Promise((resolve, reject) => {
      let w;
      try { w = this.start(); } catch (e) { reject(e); return; }
      const id = this.nextId++;
      this.pending.set(id, { resolve, reject, onProgress, owner, big, chunks: [], parts: [] });
      if (owner) owner.add(id);
      w.postMessage({ ...msg, id });
    });
  }

  ready() {
    if (!this.readyPromise) {
      const p = this.call({ op: 'init', wasm: this.opts.wasm ?? null });
      this.readyPromise = p;
      p.catch(() => { if (this.readyPromise === p) this.readyPromise = null; });
    }
    return this.readyPromise;
  }
}

let sharedCore = null;
let sharedHandles = 0;

/**
 * Returns an object whose methods run the extractor in a Web Worker and return promises.
 * Without `worker` or `wasm`, every call of createExtractor() on a page (and every
 * <vn-news-extract> element) shares one worker, so the module is fetched and compiled once;
 * the worker ends when the last of them is terminated.
 * Options: `worker` — a Worker (already created, e.g. by a bundler), a function that makes one
 * (so that it can be replaced, see FRESH_WORKER_CHARS) or the URL of worker.js; `wasm` — the
 * module's URL, bytes or WebAssembly.Module (default: beside the module). Either gives this
 * extractor its own worker.
 */
export function createExtractor(opts = {}) {
  const own = opts.worker != null || opts.wasm != null;
  let core;
  if (own) {
    core = new Core(opts);
  } else {
    if (!sharedCore || sharedCore.dead) sharedCore = new Core({});
    core = sharedCore;
    sharedHandles++;
  }
  const mine = new Set(); // ids of this handle's calls
  let terminated = false;
  const check = () => { if (terminated) throw new Error('vn-news-extract: the extractor was terminated'); };
  const run = (msg, options) => core.call(msg, { ...options, owner: mine });
  const ready = () => core.ready();

  return {
    /** Resolves to { version, maxInputBytes } once the module is loaded in the worker. */
    get ready() { return terminated ? Promise.reject(new Error('vn-news-extract: the extractor was terminated')) : ready(); },
    async extract(text, options) {
      check();
      if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
      await ready();
      const parts = await run({ op: 'extract', text, options: options ?? null }, { big: text.length > FRESH_WORKER_CHARS });
      return parts[0];
    },
    async extractMany(texts, options, onProgress) {
      check();
      if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new TypeError('extractMany: texts must be an array of strings');
      if (typeof options === 'function') { onProgress = options; options = undefined; }
      await ready();
      const total = texts.reduce((s, t) => s + t.length, 0);
      return run({ op: 'many', texts, options: options ?? null }, { onProgress, big: total > FRESH_WORKER_CHARS });
    },
    async version() { check(); return (await ready()).version; },
    /**
     * { wasmBytes, retired }: the size of the worker's WebAssembly memory now, and that of each
     * worker replaced after a long input (see FRESH_WORKER_CHARS) when it was let go.
     */
    async memory() {
      check();
      await ready();
      const r = await run({ op: 'memory' });
      return { wasmBytes: r.wasmBytes, retired: core.retired.slice() };
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      core.fail('vn-news-extract: the extractor was terminated', mine);
      if (!own) {
        sharedHandles--;
        if (sharedHandles > 0) return;
        sharedCore = null;
      }
      core.dead = true;
      core.drop();
      core.fail('vn-news-extract: the extractor was terminated');
    },
  };
}
