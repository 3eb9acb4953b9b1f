// A household's card on the phone: what it owes now, grade, last contacts, legacy issues, the suggested method and
// script; record a contact (A–E, promise, reason, notes; a visit with door code, position and photo); the pay code;
// a service order.
import { h, show, loading, empty } from '../dom.js';
import { t, money, date, dateTime } from '../i18n.js';
import { gql, kept, today } from '../api.js';
import * as outbox from '../outbox.js';
import { scanDoorCode } from './scan.js';

const classes = ['A_PROMISED', 'B_UNDECIDED', 'C_UNREACHABLE', 'D_AWAY', 'E_REFUSING'];
const methods = ['PHONE', 'VISIT', 'SMS', 'WECHAT'];
const categories = ['BASIC_SERVICE', 'VALUE_ADDED_SERVICE', 'DEVELOPER', 'OTHER'];

export function card(main, id, banner) {
  show(main, banner(), loading(t('loading')));
  kept(`card.${id}`, () => Promise.all([
    gql(`query($id: ID!) { household(id: $id) { id room grade owner { name phones } building { name } arrears { total principal lateFee ageDays }
      collection { contactClass promise { date amount state } contacts(first: 3) { at method outcome notes } legacyIssues { text resolved } }
      payLink { url qrCodeUrl } } }`, { id }),
    gql(`query($d: Date) { myPlan(date: $d) { household { id } method reason scriptText } }`, { d: today() }).catch(() => ({ myPlan: [] })),
  ])).then(([{ household }, { myPlan }]) => {
    if (!household) {
      show(main, banner(), empty(t('NOT_FOUND')));
      return;
    }
    const suggestion = myPlan.find((item) => item.household.id === id);
    const owes = Number(household.arrears.total) > 0;
    show(main, banner(),
      h('p', {}, h('a', { href: '#/phone' }, '‹ ', t('todaysPlan'))),
      h('h1', {}, `${household.building.name} ${household.room}`),
      h('p', { class: 'owed num', dataset: { figure: 'owed' } }, owes ? money(household.arrears.total) : t('owesNothing')),
      h('p', { class: 'small' }, `${household.owner.name} · ${t(household.grade)}`, owes ? ` · ${household.arrears.ageDays} 天` : '',
        household.owner.phones.map((phone) => [' · ', h('a', { href: `tel:${phone}` }, phone)])),
      suggestion ? h('section', { class: 'suggestion' }, h('h2', {}, t('suggested'), '：', t(suggestion.method)), h('p', {}, suggestion.reason),
        suggestion.scriptText ? h('blockquote', {}, suggestion.scriptText) : null) : null,
      household.collection.legacyIssues.some((i) => !i.resolved)
        ? h('section', {}, h('h2', {}, t('legacyIssues')), h('ul', {}, household.collection.legacyIssues.filter((i) => !i.resolved).map((i) => h('li', {}, i.text))))
        : null,
      h('section', {}, h('h2', {}, t('lastContacts')), household.collection.contacts.length === 0 ? empty(t('nothing'))
        : h('ul', { class: 'contacts' }, household.collection.contacts.map((c) => h('li', {}, `${dateTime(c.at)} ${t(c.method)} ${t(c.outcome)} ${c.notes ?? ''}`)))),
      contactForm(household.id, suggestion?.method ?? 'PHONE', Number(household.arrears.total)),
      payCode(household.payLink),
      serviceOrderForm(household.id));
  }).catch((error) => show(main, banner(), h('p', { class: 'error', role: 'alert' }, error.shown ?? String(error))));
}

