// A collector's figures (project → collector in the drill-down): totals of their package, this week's work, their
// share of the target, and their households, each one click from its page.
import { h, show, loading, empty } from '../dom.js';
import { t, money, rate, count } from '../i18n.js';
import { gql, all, thisMonth } from '../api.js';
import { breadcrumb } from './breadcrumb.js';

export function render(main, [username]) {
  show(main, loading(t('loading')));
  Promise.all([
    gql(`query($u: String!, $p: Period!) { collector(username: $u) { displayName project { id }
      totals { collectionRate arrearsPrincipal householdsInArrears households }
      counters { contactsToday contactsThisWeek promisesOpen promisesBroken openTasks recoveredThisMonth }
      target(period: $p) { collectionRate progress { rateProgress } } } }`, { u: username, p: thisMonth() }),
    all(`query($u: String!, $after: String) { collector(username: $u) { households(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } items { id room building { name } owner { name } arrears { total ageDays } } } } }`, { u: username }, (d) => d.collector.households),
  ]).then(([{ collector }, households]) => {
    const card = (label, value, note) => h('div', { class: 'card' }, h('div', { class: 'label' }, label), h('div', { class: 'value num' }, value), note ? h('div', { class: 'note' }, note) : null);
    show(main,
      breadcrumb(collector.project.id, collector.displayName),
      h('h1', {}, collector.displayName, ' ', h('small', {}, t('COLLECTOR'))),
      h('section', { class: 'figures' },
        card(t('collectionRate'), rate(collector.totals.collectionRate), collector.target ? `${t('target')} ${rate(collector.target.collectionRate)}` : t('noTarget')),
        card(t('arrearsPrincipal'), money(collector.totals.arrearsPrincipal)),
        card(t('householdsInArrears'), count(collector.totals.householdsInArrears), `${t('households')} ${count(collector.totals.households)}`),
        card(t('contactsThisWeek'), count(collector.counters.contactsThisWeek), `${t('contactsToday')} ${count(collector.counters.contactsToday)}`),
        card(t('promisesOpen'), count(collector.counters.promisesOpen), `${t('promisesBroken')} ${count(collector.counters.promisesBroken)}`),
        card(t('recoveredThisMonth'), money(collector.counters.recoveredThisMonth))),
      h('h2', {}, t('myHouseholds')),
      households.length === 0 ? empty(t('nothing')) : h('table', {},
        h('thead', {}, h('tr', {}, h('th', {}, t('room')), h('th', {}, t('owner')), h('th', { class: 'num' }, t('owed')), h('th', { class: 'num' }, t('age')))),
        h('tbody', {}, households.map((household) => h('tr', {},
          h('td', {}, h('a', { href: `#/household/${encodeURIComponent(household.id)}` }, `${household.building.name} ${household.room}`)),
          h('td', {}, household.owner.name), h('td', { class: 'num' }, money(household.arrears.total)), h('td', { class: 'num' }, count(household.arrears.ageDays)))))));
  }).catch((error) => show(main, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}
