"""Running one piece of the build per interface language in forked processes.

Each interface is rendered from the same in-memory site model; after the model is built the
languages share nothing, so a forked child renders one while the parent renders another, and a
two-core machine builds both interfaces in the time of one. Forking (rather than spawning)
gives the child the model, the templates and the registries without pickling them.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable

from digest.errors import DigestError


class ChildFailed(DigestError):
    """A forked rendering process failed; its error is carried over."""


class Forked:
    """``work`` running in a forked child; ``wait`` re-raises its failure in the parent."""

    def __init__(self, name: str, work: Callable[[], None]) -> None:
        self.name = name
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child
            os.close(read_end)
            status = 0
            try:
                work()
            except BaseException:  # everything must reach the parent
                os.write(write_end, traceback.format_exc().encode())
                status = 1
            finally:
                os.close(write_end)
                # Skip the parent's atexit handlers and buffers: the child only renders.
                os._exit(status)
        os.close(write_end)
        self.read_end = read_end

    def wait(self) -> None:
        with os.fdopen(self.read_end, "rb") as pipe:
            message = pipe.read().decode(errors="replace")
        _, status = os.waitpid(self.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise ChildFailed(f"rendering {self.name} failed:\n{message.strip()}")


def run_each(names: list[str], work: Callable[[str], None], *, parallel: bool) -> None:
    """``work(name)`` for every name: the first in this process, the rest in forked children."""
    if not parallel or not hasattr(os, "fork") or len(names) < 2:
        for name in names:
            work(name)
        return
    children = [Forked(name, lambda n=name: work(n)) for name in names[1:]]
    try:
        work(names[0])
    finally:
        for child in children:
            child.wait()
