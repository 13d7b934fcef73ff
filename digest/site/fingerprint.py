"""Fingerprints of what a page is made from, so that an unchanged page is not rendered again.

A page's fingerprint covers its template, path and context. An entry stands for itself by the
digest of its file (which holds all its facts and its text) and those of its other editions,
whose titles its page shows; registry records by their id (the registries are part of the code
fingerprint that keys the whole cache). Anything else must be plain data: an object this module
does not know raises, rather than hashing a memory address that would never match again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any

from digest.registries import Label, Partner, Province, Registries
from digest.schema import Figure, Person
from digest.site.model import EntryPage

_PLAIN = frozenset({str, int, float, bool, type(None)})


def _parts(value: Any, out: list[str]) -> None:
    kind = type(value)
    if kind is EntryPage:
        out.append(value.fingerprint_part)
    elif kind in _PLAIN:
        out.append(repr(value))
    elif kind is list or kind is tuple:
        out.append("[")
        for item in value:
            _parts(item, out)
        out.append("]")
    elif kind is dict:
        out.append("{")
        for key, item in value.items():
            _parts(key, out)
            _parts(item, out)
        out.append("}")
    elif kind in (Province, Partner, Label):
        out.append(f"R{kind.__name__}:{value.id}")
    elif kind in (Figure, Person):
        out.append(repr(value))
    elif kind is Registries:
        out.append("registries")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(kind.__name__)
        for field in dataclasses.fields(value):
            _parts(getattr(value, field.name), out)
    else:
        raise TypeError(f"cannot fingerprint a {kind.__name__} in a page's context")


def fingerprint(*values: Any) -> str:
    parts: list[str] = []
    for value in values:
        _parts(value, parts)
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()
