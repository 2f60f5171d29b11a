#!/usr/bin/env python3
"""Converts Natural Earth's country outlines into Sources/CasebookKit/Render/WorldMapOutlines.swift, once.

Reads the 1:110m countries shapefile (naturalearth_lowres, as geopandas 0.14.4 ships it) and the label
points written by labels.R, projects them with Equal Earth, simplifies and rounds them, and writes one SVG
path per country keyed by ISO 3166-1 alpha-3, plus a dot for every code of CountryTable whose country is
too small to see or missing from the 1:110m outlines. Standard library only. See README.md beside it.

    python3 convert.py SHAPEFILE.shp LABELS.csv COUNTRY_TABLE.swift OUTPUT.swift
"""

import csv
import math
import re
import struct
import sys

WIDTH = 1000            # SVG user units across the whole map
SOUTH = -58.0           # latitude the map is cut at: Antarctica is left out
TOLERANCE = 1.2         # Douglas-Peucker tolerance, in user units
MIN_RING_AREA = 6.0     # rings smaller than this (square user units) are dropped, except a country's largest
DOT_AREA = 40.0         # a country whose outline covers less than this gets a dot as well
MAX_DIGITS = 8          # the longest run of digits path data may hold (see path_data)
LEFT_OUT = {"ATA"}      # Antarctica: would take a quarter of the height for no case
# Rings Natural Earth draws as part of a country that ISO 3166-1 codes apart: (code, new code, test on a point).
SPLITS = [
    ("FRA", "GUF", lambda lon, lat: lon < -30),   # French Guiana
    ("NOR", "SJM", lambda lon, lat: lat > 74),    # Svalbard
]


def read_dbf(path):
    data = open(path, "rb").read()
    count, header_length, record_length = struct.unpack("<IHH", data[4:12])
    fields, offset = [], 32
    while data[offset] != 0x0D:
        name = data[offset:offset + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[offset + 16]))
        offset += 32
    rows = []
    for index in range(count):
        record = data[header_length + index * record_length + 1:header_length + (index + 1) * record_length]
        row, at = {}, 0
        for name, length in fields:
            row[name] = record[at:at + length].decode("latin-1").strip()
            at += length
        rows.append(row)
    return rows


def read_shp(path):
    """Each record's rings, as lists of (longitude, latitude)."""
    data = open(path, "rb").read()
    shapes, offset = [], 100
    while offset < len(data):
        _, words = struct.unpack(">ii", data[offset:offset + 8])
        content = data[offset + 8:offset + 8 + words * 2]
        offset += 8 + words * 2
        kind, = struct.unpack("<i", content[:4])
        if kind != 5:
            raise SystemExit(f"shape type {kind} is not a polygon")
        parts, points = struct.unpack("<ii", content[36:44])
        starts = list(struct.unpack(f"<{parts}i", content[44:44 + 4 * parts])) + [points]
        base = 44 + 4 * parts
        xy = struct.unpack(f"<{2 * points}d", content[base:base + 16 * points])
        shapes.append([[(xy[2 * i], xy[2 * i + 1]) for i in range(starts[p], starts[p + 1])] for p in range(parts)])
    return shapes


A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2
X_MAX = math.pi / (M * A1)


def equal_earth(lon, lat):
    theta = math.asin(M * math.sin(math.radians(lat)))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = math.radians(lon) * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


SCALE = WIDTH / (2 * X_MAX)
TOP = equal_earth(0, 90)[1]
HEIGHT = math.ceil((TOP - equal_earth(0, SOUTH)[1]) * SCALE)


def place(lon, lat):
    x, y = equal_earth(lon, max(lat, SOUTH))
    return (x + X_MAX) * SCALE, (TOP - y) * SCALE


