// Tasks: list, create, edit (project, status, priority, due date), delete.

import { catalog } from './catalog/crud.js';

const STATUSES = ['todo', 'in_progress', 'review', 'done', 'cancelled'];
const LABELS = { todo: 'To do', in_progress: 'In progress', review: 'Review', done: 'Done', cancelled: 'Cancelled' };
const PRIORITIES = ['low', 'medium', 'high', 'urgent'];

const CONFIG = {
  title: 'Tasks',
  noun: 'task',
  path: 'tasks',
  sources: { projects: { path: 'projects', query: { status: 'all' } } },
  fields: [
    { name: 'name', label: 'Name', required: true, max: 200 },
    { name: 'project_id', label: 'Project', type: 'select', source: 'projects', required: true,
      optionLabel: (p) => (p.client ? `${p.name} (${p.client})` : p.name) },
    { name: 'status', label: 'Status', type: 'select', required: true, default: 'todo',
      options: STATUSES.map((s) => ({ value: s, label: LABELS[s] })) },
    { name: 'priority', label: 'Priority', type: 'select', required: true, default: 'medium',
      options: PRIORITIES.map((p) => ({ value: p, label: p.charAt(0).toUpperCase() + p.slice(1) })) },
    { name: 'due_date', label: 'Due date', type: 'date' },
    { name: 'estimated_hours', label: 'Estimated hours', type: 'decimal' },
    { name: 'description', label: 'Description', type: 'textarea', max: 4000 },
  ],
  columns: [
    { title: 'Name', cell: (t) => t.name },
    { title: 'Project', cell: (t, l) => (l.projects.get(t.project_id) || { name: `#${t.project_id}` }).name },
    { title: 'Status', cell: (t) => LABELS[t.status] || t.status },
    { title: 'Priority', cell: (t) => t.priority },
    { title: 'Due', cell: (t) => t.due_date || '' },
    { title: 'Hours', class: 'num', cell: (t) => String(t.total_hours ?? 0) },
  ],
  remove: {
    label: 'Delete',
    question: (t) => `Delete the task "${t.name}"?`,
    done: 'Task deleted',
  },
};

export function render(view, ctx) {
  return catalog(view, ctx, CONFIG);
}
