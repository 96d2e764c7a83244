// API tokens: the signed-in user's tokens; create one with chosen scopes (its secret is shown once,
// with a copy button), revoke one.

import { api } from '../api.js';
import { h, replace, field, table, attempt, notify, localTime, pageHeader, confirmAction, uid } from '../ui.js';

const RESOURCES = ['projects', 'time_entries', 'tasks', 'clients', 'reports', 'users', 'expenses', 'invoices',
  'ai', 'blocks', 'tracking', 'profiles', 'rules', 'exports'];

export async function render(view, ctx) {
  const list = h('div', { 'aria-live': 'polite' });
  const issued = h('div');

  async function reload() {
    const data = await api.get('tokens', { user_id: ctx.user.id, per_page: 100 });
    replace(list, table({
      caption: 'Your API tokens',
      columns: [
        { title: 'Name', cell: (t) => t.name },
        { title: 'Prefix', cell: (t) => h('code', {}, t.prefix) },
        { title: 'Scopes', cell: (t) => t.scopes.join(', ') },
        { title: 'Last used', cell: (t) => localTime(t.last_used_at) || 'never' },
        { title: 'Expires', cell: (t) => localTime(t.expires_at) || 'never' },
        { title: 'State', cell: (t) => (t.is_active ? 'active' : 'revoked or expired') },
        {
          title: 'Actions',
          cell: (t) => (t.is_active ? h('button', {
            type: 'button',
            class: 'danger',
            'aria-label': `Revoke token ${t.name}`,
            onclick: async () => {
              if (!(await confirmAction(`Revoke the token "${t.name}"? Programs using it stop working.`, 'Revoke'))) return;
              await attempt(() => api.del(`tokens/${t.id}`), 'Token revoked');
              await reload();
            },
          }, 'Revoke') : ''),
        },
      ],
      rows: data.api_tokens,
      empty: 'You have no API tokens.',
    }));
  }

  const name = h('input', { name: 'name', required: true, maxlength: 200 });
  const expires = h('input', { name: 'expires_at', type: 'datetime-local' });
  const boxes = RESOURCES.flatMap((resource) => ['read', 'write'].map((verb) => {
    const id = uid('scope');
    return h('label', { for: id, class: 'field inline' },
      h('input', { type: 'checkbox', id, value: `${verb}:${resource}`, checked: verb === 'read' && resource === 'time_entries' }),
      `${verb}:${resource}`);
  }));
  const form = h('form', { class: 'card', 'aria-labelledby': 'new-token' },
    h('h2', { id: 'new-token' }, 'New token'),
    field('Name', name),
    field('Expires (optional)', expires, 'Leave empty for a token that does not expire.'),
    h('fieldset', {}, h('legend', {}, 'Scopes'), h('div', { class: 'grid' }, boxes)),
    h('button', { type: 'submit', class: 'primary' }, 'Create token'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const scopes = [...form.querySelectorAll('input[type=checkbox]:checked')].map((b) => b.value);
    const body = { name: name.value.trim(), scopes };
    if (expires.value) body.expires_at = `${expires.value}:00`.slice(0, 19);
    const created = await attempt(() => api.post('tokens', body));
    if (!created) return;
    const secret = created.api_token.token;
    const code = h('code', { id: 'new-token-secret' }, secret);
    replace(issued, h('div', { class: 'card', role: 'region', 'aria-label': 'New token secret' },
      h('p', {}, h('strong', {}, 'Copy this token now: '), 'it is not shown again.'),
      h('p', {}, code),
      h('button', {
        type: 'button',
        onclick: async () => {
          try {
            await navigator.clipboard.writeText(secret);
            notify('Token copied');
          } catch (err) {
            const range = document.createRange();
            range.selectNodeContents(code);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            notify('Selected: press Ctrl+C to copy');
          }
        },
      }, 'Copy')));
    form.reset();
    await reload();
  });

  replace(view, pageHeader('API tokens'), issued, form, list);
  await reload();
}
