// Contacts recorded on the phone wait here (localStorage) until the API has them: each keeps its contactId, so sending
// again after a lost answer records it once. Sent when the connection returns, when the page opens, and every 20 s.
import { gql, ApiError } from './api.js';

const key = 'collectiongrains.outbox';
const listeners = new Set();

const read = () => JSON.parse(localStorage.getItem(key) ?? '[]');
const write = (items) => { localStorage.setItem(key, JSON.stringify(items)); listeners.forEach((l) => l(items)); };

export const waiting = () => read();
export const onChange = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };

/** Keeps the contact, then tries to send everything waiting. */
export function enqueue(input) {
  write([...read().filter((i) => i.input.contactId !== input.contactId), { input, error: null }]);
  return flush();
}

let sending = null;

export function flush() {
  sending ??= send().finally(() => { sending = null; });
  return sending;
}

const mutation = 'mutation($i: RecordContactInput!) { recordContact(input: $i) { appliedNow } }';

async function send() {
  for (const item of read()) {
    if (item.error) {
      continue;
    }
    try {
      await gql(mutation, { i: item.input });
      write(read().filter((i) => i.input.contactId !== item.input.contactId));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NETWORK') {
        return; // still offline: everything stays
      }
      // Refused (bad input, no right): kept with the reason, shown, not sent again.
      write(read().map((i) => (i.input.contactId === item.input.contactId ? { ...i, error: error.shown ?? String(error) } : i)));
    }
  }
}

export function discard(contactId) {
  write(read().filter((i) => i.input.contactId !== contactId));
}

window.addEventListener('online', () => flush());
setInterval(() => { if (read().some((i) => !i.error)) flush(); }, 20000);
