// 趋势: a node's figures month by month (closed months from their month-end snapshots) or week by week, with a bar of
// the collection rate (months) or of the money recovered (weeks) beside each step.
import { h, empty } from '../dom.js';
import { t, money, rate, count } from '../i18n.js';
import { gql } from '../api.js';
import { table, num } from './tables.js';

const mostWeeks = 26;

/** The days asked for: from the first month's first day to the last month's end (today at most); weeks: the last 26 at most. */
export function trendDays(period, from, step) {
  const today = new Date().toISOString().slice(0, 10);
  const [year, month] = period.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  const to = monthEnd < today ? monthEnd : today;
  const earliest = new Date(Date.parse(to) - (mostWeeks - 1) * 7 * 86400000).toISOString().slice(0, 10);
  return { from: step === 'WEEK' && `${from}-01` < earliest ? earliest : `${from}-01`, to };
}

export async function trend(n, { period, from, step }) {
  const { from: start, to } = trendDays(period, from, step);
  const { analysisTrend: points } = await gql(`query($n: ID!, $from: Date!, $to: Date!, $s: TrendStep!) { analysisTrend(nodeId: $n, from: $from, to: $to, step: $s) {
    label asOf kept receivable collected collectionRate arrears overdueHouseholds contacts recovered promisesKept } }`, { n, from: start, to, s: step });
  if (points.length === 0) return empty(t('nothing'));
  const most = Math.max(...points.map((p) => Number(p.recovered)), 1);
  const bar = (share) => h('span', { class: 'bar', style: `width:${Math.round(Math.min(Math.max(share, 0), 1) * 100)}%` });
  const weekly = step === 'WEEK';
  return h('div', {}, h('p', { class: 'small' }, t(weekly ? 'trendWeeks' : 'trendMonths')),
    table([t(weekly ? 'week' : 'month'), ...(weekly ? [] : [t('periodReceivable'), t('periodCollected'), t('rateCol')]),
      t('overdueAmount'), t('overdueHouseholds'), t('contactsCol'), t('recoveredByContacts'), t('promisesKeptCol'), t('chartCol')],
    points.map((p) => [p.kept ? `${p.label} ✓` : p.label,
      ...(weekly ? [] : [num(money(p.receivable)), num(money(p.collected)), num(rate(p.collectionRate))]),
      num(money(p.arrears)), num(count(p.overdueHouseholds)), num(count(p.contacts)), num(money(p.recovered)), num(count(p.promisesKept)),
      bar(weekly ? Number(p.recovered) / most : Number(p.collectionRate ?? 0))])));
}
