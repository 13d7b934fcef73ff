"""What one build leaves for the next: read entries, and what each output file was made from.

A rebuild after an edit should cost what the edit changed, not the whole digest. The cache keeps
each entry as read (validated front matter, sanitised HTML, search terms) keyed on the digest
of its file's bytes, and for every written page, feed and search shard the fingerprint of what
it was made from. It is JSON read back into the digest's own types only (``cachecodec``): a
cache folder planted by a pull request can make a build slower, never run code. Everything is
keyed on a fingerprint of the code, templates, catalogues, registries and settings as well:
the design notes' trap is a cache keyed on content alone, which keeps stale pages after a
template or plugin change. A cache that does not match is simply not used.

The cache lives under Pelican's CACHE_PATH, one folder per (content, output) pair, so that
building into another folder, or with ``--cache-path`` somewhere fresh, starts cold.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

from digest.site import cachecodec

logger = logging.getLogger(__name__)

# Libraries whose output ends up in pages: a new version may render differently.
_LIBRARIES = ("pelican", "jinja2", "markdown", "nh3", "babel", "feedgenerator", "pagefind",
              "pyyaml", "markupsafe")  # fmt: skip
# Settings that change what pages say (DIGEST covers the plugin's own).
_SETTINGS = ("SITEURL", "SITENAME", "AUTHOR", "TIMEZONE", "DEFAULT_LANG", "JINJA_ENVIRONMENT",
             "DIGEST", "THEME", "RELATIVE_URLS")  # fmt: skip
_PACKAGE = Path(__file__).resolve().parent.parent
# A large mapping is saved in this many files, so that a change to one item rewrites one.
_PARTS = 64


def _hash_tree(digest: Any, root: Path) -> None:
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())


def code_fingerprint(settings: dict[str, Any], folders: list[Path]) -> str:
    """A hash of everything besides the entries that decides what the site looks like."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    for name in _LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=-".encode())
    for name in _SETTINGS:
        digest.update(f"{name}={settings.get(name)!r}".encode())
    for folder in [_PACKAGE, *folders]:
        _hash_tree(digest, folder)
    return digest.hexdigest()


def committed_files(folder: Path) -> bool:
    """Whether git tracks any file under ``folder`` (False outside a git work tree)."""
    if not folder.is_dir():
        return False
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", "."],
            cwd=folder,
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return listed.returncode == 0 and bool(listed.stdout)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Reading 10,000 entries makes millions of objects, none of them garbage: the cyclic
    collector would scan them over and over (it doubles the load time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class BuildCache:
    """Named JSON files in one folder, each valid only for the code fingerprint it was saved
    with."""

    def __init__(self, folder: Path, fingerprint: str, *, enabled: bool = True) -> None:
        self.folder = folder
        self.fingerprint = fingerprint
        self.enabled = enabled
        self._scratch: tempfile.TemporaryDirectory[str] | None = None
        # The parts of each mapping as loaded or last saved, to save only those that changed.
        self._parts: dict[str, list[dict[str, Any]]] = {}

    def files(self, name: str) -> Path:
        """A folder for files this build writes and reads back: in the cache, or, when the
        cache is off, a temporary folder removed by ``close``."""
        if self.enabled:
            return self.folder / name
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="digest-build-")
        return Path(self._scratch.name) / name

    def close(self) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    @classmethod
    def for_build(cls, settings: dict[str, Any], fingerprint: str, *, enabled: bool) -> BuildCache:
        content = os.path.realpath(settings["PATH"])
        output = os.path.realpath(settings["OUTPUT_PATH"])
        key = hashlib.blake2b(f"{content}\0{output}".encode(), digest_size=8).hexdigest()
        root = Path(settings["CACHE_PATH"])
        if enabled and committed_files(root):
            # A pull request can carry any file, a cache folder too: one whose entries and
            # texts match the fingerprint would put unchecked pages into the preview.
            logger.warning(
                "%s holds files committed to git; the build cache is not used (a cache is never "
                "committed: git rm -r --cached %s)",
                root,
                root,
            )
            enabled = False
        return cls(root / "digest" / key, fingerprint, enabled=enabled)

    def load(self, name: str) -> Any | None:
        """What was saved under ``name`` by a build with the same code, or None."""
        if not self.enabled:
            return None
        try:
            data = (self.folder / f"{name}.json").read_bytes()
            with _collector_paused():
                return cachecodec.loads(data, self.fingerprint)
        except FileNotFoundError:
            return None
        except (OSError, cachecodec.CacheFormatError) as error:
            logger.warning("build cache %s unreadable, ignored: %s", name, error)
            return None

    def save(self, name: str, value: Any) -> None:
        if not self.enabled:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        data = cachecodec.dumps(self.fingerprint, value)
        # Written aside and renamed, so an interrupted build never leaves half a cache.
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, self.folder / f"{name}.json")

    def load_parts(self, name: str, kind: type) -> dict[str, Any] | None:
        """The mapping saved by ``save_parts`` under ``name``, keeping only values of ``kind``
        (a planted part could hold anything the cache can), or None. A part that cannot be
        read counts as empty: its items are made again."""
        if self.load(name) != _PARTS:
            return None
        parts = []
        for number in range(_PARTS):
            part = self.load(_part_name(name, number))
            if not isinstance(part, dict):
                part = {}
            parts.append({key: value for key, value in part.items() if isinstance(value, kind)})
        self._parts[name] = parts
        return {key: value for part in parts for key, value in part.items()}

    def save_parts(self, name: str, value: dict[str, Any]) -> None:
        """Save ``value`` spread over parts by key: only parts that differ from what was loaded
        (or saved) are written, so one changed item costs one part, not the whole mapping."""
        parts: list[dict[str, Any]] = [{} for _ in range(_PARTS)]
        for key, item in value.items():
            parts[zlib.crc32(key.encode()) % _PARTS][key] = item
        before = self._parts.get(name)
        for number, part in enumerate(parts):
            # Unchanged items are the very objects loaded: comparing them costs nothing.
            if before is None or part != before[number]:
                self.save(_part_name(name, number), part)
        if before is None:
            self.save(name, _PARTS)
        self._parts[name] = parts


def _part_name(name: str, number: int) -> str:
    return f"{name}-{number:02d}"
