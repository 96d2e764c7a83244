// The rule form: create or edit a rule, and preview the blocks it would change before saving.

import { api } from '../../api.js';
import { h, replace, field, select, table, attempt, notify, localTime, uid } from '../../ui.js';
import { profileLabel } from '../activity/profiles.js';

const TYPES = [
  { value: 'APP', label: 'Application (exact name)', hint: 'The application name, ignoring case, e.g. excel.exe.' },
  { value: 'DOMAIN', label: 'Web domain', hint: 'A host and its subdomains, e.g. github.com.' },
  { value: 'TITLE_REGEX', label: 'Window title (regular expression)', hint: 'Found anywhere in the title, e.g. TPS [Rr]eport.' },
  { value: 'KEYWORD', label: 'Keyword', hint: 'A word in the title, application or address, ignoring case.' },
  { value: 'COMPOSITE', label: 'Composite (JSON)', hint: '' },
];
const COMPOSITE_EXAMPLE = '{"all": [{"app": "zoom"}, {"keyword": "standup"}]}';

/**
 * The form. `profiles`, `services` for the selects; `saved(answer)` after a create or update with
 * the API's answer (rule and job). Answers {element, edit(rule), reset(), suggest(priority)}.
 */
export function ruleForm({ profiles, services, saved }) {
  let editing = null;
  const title = h('h2', { id: 'rule-form-title' }, 'New rule');
  const name = h('input', { name: 'name', required: true, maxlength: 255 });
  const type = select(TYPES, { name: 'match_type', value: 'APP' });
  const pattern = h('input', { name: 'match_value', maxlength: 16384 });
  const composite = h('textarea', { name: 'composite', rows: 4, spellcheck: 'false', placeholder: COMPOSITE_EXAMPLE });
  const profile = select(profiles.map((p) => ({ value: p.id, label: profileLabel(p) })), { name: 'target_profile_id', empty: 'Choose a profile' });
  const service = select(services.map((s) => ({ value: s.id, label: s.name })), { name: 'target_service_id', empty: "The profile's service" });
  const priority = h('input', { name: 'priority', type: 'number', min: -1000000, max: 1000000, step: 1, value: '10', required: true });
  const boost = h('input', { name: 'confidence_boost', type: 'number', min: -100, max: 100, step: 1, value: '0' });
  const enabled = h('input', { name: 'enabled', type: 'checkbox', checked: true });
  const from = h('input', { name: 'preview_from', type: 'date' });
  const to = h('input', { name: 'preview_to', type: 'date' });
  const patternField = field('Pattern', pattern, TYPES[0].hint);
  const compositeField = field('Condition (JSON)', composite,
    'Nodes: {"all": […]}, {"any": […]}, {"not": node} and leaves {"app"}, {"domain"}, {"title_regex"}, {"keyword"}.');
  // form.reset() goes back to the default values, not to the values set when the inputs were made
  priority.defaultValue = '10';
  boost.defaultValue = '0';
  enabled.defaultChecked = true;
  enabled.id = uid('rule-enabled');
  const enabledField = h('div', { class: 'field inline' }, enabled, h('label', { for: enabled.id }, 'Enabled'));
  const previewBox = h('div', { class: 'preview', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'primary' }, 'Create rule');
  const cancel = h('button', { type: 'button', hidden: true, onclick: () => reset() }, 'Cancel editing');

  function showType() {
    const t = TYPES.find((x) => x.value === type.value);
    compositeField.hidden = type.value !== 'COMPOSITE';
    patternField.hidden = type.value === 'COMPOSITE';
    const hint = patternField.querySelector('.hint');
    if (hint) hint.textContent = t.hint;
  }
  type.addEventListener('change', showType);

  /** The rule's fields as the API takes them, or null after telling what is missing. */
  function body() {
    const b = {
      name: name.value.trim(),
      match_type: type.value,
      target_profile_id: profile.value === '' ? null : Number(profile.value),
      target_service_id: service.value === '' ? null : Number(service.value),
      priority: Number(priority.value || 0),
      confidence_boost: Number(boost.value || 0),
      enabled: enabled.checked,
    };
    if (type.value === 'COMPOSITE') {
      try {
        b.match_value = JSON.parse(composite.value);
      } catch (err) {
        notify(`The condition is not valid JSON: ${err.message}`, 'error');
        composite.focus();
        return null;
      }
    } else {
      b.match_value = pattern.value.trim();
    }
    return b;
  }

  function profileName(id) {
    if (id === null || id === undefined) return 'Unassigned';
    const p = profiles.find((x) => x.id === id);
    return p ? profileLabel(p) : `Profile ${id}`;
  }

  async function preview() {
    const b = body();
    if (!b) return;
    if (editing) b.rule_id = editing.id;
    if (from.value) b.start_date = from.value;
    if (to.value) b.end_date = to.value;
    b.limit = 200;
    const answer = await attempt(() => api.post('rules/preview', b));
    if (!answer) return;
    replace(previewBox,
      h('h3', {}, 'Preview'),
      h('p', { id: 'preview-count', role: 'status' }, answer.count === 0
        ? 'Saving this rule would change no stored block.'
        : `Saving this rule would change ${answer.count} block${answer.count === 1 ? '' : 's'}${answer.count >= answer.limit ? ' (the first ' + answer.limit + ' shown)' : ''}.`),
      table({
        caption: 'Blocks the rule would change',
        stack: true,
        empty: '',
        rowAttrs: (c) => ({ 'data-block-id': String(c.block_id) }),
        columns: [
          { title: 'When', cell: (c) => `${localTime(c.ts_start)}–${(c.ts_end || '').slice(11, 16)}` },
          { title: 'Application', cell: (c) => c.primary_app_name || '' },
          { title: 'Title / domain', cell: (c) => [c.title_summary, c.primary_domain].filter(Boolean).join(' — ') },
          { title: 'Now', cell: (c) => `${profileName(c.before.profile_id)} (${c.before.confidence || '—'})` },
          { title: 'After', cell: (c) => h('strong', {}, `${profileName(c.after.profile_id)} (${c.after.confidence})`) },
        ],
        rows: answer.changes,
      }));
  }

  const form = h('form', { class: 'card rule-form', 'aria-labelledby': 'rule-form-title', novalidate: true },
    title,
    h('div', { class: 'grid' },
      field('Name', name),
      field('Match type', type),
      field('Target profile', profile),
      field('Target service (optional)', service, 'Bills the block under this service instead of the profile\'s.')),
    patternField,
    compositeField,
    h('div', { class: 'grid' },
      field('Priority', priority, 'Higher runs first; the first matching rule wins.'),
      field('Confidence boost', boost, 'From -100 to 100, added to the match type\'s base.'),
      enabledField),
    h('fieldset', { class: 'preview-range' }, h('legend', {}, 'Preview over (optional)'),
      h('div', { class: 'row' }, field('From', from), field('To', to))),
    h('div', { class: 'actions' },
      h('button', { type: 'button', onclick: preview }, 'Preview'),
      submit, cancel),
    previewBox);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const b = body();
    if (!b) return;
    const answer = await attempt(() => (editing ? api.patch(`rules/${editing.id}`, b) : api.post('rules', b)),
      editing ? 'Rule saved' : 'Rule created');
    if (!answer) return;
    reset();
    await saved(answer);
  });

  /** Back to an empty "new rule" form. */
  function reset() {
    editing = null;
    form.reset();
    title.textContent = 'New rule';
    submit.textContent = 'Create rule';
    cancel.hidden = true;
    enabled.checked = true;
    replace(previewBox);
    showType();
  }

  function edit(rule) {
    editing = rule;
    title.textContent = `Edit rule “${rule.name}”`;
    submit.textContent = 'Save changes';
    cancel.hidden = false;
    name.value = rule.name;
    type.value = rule.match_type;
    if (rule.match_type === 'COMPOSITE') {
      try { composite.value = JSON.stringify(JSON.parse(rule.match_value), null, 2); } catch (e) { composite.value = rule.match_value; }
      pattern.value = '';
    } else {
      pattern.value = rule.match_value;
      composite.value = '';
    }
    profile.value = String(rule.target_profile_id);
    service.value = rule.target_service_id === null ? '' : String(rule.target_service_id);
    priority.value = String(rule.priority);
    boost.value = String(rule.confidence_boost);
    enabled.checked = rule.enabled;
    replace(previewBox);
    showType();
    form.scrollIntoView({ block: 'start' });
    name.focus();
  }

  /** The priority a new rule starts with, unless a rule is being edited or typed. */
  function suggest(next) {
    if (!editing && name.value === '') priority.value = String(next);
  }

  showType();
  return { element: form, edit, reset, suggest };
}
