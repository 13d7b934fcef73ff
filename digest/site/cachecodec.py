"""The build cache's file format: JSON, read back into a closed set of the digest's own types.

The cache folder can arrive with a pull request like any other file, so reading it must never
run code (a pickle can): JSON holds only data, and a value is rebuilt only as one of the types
named in ``_TYPES``; anything else makes the file unreadable, and the cache is not used.

Encoding: a JSON object is a dict with text keys; every JSON array starts with a tag saying what
it holds: ``["t", ...]`` a tuple, ``["l", ...]`` a list, ``["d", "2025-01-31"]`` a date,
``["p", "/a/b"]`` a path, ``["c", "Entry", field, ...]`` one of ``_TYPES`` by its fields in order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path, PurePath
from typing import Any

from digest.registries import Label, Partner, Province, Registries, Vocabularies
from digest.schema import Entry, Figure, Person


class CacheFormatError(ValueError):
    """The file is not a cache this code wrote."""


def _types() -> dict[str, type]:
    # Imported here: the search and entry modules import this package's cache.
    from digest.site.entries import ReadEntry
    from digest.site.search_index import SearchState
    from digest.site.vietnam_map import Archipelago, UnitShape, VietnamGeometry
    from digest.site.world_map import CountryShape, WorldGeometry

    classes = (Entry, Figure, Person, Province, Partner, Label, Registries, Vocabularies,
               ReadEntry, SearchState, UnitShape, VietnamGeometry, Archipelago, CountryShape,
               WorldGeometry)  # fmt: skip
    return {cls.__name__: cls for cls in classes}


_TYPES: dict[str, type] = {}
_FIELDS: dict[type, tuple[str, ...]] = {}


def _known() -> dict[str, type]:
    if not _TYPES:
        _TYPES.update(_types())
        for cls in _TYPES.values():
            _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return _TYPES


# JSON's scalars, which stand for themselves: tested before a call, as most values are these.
_SCALARS = frozenset({str, int, float, bool, type(None)})


def _encoded(values: Any) -> list[Any]:
    return [value if type(value) in _SCALARS else _encode(value) for value in values]


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return ["t", *_encoded(value)]
    if isinstance(value, list):
        return ["l", *_encoded(value)]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value):
            raise TypeError("the build cache holds dicts with text keys only")
        return {key: item if type(item) in _SCALARS else _encode(item)
                for key, item in value.items()}  # fmt: skip
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return ["d", value.isoformat()]
    if isinstance(value, PurePath):
        return ["p", str(value)]
    cls = type(value)
    if _known().get(cls.__name__) is cls:
        return ["c", cls.__name__, *_encoded(getattr(value, name) for name in _FIELDS[cls])]
    raise TypeError(f"the build cache cannot hold a {cls.__name__}")


def _decoded(values: list[Any]) -> list[Any]:
    return [value if type(value) in _SCALARS else _decode(value) for value in values]


def _decode(value: Any) -> Any:
    if type(value) is list:
        if not value:
            raise CacheFormatError("an array without a tag")
        tag = value[0]
        if tag == "t":
            return tuple(_decoded(value[1:]))
        if tag == "l":
            return _decoded(value[1:])
        if tag == "d" and len(value) == 2 and isinstance(value[1], str):
            return dt.date.fromisoformat(value[1])
        if tag == "p" and len(value) == 2 and isinstance(value[1], str):
            return Path(value[1])
        if tag == "c" and len(value) >= 2:
            cls = _known().get(value[1])
            if cls is None or len(value) - 2 != len(_FIELDS[cls]):
                raise CacheFormatError(f"not a type the cache holds: {value[1]!r}")
            return cls(*_decoded(value[2:]))
        raise CacheFormatError(f"unknown tag {tag!r}")
    if type(value) is dict:
        return {key: item if type(item) in _SCALARS else _decode(item)
                for key, item in value.items()}  # fmt: skip
    return value


def dumps(fingerprint: str, value: Any) -> bytes:
    document = {"fingerprint": fingerprint, "value": _encode(value)}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode()


def loads(data: bytes, fingerprint: str) -> Any | None:
    """The value saved with ``fingerprint``, None if it was saved by other code."""
    try:
        document = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise CacheFormatError(f"not JSON: {error}") from None
    if not isinstance(document, dict) or document.get("fingerprint") != fingerprint:
        return None
    try:
        return _decode(document.get("value"))
    except (TypeError, ValueError, RecursionError) as error:
        raise CacheFormatError(str(error)) from None
