// Service worker: after the first visit the page, its module and the example articles work
// offline. Strategy: network first (so a new build is picked up at once), falling back to the
// cache when the network fails or is slower than 4 s; every same-origin GET that succeeds is
// kept in the cache.
const CACHE = 'vn-news-extract-v2';
const CORE = [
  './', 'index.html', 'app.js', 'i18n.js', 'summary.js', 'style.css', 'favicon.svg', 'manifest.webmanifest',
  'pkg/index.js', 'pkg/worker.js', 'pkg/render.js', 'pkg/views.js', 'pkg/world.js', 'pkg/element.js', 'pkg/vn_news_extract.js', 'pkg/vn_news_extract_bg.wasm',
  'pkg/examples/index.json',
];

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(CORE.map((u) => new Request(u, { cache: 'reload' })));
    try {
      const items = await (await cache.match('pkg/examples/index.json')).json();
      await cache.addAll(items.map((it) => `pkg/examples/${encodeURIComponent(it.file)}`));
    } catch { /* the examples are optional */ }
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const k of await caches.keys()) if (k !== CACHE) await caches.delete(k);
    await self.clients.claim();
  })());
});

function timeout(ms) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms));
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    try {
      const res = await Promise.race([fetch(req), timeout(4000)]);
      if (res.ok && res.type === 'basic') cache.put(req, res.clone());
      return res;
    } catch (e) {
      const hit = await cache.match(req, { ignoreSearch: true });
      if (hit) return hit;
      if (req.mode === 'navigate') {
        const page = await cache.match('index.html');
        if (page) return page;
      }
      throw e;
    }
  })());
});
