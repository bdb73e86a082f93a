// Parallax web UI: a small hash-routed client over the JSON API.
// Pages: #/ (stories), #/story/ID, #/article/ID, #/search?q=...
// All text from the store goes into the page through textContent; the only
// HTML inserted is the server's escaped search highlighting (*_html fields).
'use strict';

const PAGE = 50;
const OUTLET_COLORS = ['#0b57b0', '#b3261e', '#1e7b34', '#7a2e00', '#6b3fa0', '#00707a', '#8a5a00', '#444b55'];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k === 'style') e.style.cssText = v;  // CSSOM: the CSP (style-src 'self') blocks style attributes
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

async function api(path) {
  const res = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : res.status + ' ' + res.statusText;
    throw new Error(msg);
  }
  return body;
}

function main() { return document.getElementById('main'); }

function show(title, ...nodes) {
  document.title = title ? title + ' · Parallax' : 'Parallax';
  const m = main();
  m.replaceChildren(...nodes);
  m.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function showError(err) {
  show('Error', el('h1', { text: 'Something went wrong' }), el('p', { class: 'error', role: 'alert', text: err.message }));
}

function outletColor(name, all) {
  const i = all.indexOf(name);
  return OUTLET_COLORS[(i < 0 ? 0 : i) % OUTLET_COLORS.length];
}

function dateRange(first, last) {
  if (!first) return 'undated';
  return first === last ? first : first + ' – ' + last;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== undefined && v !== null) u.set(k, v);
  return u.toString();
}

// ---- Story list ---------------------------------------------------------

async function storyList(params) {
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  const filters = { outlet: params.get('outlet') || '', entity: params.get('entity') || '',
                    since: params.get('since') || '', until: params.get('until') || '' };
  const data = await api('/api/stories?' + qs({ ...filters, limit: PAGE, offset }));
  const list = el('ul', { class: 'stories', 'aria-label': 'Stories' });
  for (const s of data.stories) {
    const balance = el('div', { class: 'balance', role: 'img',
      'aria-label': 'Outlets: ' + s.outlets.join(', ') });
    for (const o of s.outlets) {
      balance.append(el('span', { style: 'width:' + (100 / s.outlets.length) + '%;background:' + outletColor(o, s.outlets), title: o }));
    }
    list.append(el('li', {},
      el('a', { class: 'title', href: '#/story/' + encodeURIComponent(s.id), text: s.title || '(untitled story)' }),
      el('div', { class: 'meta' }, dateRange(s.first_date, s.last_date), ' · ', s.articles + ' article' + (s.articles === 1 ? '' : 's'),
        s.duplicates ? ' (' + s.duplicates + ' copies)' : '', ' · ', s.outlets.length + ' outlet' + (s.outlets.length === 1 ? '' : 's')),
      balance,
      el('ul', { class: 'chips', 'aria-label': 'Outlets' }, s.outlets.map(o => el('li', { text: o })))));
  }
  const form = filterForm(filters, ['outlet', 'entity', 'since', 'until'], f => { location.hash = '#/?' + qs(f); });
  const nodes = [el('h1', { text: 'Stories' }), form];
  nodes.push(data.stories.length ? list : el('p', { text: 'No stories match. Ingest articles with `parallax ingest`.' }));
  nodes.push(pager(offset, data.stories.length, data.has_more, o => '#/?' + qs({ ...filters, offset: o })));
  show('Stories', ...nodes);
}

function filterForm(values, names, submit) {
  const labels = { outlet: 'Outlet', entity: 'Entity', since: 'From date', until: 'To date', q: 'Words' };
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': 'Filter' });
  for (const n of names) {
    const type = n === 'since' || n === 'until' ? 'date' : (n === 'q' ? 'search' : 'text');
    form.append(el('label', {}, labels[n], el('input', { name: n, type, value: values[n] || '' })));
  }
  form.append(el('button', { type: 'submit', text: names.includes('q') ? 'Search' : 'Filter' }));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const f = {};
    for (const n of names) f[n] = form.elements[n].value.trim();
    submit(f);
  });
  return form;
}

function pager(offset, count, hasMore, href) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  if (offset > 0) nav.append(el('a', { href: href(Math.max(0, offset - PAGE)), text: '← Newer' }));
  if (count) nav.append(el('span', { class: 'meta', text: (offset + 1) + '–' + (offset + count) }));
  if (hasMore) nav.append(el('a', { href: href(offset + PAGE), text: 'Older →' }));
  return nav;
}

// ---- Story page ---------------------------------------------------------

