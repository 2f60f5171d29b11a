#!/usr/bin/env python3
"""Checks in headless Chromium that documents are shown in their own language and writing direction.

Usage: direction.py SITE_DIR PAGE:LANG:DIR [PAGE:LANG:DIR ...]
       e.g. direction.py /tmp/site cases/x/letter-ar/:ar:rtl cases/x/letter-fr/:fr:ltr

For each document page, at 360 and 1440 px wide: the document's title and its text block
(`.document-text`) carry lang=LANG and have the computed direction DIR; the last line of the text's
first paragraph starts at the block's start edge (the right one for rtl); and the page does not scroll sideways.
Prints one line per problem; exits 1 if there is any.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser  # noqa: E402

MEASURE = """
const block = document.querySelector('.document-text');
const title = document.querySelector('h1');
if (!block || !title) return {missing: !block ? '.document-text' : 'h1'};
const para = block.querySelector('p, li');
let start = null, end = null;
if (para) {
  const range = document.createRange();
  range.selectNodeContents(para);
  const rects = [...range.getClientRects()];
  // The last line is the one that shows the alignment (a full line touches both edges). It may hold
  // several runs (a Latin name, digits in Arabic text): take their extent.
  const last = rects.filter(r => r.width > 0).reduce((a, r) => (r.top > a.top ? r : a));
  const line = rects.filter(r => r.width > 0 && Math.abs(r.top - last.top) < 3);
  const first = {left: Math.min(...line.map(r => r.left)), right: Math.max(...line.map(r => r.right))};
  const box = para.getBoundingClientRect();
  const style = getComputedStyle(para);
  const inner = {left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight)};
  // How far that line starts from the paragraph's left and right inner edges.
  start = {fromLeft: first.left - inner.left, fromRight: inner.right - first.right};
}
return {
  blockLang: block.getAttribute('lang'), blockDir: getComputedStyle(block).direction,
  titleLang: title.getAttribute('lang'), titleDir: getComputedStyle(title).direction,
  htmlLang: document.documentElement.lang, htmlDir: document.documentElement.dir,
  textAlign: para ? getComputedStyle(para).textAlign : null, start,
  scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth,
};
"""


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, specs = sys.argv[1], sys.argv[2:]
    problems, checked = [], 0
    with serve(site) as origin, Browser(width=360, height=800) as browser:
        for width, height in [(360, 800), (1440, 900)]:
            browser.set_window_size(width, height)
            for spec in specs:
                page, lang, direction = spec.rsplit(":", 2)
                browser.get(f"{origin}/{page.lstrip('/')}")
                m = browser.execute(MEASURE)
                where = f"{page} at {width}px"
                checked += 1
                if "missing" in m:
                    problems.append(f"{where}: no {m['missing']}")
                    continue
                for part in ("block", "title"):
                    if m[f"{part}Lang"] != lang:
                        problems.append(f"{where}: {part} has lang={m[f'{part}Lang']!r}, expected {lang!r}")
                    if m[f"{part}Dir"] != direction:
                        problems.append(f"{where}: {part} has direction {m[f'{part}Dir']}, expected {direction}")
                if m["htmlDir"] not in ("ltr", "rtl") or not m["htmlLang"]:
                    problems.append(f"{where}: <html> lang={m['htmlLang']!r} dir={m['htmlDir']!r}")
                start = m["start"]
                if start is None:
                    problems.append(f"{where}: the document text has no paragraph to measure")
                else:
                    gap = start["fromRight"] if direction == "rtl" else start["fromLeft"]
                    if gap > 2:
                        side = "right" if direction == "rtl" else "left"
                        problems.append(f"{where}: the last line of the first paragraph starts {gap:.0f}px from the {side} edge "
                                        f"(text-align {m['textAlign']})")
                if m["scrollWidth"] > m["innerWidth"]:
                    problems.append(f"{where}: the page scrolls sideways ({m['scrollWidth']} > {m['innerWidth']})")
    for line in problems:
        print(line)
    print(f"{checked} page views checked, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
