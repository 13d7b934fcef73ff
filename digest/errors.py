"""The one exception family the package raises; the CLI and the plugin turn it into messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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
        where = str(self.path)
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
