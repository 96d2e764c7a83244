// A draft invoice's lines as a form: change, add and remove lines, then save them all at once
// (PUT /invoices/{id}/items replaces the lines).

import { api } from '../../api.js';
import { h, replace, field, attempt } from '../../ui.js';
import { money } from './format.js';

/** The editor for `invoice`'s lines; `saved()` after the API took them. */
export function itemsEditor({ invoice, saved }) {
  const c = invoice.currency_code;
  const rows = h('div', { class: 'items' });
  const total = h('p', { class: 'items-total', 'aria-live': 'polite' });
  let lines = invoice.items.map((i) => ({ description: i.description, quantity: String(i.quantity), unit_price: String(i.unit_price) }));

  function sum() {
    const cents = lines.reduce((s, l) => s + Math.round(Number(l.quantity || 0) * Number(l.unit_price || 0) * 100), 0);
    total.textContent = `Subtotal of these lines: ${money(cents / 100, c)}`;
  }

  function draw() {
    replace(rows, lines.map((line, n) => {
      const description = h('input', { name: 'description', value: line.description, maxlength: 500, required: true });
      const quantity = h('input', { name: 'quantity', type: 'number', min: '0.01', step: '0.01', value: line.quantity, required: true });
      const price = h('input', { name: 'unit_price', type: 'number', min: '0', step: '0.01', value: line.unit_price, required: true });
      const amount = h('output', { class: 'amount' }, money(Number(line.quantity) * Number(line.unit_price), c));
      const update = () => {
        line.description = description.value;
        line.quantity = quantity.value;
        line.unit_price = price.value;
        amount.textContent = money(Number(line.quantity) * Number(line.unit_price), c);
        sum();
      };
      [description, quantity, price].forEach((el) => el.addEventListener('input', update));
      return h('fieldset', { class: 'item', dataset: { item: String(n + 1) } },
        h('legend', {}, `Line ${n + 1}`),
        h('div', { class: 'row' },
          h('div', { class: 'grow' }, field('Description', description)),
          field('Quantity', quantity), field(`Unit price (${c})`, price),
          h('div', { class: 'field' }, h('span', { class: 'hint' }, 'Amount'), amount),
          h('button', { type: 'button', 'aria-label': `Remove line ${n + 1}`, onclick: () => { lines.splice(n, 1); draw(); } }, 'Remove')));
    }));
    sum();
  }

  const form = h('form', { class: 'items-editor', 'aria-label': 'Lines of the invoice' },
    rows, total,
    h('p', { class: 'hint' }, 'Saving replaces every line: the time entries the old lines billed become unbilled again.'),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => { lines.push({ description: '', quantity: '1', unit_price: '0' }); draw(); } }, 'Add line'),
      h('button', { type: 'submit', class: 'primary' }, 'Save lines')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const items = lines.map((l) => ({ description: l.description.trim(), quantity: Number(l.quantity), unit_price: Number(l.unit_price) }));
    const answer = await attempt(() => api.put(`invoices/${invoice.id}/items`, { items }), 'Lines saved');
    if (answer) await saved();
  });
  draw();
  return form;
}
