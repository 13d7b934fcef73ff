"""Reading the entries: every file once, on every core, and not at all when it has not changed.

Reading an entry (YAML, validation, Markdown, sanitising, search terms) is pure computation on
one file. The article's HTML and search terms go to a TextStore, a file per entry version, and
are read again only when the entry's page is rendered: the build holds the facts of every entry
in memory, not ten thousand article texts. An entry in the build cache is keyed on the digest
of its file's bytes; it is taken from the cache when the file hashes to that digest, or, without
hashing, when the file's stamp is the one it had when it was hashed (see ``stamp``). The others
are read in a pool of forked workers when there are many, in this process when there are few
(an edit). Every problem in every file is collected before the build stops, so an editor sees
them all at once and no entry is ever left out silently.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry, validate
from digest.site import body
from digest.site.cpu_budget import OverBudget
from digest.site.search_terms import SEGMENTED_LANGUAGES, SearchTerms, lead, plain_text
from digest.untrusted import refuse_symlink, regular_file
from digest.yamlhints import shorten

# Below this many files to read, a pool costs more to start than it saves.
_POOL_FROM = 64


class TextStore:
    """Articles' HTML and search terms by the digest of their entry file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / digest

    def write(self, digest: str, html: str, search_terms: str) -> None:
        path = self._path(digest)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"{html}\0{search_terms}", encoding="utf-8")

    def has(self, digest: str) -> bool:
        # A string path: asked for each of 10,000 entries on every build.
        return os.path.isfile(os.path.join(self.folder, digest[:2], digest))

    def read(self, digest: str) -> tuple[str, str]:
        """(HTML, search terms) of the entry whose file has this digest."""
        html, _, search_terms = self._path(digest).read_text(encoding="utf-8").partition("\0")
        return html, search_terms

    def reader(self, digest: str) -> Callable[[], tuple[str, str]]:
        return functools.partial(self.read, digest)

    def article(self, digest: str) -> Callable[[], tuple[str, str]]:
        """A reader of the HTML alone, for a site without search."""
        return lambda: (self.read(digest)[0], "")

    def forget(self, digests: Iterable[str]) -> None:
        """Delete the texts of these entry versions."""
        for digest in digests:
            self._path(digest).unlink(missing_ok=True)

    def keep_only(self, digests: Iterable[str]) -> None:
        """Delete the texts of entry versions no longer read."""
        keep = set(digests)
        for path in self.folder.glob("*/*"):
            if path.name not in keep:
                path.unlink()


# (size, modification time, inode, change time), times in ns: see ``stamp``.
Stamp = tuple[int, int, int, int]

# How much older than the build a file's change time must be for its stamp to be trusted: more
# than any file system's timestamp granularity (see ``stamp``).
_SETTLED_NS = 2_000_000_000


@dataclass(frozen=True)
class ReadEntry:
    """An entry as read from its file (its texts are in the TextStore, under ``digest``)."""

    digest: str  # of the file's bytes: what pages made from this entry depend on
    entry: Entry
    lead: str
    segmented: bool
    # A digest of the entry's facts (its front matter as validated), not of its text: what the
    # open data is made from.
    facts: str
    # The file's stamp when it was hashed to ``digest``, None when it cannot be trusted.
    stamp: Stamp | None = None


def stamp(status: os.stat_result, started_ns: int) -> Stamp | None:
    """What says a file is unchanged without reading it, or None if it cannot say so.

    Size and modification time alone do not (an edit can keep the size and restore the
    modification time, issue 12), but the change time cannot be set: any write moves it. It
    only moves by the clock's tick, so a file changed within a tick of being hashed could keep
    its stamp; a stamp is trusted only if the file had not changed for ``_SETTLED_NS`` before
    this build began (git's "racily clean" rule), and otherwise the file is hashed next time.
    """
    if status.st_ctime_ns >= started_ns - _SETTLED_NS:
        return None
    return _stamp_of(status)


def _stamp_of(status: os.stat_result) -> Stamp:
    return (status.st_size, status.st_mtime_ns, status.st_ino, status.st_ctime_ns)


