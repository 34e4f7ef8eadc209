// A small static file server for the page, the examples and the browser tests.
//
//   node scripts/serve.mjs [--root DIR] [--port N] [--host 127.0.0.1] [--csp]
//
// Serves DIR on 127.0.0.1 only, with the right MIME type for .wasm (application/wasm) and
// no caching. --csp adds a strict Content-Security-Policy (the one the module documents).
// --port 0 picks a free port. Prints "Serving DIR at http://127.0.0.1:PORT/".
// Also importable: `startServer({ root, port, csp })` resolves to { server, url }.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.d.ts': 'text/plain; charset=utf-8',
};

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'";

export function startServer({ root, port = 0, host = '127.0.0.1', csp = false }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://localhost');
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    let rel = decodeURIComponent(url.pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(base, '.' + rel);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const ext = file.endsWith('.d.ts') ? '.d.ts' : path.extname(file).toLowerCase();
      const headers = {
        'content-type': TYPES[ext] || 'application/octet-stream',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (csp) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      if (req.method === 'HEAD') return res.end();
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const a = server.address();
      resolve({ server, url: `http://${host}:${a.port}/` });
    });
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const root = opt('--root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'www'));
  const port = Number(opt('--port', '8000'));
  const host = opt('--host', '127.0.0.1');
  const { url } = await startServer({ root, port, host, csp: args.includes('--csp') });
  console.log(`Serving ${path.relative(process.cwd(), root) || root} at ${url}`);
  console.log('Press Ctrl+C to stop.');
}
