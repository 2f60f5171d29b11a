"""Serves a folder over HTTP on 127.0.0.1, quietly, from a background thread.

    from sitehttp import serve
    with serve("/tmp/site") as origin:      # origin is "http://127.0.0.1:PORT"
        ...
"""
import contextlib, functools, http.server, threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".js": "text/javascript", ".json": "application/json", ".css": "text/css",
                      ".svg": "image/svg+xml", ".xml": "application/xml", ".webmanifest": "application/manifest+json"}

    def log_message(self, *args):
        pass

    def handle_one_request(self):
        try:
            super().handle_one_request()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def send_error(self, code, message=None, explain=None):
        """Answers a missing file with the site's own 404.html when there is one, as a web server would."""
        if code == 404:
            try:
                with open(f"{self.directory}/404.html", "rb") as handle:
                    body = handle.read()
            except OSError:
                body = None
            if body is not None:
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)
                return
        super().send_error(code, message, explain)


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass


@contextlib.contextmanager
def serve(folder):
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
