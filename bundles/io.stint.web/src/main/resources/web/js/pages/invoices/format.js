// Money and status words as the invoice pages show them.

import { h } from '../../ui.js';

/** An amount in its currency, e.g. "€280.00". */
export function money(amount, currency) {
  const n = Number(amount || 0);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: currency || 'EUR' }).format(n);
  } catch (e) {
    return `${n.toFixed(2)} ${currency || ''}`.trim();
  }
}

const STATUS_CLASS = { paid: 'ok', fully_paid: 'ok', overpaid: 'ok', overdue: 'unassigned', cancelled: '', draft: '', sent: 'low',
  unpaid: '', partially_paid: 'low' };

/** A status as a badge: "partially paid". */
export function statusBadge(status, kind = 'status') {
  return h('span', { class: `badge ${STATUS_CLASS[status] || ''}`.trim(), dataset: { [kind]: status } }, String(status).replace('_', ' '));
}
