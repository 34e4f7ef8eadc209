// After wasm-bindgen has written www/pkg/ (vn_news_extract.js + vn_news_extract_bg.wasm + examples/):
//   1. turns www/pkg/ into the npm package folder: copies the package sources of www/package/
//      (index.js, worker.js, element.js, render.js, views.js, *.d.ts, README.md), writes world.js
//      (the country shapes, projected here by scripts/build-map.mjs) and package.json with the
//      crate's version. `npm pack www/pkg` makes the tarball (package.json "files" keeps the
//      example articles and the single-file page out of it).
//   2. builds www/pkg/vn-news-extract.html: the whole page in one file (styles, scripts, the
//      worker, the WebAssembly module as base64 and the example articles inlined) that opens
//      from file:// with no server.
//
//   node scripts/build-web.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = path.join(root, 'www');
const src = path.join(www, 'package');
const pkg = path.join(www, 'pkg');
const read = (p) => fs.readFileSync(p, 'utf8');

if (!fs.existsSync(path.join(pkg, 'vn_news_extract_bg.wasm'))) {
  console.error('build-web: www/pkg/vn_news_extract_bg.wasm is missing (run wasm-bindgen first)');
  process.exit(1);
}

// ---------- 1. the package folder ----------
const cargo = read(path.join(root, 'Cargo.toml'));
const version = (cargo.match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m) || [])[1];
if (!version) throw new Error('build-web: no version in Cargo.toml');
for (const f of fs.readdirSync(src)) {
  if (f === 'package.json') continue;
  fs.copyFileSync(path.join(src, f), path.join(pkg, f));
}
const manifest = JSON.parse(read(path.join(src, 'package.json')));
manifest.version = version;
fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
// the world map, projected now (scripts/build-map.mjs): www/pkg/world.js
execFileSync(process.execPath, [path.join(root, 'scripts/build-map.mjs'), path.join(pkg, 'world.js')], { stdio: 'inherit' });
for (const f of manifest.files) {
  if (!fs.existsSync(path.join(pkg, f))) throw new Error(`build-web: package file ${f} is missing`);
}

// ---------- 2. the examples by their headlines ----------
/** The headline, or when there is none (or it is a shouted menu line, "TIN LIÊN QUAN | |") the start of the first sentence of the body. */
function label(title, text) {
  const lines = text.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  if (title && /\p{Ll}/u.test(title) && !/\|/.test(title)) return title;
  const first = (lines[0] || '').replace(/^date\s+\d{4}-\d{2}-\d{2}\s+/, '');
  if (/\p{Ll}/u.test(first) && !/\|/.test(first) && first.split(/\s+/).length >= 4) return first;
  const body = (lines.find((l) => l.split(/\s+/).length >= 12) || first).replace(/[\s|]+$/, '');
  const words = body.split(/\s+/);
  return words.length > 14 ? `${words.slice(0, 12).join(' ')}…` : body;
}

// The page names each example by the headline the extractor reads in it (run here in Node with
// the module just built), not by its raw first line ("TIN LIÊN QUAN | |").
{
  const glue = await import(pathToFileURL(path.join(pkg, 'vn_news_extract.js')).href);
  glue.initSync({ module: fs.readFileSync(path.join(pkg, 'vn_news_extract_bg.wasm')) });
  const indexFile = path.join(pkg, 'examples', 'index.json');
  const items = JSON.parse(read(indexFile)).map((it) => {
    const a = glue.extract(read(path.join(pkg, 'examples', it.file))).article;
    return { ...it, title: label(a.title, read(path.join(pkg, 'examples', it.file))), published: a.published };
  });
  fs.writeFileSync(indexFile, JSON.stringify(items, null, 1));
}

// ---------- 3. the single-file page ----------

// The worker as one classic script: the wasm-bindgen glue without its exports, then worker.js
// without its import. (Module workers cannot be started from a file:// page; classic ones can.)
function classicWorker() {
  let glue = read(path.join(pkg, 'vn_news_extract.js'));
  glue = glue.replace(/^export (function|const|let|class|async function) /gm, '$1 ');
  glue = glue.replace(/^export \{[^}]*\};?\s*$/m, 'const init = __wbg_init;');
  glue = glue.replace(/import\.meta\.url/g, 'self.location.href');
  let worker = read(path.join(src, 'worker.js'));
  worker = worker.replace(/^import [^;]+ from '\.\/vn_news_extract\.js';\s*$/m, '');
  const out = `${glue}\n${worker}`;
  if (/^\s*(import|export)\s/m.test(out) || out.includes('import.meta')) {
    throw new Error('build-web: the worker could not be turned into a classic script (the glue changed shape)');
  }
  return out;
}

