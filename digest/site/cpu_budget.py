"""A bound on the CPU time of one step of the build, for steps whose cost an untrusted file
decides: a body's Markdown, a page's templates."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(Exception):
    """The step took more CPU time than it was given."""


@contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Raise OverBudget once this process has spent ``seconds`` of CPU inside the block.

    CPU time, not wall time: a machine busy with other work must not fail a build. Timers
    only reach the main thread; elsewhere the block runs unbounded (the build reads entries
    and renders pages in its main thread or in worker processes).
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGVTALRM, expired)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)
