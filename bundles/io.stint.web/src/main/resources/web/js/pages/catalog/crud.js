// The catalog pages' one list + create + edit screen, configured per resource:
//   title, noun ('client'), path ('clients'), key ('client'), fields, columns, sources, toggle, remove.
// Fields: {name, label, type: text|email|textarea|decimal|date|checkbox|select, required, max, hint,
//   options: [{value,label}] | source: 'clients' (+ optionLabel, empty, currentLabel, dependsOn,
//   matches), createOnly, editOnly, default}; label(item) names an item (default: its name). Sources are other lists loaded once, for selects and for
//   columns that show a referenced name.

import { api } from '../../api.js';
import { h, replace, field, table, attempt, notify, errorText, pageHeader, confirmAction, uid } from '../../ui.js';
import { listAll } from '../time/data.js';

/** The value a control shows for a field of an item ('' for nothing). */
function shown(f, item) {
  const v = item ? item[f.name] : f.default;
  if (f.type === 'checkbox') return v === undefined || v === null ? Boolean(f.default) : Boolean(v);
  return v === undefined || v === null ? '' : String(v);
}

/** The control's value as the API takes it. */
function wire(f, control) {
  if (f.type === 'checkbox') return control.checked;
  const text = control.value.trim();
  if (text === '') return null;
  if (f.type === 'decimal') return text.replace(',', '.');
  if (f.type === 'select' && f.source) return Number(text);
  return text;
}

function control(f, item, sources) {
  const attrs = { name: f.name, required: f.required || null, maxlength: f.max || null };
  let el;
  if (f.type === 'textarea') {
    el = h('textarea', attrs);
  } else if (f.type === 'checkbox') {
    el = h('input', { type: 'checkbox', name: f.name, checked: shown(f, item) });
  } else if (f.type === 'select') {
    el = h('select', { name: f.name, required: f.required || null });
    fillOptions(el, f, item, sources, null);
  } else {
    const type = { email: 'email', date: 'date' }[f.type] || 'text';
    el = h('input', { ...attrs, type, inputmode: f.type === 'decimal' ? 'decimal' : null, autocomplete: 'off' });
  }
  if (f.type !== 'checkbox') el.value = shown(f, item);
  return el;
}

/** A select's options: fixed ones, or a source's items (only those matching the field it depends on). */
function fillOptions(el, f, item, sources, parentValue) {
  const keep = el.value || shown(f, item);
  el.replaceChildren();
  el.append(h('option', { value: '' }, f.empty || (f.required ? 'Choose…' : '—')));
  const options = f.options || (sources[f.source] || [])
    .filter((o) => !f.dependsOn || !parentValue || f.matches(o, parentValue))
    .map((o) => ({ value: String(o.id), label: f.optionLabel ? f.optionLabel(o) : o.name }));
  options.forEach((o) => el.append(h('option', { value: String(o.value) }, o.label)));
  const current = shown(f, item);
  if (current && !options.some((o) => String(o.value) === current)) {
    el.append(h('option', { value: current }, f.currentLabel ? f.currentLabel(item) || current : current));
  }
  el.value = options.some((o) => String(o.value) === keep) || keep === current ? keep : '';
}

