// Projects: list, create, edit (client, rate, billable, status), archive.

import { catalog } from './catalog/crud.js';

const STATUSES = [{ value: 'active', label: 'Active' }, { value: 'on_hold', label: 'On hold' }, { value: 'archived', label: 'Archived' }];

const CONFIG = {
  title: 'Projects',
  noun: 'project',
  path: 'projects',
  sources: { clients: { path: 'clients', query: { status: 'active' } } },
  fields: [
    { name: 'name', label: 'Name', required: true, max: 200 },
    { name: 'client_id', label: 'Client', type: 'select', source: 'clients', empty: 'No client', currentLabel: (p) => p.client },
    { name: 'code', label: 'Code', max: 50 },
    { name: 'hourly_rate', label: 'Hourly rate', type: 'decimal' },
    { name: 'estimated_hours', label: 'Estimated hours', type: 'decimal' },
    { name: 'budget_amount', label: 'Budget', type: 'decimal' },
    { name: 'billable', label: 'Billable', type: 'checkbox', default: true },
    { name: 'status', label: 'Status', type: 'select', required: true, editOnly: true, options: STATUSES },
    { name: 'description', label: 'Description', type: 'textarea', max: 4000 },
  ],
  columns: [
    { title: 'Name', cell: (p) => p.name },
    { title: 'Client', cell: (p) => p.client || '—' },
    { title: 'Code', cell: (p) => p.code || '' },
    { title: 'Billable', cell: (p) => (p.billable ? 'Yes' : 'No') },
    { title: 'Rate', class: 'num', cell: (p) => (p.hourly_rate === null ? '' : String(p.hourly_rate)) },
    { title: 'Hours', class: 'num', cell: (p) => String(p.total_hours ?? 0) },
    { title: 'Status', cell: (p) => (STATUSES.find((s) => s.value === p.status) || { label: p.status }).label },
  ],
  toggle: { label: 'Show archived and on-hold projects', on: { status: 'all' }, off: {} },
  remove: {
    label: 'Archive',
    when: (p) => p.status !== 'archived',
    question: (p) => `Archive the project "${p.name}"? Its time stays; no new time can be booked on it.`,
    done: 'Project archived',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
