// Timer: the running timer with a clock that ticks each second, Start / Pause / Resume / Stop as its
// state allows, and the last few project/task combinations with a one-click Restart.

import { api } from '../api.js';
import { h, replace, field, attempt, pageHeader, confirmAction, clock, localTime, table } from '../ui.js';
import { activeProjects, projectTaskPicker, idOf } from './time/data.js';
import { parseClock, dayOf } from './time/dates.js';

const RECENT = 5;
let ticker = null;

/** "Website / Design" — what an entry or timer is about. */
function about(e) {
  const what = e.project || e.client || 'No project';
  return e.task ? `${what} / ${e.task}` : what;
}

/** Repaints the clock each second from the server's worked time; stops when the page is left. */
function tick(timer, el) {
  clearInterval(ticker);
  const base = parseClock(timer.duration_formatted);
  const since = Date.now();
  const paused = timer.is_paused || Boolean(timer.paused_at);
  const paint = () => {
    el.textContent = clock(paused ? base : base + Math.floor((Date.now() - since) / 1000));
    // The tab shows the time too, for a glance from another tab.
    if (el.isConnected) document.title = `${el.textContent} · Timer · Stint`;
  };
  paint();
  if (paused) return;
  // The element is shown right after it is made; a tick that finds it gone means the page was left.
  ticker = setInterval(() => (el.isConnected ? paint() : clearInterval(ticker)), 1000);
}

function grow(el) {
  el.classList.add('grow');
  return el;
}

export async function render(view, ctx) {
  const state = h('div', { class: 'card timer-card', 'aria-labelledby': 'timer-state' });
  const stopped = h('div', { class: 'timer-stopped', 'aria-live': 'polite' });
  const recent = h('section', { class: 'timer-recent', 'aria-labelledby': 'recent-title' });
  const projects = ctx.caps.has('/projects') ? await activeProjects() : [];
  let current = null;

  async function refresh() {
    const status = await api.get('timer/status');
    current = status.active ? status.timer : null;
    replace(state, current ? running(current) : idle());
  }

  function running(timer) {
    const paused = timer.is_paused || Boolean(timer.paused_at);
    const face = h('div', { class: 'timer-clock', id: 'timer-clock', role: 'timer', 'aria-live': 'off',
      'aria-label': 'Elapsed time' });
    tick(timer, face);
    const act = (path, message) => async () => {
      if (await attempt(() => api.post(path), message)) await refresh();
    };
    return [
      h('h2', { id: 'timer-state' }, paused ? 'Timer paused' : 'Timer running'),
      face,
      h('p', { class: 'timer-what' }, h('strong', {}, about(timer)), timer.notes ? ` — ${timer.notes}` : ''),
      h('p', { class: 'hint' }, `Started ${localTime(timer.start_time)}`),
      h('div', { class: 'actions' },
        paused
          ? h('button', { type: 'button', class: 'primary', onclick: act('timer/resume', 'Timer resumed') }, 'Resume')
          : h('button', { type: 'button', onclick: act('timer/pause', 'Timer paused') }, 'Pause'),
        h('button', { type: 'button', class: 'danger', onclick: stop }, 'Stop')),
    ];
  }

  function idle() {
    clearInterval(ticker);
    document.title = 'Timer · Stint';
    if (!ctx.caps.has('/projects')) {
      return [h('h2', { id: 'timer-state' }, 'No timer running'),
        h('p', {}, 'Projects are not available right now, so a timer cannot be started here.')];
    }
    const picker = projectTaskPicker(projects, { withTasks: ctx.caps.has('/tasks') });
    picker.project.required = true;
    const notes = h('input', { name: 'notes', maxlength: 4000, autocomplete: 'off' });
    const form = h('form', { class: 'timer-start', 'aria-labelledby': 'timer-state' },
      h('h2', { id: 'timer-state' }, 'No timer running'),
      projects.length === 0 ? h('p', { class: 'empty' }, 'There are no active projects yet: create one under Projects.') : null,
      h('div', { class: 'row' },
        field('Project', picker.project),
        field('Task', picker.task),
        grow(field('Notes', notes))),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Start')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { project_id: idOf(picker.project) };
      if (picker.task.value) body.task_id = idOf(picker.task);
      if (notes.value.trim()) body.notes = notes.value.trim();
      if (await attempt(() => api.post('timer/start', body), 'Timer started')) {
        replace(stopped);
        await refresh();
      }
    });
    return form;
  }

  async function stop() {
    const answer = await attempt(() => api.post('timer/stop'), 'Timer stopped');
    if (!answer) return;
    const entry = answer.time_entry;
    replace(stopped, h('p', { class: 'card' },
      'Stopped: ', h('strong', {}, about(entry)), ` — ${entry.duration_formatted}. `,
      h('a', { href: `#/timesheet?view=day&date=${dayOf(entry.start_time)}` }, 'See it in the timesheet')));
    await refresh();
    await loadRecent();
  }

  async function restart(e) {
    if (current) {
      const ok = await confirmAction(`Stop the timer on ${about(current)} and start one on ${about(e)}?`, 'Stop and restart');
      if (!ok || !(await attempt(() => api.post('timer/stop')))) return;
    }
    const body = { project_id: e.project_id };
    if (e.task_id) body.task_id = e.task_id;
    if (e.notes) body.notes = e.notes;
    if (await attempt(() => api.post('timer/start', body), `Timer started on ${about(e)}`)) replace(stopped);
    await refresh();
    await loadRecent();
  }

  /** The newest entry of each of the last few distinct project/task combinations. */
  async function loadRecent() {
    if (!ctx.caps.has('/time-entries')) {
      replace(recent);
      return;
    }
    const data = await api.get('time-entries', { user_id: ctx.user.id, per_page: 50 });
    const seen = new Set();
    const combos = [];
    for (const e of data.time_entries || []) {
      const key = `${e.project_id}/${e.task_id || ''}`;
      if (!e.project_id || seen.has(key)) continue;
      seen.add(key);
      combos.push(e);
      if (combos.length === RECENT) break;
    }
    replace(recent, h('h2', { id: 'recent-title' }, 'Recent entries'), table({
      caption: 'Your last project and task combinations',
      stack: true,
      columns: [
        { title: 'Project', cell: (e) => e.project || '' },
        { title: 'Task', cell: (e) => e.task || '—' },
        { title: 'Notes', cell: (e) => e.notes || '' },
        { title: 'Last worked', cell: (e) => localTime(e.start_time) },
        { title: 'Duration', class: 'num', cell: (e) => e.duration_formatted },
        {
          title: 'Actions',
          cell: (e) => h('button', { type: 'button', 'aria-label': `Restart ${about(e)}`, onclick: () => restart(e) }, 'Restart'),
        },
      ],
      rows: combos,
      rowAttrs: (e) => ({ dataset: { entryId: e.id } }),
      empty: 'No entries yet: start a timer and stop it, and it shows up here.',
    }));
  }

  const onFocus = () => {
    if (!view.isConnected) window.removeEventListener('focus', onFocus);
    else attempt(refresh);
  };
  window.addEventListener('focus', onFocus);

  replace(view, pageHeader('Timer'), state, stopped, recent);
  await refresh();
  await attempt(loadRecent);
}
