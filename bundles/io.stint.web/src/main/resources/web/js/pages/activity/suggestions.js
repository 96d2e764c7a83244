// The AI helper's pending suggestions for the day's blocks, each accepted or rejected by a person.
// Shown only while the helper's routes are served.

import { api } from '../../api.js';
import { h, replace, attempt, table } from '../../ui.js';
import { hhmm } from './timeline.js';

/** A card listing the day's pending suggestions; `changed()` is called after an accept. */
export function suggestionsCard({ caps, day, blocks, label, changed }) {
  const card = h('section', { class: 'card suggestions', 'aria-labelledby': 'suggestions-title' });
  const byId = new Map(blocks.map((b) => [b.id, b]));

  async function decide(s, verb) {
    const done = await attempt(() => api.post(`ai/suggestions/${s.id}/${verb}`),
      verb === 'accept' ? 'Suggestion accepted' : 'Suggestion rejected');
    if (done === undefined) return;
    if (verb === 'accept') await changed();
    else await load();
  }

  async function run() {
    const result = await attempt(() => api.post('ai/suggestions/run', { date: day }));
    if (result === undefined) return;
    const made = result.suggestions.length;
    const refused = result.rejected.length;
    await load(`The assistant made ${made} suggestion${made === 1 ? '' : 's'}${refused ? `; ${refused} were not usable` : ''}.`);
  }

  async function load(message) {
    const data = await attempt(() => api.get('ai/suggestions', { date: day, status: 'pending' }));
    const title = h('h2', { id: 'suggestions-title' }, 'Assistant suggestions');
    const ask = caps.has('/ai/suggestions/run')
      ? h('button', { type: 'button', onclick: run }, 'Ask the assistant about this day') : null;
    if (!data) {
      replace(card, title, h('p', { class: 'error' }, 'The suggestions could not be read.'));
      return;
    }
    replace(card, title,
      message ? h('p', { role: 'status' }, message) : null,
      table({
        caption: 'Pending suggestions',
        columns: [
          { title: 'Block', cell: (s) => { const b = byId.get(s.block_id); return b ? `${hhmm(b.ts_start)}–${hhmm(b.ts_end)} ${b.primary_app_name || ''}` : `#${s.block_id}`; } },
          { title: 'Suggested profile', cell: (s) => label({ profile_id: s.profile_id }) },
          { title: 'Confidence', cell: (s) => s.confidence },
          { title: 'Reason', cell: (s) => s.reason || '' },
          {
            title: 'Decision',
            cell: (s) => h('div', { class: 'actions' },
              caps.has('/ai/suggestions/{id}/accept') ? h('button', { type: 'button', class: 'primary', 'aria-label': `Accept suggestion for block ${s.block_id}`, onclick: () => decide(s, 'accept') }, 'Accept') : null,
              caps.has('/ai/suggestions/{id}/reject') ? h('button', { type: 'button', 'aria-label': `Reject suggestion for block ${s.block_id}`, onclick: () => decide(s, 'reject') }, 'Reject') : null),
          },
        ],
        rows: data.suggestions,
        empty: 'No pending suggestions for this day.',
      }),
      ask);
  }

  load();
  return card;
}