/** Renders a catalog page for one resource. */
export async function catalog(view, ctx, config) {
  const sources = {};
  await Promise.all(Object.entries(config.sources || {}).map(async ([name, s]) => {
    sources[name] = ctx.caps.has(`/${s.path}`) ? await listAll(s.path, s.path, s.query || {}) : [];
  }));
  const byId = (name) => new Map((sources[name] || []).map((o) => [o.id, o]));
  const lookups = Object.fromEntries(Object.keys(sources).map((name) => [name, byId(name)]));

  const nameOf = (item) => (config.label ? config.label(item) : item.name);
  const formBox = h('div');
  const listBox = h('div');
  let showAll = false;

  async function reload() {
    const query = config.toggle ? (showAll ? config.toggle.on : config.toggle.off) : {};
    const items = await listAll(config.path, config.path, query);
    if (config.sort !== false) items.sort((a, b) => String(a.name || '').localeCompare(String(b.name || '')));
    replace(listBox, table({
      caption: config.title,
      stack: true,
      columns: [...config.columns.map((c) => ({ title: c.title, class: c.class, cell: (item) => c.cell(item, lookups) })), {
        title: 'Actions',
        cell: (item) => h('div', { class: 'row-actions' },
          h('button', { type: 'button', 'aria-label': `Edit ${nameOf(item)}`, onclick: () => openForm(item) }, 'Edit'),
          config.remove && (!config.remove.when || config.remove.when(item))
            ? h('button', { type: 'button', class: 'danger', 'aria-label': `${config.remove.label} ${nameOf(item)}`,
              onclick: () => remove(item) }, config.remove.label)
            : null),
      }],
      rows: items,
      rowAttrs: (item) => ({ dataset: { id: item.id } }),
      empty: `No ${config.title.toLowerCase()} yet.`,
    }));
  }

  async function remove(item) {
    if (!(await confirmAction(config.remove.question(item), config.remove.label))) return;
    if (await attempt(() => api.del(`${config.path}/${item.id}`), config.remove.done)) await reload();
  }

  /** The form: a new item without `item`, else that item's edit. */
  function openForm(item) {
    const editing = Boolean(item);
    const fields = config.fields.filter((f) => (editing ? !f.createOnly : !f.editOnly));
    const controls = new Map(fields.map((f) => [f.name, control(f, item, sources)]));
    for (const f of fields.filter((x) => x.dependsOn && controls.has(x.dependsOn))) {
      const parent = controls.get(f.dependsOn);
      const refill = () => fillOptions(controls.get(f.name), f, item, sources, parent.value);
      parent.addEventListener('change', refill);
      refill();
    }
    const titleId = uid('catalog-form');
    const error = h('p', { class: 'error', role: 'alert' });
    const form = h('form', { class: 'card catalog-form', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, editing ? `Edit ${config.noun}: ${nameOf(item)}` : `New ${config.noun}`),
      h('div', { class: 'grid' }, fields.map((f) => {
        const el = controls.get(f.name);
        if (f.type === 'checkbox') {
          el.id = uid('field');
          return h('div', { class: 'field inline' }, el, h('label', { for: el.id }, f.label));
        }
        const wrap = field(f.label, el, f.hint);
        if (f.type === 'textarea') wrap.classList.add('wide');
        return wrap;
      })),
      error,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: 'primary' }, editing ? 'Save' : `Create ${config.noun}`),
        editing ? h('button', { type: 'button', onclick: () => openForm(null) }, 'Cancel') : null));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.textContent = '';
      const body = {};
      for (const f of fields) {
        const el = controls.get(f.name);
        const value = wire(f, el);
        const changed = f.type === 'checkbox' ? value !== shown(f, item) : el.value.trim() !== shown(f, item);
        if (editing ? changed : value !== null) body[f.name] = value;
      }
      if (config.beforeSave) config.beforeSave(body, item);
      if (editing && Object.keys(body).length === 0) {
        openForm(null);
        return;
      }
      try {
        if (editing) await api.patch(`${config.path}/${item.id}`, body);
        else await api.post(config.path, body);
      } catch (err) {
        error.textContent = errorText(err);
        return;
      }
      notify(editing ? `${capital(config.noun)} saved` : `${capital(config.noun)} created`, 'success');
      openForm(null);
      await reload();
      // Back where the person was: the edited row's Edit button, or the new form for the next one.
      const next = editing ? listBox.querySelector(`tr[data-id="${item.id}"] button`) : formBox.querySelector('input, select');
      if (next) next.focus();
    });
    replace(formBox, form);
    if (editing) {
      form.scrollIntoView({ block: 'nearest' });
      form.querySelector('input, select, textarea').focus();
    }
  }

  const toggle = config.toggle ? (() => {
    const box = h('input', { type: 'checkbox', id: uid('toggle') });
    box.addEventListener('change', () => { showAll = box.checked; attempt(reload); });
    return h('div', { class: 'field inline' }, box, h('label', { for: box.id }, config.toggle.label));
  })() : null;

  replace(view, pageHeader(config.title, toggle), config.intro ? h('p', { class: 'hint' }, config.intro) : null, formBox, listBox);
  openForm(null);
  await reload();
}

function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "150.00 EUR", or '' without an amount. */
export function money(amount, currency) {
  if (amount === null || amount === undefined || amount === '') return '';
  return currency ? `${amount} ${currency}` : String(amount);
}
