#!/usr/bin/env python3
"""Checks in headless Chromium that the map of cases per country is drawn, named and linked.

Usage: map.py SITE_DIR PAGE:LINKS [PAGE:LINKS ...]   e.g. map.py /tmp/site index.html:2 countries/index.html:2

For each page, at 360 and 1440 px wide: the map's SVG is laid out at the width of its figure with the
aspect of its viewBox, and the plain land spans most of it; it has LINKS country links, each a link to a
country page by its computed role, named by its `<title>` ("Kazakhstan: 1 case"), drawn (a box of some size,
filled in a shade that differs from the land's), and on top: a point inside it belongs to it. Printed,
every shade is a grey. Following the first link opens that country's page. Prints one line per problem;
exits 1 if there is any.
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sitehttp import serve  # noqa: E402
from webdriver import Browser  # noqa: E402

MEASURE = """
const svg = document.querySelector('.world-map svg');
if (!svg) return null;
svg.scrollIntoView({block: 'center'});
const box = svg.getBoundingClientRect(), view = svg.viewBox.baseVal;
const land = svg.querySelector('.land');
const fill = el => getComputedStyle(el).fill;
const links = [...svg.querySelectorAll('a')].map(a => {
  const shape = a.querySelector('path, circle'), r = shape.getBoundingClientRect();
  // A point inside the shape (the centre of its box may fall outside an archipelago), on the screen.
  const box = shape.getBBox(), ctm = shape.getScreenCTM();
  let hit = null, over = null;
  for (let i = 1; i < 16 && hit !== true; i++) for (let j = 1; j < 16 && hit !== true; j++) {
    const p = new DOMPoint(box.x + box.width * i / 16, box.y + box.height * j / 16);
    if (!shape.isPointInFill(p)) continue;
    const s = p.matrixTransform(ctm);
    if (s.x < 0 || s.y < 0 || s.x >= innerWidth || s.y >= innerHeight) continue;
    const el = document.elementFromPoint(s.x, s.y), link = el && el.closest('a');
    hit = link === a;
    if (!hit) over = link ? link.getAttribute('href') : (el ? el.tagName + '.' + el.getAttribute('class') : 'nothing');
  }
  return {href: a.getAttribute('href'), title: (a.querySelector('title') || {}).textContent, width: r.width, height: r.height,
          fill: fill(shape), hit, over};
});
return {width: box.width, height: box.height, ratio: view.height / view.width,
        figure: svg.closest('figure').getBoundingClientRect().width,
        landWidth: land.getBoundingClientRect().width, landFill: fill(land), links};
"""

SHADE_FILLS = "return [...document.querySelectorAll('.world-map a path, .world-map a circle')].map(el => getComputedStyle(el).fill)"


def grey(rgb):
    values = [int(v) for v in re.findall(r"\d+", rgb)[:3]]
    return len(values) == 3 and values[0] == values[1] == values[2]


def check(browser, page, expected, where, problems):
    m = browser.execute(MEASURE)
    if m is None:
        problems.append(f"{where}: no .world-map svg")
        return None
    if abs(m["width"] - m["figure"]) > 1 or abs(m["height"] - m["width"] * m["ratio"]) > 2:
        problems.append(f"{where}: the map is {m['width']:.0f}×{m['height']:.0f} in a figure {m['figure']:.0f} wide")
    if m["landWidth"] < 0.8 * m["width"]:
        problems.append(f"{where}: the land spans {m['landWidth']:.0f} of {m['width']:.0f} px")
    if len(m["links"]) != expected:
        problems.append(f"{where}: {len(m['links'])} country links, expected {expected}")
    for link, element in zip(m["links"], browser.find_all(".world-map svg a")):
        name = f"{where}: {link['href']}"
        if not re.fullmatch(r"(\.\./|\./)countries/[a-z]{3}/index\.html", link["href"] or ""):
            problems.append(f"{name}: not a link to a country page")
        role = browser.command("GET", f"/element/{element}/computedrole")
        label = browser.command("GET", f"/element/{element}/computedlabel")
        if role != "link" or not re.fullmatch(r".+: \d+ cases?", label or "") or label != link["title"]:
            problems.append(f"{name}: role {role!r}, name {label!r}, title {link['title']!r}")
        if link["width"] < 2 or link["height"] < 2:
            problems.append(f"{name}: drawn {link['width']:.1f}×{link['height']:.1f} px")
        if link["fill"] == m["landFill"]:
            problems.append(f"{name}: filled like the land ({link['fill']})")
        if link["hit"] is False:
            problems.append(f"{name}: covered wherever it is drawn, by {link['over']}")
    return m


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    site, specs = sys.argv[1], [spec.rsplit(":", 1) for spec in sys.argv[2:]]
    problems, checked = [], 0
    with serve(site) as origin, Browser(width=360, height=800) as browser:
        for width, height in [(360, 800), (1440, 900)]:
            browser.set_window_size(width, height)
            for page, links in specs:
                browser.get(f"{origin}/{page}")
                checked += 1
                check(browser, page, int(links), f"{page} at {width}px", problems)
        for page, links in specs:
            browser.get(f"{origin}/{page}")
            browser.emulate_media("print")
            fills = browser.execute(SHADE_FILLS)
            browser.emulate_media("")
            if not all(grey(fill) for fill in fills):
                problems.append(f"{page} printed: shades {fills} are not all grey")
            first = browser.find_all(".world-map svg a")
            if first:
                expected = browser.execute("return new URL(arguments[0].getAttribute('href'), location.href).href", first[0])
                browser.execute("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", first[0])
                browser.wait_for("return document.readyState === 'complete' && location.href === arguments[0]", 10, expected)
                if browser.current_url() != expected:
                    problems.append(f"{page}: following the first country link led to {browser.current_url()}, not {expected}")
    for line in problems:
        print(line)
    print(f"{checked} map views checked, {len(problems)} problems", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
