// Dates, times and durations for the time pages. The API speaks naive local ISO times in the
// user's zone ("2026-01-09T15:30:00"), so arithmetic here is done on those naive values (through
// UTC dates, which have no daylight-saving gaps), never on the browser's own clock.

import { today } from '../../ui.js';

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function utc(iso) {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** Whether the text is a plain YYYY-MM-DD date. */
export function isDate(text) {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(utc(text).getTime())
    && iso(utc(text)) === text;
}

/** Today in the user's time zone (the API's calendar), or the browser's when the zone is unknown. */
export function todayIn(timeZone) {
  const options = { year: 'numeric', month: '2-digit', day: '2-digit' };
  try {
    const parts = new Intl.DateTimeFormat('en-CA', { ...options, timeZone: timeZone || undefined }).formatToParts(new Date());
    const get = (type) => parts.find((p) => p.type === type).value;
    return `${get('year')}-${get('month')}-${get('day')}`;
  } catch (err) {
    return today();
  }
}

/** The date n days after (or before) an ISO date. */
export function plusDays(date, n) {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** The Monday of the date's week. */
export function weekStart(date) {
  const day = utc(date).getUTCDay();
  return plusDays(date, -((day + 6) % 7));
}

/** The first day of the date's month. */
export function monthStart(date) {
  return `${date.slice(0, 7)}-01`;
}

/** The last day of the date's month. */
export function monthEnd(date) {
  const d = utc(monthStart(date));
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return iso(d);
}

/** Days from `from` to `to`, both included. */
export function daysBetween(from, to) {
  return Math.round((utc(to) - utc(from)) / 86400000) + 1;
}

/** Every date from `from` to `to`, both included. */
export function dateRange(from, to) {
  const out = [];
  for (let d = from; d <= to && out.length < 1000; d = plusDays(d, 1)) out.push(d);
  return out;
}

/** "Monday" for a date. */
export function weekday(date) {
  return DAY_NAMES[utc(date).getUTCDay()];
}

/** "Monday 5 January 2026". */
export function longDate(date) {
  const d = utc(date);
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "Mon 5 Jan". */
export function shortDate(date) {
  const d = utc(date);
  return `${DAY_NAMES[d.getUTCDay()].slice(0, 3)} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()].slice(0, 3)}`;
}

/** The date part of a naive ISO time. */
export function dayOf(time) {
  return time ? time.slice(0, 10) : '';
}

/** The HH:MM part of a naive ISO time. */
export function hhmm(time) {
  return time ? time.slice(11, 16) : '';
}

/** A naive ISO time from a date and an HH:MM (or HH:MM:SS) time. */
export function joinTime(date, time) {
  return `${date}T${time.length === 5 ? `${time}:00` : time.slice(0, 8)}`;
}

/** A naive ISO time plus some seconds. */
export function plusSeconds(time, seconds) {
  const d = new Date(`${time.slice(0, 19)}Z`);
  d.setUTCSeconds(d.getUTCSeconds() + seconds);
  return d.toISOString().slice(0, 19);
}

/** Seconds as H:MM, e.g. 5400 → "1:30". */
export function hm(seconds) {
  const minutes = Math.round(Math.max(0, seconds || 0) / 60);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Seconds as decimal hours, two places: 5400 → "1.50". */
export function decimalHours(seconds) {
  return ((seconds || 0) / 3600).toFixed(2);
}

/** "HH:MM:SS" (the API's duration_formatted) as seconds. */
export function parseClock(text) {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(text || '');
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
}

/**
 * A duration a person typed, as seconds, or null when it is not one: "1:30", "1.5", "1,5", "90m",
 * "1h 30m", "2h".
 */
export function parseDuration(text) {
  const t = String(text || '').trim().toLowerCase();
  if (!t) return null;
  let m = /^(\d+):([0-5]?\d)(?::([0-5]\d))?$/.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] || 0);
  m = /^(\d+(?:[.,]\d+)?)\s*h?$/.exec(t);
  if (m) return Math.round(Number(m[1].replace(',', '.')) * 3600);
  m = /^(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(t);
  if (m && (m[1] || m[2])) return Number(m[1] || 0) * 3600 + Number(m[2] || 0) * 60;
  return null;
}
