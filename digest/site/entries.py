"""Reading the entries: every file once, on every core, and not at all when it has not changed.

Reading an entry (YAML, validation, Markdown, sanitising, search terms) is pure computation on
one file. The article's HTML and search terms go to a TextStore, a file per entry version, and
are read again only when the entry's page is rendered: the build holds the facts of every entry
in memory, not ten thousand article texts. Files whose bytes hash to the digest in the build
cache are taken from it (never a stamp: an edit that keeps the size and restores the
modification time would leave a stale page); the others are read in a pool of forked workers when
there are many, in this process when there are few (an edit). Every problem in every file is
collected before the build stops, so an editor sees them all at once and no entry is ever left
out silently.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry, validate
from digest.site import body
from digest.site.search import SEGMENTED_LANGUAGES, SearchTerms, lead, plain_text
from digest.untrusted import refuse_symlink

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
        return self._path(digest).is_file()

    def read(self, digest: str) -> tuple[str, str]:
        """(HTML, search terms) of the entry whose file has this digest."""
        html, _, search_terms = self._path(digest).read_text(encoding="utf-8").partition("\0")
        return html, search_terms

    def reader(self, digest: str) -> Callable[[], tuple[str, str]]:
        return functools.partial(self.read, digest)

    def article(self, digest: str) -> Callable[[], tuple[str, str]]:
        """A reader of the HTML alone, for a site without search."""
        return lambda: (self.read(digest)[0], "")

    def keep_only(self, digests: Iterable[str]) -> None:
        """Delete the texts of entry versions no longer read."""
        keep = set(digests)
        for path in self.folder.glob("*/*"):
            if path.name not in keep:
                path.unlink()


@dataclass(frozen=True)
class ReadEntry:
    """An entry as read from its file (its texts are in the TextStore, under ``digest``)."""

    digest: str  # of the file's bytes: what pages made from this entry depend on
    entry: Entry
    lead: str
    segmented: bool


def file_digest(path: Path) -> str:
    """The digest of the file's bytes (a symbolic link is refused, not followed)."""
    refuse_symlink(path)
    return _digest(path.read_bytes())


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# Set before forking, so that workers inherit them.
_terms: SearchTerms | None = None
_store: TextStore | None = None


def read_entry(path: Path, terms: SearchTerms, store: TextStore) -> ReadEntry | list[Problem]:
    """One entry file read and validated, or the problems found in it."""
    try:
        refuse_symlink(path)
        frontmatter.check_size(path, path.stat().st_size)
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError.single(path, "expected UTF-8 text") from None
        entry_file = frontmatter.parse(text, path)
        entry = validate(entry_file, terms.registries)
    except InputError as error:
        return error.problems
    html = body.render(entry_file.body)
    body_text = plain_text(html)
    digest = _digest(data)
    store.write(digest, html, terms.of(entry, body_text))
    return ReadEntry(
        digest=digest,
        entry=entry,
        lead=lead(body_text),
        segmented=entry.lang in SEGMENTED_LANGUAGES,
    )


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _read_in_worker(path: Path) -> ReadEntry | list[Problem]:
    assert _terms is not None and _store is not None
    return read_entry(path, _terms, _store)


def _unchanged(path: Path, digest: str) -> bool:
    try:
        return file_digest(path) == digest
    except (OSError, InputError):  # read again, to report it
        return False


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
    global _terms, _store
    result: dict[str, ReadEntry] = {}
    to_read: list[Path] = []
    for path in paths:
        known = cached.get(str(path))
        if known is not None and _unchanged(path, known.digest) and store.has(known.digest):
            result[str(path)] = known
        else:
            to_read.append(path)
    _terms = SearchTerms(registries)
    _store = store
    if parallel and len(to_read) >= _POOL_FROM and hasattr(os, "fork"):
        context = multiprocessing.get_context("fork")
        # Workers ignore Ctrl-C: the parent stops them, and only it says so (once).
        with context.Pool(os.cpu_count() or 1, initializer=_ignore_interrupts) as pool:
            outcomes = pool.map(_read_in_worker, to_read, chunksize=16)
    else:
        outcomes = [read_entry(path, _terms, store) for path in to_read]
    problems: list[Problem] = []
    for path, outcome in zip(to_read, outcomes, strict=True):
        if isinstance(outcome, list):
            problems += outcome
        else:
            result[str(path)] = outcome
    if problems:
        raise InputError(problems)
    return {str(path): result[str(path)] for path in paths}
