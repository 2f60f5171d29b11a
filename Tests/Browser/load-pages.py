#!/usr/bin/env python3
"""Serves a built site on 127.0.0.1, loads pages in headless Chromium, and reports any request a page
makes outside the site's origin. Prints one line per violation; exits 1 if there is any.

Usage: load-pages.py [--dump-dom] SITE_DIR PAGE [PAGE ...]   (pages are site-relative paths such as cases/x/index.html)
With --dump-dom, also prints each page's DOM once its scripts have run.
"""
import functools, http.server, json, os, subprocess, sys, tempfile, threading

CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-default-apps", "--no-first-run", "--disable-client-side-phishing-detection",
    "--disable-domain-reliability", "--no-pings", "--virtual-time-budget=3000",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def requests_made(netlog_path):
    """(url, initiator) for every request the browser started."""
    with open(netlog_path) as handle:
        log = json.load(handle)
    names = {value: key for key, value in log["constants"]["logEventTypes"].items()}
    for event in log["events"]:
        params = event.get("params", {})
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params:
            yield params["url"], params.get("initiator", "")


def main():
    arguments = sys.argv[1:]
    dump = arguments[:1] == ["--dump-dom"]
    site, pages = arguments[dump], arguments[dump + 1:]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    violations = []
    with tempfile.TemporaryDirectory() as work:
        for index, page in enumerate(pages):
            netlog = os.path.join(work, f"net-{index}.json")
            command = ["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={work}/profile-{index}", f"--log-net-log={netlog}",
                       "--dump-dom", f"{origin}/{page}"]
            loaded = subprocess.run(command, stdout=subprocess.PIPE if dump else subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    timeout=120, check=False, text=True)
            if dump:
                print(loaded.stdout)
            for url, initiator in requests_made(netlog):
                if initiator == origin and not url.startswith(origin + "/"):
                    violations.append(f"{page}: request to {url}")
    server.shutdown()
    for line in violations:
        print(line)
    print(f"loaded {len(pages)} pages, {len(violations)} requests outside {origin}", file=sys.stderr)
    sys.exit(1 if violations else 0)


if __name__ == "__main__":
    main()
