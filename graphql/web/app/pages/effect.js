// 催收效果 below a node: contacts of a period by collector, method, script or child node, with the share followed by
// a payment, the money each payment brought (counted once, for the last contact before it) and promises kept.
import { h, show, loading, empty } from '../dom.js';
import { t, money, rate, count } from '../i18n.js';
import { gql, today } from '../api.js';
import { breadcrumb } from './breadcrumb.js';

const dimensions = ['COLLECTOR', 'METHOD', 'SCRIPT', 'NODE', 'CUSTOMER_TYPE', 'GRADE', 'VACANCY'];
const translated = ['METHOD', 'CUSTOMER_TYPE', 'GRADE'];

export function render(main, [id]) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const to = params.get('to') ?? today();
  const from = params.get('from') ?? new Date(Date.parse(`${to}T00:00:00+08:00`) - 29 * 86400000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const by = params.get('by') ?? 'COLLECTOR';
  const fromInput = h('input', { id: 'from', type: 'date', value: from });
  const toInput = h('input', { id: 'to', type: 'date', value: to });
  const byInput = h('select', { id: 'by' }, dimensions.map((d) => h('option', { value: d, selected: d === by }, t(`by_${d}`))));
  const list = h('section', {}, loading(t('loading')));
  show(main, breadcrumb(id, t('effect')), h('h1', {}, t('effect')),
    h('form', { class: 'filters', onsubmit: (e) => {
      e.preventDefault();
      location.hash = `#/node/${encodeURIComponent(id)}/effect?${new URLSearchParams({ from: fromInput.value, to: toInput.value, by: byInput.value })}`;
    } }, h('label', { for: 'from' }, t('from')), fromInput, h('label', { for: 'to' }, t('to')), toInput, h('label', { for: 'by' }, t('groupBy')), byInput,
      h('button', { type: 'submit' }, t('search'))),
    h('p', { class: 'small' }, t('attribution')), list);
  gql(`query($n: ID!, $from: Date!, $to: Date!, $by: EffectDimension!) { effectAnalysis(nodeId: $n, from: $from, to: $to, by: $by) {
    key label contacts paidWithin7Days paidWithin30Days recovered recoveredPerContact medianDaysToPayment promisesKept } }`, { n: id, from, to, by })
    .then(({ effectAnalysis: rows }) => show(list, rows.length === 0 ? empty(t('nothing')) : h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, t(`by_${by}`)), ['contactsMade', 'paid7', 'paid30', 'recovered', 'perContact', 'medianDays', 'promisesKept']
        .map((c) => h('th', { class: 'num' }, t(c))))),
      h('tbody', {}, rows.map((row) => h('tr', {}, h('td', {}, translated.includes(by) ? t(row.key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace('WE_CHAT', 'WECHAT')) : row.label),
        h('td', { class: 'num' }, count(row.contacts)), h('td', { class: 'num' }, rate(row.paidWithin7Days)), h('td', { class: 'num' }, rate(row.paidWithin30Days)),
        h('td', { class: 'num' }, money(row.recovered)), h('td', { class: 'num' }, money(row.recoveredPerContact)),
        h('td', { class: 'num' }, row.medianDaysToPayment ?? '—'), h('td', { class: 'num' }, count(row.promisesKept))))))))
    .catch((error) => show(list, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}
