// Keeps the app's own files on the phone so the page opens without a signal: network first (a new version is seen at
// once when online), the kept copy when the network fails. The API is never cached here: the pages keep what they
// need (api.js kept(), outbox.js).
const cacheName = 'collectiongrains-app';

// Every file the pages load (a test checks the list against graphql/web/app); ECharts only on the dashboard, not kept.
const appFiles = ['/', '/app/app.css', '/app/main.js', '/app/api.js', '/app/dom.js', '/app/i18n.js', '/app/words.js', '/app/outbox.js',
  '/app/pages/login.js', '/app/pages/dashboard.js', '/app/pages/breadcrumb.js', '/app/pages/charts.js', '/app/pages/arrears.js', '/app/pages/effect.js', '/app/pages/analysis.js', '/app/pages/tables.js', '/app/pages/trend.js', '/app/pages/reports.js',
  '/app/pages/household.js', '/app/pages/collector.js', '/app/pages/phone.js', '/app/pages/phone-card.js', '/app/pages/scan.js',
  '/app/pages/paged.js', '/app/pages/console.js', '/app/pages/console-packages.js', '/app/vendor/graphql-ws.min.js', '/app/vendor/jsQR.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(appFiles)));
  self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const own = url.origin === self.location.origin && event.request.method === 'GET' && (url.pathname === '/' || url.pathname.startsWith('/app/'));
  if (!own) {
    return;
  }
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      caches.open(cacheName).then((cache) => cache.put(event.request, copy));
    }
    return response;
  }).catch(() => caches.match(event.request, { ignoreSearch: true }).then((kept) => kept ?? Response.error())));
});