function dayNumber(s) { return Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000; }

function timelineAxis(entries) {
  const dated = entries.filter(e => e.first_day && !e.background);
  const use = dated.length ? dated : entries;
  if (!use.length) return null;
  let lo = Math.min(...use.map(e => dayNumber(e.first_day))), hi = Math.max(...use.map(e => dayNumber(e.last_day)));
  if (hi - lo < 2) { lo -= 1; hi += 1; }
  const W = 800, H = 70, pad = 40;
  const x = d => pad + (W - 2 * pad) * (d - lo) / (hi - lo);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'axis');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Timeline from ' + new Date(lo * 86400000).toISOString().slice(0, 10) + ' to ' +
                   new Date(hi * 86400000).toISOString().slice(0, 10) + ', ' + use.length + ' dated entries');
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text) n.textContent = text;
    svg.append(n);
    return n;
  };
  add('line', { x1: pad, x2: W - pad, y1: 30, y2: 30, stroke: '#50545c', 'stroke-width': 1.5 });
  const ticks = Math.min(6, hi - lo);
  for (let i = 0; i <= ticks; i++) {
    const d = lo + Math.round((hi - lo) * i / ticks);
    add('line', { x1: x(d), x2: x(d), y1: 26, y2: 34, stroke: '#50545c' });
    add('text', { x: x(d), y: 52, 'text-anchor': 'middle' }, new Date(d * 86400000).toISOString().slice(0, 10));
  }
  const counts = {};
  for (const e of use) {
    const a = dayNumber(e.first_day), b = dayNumber(e.last_day);
    const key = e.first_day;
    const stack = counts[key] = (counts[key] || 0) + 1;
    if (b > a) add('rect', { x: x(a), y: 30 - 4 - 6 * stack, width: Math.max(2, x(b) - x(a)), height: 4, fill: '#0b57b0', opacity: 0.5 });
    else add('circle', { cx: x(a), cy: 30 - 6 * stack, r: 4, fill: '#0b57b0' });
  }
  return svg;
}

function timelineSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-timeline' }, el('h2', { id: 'h-timeline', text: 'Timeline' }));
  if (!view.timeline.length) { sec.append(el('p', { class: 'meta', text: 'No dated statements.' })); return sec; }
  const axis = timelineAxis(view.timeline);
  if (axis) sec.append(el('figure', {}, axis, el('figcaption', { class: 'visually-hidden', text: 'Dated events on a calendar axis' })));
  const ol = el('ol', { class: 'timeline' });
  for (const e of view.timeline) {
    ol.append(el('li', { class: e.background ? 'bg' : null },
      el('time', { datetime: e.first_day, text: e.date }),
      el('div', {}, e.statement, ' ', el('span', { class: 'meta' }, '— ', e.outlets.join(', '),
        e.background ? ' (background)' : ''))));
  }
  sec.append(ol);
  if (view.timeline_omitted) {
    sec.append(el('p', { class: 'meta', text: `The ${view.timeline.length} most salient entries are shown; ${view.timeline_omitted} less salient ones are left out.` }));
  }
  return sec;
}

function coverageSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-coverage' }, el('h2', { id: 'h-coverage', text: 'Coverage: who reports what' }));
  const cov = view.coverage;
  let outlets, rows;
  if (cov && cov.facts && cov.facts.length) {
    const facts = {};
    for (const f of view.facts || []) facts[f.id] = f;
    outlets = cov.outlets;
    rows = cov.facts.slice(0, 30).map((id, i) => ({ label: [facts[id] ? facts[id].text : id], counts: cov.matrix[i] }));
  } else {  // no synthesis: the dated timeline entries stand in for facts
    outlets = view.story.outlets;
    rows = view.timeline.filter(e => !e.background).slice(0, 30).map(e => ({
      label: [el('time', { datetime: e.first_day, text: e.date }), ' ', e.statement],
      counts: outlets.map(o => (e.outlets.includes(o) ? 1 : 0)) }));
  }
  if (!rows.length) { sec.append(el('p', { class: 'meta', text: 'Nothing to compare.' })); return sec; }
  const table = el('table', {},
    el('caption', { class: 'visually-hidden', text: 'Which outlet reports each fact' }),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Fact' }), outlets.map(o => el('th', { scope: 'col', text: o })))));
  const body = el('tbody');
  for (const r of rows) {
    const label = r.label.map(x => (typeof x === 'string' && x.length > 160 ? x.slice(0, 157) + '…' : x));
    body.append(el('tr', {}, el('th', { scope: 'row' }, label),
      r.counts.map(n => n ? el('td', { class: 'yes' }, '✓', el('span', { class: 'visually-hidden', text: ' reported' }))
                          : el('td', { class: 'no' }, '–', el('span', { class: 'visually-hidden', text: ' not reported' })))));
  }
  table.append(body);
  sec.append(el('div', { class: 'table-wrap' }, table));
  return sec;
}

function conflictsSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-conflicts' }, el('h2', { id: 'h-conflicts', text: 'Conflicting claims' }));
  const conflicts = view.conflicts || [];
  if (!conflicts.length) { sec.append(el('p', { class: 'meta', text: 'No conflicting claims found.' })); return sec; }
  for (const c of conflicts.slice(0, 20)) {
    const grid = el('div', { class: 'side-by-side' });
    for (const claim of c.claims) {
      grid.append(el('section', {}, el('h4', { text: claim.surface || claim.value }),
        el('p', { class: 'meta', text: claim.outlets.join(', ') }),
        (claim.sources || []).slice(0, 2).map(src => el('blockquote', {}, src.text, ' ',
          el('a', { class: 'meta', href: '#/article/' + src.article, text: '— ' + src.outlet })))));
    }
    sec.append(el('h3', { text: c.kind + ': ' + c.subject }), grid);
  }
  return sec;
}

function summarySection(view) {
  if (!view.summary || !view.summary.length) return null;
  return el('section', { 'aria-labelledby': 'h-summary' }, el('h2', { id: 'h-summary', text: 'Summary' }),
    el('ul', {}, view.summary.map(x => el('li', {}, x.text, ' ',
      el('a', { class: 'meta', href: '#/article/' + x.article, text: '— ' + x.outlet })))));
}

function labelsSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-labels' }, el('h2', { id: 'h-labels', text: 'Words outlets chose' }));
  const differing = view.labels.filter(l => l.differs);
  if (!differing.length) { sec.append(el('p', { class: 'meta', text: 'No subject is labelled differently by different outlets.' })); return sec; }
  for (const l of differing) {
    const grid = el('div', { class: 'side-by-side' });
    const byOutlet = {};
    for (const c of l.choices) (byOutlet[c.outlet] = byOutlet[c.outlet] || []).push(c.label + (c.count > 1 ? ' ×' + c.count : ''));
    for (const [o, labels] of Object.entries(byOutlet)) grid.append(el('section', {}, el('h3', { text: o }), el('p', { text: labels.join(', ') })));
    sec.append(el('h3', { text: l.subject }), grid);
  }
  return sec;
}

function entitiesSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-entities' }, el('h2', { id: 'h-entities', text: 'Who and what' }));
  const outlets = view.story.outlets;
  const list = view.entities.slice(0, 25);
  if (!list.length) { sec.append(el('p', { class: 'meta', text: 'No entities found.' })); return sec; }
  const table = el('table', {},
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Entity' }), el('th', { scope: 'col', text: 'Roles (by outlet)' }),
      outlets.map(o => el('th', { scope: 'col', text: o })))));
  const body = el('tbody');
  for (const e of list) {
    const roles = e.roles.map(r => el('div', {}, [r.qualifier, r.affiliation, r.role].filter(Boolean).join(' '),
      el('span', { class: 'meta', text: ' (' + r.outlets.join(', ') + ')' })));
    body.append(el('tr', {}, el('th', { scope: 'row' }, el('span', { class: 'ent ent-' + e.type, text: e.name }), ' ',
      el('span', { class: 'meta', text: e.type })), el('td', {}, roles.length ? roles : '–'),
      outlets.map(o => el('td', { text: String(e.outlets[o] || 0) }))));
  }
  table.append(body);
  sec.append(el('div', { class: 'table-wrap' }, table));
  return sec;
}

function quotesSection(view) {
  const sec = el('section', { 'aria-labelledby': 'h-quotes' }, el('h2', { id: 'h-quotes', text: 'Quotes by speaker' }));
  if (!view.quotes.length) { sec.append(el('p', { class: 'meta', text: 'No quotations found.' })); return sec; }
  for (const s of view.quotes.slice(0, 30)) {
    const d = el('details', {}, el('summary', {}, s.speaker, ' ', el('span', { class: 'meta', text: '(' + s.quotes.length + ', ' + s.source_type + ')' })));
    for (const q of s.quotes) {
      d.append(el('blockquote', {}, q.direct ? '“' + q.text + '”' : q.text, ' ',
        el('a', { class: 'meta', href: '#/article/' + q.article, text: '— ' + q.outlet })));
    }
    sec.append(d);
  }
  return sec;
}

