// Casebook search: runs in the page against the static index under search/ (format version 1).
// It requests files of this site only, and builds every element from text (never innerHTML).
'use strict';
(() => {
  const form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  const $ = (id) => document.getElementById(id);
  const T = form.dataset; // interface strings, set by the template from strings.yml
  const root = T.root || '';
  const PAGE = 20, SHOWN = 8;
  const input = $('search-q'), sortBox = $('search-sort'), fromBox = $('search-from'), toBox = $('search-to');
  const status = $('search-status'), list = $('search-list'), pager = $('search-pager'), facetBox = $('search-facets');
  const fallback = $('search-fallback'), section = list.parentNode;

  form.hidden = false;
  fallback.hidden = true;
  if (window.matchMedia('(min-width: 60rem)').matches) $('search-filters').open = true;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const fill = (s, values) => s.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  const plural = new Intl.PluralRules(document.documentElement.lang || undefined);
  const say = (text) => { status.textContent = text; };
  const baseTitle = document.title;

  // Every file is fetched once; a failed fetch is forgotten so a later search retries it.
  const cache = new Map();
  const load = (path, asText) => {
    let p = cache.get(path);
    if (!p) {
      p = fetch(root + path).then((r) => {
        if (!r.ok) throw new Error(path);
        return asText ? r.text() : r.json();
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p;
  };

  // Folding and tokens exactly as the Swift indexer does them.
  const SPELL = { ß: 'ss', ı: 'i', ø: 'o', đ: 'd', ł: 'l', æ: 'ae', œ: 'oe', þ: 'th', ς: 'σ' };
  const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[ßıøđłæœþς]/g, (c) => SPELL[c]);
  const tokens = (s) => (fold(s).match(/[\p{L}\p{N}]+/gu) || []).filter((t) => t.length >= 2 || /^\d$/.test(t));

  // Levenshtein distance of a and b, or Infinity as soon as it must exceed k.
  const distance = (a, b, k) => {
    if (Math.abs(a.length - b.length) > k) return Infinity;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const cur = [i];
      let best = i;
      for (let j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        best = Math.min(best, cur[j]);
      }
      if (best > k) return Infinity;
      prev = cur;
    }
    return prev[b.length];
  };

  let index, facets, N, size;
  const labels = new Map(); // "country=KAZ" -> "Kazakhstan"

  // The term shards holding every term that starts with p (or, exact, the one shard that would hold p).
  const termShards = (p, exact) => {
    const s = index.termShards, hi = exact ? p : p + '\uffff', out = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] <= hi && (i === s.length - 1 || s[i + 1] > p)) out.push(load(`search/terms/${i}.json`));
    }
    return Promise.all(out);
  };
  const eachPosting = (list, body) => {
    for (let i = 0, id = 0; i < list.length; i += 2) body((id += list[i]), list[i + 1]);
  };

  // Documents matching one query token: exact term, prefix, then near spellings, each worth less.
  const matchToken = async (t, matched) => {
    const k = /\d/.test(t) ? 0 : t.length >= 9 ? 2 : t.length >= 5 ? 1 : 0;
    // A near spelling may differ anywhere after the third letter, so load what starts like it.
    const shards = await termShards(k ? t.slice(0, 3) : t);
    const scores = new Map();
    for (const shard of shards) {
      for (const term in shard) {
        if (term.includes('=')) continue;
        const factor = term === t ? 1 : term.startsWith(t) ? 0.6 : k && distance(term, t, k) <= k ? 0.4 : 0;
        if (!factor) continue;
        matched.add(term);
        const list = shard[term], df = list.length / 2;
        const idf = Math.log(1 + (N - df + 0.5) / (df + 0.5));
        eachPosting(list, (id, w) => {
          const score = (factor * idf * w * 2.2) / (w + 1.2);
          if (!(scores.get(id) >= score)) scores.set(id, score);
        });
      }
    }
    return scores;
  };

  const facetDocs = async (key, values) => {
    const set = new Set();
    await Promise.all(values.map(async (v) => {
      const term = `${key}=${v}`;
      for (const shard of await termShards(term, true)) if (shard[term]) eachPosting(shard[term], (id) => set.add(id));
    }));
    return set;
  };

  const docShards = new Map();
  const loadDocs = (ids) => {
    const need = new Set();
    for (const id of ids) need.add(Math.floor(id / size));
    return Promise.all([...need].map((i) => load(`search/docs/${i}.json`).then((a) => docShards.set(i, a))));
  };
  const doc = (id) => docShards.get(Math.floor(id / size))[id % size];

  // ---- state and URL ----------------------------------------------------------------------------

  const readURL = () => {
    const p = new URLSearchParams(location.search);
    const date = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : '');
    const st = { q: p.get('q') || '', from: date(p.get('from')), to: date(p.get('to')),
      sort: p.get('sort') === 'date' ? 'date' : 'relevance', page: Math.max(1, parseInt(p.get('page'), 10) || 1), f: {} };
    for (const facet of facets) {
      const v = p.getAll(facet.key);
      if (v.length) st.f[facet.key] = [...new Set(v)];
    }
    return st;
  };
  const toURL = (st) => {
    const p = new URLSearchParams();
    if (st.q.trim()) p.set('q', st.q.trim());
    for (const facet of facets) for (const v of st.f[facet.key] || []) p.append(facet.key, v);
    if (st.from) p.set('from', st.from);
    if (st.to) p.set('to', st.to);
    if (st.sort === 'date') p.set('sort', 'date');
    if (st.page > 1) p.set('page', st.page);
    const q = p.toString();
    return location.pathname + (q ? '?' + q : '');
  };
  let state;
  const commit = (push) => {
    const url = toURL(state);
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    run();
  };
  const syncForm = () => {
    input.value = state.q;
    sortBox.value = state.sort;
    fromBox.value = state.from;
    toBox.value = state.to;
  };

  // ---- search -----------------------------------------------------------------------------------

  let generation = 0;
  const run = async () => {
    const mine = ++generation;
    const st = state;
    const stale = () => mine !== generation;
    const slow = setTimeout(() => stale() || say(T.searching), 300);
    section.setAttribute('aria-busy', 'true');
    try {
      const words = [...new Set(tokens(st.q))];
      const chosen = facets.filter((f) => st.f[f.key] && st.f[f.key].length);
      const dated = st.from || st.to;
      document.title = (words.length ? st.q.trim() + ' — ' : '') + baseTitle;
      $('search-active').textContent = chosen.length || dated ? `(${chosen.reduce((n, f) => n + st.f[f.key].length, dated ? 1 : 0)})` : '';
      if (!words.length && !chosen.length && !dated) {
        renderFacets(null, st);
        renderResults([], null, 1, 1, 0);
        say(T.prompt);
        return;
      }
      const matched = new Set();
      let scores = null; // null: every document
      if (words.length) {
        for (const part of await Promise.all(words.map((w) => matchToken(w, matched)))) {
          if (!scores) scores = part;
          else for (const [id, s] of scores) part.has(id) ? scores.set(id, s + part.get(id)) : scores.delete(id);
        }
      }
      const sets = await Promise.all(chosen.map((f) => facetDocs(f.key, st.f[f.key])));
      if (stale()) return;
      // Results pass every filter; the counts of a chosen filter ignore that filter itself, so
      // its other values show what choosing them as well (OR) would add.
      const every = (skip) => {
        const base = scores ? [...scores.keys()] : sets.length ? [...sets[0]] : Array.from({ length: N }, (_, i) => i);
        return base.filter((id) => sets.every((s, i) => i === skip || s.has(id)));
      };
      const results = every(-1);
      const others = chosen.map((f, i) => (!scores && !dated && sets.length === 1 ? null : every(i)));
      await loadDocs(new Set([...results, ...others.flatMap((o) => o || [])]));
      if (stale()) return;
      const inRange = (id) => {
        const d = doc(id).d;
        return !dated || (d && (!st.from || d >= st.from) && (!st.to || d <= st.to));
      };
      const hits = results.filter(inRange);
      const counts = count(hits);
      chosen.forEach((f, i) => {
        counts[f.key] = others[i] ? count(others[i].filter(inRange))[f.key] : new Map(f.values.map((v) => [v[0], v[2]]));
      });
      const score = (id) => (scores ? scores.get(id) : 0);
      hits.sort((a, b) => st.sort === 'date' && (doc(b).d || '').localeCompare(doc(a).d || '') || score(b) - score(a) || a - b);
      const pages = Math.max(1, Math.ceil(hits.length / PAGE));
      const page = Math.min(st.page, pages);
      const shown = hits.slice((page - 1) * PAGE, page * PAGE);
      const texts = words.length ? await Promise.all(shown.map((id) => load(`search/text/${id}.txt`, true).catch(() => null))) : [];
      if (stale()) return;
      renderFacets(counts, st);
      renderResults(shown.map((id, i) => [doc(id), texts[i]]), matched, page, pages, (page - 1) * PAGE);
      say(hits.length ? fill(T[plural.select(hits.length) === 'one' ? 'resultOne' : 'resultOther'], { count: hits.length }) : T.none);
    } catch (e) {
      if (!stale()) {
        say(T.error);
        fallback.hidden = false;
      }
    } finally {
      clearTimeout(slow);
      if (!stale()) {
        section.setAttribute('aria-busy', 'false');
        form.dataset.shown = toURL(st); // what is on screen, for tests and scripts
      }
    }
  };

  const count = (ids) => {
    const out = {};
    for (const f of facets) out[f.key] = new Map();
    for (const id of ids) {
      for (const key of doc(id).f) {
        const at = key.indexOf('='), m = out[key.slice(0, at)];
        if (m) m.set(key.slice(at + 1), (m.get(key.slice(at + 1)) || 0) + 1);
      }
    }
    return out;
  };

  // ---- rendering --------------------------------------------------------------------------------

  const expanded = new Set();
  const groups = new Map();
  let lastCounts = null, shownPage = 1;

  const renderFacets = (counts, st) => {
    lastCounts = counts;
    const focused = document.activeElement && document.activeElement.id;
    facets.forEach((facet, fi) => {
      const picked = st.f[facet.key] || [];
      const c = counts ? counts[facet.key] : new Map(facet.values.map((v) => [v[0], v[2]]));
      let values = facet.values.filter(([v]) => c.get(v) || picked.includes(v));
      for (const v of picked) if (!values.some((x) => x[0] === v)) values.push([v, v]);
      const all = values.length;
      if (!expanded.has(facet.key) && all > SHOWN + 2) {
        // Too many to list: the most frequent ones, always with the chosen ones, in the usual order.
        const top = new Set(values.map((v) => v[0]).sort((a, b) => (c.get(b) || 0) - (c.get(a) || 0)).slice(0, SHOWN));
        values = values.filter(([v]) => top.has(v) || picked.includes(v));
      }
      const signature = JSON.stringify([values.map(([v]) => [v, c.get(v) || 0, picked.includes(v)]), all, expanded.has(facet.key)]);
      let group = groups.get(facet.key);
      if (!group) {
        group = el('fieldset', 'search-facet');
        group.append(el('legend', '', facet.label));
        facetBox.append(group);
        groups.set(facet.key, group);
      }
      group.hidden = !all;
      if (group.signature === signature) return;
      group.signature = signature;
      while (group.children.length > 1) group.lastChild.remove();
      const ul = el('ul');
      for (const [v, label] of values) {
        const li = el('li'), box = el('input'), lab = el('label', '', label + ' ');
        box.type = 'checkbox';
        box.name = facet.key;
        box.value = v;
        box.id = `f-${fi}-${encodeURIComponent(v)}`;
        box.checked = picked.includes(v);
        lab.htmlFor = box.id;
        lab.append(el('span', 'search-count', `(${c.get(v) || 0})`));
        li.append(box, lab);
        ul.append(li);
      }
      group.append(ul);
      if (all > SHOWN + 2) {
        const more = el('button', 'search-more', expanded.has(facet.key) ? T.fewer : fill(T.more, { count: all }));
        more.type = 'button';
        more.dataset.facet = facet.key;
        more.setAttribute('aria-expanded', expanded.has(facet.key));
        group.append(more);
      }
    });
    if (focused && document.activeElement !== $(focused) && $(focused)) $(focused).focus();
  };

  const renderResults = (rows, matched, page, pages, offset) => {
    list.replaceChildren();
    list.start = offset + 1;
    for (const [r, text] of rows) list.append(result(r, text, matched));
    pager.hidden = !(pages > 1);
    shownPage = page;
    if (pager.hidden) return;
    $('search-page-text').textContent = fill(T.page, { page, pages });
    $('search-prev').disabled = page <= 1;
    $('search-next').disabled = page >= pages;
  };
  const result = (r, text, matched) => {
    const li = el('li', 'search-result'), h = el('h3', 'search-result-title'), a = el('a', '', r.t);
    a.href = root + r.u;
    h.append(a);
    const meta = el('p', 'meta');
    if (r.d) {
      const time = el('time', '', r.dl || r.d);
      time.dateTime = r.d;
      meta.append(time);
    }
    const country = r.f.find((k) => k.startsWith('country='));
    if (country) meta.append(el('span', '', labels.get(country) || country.slice(8)));
    meta.append(el('span', 'search-kind', labels.get('kind=' + r.k) || r.k));
    li.append(h, meta, (text && snippet(text, matched)) || el('p', 'search-snippet', r.s));
    return li;
  };

  // A passage of the text around its first matched word, words marked; the first two lines (title and
  // names) only when nothing after them matches, since the result shows the title already.
  const snippet = (text, matched) => {
    const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
    const hit = (w) => tokens(w[0]).some((t) => matched.has(t));
    const body = text.indexOf('\n', text.indexOf('\n') + 1);
    const first = (body > 0 && words.find((w) => w.index > body && hit(w))) || words.find(hit);
    if (!first) return null;
    let start = Math.max(0, first.index - 70), end = Math.min(text.length, first.index + 170);
    if (start > 0) start = text.slice(start, first.index).search(/\s/) + 1 + start || first.index;
    if (end < text.length) {
      const cut = text.slice(first.index, end).search(/\s\S*$/);
      if (cut > 0) end = first.index + cut;
    }
    const p = el('p', 'search-snippet', start > 0 ? '… ' : '');
    let at = start;
    const flat = (s) => s.replace(/\s+/g, ' ');
    for (const w of words) {
      if (w.index < start || w.index + w[0].length > end || !hit(w)) continue;
      p.append(flat(text.slice(at, w.index)), el('mark', '', w[0]));
      at = w.index + w[0].length;
    }
    p.append(flat(text.slice(at, end)) + (end < text.length ? ' …' : ''));
    return p;
  };

  // ---- events -----------------------------------------------------------------------------------

  let typing;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = { ...state, q: input.value, page: 1 };
      commit(false);
    }, 200);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    state = { ...state, q: input.value, page: 1 };
    commit(true);
  });
  facetBox.addEventListener('change', (e) => {
    const box = e.target;
    const values = (state.f[box.name] || []).filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { ...state, f: { ...state.f, [box.name]: values }, page: 1 };
    commit(true);
  });
  facetBox.addEventListener('click', (e) => {
    const key = e.target.dataset && e.target.dataset.facet;
    if (!key) return;
    expanded.has(key) ? expanded.delete(key) : expanded.add(key);
    renderFacets(lastCounts, state);
    facetBox.querySelector(`[data-facet="${CSS.escape(key)}"]`).focus();
  });
  const setOption = (name, value) => {
    state = { ...state, [name]: value, page: 1 };
    commit(true);
  };
  sortBox.addEventListener('change', () => setOption('sort', sortBox.value));
  fromBox.addEventListener('change', () => setOption('from', fromBox.value));
  toBox.addEventListener('change', () => setOption('to', toBox.value));
  $('search-clear').addEventListener('click', () => {
    state = { ...state, f: {}, from: '', to: '', page: 1 };
    syncForm();
    commit(true);
  });
  const turn = (by) => {
    state = { ...state, page: shownPage + by };
    commit(true);
    list.focus();
  };
  $('search-prev').addEventListener('click', () => turn(-1));
  $('search-next').addEventListener('click', () => turn(1));
  window.addEventListener('popstate', () => {
    if (!facets) return;
    state = readURL();
    syncForm();
    run();
  });

  Promise.all([load('search/index.json'), load('search/facets.json')]).then(([i, f]) => {
    index = i;
    N = i.documentCount;
    size = i.docShardSize;
    facets = f.facets;
    for (const facet of facets) for (const [v, label] of facet.values) labels.set(`${facet.key}=${v}`, label);
    state = readURL();
    syncForm();
    run();
  }, () => {
    say(T.error);
    fallback.hidden = false;
  });
})();
