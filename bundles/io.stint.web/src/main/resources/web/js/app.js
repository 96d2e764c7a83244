// The page shell: session, menu, routing (#/page?param=value), and the live list of what is
// installed, refreshed so a module that stops or starts shows up without a reload.

import { api, onSignedOut } from './api.js';
import { h, replace, field, errorText, notify } from './ui.js';
import { PAGES, available } from './pages.js';

const CAPS_REFRESH_MS = 5000;
const state = { user: null, caps: new Set(), current: null, timer: null, capsTag: '' };
const view = document.getElementById('view');

/** The routes /api/openapi.json lists right now (it is built from the live REST runtime). */
async function loadCaps() {
  try {
    const doc = await api.get('/api/openapi.json');
    const caps = new Set(Object.keys(doc.paths || {}));
    const tag = [...caps].sort().join('|');
    const changed = tag !== state.capsTag;
    state.caps = caps;
    state.capsTag = tag;
    return changed;
  } catch (err) {
    return false;
  }
}

function parseHash() {
  const raw = window.location.hash.replace(/^#\/?/, '');
  const [id, query] = raw.split('?');
  return { id: id || 'timer', params: new URLSearchParams(query || '') };
}

/** Goes to a page: navigate('timesheet', {date: '2026-01-09'}). */
export function navigate(id, params) {
  const query = params ? new URLSearchParams(params).toString() : '';
  window.location.hash = `#/${id}${query ? `?${query}` : ''}`;
}

function renderNav() {
  const list = document.getElementById('nav-list');
  const { id } = parseHash();
  const link = (p) => h('a', {
    href: `#/${p.id}`,
    'data-page': p.id,
    'aria-current': p.id === id ? 'page' : null,
    onclick: () => closeMenu(),
  }, p.title);
  // Pages of a group (the catalog) share one entry that opens a list: a <details>, so it works
  // from the keyboard and with a screen reader without any script of its own.
  const items = [];
  const groups = new Map();
  for (const p of PAGES.filter((page) => available(page, state.caps, state.user))) {
    if (!p.group) {
      items.push(h('li', {}, link(p)));
      continue;
    }
    if (!groups.has(p.group)) {
      const inner = h('ul', {});
      const details = h('details', { class: 'nav-group' }, h('summary', {}, p.group), inner);
      groups.set(p.group, { inner, details });
      items.push(h('li', {}, details));
    }
    const group = groups.get(p.group);
    group.inner.append(h('li', {}, link(p)));
    if (p.id === id) group.details.classList.add('current');
  }
  replace(list, items);
}

async function renderPage() {
  const { id, params } = parseHash();
  const page = PAGES.find((p) => p.id === id);
  renderNav();
  state.current = id;
  if (!page) {
    replace(view, h('h1', {}, 'Not found'), h('p', {}, 'There is no such page.'));
    return;
  }
  if (!available(page, state.caps, state.user)) {
    replace(view, h('section', { class: 'unavailable', 'data-unavailable': page.id },
      h('h1', {}, page.title),
      h('p', {}, page.admin && state.user.role !== 'admin'
        ? 'This page is for administrators.'
        : 'This part of Stint is not installed or not running right now.')));
    return;
  }
  replace(view, h('p', { class: 'loading' }, 'Loading…'));
  try {
    const module = await page.load();
    if (state.current !== id) return;
    const section = h('section', { class: `page page-${id}`, 'data-page': id });
    replace(view, section);
    await module.render(section, { user: state.user, caps: state.caps, navigate, params });
    document.title = `${page.title} · Stint`;
  } catch (err) {
    replace(view, h('h1', {}, page.title), h('p', { class: 'error', role: 'alert' }, errorText(err)));
  }
}

function closeMenu() {
  document.querySelectorAll('#nav details[open]').forEach((d) => d.removeAttribute('open'));
  document.getElementById('nav').classList.remove('open');
  document.getElementById('menu-toggle').setAttribute('aria-expanded', 'false');
}

function showSignIn(message) {
  clearInterval(state.timer);
  state.user = null;
  document.getElementById('top').hidden = true;
  const username = h('input', { name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const error = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' }, message || '');
  const form = h('form', { class: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, 'Sign in to Stint'),
    field('Username', username),
    field('Password', password),
    error,
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      const session = await api.signIn(username.value.trim(), password.value);
      password.value = '';
      await start(session);
    } catch (err) {
      error.textContent = errorText(err);
    }
  });
  replace(view, form);
  username.focus();
}

async function start(session) {
  state.user = session.user;
  document.getElementById('who-name').textContent = session.user.display_name || session.user.username;
  document.getElementById('top').hidden = false;
  await loadCaps();
  await renderPage();
  clearInterval(state.timer);
  state.timer = setInterval(refresh, CAPS_REFRESH_MS);
}

/** Re-reads what is installed; when it changed, rebuilds the menu and re-renders an affected page. */
async function refresh() {
  if (!state.user || document.hidden) return;
  if (await loadCaps()) {
    const page = PAGES.find((p) => p.id === parseHash().id);
    const shown = view.querySelector('[data-page]') !== null;
    renderNav();
    if (page && available(page, state.caps, state.user) !== shown) await renderPage();
    else window.dispatchEvent(new CustomEvent('stint:caps', { detail: state.caps }));
  }
}

async function boot() {
  document.getElementById('sign-out').addEventListener('click', async () => {
    try { await api.signOut(); } catch (err) { /* the session is gone either way */ }
    showSignIn('You have signed out.');
  });
  document.getElementById('menu-toggle').addEventListener('click', (event) => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('open');
    event.currentTarget.setAttribute('aria-expanded', String(open));
  });
  window.addEventListener('hashchange', () => { if (state.user) renderPage(); });
  document.getElementById('nav').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') closeMenu();
  });
  window.addEventListener('focus', () => refresh());
  onSignedOut(() => { if (state.user) showSignIn('Your session has ended; sign in again.'); });
  try {
    const session = await api.session();
    if (session) await start(session);
    else showSignIn();
  } catch (err) {
    notify(errorText(err), 'error');
    showSignIn();
  }
}

boot();
