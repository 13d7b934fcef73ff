"""Running one piece of the build per interface language in forked processes.

Each interface is rendered from the same in-memory site model; after the model is built the
languages share nothing, so a forked child renders one while the parent renders another, and a
two-core machine builds both interfaces in the time of one. Forking (rather than spawning)
gives the child the model, the templates and the registries without pickling them.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import traceback
from collections.abc import Callable
from typing import Any

from digest.errors import DigestError
from digest.site.template_errors import template_problem


class ChildFailed(DigestError):
    """A forked rendering process failed; its error is carried over."""


class Forked:
    """``work`` running in a forked child; ``wait`` returns its result (which must be JSON
    data) or re-raises its failure in the parent."""

    def __init__(self, name: str, work: Callable[[], Any]) -> None:
        self.name = name
        read_end, write_end = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child
            os.close(read_end)
            status = 0
            try:
                message = json.dumps({"result": work()})
            except KeyboardInterrupt:  # Ctrl-C reaches every process: the parent says so once
                message = json.dumps({"interrupted": True})
                status = 1
            except BaseException as error:  # everything must reach the parent
                message = json.dumps({"error": _described(error)})
                status = 1
            try:
                with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
                    pipe.write(message)
            finally:
                # Skip the parent's atexit handlers and buffers: the child only renders.
                os._exit(status)
        os.close(write_end)
        self.read_end = read_end

    def wait(self) -> Any:
        with os.fdopen(self.read_end, "rb") as pipe:
            message = pipe.read().decode(errors="replace")
        _, status = os.waitpid(self.pid, 0)
        try:
            outcome = json.loads(message)
        except ValueError:  # killed before it could say anything
            outcome = {"error": message or f"exit status {status}"}
        if outcome.get("interrupted"):
            raise KeyboardInterrupt
        if os.waitstatus_to_exitcode(status) != 0 or "error" in outcome:
            error = outcome["error"].strip()
            separator = "\n" if "\n" in error else " "  # a traceback starts on a line of its own
            raise ChildFailed(f"rendering {self.name} failed:{separator}{error}")
        return outcome["result"]


def _described(error: BaseException) -> str:
    """An editor's or a theme's mistake in one line, as the parent's own would be told (the
    plugin drops the traceback of those); anything else with its traceback."""
    if isinstance(error, DigestError):
        return str(error)
    return template_problem(error) or traceback.format_exc()


def run_each(names: list[str], work: Callable[[str], Any], *, parallel: bool) -> dict[str, Any]:
    """``work(name)`` for every name, the first in this process, the rest in forked children;
    what each returned, by name."""
    if not parallel or not hasattr(os, "fork") or len(names) < 2:
        return {name: work(name) for name in names}
    # The model and everything else built so far stay alive while the interfaces are rendered:
    # out of the cyclic collector's reach, they are not traversed again by every collection,
    # and a child's collections no longer write to the pages it shares with its parent (which
    # copied the whole model into each child).
    gc.freeze()
    try:
        children = [Forked(name, lambda n=name: work(n)) for name in names[1:]]
        results: dict[str, Any] = {}
        try:
            results[names[0]] = work(names[0])
        except BaseException:
            for child in children:  # reap them; the first failure is the one to report
                with contextlib.suppress(BaseException):
                    child.wait()
            raise
        for child in children:
            results[child.name] = child.wait()
    finally:
        gc.unfreeze()  # a preview server builds again in this process
    return results
