// Dyad's page: Read (an article with its events), Explore (a dyad over time, the actor network), Map.
import { TEXT } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const QUAD_COLOURS = { 1: '#4a90c8', 2: '#1a8f4c', 3: '#e39b2d', 4: '#c8372d' };
const QUAD_KEYS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];

let lang = localStorage.getItem('dyad.lang') || ((navigator.language || 'es').startsWith('en') ? 'en' : 'es');
const t = (key, ...args) => {
  const v = TEXT[lang][key];
  return typeof v === 'function' ? v(...args) : v;
};
const $ = id => document.getElementById(id);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

function svg(tag, attrs = {}, ...children) {
  const e = document.createElementNS(SVG, tag);
  setAttrs(e, attrs);
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    throw new Error(body && body.message ? body.message : `HTTP ${response.status}`);
  }
  return body;
}

/** Makes a focusable SVG element act like a button: a click, Enter or Space calls open. */
function activatable(element, open) {
  element.addEventListener('click', open);
  element.addEventListener('keydown', e => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  });
}

function status(id, message, isError = false) {
  const s = $(id);
  s.textContent = message || '';
  s.classList.toggle('error', isError);
}

// ---------- language ----------

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const e of document.querySelectorAll('[data-i18n]')) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll('[data-i18n-label]')) e.setAttribute('aria-label', t(e.dataset.i18nLabel));
  const b = $('lang');
  b.textContent = lang === 'es' ? 'EN' : 'ES';
  b.setAttribute('aria-label', t('switchTo'));
  b.setAttribute('lang', lang === 'es' ? 'en' : 'es');
  for (const redraw of redraws.values()) redraw();
}
const redraws = new Map();

$('lang').addEventListener('click', () => {
  lang = lang === 'es' ? 'en' : 'es';
  localStorage.setItem('dyad.lang', lang);
  applyLanguage();
});

// ---------- tabs and addresses ----------

const tabs = [...document.querySelectorAll('[role="tab"]')];

function showView(name) {
  for (const tab of tabs) {
    const on = tab.dataset.view === name;
    tab.setAttribute('aria-selected', on);
    tab.tabIndex = on ? 0 : -1;
    $(tab.getAttribute('aria-controls')).hidden = !on;
  }
  if (name === 'map') loadMap();
  if (name === 'explore' && !networkLoaded) loadNetwork();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => { location.hash = tab.dataset.view; });
  tab.addEventListener('keydown', e => {
    const i = tabs.indexOf(tab);
    let next = null;
    if (e.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
    if (e.key === 'ArrowLeft') next = tabs[(i + tabs.length - 1) % tabs.length];
    if (next) {
      e.preventDefault();
      next.focus();
      location.hash = next.dataset.view;
    }
  });
}

