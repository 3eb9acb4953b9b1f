// Chinese first; English when chosen (kept in localStorage). Money ¥1,234.50, rates 85.8%, dates 2026年12月2日.
import { zh, en } from './words.js';

const key = 'collectiongrains.lang';
let language = localStorage.getItem(key) === 'en' ? 'en' : 'zh';
document.documentElement.lang = language === 'en' ? 'en' : 'zh-CN';

export const lang = () => language;

export function setLang(next) {
  localStorage.setItem(key, next);
  location.reload();
}

/** The word for a key; {name} placeholders are filled from values. */
export function t(word, values) {
  const text = (language === 'en' ? en[word] : zh[word]) ?? zh[word] ?? word;
  return values ? text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? '')) : text;
}

const locale = () => (language === 'en' ? 'en-US' : 'zh-CN');

/** Money as the API sends it (a decimal string), shown to the cent with the yuan sign. */
export function money(value) {
  const amount = Number(value ?? 0);
  const sign = amount < 0 ? '-' : '';
  return sign + '¥' + Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A rate the API sends as a fraction (0.858), shown as 85.8%. */
export const rate = (value) => (value === null || value === undefined ? '—' : `${(Number(value) * 100).toFixed(1)}%`);

export const count = (value) => Number(value ?? 0).toLocaleString('en-US');

export function date(value) {
  if (!value) {
    return '—';
  }
  const day = new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
  return day.toLocaleDateString(locale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' });
}

export function dateTime(value) {
  if (!value) {
    return '—';
  }
  return new Date(value).toLocaleString(locale(), { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
}
