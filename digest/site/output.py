"""Writing output files only when what they are made from has changed.

Each file is recorded with the fingerprint of its inputs and the stamp it was written with. A
later build skips a file whose fingerprint is the same and which is still on disk as written
(size and modification time), and deletes the files it wrote before but no longer produces (an
entry removed, a listing grown shorter). A file changed or removed by anything else is written
again, so the output can be trusted without being wiped.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable
from pathlib import Path

from digest.errors import DigestError

# output path (relative, "/"-separated) -> (fingerprint, size, modification time in ns)
Manifest = dict[str, tuple[str, int, int]]


class OutputWriter:
    def __init__(self, root: Path, previous: Manifest | None) -> None:
        self.root = root
        self._root = str(root)  # os.path.join: a Path per file costs more than the stat itself
        self.previous = previous or {}
        self.manifest: Manifest = {}
        self.written = 0
        self.kept = 0
        self._folders: set[Path] = set()

    def _unchanged(self, path: str, fingerprint: str) -> bool:
        """Whether ``path`` is on disk as the last build wrote it from the same inputs."""
        known = self.previous.get(path)
        if known is None or known[0] != fingerprint:
            return False
        try:
            status = os.stat(os.path.join(self._root, path))
        except FileNotFoundError:
            return False
        return (status.st_size, status.st_mtime_ns) == known[1:]

    def _keep(self, path: str) -> None:
        self.manifest[path] = self.previous[path]
        self.kept += 1

    def current(self, path: str, fingerprint: str) -> bool:
        """Whether ``path`` is unchanged; if so it is kept as it is."""
        if not self._unchanged(path, fingerprint):
            return False
        self._keep(path)
        return True

    def write(self, path: str, fingerprint: str, text: str) -> None:
        target = self.root / inside_output(path)
        if target.parent not in self._folders:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(target.parent)
        target.write_text(text, encoding="utf-8")
        self.record(path, fingerprint)

    def record(self, path: str, fingerprint: str) -> None:
        """Remember a file written by someone else (a feed writer) from these inputs."""
        status = os.stat(os.path.join(self._root, path))
        self.manifest[path] = (fingerprint, status.st_size, status.st_mtime_ns)
        self.written += 1

    def produce(self, paths: list[str], fingerprint: str, make: Callable[[], None]) -> None:
        """Run ``make`` unless every one of ``paths`` is current; then record them all."""
        for path in paths:
            inside_output(path)
        if all(self._unchanged(path, fingerprint) for path in paths):
            for path in paths:
                self._keep(path)
            return
        make()
        for path in paths:
            self.record(path, fingerprint)

    def remove_stale(self) -> int:
        """Delete files written by an earlier build and not by this one; return how many."""
        # The manifest comes from the cache folder, which a pull request can hold too.
        stale = [inside_output(path) for path in self.previous if path not in self.manifest]
        for path in stale:
            target = self.root / path
            target.unlink(missing_ok=True)
            _remove_empty_parents(target.parent, self.root)
        return len(stale)


class OutsideOutputError(DigestError):
    """A path to write would land outside the output folder."""


def inside_output(path: str) -> str:
    """``path`` if it names a file inside the output folder, whatever produced it (an id, a
    slug, a cached manifest); raise otherwise. Lexical: nothing the build writes is a link."""
    normal = posixpath.normpath(path)
    if (
        not path
        or path.startswith(("/", "\\"))
        or normal == "."
        or normal == ".."
        or normal.startswith("../")
        or "\0" in path
        or os.path.isabs(path)
    ):
        raise OutsideOutputError(f"refusing to write {path!r}: it is not inside the output folder")
    return path


def _remove_empty_parents(folder: Path, root: Path) -> None:
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()
        except OSError:  # not empty, or gone
            return
        folder = folder.parent
