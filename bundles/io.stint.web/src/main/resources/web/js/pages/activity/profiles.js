// Billing profiles as the activity and rules pages show them: a readable name and a stable colour.

import { api } from '../../api.js';

// Colours a white label reads on (WCAG AA for large text); a profile keeps its colour on every day.
const PALETTE = ['#1d4ed8', '#047857', '#b45309', '#6d28d9', '#be185d', '#0e7490', '#4d7c0f', '#b91c1c',
  '#4338ca', '#0f766e', '#a16207', '#7e22ce'];

/** The active profiles (up to 100), by id. */
export async function loadProfiles() {
  const data = await api.get('profiles', { per_page: 100, active_only: true });
  return data.profiles;
}

/** A profile's name, or what it bills: "Acme Corp · Bookkeeping". */
export function profileLabel(p) {
  if (!p) return 'Unassigned';
  if (p.name) return p.name;
  return [p.client_name, p.project_name, p.service_name].filter(Boolean).join(' · ') || `Profile ${p.id}`;
}

/** The colour of a profile id (null: unassigned has none, it is striped instead). */
export function profileColour(id) {
  if (id === null || id === undefined) return null;
  return PALETTE[(Number(id) - 1 + PALETTE.length * 1000) % PALETTE.length];
}

/** Select options for the profiles: [{value, label}]. */
export function profileOptions(profiles) {
  return profiles.map((p) => ({ value: p.id, label: profileLabel(p) }));
}
