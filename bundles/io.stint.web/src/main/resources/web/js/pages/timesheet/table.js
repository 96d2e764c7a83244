// The period's entries as one table: in the week view a row per day with its total, each entry with
// Edit (the row turns into inputs: Save / Cancel) and Delete (after a confirmation), and the
// period's total in the footer.

import { api } from '../../api.js';
import { h, attempt, errorText, notify, confirmAction } from '../../ui.js';
import { entryFields } from './form.js';
import { dayOf, hhmm, hm, shortDate, longDate } from '../time/dates.js';

const COLUMNS = ['Start', 'End', 'Duration', 'Project', 'Task', 'Notes', 'Billable', 'Actions'];

function sum(entries) {
  return entries.reduce((total, e) => total + (e.duration_seconds || 0), 0);
}

/** An end on another day than the start shows its date too. */
function endText(e) {
  if (!e.end_time) return '';
  return dayOf(e.end_time) === dayOf(e.start_time) ? hhmm(e.end_time) : `${shortDate(dayOf(e.end_time))} ${hhmm(e.end_time)}`;
}

/**
 * The table. `period` = {view, days: [dates]}; `projects` for the edit pickers; `changed(id)` reloads
 * the page's data after a save (of entry `id`) or a delete (no id), and puts the focus back.
 */
export function entriesTable(entries, period, { projects, withTasks, changed }) {
  const sorted = [...entries].sort((a, b) => a.start_time.localeCompare(b.start_time));
  const body = h('tbody');

  function entryRow(e) {
    const row = h('tr', { dataset: { entryId: e.id } },
      h('td', { 'data-label': 'Start' }, hhmm(e.start_time)),
      h('td', { 'data-label': 'End' }, endText(e)),
      h('td', { class: 'num', 'data-label': 'Duration' }, hm(e.duration_seconds)),
      h('td', { 'data-label': 'Project' }, e.project || e.client || '—'),
      h('td', { 'data-label': 'Task' }, e.task || '—'),
      h('td', { class: 'notes', 'data-label': 'Notes' }, e.notes || ''),
      h('td', { 'data-label': 'Billable' }, e.billable ? 'Yes' : 'No'),
      h('td', { 'data-label': 'Actions' }, h('div', { class: 'row-actions' },
        h('button', { type: 'button', 'aria-label': `Edit entry ${hhmm(e.start_time)} ${e.project || ''}`.trim(),
          onclick: () => row.replaceWith(editRow(e, row)) }, 'Edit'),
        h('button', { type: 'button', class: 'danger', 'aria-label': `Delete entry ${hhmm(e.start_time)} ${e.project || ''}`.trim(),
          onclick: () => remove(e) }, 'Delete'))));
    return row;
  }

  function editRow(e, original) {
    const f = entryFields(projects, { entry: e, withTasks });
    const error = h('p', { class: 'error', role: 'alert' });
    const cancel = () => { row.replaceWith(original); original.querySelector('button').focus(); };
    const form = h('form', { class: 'row entry-edit', 'aria-label': `Edit entry of ${longDate(dayOf(e.start_time))}` },
      f.controls,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, 'Save'),
        h('button', { type: 'button', onclick: cancel }, 'Cancel')),
      error);
    form.addEventListener('keydown', (event) => { if (event.key === 'Escape') cancel(); });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      let changes;
      try {
        changes = f.body();
      } catch (err) {
        error.textContent = err.message;
        return;
      }
      try {
        await api.patch(`time-entries/${e.id}`, changes);
      } catch (err) {
        error.textContent = errorText(err);
        return;
      }
      notify('Entry saved', 'success');
      await changed(e.id);
    });
    const row = h('tr', { class: 'editing', dataset: { entryId: e.id } },
      h('td', { colspan: COLUMNS.length }, form));
    queueMicrotask(() => f.start.focus());
    return row;
  }

  async function remove(e) {
    const what = `${longDate(dayOf(e.start_time))} ${hhmm(e.start_time)}–${hhmm(e.end_time)}, ${e.project || e.client || ''}`;
    if (!(await confirmAction(`Delete the entry of ${what}?`, 'Delete'))) return;
    if (await attempt(() => api.del(`time-entries/${e.id}`), 'Entry deleted')) await changed(null);
  }

  if (period.view === 'week') {
    for (const day of period.days) {
      const own = sorted.filter((e) => dayOf(e.start_time) === day);
      body.append(h('tr', { class: 'day-row', dataset: { day } },
        h('th', { scope: 'rowgroup', colspan: 2 },
          h('a', { href: `#/timesheet?view=day&date=${day}` }, shortDate(day))),
        h('td', { class: 'num', 'data-label': `Total ${shortDate(day)}`, dataset: { dayTotal: day } }, hm(sum(own))),
        h('td', { colspan: COLUMNS.length - 3 })));
      own.forEach((e) => body.append(entryRow(e)));
    }
  } else {
    sorted.forEach((e) => body.append(entryRow(e)));
    if (sorted.length === 0) {
      body.append(h('tr', {}, h('td', { colspan: COLUMNS.length, class: 'empty' }, 'No entries on this day.')));
    }
  }

  return h('div', { class: 'table-wrap' },
    h('table', { class: 'stack timesheet', id: 'timesheet-entries', tabindex: '-1' },
      h('caption', {}, period.view === 'week' ? 'Entries of the week' : `Entries of ${longDate(period.days[0])}`),
      h('thead', {}, h('tr', {}, COLUMNS.map((c) => h('th', { scope: 'col', class: c === 'Duration' ? 'num' : null }, c)))),
      body,
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row', colspan: 2 }, period.view === 'week' ? 'Week total' : 'Day total'),
        h('td', { class: 'num', id: 'timesheet-total', 'data-label': 'Total' }, hm(sum(sorted))),
        h('td', { colspan: COLUMNS.length - 3 }, `${sorted.length} ${sorted.length === 1 ? 'entry' : 'entries'}`)))));
}

/** Hours per project for the period, with its total. */
export function projectTotals(entries) {
  const groups = new Map();
  for (const e of entries) {
    const name = e.project || (e.client ? `${e.client} (no project)` : 'No project');
    const g = groups.get(name) || { name, count: 0, seconds: 0, billable: 0 };
    g.count += 1;
    g.seconds += e.duration_seconds || 0;
    if (e.billable) g.billable += e.duration_seconds || 0;
    groups.set(name, g);
  }
  const rows = [...groups.values()].sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
  if (rows.length === 0) return h('p', { class: 'empty' }, 'No time in this period.');
  const cell = (label, value, cls) => h('td', { class: cls, 'data-label': label }, value);
  return h('div', { class: 'table-wrap' },
    h('table', { class: 'stack compact', id: 'timesheet-projects' },
      h('caption', {}, 'Hours per project'),
      h('thead', {}, h('tr', {}, ['Project', 'Entries', 'Hours', 'Billable'].map((c, i) =>
        h('th', { scope: 'col', class: i > 0 ? 'num' : null }, c)))),
      h('tbody', {}, rows.map((g) => h('tr', {},
        h('th', { scope: 'row', 'data-label': 'Project' }, g.name),
        cell('Entries', g.count, 'num'),
        cell('Hours', hm(g.seconds), 'num'),
        cell('Billable', hm(g.billable), 'num')))),
      h('tfoot', {}, h('tr', {},
        h('th', { scope: 'row' }, 'Total'),
        cell('Entries', entries.length, 'num'),
        cell('Hours', hm(sum(entries)), 'num'),
        cell('Billable', hm(sum(entries.filter((e) => e.billable))), 'num')))));
}
