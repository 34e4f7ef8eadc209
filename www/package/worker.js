// The extraction worker: loads the WebAssembly module once, then answers messages.
//   { id, op: 'init', wasm? }                 -> { id, ok: true, result: { version, maxInputBytes } }
//   { id, op: 'extract', text, options }       -> { id, ok: true, result: Extraction }
//   { id, op: 'many', texts, options }         -> { id, progress: { done, total } } after each text, then
//                                                 { id, ok: true, result: Extraction[] }
//   any failure                                -> { id, ok: false, error: message }
// `wasm` (optional) is the module's bytes or a WebAssembly.Module, or its URL; by default the
// module is fetched from vn_news_extract_bg.wasm beside vn_news_extract.js.
import init, { extract, version, maxInputBytes } from './vn_news_extract.js';

let ready = null;

function load(wasm) {
  if (!ready) {
    ready = (wasm != null ? init({ module_or_path: wasm }) : init()).then(() => ({ version: version(), maxInputBytes: maxInputBytes() }));
    ready.catch(() => { ready = null; });
  }
  return ready;
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  const { id, op } = msg;
  try {
    if (op === 'init') {
      self.postMessage({ id, ok: true, result: await load(msg.wasm) });
    } else if (op === 'extract') {
      await load();
      self.postMessage({ id, ok: true, result: extract(msg.text, msg.options ?? undefined) });
    } else if (op === 'many') {
      await load();
      const texts = msg.texts;
      const out = [];
      for (let i = 0; i < texts.length; i++) {
        out.push(extract(texts[i], msg.options ?? undefined));
        self.postMessage({ id, progress: { done: i + 1, total: texts.length } });
      }
      self.postMessage({ id, ok: true, result: out });
    } else {
      throw new Error(`unknown operation ${String(op)}`);
    }
  } catch (e) {
    self.postMessage({ id, ok: false, error: e && e.message ? e.message : String(e) });
  }
};
