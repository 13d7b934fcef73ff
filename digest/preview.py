"""The preview server of ``invoke serve``: the built site on this machine only.

Pelican's own server answers one connection at a time (an idle browser connection blocked it)
and sends an empty reply for a missing page. This one serves each connection on its own
thread, answers a missing page with 404 and the site's ``404.html`` (a short page if the site
has none), and binds to 127.0.0.1 unless told otherwise: a preview is not a public server.
"""

from __future__ import annotations

import functools
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
# Seconds an idle connection may hold its thread before it is closed.
IDLE_TIMEOUT = 30
_FALLBACK_404 = b"<!doctype html><title>Not found</title><h1>Not found</h1>\n"


class PreviewHandler(SimpleHTTPRequestHandler):
    timeout = IDLE_TIMEOUT

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != HTTPStatus.NOT_FOUND or self.command != "GET":
            super().send_error(code, message, explain)
            return
        page = Path(self.directory) / "404.html"
        body = page.read_bytes() if page.is_file() and not page.is_symlink() else _FALLBACK_404
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_head(self):  # type: ignore[no-untyped-def]  # the base class's is untyped
        # "%00" in a URL made open() raise: a traceback in the editor's console, no reply.
        if "\0" in self.translate_path(self.path):
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad path")
            return None
        return super().send_head()

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: the rebuild messages are what the editor reads


def make_server(site: Path, *, host: str = DEFAULT_HOST, port: int = 8000) -> ThreadingHTTPServer:
    handler = functools.partial(PreviewHandler, directory=str(site))
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    return server
