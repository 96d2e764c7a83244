// The AI helper: which provider answers, a chat, and the actions an answer proposes, each run only
// when the person confirms it.

import { api } from '../api.js';
import { h, replace, field, attempt, pageHeader, errorText } from '../ui.js';

const MAX_HISTORY = 20;

/** What a confirmed action did, from the confirm route's {success, action, result}. */
function describeResult(answer) {
  const r = (answer && answer.result) || {};
  if (r.timer) return `Timer started${r.timer.project_name ? ` on ${r.timer.project_name}` : ''} at ${(r.timer.start_time || '').slice(11, 16)}.`;
  if (r.time_entry) return `Time entry saved: ${(r.time_entry.start_time || '').replace('T', ' ').slice(0, 16)}–${(r.time_entry.end_time || '').slice(11, 16)}${r.time_entry.project_name ? ` on ${r.time_entry.project_name}` : ''}.`;
  if (r.block) return `Block ${r.block.id} assigned.`;
  if (r.text) return r.text;
  return 'Done.';
}

export async function render(view, ctx) {
  const history = [];
  const providersBox = h('section', { class: 'card', 'aria-labelledby': 'providers-title' });
  const log = h('ol', { class: 'chat', role: 'log', 'aria-live': 'polite', 'aria-label': 'Conversation' });
  const prompt = h('textarea', { name: 'prompt', rows: 3, maxlength: 4000, required: true });
  const send = h('button', { type: 'submit', class: 'primary' }, 'Send');
  const form = h('form', { class: 'card chat-form', 'aria-label': 'Ask the assistant' },
    field('Message', prompt, 'E.g. “Log 2 hours on Website yesterday afternoon” or “What did I work on today?”. Ctrl+Enter sends.'),
    h('div', { class: 'actions' }, send));
  let live = false;

  function say(role, ...content) {
    const item = h('li', { class: `msg ${role}` }, h('span', { class: 'who' }, role === 'user' ? 'You' : 'Assistant'), ...content);
    log.append(item);
    item.scrollIntoView({ block: 'nearest' });
    return item;
  }

  function actionItem(action) {
    const outcome = h('span', { class: 'outcome' });
    const button = h('button', {
      type: 'button',
      class: 'primary',
      'aria-label': `Confirm: ${action.label || action.type}`,
      onclick: async () => {
        button.disabled = true;
        const result = await attempt(() => api.post('ai/actions/confirm', { action }), 'Action carried out');
        if (result === undefined) {
          button.disabled = false;
          return;
        }
        button.textContent = 'Confirmed';
        outcome.textContent = describeResult(result);
      },
    }, 'Confirm');
    return h('li', { class: 'action', dataset: { type: action.type } },
      h('span', {}, action.label || action.type), ' ', button, ' ', outcome);
  }

  async function showProviders() {
    const data = await attempt(() => api.get('ai/providers'));
    const title = h('h2', { id: 'providers-title' }, 'Provider');
    const again = h('button', { type: 'button', onclick: showProviders }, 'Check again');
    if (!data) {
      replace(providersBox, title, h('p', { class: 'error' }, 'The providers could not be read.'), again);
      return;
    }
    live = data.providers.length > 0;
    prompt.disabled = !live;
    send.disabled = !live;
    replace(providersBox, title,
      live
        ? h('ul', { class: 'providers' }, data.providers.map((p) => h('li', { dataset: { provider: p.id } },
          h('strong', {}, p.id), p.model ? ` · model ${p.model}` : '', p.local ? ' · runs on this machine' : ' · a remote service',
          p.in_use ? [' ', h('span', { class: 'badge ok' }, 'in use')] : '')))
        : h('p', { id: 'no-provider', class: 'empty' },
          'No AI provider is running, so the assistant cannot answer. An administrator can start one (the Ollama or OpenAI module) on the Modules page.'),
      again);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = prompt.value.trim();
    if (!text || !live) return;
    say('user', h('p', {}, text));
    prompt.value = '';
    send.disabled = true;
    const waiting = say('assistant', h('p', { class: 'loading' }, 'Thinking…'));
    try {
      const answer = await api.post('ai/chat', { prompt: text, history: history.slice(-MAX_HISTORY) });
      history.push({ role: 'user', content: text }, { role: 'assistant', content: answer.reply || '' });
      replace(waiting, h('span', { class: 'who' }, 'Assistant'),
        h('p', {}, answer.reply || '(no text)'),
        answer.actions.length ? h('div', { class: 'proposed' }, h('p', {}, 'Proposed — nothing happens until you confirm:'),
          h('ul', {}, answer.actions.map(actionItem))) : null,
        answer.rejected_actions.length ? h('p', { class: 'hint' },
          `Stint refused ${answer.rejected_actions.length} proposed action(s): ${answer.rejected_actions.map((r) => r.reason).join(' ')}`) : null,
        h('small', { class: 'hint' }, `${answer.provider}${answer.model ? ` · ${answer.model}` : ''}`));
    } catch (err) {
      replace(waiting, h('span', { class: 'who' }, 'Assistant'), h('p', { class: 'error', role: 'alert' }, errorText(err)));
    } finally {
      send.disabled = !live;
      prompt.focus();
    }
  });
  prompt.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });

  replace(view, pageHeader('Assistant'), providersBox, h('section', { class: 'card', 'aria-label': 'Chat' }, log), form);
  await showProviders();
}
