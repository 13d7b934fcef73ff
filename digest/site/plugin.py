"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

import logging
from typing import Any

from pelican import signals

from digest.errors import DigestError
from digest.site.generator import DigestGenerator
from digest.site.template_errors import template_problem

_generators: list[DigestGenerator] = []


def digest_generator(pelican: Any) -> type[DigestGenerator]:
    return DigestGenerator


def remember_generator(generators: Any) -> None:
    _generators[:] = [g for g in generators if isinstance(g, DigestGenerator)]


def finish(pelican: Any) -> None:
    # Pelican's static files are copied by now: the search index had that time too.
    for generator in _generators:
        generator.finish()


class WithoutTraceback(logging.Filter):
    """Pelican logs the error that ends a build with its traceback. A DigestError is an
    editor's or a setting's mistake whose message names the file, line and field: the traceback
    would only bury it."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if isinstance(error, DigestError):
            record.exc_info = None
        elif error is not None and (problem := template_problem(error)) is not None:
            # A theme file comes by pull request too: its mistake is named by file and line.
            record.msg, record.args = "%s", (problem,)
            record.exc_info = None
        return True


def connect() -> None:
    logging.getLogger("pelican").addFilter(WithoutTraceback())
    signals.all_generators_finalized.connect(remember_generator)
    signals.finalized.connect(finish)
    signals.get_generators.connect(digest_generator)
