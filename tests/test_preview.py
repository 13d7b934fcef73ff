"""The preview server: many connections at once, a real 404, this machine only."""

from __future__ import annotations

import socket
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.preview import DEFAULT_HOST, make_server


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    (tmp_path / "index.html").write_text("<h1>home</h1>", encoding="utf-8")
    server = make_server(tmp_path, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield tmp_path, f"http://{host}:{port}"
    finally:
        server.shutdown()
        server.server_close()


def test_it_binds_to_this_machine_only(served: tuple[Path, str]) -> None:
    assert DEFAULT_HOST == "127.0.0.1"
    assert served[1].startswith("http://127.0.0.1:")


def test_an_idle_connection_does_not_block_others(served: tuple[Path, str]) -> None:
    _, url = served
    host, port = url.removeprefix("http://").split(":")
    idle = socket.create_connection((host, int(port)))  # connected, says nothing
    try:
        with urllib.request.urlopen(f"{url}/", timeout=5) as response:
            assert b"<h1>home</h1>" in response.read()
    finally:
        idle.close()


def test_a_missing_page_is_a_404_with_the_sites_404_page(served: tuple[Path, str]) -> None:
    site, url = served
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(f"{url}/no-such-page/", timeout=5)
    assert raised.value.code == 404
    assert b"Not found" in raised.value.read()
    (site / "404.html").write_text("<h1>The digest has no such page</h1>", encoding="utf-8")
    with pytest.raises(urllib.error.HTTPError) as raised:
        urllib.request.urlopen(f"{url}/no-such-page/", timeout=5)
    assert raised.value.code == 404
    assert raised.value.read() == b"<h1>The digest has no such page</h1>"
