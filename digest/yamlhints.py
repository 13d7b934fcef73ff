"""How to show an editor a YAML value that is not what they typed (shared by schema and registries).

YAML 1.1 reads some unquoted text as something else: ``NO`` as false, ``10:30`` as 630, ``0123`` as
83. Messages that print such a value say so, with the fix.
"""

from __future__ import annotations

from typing import Any

BOOLEAN_HINT = "YAML reads yes/no/on/off/NO unquoted as a boolean: quote the text"
NUMBER_HINT = "YAML reads 10:30 as 630 and 0123 as 83: quote the text"


def describe(value: Any) -> str:
    """``value`` as an editor should read it in a message, with the YAML trap it fell into."""
    if value is True or value is False:
        return f"{value!r} ({BOOLEAN_HINT})"
    if isinstance(value, int):
        if abs(value) >= 10**18:
            return f"a number of {len(str(abs(value)))} digits"
        return f"the number {value} ({NUMBER_HINT})"
    if value is None:
        return "nothing"
    return shorten(repr(value))


def shorten(text: str, limit: int = 80) -> str:
    """A message quotes at most ``limit`` characters of a value: one line, whatever the input."""
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text):,} characters)"
