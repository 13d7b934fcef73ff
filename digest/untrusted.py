"""Guards for files that arrive by pull request: anything in them may be hostile.

Entries, seeds, registries and theme files are read by the build, ``invoke check`` and CI. These
checks stop what would otherwise escape the build's folders or its memory: ids used as paths,
symbolic links, and YAML aliases (a kilobyte of nested aliases expands to gigabytes).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from digest.errors import InputError, Problem

# Full-match only: with ``$`` a trailing newline would pass ("x\n").
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SYMLINK_REFUSED = "is a symbolic link; commit the file itself (links are refused)"


def is_slug(value: object) -> bool:
    return isinstance(value, str) and SLUG.fullmatch(value) is not None


# Characters no text field may hold: control characters (a form feed or NUL breaks feeds and
# terminals), lone surrogates (not encodable) and the two non-characters XML refuses.
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def unwanted_character(text: str) -> str | None:
    """The first character no text field may hold, described, or None."""
    found = _UNWANTED.search(text)
    if found is None:
        return None
    return f"U+{ord(found.group()):04X} at character {found.start() + 1}"


def refuse_symlink(path: Path) -> None:
    """Raise if ``path`` is a symbolic link: it could point at a secret or at /dev/zero."""
    if path.is_symlink():
        raise InputError.single(path, SYMLINK_REFUSED)


def symlinks_under(folder: Path) -> list[Path]:
    """Every symbolic link under ``folder`` (files and folders; links are not followed)."""
    # scandir's entries know what they are without a stat or a Path each: every build walks
    # the content folder, 10,000 entries and more.
    found: list[Path] = []
    pending = [os.fspath(folder)]
    while pending:
        try:
            entries = os.scandir(pending.pop())
        except OSError:  # gone, or not a folder: nothing under it, as os.walk would say
            continue
        with entries:
            for entry in entries:
                if entry.is_symlink():
                    found.append(Path(entry.path))
                elif entry.is_dir():
                    pending.append(entry.path)
    return sorted(found)


def refuse_symlinks_under(folder: Path) -> None:
    links = symlinks_under(folder)
    if links:
        raise InputError([Problem(path, SYMLINK_REFUSED) for path in sorted(links)])


def refuse_aliases(text: str, loader: type) -> None:
    """Raise yaml.MarkedYAMLError at the first anchor or alias, before anything is expanded.

    Front matter and registries never need them; refusing them outright bounds the size of the
    parsed value by the size of the text. Text without ``&`` or ``*`` cannot hold one (the
    common case: no second pass).
    """
    if "&" not in text and "*" not in text:
        return
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise AliasRefused(event.start_mark)


class AliasRefused(yaml.MarkedYAMLError):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__(
            problem="YAML anchors and aliases (&name, *name) are not allowed; write values out",
            problem_mark=mark,
        )


def yaml_problem(error: yaml.YAMLError, text: str) -> tuple[str, int | None]:
    """One line saying what is wrong with the YAML, and the 0-based line where, if known.

    A character the YAML reader refuses (a control character) comes with an offset, not a mark.
    """
    if isinstance(error, yaml.reader.ReaderError):
        character = error.character
        code = character if isinstance(character, int) else ord(character)
        line = text[: error.position].count("\n")
        return f"holds a control or invalid character (U+{code:04X}); delete it", line
    mark = getattr(error, "problem_mark", None)
    problem = getattr(error, "problem", None) or str(error)
    return " ".join(problem.split()), (mark.line if mark is not None else None)
