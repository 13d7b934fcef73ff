"""The Pagefind search index, built in shards that the search page merges.

Pagefind holds a whole index in memory while it builds it (Pagefind 1.4: about 0.23 MB per
entry's text; 1.5 more than twice that) and cannot update one page of an index. So:

- The story pages (each carrying its editions' text) are dealt by a stable hash of their path
  into shards of about ``shard_size`` entries, each indexed by its own run of the Pagefind
  binary into ``pagefind/<n>/``: a build holds at most two shards in memory. The search page
  loads the first bundle and merges the others (Pagefind's ``mergeIndex``); each shard adds
  one index chunk (about 35 KB) to what a query downloads, which is why shards are large, not
  many.
- After an edit, the pages whose version differs from the one in the shards (edited or added
  entries) are indexed into a small ``pagefind/recent/`` bundle, and the search page excludes
  the superseded versions still in the shards (every entry page carries its version as a
  filter value). When more than ``RECENT_LIMIT`` pages are pending, the shards holding them
  are indexed again instead. A build without a cache (CI, publishing) indexes every shard
  afresh and has no recent bundle.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from pelican.log import console

from digest.errors import DigestError
from digest.site.buildcache import BuildCache
from digest.site.fingerprint import fingerprint
from digest.site.model import Page

# A shard of 1,700 pages indexes in about a minute: far past that, Pagefind is stuck.
PAGEFIND_TIMEOUT = 1800
BUNDLES = "pagefind"
RECENT = "recent"
# Most pages kept in the recent bundle before the shards are indexed again: the recent bundle
# is indexed in about a second, and the search page lists the superseded versions.
RECENT_LIMIT = 200
# Concurrent Pagefind runs after rendering: each run indexes on one core.
RUNS_AFTER_RENDERING = 2


class SearchIndexError(DigestError):
    """Pagefind failed to index the site."""


@dataclass(frozen=True)
class Bundle:
    name: str  # a shard's number, or RECENT
    pages: tuple[str, ...]  # output paths of the indexed pages
    fingerprint: str

    @property
    def folder(self) -> str:
        return f"{BUNDLES}/{self.name}/"


@dataclass(frozen=True)
class SearchState:
    """What the bundles on disk hold, kept in the build cache."""

    shard_count: int
    bundles: dict[str, str]  # bundle name -> fingerprint
    indexed: dict[str, str]  # page -> the version of it the shards hold


@dataclass(frozen=True)
class SearchPlan:
    bundles: list[Bundle]  # every bundle the search page loads, the shards first
    todo: list[Bundle]  # the bundles to index in this build
    superseded: tuple[str, ...]  # page versions in the shards that the search must skip
    state: SearchState = field(repr=False)


def version(page_key: str) -> str:
    """The filter value that tells one version of an entry page from another."""
    return page_key[:16]


def _shards(pages: dict[str, str], count: int) -> list[Bundle]:
    groups: list[list[str]] = [[] for _ in range(count)]
    for path in sorted(pages):
        groups[zlib.crc32(path.encode()) % count].append(path)
    return [
        Bundle(str(number), tuple(group), fingerprint(count, [(p, pages[p]) for p in group]))
        for number, group in enumerate(groups)
        if group
    ]


def plan(
    pages: dict[str, str],
    shard_size: int,
    previous: SearchState | None,
    on_disk: Callable[[Bundle], bool],
    entries: Mapping[str, int] | None = None,
) -> SearchPlan:
    """What to index for ``pages`` (output path -> version), given what the last build left.

    A page may carry the text of several entries (``entries``: path -> how many; one if not
    given): a story's page holds every edition's text, and Pagefind's memory follows the text
    it indexes, so shards hold about ``shard_size`` entries, not pages."""
    held = sum(entries.get(path, 1) for path in pages) if entries else len(pages)
    count = max(1, math.ceil(held / shard_size))
    shards = _shards(pages, count)
    usable = previous is not None and previous.shard_count == count
    if usable:
        assert previous is not None
        held = previous.indexed
        pending = {p: v for p, v in pages.items() if held.get(p) != v}
        superseded = sorted({v for p, v in held.items() if pages.get(p) != v})
        old_shards = [
            Bundle(name, (), fp) for name, fp in previous.bundles.items() if name != RECENT
        ]
        usable = len(pending) + len(superseded) <= RECENT_LIMIT and all(map(on_disk, old_shards))
    if not usable or not (pending or superseded):
        # Index the shards that changed (all of them without a usable record), no recent bundle.
        before = previous.bundles if previous is not None else {}
        todo = [s for s in shards if before.get(s.name) != s.fingerprint or not on_disk(s)]
        state = SearchState(count, {s.name: s.fingerprint for s in shards}, dict(pages))
        return SearchPlan(shards, todo, (), state)
    recent = Bundle(RECENT, tuple(sorted(pending)), fingerprint(sorted(pending.items())))
    bundles = [*old_shards, recent] if pending else old_shards
    fresh = previous.bundles.get(RECENT) == recent.fingerprint and on_disk(recent)
    todo = [] if fresh or not pending else [recent]
    state = SearchState(count, {b.name: b.fingerprint for b in bundles}, previous.indexed)
    return SearchPlan(bundles, todo, tuple(superseded), state)


class RunSpacing:
    """Starts of concurrent Pagefind runs kept a third of a run apart.

    Pagefind's memory peaks in the second half of a run, when it builds and writes the index:
    two runs started together peak together, while a run started a third of a run after
    another is still reading pages when the other peaks. Until a run has finished, and its
    length is known, a second run waits for it.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._running = 0
        self._last_start = 0.0
        self._length: float | None = None  # of the last run to finish

    @contextmanager
    def run(self) -> Iterator[None]:
        with self._changed:
            while self._running and self._length is None:
                self._changed.wait()
            now = start = time.monotonic()
            if self._running and self._length is not None:
                start = max(now, self._last_start + self._length / 3)
            self._last_start = start
            self._running += 1
        time.sleep(start - now)
        try:
            yield
        finally:
            with self._changed:
                self._running -= 1
                self._length = time.monotonic() - start
                self._changed.notify_all()


