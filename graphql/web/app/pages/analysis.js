// 数据分析 below a node: arrears reasons, roll rates and the finance report of a month, trends, credit, a project's script
// experiments, and the node's analysis reports.
// Each tab reads its query and offers the same figures as an Excel sheet (exportAnalysis).
import { h, show, loading, empty } from '../dom.js';
import { t, money, rate, count } from '../i18n.js';
import { gql, thisMonth, download } from '../api.js';
import { breadcrumb } from './breadcrumb.js';
import { table, num } from './tables.js';
import { trend, trendDays } from './trend.js';
import { reports } from './reports.js';

const tabs = ['reasons', 'rolls', 'finance', 'trend', 'credit', 'experiments', 'reports'];
const cuts = ['NONE', 'CUSTOMER_TYPE', 'GRADE', 'AGE_BUCKET', 'VACANCY', 'NODE'];
const states = ['CURRENT', 'DAYS_0_30', 'DAYS_31_90', 'DAYS_91_180', 'DAYS_181_365', 'OVER_365'];

export function render(main, [id]) {
  const params = new URLSearchParams(location.hash.split('?')[1] ?? '');
  const tab = tabs.includes(params.get('tab')) ? params.get('tab') : 'reasons';
  const period = params.get('period') ?? thisMonth();
  const from = params.get('from') ?? monthsBefore(period, 5);
  const cut = params.get('cut') ?? 'NONE';
  const step = params.get('step') === 'WEEK' ? 'WEEK' : 'MONTH';
  const go = (changes) => { location.hash = `#/node/${encodeURIComponent(id)}/analysis?${new URLSearchParams({ tab, period, from, cut, step, ...changes })}`; };
  const box = h('section', { 'aria-live': 'polite' }, loading(t('loading')));
  const periodInput = h('input', { id: 'period', type: 'month', value: period });
  const fromInput = h('input', { id: 'fromMonth', type: 'month', value: from });
  const cutInput = h('select', { id: 'cut' }, cuts.map((c) => h('option', { value: c, selected: c === cut }, t(`cut_${c}`))));
  const stepInput = h('select', { id: 'step' }, ['MONTH', 'WEEK'].map((s) => h('option', { value: s, selected: s === step }, t(`step_${s}`))));
  const controls = {
    reasons: [h('label', { for: 'period' }, t('month')), periodInput, h('label', { for: 'cut' }, t('cutBy')), cutInput],
    rolls: [h('label', { for: 'fromMonth' }, t('from')), fromInput, h('label', { for: 'period' }, t('to')), periodInput],
    finance: [h('label', { for: 'period' }, t('month')), periodInput],
    trend: [h('label', { for: 'step' }, t('stepBy')), stepInput, h('label', { for: 'fromMonth' }, t('from')), fromInput, h('label', { for: 'period' }, t('to')), periodInput],
    credit: [],
    experiments: [],
    reports: [],
  }[tab];
  const request = () => ({
    reasons: { analysis: 'REASONS', period: periodInput.value, cut: cutInput.value },
    rolls: { analysis: 'ROLL_RATES', fromMonth: fromInput.value, toMonth: periodInput.value },
    finance: { analysis: 'FINANCE', period: periodInput.value },
    trend: { analysis: 'TREND', step: stepInput.value, ...trendDays(periodInput.value, fromInput.value, stepInput.value) },
    credit: { analysis: 'CREDIT' },
    experiments: { analysis: 'EXPERIMENTS' },
    reports: null,
  }[tab]);
  show(main, breadcrumb(id, t('analysis')), h('h1', {}, t('analysis')),
    h('nav', { class: 'tabs', 'aria-label': t('analysis') }, tabs.map((name) =>
      h('a', { href: '#', class: name === tab ? 'on' : null, 'aria-current': name === tab ? 'page' : null, onclick: (e) => { e.preventDefault(); go({ tab: name }); } }, t(`tab_${name}`)))),
    h('form', { class: 'filters', onsubmit: (e) => { e.preventDefault(); go({ period: periodInput.value, from: fromInput.value, cut: cutInput.value, step: stepInput.value }); } },
      ...controls, controls.length > 0 ? h('button', { type: 'submit' }, t('search')) : null,
      request() === null ? null : h('button', { type: 'button', onclick: () => exportSheet(id, request(), box) }, t('export'))),
    box);
  ({ reasons, rolls, finance, trend, credit, experiments, reports })[tab](id, { period, from, cut, step })
    .then((content) => show(box, content))
    .catch((error) => show(box, h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}

async function reasons(n, { period, cut }) {
  const { reasonAnalysis: rows } = await gql(`query($n: ID!, $p: Period!, $cut: ReasonCut) { reasonAnalysis(nodeId: $n, period: $p, cut: $cut) {
    category reason cutLabel households overdue receivable collected collectionRate } }`, { n, p: period, cut });
  return rows.length === 0 ? empty(t('nothing')) : table(
    [t('reasonCategory'), t('reason'), ...(cut === 'NONE' ? [] : [t(`cut_${cut}`)]), t('households'), t('overdueAmount'), t('periodReceivable'), t('periodCollected'), t('rateCol')],
    rows.map((r) => [t(r.category ?? 'UNRECORDED'), r.reason || '—', ...(cut === 'NONE' ? [] : [r.cutLabel]),
      num(count(r.households)), num(money(r.overdue)), num(money(r.receivable)), num(money(r.collected)), num(rate(r.collectionRate))]));
}

async function rolls(n, { period, from }) {
  const { rollRates: months } = await gql(`query($n: ID!, $from: Period!, $to: Period!) { rollRates(nodeId: $n, from: $from, to: $to) {
    month cells { from to households share } } }`, { n, from, to: period });
  return h('div', {}, h('p', { class: 'small' }, t('rollsExplained')), months.map((m) => h('div', {}, h('h2', {}, m.month),
    table([t('rollFromTo'), ...states.map((s) => t(`state_${s}`))], states
      .filter((s) => m.cells.some((c) => c.from === s))
      .map((s) => [t(`state_${s}`), ...states.map((to) => {
        const cell = m.cells.find((c) => c.from === s && c.to === to);
        return num(cell ? `${rate(cell.share)} (${count(cell.households)})` : '—');
      })])))));
}

async function finance(n, { period }) {
  const { financeReport: r } = await gql(`query($n: ID!, $p: Period!) { financeReport(nodeId: $n, period: $p) { asOf prepaid closedAt
    items { itemName receivable collected waived collectionRate openingArrears recovered arrears }
    total { itemName receivable collected waived collectionRate openingArrears recovered arrears } } }`, { n, p: period });
  const line = (f) => [f.itemName, num(money(f.receivable)), num(money(f.collected)), num(money(f.waived)), num(rate(f.collectionRate)),
    num(money(f.openingArrears)), num(money(f.recovered)), num(money(f.arrears))];
  return h('div', {}, h('p', { class: 'small' }, t(r.closedAt ? 'financeClosed' : 'financeLive', { day: r.asOf })),
    table([t('chargeItem'), t('periodReceivable'), t('periodCollected'), t('waived'), t('rateCol'), t('openingArrearsCol'), t('recoveredCol'), t('overdueAmount')],
      [...r.items.map(line), line(r.total)]),
    h('p', {}, `${t('prepaidCol')}：${money(r.prepaid)}`));
}

async function credit(n) {
  const { creditCalibration: c, creditCalibrationHistory: history } = await gql(`query($n: ID!) {
    creditCalibration(nodeId: $n) { modelVersion modelInUse holdoutCut outcomeDay
      bands { low high households predictedMean actualRate } tags { tag households predictedMean actualRate } }
    creditCalibrationHistory(nodeId: $n) { modelVersion holdoutCut bands { households predictedMean actualRate } } }`, { n });
  if (!c) return empty(t('noModel'));
  const line = (label, r) => [label, num(count(r.households)), num(rate(r.predictedMean)), num(rate(r.actualRate))];
  const whole = (bands) => {
    const households = bands.reduce((sum, b) => sum + b.households, 0);
    const mean = (field) => (households === 0 ? null : bands.reduce((sum, b) => sum + Number(b[field]) * b.households, 0) / households);
    return { households, predictedMean: mean('predictedMean'), actualRate: mean('actualRate') };
  };
  return h('div', {}, h('p', { class: 'small' }, t('calibrationExplained', { cut: c.holdoutCut, outcome: c.outcomeDay, version: c.modelVersion })),
    table([t('probabilityBand'), t('households'), t('predicted'), t('actual')],
      c.bands.map((b) => line(`${rate(b.low)} – ${rate(b.high)}`, b))),
    table([t('creditTag'), t('households'), t('predicted'), t('actual')], c.tags.map((r) => line(t(`tag_${r.tag}`), r))),
    h('h2', {}, t('calibrationByMonth')),
    table([t('holdoutMonth'), t('households'), t('predicted'), t('actual')], history.map((v) => line(`${v.holdoutCut.slice(0, 7)}（v${v.modelVersion}）`, whole(v.bands)))));
}

async function experiments(n) {
  const { experiments: list } = await gql(`query($n: ID!) { experiments(projectId: $n) { experiment { name running startedAt }
    difference pValue significant
    champion { scriptId households decided converted conversionRate low high }
    challenger { scriptId households decided converted conversionRate low high } } }`, { n });
  return list.length === 0 ? empty(t('noExperiments')) : h('div', {}, list.map((x) => h('div', {},
    h('h2', {}, `${x.experiment.name}（${t(x.experiment.running ? 'running' : 'stopped')}）`),
    table([t('arm'), t('script'), t('households'), t('decided'), t('converted'), t('rateCol'), t('interval')], [x.champion, x.challenger].map((a, i) =>
      [t(i === 0 ? 'champion' : 'challenger'), a.scriptId, num(count(a.households)), num(count(a.decided)), num(count(a.converted)), num(rate(a.conversionRate)),
        num(a.low === null ? '—' : `${rate(a.low)} – ${rate(a.high)}`)])),
    h('p', { class: x.significant ? 'good' : 'small' }, x.difference === null ? t('notYetDecided')
      : t(x.significant ? 'significant' : 'notSignificant', { diff: rate(x.difference), p: Number(x.pValue).toFixed(3) })))));
}

async function exportSheet(nodeId, request, box) {
  try {
    await download((await gql('mutation($i: ExportAnalysisInput!) { exportAnalysis(input: $i) { url fileName } }', { i: { nodeId, ...request } })).exportAnalysis);
  } catch (error) {
    box.prepend(h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error)));
  }
}

function monthsBefore(period, n) {
  const [year, month] = period.split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1 - n, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}
