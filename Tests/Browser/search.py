#!/usr/bin/env python3
"""Drives the search page of a built site in headless Chromium and checks what a reader gets.

Usage: search.py SITE_DIR [--corpus] [--screenshots DIR]

The site is served on 127.0.0.1. The answers are checked against the index files themselves (format
version 6: search/index.json, facets.json, terms/, labels/<facet>/, meta/, docs/), read here independently of
search.js, after checking that those files agree with each other. Without --corpus
it expects the shipped site (the Shymkent case); with --corpus, a site built from
benchmarks/generate-corpus.py, whose queries it picks from the index. Prints one line per check
("ok" or "FAIL"), and exits 1 if any check failed.
"""
import argparse, json, os, re, sys, time, unicodedata, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser, Keys, WebDriverError  # noqa: E402

CASE = "cases/serzhan-sekerbayeva-shymkent-2021/"
SERZHAN, SEKERBAYEVA = "defenders/gulzada-serzhan/", "defenders/zhanar-sekerbayeva/"
failures = []


def check(condition, message, detail=""):
    print(("ok    " if condition else "FAIL  ") + message + ("" if condition or not detail else f"\n      {detail}"))
    if not condition:
        failures.append(message)
    return condition


# ---- the index, read independently of search.js --------------------------------------------------

# The letters spelled otherwise after folding (Cyrillic and Greek in Latin letters, Arabic letter forms, a few
# Latin ones): the table index.json carries, set when the index is read.
FOLD = {}


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M")).lower()
    return "".join(FOLD.get(c, c) for c in text)


def tokens(text):
    return [t for t in re.findall(r"[^\W_]+", fold(text)) if len(t.encode("utf-16-le")) >= 4 or re.fullmatch(r"[0-9]", t)]


class Index:
    def __init__(self, site):
        self.folder = os.path.join(site, "search")
        self.meta = self.json("index.json")
        FOLD.update(self.meta.get("fold", {}))
        self.facets = self.json("facets.json")["facets"]
        self.terms = {}
        for i in range(len(self.meta["termShards"])):
            self.terms.update(self.json(f"terms/{i}.json"))
        self.docs, self.rows = self.shards("docs"), self.shards("meta")
        places = len(self.facets)
        for place, facet in enumerate(self.facets):  # each facet's values, [value, label, total], in number order
            facet["values"] = self.shards(f"labels/{facet['key']}")
            facet["ids"] = [n * places + place for n in range(len(facet["values"]))]
        key_of = {n: f"{f['key']}={v[0]}" for f in self.facets for n, v in zip(f["ids"], f["values"])}
        self.keys = [[key_of.get(n, f"?{n}") for n in row[1:]] for row in self.rows]  # "country=KAZ", per doc
        self.by_url = {doc["u"]: n for n, doc in enumerate(self.docs)}

    def shards(self, folder):
        items, i = [], 0
        while os.path.exists(os.path.join(self.folder, f"{folder}/{i}.json")):
            items += self.json(f"{folder}/{i}.json")["entries"]
            i += 1
        return items

    def kind(self, n):
        return next(k.split("=", 1)[1] for k in self.keys[n] if k.startswith("kind="))

    def json(self, name):
        with open(os.path.join(self.folder, name), encoding="utf-8") as handle:
            return json.load(handle)

    def postings(self, term):
        ids, at, flat = set(), 0, self.terms.get(term, [])
        for n in range(0, len(flat), 2):
            at += flat[n]
            ids.add(at)
        return ids

    def exact(self, query):
        """Documents holding every token of the query exactly (what search.js must find at least)."""
        sets = [self.postings(t) for t in set(tokens(query))]
        return set.intersection(*sets) if sets else set()

    def loose(self, query):
        """Documents each token could reach by prefix or a near spelling in any shard (what it may find at most)."""
        sets = []
        for t in set(tokens(query)):
            k = 0 if re.search(r"\d", t) else 2 if len(t) >= 9 else 1 if len(t) >= 5 else 0
            found = set()
            for term in self.terms:
                if "=" not in term and (term.startswith(t) or (k and distance(term, t) <= k)):
                    found |= self.postings(term)
            sets.append(found)
        return set.intersection(*sets) if sets else set()

    def filtered(self, filters, ids=None, start="", end=""):
        """Documents in every facet (OR within one), optionally within ids and dates."""
        result = set(range(len(self.docs))) if ids is None else set(ids)
        for key, values in filters.items():
            result &= set().union(*(self.postings(f"{key}={v}") for v in values))
        if start or end:
            day = lambda d: int(d.replace("-", ""))  # noqa: E731
            result = {i for i in result if self.rows[i][0] and (not start or self.rows[i][0] >= day(start))
                      and (not end or self.rows[i][0] <= day(end))}
        return result

    def label(self, key, value):
        for facet in self.facets:
            if facet["key"] == key:
                for v in facet["values"]:
                    if v[0] == value:
                        return v[1]
        return None

    def total(self, key, value):
        for facet in self.facets:
            if facet["key"] == key:
                return next((v[2] for v in facet["values"] if v[0] == value), 0)
        return 0


