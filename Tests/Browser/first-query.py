#!/usr/bin/env python3
"""Measures what a reader's first search costs on a built site: Casebook's search page against Pagefind.

Usage: first-query.py SITE_DIR [--query TEXT] [--pagefind-results N] [--keep DIR]

Casebook: a fresh headless Chromium opens search/index.html, types the query and waits for the results;
every byte it fetched is counted (HTML, JS, CSS, index files, term shards, meta shards, label blocks, display
records, snippet texts) as the server answered them, and the time from pressing Enter to the results shown
is measured.
Pagefind: `python3 -m pagefind_bin` (pip install pagefind-bin) indexes the same built site into a separate
folder; a test page there runs Pagefind's default UI (pagefind-ui.js, showing N results, default 10) for the
same query, counting bytes the same way; a second fresh browser times a cold API search plus the data of
the first N results, as the UI loads them.

Bytes are shown as served here (uncompressed: Python's server does not compress) and as gzip -6 of each
file, which is what a web server with compression sends (Pagefind's index files are compressed already).
"""
import argparse, contextlib, functools, gzip, json, os, re, shutil, subprocess, sys, tempfile, threading, time, urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import QuietHandler, QuietServer  # noqa: E402
from webdriver import Browser  # noqa: E402

CATEGORIES = ["page (HTML)", "scripts", "styles", "index / entry / wasm", "term shards / index chunks",
              "meta shards", "label blocks / filters", "doc records", "snippet texts / fragments", "other"]


def category(path):
    if path.endswith("/") or path.endswith(".html"):
        return CATEGORIES[0]
    if path.endswith(".js"):
        return CATEGORIES[1]
    if path.endswith(".css"):
        return CATEGORIES[2]
    if re.search(r"search/(index|facets)\.json$|pagefind-entry\.json$|\.pf_meta$|\.pagefind$", path):
        return CATEGORIES[3]
    if "/search/terms/" in path or path.endswith(".pf_index"):
        return CATEGORIES[4]
    if "/search/meta/" in path:
        return CATEGORIES[5]
    if "/search/labels/" in path or path.endswith(".pf_filter"):
        return CATEGORIES[6]
    if "/search/docs/" in path:
        return CATEGORIES[7]
    if "/search/text/" in path or path.endswith(".pf_fragment"):
        return CATEGORIES[8]
    return CATEGORIES[9]


class CountingHandler(QuietHandler):
    """Serves files like sitehttp and records each answered path. The server sees what a Resource Timing
    list would miss: Pagefind fetches its index from a web worker."""

    def end_headers(self):
        self.server.served.append((self.command, urllib.parse.urlsplit(self.path).path, self._status))
        super().end_headers()

    def send_response(self, code, message=None):
        self._status = code
        super().send_response(code, message)


@contextlib.contextmanager
def counting_server(folder):
    server = QuietServer(("127.0.0.1", 0), functools.partial(CountingHandler, directory=str(folder)))
    server.served = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server.served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def outside_requests(browser, origin):
    names = browser.execute("return performance.getEntriesByType('navigation').concat("
                            "performance.getEntriesByType('resource')).map(e => e.name)") or []
    return [n for n in names if not n.startswith(origin + "/")]


def tally(served, folder):
    """{category: [files, bytes served, gzip -6 bytes]} of every file answered with 200."""
    table = {c: [0, 0, 0] for c in CATEGORIES}
    for method, path, status in served:
        if method != "GET" or status != 200:
            continue
        local = os.path.join(folder, urllib.parse.unquote(path).lstrip("/"))
        if path.endswith("/"):
            local = os.path.join(local, "index.html")
        if not os.path.isfile(local):
            continue
        with open(local, "rb") as handle:
            data = handle.read()
        row = table[category(path)]
        row[0] += 1
        row[1] += len(data)
        row[2] += len(gzip.compress(data, 6))
    return table


def casebook(site, query):
    with counting_server(site) as (origin, served), Browser() as browser:
        browser.get(f"{origin}/search/index.html")
        browser.wait_for("const f = document.getElementById('search-form'); return f && f.dataset.shown !== undefined", 60)
        # Enter, not typing, so the time has no debounce in it; the page polls for its own result.
        took = browser.execute_async("""const [q, done] = arguments, f = document.getElementById('search-form');
            document.getElementById('search-q').value = q;
            const start = performance.now();
            f.requestSubmit();
            const poll = () => (f.dataset.shown === location.pathname + location.search
                && new URLSearchParams(location.search).get('q') === q
                && f.querySelector('.search-results').getAttribute('aria-busy') === 'false')
                ? done(performance.now() - start) : setTimeout(poll, 2);
            poll();""", query)
        status = browser.execute("return document.getElementById('search-status').textContent")
        shown = browser.execute("return document.querySelectorAll('#search-list > li').length")
        outside = outside_requests(browser, origin)
    table = tally(served, site)
    return {"table": table, "outside": outside, "ms": took, "status": status, "shown": shown}


PAGEFIND_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind first query</title>
<link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script>
<script src="ui.js" defer></script></head><body><div id="search"></div></body></html>
"""
PAGEFIND_UI = "new PagefindUI({ element: '#search', showSubResults: true, pageSize: %d, showImages: false });\n"
PAGEFIND_API_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind API</title><script type="module" src="api.js"></script></head><body></body></html>
"""
PAGEFIND_API = """const pagefind = await import('./pagefind/pagefind.js');
await pagefind.init();
window.firstQuery = async (q, n) => {
  const start = performance.now();
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, n).map((r) => r.data()));
  return { ms: performance.now() - start, count: search.results.length, titles: data.map((d) => d.meta.title) };
};
window.ready = true;
"""