function contactForm(householdId, suggestedMethod, owed) {
  const outcome = h('fieldset', { class: 'classes' }, h('legend', {}, t('outcome')),
    classes.map((c) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'outcome', value: c, required: true }), t(c))));
  const method = h('select', { id: 'method', name: 'method' }, methods.map((m) => h('option', { value: m, selected: m === suggestedMethod }, t(m))));
  const promisedDate = h('input', { id: 'promisedDate', type: 'date', min: today() });
  const promisedAmount = h('input', { id: 'promisedAmount', inputmode: 'decimal', value: owed > 0 ? owed.toFixed(2) : '' });
  const promise = h('div', { class: 'promise', hidden: true },
    h('label', { for: 'promisedDate' }, t('promisedDate')), promisedDate, h('label', { for: 'promisedAmount' }, t('promisedAmount')), promisedAmount);
  const category = h('select', { id: 'category' }, h('option', { value: '' }, '—'), categories.map((c) => h('option', { value: c }, t(c))));
  const reasonText = h('input', { id: 'reasonText', maxlength: 500 });
  const notes = h('textarea', { id: 'notes', rows: 2, maxlength: 1000 });
  const visit = visitFields();
  const result = h('p', { role: 'status', class: 'result' });
  const form = h('form', { class: 'record', onsubmit: submit },
    h('h2', {}, t('record')), outcome, h('label', { for: 'method' }, t('method')), method, promise, visit.element,
    h('label', { for: 'category' }, t('reason')), category, h('label', { for: 'reasonText' }, t('reasonText')), reasonText,
    h('label', { for: 'notes' }, t('notes')), notes, h('button', { type: 'submit', class: 'primary big' }, t('save')), result);
  outcome.addEventListener('change', () => {
    promise.hidden = form.outcome.value !== 'A_PROMISED';
    promisedDate.required = !promise.hidden;
    promisedAmount.required = !promise.hidden;
  });
  method.addEventListener('change', () => { visit.element.hidden = method.value !== 'VISIT'; });
  visit.element.hidden = method.value !== 'VISIT';
  return form;

  async function submit(event) {
    event.preventDefault();
    const input = {
      contactId: crypto.randomUUID(), householdId, method: method.value, outcome: form.outcome.value, at: new Date().toISOString(),
      ...(form.outcome.value === 'A_PROMISED' ? { promisedDate: promisedDate.value || null, promisedAmount: promisedAmount.value || null } : {}),
      ...(category.value ? { reason: { category: category.value, text: reasonText.value || null } } : {}),
      ...(notes.value ? { notes: notes.value } : {}),
      ...(method.value === 'VISIT' ? { visit: visit.value() } : {}),
    };
    if (method.value === 'VISIT' && !input.visit) {
      result.textContent = `${t('BAD_USER_INPUT')}：${t('scanDoor')} / ${t('position')} / ${t('takePhoto')}`;
      return;
    }
    await outbox.enqueue(input);
    const left = outbox.waiting().find((i) => i.input.contactId === input.contactId);
    result.textContent = left?.error ?? (left ? t('waiting', { n: outbox.waiting().filter((i) => !i.error).length }) : t('recorded'));
    if (!left) {
      form.reset();
      promise.hidden = true;
    }
  }
}

/** 上门取证: the door code (scanned with the camera, or typed), the phone's position and a photo. */
function visitFields() {
  const code = h('input', { id: 'doorCode', autocomplete: 'off' });
  const position = h('span', { class: 'small', id: 'position' });
  const photo = h('input', { id: 'photo', type: 'file', accept: 'image/jpeg,image/png', capture: 'environment' });
  let fix = null;
  let photoData = null;
  const locate = () => navigator.geolocation?.getCurrentPosition(
    (p) => { fix = p.coords; position.textContent = `${p.coords.latitude.toFixed(5)}, ${p.coords.longitude.toFixed(5)} ±${Math.round(p.coords.accuracy)} m`; },
    (e) => { position.textContent = e.message; }, { enableHighAccuracy: true, timeout: 15000 });
  photo.addEventListener('change', () => {
    const file = photo.files[0];
    if (!file) return;
    const reader = new FileReader();
    reader.onload = () => { photoData = reader.result; };
    reader.readAsDataURL(file);
  });
  const element = h('fieldset', { class: 'visit' }, h('legend', {}, t('visit')),
    h('label', { for: 'doorCode' }, t('scanDoor')), code,
    h('button', { type: 'button', onclick: async () => { code.value = await scanDoorCode() ?? code.value; } }, '📷 ', t('scanDoor')),
    h('button', { type: 'button', onclick: locate }, '📍 ', t('position')), position,
    h('label', { for: 'photo' }, t('takePhoto')), photo);
  element.addEventListener('focusin', () => { if (!fix) locate(); }, { once: true });
  return {
    element,
    value: () => (code.value && fix && photoData
      ? { qrToken: code.value.trim(), latitude: Number(fix.latitude.toFixed(6)), longitude: Number(fix.longitude.toFixed(6)), accuracy: Math.max(1, Math.round(fix.accuracy)), photo: photoData }
      : null),
  };
}

function payCode(link) {
  const box = h('div', { class: 'paycode', hidden: true }, h('img', { alt: t('payLink'), width: 220, height: 220, 'data-src': link.qrCodeUrl }), h('p', { class: 'small' }, link.url));
  return h('section', {}, h('button', { type: 'button', onclick: () => {
    const image = box.querySelector('img');
    image.src ||= image.dataset.src;
    box.hidden = !box.hidden;
  } }, t('payLink')), box);
}

function serviceOrderForm(householdId) {
  const category = h('select', { id: 'orderCategory' }, categories.map((c) => h('option', { value: c }, t(c))));
  const description = h('textarea', { id: 'orderDescription', rows: 2, maxlength: 1000, required: true });
  const result = h('p', { role: 'status' });
  return h('details', {}, h('summary', {}, t('openOrder')),
    h('form', { onsubmit: async (event) => {
      event.preventDefault();
      try {
        await gql('mutation($i: OpenServiceOrderInput!) { openServiceOrder(input: $i) { order { id } } }',
          { i: { householdId, category: category.value, description: description.value } });
        result.textContent = t('recorded');
        description.value = '';
      } catch (error) {
        result.textContent = error.shown ?? String(error);
      }
    } }, h('label', { for: 'orderCategory' }, t('reason')), category, h('label', { for: 'orderDescription' }, t('description')), description,
    h('button', { type: 'submit' }, t('send')), result));
}
