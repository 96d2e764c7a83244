// Clients: list, create, edit, archive (an archived client is inactive; its projects and time stay).

import { catalog } from './catalog/crud.js';

const CONFIG = {
  title: 'Clients',
  noun: 'client',
  path: 'clients',
  fields: [
    { name: 'name', label: 'Name', required: true, max: 200 },
    { name: 'email', label: 'Email', type: 'email', max: 254 },
    { name: 'company', label: 'Company', max: 200 },
    { name: 'phone', label: 'Phone', max: 50 },
    { name: 'default_hourly_rate', label: 'Default hourly rate', type: 'decimal', hint: 'e.g. 95.00' },
    { name: 'status', label: 'Status', type: 'select', required: true, editOnly: true,
      options: [{ value: 'active', label: 'Active' }, { value: 'inactive', label: 'Inactive' }] },
    { name: 'address', label: 'Address', type: 'textarea', max: 1000 },
  ],
  columns: [
    { title: 'Name', cell: (c) => c.name },
    { title: 'Email', cell: (c) => c.email || '' },
    { title: 'Phone', cell: (c) => c.phone || '' },
    { title: 'Default rate', class: 'num', cell: (c) => c.default_hourly_rate || '' },
    { title: 'Projects', class: 'num', cell: (c) => `${c.active_projects} of ${c.total_projects}` },
    { title: 'Status', cell: (c) => c.status },
  ],
  toggle: { label: 'Show inactive clients', on: {}, off: { status: 'active' } },
  remove: {
    label: 'Archive',
    when: (c) => c.status === 'active',
    question: (c) => `Archive the client "${c.name}"? It becomes inactive; its projects and time stay.`,
    done: 'Client archived',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
