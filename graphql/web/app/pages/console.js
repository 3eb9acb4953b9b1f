// 客服主管 / 项目经理工作台: zone packages (buildings to collectors), the daily check, visits to review, service orders,
// legal steps to approve, and the project's target.
import { h, show, loading, empty, failure } from '../dom.js';
import { t, money, rate, count, dateTime } from '../i18n.js';
import { gql, download, session, thisMonth, today } from '../api.js';
import { paged } from './paged.js';
import { breadcrumb } from './breadcrumb.js';
import { packages } from './console-packages.js';

const sections = ['packages', 'daily', 'review', 'visits', 'orders', 'legal', 'targets'];

export function render(main, [projectId]) {
  const tab = new URLSearchParams(location.hash.split('?')[1] ?? '').get('tab') ?? 'packages';
  const body = h('section', {}, loading(t('loading')));
  show(main, breadcrumb(projectId), h('h1', {}, t('console')),
    h('nav', { class: 'tabs', role: 'tablist' }, sections.map((name) => h('a', {
      role: 'tab', href: `#/console/${encodeURIComponent(projectId)}?tab=${name}`, 'aria-selected': String(name === tab), class: name === tab ? 'on' : '',
    }, t(`tab_${name}`)))),
    h('p', {}, h('a', { href: `#/node/${encodeURIComponent(projectId)}` }, t('dashboard'), ' →')),
    body);
  // Redrawn after a change, keeping what the change said.
  const draw = (said) => ({ packages, daily, review, visits, orders, legal, targets })[tab](body, projectId, draw, said ?? '')
    .catch((error) => show(body, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
  draw();
}

async function daily(body, projectId) {
  const { orgNode } = await gql(`query($p: ID!, $d: Date) {
    orgNode(id: $p) { collectors { username displayName counters { contactsToday contactsThisWeek promisesOpen promisesBroken openTasks recoveredThisMonth }
      plan(date: $d) { overdue } } } }`, { p: projectId, d: today() });
  const warnings = await paged(h('ul'), async (after) => {
    const { warnings: page } = await gql(`query($p: ID!, $after: String) { warnings(nodeId: $p, first: 50, after: $after) {
      endCursor hasNextPage warnings { id kind level detail collector household { id room building { name } } } } }`, { p: projectId, after });
    return { items: page.warnings, next: page.hasNextPage ? page.endCursor : null };
  }, (w) => h('li', {}, h('a', { href: `#/household/${encodeURIComponent(w.household.id)}` }, `${w.household.building.name} ${w.household.room}`), ` ${t(w.level)} · ${w.detail}`));
  show(body,
    h('h2', {}, t('tab_daily')),
    h('table', {}, h('thead', {}, h('tr', {}, [t('collector')].map((c) => h('th', {}, c)),
      ['contactsToday', 'contactsThisWeek', 'plansOverdue', 'promisesOpen', 'promisesBroken', 'openTasks', 'recoveredThisMonth'].map((c) => h('th', { class: 'num' }, t(c))))),
    h('tbody', {}, orgNode.collectors.map((c) => h('tr', {}, h('td', {}, h('a', { href: `#/collector/${encodeURIComponent(c.username)}` }, c.displayName)),
      h('td', { class: 'num' }, count(c.counters.contactsToday)), h('td', { class: 'num' }, count(c.counters.contactsThisWeek)),
      h('td', { class: 'num' }, count(c.plan.filter((item) => item.overdue).length)),
      ['promisesOpen', 'promisesBroken', 'openTasks'].map((k) => h('td', { class: 'num' }, count(c.counters[k]))),
      h('td', { class: 'num' }, money(c.counters.recoveredThisMonth)))))),
    h('h2', {}, t('warningsOpen')), warnings);
}

/** 周例会: the week's work per collector, ranked as rewards follow; the week chosen by any of its days. */
async function review(body, projectId) {
  const day = new URLSearchParams(location.hash.split('?')[1] ?? '').get('week') ?? today();
  const { weeklyReview } = await gql(`query($p: ID!, $w: Date!) { weeklyReview(projectId: $p, week: $w) { weekStart
    rows { username collector { displayName } contacts householdsReached promisesMade promisesKept promisesBroken recovered tasksClosed rank } } }`, { p: projectId, w: day });
  const week = h('input', { id: 'week', type: 'date', value: day, onchange: () => {
    location.hash = `#/console/${encodeURIComponent(projectId)}?tab=review&week=${week.value}`;
  } });
  const columns = ['contacts', 'householdsReached', 'promisesMade', 'promisesKept', 'promisesBroken'];
  show(body,
    h('p', { class: 'filters' }, h('label', { for: 'week' }, t('weekOf')), week, h('span', { class: 'small' }, t('weekStarting', { day: weeklyReview.weekStart }))),
    h('table', {}, h('thead', {}, h('tr', {}, h('th', { class: 'num' }, t('rank')), h('th', {}, t('collector')),
      columns.map((c) => h('th', { class: 'num' }, t(c === 'contacts' ? 'contactsMade' : c))), h('th', { class: 'num' }, t('recovered')), h('th', { class: 'num' }, t('tasksClosed')))),
    h('tbody', {}, weeklyReview.rows.map((row) => h('tr', {}, h('td', { class: 'num' }, row.rank),
      h('td', {}, h('a', { href: `#/collector/${encodeURIComponent(row.username)}` }, row.collector?.displayName ?? row.username)),
      columns.map((c) => h('td', { class: 'num' }, count(row[c]))), h('td', { class: 'num' }, money(row.recovered)), h('td', { class: 'num' }, count(row.tasksClosed)))))));
}

async function visits(body, projectId, redraw) {
  const { visitsToReview } = await gql(`query($p: ID!) { visitsToReview(projectId: $p) {
    contactId collector visitedAt flagged problems distanceMetres photoUrl household { id room building { name } } } }`, { p: projectId });
  show(body, visitsToReview.length === 0 ? empty(t('nothing')) : h('ul', { class: 'reviews' }, visitsToReview.map((visit) => {
    const image = h('img', { alt: t('takePhoto'), width: 160, height: 120 });
    if (visit.photoUrl) {
      fetch(visit.photoUrl, { headers: { Authorization: `Bearer ${session.token}` } }).then((r) => r.blob()).then((b) => { image.src = URL.createObjectURL(b); }).catch(() => {});
    }
    const status = h('span', { role: 'status' });
    const decide = (cheating) => gql('mutation($i: ReviewVisitInput!) { reviewVisit(input: $i) { __typename } }',
      { i: { householdId: visit.household.id, contactId: visit.contactId, cheating } }).then(redraw, failure(status));
    return h('li', { class: visit.flagged ? 'flagged' : '' }, image,
      h('div', {}, h('strong', {}, `${visit.household.building.name} ${visit.household.room}`), ` · ${visit.collector} · ${dateTime(visit.visitedAt)}`,
        h('p', { class: 'small' }, visit.problems || t('sampled'), visit.distanceMetres != null ? ` · ${Math.round(visit.distanceMetres)} m` : ''),
        h('button', { class: 'danger', onclick: () => decide(true) }, t('cheating')), ' ',
        h('button', { onclick: () => decide(false) }, t('fine')), status));
  })));
}

async function orders(body, projectId) {
  const rows = h('tbody');
  show(body, h('table', {}, h('thead', {}, h('tr', {}, [t('at'), t('household'), t('reason'), t('description'), t('status')].map((c) => h('th', {}, c)))), rows),
    await paged(rows, async (after) => {
      const { serviceOrders } = await gql(`query($p: ID!, $after: String) { serviceOrders(nodeId: $p, first: 50, after: $after) {
        endCursor hasNextPage orders { id status category description overdue openedAt household { id room building { name } } } } }`, { p: projectId, after });
      return { items: serviceOrders.orders, next: serviceOrders.hasNextPage ? serviceOrders.endCursor : null };
    }, (o) => h('tr', { class: o.overdue ? 'overdue' : '' }, h('td', {}, dateTime(o.openedAt)),
      h('td', {}, h('a', { href: `#/household/${encodeURIComponent(o.household.id)}` }, `${o.household.building.name} ${o.household.room}`)),
      h('td', {}, t(o.category)), h('td', {}, o.description), h('td', {}, t(o.status)))));
}

async function legal(body, projectId, redraw) {
  const { legalSteps } = await gql(`query($p: ID!) { legalSteps(nodeId: $p, status: REQUESTED) {
    id step reason requestedBy requestedAt household { id room building { name } arrears { total } } } }`, { p: projectId });
  const status = h('p', { role: 'status' });
  const canDecide = session.me.role === 'PROJECT_MANAGER' || session.me.role === 'GROUP_ADMIN';
  show(body, status, legalSteps.length === 0 ? empty(t('nothing')) : h('ul', {}, legalSteps.map((request) => h('li', {},
    h('a', { href: `#/household/${encodeURIComponent(request.household.id)}` }, `${request.household.building.name} ${request.household.room}`),
    ` · ${t(request.step)} · ${money(request.household.arrears.total)} · ${request.reason} · ${request.requestedBy}`,
    ' ', h('button', { onclick: () => gql('mutation($i: HouseholdInput!) { exportEvidencePack(input: $i) { url fileName } }', { i: { householdId: request.household.id } })
      .then((d) => download(d.exportEvidencePack)).catch(failure(status)) }, t('evidence')),
    canDecide ? [' ', ...[true, false].map((approve) => h('button', { onclick: () => gql('mutation($i: DecideLegalStepInput!) { decideLegalStep(input: $i) { __typename } }',
      { i: { requestId: request.id, approve } }).then(redraw, failure(status)) }, t(approve ? 'approve' : 'reject')))] : null))));
}

async function targets(body, projectId, redraw) {
  const period = thisMonth();
  const { orgNode } = await gql(`query($p: ID!, $m: Period!) { orgNode(id: $p) { totals { collectionRate }
    target(period: $m) { collectionRate source setBy progress { rateProgress collectionGap } forecast { collectionRate willMiss } } } }`, { p: projectId, m: period });
  const target = orgNode.target;
  const value = h('input', { id: 'targetRate', inputmode: 'decimal', value: target?.collectionRate != null ? (target.collectionRate * 100).toFixed(1) : '' });
  const status = h('p', { role: 'status' });
  show(body,
    h('section', { class: 'figures' },
      h('div', { class: 'card' }, h('div', { class: 'label' }, t('target')), h('div', { class: 'value num' }, target ? rate(target.collectionRate) : t('noTarget'))),
      h('div', { class: 'card' }, h('div', { class: 'label' }, t('collectionRate')), h('div', { class: 'value num' }, rate(orgNode.totals.collectionRate))),
      h('div', { class: 'card' }, h('div', { class: 'label' }, t('progress')), h('div', { class: 'value num' }, rate(target?.progress.rateProgress))),
      h('div', { class: 'card' }, h('div', { class: 'label' }, t('forecast')), h('div', { class: 'value num' }, rate(target?.forecast?.collectionRate)),
        target?.forecast?.willMiss ? h('div', { class: 'note error' }, t('willMiss')) : null)),
    h('form', { class: 'filters', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await gql('mutation($i: SetTargetInput!) { setTarget(input: $i) { period } }',
          { i: { nodeId: projectId, period, collectionRate: (Number(value.value) / 100).toFixed(4), cascade: true } });
        redraw();
      } catch (error) {
        failure(status)(error);
      }
    } }, h('label', { for: 'targetRate' }, `${t('target')} (%)`), value, h('button', { type: 'submit' }, t('save'))), status);
}
