"""``invoke serve``: the rebuild loop and the preview server, as an editor uses them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.preview import make_server
from tests.site_helpers import ROOT

pytestmark = pytest.mark.site

WAIT = 240  # seconds: a build on a busy shared machine


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _until(predicate: object, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.5)
    raise AssertionError(f"not seen within {WAIT} s: {what}")


@pytest.fixture
def serving(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[str]]]:
    """The site served as ``invoke serve`` does, built from copies of the registry folders."""
    folders = {name: tmp_path / name for name in ("registries", "vocabularies")}
    for name, folder in folders.items():
        shutil.copytree(ROOT / name, folder)
    digest = {**{name: str(folder) for name, folder in folders.items()},
              "translations": str(ROOT / "theme" / "translations"), "search": False}  # fmt: skip
    site = tmp_path / "site"
    command = [sys.executable, "-m", "digest.site.autoreload", str(ROOT / "content"),
               "-s", str(ROOT / "pelicanconf.py"), "-o", str(site),
               "--cache-path", str(tmp_path / "cache"), "-e", f"DIGEST={json.dumps(digest)}"]  # fmt: skip
    env = {**os.environ, "COLUMNS": "500"}
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    rebuild = subprocess.Popen(command, cwd=tmp_path, env=env, text=True, start_new_session=True,
                               stdout=log, stderr=subprocess.STDOUT)  # fmt: skip
    site.mkdir()
    server = make_server(site, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", tmp_path, rebuild
    finally:
        server.shutdown()
        server.server_close()
        os.killpg(rebuild.pid, signal.SIGTERM)
        rebuild.wait(timeout=60)
        log.close()


def test_a_registry_edit_during_serve_changes_the_served_page(
    serving: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    base, folder, _ = serving
    page = f"{base}provinces/lai-chau/"
    _until(lambda: "Lai Chau" in _get(page), "the first build")
    provinces = folder / "registries" / "provinces.yaml"
    text = provinces.read_text(encoding="utf-8")
    assert text.count("    name_en: Lai Chau\n") == 1
    provinces.write_text(
        text.replace("    name_en: Lai Chau\n", "    name_en: Lai Chau Highlands\n"),
        encoding="utf-8",
    )
    _until(lambda: "Lai Chau Highlands" in _get(page), "the rebuild after the registry edit")
    # A mistake in a vocabulary: the rebuild says so in one line, the last good site stays
    # served, and the loop goes on rebuilding once the mistake is fixed.
    roles = folder / "vocabularies" / "roles.yaml"
    good = roles.read_text(encoding="utf-8")
    roles.write_text(good + "unknown_section: {}\n", encoding="utf-8")
    log = folder / "serve.log"
    _until(lambda: "unknown key 'unknown_section'" in log.read_text(encoding="utf-8"),
           "the vocabulary mistake reported")  # fmt: skip
    assert "Lai Chau Highlands" in _get(page)
    roles.write_text(good, encoding="utf-8")
    provinces.write_text(
        text.replace("    name_en: Lai Chau\n", "    name_en: Lai Chau Uplands\n"),
        encoding="utf-8",
    )
    _until(lambda: "Lai Chau Uplands" in _get(page), "the rebuild after the fix")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_the_loop_watches_every_folder_the_build_reads(tmp_path: Path) -> None:
    from pelican.settings import read_settings

    from digest.site.autoreload import watched_paths

    settings = read_settings(str(ROOT / "pelicanconf.py"))
    paths = watched_paths(ROOT / "pelicanconf.py", settings)
    expected = [ROOT / "pelicanconf.py", ROOT / "content", ROOT / "theme",
                ROOT / "registries", ROOT / "vocabularies", ROOT / "theme" / "translations"]  # fmt: skip
    assert sorted(paths) == sorted(expected)