function route() {
  const parts = location.hash.replace(/^#/, '').split('/').map(decodeURIComponent);
  const view = ['read', 'explore', 'map'].includes(parts[0]) ? parts[0] : 'read';
  showView(view);
  if (view === 'read' && parts[1] === 'article' && parts[2]) loadArticle(parts[2]);
  if (view === 'explore' && parts[1] && parts[2]) {
    $('actor-a').value = parts[1];
    $('actor-b').value = parts[2];
    if (parts[3]) $('explore-by').value = parts[3];
    loadTimeline(parts[1], parts[2], $('explore-by').value);
  }
}
window.addEventListener('hashchange', route);

// ---------- Read ----------

function describe(e) {
  const src = e.source ? e.source.code : '?';
  const tgt = e.target ? e.target.code : '—';
  const bits = [t('factuality')[e.factuality] || e.factuality, e.date || t('noDate')];
  if (e.place && e.place.name) bits.push(`${t('in')} ${e.place.name}${e.place.country ? ', ' + e.place.country : ''}`);
  if (e.attribution) bits.push(`${t('per')} ${e.attribution.text || e.attribution.code}`);
  return { head: `${src} → ${tgt}`, bits };
}

function eventItem(e, extra) {
  const d = describe(e);
  const li = el('li', { class: `q${e.quad_class}`, tabindex: 0, 'data-code': e.code,
    'data-source': e.source ? e.source.code : '', 'data-target': e.target ? e.target.code : '' },
    el('div', { class: 'ev-head' }, `${d.head} `, el('span', { class: 'ev-code' }, e.code), ` ${e.name}`),
    el('div', { class: 'ev-meta' }, d.bits.join(' · ')));
  if (e.trigger) li.querySelector('.ev-meta').append(` · «${e.trigger}»`);
  if (extra) li.append(extra);
  li.setAttribute('aria-label', `${d.head}, ${e.code} ${e.name}, ${d.bits.join(', ')}`);
  return li;
}

let readData = null;

function renderRead() {
  if (!readData) return;
  const { article, events } = readData;
  const text = article.text;
  const spans = [];
  events.forEach((e, i) => {
    const add = (o, kind) => {
      if (o && Number.isInteger(o.begin) && Number.isInteger(o.end) && o.end > o.begin && o.end <= text.length) {
        spans.push({ begin: o.begin, end: o.end, kind, ev: i });
      }
    };
    add(e.source, 'actor');
    add(e.target, 'actor');
    add(e.trigger_offsets, 'pred');
    add(e.date_offsets, 'time');
    add(e.place, 'place');
  });
  const priority = { pred: 4, place: 3, time: 2, actor: 1 };
  const container = $('read-article');
  container.replaceChildren();
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const cuts = new Set([start, end]);
    for (const s of spans) {
      if (s.begin > start && s.begin < end) cuts.add(s.begin);
      if (s.end > start && s.end < end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const p = el('p');
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k];
      const b = points[k + 1];
      const covering = spans.filter(s => s.begin <= a && s.end >= b);
      const piece = text.slice(a, b);
      if (covering.length === 0) {
        p.append(piece);
        continue;
      }
      const kind = covering.reduce((x, y) => (priority[y.kind] > priority[x.kind] ? y : x)).kind;
      const evs = [...new Set(covering.map(s => s.ev))];
      const span = el('span', { class: `hl-${kind}`, 'data-ev': ` ${evs.join(' ')} `, 'data-kind': kind }, piece);
      span.addEventListener('mouseenter', () => highlightList(evs, true));
      span.addEventListener('mouseleave', () => highlightList(evs, false));
      p.append(span);
    }
    container.append(p);
    start = end + 1;
  }
  $('read-title').textContent = article.title || t('text');
  $('read-count').textContent = `(${t('found', events.length)})`;
  const list = $('read-events');
  list.replaceChildren();
  if (events.length === 0) list.append(el('li', {}, t('noEvents')));
  events.forEach((e, i) => {
    const li = eventItem(e);
    li.dataset.ev = i;
    const on = () => highlightText(i, true);
    const off = () => highlightText(i, false);
    li.addEventListener('mouseenter', on);
    li.addEventListener('mouseleave', off);
    li.addEventListener('focus', on);
    li.addEventListener('blur', off);
    list.append(li);
  });
  $('read-result').hidden = false;
}
redraws.set('read', renderRead);

function highlightText(i, on) {
  for (const s of $('read-article').querySelectorAll(`span[data-ev~="${i}"]`)) s.classList.toggle('on', on);
  const li = $('read-events').querySelector(`li[data-ev="${i}"]`);
  if (li) li.classList.toggle('on', on);
}

function highlightList(evs, on) {
  for (const i of evs) {
    const li = $('read-events').querySelector(`li[data-ev="${i}"]`);
    if (li) li.classList.toggle('on', on);
  }
}

$('read-file').addEventListener('change', async () => {
  const f = $('read-file').files[0];
  if (f) $('read-text').value = await f.text();
});

$('read-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const raw = $('read-text').value;
  if (!raw.trim()) {
    status('read-status', t('needText'), true);
    return;
  }
  const body = /^\s*</.test(raw) ? { html: raw } : { text: raw };
  if ($('read-date').value) body.date = $('read-date').value;
  status('read-status', t('working'));
  $('read-go').disabled = true;
  try {
    const x = await api('/api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
    readData = { article: x.article, events: x.events };
    renderRead();
    status('read-status', `${t('found', x.events.length)} · ${x.article.date} · ${x.elapsed_ms} ms`);
  } catch (e) {
    status('read-status', `${t('error')}: ${e.message}`, true);
  } finally {
    $('read-go').disabled = false;
  }
});

let storedArticles = null;

async function loadStored() {
  try {
    storedArticles = (await api('/api/articles?limit=50')).items;
    drawStored();
  } catch (e) {
    // the list is a shortcut: Read works without it
  }
}

function drawStored() {
  if (!storedArticles) return;
  $('stored').hidden = storedArticles.length === 0;
  $('stored-list').replaceChildren(...storedArticles.map(a => el('li', {},
    el('a', { href: `#read/article/${encodeURIComponent(a.id)}`, 'data-article': a.id }, a.title || a.id),
    ` · ${a.date || ''} · ${t('found', a.events)}`)));
}
redraws.set('stored', drawStored);