async function storyPage(id) {
  const view = await api('/api/stories/' + encodeURIComponent(id));
  const s = view.story;
  const members = el('ul', {}, view.members.map(m => el('li', {},
    el('a', { href: '#/article/' + m.id, class: m.title ? null : 'lead', text: m.title || m.lead || '(untitled)' }), ' ',
    el('span', { class: 'meta', text: '— ' + m.outlet + (m.published ? ', ' + m.published : '') + (m.duplicate_of ? ' (copy)' : '') }))));
  show(s.title || 'Story',
    el('h1', { text: s.title || '(untitled story)' }),
    el('p', { class: 'meta' }, dateRange(s.first_date, s.last_date), ' · ', s.articles + ' article' + (s.articles === 1 ? '' : 's') + ' · ', s.outlets.join(', ')),
    summarySection(view), timelineSection(view), coverageSection(view), conflictsSection(view), labelsSection(view), entitiesSection(view), quotesSection(view),
    el('section', { 'aria-labelledby': 'h-members' }, el('h2', { id: 'h-members', text: 'Articles' }), members));
}

// ---- Article page -------------------------------------------------------

// Byte offsets (UTF-8) to string indices (UTF-16) for `text`.
function byteIndex(text) {
  const map = new Uint32Array(new TextEncoder().encode(text).length + 1);
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i);
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map[b + k] = i;
    b += n;
    if (cp >= 0x10000) i++;
  }
  map[b] = text.length;
  return map;
}

// Highlights of the body, or of the headline when `inTitle` (its layers'
// spans index the title).
function annotations(a, inTitle) {
  const out = [];
  for (const e of (inTitle ? a.title_entities : a.entities) || []) {
    const chain = e.chain !== undefined && e.chain >= 0 ? a.entity_chains[e.chain] : null;
    out.push({ span: e.span, cls: 'ent ent-' + e.type, tip: e.type + (chain && chain.name !== e.text ? ': ' + chain.name : ''), kind: 'entity' });
  }
  for (const t of (inTitle ? a.title_times : a.times) || []) out.push({ span: t.span, cls: 'time', tip: t.type + ' ' + t.value, kind: 'time', value: t.value });
  if (!inTitle) for (const q of a.quotes || []) out.push({ span: q.span, cls: 'quote', tip: 'quote: ' + (q.speaker || 'unattributed'), kind: 'quote' });
  for (const l of a.loaded_terms || []) if (!l.in_title === !inTitle) out.push({ span: l.span, cls: 'loaded', tip: 'loaded term: ' + l.display, kind: 'loaded' });
  return out;
}

// One paragraph's text with annotations as nested-free segments: each
// segment carries the classes and tips of every annotation covering it.
function renderRange(text, map, begin, end, anns) {
  const cuts = new Set([begin, end]);
  const inside = anns.filter(x => x.span[0] < end && x.span[1] > begin);
  for (const x of inside) { cuts.add(Math.max(begin, x.span[0])); cuts.add(Math.min(end, x.span[1])); }
  const points = [...cuts].sort((p, q) => p - q);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i], e = points[i + 1];
    const str = text.slice(map[b], map[e]);
    const cover = inside.filter(x => x.span[0] <= b && x.span[1] >= e);
    if (!cover.length) { nodes.push(str); continue; }
    const tips = cover.map(x => x.tip);
    const attrs = { class: cover.map(x => x.cls).join(' '), 'data-tip': tips.join(' · '), tabindex: '0' };
    const time = cover.find(x => x.kind === 'time');
    if (time) attrs['data-value'] = time.value;
    nodes.push(el(time ? 'time' : 'span', attrs, str));
  }
  return nodes;
}