def distance(a, b):
    if abs(len(a) - len(b)) > 2:
        return 99
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# ---- the page ------------------------------------------------------------------------------------

class Page:
    def __init__(self, browser, origin, index):
        self.browser, self.origin, self.index = browser, origin, index
        self.outside = []

    def js(self, script, *args):
        return self.browser.execute(script, *args)

    def wait(self, script, timeout=20, *args):
        return self.browser.wait_for(script, timeout, *args)

    def settled(self, timeout=30):
        """Waits until the page shows the state its URL holds, and no search is running."""
        return self.wait("const f = document.getElementById('search-form');"
                         "return !!f && f.dataset.shown === location.pathname + location.search"
                         " && document.querySelector('.search-results').getAttribute('aria-busy') === 'false';", timeout)

    def record_requests(self):
        """Remembers every resource this page loaded from another origin (call before leaving a page)."""
        names = self.js("return performance.getEntriesByType('resource').map(e => e.name)"
                        ".concat(performance.getEntriesByType('navigation').map(e => e.name))") or []
        self.outside += [n for n in names if not n.startswith(self.origin + "/")]
        return names

    def open(self, query=""):
        if self.browser.current_url().startswith(self.origin):
            self.record_requests()
        self.browser.get(f"{self.origin}/search/{query}")
        return self.settled()

    def params(self):
        return urllib.parse.parse_qsl(urllib.parse.urlsplit(self.browser.current_url()).query)

    def status(self):
        return self.js("return document.getElementById('search-status').textContent")

    def count(self):
        match = re.search(r"\d[\d,.\u202f\u00a0]*", self.status() or "")
        return int(re.sub(r"\D", "", match.group())) if match else 0

    def results(self):
        return self.js("""return [...document.querySelectorAll('#search-list > li')].map(li => ({
            href: li.querySelector('h3 a').getAttribute('href'), title: li.querySelector('h3').textContent,
            meta: li.querySelector('.meta').textContent, snippet: li.querySelector('.search-snippet').textContent,
            marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
            html: li.innerHTML}))""")

    def urls(self):
        """Site-relative URLs of the shown results."""
        return [re.sub(r"^(\.\./)+", "", r["href"]) for r in self.results()]

    def type(self, text, clear=True):
        box = self.browser.find("#search-q")
        if clear:
            self.browser.clear(box)
        self.browser.send_keys(box, text)
        self.wait("return new URLSearchParams(location.search).get('q') === arguments[0]", 10, text.strip() or None)
        return self.settled()

    def checkbox(self, key, value):
        boxes = self.browser.find_all(f'#search-facets input[name="{key}"]')
        for box in boxes:
            if self.browser.property(box, "value") == value:
                return box
        return None

    def toggle(self, key, value):
        box = self.checkbox(key, value)
        if not check(box is not None, f"a checkbox for {key}={value} is shown"):
            return False
        before = self.js("return location.search")
        self.browser.click(box)
        self.wait("return location.search !== arguments[0]", 10, before)
        return self.settled()

    def facet_counts(self, key):
        """{value: count} as the checkboxes of a facet show them."""
        pairs = self.js("""return [...document.querySelectorAll('#search-facets input[name="' + arguments[0] + '"]')]
            .map(b => [b.value, document.querySelector('label[for="' + CSS.escape(b.id) + '"] .search-count').textContent, b.checked])""", key)
        return {v: int(re.sub(r"\D", "", c) or 0) for v, c, _ in pairs}

    def checked(self):
        return sorted(self.js("return [...document.querySelectorAll('#search-facets input:checked')].map(b => b.name + '=' + b.value)"))


def expected_counts(index, ids, key):
    counts = {}
    for i in ids:
        for f in index.keys[i]:
            k, _, v = f.partition("=")
            if k == key:
                counts[v] = counts.get(v, 0) + 1
    return counts


def check_chosen_counts(page, filters, keys, ids=None):
    """Each facet counts over the documents that pass every other facet's filter (the page shows the most
    frequent values of a long list, so only the shown ones are compared)."""
    for key in keys:
        others = {k: v for k, v in filters.items() if k != key}
        want = expected_counts(page.index, page.index.filtered(others, ids), key)
        shown = page.facet_counts(key)
        listed = set(want) | set(filters.get(key, []))
        complete = set(shown) == listed if len(listed) <= 10 else len(shown) >= 8
        check(complete and all(want.get(v, 0) == c for v, c in shown.items()),
              f"with {sorted(filters)} chosen, the {key} counts ignore only the {key} filter itself",
              f"shown {shown}, expected {want}")


