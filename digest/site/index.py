"""The Pagefind search index, built in shards that the search page merges.

Pagefind holds a whole index in memory while it builds it (about half a megabyte per entry
page), and has no way to update one page of an index. So the entry pages are dealt by a stable
hash of their path into shards of at most ``shard_size`` pages, each indexed by its own run of
the Pagefind binary into ``pagefind/<n>/``: the build holds one shard in memory at a time, and
after an edit only the shards whose pages changed are indexed again. The search page loads the
first bundle and merges the others (Pagefind's ``mergeIndex``), so one query searches them all;
each shard adds one index chunk (about 50 KB) to what a query downloads, which is why shards are
large rather than many.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
import subprocess
import sys
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path

from digest.errors import DigestError
from digest.site.fingerprint import fingerprint

logger = logging.getLogger(__name__)

BUNDLES = "pagefind"


class SearchIndexError(DigestError):
    """Pagefind failed to index the site."""


@dataclass(frozen=True)
class Shard:
    number: int
    pages: tuple[str, ...]  # output paths of the indexed pages
    fingerprint: str

    @property
    def folder(self) -> str:
        return f"{BUNDLES}/{self.number}/"


def plan(pages: dict[str, str], shard_size: int) -> list[Shard]:
    """The shards for ``pages`` (output path -> page fingerprint); empty shards are left out."""
    count = max(1, math.ceil(len(pages) / shard_size))
    groups: list[list[str]] = [[] for _ in range(count)]
    for path in sorted(pages):
        groups[zlib.crc32(path.encode()) % count].append(path)
    return [
        Shard(number, tuple(group), fingerprint(count, [(p, pages[p]) for p in group]))
        for number, group in enumerate(groups)
        if group
    ]


class Indexer:
    """Indexes, in a background thread, the shards that are not on disk as planned."""

    def __init__(self, output: Path, shards: list[Shard], previous: dict[int, str]) -> None:
        self.output = output
        self.shards = shards
        bundles = output / BUNDLES
        self.todo = [
            s for s in shards
            if previous.get(s.number) != s.fingerprint
            or not (bundles / str(s.number) / "pagefind-entry.json").is_file()
        ]  # fmt: skip
        self._error: str | None = None
        self._thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            for shard in self.todo:
                self._index(shard)
            self._remove_other_bundles()
        except Exception as error:  # reported by wait(), in the build's thread
            self._error = str(error)

    def _index(self, shard: Shard) -> None:
        bundles = self.output / BUNDLES
        staging = bundles / f".staging-{shard.number}"
        fresh = bundles / f".new-{shard.number}"
        for folder in (staging, fresh):
            shutil.rmtree(folder, ignore_errors=True)
        # Pagefind indexes a folder: give it one holding just this shard's pages, linked, at
        # the paths they have in the site so that result URLs are the pages' own.
        for path in shard.pages:
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.output / path, target)
            except OSError:
                shutil.copyfile(self.output / path, target)
        command = [sys.executable, "-m", "pagefind", "--site", str(staging),
                   "--output-path", str(fresh.resolve()), "--silent"]  # fmt: skip
        run = subprocess.run(command, capture_output=True, text=True, check=False)
        shutil.rmtree(staging, ignore_errors=True)
        if run.returncode != 0:
            shutil.rmtree(fresh, ignore_errors=True)
            message = (run.stderr or run.stdout).strip()
            raise SearchIndexError(f"pagefind failed on shard {shard.number} ({run.returncode}): "
                                   f"{message}")  # fmt: skip
        current = bundles / str(shard.number)
        shutil.rmtree(current, ignore_errors=True)
        fresh.rename(current)

    def _remove_other_bundles(self) -> None:
        keep = {str(s.number) for s in self.shards}
        bundles = self.output / BUNDLES
        for child in bundles.iterdir() if bundles.is_dir() else ():
            if child.name not in keep:
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()

    def wait(self) -> dict[int, str]:
        """Wait for the indexing; the fingerprints of the shards now on disk."""
        self._thread.join()
        if self._error is not None:
            raise SearchIndexError(self._error)
        if self.todo:
            logger.info("search index: %d of %d shards indexed", len(self.todo), len(self.shards))
        return {s.number: s.fingerprint for s in self.shards}