async function loadArticle(id) {
  status('read-status', t('loading'));
  try {
    const a = await api(`/api/articles/${encodeURIComponent(id)}`);
    readData = { article: a.article, events: a.mentions };
    renderRead();
    status('read-status', `${a.article.id} · ${a.article.date || ''}`);
  } catch (e) {
    status('read-status', `${t('error')}: ${e.message}`, true);
  }
}

// ---------- Explore ----------

let actorTimer = null;
for (const input of [$('actor-a'), $('actor-b'), $('map-actor')]) {
  input.addEventListener('input', () => {
    clearTimeout(actorTimer);
    actorTimer = setTimeout(() => suggestActors(input.value), 200);
  });
}

async function suggestActors(q) {
  if (!q.trim()) return;
  try {
    const actors = await api(`/api/actors?q=${encodeURIComponent(q.trim())}&limit=15`);
    $('actor-list').replaceChildren(...actors.map(a => el('option', { value: a.code }, `${a.name} (${a.events})`)));
  } catch (e) {
    // suggestions are a convenience: the form still works without them
  }
}

$('explore-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const a = $('actor-a').value.trim().toUpperCase();
  const b = $('actor-b').value.trim().toUpperCase();
  location.hash = `explore/${encodeURIComponent(a)}/${encodeURIComponent(b)}/${$('explore-by').value}`;
});

let timelineData = null;

