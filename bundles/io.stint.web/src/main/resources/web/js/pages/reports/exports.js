// Export buttons: one per exporter the server runs now (GET /exports), each running its export for
// the report's period and saving the file. A streamed answer is the file; a job (202) is polled
// until it is done, then its file is fetched.

import { api, download } from '../../api.js';
import { h, replace, notify, errorText } from '../../ui.js';

// Polls back off to every 2 s: a long export must not eat the API's per-minute request budget.
const POLL_FIRST_MS = 300;
const POLL_MAX_MS = 2000;
const GIVE_UP_MS = 10 * 60 * 1000;
const FILE = { Accept: '*/*' };

const sleep = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

/** The exporter's parameters this report can fill: the period's days and the signed-in user. */
function parameters(exporter, period, user) {
  const body = { delivery: 'auto' };
  for (const p of exporter.parameters || []) {
    if (p.name === 'start_date') body.start_date = period.from;
    else if (p.name === 'end_date') body.end_date = period.to;
    else if (p.name === 'user_id') body.user_id = user.id;
  }
  return body;
}

async function finished(job, status) {
  const deadline = Date.now() + GIVE_UP_MS;
  for (let wait = POLL_FIRST_MS; ; wait = Math.min(POLL_MAX_MS, wait * 2)) {
    await sleep(wait);
    const { job: now } = await api.get(`exports/jobs/${job.id}`);
    if (now.state === 'done') return now;
    if (now.state === 'failed' || now.state === 'cancelled') throw new Error(now.error || `The export was ${now.state}.`);
    status.textContent = now.progress_percent === null ? 'Exporting…' : `Exporting… ${now.progress_percent}%`;
    if (Date.now() > deadline) throw new Error('The export is taking too long; try a shorter period.');
  }
}

async function run(exporter, period, user, button, status) {
  button.disabled = true;
  status.textContent = 'Exporting…';
  try {
    let file = await api.raw('POST', `exports/${encodeURIComponent(exporter.id)}`, { body: parameters(exporter, period, user), headers: FILE });
    if (file.status === 202) {
      const { job } = await file.json();
      await finished(job, status);
      file = await api.raw('GET', `exports/jobs/${encodeURIComponent(job.id)}/file`, { headers: FILE });
    }
    const name = await download(file, `${exporter.id}-${period.from}-${period.to}.${exporter.extension}`);
    status.textContent = `Saved ${name}`;
    notify(`Downloaded ${name}`, 'success');
  } catch (err) {
    status.textContent = '';
    notify(`${exporter.title}: ${errorText(err)}`, 'error');
  } finally {
    button.disabled = false;
  }
}

/** Fills `box` with the exporters' buttons, or empties it when exports are not installed. */
export async function exportButtons(box, ctx, period) {
  box.hidden = !ctx.caps.has('/exports');
  if (box.hidden) {
    replace(box);
    return;
  }
  const { exporters } = await api.get('exports');
  const status = h('p', { class: 'hint', role: 'status', id: 'export-status' });
  replace(box, h('h2', { id: 'report-exports-title' }, 'Export this period'),
    exporters.length === 0 ? h('p', { class: 'empty' }, 'No exporter is running right now.') : h('div', { class: 'actions' },
      exporters.map((e) => {
        const button = h('button', { type: 'button', dataset: { exporter: e.id } }, `Export ${e.title}`);
        button.addEventListener('click', () => run(e, period, ctx.user, button, status));
        return button;
      })),
    status);
}
