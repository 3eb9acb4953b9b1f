// A household's page: what it owes now, its bills, payments, contacts, grade, service orders and notices.
import { h, show, loading, empty } from '../dom.js';
import { t, money, date, dateTime } from '../i18n.js';
import { gql } from '../api.js';
import { breadcrumb } from './breadcrumb.js';

export const householdQuery = `query($id: ID!) {
  household(id: $id) {
    id room vacant area grade automaticGrade gradeOverride { grade reason }
    owner { name phones customerType } building { id name }
    arrears { principal lateFee total ageDays } prepaid
    bills { id itemName period dueDate principal totalDue }
    payments { paymentId amount channel paidAt reversed }
    collection {
      contactClass promise { date amount state }
      contacts(first: 20) { id method outcome notes at collector reason { category text } visitCheck { flagged } }
      legacyIssues { id category text resolved }
    }
    serviceOrders { id status category description openedAt }
    notices { id kind issuedAt amountOwed }
  }
}`;

export function render(main, [id]) {
  show(main, loading(t('loading')));
  gql(householdQuery, { id }).then(({ household }) => {
    if (!household) {
      show(main, empty(t('NOT_FOUND')));
      return;
    }
    const owes = Number(household.arrears.total) > 0;
    const table = (title, columns, rows, cells) => h('section', {}, h('h2', {}, title),
      rows.length === 0 ? empty(t('nothing')) : h('table', {},
        h('thead', {}, h('tr', {}, columns.map(([label, numeric]) => h('th', numeric ? { class: 'num' } : {}, label)))),
        h('tbody', {}, rows.map((row) => h('tr', {}, cells(row).map((cell, i) => h('td', columns[i][1] ? { class: 'num' } : {}, cell)))))));
    show(main,
      breadcrumb(household.building.id, household.room),
      h('h1', {}, `${household.building.name} ${household.room}`, ' ', h('small', {}, household.owner.name)),
      h('section', { class: 'figures' },
        h('div', { class: 'card', dataset: { figure: 'owed' } }, h('div', { class: 'label' }, t('owed')),
          h('div', { class: 'value num' }, owes ? money(household.arrears.total) : t('owesNothing')),
          owes ? h('div', { class: 'note' }, `${t('arrearsPrincipal')} ${money(household.arrears.principal)} · ${t('lateFees')} ${money(household.arrears.lateFee)} · ${household.arrears.ageDays} 天`) : null),
        h('div', { class: 'card' }, h('div', { class: 'label' }, t('grade')), h('div', { class: 'value' }, t(household.grade)),
          household.gradeOverride ? h('div', { class: 'note' }, `${t(household.automaticGrade)} → ${household.gradeOverride.reason}`) : null),
        h('div', { class: 'card' }, h('div', { class: 'label' }, t('phones')), h('div', { class: 'value' }, household.owner.phones.join(' ') || '—'))),
      table(t('bills'), [[t('period')], [t('item')], [t('due')], [t('amount'), true], [t('unpaid'), true]],
        household.bills.slice(-24).reverse(), (b) => [b.period, b.itemName, date(b.dueDate), money(b.principal), money(b.totalDue)]),
      table(t('payments'), [[t('paidAt')], [t('channel')], [t('amount'), true]],
        household.payments.slice(-24).reverse(), (p) => [dateTime(p.paidAt), t(p.channel), p.reversed ? h('s', {}, money(p.amount)) : money(p.amount)]),
      table(t('contacts'), [[t('at')], [t('method')], [t('outcome')], [t('collector')], [t('notes')]],
        household.collection.contacts, (c) => [dateTime(c.at), t(c.method), t(c.outcome), c.collector, [c.reason ? `${t(c.reason.category)} ` : '', c.notes ?? '']]),
      table(t('serviceOrders'), [[t('at')], [t('status')], [t('description')]],
        household.serviceOrders, (o) => [dateTime(o.openedAt), t(o.status), o.description]),
      table(t('notices'), [[t('at')], [t('method')], [t('owed'), true]],
        household.notices, (n) => [dateTime(n.issuedAt), t(n.kind), money(n.amountOwed)]));
  }).catch((error) => show(main, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}
