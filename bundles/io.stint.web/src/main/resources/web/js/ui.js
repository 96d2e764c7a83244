// Small DOM helpers. Text is always set as text, never parsed as HTML: data from the API cannot
// inject markup.

import { ApiError } from './api.js';

let ids = 0;

/** A unique element id with a readable prefix, for label/for and aria links. */
export function uid(prefix = 'f') {
  ids += 1;
  return `${prefix}-${ids}`;
}

/**
 * h('button', {class: 'primary', onclick: fn, 'aria-label': 'Stop'}, 'Stop') — an element.
 * Attributes: `class`, `for`, `on<event>` handlers, `dataset` (object), boolean true/false, others
 * via setAttribute. Children: strings, numbers, nodes, arrays; null/undefined/false are skipped.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' && 'value' in el) {
      el.value = value;
    } else if (key === 'checked' || key === 'selected' || key === 'disabled') {
      el[key] = Boolean(value);
    } else {
      el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Empties an element and fills it with the given children. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A labelled form control: <div class="field"><label for>…</label>control hint?</div>. */
export function field(label, control, hint) {
  if (!control.id) control.id = uid('field');
  const parts = [h('label', { for: control.id }, label), control];
  if (hint) {
    const hintId = uid('hint');
    control.setAttribute('aria-describedby', hintId);
    parts.push(h('small', { id: hintId, class: 'hint' }, hint));
  }
  return h('div', { class: 'field' }, parts);
}

/** <select> of options [{value, label}], with an optional empty first choice. */
export function select(options, { value, empty, name } = {}) {
  const el = h('select', { name });
  if (empty !== undefined) el.append(h('option', { value: '' }, empty));
  for (const o of options) el.append(h('option', { value: String(o.value) }, o.label));
  if (value !== undefined && value !== null) el.value = String(value);
  return el;
}

/**
 * A table: columns [{title, cell: row => node|string, class?}], rows; `empty` when there are none.
 * The caption names it for screen readers; `stack` lays a wide table out as one block per row on
 * phone-sized screens.
 */
export function table({ caption, columns, rows, empty = 'Nothing here yet.', rowAttrs, stack }) {
  if (!rows || rows.length === 0) return h('p', { class: 'empty' }, empty);
  return h('div', { class: 'table-wrap' },
    h('table', { class: stack ? 'stack' : null },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.class }, c.title)))),
      h('tbody', {}, rows.map((row) => h('tr', rowAttrs ? rowAttrs(row) : {},
        columns.map((c) => h('td', { class: c.class, 'data-label': c.title }, c.cell(row))))))));
}

/** Shows a short message in the live region; errors stay until dismissed or replaced. */
export function notify(message, kind = 'info') {
  const box = document.getElementById('notices');
  const note = h('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null },
    h('span', {}, message),
    h('button', { type: 'button', class: 'link', 'aria-label': 'Dismiss', onclick: () => note.remove() }, '×'));
  box.append(note);
  if (kind !== 'error') setTimeout(() => note.remove(), 5000);
  return note;
}

/** The readable text of any error thrown by api.js or the page. */
export function errorText(err) {
  if (err instanceof ApiError) return err.describe();
  return err && err.message ? err.message : String(err);
}

/** Runs an async action; a failure is shown to the person instead of vanishing in the console. */
export async function attempt(action, success) {
  try {
    const result = await action();
    if (success) notify(success, 'success');
    return result;
  } catch (err) {
    notify(errorText(err), 'error');
    return undefined;
  }
}

/** Seconds as H:MM:SS. */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds || 0));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = s % 60;
  return `${hh}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** Hours with two decimals, e.g. 1.25 h. */
export function hours(value) {
  return `${Number(value || 0).toFixed(2)} h`;
}

/** A naive ISO local time from the API ("2026-01-09T15:30:00") as "2026-01-09 15:30". */
export function localTime(iso) {
  return iso ? iso.replace('T', ' ').slice(0, 16) : '';
}

/** Today's date (YYYY-MM-DD) in the browser's calendar. */
export function today() {
  return isoDate(new Date());
}

/** A Date as YYYY-MM-DD in the browser's calendar. */
export function isoDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The date n days after an ISO date. */
export function addDays(iso, n) {
  const [y, m, d] = iso.split('-').map(Number);
  return isoDate(new Date(y, m - 1, d + n));
}

/** A page heading with optional actions on the right. */
export function pageHeader(title, ...actions) {
  return h('div', { class: 'page-header' }, h('h1', {}, title), h('div', { class: 'actions' }, actions));
}

/** Asks a yes/no question in a modal <dialog>; resolves true when confirmed. */
export function confirmAction(question, confirmLabel = 'Confirm') {
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'confirm', 'aria-label': question });
    const done = (answer) => { dialog.close(); dialog.remove(); resolve(answer); };
    dialog.append(
      h('p', {}, question),
      h('div', { class: 'actions' },
        h('button', { type: 'button', onclick: () => done(false) }, 'Cancel'),
        h('button', { type: 'button', class: 'danger', onclick: () => done(true) }, confirmLabel)));
    dialog.addEventListener('cancel', () => done(false));
    document.body.append(dialog);
    dialog.showModal();
  });
}
