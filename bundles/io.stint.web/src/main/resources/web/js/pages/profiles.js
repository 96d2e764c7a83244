// Billing profiles: a client (and optionally one of its projects), a service and a rate; list,
// create, edit, delete.

import { catalog, money } from './catalog/crud.js';

/** A profile's name, or its client and service when it has none. */
const profileLabel = (p) => p.name || `${p.client_name} — ${p.service_name}`;

const CONFIG = {
  title: 'Profiles',
  noun: 'profile',
  path: 'profiles',
  intro: 'A billing profile says what time for a client (or one of its projects) is billed as: a service at a rate.',
  sources: {
    clients: { path: 'clients', query: { status: 'active' } },
    projects: { path: 'projects', query: {} },
    services: { path: 'services', query: {} },
    rates: { path: 'rates', query: {} },
  },
  fields: [
    { name: 'name', label: 'Name', max: 200, hint: 'Optional; the client and service name it otherwise.' },
    { name: 'client_id', label: 'Client', type: 'select', source: 'clients', required: true, currentLabel: (p) => p.client_name },
    { name: 'project_id', label: 'Project', type: 'select', source: 'projects', empty: 'All of the client\'s projects',
      currentLabel: (p) => p.project_name, dependsOn: 'client_id', matches: (project, clientId) => String(project.client_id) === clientId },
    { name: 'service_id', label: 'Service', type: 'select', source: 'services', required: true, currentLabel: (p) => p.service_name },
    { name: 'rate_id', label: 'Rate', type: 'select', source: 'rates', required: true,
      optionLabel: (r) => `${r.name} — ${money(r.hourly_amount, r.currency)}`, currentLabel: (p) => p.rate_name },
  ],
  columns: [
    { title: 'Name', cell: (p) => p.name || '' },
    { title: 'Client', cell: (p) => p.client_name || '' },
    { title: 'Project', cell: (p) => p.project_name || 'All' },
    { title: 'Service', cell: (p) => p.service_name || '' },
    { title: 'Rate', class: 'num', cell: (p) => `${p.rate_name} — ${money(p.rate_amount, p.currency)}` },
  ],
  sort: false,
  label: profileLabel,
  remove: {
    label: 'Delete',
    question: (p) => `Delete the profile "${profileLabel(p)}"?`,
    done: 'Profile deleted',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