# ---- checks shared by both sites -----------------------------------------------------------------

def check_index(index):
    """The files of format version 6 agree with each other: what search.js counts from the meta shards and
    labels is what it filters with from the postings."""
    keys = ["kind", "country", "year", "defender", "organization", "violation", "instrument", "article", "mandate", "issuer", "language"]
    check(index.meta.get("version") == 6, "search/index.json says format version 6", f"{index.meta.get('version')}")
    check(index.meta["documentCount"] == len(index.docs) == len(index.rows),
          f"documentCount, the docs records and the meta entries agree ({len(index.docs)}, {len(index.rows)})")
    counts = [(f["count"], len(f["values"])) for f in index.facets]
    check([f["key"] for f in index.facets] == keys and all(a == b for a, b in counts),
          "facets.json lists the eleven facets in order, each with as many values as its label blocks", f"{counts}")
    def top(f):
        order = sorted(zip(f["ids"], f["values"]), key=lambda p: (-p[1][2], p[1][1], p[1][0]))  # as most_frequent
        return [n for n, _ in order[:10]]
    check(all(f["top"] == top(f) for f in index.facets), "each facet names its ten most frequent values, most frequent first",
          f"{[(f['top'], top(f)) for f in index.facets if f['top'] != top(f)][:2]}")
    first = {}
    for n, keys_of_doc in enumerate(index.keys):
        for key in keys_of_doc:
            first.setdefault(key, n)
    check(all([first.get(f"{f['key']}={v[0]}") for v in f["values"]] == sorted(first.get(f"{f['key']}={v[0]}", -1) for v in f["values"])
              for f in index.facets), "a facet numbers its values in the order documents first carry them")
    carried = {}  # "country=KAZ" -> the documents whose meta entry holds its id
    for n, keys_of_doc in enumerate(index.keys):
        for key in keys_of_doc:
            carried.setdefault(key, set()).add(n)
    wrong = []
    for f in index.facets:
        for value, _, total in f["values"]:
            key = f"{f['key']}={value}"
            if not index.postings(key) == carried.get(key, set()) or len(carried.get(key, ())) != total:
                wrong.append(key)
    check(not wrong, "each value's documents are the same in the meta shards, the postings and its label total", f"{wrong[:5]}")
    postings = {t for t in index.terms if "=" in t}
    check(postings <= set(carried), "every facet posting is a value of the label blocks", f"{sorted(postings - set(carried))[:5]}")
    check(all(row[1:] == sorted(set(row[1:])) for row in index.rows), "meta entries list their value ids ascending")
    check(all(row[0] == (int(d["d"].replace("-", "")) if d.get("d") else 0) for row, d in zip(index.rows, index.docs)),
          "meta dates are the records' dates as yyyymmdd (0 without one)")
    check(all(d.get("t") and d.get("u") and d.get("kl") == index.label("kind", index.kind(n)) for n, d in enumerate(index.docs)),
          "every display record has a title, a URL and its kind's label")


