"""Signal handlers of the Pelican plugin, each a thin call into the digest's own code."""

from __future__ import annotations

import logging
from typing import Any

from jinja2 import TemplateError
from pelican import signals

from digest.errors import DigestError
from digest.site.generator import DigestGenerator

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


def template_problem(error: BaseException) -> str | None:
    """``file:line: template error: message`` for an error in a template (a TemplateError, or
    any error raised while one ran), else None. The line comes from Jinja's rewritten
    traceback, whose frames carry the template's file and line."""
    where = getattr(error, "filename", None) if isinstance(error, TemplateError) else None
    line = getattr(error, "lineno", None)
    trace = error.__traceback__
    while trace is not None:
        name = trace.tb_frame.f_code.co_filename
        if name.endswith((".html", ".xml", ".txt")):
            where, line = name, trace.tb_lineno
        trace = trace.tb_next
    if where is None and not isinstance(error, TemplateError):
        return None
    place = f"{where}:{line}: " if where and line else f"{where}: " if where else ""
    message = error.message if isinstance(error, TemplateError) else None
    return f"{place}template error: {type(error).__name__}: {message or error}"


def connect() -> None:
    logging.getLogger("pelican").addFilter(WithoutTraceback())
    signals.all_generators_finalized.connect(remember_generator)
    signals.finalized.connect(finish)
    signals.get_generators.connect(digest_generator)