async function loadTimeline(a, b, by) {
  status('explore-status', t('loading'));
  try {
    const tl = await api(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline?by=${by}`);
    timelineData = tl;
    drawTimeline();
    status('explore-status', tl.buckets.length ? '' : t('noTimeline'));
  } catch (e) {
    status('explore-status', `${t('error')}: ${e.message}`, true);
  }
}

function drawTimeline() {
  const tl = timelineData;
  if (!tl) return;
  $('timeline-title').textContent = t('timelineOf', tl.a, tl.b);
  const box = $('timeline');
  box.replaceChildren();
  if (!tl.buckets.length) return;
  const W = 960, top = 10, barH = 160, gap = 24, lineH = 70, left = 40, right = 10, bottom = 40;
  const H = top + barH + gap + lineH + bottom;
  const n = tl.buckets.length;
  const step = (W - left - right) / n;
  const maxTotal = Math.max(1, ...tl.buckets.map(x => x.total));
  const maxG = Math.max(1, ...tl.buckets.map(x => Math.abs(x.goldstein)));
  const y = v => top + barH - (v / maxTotal) * barH;
  const zero = top + barH + gap + lineH / 2;
  const gy = g => zero - (g / maxG) * (lineH / 2);
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': t('timelineOf', tl.a, tl.b) });
  chart.append(svg('line', { x1: left, x2: W - right, y1: top + barH, y2: top + barH, stroke: '#999' }));
  chart.append(svg('text', { x: 2, y: top + 10 }, String(maxTotal)));
  chart.append(svg('text', { x: 2, y: top + barH }, '0'));
  chart.append(svg('line', { x1: left, x2: W - right, y1: zero, y2: zero, stroke: '#bbb', 'stroke-dasharray': '3 3' }));
  chart.append(svg('text', { x: 2, y: zero - lineH / 2 + 10 }, `+${maxG}`));
  chart.append(svg('text', { x: 2, y: zero + lineH / 2 }, `−${maxG}`));
  const every = Math.max(1, Math.ceil(n / 12));
  const points = [];
  tl.buckets.forEach((bucket, i) => {
    const x = left + i * step;
    const w = Math.max(1, step * 0.8);
    points.push(`${x + step / 2},${gy(bucket.goldstein)}`);
    if (i % every === 0) {
      chart.append(svg('text', { x: x + step / 2, y: H - bottom + 16 + 14 * ((i / every) % 2), 'text-anchor': 'middle' },
        bucket.label));
    }
    if (bucket.total === 0) return;
    const g = svg('g', { class: 'bar', tabindex: 0, role: 'button', 'data-label': bucket.label,
      'aria-label': t('barLabel', bucket.label, bucket) });
    let acc = 0;
    QUAD_KEYS.forEach((k, q) => {
      const v = bucket[k];
      if (!v) return;
      g.append(svg('rect', { x, y: y(acc + v), width: w, height: y(acc) - y(acc + v), fill: QUAD_COLOURS[q + 1] }));
      acc += v;
    });
    g.append(svg('rect', { class: 'frame', x, y: y(acc), width: w, height: y(0) - y(acc), fill: 'none' }));
    g.append(svg('title', {}, t('barLabel', bucket.label, bucket)));
    const open = () => {
      for (const other of chart.querySelectorAll('.bar.on')) other.classList.remove('on');
      g.classList.add('on');
      loadBucket(tl, bucket);
    };
    activatable(g, open);
    chart.append(g);
  });
  chart.append(svg('polyline', { points: points.join(' '), fill: 'none', stroke: '#222', 'stroke-width': 1.5 }));
  box.append(chart);
  if (!$('bucket-events').children.length) $('bucket-events').append(el('li', {}, t('pickBar')));
}
redraws.set('timeline', drawTimeline);

async function loadBucket(tl, bucket) {
  const q = new URLSearchParams({ dyad: `${tl.a}:${tl.b}`, from: bucket.start, to: bucket.end, limit: 200 });
  if (tl.directed) q.set('directed', 'true');
  try {
    const page = await api(`/api/events?${q}`);
    $('bucket-title').textContent = t('bucketOf', bucket.label, page.total);
    $('bucket-events').replaceChildren(...page.items.map(e => eventItem(e, el('div', { class: 'ev-meta' },
      `${t('mentions', e.mentions)} · `,
      el('a', { href: `#read/article/${encodeURIComponent(e.first_article)}` }, `${t('article')} ${e.first_article}`)))));
  } catch (e) {
    status('explore-status', `${t('error')}: ${e.message}`, true);
  }
}

let networkLoaded = false;
let networkData = null;

$('network-form').addEventListener('submit', ev => {
  ev.preventDefault();
  loadNetwork();
});

async function loadNetwork() {
  networkLoaded = true;
  const q = new URLSearchParams({ limit: 25 });
  if ($('net-from').value) q.set('from', $('net-from').value);
  if ($('net-to').value) q.set('to', $('net-to').value);
  try {
    networkData = await api(`/api/dyads?${q}`);
    drawNetwork();
  } catch (e) {
    status('explore-status', `${t('error')}: ${e.message}`, true);
  }
}

function drawNetwork() {
  if (!networkData) return;
  const dyads = networkData.dyads;
  const box = $('network');
  box.replaceChildren();
  if (!dyads.length) {
    box.append(el('p', {}, t('noEvents')));
    return;
  }
  const nodes = [...new Set(dyads.flatMap(d => [d.source, d.target]))];
  const W = 960, H = 420, cx = W / 2, cy = H / 2, r = Math.min(W, H) / 2 - 50;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) }];
  }));
  const maxE = Math.max(...dyads.map(d => d.events));
  const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': t('network') });
  const defs = svg('defs');
  for (const [id, colour] of [['coop', QUAD_COLOURS[2]], ['conf', QUAD_COLOURS[4]]]) {
    defs.append(svg('marker', { id: `arrow-${id}`, viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 6,
      markerHeight: 6, orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour })));
  }
  chart.append(defs);
  for (const d of dyads) {
    const a = pos.get(d.source);
    const b = pos.get(d.target);
    const coop = d.cooperation >= d.conflict;
    // Two directions of one pair are drawn as two gentle arcs, not one line over the other.
    const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.12;
    const my = (a.y + b.y) / 2 - (b.x - a.x) * 0.12;
    const g = svg('g', { tabindex: 0, role: 'button', class: 'edge', 'aria-label': t('edge', d) },
      svg('path', { d: `M${a.x},${a.y} Q${mx},${my} ${b.x},${b.y}`, fill: 'none',
        stroke: coop ? QUAD_COLOURS[2] : QUAD_COLOURS[4], 'stroke-opacity': 0.75,
        'stroke-width': 1 + 5 * (d.events / maxE), 'marker-end': `url(#arrow-${coop ? 'coop' : 'conf'})` }),
      svg('title', {}, t('edge', d)));
    const open = () => { location.hash = `explore/${d.source}/${d.target}/${$('explore-by').value}`; };
    activatable(g, open);
    chart.append(g);
  }
  for (const n of nodes) {
    const p = pos.get(n);
    chart.append(svg('circle', { cx: p.x, cy: p.y, r: 14, fill: '#17233b' }));
    chart.append(svg('text', { x: p.x, y: p.y - 20, 'text-anchor': 'middle', 'font-weight': 600 }, n));
  }
  box.append(chart);
}
redraws.set('network', drawNetwork);

