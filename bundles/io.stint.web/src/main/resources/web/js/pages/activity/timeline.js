// The day's blocks on a horizontal timeline: one toggle button per block, placed by its times,
// coloured by its profile; unassigned blocks striped, LOW confidence hatched and badged.

import { h } from '../../ui.js';
import { profileColour } from './profiles.js';

const DAY = 24 * 60;

/** Minutes from the day's midnight of a naive local time, clamped to the day. */
export function minuteOfDay(iso, day) {
  if (!iso) return 0;
  const date = iso.slice(0, 10);
  if (date < day) return 0;
  if (date > day) return DAY;
  return Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) + Number(iso.slice(17, 19)) / 60;
}

/** "09:05" of a naive local time. */
export function hhmm(iso) {
  return iso ? iso.slice(11, 16) : '';
}

/** The whole hours the blocks span, at least three. */
function span(blocks, day) {
  let from = DAY;
  let to = 0;
  for (const b of blocks) {
    from = Math.min(from, minuteOfDay(b.ts_start, day));
    to = Math.max(to, minuteOfDay(b.ts_end, day));
  }
  from = Math.floor(from / 60) * 60;
  to = Math.ceil(to / 60) * 60;
  if (to - from < 180) to = Math.min(DAY, from + 180);
  if (to - from < 180) from = Math.max(0, to - 180);
  return { from, to };
}

/**
 * The timeline: `blocks` with `label(b)` (the profile's name) and `describe(b)` (the button's
 * accessible name); `onToggle(id)` when a block is pressed. Answers {element, setSelected(ids)}.
 */
export function timeline({ blocks, day, label, describe, onToggle }) {
  const { from, to } = span(blocks, day);
  const width = to - from;
  const pct = (minutes) => `${((minutes - from) / width) * 100}%`;
  const buttons = new Map();
  const track = h('div', { class: 'timeline', role: 'group', 'aria-label': `Timeline of ${day}` });
  for (const b of blocks) {
    const start = minuteOfDay(b.ts_start, day);
    const end = Math.max(start, minuteOfDay(b.ts_end, day));
    const low = b.confidence === 'LOW';
    const unassigned = b.profile_id === null || b.profile_id === undefined;
    const button = h('button', {
      type: 'button',
      class: ['block', low ? 'low' : '', unassigned ? 'unassigned' : '', b.locked ? 'locked' : ''].filter(Boolean).join(' '),
      'aria-pressed': 'false',
      'aria-label': describe(b),
      title: describe(b),
      dataset: { blockId: String(b.id), profileId: unassigned ? '' : String(b.profile_id), confidence: b.confidence || '' },
      onclick: () => onToggle(b.id),
    },
    h('span', { class: 'block-label' }, label(b)),
    low ? h('span', { class: 'badge low' }, 'LOW') : null,
    b.locked ? h('span', { class: 'badge' }, 'locked') : null);
    // Dynamic geometry and colour go through the CSSOM: the page's policy forbids style attributes.
    button.style.left = pct(start);
    button.style.width = `calc(${pct(end)} - ${pct(start)})`;
    const colour = profileColour(b.profile_id);
    if (colour) button.style.backgroundColor = colour;
    buttons.set(b.id, button);
    track.append(button);
  }
  const axis = h('div', { class: 'timeline-axis', 'aria-hidden': 'true' });
  const step = width > 12 * 60 ? 120 : 60;
  for (let m = from; m <= to; m += step) {
    const tick = h('span', { class: 'tick' }, `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:00`);
    tick.style.left = pct(m);
    axis.append(tick);
  }
  return {
    element: h('div', { class: 'timeline-wrap' }, track, axis),
    setSelected(ids) {
      for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(ids.has(id)));
    },
  };
}

/** The legend: a swatch per profile shown, plus the unassigned and LOW markings. */
export function legend(entries) {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    entries.map(({ id, label }) => {
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = profileColour(id);
      return h('li', {}, swatch, label);
    }),
    h('li', {}, h('span', { class: 'swatch unassigned', 'aria-hidden': 'true' }), 'Unassigned'),
    h('li', {}, h('span', { class: 'swatch low', 'aria-hidden': 'true' }), h('span', { class: 'badge low' }, 'LOW'), ' low confidence: check it'));
}