def check_shell(page, site):
    with open(os.path.join(site, "search", "index.html"), encoding="utf-8") as handle:
        html = handle.read()
    check('id="search-form"' in html and 'role="search"' in html, "the page has the search form with role=search")
    check("<script>" not in html and re.search(r'<script src="\.\./assets/search\.js" defer></script>', html) is not None,
          "search.js is loaded from the site, deferred, with no inline script")
    fallback = re.search(r'<p id="search-fallback"[^>]*>(.*?)</p>', html, re.S)
    if check(fallback is not None, "the page has a fallback paragraph for readers without JavaScript"):
        links = re.findall(r'href="\.\./([^"]+)"', fallback.group(1))
        wanted = ["cases/index.html", "countries/index.html", "years/index.html", "defenders/index.html", "instruments/index.html"]
        check(links == wanted, "the fallback links to the cases, countries, years, defenders and instruments lists", f"{links}")
        missing = [link for link in links if not os.path.exists(os.path.join(site, link))]
        check(not missing, "every page the fallback links to exists", f"missing: {missing}")
    page.open()
    check(page.js("return document.getElementById('search-fallback').hidden && !document.getElementById('search-form').hidden"),
          "with JavaScript the fallback is hidden and the form shown")
    check(page.results() == [] and page.status() != "", "an empty search shows a prompt and no results", page.status())
    shown = {key: page.facet_counts(key) for key in [f["key"] for f in page.index.facets]}
    totals = {f["key"]: {v[0]: v[2] for v in f["values"]} for f in page.index.facets}
    for key in [k for k in totals if totals[k]]:  # a site in one language has no language values
        subset = {v: c for v, c in totals[key].items() if v in shown[key]}
        check(shown[key] and subset == shown[key], f"an empty search lists {key} values with their totals from the label blocks",
              f"shown {dict(list(shown[key].items())[:5])}")
    long = next((f for f in page.index.facets if f["count"] > 10), None)
    if long:
        key = long["key"]
        more = f'#search-facets button[data-facet="{key}"]'
        page.browser.click(page.browser.find(more))
        page.wait("return document.querySelectorAll('#search-facets input[name=\"' + arguments[0] + '\"]').length > 10", 10, key)
        check(page.facet_counts(key) == totals[key] and page.js("return document.activeElement.dataset.facet") == key
              and page.js(f"return document.querySelector('{more}').getAttribute('aria-expanded')") == "true",
              f"'show all' lists all {len(totals[key])} {key} values with their totals, focus stays on the button")
        page.browser.click(page.browser.find(more))
        page.wait("return document.querySelectorAll('#search-facets input[name=\"' + arguments[0] + '\"]').length <= 10", 10, key)
        check(len(page.facet_counts(key)) == 8, f"'show fewer' lists the 8 most frequent {key} values again")
    a11y = page.js("""const f = document.getElementById('search-form'), q = document.getElementById('search-q');
        const unlabelled = [...f.querySelectorAll('input, select')].filter(i => !i.labels || !i.labels.length).map(i => i.id || i.name);
        const legends = [...f.querySelectorAll('fieldset')].every(s => s.querySelector(':scope > legend'));
        const status = document.getElementById('search-status');
        return {unlabelled, legends, live: status.getAttribute('aria-live'), role: status.getAttribute('role'),
                input: q.labels.length > 0, submit: !!f.querySelector('button[type=submit]')}""")
    check(a11y["unlabelled"] == [] and a11y["input"], "every input and select has a label", f"{a11y['unlabelled']}")
    check(a11y["legends"], "every group of checkboxes is a fieldset with a legend")
    check(a11y["live"] == "polite" and a11y["role"] == "status", "the status line is a polite live region")
    check(a11y["submit"], "the form has a submit button")


def check_keyboard(page):
    page.open()
    box = page.browser.find("#search-q")
    page.browser.click(box)
    page.browser.send_keys(box, "xq")
    page.settled()
    page.browser.send_keys(box, Keys.BACKSPACE + Keys.BACKSPACE)
    page.settled()
    check(page.js("return document.activeElement.id") == "search-q", "focus stays in the search box while typing")
    page.browser.press(Keys.TAB)
    check(page.js("return document.activeElement.type") == "submit", "Tab moves from the box to the search button")


def check_responsive(page, query, screenshots):
    for width in (360, 1440):
        page.browser.set_window_size(width, 900)
        if width == 360:
            page.open()
            labels = "return performance.getEntriesByType('resource').filter(e => e.name.includes('/search/labels/')).length"
            closed = page.js("return !document.getElementById('search-filters').open")
            check(closed and page.js(labels) == 0, "on a small screen the filters start closed and load no label blocks",
                  f"{page.js(labels)} label blocks")
            page.browser.click(page.browser.find("#search-filters summary"))
            check(page.wait("return document.querySelectorAll('#search-facets input').length > 0", 10),
                  "opening the filters lists their values")
        page.open(query)
        overflow = page.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        check(overflow <= 0, f"at {width} px nothing overflows the page sideways", f"{overflow} px too wide")
        if screenshots:
            page.browser.screenshot(os.path.join(screenshots, f"search-{width}.png"), full_page=True)
    page.browser.set_window_size(1280, 900)


def check_no_outside_requests(page):
    page.record_requests()
    check(not page.outside, "no request left the site's origin", f"{sorted(set(page.outside))[:5]}")


def check_injection(page):
    payload = '<img src=x onerror="document.body.dataset.pwned=1">"><script>document.body.dataset.pwned=1</script>'
    page.open("?q=" + urllib.parse.quote(payload))
    check(not page.js("return document.body.dataset.pwned") and not page.js("return document.querySelector('#search-form img, #search-list script')"),
          "a query holding HTML is never inserted as HTML")


# ---- the shipped site ----------------------------------------------------------------------------

