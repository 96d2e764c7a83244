// What the time pages read from the API: whole lists (page by page), the signed-in user's entries of
// a period, and the project → task pickers they share.

import { api } from '../../api.js';
import { h, select, attempt } from '../../ui.js';

/** The API's largest page. */
export const PER_PAGE = 100;

/** Every item of a list route, following its pagination to the end. */
export async function listAll(path, key, query = {}) {
  const items = [];
  for (let page = 1; page <= 500; page += 1) {
    const data = await api.get(path, { ...query, page, per_page: PER_PAGE });
    items.push(...(data[key] || []));
    if (!data.pagination || !data.pagination.has_next) break;
  }
  return items;
}

/**
 * The signed-in user's finished entries that start on a day from `from` to `to` (both included),
 * newest first; `filters` adds the list's own query parameters (project_id, billable).
 */
export function entriesOf(user, from, to, filters = {}) {
  return listAll('time-entries', 'time_entries', { user_id: user.id, start_date: from, end_date: to, ...filters });
}

/** The active projects people book time on, by name. */
export async function activeProjects() {
  const projects = await listAll('projects', 'projects', { status: 'active' });
  return projects.sort((a, b) => a.name.localeCompare(b.name));
}

/** A project as a person picks it: its name, and its client's in brackets. */
export function projectLabel(p) {
  return p.client ? `${p.name} (${p.client})` : p.name;
}

/** Adds an option for a value the list lacks (an archived project an entry still uses). */
export function ensureOption(el, value, label) {
  if (value === null || value === undefined || value === '') return;
  if (![...el.options].some((o) => o.value === String(value))) el.append(h('option', { value: String(value) }, label));
}

/**
 * A project <select> and a task <select> that lists the chosen project's open tasks.
 * `ready` settles when the first task list is in; `changed` runs after each project change.
 */
export function projectTaskPicker(projects, { projectId, projectName, taskId, taskName, withTasks = true,
  emptyProject = 'Choose a project', changed } = {}) {
  const project = select(projects.map((p) => ({ value: p.id, label: projectLabel(p) })),
    { empty: emptyProject, name: 'project_id' });
  ensureOption(project, projectId, projectName || `Project ${projectId}`);
  if (projectId) project.value = String(projectId);
  const task = h('select', { name: 'task_id' });
  const generation = { n: 0 };

  async function loadTasks(selected, selectedName) {
    generation.n += 1;
    const mine = generation.n;
    task.replaceChildren(h('option', { value: '' }, 'No task'));
    // The chosen task is there at once, so a form sent before the list is in keeps it.
    ensureOption(task, selected, selectedName || `Task ${selected}`);
    if (selected) task.value = String(selected);
    task.disabled = !project.value || !withTasks;
    if (task.disabled) return;
    const tasks = await attempt(() => listAll('tasks', 'tasks', { project_id: project.value }));
    if (mine !== generation.n) return;
    const chosen = task.value;
    task.replaceChildren(h('option', { value: '' }, 'No task'));
    for (const t of tasks || []) {
      if ((t.status === 'done' || t.status === 'cancelled') && String(t.id) !== chosen) continue;
      task.append(h('option', { value: String(t.id) }, t.name));
    }
    ensureOption(task, selected, selectedName || `Task ${selected}`);
    task.value = chosen;
    task.dataset.loaded = project.value;
  }

  project.addEventListener('change', () => {
    if (changed) changed(projects.find((p) => String(p.id) === project.value) || null);
    loadTasks();
  });
  const ready = loadTasks(taskId, taskName);
  return { project, task, ready };
}

/** A select's value as an id, or null when nothing is chosen. */
export function idOf(el) {
  return el.value ? Number(el.value) : null;
}
