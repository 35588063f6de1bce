// The playground page: a form with the API's field names, POST /v1/score with explain, the answer drawn for a person.
// The page checks nothing itself: whatever the API refuses is shown beside the field the API names (errors[].pointer).
'use strict';

const ACTIVITY = Array.from({ length: 12 }, (_, i) => ({ name: 'user_activity_var_' + (i + 1), kind: 'int' }));
const FIELDS = [
  { name: 'id', kind: 'text' },
  { name: 'created_at', kind: 'date' },
  { name: 'campaign_var_1', kind: 'int' },
  { name: 'campaign_var_2', kind: 'int' },
  { name: 'products_purchased', kind: 'choice', choices: ['', '0', '1', '2', '3', '4'] },
  { name: 'signup_date', kind: 'date' },
  ...ACTIVITY,
];

// Leads from events/score-batch.json (and one without a signup), to start from.
const EXAMPLES = [
  { label: 'Signed up, plan 3', lead: { id: 'lead-00001', created_at: '2021-01-18', campaign_var_1: 14, campaign_var_2: 3,
    products_purchased: 3, signup_date: '2020-03-18', user_activity_var_1: 0, user_activity_var_2: 1, user_activity_var_3: 0,
    user_activity_var_4: 1, user_activity_var_5: 2, user_activity_var_6: 0, user_activity_var_7: 0, user_activity_var_8: 1,
    user_activity_var_9: 1, user_activity_var_10: 2, user_activity_var_11: 0, user_activity_var_12: 0 } },
  { label: 'Signed up, plan unknown', lead: { id: '10003', created_at: '2021-02-19', campaign_var_1: 5, campaign_var_2: 9,
    signup_date: '2020-06-24', user_activity_var_1: 1, user_activity_var_2: 0, user_activity_var_3: 1, user_activity_var_4: 0,
    user_activity_var_5: 0, user_activity_var_6: 1, user_activity_var_7: 1, user_activity_var_8: 0, user_activity_var_9: 0,
    user_activity_var_10: 0, user_activity_var_11: 1, user_activity_var_12: 1 } },
  { label: 'No signup', lead: { id: '10000', created_at: '2021-09-14', campaign_var_1: 1, campaign_var_2: 14,
    user_activity_var_1: 1, user_activity_var_2: 0, user_activity_var_3: 0, user_activity_var_4: 2, user_activity_var_5: 2,
    user_activity_var_6: 1, user_activity_var_7: 0, user_activity_var_8: 1, user_activity_var_9: 1, user_activity_var_10: 1,
    user_activity_var_11: 0, user_activity_var_12: 0 } },
];

const $ = (selector) => document.querySelector(selector);
const input = (name) => document.getElementById('f-' + name);
const errorOf = (name) => document.querySelector('[data-testid="error-' + name + '"]');

function buildForm() {
  const grid = $('#fields');
  for (const f of FIELDS) {
    const box = document.createElement('div');
    box.className = 'field';
    box.dataset.field = f.name;
    const label = document.createElement('label');
    label.htmlFor = 'f-' + f.name;
    label.textContent = f.name;
    let control;
    if (f.kind === 'choice') {
      control = document.createElement('select');
      for (const c of f.choices) {
        const o = document.createElement('option');
        o.value = c;
        o.textContent = c === '' ? '(missing)' : c;
        control.append(o);
      }
    } else {
      control = document.createElement('input');
      control.type = f.kind === 'int' ? 'number' : f.kind;
      if (f.kind === 'int') control.step = '1';
      if (f.name === 'signup_date') control.title = 'leave empty when the lead has not signed up';
    }
    control.id = 'f-' + f.name;
    control.name = f.name;
    const error = document.createElement('span');
    error.className = 'field-error';
    error.dataset.testid = 'error-' + f.name;
    box.append(label, control, error);
    grid.append(box);
  }
  const examples = $('.examples');
  EXAMPLES.forEach((e, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = e.label;
    b.dataset.testid = 'example-' + (i + 1);
    b.addEventListener('click', () => { fill(e.lead); clearAnswer(); });
    examples.append(b);
  });
}

/** Fills the form from an object or URLSearchParams with the API's field names; absent fields become empty. */
function fill(values) {
  const get = (name) => (values instanceof URLSearchParams ? values.get(name) : values[name]);
  for (const f of FIELDS) {
    const v = get(f.name);
    input(f.name).value = v === undefined || v === null ? '' : String(v);
  }
}

/** The lead as the API takes it: an empty field is left out (missing), integers are sent as JSON numbers. */
function readLead() {
  const lead = {};
  for (const f of FIELDS) {
    const raw = input(f.name).value.trim();
    if (raw === '') continue;
    lead[f.name] = f.kind === 'int' || f.kind === 'choice' ? Number(raw) : raw;
  }
  return lead;
}