// ---------- Map ----------

let world = null;
let mapEvents = null;
const MAP_W = 960;
const MAP_TOP = 85;
const MAP_BOTTOM = -60;
const project = (lon, lat) => [((lon + 180) / 360) * MAP_W, ((MAP_TOP - lat) / 360) * MAP_W];

$('map-form').addEventListener('submit', ev => {
  ev.preventDefault();
  mapEvents = null;
  loadMap(true);
});

async function loadMap(force = false) {
  if (mapEvents && !force) return;
  status('map-status', t('loading'));
  try {
    if (!world) world = await api('world-110m.json');
    const q = new URLSearchParams({ limit: 1000 });
    if ($('map-from').value) q.set('from', $('map-from').value);
    if ($('map-to').value) q.set('to', $('map-to').value);
    if ($('map-actor').value.trim()) q.set('actor', $('map-actor').value.trim());
    mapEvents = await api(`/api/events?${q}`);
    drawMap();
  } catch (e) {
    status('map-status', `${t('error')}: ${e.message}`, true);
  }
}

function centroid(feature) {
  let best = null;
  let bestArea = -1;
  for (const poly of feature.geometry.coordinates) {
    const ring = poly[0];
    const xs = ring.map(p => p[0]);
    const ys = ring.map(p => p[1]);
    const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (area > bestArea) {
      bestArea = area;
      best = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
    }
  }
  return best;
}

function drawMap() {
  if (!world || !mapEvents) return;
  const H = ((MAP_TOP - MAP_BOTTOM) / 360) * MAP_W;
  const box = $('map');
  box.replaceChildren();
  const chart = svg('svg', { viewBox: `0 0 ${MAP_W} ${H}`, role: 'group', 'aria-label': t('map') });
  const countries = new Map();
  const withEvents = new Set(mapEvents.items.filter(e => e.place).map(e => e.place.country));
  for (const f of world.features) {
    countries.set(f.id, f);
    const d = f.geometry.coordinates.map(poly => poly.map(ring => 'M' + ring.map(([lon, lat]) =>
      project(lon, lat).map(v => v.toFixed(1)).join(',')).join('L') + 'Z').join('')).join('');
    chart.append(svg('path', { d, class: withEvents.has(f.id) ? 'land has' : 'land', 'data-country': f.id },
      svg('title', {}, f.properties.name)));
  }
  const byPlace = new Map();
  for (const e of mapEvents.items) {
    if (!e.place) continue;
    let lonlat = null;
    if (e.place.lat !== null && e.place.lon !== null && e.place.lat !== undefined) lonlat = [e.place.lon, e.place.lat];
    else if (countries.has(e.place.country)) lonlat = centroid(countries.get(e.place.country));
    if (!lonlat) continue;
    const key = lonlat.join(',');
    if (!byPlace.has(key)) byPlace.set(key, { lonlat, name: e.place.name, events: [] });
    byPlace.get(key).events.push(e);
  }
  let placed = 0;
  for (const spot of byPlace.values()) {
    const [x, y] = project(...spot.lonlat);
    spot.events.forEach((e, k) => {
      placed++;
      // Events at one place fan out on a small spiral so each stays visible and focusable.
      const a = k * 2.4;
      const rr = k === 0 ? 0 : 3 + 1.6 * Math.sqrt(k);
      const d = describe(e);
      const c = svg('circle', { cx: (x + rr * Math.cos(a)).toFixed(1), cy: (y + rr * Math.sin(a)).toFixed(1), r: 4.5,
        fill: QUAD_COLOURS[e.quad_class], tabindex: 0, role: 'button', 'data-code': e.code, 'data-place': spot.name,
        'aria-label': `${spot.name}: ${d.head}, ${e.code} ${e.name}, ${d.bits.join(', ')}` },
      svg('title', {}, `${spot.name}: ${d.head} ${e.code} ${e.name}`));
      const open = () => showPlace(spot);
      activatable(c, open);
      chart.append(c);
    });
  }
  box.append(chart);
  status('map-status', t('mapCount', mapEvents.total, placed));
}
redraws.set('map', drawMap);

function showPlace(spot) {
  $('map-events').replaceChildren(...spot.events.map(e => eventItem(e, el('div', { class: 'ev-meta' },
    el('a', { href: `#read/article/${encodeURIComponent(e.first_article)}` }, `${t('article')} ${e.first_article}`)))));
}

applyLanguage();
route();
loadStored();
