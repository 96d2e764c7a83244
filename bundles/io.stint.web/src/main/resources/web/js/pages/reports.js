// Reports: the signed-in user's time in a chosen period (this or last week or month, or from–to),
// as charts with their tables, compared with the previous period of the same length, and exported
// through each running exporter. The period lives in the URL.

import { h, replace, field, select, attempt, pageHeader } from '../ui.js';
import { entriesOf } from './time/data.js';
import { todayIn, isDate, plusDays, weekStart, monthStart, monthEnd, daysBetween } from './time/dates.js';
import { clearCharts, summaryCards, comparison, hoursByDay, hoursByProject, billableSplit } from './reports/sections.js';
import { exportButtons } from './reports/exports.js';

const PERIODS = [
  { value: 'this-week', label: 'This week' },
  { value: 'last-week', label: 'Last week' },
  { value: 'this-month', label: 'This month' },
  { value: 'last-month', label: 'Last month' },
  { value: 'custom', label: 'Custom range' },
];
const MAX_DAYS = 366;

/** The period the URL asks for, with the previous one of the same length. */
function periodOf(params, today) {
  let kind = PERIODS.some((p) => p.value === params.get('period')) ? params.get('period') : 'this-week';
  let from;
  let to;
  const a = params.get('from');
  const b = params.get('to');
  if (kind === 'custom' && isDate(a) && isDate(b) && a <= b && daysBetween(a, b) <= MAX_DAYS) {
    [from, to] = [a, b];
  } else if (kind === 'last-week') {
    from = plusDays(weekStart(today), -7);
    to = plusDays(from, 6);
  } else if (kind === 'this-month') {
    [from, to] = [monthStart(today), monthEnd(today)];
  } else if (kind === 'last-month') {
    from = monthStart(plusDays(monthStart(today), -1));
    to = monthEnd(from);
  } else {
    kind = 'this-week';
    from = weekStart(today);
    to = plusDays(from, 6);
  }
  const days = daysBetween(from, to);
  return { kind, from, to, days, prevFrom: plusDays(from, -days), prevTo: plusDays(from, -1) };
}

export async function render(view, ctx) {
  clearCharts();
  const period = periodOf(ctx.params, todayIn(ctx.user.timezone));

  const kind = select(PERIODS, { value: period.kind, name: 'period' });
  const from = h('input', { type: 'date', name: 'from', value: period.from, required: true });
  const to = h('input', { type: 'date', name: 'to', value: period.to, required: true });
  const error = h('p', { class: 'error', role: 'alert' });
  const picker = h('form', { class: 'row card report-period', 'aria-label': 'Period' },
    field('Period', kind), field('From', from), field('To', to),
    h('button', { type: 'submit', class: 'primary' }, 'Show'), error);
  // Editing a day makes the period a custom one.
  [from, to].forEach((input) => input.addEventListener('change', () => { kind.value = 'custom'; }));
  picker.addEventListener('submit', (event) => {
    event.preventDefault();
    if (kind.value !== 'custom') {
      ctx.navigate('reports', { period: kind.value });
    } else if (!isDate(from.value) || !isDate(to.value) || from.value > to.value) {
      error.textContent = 'Choose a From day on or before the To day.';
    } else if (daysBetween(from.value, to.value) > MAX_DAYS) {
      error.textContent = `Choose at most ${MAX_DAYS} days.`;
    } else {
      ctx.navigate('reports', { period: 'custom', from: from.value, to: to.value });
    }
  });

  const body = h('div', { class: 'report-body' }, h('p', { class: 'loading' }, 'Loading…'));
  const exportsBox = h('section', { class: 'card report-exports', 'aria-labelledby': 'report-exports-title', hidden: true });
  replace(view, pageHeader('Reports'), picker, exportsBox, body);

  const onCaps = () => {
    if (!view.isConnected) window.removeEventListener('stint:caps', onCaps);
    else attempt(() => exportButtons(exportsBox, ctx, period));
  };
  window.addEventListener('stint:caps', onCaps);

  const exportsReady = attempt(() => exportButtons(exportsBox, ctx, period));
  const [current, previous] = await Promise.all([
    entriesOf(ctx.user, period.from, period.to),
    entriesOf(ctx.user, period.prevFrom, period.prevTo),
  ]);
  replace(body,
    summaryCards(current, previous),
    hoursByDay(current, period),
    hoursByProject(current),
    billableSplit(current),
    comparison(current, previous, period));
  await exportsReady;
}