// The page's modules, each to become a blob: URL at run time with its relative imports pointed
// at the other modules' blob: URLs.
const modules = {
  'pkg/world.js': read(path.join(pkg, 'world.js')),
  'pkg/render.js': read(path.join(src, 'render.js')),
  'pkg/views.js': read(path.join(src, 'views.js')),
  'pkg/index.js': read(path.join(src, 'index.js')),
  'i18n.js': read(path.join(www, 'i18n.js')),
  'summary.js': read(path.join(www, 'summary.js')),
  'app.js': read(path.join(www, 'app.js')),
};
// index.js imports the glue for its main-thread API; the page only uses createExtractor, so the
// glue is given as a small stub module there (the worker has the real one).
modules['pkg/vn_news_extract.js'] = 'export default async function init() { throw new Error("main-thread extract is not in the single-file build"); }\n'
  + 'export function extract() { throw new Error("not available"); }\nexport function version() { return ""; }\nexport function maxInputBytes() { return 0; }\n';

const examplesDir = path.join(pkg, 'examples');
const examples = JSON.parse(read(path.join(examplesDir, 'index.json'))).map((it) => ({ ...it, text: read(path.join(examplesDir, it.file)) }));
const wasm = fs.readFileSync(path.join(pkg, 'vn_news_extract_bg.wasm'));

const safeJson = (v) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

const loader = `
const MODULES = ${safeJson(modules)};
const ORDER = ['pkg/vn_news_extract.js', 'pkg/world.js', 'pkg/render.js', 'pkg/views.js', 'pkg/index.js', 'i18n.js', 'summary.js', 'app.js'];
const b64 = document.getElementById('vnx-wasm').textContent.trim();
const bin = atob(b64);
const wasm = new Uint8Array(bin.length);
for (let i = 0; i < bin.length; i++) wasm[i] = bin.charCodeAt(i);
globalThis.__VNX_EMBEDDED__ = {
  wasm,
  workerSource: JSON.parse(document.getElementById('vnx-worker').textContent),
  examples: JSON.parse(document.getElementById('vnx-examples').textContent),
};
const urls = {};
const resolve = (from, spec) => {
  const parts = from.split('/').slice(0, -1);
  for (const p of spec.split('/')) {
    if (p === '.') continue;
    if (p === '..') parts.pop(); else parts.push(p);
  }
  return parts.join('/');
};
for (const name of ORDER) {
  // static imports (from './x.js') and dynamic ones (import('./x.js'))
  const code = MODULES[name].replace(/(\\bfrom\\s*|\\bimport\\(\\s*)(['"])(\\.{1,2}\\/[^'"]+)\\2/g, (m, pre, q, spec) => {
    const target = resolve(name, spec);
    if (!urls[target]) throw new Error('single-file build: ' + name + ' imports ' + spec + ', which is not bundled');
    return pre + q + urls[target] + q;
  });
  urls[name] = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}
await import(urls['app.js']);
`;

let html = read(path.join(www, 'index.html'));
const css = read(path.join(www, 'style.css'));
const favicon = read(path.join(www, 'favicon.svg'));
const replaceOnce = (from, to) => {
  if (!html.includes(from)) throw new Error(`build-web: index.html has no ${from}`);
  html = html.replace(from, () => to);
};
replaceOnce('<link rel="stylesheet" href="style.css">', `<style>\n${css.replace(/<\/style/gi, '<\\/style')}</style>`);
replaceOnce('<link rel="icon" href="favicon.svg" type="image/svg+xml">', `<link rel="icon" href="data:image/svg+xml;base64,${Buffer.from(favicon).toString('base64')}" type="image/svg+xml">`);
replaceOnce('<link rel="manifest" href="manifest.webmanifest">\n', '');
replaceOnce('<script type="module" src="app.js"></script>', '<!-- single-file build: scripts at the end of the body -->');
// the examples links and the single-file link point at files that are not beside this one
html = html.replace(/<a href="examples\/[^"]+"[^>]*>[^<]*<\/a>( ·)?/g, '').replace(/<span data-i18n="embed">[^<]*<\/span>/, '');
const tail = `
  <script id="vnx-wasm" type="application/octet-stream">${wasm.toString('base64')}</script>
  <script id="vnx-worker" type="application/json">${safeJson(classicWorker())}</script>
  <script id="vnx-examples" type="application/json">${safeJson(examples)}</script>
  <script type="module">${loader}</script>
</body>`;
replaceOnce('</body>', tail);
const out = path.join(pkg, 'vn-news-extract.html');
fs.writeFileSync(out, html);
console.error(`build-web: www/pkg is the npm package vn-news-extract@${version}; single-file page www/pkg/vn-news-extract.html (${fs.statSync(out).size} bytes)`);
