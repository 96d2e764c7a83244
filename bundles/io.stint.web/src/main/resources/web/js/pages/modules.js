// Modules (administrators): what is installed and running, starting and stopping a module, and the
// preferred provider of each capability.

import { api } from '../api.js';
import { h, replace, field, select, table, attempt, pageHeader, confirmAction } from '../ui.js';

// Stint refuses to stop these while it runs (409 core_module): no button that can only fail.
const CORE = new Set(['io.stint.boot', 'io.stint.store', 'io.stint.rest', 'io.stint.security', 'io.stint.admin']);

// `none`: what Stint does while no provider is preferred.
const CAPABILITIES = [
  { name: 'ai', title: 'AI provider', none: 'Automatic (best ranking)' },
  { name: 'capture', title: 'Activity capture', none: 'Every source at once' },
  { name: 'exporter', title: 'Exporters', none: 'Choose an exporter to prefer' },
];

/** Tells the shell to re-read what is installed now instead of at its next 5 s tick. */
function refreshShell() {
  window.dispatchEvent(new Event('focus'));
}

export async function render(view, ctx) {
  const listBox = h('section', { 'aria-labelledby': 'modules-title', 'aria-live': 'polite' });
  const providersBox = h('section', { 'aria-labelledby': 'providers-title' });

  async function change(module, verb) {
    if (verb === 'stop' && !(await confirmAction(`Stop ${module.symbolic_name}? Its pages and routes go away until it is started again.`, 'Stop'))) return;
    const answer = await attempt(() => api.post(`admin/modules/${module.id}/${verb}`),
      `${module.symbolic_name} ${verb === 'stop' ? 'stopped' : 'started'}`);
    if (answer === undefined) return;
    await reload();
    refreshShell();
    await providers();
  }

  async function reload() {
    const data = await api.get('admin/modules');
    const enabled = data.management_enabled;
    const modules = [...data.modules].sort((a, b) => String(a.symbolic_name).localeCompare(String(b.symbolic_name)));
    replace(listBox,
      h('h2', { id: 'modules-title', class: 'visually-hidden' }, 'Installed modules'),
      enabled ? null : h('p', { class: 'notice-inline', id: 'management-disabled', role: 'note' },
        'Module management is disabled: modules can be listed but not started or stopped here. '
        + 'Set enabled=true in etc/io.stint.admin.cfg to allow it.'),
      table({
        caption: `${modules.length} installed modules`,
        stack: true,
        rowAttrs: (m) => ({ 'data-module': m.symbolic_name, 'data-state': m.state }),
        columns: [
          { title: 'Module', cell: (m) => h('code', {}, m.symbolic_name) },
          { title: 'Version', cell: (m) => m.version },
          { title: 'State', cell: (m) => h('span', { class: `badge ${m.state === 'ACTIVE' ? 'ok' : ''}`.trim(), dataset: { state: m.state } }, m.state.toLowerCase()) },
          { title: 'Feature', cell: (m) => m.feature || '' },
          { title: 'Provides', cell: (m) => m.services.map((s) => `${s.capability}: ${s.id}`).join(', ') },
          { title: 'Routes', class: 'num', cell: (m) => String(m.routes.length) },
          {
            title: 'Actions',
            cell: (m) => (CORE.has(m.symbolic_name) ? h('span', { class: 'hint' }, 'core') : m.state === 'ACTIVE'
              ? h('button', { type: 'button', disabled: !enabled, 'aria-label': `Stop ${m.symbolic_name}`, onclick: () => change(m, 'stop') }, 'Stop')
              : h('button', { type: 'button', class: 'primary', disabled: !enabled, 'aria-label': `Start ${m.symbolic_name}`, onclick: () => change(m, 'start') }, 'Start')),
          },
        ],
        rows: modules,
      }));
  }

  async function capability(c) {
    const data = await api.get(`admin/providers/${c.name}`);
    const card = h('div', { class: 'card', dataset: { capability: c.name } }, h('h3', {}, c.title));
    card.append(table({
      caption: 'Live providers',
      stack: true,
      empty: 'None is running.',
      columns: [
        { title: 'Id', cell: (p) => p.id || '—' },
        { title: 'Module', cell: (p) => h('code', {}, p.symbolic_name) },
        { title: 'Ranking', class: 'num', cell: (p) => String(p.ranking) },
        { title: 'Preferred', cell: (p) => (p.preferred ? h('span', { class: 'badge ok' }, 'yes') : 'no') },
      ],
      rows: data.providers,
    }));
    if (!data.choosable || data.providers.length === 0) return card;
    const byRanking = c.name === 'exporter';
    const options = data.providers.filter((p) => p.id).map((p) => ({
      value: byRanking ? `${p.id}\u0000${p.symbolic_name}` : p.id,
      label: byRanking ? `${p.id} from ${p.symbolic_name}` : p.id,
    }));
    const current = byRanking ? '' : (data.target ? data.preferred || '' : '');
    const choice = select(options, { name: `preferred-${c.name}`, empty: c.none, value: current });
    const form = h('form', { class: 'row' }, field(`Preferred ${c.title.toLowerCase()}`, choice), h('button', { type: 'submit' }, 'Save choice'));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      let body;
      if (byRanking) {
        if (!choice.value) return;
        const [id, bundle] = choice.value.split('\u0000');
        body = { preferred: id, bundle };
      } else {
        body = { preferred: choice.value || null };
      }
      const answer = await attempt(() => api.put(`admin/providers/${c.name}`, body), 'Choice saved');
      if (answer) await providers();
    });
    card.append(form);
    return card;
  }

  async function providers() {
    const cards = await Promise.all(CAPABILITIES.filter((c) => ctx.caps.has('/admin/providers/{capability}'))
      .map((c) => capability(c).catch((err) => h('div', { class: 'card error' }, `${c.title}: ${err.message}`))));
    replace(providersBox, h('h2', { id: 'providers-title' }, 'Providers'),
      h('p', { class: 'hint' }, 'Several modules can offer the same capability; choose which one Stint uses.'),
      h('div', { class: 'provider-grid' }, cards));
  }

  replace(view, pageHeader('Modules'), listBox, providersBox);
  await reload();
  await providers();
}
