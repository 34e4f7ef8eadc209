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
// a page's CSP needs script-src 'wasm-unsafe-eval').
import wasmInit, { extract as wasmExtract, version as wasmVersion, maxInputBytes as wasmMax } from './vn_news_extract.js';

/** Loads the WebAssembly module (once). `wasm` may be its URL, a Response, its bytes or a WebAssembly.Module. */
export async function init(wasm) {
  await (wasm != null ? wasmInit({ module_or_path: wasm }) : wasmInit());
}

/** Extracts everything from one article, synchronously. Call `init()` first. */
export function extract(text, options) {
  return wasmExtract(text, options ?? undefined);
}

/** The version of the extractor. Call `init()` first. */
export function version() {
  return wasmVersion();
}

/** Input above this many UTF-8 bytes is truncated (with a warning in the result). Call `init()` first. */
export function maxInputBytes() {
  return wasmMax();
}

/**
 * Starts a Web Worker running the extractor and returns an object whose methods return promises.
 * Options: `worker` — a Worker (already created, e.g. by a bundler) or the URL of worker.js;
 * `wasm` — the module's URL, bytes or WebAssembly.Module (default: beside the module).
 */
export function createExtractor(opts = {}) {
  let worker = null;
  let nextId = 1;
  const pending = new Map();
  let readyPromise = null;
  let terminated = false;

  const fail = (message) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
  };

  const start = () => {
    if (terminated) throw new Error('vn-news-extract: the extractor was terminated');
    if (worker) return worker;
    if (opts.worker instanceof Worker) worker = opts.worker;
    else if (opts.worker) worker = new Worker(opts.worker, { type: 'module' });
    else worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    worker.onmessage = (e) => {
      const m = e.data || {};
      const p = pending.get(m.id);
      if (!p) return;
      if (m.progress) {
        if (p.onProgress) p.onProgress(m.progress.done, m.progress.total);
        return;
      }
      pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    };
    worker.onerror = (e) => {
      e.preventDefault?.();
      fail(`vn-news-extract: the worker failed${e.message ? `: ${e.message}` : ''}`);
      // a crashed worker is replaced on the next call
      worker.terminate();
      worker = null;
      readyPromise = null;
      if (opts.worker instanceof Worker) terminated = true;
    };
    return worker;
  };

  const call = (msg, onProgress, transfer) => new Promise((resolve, reject) => {
    let w;
    try { w = start(); } catch (e) { reject(e); return; }
    const id = nextId++;
    pending.set(id, { resolve, reject, onProgress });
    w.postMessage({ ...msg, id }, transfer || []);
  });

  const ready = () => {
    if (!readyPromise) {
      readyPromise = call({ op: 'init', wasm: opts.wasm ?? null });
      readyPromise.catch(() => { readyPromise = null; });
    }
    return readyPromise;
  };

  return {
    /** Resolves to { version, maxInputBytes } once the module is loaded in the worker. */
    get ready() { return ready(); },
    async extract(text, options) {
      if (typeof text !== 'string') throw new TypeError('extract: text must be a string');
      await ready();
      return call({ op: 'extract', text, options: options ?? null });
    },
    async extractMany(texts, options, onProgress) {
      if (!Array.isArray(texts) || texts.some((t) => typeof t !== 'string')) throw new TypeError('extractMany: texts must be an array of strings');
      if (typeof options === 'function') { onProgress = options; options = undefined; }
      await ready();
      return call({ op: 'many', texts, options: options ?? null }, onProgress);
    },
    async version() { return (await ready()).version; },
    terminate() {
      terminated = true;
      if (worker) worker.terminate();
      worker = null;
      fail('vn-news-extract: the extractor was terminated');
    },
  };
}
