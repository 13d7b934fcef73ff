"""Guards for files that arrive by pull request: anything in them may be hostile.

Entries, seeds, registries and theme files are read by the build, ``invoke check`` and CI. These
checks stop what would otherwise escape the build's folders or its memory: ids used as paths,
symbolic links, and YAML aliases (a kilobyte of nested aliases expands to gigabytes).
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

import yaml

from digest.errors import InputError, Problem

# Full-match only: with ``$`` a trailing newline would pass ("x\n").
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SYMLINK_REFUSED = "is a symbolic link; commit the file itself (links are refused)"


# A slug is a folder name in the output: file systems refuse names past 255 bytes.
MAX_SLUG_LENGTH = 100


def is_slug(value: object) -> bool:
    return (
        isinstance(value, str)
        and len(value) <= MAX_SLUG_LENGTH
        and SLUG.fullmatch(value) is not None
    )


# Characters no text field may hold: control characters (a form feed or NUL breaks feeds and
# terminals), lone surrogates (not encodable) and the two non-characters XML refuses.
_UNWANTED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


# Bidirectional embeddings, overrides and isolates change the order text is shown in, so a
# title can read differently from what it holds ("Trojan Source"); the marks U+200E/U+200F
# that Arabic and Hebrew text carries are not among them.
_BIDI_CONTROL = re.compile("[\u202a-\u202e\u2066-\u2069]")


def unwanted_character(text: str) -> str | None:
    """The first character no text field may hold, described, or None."""
    found = _UNWANTED.search(text) or _BIDI_CONTROL.search(text)
    if found is None:
        return None
    return f"U+{ord(found.group()):04X} at character {found.start() + 1}"


def invisible(text: str) -> bool:
    """True when ``text`` shows nothing: only spaces and format characters (zero-width
    space, joiners, word joiner, soft hyphen...)."""
    return all(char.isspace() or unicodedata.category(char) == "Cf" for char in text)


def refuse_symlink(path: Path) -> None:
    """Raise if ``path`` is a symbolic link: it could point at a secret or at /dev/zero."""
    if path.is_symlink():
        raise InputError.single(path, SYMLINK_REFUSED)


def regular_file(path: Path) -> os.stat_result:
    """The status of ``path``, raising unless it is a plain file: a link could point at a
    secret, a folder named ``x.md`` cannot be read, and reading a pipe waits forever."""
    status = path.lstat()
    if stat.S_ISLNK(status.st_mode):
        raise InputError.single(path, SYMLINK_REFUSED)
    if not stat.S_ISREG(status.st_mode):
        kind = "a folder" if stat.S_ISDIR(status.st_mode) else "a pipe, socket or device"
        raise InputError.single(path, f"is {kind}, not a file; expected a text file")
    return status


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


# Entries and registries nest six levels at most; past this a file is a mistake or an attack:
# libyaml composes nested brackets by recursion in C (50,000 "[" crash the process) and
# PyYAML constructs them by recursion in Python (RecursionError).
MAX_YAML_DEPTH = 20
# Below this many brackets, flow nesting cannot reach a depth that hurts the composer.
_BRACKETS_WITHOUT_SCAN = 64
MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlRefused(yaml.MarkedYAMLError):
    """A construct untrusted YAML may not use, at the mark where it is."""

    def __init__(self, problem: str, mark: yaml.Mark) -> None:
        super().__init__(problem=problem, problem_mark=mark)


def _too_deep(mark: yaml.Mark) -> YamlRefused:
    return YamlRefused(
        f"lists and mappings nested more than {MAX_YAML_DEPTH} levels deep; flatten them", mark
    )


def _scan_events(text: str, loader: type, *, aliases: bool, depth: bool) -> None:
    """One pass over the events of ``text`` for what must be refused before composing: anchors
    and aliases (``aliases``, as refuse_aliases) and flow nesting past MAX_YAML_DEPTH
    (``depth``: libyaml composes nested brackets by recursion in C). The events come from
    libyaml's parser, which keeps its own stack: no recursion.

    As if each were a pass of its own, the alias pass first: an alias anywhere, or a syntax
    error, is reported before a nesting too deep that comes earlier in the text.
    """
    if not aliases and not depth:
        return
    parser = loader(text)
    get_event = parser.get_event
    nesting = 0
    too_deep: yaml.Mark | None = None
    try:
        while (event := get_event()) is not None:
            kind = type(event)
            if aliases and (kind is yaml.AliasEvent or getattr(event, "anchor", None) is not None):
                raise AliasRefused(event.start_mark)
            if not depth:
                continue
            if kind in _COLLECTION_STARTS:
                nesting += 1
                if nesting > MAX_YAML_DEPTH and too_deep is None:
                    too_deep = event.start_mark
                    if not aliases:
                        break
            elif kind in _COLLECTION_ENDS:
                nesting -= 1
    finally:
        parser.dispose()
    if too_deep is not None:
        raise _too_deep(too_deep)


_COLLECTION_STARTS = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
_COLLECTION_ENDS = (yaml.SequenceEndEvent, yaml.MappingEndEvent)


def compose_untrusted(text: str, loader: yaml.SafeLoader) -> yaml.Node | None:
    """The node tree of ``text`` (read by ``loader``), refusing what must not be built from it:
    anchors and aliases, merge keys (``<<``: they hide one key under another) and nesting
    past MAX_YAML_DEPTH. Raises yaml.MarkedYAMLError with the mark of the first one found."""
    root = compose_scanned(text, loader)
    refuse_in_tree(root)
    return root


def compose_scanned(text: str, loader: yaml.SafeLoader) -> yaml.Node | None:
    """compose_untrusted's first half: the node tree, anchors and aliases refused and flow
    nesting too deep to compose refused. The tree may still hold merge keys and nesting past
    MAX_YAML_DEPTH: refuse_in_tree refuses them (a caller that walks the tree anyway may look
    for them itself, and call refuse_in_tree to report the one it finds)."""
    _scan_events(
        text,
        type(loader),
        aliases="&" in text or "*" in text,
        depth=text.count("[") + text.count("{") > _BRACKETS_WITHOUT_SCAN,
    )
    return loader.get_single_node()


def refuse_in_tree(root: yaml.Node | None) -> None:
    """compose_untrusted's second half: merge keys and nesting past MAX_YAML_DEPTH refused."""
    pending: list[tuple[yaml.Node, int]] = [] if root is None else [(root, 1)]
    while pending:  # block nesting is bounded by indentation, but still too deep to recurse
        node, depth = pending.pop()
        if not isinstance(node, yaml.CollectionNode):
            continue
        if depth > MAX_YAML_DEPTH:
            raise _too_deep(node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.tag == MERGE_TAG:
                    raise YamlRefused(
                        "merge keys (<<) are not allowed; write the fields out", key.start_mark
                    )
                pending += [(key, depth + 1), (value, depth + 1)]
        else:
            pending += [(item, depth + 1) for item in node.value]


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
