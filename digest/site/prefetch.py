"""Reading entries on every core before Pelican asks for them one at a time.

Pelican's ArticlesGenerator reads files one after another. Reading an entry (YAML, validation,
Markdown, sanitising) is pure computation on one file, so a pool of forked workers reads them
all at once; the reader then takes each finished result instead of reading the file itself.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path

from digest import frontmatter
from digest.errors import InputError, Problem
from digest.registries import Registries
from digest.schema import Entry, validate
from digest.site import body

ReadResult = tuple[str, Entry] | list[Problem]

_registries: Registries | None = None  # what forked workers validate against
_pool: Pool | None = None
_pending: dict[str, AsyncResult[ReadResult]] = {}


def read_entry(path: str, registries: Registries) -> ReadResult:
    """The entry's HTML body and validated front matter, or the problems found in it."""
    try:
        entry_file = frontmatter.read(Path(path))
        entry = validate(entry_file, registries)
    except InputError as error:
        return error.problems
    return body.render(entry_file.body), entry


def _read_in_worker(path: str) -> ReadResult:
    assert _registries is not None
    return read_entry(path, _registries)


def start(paths: Iterable[str], registries: Registries) -> None:
    """Begin reading ``paths`` in one forked worker per core."""
    global _registries, _pool
    stop()
    _registries = registries
    _pool = multiprocessing.get_context("fork").Pool(os.cpu_count() or 1)
    for path in paths:
        _pending[path] = _pool.apply_async(_read_in_worker, (path,))


def take(path: str) -> ReadResult | None:
    """The prefetched result for ``path``, or None if it was not prefetched."""
    pending = _pending.pop(path, None)
    result = pending.get() if pending is not None else None
    if not _pending:
        stop()
    return result


def stop() -> None:
    global _pool
    _pending.clear()
    if _pool is not None:
        _pool.terminate()
        _pool.join()
        _pool = None