def check_from_disk(page, site):
    """Opened from disk, the search page says that search needs a web server, and keeps the lists."""
    page.browser.get("file://" + os.path.abspath(os.path.join(site, "search", "index.html")))
    page.browser.wait_for("return document.readyState === 'complete'")
    text = page.js("return document.getElementById('search-fallback').textContent")
    check("Search does not work on a site opened from disk" in text and not page.js("return document.getElementById('search-fallback').hidden"),
          "opened from disk, the search page says search needs a web server", text[:120])
    check(page.js("return document.getElementById('search-form').hidden") is True, "opened from disk, no search box that cannot work is shown")
    check(page.js("return document.querySelectorAll('#search-fallback a').length") >= 5, "opened from disk, the lists that reach every case stay")


def check_russian(page, site):
    """The Russian search page: the pages in Russian first, widened to all languages on request; names found
    across scripts, Cyrillic ё read as е."""
    if not os.path.exists(os.path.join(site, "ru", "search", "index.json")):
        return
    russian = Index(os.path.join(site, "ru"))
    def search(query):
        page.browser.get(f"{page.origin}/ru/search/{query}")
        page.settled()
        return page.urls()
    def shown(element):
        return page.js(f"const b = document.getElementById('{element}'); return !!b && !b.hidden")
    urls = search("?q=Sekerbaeva")
    check(urls[:2] == [SEKERBAYEVA, CASE], "on the Russian page 'Sekerbaeva' finds Жанар Секербаева's profile, then the case", f"{urls}")
    check(page.results()[0]["title"] == "Жанар Секербаева", "the profile is shown under her name in Cyrillic", page.results()[0]["title"])
    languages = {russian.docs[russian.by_url[u]]["u"]: [k for k in russian.keys[russian.by_url[u]] if k.startswith("language=")] for u in urls}
    check(all(v == ["language=ru"] for v in languages.values()), "the Russian search shows the pages in Russian first, only", f"{languages}")
    check(shown("search-all-languages") and not shown("search-own-language"), "it offers to search all languages")
    page.browser.click(page.browser.find("#search-all-languages"))
    page.wait("return new URLSearchParams(location.search).get('languages') === 'all'", 10)
    page.settled()
    widened = page.urls()
    check(set(urls) < set(widened) and f"{CASE}al-kaz-4-2021/" in widened, "widened, it finds the documents in English too", f"{widened}")
    check(shown("search-own-language") and not shown("search-all-languages"), "and offers to narrow back to Russian")
    for query, wanted in [("?q=Секербаёва", SEKERBAYEVA), ("?q=%D0%A8%D1%8B%D0%BC%D0%BA%D0%B5%D0%BD%D1%82", CASE), ("?q=Serzzhan", SERZHAN)]:
        got = search(query)
        check(wanted in got, f"on the Russian page '{urllib.parse.unquote(query[3:])}' finds {wanted}", f"{got}")
    page.browser.get(f"{page.origin}/search/")
    page.settled()
    check(not shown("search-all-languages"), "the English page, whose pages are all in English, offers no widening")


