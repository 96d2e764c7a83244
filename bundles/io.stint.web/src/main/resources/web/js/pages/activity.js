// Activity review for one day: the capture state, the day's blocks on a timeline and in a table,
// and a person's changes to the selected blocks (profile, lock, notes); the AI helper's
// suggestions when it runs.

import { api } from '../api.js';
import { h, replace, field, select, table, notify, errorText, pageHeader, today, addDays, clock } from '../ui.js';
import { loadProfiles, profileLabel, profileOptions } from './activity/profiles.js';
import { timeline, legend, hhmm } from './activity/timeline.js';
import { trackingCard } from './activity/tracking.js';
import { suggestionsCard } from './activity/suggestions.js';

export async function render(view, ctx) {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(ctx.params.get('date') || '') ? ctx.params.get('date') : today();
  const selected = new Set();
  let blocks = [];
  let profiles = [];
  let byProfile = new Map();
  let line = null;

  const dayInput = h('input', { type: 'date', name: 'date', value: day });
  dayInput.addEventListener('change', () => { if (dayInput.value) ctx.navigate('activity', { date: dayInput.value }); });
  const nav = h('div', { class: 'day-nav' },
    h('button', { type: 'button', 'aria-label': 'Previous day', onclick: () => ctx.navigate('activity', { date: addDays(day, -1) }) }, '◀'),
    field('Day', dayInput),
    h('button', { type: 'button', 'aria-label': 'Next day', onclick: () => ctx.navigate('activity', { date: addDays(day, 1) }) }, '▶'),
    day !== today() ? h('button', { type: 'button', onclick: () => ctx.navigate('activity', { date: today() }) }, 'Today') : null);

  const trackingSlot = h('div');
  const dayBox = h('section', { class: 'card', 'aria-labelledby': 'day-title' });
  const selectionBox = h('section', { class: 'card selection', 'aria-labelledby': 'selection-title' });
  const tableBox = h('div', { 'aria-live': 'polite' });
  const suggestionSlot = h('div');

  // --- the selection and what can be done with it
  const count = h('p', { id: 'selection-count', role: 'status' });
  const profileSelect = select([], { empty: 'Unassigned', name: 'profile_id' });
  const notes = h('textarea', { name: 'notes', maxlength: 4000, rows: 2 });
  const actionButtons = [];
  const act = (label, run, attrs = {}) => {
    const b = h('button', { type: 'button', ...attrs, onclick: run }, label);
    actionButtons.push(b);
    return b;
  };
  replace(selectionBox,
    h('h2', { id: 'selection-title' }, 'Selected blocks'),
    count,
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: () => { blocks.forEach((b) => selected.add(b.id)); syncSelection(); } }, 'Select all'),
      act('Clear selection', () => { selected.clear(); syncSelection(); })),
    h('div', { class: 'row' }, field('Profile', profileSelect), act('Reassign', reassign, { class: 'primary' })),
    h('div', { class: 'actions' }, act('Lock', () => lock(true)), act('Unlock', () => lock(false))),
    field('Notes', notes, 'Saved on every selected block; empty clears them.'),
    act('Save notes', saveNotes));

  function label(b) {
    if (b.profile_id === null || b.profile_id === undefined) return 'Unassigned';
    const p = byProfile.get(b.profile_id);
    return p ? profileLabel(p) : (b.profile_name || [b.client_name, b.service_name].filter(Boolean).join(' · ') || `Profile ${b.profile_id}`);
  }

  function describe(b) {
    return [`${hhmm(b.ts_start)}–${hhmm(b.ts_end)}`, b.primary_app_name || b.title_summary || 'activity', label(b),
      `${(b.confidence || 'no').toLowerCase()} confidence`, b.locked ? 'locked' : null].filter(Boolean).join(', ');
  }

  function chosen() {
    return blocks.filter((b) => selected.has(b.id));
  }

  function syncSelection() {
    const n = selected.size;
    count.textContent = n === 0 ? 'No block selected: pick blocks on the timeline or in the table.'
      : `${n} block${n === 1 ? '' : 's'} selected (${clock(chosen().reduce((s, b) => s + b.active_seconds, 0))})`;
    actionButtons.forEach((b) => { b.disabled = n === 0; });
    if (line) line.setSelected(selected);
    tableBox.querySelectorAll('input[data-block-id]').forEach((box) => { box.checked = selected.has(Number(box.dataset.blockId)); });
    const one = chosen();
    if (one.length === 1) {
      profileSelect.value = one[0].profile_id === null ? '' : String(one[0].profile_id);
      notes.value = one[0].notes || '';
    }
  }

  function toggle(id) {
    if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    syncSelection();
  }

  /** Runs `change` on each selected block in turn; one message for the lot, each failure named. */
  async function each(change, done) {
    const failures = [];
    let ok = 0;
    for (const b of chosen()) {
      try {
        await change(b);
        ok += 1;
      } catch (err) {
        failures.push(`${hhmm(b.ts_start)}: ${errorText(err)}`);
      }
    }
    if (ok) notify(`${done} ${ok} block${ok === 1 ? '' : 's'}`, 'success');
    if (failures.length) notify(failures.join(' · '), 'error');
    await load();
  }

  function reassign() {
    const profile = profileSelect.value === '' ? null : Number(profileSelect.value);
    return each((b) => api.post(`blocks/${b.id}/reassign`, { profile_id: profile }), 'Reassigned');
  }

  function lock(locked) {
    return each((b) => api.post(`blocks/${b.id}/lock`, { locked }), locked ? 'Locked' : 'Unlocked');
  }

  function saveNotes() {
    const text = notes.value.trim();
    return each((b) => api.patch(`blocks/${b.id}`, { notes: text === '' ? null : text }), 'Saved notes on');
  }

  function blockTable() {
    return table({
      caption: `Blocks of ${day}`,
      stack: true,
      empty: 'No activity was captured on this day.',
      rowAttrs: (b) => ({ 'data-block-row': String(b.id) }),
      columns: [
        {
          title: 'Time',
          cell: (b) => {
            const box = h('input', { type: 'checkbox', id: `block-check-${b.id}`, dataset: { blockId: String(b.id) }, checked: selected.has(b.id) });
            box.addEventListener('change', () => toggle(b.id));
            return h('span', { class: 'check' }, box, h('label', { for: box.id }, `${hhmm(b.ts_start)}–${hhmm(b.ts_end)}`));
          },
        },
        { title: 'Active', class: 'num', cell: (b) => clock(b.active_seconds) },
        { title: 'Application', cell: (b) => b.primary_app_name || (b.manual ? 'added by hand' : '') },
        { title: 'Title / domain', cell: (b) => [b.title_summary, b.primary_domain].filter(Boolean).join(' — ') },
        {
          title: 'Profile',
          cell: (b) => (b.profile_id === null || b.profile_id === undefined
            ? h('span', { class: 'badge unassigned' }, 'Unassigned')
            : h('span', { class: 'profile-name', 'data-profile-id': String(b.profile_id) }, label(b))),
        },
        {
          title: 'Confidence',
          cell: (b) => [h('span', { class: `badge ${b.confidence === 'LOW' ? 'low' : 'ok'}` }, b.confidence || '—'),
            b.assigned_by ? h('small', { class: 'hint' }, ` by ${b.assigned_by.toLowerCase()}`) : null],
        },
        { title: 'Locked', cell: (b) => (b.locked ? h('span', { class: 'badge' }, 'locked') : 'no') },
        { title: 'Notes', cell: (b) => b.notes || '' },
      ],
      rows: blocks,
    });
  }

  async function load() {
    const [list, prof] = await Promise.all([
      api.get('blocks', { date: day, limit: 1000 }),
      profiles.length ? Promise.resolve(profiles) : loadProfiles().catch(() => []),
    ]);
    blocks = list.blocks;
    profiles = prof;
    byProfile = new Map(profiles.map((p) => [p.id, p]));
    const live = new Set(blocks.map((b) => b.id));
    [...selected].forEach((id) => { if (!live.has(id)) selected.delete(id); });

    const keep = profileSelect.value;
    replace(profileSelect, h('option', { value: '' }, 'Unassigned'),
      profileOptions(profiles).map((o) => h('option', { value: String(o.value) }, o.label)));
    profileSelect.value = keep;

    const shown = [...new Set(blocks.map((b) => b.profile_id).filter((id) => id !== null && id !== undefined))]
      .map((id) => ({ id, label: label(blocks.find((b) => b.profile_id === id)) }));
    const total = blocks.reduce((s, b) => s + b.active_seconds, 0);
    const open = blocks.filter((b) => b.needs_review).length;
    if (blocks.length) {
      line = timeline({ blocks, day, label, describe, onToggle: toggle });
      replace(dayBox, h('h2', { id: 'day-title' }, `Timeline of ${day}`),
        h('p', { class: 'hint' }, `${blocks.length} blocks, ${clock(total)} active`, open ? `, ${open} to review` : ''),
        line.element, legend(shown));
    } else {
      line = null;
      replace(dayBox, h('h2', { id: 'day-title' }, `Timeline of ${day}`), h('p', { class: 'empty' }, 'No activity was captured on this day.'));
    }
    replace(tableBox, blockTable());
    syncSelection();
    showSuggestions();
  }

  function showSuggestions() {
    replace(suggestionSlot, ctx.caps.has('/ai/suggestions')
      ? suggestionsCard({ caps: ctx.caps, day, blocks, label, changed: load }) : null);
  }

  function showTracking() {
    replace(trackingSlot, ctx.caps.has('/tracking/status') ? trackingCard(ctx.caps) : null);
  }

  // A helper module that starts or stops changes which parts show; the page itself stays.
  let shownTag = '';
  const capsTag = () => ['/tracking/status', '/ai/suggestions'].map((p) => ctx.caps.has(p)).join();
  const onCaps = (event) => {
    if (!view.isConnected) { window.removeEventListener('stint:caps', onCaps); return; }
    ctx.caps = event.detail || ctx.caps;
    if (capsTag() !== shownTag) { shownTag = capsTag(); showTracking(); showSuggestions(); }
  };
  window.addEventListener('stint:caps', onCaps);
  shownTag = capsTag();

  replace(view, pageHeader('Activity', nav), trackingSlot, dayBox, selectionBox, tableBox, suggestionSlot);
  showTracking();
  await load();
}