def file_digest(path: Path) -> str:
    """The digest of the file's bytes (a symbolic link is refused, not followed)."""
    refuse_symlink(path)
    return _digest(path.read_bytes())


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# Set before forking, so that workers inherit them.
_terms: SearchTerms | None = None
_store: TextStore | None = None
_started_ns = 0


def read_entry(
    path: Path, terms: SearchTerms, store: TextStore, started_ns: int = 0
) -> ReadEntry | list[Problem]:
    """One entry file read and validated, or the problems found in it."""
    try:
        # Before reading: the stamp must never describe a newer file than the bytes read.
        status = regular_file(path)
        frontmatter.check_size(path, status.st_size)
        data = path.read_bytes()
        entry_file = frontmatter.parse(frontmatter.decode(path, data), path)
        entry = validate(entry_file, terms.registries)
    except InputError as error:
        return error.problems
    try:
        html = body.render(entry_file.body)
    except OverBudget:
        message = (
            f"Markdown took over {body.MAX_RENDER_CPU_SECONDS:.0f} s of CPU to convert the body "
            "(long runs of [, <, * or ` do that); break them up or delete them"
        )
        return [Problem(path, message, field="body")]
    images = body.images(html)
    if images:
        message = (
            f"image {shorten(images[0])!r} cannot be shown: an entry carries no image files, and "
            "pages load no image from another site; remove it"
            if images[0]
            else "an image cannot be shown: an entry carries no image files; remove it"
        )
        return [Problem(path, message, field="body")]
    body_text = plain_text(html)
    digest = _digest(data)
    store.write(digest, html, terms.of(entry, body_text))
    return ReadEntry(
        digest=digest,
        entry=entry,
        lead=lead(body_text),
        segmented=entry.lang in SEGMENTED_LANGUAGES,
        facts=_digest(repr(entry).encode()),
        stamp=stamp(status, started_ns),
    )


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_in_worker(path: Path) -> ReadEntry | list[Problem]:
    assert _terms is not None and _store is not None
    return read_entry(path, _terms, _store, _started_ns)


def _still(path: str, known: ReadEntry, started_ns: int) -> ReadEntry | None:
    """``known`` if the file at ``path`` is unchanged (with its stamp brought up to date), None
    if it must be read again."""
    try:
        status = os.lstat(path)
        if known.stamp is not None and known.stamp == _stamp_of(status):
            return known
        if file_digest(Path(path)) != known.digest:
            return None
    except (OSError, InputError):  # read again, to report it
        return None
    now = stamp(status, started_ns)
    return known if now == known.stamp else dataclasses.replace(known, stamp=now)


def read_all(
    paths: list[Path],
    registries: Registries,
    cached: dict[str, ReadEntry],
    store: TextStore,
    *,
    parallel: bool,
) -> dict[str, ReadEntry]:
    """Every entry in ``paths`` (by path), reusing ``cached`` ones whose file is unchanged.

    Raises InputError with the problems of every file that failed.
    """
    global _terms, _store, _started_ns
    started_ns = time.time_ns()
    result: dict[str, ReadEntry] = {}
    to_read: list[Path] = []
    for path in paths:
        name = str(path)
        known = cached.get(name)
        still = None if known is None else _still(name, known, started_ns)
        if still is not None and store.has(still.digest):
            result[name] = still
        else:
            to_read.append(path)
    _terms = SearchTerms(registries)
    _store = store
    _started_ns = started_ns
    if parallel and len(to_read) >= _POOL_FROM and hasattr(os, "fork"):
        context = multiprocessing.get_context("fork")
        # Workers ignore Ctrl-C: the parent stops them, and only it says so (once).
        with context.Pool(os.cpu_count() or 1, initializer=_ignore_interrupts) as pool:
            outcomes = pool.map(_read_in_worker, to_read, chunksize=16)
    else:
        outcomes = [read_entry(path, _terms, store, started_ns) for path in to_read]
    problems: list[Problem] = []
    for path, outcome in zip(to_read, outcomes, strict=True):
        if isinstance(outcome, list):
            problems += outcome
        else:
            result[str(path)] = outcome
    if problems:
        raise InputError(problems)
    return {str(path): result[str(path)] for path in paths}
