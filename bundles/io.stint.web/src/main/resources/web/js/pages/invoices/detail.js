// One invoice: its figures, the status changes the API allows, its lines (editable while a draft),
// its payments and a new one, and the PDF.

import { api, download } from '../../api.js';
import { h, replace, field, table, attempt, confirmAction, today, uid } from '../../ui.js';
import { money, statusBadge } from './format.js';
import { itemsEditor } from './items.js';

// The transitions the API allows (Statuses.NEXT); a sent invoice past its due date shows as overdue.
const NEXT = { draft: ['sent', 'cancelled'], sent: ['paid', 'overdue', 'cancelled'], overdue: ['paid', 'cancelled'], paid: [], cancelled: [] };
const VERBS = { sent: 'Mark as sent', paid: 'Mark as paid', overdue: 'Mark as overdue', cancelled: 'Cancel invoice' };

/** Renders the invoice `id` into `view`; `back()` returns to the list. */
export async function renderInvoice(view, id, ctx) {
  const data = await api.get(`invoices/${id}`);
  const inv = data.invoice;
  const c = inv.currency_code;
  const reload = () => renderInvoice(view, id, ctx);

  async function setStatus(status) {
    if (status === 'cancelled' && !(await confirmAction(`Cancel invoice ${inv.invoice_number}? A cancelled invoice cannot change again.`, 'Cancel invoice'))) return;
    const answer = await attempt(() => api.patch(`invoices/${id}`, { status }), `Invoice ${inv.invoice_number}: ${status}`);
    if (answer) await reload();
  }

  async function pdf() {
    await attempt(async () => {
      const res = await api.raw('GET', `invoices/${id}/pdf`, { headers: { Accept: 'application/pdf, application/json' } });
      return download(res, `${inv.invoice_number}.pdf`);
    }, 'PDF downloaded');
  }

  const facts = [
    ['Client', inv.client_name], ['Project', inv.project_name || '—'], ['Issued', inv.issue_date], ['Due', inv.due_date],
    ['Status', statusBadge(inv.status)], ['Payment', statusBadge(inv.payment_status, 'paymentStatus')],
    ['Subtotal', money(inv.subtotal, c)], [`Tax (${inv.tax_rate}%)`, money(inv.tax_amount, c)],
    ['Total', h('strong', { id: 'invoice-total' }, money(inv.total_amount, c))], ['Paid', money(inv.amount_paid, c)],
    ['Outstanding', h('span', { id: 'invoice-outstanding' }, money(inv.outstanding_amount, c))],
  ];
  const next = NEXT[inv.status] || [];
  const header = h('div', { class: 'page-header' },
    h('h1', {}, `Invoice ${inv.invoice_number}`),
    h('div', { class: 'actions' },
      h('a', { href: '#/invoices', class: 'button' }, 'All invoices'),
      ctx.caps.has('/invoices/{id}/pdf') ? h('button', { type: 'button', class: 'primary', onclick: pdf }, 'Download PDF') : null));

  const lines = inv.status === 'draft' && ctx.caps.has('/invoices/{id}/items')
    ? itemsEditor({ invoice: inv, saved: reload })
    : table({
      stack: true,
      empty: 'This invoice has no lines.',
      columns: [
        { title: 'Description', cell: (i) => i.description },
        { title: 'Quantity', class: 'num', cell: (i) => String(i.quantity) },
        { title: 'Unit price', class: 'num', cell: (i) => money(i.unit_price, c) },
        { title: 'Amount', class: 'num', cell: (i) => money(i.total_amount, c) },
      ],
      rows: inv.items,
    });

  const payments = h('section', { class: 'card', 'aria-labelledby': 'payments-title' },
    h('h2', { id: 'payments-title' }, 'Payments'),
    table({
      stack: true,
      empty: 'No payment recorded yet.',
      columns: [
        { title: 'Date', cell: (p) => p.payment_date },
        { title: 'Amount', class: 'num', cell: (p) => money(p.amount, p.currency) },
        { title: 'Method', cell: (p) => p.method || '' },
        { title: 'Reference', cell: (p) => p.reference || '' },
        { title: 'Status', cell: (p) => p.status },
      ],
      rows: inv.payments,
    }),
    ['sent', 'overdue', 'paid'].includes(inv.status) ? paymentForm(inv, reload)
      : h('p', { class: 'hint' }, inv.status === 'draft' ? 'Payments are recorded once the invoice is sent.' : 'A cancelled invoice takes no payments.'));

  replace(view, header,
    h('section', { class: 'card', 'aria-label': 'Summary' },
      h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v)))),
      next.length ? h('div', { class: 'actions', 'aria-label': 'Status' },
        next.map((s) => h('button', { type: 'button', class: s === 'cancelled' ? 'danger' : null, onclick: () => setStatus(s) }, VERBS[s])))
        : h('p', { class: 'hint' }, `A ${inv.status} invoice is final.`),
      inv.notes ? h('p', {}, inv.notes) : null),
    h('section', { class: 'card', 'aria-labelledby': 'lines-title' }, h('h2', { id: 'lines-title' }, 'Lines'), lines),
    payments);
}

function paymentForm(inv, saved) {
  const amount = h('input', { type: 'number', name: 'amount', min: '0.01', step: '0.01', required: true,
    value: Number(inv.outstanding_amount) > 0 ? String(inv.outstanding_amount) : '' });
  const date = h('input', { type: 'date', name: 'payment_date', value: today() });
  const method = h('input', { name: 'method', maxlength: 50, placeholder: 'bank transfer', id: uid('method') });
  const reference = h('input', { name: 'reference', maxlength: 100 });
  const form = h('form', { class: 'row', 'aria-label': 'Record a payment' },
    field(`Amount (${inv.currency_code})`, amount), field('Payment date', date), field('Method', method), field('Reference', reference),
    h('button', { type: 'submit', class: 'primary' }, 'Record payment'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { amount: Number(amount.value) };
    if (date.value) body.payment_date = date.value;
    if (method.value.trim()) body.method = method.value.trim();
    if (reference.value.trim()) body.reference = reference.value.trim();
    const answer = await attempt(() => api.post(`invoices/${inv.id}/payments`, body), 'Payment recorded');
    if (answer) await saved();
  });
  return form;
}
