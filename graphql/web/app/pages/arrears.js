// 欠费清单: the households in arrears below a node, filtered and paged, exported as .xlsx.
import { h, show, loading, empty } from '../dom.js';
import { t, money, count } from '../i18n.js';
import { gql, download } from '../api.js';
import { breadcrumb } from './breadcrumb.js';

const query = `query($id: ID!, $filter: ArrearsFilter, $order: ArrearsOrder, $after: String) {
  arrears(nodeId: $id, filter: $filter, orderBy: $order, first: 50, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    items { id room vacant grade owner { name } arrears { total ageDays ageBucket } }
  }
}`;

const buckets = ['DAYS_0_30', 'DAYS_31_90', 'DAYS_91_180', 'DAYS_181_365', 'OVER_365'];

export function render(main, [id]) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const filter = {
    ...(params.get('age') ? { ageBuckets: [params.get('age')] } : {}),
    ...(params.get('min') ? { minimumAmount: params.get('min') } : {}),
    ...(params.get('vacant') ? { vacant: params.get('vacant') === 'true' } : {}),
    ...(params.get('type') ? { customerType: params.get('type') } : {}),
  };
  const order = params.get('order') ?? 'AMOUNT_DESCENDING';
  const cursors = (params.get('pages') ?? '').split(',').filter(Boolean);
  const list = h('section', { class: 'list' }, loading(t('loading')));
  const status = h('p', { class: 'error', role: 'alert' });
  const age = h('select', { id: 'age' }, h('option', { value: '' }, t('allBuckets')), buckets.map((b) => h('option', { value: b, selected: params.get('age') === b }, t(b))));
  const minimum = h('input', { id: 'min', inputmode: 'decimal', value: params.get('min') ?? '', size: 8 });
  const vacant = h('select', { id: 'vacant' }, [['', t('all')], ['true', t('vacant')], ['false', t('occupied')]].map(([v, label]) => h('option', { value: v, selected: (params.get('vacant') ?? '') === v }, label)));
  const type = h('select', { id: 'type' }, [['', t('all')], ['INDIVIDUAL', t('INDIVIDUAL')], ['CORPORATE', t('CORPORATE')]].map(([v, label]) => h('option', { value: v, selected: (params.get('type') ?? '') === v }, label)));
  const sort = h('select', { id: 'sort' }, ['AMOUNT_DESCENDING', 'AGE_DESCENDING', 'ROOM'].map((o) => h('option', { value: o, selected: o === order }, t(`order_${o}`))));
  const apply = (pages) => {
    const next = new URLSearchParams({ ...(age.value ? { age: age.value } : {}), ...(minimum.value ? { min: minimum.value } : {}),
      ...(vacant.value ? { vacant: vacant.value } : {}), ...(type.value ? { type: type.value } : {}), order: sort.value, ...(pages ? { pages } : {}) });
    location.hash = `#/node/${encodeURIComponent(id)}/arrears?${next}`;
  };
  show(main, breadcrumb(id, t('arrearsList')), h('h1', {}, t('arrearsList')),
    h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); apply(); } },
      h('label', { for: 'age' }, t('age')), age, h('label', { for: 'min' }, t('minimumAmount')), minimum,
      h('label', { for: 'vacant' }, t('vacant')), vacant, h('label', { for: 'type' }, t('customerType')), type,
      h('label', { for: 'sort' }, t('rankBy')), sort, h('button', { type: 'submit' }, t('search')),
      h('button', { type: 'button', onclick: () => exportSheet(id, filter, status) }, t('export'))),
    status, list);
  gql(query, { id, filter, order, after: cursors.at(-1) ?? null }).then((data) => {
    const page = data.arrears;
    show(list,
      h('p', {}, t('households_n', { n: count(page.totalCount) }), ' · ', t('page', { n: cursors.length + 1 })),
      page.items.length === 0 ? empty(t('nothing')) : h('table', {},
        h('thead', {}, h('tr', {}, [t('room'), t('owner'), t('grade')].map((c) => h('th', {}, c)), h('th', { class: 'num' }, t('owed')), h('th', { class: 'num' }, t('age')))),
        h('tbody', {}, page.items.map((item) => h('tr', {},
          h('td', {}, h('a', { href: `#/household/${encodeURIComponent(item.id)}` }, item.room), item.vacant ? h('span', { class: 'tag' }, t('vacant')) : null),
          h('td', {}, item.owner.name), h('td', {}, t(item.grade)),
          h('td', { class: 'num' }, money(item.arrears.total)), h('td', { class: 'num' }, count(item.arrears.ageDays)))))),
      h('nav', { class: 'pager' },
        cursors.length > 0 ? h('button', { onclick: () => history.back() }, '‹ ', t('back')) : null,
        page.pageInfo.hasNextPage ? h('button', { onclick: () => apply([...cursors, page.pageInfo.endCursor].join(',')) }, t('more'), ' ›') : null));
  }).catch((error) => show(list, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}

async function exportSheet(nodeId, filter, status) {
  status.textContent = '';
  try {
    await download((await gql('mutation($i: ExportArrearsInput!) { exportArrears(input: $i) { url fileName } }', { i: { nodeId, filter, format: 'XLSX' } })).exportArrears);
  } catch (error) {
    status.textContent = error.shown ?? String(error);
  }
}