def pagefind(site, query, results, work):
    bundle = os.path.join(work, "pagefind")
    started = time.monotonic()
    run = subprocess.run([sys.executable, "-m", "pagefind_bin", "--site", site, "--output-path", bundle],
                         capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"pagefind failed: {run.stderr or run.stdout}")
    indexing = time.monotonic() - started
    for name, text in [("ui.html", PAGEFIND_PAGE), ("ui.js", PAGEFIND_UI % results), ("api.html", PAGEFIND_API_PAGE),
                       ("api.js", PAGEFIND_API)]:
        with open(os.path.join(work, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(bundle) for f in fs)
    with counting_server(work) as (origin, served):
        with Browser() as browser:
            browser.get(f"{origin}/ui.html")
            browser.wait_for("return !!document.querySelector('.pagefind-ui__search-input')", 60)
            box = browser.find(".pagefind-ui__search-input")
            browser.send_keys(box, query)
            browser.wait_for("""const r = document.querySelectorAll('.pagefind-ui__result');
                return r.length > 0 && [...r].every(x => x.querySelector('.pagefind-ui__result-title'))
                    && document.querySelector('.pagefind-ui__message')""", 120)
            time.sleep(1.0)  # let the UI finish fetching what it wants for the shown results
            message = browser.execute("const m = document.querySelector('.pagefind-ui__message'); return m && m.textContent")
            shown = browser.execute("return document.querySelectorAll('.pagefind-ui__result').length")
            outside = outside_requests(browser, origin)
            table = tally(served, work)
        with Browser() as browser:
            browser.get(f"{origin}/api.html")
            browser.wait_for("return window.ready === true", 60)
            answer = browser.execute_async("window.firstQuery(arguments[0], arguments[1]).then(arguments[2])", query, results)
    return {"table": table, "outside": outside, "ms": answer["ms"], "status": message, "shown": shown,
            "count": answer["count"], "indexing": indexing, "bundle": size}


def default_query(site):
    """Sekerbayeva on the shipped site, else the name of the defender with the most documents."""
    folder = os.path.join(site, "search")
    with open(os.path.join(folder, "index.json"), encoding="utf-8") as handle:
        size = json.load(handle)["labelBlockSize"]
    with open(os.path.join(folder, "facets.json"), encoding="utf-8") as handle:
        facets = json.load(handle)["facets"]
        defender = next((f for f in facets if f["key"] == "defender" and f["count"]), None)
    if not defender:
        return "detention"
    number = defender["top"][0] // len(facets)  # the most frequent value's number within its facet
    with open(os.path.join(folder, "labels", "defender", f"{number // size}.json"), encoding="utf-8") as handle:
        top = json.load(handle)["entries"][number % size]
    return "Sekerbayeva" if os.path.isdir(os.path.join(site, "defenders", "zhanar-sekerbayeva")) else top[1]


def kb(n):
    return f"{n / 1024:8.1f}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("site")
    parser.add_argument("--query")
    parser.add_argument("--pagefind-results", type=int, default=10)
    parser.add_argument("--keep", help="keep Pagefind's bundle and test pages in this folder")
    args = parser.parse_args()
    site = os.path.abspath(args.site)
    query = args.query or default_query(site)
    work = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="casebook-pagefind-")
    os.makedirs(work, exist_ok=True)
    try:
        ours = casebook(site, query)
        theirs = pagefind(site, query, args.pagefind_results, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(f"First query {query!r} on {site}")
    print(f"{'':28}{'Casebook':>32}{'Pagefind':>32}")
    print(f"{'':28}{'files':>6}{'KB served':>12}{'KB gzip':>14}{'files':>6}{'KB served':>12}{'KB gzip':>14}")
    totals = [[0, 0, 0], [0, 0, 0]]
    for c in CATEGORIES:
        a, b = ours["table"][c], theirs["table"][c]
        if a[0] or b[0]:
            print(f"{c:28}{a[0]:6}{kb(a[1]):>12}{kb(a[2]):>14}{b[0]:6}{kb(b[1]):>12}{kb(b[2]):>14}")
        for t, row in zip(totals, (a, b)):
            for i in range(3):
                t[i] += row[i]
    a, b = totals
    print(f"{'total':28}{a[0]:6}{kb(a[1]):>12}{kb(a[2]):>14}{b[0]:6}{kb(b[1]):>12}{kb(b[2]):>14}")
    print(f"{'query time, cold (ms)':28}{ours['ms']:32.0f}{theirs['ms']:32.0f}")
    print(f"{'results':28}{ours['status']!s:>32}{theirs['status']!s:>32}")
    print(f"{'results shown with text':28}{ours['shown']:32}{theirs['shown']:32}")
    print(f"Pagefind: indexing took {theirs['indexing']:.1f} s, bundle {theirs['bundle'] / 1024:.0f} KB; "
          f"its time is search() plus data() of the first {args.pagefind_results} results, Casebook's is Enter to results shown.")
    outside = ours["outside"] + theirs["outside"]
    if outside:
        print(f"requests outside the origin: {outside[:5]}")
    sys.exit(1 if outside else 0)


if __name__ == "__main__":
    main()