class Indexer:
    """Indexes, in background threads, the bundles a plan says to index.

    One Pagefind run at a time while the site is rendered (the build's Python processes hold
    their most memory then); once every page is written (``rendered``), two at a time, a third
    of a run apart, so that the shards left over use both cores. Each run holds about 0.23 MB per
    page of its shard.
    """

    def __init__(self, output: Path, search: SearchPlan) -> None:
        self.output = output
        self.search = search
        self._error: str | None = None
        # A bundle is indexed once the build says its pages are written (``written``), so that
        # Pagefind works on the first shard while the next ones are rendered.
        self._written = {bundle.name: threading.Event() for bundle in search.todo}
        self._queue = iter(search.todo)
        self._queue_lock = threading.Lock()
        self._runs = threading.Semaphore(1)
        self._rendered = False
        self._spacing = RunSpacing()
        self._threads = [
            threading.Thread(target=self._run, name=f"pagefind-{n}", daemon=True)
            for n in range(min(RUNS_AFTER_RENDERING, len(search.todo)))
        ]
        # Folders being deleted beside the indexing (see ``_discard``).
        self._discards: list[threading.Thread] = []
        for thread in self._threads:
            thread.start()

    def order(self, pages: list[str]) -> list[list[str]]:
        """``pages`` grouped by the bundle to index, in indexing order; the rest last."""
        position = {path: n for n, b in enumerate(self.search.todo) for path in b.pages}
        groups: list[list[str]] = [[] for _ in range(len(self.search.todo) + 1)]
        for path in pages:
            groups[position.get(path, -1)].append(path)
        return groups

    def written(self, number: int) -> None:
        """The pages of the ``number``-th bundle to index are on disk."""
        if number < len(self.search.todo):
            self._written[self.search.todo[number].name].set()

    def rendered(self) -> None:
        """Every page of the site is written: the build's memory allows a second run."""
        if not self._rendered:
            self._rendered = True
            self._runs.release(RUNS_AFTER_RENDERING - 1)

    def _next(self) -> Bundle | None:
        with self._queue_lock:
            return next(self._queue, None)

    def _run(self) -> None:
        try:
            while (bundle := self._next()) is not None:
                self._written[bundle.name].wait()
                with self._runs, self._spacing.run():
                    if self._error is not None:
                        return
                    self._index(bundle)
        except Exception as error:  # reported by wait(), in the build's thread
            self._error = self._error or str(error)

    def _index(self, bundle: Bundle) -> None:
        bundles = self.output / BUNDLES
        staging = bundles / f".staging-{bundle.name}"
        fresh = bundles / f".new-{bundle.name}"
        for folder in (staging, fresh):
            shutil.rmtree(folder, ignore_errors=True)
        # Pagefind indexes a folder: give it one holding just this shard's pages, linked, at
        # the paths they have in the site so that result URLs are the pages' own.
        for path in bundle.pages:
            target = staging / path
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(self.output / path, target)
            except OSError:
                shutil.copyfile(self.output / path, target)
        command = [sys.executable, "-m", "pagefind", "--site", str(staging),
                   "--output-path", str(fresh.resolve()), "--silent"]  # fmt: skip
        try:
            run = subprocess.run(command, capture_output=True, text=True, check=False,
                                 timeout=PAGEFIND_TIMEOUT)  # fmt: skip
        except subprocess.TimeoutExpired:
            self._discard(staging)
            self._discard(fresh)
            raise SearchIndexError(f"pagefind gave no answer on {bundle.folder} in "
                                   f"{PAGEFIND_TIMEOUT} s") from None  # fmt: skip
        self._discard(staging)
        if run.returncode != 0:
            self._discard(fresh)
            message = (run.stderr or run.stdout).strip()
            raise SearchIndexError(f"pagefind failed on {bundle.folder} ({run.returncode}): "
                                   f"{message}")  # fmt: skip
        current = bundles / bundle.name
        self._discard(current)
        fresh.rename(current)

    def _discard(self, folder: Path) -> None:
        """Delete ``folder`` beside the indexing rather than before the next run: deleting a
        shard's 1,700 linked pages takes about two seconds of waiting on the disk, in which
        this run's core would stand idle. Renamed first, so its name is free at once."""
        if not folder.exists():
            return
        # A folder of its own, whatever a stopped build left: the next build's
        # _remove_other_bundles deletes those.
        doomed = Path(tempfile.mkdtemp(prefix=".discarded-", dir=folder.parent))
        folder.rename(doomed / folder.name)
        remover = threading.Thread(
            target=shutil.rmtree, args=(doomed,), kwargs={"ignore_errors": True}, daemon=True
        )
        remover.start()
        self._discards.append(remover)

    def _remove_other_bundles(self) -> None:
        keep = {bundle.name for bundle in self.search.bundles}
        bundles = self.output / BUNDLES
        for child in bundles.iterdir() if bundles.is_dir() else ():
            if child.name not in keep:
                if child.is_dir():
                    shutil.rmtree(child)
                else:
                    child.unlink()

    def abandon(self) -> None:
        """Stop waiting for pages that will not come (the build failed)."""
        self._error = self._error or "the build stopped before its pages were written"
        for event in self._written.values():
            event.set()

    def wait(self) -> SearchState:
        """Wait for the indexing; what the bundles on disk now hold."""
        for event in self._written.values():
            event.set()  # every page is written by now
        self.rendered()
        for thread in self._threads:
            thread.join()
        for remover in self._discards:  # complete once the indexing threads have ended
            remover.join()
        if self._error is not None:
            raise SearchIndexError(self._error)
        self._remove_other_bundles()
        if self.search.todo:
            names = ", ".join(bundle.folder for bundle in self.search.todo)
            console.print(f"Digest search index: {names} indexed")
        return self.search.state


