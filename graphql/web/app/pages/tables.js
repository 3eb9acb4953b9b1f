// Tables of figures for the analysis pages: numbers ({ num: text }) align right, as do their headers.
import { h } from '../dom.js';

export const num = (text) => ({ num: text });

export function table(headers, rows) {
  return h('table', {}, h('thead', {}, h('tr', {}, headers.map((x, i) => h('th', { class: i > 0 && rows[0]?.[i]?.num !== undefined ? 'num' : null }, x)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => (cell?.num !== undefined ? h('td', { class: 'num' }, cell.num) : h('td', {}, cell)))))));
}
