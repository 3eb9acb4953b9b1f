// A list that loads its next page on request ("加载更多"): fetchPage(after) gives { items, next }.
import { h, empty } from '../dom.js';
import { t } from '../i18n.js';

/** Fills list with the first page and returns the list with its "more" button (hidden after the last page). */
export async function paged(list, fetchPage, drawItem) {
  const failed = h('p', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'button', class: 'more' }, t('more'));
  let after = null;
  const load = async () => {
    button.disabled = true;
    const page = await fetchPage(after);
    list.append(...page.items.map(drawItem));
    after = page.next;
    button.hidden = !after;
    button.disabled = false;
    return page.items.length;
  };
  button.onclick = () => load().catch((error) => { failed.textContent = error.shown ?? String(error); button.disabled = false; });
  const first = await load();
  return first === 0 && !after ? empty(t('nothing')) : [list, button, failed];
}
