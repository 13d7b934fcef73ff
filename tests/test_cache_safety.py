"""The build cache never runs what it reads, and follows content, not stamps (issue 12)."""

from __future__ import annotations

import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

from digest.site import cachecodec

from .site_helpers import ROOT, build_site

VALID = Path(__file__).resolve().parent / "bad_inputs" / "_valid" / "entries"
TITLE = "Lang Son und Guangxi vereinbaren Zusammenarbeit"


class _Planted:
    """Unpickling this writes a file: what a hostile cache would do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (Path.write_text, (self.marker, "code ran"))


def _content(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(VALID, content / "entries")
    return content


def _entry_page(output: Path) -> str:
    return (output / "entries" / "lang-son-example-de" / "index.html").read_text()


def test_a_same_size_edit_with_its_mtime_restored_is_rebuilt(tmp_path: Path) -> None:
    content, output = _content(tmp_path), tmp_path / "output"
    assert build_site(output, content=content).returncode == 0
    assert TITLE in _entry_page(output)
    entry = content / "entries" / "lang-son-example-de.md"
    status = entry.stat()
    edited = TITLE.replace("Guangxi", "GUANGXI")
    entry.write_text(entry.read_text().replace(TITLE, edited))
    os.utime(entry, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert entry.stat().st_size == status.st_size
    result = build_site(output, content=content)
    assert result.returncode == 0, result.stderr
    assert edited in _entry_page(output)


def test_a_planted_cache_never_runs_code(tmp_path: Path) -> None:
    content, output = _content(tmp_path), tmp_path / "output"
    assert build_site(output, content=content).returncode == 0
    marker = tmp_path / "marker"
    cache_files = sorted(Path(f"{output}.cache").rglob("entries.json"))
    assert len(cache_files) == 1
    folder = cache_files[0].parent
    payload = pickle.dumps(("any fingerprint", _Planted(marker)))
    for name in ("entries", "registries", "search", "output-en"):
        (folder / f"{name}.pickle").write_bytes(payload)
        (folder / f"{name}.json").write_bytes(payload)
    # Not --fatal warnings: the unreadable cache is reported as a warning, then rebuilt.
    command = [sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelicanconf.py"),
               "-o", str(output), "--cache-path", f"{output}.cache"]  # fmt: skip
    env = {**os.environ, "COLUMNS": "500"}
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert not marker.exists()
    assert "build cache entries unreadable, ignored" in result.stdout + result.stderr
    assert TITLE in _entry_page(output)


def test_the_format_rebuilds_only_the_digests_own_types() -> None:
    hostile = b'{"fingerprint":"f","value":["c","Popen",["l","rm"]]}'
    try:
        cachecodec.loads(hostile, "f")
    except cachecodec.CacheFormatError as error:
        assert "not a type the cache holds: 'Popen'" in str(error)
    else:
        raise AssertionError("an unknown type was accepted")
