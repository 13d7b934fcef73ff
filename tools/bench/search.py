"""What one search costs a reader: bytes the Pagefind bundle sends for a typical query.

The built site is served locally and its /search/ page opened in Debian's Chromium (Playwright),
in a fresh browser context (empty cache). The query is typed as a reader would, and every
response under /pagefind/ is summed: the JavaScript, the WebAssembly, pagefind-entry.json, the
language's pf_meta and the filter files loaded when the page opens, then the index chunks and
the fragments of the first page of results loaded for the query.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-background-networking"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return


@contextmanager
def served(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def kind_of(url: str) -> str:
    """Which part of the Pagefind bundle a URL is."""
    name = url.split("/pagefind/", 1)[1].split("?", 1)[0]
    bundle, _, inside = name.partition("/")
    if bundle.isdigit() or bundle == "recent":  # pagefind/<bundle>/...
        name = inside
    if name.startswith("index/"):
        return "index"
    if name.startswith("fragment/"):
        return "fragment"
    if name.startswith("filter/"):
        return "filter"
    if name.endswith(".pf_meta"):
        return "meta"
    if name.startswith("wasm."):
        return "wasm"
    if name == "pagefind-entry.json":
        return "entry"
    return "js" if name.endswith(".js") else "other"


def measure_search(site: Path, query: str, timeout_s: float = 120) -> dict[str, Any]:
    """Bytes and requests for opening /search/ and running ``query`` on the site in ``site``."""
    from playwright.sync_api import sync_playwright

    timeout = timeout_s * 1000
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        context = browser.new_context()
        page = context.new_page()
        responses: list[Any] = []
        page.on("response", lambda r: responses.append(r) if "/pagefind/" in r.url else None)
        page.goto(f"{base}/search/")
        page.wait_for_selector(
            "#search-status[data-state=idle], #search-status[data-state=unavailable]",
            state="attached",
            timeout=timeout,
        )
        if page.get_attribute("#search-status", "data-state") == "unavailable":
            browser.close()
            raise RuntimeError(f"search is unavailable on {site}: no Pagefind bundle?")
        page.wait_for_load_state("networkidle")
        opened = len(responses)
        start = time.perf_counter()
        page.fill("#search-query", query)
        page.wait_for_selector("#search-status[data-state=done]", state="attached", timeout=timeout)
        latency = time.perf_counter() - start
        page.wait_for_load_state("networkidle")
        status = page.inner_text("#search-status")
        shown = page.locator("#search-results li").count()
        sizes = [(kind_of(r.url), len(r.body())) for r in responses]
        browser.close()
    by_kind: dict[str, int] = {}
    for kind, size in sizes:
        by_kind[kind] = by_kind.get(kind, 0) + size
    load_bytes = sum(size for _, size in sizes[:opened])
    total = sum(size for _, size in sizes)
    return {
        "query": query,
        "search_query_kb": round(total / 1024, 1),
        "search_open_kb": round(load_bytes / 1024, 1),
        "search_typed_kb": round((total - load_bytes) / 1024, 1),
        "search_requests": len(sizes),
        "search_kb_by_kind": {k: round(size / 1024, 1) for k, size in sorted(by_kind.items())},
        "search_status": status,
        "search_results_shown": shown,
        "search_latency_ms": round(latency * 1000),
    }
