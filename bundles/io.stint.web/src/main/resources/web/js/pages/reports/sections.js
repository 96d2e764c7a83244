// A report's parts: the comparison with the previous period, and three charts, each with a table
// holding the same numbers (the chart's accessible alternative).

import { h, attempt, table } from '../../ui.js';
import { drawChart, PALETTE } from '../../charts.js';
import { hm, decimalHours, shortDate, longDate } from '../time/dates.js';
import { summarize, byDay, byProject, changeText, hoursOf, share } from './stats.js';

const live = [];

/** Destroys the charts of the previous render (their canvases are gone). */
export function clearCharts() {
  while (live.length) live.pop().destroy();
}

function chartBox(label, config) {
  const canvas = h('canvas', { role: 'img', 'aria-label': `${label} The table beside it lists the same numbers.` });
  const box = h('div', { class: 'chart-box' }, canvas);
  attempt(async () => { live.push(await drawChart(canvas, config)); });
  return box;
}

function section(id, title, chart, data) {
  return h('section', { class: 'card report-section', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('div', { class: 'report-pair' }, chart, data));
}

/** Cards with the period's totals and their change against the previous period. */
export function summaryCards(current, previous) {
  const now = summarize(current);
  const before = summarize(previous);
  const card = (label, value, delta) => h('div', { class: 'stat' },
    h('div', { class: 'stat-label' }, label), h('div', { class: 'stat-value' }, value),
    h('div', { class: 'stat-change' }, `${delta} vs previous period`));
  return h('div', { class: 'stats', role: 'group', 'aria-label': 'Totals' },
    card('Total', hm(now.total), changeText(now.total, before.total)),
    card('Billable', hm(now.billable), changeText(now.billable, before.billable)),
    card('Non-billable', hm(now.nonBillable), changeText(now.nonBillable, before.nonBillable)),
    card('Entries', String(now.count), changeText(now.count, before.count)));
}

/** The table comparing this period with the previous one of the same length. */
export function comparison(current, previous, period) {
  const now = summarize(current);
  const before = summarize(previous);
  const days = period.days;
  const rows = [
    { label: 'Total hours', now: hm(now.total), before: hm(before.total), change: changeText(now.total, before.total) },
    { label: 'Billable hours', now: hm(now.billable), before: hm(before.billable), change: changeText(now.billable, before.billable) },
    { label: 'Non-billable hours', now: hm(now.nonBillable), before: hm(before.nonBillable), change: changeText(now.nonBillable, before.nonBillable) },
    { label: 'Entries', now: String(now.count), before: String(before.count), change: changeText(now.count, before.count) },
    { label: 'Average per day', now: hm(now.total / days), before: hm(before.total / days), change: changeText(now.total, before.total) },
    { label: 'Billable share', now: share(now.billable, now.total), before: share(before.billable, before.total), change: '' },
  ];
  return h('section', { class: 'card report-summary', 'aria-labelledby': 'report-summary-title' },
    h('h2', { id: 'report-summary-title' }, 'Compared with the previous period'),
    table({
      caption: `This period (${longDate(period.from)} – ${longDate(period.to)}) and the one before (${longDate(period.prevFrom)} – ${longDate(period.prevTo)})`,
      stack: true,
      columns: [
        { title: 'Measure', cell: (r) => r.label },
        { title: 'This period', class: 'num', cell: (r) => r.now },
        { title: 'Previous period', class: 'num', cell: (r) => r.before },
        { title: 'Change', class: 'num', cell: (r) => r.change },
      ],
      rows,
    }));
}

/** Hours by day: stacked bars, billable and not. */
export function hoursByDay(entries, period) {
  const days = byDay(entries, period.from, period.to);
  const chart = chartBox('Bar chart of hours worked each day, billable and non-billable.', {
    type: 'bar',
    data: {
      labels: days.map((d) => shortDate(d.day)),
      datasets: [
        { label: 'Billable', data: days.map((d) => hoursOf(d.billable)), backgroundColor: PALETTE[0] },
        { label: 'Non-billable', data: days.map((d) => hoursOf(d.total - d.billable)), backgroundColor: PALETTE[1] },
      ],
    },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'Hours' } } } },
  });
  const data = table({
    caption: 'Hours by day',
    columns: [
      { title: 'Day', cell: (d) => shortDate(d.day) },
      { title: 'Hours', class: 'num', cell: (d) => decimalHours(d.total) },
      { title: 'Billable', class: 'num', cell: (d) => decimalHours(d.billable) },
    ],
    rows: days,
  });
  data.classList.add('report-table', 'scroll');
  // A scrolling box is reached by keyboard too.
  data.setAttribute('tabindex', '0');
  data.setAttribute('role', 'region');
  data.setAttribute('aria-label', 'Hours by day, as a table');
  return section('report-days-title', 'Hours by day', chart, data);
}

/** Hours by project: horizontal bars. */
export function hoursByProject(entries) {
  const projects = byProject(entries);
  const total = projects.reduce((s, p) => s + p.total, 0);
  const chart = projects.length ? chartBox('Bar chart of hours per project.', {
    type: 'bar',
    data: {
      labels: projects.map((p) => p.name),
      datasets: [{ label: 'Hours', data: projects.map((p) => hoursOf(p.total)), backgroundColor: projects.map((p, i) => PALETTE[i % PALETTE.length]) }],
    },
    options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true } } },
  }) : h('p', { class: 'empty' }, 'No time in this period.');
  const data = h('div', { class: 'report-table', id: 'report-projects' }, table({
    caption: 'Hours by project',
    columns: [
      { title: 'Project', cell: (p) => p.name },
      { title: 'Hours', class: 'num', cell: (p) => decimalHours(p.total) },
      { title: 'Billable', class: 'num', cell: (p) => decimalHours(p.billable) },
      { title: 'Share', class: 'num', cell: (p) => share(p.total, total) },
    ],
    rows: projects,
    empty: 'No time in this period.',
  }));
  return section('report-projects-title', 'Hours by project', chart, data);
}

/** Billable against non-billable: a doughnut. */
export function billableSplit(entries) {
  const s = summarize(entries);
  const rows = [{ kind: 'Billable', seconds: s.billable }, { kind: 'Non-billable', seconds: s.nonBillable }];
  const chart = s.total ? chartBox('Doughnut chart of billable against non-billable hours.', {
    type: 'doughnut',
    data: { labels: rows.map((r) => r.kind), datasets: [{ data: rows.map((r) => hoursOf(r.seconds)), backgroundColor: [PALETTE[0], PALETTE[1]] }] },
  }) : h('p', { class: 'empty' }, 'No time in this period.');
  const data = table({
    caption: 'Billable and non-billable hours',
    columns: [
      { title: 'Kind', cell: (r) => r.kind },
      { title: 'Hours', class: 'num', cell: (r) => decimalHours(r.seconds) },
      { title: 'Share', class: 'num', cell: (r) => share(r.seconds, s.total) },
    ],
    rows,
  });
  data.classList.add('report-table');
  return section('report-billable-title', 'Billable and non-billable', chart, data);
}
