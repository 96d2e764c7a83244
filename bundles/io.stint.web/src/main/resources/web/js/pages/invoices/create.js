// Making an invoice from the unbilled time of a client (or project), or from activity blocks.

import { api } from '../../api.js';
import { h, field, select, attempt, uid } from '../../ui.js';

const GROUPS = [
  { value: 'entry', label: 'One line per time entry' },
  { value: 'project', label: 'One line per project' },
  { value: 'task', label: 'One line per task' },
  { value: 'day', label: 'One line per day' },
];

function firstOfMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-01`;
}

function lastOfMonth() {
  const d = new Date();
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0);
  return `${last.getFullYear()}-${String(last.getMonth() + 1).padStart(2, '0')}-${String(last.getDate()).padStart(2, '0')}`;
}

function checkbox(label, name) {
  const box = h('input', { type: 'checkbox', name, id: uid(name) });
  return { box, element: h('div', { class: 'field inline' }, box, h('label', { for: box.id }, label)) };
}

/** The "from time" form; `made(invoice)` after the API created one. */
export function fromTimeForm({ clients, projects, made }) {
  const client = select(clients.map((c) => ({ value: c.id, label: c.name })), { name: 'client_id', empty: 'Choose a client' });
  const project = select([], { name: 'project_id', empty: 'All of the client\'s projects' });
  const from = h('input', { type: 'date', name: 'start_date', value: firstOfMonth() });
  const to = h('input', { type: 'date', name: 'end_date', value: lastOfMonth() });
  const group = select(GROUPS, { name: 'group_by', value: 'entry' });
  const rate = h('input', { type: 'number', name: 'hourly_rate', min: 0, step: '0.01' });
  const tax = h('input', { type: 'number', name: 'tax_rate', min: 0, max: 100, step: '0.01' });
  const expenses = checkbox('Include approved expenses', 'include_expenses');
  client.addEventListener('change', () => {
    project.replaceChildren(h('option', { value: '' }, 'All of the client\'s projects'),
      projects.filter((p) => String(p.client_id) === client.value).map((p) => h('option', { value: String(p.id) }, p.name)));
  });
  const form = h('form', { class: 'card', 'aria-labelledby': 'from-time-title' },
    h('h2', { id: 'from-time-title' }, 'New invoice from time'),
    h('p', { class: 'hint' }, 'Bills the client\'s unbilled, billable time entries of the period.'),
    h('div', { class: 'grid' },
      field('Client', client), field('Project', project), field('From', from), field('To', to),
      field('Grouping', group), field('Hourly rate (optional)', rate, 'Instead of the project\'s rate.'),
      field('Tax rate % (optional)', tax)),
    expenses.element,
    h('button', { type: 'submit', class: 'primary' }, 'Create invoice from time'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { group_by: group.value };
    if (client.value) body.client_id = Number(client.value);
    if (project.value) body.project_id = Number(project.value);
    if (from.value) body.start_date = from.value;
    if (to.value) body.end_date = to.value;
    if (rate.value !== '') body.hourly_rate = Number(rate.value);
    if (tax.value !== '') body.tax_rate = Number(tax.value);
    if (expenses.box.checked) body.include_expenses = true;
    const answer = await attempt(() => api.post('invoices/from-time-entries', body), 'Invoice created');
    if (answer) made(answer.invoice);
  });
  return form;
}

/** The "from blocks" form (activity blocks of the client's profiles); `made(invoice)` after creation. */
export function fromBlocksForm({ clients, made }) {
  const client = select(clients.map((c) => ({ value: c.id, label: c.name })), { name: 'client_id', empty: 'Choose a client' });
  const from = h('input', { type: 'date', name: 'start_date', value: firstOfMonth(), required: true });
  const to = h('input', { type: 'date', name: 'end_date', value: lastOfMonth(), required: true });
  const expenses = checkbox('Include approved expenses', 'include_expenses');
  const form = h('form', { class: 'card', 'aria-labelledby': 'from-blocks-title' },
    h('h2', { id: 'from-blocks-title' }, 'New invoice from activity blocks'),
    h('p', { class: 'hint' }, 'Bills the period\'s blocks assigned to the client\'s profiles, at each profile\'s rate.'),
    h('div', { class: 'grid' }, field('Client to bill', client), field('Blocks from', from), field('Blocks to', to)),
    expenses.element,
    h('button', { type: 'submit' }, 'Create invoice from blocks'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { start_date: from.value, end_date: to.value };
    if (client.value) body.client_id = Number(client.value);
    if (expenses.box.checked) body.include_expenses = true;
    const answer = await attempt(() => api.post('invoices/from-blocks', body), 'Invoice created');
    if (answer) made(answer.invoice);
  });
  return form;
}
