// The capture state (ACTIVE, PAUSED, STOPPED) with the buttons that change it.

import { api } from '../../api.js';
import { h, replace, attempt, localTime } from '../../ui.js';

const ACTIONS = [
  { path: 'start', label: 'Start', when: ['STOPPED'] },
  { path: 'pause', label: 'Pause', when: ['ACTIVE'] },
  { path: 'resume', label: 'Resume', when: ['PAUSED'] },
  { path: 'stop', label: 'Stop', when: ['ACTIVE', 'PAUSED'] },
];

/** A card that loads the tracking status and keeps itself current after each button. */
export function trackingCard(caps) {
  const card = h('section', { class: 'card tracking', 'aria-labelledby': 'tracking-title' });

  function show(status) {
    const window_ = status.current_window;
    const sources = (status.sources || []).map((s) => `${s.id}${s.available ? '' : ' (unavailable)'}`);
    replace(card,
      h('h2', { id: 'tracking-title' }, 'Tracking'),
      h('p', {}, 'State: ', h('strong', { id: 'tracking-state', class: `state-${status.state.toLowerCase()}` }, status.state),
        status.last_active_at ? ` · last active ${localTime(status.last_active_at)}` : ''),
      window_ ? h('p', { class: 'hint' }, `Now: ${[window_.app_name, window_.title].filter(Boolean).join(' — ')}`) : null,
      sources.length ? h('p', { class: 'hint' }, `Sources: ${sources.join(', ')}`) : null,
      h('div', { class: 'actions' }, ACTIONS.filter((a) => caps.has(`/tracking/${a.path}`)).map((a) => h('button', {
        type: 'button',
        class: a.path === 'start' || a.path === 'resume' ? 'primary' : null,
        disabled: !a.when.includes(status.state),
        onclick: async () => {
          const next = await attempt(() => api.post(`tracking/${a.path}`), `Tracking: ${a.label.toLowerCase()}`);
          if (next) show(next);
        },
      }, a.label))));
  }

  async function load() {
    replace(card, h('h2', { id: 'tracking-title' }, 'Tracking'), h('p', { class: 'loading' }, 'Loading…'));
    const status = await attempt(() => api.get('tracking/status'));
    if (status) show(status);
    else replace(card, h('h2', { id: 'tracking-title' }, 'Tracking'), h('p', { class: 'error' }, 'The tracking state could not be read.'));
  }

  load();
  return card;
}
