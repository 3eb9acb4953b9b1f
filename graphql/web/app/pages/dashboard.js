// 集团/区域/分公司/项目看板: a node's live totals against its target, charts, and its children ranked, one click down.
import { h, show, loading, empty } from '../dom.js';
import { t, money, rate, count } from '../i18n.js';
import { gql, subscribe, thisMonth } from '../api.js';
import { breadcrumb } from './breadcrumb.js';
import { charts } from './charts.js';

export const totalsFields = `households householdsInArrears receivable collected collectionRate collectionRateYear recoveryRate
  arrearsPrincipal lateFees warningsOpen arrearsByAge { bucket amount } householdsByGrade householdsByContactClass`;

const query = `query($id: ID!, $p: Period!, $order: ChildOrder) {
  orgNode(id: $id) {
    id name level
    totals { ${totalsFields} }
    target(period: $p) { collectionRate recoveryAmount progress { rateProgress recoveryProgress } forecast { collectionRate willMiss } }
    collectionTrend(months: 12) { period collectionRate }
    children(first: 100, orderBy: $order) { items { id name level totals { collectionRate arrearsPrincipal householdsInArrears }
      target(period: $p) { progress { rateProgress } } } }
    collectors { username displayName totals { collectionRate arrearsPrincipal householdsInArrears } target(period: $p) { progress { rateProgress } } }
  }
}`;

export function render(main, [id]) {
  const order = new URLSearchParams(location.hash.split('?')[1] ?? '').get('order') ?? 'COLLECTION_RATE_ASCENDING';
  show(main, loading(t('loading')));
  let stop = null;
  let drawn = null;
  // Progress to target is ranked here (the API ranks by the other orders).
  gql(query, { id, p: thisMonth(), order: order === 'PROGRESS' ? 'NAME' : order }).then((data) => {
    const node = data.orgNode;
    if (!node) {
      show(main, empty(t('NOT_FOUND')));
      return;
    }
    const figures = h('section', { class: 'figures', 'aria-live': 'polite' });
    const chartsBox = h('section', { class: 'charts' });
    show(main,
      breadcrumb(node.id),
      h('h1', {}, node.name, ' ', h('small', {}, t(node.level)), h('span', { class: 'badge live', title: t('live') }, '● ', t('live'))),
      figures, chartsBox,
      h('p', {}, h('a', { href: `#/node/${encodeURIComponent(node.id)}/arrears` }, t('arrearsList'), ' →'), ' ',
        h('a', { href: `#/node/${encodeURIComponent(node.id)}/effect` }, t('effect'), ' →'), ' ',
        h('a', { href: `#/node/${encodeURIComponent(node.id)}/analysis` }, t('analysis'), ' →')),
      children(node, order));
    const update = (totals) => {
      show(figures, cards(totals, node.target));
      drawn = charts(chartsBox, totals, drawn, node.collectionTrend);
    };
    update(node.totals);
    stop = subscribe(`subscription($id: ID!) { totalsChanged(nodeId: $id) { ${totalsFields} } }`, { id }, (d) => update(d.totalsChanged));
  }).catch((error) => show(main, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
  return () => { stop?.(); drawn?.dispose(); };
}

function cards(totals, target) {
  const card = (label, value, note, name) => h('div', { class: 'card', dataset: { figure: name } },
    h('div', { class: 'label' }, label), h('div', { class: 'value num' }, value), note ? h('div', { class: 'note' }, note) : null);
  const aim = target?.collectionRate != null
    ? `${t('target')} ${rate(target.collectionRate)}` + (target.forecast ? ` · ${t('forecast')} ${rate(target.forecast.collectionRate)}` : '')
    : t('noTarget');
  return [
    card(t('collectionRate'), rate(totals.collectionRate), aim, 'collectionRate'),
    card(t('collectionRateYear'), rate(totals.collectionRateYear), null, 'collectionRateYear'),
    card(t('recoveryRate'), rate(totals.recoveryRate), target?.recoveryAmount != null ? `${t('recoveryTarget')} ${money(target.recoveryAmount)} · ${t('progress')} ${rate(target.progress.recoveryProgress)}` : null, 'recoveryRate'),
    card(t('collected'), money(totals.collected), `${t('receivable')} ${money(totals.receivable)}`, 'collected'),
    card(t('arrearsPrincipal'), money(totals.arrearsPrincipal), `${t('lateFees')} ${money(totals.lateFees)}`, 'arrearsPrincipal'),
    card(t('householdsInArrears'), count(totals.householdsInArrears), `${t('households')} ${count(totals.households)}`, 'householdsInArrears'),
    card(t('warningsOpen'), count(totals.warningsOpen), null, 'warningsOpen'),
  ];
}

function children(node, order) {
  const progress = (row) => row.target?.progress.rateProgress ?? null;
  const rows = [
    ...node.children.items.map((c) => ({ ...c, href: `#/node/${encodeURIComponent(c.id)}` })),
    ...(node.level === 'PROJECT' ? node.collectors.map((c) => ({ ...c, name: c.displayName, href: `#/collector/${encodeURIComponent(c.username)}` })) : []),
  ];
  if (order === 'PROGRESS') {
    rows.sort((a, b) => (progress(a) ?? Infinity) - (progress(b) ?? Infinity));
  }
  const select = h('select', { id: 'order', onchange: () => { location.hash = `#/node/${encodeURIComponent(node.id)}?order=${select.value}`; } },
    ['COLLECTION_RATE_ASCENDING', 'ARREARS_DESCENDING', 'AGE_DESCENDING', 'PROGRESS', 'NAME'].map((o) => h('option', { value: o, selected: o === order }, t(o === 'PROGRESS' ? 'progressAscending' : o))));
  if (node.level === 'BUILDING') {
    return h('section', {}, h('h2', {}, t('households')), h('p', {}, h('a', { href: `#/node/${encodeURIComponent(node.id)}/arrears` }, t('arrearsList'))));
  }
  return h('section', { class: 'children' },
    h('h2', {}, t('children'), ' ', h('label', { for: 'order', class: 'inline' }, t('rankBy')), select),
    rows.length === 0 ? empty(t('nothing')) : h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t('NAME')), h('th', { class: 'num' }, t('collectionRate')), h('th', { class: 'num' }, t('PROGRESS')),
        h('th', { class: 'num' }, t('arrearsPrincipal')), h('th', { class: 'num' }, t('householdsInArrears')))),
      h('tbody', {}, rows.map((child) => h('tr', {},
        h('td', {}, h('a', { href: child.href }, child.name)),
        h('td', { class: 'num' }, rate(child.totals.collectionRate)),
        h('td', { class: 'num' }, rate(progress(child))),
        h('td', { class: 'num' }, money(child.totals.arrearsPrincipal)),
        h('td', { class: 'num' }, count(child.totals.householdsInArrears)))))));
}