class SearchIndexing:
    """The search index over one build: planned from what the last build indexed (kept in the
    build cache), fed the indexed interface's entry pages a shard at a time while they are
    written, and remembered once Pagefind is done."""

    def __init__(self, output: Path, shard_size: int, cache: BuildCache) -> None:
        self.output = output
        self.shard_size = shard_size
        self.cache = cache
        self.before: SearchState | None = None
        self.planned: SearchPlan | None = None
        self.indexer: Indexer | None = None

    def prepare(self, pages: dict[str, str], entries: Mapping[str, int]) -> SearchPlan:
        """Plan what to index for ``pages`` (output path -> version) in this build, ``entries``
        saying how many entries' text each page carries."""
        self.before = self.cache.load("search")
        self.planned = plan(
            pages,
            self.shard_size,
            self.before,
            lambda bundle: (self.output / bundle.folder / "pagefind-entry.json").is_file(),
            entries,
        )
        return self.planned

    def write_entries(self, entries: dict[str, Page], write: Callable[[Page], None]) -> None:
        """``write`` each of ``entries`` (by output path), a shard at a time: Pagefind indexes
        each shard while the next is written."""
        assert self.planned is not None, "prepare runs first"
        self.indexer = indexer = Indexer(self.output, self.planned)
        try:
            for number, group in enumerate(indexer.order(list(entries))):
                for path in group:
                    write(entries[path])
                indexer.written(number)
        except BaseException:
            indexer.abandon()
            raise

    def rendered(self) -> None:
        """Every page of the site is written."""
        if self.indexer is not None:
            self.indexer.rendered()

    def finish(self) -> None:
        """Wait for Pagefind and remember what the bundles hold."""
        if self.indexer is not None:
            state = self.indexer.wait()
            if state != self.before:
                self.cache.save("search", state)
            self.indexer = None