def simplify(points, tolerance):
    """Douglas-Peucker on an open polyline, keeping both ends."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / length if length else math.hypot(px - ax, py - ay)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))) / 2


def centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return ring[0]
    return cx / (3 * a), cy / (3 * a)


def path_data(rings):
    """SVG path data in integer steps: an absolute `M` to the first point and relative steps from there on
    (`l` lines, `m` to the next ring, `z` closing each), so that outlines joined one after another each start
    where they should.

    No run of digits is longer than MAX_DIGITS, counted across spaces and signs (an `l` is written again
    where one would be): the output sweep reads numbers that way and looks for private values of nine
    digits or more (phone numbers), which a long run of coordinates could hold by chance."""
    out, current, run = [], (0, 0), 0
    for ring in rings:
        points = [(round(x), round(y)) for x, y in ring]
        deduped = [points[0]] + [p for prev, p in zip(points, points[1:]) if p != prev]
        if deduped[-1] == deduped[0]:
            deduped.pop()
        if len(deduped) < 3:
            continue
        (x0, y0), rest = deduped[0], deduped[1:]
        first = number_pair(x0 - current[0], y0 - current[1])
        text = ("m" if out else "M") + first
        run = digits(first)
        if not out:
            text, run = text + "l", 0
        current = (x0, y0)
        for x, y in rest:
            pair = number_pair(x - current[0], y - current[1])
            if run + digits(pair) > MAX_DIGITS:
                text, run = text + "l", 0
            text += pair
            run += digits(pair)
            current = (x, y)
        out.append(text + "z")
        current = (x0, y0)
    return "".join(out)


def digits(text):
    return sum(character.isdigit() for character in text)


def number_pair(dx, dy):
    # A minus sign separates numbers by itself; a space is needed only before a non-negative one.
    return (str(dx) if dx < 0 else " " + str(dx)) + (str(dy) if dy < 0 else " " + str(dy))


def compact(text):
    return re.sub(r"([mMl]) ", r"\1", text)


def main(shapefile, labels_csv, country_table, output):
    codes = set(re.findall(r'^\s*"([A-Z]{3})": ', open(country_table, encoding="utf-8").read(), re.M))
    rows = read_dbf(shapefile[:-4] + ".dbf")
    shapes = read_shp(shapefile)
    labels = {}
    for row in csv.DictReader(open(labels_csv, encoding="utf-8")):
        labels.setdefault(row["code"], (float(row["lon"]), float(row["lat"])))

    units = []
    for row, rings in zip(rows, shapes):
        for code, new, test in SPLITS:
            if row["iso_a3"] == code:
                units.append((new, [ring for ring in rings if test(*ring[0])]))
                rings = [ring for ring in rings if not test(*ring[0])]
        units.append((row["iso_a3"], rings))

    outlines, dots, other = {}, {}, []
    for code, rings in units:
        if code in LEFT_OUT:
            continue
        projected = [[place(lon, lat) for lon, lat in ring] for ring in rings]
        largest = max(projected, key=area)
        kept = []
        for ring in projected:
            if ring is not largest and area(ring) < MIN_RING_AREA:
                continue
            simple = simplify(ring, TOLERANCE)
            kept.append(simple if len(simple) >= 4 else ring)
        if code not in codes:
            other += kept
            continue
        outlines[code] = compact(path_data(kept))
        if sum(area(r) for r in projected) < DOT_AREA:
            dots[code] = place(*labels[code]) if code in labels else centroid(largest)
    for code in sorted(codes - outlines.keys() - LEFT_OUT):
        if code in labels:
            dots[code] = place(*labels[code])
    unplaced = sorted(codes - outlines.keys() - dots.keys())

    with open(output, "w", encoding="utf-8") as out:
        out.write("// Generated by tools/world-map/convert.py from Natural Earth (public domain): see tools/world-map/README.md.\n")
        out.write("// Do not edit by hand; run the converter again.\n\n")
        out.write("/// Country outlines for `WorldMap`: Natural Earth 1:110m, Equal Earth projection, in SVG user units.\n")
        out.write("enum WorldMapOutlines {\n")
        out.write(f"    /// The map's size in user units; the south is cut at {SOUTH:g}° (Antarctica is left out).\n")
        out.write(f"    static let width = {WIDTH}, height = {HEIGHT}\n\n")
        out.write("    /// Each country's outline as SVG path data, by ISO 3166-1 alpha-3 code.\n")
        out.write("    static let outlines: [String: String] = [\n")
        for code in sorted(outlines):
            out.write(f'        "{code}": "{outlines[code]}",\n')
        out.write("    ]\n\n")
        out.write("    /// Land that ISO 3166-1 gives no code of its own (Kosovo, Northern Cyprus, Somaliland): always drawn plain.\n")
        out.write(f'    static let otherLand = "{compact(path_data(other))}"\n\n')
        out.write("    /// Where a country too small to see, or missing from the outlines, is marked with a dot.\n")
        out.write("    static let dots: [String: (x: Int, y: Int)] = [\n")
        for code in sorted(dots):
            x, y = dots[code]
            out.write(f'        "{code}": ({round(x)}, {round(y)}),\n')
        out.write("    ]\n")
        out.write("}\n")
    print(f"{len(outlines)} outlines, {len(dots)} dots, height {HEIGHT}; not placed: {' '.join(unplaced) or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
