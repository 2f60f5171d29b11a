#!/usr/bin/env python3
"""Turns a Casebook project (as written by generate-corpus.py) into an equivalent Hugo site.

Usage: hugo-site.py CORPUS_DIR HUGO_DIR

The Hugo site has the same pages with the same Markdown bodies, at the same URLs:
- /cases/<case>/ for each case, /cases/<case>/<document>/ for each source document (kept under
  content/documents/<case>/, with its URL set), /cases/ listing every case, newest first;
- taxonomies defenders, countries, violations and instruments (and mandates and organizations, which
  Casebook also has pages for), whose term pages list their cases and documents; defender, country,
  instrument, mandate and organization terms carry the title and text of Casebook's page for them.
An instrument's term page lists the 100 newest pages that name it, as Casebook's instrument page lists a
bounded number of citations (the 25 newest per article); every other term page lists all its pages, as
Casebook's defender, country, organization and mandate pages list all their cases (Casebook has no
violation pages: that taxonomy is extra work for Hugo). The instruments of a page are the library's
instruments its text names (title, short name, alias, UN
symbol, or national law of the case's country): the same names Casebook's citation scanner links,
found here with one regular expression rather than parsed, since Hugo has no such stage.

Cases are regular pages, not branch bundles holding their documents, and documents are not grouped in
a section per case: Hugo 0.168 spends time growing with terms times sections when there are thousands
of sections (at 3,000 cases, 48 s of CPU against 10 s), which would have measured that slow path rather
than Hugo. So the converter gives each case and document the list of its case's documents (reference,
title, kind, issuer, date, URL) in its front matter, and the layouts read it from there.

The layouts (layouts/*.html) are minimal and written for this benchmark: a page shell, the case page
(title, summary, facts with links to terms, actions, timeline, body, documents), the document page
(facts, signatories, table of contents, body, the other documents of the case), lists and term pages.
RSS, sitemap and robots.txt are disabled because Casebook writes none of them.
"""
import json, multiprocessing, os, re, shutil, sys

try:
    import yaml
except ImportError:
    sys.exit("hugo-site.py needs PyYAML: python3 -m pip install pyyaml")

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAXONOMIES = {"defender": "defenders", "country": "countries", "violation": "violations",
              "instrument": "instruments", "mandate": "mandates", "organization": "organizations"}

CONFIG = """baseURL = "https://cases.example.org/"
title = "Casebook benchmark (Hugo)"
locale = "en"
disableKinds = ["rss", "sitemap", "robotstxt"]
enableRobotsTXT = false

# Long lists are paged as Casebook pages them (its page_size defaults to 20).
[pagination]
  pagerSize = 20

[taxonomies]
""" + "".join(f'  {singular} = "{plural}"\n' for singular, plural in TAXONOMIES.items()) + """
[markup.goldmark.renderer]
  unsafe = false
"""

