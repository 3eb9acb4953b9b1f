// 分片包户 in the console: the project's buildings with who holds them, moved whole or by chosen households.
import { h, show, failure } from '../dom.js';
import { t, count } from '../i18n.js';
import { gql, all } from '../api.js';

export async function packages(body, projectId, redraw, said) {
  const { orgNode } = await gql(`query($p: ID!) { orgNode(id: $p) {
    children(first: 20) { items { id name children(first: 50) { items { id name totals { households } } } } }
    collectors { username displayName } } }`, { p: projectId });
  const packages = await Promise.all(orgNode.collectors.map((c) => all(`query($u: String!, $after: String) { collector(username: $u) {
    households(first: 200, after: $after) { pageInfo { hasNextPage endCursor } items { id building { id } } } } }`, { u: c.username }, (d) => d.collector.households)));
  const holderOf = new Map(); // household → collector's name
  const holders = new Map(); // building → collector's name → households
  for (const [i, collector] of orgNode.collectors.entries()) {
    for (const household of packages[i]) {
      holderOf.set(household.id, collector.displayName);
      const byCollector = holders.get(household.building.id) ?? new Map();
      byCollector.set(collector.displayName, (byCollector.get(collector.displayName) ?? 0) + 1);
      holders.set(household.building.id, byCollector);
    }
  }
  const status = h('p', { role: 'status' }, said);
  const chooser = (label, name) => h('select', { 'aria-label': label, dataset: name },
    h('option', { value: '' }, t('pool')), orgNode.collectors.map((c) => h('option', { value: c.username }, c.displayName)));
  // 分片包户: whole buildings, or chosen households, to a collector or back to the pool.
  const assign = async (what, collector) => {
    try {
      const moved = (await gql('mutation($i: AssignHouseholdsInput!) { assignHouseholds(input: $i) { moved } }',
        { i: { projectId, ...what, ...(collector ? { collector } : {}) } })).assignHouseholds.moved;
      redraw(t('movedN', { n: moved }));
    } catch (error) {
      failure(status)(error);
    }
  };
  show(body, status, orgNode.children.items.map((zone) => h('section', {}, h('h2', {}, zone.name), h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, t('BUILDING')), h('th', { class: 'num' }, t('households')), h('th', {}, t('collector')), h('th', {}, t('assignTo')))),
    h('tbody', {}, zone.children.items.map((building) => {
      const select = chooser(`${building.name} ${t('assignTo')}`, { building: building.id });
      const held = [...(holders.get(building.id) ?? new Map())].map(([name, n]) => `${name} ${n}`).join('，') || t('pool');
      const row = h('tr', {}, h('td', {}, h('a', { href: `#/node/${encodeURIComponent(building.id)}` }, building.name), ' ',
          h('button', { class: 'link', 'aria-expanded': 'false', onclick: (e) => toggleHouseholds(e.target, row, building, holderOf, chooser, assign) }, t('households'))),
        h('td', { class: 'num' }, count(building.totals.households)), h('td', { dataset: { holder: building.id } }, held),
        h('td', {}, select, h('button', { dataset: { assign: building.id }, onclick: () => assign({ buildingIds: [building.id] }, select.value) }, t('assign'))));
      return row;
    }))))));
}

/** A building's households under its row, each with its collector, to move some of them. */
async function toggleHouseholds(button, row, building, holderOf, chooser, assign) {
  if (row.nextElementSibling?.dataset.householdsOf === building.id) {
    row.nextElementSibling.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  button.setAttribute('aria-expanded', 'true');
  const { orgNode } = await gql(`query($b: ID!) { orgNode(id: $b) { households(first: 200) { items { id room owner { name } } } } }`, { b: building.id });
  const select = chooser(`${building.name} ${t('moveChosen')}`, { households: building.id });
  const boxes = orgNode.households.items.map((household) => h('label', { class: 'choice' },
    h('input', { type: 'checkbox', value: household.id }), `${household.room} ${household.owner.name} · ${holderOf.get(household.id) ?? t('pool')}`));
  row.after(h('tr', { dataset: { householdsOf: building.id } }, h('td', { colspan: 4 },
    h('div', { class: 'households' }, boxes),
    select, h('button', { onclick: () => assign({ householdIds: boxes.map((b) => b.firstChild).filter((c) => c.checked).map((c) => c.value) }, select.value) }, t('moveChosen')))));
}
