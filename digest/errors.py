"""The one exception family the package raises; the CLI and the plugin turn it into messages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# In a file name: control characters (a newline would start a fake "error:" line in the output,
# or a CI annotation) and the surrogates a name that is not UTF-8 decodes to.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def unprintable_name(name: str) -> bool:
    return _UNPRINTABLE.search(name) is not None


def shown_name(name: str) -> str:
    """``name`` with its unprintable characters written as escapes (\\x0a, \\udcff)."""
    return _UNPRINTABLE.sub(_escape, name)


def _escape(found: re.Match[str]) -> str:
    code = ord(found.group())
    return f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}"


class DigestError(Exception):
    """Base of every error the digest reports to a person."""


@dataclass
class Problem:
    """One thing wrong with one input file, precise enough to fix without reading code."""

    path: Path | str
    message: str
    field: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = shown_name(str(self.path))
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class InputError(DigestError):
    """One or more problems found in editor-supplied files (entries, registries, articles)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))

    @classmethod
    def single(cls, path: Path | str, message: str, **where: object) -> InputError:
        return cls([Problem(path, message, **where)])  # type: ignore[arg-type]
