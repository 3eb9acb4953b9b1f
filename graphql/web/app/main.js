// The app shell: sign-in, the header, and routes in the URL (#/node/…), so the back button and shared links work.
import { h, show, loading } from './dom.js';
import { t, lang, setLang } from './i18n.js';
import { gql, session, whenSignedOut, closeSubscriptions, ApiError } from './api.js';
import * as login from './pages/login.js';
import * as dashboard from './pages/dashboard.js';
import * as arrears from './pages/arrears.js';
import * as effect from './pages/effect.js';
import * as analysis from './pages/analysis.js';
import * as household from './pages/household.js';
import * as collector from './pages/collector.js';
import * as phone from './pages/phone.js';
import * as console_ from './pages/console.js';

const routes = [
  [/^\/login$/, login],
  [/^\/node\/([^/]+)$/, dashboard],
  [/^\/node\/([^/]+)\/arrears$/, arrears],
  [/^\/node\/([^/]+)\/effect$/, effect],
  [/^\/node\/([^/]+)\/analysis$/, analysis],
  [/^\/household\/(.+)$/, household],
  [/^\/collector\/([^/]+)$/, collector],
  [/^\/phone$/, phone],
  [/^\/phone\/household\/(.+)$/, phone],
  [/^\/console\/([^/]+)$/, console_],
];

const root = document.getElementById('app');
let cleanup = null;

export const go = (path) => { location.hash = `#${path}`; };

/** Where a user starts: collectors on their phone page, supervisors in their project's console, managers on their node. */
export function home(me) {
  if (me.role === 'COLLECTOR') {
    return '/phone';
  }
  if ((me.role === 'SUPERVISOR' || me.role === 'PROJECT_MANAGER') && me.scope) {
    return `/console/${encodeURIComponent(me.scope.id)}`;
  }
  return me.scope ? `/node/${encodeURIComponent(me.scope.id)}` : '/login';
}

async function route() {
  cleanup?.();
  cleanup = null;
  // The route is the hash up to '?'; what follows (tab, filters, pages) each page reads itself.
  const path = decodeURIComponent(location.hash.slice(1).split('?')[0]) || '/';
  if (!session.token && path !== '/login') {
    go('/login');
    return;
  }
  if (session.token && !session.me) {
    show(root, loading(t('loading')));
    try {
      session.me = (await gql('{ me { username displayName role scope { id name level } } }')).me;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') {
        show(root, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error)), h('button', { onclick: route }, t('retry')));
      }
      return;
    }
  }
  if (path === '/') {
    go(home(session.me));
    return;
  }
  const [pattern, page] = routes.find(([p]) => p.test(path)) ?? [];
  if (!page) {
    go(session.me ? home(session.me) : '/login');
    return;
  }
  const params = path.match(pattern).slice(1);
  const main = h('main', { id: 'main' });
  show(root, page === login ? [] : header(), main);
  cleanup = page.render(main, params, path) ?? null;
}

function header() {
  const me = session.me;
  return h('header', { class: 'top' },
    h('a', { class: 'brand', href: `#${home(me)}` }, t('title')),
    h('span', { class: 'who' }, `${me.displayName}（${t(me.role)}）`),
    h('button', { class: 'link', onclick: () => setLang(lang() === 'en' ? 'zh' : 'en') }, t('language')),
    h('button', { class: 'link', onclick: signOut }, t('signOut')));
}

function signOut() {
  session.token = null;
  session.me = null;
  closeSubscriptions();
  go('/login');
}

whenSignedOut(() => {
  session.me = null;
  closeSubscriptions();
  go('/login');
});
window.addEventListener('hashchange', route);
navigator.serviceWorker?.register('/sw.js').catch(() => {}); // the page opens without a signal next time
route();
