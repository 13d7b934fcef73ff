"""One build at a time per output folder.

Two builds writing one output folder would race on its pages and on Pagefind's staging folders
(a second build once hung for eleven minutes). The first build holds an exclusive lock on the
output folder itself (flock on the directory: no lock file to leave behind; the kernel releases
it when the process ends, however it ends); a second one waits for it, saying so, and gives up
with a message after ``wait`` seconds.
"""

from __future__ import annotations

import fcntl
import os
import sys
import time
from pathlib import Path

from digest.errors import DigestError

_POLL = 0.25

# Locks this process holds, by folder: `invoke serve` builds again and again in one process.
_held: dict[str, int] = {}


class BuildBusyError(DigestError):
    """Another build holds the output folder."""


def lock_output(folder: Path, *, wait: float) -> None:
    """Hold ``folder`` (created if missing) for the rest of this process, or raise."""
    folder.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(folder)
    if key in _held:
        return
    descriptor = os.open(key, os.O_RDONLY | os.O_DIRECTORY)
    deadline = time.monotonic() + wait
    said = False
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise BuildBusyError(
                    f"{folder}: another build is writing this folder; gave up after {wait:.0f} s"
                ) from None
            if not said:
                sys.stderr.write(f"{folder}: another build is writing this folder, waiting\n")
                said = True
            time.sleep(_POLL)
            continue
        _held[key] = descriptor
        return
