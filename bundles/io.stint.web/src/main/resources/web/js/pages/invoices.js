// Invoices: the list (by status), making one from time or from activity blocks, and one invoice
// (#/invoices?id=…) with its lines, status, payments and PDF.

import { api } from '../api.js';
import { h, replace, field, select, table, pageHeader } from '../ui.js';
import { money, statusBadge } from './invoices/format.js';
import { fromTimeForm, fromBlocksForm } from './invoices/create.js';
import { renderInvoice } from './invoices/detail.js';

const STATUSES = ['draft', 'sent', 'overdue', 'paid', 'cancelled'];
const PER_PAGE = 25;

export async function render(view, ctx) {
  const id = ctx.params.get('id');
  if (id && /^\d+$/.test(id)) {
    await renderInvoice(view, Number(id), ctx);
    return;
  }
  const status = STATUSES.includes(ctx.params.get('status')) ? ctx.params.get('status') : '';
  const page = Math.max(1, Number(ctx.params.get('page')) || 1);
  const open = (invoice) => ctx.navigate('invoices', { id: invoice.id });

  const [list, clients, projects] = await Promise.all([
    api.get('invoices', { status, page, per_page: PER_PAGE }),
    ctx.caps.has('/clients') ? api.get('clients', { per_page: 100 }).then((d) => d.clients) : Promise.resolve([]),
    ctx.caps.has('/projects') ? api.get('projects', { per_page: 100 }).then((d) => d.projects) : Promise.resolve([]),
  ]);

  const filter = select(STATUSES.map((s) => ({ value: s, label: s })), { name: 'status', empty: 'All', value: status });
  filter.addEventListener('change', () => ctx.navigate('invoices', filter.value ? { status: filter.value } : undefined));
  const p = list.pagination;
  const pager = p.pages > 1 ? h('nav', { class: 'actions', 'aria-label': 'Pages' },
    h('button', { type: 'button', disabled: !p.has_prev, onclick: () => ctx.navigate('invoices', { status, page: page - 1 }) }, 'Previous page'),
    h('span', {}, `Page ${p.page} of ${p.pages}`),
    h('button', { type: 'button', disabled: !p.has_next, onclick: () => ctx.navigate('invoices', { status, page: page + 1 }) }, 'Next page')) : null;

  const listing = h('section', { 'aria-labelledby': 'invoice-list-title' },
    h('div', { class: 'page-header' }, h('h2', { id: 'invoice-list-title' }, 'All invoices'), h('div', { class: 'filter' }, field('Status', filter))),
    table({
      caption: status ? `Invoices with status ${status}` : 'Invoices',
      stack: true,
      empty: status ? `No ${status} invoices.` : 'No invoices yet.',
      rowAttrs: (i) => ({ 'data-invoice-id': String(i.id) }),
      columns: [
        { title: 'Number', cell: (i) => h('a', { href: `#/invoices?id=${i.id}` }, i.invoice_number) },
        { title: 'Client', cell: (i) => i.client_name },
        { title: 'Issued', cell: (i) => i.issue_date },
        { title: 'Due', cell: (i) => i.due_date },
        { title: 'Status', cell: (i) => statusBadge(i.status) },
        { title: 'Total', class: 'num', cell: (i) => money(i.total_amount, i.currency_code) },
        { title: 'Outstanding', class: 'num', cell: (i) => money(i.outstanding_amount, i.currency_code) },
        { title: 'Payment', cell: (i) => statusBadge(i.payment_status, 'paymentStatus') },
      ],
      rows: list.invoices,
    }),
    pager);

  const forms = [];
  if (ctx.caps.has('/invoices/from-time-entries')) forms.push(fromTimeForm({ clients, projects, made: open }));
  if (ctx.caps.has('/invoices/from-blocks')) forms.push(fromBlocksForm({ clients, made: open }));
  replace(view, pageHeader('Invoices'), listing, h('div', { class: 'invoice-forms' }, forms));
}
