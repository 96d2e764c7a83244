// Timesheet: a day or a week of the signed-in user's entries (view and date live in the URL),
// filtered by project, client and billable; entries are added, edited inline and deleted here, with
// totals per day and per project.

import { api } from '../api.js';
import { h, replace, field, select, attempt, errorText, notify, pageHeader } from '../ui.js';
import { listAll, entriesOf, projectLabel } from './time/data.js';
import { todayIn, isDate, plusDays, weekStart, dateRange, longDate } from './time/dates.js';
import { entryFields } from './timesheet/form.js';
import { entriesTable, projectTotals } from './timesheet/table.js';

/** The period the URL asks for: {view, date, from, to, days}. */
function periodOf(params, user) {
  const view = params.get('view') === 'day' ? 'day' : 'week';
  const date = isDate(params.get('date')) ? params.get('date') : todayIn(user.timezone);
  const from = view === 'day' ? date : weekStart(date);
  const to = view === 'day' ? date : plusDays(from, 6);
  return { view, date, from, to, days: dateRange(from, to) };
}

export async function render(view, ctx) {
  const period = periodOf(ctx.params, ctx.user);
  const filters = {
    project: ctx.params.get('project') || '',
    client: ctx.params.get('client') || '',
    billable: ['true', 'false'].includes(ctx.params.get('billable')) ? ctx.params.get('billable') : '',
  };
  const withTasks = ctx.caps.has('/tasks');
  const [projects, clients] = await Promise.all([
    ctx.caps.has('/projects') ? listAll('projects', 'projects', { status: 'all' }) : [],
    ctx.caps.has('/clients') ? listAll('clients', 'clients') : [],
  ]);
  projects.sort((a, b) => a.name.localeCompare(b.name));
  const active = projects.filter((p) => p.status === 'active');

  /** Goes to the same page with some URL parameters changed (empty ones dropped). */
  const go = (changes) => {
    const next = { view: period.view, date: period.date, ...filters, ...changes };
    Object.keys(next).forEach((k) => { if (!next[k]) delete next[k]; });
    ctx.navigate('timesheet', next);
  };
  const step = period.view === 'day' ? 1 : 7;
  const toggle = (mode, label) => h('button', { type: 'button', 'aria-pressed': String(period.view === mode),
    onclick: () => go({ view: mode }) }, label);
  const header = pageHeader('Timesheet',
    h('div', { class: 'segmented', role: 'group', 'aria-label': 'View' }, toggle('day', 'Day'), toggle('week', 'Week')),
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Period' },
      h('button', { type: 'button', 'aria-label': `Previous ${period.view}`, onclick: () => go({ date: plusDays(period.date, -step) }) }, '‹ Previous'),
      h('button', { type: 'button', onclick: () => go({ date: todayIn(ctx.user.timezone) }) }, 'Today'),
      h('button', { type: 'button', 'aria-label': `Next ${period.view}`, onclick: () => go({ date: plusDays(period.date, step) }) }, 'Next ›')));
  const title = h('h2', { id: 'timesheet-period', class: 'period-title' }, period.view === 'day'
    ? longDate(period.date) : `${longDate(period.from)} – ${longDate(period.to)}`);

  const jump = h('input', { type: 'date', name: 'date', value: period.date });
  const projectFilter = select(projects.map((p) => ({ value: p.id, label: projectLabel(p) })), { empty: 'All projects', value: filters.project });
  const clientFilter = select(clients.map((c) => ({ value: c.id, label: c.name })), { empty: 'All clients', value: filters.client });
  const billableFilter = select([{ value: 'true', label: 'Billable only' }, { value: 'false', label: 'Non-billable only' }],
    { empty: 'Billable or not', value: filters.billable });
  // Applied with the button, not on each change: a keyboard user stepping through a list or typing
  // a date is not sent elsewhere halfway.
  const filterBar = h('form', { class: 'row filters', 'aria-label': 'Date and filters' },
    field('Go to date', jump),
    field('Project filter', projectFilter),
    clients.length ? field('Client filter', clientFilter) : null,
    field('Billable filter', billableFilter),
    h('button', { type: 'submit' }, 'Apply'));
  filterBar.addEventListener('submit', (event) => {
    event.preventDefault();
    go({ date: isDate(jump.value) ? jump.value : period.date, project: projectFilter.value, client: clientFilter.value,
      billable: billableFilter.value });
  });

  const tableBox = h('div');
  const totalsBox = h('section', { 'aria-label': 'Totals per project' });

  /** Reloads the entries; `focus` names an entry whose Edit button gets the focus (null: the table). */
  async function load(focus) {
    const query = {};
    if (filters.project) query.project_id = filters.project;
    if (filters.billable) query.billable = filters.billable;
    let entries = await entriesOf(ctx.user, period.from, period.to, query);
    if (filters.client) {
      const ofClient = new Set(projects.filter((p) => String(p.client_id) === filters.client).map((p) => p.id));
      entries = entries.filter((e) => String(e.client_id) === filters.client || ofClient.has(e.project_id));
    }
    replace(tableBox, entriesTable(entries, period, { projects: active, withTasks, changed: (id) => attempt(() => load(id)) }));
    replace(totalsBox, projectTotals(entries));
    if (focus !== undefined) {
      (tableBox.querySelector(`tr[data-entry-id="${focus}"] button`) || tableBox.querySelector('table')).focus();
    }
  }

  /** A running timer is not in the list until it stops: say so, with the way to it. */
  async function runningNote() {
    if (!ctx.caps.has('/timer/status')) return null;
    const status = await api.get('timer/status');
    if (!status.active) return null;
    const t = status.timer;
    return h('p', { class: 'card running-note' }, 'A timer is running on ', h('strong', {}, t.project || t.client || 'an entry'),
      ` since ${t.start_time.replace('T', ' ').slice(0, 16)}; it shows here once it stops. `, h('a', { href: '#/timer' }, 'Open the timer'));
  }

  const note = await attempt(runningNote);
  replace(view, header, title, filterBar, note, addForm(), tableBox, totalsBox);
  await load();

  function addForm() {
    if (!ctx.caps.has('/projects')) return null;
    const inPeriod = period.days.includes(todayIn(ctx.user.timezone));
    const date = period.view === 'day' || !inPeriod ? period.from : todayIn(ctx.user.timezone);
    const f = entryFields(active, { defaults: { date, projectId: filters.project || undefined }, withDuration: true, withTasks });
    const error = h('p', { class: 'error', role: 'alert', id: 'add-entry-error' });
    // Open on a wide screen; on a phone it waits behind its heading, so the entries come first.
    const wide = !window.matchMedia || !window.matchMedia('(max-width: 720px)').matches;
    const form = h('form', { class: 'card add-entry', 'aria-labelledby': 'add-entry-title' },
      h('details', { open: wide },
        h('summary', {}, h('h2', { id: 'add-entry-title' }, 'Add an entry')),
        h('div', { class: 'row' }, f.controls, h('button', { type: 'submit', class: 'primary' }, 'Add entry')),
        error));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      let body;
      try {
        body = f.body();
        await api.post('time-entries', body);
      } catch (err) {
        error.textContent = errorText(err);
        return;
      }
      notify('Entry added', 'success');
      // The next entry most often starts where this one ended.
      f.start.value = body.end_time.slice(11, 16);
      f.end.value = '';
      f.duration.value = '';
      f.notes.value = '';
      f.start.focus();
      await attempt(load);
    });
    return form;
  }
}
