// 分析报告: the node's weekly and monthly reports (Excel and PDF, as delivered to its managers), one made now, and the
// schedule that makes them by itself. Managers may produce and schedule; everyone in scope may read and download.
import { h, show, empty } from '../dom.js';
import { t, dateTime } from '../i18n.js';
import { gql, download } from '../api.js';
import { table } from './tables.js';

const listed = 'analysisReports(nodeId: $n) { id title cadence start end producedAt producedBy deliveries { username status } }';

export async function reports(n) {
  const { analysisReports: list, reportSchedule: schedule } = await gql(`query($n: ID!) { ${listed}
    reportSchedule(nodeId: $n) { weekly monthly changedBy } }`, { n });
  const status = h('p', { role: 'status', class: 'small' });
  const fail = (error) => { status.className = 'error'; status.textContent = error.shown ?? String(error); };
  const weekly = h('input', { type: 'checkbox', id: 'weekly', checked: schedule.weekly });
  const monthly = h('input', { type: 'checkbox', id: 'monthly', checked: schedule.monthly });
  const cadence = h('select', { id: 'cadence' }, ['MONTHLY', 'WEEKLY'].map((c) => h('option', { value: c }, t(`cadence_${c}`))));
  const day = h('input', { type: 'date', id: 'reportDay', value: new Date().toISOString().slice(0, 10), required: true });
  const box = h('div', {}, list.length === 0 ? empty(t('noReports')) : reportTable(n, list, fail));
  const save = async (e) => {
    e.preventDefault();
    try {
      await gql('mutation($i: ScheduleReportsInput!) { scheduleReports(input: $i) { weekly } }', { i: { nodeId: n, weekly: weekly.checked, monthly: monthly.checked } });
      status.className = 'small';
      status.textContent = t('scheduleSaved');
    } catch (error) { fail(error); }
  };
  const produce = async (e) => {
    e.preventDefault();
    status.className = 'small';
    status.textContent = t('producing');
    try {
      await gql('mutation($i: ProduceReportInput!) { produceReport(input: $i) { id } }', { i: { nodeId: n, cadence: cadence.value, day: day.value } });
      const { analysisReports: fresh } = await gql(`query($n: ID!) { ${listed} }`, { n });
      show(box, reportTable(n, fresh, fail));
      status.textContent = t('reportProduced');
    } catch (error) { fail(error); }
  };
  return h('div', {},
    h('form', { class: 'filters', onsubmit: save }, h('span', {}, t('schedule')),
      h('label', { for: 'weekly' }, weekly, t('cadence_WEEKLY')), h('label', { for: 'monthly' }, monthly, t('cadence_MONTHLY')), h('button', { type: 'submit' }, t('save'))),
    h('form', { class: 'filters', onsubmit: produce }, h('label', { for: 'cadence' }, t('produceReport')), cadence, h('label', { for: 'reportDay' }, t('dayInPeriod')), day,
      h('button', { type: 'submit' }, t('produce'))),
    status, box, h('p', { class: 'small' }, t('reportsExplained')));
}

function reportTable(n, list, fail) {
  const get = (id, format) => gql('mutation($n: ID!, $r: ID!, $f: ReportFormat!) { downloadReport(nodeId: $n, reportId: $r, format: $f) { url fileName } }',
    { n, r: id, f: format }).then((d) => download(d.downloadReport)).catch(fail);
  return table([t('report'), t('producedAt'), t('producedBy'), t('deliveredTo'), t('files')], list.map((r) => [r.title, dateTime(r.producedAt),
    r.producedBy === 'system' ? t('bySchedule') : r.producedBy,
    r.deliveries.length === 0 ? '—' : r.deliveries.map((d) => `${d.username}（${t(`message_${d.status}`)}）`).join('、'),
    h('span', {}, h('button', { type: 'button', onclick: () => get(r.id, 'XLSX') }, 'Excel'), ' ', h('button', { type: 'button', onclick: () => get(r.id, 'PDF') }, 'PDF'))]));
}
