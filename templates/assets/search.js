// Casebook search: runs in the page against the static index under search/ (format version 6).
// It requests files of this site only, and builds every element from text (never innerHTML).
'use strict';
(() => {
  const form = document.getElementById('search-form');
  if (!form || !window.fetch || !window.URLSearchParams) return;
  const $ = (id) => document.getElementById(id);
  const T = form.dataset; // interface strings, set by the template from strings.yml
  let OWN = T.language || ''; // the page's language, on a site in several languages
  const root = T.root || '';
  const PAGE = 10, SHOWN = 8;
  const K1 = 6; // BM25 saturation, high because a title word alone weighs 8
  const input = $('search-q'), sortBox = $('search-sort'), fromBox = $('search-from'), toBox = $('search-to');
  const status = $('search-status'), list = $('search-list'), pager = $('search-pager'), facetBox = $('search-facets');
  const fallback = $('search-fallback'), section = list.parentNode;
  const fallbackLinks = $('search-fallback-links');

  // Opened from disk, the browser lets the page run its script but not read the index beside it
  // (file:// requests are refused): say so, and leave the lists that reach every case.
  if (location.protocol === 'file:') {
    fallback.textContent = '';
    fallback.append(Object.assign(document.createElement('strong'), { textContent: T.fromDisk + ' ' }), fallbackLinks);
    return;
  }
  form.hidden = false;
  fallback.hidden = true;
  const filters = $('search-filters');
  if (window.matchMedia('(min-width: 60rem)').matches) filters.open = true;

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  };
  const fill = (s, values) => s.replace(/\{(\w+)\}/g, (m, k) => (k in values ? values[k] : m));
  // Dates are typed YYYY-MM-DD and shown beside the box as the site writes them, not in the browser's
  // own format (a date picker shows 09/13/2021 to an American browser whatever the site's language).
  const months = (T.months || '').split('|');
  const isDate = (v) => /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(v);
  const showDate = (box) => {
    const v = box.value.trim(), shown = $(box.id + '-shown');
    if (!v) shown.textContent = '';
    else if (!isDate(v)) shown.textContent = T.dateInvalid;
    else {
      const [y, m, d] = v.split('-').map(Number);
      shown.textContent = fill(T.dateFormat, { day: d, month: months[m - 1], year: y });
    }
  };
  // "n results" in the form the page's language uses for n (CLDR's categories, as the build chose its
  // strings), the number written as the language writes numbers.
  const resultForm = n => {
    const category = plural.select(n);
    return T['result' + category[0].toUpperCase() + category.slice(1)] || T.resultOther;
  };
  const number = (() => {
    try { return new Intl.NumberFormat(document.documentElement.lang || []); } catch { return new Intl.NumberFormat([]); }
  })();
  const plural = (() => {
    try { return new Intl.PluralRules(document.documentElement.lang || []); } catch { return new Intl.PluralRules([]); }
  })();
  const say = (text) => { status.textContent = text; };
  const baseTitle = document.title;

  // Every file is fetched once; a failed fetch is forgotten so a later search retries it.
  const cache = new Map();
  const load = (path, asText) => {
    let p = cache.get(path);
    if (!p) {
      p = fetch(root + path).then((r) => {
        if (!r.ok) throw new Error(path);
        // A text starts with a line that keeps it from running as a script: it is not part of the text.
        return asText ? r.text().then((t) => t.slice(t.indexOf('\n') + 1)) : r.json();
      });
      p.catch(() => cache.delete(path));
      cache.set(path, p);
    }
    return p;
  };

  // Folding and tokens exactly as the Swift indexer does them: the letters spelled otherwise (Cyrillic and
  // Greek in Latin letters, Arabic letter forms, a few Latin ones) come from index.json.
  let FOLD = {};
  const fold = (s) => Array.from(s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), (c) => (c in FOLD ? FOLD[c] : c)).join('');
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

  let index, facets, N;

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
          const score = (factor * idf * w * (K1 + 1)) / (w + K1);
          if (!(scores.get(id) >= score)) scores.set(id, score);
        });
      }
    }
    return scores;
  };

  // The documents of each chosen value of a facet, from its postings `<facet>=<value>`.
  const facetDocs = (key, values) => Promise.all(values.map(async (v) => {
    const term = `${key}=${v}`, ids = [];
    for (const shard of await termShards(term, true)) if (shard[term]) eachPosting(shard[term], (id) => ids.push(id));
    return ids;
  }));

  // Files holding `size` consecutive entries each: meta (date and value ids of each doc), docs (display
  // records) and each facet's labels (value, label and total of each of its values). `at(id)` names the
  // file of an id and its place there; `need` loads those of some ids.
  const sharded = (at) => {
    const got = new Map();
    return {
      need: (ids) => Promise.all([...new Set([...ids].map((id) => at(id)[0]))]
        .map((file) => load(`search/${file}.json`).then((a) => got.set(file, a.entries)))),
      get: (id) => { const [file, i] = at(id); return got.get(file)[i]; },
    };
  };
  const blocks = (folder, size) => (n) => [`${folder}/${Math.floor(n / size)}`, n % size];
  let meta, docs, labels;
  // A value's id is its number within its facet times the number of facets, plus the facet's place.
  const inFacet = (f, id) => id % facets.length === f.place;
  const range = (f) => Array.from({ length: f.count }, (_, i) => i * facets.length + f.place);
  const ids = new Map(); // "country=KAZ" -> its value id, once found

  // The id of a chosen value: among the ids of its facet that its first document carries, the one
  // whose label block names it.
  const resolve = async (f, v) => {
    const key = `${f.key}=${v}`;
    if (ids.has(key)) return;
    const [docIds] = await facetDocs(f.key, [v]);
    if (!docIds.length) return;
    await meta.need(docIds.slice(0, 1));
    const candidates = meta.get(docIds[0]).filter((id, i) => i && inFacet(f, id));
    await labels.need(candidates);
    for (const id of candidates) if (labels.get(id)[0] === v) ids.set(key, id);
  };

  // How many of the documents carry each value id.
  const count = (docIds) => {
    const c = new Map();
    for (const d of docIds) {
      const m = meta.get(d);
      for (let i = 1; i < m.length; i++) c.set(m[i], (c.get(m[i]) || 0) + 1);
    }
    return c;
  };

  // What each facet lists: its most frequent values (all of them when few or asked for) and the chosen
  // ones, each as [value, label, count, id]. counts[i] is a Map of value id to count, or null for the
  // totals of the whole index (which the label blocks hold).
  const facetLists = async (counts, st) => {
    await Promise.all(facets.flatMap((f) => (st.f[f.key] || []).map((v) => resolve(f, v))));
    const lists = facets.map((f, fi) => {
      const c = counts && counts[fi];
      // Most frequent first: in the results, or in the whole index, whose most frequent the facet names.
      let top = c ? range(f).filter((id) => c.has(id)).sort((a, b) => c.get(b) - c.get(a) || a - b)
        : expanded.has(f.key) ? range(f) : f.top;
      const picked = (st.f[f.key] || []).map((v) => [v, ids.get(`${f.key}=${v}`)]);
      const listed = c ? (id) => c.has(id) : (id) => id != null;
      const all = (c ? top.length : f.count) + picked.filter(([, id]) => !listed(id)).length;
      if (!expanded.has(f.key) && all > SHOWN + 2) top = top.slice(0, SHOWN);
      return { f, c, all, top, picked };
    });
    await labels.need(lists.flatMap((l) => l.top));
    return lists.map(({ f, c, all, top, picked }) => {
      const row = (id) => [...labels.get(id).slice(0, 2), c ? c.get(id) || 0 : labels.get(id)[2], id];
      const rows = top.map(row);
      for (const [v, id] of picked) if (!rows.some((r) => r[0] === v)) rows.push(id == null ? [v, v, 0] : row(id));
      // Shown in the usual order: years newest first, the rest by label.
      rows.sort(f.key === 'year' ? (a, b) => (a[0] < b[0]) - (a[0] > b[0]) : (a, b) => a[1].localeCompare(b[1]));
      return { f, all, rows, picked: picked.map(([v]) => v) };
    });
  };

  // The index has no field lengths, so nothing tells a short page about a thing from a long one that
  // names it often. So the pages of what the query names come first: the page of a thing whose name
  // holds every word of the query (a defender's profile for "sekerbaeva", an organization's page for
  // its name), then the cases about a defender so named, then the rest by score. A thing's kind is a
  // facet (defender, organization, instrument, mandate, case…), and its name is the label of its own
  // value of its own facet; `matchedBy` holds, for each query word, the index terms it matched.
  const namedPages = async (hits, scores, matchedBy) => {
    const kind = facets.find((f) => f.key === 'kind'), own = new Map(); // kind value id -> facet
    const defender = facets.find((f) => f.key === 'defender');
    await labels.need(range(kind));
    let caseKind = -1;
    for (const id of range(kind)) {
      const key = labels.get(id)[0], f = facets.find((x) => x.key === key);
      if (f) own.set(id, f);
      if (key === 'case') caseKind = id;
    }
    const pages = [];
    for (const d of hits) {
      const values = meta.get(d);
      const k = values.find((v, i) => i && own.has(v)); // past the date
      if (k != null) pages.push([d, own.get(k), 2]);
      else if (defender && values.includes(caseKind)) pages.push([d, defender, 1]);
    }
    pages.sort((a, b) => b[2] - a[2] || scores.get(b[0]) - scores.get(a[0]));
    const values = pages.slice(0, 4 * PAGE).flatMap(([d, f, tier]) =>
      meta.get(d).filter((v, i) => i && inFacet(f, v)).map((v) => [d, v, tier]));
    await labels.need(values.map(([, v]) => v));
    const names = (label) => {
      const t = tokens(label);
      return t.length && matchedBy.every((terms) => t.some((x) => terms.has(x)));
    };
    const tiers = new Map();
    for (const [d, v, tier] of values) if (names(labels.get(v)[1]) && !(tiers.get(d) >= tier)) tiers.set(d, tier);
    return tiers;
  };

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
    st.all = p.get('languages') === 'all';
    return st;
  };
  const toURL = (st) => {
    const p = new URLSearchParams();
    if (st.q.trim()) p.set('q', st.q.trim());
    for (const facet of facets) for (const v of st.f[facet.key] || []) p.append(facet.key, v);
    if (OWN && st.all) p.set('languages', 'all');
    if (st.from) p.set('from', st.from);
    if (st.to) p.set('to', st.to);
    if (st.sort === 'date') p.set('sort', 'date');
    if (st.page > 1) p.set('page', st.page);
    const q = p.toString();
    return location.pathname + (q ? '?' + q : '');
  };
  let state;
  const commit = (push) => {
    if (!facets) return; // not loaded yet: the first search will read the box
    const url = toURL(state);
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    run();
  };
  const syncForm = () => {
    input.value = state.q;
    sortBox.value = state.sort;
    fromBox.value = state.from;
    toBox.value = state.to;
    showDate(fromBox);
    showDate(toBox);
  };

  // ---- search -----------------------------------------------------------------------------------

  let generation = 0;
  // The buttons that widen a language's search to every language, and narrow it back.
  const widen = $('search-all-languages'), narrow = $('search-own-language');
  // A language's search looks only in the pages whose texts are in its language, unless asked for all
  // languages or for some by the language filter.
  const ownOnly = (st) => (OWN && !st.all && !(st.f.language || []).length ? OWN : null);
  const syncLanguages = (st) => {
    if (!OWN || !widen || !narrow) return;
    widen.hidden = !ownOnly(st);
    narrow.hidden = !st.all;
  };
  const run = async () => {
    const mine = ++generation;
    const st = state;
    syncLanguages(st);
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
        const lists = filters.open && (await facetLists(null, st));
        if (stale()) return;
        show(lists, null, st);
        renderResults([], null, 1, 1, 0);
        say(T.prompt);
        return;
      }
      const matchedBy = words.map(() => new Set());
      let scores = null; // null: every document
      if (words.length) {
        for (const part of await Promise.all(words.map((w, i) => matchToken(w, matchedBy[i])))) {
          if (!scores) scores = part;
          else for (const [id, s] of scores) part.has(id) ? scores.set(id, s + part.get(id)) : scores.delete(id);
        }
      }
      const own = ownOnly(st);
      const sets = (await Promise.all(chosen.map((f) => facetDocs(f.key, st.f[f.key]))
        .concat(own ? [facetDocs('language', [own])] : []))).map((l) => new Set(l.flat()));
      // Results pass every filter; the counts of a chosen filter ignore that filter itself, so
      // its other values show what choosing them as well (OR) would add.
      const every = (skip) => {
        const first = sets.findIndex((_, i) => i !== skip);
        const base = scores ? [...scores.keys()] : first >= 0 ? [...sets[first]] : Array.from({ length: N }, (_, i) => i);
        return base.filter((id) => sets.every((s, i) => i === skip || s.has(id)));
      };
      const results = every(-1);
      // Alone with no words nor dates, a chosen filter counts the totals of the index.
      const others = chosen.map((f, i) => (scores || dated || sets.length > 1 ? every(i) : null));
      await meta.need(new Set([...results, ...others.flatMap((o) => o || [])]));
      if (stale()) return;
      const day = (s) => +s.replace(/-/g, '');
      const inRange = (id) => {
        const d = meta.get(id)[0];
        return !dated || (d > 0 && (!st.from || d >= day(st.from)) && (!st.to || d <= day(st.to)));
      };
      const hits = results.filter(inRange);
      const all = count(hits);
      const counts = facets.map((f) => {
        const i = chosen.indexOf(f);
        return i < 0 ? all : others[i] && count(others[i].filter(inRange));
      });
      const listing = filters.open && facetLists(counts, st); // meanwhile
      const matched = new Set(matchedBy.flatMap((terms) => [...terms]));
      const named = words.length ? await namedPages(hits, scores, matchedBy) : new Map();
      const score = (id) => (scores ? scores.get(id) : 0);
      const tier = (id) => named.get(id) || 0;
      hits.sort((a, b) => (st.sort === 'date' && meta.get(b)[0] - meta.get(a)[0])
        || tier(b) - tier(a) || score(b) - score(a) || b - a); // ids run oldest first
      const pages = Math.max(1, Math.ceil(hits.length / PAGE));
      const page = Math.min(st.page, pages);
      const shown = hits.slice((page - 1) * PAGE, page * PAGE);
      // A text is named after its page's path, which its record holds.
      const textOf = (id) => load(`search/text/${docs.get(id).u.split('/').filter(Boolean).join('.')}.txt`, true).catch(() => null);
      const [lists, texts] = await Promise.all([listing,
        docs.need(shown).then(() => Promise.all(shown.map((id) => (words.length ? textOf(id) : null))))]);
      if (stale()) return;
      show(lists, counts, st);
      renderResults(shown.map((id, i) => [docs.get(id), texts[i]]), matched, page, pages, (page - 1) * PAGE);
      say(hits.length ? fill(resultForm(hits.length), { count: number.format(hits.length) }) : T.none);
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

  // ---- rendering --------------------------------------------------------------------------------

  const expanded = new Set();
  const groups = new Map();
  let shownPage = 1;
  // The filter lists of the results on screen, drawn at once when the panel is open, else when it
  // opens (small screens), so a closed panel loads no labels.
  let current = null, drawn = null;
  const redraw = async () => {
    const c = current;
    const lists = await facetLists(c.counts, c.st);
    if (c === current) renderFacets(lists);
  };
  const show = (lists, counts, st) => {
    current = { counts, st };
    if (lists) renderFacets(lists);
    else if (filters.open) redraw().catch(() => say(T.error)); // opened while searching
  };
  filters.addEventListener('toggle', () => {
    if (filters.open && current && drawn !== current) redraw().catch(() => say(T.error));
  });

  const renderFacets = (lists) => {
    drawn = current;
    const focused = document.activeElement && document.activeElement.id;
    lists.forEach(({ f, all, rows, picked }, fi) => {
      const signature = JSON.stringify([rows, picked, all, expanded.has(f.key)]);
      let group = groups.get(f.key);
      if (!group) {
        group = el('fieldset', 'search-facet');
        group.append(el('legend', '', f.label));
        facetBox.append(group);
        groups.set(f.key, group);
      }
      group.hidden = !all;
      if (group.signature === signature) return;
      group.signature = signature;
      while (group.children.length > 1) group.lastChild.remove();
      const ul = el('ul');
      for (const [v, label, n] of rows) {
        const li = el('li'), box = el('input'), lab = el('label', '', label + ' ');
        box.type = 'checkbox';
        box.name = f.key;
        box.value = v;
        box.id = `f-${fi}-${encodeURIComponent(v)}`;
        box.checked = picked.includes(v);
        lab.htmlFor = box.id;
        lab.append(el('span', 'search-count', `(${n})`));
        li.append(box, lab);
        ul.append(li);
      }
      group.append(ul);
      if (all > SHOWN + 2) {
        const more = el('button', 'search-more', expanded.has(f.key) ? T.fewer : fill(T.more, { count: all }));
        more.type = 'button';
        more.dataset.facet = f.key;
        more.setAttribute('aria-expanded', expanded.has(f.key));
        group.append(more);
      }
    });
    if (focused && document.activeElement !== $(focused) && $(focused)) $(focused).focus();
  };

  const renderResults = (rows, matched, page, pages, offset) => {
    list.replaceChildren();
    list.start = offset + 1;
    fallback.hidden = true;
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
    if (r.cl) meta.append(el('span', '', r.cl));
    meta.append(el('span', 'search-kind', r.kl));
    li.append(h, meta, (text && snippet(text, matched, r.s || '')) || el('p', 'search-snippet', r.s));
    return li;
  };

  // A passage of the text around its first matched word, words marked. The text starts with the title
  // and the names, which the result shows already: a match from the summary on is preferred.
  const snippet = (text, matched, summary) => {
    const words = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)];
    const hit = (w) => tokens(w[0]).some((t) => matched.has(t));
    const body = summary.length > 20 ? text.indexOf(summary.slice(0, 20)) : text.indexOf('\n');
    const first = (body > 0 && words.find((w) => w.index >= body && hit(w))) || words.find(hit);
    if (!first) return null;
    let start = Math.max(0, first.index - 70), end = Math.min(text.length, first.index + 170);
    if (start > 0) start = text.slice(start, first.index).search(/\s/) + 1 + start || first.index;
    // A passage starts at a word: never with the separator or punctuation before it ("… · ").
    while (start > 0 && start < first.index && !/[\p{L}\p{N}]/u.test(text[start])) start += 1;
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
    redraw().then(() => facetBox.querySelector(`[data-facet="${CSS.escape(key)}"]`).focus(), () => say(T.error));
  });
  const setOption = (name, value) => {
    state = { ...state, [name]: value, page: 1 };
    commit(true);
  };
  sortBox.addEventListener('change', () => setOption('sort', sortBox.value));
  for (const [box, key] of [[fromBox, 'from'], [toBox, 'to']]) {
    box.addEventListener('input', () => showDate(box));
    box.addEventListener('change', () => {
      const v = box.value.trim();
      showDate(box);
      if (!v || isDate(v)) setOption(key, v);
    });
  }
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
  const chooseLanguages = (all) => {
    state = { ...state, all, f: { ...state.f, language: [] }, page: 1 };
    commit(true);
  };
  if (OWN && widen && narrow) {
    widen.addEventListener('click', () => chooseLanguages(true));
    narrow.addEventListener('click', () => chooseLanguages(false));
  }
  $('search-prev').addEventListener('click', () => turn(-1));
  $('search-next').addEventListener('click', () => turn(1));
  window.addEventListener('popstate', () => {
    if (!facets) return;
    clearTimeout(typing);
    state = readURL();
    syncForm();
    run();
  });

  Promise.all([load('search/index.json'), load('search/facets.json')]).then(([i, f]) => {
    if (i.version !== 6) throw new Error('search index format ' + i.version);
    index = i;
    FOLD = i.fold || {};
    // With the pages of one language only, there is nothing to widen to.
    if ((f.facets.find((x) => x.key === 'language') || { count: 0 }).count < 2) OWN = '';
    N = i.documentCount;
    meta = sharded(blocks('meta', i.metaShardSize));
    docs = sharded(blocks('docs', i.docShardSize));
    facets = f.facets.map((x, place) => ({ ...x, place }));
    labels = sharded((id) => blocks(`labels/${facets[id % facets.length].key}`, i.labelBlockSize)(Math.floor(id / facets.length)));
    state = readURL();
    if (!state.q && input.value) state.q = input.value; // typed while the index loaded
    syncForm();
    commit(false); // a hand-written URL is rewritten in the form this page writes
  }).catch(() => {
    say(T.error);
    fallback.hidden = false;
  });
})();
