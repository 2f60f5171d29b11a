#!/usr/bin/env python3
"""Screenshots of built pages at a phone and a desktop width, and a check that nothing overflows sideways.

Usage: screens.py [--print] SITE_DIR OUT_DIR PAGE [PAGE ...]   (pages are site-relative, e.g. cases/x/)

For each page and each width (360×800 and 1440×900) it writes a full-page PNG to OUT_DIR
(`<page>-<width>.png`) and checks that the page does not scroll horizontally and that no visible element
reaches past either edge of the viewport, except inside an element that scrolls or clips on purpose
(`overflow-x: auto`, as around wide tables and code). With --print it also writes each page as printed
(`<page>-print.pdf`) and a screenshot of it with print styles (`<page>-print.png`).

Prints one line per overflowing element, naming it; exits 1 if there is any.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser  # noqa: E402

SIZES = [(360, 800), (1440, 900)]

# The outermost visible elements that cross an edge of the viewport, skipping what is inside a
# scrolling or clipping box. An element is reported only when its parent stays inside, so each report
# names the element that causes the overflow.
OVERFLOW = """
const width = window.innerWidth, slack = 0.5;
const scrolls = el => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
const hidden = el => {
  const s = getComputedStyle(el), r = el.getBoundingClientRect();
  return s.display === 'none' || s.visibility === 'hidden' || r.width === 0 || r.height === 0
      || (r.width <= 1 && r.height <= 1) || s.clipPath === 'inset(50%)' || s.clip === 'rect(0px, 0px, 0px, 0px)';
};
const crosses = el => {
  const r = el.getBoundingClientRect();
  return r.right > width + slack || r.left < -slack;
};
const describe = el => {
  const parts = [];
  for (let node = el; node && node !== document.documentElement && parts.length < 4; node = node.parentElement) {
    let part = node.tagName.toLowerCase();
    if (node.id) part += '#' + node.id;
    for (const name of node.classList) part += '.' + name;
    parts.unshift(part);
  }
  const r = el.getBoundingClientRect();
  const text = (el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50);
  return `${parts.join(' > ')} (left ${Math.round(r.left)}, right ${Math.round(r.right)}, viewport ${width})`
       + (text ? ` "${text}"` : '');
};
const found = [];
const walk = (el, parentCrosses) => {
  if (hidden(el) && getComputedStyle(el).display === 'none') return;
  const own = !hidden(el) && crosses(el);
  if (own && !parentCrosses) found.push(describe(el));
  if (el !== document.body && scrolls(el)) return;
  if (!own && !parentCrosses && !hidden(el)) {
    // Text that runs out of its own box (a long word, a line of code that does not wrap).
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const r = range.getBoundingClientRect();
      if (r.right > width + slack || r.left < -slack) {
        found.push('text in ' + describe(el).replace(/\(left [^)]*\)/,
                   `(text left ${Math.round(r.left)}, right ${Math.round(r.right)}, viewport ${width})`));
        break;
      }
    }
  }
  for (const child of el.children) walk(child, own || parentCrosses);
};
walk(document.body, false);
const doc = document.documentElement;
return {scrollWidth: doc.scrollWidth, innerWidth: width, elements: found};
"""


def slug(page):
    name = re.sub(r"(^|/)index\.html$", "", page.strip("/")) or "home"
    return re.sub(r"[^A-Za-z0-9.-]+", "_", name.strip("/")).replace(".html", "")


def main():
    arguments = sys.argv[1:]
    want_print = "--print" in arguments
    arguments = [argument for argument in arguments if argument != "--print"]
    if len(arguments) < 3:
        sys.exit(__doc__)
    site, out, pages = arguments[0], arguments[1], arguments[2:]
    os.makedirs(out, exist_ok=True)
    problems, shots = [], 0
    with serve(site) as origin, Browser(width=SIZES[0][0], height=SIZES[0][1]) as browser:
        for width, height in SIZES:
            browser.set_window_size(width, height)
            for page in pages:
                browser.get(f"{origin}/{page.lstrip('/')}")
                result = browser.execute(OVERFLOW)
                if result["scrollWidth"] > result["innerWidth"]:
                    problems.append(f"{page} at {width}px: the page scrolls sideways "
                                    f"(scrollWidth {result['scrollWidth']} > {result['innerWidth']})")
                for element in result["elements"]:
                    problems.append(f"{page} at {width}px: overflows: {element}")
                browser.screenshot(os.path.join(out, f"{slug(page)}-{width}.png"), full_page=True)
                shots += 1
        if want_print:
            browser.set_window_size(794, 1123)  # A4 at 96 dpi
            for page in pages:
                browser.get(f"{origin}/{page.lstrip('/')}")
                browser.print_pdf(os.path.join(out, f"{slug(page)}-print.pdf"))
                browser.emulate_media("print")
                browser.screenshot(os.path.join(out, f"{slug(page)}-print.png"), full_page=True)
                browser.emulate_media("")
                shots += 1
    for line in problems:
        print(line)
    print(f"{len(pages)} pages, {shots} screenshots in {out}, {len(problems)} overflows", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
