// Assignment rules: the list in the order they run (priority, highest first), create and edit
// with a preview of what would change, reorder, enable/disable, delete, and re-running them over
// the stored history with its progress.

import { api } from '../api.js';
import { h, replace, table, attempt, pageHeader, confirmAction } from '../ui.js';
import { loadProfiles, profileLabel } from './activity/profiles.js';
import { ruleForm } from './rules/form.js';
import { jobPanel } from './rules/job.js';

export async function render(view, ctx) {
  const [profiles, services] = await Promise.all([
    loadProfiles(),
    ctx.caps.has('/services') ? api.get('services', { per_page: 100 }).then((d) => d.services) : Promise.resolve([]),
  ]);
  let rules = [];
  const listBox = h('div', { 'aria-live': 'polite' });
  const job = jobPanel();

  async function saved(answer) {
    await reload();
    if (answer && answer.job) await job.follow(answer.job, 'Applying the change to stored blocks');
  }

  const form = ruleForm({ profiles, services, saved });

  function target(r) {
    const p = profiles.find((x) => x.id === r.target_profile_id);
    return p ? profileLabel(p) : (r.profile_name || r.client_name || `Profile ${r.target_profile_id}`);
  }

  /** Moves rule `index` one place (-1 up, +1 down) by exchanging priorities with its neighbour. */
  async function move(index, step) {
    const a = rules[index];
    const b = rules[index + step];
    if (!b) return;
    let last;
    if (a.priority !== b.priority) {
      await attempt(async () => {
        await api.patch(`rules/${a.id}`, { priority: b.priority });
        last = await api.patch(`rules/${b.id}`, { priority: a.priority });
      }, `Moved “${a.name}” ${step < 0 ? 'up' : 'down'}`);
    } else {
      // equal priorities run by age: lift (or lower) this one past its neighbour
      last = await attempt(() => api.patch(`rules/${a.id}`, { priority: a.priority - step }),
        `Moved “${a.name}” ${step < 0 ? 'up' : 'down'}`);
    }
    await saved(last);
  }

  async function setEnabled(r, on) {
    const answer = await attempt(() => api.patch(`rules/${r.id}`, { enabled: on }), `Rule “${r.name}” ${on ? 'enabled' : 'disabled'}`);
    if (answer) await saved(answer);
  }

  async function remove(r) {
    if (!(await confirmAction(`Delete the rule “${r.name}”? Blocks it assigned are assigned again by the other rules.`, 'Delete'))) return;
    const answer = await attempt(() => api.del(`rules/${r.id}`), 'Rule deleted');
    if (answer) await saved(answer);
  }

  async function reload() {
    const data = await api.get('rules', { enabled: 'false', per_page: 100 });
    rules = data.rules;
    replace(listBox, table({
      caption: 'Rules, in the order they are tried',
      stack: true,
      empty: 'No rules yet: blocks stay unassigned until a person or a rule assigns them.',
      rowAttrs: (r) => ({ 'data-rule-id': String(r.id), class: r.enabled ? null : 'disabled' }),
      columns: [
        { title: 'Priority', class: 'num', cell: (r) => String(r.priority) },
        { title: 'Name', cell: (r) => r.name },
        { title: 'Match', cell: (r) => [h('span', { class: 'badge' }, r.match_type), ' ', h('code', {}, r.match_value)] },
        { title: 'Profile', cell: (r) => target(r) },
        { title: 'Service', cell: (r) => r.service_name || '' },
        { title: 'Boost', class: 'num', cell: (r) => String(r.confidence_boost) },
        {
          title: 'Enabled',
          cell: (r) => h('button', {
            type: 'button',
            'aria-pressed': String(r.enabled),
            'aria-label': `${r.enabled ? 'Disable' : 'Enable'} rule ${r.name}`,
            onclick: () => setEnabled(r, !r.enabled),
          }, r.enabled ? 'On' : 'Off'),
        },
        {
          title: 'Actions',
          cell: (r) => {
            const i = rules.indexOf(r);
            return h('div', { class: 'actions' },
              h('button', { type: 'button', 'aria-label': `Move ${r.name} up`, disabled: i === 0, onclick: () => move(i, -1) }, '▲'),
              h('button', { type: 'button', 'aria-label': `Move ${r.name} down`, disabled: i === rules.length - 1, onclick: () => move(i, 1) }, '▼'),
              h('button', { type: 'button', 'aria-label': `Edit rule ${r.name}`, onclick: () => form.edit(r) }, 'Edit'),
              h('button', { type: 'button', class: 'danger', 'aria-label': `Delete rule ${r.name}`, onclick: () => remove(r) }, 'Delete'));
          },
        },
      ],
      rows: rules,
    }));
    const top = rules.reduce((m, r) => Math.max(m, r.priority), 0);
    form.suggest(rules.length ? top + 10 : 10);
  }

  const rerun = h('section', { class: 'card', 'aria-labelledby': 'rerun-title' },
    h('h2', { id: 'rerun-title' }, 'Re-run on history'),
    h('p', { class: 'hint' }, 'Applies the enabled rules to every stored block again, e.g. after the rules module was stopped. '
      + 'Locked blocks and blocks a person assigned keep their profile.'),
    ctx.caps.has('/rules/apply') ? h('button', {
      type: 'button',
      class: 'primary',
      onclick: async () => {
        const answer = await attempt(() => api.post('rules/apply'));
        if (answer) {
          const done = await job.follow(answer.job, 'Re-running the rules');
          if (done.state === 'DONE') await reload();
        }
      },
    }, 'Re-run on history') : h('p', {}, 'Re-running is not available right now.'),
    job.element);

  if (profiles.length === 0) {
    replace(view, pageHeader('Rules'), h('p', { class: 'empty' },
      'Rules assign blocks to billing profiles: create a profile first (Catalog › Profiles).'), listBox);
  } else {
    replace(view, pageHeader('Rules'), listBox, rerun, form.element);
  }
  await reload();
}
