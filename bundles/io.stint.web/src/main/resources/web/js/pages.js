// The UI's pages. Each names the REST routes it needs (paths of /api/openapi.json, relative to
// /api/v1); a page whose routes are not served right now - its module is stopped or not installed -
// is left out of the menu and answers "not available" instead of breaking.
// A page module exports `render(view, ctx)`; ctx = {user, caps, navigate, params}.

export const PAGES = [
  { id: 'timer', title: 'Timer', needs: ['/timer/status'], load: () => import('./pages/timer.js') },
  { id: 'timesheet', title: 'Timesheet', needs: ['/time-entries'], load: () => import('./pages/timesheet.js') },
  { id: 'activity', title: 'Activity', needs: ['/blocks'], load: () => import('./pages/activity.js') },
  { id: 'rules', title: 'Rules', needs: ['/rules'], load: () => import('./pages/rules.js') },
  { id: 'clients', title: 'Clients', group: 'Catalog', needs: ['/clients'], load: () => import('./pages/clients.js') },
  { id: 'projects', title: 'Projects', group: 'Catalog', needs: ['/projects'], load: () => import('./pages/projects.js') },
  { id: 'tasks', title: 'Tasks', group: 'Catalog', needs: ['/tasks'], load: () => import('./pages/tasks.js') },
  { id: 'services', title: 'Services', group: 'Catalog', needs: ['/services'], load: () => import('./pages/services.js') },
  { id: 'rates', title: 'Rates', group: 'Catalog', needs: ['/rates'], load: () => import('./pages/rates.js') },
  { id: 'profiles', title: 'Profiles', group: 'Catalog', needs: ['/profiles'], load: () => import('./pages/profiles.js') },
  { id: 'reports', title: 'Reports', needs: ['/analytics/hours-by-day'], load: () => import('./pages/reports.js') },
  { id: 'invoices', title: 'Invoices', needs: ['/invoices'], load: () => import('./pages/invoices.js') },
  { id: 'assistant', title: 'Assistant', needs: ['/ai/providers'], load: () => import('./pages/assistant.js') },
  { id: 'modules', title: 'Modules', admin: true, needs: ['/admin/modules'], load: () => import('./pages/modules.js') },
  { id: 'tokens', title: 'API tokens', needs: ['/tokens'], load: () => import('./pages/tokens.js') },
];

/** Whether every route the page needs is served now, and the user may see it. */
export function available(page, caps, user) {
  if (page.admin && !(user && user.role === 'admin')) return false;
  return page.needs.every((path) => caps.has(path));
}