LAYOUTS = {
    "baseof.html": """<!DOCTYPE html>
<html lang="{{ site.Language.Locale }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{ .Title }} | {{ site.Title }}</title>
{{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
<link rel="stylesheet" href="/style.css">
</head>
<body>
<header><a href="/">{{ site.Title }}</a>
<nav><a href="/cases/">Cases</a> <a href="/defenders/">Defenders</a> <a href="/countries/">Countries</a>
<a href="/organizations/">Organizations</a> <a href="/mandates/">Mandates</a> <a href="/instruments/">Instruments</a> <a href="/violations/">Violations</a></nav>
</header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Title }}</p></footer>
</body>
</html>
""",
    "_partials/terms.html": """{{ $page := .page }}{{ $taxonomy := .taxonomy }}{{ with $page.GetTerms $taxonomy }}<dt>{{ $taxonomy | humanize }}</dt>
<dd><ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></dd>{{ end }}""",
    "_partials/case-summary.html": """<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ range .GetTerms "countries" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a>{{ end }} <span class="status">{{ .Params.status }}</span>
<p>{{ .Params.summary }}</p>
{{ with .GetTerms "defenders" }}<p>{{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}</li>
""",
    "_partials/document-summary.html": """<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.kind }}, {{ .Params.issuer }},
{{ .Params.reference }}, <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></li>
""",
    "_partials/document-entry.html": """<li><a href="{{ .url }}">{{ .title }}</a> {{ .kind }}, {{ .issuer }},
{{ .reference }}, <time datetime="{{ .date }}">{{ (time .date).Format "2 January 2006" }}</time></li>
""",
    "_partials/case.html": """<article>
<h1>{{ .Title }}</h1>
<p class="summary">{{ .Params.summary }}</p>
<dl class="facts">
<dt>Date</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd>
{{ with .Params.place }}<dt>Place</dt><dd>{{ . }}</dd>{{ end }}
<dt>Status</dt><dd>{{ .Params.status }}</dd>
{{ with .Params.reply_due }}<dt>Reply due</dt><dd>{{ . }}</dd>{{ end }}
{{ with .Params.updated }}<dt>Updated</dt><dd>{{ . }}</dd>{{ end }}
{{ range slice "countries" "defenders" "organizations" "mandates" "violations" "instruments" }}{{ partial "terms.html" (dict "page" $ "taxonomy" .) }}{{ end }}
</dl>
{{ with .Params.actions }}<h2>What you can do</h2><ul>{{ range . }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.authorities }}<h2>Authorities</h2><ul>{{ range . }}<li>{{ .name }}{{ with .role }}, {{ . }}{{ end }}</li>{{ end }}</ul>{{ end }}
{{ with .Params.timeline }}<h2>Timeline</h2><ol>{{ range . }}<li><time>{{ .date }}</time> {{ .event }}</li>{{ end }}</ol>{{ end }}
<div class="body">{{ .Content }}</div>
<h2>Source documents</h2>
<ul>{{ range .Params.documents }}{{ partial "document-entry.html" . }}{{ end }}</ul>
<p>Cite this page: {{ .Permalink }}</p>
</article>
""",
    "home.html": """{{ define "main" }}{{ $cases := site.GetPage "/cases" }}
<h1>{{ site.Title }}</h1>
<p>{{ len $cases.RegularPages }} cases, {{ len site.Taxonomies.defenders }} defenders, {{ len site.Taxonomies.countries }} countries.</p>
<h2>Latest cases</h2>
<ul>{{ range first 20 $cases.RegularPages.ByDate.Reverse }}{{ partial "case-summary.html" . }}{{ end }}</ul>
{{ end }}
""",
    "list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<p>{{ len .RegularPages }} cases</p>
<ul>{{ range (.Paginate .RegularPages.ByDate.Reverse).Pages }}{{ partial "case-summary.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
    "single.html": """{{ define "main" }}{{ if .Params.status }}{{ partial "case.html" . }}{{ else }}{{ $case := site.GetPage (printf "/cases/%s" .Params.case) }}<article>
<h1>{{ .Title }}</h1>
<dl class="facts">
<dt>Kind</dt><dd>{{ .Params.kind }}</dd>
<dt>Issuer</dt><dd>{{ .Params.issuer }}</dd>
<dt>Reference</dt><dd>{{ .Params.reference }}</dd>
<dt>Date</dt><dd><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></dd>
<dt>Case</dt><dd><a href="{{ $case.RelPermalink }}">{{ $case.Title }}</a></dd>
{{ range slice "mandates" "organizations" "instruments" }}{{ partial "terms.html" (dict "page" $ "taxonomy" .) }}{{ end }}
{{ with .Params.signatories }}<dt>Signatories</dt><dd><ul>{{ range . }}<li>{{ .name }}{{ with .role }}, {{ . }}{{ end }}</li>{{ end }}</ul></dd>{{ end }}
</dl>
<nav class="toc">{{ .TableOfContents }}</nav>
<div class="body">{{ .Content }}</div>
<h2>Other documents of this case</h2>
<ul>{{ range .Params.documents }}{{ if ne .url $.RelPermalink }}{{ partial "document-entry.html" . }}{{ end }}{{ end }}</ul>
<p>Cite this page: {{ .Permalink }}</p>
</article>{{ end }}{{ end }}
""",
    "taxonomy.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ len .Pages }}</li>{{ end }}</ul>
{{ end }}
""",
    "term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<dl class="facts">{{ range $key := slice "short_name" "kind" "symbol" "country" "code" "focus" "member_of" "established_by" "website" "adopted" }}{{ with index $.Params $key }}<dt>{{ humanize $key }}</dt><dd>{{ if reflect.IsSlice . }}{{ delimit . ", " }}{{ else }}{{ . }}{{ end }}</dd>{{ end }}{{ end }}</dl>
<div class="body">{{ .Content }}</div>
{{ $pages := .Pages.ByDate.Reverse }}{{ if eq .Type "instruments" }}{{ $pages = first 100 $pages }}{{ else }}{{ $pages = (.Paginate $pages).Pages }}{{ end }}
<h2>Cases</h2>
<ul>{{ range $pages }}{{ if .Params.status }}{{ partial "case-summary.html" . }}{{ end }}{{ end }}</ul>
<h2>Documents</h2>
<ul>{{ range $pages }}{{ if not .Params.status }}{{ partial "document-summary.html" . }}{{ end }}{{ end }}</ul>
{{ if ne .Type "instruments" }}{{ template "_internal/pagination.html" . }}{{ end }}
{{ end }}
""",
}
STYLE = "body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:auto;padding:1rem}dt{font-weight:bold}\n"


def read(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    _, front, body = text.split("---\n", 2)
    return yaml.load(front, Loader=LOADER), body


def plain(value):
    """Front matter values as JSON-compatible values (dates become YYYY-MM-DD)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def emit(value, indent=""):
    """YAML block text for a mapping; scalars are written as JSON strings, which YAML reads as they are."""
    lines = []
    for key, item in value.items():
        if isinstance(item, dict):
            lines.append(f"{indent}{key}:\n" + emit(item, indent + "  "))
        elif isinstance(item, list):
            if not item:
                lines.append(f"{indent}{key}: []\n")
                continue
            lines.append(f"{indent}{key}:\n")
            for element in item:
                if isinstance(element, dict):
                    block = emit(element, indent + "    ")
                    lines.append(f"{indent}  - " + block[len(indent) + 4:])
                else:
                    lines.append(f"{indent}  - {json.dumps(element, ensure_ascii=False)}\n")
        else:
            lines.append(f"{indent}{key}: {json.dumps(item, ensure_ascii=False)}\n")
    return "".join(lines)


def write(path, front, body):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("---\n" + emit(front) + "---\n" + body)


def country_names():
    table = os.path.join(ROOT, "Sources", "CasebookKit", "Model", "CountryTable.swift")
    with open(table, encoding="utf-8") as handle:
        return dict(re.findall(r'"([A-Z]{3})": "([^"]+)"', handle.read()))


def trie_pattern(words):
    """A regular expression matching any of `words`, longest first, factored by common prefixes so that
    it tries a few characters at each position rather than every word."""
    tree = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node):
        ends = "" in node
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(tree)


class InstrumentFinder:
    """The library's instruments a text names, found by one regular expression over their names."""

    def __init__(self, instruments):
        self.global_names, self.local_names = {}, {}
        for slug, front in instruments.items():
            names = [front.get("title")] + (front.get("short_names") or []) + (front.get("aliases") or [])
            if front.get("symbol"):
                names.append(front["symbol"])
            for name in filter(None, names):
                self.global_names.setdefault(name, slug)
            for name in front.get("local_names") or []:
                self.local_names.setdefault(front.get("country"), {})[name] = slug
        every = set(self.global_names) | {name for names in self.local_names.values() for name in names}
        self.pattern = re.compile(r"\b" + trie_pattern(sorted(every)) + r"(?![\w/])")

    def find(self, text, country):
        local = self.local_names.get(country, {})
        found = []
        for match in self.pattern.finditer(text):
            slug = self.global_names.get(match.group(0)) or local.get(match.group(0))
            if slug and slug not in found:
                found.append(slug)
        return found


FINDER = None


def batched(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def convert_cases(job):
    """Writes the Hugo pages of a batch of cases; returns their countries and how many there were."""
    cases, batch, content = job
    countries = set()
    for case in batch:
        folder = os.path.join(cases, case)
        front, body = read(os.path.join(folder, "index.md"))
        slug = front.get("slug") or case
        country = front["country"]
        countries.add(country)
        documents, summaries = [], []
        for name in sorted(os.listdir(folder)):
            if name == "index.md" or not name.endswith(".md"):
                continue
            document_front, document_body = read(os.path.join(folder, name))
            url = f"/cases/{slug}/{document_front.get('slug') or name[:-3]}/"
            documents.append((url, document_front, document_body))
            summaries.append({"url": url, "title": document_front["title"], "kind": document_front["kind"],
                              "issuer": document_front["issuer"], "reference": document_front["reference"],
                              "date": str(document_front["date"])})
        summaries.sort(key=lambda summary: summary["date"])
        page = {"title": front["title"], "date": str(front["date"]), "summary": front["summary"],
                "countries": [country.lower()], "defenders": front.get("defenders") or [],
                "violations": front.get("violations") or [], "mandates": front.get("mandates") or [],
                "organizations": front.get("organizations") or [], "instruments": FINDER.find(body, country),
                "params": {k: v for k, v in plain(front).items()
                           if k not in ("title", "date", "summary", "country", "defenders", "violations", "mandates",
                                        "organizations", "private", "slug")}}
        page["params"].update(country=country, case=slug, documents=summaries)
        write(os.path.join(content, "cases", slug + ".md"), page, body)
        for url, front, body in documents:
            document = {"title": front["title"], "date": str(front["date"]), "url": url,
                        "mandates": front.get("mandates") or [],
                        "organizations": front.get("organizations") or [], "instruments": FINDER.find(body, country),
                        "params": {k: v for k, v in plain(front).items()
                                   if k not in ("title", "date", "mandates", "organizations", "private", "slug")}}
            document["params"].update(case=slug, documents=summaries)
            write(os.path.join(content, "documents", slug, url.split("/")[-2] + ".md"), document, body)
    return countries, len(batch)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    corpus, site = (os.path.abspath(arg) for arg in sys.argv[1:])
    source = os.path.join(corpus, "content")
    if os.path.exists(site):
        shutil.rmtree(site)
    content = os.path.join(site, "content")
    os.makedirs(content)
    with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as handle:
        handle.write(CONFIG)
    for name, text in LAYOUTS.items():
        path = os.path.join(site, "layouts", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    os.makedirs(os.path.join(site, "static"))
    with open(os.path.join(site, "static", "style.css"), "w", encoding="utf-8") as handle:
        handle.write(STYLE)

    write(os.path.join(content, "_index.md"), {"title": "Casebook benchmark"}, "")
    write(os.path.join(content, "cases", "_index.md"), {"title": "Cases"}, "")
    # Documents live under content/documents/<case>/ and are published at the URL Casebook gives them,
    # /cases/<case>/<document>/; the documents section's own list page is not rendered.
    write(os.path.join(content, "documents", "_index.md"), {"title": "Documents", "build": {"render": "never"}}, "")
    for plural in TAXONOMIES.values():
        write(os.path.join(content, plural, "_index.md"), {"title": plural.capitalize()}, "")

    # Term pages with the content of Casebook's pages for them.
    instruments = {}
    for folder, taxonomy, title_key in [("defenders", "defenders", "name"), ("organizations", "organizations", "name"),
                                        ("mandates", "mandates", "name"), ("instruments", "instruments", "title")]:
        for name in sorted(os.listdir(os.path.join(source, folder))):
            front, body = read(os.path.join(source, folder, name))
            slug = front.get("slug") or name[:-3]
            if folder == "instruments":
                instruments[slug] = front
            params = {k: v for k, v in plain(front).items() if k not in (title_key, "slug", "private", "articles")}
            if "organizations" in params:  # a taxonomy's name: Hugo would make the term page a member of it
                params["member_of"] = params.pop("organizations")
            write(os.path.join(content, taxonomy, slug, "_index.md"), {"title": front[title_key], "params": params}, body)
    global FINDER
    FINDER = InstrumentFinder(instruments)  # inherited by the worker processes
    cases = os.path.join(source, "cases")
    jobs = [(cases, batch, content) for batch in batched(sorted(os.listdir(cases)), 250)]
    countries, count = set(), 0
    with multiprocessing.Pool(os.cpu_count()) as pool:
        for found, converted in pool.imap_unordered(convert_cases, jobs):
            countries |= found
            count += converted
    names = country_names()
    for code in sorted(countries):
        write(os.path.join(content, "countries", code.lower(), "_index.md"),
              {"title": names.get(code, code), "params": {"code": code}}, "")
    print(f"wrote a Hugo site of {count} cases into {site}")


if __name__ == "__main__":
    main()
