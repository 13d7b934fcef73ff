"""The Jinja environment the digest renders with: sandboxed, because templates come by pull
request, and an ordinary environment lets ``{{ lipsum.__globals__.os.popen('id').read() }}``
run commands during the build."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from jinja2.sandbox import SandboxedEnvironment

# A template can build attribute names at run time (``obj[name]``): past this many distinct
# (type, name) pairs the answers are computed again rather than remembered.
_REMEMBERED = 4096


class DigestSandbox(SandboxedEnvironment):
    """Jinja's sandbox, with its attribute check remembered per (type, attribute name).

    The sandbox asks ``is_safe_attribute`` on every attribute a template reads: 6.8 million
    times in a 10,000-entry build, about a tenth of its rendering time. Its answer depends only
    on the name and on which kind of object holds it (a function, a method, a class, a frame,
    a generator…: ``isinstance`` checks), so it is the same for every object of one type.
    """

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self._safe: dict[tuple[type, str], bool] = {}

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        key = (type(obj), attr)
        safe = self._safe.get(key)
        if safe is None:
            safe = super().is_safe_attribute(obj, attr, value)
            if len(self._safe) < _REMEMBERED:
                self._safe[key] = safe
        return safe


def sandboxed(env: Environment, options: dict[str, Any]) -> SandboxedEnvironment:
    """Pelican's template environment, sandboxed: the sandbox refuses underscore attributes and
    unsafe calls."""
    sandbox = DigestSandbox(loader=env.loader, **options)
    # Only what Pelican added: the sandbox's own ``range`` refuses a billion items.
    for mine, pelicans in ((sandbox.filters, env.filters), (sandbox.globals, env.globals),
                           (sandbox.tests, env.tests)):  # fmt: skip
        for name, value in pelicans.items():
            mine.setdefault(name, value)
    return sandbox
