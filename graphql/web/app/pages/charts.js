// The dashboard's charts (ECharts from npm, loaded on the dashboard only): arrears by age, households by grade and by class.
import { h, loadScript } from '../dom.js';
import { t, money } from '../i18n.js';
import { thisMonth } from '../api.js';

const grades = ['SELF_PAYER', 'PAYS_AFTER_REMINDER', 'PAYS_AFTER_REPEATED_REMINDERS', 'DEFAULTER'];
const classes = ['A_PROMISED', 'B_UNDECIDED', 'C_UNREACHABLE', 'D_AWAY', 'E_REFUSING'];

/** Draws (or redraws) the charts in box; returns the handle to pass next time. trend: the closed months, oldest first. */
export function charts(box, totals, drawn, trend) {
  const handle = drawn ?? { instances: [], pending: null, dispose() { this.instances.forEach((c) => c.dispose()); } };
  const options = [
    { title: t('arrearsByAge'), names: totals.arrearsByAge.map((a) => t(a.bucket)), values: totals.arrearsByAge.map((a) => Number(a.amount)), money: true },
    { title: t('byGrade'), names: grades.map((g) => t(g)), values: totals.householdsByGrade.map(Number) },
    { title: t('byClass'), names: classes.map((c) => t(c)), values: totals.householdsByContactClass.map(Number) },
  ];
  const bars = options.map((chart) => ({
    title: { text: chart.title, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: chart.money ? money : undefined },
    grid: { left: 70, right: 10, bottom: 50, top: 40 },
    xAxis: { type: 'category', data: chart.names, axisLabel: { interval: 0, rotate: 20, fontSize: 10 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: chart.values }],
    animation: false,
  }));
  // 收缴率 by month: each closed month at its month's end, and this month as it stands (live).
  const months = [...trend.map((m) => m.period), thisMonth()];
  const rates = [...trend.map((m) => Number(m.collectionRate) * 100), Number(totals.collectionRate) * 100];
  const all = [...bars, {
    title: { text: t('trend'), textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    grid: { left: 50, right: 10, bottom: 50, top: 40 },
    xAxis: { type: 'category', data: months, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { type: 'line', name: t('trend'), data: [...rates.slice(0, -1), null], label: { show: true, formatter: (p) => `${p.value.toFixed(1)}`, fontSize: 9 } },
      { type: 'scatter', name: t('monthToDate'), data: [...rates.slice(0, -1).map(() => null), rates.at(-1)], label: { show: true, formatter: (p) => `${p.value.toFixed(1)}`, fontSize: 9 } },
    ],
    animation: false,
  }];
  loadScript('/app/vendor/echarts.min.js', 'echarts').then((echarts) => {
    if (handle.instances.length === 0) {
      box.replaceChildren(...all.map((option) => h('div', { class: 'chart', role: 'img', 'aria-label': option.title.text })));
      handle.instances = [...box.children].map((element) => echarts.init(element));
    }
    handle.instances.forEach((chart, i) => chart.setOption(all[i]));
  }).catch(() => {});
  return handle;
}
