#!/usr/bin/env python3
"""Accessibility check of built pages in headless Chromium: axe-core's WCAG 2.0 and 2.1 A and AA rules,
the best-practice rules for landmarks, headings and the skip link, and three checks of our own: the
<html> element has `lang` and `dir`, and keyboard focus is visible on the first links Tab reaches.

Usage: axe.py SITE_DIR PAGE [PAGE ...]   (pages are site-relative paths such as cases/x/ or 404.html)

Prints one line per violation and per element it concerns; exits 1 if there is any. axe-core is not part
of this repository: it is the axe.min.js bundled in the PyPI package axe-playwright-python (installed by
scripts/setup-checkers), or the file named by $AXE_JS. It is injected through WebDriver, which the
pages' Content-Security-Policy does not apply to.
"""
import importlib.util, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser, Keys  # noqa: E402

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BEST_PRACTICE_RULES = ["region", "landmark-one-main", "heading-order", "skip-link", "page-has-heading-one"]
FOCUS_STOPS = 4  # how many Tab presses are checked for a visible focus indicator

# Packages known to bundle axe-core, and where the file is inside each.
AXE_PACKAGES = [
    ("axe_playwright_python", "axe.min.js"),
    ("axe_core_python", "axe.min.js"),
    ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
]


def axe_source():
    """(source, version) of axe.min.js, found without importing the package that ships it."""
    candidates = [os.environ["AXE_JS"]] if os.environ.get("AXE_JS") else []
    for package, inner in AXE_PACKAGES:
        spec = importlib.util.find_spec(package)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            candidates.append(os.path.join(folder, inner))
    for path in candidates:
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
            match = re.search(r"axe v(\d+\.\d+\.\d+)", source[:400])
            return source, match.group(1) if match else "unknown", path
    sys.exit("axe.py: axe-core not found: run scripts/setup-checkers "
             "(pip install --no-deps axe-playwright-python) or set AXE_JS")


RUN_AXE = """
const done = arguments[arguments.length - 1];
const rules = {};
for (const id of arguments[1]) rules[id] = {enabled: true};
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules, resultTypes: ['violations']})
  .then(results => done({violations: results.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => ({target: n.target.map(String).join(' '), summary: n.failureSummary || ''}))}))}))
  .catch(error => done({error: String(error && error.stack || error)}));
"""

# Style of the focused element that makes focus visible; compared before and after blur().
FOCUS_STYLE = """
const el = document.activeElement;
if (!el || el === document.body) return null;
const s = getComputedStyle(el), r = el.getBoundingClientRect();
return {
  tag: el.tagName.toLowerCase(), text: (el.textContent || '').trim().slice(0, 40),
  href: el.getAttribute('href'), id: el.id,
  style: [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
          s.textDecorationLine, s.textDecorationThickness, s.borderTopColor, s.borderBottomColor].join('|'),
  outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,
  shadow: s.boxShadow !== 'none',
  visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
           && r.top < window.innerHeight && r.left < window.innerWidth,
};
"""

UNFOCUSED_STYLE = """
const el = arguments[0];
el.blur();
const s = getComputedStyle(el);
return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color,
        s.textDecorationLine, s.textDecorationThickness, s.borderTopColor, s.borderBottomColor].join('|');
"""


def page_url(origin, page):
    return f"{origin}/{page.lstrip('/')}"


def check_language(browser, page, problems):
    html = browser.execute("const h = document.documentElement;"
                           " return [h.getAttribute('lang'), h.getAttribute('dir')]")
    lang, direction = html
    if not lang:
        problems.append(f"{page}: html-lang-dir: <html> has no lang")
    if direction not in ("ltr", "rtl", "auto"):
        problems.append(f"{page}: html-lang-dir: <html> has no valid dir (dir={direction!r})")


def check_focus(browser, page, problems):
    """Tabs through the first focus stops: each must be visible and look different when focused."""
    browser.execute("window.scrollTo(0, 0); if (document.activeElement) document.activeElement.blur();"
                    " document.body.focus();")
    seen = 0
    for stop in range(FOCUS_STOPS):
        # blur() leaves the sequential focus navigation starting point on the element, so the next Tab
        # moves on to the following one.
        browser.press(Keys.TAB)
        focused = browser.execute(FOCUS_STYLE)
        if focused is None:
            if stop == 0:
                problems.append(f"{page}: focus-visible: Tab focuses nothing")
            break
        seen += 1
        name = f"<{focused['tag']}{' href=' + focused['href'] if focused['href'] else ''}> {focused['text']!r}"
        if not focused["visible"]:
            problems.append(f"{page}: focus-visible: focused element is off screen: {name}")
        element = browser.active_element()
        unfocused = browser.execute(UNFOCUSED_STYLE, element)
        if unfocused == focused["style"] or not (focused["outline"] or focused["shadow"]):
            problems.append(f"{page}: focus-visible: no outline or box-shadow when focused: {name}")
    return seen


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, pages = sys.argv[1], sys.argv[2:]
    source, version, path = axe_source()
    problems, counts = [], {}
    with serve(site) as origin, Browser(width=1280, height=900) as browser:
        for page in pages:
            browser.get(page_url(origin, page))
            browser.execute(source + "\n;return typeof axe;")
            answer = browser.execute_async(RUN_AXE, TAGS, BEST_PRACTICE_RULES)
            if "error" in answer:
                problems.append(f"{page}: axe failed: {answer['error']}")
                continue
            before = len(problems)
            for violation in answer["violations"]:
                for node in violation["nodes"]:
                    summary = " ".join(node["summary"].split())
                    problems.append(f"{page}: {violation['id']} [{violation['impact']}] {node['target']}: "
                                    f"{violation['help']}. {summary}")
            check_language(browser, page, problems)
            check_focus(browser, page, problems)
            counts[page] = len(problems) - before
    for line in problems:
        print(line)
    summary = ", ".join(f"{page} {count}" for page, count in counts.items())
    print(f"axe-core {version} ({path}): {len(pages)} pages, {len(problems)} problems ({summary})", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
