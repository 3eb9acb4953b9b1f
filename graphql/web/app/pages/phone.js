// 收费员手机端: today's plan first, then the pool, then the collector's households; a household's card records a
// contact in a few taps, also offline (outbox.js).
import { h, show, loading, empty } from '../dom.js';
import { t, money, count, dateTime } from '../i18n.js';
import { gql, all, kept, session, today } from '../api.js';
import * as outbox from '../outbox.js';
import { card } from './phone-card.js';
import { paged } from './paged.js';

// What the banners on screen listen to, let go when the page changes.
let listening = [];
const stopListening = () => { listening.forEach((stop) => stop()); listening = []; };

export function render(main, params) {
  stopListening();
  if (params.length === 1) {
    card(main, params[0], banner);
    return stopListening;
  }
  const tab = new URLSearchParams(location.hash.split('?')[1] ?? '').get('tab') ?? 'plan';
  const body = h('section', { class: 'phone-list' }, loading(t('loading')));
  const tabs = h('nav', { class: 'tabs', role: 'tablist' }, ['plan', 'pool', 'mine'].map((name) =>
    h('a', { role: 'tab', href: `#/phone?tab=${name}`, 'aria-selected': String(name === tab), class: name === tab ? 'on' : '' },
      t({ plan: 'todaysPlan', pool: 'pool', mine: 'myHouseholds' }[name]))));
  show(main, banner(), tabs, body);
  ({ plan, pool, mine }[tab])(body).catch((error) => show(body, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
  outbox.flush();
  return stopListening;
}

/** What waits on the phone to be sent, and whether the phone is offline. */
export function banner() {
  const box = h('div', { class: 'outbox', role: 'status', 'aria-live': 'polite' });
  const draw = (items) => show(box,
    navigator.onLine ? null : h('p', { class: 'offline' }, t('offline')),
    items.some((i) => !i.error) ? h('p', { class: 'waiting' }, t('waiting', { n: items.filter((i) => !i.error).length })) : null,
    items.filter((i) => i.error).map((i) => h('p', { class: 'error' }, `${i.input.householdId}：${i.error} `,
      h('button', { class: 'link', onclick: () => outbox.discard(i.input.contactId) }, t('cancel')))));
  draw(outbox.waiting());
  const stop = outbox.onChange(draw);
  const redraw = () => draw(outbox.waiting());
  window.addEventListener('online', redraw);
  window.addEventListener('offline', redraw);
  listening.push(() => {
    stop();
    window.removeEventListener('online', redraw);
    window.removeEventListener('offline', redraw);
  });
  return box;
}

const householdLink = (household, ...content) => h('a', { class: 'item', href: `#/phone/household/${encodeURIComponent(household.id)}` }, ...content);

async function plan(body) {
  const { myPlan } = await kept('plan', () => gql(`query($d: Date) { myPlan(date: $d) {
    household { id room building { name } owner { name } grade } method reason overdue amountOwed ageDays contactClass } }`, { d: today() }));
  show(body, myPlan.length === 0 ? empty(t('nothing')) : h('ol', { class: 'items' }, myPlan.map((item) => h('li', { class: item.overdue ? 'overdue' : '' },
    householdLink(item.household,
      h('div', { class: 'line' }, h('strong', {}, `${item.household.building.name} ${item.household.room}`), h('span', { class: 'num' }, money(item.amountOwed))),
      h('div', { class: 'line small' }, `${item.household.owner.name} · ${t(item.method)} · ${count(item.ageDays)} 天`, item.overdue ? h('span', { class: 'tag' }, t('overdue')) : null),
      h('div', { class: 'small' }, item.reason))))));
}

async function pool(body) {
  const project = session.me.scope.id;
  const grab = (task) => async (event) => {
    event.target.disabled = true;
    try {
      await gql('mutation($i: GrabTaskInput!) { grabTask(input: $i) { task { id } } }', { i: { taskId: task.id } });
      event.target.replaceWith(h('span', { class: 'tag ok' }, '✓'));
    } catch (error) {
      event.target.replaceWith(h('span', { class: 'error' }, error.shown ?? String(error)));
    }
  };
  show(body, await paged(h('ol', { class: 'items' }), async (after) => {
    const { tasks } = await gql(`query($p: ID!, $after: String) { tasks(nodeId: $p, filter: {status: [POOL]}, first: 50, after: $after) {
      pageInfo { hasNextPage endCursor } items { id amountOwed household { id room building { name } owner { name } } } } }`, { p: project, after });
    return { items: tasks.items, next: tasks.pageInfo.hasNextPage ? tasks.pageInfo.endCursor : null };
  }, (task) => h('li', {},
    householdLink(task.household, h('div', { class: 'line' }, h('strong', {}, `${task.household.building.name} ${task.household.room}`),
      h('span', { class: 'num' }, money(task.amountOwed)))),
    h('button', { class: 'primary', onclick: grab(task) }, t('grab')))));
}

async function mine(body) {
  const items = await kept('mine', () => all(`query($u: String!, $after: String) { collector(username: $u) { households(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } items { id room building { name } owner { name } arrears { total } collection { contacts(first: 1) { at } } } } } }`,
  { u: session.me.username }, (d) => d.collector.households));
  show(body, items.length === 0 ? empty(t('nothing')) : h('ol', { class: 'items' }, items.map((household) => h('li', {},
    householdLink(household,
      h('div', { class: 'line' }, h('strong', {}, `${household.building.name} ${household.room}`), h('span', { class: 'num' }, money(household.arrears.total))),
      h('div', { class: 'line small' }, household.owner.name, ' · ', dateTime(household.collection.contacts[0]?.at)))))));
}
