// A rules job (applying the rules to stored blocks) followed to its end with a <progress> bar.

import { api } from '../../api.js';
import { h, replace, errorText, uid } from '../../ui.js';

const POLL_MS = 400;

/** A region that shows one job at a time; `follow(job, title)` polls it until it is done. */
export function jobPanel() {
  const panel = h('div', { class: 'job', 'aria-live': 'polite' });
  let current = 0;

  function show(job, title) {
    const id = uid('job');
    const bar = h('progress', { id, max: 100, value: job.progress, class: 'progress', dataset: { state: job.state } });
    const counts = `${job.examined} of ${job.total} activities examined; ${job.changed} block${job.changed === 1 ? '' : 's'} changed`;
    replace(panel,
      h('label', { for: id }, `${title}: ${job.state === 'RUNNING' ? `${job.progress}%` : job.state.toLowerCase()}`),
      bar,
      h('p', { class: job.state === 'FAILED' ? 'error' : 'hint', id: 'job-result', dataset: { state: job.state } },
        job.state === 'FAILED' ? `${counts}. ${job.error || 'The run failed.'}` : `${counts}.`));
  }

  async function follow(job, title) {
    const mine = ++current;
    show(job, title);
    let last = job;
    while (last.state === 'RUNNING' && mine === current && panel.isConnected) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        last = (await api.get(`rules/jobs/${last.id}`)).job;
      } catch (err) {
        replace(panel, h('p', { class: 'error' }, `The run's progress could not be read: ${errorText(err)}`));
        return last;
      }
      if (mine === current) show(last, title);
    }
    return last;
  }

  return { element: panel, follow };
}
