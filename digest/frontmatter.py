"""Entry files: YAML front matter between ``---`` lines, then the Markdown body.

Parsing uses libyaml's C loader (the pure-Python one dominated build time in prototypes). Line
numbers are only worked out when something is wrong, by composing the YAML a second time; the one
exception is a key written twice, found on the node tree the parse builds anyway.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from digest.errors import InputError
from digest.untrusted import compose_untrusted, regular_file, yaml_problem

DELIMITER = "---"
# An entry is an article of a few kilobytes and its facts; a file past this is a mistake or an
# attack on the build's time and memory, refused before it is read.
MAX_ENTRY_BYTES = 256 * 1024
# The front matter starts on the file's second line, after the opening delimiter.
FIRST_LINE = 2


class Loader(yaml.CSafeLoader):
    """The C safe loader, except that an impossible date (2025-02-30) and an integer not
    written in plain decimals (0150, 0x_FF, 10:30, 1_000) stay the text written.

    YAML's timestamp constructor raises ValueError, not a YAMLError, on a date that matches the
    timestamp pattern but does not exist; kept as text, the schema reports it like a quoted one.
    YAML 1.1 reads 0150 as the octal 104 and 10:30 as 630: a figure would silently change, and
    a title or story id of digits would become a number.
    """


_PLAIN_INTEGER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")


def _integer_or_text(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Any:
    if _PLAIN_INTEGER.fullmatch(node.value):
        return loader.construct_yaml_int(node)
    return loader.construct_scalar(node)


def _timestamp_or_text(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)
Loader.add_constructor("tag:yaml.org,2002:int", _integer_or_text)


@dataclass(frozen=True)
class RepeatedKey:
    """A mapping key written a second time: YAML keeps the last value without a word."""

    key_path: str
    line: int
    first_line: int


@dataclass(frozen=True)
class EntryFile:
    path: Path
    header_text: str
    data: dict[str, Any]
    body: str
    repeated: tuple[RepeatedKey, ...] = ()

    def line_of(self, key_path: str) -> int | None:
        """The file line where ``key_path`` ("figures.2.unit") is set, if YAML records one."""
        return line_of(self.header_text, key_path)

    def written_key(self, key: object) -> tuple[str, int | None]:
        """How a top-level key that YAML read as something other than text (``~`` as None,
        ``yes`` as True) was written, and its line."""
        node = _composed(self.header_text)
        for name, _ in node.value if isinstance(node, yaml.MappingNode) else ():
            if isinstance(name, yaml.ScalarNode) and name.tag != "tag:yaml.org,2002:str":
                read = yaml.load(name.value or "~", Loader=Loader)
                if type(read) is type(key) and read == key:
                    return name.value, name.start_mark.line + FIRST_LINE
        return str(key), None


def split(text: str, path: Path) -> tuple[str, str]:
    """Return (front matter text, body) or raise naming what is missing."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text and "\n" not in text:
        raise InputError.single(
            path, "lines end with a carriage return alone; save the file with LF line endings"
        )
    lines = text.split("\n")
    if not lines or lines[0].strip() != DELIMITER:
        raise InputError.single(
            path, "expected the file to start with a '---' line opening the front matter", line=1
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == DELIMITER:
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]).strip("\n")
    raise InputError.single(path, "front matter is never closed: expected a second '---' line")


# Characters YAML reads as a line break that editors and diffs show as none: a field after one
# is hidden in plain sight ("title: Harmless<U+2028>status: reviewed").
_HIDDEN_LINE_BREAK = re.compile("[\x85\u2028\u2029]")


def parse(text: str, path: Path) -> EntryFile:
    header, body = split(text, path)
    hidden = _HIDDEN_LINE_BREAK.search(header)
    if hidden is not None:
        raise InputError.single(
            path,
            f"front matter holds U+{ord(hidden.group()):04X}, which YAML reads as a line break "
            f"that editors do not see; delete it",
            line=header.count("\n", 0, hidden.start()) + FIRST_LINE,
        )
    try:
        data, repeated = _load(header)
    except yaml.YAMLError as error:
        problem, line = yaml_problem(error, header)
        line = line + FIRST_LINE if line is not None else None
        raise InputError.single(
            path, f"front matter is not valid YAML: {problem}", line=line
        ) from None
    if not isinstance(data, dict):
        raise InputError.single(
            path, f"front matter must be a mapping of fields, found {type(data).__name__}", line=2
        )
    return EntryFile(path=path, header_text=header, data=data, body=body, repeated=repeated)


def _load(header: str) -> tuple[Any, tuple[RepeatedKey, ...]]:
    """The front matter's value and its repeated keys, from one parse (yaml.load's steps).

    Keys are compared on the node tree, before anything is constructed from it.
    """
    loader = Loader(header)
    try:
        node = compose_untrusted(header, loader)
        if node is None:
            return None, ()
        repeated = tuple(_repeated_keys(node, ""))
        return loader.construct_document(node), repeated
    finally:
        loader.dispose()


def _repeated_keys(node: yaml.Node | None, prefix: str) -> Iterator[RepeatedKey]:
    """Every key written twice in one mapping, anywhere in the tree, with its key path (the
    tree has no aliases and is at most MAX_YAML_DEPTH deep: compose_untrusted)."""
    if isinstance(node, yaml.MappingNode):
        first_lines: dict[str, int] = {}
        for key, value in node.value:
            name = str(key.value)
            line = key.start_mark.line + FIRST_LINE
            if name in first_lines:
                yield RepeatedKey(f"{prefix}{name}", line, first_lines[name])
            first_lines.setdefault(name, line)
            yield from _repeated_keys(value, f"{prefix}{name}.")
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield from _repeated_keys(item, f"{prefix}{index}.")


def read(path: Path) -> EntryFile:
    check_size(path, regular_file(path).st_size)
    # Bytes decoded as the build decodes them: no newline translation, so that `digest check`
    # and the build read one file alike.
    return parse(decode(path, path.read_bytes()), path)


def decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError.single(path, "expected UTF-8 text") from None


def check_size(path: Path, size: int) -> None:
    if size > MAX_ENTRY_BYTES:
        raise InputError.single(
            path, f"is {size:,} bytes; an entry may be at most {MAX_ENTRY_BYTES:,} (docs/schema.md)"
        )


def line_of(header_text: str, key_path: str) -> int | None:
    node = _composed(header_text)
    if node is None:
        return None
    line = node.start_mark.line
    for part in key_path.split("."):
        step = _step(node, part)
        if step is None:
            break
        node, line = step
    return line + FIRST_LINE


@functools.lru_cache(maxsize=8)
def _composed(header_text: str) -> yaml.Node | None:
    """The node tree, composed once per front matter however many problems it has (once per
    problem made 2,000 problems in a 100 KB file take a minute)."""
    try:
        return yaml.compose(header_text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return None


def _step(node: yaml.Node, part: str) -> tuple[yaml.Node, int] | None:
    """The child named ``part`` and the line to point an editor at (the key's, for mappings).

    A key written twice is looked up at its last occurrence, the value YAML keeps.
    """
    if isinstance(node, yaml.MappingNode):
        for key, value in reversed(node.value):
            if key.value == part:
                return value, key.start_mark.line
        return None
    if isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
        item = node.value[int(part)]
        return item, item.start_mark.line
    return None


def dump(data: dict[str, Any], body: str) -> str:
    header = yaml.dump(
        data,
        Dumper=yaml.CSafeDumper,
        sort_keys=False,
        allow_unicode=True,
        width=1000,
        default_flow_style=False,
    )
    return f"{DELIMITER}\n{header}{DELIMITER}\n\n{body.strip()}\n"
