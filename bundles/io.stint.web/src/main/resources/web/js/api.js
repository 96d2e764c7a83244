// Every call the UI makes goes through here: Stint's public REST API, authenticated by the session
// cookie, with the session's CSRF token on every write.

const BASE = '/api/v1/';
let csrfToken = null;
const listeners = new Set();

/** An error answered by the API, in its format: {error, message, error_code, errors?}. */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.message || body.error)) || `Request failed (${status})`);
    this.status = status;
    this.code = body && body.error_code;
    this.errors = (body && body.errors) || null;
  }

  /** The message plus each field's error, as one line a person can read. */
  describe() {
    if (!this.errors) return this.message;
    const fields = Object.entries(this.errors)
      .map(([field, msgs]) => `${field}: ${Array.isArray(msgs) ? msgs.join(' ') : msgs}`);
    return `${this.message} (${fields.join('; ')})`;
  }
}

/** Called with no argument when the API says the session is gone. */
export function onSignedOut(listener) {
  listeners.add(listener);
}

function url(path, query) {
  const u = new URL(path.startsWith('/') ? path : BASE + path, window.location.origin);
  if (query) {
    for (const [k, v] of Object.entries(query)) {
      if (v === undefined || v === null || v === '') continue;
      if (Array.isArray(v)) v.forEach((item) => u.searchParams.append(k, item));
      else u.searchParams.set(k, v);
    }
  }
  return u.pathname + u.search;
}

async function request(method, path, { query, body, raw, headers } = {}) {
  const h = { Accept: 'application/json', ...(headers || {}) };
  const init = { method, headers: h, credentials: 'same-origin' };
  if (body !== undefined) {
    if (body instanceof Blob || body instanceof ArrayBuffer) {
      init.body = body;
    } else {
      h['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) h['X-CSRF-Token'] = csrfToken;
  const res = await fetch(url(path, query), init);
  if (res.status === 401 && !path.startsWith('auth/')) {
    csrfToken = null;
    listeners.forEach((l) => l());
  }
  if (!res.ok) {
    let parsed = null;
    try { parsed = await res.json(); } catch (e) { parsed = null; }
    throw new ApiError(res.status, parsed);
  }
  if (raw) return res;
  if (res.status === 204) return null;
  const type = res.headers.get('Content-Type') || '';
  return type.includes('json') ? res.json() : res.text();
}

export const api = {
  get: (path, query) => request('GET', path, { query }),
  post: (path, body, query) => request('POST', path, { body: body === undefined ? {} : body, query }),
  put: (path, body) => request('PUT', path, { body }),
  patch: (path, body) => request('PATCH', path, { body }),
  del: (path, query) => request('DELETE', path, { query }),
  /** The raw Response, for files (PDF, CSV, XLSX); the caller reads the body. */
  raw: (method, path, { body, query, headers } = {}) => request(method, path, { body, query, headers, raw: true }),

  /** The signed-in user and CSRF token, or null when there is no session. */
  async session() {
    try {
      const s = await request('GET', 'auth/session');
      csrfToken = s.csrf_token;
      return s;
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return null;
      throw e;
    }
  },
  async signIn(username, password) {
    const s = await request('POST', 'auth/session', { body: { username, password } });
    csrfToken = s.csrf_token;
    return s;
  },
  async signOut() {
    try {
      await request('DELETE', 'auth/session');
    } finally {
      csrfToken = null;
    }
  },
};

/** Saves a fetched file under the name the server gave it (Content-Disposition) or the fallback. */
export async function download(response, fallbackName) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10000);
  return name;
}
