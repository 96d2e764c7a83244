// The fields an entry is added or edited with, and the request body they make. An end time at or
// before the start is on the next day (22:00 – 01:00); with no end, a duration gives it.

import { h, field, uid } from '../../ui.js';
import { projectTaskPicker, idOf } from '../time/data.js';
import { joinTime, plusDays, plusSeconds, parseDuration, dayOf, hhmm } from '../time/dates.js';

/**
 * The controls of one entry: date, start, end, duration (optional), project, task, notes, billable.
 * `entry` fills them for an edit; `defaults` ({date, projectId}) for a new one.
 */
export function entryFields(projects, { entry, defaults = {}, withDuration, withTasks }) {
  const date = h('input', { type: 'date', name: 'date', required: true, value: entry ? dayOf(entry.start_time) : defaults.date });
  const start = h('input', { type: 'time', name: 'start', required: true, value: entry ? hhmm(entry.start_time) : '' });
  const end = h('input', { type: 'time', name: 'end', required: Boolean(entry), value: entry ? hhmm(entry.end_time) : '' });
  const duration = withDuration ? h('input', { name: 'duration', inputmode: 'decimal', size: 6, autocomplete: 'off' }) : null;
  const notes = h('input', { name: 'notes', maxlength: 4000, autocomplete: 'off', value: entry ? entry.notes || '' : '' });
  const billable = h('input', { type: 'checkbox', id: uid('billable'), name: 'billable', checked: entry ? entry.billable : true });
  const picker = projectTaskPicker(projects, {
    projectId: entry ? entry.project_id : defaults.projectId,
    projectName: entry && entry.project,
    taskId: entry && entry.task_id,
    taskName: entry && entry.task,
    withTasks,
    // A new entry follows its project's billable setting until the person changes it.
    changed: (p) => { if (p && !entry) billable.checked = p.billable !== false; },
  });
  picker.project.required = true;

  const controls = [
    field('Date', date),
    field('Start', start),
    field('End', end),
    duration ? field('Duration', duration, 'e.g. 1:30 or 1.5') : null,
    field('Project', picker.project),
    field('Task', picker.task),
    grow(field('Notes', notes)),
    h('div', { class: 'field inline' }, billable, h('label', { for: billable.id }, 'Billable')),
  ];

  /** The body for POST, or the changed fields for PATCH; throws an Error a person can read. */
  function body() {
    if (!date.value || !start.value) throw new Error('Give the date and the start time.');
    const startTime = joinTime(date.value, start.value);
    let endTime;
    if (end.value) {
      endTime = joinTime(end.value > start.value ? date.value : plusDays(date.value, 1), end.value);
    } else {
      const seconds = duration ? parseDuration(duration.value) : null;
      if (duration && duration.value.trim() && !seconds) throw new Error('The duration is not one Stint reads: try 1:30, 1.5 or 90m.');
      if (!seconds) throw new Error('Give an end time or a duration.');
      endTime = plusSeconds(startTime, seconds);
    }
    if (!picker.project.value) throw new Error('Choose a project.');
    const all = {
      project_id: idOf(picker.project),
      task_id: idOf(picker.task),
      start_time: startTime,
      end_time: endTime,
      notes: notes.value.trim() || null,
      billable: billable.checked,
    };
    if (!entry) {
      Object.keys(all).forEach((k) => { if (all[k] === null) delete all[k]; });
      return all;
    }
    const changes = {};
    const before = { project_id: entry.project_id, task_id: entry.task_id, start_time: entry.start_time,
      end_time: entry.end_time, notes: entry.notes || null, billable: entry.billable };
    for (const [k, v] of Object.entries(all)) if (v !== before[k]) changes[k] = v;
    if ('project_id' in changes) changes.task_id = all.task_id;
    changes.if_updated_at = entry.updated_at;
    return changes;
  }

  return { controls, body, picker, date, start, end, duration, notes, billable };
}

function grow(el) {
  el.classList.add('grow');
  return el;
}