def shipped(page, site, screenshots):
    index = page.index
    check_russian(page, site)
    check_shell(page, site)
    check_keyboard(page)
    check_from_disk(page, site)

    page.open()
    entries = page.js("return history.length")
    for query, wanted in [("Sekerbaeva", [CASE, SEKERBAYEVA]), ("sekerbayeva", [CASE, SEKERBAYEVA]),
                          ("Serzzhan", [CASE, SERZHAN]), ("SERZHAN", [CASE, SERZHAN]), ("Sekerb", [SEKERBAYEVA]),
                          ("Zhanar Sekerbaeva", [CASE, SEKERBAYEVA]), ("shymkent detention", [CASE]),
                          ("Секербаева", [CASE, SEKERBAYEVA]), ("Жанар Секербаёва", [CASE, SEKERBAYEVA]), ("Шымкент", [CASE])]:
        page.type(query)
        urls = page.urls()
        check(all(u in urls for u in wanted), f"'{query}' finds {', '.join(wanted)}", f"got {urls}")
        check(page.count() == len(urls) or page.count() > 10, f"'{query}': the status counts the results", page.status())
        check(page.js("return document.activeElement.id") == "search-q", f"'{query}': focus stayed in the box")
        exact = index.exact(query)
        got = {index.by_url[u] for u in urls}
        check(exact <= got <= index.loose(query), f"'{query}': results hold every exact match and only reachable ones",
              f"missing {sorted(index.docs[i]['u'] for i in exact - got)}")
        # People and cases first: the profile of the one the query names, then the case about her.
        if query in ("Sekerbaeva", "sekerbayeva", "Serzzhan", "SERZHAN", "Zhanar Sekerbaeva", "Секербаева"):
            check(urls[:2] == [wanted[1], CASE], f"'{query}' ranks the profile first and the case second", f"got {urls[:4]}")
        snippets = [r.get("snippet", "") for r in page.results()]
        check(not any(s.startswith("… ") and not s[2:3].isalnum() for s in snippets),
              f"'{query}': no snippet starts with a stray separator", f"{[s[:12] for s in snippets]}")
        if query == "Sekerbaeva":
            marks = [m for r in page.results() for m in r["marks"]]
            check(any(fold(m) in ("sekerbaeva", "sekerbayeva") for m in marks), "snippets mark the matched words", f"{marks[:5]}")
            check(("q", "Sekerbaeva") in page.params(), "typing writes the query into the URL")
    check(page.js("return history.length") == entries, "typing replaces the history entry instead of adding one per keystroke",
          f"history.length went from {entries} to {page.js('return history.length')}")

    page.type("qqxxzzvv")
    check(page.results() == [] and page.count() == 0 and page.status(), "a word found nowhere says so", page.status())
    page.type("zhanar serzhan")
    check(CASE in page.urls() and SEKERBAYEVA in page.urls(), "every word must match (AND), names of both defenders")

    # Filters, URL state, counts
    page.open("?q=sekerbayeva")
    start = page.js("return history.length")
    page.toggle("country", "KAZ")
    page.toggle("year", "2021")
    query = urllib.parse.urlsplit(page.browser.current_url()).query
    check(query == "q=sekerbayeva&country=KAZ&year=2021", "the URL holds the query and the filters", query)
    check(page.js("return history.length") == start + 2, "each filter change adds a history entry")
    expected = index.filtered({"country": ["KAZ"], "year": ["2021"]}, {index.by_url[u] for u in page.urls()})
    got = {index.by_url[u] for u in page.urls()}
    check(got == expected and all("Kazakhstan" in r["meta"] for r in page.results()),
          "results pass both filters", f"{sorted(index.docs[i]['u'] for i in got ^ expected)}")
    for key in ("kind", "defender", "mandate"):
        want = expected_counts(index, got, key)
        check(page.facet_counts(key) == want, f"the {key} counts are those of the current results", f"{page.facet_counts(key)} != {want}")
    kinds = [r["meta"] for r in page.results()]
    check(all(index.label("kind", index.kind(index.by_url[u])) in m for u, m in zip(page.urls(), kinds)),
          "each result shows its kind label")
    check(all(re.search(r"\d{4}", m) for m in kinds), "each dated result shows its date")
    before = (page.urls(), page.status(), page.checked())

    # A shared URL shows the same
    page.open("?q=sekerbayeva&country=KAZ&year=2021")
    check((page.urls(), page.status(), page.checked()) == before, "a shared URL shows the same results, counts and checked filters")
    check(page.js("return document.getElementById('search-q').value") == "sekerbayeva", "a shared URL fills in the search box")

    # Back and forward
    page.toggle("kind", "case")
    check(page.urls() == [CASE], "kind=case leaves only the case", f"{page.urls()}")
    page.browser.back()
    page.settled()
    check(urllib.parse.urlsplit(page.browser.current_url()).query == "q=sekerbayeva&country=KAZ&year=2021"
          and page.urls() == before[0] and page.checked() == before[2], "Back returns to the previous results and filters")
    page.browser.forward()
    page.settled()
    check(page.urls() == [CASE] and "kind=case" in page.checked(), "Forward shows the filtered results again")

    # Each facet on its own, filter-only searches
    for key, value in [("country", "KAZ"), ("year", "2021"), ("defender", "zhanar-sekerbayeva"), ("kind", "case"),
                       ("instrument", "iccpr"), ("article", first_value(index, "article")), ("organization", "feminita")]:
        if not check(value is not None and index.total(key, value) > 0, f"the index has documents for {key}={value}"):
            continue
        page.open()
        page.toggle(key, value)
        want = index.filtered({key: [value]})
        check(page.count() == len(want), f"{key}={value} alone finds its {len(want)} documents", page.status())
        urls = page.urls()
        check(all(f"{key}={value}" in index.keys[index.by_url[u]] for u in urls), f"every {key}={value} result carries it")

    # OR within a facet, AND across facets, counts of a chosen facet
    kinds = [v[0] for f in index.facets if f["key"] == "kind" for v in f["values"]]
    page.open("?kind=case")
    page.toggle("kind", "defender")
    check(page.count() == len(index.filtered({"kind": ["case", "defender"]})), "two values of one facet: either one (OR)", page.status())
    check(page.facet_counts("kind") == {k: index.total("kind", k) for k in kinds if index.total("kind", k)},
          "a chosen facet counts its values as if it were not chosen, so more can be added")
    page.toggle("defender", "gulzada-serzhan")
    check(page.count() == len(index.filtered({"kind": ["case", "defender"], "defender": ["gulzada-serzhan"]})),
          "two facets: both (AND)", page.status())
    check_chosen_counts(page, {"kind": ["case", "defender"], "defender": ["gulzada-serzhan"]}, ["kind", "defender", "country"])

    # Chosen values stay visible at 0
    page.open("?q=feminita&kind=instrument&country=KAZ")
    check(page.count() == 0 and page.checkbox("kind", "instrument") and page.checkbox("country", "KAZ"),
          "chosen filters stay visible when nothing matches")

    # Dates and sorting
    page.open("?from=2021-06-01")
    shown = page.js("return document.getElementById('search-from-shown').textContent")
    check(shown == "1 June 2021", "a date filter shows its date as the site writes dates, not the browser's mm/dd/yyyy", f"{shown!r}")
    check(page.js("return document.getElementById('search-from').type") == "text", "the date box is typed YYYY-MM-DD")
    want = index.filtered({}, None, "2021-06-01")
    check(page.count() == len(want) and all(index.docs[index.by_url[u]]["d"] >= "2021-06-01" for u in page.urls()),
          "a date range alone finds the documents dated in it", page.status())
    page.open("?q=serzhan")
    select = page.browser.find("#search-sort")
    page.browser.click(select)
    page.js("const s = document.getElementById('search-sort'); s.value = 'date'; s.dispatchEvent(new Event('change'))")
    page.settled()
    dates = [index.docs[index.by_url[u]].get("d", "") for u in page.urls()]
    check(("sort", "date") in page.params() and dates == sorted(dates, reverse=True), "sorting by date puts the newest first", f"{dates}")

    # Following a result
    page.open("?q=sekerbayeva&kind=case")
    page.record_requests()
    link = page.browser.find("#search-list h3 a")
    page.browser.click(link)
    page.wait("return !location.pathname.startsWith('/search/') && document.readyState === 'complete'")
    url = page.browser.current_url()
    check(url.startswith(f"{page.origin}/{CASE}"), "a result's link opens its page", url)
    page.record_requests()
    page.browser.back()
    page.settled()
    check(page.urls() == [CASE], "Back from a result returns to the same results")

    check_injection(page)
    check_responsive(page, "?q=sekerbayeva", screenshots)
    check_no_outside_requests(page)


