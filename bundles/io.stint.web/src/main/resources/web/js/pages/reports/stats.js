// The numbers a report shows, computed from a period's time entries.

import { dateRange } from '../time/dates.js';

/** {total, billable, count} in seconds and entries. */
export function summarize(entries) {
  let total = 0;
  let billable = 0;
  for (const e of entries) {
    total += e.duration_seconds || 0;
    if (e.billable) billable += e.duration_seconds || 0;
  }
  return { total, billable, nonBillable: total - billable, count: entries.length };
}

/** Each day of the period with its seconds, billable and not. */
export function byDay(entries, from, to) {
  const days = new Map(dateRange(from, to).map((d) => [d, { day: d, total: 0, billable: 0 }]));
  for (const e of entries) {
    const d = days.get(e.start_time.slice(0, 10));
    if (!d) continue;
    d.total += e.duration_seconds || 0;
    if (e.billable) d.billable += e.duration_seconds || 0;
  }
  return [...days.values()];
}

/** Each project (or client without a project) with its seconds, most first. */
export function byProject(entries) {
  const groups = new Map();
  for (const e of entries) {
    const name = e.project || (e.client ? `${e.client} (no project)` : 'No project');
    const g = groups.get(name) || { name, total: 0, billable: 0, count: 0 };
    g.total += e.duration_seconds || 0;
    if (e.billable) g.billable += e.duration_seconds || 0;
    g.count += 1;
    groups.set(name, g);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** The change from `previous` to `current` in percent; null when there was nothing before. */
export function change(current, previous) {
  return previous ? ((current - previous) * 100) / previous : null;
}

/** "+12.5%", "−3.0%", "0.0%", or "new" when there was nothing before. */
export function changeText(current, previous) {
  const c = change(current, previous);
  if (c === null) return current ? 'new' : '—';
  const sign = c > 0 ? '+' : c < 0 ? '−' : '';
  return `${sign}${Math.abs(c).toFixed(1)}%`;
}

/** Seconds as decimal hours (a number, two places), for charts. */
export function hoursOf(seconds) {
  return Math.round((seconds || 0) / 36) / 100;
}

/** Part of a whole in percent with one decimal, as text. */
export function share(part, whole) {
  return whole ? `${((part * 100) / whole).toFixed(1)}%` : '—';
}
