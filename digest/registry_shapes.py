"""The shape every registry file must have, checked before any code reads it.

A shape says which keys a mapping may and must hold and what each value is (a word list, a flag,
a number, records with fields...). Checking a file against its shape reports every problem at
once, each with the field path an editor can find ("titles[3].vi"); lines are added by the loader.
Code that reads a checked file can then index it without guarding against a renamed key.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from digest.yamlhints import describe, shorten


class Shape:
    """What one value must be; ``problems`` yields (field path, message) pairs."""

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        raise NotImplementedError


@dataclass(frozen=True)
class Anything(Shape):
    """A value another check owns (the editor registries' record checker)."""

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        return iter(())


@dataclass(frozen=True)
class Text(Shape):
    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, str) or not value.strip():
            yield where, f"expected non-empty text, found {describe(value)}"


@dataclass(frozen=True)
class Flag(Shape):
    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, bool):
            yield where, f"expected true or false, found {describe(value)}"


@dataclass(frozen=True)
class Count(Shape):
    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            yield where, f"expected a whole number, found {shorten(repr(value))}"


@dataclass(frozen=True)
class Words(Shape):
    """A list of words or phrases (a number such as 2568 reads as its digits)."""

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if value is None:
            return
        if not isinstance(value, list):
            yield where, f"expected a list of words, found {shorten(repr(value))}"
            return
        for index, word in enumerate(value):
            if isinstance(word, bool) or not isinstance(word, str | int | float):
                yield f"{where}[{index}]", f"expected a word, found {describe(word)}"


@dataclass(frozen=True)
class ByKey(Shape):
    """A mapping whose keys the editor chooses (language codes, currency codes) to ``value``."""

    value: Shape

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if value is None:
            return
        if not isinstance(value, dict):
            yield where, f"expected a mapping, found {shorten(repr(value))}"
            return
        for key, item in value.items():
            if not isinstance(key, str):
                # YAML reads `no:` (Norwegian) as false and `2568:` as a number.
                yield f"{where}.{key}", f"expected a text key, found {describe(key)}"
            else:
                yield from self.value.problems(item, f"{where}.{key}")


@dataclass(frozen=True)
class Fields(Shape):
    """A mapping with named fields: ``required`` ones must be there, no others than
    ``optional`` ones may be (a renamed key is reported, not silently ignored)."""

    required: Mapping[str, Shape] = field(default_factory=dict)
    optional: Mapping[str, Shape] = field(default_factory=dict)

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, dict):
            yield where, f"expected a mapping, found {shorten(repr(value))}"
            return
        known = {**self.required, **self.optional}
        for name in self.required:
            if name not in value:
                yield _join(where, name), "missing"
        for name, item in value.items():
            shape = known.get(name)
            if shape is None:
                expected = ", ".join(known)
                yield _join(where, str(name)), f"unknown key {name!r}; expected one of: {expected}"
            elif name in self.required or item is not None:
                yield from shape.problems(item, _join(where, name))


@dataclass(frozen=True)
class Records(Shape):
    """A list of records, each a ``Fields`` mapping."""

    fields: Fields

    def problems(self, value: Any, where: str) -> Iterator[tuple[str, str]]:
        if not isinstance(value, list):
            yield where, f"expected a list of records, found {shorten(repr(value))}"
            return
        for index, record in enumerate(value):
            yield from self.fields.problems(record, f"{where}[{index}]")


def _join(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


# Shapes used in several files.
WORDS_BY_LANGUAGE = ByKey(Words())
