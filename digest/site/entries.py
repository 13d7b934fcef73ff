"""Reading the entries: every file once, on every core, and not at all when it has not changed.

Reading an entry (YAML, validation, Markdown, sanitising, search terms) is pure computation on
one file. Files whose stamp (modification time, size, inode) matches the build cache are taken
from it; the others are read in a pool of forked workers when there are many, in this process
when there are few (an edit). Every problem in every file is collected before the build stops,
so an editor sees them all at once and no entry is ever left out silently.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from dataclasses import dataclass
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry, validate
from digest.site import body
from digest.site.search import SEGMENTED_LANGUAGES, SearchTerms, lead, plain_text

# Below this many files to read, a pool costs more to start than it saves.
_POOL_FROM = 64

Stamp = tuple[int, int, int]


@dataclass(frozen=True)
class ReadEntry:
    """An entry as read from its file, with what the search index needs of it."""

    stamp: Stamp
    digest: str  # of the file's bytes: what pages made from this entry depend on
    entry: Entry
    html: str
    search_terms: str
    lead: str
    segmented: bool


def _stamp(path: Path) -> Stamp:
    status = path.stat()
    return (status.st_mtime_ns, status.st_size, status.st_ino)


_terms: SearchTerms | None = None  # set before forking, so workers inherit it


def read_entry(path: Path, terms: SearchTerms) -> ReadEntry | list[Problem]:
    """One entry file read and validated, or the problems found in it."""
    stamp = _stamp(path)
    data = path.read_bytes()
    try:
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
    return ReadEntry(
        stamp=stamp,
        digest=hashlib.blake2b(data, digest_size=16).hexdigest(),
        entry=entry,
        html=html,
        search_terms=terms.of(entry, body_text),
        lead=lead(body_text),
        segmented=entry.lang in SEGMENTED_LANGUAGES,
    )


def _read_in_worker(path: Path) -> ReadEntry | list[Problem]:
    assert _terms is not None
    return read_entry(path, _terms)


def read_all(
    paths: list[Path],
    registries: Registries,
    cached: dict[str, ReadEntry],
    *,
    parallel: bool,
) -> dict[str, ReadEntry]:
    """Every entry in ``paths`` (by path), reusing ``cached`` ones whose file is unchanged.

    Raises InputError with the problems of every file that failed.
    """
    global _terms
    result: dict[str, ReadEntry] = {}
    to_read: list[Path] = []
    for path in paths:
        known = cached.get(str(path))
        if known is not None and known.stamp == _stamp(path):
            result[str(path)] = known
        else:
            to_read.append(path)
    _terms = SearchTerms(registries)
    if parallel and len(to_read) >= _POOL_FROM and hasattr(os, "fork"):
        with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
            outcomes = pool.map(_read_in_worker, to_read, chunksize=16)
    else:
        outcomes = [read_entry(path, _terms) for path in to_read]
    problems: list[Problem] = []
    for path, outcome in zip(to_read, outcomes, strict=True):
        if isinstance(outcome, list):
            problems += outcome
        else:
            result[str(path)] = outcome
    if problems:
        raise InputError(problems)
    return {str(path): result[str(path)] for path in paths}
