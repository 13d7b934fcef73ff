"""Errors raised while a theme's templates run, told in one line: a theme file comes by pull
request like an entry, and its mistake is named by file and line."""

from __future__ import annotations

from jinja2 import TemplateError

from digest.errors import DigestError

# CPU time one page's templates may take (a page takes milliseconds): past it, a loop in a
# template stops the build with the page's name instead of running until CI's time limit.
MAX_PAGE_CPU_SECONDS = 10.0


class TemplateTooSlow(DigestError):
    """Rendering one page took more than MAX_PAGE_CPU_SECONDS of CPU."""

    def __init__(self, template: str, page: str) -> None:
        super().__init__(
            f"{template}: template error: rendering {page} took over "
            f"{MAX_PAGE_CPU_SECONDS:.0f} s of CPU (a page takes milliseconds); look for a loop"
        )


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
