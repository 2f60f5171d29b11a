#!/usr/bin/env python3
"""Checks the JSON-LD of every page of a built site with a JSON-LD processor (PyLD), offline.

Each page but the 404 must hold exactly one <script type="application/ld+json"> block that parses as
JSON with no key twice in one object, expands as JSON-LD without error under the schema.org vocabulary, and has a type. The remote
schema.org context is replaced by a local one mapping every term into https://schema.org/, so nothing
is fetched. Prints one line per problem and a summary of types per page kind; exits 1 on any problem.

Usage: jsonld.py SITE_DIR
"""
import html.parser, json, os, sys, collections
from pyld import jsonld

SCHEMA_CONTEXT = {"@context": {"@vocab": "https://schema.org/"}}


def offline_loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": SCHEMA_CONTEXT}
    raise jsonld.JsonLdError(f"refusing to fetch {url}", "loading document failed")


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self.inside = [], False

    def handle_starttag(self, tag, attrs):
        self.inside = tag == "script" and dict(attrs).get("type") == "application/ld+json"
        if self.inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.blocks[-1] += data


def unique_keys(pairs):
    """A JSON object, refusing a key given twice (json.loads would keep the last silently)."""
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise ValueError(f"key {', '.join(repeated)} given more than once in one object")
    return dict(pairs)


def main():
    site = sys.argv[1]
    jsonld.set_document_loader(offline_loader)
    problems, types = [], collections.defaultdict(set)
    for folder, _, files in os.walk(site):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.relpath(os.path.join(folder, name), site)
            parser = Blocks()
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                parser.feed(handle.read())
            expected = 0 if path == "404.html" else 1
            if len(parser.blocks) != expected:
                problems.append(f"{path}: {len(parser.blocks)} JSON-LD blocks, expected {expected}")
                continue
            for block in parser.blocks:
                try:
                    document = json.loads(block, object_pairs_hook=unique_keys)
                    expanded = jsonld.expand(document)
                except (ValueError, jsonld.JsonLdError) as error:
                    problems.append(f"{path}: {error}")
                    continue
                if not expanded or "@type" not in expanded[0]:
                    problems.append(f"{path}: no @type after expansion")
                    continue
                kind = path.split("/")[0] if "/" in path else path
                types[kind].update(t.rsplit("/", 1)[-1] for t in expanded[0]["@type"])
    for line in problems:
        print(line)
    for kind in sorted(types):
        print(f"{kind}: {', '.join(sorted(types[kind]))}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
