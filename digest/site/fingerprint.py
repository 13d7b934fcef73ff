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

_PLAIN = (str, int, float, bool, type(None))


def _parts(value: Any, out: list[str]) -> None:
    if isinstance(value, _PLAIN):
        out.append(repr(value))
    elif isinstance(value, EntryPage):
        out.append(f"E{value.digest}")
        out.extend(f"e{other.digest}" for other in value.editions)
    elif isinstance(value, Province | Partner | Label):
        out.append(f"R{type(value).__name__}:{value.id}")
    elif isinstance(value, Figure | Person):
        out.append(repr(value))
    elif isinstance(value, Registries):
        out.append("registries")
    elif isinstance(value, dict):
        out.append("{")
        for key, item in value.items():
            _parts(key, out)
            _parts(item, out)
        out.append("}")
    elif isinstance(value, list | tuple):
        out.append("[")
        for item in value:
            _parts(item, out)
        out.append("]")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        out.append(type(value).__name__)
        for field in dataclasses.fields(value):
            _parts(getattr(value, field.name), out)
    else:
        raise TypeError(f"cannot fingerprint a {type(value).__name__} in a page's context")


def fingerprint(*values: Any) -> str:
    parts: list[str] = []
    for value in values:
        _parts(value, parts)
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()
