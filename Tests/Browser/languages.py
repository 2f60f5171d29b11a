#!/usr/bin/env python3
"""Checks the versions of every page of a site in several languages, in headless Chromium.

Usage: languages.py SITE_DIR BASE_URL [SWITCH_PAGE ...]
       e.g. languages.py /tmp/site https://casebook.example.org/ cases/x/index.html

For every HTML page but 404.html, as Chromium parses it:
- hreflang reciprocity: the page's <link rel="alternate" hreflang> set (x-default included) lists the page
  itself; every page it lists exists, and lists exactly the same set. A page with no set names as canonical
  a page that has one (a text shown in another language's pages) or is the only version of its text;
- the language switcher lists the same pages as the set (x-default aside), each link with `lang` and
  `hreflang`, its `lang` the `lang` of the page it opens; the current page, if listed, is marked
  aria-current="true" and is the page itself;
- the page's <html lang> is the language of its folder (the site's default language at the root).
For each SWITCH_PAGE: Tab reaches every link of the switcher, and Enter on each one opens its page.

Pages are served from 127.0.0.1; the absolute addresses under BASE_URL are mapped to the served folder.
Prints one line per problem and a summary line on standard error; exits 1 if there is any problem.
"""
import os, sys
from urllib.parse import urljoin

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser, Keys  # noqa: E402

READ = """
const abs = href => new URL(href, location.href).href;
return {
  lang: document.documentElement.getAttribute('lang'),
  canonical: (document.querySelector('link[rel="canonical"]') || {}).href || null,
  alternates: [...document.querySelectorAll('link[rel="alternate"][hreflang]')]
    .map(l => [l.getAttribute('hreflang'), abs(l.getAttribute('href'))]),
  switcher: [...document.querySelectorAll('nav.language-switcher a')].map(a => ({
    href: abs(a.getAttribute('href')), lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'),
    current: a.getAttribute('aria-current'), name: a.textContent.trim()})),
  label: (document.querySelector('nav.language-switcher') || {getAttribute: () => null}).getAttribute('aria-label'),
};
"""


def pages_of(site):
    found = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                path = os.path.relpath(os.path.join(folder, name), site)
                if path != "404.html":
                    found.append(path)
    return sorted(found)


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, base, switch_pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    problems, sets, checked = [], {}, 0
    with serve(site) as origin, Browser(width=1280, height=900) as browser:
        served = origin + "/"

        def local(url):
            """A page's address as served, from an absolute address under BASE_URL or a served one."""
            url = served + url[len(base):] if url.startswith(base) else url
            return url if url.endswith(".html") else url + "index.html"

        def key(url):
            return local(url)[len(served):]

        for page in pages_of(site):
            browser.get(served + page)
            seen = browser.execute(READ)
            sets[page] = seen
            checked += 1
            folder = page.split("/")[0] if "/" in page else ""
            alternates = {hreflang: key(href) for hreflang, href in seen["alternates"]}
            if alternates and page not in alternates.values():
                problems.append(f"{page}: its hreflang set does not list the page itself: {alternates}")
            if not alternates and seen["switcher"]:
                canonical = key(seen["canonical"]) if seen["canonical"] else None
                if canonical is None or canonical == page:
                    problems.append(f"{page}: no hreflang set, and no canonical version elsewhere ({seen['canonical']})")
            listed = {key(link["href"]) for link in seen["switcher"]}
            versions = {target for hreflang, target in alternates.items() if hreflang != "x-default"}
            if alternates and listed != versions:
                problems.append(f"{page}: the switcher lists {sorted(listed)}, the hreflang set {sorted(versions)}")
            if seen["switcher"] and not seen["label"]:
                problems.append(f"{page}: the language switcher has no aria-label")
            for link in seen["switcher"]:
                if not link["lang"] or not link["hreflang"]:
                    problems.append(f"{page}: switcher link {link['name']!r} lacks lang or hreflang")
                if (link["current"] == "true") != (key(link["href"]) == page):
                    problems.append(f"{page}: switcher link {link['name']!r} is marked current={link['current']!r}")
            sets[page]["folder"] = folder
        for page, seen in sets.items():
            alternates = {hreflang: key(href) for hreflang, href in seen["alternates"]}
            for hreflang, target in alternates.items():
                other = sets.get(target)
                if other is None:
                    problems.append(f"{page}: hreflang {hreflang} names a missing page {target}")
                    continue
                theirs = {h: key(u) for h, u in other["alternates"]}
                if theirs != alternates:
                    problems.append(f"{page}: hreflang set differs on {target}: {alternates} against {theirs}")
            if not alternates and seen["canonical"]:
                target = key(seen["canonical"])
                if target != page and target in sets and not sets[target]["alternates"] and sets[target]["switcher"]:
                    problems.append(f"{page}: its canonical {target} is no version either")
            for link in seen["switcher"]:
                target = key(link["href"])
                if target not in sets:
                    problems.append(f"{page}: switcher link {link['name']!r} opens a missing page {target}")
                elif sets[target]["lang"] != link["lang"]:
                    problems.append(f"{page}: switcher link lang={link['lang']} opens a page in {sets[target]['lang']}")
        for page in switch_pages:
            browser.get(served + page)
            links = browser.execute(READ)["switcher"]
            if not links:
                problems.append(f"{page}: no language switcher to try")
                continue
            for index, link in enumerate(links):
                browser.get(served + page)
                browser.execute("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
                reached = False
                for _ in range(40):
                    browser.press(Keys.TAB)
                    focused = browser.execute("const a = document.activeElement;"
                                              " return a && a.closest('nav.language-switcher') ? new URL(a.getAttribute('href'), location.href).href : null")
                    if focused == link["href"]:
                        reached = True
                        break
                if not reached:
                    problems.append(f"{page}: Tab never reaches switcher link {link['name']!r}")
                    continue
                browser.press(Keys.ENTER)
                browser.wait_for("return document.readyState === 'complete'")
                if key(browser.current_url()) != key(link["href"]):
                    problems.append(f"{page}: Enter on {link['name']!r} opened {browser.current_url()}")
                lang = browser.execute("return document.documentElement.getAttribute('lang')")
                if lang != link["lang"]:
                    problems.append(f"{page}: {link['name']!r} opened a page in {lang}")
    for problem in problems:
        print(problem)
    print(f"languages.py: {checked} pages, {sum(1 for s in sets.values() if s['alternates'])} with hreflang sets, "
          f"{len(switch_pages)} switchers tried, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
