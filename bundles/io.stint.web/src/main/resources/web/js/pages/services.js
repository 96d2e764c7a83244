// Services (the kinds of work billed: development, consulting…): list, create, edit, deactivate.

import { catalog } from './catalog/crud.js';

const CONFIG = {
  title: 'Services',
  noun: 'service',
  path: 'services',
  intro: 'The kinds of work you bill for. A billing profile joins a client, a service and a rate.',
  fields: [
    { name: 'name', label: 'Name', required: true, max: 200 },
    { name: 'is_active', label: 'Active', type: 'checkbox', default: true, editOnly: true },
  ],
  columns: [
    { title: 'Name', cell: (s) => s.name },
    { title: 'Active', cell: (s) => (s.is_active ? 'Yes' : 'No') },
  ],
  toggle: { label: 'Show inactive services', on: { active_only: 'false' }, off: {} },
  remove: {
    label: 'Deactivate',
    when: (s) => s.is_active,
    question: (s) => `Deactivate the service "${s.name}"? Profiles that use it keep it.`,
    done: 'Service deactivated',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