async function articlePage(id) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const map = byteIndex(a.text);
  const anns = annotations(a, false);
  const titleBytes = new TextEncoder().encode(a.title || '').length;
  const headline = a.title ? renderRange(a.title, byteIndex(a.title), 0, titleBytes, annotations(a, true)) : '(untitled)';
  const body = el('div', { class: 'article-body' });
  for (const p of a.paragraphs) body.append(el(p.heading ? 'h3' : 'p', {}, renderRange(a.text, map, p.span[0], p.span[1], anns)));
  const legend = el('ul', { class: 'legend', 'aria-label': 'Highlight legend' },
    el('li', {}, el('span', { class: 'ent ent-PER', text: 'person' })), el('li', {}, el('span', { class: 'ent ent-ORG', text: 'organization' })),
    el('li', {}, el('span', { class: 'ent ent-LOC', text: 'place' })), el('li', {}, el('span', { class: 'ent ent-MISC', text: 'other name' })),
    el('li', {}, el('span', { class: 'time', text: 'date (hover or focus for its value)' })), el('li', {}, el('span', { class: 'quote', text: 'quotation' })),
    el('li', {}, el('span', { class: 'loaded', text: 'loaded term' })));
  const chains = (a.entity_chains || []).slice().sort((x, y) => y.mentions.length - x.mentions.length);
  const aside = el('aside', { 'aria-label': 'Annotations' },
    el('h2', { text: 'Entities' }), el('ul', {}, chains.slice(0, 30).map(c => el('li', {}, c.name, ' ', el('span', { class: 'meta', text: c.type + ' ×' + c.mentions.length })))),
    el('h2', { text: 'Dates' }), el('ul', {}, (a.times || []).slice(0, 40).map(t => el('li', {}, '“' + t.text + '” ', el('span', { class: 'meta', text: '→ ' + t.value })))),
    el('h2', { text: 'Quoted' }), el('ul', {}, (a.quotes || []).slice(0, 30).map(q => el('li', {}, q.speaker || 'unattributed', el('span', { class: 'meta', text: q.direct ? ' (direct)' : ' (reported)' })))));
  const story = a.story ? el('a', { href: '#/story/' + encodeURIComponent(a.story.story_id), text: 'Part of a story' }) : null;
  show(a.title || 'Article',
    el('h1', {}, headline),
    el('p', { class: 'meta' }, a.outlet || 'unknown outlet', a.published ? ' · ' + a.published : '', a.byline ? ' · ' + a.byline : '', story ? ' · ' : '', story),
    legend, el('div', { class: 'layout' }, body, aside));
}

// ---- Search page --------------------------------------------------------

async function searchPage(params) {
  const f = { q: params.get('q') || '', outlet: params.get('outlet') || '', since: params.get('since') || '', until: params.get('until') || '' };
  const offset = parseInt(params.get('offset') || '0', 10) || 0;
  const form = filterForm(f, ['q', 'outlet', 'since', 'until'], v => { location.hash = '#/search?' + qs(v); });
  if (!f.q && !f.outlet && !f.since && !f.until) { show('Search', el('h1', { text: 'Search' }), form); return; }
  const data = await api('/api/search?' + qs({ ...f, limit: 20, offset }));
  const hits = el('ol', { class: 'hits', start: offset + 1, 'aria-label': 'Results' });
  for (const h of data.hits) {
    const title = el('a', { href: '#/article/' + h.id });
    title.innerHTML = h.title_html || '(untitled)';  // escaped by the server; only <mark> is markup
    const snip = el('p', {});
    snip.innerHTML = h.snippet_html;
    hits.append(el('li', {}, title, el('div', { class: 'meta', text: (h.outlet || 'unknown outlet') + (h.published ? ' · ' + h.published : '') }), snip));
  }
  const summary = el('p', { class: 'meta', role: 'status' },
    (data.total_is_estimate ? 'at least ' : '') + data.total + ' result' + (data.total === 1 ? '' : 's'),
    !data.relaxed ? '' : data.all_words === 0 ? ' (no article has every word; showing articles with some of them)'
      : ' (' + data.all_words + ' with every word, then articles with some of them)',
    data.rank_window ? '; ranked by relevance within each ' + data.rank_window + ' newest matches' : '');
  show('Search: ' + f.q, el('h1', { text: 'Search' }), form, summary, hits,
    pager(offset, data.hits.length, offset + data.hits.length < data.total, o => '#/search?' + qs({ ...f, offset: o })));
}

// ---- Router -------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  main().replaceChildren(el('p', { class: 'loading', text: 'Loading…' }));
  try {
    let m;
    if ((m = path.match(/^\/story\/([^/]+)$/))) await storyPage(decodeURIComponent(m[1]));
    else if ((m = path.match(/^\/article\/([^/]+)$/))) await articlePage(decodeURIComponent(m[1]));
    else if (path === '/search') await searchPage(params);
    else await storyList(params);
  } catch (err) {
    showError(err);
  }
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('quick-search').addEventListener('submit', ev => {
    ev.preventDefault();
    const q = document.getElementById('quick-q').value.trim();
    location.hash = '#/search?' + qs({ q });
  });
  window.addEventListener('hashchange', route);
  route();
});