function query(lead) {
  const q = new URLSearchParams();
  for (const f of FIELDS) {
    if (lead[f.name] !== undefined) q.set(f.name, String(lead[f.name]));
  }
  return q;
}

function clearErrors() {
  document.querySelectorAll('.field').forEach((b) => b.classList.remove('invalid'));
  document.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  const p = $('[data-testid="problem"]');
  p.hidden = true;
  p.textContent = '';
}

function clearAnswer() {
  $('#answer').hidden = true;
  clearErrors();
}

function showProblem(problem) {
  const general = [];
  for (const e of problem.errors || []) {
    // The API points at /leads/0/<field> (one lead is sent); anything else is said above the form.
    const m = /^\/leads\/0\/([a-z0-9_]+)$/.exec(e.pointer || '');
    const slot = m && errorOf(m[1]);
    if (slot) {
      slot.textContent = e.detail;
      slot.parentElement.classList.add('invalid');
    } else {
      general.push((e.pointer ? e.pointer + ': ' : '') + e.detail);
    }
  }
  if (!problem.errors || general.length) {
    const p = $('[data-testid="problem"]');
    p.textContent = (problem.title || 'The API refused the request') + ': ' + [problem.detail, ...general].filter(Boolean).join('; ');
    p.hidden = false;
  }
}

/** e^impact, the factor the field multiplies the odds by, short enough to read at a glance. */
function oddsFactor(impact) {
  const f = Math.exp(impact);
  return f >= 1000 ? '×1000+' : f >= 10 ? '×' + Math.round(f) : '×' + f.toPrecision(2);
}

function render(answer) {
  const s = answer.scores[0];
  $('[data-testid="probability"]').textContent = s.probability.toFixed(3);
  $('[data-testid="score"]').textContent = String(s.score);
  $('[data-testid="grade"]').textContent = s.grade;
  // Absent for models published without a score distribution.
  $('[data-testid="percentile"]').textContent = s.percentile === undefined ? '–' : String(s.percentile);
  $('[data-testid="buy"]').textContent = s.buy ? 'yes' : 'no';
  $('[data-testid="threshold"]').textContent = answer.model.threshold.toFixed(3);
  const reasons = $('#reasons');
  reasons.replaceChildren();
  const factors = (s.factors || []).slice().sort((a, b) => b.impact - a.impact);
  const max = Math.max(1e-9, ...factors.map((f) => Math.abs(f.impact)));
  for (const f of factors) {
    const row = document.createElement('div');
    row.className = 'bar-row';
    row.dataset.testid = 'reason';
    row.dataset.direction = f.impact >= 0 ? 'up' : 'down';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = f.label || f.feature;
    name.title = f.feature;
    const neg = document.createElement('span');
    neg.className = 'neg';
    const pos = document.createElement('span');
    pos.className = 'pos';
    const bar = document.createElement('span');
    bar.className = 'bar ' + (f.impact >= 0 ? 'up' : 'down');
    bar.style.width = (100 * Math.abs(f.impact) / max).toFixed(1) + '%';
    (f.impact >= 0 ? pos : neg).append(bar);
    const impact = document.createElement('span');
    impact.className = 'impact';
    impact.textContent = (f.impact >= 0 ? '+' : '') + f.impact.toFixed(2) + ' (' + oddsFactor(f.impact) + ' odds)';
    row.append(name, neg, pos, impact);
    reasons.append(row);
  }
  if (!factors.length) reasons.textContent = 'No field moved this lead\'s odds.';
  $('#answer').hidden = false;
}

async function score() {
  clearAnswer();
  const lead = readLead();
  const q = query(lead);
  // The form's state lives in the address: this link fills the form and scores it when opened.
  history.replaceState(null, '', '?' + q.toString());
  $('#share').href = '?' + q.toString();
  let response;
  try {
    response = await fetch('/v1/score', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ leads: [lead], explain: true }),
    });
  } catch (e) {
    showProblem({ title: 'No answer from the server', detail: String(e) });
    return;
  }
  const body = await response.json().catch(() => ({ title: 'Unreadable answer', detail: 'HTTP ' + response.status }));
  if (response.ok) render(body); else showProblem(body);
}

async function showModel() {
  try {
    const m = await (await fetch('/v1/model')).json();
    $('[data-testid="model-version"]').textContent = m.version + ' (' + m.algorithm + ')';
  } catch (e) {
    $('[data-testid="model-version"]').textContent = 'unavailable';
  }
}

document.addEventListener('DOMContentLoaded', () => {
  buildForm();
  $('#lead').addEventListener('submit', (e) => { e.preventDefault(); score(); });
  $('#clear').addEventListener('click', () => { fill({}); clearAnswer(); history.replaceState(null, '', location.pathname); });
  showModel();
  const params = new URLSearchParams(location.search);
  if (FIELDS.some((f) => params.has(f.name))) {
    fill(params);
    score();
  }
});