def most_frequent(values):
    """The value a filter list shows first: most documents, then label, then value."""
    return min(values, key=lambda v: (-v[2], v[1], v[0]))


def first_value(index, key):
    for facet in index.facets:
        if facet["key"] == key and facet["values"]:
            return most_frequent(facet["values"])[0]
    return None


# ---- a generated corpus --------------------------------------------------------------------------

def corpus(page, site, screenshots):
    index = page.index
    check_shell(page, site)
    check(len(index.docs) > 1000, f"the corpus has many documents ({len(index.docs)})")
    defenders = next(f for f in index.facets if f["key"] == "defender")["values"]
    slug, name, _ = most_frequent(defenders)
    last = name.split()[-1]
    country = next(f.split("=", 1)[1] for f in index.keys[min(index.postings(f"defender={slug}"))] if f.startswith("country="))

    # A name, exactly, then misspelt
    started = time.monotonic()
    page.open("?q=" + urllib.parse.quote(name))
    elapsed = time.monotonic() - started
    requests = page.record_requests()
    loaded = {folder: [n for n in requests if f"/search/{folder}/" in n] for folder in ("meta", "docs", "labels", "text")}
    exact = index.exact(name)
    check(exact and page.count() >= len(exact), f"'{name}' finds at least the {len(exact)} documents naming them", page.status())
    check(page.count() <= len(index.loose(name)), f"'{name}' finds only documents its words can reach")
    shards = {i // index.meta["metaShardSize"] for i in index.loose(name)}
    check(len(loaded["meta"]) <= len(shards), f"'{name}' loads only the meta shards of matching documents "
          f"({len(loaded['meta'])} of {-(-len(index.docs) // index.meta['metaShardSize'])})")
    shown = {index.by_url[u] // index.meta["docShardSize"] for u in page.urls()}
    check(len(loaded["docs"]) <= len(shown) and len(loaded["text"]) <= len(page.urls()),
          f"'{name}' loads display records and texts only for the {len(page.urls())} results shown "
          f"({len(loaded['docs'])} doc shards, {len(loaded['text'])} texts)")
    texts = {"/search/text/" + ".".join(part for part in u.split("/") if part) + ".txt" for u in page.urls()}
    check(loaded["text"] and all(any(n.endswith(t) for t in texts) for n in loaded["text"]),
          f"'{name}' loads the texts of the results shown, named after their paths", f"{loaded['text'][:3]}")
    print(f"      first query '{name}': {elapsed * 1000:.0f} ms, {page.count()} results, "
          f"{len(loaded['labels'])} label blocks of {sum(-(-f['count'] // index.meta['labelBlockSize']) for f in index.facets)}")
    profile = f"defenders/{slug}/"
    check(profile in page.urls()[:5], f"'{name}' puts the profile {profile} among the first results", f"{page.urls()[:5]}")

    typo = last[:3] + last[4:] if len(last) >= 6 else last + "x"
    page.type(typo)
    check(page.count() >= len(index.exact(last)), f"the misspelling '{typo}' still finds every '{last}'", page.status())

    # Filters on the corpus: defender and country, with counts checked against the postings
    page.open("?q=" + urllib.parse.quote(last))
    page.toggle("country", country) if page.checkbox("country", country) else page.open(f"?q={urllib.parse.quote(last)}&country={country}")
    years = page.facet_counts("year")
    year = max(years, key=years.get) if years else None
    if check(year is not None, "the year facet lists the years of the results"):
        page.toggle("year", year)
        query = urllib.parse.urlsplit(page.browser.current_url()).query
        check(query == f"q={urllib.parse.quote(last)}&country={country}&year={year}", "the URL holds the query and filters", query)
        check(page.count() == years[year], f"year {year} had the count its checkbox showed", f"{page.count()} != {years[year]}")
        page.open(f"?q={urllib.parse.quote(last)}&country={country}&year={year}")
        check(page.count() == years[year], "the shared URL shows the same number of results")
    page.open(f"?defender={slug}&country={country}")
    want = index.filtered({"defender": [slug], "country": [country]})
    check(page.count() == len(want), f"defender={slug}&country={country} finds its {len(want)} documents", page.status())
    check(set(page.urls()) <= {index.docs[i]["u"] for i in want}, "and shows only them")
    check_chosen_counts(page, {"defender": [slug], "country": [country]}, ["defender", "country", "year", "kind"])
    page.open("?kind=case&year=2021")
    check(page.count() == len(index.filtered({"kind": ["case"], "year": ["2021"]})), "kind=case&year=2021 finds every case of 2021")
    dates = [index.docs[index.by_url[u]]["d"] for u in page.urls()]
    check(dates == sorted(dates, reverse=True), "with no words to rank by, the newest cases come first", f"{dates}")
    article = first_value(index, "article")
    if article:
        page.open(f"?article={article}&kind=case")
        check(page.count() == len(index.filtered({"article": [article], "kind": ["case"]})), f"article={article} finds its cases")

    # Paging and sorting over many results
    page.open("?kind=case&sort=date")
    total = page.count()
    first = page.urls()
    check(len(first) == 10, "a page shows 10 results", f"{len(first)}")
    dates = [index.docs[index.by_url[u]]["d"] for u in first]
    check(dates == sorted(dates, reverse=True), "sorted by date, newest first")
    page.browser.click(page.browser.find("#search-next"))
    page.wait("return new URLSearchParams(location.search).get('page') === '2'")
    page.settled()
    second = page.urls()
    check(("page", "2") in page.params() and len(second) == 10 and not set(first) & set(second)
          and page.js("return document.getElementById('search-list').start") == 11, "Next shows results 11 to 20, page=2 in the URL")
    check(dates[-1] >= index.docs[index.by_url[second[0]]]["d"], "the second page continues the order of the first")
    check(page.js("return document.activeElement.id") == "search-list", "turning the page moves focus to the results")
    page.browser.back()
    page.settled()
    check(page.urls() == first, "Back returns to the first page")
    last_page = -(-total // 10)
    page.open(f"?kind=case&sort=date&page={last_page}")
    check(len(page.urls()) == total - 10 * (last_page - 1), "the last page holds the rest")

    # Broad prefix query: still quick, still correct
    started = time.monotonic()
    page.open("?q=arb")
    print(f"      broad prefix 'arb': {(time.monotonic() - started) * 1000:.0f} ms, {page.count()} results")
    check(page.count() >= len(index.exact("arbitrary")), "a prefix finds every document with a word it starts")

    check_injection(page)
    check_responsive(page, "?q=" + urllib.parse.quote(last), screenshots)
    check_no_outside_requests(page)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    if not os.path.exists(os.path.join(site, "search", "index.json")):
        print(f"FAIL  {site} has no search/index.json")
        sys.exit(1)
    index = Index(site)
    with serve(site) as origin, Browser(width=1280, height=900) as browser:
        page = Page(browser, origin, index)
        try:
            check_index(index)
            (corpus if args.corpus else shipped)(page, site, args.screenshots)
        except (WebDriverError, KeyError, ValueError, StopIteration) as error:
            check(False, f"the test could not go on: {type(error).__name__}: {error}")
    print(f"{len(failures)} failure(s)" if failures else "all search checks passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
