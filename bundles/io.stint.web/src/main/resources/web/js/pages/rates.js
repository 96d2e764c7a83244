// Rates: an hourly amount in a currency, with the days it holds; list, create, edit, deactivate.
// A new amount holds from today unless "New amount from" names another day; time worked before
// keeps the amount it had.

import { catalog, money } from './catalog/crud.js';

const CONFIG = {
  title: 'Rates',
  noun: 'rate',
  path: 'rates',
  fields: [
    { name: 'name', label: 'Name', required: true, max: 200 },
    { name: 'currency', label: 'Currency', required: true, max: 3, default: 'EUR', hint: 'ISO code, e.g. EUR, USD, JPY' },
    { name: 'hourly_amount', label: 'Hourly amount', type: 'decimal', required: true, hint: 'e.g. 120.00' },
    { name: 'amount_effective_from', label: 'New amount from', type: 'date', editOnly: true,
      hint: 'When the amount changes: the first day it holds (empty: today).' },
    { name: 'effective_from', label: 'Valid from', type: 'date' },
    { name: 'effective_to', label: 'Valid until', type: 'date' },
    { name: 'is_active', label: 'Active', type: 'checkbox', default: true, editOnly: true },
  ],
  columns: [
    { title: 'Name', cell: (r) => r.name },
    { title: 'Hourly amount', class: 'num', cell: (r) => money(r.hourly_amount, r.currency) },
    { title: 'Valid', cell: (r) => (r.effective_from || r.effective_to ? `${r.effective_from || '…'} – ${r.effective_to || '…'}` : 'always') },
    { title: 'Active', cell: (r) => (r.is_active ? 'Yes' : 'No') },
  ],
  // The day a new amount holds from means nothing without a new amount.
  beforeSave: (body) => { if (!('hourly_amount' in body)) delete body.amount_effective_from; },
  toggle: { label: 'Show inactive rates', on: { active_only: 'false' }, off: {} },
  remove: {
    label: 'Deactivate',
    when: (r) => r.is_active,
    question: (r) => `Deactivate the rate "${r.name}"? Profiles that use it keep it.`,
    done: 'Rate deactivated',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
