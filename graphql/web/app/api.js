// The GraphQL API: queries and mutations over HTTP, subscriptions over graphql-transport-ws (graphql-ws, loaded as
// a classic script). The token is kept where GraphiQL keeps it, so one sign-in serves both.
import { t } from './i18n.js';

const tokenKey = 'collectiongrains.token';

export const session = {
  get token() { return localStorage.getItem(tokenKey); },
  set token(value) { value ? localStorage.setItem(tokenKey, value) : localStorage.removeItem(tokenKey); },
  me: null,
};

/** An answer with errors: code (the API's extensions.code, or NETWORK) and the message to show. */
export class ApiError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  /** What to show: the code's Chinese words and the API's own message. */
  get shown() {
    if (this.code === 'NETWORK') {
      return t('networkError');
    }
    const words = t(this.code);
    return words === this.code ? this.message : `${words}：${this.message}`;
  }
}

let onSignedOut = () => {};
export const whenSignedOut = (handler) => { onSignedOut = handler; };

export async function gql(query, variables) {
  let response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(session.token ? { Authorization: `Bearer ${session.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('NETWORK', 'network');
  }
  const body = await response.json().catch(() => ({ errors: [{ message: response.statusText, extensions: { code: response.status >= 500 ? 'UNAVAILABLE' : 'INTERNAL' } }] }));
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? (response.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL');
    if (code === 'UNAUTHENTICATED' && session.token) {
      session.token = null;
      onSignedOut();
    }
    throw new ApiError(code, error.message);
  }
  return body.data;
}

let client = null;

/** Calls next with each result's data until the returned function is called. */
export function subscribe(query, variables, next) {
  client ??= window.graphqlWs.createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    connectionParams: () => ({ token: session.token }),
    retryAttempts: Infinity,
    shouldRetry: () => true,
    lazy: true,
  });
  return client.subscribe({ query, variables }, {
    next: (result) => result.data && next(result.data),
    error: () => {},
    complete: () => {},
  });
}

export function closeSubscriptions() {
  client?.dispose();
  client = null;
}

/** The Period of this month in China (yyyy-MM). */
export function thisMonth() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 7);
}

export function today() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

/** Every item of a paged connection: the query takes $after; connection(data) picks { items, pageInfo }. */
export async function all(query, variables, connection) {
  const items = [];
  let after = null;
  do {
    const page = connection(await gql(query, { ...variables, after }));
    items.push(...page.items);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return items;
}

/**
 * The answer of load(), kept on the phone under key: with no connection, the last answer kept is given instead
 * (a collector on a staircase still sees the plan and the card they opened before).
 */
export async function kept(key, load) {
  const name = `collectiongrains.kept.${key}`;
  try {
    const value = await load();
    try {
      localStorage.setItem(name, JSON.stringify(value));
    } catch {
      // storage full: the page still works online
    }
    return value;
  } catch (error) {
    const stored = error instanceof ApiError && error.code === 'NETWORK' ? localStorage.getItem(name) : null;
    if (stored === null) {
      throw error;
    }
    return JSON.parse(stored);
  }
}

/** Saves a file the API made (a DownloadLink: GET with the same bearer token) as the browser's download. */
export async function download(link) {
  const response = await fetch(link.url, { headers: { Authorization: `Bearer ${session.token}` } });
  if (!response.ok) {
    throw new ApiError(response.status === 404 ? 'NOT_FOUND' : 'UNAVAILABLE', link.fileName);
  }
  const file = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = file;
  anchor.download = link.fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(file), 10000);
}
